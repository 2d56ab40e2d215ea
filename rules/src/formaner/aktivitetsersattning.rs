//! Aktivitetsersättning (AE) and sjukersättning (SA) — SFB 33 kap. (rätt, nivåer, ålder),
//! 34 kap. (inkomstrelaterad ersättning), 35 kap. (garantiersättning) and 36 kap. (förvärvsarbete,
//! vilande ersättning, utbetalning). One month at a time, in the order the paragraphs apply:
//! garantinivå by age band → avkortning for försäkringstid → inkomstrelaterad ersättning →
//! garantiersättning as the difference → the granted level → reduction for work (36 kap. 9 §)
//! or vilande (36 kap. 10–12 §§) → the 25 % amount (36 kap. 18 §) → monthly rounding
//! (36 kap. 30 §).
//!
//! Not modelled, and said so in the result: steglös avräkning for sjukersättning granted before
//! July 2008 (37 kap.), vilande for studies and aktivitetsersättning under prövotid (36 kap.
//! 9 a §), the three months after vilande (36 kap. 18 a–18 d §§), livränta and foreign benefits
//! (36 kap. 3–8 §§, 34 kap. 14 §), the computation of antagandeinkomst and försäkringstid from
//! income and residence histories (they are inputs). See docs/rules/aktivitetsersattning.md.

use std::sync::OnceLock;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{Manad, Tidslinje, Utfall};
use crate::trace::{kr, ParamUse, Step, Trace};

/// Parameters of `rules/params/formaner/aktivitetsersattning.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AktivitetsersattningParametrar {
    pub meta: super::OmradeMeta,
    pub garantiniva_sa_fran_30: Tidslinje,
    pub garantiniva_under_30: Tidslinje,
    pub forsakringstid_full: Tidslinje,
    pub forsakringstid_minst: Tidslinje,
    pub inkomstrelaterad_niva: Tidslinje,
    pub antagandeinkomst_tak: Tidslinje,
    pub vilande_kvalifikation_manader: Tidslinje,
    pub vilande_langst_manader: Tidslinje,
    pub vilande_behallen_andel: Tidslinje,
    pub vilande_behallen_langst_manader: Tidslinje,
}

pub fn params() -> &'static AktivitetsersattningParametrar {
    static P: OnceLock<AktivitetsersattningParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::aktivitetsersattning)
}

/// Which benefit (SFB 33 kap. 3–4 §§).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slag {
    Aktivitetsersattning,
    Sjukersattning,
}

impl Slag {
    pub fn text(self) -> &'static str {
        match self {
            Slag::Aktivitetsersattning => "aktivitetsersättning",
            Slag::Sjukersattning => "sjukersättning",
        }
    }
}

/// Förmånsnivå (SFB 33 kap. 9 §): hel, tre fjärdedels, halv or en fjärdedels ersättning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Niva {
    Hel,
    TreFjardedelar,
    Halv,
    EnFjardedel,
}

impl Niva {
    /// The level in quarters (4 = hel).
    pub fn fjardedelar(self) -> u32 {
        match self {
            Niva::Hel => 4,
            Niva::TreFjardedelar => 3,
            Niva::Halv => 2,
            Niva::EnFjardedel => 1,
        }
    }
    pub fn andel(self) -> Decimal {
        Decimal::from(self.fjardedelar()) / Decimal::from(4)
    }
    pub fn text(self) -> &'static str {
        match self {
            Niva::Hel => "hel",
            Niva::TreFjardedelar => "tre fjärdedels",
            Niva::Halv => "halv",
            Niva::EnFjardedel => "en fjärdedels",
        }
    }
}

/// The inkomstrelaterad part (SFB 34 kap.), as the person knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inkomstrelaterad {
    /// No inkomstrelaterad ersättning: garantiersättning only (35 kap. 23 §).
    Ingen,
    /// The inkomstrelaterad ersättning per month at the granted level, from Försäkringskassan's
    /// decision or payment notice for the year computed (the common case).
    BeslutPerManad(Decimal),
    /// The antagandeinkomst in kronor per year, already revalued to the current year's
    /// prisbasbelopp (34 kap. 5 och 8 §§).
    Antagandeinkomst(Decimal),
}

/// A vilandeförklaring for work (SFB 36 kap. 10–18 §§).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vilande {
    /// Months with sjuk- or aktivitetsersättning immediately before the vilandeförklaring
    /// (36 kap. 10 §: at least twelve).
    pub manader_med_ersattning_fore: Option<u32>,
    /// Months already vilande before the month computed (36 kap. 14–15 §§: at most 24 in all).
    pub manader_vilande_hittills: Option<u32>,
    /// The vilande share from Försäkringskassan's decision; when absent it follows the extent
    /// of the work (36 kap. 12 §).
    #[serde(default)]
    pub beslutad_andel: Option<Niva>,
    /// ASSUMPTION entered by the user: Försäkringskassan has decided to pay 25 % of the vilande
    /// amount each month (36 kap. 18 §, a "får"-rule).
    #[serde(default)]
    pub behallen_25_procent: bool,
}

/// What the rule needs to know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AktivitetsersattningIndata {
    pub slag: Slag,
    /// Age in whole years that the person has reached by the end of the month: in the month
    /// of the birthday it is already the new age, because the age bands switch "från och med
    /// den månad då den försäkrade fyller" 21, 23 … år (35 kap. 18–19 §§).
    pub alder: u32,
    /// The granted level (33 kap. 9 §).
    pub niva: Niva,
    pub inkomstrelaterad: Inkomstrelaterad,
    /// Försäkringstid in whole years (35 kap. 5 §). Absent: full 40 years is assumed.
    #[serde(default)]
    pub forsakringstid_ar: Option<u32>,
    /// Share of full-time work (0–1) done in the month while on the benefit (33 kap. 11 §:
    /// capacity is judged against full-time work).
    #[serde(default)]
    pub arbetad_andel: Decimal,
    /// Set when the benefit is wholly or partly vilande for work.
    #[serde(default)]
    pub vilande: Option<Vilande>,
    /// Sjukersättning granted for time before July 2008 with steglös avräkning (37 kap.).
    #[serde(default)]
    pub steglos_avrakning: bool,
}

/// The month's result with the annual amounts other rules need.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Berakning {
    pub utfall: Utfall,
    /// Hel ersättning per year (inkomstrelaterad + garantiersättning at level hel).
    pub hel_ar: Decimal,
    /// The vilande part per year, not paid (36 kap. 11 §); unrounded.
    pub vilande_ar: Decimal,
    /// The 25 % of the vilande part paid per year (36 kap. 18 §), included in the payment;
    /// unrounded.
    pub behallen_ar: Decimal,
}

/// "Avrundas till närmaste hela krontal som är jämnt delbart med tolv" (SFB 36 kap. 30 §,
/// likewise 103 kap. 5 § for bostadstillägg). DECISION: a tie (x,5 kr a month) rounds up, as
/// Försäkringskassan's published amounts do (2022: 124 614 / 12 = 10 384,5 → 10 385;
/// 2024: 159 294 / 12 = 13 274,5 → 13 275). Returns the rounded annual amount.
pub fn avrunda_delbart_med_tolv(ar: Decimal) -> Decimal {
    let tolv = Decimal::from(12);
    (ar / tolv).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero) * tolv
}

