//! Kommunal och statlig inkomstskatt — IL 65 kap. 3 och 5 §§.

use rust_decimal::Decimal;

use crate::avrundning::hela_kronor;
use crate::params::SkatteParametrar;
use crate::trace::{input, ParamUse, Step, Trace};

const HUNDRA: Decimal = Decimal::ONE_HUNDRED;

/// Kommunal inkomstskatt: the beskattningsbar förvärvsinkomst times the kommun's and
/// region's rates together (IL 65 kap. 3 §); öre dropped as in Skatteverket's tables.
pub fn kommunal_skatt(bfi: Decimal, kommunal_procent: Decimal, trace: &mut Trace) -> Decimal {
    let skatt = hela_kronor(bfi * kommunal_procent / HUNDRA);
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "kommunal_skatt",
        label: "Kommunal inkomstskatt",
        amount: skatt,
        formula: format!("{bfi} kr × {kommunal_procent} %"),
        inputs: vec![
            input("beskattningsbar_forvarvsinkomst", bfi),
            input("kommunal_skattesats_procent", kommunal_procent),
        ],
        params: vec![],
        reference: "IL (1999:1229) 65 kap. 3 §",
        rounding: Some("öretal faller bort (SKV 433; IL 65 kap.)"),
    });
    skatt
}

/// Statlig inkomstskatt: 20 % of the beskattningsbar förvärvsinkomst above the skiktgräns
/// (IL 65 kap. 5 §). The monthly tables levy it from the first 100 kr above the skiktgräns,
/// with no 200-kronor minimum; we follow the tables (see docs/decisions.md).
pub fn statlig_skatt(p: &SkatteParametrar, bfi: Decimal, trace: &mut Trace) -> Decimal {
    let over = (bfi - p.skiktgrans.value).max(Decimal::ZERO);
    let skatt = hela_kronor(over * p.statlig_skattesats.value);
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "statlig_skatt",
        label: "Statlig inkomstskatt",
        amount: skatt,
        formula: format!(
            "{} × ({bfi} kr − skiktgränsen {} kr), dock minst 0",
            p.statlig_skattesats.value, p.skiktgrans.value
        ),
        inputs: vec![input("beskattningsbar_forvarvsinkomst", bfi)],
        params: vec![
            ParamUse::scalar("skiktgrans", &p.skiktgrans),
            ParamUse::scalar("statlig_skattesats", &p.statlig_skattesats),
        ],
        reference: "IL (1999:1229) 65 kap. 5 §",
        rounding: Some("öretal faller bort"),
    });
    skatt
}
