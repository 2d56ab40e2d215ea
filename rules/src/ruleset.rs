//! The rule sets of all income years the product knows, built once from the embedded data
//! (see `inbyggt`).

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::inbyggt::EMBEDDED_YEARS;
use crate::params::SkatteParametrar;

/// A kommun's tax rates for one income year (percent), as Skatteverket publishes them.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Kommun {
    pub kod: String,
    pub namn: String,
    /// Kommunal + regional skattesats (IL 65 kap. 3 §), percent.
    pub kommunal_skattesats: Decimal,
    /// Begravningsavgift (begravningslagen 9 kap.), percent.
    pub begravningsavgift: Decimal,
}

/// Everything the engine needs for one income year.
#[derive(Debug)]
pub struct Ruleset {
    pub year: i32,
    pub skatt: SkatteParametrar,
    /// Empty when the rates for the year are not in the data (2024).
    pub kommuner: Vec<Kommun>,
    /// The year of the kommun rates: an earlier year's until the year's own are published
    /// (the year's `kommunalskatt_fran` in `params/inkomstar.toml`), which every result then
    /// says.
    pub kommuner_ar: i32,
    /// Each kommun's place in `kommuner` by its name and by its code, for the lookup every
    /// month makes.
    kommun_index: std::collections::HashMap<String, usize>,
}

impl Ruleset {
    /// True when the year's parameters reproduce Skatteverket's official tables.
    pub fn verified(&self) -> bool {
        self.skatt.meta.status == "verified"
    }

    /// Looks a kommun up by name or four-digit code, ignoring case.
    pub fn kommun(&self, name_or_code: &str) -> Option<&Kommun> {
        let q = name_or_code.trim();
        if let Some(&i) = self.kommun_index.get(q) {
            return self.kommuner.get(i);
        }
        // Copied from a web page or typed on a Mac, a name may carry invisible characters or
        // an "ö" written as "o" and a combining diaeresis; both are the same name to a reader.
        let q = forenkla_namn(q);
        let same = |a: &str| {
            a.chars()
                .flat_map(char::to_lowercase)
                .eq(q.chars().flat_map(char::to_lowercase))
        };
        self.kommuner.iter().find(|k| same(&k.namn))
    }
}

/// `namn` without invisible characters (zero-width spaces and joiners, soft hyphens, a
/// byte-order mark) and with the letters of Swedish place names composed (å, ä, ö, é, ü
/// written as a letter and a combining mark become one letter).
fn forenkla_namn(namn: &str) -> String {
    let mut ut = String::with_capacity(namn.len());
    for c in namn.chars() {
        let sammansatt = match (ut.chars().last(), c) {
            (Some(f), '\u{308}') => sammansatt_trema(f),
            (Some('a'), '\u{30a}') => Some('å'),
            (Some('A'), '\u{30a}') => Some('Å'),
            (Some('e'), '\u{301}') => Some('é'),
            (Some('E'), '\u{301}') => Some('É'),
            _ => None,
        };
        if let Some(s) = sammansatt {
            ut.pop();
            ut.push(s);
        } else if !matches!(
            c,
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        ) {
            ut.push(c);
        }
    }
    ut.trim().to_string()
}

/// The letter `f` with a diaeresis, for the letters Swedish names use.
fn sammansatt_trema(f: char) -> Option<char> {
    match f {
        'a' => Some('ä'),
        'A' => Some('Ä'),
        'o' => Some('ö'),
        'O' => Some('Ö'),
        'u' => Some('ü'),
        'U' => Some('Ü'),
        _ => None,
    }
}

/// Why a rule set could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RulesetError {
    UnsupportedYear { year: i32, supported: Vec<i32> },
}

impl std::fmt::Display for RulesetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RulesetError::UnsupportedYear { year, supported } => {
                let list: Vec<String> = supported.iter().map(|y| y.to_string()).collect();
                write!(
                    f,
                    "inkomstår {year} finns inte i regelverket; tillåtna år: {}",
                    list.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for RulesetError {}

fn all() -> &'static [Ruleset] {
    static CELL: OnceLock<Vec<Ruleset>> = OnceLock::new();
    CELL.get_or_init(|| {
        EMBEDDED_YEARS
            .iter()
            .map(|e| {
                // Built by code that build.rs wrote from the checked timelines.
                let skatt: SkatteParametrar = (e.skatt)();
                let kommuner = e.kommuner_csv.map(parse_kommuner).unwrap_or_default();
                let mut kommun_index = std::collections::HashMap::new();
                // Codes are four digits and names never are, so the two cannot collide; the
                // first kommun of a name wins, as the linear search it replaces did.
                for (i, k) in kommuner.iter().enumerate() {
                    kommun_index.entry(k.kod.clone()).or_insert(i);
                    kommun_index.entry(k.namn.clone()).or_insert(i);
                }
                Ruleset {
                    year: e.year,
                    skatt,
                    kommuner,
                    kommuner_ar: e.kommuner_ar,
                    kommun_index,
                }
            })
            .collect()
    })
}

fn parse_kommuner(csv: &str) -> Vec<Kommun> {
    csv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            let dec = |s: &str| -> Decimal {
                s.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("kommun file: bad number {s:?} in {line:?}"))
            };
            Kommun {
                kod: f[0].to_string(),
                namn: f[1].to_string(),
                kommunal_skattesats: dec(f[4]),
                begravningsavgift: dec(f[5]),
            }
        })
        .collect()
}

/// The income years with a rule set, ascending.
pub fn supported_years() -> Vec<i32> {
    all().iter().map(|r| r.year).collect()
}

/// The rule set of an income year.
pub fn ruleset(year: i32) -> Result<&'static Ruleset, RulesetError> {
    all()
        .iter()
        .find(|r| r.year == year)
        .ok_or_else(|| RulesetError::UnsupportedYear {
            year,
            supported: supported_years(),
        })
}