fn andel_text(q: u32) -> &'static str {
    match q {
        0 => "ingen del",
        1 => "en fjärdedel",
        2 => "hälften",
        3 => "tre fjärdedelar",
        _ => "hela",
    }
}

/// `q` quarters as a share.
fn fjardedel(q: u32) -> Decimal {
    Decimal::from(q) / Decimal::from(4)
}

/// The age band of 35 kap. 19 § for someone of `alder` years: (table key, text).
fn aldersband(alder: u32) -> (&'static str, &'static str) {
    match alder {
        0..=20 => ("fran_19", "under 21 år"),
        21..=22 => ("fran_21", "21–22 år"),
        23..=24 => ("fran_23", "23–24 år"),
        25..=26 => ("fran_25", "25–26 år"),
        27..=28 => ("fran_27", "27–28 år"),
        _ => ("fran_29", "29 år"),
    }
}

/// The garantinivå factor (pbb per year) with the band's text and paragraph: sjukersättning
/// from 30 by 35 kap. 18 §, else the age band of 19 §.
fn garantiniva_faktor(m: Manad, alder: u32, slag: Slag) -> (Decimal, &'static str, &'static str) {
    let p = params();
    if slag == Slag::Sjukersattning && alder >= 30 {
        let f = p.garantiniva_sa_fran_30.scalar(m).unwrap_or_default();
        return (
            f,
            "sjukersättning från 30 år",
            "SFB (2010:110) 35 kap. 18 §",
        );
    }
    let (key, text) = aldersband(alder);
    let f = p.garantiniva_under_30.entry(m, key).unwrap_or_default();
    (f, text, "SFB (2010:110) 35 kap. 19 §")
}

/// Garantinivån for hel ersättning per year (35 kap. 18–19 §§), before any avkortning for
/// försäkringstid (20 §). This is also bostadstillägg's fribelopp (102 kap. 18 §). From 30
/// the sjukersättning level applies; aktivitetsersättning ends the month before 30
/// (33 kap. 18 §), so for it ages from 29 up give the 29-year band.
pub fn garantiniva_hel_ar(m: Manad, pbb: Decimal, alder: u32, slag: Slag) -> Decimal {
    garantiniva_faktor(m, alder, slag).0 * pbb
}

/// The trace record of the garantinivå factor used for `alder` and `slag` in `m` (for rules
/// that use the garantinivå, such as bostadstillägg's fribelopp): the one band used, not the
/// whole table. It only serves the explanation, so call it inside the step's closure.
pub fn garantiniva_param(m: Manad, alder: u32, slag: Slag) -> Option<ParamUse> {
    let p = params();
    if slag == Slag::Sjukersattning && alder >= 30 {
        return p.garantiniva_sa_fran_30.used("garantiniva_sa_fran_30", m);
    }
    let (key, _) = aldersband(alder);
    let f = garantiniva_faktor(m, alder, slag).0;
    p.garantiniva_under_30.at(m).map(|v| ParamUse {
        key: format!("garantiniva_under_30.{key}"),
        name: p.garantiniva_under_30.name.clone(),
        value: format!("{} × prisbasbelopp (från {})", f.normalize(), v.from),
        reference: v.reference.clone(),
        source: v.source.clone(),
        verified_on: v.verified_on.clone(),
    })
}

/// Aktivitetsersättning or sjukersättning paid for month `m`.
pub fn aktivitetsersattning(
    m: Manad,
    pbb: Decimal,
    in_: &AktivitetsersattningIndata,
    t: &mut Trace,
) -> Utfall {
    berakna(m, pbb, in_, t).utfall
}

/// The vilande part per month (not paid, 36 kap. 11 §), rounded as a monthly amount of the
/// benefit (36 kap. 30 §); 0 when nothing is vilande or the input is incomplete. An amount
/// only: nothing is recorded.
pub fn vilande_belopp_per_manad(
    m: Manad,
    pbb: Decimal,
    in_: &AktivitetsersattningIndata,
) -> Decimal {
    let b = berakna(m, pbb, in_, &mut Trace::off());
    avrunda_delbart_med_tolv(b.vilande_ar) / Decimal::from(12)
}

fn utan_belopp(utfall: Utfall) -> Berakning {
    Berakning {
        utfall,
        hel_ar: Decimal::ZERO,
        vilande_ar: Decimal::ZERO,
        behallen_ar: Decimal::ZERO,
    }
}

/// The full computation for month `m`: the payment and the annual parts behind it, in the
/// order of the module doc's list.
pub fn berakna(
    m: Manad,
    pbb: Decimal,
    in_: &AktivitetsersattningIndata,
    t: &mut Trace,
) -> Berakning {
    if let Some(u) = ingen_ratt(in_) {
        return utan_belopp(u); // 33 kap. 16, 18 §§; 37 kap.
    }
    if let Some(b) = vilande_villkor(m, pbb, in_, t) {
        return b; // 36 kap. 10, 14, 15 §§
    }
    let garantiniva_hel = garantiniva(m, pbb, in_, t); // 35 kap. 18–19 §§
    let garantiniva = avkortning_for_forsakringstid(m, garantiniva_hel, in_, t); // 35 kap. 3, 20 §§
    let inkomstrel = inkomstrelaterad_hel(m, pbb, in_, t); // 34 kap. 5, 7, 12, 13 §§
    let garanti = garantiersattning_hel(garantiniva, inkomstrel, t); // 35 kap. 23–24 §§
    let hel = inkomstrel + garanti;
    if hel.is_zero() {
        return ingen_ersattning(m, t); // 35 kap. 3 §: nothing to pay
    }
    beviljad_ersattning(in_, inkomstrel, garanti, t); // 33 kap. 9 §, 34 kap. 13 §, 35 kap. 25 §
    let delar = fordela_pa_arbete_och_vilande(in_); // 36 kap. 9, 12 §§
    minskning_for_forvarvsarbete(hel, &delar, t); // 36 kap. 9 §
    let (vilande_ar, behallen_ar) = match &in_.vilande {
        Some(v) => {
            let vilande_ar = vilande_del(m, hel, &delar, v, t); // 36 kap. 10–12, 14, 15 §§
            (vilande_ar, behallen_25_procent(m, vilande_ar, v, t)) // 36 kap. 18 §
        }
        None => (Decimal::ZERO, Decimal::ZERO),
    };
    let betald_ar = ersattning_ar(hel, &delar, behallen_ar, t); // 36 kap. 9, 11, 18 §§
    let manad = manadsbelopp(in_.slag, betald_ar, t); // 36 kap. 29–30 §§
    Berakning {
        utfall: utfall(in_, manad, t),
        hel_ar: hel,
        vilande_ar,
        behallen_ar,
    }
}

