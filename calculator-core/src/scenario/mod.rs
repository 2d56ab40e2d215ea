//! The scenario format (JSON, versioned). Documented with examples in docs/scenario-format.md.
//!
//! Growth rules: every struct rejects unknown fields (a typo is an error, never silently
//! ignored); new optional fields may be added within a schema version; anything that changes
//! the meaning of an existing field bumps `schema_version`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{InputError, InputErrors};
use crate::komponent_id::KomponentId;

mod alternativ;
mod felsprak;
mod hushall;
mod person;
mod plan;
mod validering;

pub use alternativ::{Alternativ, SweepOver, SweepSpec, MAX_ALTERNATIV, MAX_SWEEP_PUNKTER};
pub(crate) use felsprak::svenska_serde;
pub use hushall::{BarnInput, ForsorjningsstodInput, HushallInput, JobbpremieInput};
pub use person::{
    AktivitetsersattningInput, AktivitetsstodForm, AktivitetsstodInput, JobbInput, SjukpenningInput,
};
pub use plan::{
    dagnummer, datum_for, las_datum, Huvudinkomst, Intervall, KartaSpec, PlanPerson, PlanSpec,
    PlanSteg, MAX_KARTA_RUTOR, MAX_PLAN_MANADER, MAX_PLAN_STEG, MIN_PLAN_MANADER,
};
pub use validering::validate;

/// The schema version this engine reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Highest monthly amount of one income kind we accept, kronor (a plausibility limit, not law).
pub const MAX_INKOMST_PER_MANAD: u32 = 1_000_000;

/// A household in one income year.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
    /// The adults of the household (one, or two who are married or sambor).
    pub people: Vec<Person>,
    /// The month computed (1–12; default 1). Benefit amounts that change during the year
    /// follow it; the year's tax is computed as if every month were like this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// Housing, children, försörjningsstöd: what the household shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household: Option<HushallInput>,
    /// Up to four alternatives to compare with this scenario (the baseline, "i dag").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternativ>,
    /// A sweep over working hours or monthly salary, for charts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sweep: Option<SweepSpec>,
    /// The months ahead from `year`/`month`, for today and each alternative
    /// (docs/scenario-format.md, "The plan").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanSpec>,
    /// The hours × hourly wage map of one alternative against today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub karta: Option<KartaSpec>,
    /// The language the app was showing when the scenario was saved or shared ("sv",
    /// "sv-lattlast", "en"), so it opens the same way. Not used to compute anything: a front
    /// end's choice, carried here because the saved file and the share link are this JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    // Last: a JSON list read as a scenario fills fields in order, and an early string field
    // would change what a list is refused for.
    /// The caller's own identifier for the household (a case or register number), at most
    /// 200 characters: `kalkyl batch` echoes it in each record so results join back to the
    /// caller's data. Never used to compute anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The rates a scenario's tax is computed with: its kommun's, or those given explicitly.
#[derive(Debug, Clone, PartialEq)]
pub struct Kommunalskatt {
    /// The kommun, when the rates come from one.
    pub kommun: Option<&'static rules::Kommun>,
    /// Kommunal + regional skattesats, percent (IL 65 kap. 3 §).
    pub kommunal: Decimal,
    /// Begravningsavgift, percent.
    pub begravningsavgift: Decimal,
}

impl Scenario {
    /// The rates of a validated scenario: looked up once for a month, a comparison or a sweep.
    pub fn kommunalskatt(&self) -> Kommunalskatt {
        let rs = rules::ruleset(self.year).expect("validated year");
        match (&self.kommun, &self.skattesats) {
            (Some(k), _) => {
                let k = rs.kommun(k).expect("validated kommun");
                Kommunalskatt {
                    kommunal: k.kommunal_skattesats,
                    begravningsavgift: k.begravningsavgift,
                    kommun: Some(k),
                }
            }
            (None, Some(a)) => Kommunalskatt {
                kommun: None,
                kommunal: a.kommunal_procent,
                begravningsavgift: a
                    .begravningsavgift_procent
                    .unwrap_or(rs.skatt.begravningsavgift.value),
            },
            (None, None) => unreachable!("validated: kommun or skattesats"),
        }
    }
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
    /// Income by kind, kronor per month (assumed the same every month of the year), as the
    /// person knows it. Amounts the engine computes (a job, sjukpenning, aktivitetsersättning
    /// …) go in their own blocks below instead.
    #[serde(default)]
    pub income_per_month: Manadsinkomster,
    /// Födelsemånad (1–12), for age limits that switch in a month (aktivitetsersättning's
    /// age bands, barnbidrag); default: January.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_month: Option<u32>,
    /// A job: hours per week × hourly wage, or a monthly salary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<JobbInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sjukpenning: Option<SjukpenningInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aktivitetsersattning: Option<AktivitetsersattningInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aktivitetsstod: Option<AktivitetsstodInput>,
    /// Amounts from a decision letter that replace the modelled ones, kronor per month, by
    /// component: one of [`Person::BESLUTSBELOPP`].
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub overrides: std::collections::BTreeMap<KomponentId, Decimal>,
}

