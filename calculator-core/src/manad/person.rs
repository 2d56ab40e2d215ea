//! Stages 1–2 of the household month, per person: work (a job and the incomes typed for
//! today) and social insurance (sjukpenning, aktivitets-/sjukersättning, aktivitetsstöd).

use rules::formaner::{
    aktivitetsersattning as ae, aktivitetsstod as akt, arbete, sjukpenning as sp, Manad, Status,
    Utfall,
};
use rules::trace::{input, Step, Trace};
use rust_decimal::Decimal;

use super::{ore, Manadslage};
use crate::komponent_id::KomponentId;
use crate::scenario::{Person, SjukpenningInput};

/// The person's incomes of the month before the tax, as stages 1–2 fix them.
pub(super) struct Inkomster {
    /// Wages: the job and a wage typed for today, per month and for a year of such months.
    pub lon: Decimal,
    pub lon_ar: Decimal,
    /// Sjukpenning computed (not one typed), per month and for the year (per day × 365).
    pub sjukpenning: Decimal,
    pub sjukpenning_ar: Decimal,
    pub ae_sa: Decimal,
    pub ae_vilande: bool,
    pub ae_status: Option<Status>,
    pub aktivitetsstod: Decimal,
    pub aktivitetsstod_skattepliktigt: bool,
}

/// The job's figures the benefits read.
struct Arbete {
    /// Share of full time (0–1).
    andel: Decimal,
    /// The hourly wage, also of a monthly salary (for aktivitetsstöd's reduction).
    timlon: Option<Decimal>,
}

/// Stages 1 and 2 for person `i`: pushes the components and returns the incomes.
pub(super) fn arbete_och_socialforsakring(l: &mut Manadslage, i: usize) -> Inkomster {
    let s = l.s;
    let p = &s.people[i];
    let mut ink = Inkomster {
        lon: p.income_per_month.lon,
        lon_ar: p.income_per_month.lon * Decimal::from(12),
        sjukpenning: Decimal::ZERO,
        sjukpenning_ar: Decimal::ZERO,
        ae_sa: Decimal::ZERO,
        ae_vilande: false,
        ae_status: None,
        aktivitetsstod: Decimal::ZERO,
        aktivitetsstod_skattepliktigt: true,
    };
    let arb = jobb(l, i, &mut ink);
    angivna(l, i);
    sjukpenning(l, i, &mut ink);
    let ae_delvis = aktivitetsersattning(l, i, arb.andel, &mut ink);
    aktivitetsstod(l, i, &arb, ae_delvis, &mut ink);
    ink
}

/// Stage 1: the job: hours × hourly wage × 52/12 (+ semesterersättning), or a monthly salary.
fn jobb(l: &mut Manadslage, i: usize, ink: &mut Inkomster) -> Arbete {
    let s = l.s;
    let p = &s.people[i];
    let Some(j) = &p.job else {
        return Arbete {
            andel: Decimal::ZERO,
            timlon: None,
        };
    };
    let satt = match (j.hourly_wage, j.monthly_salary) {
        (Some(t), _) => arbete::Lonesatt::Timlon {
            timmar_per_vecka: j.hours_per_week,
            timlon: t,
            semesterersattning_procent: j.semesterersattning_procent,
        },
        (None, Some(b)) => arbete::Lonesatt::Manadslon {
            belopp: b,
            timmar_per_vecka: j.hours_per_week,
        },
        (None, None) => unreachable!("validated: hourly_wage or monthly_salary"),
    };
    let a = arbete::arbete(l.m, &satt, j.full_time_hours, &mut l.trace());
    let timlon = j.hourly_wage.or_else(|| {
        (!a.timmar_per_vecka.is_zero())
            .then(|| ore(a.lon_per_manad / (a.timmar_per_vecka * arbete::veckor_per_manad())))
    });
    let mut k = l.komponent(
        KomponentId::Lon,
        "Lön",
        Some(i),
        Utfall::belopp(a.lon_per_manad, a.steps),
    );
    k.skattepliktig = true;
    l.komp.push(k);
    ink.lon += a.lon_per_manad;
    ink.lon_ar += a.lon_per_ar;
    Arbete {
        andel: a.andel_av_heltid,
        timlon,
    }
}

