//! Every parameter of every year carries its legal reference and provenance (DEVELOPERS.md
//! principle 1). build.rs already refuses to build without them; this test checks the values
//! as the engine sees them, that no parameter or value in a file escapes the check, and that
//! each year's built-in parameters are what the timelines say for its 1 January.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn is_iso_date(s: &str) -> bool {
    s.len() == 10
        && s.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        })
}

#[test]
fn every_parameter_has_reference_source_and_dates() {
    let years = rules::supported_years();
    assert!(years.contains(&2025) && years.contains(&2026));
    for year in years {
        let rs = rules::ruleset(year).unwrap();
        let all = rs.skatt.all();
        let jan1 = format!("{year}-01-01");
        for (key, p) in &all {
            assert!(
                p.reference.contains('§'),
                "{year} {key}: reference without §: {}",
                p.reference
            );
            assert!(
                p.source.starts_with("https://"),
                "{year} {key}: source {}",
                p.source
            );
            assert!(
                is_iso_date(&p.verified_on),
                "{year} {key}: verified_on {}",
                p.verified_on
            );
            // The value in force on 1 January of the year: it applies from that day or before.
            assert!(
                is_iso_date(&p.valid_from) && p.valid_from <= jan1,
                "{year} {key}: valid_from {}",
                p.valid_from
            );
            let until = p
                .verified_until
                .as_deref()
                .unwrap_or(&rs.skatt.meta.verified_until);
            assert!(is_iso_date(until), "{year} {key}: verified_until {until}");
            assert!(!p.unit.is_empty(), "{year} {key}: unit");
        }
    }
    // Every parameter of the files is one of those checked above, in some year, and every
    // value of every timeline (also those no year uses) carries its provenance.
    let checked: BTreeSet<&str> = rules::supported_years()
        .into_iter()
        .flat_map(|y| rules::ruleset(y).unwrap().skatt.all())
        .map(|(k, _)| k)
        .collect();
    let mut in_files = BTreeSet::new();
    for file in SKATT_FILES {
        for (key, t) in parameters(file) {
            assert!(
                checked.contains(key.as_str()),
                "{file}: `{key}` is not checked"
            );
            assert!(in_files.insert(key.clone()), "{file}: `{key}` twice");
            for v in t["values"].as_array().unwrap() {
                let s = |k: &str| v[k].as_str().unwrap_or_else(|| panic!("{key}: {k}"));
                assert!(s("reference").contains('§'), "{key}: {v}");
                assert!(s("source").starts_with("https://"), "{key}: {v}");
                assert!(
                    is_iso_date(s("from")) && s("from").ends_with("-01-01"),
                    "{key}: {v}"
                );
                assert!(is_iso_date(s("verified_on")), "{key}: {v}");
                if let Some(d) = v.get("verified_until") {
                    assert!(is_iso_date(d.as_str().unwrap()), "{key}: {v}");
                }
            }
        }
    }
    assert_eq!(in_files.len(), checked.len());
    // The income years are exactly the lines of inkomstar.toml.
    let lines: Vec<i32> = read_toml("inkomstar.toml")
        .keys()
        .map(|y| y.parse().unwrap())
        .collect();
    assert_eq!(lines, rules::supported_years());
}

#[test]
fn a_timeline_lists_only_what_changed() {
    // Consecutive values that differ only in `from` would hide what a year changed.
    for file in SKATT_FILES {
        for (key, t) in parameters(file) {
            let values = t["values"].as_array().unwrap();
            for w in values.windows(2) {
                let mut a = w[0].as_table().unwrap().clone();
                let mut b = w[1].as_table().unwrap().clone();
                a.remove("from");
                b.remove("from");
                assert_ne!(a, b, "{file}: `{key}` repeats a value: {}", w[1]);
            }
        }
    }
}

