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
            assert!(
                p.valid_from.starts_with(&year.to_string()),
                "{year} {key}: valid_from {} is not in the year",
                p.valid_from
            );
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
fn unsupported_year_says_which_years_exist() {
    let e = rules::ruleset(2019).unwrap_err().to_string();
    assert!(e.contains("2019") && e.contains("2026"), "{e}");
}
