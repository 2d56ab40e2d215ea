//! How far the parameters are verified (DEVELOPERS.md principle 1: every parameter has the date
//! it is verified until). A month after that date is still computed, with the latest values
//! known, but never silently: these functions say which area's values are used past their
//! date, so that every result can say which year's rules it used and why.

use std::sync::OnceLock;

use crate::formaner::Manad;
use crate::inbyggt::OMRADEN_KONTROLL;
use crate::Ruleset;

/// Parameters used in a month after the date they are verified until.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Okontrollerat {
    /// The benefit area (`bostadsbidrag`, …) or `skatt`.
    pub omrade: &'static str,
    /// The latest date any of them is verified until (YYYY-MM-DD).
    pub kontrollerad_till: String,
    /// The parameters concerned, by their keys in the parameter files.
    pub parametrar: Vec<&'static str>,
}

/// A date as (year, month, day).
type Datum = (i32, u32, u32);

/// A `YYYY-MM-DD` date as numbers (build.rs has checked the shape), so that the check of every
/// month formats and allocates nothing.
fn datum(d: &str) -> Datum {
    let b = d.as_bytes();
    let n = |r: std::ops::Range<usize>| {
        b.get(r)
            .unwrap_or_default()
            .iter()
            .fold(0u32, |acc, c| acc * 10 + u32::from(c.wrapping_sub(b'0')))
    };
    (n(0..4) as i32, n(5..7), n(8..10))
}

/// A date before the first day of `m`.
fn fore_nyckel(d: Datum, m: Manad) -> bool {
    d < (m.year, m.month, 1)
}

/// `YYYY-MM-DD` of a date before the first day of `m`.
fn fore(d: &str, m: Manad) -> bool {
    fore_nyckel(datum(d), m)
}