/// Why the benefit cannot be paid at all, if so: steglös avräkning for sjukersättning granted
/// before July 2008 is not modelled (37 kap.), and the ages and levels of 33 kap. 16 och 18 §§.
fn ingen_ratt(in_: &AktivitetsersattningIndata) -> Option<Utfall> {
    let slag = in_.slag;
    if in_.steglos_avrakning {
        return Some(Utfall::ej_modellerad(
            "Sjukersättning som beviljats för tid före juli 2008 minskas med steglös avräkning mot \
             inkomsten (SFB 37 kap.). Den beräkningen finns inte i modellen.",
        ));
    }
    if in_.alder < 18 {
        return Some(Utfall::ej_ratt(format!(
            "{} kan lämnas tidigast från och med juli det år då den försäkrade fyller 19 år \
             (SFB 33 kap. 16 och 18 §§).",
            capitalize(slag.text())
        )));
    }
    if slag == Slag::Aktivitetsersattning && in_.alder >= 30 {
        return Some(Utfall::ej_ratt(
            "Aktivitetsersättning lämnas längst till och med månaden före den månad då den \
             försäkrade fyller 30 år (SFB 33 kap. 18 §).",
        ));
    }
    if slag == Slag::Sjukersattning && in_.alder < 30 && in_.niva != Niva::Hel {
        return Some(Utfall::ej_ratt(
            "Före den månad då den försäkrade fyller 30 år kan bara hel sjukersättning lämnas; \
             tre fjärdedels, halv och en fjärdedels sjukersättning lämnas först från 30 år \
             (SFB 33 kap. 16 §).",
        ));
    }
    None
}

/// The conditions of a vilandeförklaring (36 kap. 10, 14 och 15 §§). When one fails, the
/// month computed without it (or a request for the months it needs); None when the
/// vilandeförklaring applies or there is none.
fn vilande_villkor(
    m: Manad,
    pbb: Decimal,
    in_: &AktivitetsersattningIndata,
    t: &mut Trace,
) -> Option<Berakning> {
    let v = in_.vilande.as_ref()?;
    let (Some(fore), Some(hittills)) = (v.manader_med_ersattning_fore, v.manader_vilande_hittills)
    else {
        return Some(utan_belopp(vilande_uppgifter_saknas(v)));
    };
    let skal = vilande_galler_inte(m, in_, v, fore, hittills)?;
    Some(utan_vilande(m, pbb, in_, skal, t))
}

/// Why the vilandeförklaring does not apply this month, if so: it needs twelve months with the
/// benefit just before (36 kap. 10 §), at most 24 months vilande (14 och 15 §§), and work or a
/// decided share to be vilande (12 §).
fn vilande_galler_inte(
    m: Manad,
    in_: &AktivitetsersattningIndata,
    v: &Vilande,
    fore: u32,
    hittills: u32,
) -> Option<String> {
    let p = params();
    let fore = Decimal::from(fore);
    let kval = p
        .vilande_kvalifikation_manader
        .scalar(m)
        .unwrap_or_default();
    if fore < kval {
        return Some(format!(
            "Ersättningen kan förklaras vilande bara om den försäkrade har fått sjuk- eller \
             aktivitetsersättning under minst {kval} månader omedelbart före (SFB 36 kap. \
             10 §); här {fore} månader. Utan vilande minskas ersättningen i den omfattning \
             arbetet utförs (36 kap. 9 §), och så är den beräknad här."
        ));
    }
    let hittills = Decimal::from(hittills);
    let langst_vilande = p.vilande_langst_manader.scalar(m).unwrap_or_default();
    if hittills >= langst_vilande {
        return Some(format!(
            "Ersättningen får vara vilande under högst {langst_vilande} månader (SFB 36 kap. \
             14 och 15 §§); den har redan varit vilande i {hittills} månader. Utan vilande \
             minskas ersättningen i den omfattning arbetet utförs (36 kap. 9 §), och så är \
             den beräknad här."
        ));
    }
    if v.beslutad_andel.is_none() && in_.arbetad_andel <= Decimal::ZERO {
        // No work and no decided share: nothing is vilande this month.
        return Some(
            "Inget arbete och ingen beslutad vilande andel: ingenting är vilande, hela den \
             beviljade ersättningen betalas (SFB 36 kap. 12 §)."
                .to_string(),
        );
    }
    None
}

/// The months 36 kap. 10, 14 och 15 §§ need, asked for when not given.
fn vilande_uppgifter_saknas(v: &Vilande) -> Utfall {
    let mut saknas = vec![];
    if v.manader_med_ersattning_fore.is_none() {
        saknas.push("vilande.manader_med_ersattning_fore".to_string());
    }
    if v.manader_vilande_hittills.is_none() {
        saknas.push("vilande.manader_vilande_hittills".to_string());
    }
    Utfall::behover(
        saknas,
        "Ange hur många månader ersättningen betalades ut omedelbart före \
         vilandeförklaringen och hur många månader den redan har varit vilande \
         (SFB 36 kap. 10, 14 och 15 §§).",
    )
}

/// The computation without the vilandeförklaring, with the reason why it does not apply
/// (36 kap. 9–15 §§).
fn utan_vilande(
    m: Manad,
    pbb: Decimal,
    in_: &AktivitetsersattningIndata,
    skal: String,
    t: &mut Trace,
) -> Berakning {
    let mut utan = in_.clone();
    utan.vilande = None;
    let mut b = berakna(m, pbb, &utan, t);
    t.steg(|| {
        Step::ny(
            "vilande_galler_inte",
            "Vilande ersättning",
            Decimal::ZERO,
            "SFB (2010:110) 36 kap. 9–15 §§",
        )
        .formel(skal.clone())
    });
    b.utfall.steps.extend(t.ta());
    b.utfall.skal = Some(skal.into());
    b
}

/// Garantinivån for hel ersättning per year by age band (35 kap. 18–19 §§).
fn garantiniva(m: Manad, pbb: Decimal, in_: &AktivitetsersattningIndata, t: &mut Trace) -> Decimal {
    let (faktor, band, reference) = garantiniva_faktor(m, in_.alder, in_.slag);
    let garantiniva = faktor * pbb;
    t.steg(|| {
        Step::ny(
            "garantiniva_hel",
            "Garantinivå för hel ersättning per år",
            garantiniva,
            reference,
        )
        .formel(format!(
            "{} × prisbasbeloppet {} kr = {} kr per år ({band}, {} år i månaden {m})",
            faktor.normalize(),
            kr(pbb),
            kr(garantiniva),
            in_.alder
        ))
        .indata([("alder", Decimal::from(in_.alder)), ("prisbasbelopp", pbb)])
        .param(garantiniva_param(m, in_.alder, in_.slag))
    });
    garantiniva
}

/// The garantinivå after avkortning for försäkringstid: försäkringstiden / 40 of it, none
/// under three years (35 kap. 3 och 20 §§); full försäkringstid when it is not given.
fn avkortning_for_forsakringstid(
    m: Manad,
    garantiniva: Decimal,
    in_: &AktivitetsersattningIndata,
    t: &mut Trace,
) -> Decimal {
    let p = params();
    let full = p.forsakringstid_full.scalar(m).unwrap_or_default();
    let minst = p.forsakringstid_minst.scalar(m).unwrap_or_default();
    let ft = in_
        .forsakringstid_ar
        .map(Decimal::from)
        .unwrap_or(full)
        .min(full);
    let avkortad = if ft < minst {
        Decimal::ZERO
    } else {
        garantiniva * ft / full
    };
    t.steg(|| {
        Step::ny(
            "garantiniva_avkortad",
            "Garantinivå efter försäkringstid per år",
            avkortad,
            "SFB (2010:110) 35 kap. 3 och 20 §§",
        )
        .formel(match in_.forsakringstid_ar {
            None => format!(
                "försäkringstid inte angiven: full försäkringstid ({full} år) antas, {} kr",
                kr(garantiniva)
            ),
            Some(_) if ft < minst => {
                format!("försäkringstid {ft} år är mindre än {minst} år: ingen garantiersättning")
            }
            Some(_) => format!(
                "{} kr × {ft} / {full} = {} kr",
                kr(garantiniva),
                kr(avkortad)
            ),
        })
        .indata([("forsakringstid_ar", ft)])
        .param(p.forsakringstid_full.used("forsakringstid_full", m))
        .param(p.forsakringstid_minst.used("forsakringstid_minst", m))
    });
    avkortad
}