/// Stage 1: incomes typed for today as amounts: taxed, and counted in every income test.
fn angivna(l: &mut Manadslage, i: usize) {
    let s = l.s;
    let p = &s.people[i];
    for (id, label, v) in [
        (KomponentId::OvrigLon, "Annan lön", p.income_per_month.lon),
        (
            KomponentId::OvrigSjukpenning,
            "Sjukpenning (angiven)",
            p.income_per_month.sjukpenning,
        ),
        (
            KomponentId::OvrigPensionsgrundande,
            "A-kassa m.m. (angiven)",
            p.income_per_month.annan_pensionsgrundande,
        ),
        (
            KomponentId::OvrigSjukAktivitetsersattning,
            "Sjuk-/aktivitetsersättning (angiven)",
            p.income_per_month.sjuk_aktivitetsersattning,
        ),
        (
            KomponentId::OvrigPension,
            "Pension (angiven)",
            p.income_per_month.pension,
        ),
    ] {
        if v.is_zero() {
            continue;
        }
        let mut k = l.angivet(id, label, Some(i), v);
        k.skattepliktig = true;
        // An amount typed for today does not follow a job: say so where it matters most
        // (arbetslöshetsersättning is reduced by the hours worked, and is not modelled).
        if id == KomponentId::OvrigPensionsgrundande
            && p.job
                .as_ref()
                .is_some_and(|j| j.hours_per_week > Decimal::ZERO)
        {
            k.skal = Some(
                "A-kassa räknas här med beloppet du angett. Med ett arbete minskar den för de \
                 timmar du arbetar, eller upphör; den beräkningen finns inte här ännu, så \
                 räkna med mindre a-kassa än så."
                    .into(),
            );
        }
        l.komp.push(k);
    }
}

/// Stage 2: sjukpenning at the level the work leaves (SFB 27 kap. 45–46 §§); none beside hel
/// sjuk- or aktivitetsersättning (27 kap. 34 §).
fn sjukpenning(l: &mut Manadslage, i: usize, ink: &mut Inkomster) {
    let s = l.s;
    let p = &s.people[i];
    let Some(sj) = &p.sjukpenning else { return };
    let har_hel_ae = p
        .aktivitetsersattning
        .as_ref()
        .is_some_and(|a| a.niva == ae::Niva::Hel && a.vilande.is_none());
    let (niva, niva_steg) = sjukpenningniva(l.m, p, sj, l.trace());
    let mut u = if har_hel_ae {
        Utfall::ej_ratt("Ingen sjukpenning till den som får hel sjuk- eller aktivitetsersättning (SFB 27 kap. 34 §).")
    } else if let Some(omf) = niva {
        sp::sjukpenning(
            l.m,
            l.pbb,
            &sp::SjukpenningIndata {
                sgi: sj.sgi,
                forvantad_arsinkomst: sj.forvantad_arsinkomst,
                omfattning: omf,
                dag_i_sjukperioden: sj.dag_i_sjukperioden,
                arbetslos: sj.arbetslos,
                sarskilda_fall: sj.sarskilda_fall,
                aktivitetsstod_eller_studiestod: p.aktivitetsstod.is_some(),
            },
            &mut l.trace(),
        )
    } else {
        let mut u = Utfall::ej_ratt(
            "Med arbetet är arbetsförmågan inte längre nedsatt med minst en fjärdedel av den normala arbetstiden, så ingen sjukpenning lämnas (SFB 27 kap. 2 och 45 §§).",
        );
        u.steps.extend(niva_steg.clone());
        u
    };
    if niva.is_some() && u.status == Status::Utbetalas {
        if let Some(st) = niva_steg {
            u.steps.insert(0, st);
        }
    }
    // The level is shown with the job where its step is part of the explanation: not beside
    // a whole ersättning, nor when the amount could not be computed.
    let niva_med_arbete =
        (p.job.is_some() && !har_hel_ae && (niva.is_none() || u.status == Status::Utbetalas))
            .then(|| niva.map_or(Decimal::ZERO, sp::Omfattning::andel));
    let mut k = l.komponent(KomponentId::Sjukpenning, "Sjukpenning", Some(i), u);
    k.niva_med_arbete = niva_med_arbete;
    k.skattepliktig = true;
    l.beslut(&mut k, p.beslutat(KomponentId::Sjukpenning));
    ink.sjukpenning = k.per_manad;
    // SFB 28 kap. 3 och 10 §§: sjukpenning is a daily amount paid for every calendar day,
    // so a year of months like this one is the month's daily amount × 365, not twelve
    // times this month (a February would understate the year by 29 days' pay). A decided
    // amount typed per month is taken as an average month (docs/decisions.md).
    ink.sjukpenning_ar = if k.modellerat_per_manad.is_some() {
        k.per_manad * Decimal::from(12)
    } else {
        k.per_manad * Decimal::from(365) / Decimal::from(l.m.dagar())
    };
    l.komp.push(k);
}

