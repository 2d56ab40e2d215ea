//! Fastställd förvärvsinkomst — IL 1 kap. 5 §.

use rust_decimal::Decimal;

use super::Inkomster;
use crate::avrundning::nedat_hundratal;
use crate::trace::{input, Step, Trace};

/// Fastställd förvärvsinkomst: the sum of the year's incomes of tjänst, rounded down to whole
/// hundreds (IL 1 kap. 5 §). Allmänna avdrag are not modelled (none of the product's incomes
/// carries one).
pub fn faststalld_forvarvsinkomst(ink: &Inkomster, trace: &mut Trace) -> Decimal {
    let summa = ink.summa();
    let fi = nedat_hundratal(summa);
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id: "faststalld_forvarvsinkomst",
        label: "Fastställd förvärvsinkomst",
        amount: fi,
        formula: format!("summan av inkomsterna {summa} kr, avrundad nedåt till helt hundratal"),
        inputs: vec![
            input("lon", ink.lon),
            input("sjukpenning", ink.sjukpenning),
            input("annan_pensionsgrundande", ink.annan_pensionsgrundande),
            input("sjuk_aktivitetsersattning", ink.sjuk_aktivitetsersattning),
            input("pension", ink.pension),
        ],
        params: vec![],
        reference: "IL (1999:1229) 1 kap. 5 §",
        rounding: Some("nedåt till helt hundratal kronor (IL 1 kap. 5 §)"),
    });
    fi
}
