//! Properties of the household month over many generated households (fixed seed): the
//! components add up to the disposable income; no benefit is negative; försörjningsstöd never
//! leaves the household below riksnorm + the entered costs; the marginal-effect parts add up
//! to the whole; nothing in the documented ranges panics; out-of-range input is refused with
//! the field named.

use calculator_core::{evaluate, parse_scenario, KomponentId};
use rust_decimal::Decimal;
use serde_json::{json, Value};

mod common;
use common::Rng;

fn person(r: &mut Rng, year: i64) -> Value {
    let mut p =
        json!({ "birth_year": year - 18 - r.below(50) as i64, "birth_month": 1 + r.below(12) });
    if r.chance(2) {
        p["job"] = if r.chance(2) {
            json!({ "hours_per_week": r.below(81), "hourly_wage": 100 + r.below(200),
                    "semesterersattning_procent": 12 })
        } else {
            json!({ "hours_per_week": r.below(41), "monthly_salary": r.below(60_000) })
        };
    }
    match r.below(4) {
        0 => {
            p["sjukpenning"] = json!({ "sgi": r.below(700_000), "dag_i_sjukperioden": 1 + r.below(600),
                "arbetslos": r.chance(3), "sarskilda_fall": r.chance(5) });
        }
        1 => {
            let slag = if r.chance(2) {
                "aktivitetsersattning"
            } else {
                "sjukersattning"
            };
            let mut a = json!({ "slag": slag,
                "niva": r.pick(&["hel", "tre_fjardedelar", "halv", "en_fjardedel"]) });
            if r.chance(2) {
                a["inkomstrelaterad_per_manad"] = json!(r.below(24_000));
            }
            if r.chance(2) {
                a["vilande"] = json!({ "manader_med_ersattning_fore": r.below(40),
                    "manader_vilande_hittills": r.below(30), "behallen_25_procent": r.chance(2) });
            }
            p["aktivitetsersattning"] = a;
        }
        2 => {
            p["aktivitetsstod"] = json!({ "form": r.pick(&["grundbelopp", "utvecklingsersattning_gymnasieexamen", "utvecklingsersattning_ovriga"]),
                "omfattning": r.pick(&["1", "0.5", "0.25"]) });
        }
        _ => {
            if r.chance(2) {
                p["income_per_month"] = json!({ "annan_pensionsgrundande": r.below(20_000) });
            }
        }
    }
    p
}

fn household(r: &mut Rng) -> Value {
    let year = if r.chance(4) { 2025 } else { 2026 };
    let people: Vec<Value> = (0..1 + r.below(2)).map(|_| person(r, year)).collect();
    let children: Vec<Value> = (0..r.below(4))
        .map(|_| json!({ "age": r.below(19), "lunch_utanfor_hemmet": r.chance(2) }))
        .collect();
    let mut hh = json!({ "boendekostnad_per_manad": 2000 + r.below(9000), "children": children });
    if r.chance(2) {
        hh["forsorjningsstod"] = json!({
            "kostnader": { "hushallsel": r.below(600), "hemforsakring": r.below(300), "arbetsresor": r.below(900) },
            "jobbstimulans": { "manader_med_fs_i_folj": r.below(12) }
        });
    }
    json!({ "schema_version": 1, "year": year, "month": 1 + r.below(12),
            "kommun": r.pick(&["Göteborg", "Stockholm", "Malmö", "Dorotea", "Kiruna"]),
            "people": people, "household": hh })
}

#[test]
fn components_add_up_no_benefit_is_negative_and_fs_keeps_the_norm() {
    let mut r = Rng(0xB0_57AD);
    let mut with_fs = 0;
    for i in 0..1500 {
        let v = household(&mut r);
        let s = parse_scenario(&v.to_string()).unwrap_or_else(|e| panic!("case {i}: {e}\n{v}"));
        let res = evaluate(&s).unwrap_or_else(|e| panic!("case {i}: {e}\n{v}"));
        let m = &res.manad;
        let sum: Decimal = m
            .komponenter
            .iter()
            .filter(|k| k.i_summan)
            .map(|k| k.per_manad)
            .sum();
        assert_eq!(
            sum, m.disponibel_inkomst,
            "case {i}: components do not add up\n{v}"
        );
        for k in &m.komponenter {
            if k.id != KomponentId::Skatt {
                assert!(
                    k.per_manad >= Decimal::ZERO,
                    "case {i}: {} negative\n{v}",
                    k.id
                );
            } else {
                assert!(k.per_manad <= Decimal::ZERO, "case {i}: tax positive\n{v}");
            }
            // Every amount paid carries its explanation (principle 3).
            if k.per_manad != Decimal::ZERO {
                assert!(
                    !k.steps.is_empty(),
                    "case {i}: {} has no explanation\n{v}",
                    k.id
                );
            }
            if !k.i_summan {
                assert!(
                    k.per_manad.is_zero(),
                    "case {i}: information-only {} has an amount",
                    k.id
                );
            }
        }
        if let Some(fs) = m.komponent(KomponentId::Forsorjningsstod, None) {
            let behov = fs.steps.iter().find(|s| s.id == "behov").map(|s| s.amount);
            if let (Some(behov), true) = (behov, fs.per_manad > Decimal::ZERO) {
                with_fs += 1;
                assert!(
                    m.disponibel_inkomst >= behov - Decimal::ONE,
                    "case {i}: disposable {} below riksnorm + costs {behov}\n{v}",
                    m.disponibel_inkomst
                );
            }
        }
    }
    assert!(
        with_fs > 50,
        "too few households got försörjningsstöd ({with_fs}) to test the norm"
    );
}

