//! The scenario format (JSON, versioned). Documented with examples in docs/scenario-format.md.
//!
//! Growth rules: every struct rejects unknown fields (a typo is an error, never silently
//! ignored); new optional fields may be added within a schema version; anything that changes
//! the meaning of an existing field bumps `schema_version`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{InputError, InputErrors};

/// The schema version this engine reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Highest monthly amount of one income kind we accept, kronor (a plausibility limit, not law).
pub const MAX_INKOMST_PER_MANAD: u32 = 1_000_000;

/// A household in one income year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Must be [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Income year (inkomstår) whose rules apply.
    pub year: i32,
    /// Hemkommun on 1 November of the year before (name or four-digit kommunkod).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kommun: Option<String>,
    /// Explicit rates instead of a kommun (for years without kommun data, or a check).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skattesats: Option<AngivenSkattesats>,
    /// The people of the household (one or two adults for now).
    pub people: Vec<Person>,
}

/// Explicitly given tax rates, percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AngivenSkattesats {
    /// Kommunal + regional skattesats (IL 65 kap. 3 §).
    pub kommunal_procent: Decimal,
    /// Defaults to the year's national begravningsavgift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub begravningsavgift_procent: Option<Decimal>,
}

/// One person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Födelseår: the tax law's age tests are "had turned N by 1 January".
    pub birth_year: i32,
    /// The församling's kyrkoavgift in percent for members of Svenska kyrkan; absent or null
    /// for non-members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kyrkoavgift_procent: Option<Decimal>,
    /// Income by kind, kronor per month (assumed the same every month of the year).
    #[serde(default)]
    pub income_per_month: Manadsinkomster,
}

/// Income by kind, kronor per month.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manadsinkomster {
    /// Lön, arvoden, sjuklön från arbetsgivaren (arbetsinkomst).
    #[serde(default)]
    pub lon: Decimal,
    /// Sjukpenning från Försäkringskassan.
    #[serde(default)]
    pub sjukpenning: Decimal,
    /// Other pensionable benefits: a-kassa, föräldrapenning …
    #[serde(default)]
    pub annan_pensionsgrundande: Decimal,
    /// Sjukersättning or aktivitetsersättning.
    #[serde(default)]
    pub sjuk_aktivitetsersattning: Decimal,
    /// Pension.
    #[serde(default)]
    pub pension: Decimal,
}

impl Manadsinkomster {
    /// (field name, amount) in a fixed order.
    pub fn fields(&self) -> [(&'static str, Decimal); 5] {
        [
            ("lon", self.lon),
            ("sjukpenning", self.sjukpenning),
            ("annan_pensionsgrundande", self.annan_pensionsgrundande),
            ("sjuk_aktivitetsersattning", self.sjuk_aktivitetsersattning),
            ("pension", self.pension),
        ]
    }
}

/// Parses a scenario from JSON, naming the field of any problem.
pub fn parse_scenario(json: &str) -> Result<Scenario, InputErrors> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let scenario: Scenario = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        // A syntax error has no field path ("?" or "."): name the document itself.
        let field = if path == "." || path == "?" {
            "scenario".to_string()
        } else {
            path
        };
        InputError::new(field, svenska_serde(&inner))
    })?;
    Ok(scenario)
}

/// serde_json's messages in Swedish, keeping the details (field names, positions) as they are.
fn svenska_serde(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let pos = format!("(rad {}, kolumn {})", e.line(), e.column());
    let body = msg.split(" at line ").next().unwrap_or(&msg);
    let sv = if let Some(rest) = body.strip_prefix("unknown field ") {
        let rest = rest.replacen(", expected one of ", "; tillåtna fält: ", 1);
        let rest = rest.replacen(", expected ", "; tillåtet fält: ", 1);
        format!("okänt fält {rest}")
    } else if let Some(rest) = body.strip_prefix("missing field ") {
        format!("fältet {rest} saknas")
    } else if let Some(rest) = body.strip_prefix("invalid type: ") {
        format!("fel typ: {rest}")
    } else if body.starts_with("invalid value: ") && body.contains("Decimal") {
        "ogiltigt belopp; ange ett tal i kronor, högst två decimaler, t.ex. 12500 eller 12500.50"
            .to_string()
    } else if let Some(rest) = body.strip_prefix("invalid value: ") {
        format!("ogiltigt värde: {rest}")
    } else if let Some(rest) = body.strip_prefix("invalid length ") {
        format!("fel antal: {rest}; ett scenario är ett JSON-objekt, se docs/scenario-format.md")
    } else if e.is_syntax() || e.is_eof() {
        format!("ogiltig JSON: {body}")
    } else {
        body.to_string()
    };
    format!("{sv} {pos}")
}