/// Hel inkomstrelaterad ersättning per year (34 kap.): none (2 §), from the decision's monthly
/// amount, or from the antagandeinkomst.
fn inkomstrelaterad_hel(
    m: Manad,
    pbb: Decimal,
    in_: &AktivitetsersattningIndata,
    t: &mut Trace,
) -> Decimal {
    match &in_.inkomstrelaterad {
        Inkomstrelaterad::Ingen => {
            t.steg(|| {
                Step::ny(
                    "inkomstrelaterad_hel",
                    "Hel inkomstrelaterad ersättning per år",
                    Decimal::ZERO,
                    "SFB (2010:110) 34 kap. 2 §",
                )
                .formel("ingen inkomstrelaterad ersättning")
            });
            Decimal::ZERO
        }
        Inkomstrelaterad::BeslutPerManad(x) => inkomstrelaterad_enligt_beslut(*x, in_.niva, t),
        Inkomstrelaterad::Antagandeinkomst(a) => {
            inkomstrelaterad_ur_antagandeinkomst(m, pbb, *a, t)
        }
    }
}

/// The decision's monthly inkomstrelaterad amount at the granted level, as hel per year
/// (34 kap. 12 och 13 §§).
fn inkomstrelaterad_enligt_beslut(x: Decimal, niva: Niva, t: &mut Trace) -> Decimal {
    let x = x.max(Decimal::ZERO);
    let andel = niva.andel();
    let hel = x * Decimal::from(12) / andel;
    t.steg(|| {
        Step::ny(
            "inkomstrelaterad_hel",
            "Hel inkomstrelaterad ersättning per år",
            hel,
            "SFB (2010:110) 34 kap. 12 och 13 §§",
        )
        .formel(format!(
            "{} kr per månad enligt beslutet ({} ersättning) × 12 / {} = {} kr",
            kr(x),
            niva.text(),
            andel.normalize(),
            kr(hel)
        ))
        .indata([("inkomstrelaterad_per_manad_enligt_beslut", x)])
    });
    hel
}

/// Hel inkomstrelaterad ersättning from the antagandeinkomst: 64,7 % of it, the income at
/// most 7,5 prisbasbelopp (34 kap. 5, 7 och 12 §§).
fn inkomstrelaterad_ur_antagandeinkomst(
    m: Manad,
    pbb: Decimal,
    a: Decimal,
    t: &mut Trace,
) -> Decimal {
    let p = params();
    let a = a.max(Decimal::ZERO);
    let tak = p.antagandeinkomst_tak.scalar(m).unwrap_or_default() * pbb;
    let niva = p.inkomstrelaterad_niva.scalar(m).unwrap_or_default();
    let hel = niva * a.min(tak);
    t.steg(|| {
        Step::ny(
            "inkomstrelaterad_hel",
            "Hel inkomstrelaterad ersättning per år",
            hel,
            "SFB (2010:110) 34 kap. 5, 7 och 12 §§",
        )
        .formel(if a > tak {
            format!(
                "antagandeinkomst {} kr, högst 7,5 prisbasbelopp = {} kr; {} × {} = {} kr",
                kr(a),
                kr(tak),
                niva.normalize(),
                kr(tak),
                kr(hel)
            )
        } else {
            format!(
                "{} × antagandeinkomsten {} kr = {} kr",
                niva.normalize(),
                kr(a),
                kr(hel)
            )
        })
        .indata([("antagandeinkomst", a), ("prisbasbelopp", pbb)])
        .param(p.inkomstrelaterad_niva.used("inkomstrelaterad_niva", m))
        .param(p.antagandeinkomst_tak.used("antagandeinkomst_tak", m))
    });
    hel
}

/// Hel garantiersättning per year: it tops the inkomstrelaterad ersättning up to the
/// garantinivå (35 kap. 23 och 24 §§).
fn garantiersattning_hel(garantiniva: Decimal, inkomstrel_hel: Decimal, t: &mut Trace) -> Decimal {
    let garanti_hel = (garantiniva - inkomstrel_hel).max(Decimal::ZERO);
    t.steg(|| {
        Step::ny(
            "garantiersattning_hel",
            "Hel garantiersättning per år",
            garanti_hel,
            "SFB (2010:110) 35 kap. 23 och 24 §§",
        )
        .formel(if inkomstrel_hel.is_zero() {
            format!(
                "ingen inkomstrelaterad ersättning: garantinivån {} kr",
                kr(garantiniva)
            )
        } else {
            format!(
                "garantinivån {} kr − inkomstrelaterad {} kr = {} kr (lägst 0)",
                kr(garantiniva),
                kr(inkomstrel_hel),
                kr(garanti_hel)
            )
        })
        .indata([
            ("garantiniva", garantiniva),
            ("inkomstrelaterad_hel", inkomstrel_hel),
        ])
    });
    garanti_hel
}

/// Neither garantiersättning (it needs three years' försäkringstid, 35 kap. 3 §) nor
/// inkomstrelaterad ersättning: no right, and the steps so far are not shown.
fn ingen_ersattning(m: Manad, t: &mut Trace) -> Berakning {
    t.ta();
    let minst = params().forsakringstid_minst.scalar(m).unwrap_or_default();
    utan_belopp(Utfall::ej_ratt(format!(
        "Garantiersättning lämnas bara vid minst {minst} års försäkringstid (SFB 35 kap. 3 §), \
         och det finns ingen inkomstrelaterad ersättning."
    )))
}

/// The granted level's share of hel ersättning (33 kap. 9 §, 34 kap. 13 §, 35 kap. 25 §);
/// shown, the payment is computed from hel ersättning.
fn beviljad_ersattning(
    in_: &AktivitetsersattningIndata,
    inkomstrel_hel: Decimal,
    garanti_hel: Decimal,
    t: &mut Trace,
) {
    t.steg(|| {
        let hel = inkomstrel_hel + garanti_hel;
        let andel = in_.niva.andel();
        let beviljad = hel * andel;
        Step::ny(
            "ersattning_beviljad",
            "Beviljad ersättning per år",
            beviljad,
            "SFB (2010:110) 33 kap. 9 §, 34 kap. 13 §, 35 kap. 25 §",
        )
        .formel(format!(
            "{} {}: {} × ({} + {}) kr = {} kr",
            in_.niva.text(),
            in_.slag.text(),
            andel.normalize(),
            kr(inkomstrel_hel),
            kr(garanti_hel),
            kr(beviljad)
        ))
        .indata([("hel_ersattning", hel)])
    });
}

/// How the granted level's quarters divide in the month.
struct Delar {
    /// The share of full time worked (0–1).
    arbetad: Decimal,
    /// Work beyond the capacity the decision assumed, in quarters, before rounding.
    over: Decimal,
    /// The granted level in quarters.
    beviljad: u32,
    /// Work beyond the assumed capacity, in quarters rounded up.
    arbete: u32,
    vilande: u32,
    /// The vilande share is Försäkringskassan's decision, not the extent of the work.
    vilande_fran_beslut: bool,
    /// Reduced for work beyond the vilande share.
    minskning: u32,
    betald: u32,
}

