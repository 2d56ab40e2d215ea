//! From what the person typed to a `Scenario` for the engine, and from the engine's answer
//! (or its `InputErrors`) back to messages beside the right field.
//!
//! Only reading and routing happens here: every range check the engine also makes is left to
//! the engine, so the limits and their wording live in one place.

use calculator_core::scenario::{Manadsinkomster, Person, MAX_INKOMST_PER_MANAD};
use calculator_core::{evaluate, Scenario, ScenarioResult, SCHEMA_VERSION};
use rust_decimal::Decimal;

use crate::format;
// The reading of typed numbers is in its own file, free of Yew, so that the fuzz targets and
// their corpus replay test (fuzz/, calculator-core/tests/fuzz_corpus.rs) include it natively.
pub use crate::tal::{las_heltal, las_tal, Lasfel};
use crate::text::Text;

/// The two age groups the tax law distinguishes for a wage earner (the higher grundavdrag,
/// and table column 1 vs 3, start at 66).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aldersgrupp {
    Under66,
    Fran66,
}

/// The birth year the scenario is given for an age group.
///
/// The law asks what age the person *had turned by 1 January* of the income year, so age A
/// means born in `year - 1 - A`. 40 and 70 stand for their groups: nothing in the engine
/// distinguishes ages within a group for a wage earner below 66 or well above it.
pub fn fodelsear_for_aldersgrupp(year: i32, grupp: Aldersgrupp) -> i32 {
    let representativ_alder = match grupp {
        Aldersgrupp::Under66 => 40,
        Aldersgrupp::Fran66 => 70,
    };
    year - 1 - representativ_alder
}

/// The form as typed: strings stay strings until they are read here, so nothing the person
/// wrote is changed behind their back.
#[derive(Debug, Clone, PartialEq)]
pub struct Formular {
    pub lon: String,
    pub kommun: String,
    pub aldersgrupp: Aldersgrupp,
    pub year: i32,
    pub kyrka: bool,
    pub kyrkoavgift: String,
}

/// Which field a message belongs beside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Falt {
    Lon,
    Kommun,
    Year,
    Kyrkoavgift,
    /// A problem with no field of its own on this page; shown above the result.
    Ovrigt,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaltFel {
    pub falt: Falt,
    pub meddelande: String,
}

impl FaltFel {
    fn new(falt: Falt, meddelande: impl Into<String>) -> Self {
        FaltFel {
            falt,
            meddelande: meddelande.into(),
        }
    }
}

/// All messages for the form, or none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Felen(pub Vec<FaltFel>);

impl Felen {
    /// The messages for one field, joined (the engine may report two things about one field).
    pub fn for_falt(&self, falt: Falt) -> Option<String> {
        let v: Vec<&str> = self
            .0
            .iter()
            .filter(|f| f.falt == falt)
            .map(|f| f.meddelande.as_str())
            .collect();
        (!v.is_empty()).then(|| v.join(" "))
    }
}

fn lasfel_text(t: &Text, fel: Lasfel, tomt: &str, max: &str) -> String {
    match fel {
        Lasfel::Tomt => tomt.to_string(),
        Lasfel::EjTal => t.ej_tal.to_string(),
        Lasfel::ForMangaDecimaler(n) => (t.for_manga_decimaler)(n),
        Lasfel::ForStort => (t.for_stort)(max),
        Lasfel::EjHeltal => t.ej_heltal.to_string(),
    }
}

/// The scenario for a form, and what could not be read. A field that could not be read is
/// left out of the scenario (zero, or no kyrkoavgift), so that the engine can still check the
/// other fields and every problem is shown at once.
pub fn scenario(t: &Text, f: &Formular) -> (Scenario, Felen) {
    let mut fel = Vec::new();
    let max_lon = format::kronor(t, Decimal::from(MAX_INKOMST_PER_MANAD));
    let lon = las_tal(&f.lon, 2).unwrap_or_else(|e| {
        fel.push(FaltFel::new(
            Falt::Lon,
            lasfel_text(t, e, t.lon_saknas, &max_lon),
        ));
        Decimal::ZERO
    });
    let kyrkoavgift = if f.kyrka {
        las_tal(&f.kyrkoavgift, 3)
            .map_err(|e| {
                let max = format::procent(t, Decimal::from(100));
                fel.push(FaltFel::new(
                    Falt::Kyrkoavgift,
                    lasfel_text(t, e, t.kyrkoavgift_saknas, &max),
                ))
            })
            .ok()
    } else {
        None
    };
    let kommun = f.kommun.trim();
    if kommun.is_empty() {
        // The engine's own message also offers an explicit skattesats, which this page has no
        // field for.
        fel.push(FaltFel::new(Falt::Kommun, t.kommun_saknas));
    }
    let s = Scenario {
        schema_version: SCHEMA_VERSION,
        year: f.year,
        kommun: (!kommun.is_empty()).then(|| kommun.to_string()),
        skattesats: None,
        people: vec![Person {
            name: None,
            birth_year: fodelsear_for_aldersgrupp(f.year, f.aldersgrupp),
            kyrkoavgift_procent: kyrkoavgift,
            income_per_month: Manadsinkomster {
                lon,
                ..Manadsinkomster::default()
            },
            ..Person::default()
        }],
        ..Scenario::default()
    };
    (s, Felen(fel))
}

/// Which form field an engine error is about, from its JSON path.
fn falt_for(path: &str) -> Falt {
    match path {
        "people[0].income_per_month.lon" => Falt::Lon,
        "kommun" => Falt::Kommun,
        "year" => Falt::Year,
        "people[0].kyrkoavgift_procent" => Falt::Kyrkoavgift,
        _ => Falt::Ovrigt,
    }
}

/// The form through the engine: the result, or every message to show. Where this module
/// already has a message for a field, the engine's about the same field is left out: it would
/// be about the placeholder, not about what was typed.
pub fn berakna(t: &Text, f: &Formular) -> Result<ScenarioResult, Felen> {
    let (s, mut fel) = scenario(t, f);
    match evaluate(&s) {
        Ok(r) if fel.0.is_empty() => Ok(r),
        Ok(_) => Err(fel),
        Err(e) => {
            let redan: Vec<Falt> = fel.0.iter().map(|f| f.falt).collect();
            fel.0.extend(e.0.into_iter().filter_map(|e| {
                let falt = falt_for(&e.field);
                (!redan.contains(&falt)).then(|| FaltFel::new(falt, e.message))
            }));
            Err(fel)
        }
    }
}
