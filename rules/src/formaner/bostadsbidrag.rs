//! Bostadsbidrag — SFB 95 kap. (allmänt), 96 kap. (rätt), 97 kap. (beräkning) and 98 kap.
//! (preliminärt bidrag). Two households: barnfamiljer (96 kap. 4–9 §§, 97 kap. 15–23 §§) and
//! unga hushåll utan barn, 18–28 år (96 kap. 10–11 §§, 97 kap. 24–28 §§).
//!
//! The amount is the preliminary monthly amount (98 kap. 2–4 §§): the yearly bidrag on the
//! estimated yearly bidragsgrundande inkomst, divided by twelve and rounded down to whole
//! hundreds. Amounts follow the month computed (the housing ceilings of 97 kap. 18 § rose on
//! 2026-01-01, SFS 2025:1477). [`slutligt_per_manad`] gives a month's share of the final bidrag
//! (98 kap. 5 §) for the plan's year-end, which settles it against the preliminary (6 §).
//!
//! Not modelled, and said so in docs/rules/bostadsbidrag.md: the avgift and tillägg of the
//! settlement (98 kap. 7 §), how the bidragsgrundande inkomst is made up (97 kap. 2–13 §§,
//! the caller gives it), higher costs or areas for a disabled family member (97 kap. 18, 20,
//! 27, 28 §§ andra stycket), 97 kap. 29 § (no need), children in familjehem (96 kap. 7–8 §§),
//! the rooms requirement of 96 kap. 6 § and the tilläggsbidrag 2024-01 – 2025-06 (97 kap.
//! 23 a §, whose text we do not have: those months are `EjModellerad`).

use std::sync::OnceLock;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Manad, Status, Tidslinje, Utfall};
use crate::avrundning::nedat_hundratal;
use crate::trace::{Enhet, Step, Trace};

/// Parameters of `rules/params/formaner/bostadsbidrag.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BostadsbidragParametrar {
    pub meta: super::OmradeMeta,
    pub unga_lagsta_alder: Tidslinje,
    pub unga_alder_tak: Tidslinje,
    pub unga_intervall_1: Tidslinje,
    pub unga_intervall_2: Tidslinje,
    pub unga_ytgrans: Tidslinje,
    pub unga_inkomstgrans: Tidslinje,
    pub unga_reduktion_delare: Tidslinje,
    pub barn_max_antal: Tidslinje,
    pub barn_nedre_grans: Tidslinje,
    pub barn_sats: Tidslinje,
    pub barn_ovre_grans: Tidslinje,
    pub barn_ytgrans: Tidslinje,
    pub barn_kostnad_alltid: Tidslinje,
    pub sarskilt_bidrag_hemmavarande: Tidslinje,
    pub sarskilt_bidrag_vaxelvis: Tidslinje,
    pub sarskilt_bidrag_vaxelvis_blandat: Tidslinje,
    pub umgangesbidrag: Tidslinje,
    pub umgange_minsta_yta: Tidslinje,
    pub barn_inkomstgrans: Tidslinje,
    pub barn_reduktion_sats: Tidslinje,
    pub tillaggsbidrag: Tidslinje,
    pub lagsta_arsbelopp: Tidslinje,
}

pub fn params() -> &'static BostadsbidragParametrar {
    static P: OnceLock<BostadsbidragParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::bostadsbidrag)
}

/// How a child lives with the applicant (95 kap. 2 §, 96 kap. 4–6 §§).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Boende {
    /// Bor varaktigt hos den försäkrade (96 kap. 4–5 §§).
    Hemmavarande,
    /// Bor varaktigt hos båda föräldrarna som inte bor tillsammans (95 kap. 2 §, 96 kap. 5 a §).
    Vaxelvis,
    /// Bor tidvis hos den försäkrade på grund av vårdnad eller umgänge (96 kap. 6 §).
    Umgange,
}

/// A child in the household.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BostadsbidragBarn {
    /// Age in whole years on the first day of the month (see `BostadsbidragIndata::alder`).
    pub alder: u32,
    pub boende: Boende,
    /// 18 or older and gets förlängt barnbidrag or studiehjälp: still a child (95 kap. 5 § 2).
    #[serde(default)]
    pub forlangt_barnbidrag_eller_studiehjalp: bool,
}

/// What the rule needs to know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BostadsbidragIndata {
    /// The applicant's age in whole years on the first day of the month. With that day the
    /// month rule of 96 kap. 12 § comes out exactly: a right that arises or ends during a
    /// month changes the bidrag from the month after, one that changes on the first day from
    /// that month.
    pub alder: u32,
    /// Age of the make or sambo (95 kap. 6–7 §§) on the first day of the month; None when
    /// the applicant lives alone.
    #[serde(default)]
    pub make_alder: Option<u32>,
    /// The applicant's bidragsgrundande inkomst for the calendar year, kronor (97 kap. 2–3 §§;
    /// the caller sums the taxable incomes and 15 % of förmögenhet over 100 000 kr).
    pub inkomst: Option<Decimal>,
    /// The make's or sambo's bidragsgrundande inkomst for the year.
    #[serde(default)]
    pub make_inkomst: Option<Decimal>,
    /// Bostadskostnad per month as Försäkringskassan counts it (97 kap. 14 §).
    pub bostadskostnad: Option<Decimal>,
    /// Bostadsyta in m², when known (area caps, 97 kap. 20–21 och 28 §§).
    #[serde(default)]
    pub bostadsyta: Option<Decimal>,
    #[serde(default)]
    pub barn: Vec<BostadsbidragBarn>,
    /// The applicant or the make gets bostadstillägg, or has sjuk- or aktivitetsersättning and
    /// gets no bostadstillägg only because of the income test (96 kap. 11 § första stycket 3).
    #[serde(default)]
    pub bostadstillagg_eller_sa_ae: bool,
}

/// The children of the household as the law counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Barnantal {
    /// Every child in the household (97 kap. 20–21 §§ count up to five or more).
    pub totalt: u32,
    /// Counted children by kind after the cap of three (97 kap. 17 §).
    pub hemmavarande: u32,
    pub vaxelvis: u32,
    pub umgange: u32,
}

impl Barnantal {
    /// Counted children, at most three.
    pub fn raknade(&self) -> u32 {
        self.hemmavarande + self.vaxelvis + self.umgange
    }
    fn endast_umgange(&self) -> bool {
        self.umgange > 0 && self.hemmavarande == 0 && self.vaxelvis == 0
    }
}

/// Counts the children of 95 kap. 5 § 2 (under 18, or older with förlängt barnbidrag or
/// studiehjälp), capped at three (97 kap. 17 §).
///
/// DECISION (docs/rules/bostadsbidrag.md, "Vilka tre barn"): the law does not say which
/// children are counted when there are more than three; hemmavarande children are counted
/// first, then växelvis boende, then umgängesbarn.
pub fn barnantal(m: Manad, barn: &[BostadsbidragBarn]) -> Barnantal {
    let max = dec_u32(
        params()
            .barn_max_antal
            .scalar(m)
            .unwrap_or(Decimal::from(3)),
    );
    let raknas: Vec<&BostadsbidragBarn> = barn
        .iter()
        .filter(|b| b.alder < 18 || b.forlangt_barnbidrag_eller_studiehjalp)
        .collect();
    let antal = |k: Boende| raknas.iter().filter(|b| b.boende == k).count() as u32;
    let h = antal(Boende::Hemmavarande).min(max);
    let v = antal(Boende::Vaxelvis).min(max - h);
    let u = antal(Boende::Umgange).min(max - h - v);
    Barnantal {
        totalt: raknas.len() as u32,
        hemmavarande: h,
        vaxelvis: v,
        umgange: u,
    }
}