#[test]
fn the_2027_values_are_2027s_own_or_2026s_verified_only_through_2026() {
    let rs = rules::ruleset(2027).unwrap();
    let p = &rs.skatt;
    assert_eq!(p.meta.verified_until, "2026-12-31");
    assert_eq!(p.meta.kommunalskatt_fran.as_deref(), Some("2026"));
    let own: Vec<&str> = p
        .all()
        .into_iter()
        .filter(|(_, v)| v.verified_until.is_some())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        own,
        [
            "prisbasbelopp",
            "forhojt_prisbasbelopp",
            "forhojt_grundavdrag_alder"
        ]
    );
    for (key, v) in p.all() {
        if own.contains(&key) {
            assert_eq!(v.valid_from, "2027-01-01", "{key}");
            assert_eq!(v.verified_until.as_deref(), Some("2027-12-31"), "{key}");
        } else {
            // Carried from 2026: the 2026 value, exactly as 2026 has it.
            let v26 = rules::ruleset(2026)
                .unwrap()
                .skatt
                .all()
                .into_iter()
                .find(|(k, _)| *k == key)
                .unwrap()
                .1
                .clone();
            assert_eq!(*v, v26, "{key}");
        }
    }
    assert_eq!(p.prisbasbelopp.value, 59600.into());
    assert_eq!(p.forhojt_prisbasbelopp.value, 60900.into());
    assert_eq!(p.inkomstbasbelopp.value, 83400.into());
    assert_eq!(p.skiktgrans.value, 643000.into());
}

#[test]
fn verified_years_are_marked_and_2024_is_not() {
    assert!(rules::ruleset(2025).unwrap().verified());
    assert!(rules::ruleset(2026).unwrap().verified());
    assert!(!rules::ruleset(2024).unwrap().verified());
    assert!(rules::ruleset(2024).unwrap().kommuner.is_empty());
}

#[test]
fn kommun_files_have_290_kommuner_with_plausible_rates() {
    for year in [2025, 2026] {
        let rs = rules::ruleset(year).unwrap();
        assert_eq!(rs.kommuner.len(), 290, "{year}");
        for k in &rs.kommuner {
            assert_eq!(k.kod.len(), 4, "{year} {}", k.namn);
            assert!(
                k.kommunal_skattesats > 28.into() && k.kommunal_skattesats < 36.into(),
                "{year} {}",
                k.namn
            );
        }
        // Spot checks quoted from SCB / Skatteverket (see rules/data/README.md).
        let rate = |n: &str| rs.kommun(n).unwrap().kommunal_skattesats.to_string();
        if year == 2026 {
            assert_eq!(rate("Österåker"), "28.93");
            assert_eq!(rate("Dorotea"), "35.65");
            assert_eq!(rate("Stockholm"), "30.55");
            assert_eq!(rate("1480"), "32.60"); // Göteborg by kommunkod
        } else {
            assert_eq!(rate("Stockholm"), "30.60");
            assert_eq!(rate("Degerfors"), "35.30");
        }
        assert_eq!(
            rs.kommun("stockholm")
                .unwrap()
                .begravningsavgift
                .to_string(),
            "0.070"
        );
    }
}

#[test]
fn rates_of_a_year_not_yet_published_are_the_latest_and_say_so() {
    // 2027's kommun rates were not published when the file was written: 2026's are used.
    let r27 = rules::ruleset(2027).unwrap();
    let r26 = rules::ruleset(2026).unwrap();
    assert_eq!(r27.kommuner_ar, 2026);
    assert_eq!(r27.kommuner, r26.kommuner);
    assert_eq!(r26.kommuner_ar, 2026);
    assert!(!r27.verified());
    // 2027's own: prisbasbelopp (SFS 2026:1779) and the age 67 for förhöjt grundavdrag.
    assert_eq!(r27.skatt.prisbasbelopp.value, 59600.into());
    assert_eq!(r27.skatt.forhojt_grundavdrag_alder.value, 67.into());
    assert_eq!(r27.skatt.jobbskatteavdrag_alder.value, 66.into());
}

#[test]
fn unsupported_year_says_which_years_exist() {
    let e = rules::ruleset(2019).unwrap_err().to_string();
    assert!(e.contains("2019") && e.contains("2026"), "{e}");
}

