//! Comparisons and sweeps on top of the household month.
//!
//! - Compare: the scenario is "i dag"; each alternative is the same scenario with some
//!   people's or the household's fields changed (JSON merge patches), evaluated by the same
//!   pipeline; the result gives each alternative's disposable income and the difference to
//!   today, component by component.
//! - Sweep: disposable income and each component over working hours or monthly salary, and
//!   the effective marginal rate of each step split by component so that the parts add up to
//!   the whole.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use serde_json::Value;

use crate::error::{InputError, InputErrors};
use crate::komponent_id::KomponentId;
use crate::manad::{evaluate_month_with, Manadsresultat};
use crate::scenario::{las, svenska_serde, validate, Scenario, SweepOver, SweepSpec};
pub use crate::scenario::{MAX_ALTERNATIV, MAX_SWEEP_PUNKTER};

/// One component in a comparison.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KomponentSkillnad {
    pub id: KomponentId,
    pub label: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    pub i_dag: Decimal,
    pub alternativ: Decimal,
    pub skillnad: Decimal,
}

/// One alternative compared with today.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Alternativresultat {
    pub label: String,
    pub disponibel_inkomst: Decimal,
    /// Disposable income per month minus today's ("+2 340 kr i månaden").
    pub skillnad_mot_i_dag: Decimal,
    pub komponenter: Vec<KomponentSkillnad>,
    /// The alternative's whole month, with statuses and explanations.
    pub manad: Manadsresultat,
}

/// RFC 7396 JSON merge patch.
fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = Value::Object(Default::default());
            }
            let t = target.as_object_mut().expect("object");
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        _ => *target = patch.clone(),
    }
}

/// The scenario of alternative `k`: today's with the alternative's patches applied.
pub fn alternativ_scenario(s: &Scenario, k: usize) -> Result<Scenario, InputErrors> {
    let alt = &s.alternatives[k];
    let mut base = s.clone();
    base.alternatives.clear();
    base.sweep = None;
    base.plan = None;
    base.karta = None;
    let mut v = serde_json::to_value(&base).expect("scenario serialises");
    let field = |f: String| format!("alternatives[{k}].{f}");
    for (idx, patch) in &alt.people {
        let i: usize = idx.parse().map_err(|_| {
            InputError::new(
                field(format!("people.{idx}")),
                "nyckeln ska vara personens nummer i people, 0 eller 1",
            )
        })?;
        let Some(person) = v["people"].get_mut(i) else {
            return Err(InputError::new(
                field(format!("people[{i}]")),
                format!(
                    "person {i} finns inte; scenariot har {} personer",
                    s.people.len()
                ),
            )
            .into());
        };
        merge_patch(person, patch);
    }
    if let Some(h) = &alt.household {
        merge_patch(&mut v["household"], h);
    }
    // Read back from text, like every scenario: a second deserializer, from a JSON value,
    // would cost the web's wasm more than writing the text costs here.
    let scen: Scenario = las(&v.to_string()).map_err(|(path, e)| {
        let f = if path.is_empty() {
            format!("alternatives[{k}]")
        } else {
            field(path)
        };
        InputError::new(f, svenska_serde(&e))
    })?;
    validate(&scen).map_err(|e| {
        InputErrors(
            e.0.into_iter()
                .map(|x| InputError::new(field(x.field), x.message))
                .collect(),
        )
    })?;
    Ok(scen)
}

/// Evaluates every alternative and compares it with today; `detalj = false` builds no
/// explanation (as [`evaluate_month_with`]).
pub fn jamfor(
    s: &Scenario,
    i_dag: &Manadsresultat,
    detalj: bool,
) -> Result<Vec<Alternativresultat>, InputErrors> {
    antal_alternativ(s)?;
    let mut out = Vec::new();
    for k in 0..s.alternatives.len() {
        let scen = alternativ_scenario(s, k)?;
        let manad = evaluate_month_with(&scen, &scen.kommunalskatt(), detalj);
        out.push(Alternativresultat {
            label: s.alternatives[k].label.clone(),
            disponibel_inkomst: manad.disponibel_inkomst,
            skillnad_mot_i_dag: manad.disponibel_inkomst - i_dag.disponibel_inkomst,
            komponenter: skillnader(i_dag, &manad),
            manad,
        });
    }
    Ok(out)
}