/// Work counts by the share of full time beyond the capacity the decision assumed the person
/// has (1 − level), in quarters, rounded up (DECISION, docs/rules/aktivitetsersattning.md).
/// The vilande share is the decided one or follows the work (36 kap. 12 §); work beyond it
/// reduces the ersättning (36 kap. 9 §); the rest is paid.
fn fordela_pa_arbete_och_vilande(in_: &AktivitetsersattningIndata) -> Delar {
    let l_q = in_.niva.fjardedelar();
    let arbetad = in_.arbetad_andel.max(Decimal::ZERO).min(Decimal::ONE);
    let over = (arbetad * Decimal::from(4) - Decimal::from(4 - l_q)).max(Decimal::ZERO);
    let arbete_q = over.ceil().to_u32().unwrap_or(l_q).min(l_q);
    let (vilande_q, vilande_fran_beslut) = match &in_.vilande {
        Some(v) => match v.beslutad_andel {
            Some(b) => (b.fjardedelar().min(l_q), true),
            None => (arbete_q, false),
        },
        None => (0, false),
    };
    let minskning_q = arbete_q.saturating_sub(vilande_q);
    Delar {
        arbetad,
        over,
        beviljad: l_q,
        arbete: arbete_q,
        vilande: vilande_q,
        vilande_fran_beslut,
        minskning: minskning_q,
        betald: l_q - vilande_q - minskning_q,
    }
}

/// The reduction for work beyond the vilande share (36 kap. 9 §; 33 kap. 9 och 11 §§), shown
/// when there is one.
fn minskning_for_forvarvsarbete(hel: Decimal, d: &Delar, t: &mut Trace) {
    if d.minskning == 0 {
        return;
    }
    t.steg(|| {
        let belopp = hel * fjardedel(d.minskning);
        Step::ny(
            "minskning_forvarvsarbete",
            "Minskning för förvärvsarbete per år",
            belopp,
            "SFB (2010:110) 36 kap. 9 §; 33 kap. 9 och 11 §§",
        )
        .formel(format!(
            "arbete {} % av heltid, varav {} % utöver den arbetsförmåga beslutet räknar med \
             ({} % av heltid), avrundat uppåt till {}{}: {} × {} kr = {} kr",
            (d.arbetad * Decimal::ONE_HUNDRED).round_dp(1).normalize(),
            (d.over / Decimal::from(4) * Decimal::ONE_HUNDRED)
                .round_dp(1)
                .normalize(),
            Decimal::from((4 - d.beviljad) * 25),
            andel_text(d.arbete),
            if d.vilande > 0 {
                format!(
                    "; {} är vilande, resten ({}) minskas",
                    andel_text(d.vilande),
                    andel_text(d.minskning)
                )
            } else {
                String::new()
            },
            fjardedel(d.minskning).normalize(),
            kr(hel),
            kr(belopp)
        ))
        .indata([("arbetad_andel", d.arbetad)])
        .avrundning(
            "arbetets omfattning avrundas uppåt till hel fjärdedel (beslut, se \
             docs/rules/aktivitetsersattning.md)",
        )
    });
}

/// The vilande part per year, not paid (36 kap. 10–12, 14 och 15 §§).
fn vilande_del(m: Manad, hel: Decimal, d: &Delar, v: &Vilande, t: &mut Trace) -> Decimal {
    let p = params();
    let vilande_ar = hel * fjardedel(d.vilande);
    let hittills = v.manader_vilande_hittills.unwrap_or_default();
    t.steg(|| {
        let langst_vilande = p.vilande_langst_manader.scalar(m).unwrap_or_default();
        Step::ny(
            "vilande",
            "Vilande ersättning per år (betalas inte ut)",
            vilande_ar,
            "SFB (2010:110) 36 kap. 10–12, 14 och 15 §§",
        )
        .formel(if d.vilande_fran_beslut {
            format!(
                "vilande enligt beslutet: {} av {} kr = {} kr; vilande månad {} av högst {}",
                andel_text(d.vilande),
                kr(hel),
                kr(vilande_ar),
                hittills + 1,
                langst_vilande
            )
        } else {
            format!(
                "vilande i arbetets omfattning ({} % av heltid, avrundat uppåt till {}): {} × \
                 {} kr = {} kr; vilande månad {} av högst {}",
                (d.arbetad * Decimal::ONE_HUNDRED).round_dp(1).normalize(),
                andel_text(d.vilande),
                fjardedel(d.vilande).normalize(),
                kr(hel),
                kr(vilande_ar),
                hittills + 1,
                langst_vilande
            )
        })
        .indata([
            (
                "manader_med_ersattning_fore",
                Decimal::from(v.manader_med_ersattning_fore.unwrap_or_default()),
            ),
            ("manader_vilande_hittills", Decimal::from(hittills)),
            ("arbetad_andel", d.arbetad),
        ])
        .param(
            p.vilande_kvalifikation_manader
                .used("vilande_kvalifikation_manader", m),
        )
        .param(p.vilande_langst_manader.used("vilande_langst_manader", m))
    });
    vilande_ar
}

/// The 25 % of the vilande part paid per year, when the user states Försäkringskassan has
/// decided so (an assumption), for at most the months the law allows (36 kap. 18 §).
fn behallen_25_procent(m: Manad, vilande_ar: Decimal, v: &Vilande, t: &mut Trace) -> Decimal {
    let p = params();
    let hittills = v.manader_vilande_hittills.unwrap_or_default();
    let andel25 = p.vilande_behallen_andel.scalar(m).unwrap_or_default();
    let langst25 = p
        .vilande_behallen_langst_manader
        .scalar(m)
        .unwrap_or_default();
    let inom_tiden = Decimal::from(hittills) < langst25;
    let behallen_ar = if v.behallen_25_procent && inom_tiden {
        andel25 * vilande_ar
    } else {
        Decimal::ZERO
    };
    t.steg(|| {
        Step::ny(
            "vilande_25_procent",
            "25 procent av den vilande ersättningen per år",
            behallen_ar,
            "SFB (2010:110) 36 kap. 18 §",
        )
        .formel(if !v.behallen_25_procent {
            "antagande: Försäkringskassan har inte beslutat om 25 procent av den vilande \
             ersättningen: 0 kr"
                .to_string()
        } else if !inom_tiden {
            format!("beloppet betalas högst {langst25} månader: 0 kr")
        } else {
            format!(
                "antagande: Försäkringskassan har beslutat att betala {} × {} kr = {} kr",
                andel25.normalize(),
                kr(vilande_ar),
                kr(behallen_ar)
            )
        })
        .indata([
            (
                "behallen_25_procent",
                if v.behallen_25_procent {
                    Decimal::ONE
                } else {
                    Decimal::ZERO
                },
            ),
            ("vilande_ar", vilande_ar),
        ])
        .param(p.vilande_behallen_andel.used("vilande_behallen_andel", m))
        .param(
            p.vilande_behallen_langst_manader
                .used("vilande_behallen_langst_manader", m),
        )
    });
    behallen_ar
}

