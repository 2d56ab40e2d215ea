//! Stage 4 of the household month: barnbidrag (with flerbarnstillägg and studiebidrag) for
//! the household's share, and what a young person of 18 or more at home gets themselves.

use rules::formaner::{barnbidrag as bb, bostadsbidrag as bbi, Utfall};
use rules::trace::Step;
use rust_decimal::Decimal;

use super::Manadslage;
use crate::komponent_id::KomponentId;

/// Stage 4: the children's components.
pub(super) fn barn(l: &mut Manadslage) {
    if l.hh.children.is_empty() {
        return;
    }
    let barn: Vec<bb::BarnbidragBarn> =
        l.hh.children
            .iter()
            .map(|c| bb::BarnbidragBarn {
                alder: c.age,
                fodelsemanad: c.birth_month,
                skolgang: c.skolgang,
                // With two adults, `delat` is taken as shared between them: both live here, so
                // the household gets all of it (docs/decisions.md). With one adult, shared with a
                // parent elsewhere (SFB 16 kap. 5 §): the rule gives this household's half.
                fordelning: match c.barnbidrag {
                    Some(bb::Fordelning::Delat) if !l.tva_vuxna => bb::Fordelning::Delat,
                    _ => bb::Fordelning::Hela,
                },
            })
            .collect();
    barnbidrag(l, &barn);
    till_ungdomen(l, &barn);
}

fn barnbidrag(l: &mut Manadslage, barn: &[bb::BarnbidragBarn]) {
    let u = bb::barnbidrag(
        l.m,
        &bb::BarnbidragIndata {
            barn: barn.to_vec(),
        },
        &mut l.trace(),
    );
    let mut k = l.komponent(KomponentId::Barnbidrag, "Barnbidrag", None, u);
    l.beslut(&mut k, l.hh.beslutat(KomponentId::Barnbidrag));
    l.barnbidrag = k.per_manad;
    l.komp.push(k);
}

/// Förlängt barnbidrag and studiebidrag of a young person of 18 or more are paid to them, not
/// to the parents (SFB 16 kap. 3 §; studiestödsförordningen 2 kap. 33 §). One who lives at home
/// is part of the household and of försörjningsstöd's norm, where only a hemmavarande young
/// person's income "av eget arbete" is left out (SoL 2025:400 12 kap. 9 §): so it is the
/// household's money and counts there.
fn till_ungdomen(l: &mut Manadslage, barn: &[bb::BarnbidragBarn]) {
    let hemma: Vec<bb::BarnbidragBarn> =
        l.hh.children
            .iter()
            .zip(barn)
            .filter(|(c, _)| c.boende == bbi::Boende::Hemmavarande)
            .map(|(_, b)| b.clone())
            .collect();
    let belopp =
        bb::till_myndiga_barn(l.m, &bb::BarnbidragIndata { barn: hemma }).unwrap_or_default();
    if belopp <= Decimal::ZERO {
        return;
    }
    let mut t = l.trace();
    t.steg(|| {
        Step::ny(
            "till_ungdomen",
            "Förlängt barnbidrag och studiebidrag till ungdomen själv",
            belopp,
            "SFB (2010:110) 16 kap. 3 §; studiestödsförordningen (2000:655) 2 kap. \
             33 §; SoL (2025:400) 12 kap. 9 §",
        )
        .formel(format!(
            "{} kr i månaden betalas till barn som fyllt 18 år och bor hemma; de räknas \
             som hushållets inkomst vid försörjningsstöd",
            belopp.normalize()
        ))
    });
    let k = l.komponent(
        KomponentId::TillUngdomen,
        "Studiebidrag och förlängt barnbidrag till ungdomen",
        None,
        Utfall::belopp(belopp, t.ta()),
    );
    l.komp.push(k);
    l.ungdomens_bidrag = belopp;
}
