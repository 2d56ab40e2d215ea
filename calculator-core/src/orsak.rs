//! The main cause of a component's amount, as data: the few figures of its explanation that
//! say why the amount is what it is, for a view that puts it in one plain sentence ("The
//! bostadstillägg is 4 137 kr: 5 150 kr of the housing cost counts, less 12 159 kr a year for
//! income"). Read from the component's own steps (the computation's trace) by their ids, so the
//! sentence and the steps below it cannot disagree; nothing here computes a rule again.
//!
//! Empty steps (a month computed without explanations) give [`Orsak::Belopp`]: the amount
//! without a cause. The view asks for the cause only of a month from [`crate::forklaring`].

use rust_decimal::Decimal;
use serde::Serialize;

use crate::hushall::Komponent;
use crate::KomponentId;
use rules::formaner::Status;
use rules::trace::Step;

/// The main cause of one component's amount. Amounts per month unless the name says `_ar`
/// (per year, as the rule computes them).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "orsak")]
pub enum Orsak {
    /// Not paid (ej rätt, 0 kr, needs input, not modelled): the reason is the component's
    /// `skal`.
    Status,
    /// An amount the user typed (today's amounts) rather than one the engine computed.
    Angivet,
    /// An amount from the decision letter, replacing the modelled `beraknat`.
    EnligtBeslut { beraknat: Decimal },
    /// A wage for hours: hours a week × the hourly wage (× 52 / 12).
    LonTimmar {
        timmar_per_vecka: Decimal,
        timlon: Decimal,
    },
    /// Sjukpenning: the amount a day, and with a job the level it leaves (SFB 27 kap. 45 §).
    Sjukpenning {
        per_dag: Decimal,
        niva: Option<Decimal>,
    },
    /// Aktivitets- or sjukersättning: the year's granted amount, the part resting while
    /// working (SFB 36 kap. 10–15 §§) and the 25 % of it still paid (18 §), or the reduction
    /// for work without vilande (36 kap. 9 §).
    Ersattning {
        beviljad_ar: Decimal,
        vilande_ar: Option<Decimal>,
        behallet_ar: Option<Decimal>,
        minskning_arbete_ar: Option<Decimal>,
    },
    /// The tax: the year's final tax on the year's income (a year of months like this one).
    Skatt {
        inkomst_ar: Decimal,
        skatt_ar: Decimal,
    },
    /// Bostadstillägg: the housing cost that counts, less the deduction for income.
    Bostadstillagg {
        beaktad_bostadskostnad: Decimal,
        inkomstavdrag_ar: Decimal,
    },
    /// Bostadsbidrag: the year's amount before the income test, less its reduction.
    Bostadsbidrag {
        fore_inkomstprovning_ar: Decimal,
        inkomstreduktion_ar: Decimal,
    },
    /// Barnbidrag: the amount for one child and the flerbarnstillägg.
    Barnbidrag {
        per_barn: Decimal,
        flerbarnstillagg: Decimal,
    },
    /// Aktivitetsstöd: days with pay × the amount a day.
    Aktivitetsstod { dagar: Decimal, dagsbelopp: Decimal },
    /// Försörjningsstöd: the household's need, the income that counts, and the part of the
    /// wage the jobbstimulans leaves out.
    Forsorjningsstod {
        behov: Decimal,
        inkomster: Decimal,
        jobbstimulans: Option<Decimal>,
    },
    /// The amount, with no single cause to name (or no explanation computed).
    Belopp,
}

/// One line of the tax in short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Skattepost {
    /// The year's income the tax is computed on (fastställd förvärvsinkomst, IL 1 kap. 5 §).
    Inkomst,
    /// Grundavdrag (IL 63 kap.).
    Grundavdrag,
    /// Kommunal inkomstskatt (IL 65 kap. 3 §).
    KommunalSkatt,
    /// Statlig inkomstskatt (IL 65 kap. 5 §), shown only when there is one.
    StatligSkatt,
    /// Begravningsavgift, public service-avgift, allmän pensionsavgift and kyrkoavgift.
    Avgifter,
    /// Jobbskatteavdrag (IL 67 kap. 5–7 §§).
    Jobbskatteavdrag,
    /// The other tax reductions (pensionsavgift, sjuk-/aktivitetsersättning,
    /// förvärvsinkomst).
    AndraReduktioner,
    /// The tax to pay for the year.
    SkattAr,
}

fn steg<'a>(k: &'a Komponent, id: &str) -> Option<&'a Step> {
    k.steps.iter().find(|s| s.id == id)
}

fn belopp(k: &Komponent, id: &str) -> Option<Decimal> {
    steg(k, id).map(|s| s.amount)
}

fn indata(k: &Komponent, steg_id: &str, namn: &str) -> Option<Decimal> {
    steg(k, steg_id)?
        .inputs
        .iter()
        .find(|i| i.name == namn)
        .map(|i| i.value)
}

