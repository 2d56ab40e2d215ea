//! Stage 6 of the household month: information that is never in the totals.

use rules::formaner::jobbpremie as jp;
use rust_decimal::Decimal;

use super::Manadslage;
use crate::komponent_id::KomponentId;

/// Jobbpremie: whether it may apply, as information only (the formula is not known).
pub(super) fn jobbpremie(l: &mut Manadslage) {
    let hh = l.hh;
    let Some(j) = &hh.jobbpremie else { return };
    let fs_i_manaden = l
        .komp
        .iter()
        .any(|k| k.id == KomponentId::Forsorjningsstod && k.per_manad > Decimal::ZERO);
    let lon: Decimal = l.pm.iter().map(|x| x.lon).sum();
    let u = jp::jobbpremie(
        l.m,
        &jp::JobbpremieIndata {
            fs_varje_manad_juli_december_2025: j.fs_varje_manad_juli_december_2025,
            bruttolon_i_manaden: lon,
            fs_utbetalt_i_manaden: fs_i_manaden,
            manader_med_jobbpremie: j.manader_med_jobbpremie,
        },
        &mut l.trace(),
    );
    let mut k = l.komponent(KomponentId::Jobbpremie, "Jobbpremie (information)", None, u);
    k.i_summan = false;
    k.per_manad = Decimal::ZERO;
    l.komp.push(k);
}
