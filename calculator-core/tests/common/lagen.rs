//! What the law makes true of any household month, checked on the engine's results: shared by
//! the engine's generated households (`law_properties.rs`) and by the counselling form's
//! alternatives and chart points (`web/tests/egenskaper.rs`, which includes this file).
//!
//! Each check returns the violations as sentences (empty: none), so a failing test says which
//! household, which month and which rule.
#![allow(dead_code)]

use calculator_core::hushall::{Komponent, Manadsresultat};
use calculator_core::scenario::Scenario;
use calculator_core::{evaluate, Decimal, KomponentId};
use rules::formaner::Status;

/// The sjukpenning level of a person's month (the step "sjukpenning_niva"), if any.
fn niva(k: &Komponent) -> Option<Decimal> {
    k.steps
        .iter()
        .find(|s| s.id == "sjukpenning_niva")
        .map(|s| s.amount)
}

/// A person is not both sick-listed and working for more than the whole normal working time:
/// the level of sjukpenning plus the share of the normal working time the job takes is at most
/// one (SFB 27 kap. 45–46 §§). With a job, the level must be the one the hours give.
pub fn sjukskrivning_och_arbete(s: &Scenario, m: &Manadsresultat) -> Vec<String> {
    let mut fel = Vec::new();
    for (i, p) in s.people.iter().enumerate() {
        let (Some(sj), Some(j)) = (&p.sjukpenning, &p.job) else {
            continue;
        };
        let Some(k) = m.komponent(KomponentId::Sjukpenning, Some(i)) else {
            fel.push(format!(
                "person {i}: sjukpenning and a job, but no sjukpenning component"
            ));
            continue;
        };
        if k.status != Status::Utbetalas || k.modellerat_per_manad.is_some() {
            continue;
        }
        let Some(n) = niva(k) else {
            fel.push(format!(
                "person {i}: sjukpenning paid beside a job without the level step"
            ));
            continue;
        };
        let normal = sj
            .normal_arbetstid
            .or(j.full_time_hours)
            .unwrap_or(Decimal::from(40));
        let arbete = j.hours_per_week / normal;
        if n + arbete > Decimal::ONE {
            fel.push(format!(
                "person {i}: sjukpenning level {n} and work {} h of {normal} h: more than the whole working time",
                j.hours_per_week
            ));
        }
        if let Some(d) = sj.omfattning {
            if n > d.andel() {
                fel.push(format!(
                    "person {i}: sjukpenning level {n} above the decided {}",
                    d.andel()
                ));
            }
        }
    }
    fel
}

/// Bostadstillägg only while the person's sjuk- or aktivitetsersättning is paid or vilande
/// (SFB 101 kap. 3–4 §§).
pub fn bostadstillagg_kraver_ersattning(m: &Manadsresultat) -> Vec<String> {
    let mut fel = Vec::new();
    for k in m
        .komponenter
        .iter()
        .filter(|k| k.id == KomponentId::Bostadstillagg)
    {
        if k.per_manad <= Decimal::ZERO || k.modellerat_per_manad.is_some() {
            continue;
        }
        let ae = m.komponent(KomponentId::Aktivitetsersattning, k.person);
        let betald = ae.is_some_and(|a| a.per_manad > Decimal::ZERO);
        let vilande = ae.is_some_and(|a| {
            a.steps
                .iter()
                .any(|s| s.id == "vilande" && s.amount > Decimal::ZERO)
        });
        if !betald && !vilande {
            fel.push(format!(
                "person {:?}: bostadstillägg {} kr with no ersättning paid or vilande",
                k.person, k.per_manad
            ));
        }
    }
    fel
}

/// Components that may rise with more hours of work, and what must have fallen for it to be
/// lawful. Everything else may only stay or fall.
///
/// - `lon`: the wage itself.
/// - `skatt` (negative): less tax when a benefit taxed harder than the wage falls (sjukpenning,
///   ersättning, aktivitetsstöd carry no jobbskatteavdrag), or when the jobbskatteavdrag grows
///   faster than the tax: it is (F(arbetsinkomst) − grundavdraget) × skattesats (IL 67 kap. 7 §)
///   and the grundavdrag falls by 10 % of the income from 3,11 pbb (63 kap. 3 §), so beside a
///   benefit in that band a little more wage can lower the year's tax by some kronor.
/// - `bostadstillagg`: wages count at 50 %, the ersättning at 100 % (SFB 102 kap. 16 §); and it
///   covers the rent the preliminary bostadsbidrag does not (101 kap. 9 §), so when a higher
///   income lowers the bostadsbidrag, the bostadstillägg takes up part of it.
/// - `bostadsbidrag`: its bar for a household without children ends with the bostadstillägg
///   (96 kap. 11 § 3), and a falling benefit lowers the bidragsgrundande inkomst.
/// - `aktivitetsstod`: paid for the time the ersättning does not cover.
/// - `forsorjningsstod`: tops up to the norm whatever income falls.
fn far_oka(id: KomponentId) -> Option<&'static [KomponentId]> {
    const FORMANER: &[KomponentId] = &[
        KomponentId::Sjukpenning,
        KomponentId::Aktivitetsersattning,
        KomponentId::Aktivitetsstod,
        KomponentId::Bostadstillagg,
    ];
    match id {
        KomponentId::Lon => Some(&[]),
        KomponentId::Skatt => Some(FORMANER),
        KomponentId::Bostadstillagg => Some(&[
            KomponentId::Aktivitetsersattning,
            KomponentId::Sjukpenning,
            KomponentId::Aktivitetsstod,
            KomponentId::Bostadsbidrag,
        ]),
        KomponentId::Bostadsbidrag => Some(FORMANER),
        KomponentId::Aktivitetsstod => Some(&[KomponentId::Aktivitetsersattning]),
        KomponentId::Forsorjningsstod => Some(&[
            KomponentId::Sjukpenning,
            KomponentId::Aktivitetsersattning,
            KomponentId::Aktivitetsstod,
            KomponentId::Bostadstillagg,
            KomponentId::Bostadsbidrag,
            KomponentId::Skatt,
        ]),
        _ => None,
    }
}