/// Checks ranges and combinations serde cannot; returns every problem found.
pub fn validate(s: &Scenario) -> Result<(), InputErrors> {
    let mut errs = Vec::new();
    if s.schema_version != SCHEMA_VERSION {
        errs.push(InputError::new(
            "schema_version",
            format!(
                "version {} stöds inte; den här versionen av beräkningen läser version {SCHEMA_VERSION}",
                s.schema_version
            ),
        ));
    }
    let years = rules::supported_years();
    if !years.contains(&s.year) {
        let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
        errs.push(InputError::new(
            "year",
            format!(
                "inkomstår {} finns inte; tillåtna år: {}",
                s.year,
                list.join(", ")
            ),
        ));
    }
    match (&s.kommun, &s.skattesats) {
        (Some(_), Some(_)) => errs.push(InputError::new(
            "skattesats",
            "ange antingen kommun eller skattesats, inte båda",
        )),
        (None, None) => errs.push(InputError::new(
            "kommun",
            "kommun saknas; ange kommunens namn eller kommunkod, eller en skattesats",
        )),
        (Some(k), None) => {
            if let Ok(rs) = rules::ruleset(s.year) {
                if rs.kommuner.is_empty() {
                    errs.push(InputError::new(
                        "kommun",
                        format!(
                            "kommunernas skattesatser för {} finns inte i underlaget; ange skattesats.kommunal_procent",
                            s.year
                        ),
                    ));
                } else if rs.kommun(k).is_none() {
                    errs.push(InputError::new(
                        "kommun",
                        format!(
                            "okänd kommun \"{k}\"; ange en av Sveriges 290 kommuner med namn (t.ex. \"Göteborg\") eller fyrsiffrig kommunkod (t.ex. \"1480\")"
                        ),
                    ));
                }
            }
        }
        (None, Some(a)) => {
            range(
                &mut errs,
                "skattesats.kommunal_procent",
                a.kommunal_procent,
                20,
                40,
                "procent",
            );
            if let Some(b) = a.begravningsavgift_procent {
                range(
                    &mut errs,
                    "skattesats.begravningsavgift_procent",
                    b,
                    0,
                    2,
                    "procent",
                );
            }
        }
    }
    if s.people.is_empty() || s.people.len() > 2 {
        errs.push(InputError::new(
            "people",
            format!(
                "hushållet har {} personer; ange en eller två vuxna",
                s.people.len()
            ),
        ));
    }
    let year_ok = years.contains(&s.year);
    for (i, p) in s.people.iter().enumerate() {
        let f = |name: &str| format!("people[{i}].{name}");
        // Checked only against a supported year (the year error says the rest), which also
        // keeps the arithmetic far from overflow.
        if year_ok && (p.birth_year > s.year || p.birth_year < s.year - 120) {
            errs.push(InputError::new(
                f("birth_year"),
                format!(
                    "födelseår {} är inte rimligt för inkomstår {}; tillåtet: {}–{}",
                    p.birth_year,
                    s.year,
                    s.year - 120,
                    s.year
                ),
            ));
        }
        if let Some(k) = p.kyrkoavgift_procent {
            range(&mut errs, &f("kyrkoavgift_procent"), k, 0, 3, "procent");
        }
        for (name, amount) in p.income_per_month.fields() {
            range(
                &mut errs,
                &f(&format!("income_per_month.{name}")),
                amount,
                0,
                MAX_INKOMST_PER_MANAD,
                "kr per månad",
            );
            if amount.scale() > 2 && amount.normalize().scale() > 2 {
                errs.push(InputError::new(
                    f(&format!("income_per_month.{name}")),
                    "högst två decimaler (öre)",
                ));
            }
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(InputErrors(errs))
    }
}

fn range(errs: &mut Vec<InputError>, field: &str, v: Decimal, min: u32, max: u32, unit: &str) {
    if v < Decimal::from(min) || v > Decimal::from(max) {
        errs.push(InputError::new(
            field,
            format!("{v} är utanför det tillåtna intervallet {min}–{max} {unit}"),
        ));
    }
}
