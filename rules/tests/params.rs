//! Every parameter of every year carries its legal reference and provenance (DEVELOPERS.md
//! principle 1). build.rs already refuses to build without them; this test checks the parsed
//! values as the engine sees them, and that no parameter in a file escapes the check.

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
            assert!(
                is_iso_date(&p.valid_from),
                "{year} {key}: valid_from {}",
                p.valid_from
            );
            // A value carried from an earlier year until the year's own is published keeps
            // its own valid_from, and is verified only until before the year.
            let until = p
                .verified_until
                .as_deref()
                .unwrap_or(&rs.skatt.meta.verified_until);
            let carried = until < format!("{year}-01-01").as_str();
            assert!(
                p.valid_from.starts_with(&year.to_string()) || carried,
                "{year} {key}: valid_from {} is not in the year, and the value is verified until {until}",
                p.valid_from
            );
            assert!(is_iso_date(until), "{year} {key}: verified_until {until}");
            assert!(!p.unit.is_empty(), "{year} {key}: unit");
        }
        // Every [section] of the file is one of the parameters checked above.
        let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("params/{year}.toml"));
        let text = std::fs::read_to_string(file).unwrap();
        let sections: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix('[').and_then(|l| l.strip_suffix(']')))
            .filter(|s| *s != "meta")
            .collect();
        let keys: Vec<&str> = all.iter().map(|(k, _)| *k).collect();
        for s in &sections {
            assert!(keys.contains(s), "{year}: section [{s}] is not checked");
        }
        assert_eq!(sections.len(), keys.len(), "{year}");
    }
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

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("params")
        .join(file);
    let doc: toml::Value = std::fs::read_to_string(&path).unwrap().parse().unwrap();
    serde_json::from_value(to_json(&doc)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn the_built_in_parameters_are_the_files_as_serde_reads_them() {
    for year in rules::supported_years() {
        let file: rules::params::SkatteParametrar = read(&format!("{year}.toml"));
        assert_eq!(rules::ruleset(year).unwrap().skatt, file, "{year}");
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
