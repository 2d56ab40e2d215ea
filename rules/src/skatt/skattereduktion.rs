//! Skattereduktioner — IL 67 kap., in the order 67 kap. 2 § sets them against the tax:
//! allmän pensionsavgift (4 §), arbetsinkomst/jobbskatteavdrag (5–9 §§), sjuk- och
//! aktivitetsersättning (9 a–9 d §§), förvärvsinkomst (46–48 §§).
//!
//! Each function returns the reduction the person is *entitled to*; `super::slutlig_skatt`
//! sets it against what is left of the tax it may reduce and records the amount *used*.

use rust_decimal::Decimal;

use crate::avrundning::{hela_kronor, nedat_hundratal};
use crate::params::SkatteParametrar;
use crate::trace::{input, ParamUse, Step, Trace};

const HUNDRA: Decimal = Decimal::ONE_HUNDRED;

/// Arbetsinkomst for the jobbskatteavdrag: wages (incl. sjuklön), rounded down to whole
/// hundreds (IL 67 kap. 6 §).
pub fn arbetsinkomst(lon: Decimal) -> Decimal {
    nedat_hundratal(lon.max(Decimal::ZERO))
}

/// Jobbskatteavdrag for someone under 66 at the start of the year (IL 67 kap. 7 §):
/// (the table amount for the arbetsinkomst − grundavdraget) × kommunal skattesats,
/// never below 0; öre dropped (67 kap. 1 §). For 2024 the amount was then reduced by 3 % of
/// arbetsinkomst above 13.54 pbb.
pub fn jobbskatteavdrag(
    p: &SkatteParametrar,
    ai: Decimal,
    ga: Decimal,
    kommunal_procent: Decimal,
    trace: &mut Trace,
) -> Decimal {
    if ai.is_zero() {
        return Decimal::ZERO;
    }
    let pbb = p.basis_kr(p.jobbskatteavdrag.basis);
    let f = p.jobbskatteavdrag.eval(ai, pbb);
    let fore = ((f - ga).max(Decimal::ZERO)) * kommunal_procent / HUNDRA;
    let avtrappning = p
        .jobbskatteavdrag_avtrappning
        .as_ref()
        .map(|a| a.eval(ai, pbb))
        .unwrap_or_default();
    let jsa = hela_kronor((fore - avtrappning).max(Decimal::ZERO));
    trace.record(|| {
        let mut params = vec![
            ParamUse::scalar("prisbasbelopp", &p.prisbasbelopp),
            ParamUse::piecewise(
                "jobbskatteavdrag",
                &p.jobbskatteavdrag,
                p.jobbskatteavdrag.describe(ai, pbb),
            ),
        ];
        let mut formula = format!(
            "({} kr − grundavdraget {ga} kr) × {kommunal_procent} %",
            f.round_dp(2).normalize()
        );
        if let Some(a) = &p.jobbskatteavdrag_avtrappning {
            params.push(ParamUse::piecewise(
                "jobbskatteavdrag_avtrappning",
                a,
                a.describe(ai, pbb),
            ));
            formula.push_str(&format!(
                " − avtrappning {}",
                avtrappning.round_dp(2).normalize()
            ));
        }
        Step {
            unit: crate::motor::Enhet::Kronor,
            id: "jobbskatteavdrag_berakning",
            label: "Jobbskatteavdrag (beräknat)",
            amount: jsa,
            formula,
            inputs: vec![
                input("arbetsinkomst", ai),
                input("grundavdrag", ga),
                input("kommunal_skattesats_procent", kommunal_procent),
            ],
            params,
            reference: "IL (1999:1229) 67 kap. 5–7 §§",
            rounding: Some("öretal faller bort (IL 67 kap. 1 §)"),
        }
    });
    jsa
}

/// Jobbskatteavdrag for someone who had turned 66 by 1 January (IL 67 kap. 8 §): the table
/// amount directly, without grundavdrag or skattesats.
pub fn jobbskatteavdrag_aldre(p: &SkatteParametrar, ai: Decimal, trace: &mut Trace) -> Decimal {
    if ai.is_zero() {
        return Decimal::ZERO;
    }
    let pbb = p.basis_kr(p.jobbskatteavdrag_aldre.basis);
    let belopp = p.jobbskatteavdrag_aldre.eval(ai, pbb);
    let avtrappning = p
        .jobbskatteavdrag_aldre_avtrappning
        .as_ref()
        .map(|a| a.eval(ai, pbb))
        .unwrap_or_default();
    let jsa = hela_kronor((belopp - avtrappning).max(Decimal::ZERO));
    trace.record(|| {
        let mut params = vec![
            ParamUse::scalar("prisbasbelopp", &p.prisbasbelopp),
            ParamUse::piecewise(
                "jobbskatteavdrag_aldre",
                &p.jobbskatteavdrag_aldre,
                p.jobbskatteavdrag_aldre.describe(ai, pbb),
            ),
        ];
        if let Some(a) = &p.jobbskatteavdrag_aldre_avtrappning {
            params.push(ParamUse::piecewise(
                "jobbskatteavdrag_aldre_avtrappning",
                a,
                a.describe(ai, pbb),
            ));
        }
        Step {
            unit: crate::motor::Enhet::Kronor,
            id: "jobbskatteavdrag_berakning",
            label: "Jobbskatteavdrag (beräknat, 66 år och äldre)",
            amount: jsa,
            formula: format!(
                "{} kr − avtrappning {}",
                belopp.round_dp(2).normalize(),
                avtrappning.round_dp(2).normalize()
            ),
            inputs: vec![input("arbetsinkomst", ai)],
            params,
            reference: "IL (1999:1229) 67 kap. 5, 6 och 8 §§",
            rounding: Some("öretal faller bort (IL 67 kap. 1 §)"),
        }
    });
    jsa
}

