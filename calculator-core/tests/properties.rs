//! Properties over many generated scenarios (a fixed-seed generator, so a failure repeats):
//! nothing in the documented ranges panics; the components add up; reductions never exceed
//! what they may reduce; out-of-range input is refused with the field named.

use calculator_core::scenario::{AngivenSkattesats, Manadsinkomster, Person, Scenario};
use calculator_core::{evaluate, parse_scenario, SCHEMA_VERSION};
use rust_decimal::Decimal;

mod common;
use common::Rng;

fn random_scenario(r: &mut Rng) -> Scenario {
    let year = [2024, 2025, 2026][r.below(3) as usize];
    let kommuner = calculator_core::kommuner(year).unwrap();
    let (kommun, skattesats) = if kommuner.is_empty() || r.below(4) == 0 {
        (
            None,
            Some(AngivenSkattesats {
                kommunal_procent: Decimal::new(2000 + r.below(2001) as i64, 2),
                begravningsavgift_procent: Some(Decimal::new(r.below(201) as i64, 2)),
            }),
        )
    } else {
        let k = &kommuner[r.below(kommuner.len() as u64) as usize];
        (Some(k.namn.clone()), None)
    };
    let people = (0..1 + r.below(2))
        .map(|_| Person {
            name: None,
            birth_year: year - r.below(121) as i32,
            kyrkoavgift_procent: (r.below(2) == 0).then(|| Decimal::new(r.below(301) as i64, 2)),
            income_per_month: Manadsinkomster {
                lon: r.amount(),
                sjukpenning: r.amount(),
                annan_pensionsgrundande: r.amount(),
                sjuk_aktivitetsersattning: r.amount(),
                pension: r.amount(),
            },
            ..Person::default()
        })
        .collect();
    Scenario {
        schema_version: SCHEMA_VERSION,
        year,
        kommun,
        skattesats,
        people,
        ..Scenario::default()
    }
}

#[test]
fn components_add_up_and_nothing_panics() {
    let mut r = Rng(0x5EED_2026);
    for i in 0..3000 {
        let s = random_scenario(&mut r);
        let res = evaluate(&s).unwrap_or_else(|e| panic!("case {i}: {e}\n{s:?}"));
        for p in &res.people {
            let t = &p.slutlig_skatt_ar;
            let zero = Decimal::ZERO;
            for (name, v) in [
                ("grundavdrag", t.grundavdrag),
                ("kommunal", t.kommunal_skatt),
                ("statlig", t.statlig_skatt),
                ("jsa", t.jobbskatteavdrag),
                ("sa", t.skattereduktion_sjuk_aktivitetsersattning),
                ("forv", t.skattereduktion_forvarvsinkomst),
                ("total", t.total_skatt),
            ] {
                assert!(v >= zero, "case {i}: {name} {v} negative");
            }
            let reductions = t.skattereduktion_allman_pensionsavgift
                + t.jobbskatteavdrag
                + t.skattereduktion_sjuk_aktivitetsersattning
                + t.skattereduktion_forvarvsinkomst;
            assert!(
                reductions <= t.kommunal_skatt + t.statlig_skatt,
                "case {i}: reductions exceed the tax"
            );
            assert!(t.jobbskatteavdrag <= t.jobbskatteavdrag_berattigat);
            assert_eq!(
                t.total_skatt,
                t.kommunal_skatt + t.statlig_skatt - reductions
                    + t.begravningsavgift
                    + t.kyrkoavgift
                    + t.public_service_avgift
                    + t.allman_pensionsavgift,
                "case {i}"
            );
            assert_eq!(t.nettoinkomst, t.bruttoinkomst - t.total_skatt);
            assert_eq!(t.bruttoinkomst, p.per_manad.brutto * Decimal::from(12));
            assert!(t.grundavdrag <= t.faststalld_forvarvsinkomst);
            // Every amount of the final tax is in the trace.
            for id in [
                "grundavdrag",
                "kommunal_skatt",
                "statlig_skatt",
                "allman_pensionsavgift",
                "total_skatt",
            ] {
                assert!(
                    p.trace.iter().any(|st| st.id == id),
                    "case {i}: no trace step {id}"
                );
            }
        }
        let sum: Decimal = res
            .people
            .iter()
            .map(|p| p.per_manad.netto_efter_slutlig_skatt)
            .sum();
        assert_eq!(sum, res.household.netto_per_manad);
    }
}

#[test]
fn out_of_range_input_names_the_field() {
    let cases = [
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"income_per_month":{"lon":-1}}]}"#,
            "people[0].income_per_month.lon",
            "0–1000000",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"income_per_month":{"lon":1000000.01}}]}"#,
            "people[0].income_per_month.lon",
            "0–1000000",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"income_per_month":{"lon":100.001}}]}"#,
            "people[0].income_per_month.lon",
            "två decimaler",
        ),
        (
            r#"{"schema_version":1,"year":2019,"kommun":"Stockholm","people":[{"birth_year":1985}]}"#,
            "year",
            "2026",
        ),
        (
            r#"{"schema_version":2,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985}]}"#,
            "schema_version",
            "version 1",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Gotham","people":[{"birth_year":1985}]}"#,
            "kommun",
            "290",
        ),
        (
            r#"{"schema_version":1,"year":2024,"kommun":"Stockholm","people":[{"birth_year":1985}]}"#,
            "kommun",
            "skattesats",
        ),
        (
            r#"{"schema_version":1,"year":2026,"people":[{"birth_year":1985}]}"#,
            "kommun",
            "saknas",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","skattesats":{"kommunal_procent":32},"people":[{"birth_year":1985}]}"#,
            "skattesats",
            "inte båda",
        ),
        (
            r#"{"schema_version":1,"year":2026,"skattesats":{"kommunal_procent":55},"people":[{"birth_year":1985}]}"#,
            "skattesats.kommunal_procent",
            "20–40",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1850}]}"#,
            "people[0].birth_year",
            "1906–2026",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"kyrkoavgift_procent":7}]}"#,
            "people[0].kyrkoavgift_procent",
            "0–3",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[]}"#,
            "people",
            "en eller två",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"income_per_month":{"lön":5}}]}"#,
            "people[0].income_per_month.lön",
            "tillåtna fält",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"income_per_month":{}}]}"#,
            "people[0]",
            "birth_year",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":"1985"}]}"#,
            "people[0].birth_year",
            "fel typ",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985}"#,
            "people",
            "JSON",
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985}],"extra":1}"#,
            "extra",
            "tillåtna fält",
        ),
    ];
    for (json, field, hint) in cases {
        let errs = match parse_scenario(json) {
            Err(e) => e,
            Ok(s) => evaluate(&s).expect_err(json),
        };
        assert!(
            errs.0
                .iter()
                .any(|e| e.field.starts_with(field) && e.message.contains(hint)),
            "{json}\nexpected field {field} with {hint:?}, got {errs}"
        );
    }
}

#[test]
fn every_kommun_of_both_years_evaluates() {
    for year in [2025, 2026] {
        for k in calculator_core::kommuner(year).unwrap() {
            let json = format!(
                r#"{{"schema_version":1,"year":{year},"kommun":"{}","people":[{{"birth_year":1990,"income_per_month":{{"lon":25000}}}}]}}"#,
                k.namn
            );
            let r = calculator_core::calculate_json(&json);
            assert!(r.is_ok(), "{year} {}: {:?}", k.namn, r.err());
        }
    }
}