fn dec_u32(x: Decimal) -> u32 {
    x.trunc().to_u32().unwrap_or(0)
}

/// A table key by number of children, at most `max` (≤ 9): "0" … "9". Fixed text, since it is
/// read in every month with children.
fn nyckel(n: u32, max: u32) -> &'static str {
    const SIFFROR: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    SIFFROR[n.min(max).min(9) as usize]
}

/// The key "hemmavarande_växelvis" of the table for växelvis boende barn beside hemmavarande
/// ones, written into `buf` (no allocation: it is read in every month with such children).
fn nyckel_par(hemmavarande: u32, vaxelvis: u32, buf: &mut [u8; 24]) -> &str {
    use std::io::Write;
    let mut c = std::io::Cursor::new(&mut buf[..]);
    // 24 bytes hold two u32 and the underscore.
    let _ = write!(c, "{hemmavarande}_{vaxelvis}");
    let n = c.position() as usize;
    std::str::from_utf8(&buf[..n]).unwrap_or_default()
}

fn ore(x: Decimal) -> Decimal {
    x.round_dp(2)
}

fn saknad(m: Manad) -> Utfall {
    Utfall::ej_modellerad(format!(
        "Parametrarna för bostadsbidrag börjar 2024-01; {m} modelleras inte."
    ))
}

/// Bostadsbidrag for month `m`, kronor per month (the preliminary amount paid): to a family
/// with children, or to a household without children when no child counts or the only
/// children are umgängesbarn in a dwelling that is too small.
pub fn bostadsbidrag(m: Manad, in_: &BostadsbidragIndata, t: &mut Trace) -> Utfall {
    berakna(m, in_, Belopp::Preliminart, t)
}

/// The month's share of the slutligt bostadsbidrag (98 kap. 5 §): the yearly bidrag on the
/// calendar year's bidragsgrundande inkomst in `in_`, which "ska anses vara lika fördelad på
/// varje månad under kalenderåret" (97 kap. 3 §), divided by twelve and not rounded: the
/// rounding to whole hundreds of 98 kap. 4 § is the preliminary monthly amount's. The sum over
/// the months of the year with a right to bidrag is the year's slutligt bidrag.
pub fn slutligt_per_manad(m: Manad, in_: &BostadsbidragIndata, t: &mut Trace) -> Utfall {
    berakna(m, in_, Belopp::Slutligt, t)
}

/// Which amount a computation ends in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Belopp {
    /// The preliminary amount paid per month (98 kap. 2–4 §§).
    Preliminart,
    /// The month's share of the final bidrag (98 kap. 5 §).
    Slutligt,
}

fn berakna(m: Manad, in_: &BostadsbidragIndata, b: Belopp, t: &mut Trace) -> Utfall {
    if params().lagsta_arsbelopp.at(m).is_none() {
        return saknad(m);
    }
    let antal = barnantal(m, &in_.barn); // 95 kap. 5 § 2, 97 kap. 17 §
    if antal.raknade() == 0 {
        return unga(m, in_, None, b, t); // 96 kap. 10 §
    }
    match umgange_i_for_liten_bostad(m, in_, antal) {
        Some(yta) => unga(m, in_, Some(yta), b, t), // 96 kap. 6 § andra stycket, 11 § andra stycket
        None => barnfamilj(m, in_, antal, b, t),    // 96 kap. 4–6 §§
    }
}

/// 96 kap. 6 § andra stycket: to the one who only has children living there at times, bidrag
/// is paid only for a dwelling of at least 40 m² (and two rooms besides the kitchen, which we
/// do not ask); otherwise as to a household without children (96 kap. 11 § andra stycket).
/// The area when it is too small.
fn umgange_i_for_liten_bostad(
    m: Manad,
    in_: &BostadsbidragIndata,
    antal: Barnantal,
) -> Option<Decimal> {
    if !antal.endast_umgange() {
        return None;
    }
    let minsta = params().umgange_minsta_yta.scalar(m).unwrap_or_default();
    in_.bostadsyta.filter(|y| *y < minsta)
}

