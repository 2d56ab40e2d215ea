//! Stage 5 of the household month: försörjningsstöd, an estimate from the riksnorm, the costs
//! entered and every net income of the household.

use rules::formaner::Status;
use rules::formaner::{bostadsbidrag as bbi, forsorjningsstod as fs};
use rust_decimal::Decimal;

use super::{ore, Manadslage, PersonManad};
use crate::komponent_id::KomponentId;
use crate::scenario::ForsorjningsstodInput;

/// The underhållsstöd entered for the household (not modelled): a component of its own in
/// every month, with or without försörjningsstöd.
pub(super) fn underhall(l: &mut Manadslage) {
    let v = l.hh.underhall_per_manad;
    if !v.is_zero() {
        let k = l.angivet(
            KomponentId::Underhall,
            "Underhållsstöd/underhållsbidrag",
            None,
            v,
        );
        l.komp.push(k);
    }
}

/// Stage 5, when the scenario asks for försörjningsstöd.
pub(super) fn forsorjningsstod(l: &mut Manadslage) {
    let hh = l.hh;
    let Some(fsi) = &hh.forsorjningsstod else {
        return;
    };
    let mut inkomster: Vec<fs::Inkomst> = l.pm.iter().flat_map(netto).collect();
    let mut add = |slag, belopp: Decimal| {
        if !belopp.is_zero() {
            inkomster.push(fs::Inkomst { slag, belopp });
        }
    };
    add(fs::InkomstSlag::Bostadsstod, l.bostadsstod);
    add(fs::InkomstSlag::Barnbidrag, l.barnbidrag);
    add(fs::InkomstSlag::Barnbidrag, l.ungdomens_bidrag);
    for (id, label, v) in [
        (
            KomponentId::Underhall,
            "Underhållsstöd/underhållsbidrag",
            fsi.underhall_per_manad,
        ),
        (
            KomponentId::OvrigInkomst,
            "Övrig inkomst (angiven)",
            fsi.ovriga_inkomster_per_manad,
        ),
    ] {
        if !v.is_zero() {
            let k = l.angivet(id, label, None, v);
            l.komp.push(k);
        }
    }
    add(
        fs::InkomstSlag::Underhall,
        fsi.underhall_per_manad + hh.underhall_per_manad,
    );
    add(fs::InkomstSlag::Ovrig, fsi.ovriga_inkomster_per_manad);
    let in_ = indata(l, fsi, inkomster);
    let u = fs::forsorjningsstod(l.m, &in_, &mut l.trace());
    let mut k = l.komponent(
        KomponentId::Forsorjningsstod,
        "Försörjningsstöd (uppskattning)",
        None,
        u,
    );
    k.uppskattning = true;
    if matches!(k.status, Status::Utbetalas | Status::NollKronor) {
        k.jobbstimulans_per_manad = fs::jobbstimulans_per_manad(l.m, &in_);
    }
    l.beslut(&mut k, l.hh.beslutat(KomponentId::Forsorjningsstod));
    l.komp.push(k);
}

/// A person's net incomes. DECISION (docs/decisions.md): the person's tax is split over the
/// taxable incomes in proportion to their gross amounts, so that the net wage (for
/// jobbstimulans) carries its share of the tax; tax-free utvecklingsersättning counts in full.
fn netto(x: &PersonManad) -> Vec<fs::Inkomst> {
    let skattepliktigt = x.skattepliktigt();
    let andel_lon = if skattepliktigt.is_zero() {
        Decimal::ZERO
    } else {
        x.lon / skattepliktigt
    };
    let netto_lon = ore(x.lon - x.skatt_manad * andel_lon);
    let netto_ovr = ore(skattepliktigt - x.lon - x.skatt_manad * (Decimal::ONE - andel_lon));
    let skattefritt = if x.aktivitetsstod_skattepliktigt {
        Decimal::ZERO
    } else {
        x.aktivitetsstod
    };
    [
        (fs::InkomstSlag::Lon, netto_lon),
        (fs::InkomstSlag::Ersattning, netto_ovr),
        (fs::InkomstSlag::Ersattning, skattefritt),
    ]
    .into_iter()
    .filter(|(_, b)| !b.is_zero())
    .map(|(slag, belopp)| fs::Inkomst { slag, belopp })
    .collect()
}

/// The rule's input: the household, its children at home, the costs (the housing cost when
/// none is entered for it), the incomes and the jobbstimulans.
fn indata(
    l: &Manadslage,
    fsi: &ForsorjningsstodInput,
    inkomster: Vec<fs::Inkomst>,
) -> fs::ForsorjningsstodIndata {
    let mut kostnader = fsi.kostnader.clone();
    if kostnader.boende.is_zero() {
        kostnader.boende = l.hh.boendekostnad_per_manad.unwrap_or_default();
    }
    let hushall = match (l.tva_vuxna, fsi.hushallsgemenskap_medlemmar) {
        (true, _) => fs::Hushall::Sambor,
        (false, Some(n)) => fs::Hushall::VuxenIHushallsgemenskap { medlemmar: n },
        (false, None) => fs::Hushall::Ensamstaende,
    };
    fs::ForsorjningsstodIndata {
        hushall,
        barn: l
            .hh
            .children
            .iter()
            .filter(|c| c.boende == bbi::Boende::Hemmavarande)
            .map(|c| fs::Barn {
                alder: c.age,
                lunch_utanfor_hemmet: c.lunch_utanfor_hemmet,
                arbetsinkomst_i_manaden: Decimal::ZERO,
                arbetsinkomst_tidigare_i_ar: Decimal::ZERO,
            })
            .collect(),
        kostnader,
        inkomster,
        jobbstimulans: fsi.jobbstimulans.clone(),
        prisbasbelopp: Some(l.pbb),
    }
}
