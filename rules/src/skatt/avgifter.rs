//! Avgifter on the beskattningsbar förvärvsinkomst that no skattereduktion can reduce:
//! begravningsavgift, kyrkoavgift and public service-avgift.

use rust_decimal::Decimal;

use crate::avrundning::hela_kronor;
use crate::params::SkatteParametrar;
use crate::trace::{input, ParamUse, Step, Trace};

const HUNDRA: Decimal = Decimal::ONE_HUNDRED;

/// Begravningsavgift: the kommun's rate (the national rate except in Stockholm and Tranås)
/// on the beskattningsbar förvärvsinkomst (begravningslagen 1990:1144 9 kap.).
pub fn begravningsavgift(bfi: Decimal, procent: Decimal, trace: &mut Trace) -> Decimal {
    let avgift = hela_kronor(bfi * procent / HUNDRA);
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "begravningsavgift",
        label: "Begravningsavgift",
        amount: avgift,
        formula: format!("{bfi} kr × {procent} %"),
        inputs: vec![
            input("beskattningsbar_forvarvsinkomst", bfi),
            input("begravningsavgift_procent", procent),
        ],
        params: vec![],
        reference: "Begravningslag (1990:1144) 9 kap. 1–4 §§",
        rounding: Some("öretal faller bort"),
    });
    avgift
}

/// Kyrkoavgift for members of Svenska kyrkan: the församling's rate, given by the user, on
/// the beskattningsbar förvärvsinkomst (lag 1999:291 om avgift till registrerat trossamfund).
pub fn kyrkoavgift(bfi: Decimal, procent: Decimal, trace: &mut Trace) -> Decimal {
    let avgift = hela_kronor(bfi * procent / HUNDRA);
    if !procent.is_zero() {
        trace.record(|| Step {
            unit: crate::motor::Enhet::Kronor,
            id: "kyrkoavgift",
            label: "Kyrkoavgift",
            amount: avgift,
            formula: format!("{bfi} kr × {procent} % (församlingens avgiftssats)"),
            inputs: vec![
                input("beskattningsbar_forvarvsinkomst", bfi),
                input("kyrkoavgift_procent", procent),
            ],
            params: vec![],
            reference: "Lag (1999:291) om avgift till registrerat trossamfund",
            rounding: Some("öretal faller bort"),
        });
    }
    avgift
}

/// Public service-avgift: 1 % of the beskattningsbar förvärvsinkomst, the base capped at a
/// multiple of inkomstbasbeloppet; only for those who had turned 18 by 1 January
/// (lag 2018:1893 3–5 §§).
pub fn public_service_avgift(
    p: &SkatteParametrar,
    bfi: Decimal,
    fyllt_18: bool,
    trace: &mut Trace,
) -> Decimal {
    let tak = p.kr(&p.public_service_avgift_tak);
    let avgift = if fyllt_18 {
        hela_kronor(bfi.min(tak) * p.public_service_avgift_sats.value)
    } else {
        Decimal::ZERO
    };
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "public_service_avgift",
        label: "Public service-avgift",
        amount: avgift,
        formula: if fyllt_18 {
            format!(
                "{} × lägsta av {bfi} kr och taket {tak} kr",
                p.public_service_avgift_sats.value
            )
        } else {
            "0 kr: hade inte fyllt 18 år vid årets ingång".to_string()
        },
        inputs: vec![input("beskattningsbar_forvarvsinkomst", bfi)],
        params: vec![
            ParamUse::scalar("public_service_avgift_sats", &p.public_service_avgift_sats),
            ParamUse::scalar("public_service_avgift_tak", &p.public_service_avgift_tak),
            ParamUse::scalar("inkomstbasbelopp", &p.inkomstbasbelopp),
            ParamUse::scalar(
                "public_service_avgift_alder",
                &p.public_service_avgift_alder,
            ),
        ],
        reference: "Lag (2018:1893) om finansiering av radio och tv i allmänhetens tjänst 3–5 §§",
        rounding: Some("öretal faller bort"),
    });
    avgift
}
