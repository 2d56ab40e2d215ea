//! The engine for JavaScript: the functions the npm package `vad-blir-kvar-motor` calls.
//!
//! JSON text crosses the boundary both ways. The scenario is read by the engine's own parser,
//! so every error names its field in the same Swedish as the CLI and the app, and amounts
//! stay exact decimals (strings in the results); a second conversion through JS values would
//! need its own checks and would turn amounts into floats. The JS wrapper (`js/api.js`) turns
//! objects into text, results back into objects, and an `Err` (a JSON array of
//! `{field, message}`) into a `ScenarioError`.
//!
//! The functions are plain Rust, exported with wasm-bindgen only on wasm, so that the unit
//! tests below run natively in `cargo test --workspace`.

use calculator_core::{InputError, InputErrors, MAX_SCENARIO_BYTE};
use serde::Serialize;
use serde_json::Value;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// A result as JSON text, or the errors as a JSON array of `{field, message}`.
type Svar = Result<String, String>;

fn fel(e: InputErrors) -> String {
    serde_json::to_string(&e.0).unwrap_or_else(|_| "[]".into())
}

fn json<T: Serialize>(v: &T) -> Svar {
    // Results hold only strings, numbers and plain structs; this cannot fail, but if it ever
    // did the caller gets an error rather than a trap.
    serde_json::to_string(v).map_err(|e| {
        fel(InputError::new("resultat", format!("kunde inte skrivas som JSON: {e}")).into())
    })
}

/// The full result of a scenario, with every explanation (`kalkyl calculate`'s JSON).
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn calculate(scenario: &str) -> Svar {
    let s = calculator_core::parse_scenario(scenario).map_err(fel)?;
    json(&calculator_core::evaluate(&s).map_err(fel)?)
}

/// A scenario's amounts and statuses only (`calculator_core::belopp`): the same figures as
/// `calculate`, without building any explanation.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn amounts(scenario: &str) -> Svar {
    let s = calculator_core::parse_scenario(scenario).map_err(fel)?;
    json(&calculator_core::belopp(&s).map_err(fel)?)
}

/// `today` with its `alternatives` and `sweep` replaced by `alternatives` (a JSON array), or
/// with no sweep when `sweep` is given instead: one scenario, read by the engine's parser so
/// that an error in either part is named by its path in it (`alternatives[1].label`,
/// `sweep.step`).
fn med(today: &str, falt: &str, varde: &str) -> Result<String, String> {
    let for_stor = |n: usize| {
        fel(InputError::new(
            "scenario",
            format!("texten är {n} byte; ett scenario är högst {MAX_SCENARIO_BYTE} byte (1 MB)"),
        )
        .into())
    };
    // The engine's own limit, checked before anything is parsed here.
    if today.len() + varde.len() > MAX_SCENARIO_BYTE {
        return Err(for_stor(today.len() + varde.len()));
    }
    let mut m = match serde_json::from_str(today) {
        Ok(Value::Object(m)) => m,
        // Not an object (or not JSON): the engine's parser says what is wrong, in its words.
        _ => {
            return Err(fel(calculator_core::parse_scenario(today)
                .err()
                .unwrap_or_else(|| {
                    InputError::new("scenario", "ska vara ett JSON-objekt (ett scenario)").into()
                })))
        }
    };
    let v: Value = serde_json::from_str(varde).map_err(|e| {
        let pos = format!("(rad {}, kolumn {})", e.line(), e.column());
        fel(InputError::new(falt, format!("är inte giltig JSON {pos}")).into())
    })?;
    m.remove("alternatives");
    m.remove("sweep");
    m.insert(falt.to_string(), v);
    Ok(Value::Object(m).to_string())
}

/// Today against each alternative (JSON merge patches of people and household, as a
/// scenario's `alternatives`): the amounts of today and of each alternative, with each one's
/// difference to today. Any `alternatives` or `sweep` in `today` are replaced.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn compare(today: &str, alternatives: &str) -> Svar {
    let s =
        calculator_core::parse_scenario(&med(today, "alternatives", alternatives)?).map_err(fel)?;
    json(&calculator_core::belopp(&s).map_err(fel)?)
}

/// A sweep over working hours or monthly salary (`{over, person, from, to, step}`, as a
/// scenario's `sweep`): each point's wage, disposable income and components, and the
/// marginal effect of each step. Any `alternatives` or `sweep` in `scenario` are replaced.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn sweep(scenario: &str, spec: &str) -> Svar {
    let s = calculator_core::parse_scenario(&med(scenario, "sweep", spec)?).map_err(fel)?;
    // Through `belopp`, which validates the scenario before sweeping it (and computes today's
    // month besides, one month against a sweep's up to 401).
    json(&calculator_core::belopp(&s).map_err(fel)?.sweep)
}

