//! Allmän pensionsavgift — lag (1994:1744) om allmän pensionsavgift 2–4 §§.

use rust_decimal::Decimal;

use super::Inkomster;
use crate::avrundning::{narmaste_hundratal_50_nedat, nedat_hundratal};
use crate::params::SkatteParametrar;
use crate::trace::{input, ParamUse, Step, Trace};

/// Allmän pensionsavgift: 7 % of income of anställning (wages and the pensionable benefits
/// the law counts as such: sjukpenning, a-kassa …), rounded down to hundreds (3 § 1 st),
/// counted up to 8.07 inkomstbasbelopp (3 § 3 st), rounded to the nearest hundred with 50
/// rounding down (3 § 4 st); no fee at all below 42.3 % of prisbasbeloppet (4 § 1 st), and
/// none on pension or sjuk-/aktivitetsersättning (4 § 2 st).
pub fn allman_pensionsavgift(p: &SkatteParametrar, ink: &Inkomster, trace: &mut Trace) -> Decimal {
    let underlag = nedat_hundratal(ink.pensionsgrundande());
    let golv = p.kr(&p.allman_pensionsavgift_golv);
    let tak = p.kr(&p.allman_pensionsavgift_tak);
    let avgift = if underlag.is_zero() || underlag < golv {
        Decimal::ZERO
    } else {
        narmaste_hundratal_50_nedat(underlag.min(tak) * p.allman_pensionsavgift_sats.value)
    };
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "allman_pensionsavgift",
        label: "Allmän pensionsavgift",
        amount: avgift,
        formula: if underlag < golv {
            format!("0 kr: inkomsten {underlag} kr understiger {golv} kr (42,3 % av prisbasbeloppet)")
        } else {
            format!(
                "{} × lägsta av {underlag} kr och taket {tak} kr, avrundat till närmaste hundratal",
                p.allman_pensionsavgift_sats.value
            )
        },
        inputs: vec![
            input("lon", ink.lon),
            input("sjukpenning", ink.sjukpenning),
            input("annan_pensionsgrundande", ink.annan_pensionsgrundande),
        ],
        params: vec![
            ParamUse::scalar("allman_pensionsavgift_sats", &p.allman_pensionsavgift_sats),
            ParamUse::scalar("allman_pensionsavgift_tak", &p.allman_pensionsavgift_tak),
            ParamUse::scalar("allman_pensionsavgift_golv", &p.allman_pensionsavgift_golv),
            ParamUse::scalar("inkomstbasbelopp", &p.inkomstbasbelopp),
            ParamUse::scalar("prisbasbelopp", &p.prisbasbelopp),
        ],
        reference: "Lag (1994:1744) om allmän pensionsavgift 2–4 §§",
        rounding: Some(
            "närmast hela hundratal kronor; avgift som slutar på 50 kr avrundas nedåt (lag 1994:1744 3 §)",
        ),
    });
    avgift
}