/// The annual amount paid: the quarters neither vilande nor reduced, plus the 25 % amount
/// (36 kap. 9, 11 och 18 §§).
fn ersattning_ar(hel: Decimal, d: &Delar, behallen_ar: Decimal, t: &mut Trace) -> Decimal {
    let betald_ar = hel * fjardedel(d.betald) + behallen_ar;
    t.steg(|| {
        Step::ny(
            "ersattning_ar",
            "Ersättning att betala ut per år",
            betald_ar,
            "SFB (2010:110) 36 kap. 9, 11 och 18 §§",
        )
        .formel(if behallen_ar.is_zero() {
            format!(
                "{} av hel ersättning: {} × {} kr = {} kr",
                andel_text(d.betald),
                fjardedel(d.betald).normalize(),
                kr(hel),
                kr(betald_ar)
            )
        } else {
            format!(
                "{} × {} kr + 25 procent av vilande {} kr = {} kr",
                fjardedel(d.betald).normalize(),
                kr(hel),
                kr(behallen_ar),
                kr(betald_ar)
            )
        })
        .indata([("hel_ersattning", hel)])
    });
    betald_ar
}

/// The monthly amount: the annual amount rounded to whole kronor divisible by twelve, / 12;
/// nothing under 12 kr a year (36 kap. 29 och 30 §§).
fn manadsbelopp(slag: Slag, betald_ar: Decimal, t: &mut Trace) -> Decimal {
    let tolv = Decimal::from(12);
    let avrundat = if betald_ar < tolv {
        Decimal::ZERO
    } else {
        avrunda_delbart_med_tolv(betald_ar)
    };
    let manad = avrundat / tolv;
    t.steg(|| {
        let (id, label) = match slag {
            Slag::Aktivitetsersattning => {
                ("aktivitetsersattning", "Aktivitetsersättning per månad")
            }
            Slag::Sjukersattning => ("sjukersattning", "Sjukersättning per månad"),
        };
        Step::ny(id, label, manad, "SFB (2010:110) 36 kap. 29 och 30 §§")
            .formel(if betald_ar < tolv && betald_ar > Decimal::ZERO {
                format!(
                    "årsbeloppet {} kr är lägre än 12 kr: ingen ersättning",
                    kr(betald_ar)
                )
            } else {
                format!(
                    "{} kr avrundat till {} kr (delbart med 12) / 12 = {} kr",
                    kr(betald_ar),
                    kr(avrundat),
                    kr(manad)
                )
            })
            .indata([("ersattning_ar", betald_ar)])
            .avrundning(
                "årsbeloppet till närmaste hela krontal jämnt delbart med tolv, lika långt uppåt \
                 (SFB 36 kap. 30 §; beslut om lika långt, se docs/rules/aktivitetsersattning.md)",
            )
    });
    manad
}