/// Stage 2: aktivitets- or sjukersättning, reduced by the work or vilande. Returns the amount
/// paid when it is not a whole ersättning for the whole time (for aktivitetsstöd).
fn aktivitetsersattning(
    l: &mut Manadslage,
    i: usize,
    andel: Decimal,
    ink: &mut Inkomster,
) -> Option<Decimal> {
    let s = l.s;
    let p = &s.people[i];
    let a = p.aktivitetsersattning.as_ref()?;
    let inkomstrelaterad = match (a.inkomstrelaterad_per_manad, a.antagandeinkomst) {
        (Some(x), _) => ae::Inkomstrelaterad::BeslutPerManad(x),
        (None, Some(x)) => ae::Inkomstrelaterad::Antagandeinkomst(x),
        (None, None) => ae::Inkomstrelaterad::Ingen,
    };
    let b = ae::berakna(
        l.m,
        l.pbb,
        &ae::AktivitetsersattningIndata {
            slag: a.slag,
            alder: alder_i_manad(l.m, p.birth_year, p.birth_month.unwrap_or(1)),
            niva: a.niva,
            inkomstrelaterad,
            forsakringstid_ar: a.forsakringstid_ar,
            arbetad_andel: andel,
            vilande: a.vilande.clone(),
            steglos_avrakning: a.steglos_avrakning,
        },
        &mut l.trace(),
    );
    ink.ae_vilande = b.vilande_ar > Decimal::ZERO;
    let label = match a.slag {
        ae::Slag::Aktivitetsersattning => "Aktivitetsersättning",
        ae::Slag::Sjukersattning => "Sjukersättning",
    };
    let mut k = l.komponent(KomponentId::Aktivitetsersattning, label, Some(i), b.utfall);
    k.skattepliktig = true;
    l.beslut(&mut k, p.beslutat(KomponentId::Aktivitetsersattning));
    ink.ae_sa = k.per_manad;
    ink.ae_status = Some(k.status);
    let delvis = a.niva != ae::Niva::Hel || a.vilande.is_some() || !andel.is_zero();
    let paid = k.per_manad;
    l.komp.push(k);
    delvis.then_some(paid)
}

/// Stage 2: aktivitetsstöd or utvecklingsersättning, reduced by wages and by a partial
/// ersättning for the same time.
fn aktivitetsstod(
    l: &mut Manadslage,
    i: usize,
    arb: &Arbete,
    ae_delvis: Option<Decimal>,
    ink: &mut Inkomster,
) {
    let s = l.s;
    let p = &s.people[i];
    let Some(a) = &p.aktivitetsstod else { return };
    let in_ = akt::AktivitetsstodIndata {
        form: a.ersattningsform(),
        alder: alder_i_manad(l.m, p.birth_year, p.birth_month.unwrap_or(1)),
        omfattning: a.omfattning,
        ersattningsdagar: a.ersattningsdagar,
        ae_sa: p
            .aktivitetsersattning
            .as_ref()
            .map(|x| akt::AeSaUnderProgrammet {
                andel: x.niva.andel(),
                belopp_per_manad: ae_delvis.unwrap_or(ink.ae_sa),
            }),
        rehabiliteringspenning: false,
        lon: match (&p.job, arb.timlon) {
            (Some(j), Some(t)) if !j.hours_per_week.is_zero() => Some(akt::LonUnderProgrammet {
                timmar_per_vecka: j.hours_per_week,
                timlon: t,
                arbetsdagar_per_vecka: None,
            }),
            _ => None,
        },
    };
    let skattepliktigt = akt::skattepliktig(&in_);
    let u = akt::aktivitetsstod(l.m, l.pbb, &in_, &mut l.trace());
    let label = if skattepliktigt {
        "Aktivitetsstöd"
    } else {
        "Utvecklingsersättning"
    };
    let mut k = l.komponent(KomponentId::Aktivitetsstod, label, Some(i), u);
    k.skattepliktig = skattepliktigt;
    l.beslut(&mut k, p.beslutat(KomponentId::Aktivitetsstod));
    ink.aktivitetsstod = k.per_manad;
    ink.aktivitetsstod_skattepliktigt = skattepliktigt;
    l.komp.push(k);
}