/// At most [`MAX_ALTERNATIV`] alternatives beside today.
pub(crate) fn antal_alternativ(s: &Scenario) -> Result<(), InputErrors> {
    if s.alternatives.len() > MAX_ALTERNATIV {
        return Err(InputError::new(
            "alternatives",
            format!(
                "{} alternativ; högst {MAX_ALTERNATIV} utöver i dag",
                s.alternatives.len()
            ),
        )
        .into());
    }
    Ok(())
}

fn skillnader(a: &Manadsresultat, b: &Manadsresultat) -> Vec<KomponentSkillnad> {
    let mut keys: Vec<(KomponentId, Option<usize>, &'static str)> = Vec::new();
    for k in a.komponenter.iter().chain(&b.komponenter) {
        if k.i_summan && !keys.iter().any(|(id, p, _)| *id == k.id && *p == k.person) {
            keys.push((k.id, k.person, k.label));
        }
    }
    keys.into_iter()
        .map(|(id, person, label)| {
            let v = |m: &Manadsresultat| {
                m.komponent(id, person)
                    .filter(|k| k.i_summan)
                    .map(|k| k.per_manad)
                    .unwrap_or_default()
            };
            let (x, y) = (v(a), v(b));
            KomponentSkillnad {
                id,
                label,
                person,
                i_dag: x,
                alternativ: y,
                skillnad: y - x,
            }
        })
        .collect()
}

/// One point of a sweep.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SweepPunkt {
    /// Hours per week or monthly salary.
    pub x: Decimal,
    pub lon_brutto: Decimal,
    pub disponibel_inkomst: Decimal,
    /// Each component id's sum over people and household, per month (tax negative).
    pub komponenter: BTreeMap<KomponentId, Decimal>,
}

/// The effective marginal rate between two points: how much of an extra krona of gross wage
/// goes, split by component (tax, each benefit). The parts add up to `total`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Marginaleffekt {
    pub from_x: Decimal,
    pub to_x: Decimal,
    /// Share of the extra gross wage lost, 0–1 (can exceed 1).
    pub total: Decimal,
    pub delar: BTreeMap<KomponentId, Decimal>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SweepResultat {
    pub over: SweepOver,
    pub punkter: Vec<SweepPunkt>,
    pub marginaleffekter: Vec<Marginaleffekt>,
    /// Where a step of work gives less, a benefit steps down or ends
    /// ([`crate::trosklar`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trosklar: Vec<crate::trosklar::Troskel>,
}

/// Computes the sweep of `spec` for scenario `s`: each point evaluated without
/// explanations, and the marginal rate between each two.
pub fn sweep(s: &Scenario, spec: &SweepSpec) -> Result<SweepResultat, InputErrors> {
    kontrollera_svep(s, spec)?;
    let mut base = s.clone();
    base.alternatives.clear();
    base.sweep = None;
    base.plan = None;
    base.karta = None;
    let satser = base.kommunalskatt();
    let mut punkter = Vec::new();
    let mut x = spec.from;
    while x <= spec.to {
        // One working copy, only the varied job changed between points.
        satt_x(&mut base, spec, x);
        let m = evaluate_month_with(&base, &satser, false);
        let mut komponenter = BTreeMap::new();
        for k in m.komponenter.iter().filter(|k| k.i_summan) {
            *komponenter.entry(k.id).or_insert(Decimal::ZERO) += k.per_manad;
        }
        punkter.push(SweepPunkt {
            x,
            lon_brutto: m.lon_brutto,
            disponibel_inkomst: m.disponibel_inkomst,
            komponenter,
        });
        x += spec.step;
    }
    let marginaleffekter = punkter
        .windows(2)
        .filter_map(|w| marginaleffekt(&w[0], &w[1]))
        .collect();
    Ok(SweepResultat {
        over: spec.over,
        trosklar: crate::trosklar::trosklar(&punkter),
        punkter,
        marginaleffekter,
    })
}

