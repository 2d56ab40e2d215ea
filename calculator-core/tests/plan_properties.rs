//! Properties of the plan over the months ahead (docs/pipeline.md, "The plan"):
//! - a plan of N months where no time limit applies is N steady months: every month equals
//!   the single month evaluated for it;
//! - every event changes the amounts in the month it names, against the month before.

use calculator_core::plan::PlanResultat;
use calculator_core::{evaluate, parse_scenario, Decimal};
use serde_json::{json, Value};

fn plan_of(v: &Value) -> PlanResultat {
    let s = parse_scenario(&v.to_string()).unwrap_or_else(|e| panic!("{e}\n{v}"));
    evaluate(&s)
        .unwrap_or_else(|e| panic!("{e}\n{v}"))
        .plan
        .expect("a plan")
}

/// Households without a time limit in 2026: a job with a child whose birthday changes nothing,
/// sjukersättning from 30 beside a job, försörjningsstöd without a wage.
fn steady_households() -> Vec<Value> {
    let mut v = Vec::new();
    for (hours, rent) in [(0, 6000), (10, 7000), (20, 8500), (35, 5000)] {
        v.push(json!({
            "schema_version": 1, "year": 2026, "month": 1, "kommun": "Göteborg",
            "people": [{"birth_year": 1980, "birth_month": 3,
                        "job": {"hours_per_week": hours, "hourly_wage": 150}}],
            "household": {"boendekostnad_per_manad": rent, "bostadsyta_kvm": 60,
                          "children": [{"age": 8, "birth_month": 6}]},
            "alternatives": [{"label": "mer", "people": {"0": {"job": {"hours_per_week": hours + 5}}}}],
            "plan": {"manader": 12}
        }));
        v.push(json!({
            "schema_version": 1, "year": 2026, "month": 1, "kommun": "Malmö",
            "people": [{"birth_year": 1985, "birth_month": 9,
                        "job": {"hours_per_week": hours, "hourly_wage": 140},
                        "aktivitetsersattning": {"slag": "sjukersattning", "niva": "halv"}}],
            "household": {"boendekostnad_per_manad": rent},
            "plan": {"manader": 12, "forklaringar": false}
        }));
    }
    v.push(json!({
        "schema_version": 1, "year": 2026, "month": 1, "kommun": "Umeå",
        "people": [{"birth_year": 1990, "birth_month": 2}],
        "household": {"boendekostnad_per_manad": 7000,
                      "forsorjningsstod": {"jobbstimulans": {"manader_med_fs_i_folj": 3}}},
        "plan": {"manader": 12}
    }));
    v
}

#[test]
fn n_identical_months_are_n_steady_months() {
    for h in steady_households() {
        let plan = plan_of(&h);
        for spar in &plan.spar {
            assert!(spar.handelser.is_empty(), "{h}: {:?}", spar.handelser);
            let forsta = spar.manader[0].resultat.as_ref().unwrap();
            for (t, m) in spar.manader.iter().enumerate() {
                let r = m.resultat.as_ref().unwrap();
                // The same amounts every month as in the first.
                let belopp = |x: &calculator_core::hushall::Manadsresultat| {
                    x.komponenter
                        .iter()
                        .map(|k| (k.id, k.person, k.per_manad, k.status))
                        .collect::<Vec<_>>()
                };
                assert_eq!(belopp(r), belopp(forsta), "{h}: month {t}");
                // And the single month evaluated for it, the same.
                let mut single = h.clone();
                single["month"] = json!(t as u32 + 1);
                single.as_object_mut().unwrap().remove("plan");
                if let Some(alt) = spar.alternativ {
                    single["alternatives"] = json!([h["alternatives"][alt].clone()]);
                } else {
                    single.as_object_mut().unwrap().remove("alternatives");
                }
                let s = parse_scenario(&single.to_string()).unwrap();
                let e = evaluate(&s).unwrap();
                let en = match spar.alternativ {
                    Some(_) => &e.jamforelse[0].manad,
                    None => &e.manad,
                };
                assert_eq!(belopp(r), belopp(en), "{h}: month {t}");
                assert_eq!(m.disponibel_inkomst, Some(en.disponibel_inkomst));
            }
        }
    }
}

/// The acceptance cases' plans, with the hours and start months varied.
fn plans_with_events() -> Vec<Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/acceptance/plan");
    let mut v = Vec::new();
    for f in std::fs::read_dir(dir).unwrap() {
        let c: Value =
            serde_json::from_str(&std::fs::read_to_string(f.unwrap().path()).unwrap()).unwrap();
        let s = c["scenario"].clone();
        v.push(s.clone());
        for (k, skift) in [(1u32, 1i64), (2, 3), (3, 5)] {
            let mut x = s.clone();
            let month = x["month"].as_i64().unwrap();
            if month + skift <= 12 {
                x["month"] = json!(month + skift);
            }
            let steg = x.get_mut("plan").and_then(|p| p.get_mut("steg"));
            if let Some(steg) = steg.and_then(|s| s.as_array_mut()) {
                for st in steg {
                    let h = st["hours_per_week"].as_f64().unwrap_or(0.0);
                    st["hours_per_week"] = json!((h as u32 + 5 * k).min(40));
                }
            }
            v.push(x);
        }
    }
    v
}

#[test]
fn every_event_changes_the_amounts_in_its_month() {
    let mut n = 0;
    for h in plans_with_events() {
        let plan = plan_of(&h);
        for spar in &plan.spar {
            for e in &spar.handelser {
                n += 1;
                let i = (e.nummer - 1) as usize;
                assert!(i > 0, "an event needs a month before: {e:?}");
                let (fore, nu) = (&spar.manader[i - 1], &spar.manader[i]);
                assert_eq!(nu.manad, e.manad);
                let r = nu.resultat.as_ref().unwrap();
                assert!(!e.andringar.is_empty(), "{e:?}");
                // Each change ends at the month's own amount.
                for a in &e.andringar {
                    let k = r.komponent(a.id, a.person);
                    assert_eq!(k.map_or(Decimal::ZERO, |k| k.per_manad), a.efter, "{e:?}");
                }
                // And the component it names differs from the month before.
                let f = fore.resultat.as_ref().unwrap();
                let (person, id) = (
                    e.andringar
                        .iter()
                        .find(|a| a.id == e.komponent)
                        .and_then(|a| a.person),
                    e.komponent,
                );
                let a = f.komponent(id, person).map(|k| (k.per_manad, k.status));
                let b = r.komponent(id, person).map(|k| (k.per_manad, k.status));
                assert_ne!(a, b, "{}: {} ({})", spar.label, e.text, h);
                assert!(e.text.starts_with(&e.manad_rubrik_prefix()), "{}", e.text);
            }
        }
    }
    assert!(n >= 20, "only {n} events checked");
}

trait Rubrik {
    fn manad_rubrik_prefix(&self) -> String;
}

impl Rubrik for calculator_core::plan::Handelse {
    /// "Mars 2027": the text starts with the month it names.
    fn manad_rubrik_prefix(&self) -> String {
        const M: [&str; 12] = [
            "Januari",
            "Februari",
            "Mars",
            "April",
            "Maj",
            "Juni",
            "Juli",
            "Augusti",
            "September",
            "Oktober",
            "November",
            "December",
        ];
        let (y, m) = self.manad.split_once('-').unwrap();
        format!("{} {y}:", M[m.parse::<usize>().unwrap() - 1])
    }
}
