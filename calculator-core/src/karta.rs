//! The hours × hourly wage map (docs/pipeline.md, "The map"): for one alternative, how much
//! more (or less) the household has to live on than today, for every number of hours per week
//! and hourly wage of a grid, and where working more gives less (the cliffs). Each cell is one
//! household month without explanations, as a sweep's point.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::InputErrors;
use crate::jamforelse::alternativ_scenario;
use crate::manad::evaluate_month_with;
use crate::scenario::{KartaSpec, Scenario};

/// The map's result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Karta {
    pub alternativ: usize,
    pub person: usize,
    /// The columns: hours per week.
    pub timmar: Vec<Decimal>,
    /// The rows: hourly wages, kronor.
    pub timloner: Vec<Decimal>,
    /// Today's disposable income per month.
    pub i_dag: Decimal,
    /// Per row (hourly wage) and column (hours): disposable income less today's, kronor per
    /// month.
    pub battre_an_i_dag: Vec<Vec<Decimal>>,
    /// Where one more step of hours gives less to live on, per row: the cliffs.
    pub klippor: Vec<Klippa>,
}

/// A cliff: at `timlon`, going from `fran_timmar` to `till_timmar` lowers the money to live on
/// by `forlust` kronor a month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Klippa {
    pub timlon: Decimal,
    pub fran_timmar: Decimal,
    pub till_timmar: Decimal,
    pub forlust: Decimal,
}

/// Checks that the map's person has a job with an hourly wage in its alternative, without
/// computing the map (the amounts path refuses what the full result refuses).
pub fn kontrollera(s: &Scenario, spec: &KartaSpec) -> Result<(), InputErrors> {
    kontrollerat_alternativ(s, spec).map(|_| ())
}

/// The map's alternative, when its person has a job with an hourly wage.
fn kontrollerat_alternativ(s: &Scenario, spec: &KartaSpec) -> Result<Scenario, InputErrors> {
    let alt = alternativ_scenario(s, spec.alternativ)?;
    let har_timlon = alt
        .people
        .get(spec.person)
        .and_then(|p| p.job.as_ref())
        .is_some_and(|j| j.hourly_wage.is_some());
    if !har_timlon {
        return Err(crate::error::InputError::new(
            "karta.person",
            format!(
                "people[{}] har inget jobb med timlön i alternativ {}; kartan varierar timmar \
                 och timlön, så jobbet behöver hourly_wage",
                spec.person, spec.alternativ
            ),
        )
        .into());
    }
    Ok(alt)
}

/// Computes the map of `spec` for scenario `s` (validated by `validate`).
pub fn karta(s: &Scenario, spec: &KartaSpec) -> Result<Karta, InputErrors> {
    let mut i_dag = s.clone();
    i_dag.alternatives.clear();
    i_dag.sweep = None;
    i_dag.plan = None;
    i_dag.karta = None;
    let i_dag_disp = evaluate_month_with(&i_dag, &i_dag.kommunalskatt(), false).disponibel_inkomst;
    let mut alt = kontrollerat_alternativ(s, spec)?;
    let satser = alt.kommunalskatt();
    let timmar = spec.timmar.punkter();
    let timloner = spec.timlon.punkter();
    let mut rader = Vec::with_capacity(timloner.len());
    let mut klippor = Vec::new();
    for &w in &timloner {
        let mut rad = Vec::with_capacity(timmar.len());
        for &h in &timmar {
            let j = alt.people[spec.person]
                .job
                .as_mut()
                .expect("checked above: the person has a job with an hourly wage");
            j.hours_per_week = h;
            j.hourly_wage = Some(w);
            let m = evaluate_month_with(&alt, &satser, false);
            rad.push(m.disponibel_inkomst - i_dag_disp);
        }
        for k in 1..rad.len() {
            if rad[k] < rad[k - 1] {
                klippor.push(Klippa {
                    timlon: w,
                    fran_timmar: timmar[k - 1],
                    till_timmar: timmar[k],
                    forlust: rad[k - 1] - rad[k],
                });
            }
        }
        rader.push(rad);
    }
    Ok(Karta {
        alternativ: spec.alternativ,
        person: spec.person,
        timmar,
        timloner,
        i_dag: i_dag_disp,
        battre_an_i_dag: rader,
        klippor,
    })
}