/// The main cause of `k`'s amount, from its steps.
pub fn orsak(k: &Komponent) -> Orsak {
    // A tax of 0 kr is still the tax on the year's income, not a benefit without a right.
    if k.status != Status::Utbetalas && k.id != KomponentId::Skatt {
        return Orsak::Status;
    }
    if let (Some(_), Some(beraknat)) = (
        steg(k, "belopp_enligt_beslut"),
        indata(k, "belopp_enligt_beslut", "beräknat"),
    ) {
        return Orsak::EnligtBeslut { beraknat };
    }
    if steg(k, "angivet_belopp").is_some() {
        return Orsak::Angivet;
    }
    let o = match k.id {
        KomponentId::Lon => indata(k, "lon_timmar", "timmar_per_vecka")
            .zip(indata(k, "lon_timmar", "timlon"))
            .map(|(timmar_per_vecka, timlon)| Orsak::LonTimmar {
                timmar_per_vecka,
                timlon,
            }),
        KomponentId::Sjukpenning => belopp(k, "sjukpenning_per_dag")
            .or_else(|| belopp(k, "sjukpenning_sarskilda_fall"))
            .map(|per_dag| Orsak::Sjukpenning {
                per_dag,
                niva: k.niva_med_arbete,
            }),
        KomponentId::Aktivitetsersattning => {
            belopp(k, "ersattning_beviljad").map(|beviljad_ar| Orsak::Ersattning {
                beviljad_ar,
                vilande_ar: belopp(k, "vilande").filter(|x| !x.is_zero()),
                behallet_ar: belopp(k, "vilande_25_procent").filter(|x| !x.is_zero()),
                minskning_arbete_ar: belopp(k, "minskning_forvarvsarbete").filter(|x| !x.is_zero()),
            })
        }
        KomponentId::Skatt => belopp(k, "faststalld_forvarvsinkomst")
            .zip(belopp(k, "total_skatt"))
            .map(|(inkomst_ar, skatt_ar)| Orsak::Skatt {
                inkomst_ar,
                skatt_ar,
            }),
        KomponentId::Bostadstillagg => belopp(k, "bostadskostnad_beaktad")
            .zip(belopp(k, "inkomstavdrag"))
            .map(
                |(beaktad_bostadskostnad, inkomstavdrag_ar)| Orsak::Bostadstillagg {
                    beaktad_bostadskostnad,
                    inkomstavdrag_ar,
                },
            ),
        KomponentId::Bostadsbidrag => belopp(k, "bidrag_per_ar_fore_inkomstprovning")
            .zip(belopp(k, "inkomstreduktion"))
            .map(
                |(fore_inkomstprovning_ar, inkomstreduktion_ar)| Orsak::Bostadsbidrag {
                    fore_inkomstprovning_ar,
                    inkomstreduktion_ar,
                },
            ),
        KomponentId::Barnbidrag => belopp(k, "barn").map(|per_barn| Orsak::Barnbidrag {
            per_barn,
            flerbarnstillagg: belopp(k, "flerbarnstillagg").unwrap_or_default(),
        }),
        KomponentId::Aktivitetsstod => belopp(k, "ersattningsdagar")
            .zip(belopp(k, "dagsbelopp").or_else(|| belopp(k, "dagsbelopp_heltid")))
            .map(|(dagar, dagsbelopp)| Orsak::Aktivitetsstod { dagar, dagsbelopp }),
        KomponentId::Forsorjningsstod => belopp(k, "behov")
            .zip(belopp(k, "raknade_inkomster"))
            .map(|(behov, inkomster)| Orsak::Forsorjningsstod {
                behov,
                inkomster,
                jobbstimulans: k.jobbstimulans_per_manad,
            }),
        _ => None,
    };
    o.unwrap_or(Orsak::Belopp)
}

/// The tax in a few lines, from the tax component's steps: the year's income, grundavdrag,
/// the taxes, the fees together, jobbskatteavdrag, the other reductions together and the tax
/// to pay. Empty for another component or one without steps. A line that is 0 kr is left
/// out, except the income and the tax to pay.
pub fn skatt_i_korthet(k: &Komponent) -> Vec<(Skattepost, Decimal)> {
    if k.id != KomponentId::Skatt || k.steps.is_empty() {
        return Vec::new();
    }
    let b = |id: &str| belopp(k, id).unwrap_or_default();
    let summa = |ids: &[&str]| ids.iter().map(|id| b(id)).sum::<Decimal>();
    let rader = [
        (Skattepost::Inkomst, b("faststalld_forvarvsinkomst"), true),
        (Skattepost::Grundavdrag, b("grundavdrag"), false),
        (Skattepost::KommunalSkatt, b("kommunal_skatt"), false),
        (Skattepost::StatligSkatt, b("statlig_skatt"), false),
        (
            Skattepost::Avgifter,
            summa(&[
                "begravningsavgift",
                "public_service_avgift",
                "allman_pensionsavgift",
                "kyrkoavgift",
            ]),
            false,
        ),
        (Skattepost::Jobbskatteavdrag, b("jobbskatteavdrag"), false),
        (
            Skattepost::AndraReduktioner,
            summa(&[
                "skattereduktion_allman_pensionsavgift",
                "skattereduktion_sjuk_aktivitetsersattning",
                "skattereduktion_forvarvsinkomst",
            ]),
            false,
        ),
        (Skattepost::SkattAr, b("total_skatt"), true),
    ];
    rader
        .into_iter()
        .filter(|(_, x, alltid)| *alltid || !x.is_zero())
        .map(|(p, x, _)| (p, x))
        .collect()
}
