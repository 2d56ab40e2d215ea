//! The plan over the months ahead (docs/pipeline.md, "The plan"): for today and each
//! alternative, every month from the start month evaluated by the same household month as a
//! single month, with the state carried from one month to the next, and the events and
//! notices that date the time limits.
//!
//! No benefit rule is written here. Each plan month is a [`Scenario`] for that (year, month),
//! derived from the track's scenario and the carried state ([`Lage`]): the day of the sick
//! period, the months vilande so far, the months in a row with försörjningsstöd and the
//! jobbstimulans's months, the children's ages, the job's hours from the step schedule; the
//! adults' ages follow from their birth year and month. The next month's state is read from
//! this month's result. Events are found by comparing consecutive months' states and confirmed
//! by evaluating the month once more with that one piece of state held at the month before:
//! what differs is what the event changed ([`handelser`]).

mod arsskifte;
mod handelser;
mod lage;
pub(crate) mod text;

use rules::formaner::{forsorjningsstod as fs, Manad};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{InputError, InputErrors};
use crate::jamforelse::alternativ_scenario;
use crate::manad::{evaluate_month_with, Manadsresultat};
use crate::scenario::{validate, PlanSpec, Scenario};

pub use arsskifte::{
    Arsavstamning, Atgard, Avdragsmetod, Avstamningsstatus, Bostadsbidragsavstamning,
    Bostadsbidragsutfall, Skatteavstamning, Skatteutfall, Utbetalare,
};
pub use handelser::{Handelse, KomponentAndring, Orsak};
use lage::Lage;
pub use lage::{PersonTillstand, Sjukperiod, Tillstand, VilandeTillstand};
pub use text::{Notis, NotisSlag};

/// The plan's result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlanResultat {
    /// The start month, `YYYY-MM`.
    pub start: String,
    /// Number of months.
    pub manader: u32,
    /// Today first, then each alternative.
    pub spar: Vec<PlanSpar>,
    /// Dated notices that change no modelled amount: the work-capacity tests at day 180 and
    /// day 365, years whose rules are preliminary or missing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notiser: Vec<Notis>,
}

/// One track of the plan: today or one alternative, month by month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlanSpar {
    pub label: String,
    /// The alternative's index; absent for today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternativ: Option<usize>,
    pub manader: Vec<PlanManad>,
    /// What changes the amounts, dated, in words, with the paragraph.
    pub handelser: Vec<Handelse>,
    /// The year-end of each calendar year the track's months touch: final tax against what
    /// the payers withheld, final bostadsbidrag against the preliminary paid.
    pub ar: Vec<Arsavstamning>,
}

/// Whether a plan month could be computed.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ManadStatus {
    /// Computed with the year's rules (see the month's `regelnotiser` for preliminary ones).
    Beraknad,
    /// The year's rules are not in the engine: nothing is computed for the month.
    ReglerSaknas,
}

/// One month of a track.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlanManad {
    /// 1 = the start month.
    pub nummer: u32,
    /// `YYYY-MM`.
    pub manad: String,
    /// The state the month was computed with.
    pub tillstand: Tillstand,
    pub status: ManadStatus,
    /// Why nothing is computed, when so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disponibel_inkomst: Option<Decimal>,
    /// An alternative's disposable income less today's in the same month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skillnad_mot_i_dag: Option<Decimal>,
    /// The whole month, as a single month's `manad`: components, statuses, explanations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resultat: Option<Manadsresultat>,
}

/// The plan of scenario `s` (which has a `plan` block).
pub fn plan(s: &Scenario, spec: &PlanSpec) -> Result<PlanResultat, InputErrors> {
    let start = Manad::new(s.year, s.month.unwrap_or(1));
    let mut spar = Vec::new();
    let sparen = spar_och_kontroll(s, spec)?;
    for (alt, label, sc) in &sparen {
        spar.push(ett_spar(sc, spec, *alt, label.clone(), start)?);
    }
    // Each alternative against today, month by month.
    let (i_dag, alternativen) = spar.split_first_mut().expect("today is always a track");
    for a in alternativen {
        for (m, d) in a.manader.iter_mut().zip(&i_dag.manader) {
            m.skillnad_mot_i_dag = m
                .disponibel_inkomst
                .zip(d.disponibel_inkomst)
                .map(|(x, y)| x - y);
        }
    }
    let notiser = text::notiser(&sparen[0].2, spec, start);
    Ok(PlanResultat {
        start: start.to_string(),
        manader: spec.manader,
        spar,
        notiser,
    })
}

/// Checks what the plan needs of today's and each alternative's scenario (inputs the months
/// ahead need, a job for each step) without computing it: the amounts path refuses the same
/// scenarios as the full result.
pub fn kontrollera(s: &Scenario, spec: &PlanSpec) -> Result<(), InputErrors> {
    spar_och_kontroll(s, spec).map(|_| ())
}