/// The earliest date any parameter of each benefit area is verified until: a month up to it
/// needs no look at the parameters one by one (the common case, asked for every month).
fn omradenas_tidigaste() -> &'static [(&'static str, Datum)] {
    static CELL: OnceLock<Vec<(&'static str, Datum)>> = OnceLock::new();
    CELL.get_or_init(|| {
        OMRADEN_KONTROLL
            .iter()
            .map(|(a, meta, params)| {
                let min = params
                    .iter()
                    .map(|(_, egen)| datum(egen.unwrap_or(meta)))
                    .chain([datum(meta)])
                    .min()
                    .expect("the area's own date");
                (*a, min)
            })
            .collect()
    })
}

/// As [`omradenas_tidigaste`], for the tax parameters of each income year.
fn skattens_tidigaste(rs: &Ruleset) -> Datum {
    static CELL: OnceLock<Vec<(i32, Datum)>> = OnceLock::new();
    let alla = CELL.get_or_init(|| {
        crate::supported_years()
            .into_iter()
            .filter_map(|y| crate::ruleset(y).ok())
            .map(|rs| {
                let meta = rs.skatt.meta.verified_until.as_str();
                let min = rs
                    .skatt
                    .all()
                    .iter()
                    .map(|(_, p)| datum(p.verified_until.as_deref().unwrap_or(meta)))
                    .chain([datum(meta)])
                    .min()
                    .expect("the year's own date");
                (rs.year, min)
            })
            .collect()
    });
    alla.iter()
        .find(|(y, _)| *y == rs.year)
        .map_or((i32::MIN, 0, 0), |(_, d)| *d)
}

/// The parameters of a benefit area (the name of its file in `params/formaner/`) that are
/// verified only until before month `m`; None when all are verified for `m`, or the area is
/// unknown.
pub fn formansomrade(omrade: &str, m: Manad) -> Option<Okontrollerat> {
    let (_, tidigaste) = omradenas_tidigaste().iter().find(|(a, _)| *a == omrade)?;
    if !fore_nyckel(*tidigaste, m) {
        return None;
    }
    formansomrade_var_for_sig(omrade, m)
}

/// [`formansomrade`] parameter by parameter, without the shortcut.
fn formansomrade_var_for_sig(omrade: &str, m: Manad) -> Option<Okontrollerat> {
    let (namn, meta, params) = OMRADEN_KONTROLL.iter().find(|(a, _, _)| *a == omrade)?;
    let mut till: Option<&str> = None;
    let mut parametrar = Vec::new();
    for (key, egen) in params.iter() {
        let d = egen.unwrap_or(meta);
        if fore(d, m) {
            parametrar.push(*key);
            till = Some(till.map_or(d, |t| t.max(d)));
        }
    }
    till.map(|t| Okontrollerat {
        omrade: namn,
        kontrollerad_till: t.to_string(),
        parametrar,
    })
}

/// The tax parameters of the year (base amounts included) that are verified only until before
/// month `m`. A value is verified until its own `verified_until`, else the year's
/// (`params/inkomstar.toml`): a value carried from the year before, until the year's own is
/// published, is verified only until the end of that year.
pub fn skatt(rs: &Ruleset, m: Manad) -> Option<Okontrollerat> {
    if !fore_nyckel(skattens_tidigaste(rs), m) {
        return None;
    }
    skatt_var_for_sig(rs, m)
}

/// [`skatt`] parameter by parameter, without the shortcut.
fn skatt_var_for_sig(rs: &Ruleset, m: Manad) -> Option<Okontrollerat> {
    let meta = rs.skatt.meta.verified_until.as_str();
    let mut till: Option<&str> = None;
    let mut parametrar = Vec::new();
    for (key, p) in rs.skatt.all() {
        let d = p.verified_until.as_deref().unwrap_or(meta);
        if fore(d, m) {
            parametrar.push(key);
            till = Some(till.map_or(d, |t: &str| t.max(d)));
        }
    }
    till.map(|t| Okontrollerat {
        omrade: "skatt",
        kontrollerad_till: t.to_string(),
        parametrar,
    })
}

/// The benefit areas, by the names of their parameter files.
pub fn omraden() -> impl Iterator<Item = &'static str> {
    OMRADEN_KONTROLL.iter().map(|(a, _, _)| *a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortcut_gives_what_the_parameters_one_by_one_give() {
        for y in 2023..=2029 {
            for mo in 1..=12 {
                let m = Manad::new(y, mo);
                for a in omraden() {
                    assert_eq!(
                        formansomrade(a, m),
                        formansomrade_var_for_sig(a, m),
                        "{a} {y}-{mo}"
                    );
                }
                for ar in crate::supported_years() {
                    let rs = crate::ruleset(ar).unwrap();
                    assert_eq!(
                        skatt(rs, m),
                        skatt_var_for_sig(rs, m),
                        "skatt {ar} {y}-{mo}"
                    );
                }
            }
        }
        assert_eq!(datum("2026-12-31"), (2026, 12, 31));
    }

    #[test]
    fn every_area_is_verified_through_2026_and_its_date_is_a_date() {
        let areas: Vec<_> = omraden().collect();
        assert!(areas.contains(&"bostadsbidrag") && areas.contains(&"sjukpenning"));
        for a in areas {
            assert_eq!(formansomrade(a, Manad::new(2026, 12)), None, "{a}");
        }
    }

    #[test]
    fn a_month_past_the_date_names_the_area_and_its_parameters() {
        let u = formansomrade("bostadsbidrag", Manad::new(2099, 1)).unwrap();
        assert_eq!(u.omrade, "bostadsbidrag");
        assert!(u.parametrar.contains(&"barn_ovre_grans"));
        assert!(u.kontrollerad_till.as_str() < "2099-01-01");
        assert_eq!(formansomrade("finns_inte", Manad::new(2099, 1)), None);
    }

    #[test]
    fn the_tax_years_are_verified_for_their_own_months() {
        for y in [2025, 2026] {
            let rs = crate::ruleset(y).unwrap();
            assert!(rs.verified(), "{y}");
        }
        // A verified year has every value verified through its December: none carries an
        // earlier verified_until of its own.
        for y in crate::supported_years() {
            let rs = crate::ruleset(y).unwrap();
            if rs.verified() {
                assert_eq!(skatt(rs, Manad::new(y, 12)), None, "{y}");
            }
        }
    }

    #[test]
    fn the_2027_tax_names_the_values_carried_from_2026() {
        let rs = crate::ruleset(2027).unwrap();
        let u = skatt(rs, Manad::new(2027, 1)).unwrap();
        assert_eq!(u.omrade, "skatt");
        assert_eq!(u.kontrollerad_till, "2026-12-31");
        for carried in [
            "inkomstbasbelopp",
            "skiktgrans",
            "jobbskatteavdrag",
            "grundavdrag",
        ] {
            assert!(u.parametrar.contains(&carried), "{carried}");
        }
        // 2027's own values are verified for 2027.
        for own in [
            "prisbasbelopp",
            "forhojt_prisbasbelopp",
            "forhojt_grundavdrag_alder",
        ] {
            assert!(!u.parametrar.contains(&own), "{own}");
        }
        assert_eq!(u.parametrar.len(), rs.skatt.all().len() - 3);
        // And in 2028 (were it computed with these values) nothing is.
        let u = skatt(rs, Manad::new(2028, 1)).unwrap();
        assert_eq!(u.kontrollerad_till, "2027-12-31");
        assert_eq!(u.parametrar.len(), rs.skatt.all().len());
    }
}