/// The inputs every computation needs; None when all are there.
fn saknas(in_: &BostadsbidragIndata) -> Option<Utfall> {
    let mut saknas = Vec::new();
    if in_.bostadskostnad.is_none() {
        saknas.push("bostadskostnad".to_string());
    }
    if in_.inkomst.is_none() {
        saknas.push("inkomst".to_string());
    }
    if in_.make_alder.is_some() && in_.make_inkomst.is_none() {
        saknas.push("make_inkomst".to_string());
    }
    if saknas.is_empty() {
        None
    } else {
        Some(Utfall::behover(
            saknas,
            "Ange bostadskostnaden per månad och den bidragsgrundande årsinkomsten för varje vuxen i hushållet.",
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Hushåll utan barn (96 kap. 10–11 §§, 97 kap. 24–28 §§)

/// Bostadsbidrag to a household without children; `for_liten_yta` is the area of a dwelling
/// too small for umgängesbarn (96 kap. 6 § andra stycket), when that is why.
fn unga(
    m: Manad,
    in_: &BostadsbidragIndata,
    for_liten_yta: Option<Decimal>,
    b: Belopp,
    t: &mut Trace,
) -> Utfall {
    if let Err(u) = unga_ratt(m, in_) {
        return u; // 96 kap. 10–11 §§
    }
    if let Some(u) = saknas(in_) {
        return u;
    }
    if let Some(yta) = for_liten_yta {
        umgange_bostad_for_liten(m, yta, t); // 96 kap. 6 § andra stycket, 11 § andra stycket
    }
    let beaktad = unga_beaktad_kostnad(m, in_, t); // 97 kap. 28 §
    let bostad = unga_bidrag_bostadskostnad(m, beaktad, t); // 97 kap. 26–27 §§
    let ar = arsbelopp(bostad, t); // 97 kap. 3 §
    let reduktion = unga_inkomstreduktion(m, in_, t); // 97 kap. 24 §
    manadsbelopp(m, ar, reduktion, "SFB (2010:110) 97 kap. 25 §", b, t) // 97 kap. 24–25 §§, 98 kap.
}

/// The right of a household without children: from 18 years (96 kap. 10 §), not when the
/// applicant or the make has turned 29 (11 § 1), nor with bostadstillägg or sjuk- or
/// aktivitetsersättning (11 § 3).
fn unga_ratt(m: Manad, in_: &BostadsbidragIndata) -> Result<(), Utfall> {
    let p = params();
    let fran_alder = dec_u32(p.unga_lagsta_alder.scalar(m).unwrap_or_default());
    let tak = dec_u32(p.unga_alder_tak.scalar(m).unwrap_or_default());
    if in_.alder < fran_alder {
        return Err(Utfall::ej_ratt(format!(
            "Bostadsbidrag till hushåll utan barn lämnas från 18 års ålder (SFB 96 kap. 10 §); sökanden är {} år.",
            in_.alder
        )));
    }
    if in_.alder >= tak || in_.make_alder.is_some_and(|a| a >= tak) {
        return Err(Utfall::ej_ratt(
            "Bostadsbidrag till hushåll utan barn lämnas inte när den sökande eller maken har fyllt 29 år (SFB 96 kap. 11 § 1).",
        ));
    }
    if in_.bostadstillagg_eller_sa_ae {
        return Err(Utfall::ej_ratt(
            "bostadstillägg utesluter bostadsbidrag (SFB 96 kap. 11 § 3): den som får bostadstillägg, eller har sjuk- eller aktivitetsersättning men inte får tillägget på grund av inkomstprövningen, kan inte få bostadsbidrag till hushåll utan barn.",
        ));
    }
    Ok(())
}

/// The step that says why a household with umgängesbarn gets bidrag as one without children
/// (96 kap. 6 § andra stycket och 11 § andra stycket).
fn umgange_bostad_for_liten(m: Manad, yta: Decimal, t: &mut Trace) {
    let p = params();
    t.steg(|| {
        let minsta = p.umgange_minsta_yta.scalar(m).unwrap_or_default();
        Step::ny(
            "umgange_bostad_for_liten",
            "Bostaden är för liten för bidrag till barnfamilj",
            yta,
            "SFB (2010:110) 96 kap. 6 § andra stycket och 11 § andra stycket",
        )
        .formel(format!(
            "bostadsytan {yta} m² är mindre än {minsta} m²: bidrag som till hushåll utan barn"
        ))
        .indata([("bostadsyta", yta)])
        .param(p.umgange_minsta_yta.used("umgange_minsta_yta", m))
    });
}

/// 97 kap. 28 §: the cost for area above 60 m² is disregarded.
fn unga_beaktad_kostnad(m: Manad, in_: &BostadsbidragIndata, t: &mut Trace) -> Decimal {
    let p = params();
    let kostnad = in_.bostadskostnad.unwrap_or_default();
    let ytgrans = p.unga_ytgrans.scalar(m).unwrap_or_default();
    let steg = |belopp| {
        Step::ny(
            "beaktad_bostadskostnad",
            "Bostadskostnad som beaktas",
            belopp,
            "SFB (2010:110) 97 kap. 28 §",
        )
        .param(p.unga_ytgrans.used("unga_ytgrans", m))
    };
    match in_.bostadsyta {
        Some(yta) if yta > ytgrans => {
            let k = ore(kostnad * ytgrans / yta);
            t.steg(|| {
                steg(k)
                    .formel(format!(
                        "{kostnad} kr × {ytgrans} m² / {yta} m²: kostnaden för ytan över {ytgrans} m² räknas bort"
                    ))
                    .indata([("bostadskostnad", kostnad), ("bostadsyta", yta)])
                    .avrundning("till hela ören (lagen anger ingen avrundning; se docs/rules/bostadsbidrag.md)")
            });
            k
        }
        yta => {
            t.steg(|| {
                steg(kostnad)
                    .formel(match yta {
                        Some(yta) => format!("{kostnad} kr; ytan {yta} m² är inom {ytgrans} m²"),
                        None => format!("{kostnad} kr; ingen bostadsyta angiven, ytgränsen {ytgrans} m² prövas inte"),
                    })
                    .indata([("bostadskostnad", kostnad)])
            });
            kostnad
        }
    }
}

/// 97 kap. 26–27 §§: a share of the cost in the first interval and a smaller share in the
/// second, per month.
fn unga_bidrag_bostadskostnad(m: Manad, beaktad: Decimal, t: &mut Trace) -> Decimal {
    let p = params();
    let fran = p.unga_intervall_1.entry(m, "fran").unwrap_or_default();
    let mellan = p.unga_intervall_1.entry(m, "till").unwrap_or_default();
    let sats1 = p.unga_intervall_1.entry(m, "sats").unwrap_or_default();
    let till = p.unga_intervall_2.entry(m, "till").unwrap_or_default();
    let sats2 = p.unga_intervall_2.entry(m, "sats").unwrap_or_default();
    let del1 = (beaktad.min(mellan) - fran).max(Decimal::ZERO);
    let del2 = (beaktad.min(till) - mellan).max(Decimal::ZERO);
    let bostad = (sats1 * del1 + sats2 * del2).normalize();
    t.steg(|| {
        Step::ny(
            "bidrag_bostadskostnad",
            "Bidrag till kostnader för bostad per månad",
            bostad,
            "SFB (2010:110) 97 kap. 26 och 27 §§",
        )
        .formel(format!(
            "{} × {del1} kr (del mellan {fran} och {mellan} kr) + {} × {del2} kr (del mellan {mellan} och {till} kr)",
            sats1.normalize(),
            sats2.normalize()
        ))
        .indata([("beaktad_bostadskostnad", beaktad)])
        .param(p.unga_intervall_1.used("unga_intervall_1", m))
        .param(p.unga_intervall_2.used("unga_intervall_2", m))
    });
    bostad
}

/// 97 kap. 24 §: a third of the income above 41 000 kr (58 000 kr for makar, together) a year.
fn unga_inkomstreduktion(m: Manad, in_: &BostadsbidragIndata, t: &mut Trace) -> Decimal {
    let p = params();
    let ink = in_.inkomst.unwrap_or_default();
    let make_inkomst = in_.make_alder.map(|_| in_.make_inkomst.unwrap_or_default());
    let grans_key = match make_inkomst {
        Some(_) => "makar",
        None => "ensamstaende",
    };
    let grans = p.unga_inkomstgrans.entry(m, grans_key).unwrap_or_default();
    let summa = ink + make_inkomst.unwrap_or_default();
    let delare = p
        .unga_reduktion_delare
        .scalar(m)
        .unwrap_or(Decimal::from(3));
    let over = (summa - grans).max(Decimal::ZERO);
    let reduktion = over / delare;
    t.steg(|| {
        let steg = Step::ny(
            "inkomstreduktion",
            "Minskning för inkomst per år",
            reduktion,
            "SFB (2010:110) 97 kap. 24 §",
        )
        .formel(format!(
            "{over} kr över gränsen {grans} kr ({}: {summa} kr) / {delare} = {} kr",
            if make_inkomst.is_some() {
                "makar, sammanlagd inkomst"
            } else {
                "ensamstående"
            },
            ore(reduktion)
        ))
        .indata([("inkomst", ink)]);
        match make_inkomst {
            Some(mi) => steg.indata([("make_inkomst", mi)]),
            None => steg,
        }
        .indata([("bidragsgrundande_inkomst", summa)])
        .param(p.unga_inkomstgrans.used("unga_inkomstgrans", m))
        .param(p.unga_reduktion_delare.used("unga_reduktion_delare", m))
    });
    reduktion
}

// ---------------------------------------------------------------------------------------------
// Barnfamiljer (96 kap. 4–9 §§, 97 kap. 15–23 §§)

/// Bostadsbidrag to a family with children: the bidrag to the housing cost and the särskilda
/// bidrag per month, as a yearly amount reduced for income, then the preliminary monthly
/// amount.
fn barnfamilj(
    m: Manad,
    in_: &BostadsbidragIndata,
    antal: Barnantal,
    b: Belopp,
    t: &mut Trace,
) -> Utfall {
    if let Some(u) = saknas(in_) {
        return u;
    }
    antal_barn(m, antal, t); // 95 kap. 5 § 2, 97 kap. 17 §
    let beaktad = barn_beaktad_kostnad(m, in_, antal.totalt, t); // 97 kap. 20–21 §§
    let mut manad = barn_bidrag_bostadskostnad(m, beaktad, antal.raknade(), t); // 97 kap. 18 §
    manad += sarskilt_bidrag_hemmavarande(m, antal, t); // 97 kap. 22 §
    manad += sarskilt_bidrag_vaxelvis(m, antal, t); // 97 kap. 22 a §
    manad += umgangesbidrag(m, antal, t); // 97 kap. 23 §
    let ar = arsbelopp(manad, t); // 97 kap. 3 §
    let reduktion = barn_inkomstreduktion(m, in_, t); // 97 kap. 15 §
    let utfall = manadsbelopp(m, ar, reduktion, "SFB (2010:110) 97 kap. 16 §", b, t); // 98 kap.
    tillaggsbidrag(m, utfall) // 97 kap. 23 a § (upphävd)
}

/// The step with the children who count, at most three (95 kap. 5 § 2 och 97 kap. 17 §).
fn antal_barn(m: Manad, antal: Barnantal, t: &mut Trace) {
    let p = params();
    t.steg(|| {
        Step::ny(
            "antal_barn",
            "Barn som räknas",
            Decimal::from(antal.raknade()),
            "SFB (2010:110) 95 kap. 5 § 2 och 97 kap. 17 §",
        )
        .enhet(Enhet::Barn)
        .formel(format!(
            "{} barn i hushållet; räknas: {} hemmavarande, {} växelvis boende, {} umgängesbarn (högst tre)",
            antal.totalt, antal.hemmavarande, antal.vaxelvis, antal.umgange
        ))
        .indata([
            ("barn_i_hushallet", Decimal::from(antal.totalt)),
            ("hemmavarande", Decimal::from(antal.hemmavarande)),
            ("vaxelvis", Decimal::from(antal.vaxelvis)),
            ("umgange", Decimal::from(antal.umgange)),
        ])
        .param(p.barn_max_antal.used("barn_max_antal", m))
    });
}

/// 97 kap. 20–21 §§: the cost for area above the limit for the number of children is
/// disregarded, but costs up to the amount of 21 § are always considered.
fn barn_beaktad_kostnad(
    m: Manad,
    in_: &BostadsbidragIndata,
    barn_i_hushallet: u32,
    t: &mut Trace,
) -> Decimal {
    let p = params();
    let kostnad = in_.bostadskostnad.unwrap_or_default();
    let tot_key = nyckel(barn_i_hushallet, 5);
    let ytgrans = p.barn_ytgrans.entry(m, tot_key).unwrap_or_default();
    let alltid = p.barn_kostnad_alltid.entry(m, tot_key).unwrap_or_default();
    let steg = |belopp, reference| {
        Step::ny(
            "beaktad_bostadskostnad",
            "Bostadskostnad som beaktas",
            belopp,
            reference,
        )
        .param(p.barn_ytgrans.used("barn_ytgrans", m))
    };
    match in_.bostadsyta {
        Some(yta) if yta > ytgrans => {
            let reducerad = ore(kostnad * ytgrans / yta);
            let golv = kostnad.min(alltid);
            let k = reducerad.max(golv);
            t.steg(|| {
                steg(k, "SFB (2010:110) 97 kap. 20 och 21 §§")
                    .formel(format!(
                        "{kostnad} kr × {ytgrans} m² / {yta} m² = {reducerad} kr, men minst {golv} kr (kostnad upp till {alltid} kr beaktas alltid)"
                    ))
                    .indata([("bostadskostnad", kostnad), ("bostadsyta", yta)])
                    .param(p.barn_kostnad_alltid.used("barn_kostnad_alltid", m))
                    .avrundning("till hela ören (lagen anger ingen avrundning; se docs/rules/bostadsbidrag.md)")
            });
            k
        }
        yta => {
            t.steg(|| {
                steg(kostnad, "SFB (2010:110) 97 kap. 20 §")
                    .formel(match yta {
                        Some(yta) => format!("{kostnad} kr; ytan {yta} m² är inom {ytgrans} m²"),
                        None => format!("{kostnad} kr; ingen bostadsyta angiven, ytgränsen {ytgrans} m² prövas inte"),
                    })
                    .indata([("bostadskostnad", kostnad)])
            });
            kostnad
        }
    }
}

/// 97 kap. 18 §: half the cost above the lower limit, up to the ceiling for the number of
/// counted children, per month.
fn barn_bidrag_bostadskostnad(m: Manad, beaktad: Decimal, n: u32, t: &mut Trace) -> Decimal {
    let p = params();
    let nedre = p.barn_nedre_grans.scalar(m).unwrap_or_default();
    let ovre = p.barn_ovre_grans.entry(m, nyckel(n, 3)).unwrap_or_default();
    let sats = p.barn_sats.scalar(m).unwrap_or_default();
    let del = (beaktad.min(ovre) - nedre).max(Decimal::ZERO);
    let bostad = (sats * del).normalize();
    t.steg(|| {
        Step::ny(
            "bidrag_bostadskostnad",
            "Bidrag till kostnader för bostad per månad",
            bostad,
            "SFB (2010:110) 97 kap. 18 §",
        )
        .formel(format!(
            "{} × ({} kr − {nedre} kr) = {} × {del} kr (kostnad över {nedre} kr upp till {ovre} kr för {n} barn)",
            sats.normalize(),
            beaktad.min(ovre),
            sats.normalize()
        ))
        .indata([
            ("beaktad_bostadskostnad", beaktad),
            ("antal_barn", Decimal::from(n)),
        ])
        .param(p.barn_nedre_grans.used("barn_nedre_grans", m))
        .param(p.barn_ovre_grans.used("barn_ovre_grans", m))
        .param(p.barn_sats.used("barn_sats", m))
    });
    bostad
}

/// 97 kap. 22 §: särskilt bidrag för hemmavarande barn, per month.
fn sarskilt_bidrag_hemmavarande(m: Manad, antal: Barnantal, t: &mut Trace) -> Decimal {
    if antal.hemmavarande == 0 {
        return Decimal::ZERO;
    }
    let p = params();
    let b = p
        .sarskilt_bidrag_hemmavarande
        .entry(m, nyckel(antal.hemmavarande, 3))
        .unwrap_or_default();
    t.steg(|| {
        Step::ny(
            "sarskilt_bidrag_hemmavarande",
            "Särskilt bidrag för hemmavarande barn per månad",
            b,
            "SFB (2010:110) 97 kap. 22 §",
        )
        .formel(format!("{} hemmavarande barn: {b} kr", antal.hemmavarande))
        .indata([("hemmavarande", Decimal::from(antal.hemmavarande))])
        .param(
            p.sarskilt_bidrag_hemmavarande
                .used("sarskilt_bidrag_hemmavarande", m),
        )
    });
    b
}

/// 97 kap. 22 a §: särskilt bidrag för barn som bor växelvis, per month: by their number
/// alone (första stycket), or with hemmavarande children by both numbers (andra stycket).
fn sarskilt_bidrag_vaxelvis(m: Manad, antal: Barnantal, t: &mut Trace) -> Decimal {
    if antal.vaxelvis == 0 {
        return Decimal::ZERO;
    }
    let p = params();
    let endast = antal.hemmavarande == 0;
    let mut buf = [0u8; 24];
    let (key, tl, nyckeln, reference) = if endast {
        (
            "sarskilt_bidrag_vaxelvis",
            &p.sarskilt_bidrag_vaxelvis,
            nyckel(antal.vaxelvis, 3),
            "SFB (2010:110) 97 kap. 22 a § första stycket",
        )
    } else {
        (
            "sarskilt_bidrag_vaxelvis_blandat",
            &p.sarskilt_bidrag_vaxelvis_blandat,
            nyckel_par(antal.hemmavarande, antal.vaxelvis, &mut buf),
            "SFB (2010:110) 97 kap. 22 a § andra stycket",
        )
    };
    let b = tl.entry(m, nyckeln).unwrap_or_default();
    t.steg(|| {
        let barnen = if endast {
            format!("{} växelvis boende barn", antal.vaxelvis)
        } else {
            format!(
                "{} hemmavarande och {} växelvis boende barn",
                antal.hemmavarande, antal.vaxelvis
            )
        };
        Step::ny(
            "sarskilt_bidrag_vaxelvis",
            "Särskilt bidrag för barn som bor växelvis per månad",
            b,
            reference,
        )
        .formel(format!("{barnen}: {b} kr"))
        .indata([
            ("hemmavarande", Decimal::from(antal.hemmavarande)),
            ("vaxelvis", Decimal::from(antal.vaxelvis)),
        ])
        .param(tl.used(key, m))
    });
    b
}

/// 97 kap. 23 §: umgängesbidrag per month, by the number of umgängesbarn when there are no
/// other children (första stycket), otherwise per child (andra stycket).
fn umgangesbidrag(m: Manad, antal: Barnantal, t: &mut Trace) -> Decimal {
    if antal.umgange == 0 {
        return Decimal::ZERO;
    }
    let p = params();
    let endast = antal.endast_umgange();
    let per = p.umgangesbidrag.entry(m, "per_barn").unwrap_or_default();
    let b = if endast {
        p.umgangesbidrag
            .entry(m, nyckel(antal.umgange, 3))
            .unwrap_or_default()
    } else {
        per * Decimal::from(antal.umgange)
    };
    t.steg(|| {
        Step::ny(
            "umgangesbidrag",
            "Umgängesbidrag per månad",
            b,
            if endast {
                "SFB (2010:110) 97 kap. 23 § första stycket"
            } else {
                "SFB (2010:110) 97 kap. 23 § andra stycket"
            },
        )
        .formel(if endast {
            format!("{} umgängesbarn: {b} kr", antal.umgange)
        } else {
            format!(
                "{per} kr × {} umgängesbarn i hushåll som också har hemmavarande eller växelvis boende barn",
                antal.umgange
            )
        })
        .indata([("umgange", Decimal::from(antal.umgange))])
        .param(p.umgangesbidrag.used("umgangesbidrag", m))
    });
    b
}

/// 97 kap. 15 §: 20 % of the income above 150 000 kr a year, or for makar above 75 000 kr
/// each.
///
/// DECISION (docs/rules/bostadsbidrag.md, "Makars inkomstgräns"): for makar each one's
/// income is compared with 75 000 kr and the excesses are added; a spouse under the limit
/// does not lift the other's limit ("75 000 kronor för var och en av dem").
fn barn_inkomstreduktion(m: Manad, in_: &BostadsbidragIndata, t: &mut Trace) -> Decimal {
    let p = params();
    let sats = p.barn_reduktion_sats.scalar(m).unwrap_or_default();
    let ink = in_.inkomst.unwrap_or_default();
    let steg = |reduktion| {
        Step::ny(
            "inkomstreduktion",
            "Minskning för inkomst per år",
            reduktion,
            "SFB (2010:110) 97 kap. 15 §",
        )
        .param(p.barn_inkomstgrans.used("barn_inkomstgrans", m))
        .param(p.barn_reduktion_sats.used("barn_reduktion_sats", m))
    };
    let over = |inkomst: Decimal, g: Decimal| (inkomst - g).max(Decimal::ZERO);
    if in_.make_alder.is_some() {
        let mi = in_.make_inkomst.unwrap_or_default();
        let g = p.barn_inkomstgrans.entry(m, "per_make").unwrap_or_default();
        let (o1, o2) = (over(ink, g), over(mi, g));
        let reduktion = (sats * (o1 + o2)).normalize();
        t.steg(|| {
            steg(reduktion)
                .formel(format!(
                    "{} × ({o1} kr + {o2} kr): inkomst över {g} kr för var och en (sökanden {ink} kr, maken {mi} kr)",
                    sats.normalize()
                ))
                .indata([("inkomst", ink), ("make_inkomst", mi)])
        });
        reduktion
    } else {
        let g = p
            .barn_inkomstgrans
            .entry(m, "ensamstaende")
            .unwrap_or_default();
        let o = over(ink, g);
        let reduktion = (sats * o).normalize();
        t.steg(|| {
            steg(reduktion)
                .formel(format!(
                    "{} × {o} kr: inkomst {ink} kr över {g} kr",
                    sats.normalize()
                ))
                .indata([("inkomst", ink)])
        });
        reduktion
    }
}

/// 97 kap. 23 a § (upphävd): the temporary tilläggsbidrag to families of 2024-01 – 2025-06.
/// Its rate is known, but not the amount it was computed on nor its rounding
/// (docs/rules/bostadsbidrag.md): a month with the tillägg is not modelled.
fn tillaggsbidrag(m: Manad, utfall: Utfall) -> Utfall {
    let andel = params().tillaggsbidrag.scalar(m).unwrap_or_default();
    if andel > Decimal::ZERO && utfall.status == Status::Utbetalas {
        let procent = (andel * Decimal::ONE_HUNDRED).normalize();
        return Utfall {
            status: Status::EjModellerad,
            per_manad: Decimal::ZERO,
            skal: Some(format!(
                "I {m} fick barnfamiljer ett tillfälligt tilläggsbidrag på {procent} % av det preliminära bostadsbidraget (SFB 97 kap. 23 a §, numera upphävd). Hur det beräknades och avrundades finns inte i underlaget, så beloppet för månaden modelleras inte. Bostadsbidraget utan tillägg: {} kr.",
                utfall.per_manad
            )
            .into()),
            saknas: vec![],
            steps: utfall.steps,
        };
    }
    utfall
}

// ---------------------------------------------------------------------------------------------
// Gemensamt: årsbelopp, minskning, lägsta belopp och månadsbelopp

/// 97 kap. 3 §: the bidrag per month before the income test, as a yearly amount (× 12).
fn arsbelopp(manad: Decimal, t: &mut Trace) -> Decimal {
    let manad = manad.normalize();
    let ar = (manad * Decimal::from(12)).normalize();
    t.steg(|| {
        Step::ny(
            "bidrag_per_ar_fore_inkomstprovning",
            "Bostadsbidrag per år före inkomstprövning",
            ar,
            "SFB (2010:110) 97 kap. 3 §",
        )
        .formel(format!("{manad} kr × 12"))
        .indata([("bidrag_per_manad", manad)])
    });
    ar
}

/// From the yearly amount before the income test to the preliminary monthly amount: minus
/// the yearly reduction, nothing under the lowest amount, then per month.
fn manadsbelopp(
    m: Manad,
    ar: Decimal,
    reduktion: Decimal,
    lagsta_ref: &'static str,
    b: Belopp,
    t: &mut Trace,
) -> Utfall {
    let efter = efter_inkomstprovning(ar, reduktion, t); // 97 kap. 15 och 24 §§
    if let Some(u) = under_lagsta_belopp(m, efter, lagsta_ref, t) {
        return u; // 97 kap. 16 och 25 §§
    }
    match b {
        Belopp::Preliminart => preliminart_per_manad(m, efter, t), // 98 kap. 2–4 §§
        Belopp::Slutligt => slutligt_manadens_del(efter, t),       // 97 kap. 3 §, 98 kap. 5 §
    }
}

/// 97 kap. 3 § and 98 kap. 5 §: the month's twelfth of the final yearly bidrag, exact.
fn slutligt_manadens_del(efter: Decimal, t: &mut Trace) -> Utfall {
    let del = efter / Decimal::from(12);
    t.steg(|| {
        Step::ny(
            "slutligt_bostadsbidrag_manad",
            "Slutligt bostadsbidrag för månaden",
            ore(del),
            "SFB (2010:110) 97 kap. 3 §, 98 kap. 5 §",
        )
        .formel(format!(
            "{} kr per år / 12 (årets inkomst lika fördelad på årets månader)",
            ore(efter)
        ))
        .indata([("bidrag_per_ar", ore(efter))])
        .avrundning(
            "ingen: 98 kap. 4 § avrundar bara det preliminära månadsbeloppet; visas i hela ören",
        )
    });
    Utfall::belopp(del, t.ta())
}

/// 97 kap. 15 och 24 §§: the yearly bidrag is the yearly amount minus the reduction for
/// income, at least 0.
fn efter_inkomstprovning(ar: Decimal, reduktion: Decimal, t: &mut Trace) -> Decimal {
    let efter = (ar - reduktion).max(Decimal::ZERO);
    t.steg(|| {
        Step::ny(
            "bidrag_per_ar",
            "Bostadsbidrag per år",
            ore(efter),
            "SFB (2010:110) 97 kap. 15 och 24 §§",
        )
        .formel(format!("{ar} kr − {} kr", ore(reduktion)))
        .indata([
            ("bidrag_per_ar_fore_inkomstprovning", ar),
            ("inkomstreduktion", ore(reduktion)),
        ])
        .avrundning("visas i hela ören; beräkningen använder det exakta beloppet")
    });
    efter
}

/// 97 kap. 16 och 25 §§ (`lagsta_ref`): a bidrag under 1 200 kr a year is not paid; then the
/// outcome, 0 kr with the reason.
fn under_lagsta_belopp(
    m: Manad,
    efter: Decimal,
    lagsta_ref: &'static str,
    t: &mut Trace,
) -> Option<Utfall> {
    let p = params();
    let lagsta = p.lagsta_arsbelopp.scalar(m).unwrap_or_default();
    if efter >= lagsta {
        return None;
    }
    t.steg(|| {
        Step::ny(
            "lagsta_arsbelopp",
            "Lägsta belopp som betalas ut",
            Decimal::ZERO,
            lagsta_ref,
        )
        .formel(format!(
            "{} kr per år är mindre än {lagsta} kr: betalas inte ut",
            ore(efter)
        ))
        .indata([("bidrag_per_ar", ore(efter))])
        .param(p.lagsta_arsbelopp.used("lagsta_arsbelopp", m))
    });
    Some(Utfall::noll(
        if efter.is_zero() {
            "Inkomsten är så hög att inget bostadsbidrag återstår efter inkomstprövningen."
        } else {
            "Bostadsbidraget blir mindre än 1 200 kr för helt år och betalas inte ut."
        },
        t.ta(),
    ))
}

/// 98 kap. 2–4 §§: the preliminary bidrag per month, the yearly bidrag / 12 rounded down to
/// whole hundreds.
fn preliminart_per_manad(m: Manad, efter: Decimal, t: &mut Trace) -> Utfall {
    let p = params();
    let per_manad = efter / Decimal::from(12);
    let utbetalas = nedat_hundratal(per_manad);
    t.steg(|| {
        Step::ny(
            "bostadsbidrag",
            "Preliminärt bostadsbidrag per månad",
            utbetalas,
            "SFB (2010:110) 98 kap. 2–4 §§",
        )
        .formel(format!(
            "{} kr / 12 = {} kr, avrundat nedåt till {utbetalas} kr",
            ore(efter),
            ore(per_manad)
        ))
        .indata([("bidrag_per_ar", ore(efter))])
        .param(p.lagsta_arsbelopp.used("lagsta_arsbelopp", m))
        .avrundning("nedåt till närmaste jämna hundratal kronor (SFB 98 kap. 4 §)")
    });
    Utfall::belopp(utbetalas, t.ta())
}

#[cfg(test)]
mod tests {

    #[test]
    fn table_keys_are_the_numbers_written_out() {
        assert_eq!(
            (nyckel(0, 3), nyckel(2, 3), nyckel(7, 3), nyckel(4, 5)),
            ("0", "2", "3", "4")
        );
        let mut buf = [0u8; 24];
        assert_eq!(nyckel_par(1, 2, &mut buf), "1_2");
        assert_eq!(
            nyckel_par(u32::MAX, u32::MAX, &mut buf),
            "4294967295_4294967295"
        );
    }

    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn bostadsbidrag(m: Manad, in_: &BostadsbidragIndata) -> Utfall {
        super::bostadsbidrag(m, in_, &mut Trace::on())
    }

    fn ung(kostnad: Decimal, yta: Option<Decimal>, inkomst: Decimal) -> BostadsbidragIndata {
        BostadsbidragIndata {
            alder: 24,
            make_alder: None,
            inkomst: Some(inkomst),
            make_inkomst: None,
            bostadskostnad: Some(kostnad),
            bostadsyta: yta,
            barn: vec![],
            bostadstillagg_eller_sa_ae: false,
        }
    }

    fn barn(alder: u32, boende: Boende) -> BostadsbidragBarn {
        BostadsbidragBarn {
            alder,
            boende,
            forlangt_barnbidrag_eller_studiehjalp: false,
        }
    }

    fn familj(
        kostnad: Decimal,
        inkomst: Decimal,
        barn: Vec<BostadsbidragBarn>,
    ) -> BostadsbidragIndata {
        BostadsbidragIndata {
            alder: 35,
            barn,
            ..ung(kostnad, None, inkomst)
        }
    }

    fn step(u: &Utfall, id: &str) -> Decimal {
        u.steps
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no step {id}"))
            .amount
    }

    /// 98 kap. 4 § rounds the preliminary monthly amount only: the final share is the yearly
    /// bidrag / 12 exactly (78 000 kr: (16 440 − 37 000 / 3) / 12 = 342.22…, paid 300), and a
    /// bidrag under 1 200 kr for the year is 0 in both (97 kap. 25 §).
    #[test]
    fn final_share_is_not_rounded() {
        let m = Manad::new(2026, 3);
        let in_ = ung(dec!(5000), Some(dec!(35)), dec!(78000));
        let s = super::slutligt_per_manad(m, &in_, &mut Trace::on());
        assert_eq!(s.per_manad * dec!(12), dec!(16440) - dec!(37000) / dec!(3));
        assert_eq!(step(&s, "slutligt_bostadsbidrag_manad"), dec!(342.22));
        assert_eq!(bostadsbidrag(m, &in_).per_manad, dec!(300));
        let hog = ung(dec!(5000), Some(dec!(35)), dec!(87000));
        assert!(super::slutligt_per_manad(m, &hog, &mut Trace::off())
            .per_manad
            .is_zero());
    }

    #[test]
    fn params_load_with_both_ceilings() {
        let p = params();
        assert_eq!(
            p.barn_ovre_grans.entry(Manad::new(2025, 12), "1"),
            Some(dec!(5300))
        );
        // SFS 2025:1477 övergångsbestämmelser p. 1: 97 kap. 18 § from 2026-01-01.
        assert_eq!(
            p.barn_ovre_grans.entry(Manad::new(2026, 1), "3"),
            Some(dec!(8600))
        );
    }

    #[test]
    fn worked_example_f_young_single_2025() {
        // rules-benefits.md §9.2 F: 1 370/mån = 16 440/år − 19 000/3 = 10 106,67 → 842,22 → 800.
        let u = bostadsbidrag(
            Manad::new(2025, 9),
            &ung(dec!(3800), Some(dec!(40)), dec!(60000)),
        );
        assert_eq!(u.status, Status::Utbetalas);
        assert_eq!(step(&u, "bidrag_bostadskostnad"), dec!(1370));
        assert_eq!(step(&u, "bidrag_per_ar_fore_inkomstprovning"), dec!(16440));
        assert_eq!(step(&u, "bidrag_per_ar"), dec!(10106.67));
        assert_eq!(u.per_manad, dec!(800));
    }

    #[test]
    fn young_published_maximum_1300() {
        // Published: max paid 1 300 kr/mån (cost ≥ 3 600, income ≤ 41 000): 1 370 floored.
        let u = bostadsbidrag(Manad::new(2026, 1), &ung(dec!(5000), None, dec!(41000)));
        assert_eq!(u.per_manad, dec!(1300));
        // Hand: cost 2 200 → 0,9 × 400 = 360/mån → 300 after rounding down.
        let u = bostadsbidrag(Manad::new(2026, 1), &ung(dec!(2200), None, dec!(0)));
        assert_eq!(step(&u, "bidrag_bostadskostnad"), dec!(360));
        assert_eq!(u.per_manad, dec!(300));
        // Cost at or below 1 800: nothing.
        let u = bostadsbidrag(Manad::new(2026, 1), &ung(dec!(1800), None, dec!(0)));
        assert_eq!(u.status, Status::NollKronor);
    }

    #[test]
    fn young_published_income_ceilings() {
        // Published: no bidrag above 86 720 kr (single) / 103 720 kr (couple) a year.
        let m = Manad::new(2026, 1);
        let u = bostadsbidrag(m, &ung(dec!(4000), None, dec!(86720)));
        assert_eq!(u.status, Status::Utbetalas); // 16 440 − 15 240 = 1 200 → 100/mån
        assert_eq!(u.per_manad, dec!(100));
        let u = bostadsbidrag(m, &ung(dec!(4000), None, dec!(86721)));
        assert_eq!(u.status, Status::NollKronor);

        let mut par = ung(dec!(4000), None, dec!(53720));
        par.make_alder = Some(26);
        par.make_inkomst = Some(dec!(50000));
        assert_eq!(bostadsbidrag(m, &par).per_manad, dec!(100));
        par.make_inkomst = Some(dec!(50001));
        assert_eq!(bostadsbidrag(m, &par).status, Status::NollKronor);
    }

    #[test]
    fn young_area_cap_60_m2() {
        // 3 600 kr for 72 m²: 3 600 × 60/72 = 3 000 → 720 + 0,65 × 400 = 980/mån → 900.
        let u = bostadsbidrag(
            Manad::new(2026, 1),
            &ung(dec!(3600), Some(dec!(72)), dec!(0)),
        );
        assert_eq!(step(&u, "beaktad_bostadskostnad"), dec!(3000));
        assert_eq!(step(&u, "bidrag_bostadskostnad"), dec!(980));
        assert_eq!(u.per_manad, dec!(900));
    }

    #[test]
    fn young_exclusions() {
        let m = Manad::new(2026, 1);
        let mut i = ung(dec!(4000), None, dec!(0));
        i.bostadstillagg_eller_sa_ae = true;
        let u = bostadsbidrag(m, &i);
        assert_eq!(u.status, Status::EjRatt);
        assert!(u
            .skal
            .unwrap()
            .starts_with("bostadstillägg utesluter bostadsbidrag"));

        let mut i = ung(dec!(4000), None, dec!(0));
        i.alder = 29;
        assert_eq!(bostadsbidrag(m, &i).status, Status::EjRatt);
        i.alder = 28;
        assert_eq!(bostadsbidrag(m, &i).status, Status::Utbetalas);
        i.make_alder = Some(29);
        i.make_inkomst = Some(dec!(0));
        assert_eq!(bostadsbidrag(m, &i).status, Status::EjRatt);
        i.make_alder = None;
        i.alder = 17;
        assert_eq!(bostadsbidrag(m, &i).status, Status::EjRatt);
    }

    #[test]
    fn worked_example_g_family_ceiling_changes_2026_01() {
        // §9.2 G: until 2025-12-31 0,5 × (5 300 − 1 400) + 1 500 = 3 450/mån; 41 400 − 10 000
        // = 31 400/år → 2 616,67 → 2 600. From 2026-01-01 (SFS 2025:1477 övergångsbestämmelser
        // p. 1): 0,5 × 4 600 + 1 500 = 3 800; 45 600 − 10 000 = 35 600 → 2 966,67 → 2 900.
        let i = familj(
            dec!(6000),
            dec!(200000),
            vec![barn(7, Boende::Hemmavarande)],
        );
        let december = bostadsbidrag(Manad::new(2025, 12), &i);
        assert_eq!(step(&december, "bidrag_bostadskostnad"), dec!(1950));
        assert_eq!(step(&december, "inkomstreduktion"), dec!(10000));
        assert_eq!(december.per_manad, dec!(2600));
        let januari = bostadsbidrag(Manad::new(2026, 1), &i);
        assert_eq!(step(&januari, "bidrag_bostadskostnad"), dec!(2300));
        assert_eq!(januari.per_manad, dec!(2900));
        assert_eq!(bostadsbidrag(Manad::new(2026, 3), &i).per_manad, dec!(2900));
        // The same in July 2025, after the tilläggsbidrag ended.
        assert_eq!(bostadsbidrag(Manad::new(2025, 7), &i).per_manad, dec!(2600));
    }

    #[test]
    fn family_three_children_and_cap_of_three() {
        // Hand: 4 hemmavarande, rent 8 000, income 100 000, 2025-09: ceiling for three 6 600
        // → 0,5 × 5 200 = 2 600 + 2 650 = 5 250/mån = 63 000/år; no reduction → 5 200.
        let barn4: Vec<_> = (0..4).map(|a| barn(2 + a, Boende::Hemmavarande)).collect();
        let u = bostadsbidrag(
            Manad::new(2025, 9),
            &familj(dec!(8000), dec!(100000), barn4.clone()),
        );
        assert_eq!(step(&u, "antal_barn"), dec!(3));
        // A count of children, shown as "3 barn", not "3 kr".
        let antal = u.steps.iter().find(|s| s.id == "antal_barn").unwrap();
        assert_eq!(antal.unit, crate::trace::Enhet::Barn);
        assert_eq!(step(&u, "sarskilt_bidrag_hemmavarande"), dec!(2650));
        assert_eq!(u.per_manad, dec!(5200));
        // 2026-02, ceiling 8 600: 0,5 × 6 600 = 3 300 + 2 650 = 5 950 → 5 900.
        let u = bostadsbidrag(
            Manad::new(2026, 2),
            &familj(dec!(8000), dec!(100000), barn4),
        );
        assert_eq!(u.per_manad, dec!(5900));
    }

    #[test]
    fn family_couple_income_per_spouse() {
        // Hand: incomes 150 000 and 0, 1 child, rent 5 300 (2026-01): 3 450/mån = 41 400/år;
        // per spouse: (150 000 − 75 000) × 0,2 = 15 000 → 26 400 → 2 200/mån.
        let mut i = familj(
            dec!(5300),
            dec!(150000),
            vec![barn(3, Boende::Hemmavarande)],
        );
        i.make_alder = Some(36);
        i.make_inkomst = Some(dec!(0));
        let u = bostadsbidrag(Manad::new(2026, 1), &i);
        assert_eq!(step(&u, "inkomstreduktion"), dec!(15000));
        assert_eq!(u.per_manad, dec!(2200));
        // Both 75 000: no reduction → 3 450 → 3 400.
        i.inkomst = Some(dec!(75000));
        i.make_inkomst = Some(dec!(75000));
        assert_eq!(bostadsbidrag(Manad::new(2026, 1), &i).per_manad, dec!(3400));
    }

    #[test]
    fn family_vaxelvis_and_umgange() {
        let m = Manad::new(2026, 1);
        // One växelvis child, rent 4 400: 0,5 × 3 000 + 1 300 = 2 800 → 2 800.
        let u = bostadsbidrag(
            m,
            &familj(dec!(4400), dec!(0), vec![barn(9, Boende::Vaxelvis)]),
        );
        assert_eq!(step(&u, "sarskilt_bidrag_vaxelvis"), dec!(1300));
        assert_eq!(u.per_manad, dec!(2800));
        // One hemmavarande + one växelvis: 1 500 + 300; ceiling for two 7 900 (2026).
        let u = bostadsbidrag(
            m,
            &familj(
                dec!(6000),
                dec!(0),
                vec![barn(4, Boende::Hemmavarande), barn(9, Boende::Vaxelvis)],
            ),
        );
        assert_eq!(step(&u, "sarskilt_bidrag_vaxelvis"), dec!(300));
        // 0,5 × 4 600 + 1 500 + 300 = 4 100.
        assert_eq!(u.per_manad, dec!(4100));
        // Two umgängesbarn only: 600 kr; rent 3 000 → 0,5 × 1 600 = 800 + 600 = 1 400.
        let u = bostadsbidrag(
            m,
            &familj(
                dec!(3000),
                dec!(0),
                vec![barn(6, Boende::Umgange), barn(8, Boende::Umgange)],
            ),
        );
        assert_eq!(step(&u, "umgangesbidrag"), dec!(600));
        assert_eq!(u.per_manad, dec!(1400));
        // One hemmavarande + one umgängesbarn: 100 kr umgängesbidrag.
        let u = bostadsbidrag(
            m,
            &familj(
                dec!(3000),
                dec!(0),
                vec![barn(6, Boende::Hemmavarande), barn(8, Boende::Umgange)],
            ),
        );
        assert_eq!(step(&u, "umgangesbidrag"), dec!(100));
    }

    #[test]
    fn umgange_in_small_flat_is_a_household_without_children() {
        // 35 m²: not a family dwelling (96 kap. 6 §); the parent is 24, so the young rules:
        // rent 3 000 → 720 + 0,65 × 400 = 980 → 900.
        let mut i = familj(dec!(3000), dec!(0), vec![barn(6, Boende::Umgange)]);
        i.alder = 24;
        i.bostadsyta = Some(dec!(35));
        let u = bostadsbidrag(Manad::new(2026, 1), &i);
        assert_eq!(step(&u, "umgange_bostad_for_liten"), dec!(35));
        assert_eq!(u.per_manad, dec!(900));
        // At 30 years old: no right at all.
        i.alder = 30;
        assert_eq!(
            bostadsbidrag(Manad::new(2026, 1), &i).status,
            Status::EjRatt
        );
    }

    #[test]
    fn family_area_cap_with_floor() {
        // 1 child, 100 m², rent 6 000: 6 000 × 80/100 = 4 800 (≥ 3 000) → 0,5 × 3 400 + 1 500
        // = 3 200 → 3 200.
        let mut i = familj(dec!(6000), dec!(0), vec![barn(5, Boende::Hemmavarande)]);
        i.bostadsyta = Some(dec!(100));
        let u = bostadsbidrag(Manad::new(2026, 1), &i);
        assert_eq!(step(&u, "beaktad_bostadskostnad"), dec!(4800));
        assert_eq!(u.per_manad, dec!(3200));
        // 200 m², rent 3 500: 1 400 after the area cap, but 3 000 is always considered.
        i.bostadsyta = Some(dec!(200));
        i.bostadskostnad = Some(dec!(3500));
        let u = bostadsbidrag(Manad::new(2026, 1), &i);
        assert_eq!(step(&u, "beaktad_bostadskostnad"), dec!(3000));
    }

    #[test]
    fn adult_child_counts_only_with_studies() {
        let m = Manad::new(2026, 1);
        let mut c = barn(18, Boende::Hemmavarande);
        let i = familj(dec!(6000), dec!(0), vec![c.clone()]);
        // Parent 35 without a counted child: household without children, 29+ → no right.
        assert_eq!(bostadsbidrag(m, &i).status, Status::EjRatt);
        c.forlangt_barnbidrag_eller_studiehjalp = true;
        let i = familj(dec!(6000), dec!(0), vec![c]);
        assert_eq!(bostadsbidrag(m, &i).status, Status::Utbetalas);
    }

    #[test]
    fn tillaggsbidrag_months_are_not_modelled() {
        let i = familj(
            dec!(6000),
            dec!(200000),
            vec![barn(7, Boende::Hemmavarande)],
        );
        for m in [Manad::new(2024, 6), Manad::new(2025, 6)] {
            let u = bostadsbidrag(m, &i);
            assert_eq!(u.status, Status::EjModellerad, "{m}");
            assert!(u.skal.as_ref().unwrap().contains("2600 kr"));
        }
        // Young households never had the tillägg.
        assert_eq!(
            bostadsbidrag(Manad::new(2025, 3), &ung(dec!(3800), None, dec!(60000))).per_manad,
            dec!(800)
        );
        // Before the parameters begin.
        assert_eq!(
            bostadsbidrag(Manad::new(2023, 12), &ung(dec!(3800), None, dec!(60000))).status,
            Status::EjModellerad
        );
    }

    #[test]
    fn missing_inputs_are_named() {
        let mut i = familj(
            dec!(6000),
            dec!(200000),
            vec![barn(7, Boende::Hemmavarande)],
        );
        i.bostadskostnad = None;
        i.make_alder = Some(40);
        let u = bostadsbidrag(Manad::new(2026, 1), &i);
        assert_eq!(u.status, Status::BehoverUppgift);
        assert_eq!(u.saknas, vec!["bostadskostnad", "make_inkomst"]);
    }

    #[test]
    fn every_step_names_its_paragraph() {
        let i = familj(
            dec!(6000),
            dec!(200000),
            vec![barn(7, Boende::Hemmavarande)],
        );
        let u = bostadsbidrag(Manad::new(2026, 4), &i);
        assert!(u.steps.iter().all(|s| s.reference.contains('§')));
        let tak = u
            .steps
            .iter()
            .find(|s| s.id == "bidrag_bostadskostnad")
            .unwrap();
        assert!(tak
            .params
            .iter()
            .any(|p| p.value.contains("från 2026-01-01")));
    }
}
