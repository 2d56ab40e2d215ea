//! Grundavdrag — IL 63 kap. 2, 3, 3 a och 5 §§.

use rust_decimal::Decimal;

use crate::avrundning::uppat_hundratal;
use crate::params::SkatteParametrar;
use crate::trace::{input, ParamUse, Step, Trace};

/// Grundavdraget for a fastställd förvärvsinkomst `fi`: the ordinary amount (63 kap. 3 §)
/// plus, for a person who had turned 66 (2027: 67) by 1 January, the särskilt belopp
/// (63 kap. 3 a §); the sum is rounded up to whole hundreds once and may not exceed `fi`
/// (63 kap. 5 §: the deduction cannot make the taxable income negative).
pub fn grundavdrag(p: &SkatteParametrar, fi: Decimal, forhojt: bool, trace: &mut Trace) -> Decimal {
    let pbb = p.basis_kr(p.grundavdrag.basis);
    let ordinarie = p.grundavdrag.eval(fi, pbb);
    let sarskilt = if forhojt {
        p.forhojt_grundavdrag.eval(fi, pbb)
    } else {
        Decimal::ZERO
    };
    let avrundat = uppat_hundratal(ordinarie + sarskilt);
    let ga = avrundat.min(fi).max(Decimal::ZERO);
    trace.record(|| {
        let mut params = vec![
            ParamUse::scalar("prisbasbelopp", &p.prisbasbelopp),
            ParamUse::piecewise(
                "grundavdrag",
                &p.grundavdrag,
                p.grundavdrag.describe(fi, pbb),
            ),
        ];
        let mut formula = format!("grundavdrag {} kr", ordinarie.round_dp(2).normalize());
        if forhojt {
            params.push(ParamUse::piecewise(
                "forhojt_grundavdrag",
                &p.forhojt_grundavdrag,
                p.forhojt_grundavdrag.describe(fi, pbb),
            ));
            params.push(ParamUse::scalar(
                "forhojt_grundavdrag_alder",
                &p.forhojt_grundavdrag_alder,
            ));
            formula.push_str(&format!(
                " + särskilt belopp {} kr",
                sarskilt.round_dp(2).normalize()
            ));
        }
        formula.push_str(&format!(
            ", avrundat uppåt till {avrundat} kr, högst den fastställda förvärvsinkomsten {fi} kr"
        ));
        Step {
            unit: crate::motor::Enhet::Kronor,
            id: "grundavdrag",
            label: "Grundavdrag",
            amount: ga,
            formula,
            inputs: vec![input("faststalld_forvarvsinkomst", fi)],
            params,
            reference: if forhojt {
                "IL (1999:1229) 63 kap. 3, 3 a och 5 §§"
            } else {
                "IL (1999:1229) 63 kap. 3 och 5 §§"
            },
            rounding: Some("uppåt till helt hundratal kronor (IL 63 kap. 3 och 3 a §§)"),
        }
    });
    ga
}
