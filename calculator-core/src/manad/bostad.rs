//! Stage 4 of the household month: bostadsbidrag and bostadstillägg.
//!
//! Bostadstillägg needs sjuk- or aktivitetsersättning that is paid or vilande (SFB 101 kap.
//! 3–4 §§); bostadsbidrag to a household without children is barred for such a person (96 kap.
//! 11 § första stycket 3), one to a family with children is not, and then bostadstillägg does
//! not cover the housing cost that the preliminary bostadsbidrag covers (101 kap. 9 §). So
//! bostadsbidrag is computed first; the components keep their order (bostadstillägg per person,
//! then bostadsbidrag).

use rules::formaner::{
    aktivitetsersattning as ae, barnbidrag as bb, bostadsbidrag as bbi, bostadstillagg as bt,
    Status, Utfall,
};
use rust_decimal::Decimal;

use super::person::{alder_forsta_dagen, alder_i_manad};
use super::{Komponent, Manadslage, PersonManad};
use crate::komponent_id::KomponentId;

/// Stage 4: bostadsbidrag and each person's bostadstillägg.
pub(super) fn bostad(l: &mut Manadslage) {
    let grund: Vec<Option<Result<ae::Slag, Utfall>>> =
        l.pm.iter().map(bostadstillagg_grund).collect();
    let nagon_bt = grund.iter().any(|g| matches!(g, Some(Ok(_))));
    let (bb_komp, bb_indata) = bostadsbidrag(l, nagon_bt);
    l.bostadsbidrag_indata = Some(bb_indata);
    for (i, g) in grund.into_iter().enumerate() {
        let k = match g {
            None => continue,
            Some(Err(u)) => l.komponent(KomponentId::Bostadstillagg, "Bostadstillägg", Some(i), u),
            Some(Ok(slag)) => {
                let k = bostadstillagg(l, i, slag, bb_komp.per_manad);
                l.bostadsstod += k.per_manad;
                k
            }
        };
        l.komp.push(k);
    }
    l.bostadsstod += bb_komp.per_manad;
    l.komp.push(bb_komp);
}

/// Bostadsbidrag: always shown, so that a missing rent is asked for, never silently absent.
/// The bidragsgrundande inkomst is all taxable income of tjänst (SFB 97 kap. 2 §);
/// utvecklingsersättning is tax-free.
fn bostadsbidrag(l: &Manadslage, nagon_bt: bool) -> (Komponent, bbi::BostadsbidragIndata) {
    let (s, m, hh) = (l.s, l.m, l.hh);
    let first = &s.people[0];
    let bidragsgrundande = |x: &PersonManad| x.inkomster_ar.summa();
    let barn: Vec<bbi::BostadsbidragBarn> = hh
        .children
        .iter()
        .map(|c| bbi::BostadsbidragBarn {
            alder: c.age,
            boende: c.boende,
            forlangt_barnbidrag_eller_studiehjalp: c.skolgang != bb::Skolgang::Ingen,
        })
        .collect();
    let in_ = bbi::BostadsbidragIndata {
        alder: alder_forsta_dagen(m, first.birth_year, first.birth_month.unwrap_or(1)),
        make_alder: s
            .people
            .get(1)
            .map(|q| alder_forsta_dagen(m, q.birth_year, q.birth_month.unwrap_or(1))),
        inkomst: Some(bidragsgrundande(&l.pm[0])),
        make_inkomst: l.pm.get(1).map(bidragsgrundande),
        bostadskostnad: hh.boendekostnad_per_manad,
        bostadsyta: hh.bostadsyta_kvm,
        barn,
        bostadstillagg_eller_sa_ae: nagon_bt,
    };
    let u = bbi::bostadsbidrag(m, &in_, &mut l.trace());
    let mut k = l.komponent(KomponentId::Bostadsbidrag, "Bostadsbidrag", None, u);
    l.beslut(&mut k, hh.beslutat(KomponentId::Bostadsbidrag));
    (k, in_)
}