/// The sjukpenning level in the month, with the step that says how it was reached
/// (SFB 27 kap. 45–46 §§). Without a job it is the level decided (hel if none is given). With
/// a job, the level follows the hours worked against the normal working time the sick-listing
/// is measured on ("avstå från förvärvsarbete under minst en fjärdedel av sin normala
/// arbetstid", 46 §): working 10 of 40 hours leaves ¾, 20 leaves ½, 30 leaves ¼, more leaves
/// none (2 §). A wage entered as an amount beside a partial decision is the work in the part
/// not sick-listed, so the job comes on top of it. A job never raises the level above the one
/// decided: it gives the sick-listing no new ground (docs/decisions.md, "Sick leave and work").
fn sjukpenningniva(
    m: Manad,
    p: &Person,
    sj: &SjukpenningInput,
    mut t: Trace,
) -> (Option<sp::Omfattning>, Option<Step>) {
    let Some(j) = p.job.as_ref() else {
        return (Some(sj.omfattning.unwrap_or(sp::Omfattning::Hel)), None);
    };
    let heltid = rules::formaner::arbete::params()
        .heltid_timmar
        .scalar(m)
        .unwrap_or(Decimal::from(40));
    let (normal, kalla) = match (sj.normal_arbetstid, j.full_time_hours) {
        (Some(n), _) => (n, "din normala arbetstid"),
        (None, Some(n)) => (n, "heltid på arbetsplatsen"),
        (None, None) => (heltid, "heltid, antaget"),
    };
    let redan = match sj.omfattning {
        Some(d) if p.income_per_month.lon > Decimal::ZERO => Decimal::ONE - d.andel(),
        _ => Decimal::ZERO,
    };
    let arbetad = j.hours_per_week / normal + redan;
    let foljer = sp::Omfattning::for_arbetad_andel(arbetad);
    let niva = match (sj.omfattning, foljer) {
        (Some(d), Some(f)) if d.andel() < f.andel() => Some(d),
        (_, f) => f,
    };
    t.steg(|| {
        let procent = |x: Decimal| (x * Decimal::ONE_HUNDRED).round_dp(1).normalize();
        let mut f = format!(
            "{} av {} timmar i veckan ({kalla}) = {} % arbete",
            j.hours_per_week.normalize(),
            normal.normalize(),
            procent(j.hours_per_week / normal)
        );
        if !redan.is_zero() {
            f.push_str(&format!(
                ", utöver de {} % du redan arbetar vid sidan av sjukskrivningen",
                procent(redan)
            ));
        }
        f.push_str(&match niva {
            Some(n) => format!(": {} sjukpenning", n.text()),
            None => ": arbetsförmågan är inte nedsatt med minst en fjärdedel".to_string(),
        });
        if let (Some(d), Some(n)) = (sj.omfattning, niva) {
            if d != n {
                f.push_str(&format!(" (i dag {})", d.text()));
            } else if foljer.is_some_and(|x| x.andel() > d.andel()) {
                f.push_str(" (som i dag: ett jobb ger inte rätt till mer sjukpenning än beslutet)");
            }
        }
        Step {
            id: "sjukpenning_niva",
            label: "Förmånsnivå med arbetet",
            amount: niva.map_or(Decimal::ZERO, sp::Omfattning::andel),
            formula: f,
            inputs: vec![
                input("timmar_per_vecka", j.hours_per_week),
                input("normal_arbetstid", normal),
            ],
            params: vec![],
            reference: "SFB (2010:110) 27 kap. 2, 45 och 46 §§",
            rounding: None,
            unit: rules::trace::Enhet::Andel,
        }
    });
    (niva, t.ta().pop())
}

/// Age in whole years at the end of month `m` (the birthday month counts as reached).
pub fn alder_i_manad(m: Manad, birth_year: i32, birth_month: u32) -> u32 {
    let mut a = m.year - birth_year;
    if m.month < birth_month {
        a -= 1;
    }
    a.max(0) as u32
}

/// Age on the first day of the month (bostadsbidrag's month rule): reached only if the
/// birthday month is earlier.
pub(super) fn alder_forsta_dagen(m: Manad, birth_year: i32, birth_month: u32) -> u32 {
    let mut a = m.year - birth_year;
    if m.month <= birth_month {
        a -= 1;
    }
    a.max(0) as u32
}