impl Person {
    /// A person's amounts a decision letter may replace.
    pub const BESLUTSBELOPP: [KomponentId; 4] = [
        KomponentId::Sjukpenning,
        KomponentId::Aktivitetsersattning,
        KomponentId::Aktivitetsstod,
        KomponentId::Bostadstillagg,
    ];

    /// The amount a decision letter gives for `id`, when one was entered.
    pub fn beslutat(&self, id: KomponentId) -> Option<&Decimal> {
        self.overrides.get(&id)
    }
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

/// The largest scenario text read, in bytes. A scenario the form writes is a few kilobytes;
/// a file of megabytes is some other file, and reading it would only cost memory.
pub const MAX_SCENARIO_BYTE: usize = 1_000_000;

/// Parses a scenario from JSON, naming the field of any problem.
pub fn parse_scenario(json: &str) -> Result<Scenario, InputErrors> {
    // Editors on Windows start UTF-8 files with a byte-order mark, which JSON forbids but which
    // carries no meaning; refusing it would only confuse.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if let Some(fel) = felsprak::fel_i_hela_texten(json) {
        return Err(InputErrors(vec![InputError::new("scenario", fel)]));
    }
    let scenario = las(json).map_err(|(path, e)| {
        // A syntax error has no field path: name the document itself.
        let field = match (felsprak::dubblerat_falt(&e), path.is_empty()) {
            // The path ends at the object that holds the field twice; name the field.
            (Some(f), true) => f,
            (Some(f), false) if !path.ends_with(&f) => format!("{path}.{f}"),
            (_, true) => "scenario".to_string(),
            _ => personindex(&path),
        };
        let pos = format!("(rad {}, kolumn {})", e.line(), e.column());
        let msg = validering::okant_beslutsbelopp(&field, &e).unwrap_or_else(|| svenska_serde(&e));
        InputError::new(field, format!("{msg} {pos}"))
    })?;
    Ok(scenario)
}

/// `path` with an alternative's person written as an index, as validation names it:
/// "alternatives[0].people.1.job" (the patch's key) becomes "alternatives[0].people[1].job".
pub fn personindex(path: &str) -> String {
    let Some((fore, efter)) = path.split_once("].people.") else {
        return path.to_string();
    };
    let (nyckel, rest) = efter.split_once('.').unwrap_or((efter, ""));
    if !path.starts_with("alternatives[") || !nyckel.bytes().all(|b| b.is_ascii_digit()) {
        return path.to_string();
    }
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!(".{rest}")
    };
    format!("{fore}].people[{nyckel}]{rest}")
}

/// A scenario from JSON text; on error, the path of the field at fault (empty for the
/// document itself) and serde's error. The one way scenarios are read (alternatives too),
/// so the wasm holds one deserializer for them.
pub(crate) fn las(json: &str) -> Result<Scenario, (String, serde_json::Error)> {
    // Path tracking costs about a fifth of reading a scenario (kalkyl batch, docs/benchmarks.md)
    // and is only needed for a message: a well-formed scenario is read without it, a broken
    // one is read again with it.
    #[cfg(feature = "sokvag-i-fel")]
    {
        let mut de = serde_json::Deserializer::from_str(json);
        if let Ok(s) = Scenario::deserialize(&mut de) {
            if de.end().is_ok() {
                return Ok(s);
            }
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    #[cfg(feature = "sokvag-i-fel")]
    let parsed = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." || path == "?" {
            String::new()
        } else if path.ends_with('?') {
            // A map key that is not one of its enum's names (an unknown override): the path
            // tracker does not know the key, the text does.
            sokvag_vid(json, e.inner().line(), e.inner().column())
        } else {
            path
        };
        (path, e.into_inner())
    });
    #[cfg(not(feature = "sokvag-i-fel"))]
    let parsed =
        Scenario::deserialize(&mut de).map_err(|e| (sokvag_vid(json, e.line(), e.column()), e));
    // Text after the scenario would otherwise be ignored without a word.
    let scenario = parsed?;
    de.end().map_err(|e| (String::new(), e))?;
    Ok(scenario)
}