/// The year's incomes of a person as bostadstillägg counts them (102 kap. 16 §): pension in
/// full like SA/AE (1), wages at 50 % (5), sjukpenning, a-kassa and aktivitetsstöd at 80 % (7);
/// a year as the tax counts it (sjukpenning per day × 365).
fn bt_inkomster(x: &PersonManad) -> bt::BtInkomster {
    bt::BtInkomster {
        sjuk_aktivitetsersattning: x.inkomster_ar.sjuk_aktivitetsersattning
            + x.inkomster_ar.pension,
        arbetsinkomst: x.inkomster_ar.lon,
        ovriga_skattepliktiga: x.inkomster_ar.sjukpenning + x.inkomster_ar.annan_pensionsgrundande,
        kapitalinkomst: Decimal::ZERO,
    }
}

/// Bostadstillägg of person `i`, whose ersättning `slag` is paid or vilande, with the
/// preliminary bostadsbidrag `bostadsbidrag` taken off the housing cost.
fn bostadstillagg(l: &Manadslage, i: usize, slag: ae::Slag, bostadsbidrag: Decimal) -> Komponent {
    let (s, m) = (l.s, l.m);
    let p = &s.people[i];
    let make = l.tva_vuxna.then(|| {
        let j = 1 - i;
        bt::Make {
            inkomster: bt_inkomster(&l.pm[j]),
            ersattning: l.pm[j].ae_sa_slag.map(|sl| bt::MakeErsattning {
                slag: sl,
                alder: alder_i_manad(
                    m,
                    s.people[j].birth_year,
                    s.people[j].birth_month.unwrap_or(1),
                ),
            }),
        }
    });
    let u = bt::bostadstillagg(
        m,
        l.pbb,
        &bt::BostadstillaggIndata {
            slag,
            alder: alder_i_manad(m, p.birth_year, p.birth_month.unwrap_or(1)),
            vilande: l.pm[i].ae_vilande,
            gift_eller_sambo: l.tva_vuxna,
            bostadskostnad_per_manad: l.hh.boendekostnad_per_manad,
            // DECISION (docs/decisions.md, "Bostadstillägg beside bostadsbidrag"): the whole
            // preliminary bostadsbidrag is deducted from the housing cost.
            bostadsbidrag_per_manad: bostadsbidrag,
            inkomster: bt_inkomster(&l.pm[i]),
            make,
            formogenhet: l.hh.formogenhet,
        },
        &mut l.trace(),
    );
    let mut k = l.komponent(KomponentId::Bostadstillagg, "Bostadstillägg", Some(i), u);
    l.beslut(&mut k, p.beslutat(KomponentId::Bostadstillagg));
    k
}

/// Whether a person's sjuk- or aktivitetsersättning gives the right to bostadstillägg this
/// month: None without one; Ok when it is paid or vilande (SFB 101 kap. 3–4 §§); Err with the
/// outcome to show when it is not (reduced to 0 kr by work without vilande, ended) or when its
/// amount is not known, since bostadstillägg then cannot be known either.
fn bostadstillagg_grund(x: &PersonManad) -> Option<Result<ae::Slag, Utfall>> {
    let slag = x.ae_sa_slag?;
    let status = x.ae_status.unwrap_or(Status::Utbetalas);
    Some(match status {
        Status::BehoverUppgift | Status::EjModellerad => Err(Utfall {
            status,
            per_manad: Decimal::ZERO,
            skal: Some(
                format!(
                    "Bostadstillägget beror på {}, som inte kunde räknas ut; se den raden.",
                    slag.text()
                )
                .into(),
            ),
            saknas: vec![],
            steps: vec![],
        }),
        _ if x.ae_sa > Decimal::ZERO || x.ae_vilande => Ok(slag),
        Status::EjRatt => Err(Utfall::ej_ratt(format!(
            "Bostadstillägg lämnas bara till den som får {} eller har den vilande (SFB 101 kap. \
             3–4 §§), och ingen {} lämnas; se den raden.",
            slag.text(),
            slag.text()
        ))),
        _ => Err(Utfall::ej_ratt(format!(
            "Bostadstillägg lämnas bara till den som får {} eller har den vilande (SFB 101 kap. \
             3–4 §§). Med det här arbetet betalas ingen {} ut och den är inte vilande; ansöker \
             du om vilande ersättning kan bostadstillägget finnas kvar.",
            slag.text(),
            slag.text()
        ))),
    })
}
