//! The amounts path: a scenario's figures without any explanation, for whoever needs only the
//! numbers (a caseload run by `kalkyl batch`, a sweep, the app's cards before a "Varför?" is
//! opened). The same pipeline as [`crate::evaluate`] with the trace off, so the figures are the
//! same to the öre; only labels, reasons and steps are left out.

use rules::formaner::Status;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::InputErrors;
use crate::jamforelse::{alternativ_scenario, antal_alternativ, sweep, SweepResultat};
use crate::komponent_id::KomponentId;
use crate::manad::{evaluate_month_with, Manadsresultat};
use crate::scenario::{validate, Scenario};

/// One amount of the month: which, whose, its status and kronor per month.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Beloppspost {
    pub id: KomponentId,
    /// The person it belongs to; None for the household's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    pub status: Status,
    /// Signed contribution to disposable income per month (the tax is negative).
    pub per_manad: Decimal,
    /// False for information only (jobbpremie): not in the totals.
    pub i_summan: bool,
}

/// One month's figures.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Manadsbelopp {
    /// What the household has to live on per month.
    pub disponibel_inkomst: Decimal,
    /// What is left when the housing cost is paid; absent without a housing cost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kvar_efter_boendekostnad: Option<Decimal>,
    /// Gross wages of the household per month.
    pub lon_brutto: Decimal,
    pub komponenter: Vec<Beloppspost>,
}

impl Manadsbelopp {
    /// The amount of one component (None when the month has no such component).
    pub fn post(&self, id: KomponentId, person: Option<usize>) -> Option<&Beloppspost> {
        self.komponenter
            .iter()
            .find(|k| k.id == id && k.person == person)
    }

    fn fran(m: &Manadsresultat) -> Self {
        Manadsbelopp {
            disponibel_inkomst: m.disponibel_inkomst,
            kvar_efter_boendekostnad: m.kvar_efter_boendekostnad,
            lon_brutto: m.lon_brutto,
            komponenter: m
                .komponenter
                .iter()
                .map(|k| Beloppspost {
                    id: k.id,
                    person: k.person,
                    status: k.status,
                    per_manad: k.per_manad,
                    i_summan: k.i_summan,
                })
                .collect(),
        }
    }
}

/// One alternative's figures beside today's.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Alternativbelopp {
    pub label: String,
    /// Disposable income per month minus today's.
    pub skillnad_mot_i_dag: Decimal,
    pub manad: Manadsbelopp,
}

/// A scenario's figures: today, each alternative, and the sweep when one is asked for.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Belopp {
    pub year: i32,
    /// The month computed, "YYYY-MM".
    pub manad: String,
    pub i_dag: Manadsbelopp,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternativ: Vec<Alternativbelopp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sweep: Option<SweepResultat>,
}

/// Evaluates a scenario's amounts only: the same figures as [`crate::evaluate`] (its
/// `manad`, `jamforelse` and `sweep`), with no explanation built.
pub fn belopp(s: &Scenario) -> Result<Belopp, InputErrors> {
    validate(s)?;
    let satser = s.kommunalskatt();
    let i_dag = evaluate_month_with(s, &satser, false);
    antal_alternativ(s)?;
    let mut alternativ = Vec::with_capacity(s.alternatives.len());
    for k in 0..s.alternatives.len() {
        let scen = alternativ_scenario(s, k)?;
        let m = evaluate_month_with(&scen, &scen.kommunalskatt(), false);
        alternativ.push(Alternativbelopp {
            label: s.alternatives[k].label.clone(),
            skillnad_mot_i_dag: m.disponibel_inkomst - i_dag.disponibel_inkomst,
            manad: Manadsbelopp::fran(&m),
        });
    }
    let sweep = match &s.sweep {
        Some(spec) => Some(sweep(s, spec)?),
        None => None,
    };
    // The plan and the map are not amounts of one month, but a scenario the full result
    // refuses for them is refused here too, with the same errors.
    if let Some(p) = &s.plan {
        crate::plan::kontrollera(s, p)?;
    }
    if let Some(k) = &s.karta {
        crate::karta::kontrollera(s, k)?;
    }
    Ok(Belopp {
        year: s.year,
        manad: i_dag.manad.clone(),
        i_dag: Manadsbelopp::fran(&i_dag),
        alternativ,
        sweep,
    })
}