/// TOML → JSON with every number as its decimal text, as the parameter files were read before
/// build.rs wrote them as code: serde's reading of a file is the reference for that code.
fn to_json(v: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::String(i.to_string()),
        toml::Value::Float(f) => J::String(format!("{f}")),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            J::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}

/// The files holding the tax's timelines.
const SKATT_FILES: [&str; 2] = ["basbelopp.toml", "skatt.toml"];

fn read_toml(file: &str) -> toml::Table {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("params")
        .join(file);
    std::fs::read_to_string(&path)
        .unwrap()
        .parse()
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// A timeline file's parameters (every table but `[meta]`).
fn parameters(file: &str) -> Vec<(String, toml::Table)> {
    read_toml(file)
        .into_iter()
        .filter(|(k, _)| k != "meta")
        .map(|(k, t)| (k, t.as_table().unwrap().clone()))
        .collect()
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let doc = toml::Value::Table(read_toml(file));
    serde_json::from_value(to_json(&doc)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// An income year's tax parameters read from the files without build.rs: its line of
/// inkomstar.toml, and each parameter's value in force on 1 January (none when repealed),
/// with the parameter's unit and basis and the value's `from` as valid_from.
fn year_from_files(year: i32) -> rules::params::SkatteParametrar {
    use serde_json::{json, Map, Value};
    let jan1 = format!("{year}-01-01");
    let ar = read_toml("inkomstar.toml");
    let mut meta = to_json(&ar[&year.to_string()]);
    meta["year"] = json!(year.to_string());
    let mut snapshot = Map::new();
    snapshot.insert("meta".into(), meta);
    for file in SKATT_FILES {
        for (key, t) in parameters(file) {
            let t = to_json(&toml::Value::Table(t));
            let Some(v) = t["values"]
                .as_array()
                .unwrap()
                .iter()
                .rfind(|v| v["from"].as_str().unwrap() <= jan1.as_str())
                .filter(|v| v.get("repealed").is_none())
            else {
                continue;
            };
            let mut p = v.as_object().unwrap().clone();
            let from = p.remove("from").unwrap();
            p.insert("valid_from".into(), from);
            p.insert("unit".into(), t["unit"].clone());
            p.insert("name".into(), t["name"].clone());
            if let Some(b) = t.get("basis") {
                p.insert("basis".into(), b.clone());
            }
            snapshot.insert(key, Value::Object(p));
        }
    }
    serde_json::from_value(Value::Object(snapshot)).unwrap_or_else(|e| panic!("{year}: {e}"))
}

#[test]
fn the_built_in_parameters_are_the_files_as_serde_reads_them() {
    for year in rules::supported_years() {
        let file = year_from_files(year);
        let built_in = &rules::ruleset(year).unwrap().skatt;
        assert_eq!(*built_in, file, "{year}");
        // Debug shows each Decimal with its scale, which PartialEq does not compare.
        assert_eq!(format!("{built_in:#?}"), format!("{file:#?}"), "{year}");
    }
    // The area types have no PartialEq; their Debug text shows every field, each Decimal
    // with its scale.
    use rules::formaner::*;
    fn same<T: serde::de::DeserializeOwned + std::fmt::Debug>(area: &str, built_in: &T) {
        let file: T = read(&format!("formaner/{area}.toml"));
        assert_eq!(format!("{built_in:#?}"), format!("{file:#?}"), "{area}");
    }
    same("aktivitetsersattning", aktivitetsersattning::params());
    same("aktivitetsstod", aktivitetsstod::params());
    same("arbete", arbete::params());
    same("barnbidrag", barnbidrag::params());
    same("bostadsbidrag", bostadsbidrag::params());
    same("bostadstillagg", bostadstillagg::params());
    same("forsorjningsstod", forsorjningsstod::params());
    same("jobbpremie", jobbpremie::params());
    same("sjukpenning", sjukpenning::params());
    let areas =
        std::fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("params/formaner"))
            .unwrap()
            .count();
    assert_eq!(areas, 9, "a new area file needs its line above");
}