/// The kommuner of an income year with their rates, sorted by name.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn kommuner(year: i32) -> Svar {
    json(&calculator_core::kommuner(year).map_err(fel)?)
}

/// The income years the engine has rules for, as a JSON array.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn years() -> String {
    serde_json::to_string(&calculator_core::supported_years()).unwrap_or_else(|_| "[]".into())
}

/// The package's version (the workspace's).
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCEN: &str = r#"{"schema_version":1,"year":2026,"kommun":"Göteborg",
        "people":[{"birth_year":1990,"job":{"hours_per_week":20,"hourly_wage":150}}]}"#;

    fn errors(e: &str) -> Vec<(String, String)> {
        let v: Vec<Value> = serde_json::from_str(e).expect("errors are a JSON array");
        v.iter()
            .map(|x| {
                (
                    x["field"].as_str().unwrap().to_string(),
                    x["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn amounts_and_calculate_agree() {
        let a: Value = serde_json::from_str(&amounts(SCEN).unwrap()).unwrap();
        let c: Value = serde_json::from_str(&calculate(SCEN).unwrap()).unwrap();
        assert_eq!(
            a["i_dag"]["disponibel_inkomst"],
            c["manad"]["disponibel_inkomst"]
        );
        assert!(a["i_dag"]["disponibel_inkomst"].is_string());
    }

    #[test]
    fn bad_json_and_non_objects_name_the_scenario() {
        for bad in ["", "{", "null", "[1]", "\"x\"", "5"] {
            let e = errors(&calculate(bad).unwrap_err());
            assert_eq!(e[0].0, "scenario", "{bad}: {e:?}");
            for f in [
                compare(bad, "[]").unwrap_err(),
                sweep(bad, "{}").unwrap_err(),
            ] {
                assert_eq!(errors(&f)[0].0, "scenario", "{bad}");
            }
        }
    }

    #[test]
    fn errors_name_the_field() {
        let s = SCEN.replace("1990", "1066");
        let e = errors(&amounts(&s).unwrap_err());
        assert_eq!(e[0].0, "people[0].birth_year", "{e:?}");
    }

    #[test]
    fn compare_replaces_alternatives_and_names_their_fields() {
        let alt = r#"[{"label":"30 h","people":{"0":{"job":{"hours_per_week":30}}}}]"#;
        let v: Value = serde_json::from_str(&compare(SCEN, alt).unwrap()).unwrap();
        assert_eq!(v["alternativ"][0]["label"], "30 h");
        // Hours × hourly wage × 52 weeks / 12 months: 20 × 150 × 52 / 12 = 13 000 kr today,
        // 30 × 150 × 52 / 12 = 19 500 kr in the alternative.
        assert_eq!(v["i_dag"]["lon_brutto"], "13000.00");
        assert_eq!(v["alternativ"][0]["manad"]["lon_brutto"], "19500.00");
        let e = errors(&compare(SCEN, r#"[{"people":{}}]"#).unwrap_err());
        assert!(e[0].0.starts_with("alternatives[0]"), "{e:?}");
        let e = errors(&compare(SCEN, "[").unwrap_err());
        assert_eq!(e[0].0, "alternatives", "{e:?}");
    }

    #[test]
    fn sweep_points_and_its_errors() {
        let v: Value = serde_json::from_str(
            &sweep(SCEN, r#"{"over":"hours","from":0,"to":40,"step":10}"#).unwrap(),
        )
        .unwrap();
        assert_eq!(v["punkter"].as_array().unwrap().len(), 5);
        let e = errors(&sweep(SCEN, r#"{"over":"hours","from":0,"to":40,"step":0}"#).unwrap_err());
        assert_eq!(e[0].0, "sweep.step", "{e:?}");
    }

    #[test]
    fn too_much_text_is_refused_before_parsing() {
        let big = format!("[{}]", "0,".repeat(MAX_SCENARIO_BYTE / 2) + "0");
        assert_eq!(errors(&compare(SCEN, &big).unwrap_err())[0].0, "scenario");
    }

    #[test]
    fn kommuner_years_version() {
        let k: Vec<Value> = serde_json::from_str(&kommuner(2026).unwrap()).unwrap();
        assert_eq!(k.len(), 290);
        assert_eq!(errors(&kommuner(1900).unwrap_err())[0].0, "year");
        let y: Vec<i32> = serde_json::from_str(&years()).unwrap();
        assert!(y.contains(&2026));
        assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    }
}
