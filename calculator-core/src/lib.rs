//! The household/scenario engine on top of the `rules` crate: the scenario format, its
//! evaluation with an explanation trace, and Skatteverket-style tables. Pure Rust; the CLI,
//! the tests and the web app all call this crate.

pub mod belopp;
pub mod error;
pub mod evaluate;
pub mod hushall;
pub mod jamforelse;
pub mod karta;
pub mod komponent_id;
pub mod manad;
pub mod orsak;
pub mod plan;
pub mod scenario;
pub mod skattetabell;
pub mod trosklar;

pub use belopp::{belopp, Belopp, Beloppspost, Manadsbelopp};
pub use error::{InputError, InputErrors};
pub use evaluate::{evaluate, evaluate_utan_forklaring, forklaring, ScenarioResult};
pub use komponent_id::KomponentId;
pub use rules::formaner::Status;
pub use rules::trace::Step;
pub use rules::Kommun;
pub use rust_decimal::Decimal;
pub use scenario::{parse_scenario, Scenario, MAX_SCENARIO_BYTE, SCHEMA_VERSION};
pub use skattetabell::{skattetabell_belopp, skattetabell_csv};

/// The income years the engine has rules for.
pub fn supported_years() -> Vec<i32> {
    rules::supported_years()
}

/// The kommuner and their rates for an income year, sorted by name (Swedish order is close
/// enough to byte order for the picker; å/ä/ö sort last, as in Swedish).
pub fn kommuner(year: i32) -> Result<Vec<rules::Kommun>, InputErrors> {
    let rs = rules::ruleset(year).map_err(|e| InputError::new("year", e.to_string()))?;
    let mut v = rs.kommuner.clone();
    v.sort_by_key(|k| sort_key(&k.namn));
    Ok(v)
}

fn sort_key(s: &str) -> Vec<u32> {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' => 'z' as u32 + 2,
            'ö' => 'z' as u32 + 3,
            'é' => 'e' as u32,
            'ü' => 'y' as u32,
            c => c as u32,
        })
        .collect()
}

/// Parses and evaluates a scenario given as JSON; the result as pretty JSON.
pub fn calculate_json(json: &str) -> Result<String, InputErrors> {
    let s = parse_scenario(json)?;
    let r = evaluate(&s)?;
    Ok(serde_json::to_string_pretty(&r).expect("results serialise"))
}
