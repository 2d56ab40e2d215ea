//! Thresholds on a sweep: where one more step of work leaves less money to live on, where a
//! benefit steps down by more than the extra wage, and where a benefit ends. Found from the
//! sweep's own points, so they are as exact as its step (the chart's: half an hour); each says
//! between which two points it lies. The words are the view's; this is the data.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::jamforelse::SweepPunkt;
use crate::komponent_id::KomponentId;

/// One interval of the sweep where the answer to "does one more step pay?" changes.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Troskel {
    pub fran_x: Decimal,
    pub till_x: Decimal,
    /// The change in money to live on from `fran_x` to `till_x`.
    pub disponibel_forandring: Decimal,
    /// The money to live on falls: the step of work gives less, not more.
    pub mindre_kvar: bool,
    /// The benefits that fell by more than the extra gross wage over the interval (a step
    /// down, not the gradual reduction of an income test), each with its change (negative),
    /// largest fall first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steg_ner: Vec<StegNer>,
    /// The benefits paid at `fran_x` and not at `till_x`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub upphor: Vec<KomponentId>,
}

/// A benefit that fell by a step, and by how much (negative, kronor per month).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StegNer {
    pub komponent: KomponentId,
    pub forandring: Decimal,
}

/// A benefit, as opposed to the wage and the tax (what these thresholds are about).
fn ar_forman(id: KomponentId) -> bool {
    !matches!(id, KomponentId::Lon | KomponentId::Skatt)
}

/// The thresholds between consecutive points of a sweep, in order.
pub fn trosklar(punkter: &[SweepPunkt]) -> Vec<Troskel> {
    punkter
        .windows(2)
        .filter_map(|w| troskel(&w[0], &w[1]))
        .collect()
}

fn troskel(a: &SweepPunkt, b: &SweepPunkt) -> Option<Troskel> {
    let belopp = |p: &SweepPunkt, id: KomponentId| p.komponenter.get(&id).copied();
    let lon_okning = b.lon_brutto - a.lon_brutto;
    let mut steg_ner: Vec<StegNer> = Vec::new();
    let mut upphor = Vec::new();
    let ids = a.komponenter.keys().chain(b.komponenter.keys());
    for &id in ids.filter(|&&id| ar_forman(id)) {
        if steg_ner.iter().any(|x| x.komponent == id) || upphor.contains(&id) {
            continue;
        }
        let fore = belopp(a, id).unwrap_or_default();
        let efter = belopp(b, id).unwrap_or_default();
        let forandring = efter - fore;
        if forandring < Decimal::ZERO && -forandring > lon_okning {
            steg_ner.push(StegNer {
                komponent: id,
                forandring,
            });
        }
        if fore > Decimal::ZERO && efter <= Decimal::ZERO {
            upphor.push(id);
        }
    }
    steg_ner.sort_by_key(|x| x.forandring);
    let disponibel_forandring = b.disponibel_inkomst - a.disponibel_inkomst;
    let mindre_kvar = disponibel_forandring < Decimal::ZERO;
    (mindre_kvar || !steg_ner.is_empty() || !upphor.is_empty()).then_some(Troskel {
        fran_x: a.x,
        till_x: b.x,
        disponibel_forandring,
        mindre_kvar,
        steg_ner,
        upphor,
    })
}