#[test]
fn marginal_effect_parts_add_up_to_the_whole() {
    let mut r = Rng(0x5EE9);
    for i in 0..40 {
        let mut v = household(&mut r);
        v["people"][0]["job"] = json!({ "hours_per_week": 0, "hourly_wage": 120 + r.below(100) });
        v["sweep"] = json!({ "over": "hours", "from": 0, "to": 40, "step": 2 });
        let s = parse_scenario(&v.to_string()).unwrap();
        let sw = evaluate(&s)
            .unwrap_or_else(|e| panic!("case {i}: {e}"))
            .sweep
            .unwrap();
        assert_eq!(sw.punkter.len(), 21);
        for (e, w) in sw.marginaleffekter.iter().zip(sw.punkter.windows(2)) {
            let parts: Decimal = e.delar.values().copied().sum();
            assert_eq!(parts, e.total, "case {i}");
            // The whole is 1 − Δdisposable/Δwage, up to the four-decimal rounding of each part.
            let dlon = w[1].komponenter[&KomponentId::Lon] - w[0].komponenter[&KomponentId::Lon];
            let exact = Decimal::ONE - (w[1].disponibel_inkomst - w[0].disponibel_inkomst) / dlon;
            let tol = Decimal::new(5, 5) * Decimal::from(e.delar.len() as u32);
            assert!(
                (exact - e.total).abs() <= tol,
                "case {i}: {exact} vs {}",
                e.total
            );
        }
    }
}

#[test]
fn out_of_range_household_input_names_the_field() {
    let base = json!({ "schema_version": 1, "year": 2026, "kommun": "Göteborg",
                       "people": [{ "birth_year": 1999 }] });
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!({ "month": 13 }), "month", "1–12"),
        (
            json!({ "people": [{ "birth_year": 1999, "job": { "hours_per_week": 90, "hourly_wage": 130 } }] }),
            "people[0].job.hours_per_week",
            "0–80",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "job": { "hours_per_week": -1, "hourly_wage": 130 } }] }),
            "people[0].job.hours_per_week",
            "0–80",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "job": { "hours_per_week": 10 } }] }),
            "people[0].job",
            "hourly_wage",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "job": { "hours_per_week": 10, "hourly_wage": 130, "monthly_salary": 9000 } }] }),
            "people[0].job",
            "inte båda",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "sjukpenning": { "sgi": 300000, "dag_i_sjukperioden": 0 } }] }),
            "people[0].sjukpenning.dag_i_sjukperioden",
            "1–3650",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "sjukpenning": { "omfattning": "tre_kvart" } }] }),
            "people[0].sjukpenning.omfattning",
            "hel",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "aktivitetsersattning": { "slag": "aktivitetsersattning", "niva": "hel", "inkomstrelaterad_per_manad": 60000 } }] }),
            "people[0].aktivitetsersattning.inkomstrelaterad_per_manad",
            "0–50000",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "aktivitetsstod": { "form": "inkomstbaserat" } }] }),
            "people[0].aktivitetsstod.belopp_per_dag",
            "dagbeloppet",
        ),
        (
            json!({ "people": [{ "birth_year": 1999, "overrides": { "lön": 5 } }] }),
            "people[0].overrides.lön",
            "tillåtna: sjukpenning, aktivitetsersattning, aktivitetsstod, bostadstillagg",
        ),
        (
            // A component, but not one a decision letter for the person gives.
            json!({ "people": [{ "birth_year": 1999, "overrides": { "lon": 5 } }] }),
            "people[0].overrides.lon",
            "kan inte ersättas med ett belopp",
        ),
        (
            json!({ "household": { "overrides": { "hyra": 5 } } }),
            "household.overrides.hyra",
            "tillåtna: bostadsbidrag, barnbidrag, forsorjningsstod",
        ),
        (
            json!({ "household": { "boendekostnad_per_manad": 80000 } }),
            "household.boendekostnad_per_manad",
            "0–50000",
        ),
        (
            json!({ "household": { "children": [{ "age": 25 }] } }),
            "household.children[0].age",
            "0–20",
        ),
        (
            json!({ "household": { "forsorjningsstod": { "kostnader": { "hushallsel": -5 } } } }),
            "household.forsorjningsstod.kostnader.hushallsel",
            "0–100000",
        ),
        (
            json!({ "alternatives": [{ "label": "x", "people": { "3": { "job": null } } }] }),
            "alternatives[0].people[3]",
            "finns inte",
        ),
        (
            json!({ "alternatives": [{ "label": "x", "people": { "0": { "job": { "hours_per_week": 99, "hourly_wage": 100 } } } }] }),
            "alternatives[0].people[0].job.hours_per_week",
            "0–80",
        ),
        (
            json!({ "sweep": { "over": "hours", "from": 0, "to": 40, "step": 0.1 } }),
            "sweep.",
            "steget",
        ),
    ];
    for (patch, field, hint) in cases {
        let mut v = base.clone();
        for (k, x) in patch.as_object().unwrap() {
            v[k] = x.clone();
        }
        let errs = match parse_scenario(&v.to_string()) {
            Err(e) => e,
            Ok(s) => evaluate(&s).expect_err(&v.to_string()),
        };
        assert!(
            errs.0
                .iter()
                .any(|e| e.field.starts_with(field) && e.message.contains(hint)),
            "{v}\nexpected {field} with {hint:?}, got {errs}"
        );
    }
}
