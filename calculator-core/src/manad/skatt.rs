//! Stage 3 of the household month, per person: the final tax on all taxable incomes together,
//! for a year of months like this one (docs/decisions.md, "A steady month").

use rules::formaner::Status;
use rules::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser, SlutligSkatt};
use rules::trace::Step;
use rust_decimal::Decimal;

use super::person::Inkomster as Manadsinkomster;
use super::{ore, Manadslage, PersonManad};
use crate::komponent_id::KomponentId;

/// The tax of person `i` on the incomes stages 1–2 fixed; pushes the tax component and returns
/// the person's month as the later stages read it.
pub(super) fn skatt(l: &mut Manadslage, i: usize, m: Manadsinkomster) -> PersonManad {
    let s = l.s;
    let p = &s.people[i];
    let ar = arsinkomster(p, &m);
    let satser = Skattesatser {
        kommunal: l.satser.kommunal,
        begravningsavgift: l.satser.begravningsavgift,
        kyrkoavgift: p.kyrkoavgift_procent.unwrap_or_default(),
    };
    let mut t = l.trace();
    let skatt = slutlig_skatt(
        &l.rs.skatt,
        &ar,
        &satser,
        AlderVidAretsIngang::fran_fodelsear(l.m.year, p.birth_year),
        &mut t,
    );
    let skatt_manad = ore(skatt.total_skatt / Decimal::from(12));
    t.steg(|| per_manad_steg(skatt.total_skatt, skatt_manad, m.sjukpenning_ar));
    let mut k = l.komponent(
        KomponentId::Skatt,
        "Skatt",
        Some(i),
        rules::formaner::Utfall::belopp(skatt_manad, t.ta()),
    );
    // Negated only when non-zero, so that no tax reads "0", not "-0".
    k.per_manad = if skatt_manad.is_zero() {
        Decimal::ZERO
    } else {
        -skatt_manad
    };
    k.status = Status::Utbetalas;
    l.komp.push(k);
    person_manad(p, m, ar, skatt)
}

/// A year of months like this one: twelve times each monthly income, sjukpenning per day ×
/// 365, an hourly wage's exact year.
fn arsinkomster(p: &crate::scenario::Person, m: &Manadsinkomster) -> Inkomster {
    let typat = &p.income_per_month;
    let tolv = Decimal::from(12);
    let aktivitetsstod_skatt = if m.aktivitetsstod_skattepliktigt {
        m.aktivitetsstod
    } else {
        Decimal::ZERO
    };
    Inkomster {
        lon: m.lon_ar,
        sjukpenning: m.sjukpenning_ar + typat.sjukpenning * tolv,
        annan_pensionsgrundande: (typat.annan_pensionsgrundande + aktivitetsstod_skatt) * tolv,
        sjuk_aktivitetsersattning: (m.ae_sa + typat.sjuk_aktivitetsersattning) * tolv,
        pension: typat.pension * tolv,
    }
}

/// The step from the year's tax to the month's.
fn per_manad_steg(total: Decimal, skatt_manad: Decimal, sjukpenning_ar: Decimal) -> Step {
    Step::ny(
        "skatt_per_manad",
        "Skatt per månad",
        skatt_manad,
        "IL (1999:1229); se docs/tax-pipeline.md",
    )
    .formel(if sjukpenning_ar.is_zero() {
        format!(
            "årets slutliga skatt {total} kr / 12, med årets inkomster som tolv månader som denna"
        )
    } else {
        format!(
            "årets slutliga skatt {total} kr / 12, med årets inkomster som tolv månader som denna; \
             sjukpenningen för årets 365 dagar ({} kr), eftersom den betalas för varje \
             kalenderdag (SFB 28 kap. 3 §)",
            sjukpenning_ar.round_dp(2).normalize()
        )
    })
    .indata([("total_skatt_ar", total)])
    .avrundning("till öre (presentation)")
}

/// The person's month as the later stages read it.
fn person_manad(
    p: &crate::scenario::Person,
    m: Manadsinkomster,
    ar: Inkomster,
    skatt: SlutligSkatt,
) -> PersonManad {
    let skatt_manad = ore(skatt.total_skatt / Decimal::from(12));
    let typat = &p.income_per_month;
    let tolv = Decimal::from(12);
    PersonManad {
        lon: m.lon,
        sjukpenning: m.sjukpenning + typat.sjukpenning,
        annan_pensionsgrundande: typat.annan_pensionsgrundande,
        pension: typat.pension,
        ae_sa: m.ae_sa + typat.sjuk_aktivitetsersattning,
        ae_sa_slag: p.aktivitetsersattning.as_ref().map(|a| a.slag),
        ae_vilande: m.ae_vilande,
        ae_status: m.ae_status,
        aktivitetsstod: m.aktivitetsstod,
        aktivitetsstod_skattepliktigt: m.aktivitetsstod_skattepliktigt,
        skatt_manad,
        skattepliktiga: crate::scenario::Manadsinkomster {
            lon: m.lon,
            sjukpenning: m.sjukpenning + typat.sjukpenning,
            annan_pensionsgrundande: ar.annan_pensionsgrundande / tolv,
            sjuk_aktivitetsersattning: ar.sjuk_aktivitetsersattning / tolv,
            pension: ar.pension / tolv,
        },
        inkomster_ar: ar,
        slutlig_skatt_ar: skatt,
    }
}