/// The household's jobbskatteavdrag for the year, from the tax's steps.
fn jobbskatteavdrag(m: &Manadsresultat) -> Decimal {
    m.komponenter
        .iter()
        .filter(|k| k.id == KomponentId::Skatt)
        .flat_map(|k| k.steps.iter())
        .filter(|s| s.id == "jobbskatteavdrag")
        .map(|s| s.amount)
        .sum()
}

fn summa(m: &Manadsresultat, id: KomponentId) -> Decimal {
    m.komponenter
        .iter()
        .filter(|k| k.id == id && k.i_summan)
        .map(|k| k.per_manad)
        .sum()
}

/// Between two months of the same household where `b` has more hours of work than `a`: no
/// component rises unless a rule says so (`far_oka`), and the money to live on rises by at most
/// the extra gross wage ("a job never gains more than its gross wage").
pub fn fler_timmar(a: &Manadsresultat, b: &Manadsresultat) -> Vec<String> {
    let mut fel = Vec::new();
    let cent = Decimal::new(1, 2);
    let mut ids: Vec<KomponentId> = a.komponenter.iter().map(|k| k.id).collect();
    ids.extend(b.komponenter.iter().map(|k| k.id));
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        let d = summa(b, id) - summa(a, id);
        if d <= cent {
            continue;
        }
        match far_oka(id) {
            None => fel.push(format!("{id} rose by {d} kr with more hours")),
            Some(orsaker) => {
                let nagot_foll = orsaker.iter().any(|&o| summa(b, o) < summa(a, o))
                    || (id == KomponentId::Skatt && jobbskatteavdrag(b) > jobbskatteavdrag(a));
                if id != KomponentId::Lon && !nagot_foll {
                    fel.push(format!(
                        "{id} rose by {d} kr with more hours, and none of {orsaker:?} fell"
                    ));
                }
            }
        }
    }
    // The one lawful exception: the fall in tax where the jobbskatteavdrag grows faster than
    // the tax (see `far_oka`), about 0,5 % of the extra wage beside a benefit in the band.
    let mer_lon = b.lon_brutto - a.lon_brutto;
    let mer_kvar = b.disponibel_inkomst - a.disponibel_inkomst;
    let mindre_skatt = summa(b, KomponentId::Skatt) - summa(a, KomponentId::Skatt);
    let tillatet = if mindre_skatt > Decimal::ZERO && jobbskatteavdrag(b) > jobbskatteavdrag(a) {
        mer_lon + mindre_skatt
    } else {
        mer_lon
    };
    if mer_kvar > tillatet + cent {
        fel.push(format!(
            "the money to live on rose by {mer_kvar} kr, more than the extra gross wage {mer_lon} kr"
        ));
    }
    fel
}

/// Every check of one month.
pub fn manaden(s: &Scenario, m: &Manadsresultat) -> Vec<String> {
    let mut fel = sjukskrivning_och_arbete(s, m);
    fel.extend(bostadstillagg_kraver_ersattning(m));
    fel
}

/// The scenario with person `p`'s job at `timmar` hours a week (its sweep point).
pub fn med_timmar(s: &Scenario, p: usize, timmar: Decimal) -> Scenario {
    let mut t = s.clone();
    t.sweep = None;
    t.alternatives.clear();
    if let Some(j) = t.people[p].job.as_mut() {
        j.hours_per_week = timmar;
    }
    t
}

/// Checks a scenario as a counsellor meets it: today and every alternative month by month,
/// each alternative against today when it only adds hours to one person's job, and, when the
/// scenario has a sweep over hours, every point of it in full (statuses and steps, not only
/// the sums the sweep returns) and every step between two points.
pub fn scenario(s: &Scenario, namn: &str) -> Vec<String> {
    let mut fel = Vec::new();
    let r = match evaluate(s) {
        Ok(r) => r,
        Err(e) => return vec![format!("{namn}: {e}")],
    };
    let mut tag = |var: &str, v: Vec<String>| {
        fel.extend(v.into_iter().map(|f| format!("{namn}, {var}: {f}")));
    };
    tag("i dag", manaden(s, &r.manad));
    for (k, a) in r.jamforelse.iter().enumerate() {
        let alt = calculator_core::jamforelse::alternativ_scenario(s, k).expect("validated");
        tag(&format!("alternativ {k}"), manaden(&alt, &a.manad));
    }
    if let Some(sp) = &s.sweep {
        if sp.over == calculator_core::hushall::SweepOver::Hours
            && s.people[sp.person].job.is_some()
        {
            let mut x = sp.from;
            let mut forra: Option<(Decimal, Manadsresultat)> = None;
            while x <= sp.to {
                let t = med_timmar(s, sp.person, x);
                match evaluate(&t) {
                    Ok(rx) => {
                        tag(&format!("{x} h"), manaden(&t, &rx.manad));
                        if let Some((fx, fm)) = &forra {
                            tag(&format!("{fx} → {x} h"), fler_timmar(fm, &rx.manad));
                        }
                        forra = Some((x, rx.manad));
                    }
                    Err(e) => tag(&format!("{x} h"), vec![e.to_string()]),
                }
                x += sp.step;
            }
        }
    }
    fel
}