/// The month's outcome with the steps recorded, their amounts without trailing zeros: the
/// amount, or why nothing is paid (36 kap. 9 och 11 §§; bostadstillägg still, 101 kap. 4 §).
fn utfall(in_: &AktivitetsersattningIndata, manad: Decimal, t: &mut Trace) -> Utfall {
    let mut steps = t.ta();
    for s in &mut steps {
        s.amount = s.amount.normalize();
        for i in &mut s.inputs {
            i.value = i.value.normalize();
        }
    }
    if manad > Decimal::ZERO {
        Utfall::belopp(manad, steps)
    } else if in_.vilande.is_some() {
        Utfall::noll(
            format!(
                "Hela den beviljade {} är vilande eller minskad för förvärvsarbete och betalas inte \
                 ut (SFB 36 kap. 9 och 11 §§). Bostadstillägg kan ändå lämnas (101 kap. 4 §).",
                in_.slag.text()
            ),
            steps,
        )
    } else {
        Utfall::noll(
            format!(
                "Arbetet använder hela den arbetsförmåga som beslutet om {} utgick från att \
                 personen saknade, så ingen ersättning lämnas för tiden (SFB 36 kap. 9 §). Med \
                 vilande ersättning (36 kap. 10 §) skulle ersättningen kunna tas upp igen utan ny \
                 prövning.",
                in_.slag.text()
            ),
            steps,
        )
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    /// The rules with every step recorded.
    fn aktivitetsersattning(m: Manad, pbb: Decimal, in_: &AktivitetsersattningIndata) -> Utfall {
        super::aktivitetsersattning(m, pbb, in_, &mut Trace::on())
    }

    fn berakna(m: Manad, pbb: Decimal, in_: &AktivitetsersattningIndata) -> Berakning {
        super::berakna(m, pbb, in_, &mut Trace::on())
    }

    fn garanti(slag: Slag, alder: u32, niva: Niva) -> AktivitetsersattningIndata {
        AktivitetsersattningIndata {
            slag,
            alder,
            niva,
            inkomstrelaterad: Inkomstrelaterad::Ingen,
            forsakringstid_ar: None,
            arbetad_andel: Decimal::ZERO,
            vilande: None,
            steglos_avrakning: false,
        }
    }

    fn ae(alder: u32, niva: Niva) -> AktivitetsersattningIndata {
        garanti(Slag::Aktivitetsersattning, alder, niva)
    }

    fn vilande(fore: u32, hittills: u32, behallen: bool) -> Option<Vilande> {
        Some(Vilande {
            manader_med_ersattning_fore: Some(fore),
            manader_vilande_hittills: Some(hittills),
            beslutad_andel: None,
            behallen_25_procent: behallen,
        })
    }

    #[test]
    fn params_load() {
        let p = params();
        assert_eq!(p.meta.area, "aktivitetsersattning");
        assert_eq!(
            p.garantiniva_under_30.entry(Manad::new(2026, 1), "fran_25"),
            Some(dec!(2.63))
        );
    }

    #[test]
    fn fk_2022_table_all_bands() {
        // Försäkringskassan aktuella belopp 2022, pbb 48 300 (rules-benefits.md §3.3), with
        // two ties (10 384,5 and 11 189,5) rounded up.
        let m = Manad::new(2022, 6);
        let pbb = dec!(48300);
        let fall = [
            (Slag::Aktivitetsersattning, 20, dec!(9982)),
            (Slag::Aktivitetsersattning, 21, dec!(10183)),
            (Slag::Aktivitetsersattning, 24, dec!(10385)),
            (Slag::Aktivitetsersattning, 25, dec!(10586)),
            (Slag::Aktivitetsersattning, 28, dec!(10787)),
            (Slag::Aktivitetsersattning, 29, dec!(10988)),
            (Slag::Sjukersattning, 30, dec!(11190)),
            (Slag::Sjukersattning, 45, dec!(11190)),
        ];
        for (slag, alder, manad) in fall {
            let u = aktivitetsersattning(m, pbb, &garanti(slag, alder, Niva::Hel));
            assert_eq!(u.per_manad, manad, "{slag:?} {alder}");
        }
        assert_eq!(
            garantiniva_hel_ar(m, pbb, 21, Slag::Aktivitetsersattning),
            dec!(122199)
        );
        assert_eq!(
            garantiniva_hel_ar(m, pbb, 30, Slag::Sjukersattning),
            dec!(134274)
        );
    }

    #[test]
    fn published_garanti_2023_to_2025() {
        let sa = |m, pbb| {
            aktivitetsersattning(m, pbb, &garanti(Slag::Sjukersattning, 40, Niva::Hel)).per_manad
        };
        // hjärnkraft 2023: SA ≥ 30 12 163 (145 950 / 12 = 12 162,5 → up), AE < 21 10 850.
        assert_eq!(sa(Manad::new(2023, 3), dec!(52500)), dec!(12163));
        assert_eq!(
            aktivitetsersattning(Manad::new(2023, 3), dec!(52500), &ae(19, Niva::Hel)).per_manad,
            dec!(10850)
        );
        // Regeringen: 13 275 (2024), 13 622 (2025).
        assert_eq!(sa(Manad::new(2024, 1), dec!(57300)), dec!(13275));
        assert_eq!(sa(Manad::new(2025, 1), dec!(58800)), dec!(13622));
        // 2026 by hand: 2,78 × 59 200 = 164 576 / 12 = 13 714,67 → 13 715.
        assert_eq!(sa(Manad::new(2026, 1), dec!(59200)), dec!(13715));
    }

    #[test]
    fn sjukersattning_under_30_uses_the_ae_bands() {
        // 35 kap. 19 §: SA before 30 follows the AE table; 2024 age 23: 2,58 × 57 300 =
        // 147 834 / 12 = 12 319,5 → 12 320 (tie up).
        let u = aktivitetsersattning(
            Manad::new(2024, 5),
            dec!(57300),
            &garanti(Slag::Sjukersattning, 23, Niva::Hel),
        );
        assert_eq!(u.per_manad, dec!(12320));
    }

    #[test]
    fn age_bands_switch_at_21_23_25_27_29_30() {
        let m = Manad::new(2025, 1);
        let g = |a, s| garantiniva_hel_ar(m, dec!(100), a, s);
        use Slag::*;
        assert_eq!(g(20, Aktivitetsersattning), dec!(248));
        assert_eq!(g(21, Aktivitetsersattning), dec!(253));
        assert_eq!(g(22, Aktivitetsersattning), dec!(253));
        assert_eq!(g(23, Aktivitetsersattning), dec!(258));
        assert_eq!(g(25, Aktivitetsersattning), dec!(263));
        assert_eq!(g(27, Aktivitetsersattning), dec!(268));
        assert_eq!(g(29, Aktivitetsersattning), dec!(273));
        assert_eq!(g(29, Sjukersattning), dec!(273));
        assert_eq!(g(30, Sjukersattning), dec!(278));
    }

    #[test]
    fn worked_example_c_half_ae_age_24_2025() {
        // rules-benefits.md §9.2 C: 2,58 × 58 800 = 151 704; half 75 852 / 12 = 6 321.
        let u = aktivitetsersattning(Manad::new(2025, 4), dec!(58800), &ae(24, Niva::Halv));
        assert_eq!(u.status, Status::Utbetalas);
        assert_eq!(u.per_manad, dec!(6321));
        let g = u.steps.iter().find(|s| s.id == "garantiniva_hel").unwrap();
        assert_eq!(g.amount, dec!(151704));
        assert_eq!(g.reference, "SFB (2010:110) 35 kap. 19 §");
        assert_eq!(g.params[0].key, "garantiniva_under_30.fran_23");
        assert!(g.params[0].value.starts_with("2.58 × prisbasbelopp"));
    }

    #[test]
    fn published_maximum_inkomstrelaterad() {
        // FK 2023: 21 230; Regeringen 2024: 23 171; 2025: 23 777 (0,647 × 7,5 pbb / 12).
        let f = |m, pbb| {
            let mut i = garanti(Slag::Sjukersattning, 45, Niva::Hel);
            i.inkomstrelaterad = Inkomstrelaterad::Antagandeinkomst(dec!(1000000));
            aktivitetsersattning(m, pbb, &i).per_manad
        };
        assert_eq!(f(Manad::new(2023, 1), dec!(52500)), dec!(21230));
        assert_eq!(f(Manad::new(2024, 1), dec!(57300)), dec!(23171));
        assert_eq!(f(Manad::new(2025, 1), dec!(58800)), dec!(23777));
    }

    #[test]
    fn garanti_tops_up_inkomstrelaterad() {
        // 2025, age 25, antagandeinkomst 150 000: 0,647 × 150 000 = 97 050; garantinivå
        // 2,63 × 58 800 = 154 644; garanti 57 594; sum 154 644 / 12 = 12 887.
        let m = Manad::new(2025, 2);
        let mut i = ae(25, Niva::Hel);
        i.inkomstrelaterad = Inkomstrelaterad::Antagandeinkomst(dec!(150000));
        let u = aktivitetsersattning(m, dec!(58800), &i);
        let g = u
            .steps
            .iter()
            .find(|s| s.id == "garantiersattning_hel")
            .unwrap();
        assert_eq!(g.amount, dec!(57594));
        assert_eq!(u.per_manad, dec!(12887));
        // From the decision letter, half level: 4 044 kr/mån → hel 97 056; garanti 57 588;
        // half of 154 644 = 77 322 / 12 = 6 443,5 → 6 444.
        i.niva = Niva::Halv;
        i.inkomstrelaterad = Inkomstrelaterad::BeslutPerManad(dec!(4044));
        let u = aktivitetsersattning(m, dec!(58800), &i);
        let g = u
            .steps
            .iter()
            .find(|s| s.id == "garantiersattning_hel")
            .unwrap();
        assert_eq!(g.amount, dec!(57588));
        assert_eq!(u.per_manad, dec!(6444));
        // Above the garantinivå: no garanti, 0,647 × 300 000 = 194 100 / 12 = 16 175.
        i.niva = Niva::Hel;
        i.inkomstrelaterad = Inkomstrelaterad::Antagandeinkomst(dec!(300000));
        let u = aktivitetsersattning(m, dec!(58800), &i);
        assert_eq!(u.per_manad, dec!(16175));
    }

    #[test]
    fn forsakringstid_reduces_the_garantiniva() {
        // 30 years: 151 704 × 30 / 40 = 113 778 / 12 = 9 481,5 → 9 482.
        let m = Manad::new(2025, 2);
        let mut i = ae(24, Niva::Hel);
        i.forsakringstid_ar = Some(30);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &i).per_manad,
            dec!(9482)
        );
        // Over 40 counts as 40.
        i.forsakringstid_ar = Some(45);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &i).per_manad,
            dec!(12642)
        );
        // Under 3 years: no garantiersättning at all.
        i.forsakringstid_ar = Some(2);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &i).status,
            Status::EjRatt
        );
    }

    #[test]
    fn work_without_vilande_reduces_by_quarters() {
        let m = Manad::new(2025, 2);
        let pbb = dec!(58800);
        let hel = dec!(151704); // age 24
        let mut i = ae(24, Niva::Hel);
        let paid = |i: &AktivitetsersattningIndata| aktivitetsersattning(m, pbb, i).per_manad;
        // Hel AE, 25 % of full time → ¾: 113 778 / 12 = 9 481,5 → 9 482.
        i.arbetad_andel = dec!(0.25);
        assert_eq!(
            paid(&i),
            avrunda_delbart_med_tolv(hel * dec!(0.75)) / dec!(12)
        );
        assert_eq!(paid(&i), dec!(9482));
        // 30 % rounds up to a half → 6 321.
        i.arbetad_andel = dec!(0.30);
        assert_eq!(paid(&i), dec!(6321));
        // ¾ AE: the remaining quarter of capacity can be used without reduction.
        i.niva = Niva::TreFjardedelar;
        i.arbetad_andel = dec!(0.25);
        assert_eq!(paid(&i), dec!(9482));
        // … but 50 % of full time takes a quarter off: ½ → 6 321.
        i.arbetad_andel = dec!(0.5);
        assert_eq!(paid(&i), dec!(6321));
        // Hel AE and full-time work: nothing is paid.
        i.niva = Niva::Hel;
        i.arbetad_andel = dec!(1);
        let u = aktivitetsersattning(m, pbb, &i);
        assert_eq!(u.status, Status::NollKronor);
        assert!(u.skal.unwrap().contains("36 kap. 9 §"));
    }

    #[test]
    fn vilande_half_with_and_without_25_percent() {
        // Age 24, 2025, hel AE 151 704; works 50 % → half vilande 75 852, paid half 6 321.
        let m = Manad::new(2025, 2);
        let pbb = dec!(58800);
        let mut i = ae(24, Niva::Hel);
        i.arbetad_andel = dec!(0.5);
        i.vilande = vilande(12, 0, false);
        let b = berakna(m, pbb, &i);
        assert_eq!(b.vilande_ar, dec!(75852));
        assert_eq!(b.utfall.per_manad, dec!(6321));
        assert_eq!(vilande_belopp_per_manad(m, pbb, &i), dec!(6321));
        let s = b
            .utfall
            .steps
            .iter()
            .find(|s| s.id == "vilande_25_procent")
            .unwrap();
        assert!(s.formula.contains("antagande"));
        assert_eq!(s.amount, dec!(0));
        // With the 25 % amount: 75 852 + 0,25 × 75 852 = 94 815 / 12 = 7 901,25 → 7 901.
        i.vilande = vilande(12, 23, true);
        let b = berakna(m, pbb, &i);
        assert_eq!(b.behallen_ar, dec!(18963));
        assert_eq!(b.utfall.per_manad, dec!(7901));
    }

    #[test]
    fn vilande_from_decision_and_work_beyond_it() {
        // Decision: ¼ vilande, but works 50 %: ¼ vilande + ¼ reduced (36 kap. 9 §) → ½ paid.
        let m = Manad::new(2025, 2);
        let mut i = ae(24, Niva::Hel);
        i.arbetad_andel = dec!(0.5);
        i.vilande = vilande(24, 3, false);
        if let Some(v) = i.vilande.as_mut() {
            v.beslutad_andel = Some(Niva::EnFjardedel);
        }
        let b = berakna(m, dec!(58800), &i);
        assert_eq!(b.vilande_ar, dec!(37926));
        assert_eq!(b.utfall.per_manad, dec!(6321));
        assert!(b
            .utfall
            .steps
            .iter()
            .any(|s| s.id == "minskning_forvarvsarbete" && s.amount == dec!(37926)));
        // Wholly vilande: 0 kr paid, still a NollKronor outcome that mentions bostadstillägg.
        i.arbetad_andel = dec!(1);
        if let Some(v) = i.vilande.as_mut() {
            v.beslutad_andel = Some(Niva::Hel);
        }
        let u = aktivitetsersattning(m, dec!(58800), &i);
        assert_eq!(u.status, Status::NollKronor);
        assert!(u.skal.unwrap().contains("101 kap. 4 §"));
    }

    #[test]
    fn vilande_conditions() {
        let m = Manad::new(2025, 2);
        let mut i = ae(24, Niva::Hel);
        i.arbetad_andel = dec!(0.5);
        // A vilandeförklaring that cannot be granted: the ersättning is instead reduced by the
        // work (36 kap. 9 §): hel garanti 24 år 2025 = 12 642 kr, half of it for 50 % work.
        i.vilande = vilande(11, 0, false);
        let u = aktivitetsersattning(m, dec!(58800), &i);
        assert_eq!(u.status, Status::Utbetalas);
        assert_eq!(u.per_manad, dec!(6321));
        assert!(u.skal.unwrap().contains("36 kap. 10 §"));
        i.vilande = vilande(12, 24, false);
        let u = aktivitetsersattning(m, dec!(58800), &i);
        assert_eq!(u.per_manad, dec!(6321));
        assert!(u.skal.unwrap().contains("24 månader"));
        i.vilande = Some(Vilande {
            manader_med_ersattning_fore: None,
            manader_vilande_hittills: Some(0),
            beslutad_andel: None,
            behallen_25_procent: false,
        });
        let u = aktivitetsersattning(m, dec!(58800), &i);
        assert_eq!(u.status, Status::BehoverUppgift);
        assert_eq!(u.saknas, vec!["vilande.manader_med_ersattning_fore"]);
        // No work and no decided share: nothing is vilande, the whole ersättning is paid.
        i.vilande = vilande(12, 0, false);
        i.arbetad_andel = dec!(0);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &i).per_manad,
            dec!(12642)
        );
    }

    #[test]
    fn ages_and_levels_outside_the_law() {
        let m = Manad::new(2025, 2);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &ae(30, Niva::Hel)).status,
            Status::EjRatt
        );
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &ae(17, Niva::Hel)).status,
            Status::EjRatt
        );
        let sa = garanti(Slag::Sjukersattning, 25, Niva::Halv);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &sa).status,
            Status::EjRatt
        );
        // Partial SA from 30: ¼ of 163 464 = 40 866 / 12 = 3 405,5 → 3 406.
        let sa = garanti(Slag::Sjukersattning, 30, Niva::EnFjardedel);
        assert_eq!(
            aktivitetsersattning(m, dec!(58800), &sa).per_manad,
            dec!(3406)
        );
    }

    #[test]
    fn steglos_avrakning_is_not_modelled() {
        let mut i = garanti(Slag::Sjukersattning, 55, Niva::Hel);
        i.steglos_avrakning = true;
        let u = aktivitetsersattning(Manad::new(2025, 2), dec!(58800), &i);
        assert_eq!(u.status, Status::EjModellerad);
        assert!(u.skal.unwrap().contains("37 kap."));
    }

    #[test]
    fn rounding_to_twelve() {
        assert_eq!(avrunda_delbart_med_tolv(dec!(159294)), dec!(159300));
        assert_eq!(avrunda_delbart_med_tolv(dec!(122199)), dec!(122196));
        assert_eq!(avrunda_delbart_med_tolv(dec!(5.99)), dec!(0));
        assert_eq!(avrunda_delbart_med_tolv(dec!(6)), dec!(12));
    }

    #[test]
    fn trace_names_params_and_rounding() {
        let u = aktivitetsersattning(Manad::new(2025, 4), dec!(58800), &ae(24, Niva::Halv));
        let last = u.steps.last().unwrap();
        assert_eq!(last.id, "aktivitetsersattning");
        assert!(last.rounding.unwrap().contains("36 kap. 30 §"));
        for s in &u.steps {
            assert!(s.reference.contains('§'), "{}", s.id);
            for p in &s.params {
                assert!(p.reference.contains('§') && p.source.starts_with("https://"));
            }
        }
    }

    #[test]
    fn an_off_trace_gives_the_same_amounts_and_no_steps() {
        let m = Manad::new(2025, 2);
        let mut i = ae(24, Niva::Hel);
        i.arbetad_andel = dec!(0.5);
        for v in [vilande(12, 23, true), vilande(11, 0, false), None] {
            i.vilande = v;
            let on = berakna(m, dec!(58800), &i);
            let off = super::berakna(m, dec!(58800), &i, &mut Trace::off());
            assert!(off.utfall.steps.is_empty() && !on.utfall.steps.is_empty());
            assert_eq!(
                (off.utfall.per_manad, off.utfall.skal, off.vilande_ar),
                (on.utfall.per_manad, on.utfall.skal, on.vilande_ar)
            );
            assert_eq!((off.hel_ar, off.behallen_ar), (on.hel_ar, on.behallen_ar));
        }
    }
}