/// The tracks (today, then each alternative), checked.
fn spar_och_kontroll(
    s: &Scenario,
    spec: &PlanSpec,
) -> Result<Vec<(Option<usize>, String, Scenario)>, InputErrors> {
    let start = Manad::new(s.year, s.month.unwrap_or(1));
    let mut sparen: Vec<(Option<usize>, String, Scenario)> = vec![(None, "I dag".into(), bas(s))];
    for k in 0..s.alternatives.len() {
        let alt = alternativ_scenario(s, k)?;
        sparen.push((Some(k), s.alternatives[k].label.clone(), alt));
    }
    let mut fel = Vec::new();
    for (alt, _, sc) in &sparen {
        lage::kontrollera(sc, spec, *alt, start, &mut fel);
    }
    if fel.is_empty() {
        Ok(sparen)
    } else {
        Err(InputErrors(fel))
    }
}

/// Today's scenario without the blocks that are not a month.
fn bas(s: &Scenario) -> Scenario {
    let mut b = s.clone();
    b.alternatives.clear();
    b.sweep = None;
    b.plan = None;
    b.karta = None;
    b
}

/// The `t`-th month after `start` (0 = the start month).
pub(crate) fn manad_nr(start: Manad, t: u32) -> Manad {
    let i = start.year * 12 + start.month as i32 - 1 + t as i32;
    Manad::new(i.div_euclid(12), (i.rem_euclid(12) + 1) as u32)
}

/// One track, month by month.
fn ett_spar(
    sc: &Scenario,
    spec: &PlanSpec,
    alt: Option<usize>,
    label: String,
    start: Manad,
) -> Result<PlanSpar, InputErrors> {
    let ar = rules::supported_years();
    let mut manader = Vec::new();
    let mut handelser = Vec::new();
    let mut lage = Lage::start(sc, spec, alt, start);
    let mut foreg: Option<Lage> = None;
    for t in 0..spec.manader {
        let m = manad_nr(start, t);
        lage.satt_manad(sc, spec, alt, start, t);
        let tillstand = lage.tillstand(sc, m);
        if !ar.contains(&m.year) {
            manader.push(PlanManad {
                nummer: t + 1,
                manad: m.to_string(),
                tillstand,
                status: ManadStatus::ReglerSaknas,
                skal: Some(format!(
                    "Reglerna för {} finns inte i beräkningen, så månaden räknas inte (de \
                     inkomstår som finns: {}).",
                    m.year,
                    ar.iter()
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
                disponibel_inkomst: None,
                skillnad_mot_i_dag: None,
                resultat: None,
            });
            foreg = None;
            continue;
        }
        let manadens = manadens_scenario(sc, &lage, m)?;
        let r = evaluate_month_with(&manadens, &manadens.kommunalskatt(), spec.forklaringar);
        if let Some(fl) = &foreg {
            handelser.extend(handelser::hitta(sc, fl, &lage, &r, m, t + 1)?);
        }
        let nasta = lage.nasta(sc, m, &r);
        foreg = Some(lage);
        lage = nasta;
        manader.push(PlanManad {
            nummer: t + 1,
            manad: m.to_string(),
            tillstand,
            status: ManadStatus::Beraknad,
            skal: None,
            disponibel_inkomst: Some(r.disponibel_inkomst),
            skillnad_mot_i_dag: None,
            resultat: Some(r),
        });
    }
    let ar = arsskifte::arsskifte(sc, spec, &manader);
    Ok(PlanSpar {
        label,
        alternativ: alt,
        manader,
        handelser,
        ar,
    })
}

/// The scenario of month `m` of a track in state `l`, validated.
pub(crate) fn manadens_scenario(
    sc: &Scenario,
    l: &Lage,
    m: Manad,
) -> Result<Scenario, InputErrors> {
    let s = l.scenario(sc, m);
    validate(&s).map_err(|e| {
        InputErrors(
            e.0.into_iter()
                .map(|x| InputError::new(format!("plan ({m}): {}", x.field), x.message))
                .collect(),
        )
    })?;
    Ok(s)
}

/// Whether the jobbstimulans applies in `m` with the household's months (for events and the
/// state): the month of the two-year period, None when not.
pub(crate) fn jobbstimulans_manad(
    m: Manad,
    i_folj: Option<u32>,
    start: Option<u32>,
) -> Option<u32> {
    fs::jobbstimulans_galler(
        m,
        &fs::Jobbstimulans {
            manader_med_fs_i_folj: i_folj,
            manader_sedan_start: start,
        },
    )
    .ok()
}