/// The path (as serde_path_to_error writes it, e.g. `people[0].birth_year`) of the JSON
/// value that the text `json` is in at serde_json's error position (1-based line, column in
/// bytes): the keys and indices of the objects and arrays still open there. Without the
/// feature `sokvag-i-fel` this names the field of a broken file at a fraction of the wasm
/// size that path tracking costs (serde_path_to_error wraps every type's deserializer); a
/// test checks that the two agree on the errors a scenario file can have.
fn sokvag_vid(json: &str, line: usize, column: usize) -> String {
    enum Niva {
        // The key of the member being read; None between a comma and the next key.
        Objekt(Option<String>),
        Lista(usize),
    }
    let bytes = json.as_bytes();
    let radstart = match line {
        0 | 1 => 0,
        n => bytes
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .nth(n - 2)
            .map_or(bytes.len(), |(i, _)| i + 1),
    };
    let slut = (radstart + column).min(bytes.len());
    let mut stack: Vec<Niva> = Vec::new();
    let mut i = 0;
    while i < slut {
        match bytes[i] {
            b'{' => stack.push(Niva::Objekt(None)),
            b'[' => stack.push(Niva::Lista(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Niva::Objekt(key)) => *key = None,
                Some(Niva::Lista(n)) => *n += 1,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Niva::Objekt(key @ None)) = stack.last_mut() {
                    *key = Some(
                        json.get(start..i.min(bytes.len()))
                            .unwrap_or("")
                            .to_string(),
                    );
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for niva in &stack {
        match niva {
            Niva::Objekt(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Niva::Objekt(None) => {}
            Niva::Lista(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

/// `sokvag_vid` must name the field that serde_path_to_error names, for every error serde
/// finds in a scenario file: each member of a rich scenario renamed, given a wrong type, or
/// left out, written compactly and pretty-printed.
#[cfg(all(test, feature = "sokvag-i-fel"))]
mod tests {
    use super::*;
    use serde_json::Value;

    // Every variant of `v` with one member changed, each with the path of that member.
    fn varianter(v: &Value, ut: &mut Vec<Value>, andra: &dyn Fn(&Value) -> Value) {
        let mut fler = Vec::new();
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    for ny in [
                        ("okant_falt".to_string(), Some(x.clone())),
                        (k.clone(), Some(Value::from("fel"))),
                        (k.clone(), Some(Value::from(true))),
                        (k.clone(), Some(Value::from(-1.5))),
                        (k.clone(), None),
                    ] {
                        let mut m2 = m.clone();
                        m2.remove(k);
                        if let (nk, Some(nx)) = ny {
                            m2.insert(nk, nx);
                        }
                        ut.push(andra(&Value::Object(m2)));
                    }
                    let k = k.clone();
                    let m = m.clone();
                    let andra_har = move |nx: &Value| {
                        let mut m2 = m.clone();
                        m2.insert(k.clone(), nx.clone());
                        andra(&Value::Object(m2))
                    };
                    varianter(x, &mut fler, &andra_har);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let a = a.clone();
                    let andra_har = move |nx: &Value| {
                        let mut a2 = a.clone();
                        a2[i] = nx.clone();
                        andra(&Value::Array(a2))
                    };
                    varianter(x, &mut fler, &andra_har);
                }
            }
            _ => {}
        }
        ut.extend(fler);
    }

    #[test]
    fn sokvag_vid_names_the_field_that_serde_path_to_error_names() {
        let rik: Value =
            serde_json::from_str(include_str!("../../benches/household.json")).unwrap();
        let mut rik2 = rik.clone();
        rik2["alternatives"] = serde_json::json!([{"namn": "mer \"jobb\"\\", "people": {"0": {"job": {"hours_per_week": 20}}}}]);
        rik2["people"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"birth_year": 1970, "income_per_month": {"lon": 30000}}));
        let mut alla = Vec::new();
        for v in [&rik, &rik2] {
            varianter(v, &mut alla, &|x: &Value| x.clone());
        }
        let mut fel = 0;
        for v in &alla {
            for text in [v.to_string(), serde_json::to_string_pretty(v).unwrap()] {
                let de = &mut serde_json::Deserializer::from_str(&text);
                let Err(e) = serde_path_to_error::deserialize::<_, Scenario>(de) else {
                    continue;
                };
                fel += 1;
                let vantat = e.path().to_string();
                let vantat = if vantat == "." || vantat == "?" {
                    String::new()
                } else {
                    vantat
                };
                let inner = e.into_inner();
                assert_eq!(
                    sokvag_vid(&text, inner.line(), inner.column()),
                    vantat,
                    "{inner}\n{text}"
                );
            }
        }
        assert!(fel > 100, "only {fel} broken variants");
    }
}