/// The sweep's range, step and person, each message naming the field.
fn kontrollera_svep(s: &Scenario, spec: &SweepSpec) -> Result<(), InputErrors> {
    let errs =
        |f: &str, m: String| -> InputErrors { InputError::new(format!("sweep.{f}"), m).into() };
    let Some(person) = s.people.get(spec.person) else {
        return Err(errs(
            "person",
            format!(
                "person {} finns inte; tillåtet: 0–{}",
                spec.person,
                s.people.len() - 1
            ),
        ));
    };
    let (min_step, max_to, enhet) = match spec.over {
        SweepOver::Hours => (Decimal::new(5, 1), Decimal::from(80), "timmar i veckan"),
        SweepOver::MonthlySalary => (Decimal::from(100), Decimal::from(200_000), "kr per månad"),
    };
    for (f, x) in [("from", spec.from), ("to", spec.to)] {
        if x < Decimal::ZERO || x > max_to {
            return Err(errs(
                f,
                format!("{x} är utanför det tillåtna intervallet 0–{max_to}"),
            ));
        }
    }
    if spec.from > spec.to {
        return Err(errs(
            "from",
            format!(
                "from ({}) är större än to ({}); ett svep går från det lägre till det högre",
                spec.from, spec.to
            ),
        ));
    }
    if spec.step < min_step {
        return Err(errs(
            "step",
            format!(
                "steget {} är mindre än {min_step}; tillåtet: minst {min_step}",
                spec.step
            ),
        ));
    }
    // A step past the whole range gives one point anyway; a larger one would overflow the
    // next x (found by fuzzing, docs/fuzzing.md).
    if spec.step > max_to {
        return Err(errs(
            "step",
            format!(
                "steget {} är utanför det tillåtna intervallet {min_step}–{max_to} {enhet}",
                spec.step
            ),
        ));
    }
    let n = ((spec.to - spec.from) / spec.step).floor() + Decimal::ONE;
    if n > Decimal::from(MAX_SWEEP_PUNKTER as u32) {
        return Err(errs(
            "step",
            format!("{n} punkter; högst {MAX_SWEEP_PUNKTER}"),
        ));
    }
    if spec.over == SweepOver::Hours && person.job.as_ref().and_then(|j| j.hourly_wage).is_none() {
        return Err(errs(
            "over",
            "ett svep över timmar behöver people[].job.hourly_wage (timlön)".to_string(),
        ));
    }
    Ok(())
}

/// The swept person's job at point `x`: its hours, or a monthly salary of `x`.
fn satt_x(sc: &mut Scenario, spec: &SweepSpec, x: Decimal) {
    let p = &mut sc.people[spec.person];
    match spec.over {
        SweepOver::Hours => {
            if let Some(j) = p.job.as_mut() {
                j.hours_per_week = x;
            }
        }
        SweepOver::MonthlySalary => {
            let mut j = p.job.clone().unwrap_or(crate::scenario::JobbInput {
                hours_per_week: Decimal::from(40),
                hourly_wage: None,
                monthly_salary: None,
                semesterersattning_procent: None,
                full_time_hours: None,
            });
            j.hourly_wage = None;
            j.semesterersattning_procent = None;
            j.monthly_salary = Some(x);
            p.job = Some(j);
        }
    }
}

/// The marginal rate between two points, None when the gross wage did not change.
/// Each part is −Δcomponent / Δgross for every component but the varied wage, rounded to
/// four decimals; the total is the sum of the rounded parts, so they add up exactly.
pub fn marginaleffekt(a: &SweepPunkt, b: &SweepPunkt) -> Option<Marginaleffekt> {
    let lon = KomponentId::Lon;
    let dlon = b.komponenter.get(&lon).copied().unwrap_or_default()
        - a.komponenter.get(&lon).copied().unwrap_or_default();
    if dlon.is_zero() {
        return None;
    }
    let mut delar = BTreeMap::new();
    let ids: std::collections::BTreeSet<KomponentId> = a
        .komponenter
        .keys()
        .chain(b.komponenter.keys())
        .copied()
        .collect();
    for id in ids {
        if id == lon {
            continue;
        }
        let d = b.komponenter.get(&id).copied().unwrap_or_default()
            - a.komponenter.get(&id).copied().unwrap_or_default();
        let part = (-d / dlon).round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero);
        delar.insert(id, part);
    }
    Some(Marginaleffekt {
        from_x: a.x,
        to_x: b.x,
        total: delar.values().copied().sum(),
        delar,
    })
}