/// Skattereduktion för sjuk- och aktivitetsersättning (IL 67 kap. 9 a–9 d §§), for someone
/// under 66 (9 a §): the 9 c § schedule G applied to the underlag U, less the grundavdrag,
/// times the kommunal skattesats; at least 4,5 % of U times the skattesats; öre dropped
/// (67 kap. 1 §).
///
/// 9 b §: "Underlaget för skattereduktionen består av sjukersättning och aktivitetsersättning
/// enligt socialförsäkringsbalken som betalats ut under beskattningsåret" — the amount paid, with
/// no rounding (the law rounds the arbetsinkomst explicitly in 6 §, not this underlag). 9 c §
/// adds no arbetsinkomst to U and deducts no jobbskatteavdrag: each reduction subtracts the
/// person's whole grundavdrag in its own formula, and the 4,5 % floor is what protects a person
/// with both incomes. The 2026 wording (SFS 2025:1376) was not obtainable; we follow the 2025
/// structure with the 2026 coefficients (docs/decisions.md, "SA-reduktion med arbetsinkomst").
pub fn sjuk_aktivitetsersattning(
    p: &SkatteParametrar,
    underlag: Decimal,
    ga: Decimal,
    kommunal_procent: Decimal,
    trace: &mut Trace,
) -> Decimal {
    let u = underlag.max(Decimal::ZERO);
    if u.is_zero() {
        return Decimal::ZERO;
    }
    let rule = &p.skattereduktion_sjuk_aktivitetsersattning;
    let pbb = p.basis_kr(rule.basis);
    let g = rule.eval(u, pbb);
    let huvud = (g - ga).max(Decimal::ZERO) * kommunal_procent / HUNDRA;
    let golvsats = p.skattereduktion_sjuk_aktivitetsersattning_golv.value;
    let golv = golvsats * u * kommunal_procent / HUNDRA;
    let red = hela_kronor(huvud.max(golv));
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "skattereduktion_sjuk_aktivitetsersattning_berakning",
        label: "Skattereduktion för sjuk- och aktivitetsersättning (beräknad)",
        amount: red,
        formula: format!(
            "högst av ({} kr − grundavdraget {ga} kr) × {kommunal_procent} % och golvet {} × {} kr × {kommunal_procent} %",
            g.round_dp(2).normalize(),
            golvsats.normalize(),
            u.normalize()
        ),
        inputs: vec![
            input("underlag", u),
            input("grundavdrag", ga),
            input("kommunal_skattesats_procent", kommunal_procent),
        ],
        params: vec![
            ParamUse::scalar("prisbasbelopp", &p.prisbasbelopp),
            ParamUse::piecewise(
                "skattereduktion_sjuk_aktivitetsersattning",
                rule,
                rule.describe(u, pbb),
            ),
            ParamUse::scalar(
                "skattereduktion_sjuk_aktivitetsersattning_golv",
                &p.skattereduktion_sjuk_aktivitetsersattning_golv,
            ),
        ],
        reference: "IL (1999:1229) 67 kap. 9 a–9 c §§",
        rounding: Some("öretal faller bort (IL 67 kap. 1 §); underlaget avrundas inte (9 b §)"),
    });
    red
}

/// Skattereduktion för förvärvsinkomst (IL 67 kap. 46–48 §§): 0.75 % of the beskattningsbar
/// förvärvsinkomst above 40 000 kr, at most 1 500 kr.
pub fn forvarvsinkomst(p: &SkatteParametrar, bfi: Decimal, trace: &mut Trace) -> Decimal {
    let nedre = p.skattereduktion_forvarvsinkomst_nedre.value;
    let max = p.skattereduktion_forvarvsinkomst_max.value;
    let sats = p.skattereduktion_forvarvsinkomst_sats.value;
    let red = hela_kronor(((bfi - nedre) * sats).max(Decimal::ZERO).min(max));
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "skattereduktion_forvarvsinkomst_berakning",
        label: "Skattereduktion för förvärvsinkomst (beräknad)",
        amount: red,
        formula: format!("{sats} × ({bfi} kr − {nedre} kr), lägst 0 och högst {max} kr"),
        inputs: vec![input("beskattningsbar_forvarvsinkomst", bfi)],
        params: vec![
            ParamUse::scalar(
                "skattereduktion_forvarvsinkomst_nedre",
                &p.skattereduktion_forvarvsinkomst_nedre,
            ),
            ParamUse::scalar(
                "skattereduktion_forvarvsinkomst_sats",
                &p.skattereduktion_forvarvsinkomst_sats,
            ),
            ParamUse::scalar(
                "skattereduktion_forvarvsinkomst_max",
                &p.skattereduktion_forvarvsinkomst_max,
            ),
        ],
        reference: "IL (1999:1229) 67 kap. 46–48 §§",
        rounding: Some("öretal faller bort (IL 67 kap. 1 §)"),
    });
    red
}
