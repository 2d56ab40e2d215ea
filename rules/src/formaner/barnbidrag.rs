//! Barnbidrag — SFB 15 kap. (allmänt och förlängt barnbidrag, flerbarnstillägg) and 16 kap.
//! (who gets it, the split between parents, rounding), with studiebidrag from CSN
//! (studiestödslagen 1999:1395, 2 kap.) for a child in upper secondary school, which takes
//! over from the allmänt barnbidrag at 16.
//!
//! The amount is what one bidragsmottagare gets in a month: the barnbidrag of 15–16 kap.
//! rounded up to whole kronor (16 kap. 20 §) plus studiebidrag. One step per child shows its
//! part.
//!
//! Not modelled, and said so in docs/rules/barnbidrag.md: flerbarnstillägg between sambor
//! who are not both parents (15 kap. 12 § 2, 16 kap. 14 §), children in familjehem (15 kap.
//! 10 §, 106 kap.), payment to others (16 kap. 18 §), the exclusions after 15 kap. 11 § (part
//! time, married, not living with the parent) — the caller leaves such a child out — and
//! CSN's extra tillägg and inackorderingstillägg.

use std::sync::OnceLock;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Manad, Status, Tidslinje, Utfall};
use crate::trace::{Step, Trace};

/// Parameters of `rules/params/formaner/barnbidrag.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarnbidragParametrar {
    pub meta: super::OmradeMeta,
    pub allmant_barnbidrag: Tidslinje,
    pub allmant_barnbidrag_alder: Tidslinje,
    pub forlangt_barnbidrag: Tidslinje,
    pub flerbarnstillagg: Tidslinje,
    pub flerbarnstillagg_studerande_alder: Tidslinje,
    pub delat_barnbidrag_andel: Tidslinje,
    pub studiebidrag: Tidslinje,
}

pub fn params() -> &'static BarnbidragParametrar {
    static P: OnceLock<BarnbidragParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::barnbidrag)
}

/// How the child's barnbidrag is shared (SFB 16 kap. 4–7 §§).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fordelning {
    /// Half to each parent: joint custody without a notified recipient, or växelvis boende
    /// (16 kap. 5 och 7 §§). The law's default for joint custody.
    #[default]
    Delat,
    /// All to this recipient: sole custody (16 kap. 4 §), the parents notified this one
    /// (16 kap. 5 §), or the child lives with this parent only (16 kap. 7 § 1).
    Hela,
}

/// School after the allmänt barnbidrag has ended (the quarter the child turns 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skolgang {
    #[default]
    Ingen,
    /// Grundskola, sameskola, anpassad grund- eller gymnasieskola or specialskola: förlängt
    /// barnbidrag (15 kap. 5 §).
    ForlangtBarnbidrag,
    /// Full-time studies giving studiehjälp (gymnasieskola etc., studiestödslagen 2 kap.):
    /// studiebidrag from CSN, and the child counts for flerbarnstillägg (15 kap. 9 § 3).
    Studiehjalp,
}

/// One child for whom this recipient gets (a share of) barnbidrag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BarnbidragBarn {
    /// Age in whole years at the end of the month.
    pub alder: u32,
    /// Birth month (1–12). Needed only when the age alone does not settle the month: at 0
    /// (paid from the month after birth), 16 (to the end of the quarter of the 16th birthday)
    /// and 18–20 (who is paid, and studies count to June of the year the child turns 20).
    #[serde(default)]
    pub fodelsemanad: Option<u32>,
    #[serde(default)]
    pub skolgang: Skolgang,
    #[serde(default)]
    pub fordelning: Fordelning,
}

/// What the rule needs to know: the children for whom this recipient gets barnbidrag,
/// together with those of a make living with the recipient (15 kap. 12 § 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct BarnbidragIndata {
    pub barn: Vec<BarnbidragBarn>,
}

/// What a child gives in a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ratt {
    allmant: bool,
    forlangt: bool,
    studiebidrag: bool,
    /// The child counts for flerbarnstillägg (15 kap. 9 och 11 §§).
    flerbarn: bool,
    /// Turned 18 before this month: förlängt barnbidrag goes to the child itself
    /// (16 kap. 3 §) and studiebidrag to the student.
    myndig: bool,
}

fn kvartalets_sista_manad(month: u32) -> u32 {
    month.div_ceil(3) * 3
}

/// The child's rights in `m` if born in (`ar`, `manad`).
fn ratt_om_fodd(m: Manad, fodd: Manad, c: &BarnbidragBarn, alder16: i32, alder20: i32) -> Ratt {
    // 15 kap. 3–4 §§: from the month after birth to the end of the quarter of the 16th birthday.
    let slut_allmant = Manad::new(fodd.year + alder16, kvartalets_sista_manad(fodd.month));
    let allmant = m > fodd && m <= slut_allmant;
    let efter = m > slut_allmant;
    // 15 kap. 11 § and studiestödslagen 2 kap. 3 §: at the latest to June of the year the
    // child turns 20.
    let till_juni_20 = m <= Manad::new(fodd.year + alder20, 6);
    let forlangt = efter && c.skolgang == Skolgang::ForlangtBarnbidrag;
    let studiehjalp = efter && c.skolgang == Skolgang::Studiehjalp && till_juni_20;
    // DECISION (docs/rules/barnbidrag.md, "Studiebidrag i juli och augusti"): studiebidrag is
    // paid for the months of the läsår (studiestödslagen 2 kap. 6 §), September–June.
    let lasar = !matches!(m.month, 7 | 8);
    let studiebidrag = studiehjalp && lasar;
    Ratt {
        allmant,
        forlangt,
        studiebidrag,
        flerbarn: allmant || (efter && c.skolgang != Skolgang::Ingen && till_juni_20),
        // Only asked when something is paid that could go to the child itself, so that an
        // 18-year-old who gets nothing does not need a birth month.
        myndig: (forlangt || studiebidrag) && Manad::new(fodd.year + 18, fodd.month) < m,
    }
}

/// The child's rights in `m`, or None when they depend on the birth month and it is not given.
fn ratt(m: Manad, c: &BarnbidragBarn, alder16: i32, alder20: i32) -> Option<Ratt> {
    let manader: Vec<u32> = match c.fodelsemanad {
        Some(b) => vec![b],
        None => (1..=12).collect(),
    };
    let mut svar = manader.into_iter().map(|b| {
        // Age at the end of m: the birthday this year has passed when b ≤ m.month.
        let year = m.year - c.alder as i32 - i32::from(b > m.month);
        ratt_om_fodd(m, Manad::new(year, b), c, alder16, alder20)
    });
    let forsta = svar.next()?;
    svar.all(|r| r == forsta).then_some(forsta)
}

fn dec_i32(x: Decimal) -> i32 {
    x.trunc().to_i32().unwrap_or(0)
}

/// Flerbarnstillägg for `n` children per month (15 kap. 8 §).
fn flerbarnstillagg_for(m: Manad, n: u32) -> Decimal {
    let p = params();
    (2..=n)
        .map(|k| {
            p.flerbarnstillagg
                .entry(m, &k.min(5).to_string())
                .unwrap_or_default()
        })
        .sum()
}

/// The age limits of month `m`: the allmänt barnbidrag ends with the quarter of the 16th
/// birthday (15 kap. 3–4 §§), studies count to June of the year the child turns 20 (15 kap.
/// 11 §, studiestödslagen 2 kap. 3 §).
fn aldersgranser(m: Manad) -> (i32, i32) {
    let p = params();
    let alder16 = dec_i32(p.allmant_barnbidrag_alder.scalar(m).unwrap_or_default());
    let alder20 = dec_i32(
        p.flerbarnstillagg_studerande_alder
            .scalar(m)
            .unwrap_or_default(),
    );
    (alder16, alder20)
}

/// What is paid in month `m` to the children themselves who have turned 18: förlängt
/// barnbidrag (SFB 16 kap. 3 §: "Om inte annat följer av detta kapitel får ett barn som är
/// myndigt eller gift självt barnbidraget") and studiebidrag (studiestödsförordningen 2 kap.
/// 33 §: "Om den studerande är myndig, skall dock studiehjälpen betalas ut till honom eller henne
/// själv"), in full whatever the split between the parents. Not part of [`barnbidrag`], which is
/// the parents'. None when a child's rights depend on a birth month that is not given (the
/// barnbidrag then asks for it). Records no step: the caller shows the sum.
pub fn till_myndiga_barn(m: Manad, in_: &BarnbidragIndata) -> Option<Decimal> {
    let p = params();
    let (Some(fbb), Some(sb)) = (p.forlangt_barnbidrag.scalar(m), p.studiebidrag.scalar(m)) else {
        return Some(Decimal::ZERO);
    };
    let (alder16, alder20) = aldersgranser(m);
    in_.barn.iter().try_fold(Decimal::ZERO, |sum, c| {
        let r = ratt(m, c, alder16, alder20)?;
        let forlangt = if r.forlangt && r.myndig {
            fbb
        } else {
            Decimal::ZERO
        };
        let studie = if r.studiebidrag && r.myndig {
            sb
        } else {
            Decimal::ZERO
        };
        Some(sum + forlangt + studie)
    })
}

/// Barnbidrag (with studiebidrag) for month `m`, kronor per month to this recipient: each
/// child's rights, the flerbarnstillägg spread over the children who count, each child's part
/// for this recipient, the barnbidrag rounded up, and the studiebidrag on top.
pub fn barnbidrag(m: Manad, in_: &BarnbidragIndata, t: &mut Trace) -> Utfall {
    let Some(s) = Satser::for_manad(m) else {
        return Utfall::ej_modellerad(format!(
            "Parametrarna för barnbidrag börjar 2024-01; {m} modelleras inte."
        ));
    };
    if in_.barn.is_empty() {
        return Utfall::ej_ratt("Inga barn är angivna.");
    }
    let ratter = match ratter(m, in_) {
        Ok(r) => r, // 15 kap. 3–5, 9 och 11 §§; studiestödslagen 2 kap. 3 och 6 §§
        Err(u) => return u,
    };
    let fbt = flerbarnstillagg(m, &ratter); // 15 kap. 8–9 §§
    let summa = barnens_delar(&s, &fbt, in_, &ratter, t); // 16 kap. 4–7 och 15–17 §§
    flerbarnstillagg_till_mottagaren(m, &fbt, &summa, t); // 16 kap. 15–17 §§
    let barnbidrag = avrundat_barnbidrag(&summa, t); // 16 kap. 20 §
    let totalt = med_studiebidrag(m, barnbidrag, summa.studie, t); // studiestödslagen 2 kap.
    if totalt.is_zero() {
        return Utfall {
            status: Status::EjRatt,
            per_manad: Decimal::ZERO,
            skal: Some(
                format!("Inget av barnen ger barnbidrag till den här mottagaren i {m}.").into(),
            ),
            saknas: vec![],
            steps: t.ta(),
        };
    }
    Utfall::belopp(totalt, t.ta())
}

/// The amounts of month `m` (15 kap. 3, 5 §§, 16 kap. 5 §; studiestödslagen 2 kap. 7 §).
struct Satser {
    m: Manad,
    allmant: Decimal,
    forlangt: Decimal,
    studiebidrag: Decimal,
    /// The share of a parent who shares the bidrag (16 kap. 5 och 7 §§).
    halv: Decimal,
}

impl Satser {
    /// None before the parameters begin.
    fn for_manad(m: Manad) -> Option<Self> {
        let p = params();
        Some(Satser {
            m,
            allmant: p.allmant_barnbidrag.scalar(m)?,
            forlangt: p.forlangt_barnbidrag.scalar(m)?,
            studiebidrag: p.studiebidrag.scalar(m)?,
            halv: p.delat_barnbidrag_andel.scalar(m)?,
        })
    }

    /// The recipient's share of a child's bidrag: all of it, or half when shared with the
    /// other parent (16 kap. 4–7 §§).
    fn andel(&self, c: &BarnbidragBarn) -> Decimal {
        match c.fordelning {
            Fordelning::Hela => Decimal::ONE,
            Fordelning::Delat => self.halv,
        }
    }
}

/// Each child's rights in `m` (15 kap. 3–5, 9 och 11 §§; studiestödslagen 2 kap. 3 och 6 §§);
/// Err asking for a birth month that is out of range, or that the month depends on.
fn ratter(m: Manad, in_: &BarnbidragIndata) -> Result<Vec<Ratt>, Utfall> {
    if let Some(i) = in_
        .barn
        .iter()
        .position(|c| c.fodelsemanad.is_some_and(|b| !(1..=12).contains(&b)))
    {
        return Err(Utfall::behover(
            vec![format!("barn[{i}].fodelsemanad")],
            "Födelsemånaden ska vara ett tal 1–12.",
        ));
    }
    let (alder16, alder20) = aldersgranser(m);
    let mut ratter = Vec::with_capacity(in_.barn.len());
    let mut saknas = Vec::new();
    for (i, c) in in_.barn.iter().enumerate() {
        match ratt(m, c, alder16, alder20) {
            Some(r) => ratter.push(r),
            None => saknas.push(format!("barn[{i}].fodelsemanad")),
        }
    }
    if !saknas.is_empty() {
        return Err(Utfall::behover(
            saknas,
            format!(
                "För ett barn som är 0, 16 eller 18–20 år beror {m} på födelsemånaden: ange den."
            ),
        ));
    }
    Ok(ratter)
}

/// The flerbarnstillägg for the household's children who count.
struct Flerbarn {
    /// Children who count (15 kap. 9 och 11 §§).
    n: u32,
    /// The tillägg for `n` children (15 kap. 8 §).
    totalt: Decimal,
    /// Spread evenly over them (16 kap. 15 §).
    per_barn: Decimal,
}

/// Flerbarnstillägg for the n children who count, spread evenly over them (15 kap. 8–9 §§,
/// 16 kap. 15 §).
fn flerbarnstillagg(m: Manad, ratter: &[Ratt]) -> Flerbarn {
    let n = ratter.iter().filter(|r| r.flerbarn).count() as u32;
    let totalt = flerbarnstillagg_for(m, n);
    let per_barn = if n > 0 {
        totalt / Decimal::from(n)
    } else {
        Decimal::ZERO
    };
    Flerbarn {
        n,
        totalt,
        per_barn,
    }
}

/// What one child (or all children together) gives this recipient in a month.
#[derive(Debug, Clone, Copy, Default)]
struct Del {
    allmant: Decimal,
    forlangt: Decimal,
    flerbarn: Decimal,
    studie: Decimal,
    /// The recipient's share of the child, when the child gives flerbarnstillägg.
    andel_flerbarn: Decimal,
}

impl Del {
    fn summa(&self) -> Decimal {
        self.allmant + self.forlangt + self.flerbarn + self.studie
    }
    fn lagg_till(&mut self, d: &Del) {
        self.allmant += d.allmant;
        self.forlangt += d.forlangt;
        self.flerbarn += d.flerbarn;
        self.studie += d.studie;
        self.andel_flerbarn += d.andel_flerbarn;
    }
}

/// Every child's part for this recipient, one step each, and their sum.
fn barnens_delar(
    s: &Satser,
    fbt: &Flerbarn,
    in_: &BarnbidragIndata,
    ratter: &[Ratt],
    t: &mut Trace,
) -> Del {
    let mut summa = Del::default();
    for (i, (c, r)) in in_.barn.iter().zip(ratter).enumerate() {
        let d = barnets_del(s, fbt, c, r);
        t.steg(|| barnets_steg(s, fbt, i, c, r, &d));
        summa.lagg_till(&d);
    }
    summa
}

/// One child's part: the recipient's share of the allmänt or förlängt barnbidrag, of the
/// child's flerbarnstillägg and of the studiebidrag (15 kap. 3–5 och 8 §§, 16 kap. 4–7 och
/// 16 §§); förlängt barnbidrag and studiebidrag of a child of 18 go to the child itself
/// (16 kap. 3 §, studiestödsförordningen 2 kap. 33 §).
fn barnets_del(s: &Satser, fbt: &Flerbarn, c: &BarnbidragBarn, r: &Ratt) -> Del {
    let a = s.andel(c);
    let mut d = Del::default();
    if r.allmant {
        d.allmant = s.allmant * a;
    }
    if r.forlangt && !r.myndig {
        d.forlangt = s.forlangt * a;
    }
    if r.flerbarn && fbt.n >= 2 {
        d.flerbarn = fbt.per_barn * a;
        d.andel_flerbarn = a;
    }
    if r.studiebidrag && !r.myndig {
        d.studie = s.studiebidrag * a;
    }
    d
}

/// The step of one child's part.
fn barnets_steg(
    s: &Satser,
    fbt: &Flerbarn,
    i: usize,
    c: &BarnbidragBarn,
    r: &Ratt,
    d: &Del,
) -> Step {
    let (p, m, a) = (params(), s.m, s.andel(c));
    Step::ny(
        "barn",
        "Barnbidrag för ett barn",
        d.summa().round_dp(2).normalize(),
        if r.studiebidrag {
            "SFB (2010:110) 15 kap. 3–5, 8 §§ och 16 kap. 5 §; studiestödslagen (1999:1395) 2 kap. 3 och 7 §§"
        } else {
            "SFB (2010:110) 15 kap. 3–5 och 8 §§, 16 kap. 5 och 16 §§"
        },
    )
    .formel(format!(
        "barn {} ({} år, {}): {}",
        i + 1,
        c.alder,
        match c.fordelning {
            Fordelning::Hela => "helt bidrag",
            Fordelning::Delat => "delat med den andra föräldern",
        },
        barnets_delar_i_ord(s, fbt, c, r).join("; ")
    ))
    .indata([
        ("barn_nummer", Decimal::from(i as u32 + 1)),
        ("alder", Decimal::from(c.alder)),
        ("andel", a),
    ])
    .param(r.allmant.then(|| p.allmant_barnbidrag.used("allmant_barnbidrag", m)).flatten())
    .param(
        r.allmant
            .then(|| p.allmant_barnbidrag_alder.used("allmant_barnbidrag_alder", m))
            .flatten(),
    )
    .param(r.forlangt.then(|| p.forlangt_barnbidrag.used("forlangt_barnbidrag", m)).flatten())
    .param(r.studiebidrag.then(|| p.studiebidrag.used("studiebidrag", m)).flatten())
    .param(
        (c.fordelning == Fordelning::Delat)
            .then(|| p.delat_barnbidrag_andel.used("delat_barnbidrag_andel", m))
            .flatten(),
    )
    .avrundning("uppdelningen visas i hela ören; bara summan avrundas (16 kap. 20 §)")
}

/// The parts of one child's bidrag in words, for its step.
fn barnets_delar_i_ord(s: &Satser, fbt: &Flerbarn, c: &BarnbidragBarn, r: &Ratt) -> Vec<String> {
    let a = s.andel(c).normalize();
    let (bb, fbb, sb) = (s.allmant, s.forlangt, s.studiebidrag);
    let mut delar = Vec::new();
    if r.allmant {
        delar.push(format!("allmänt barnbidrag {bb} kr × {a}"));
    }
    if r.forlangt && r.myndig {
        delar.push(format!(
            "förlängt barnbidrag {fbb} kr betalas till barnet självt (16 kap. 3 §)"
        ));
    } else if r.forlangt {
        delar.push(format!("förlängt barnbidrag {fbb} kr × {a}"));
    }
    if r.flerbarn && fbt.n >= 2 {
        delar.push(format!(
            "flerbarnstillägg {} kr / {} barn = {} kr × {a}",
            fbt.totalt,
            fbt.n,
            fbt.per_barn.round_dp(2)
        ));
    }
    if r.studiebidrag && r.myndig {
        delar.push(format!(
            "studiebidrag {sb} kr betalas till eleven själv från 18 år"
        ));
    } else if r.studiebidrag {
        delar.push(format!("studiebidrag (CSN) {sb} kr × {a}"));
    }
    if delar.is_empty() {
        delar.push(match c.skolgang {
            Skolgang::Ingen if !r.flerbarn => {
                "inget: barnbidraget har upphört (efter kvartalet då barnet fyllt 16 år) eller barnet är fött denna månad".to_string()
            }
            Skolgang::Studiehjalp if r.flerbarn => {
                "inget studiebidrag i juli och augusti; barnet räknas för flerbarnstillägg".to_string()
            }
            _ => "inget denna månad".to_string(),
        });
    }
    delar
}

/// The flerbarnstillägg this recipient gets: each counted child's share, whole for a whole
/// child and half for a shared one (15 kap. 8, 9 och 11 §§, 16 kap. 15–17 §§).
fn flerbarnstillagg_till_mottagaren(m: Manad, fbt: &Flerbarn, summa: &Del, t: &mut Trace) {
    let p = params();
    t.steg(|| {
        Step::ny(
            "flerbarnstillagg",
            "Flerbarnstillägg per månad",
            summa.flerbarn.round_dp(2).normalize(),
            "SFB (2010:110) 15 kap. 8, 9 och 11 §§, 16 kap. 15–17 §§",
        )
        .formel(if fbt.n < 2 {
            format!("{} barn räknas: inget flerbarnstillägg", fbt.n)
        } else {
            format!(
                "{} kr för {n} barn / {n} × {} (hela barn + 0,5 × delade)",
                fbt.totalt,
                summa.andel_flerbarn.normalize(),
                n = fbt.n
            )
        })
        .indata([
            ("barn_som_raknas", Decimal::from(fbt.n)),
            ("andelar", summa.andel_flerbarn),
        ])
        .param(p.flerbarnstillagg.used("flerbarnstillagg", m))
        .param(
            p.flerbarnstillagg_studerande_alder
                .used("flerbarnstillagg_studerande_alder", m),
        )
    });
}

/// The monthly barnbidrag, allmänt and förlängt with the flerbarnstillägg, rounded up to whole
/// kronor (16 kap. 20 §).
fn avrundat_barnbidrag(summa: &Del, t: &mut Trace) -> Decimal {
    let fore = summa.allmant + summa.forlangt + summa.flerbarn;
    let barnbidrag = fore.ceil().normalize();
    t.steg(|| {
        Step::ny(
            "barnbidrag",
            "Barnbidrag per månad",
            barnbidrag,
            "SFB (2010:110) 15 kap. 3, 5 och 8 §§, 16 kap. 20 §",
        )
        .formel(format!(
            "allmänt {} kr + förlängt {} kr + flerbarnstillägg {} kr = {} kr",
            summa.allmant.normalize(),
            summa.forlangt.normalize(),
            summa.flerbarn.round_dp(2).normalize(),
            fore.round_dp(2).normalize()
        ))
        .indata([
            ("allmant_barnbidrag", summa.allmant),
            ("forlangt_barnbidrag", summa.forlangt),
            ("flerbarnstillagg", summa.flerbarn.round_dp(2)),
        ])
        .avrundning("uppåt till närmast högre hela krontal (SFB 16 kap. 20 §)")
    });
    barnbidrag
}

/// The studiebidrag from CSN for a child under 18 at upper secondary school, paid with the
/// barnbidrag (studiestödslagen 2 kap. 3, 6 och 7 §§).
fn med_studiebidrag(m: Manad, barnbidrag: Decimal, studie: Decimal, t: &mut Trace) -> Decimal {
    let p = params();
    let totalt = (barnbidrag + studie).normalize();
    if studie > Decimal::ZERO {
        t.steg(|| {
            Step::ny(
                "studiebidrag",
                "Studiebidrag från CSN per månad",
                studie.normalize(),
                "Studiestödslag (1999:1395) 2 kap. 3, 6 och 7 §§",
            )
            .formel(format!(
                "studiebidrag för barn under 18 år på gymnasiet: {} kr",
                studie.normalize()
            ))
            .param(p.studiebidrag.used("studiebidrag", m))
        });
        t.steg(|| {
            Step::ny(
                "barnbidrag_och_studiebidrag",
                "Barnbidrag och studiebidrag per månad",
                totalt,
                "SFB (2010:110) 16 kap. 20 §; studiestödslagen (1999:1395) 2 kap. 7 §",
            )
            .formel(format!("{barnbidrag} kr + {} kr", studie.normalize()))
            .indata([("barnbidrag", barnbidrag), ("studiebidrag", studie)])
        });
    }
    totalt
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn barnbidrag(m: Manad, in_: &BarnbidragIndata) -> Utfall {
        super::barnbidrag(m, in_, &mut Trace::on())
    }

    fn barn(alder: u32) -> BarnbidragBarn {
        BarnbidragBarn {
            alder,
            fodelsemanad: None,
            skolgang: Skolgang::Ingen,
            fordelning: Fordelning::Hela,
        }
    }

    fn syskon(n: u32) -> BarnbidragIndata {
        BarnbidragIndata {
            barn: (0..n).map(|i| barn(2 + i)).collect(),
        }
    }

    fn step(u: &Utfall, id: &str) -> Decimal {
        u.steps.iter().find(|s| s.id == id).unwrap().amount
    }

    #[test]
    fn published_totals_one_to_six_children() {
        // Nordea / jkpgnews: 1 250, 2 650, 4 480, 6 740, 9 240, 11 740 kr per month.
        let m = Manad::new(2026, 3);
        let totals: Vec<Decimal> = (1..=6)
            .map(|n| barnbidrag(m, &syskon(n)).per_manad)
            .collect();
        assert_eq!(
            totals,
            vec![
                dec!(1250),
                dec!(2650),
                dec!(4480),
                dec!(6740),
                dec!(9240),
                dec!(11740)
            ]
        );
        // Flerbarnstillägg alone: 150 / 730 / 1 740 / 2 990 / 4 240.
        let fbt: Vec<Decimal> = (2..=6)
            .map(|n| step(&barnbidrag(m, &syskon(n)), "flerbarnstillagg"))
            .collect();
        assert_eq!(
            fbt,
            vec![dec!(150), dec!(730), dec!(1740), dec!(2990), dec!(4240)]
        );
        // Seventh child: + 2 500 (1 250 + 1 250).
        assert_eq!(barnbidrag(m, &syskon(7)).per_manad, dec!(14240));
    }

    #[test]
    fn one_step_per_child() {
        let u = barnbidrag(Manad::new(2025, 5), &syskon(3));
        let per_barn: Vec<Decimal> = u
            .steps
            .iter()
            .filter(|s| s.id == "barn")
            .map(|s| s.amount)
            .collect();
        // 1 250 + 730/3 each.
        assert_eq!(per_barn, vec![dec!(1493.33); 3]);
        assert_eq!(u.per_manad, dec!(4480));
    }

    #[test]
    fn shared_between_parents() {
        // "två föräldrar som delar på bidraget mottar 625 kronor var".
        let m = Manad::new(2026, 1);
        let mut i = syskon(1);
        i.barn[0].fordelning = Fordelning::Delat;
        assert_eq!(barnbidrag(m, &i).per_manad, dec!(625));
        // Three shared children: (3 750 + 730) / 2 = 2 240.
        let mut i = syskon(3);
        i.barn
            .iter_mut()
            .for_each(|c| c.fordelning = Fordelning::Delat);
        assert_eq!(barnbidrag(m, &i).per_manad, dec!(2240));
        // 16 kap. 16 §: one whole and two half: 1 250 + 625 + 625 + 730/3 × 2 = 2 986,67 → 2 987
        // (16 kap. 20 §, rounded up).
        i.barn[0].fordelning = Fordelning::Hela;
        let u = barnbidrag(m, &i);
        assert_eq!(step(&u, "flerbarnstillagg"), dec!(486.67));
        assert_eq!(u.per_manad, dec!(2987));
    }

    #[test]
    fn quarter_of_the_16th_birthday() {
        // Born May 2010: turns 16 in May 2026 (Q2) → paid to June 2026, not July.
        let mut c = barn(16);
        c.fodelsemanad = Some(5);
        let i = BarnbidragIndata { barn: vec![c] };
        assert_eq!(barnbidrag(Manad::new(2026, 6), &i).per_manad, dec!(1250));
        assert_eq!(barnbidrag(Manad::new(2026, 7), &i).status, Status::EjRatt);
        // Age 16 without a birth month cannot be decided.
        let i = BarnbidragIndata {
            barn: vec![barn(16)],
        };
        let u = barnbidrag(Manad::new(2026, 6), &i);
        assert_eq!(u.status, Status::BehoverUppgift);
        assert_eq!(u.saknas, vec!["barn[0].fodelsemanad"]);
        // 15 is always paid, 17 never (without school).
        assert_eq!(
            barnbidrag(
                Manad::new(2026, 12),
                &BarnbidragIndata {
                    barn: vec![barn(15)]
                }
            )
            .per_manad,
            dec!(1250)
        );
        assert_eq!(
            barnbidrag(
                Manad::new(2026, 1),
                &BarnbidragIndata {
                    barn: vec![barn(17)]
                }
            )
            .status,
            Status::EjRatt
        );
    }

    #[test]
    fn from_the_month_after_birth() {
        let mut c = barn(0);
        c.fodelsemanad = Some(3);
        let i = BarnbidragIndata { barn: vec![c] };
        assert_eq!(barnbidrag(Manad::new(2026, 3), &i).status, Status::EjRatt);
        // Born in March, in April the child is still 0.
        assert_eq!(barnbidrag(Manad::new(2026, 4), &i).per_manad, dec!(1250));
    }

    #[test]
    fn studiebidrag_and_flerbarnstillagg_for_a_gymnasium_student() {
        // 17-year-old at gymnasiet + 10-year-old, sole custody: barnbidrag 1 250 + fbt 150 =
        // 1 400, studiebidrag 1 250 → 2 650 in October; in July no studiebidrag → 1 400.
        let mut elev = barn(17);
        elev.skolgang = Skolgang::Studiehjalp;
        let i = BarnbidragIndata {
            barn: vec![elev, barn(10)],
        };
        let okt = barnbidrag(Manad::new(2026, 10), &i);
        assert_eq!(step(&okt, "barnbidrag"), dec!(1400));
        assert_eq!(step(&okt, "studiebidrag"), dec!(1250));
        assert_eq!(okt.per_manad, dec!(2650));
        assert_eq!(barnbidrag(Manad::new(2026, 7), &i).per_manad, dec!(1400));
    }

    #[test]
    fn adult_student_counts_but_is_paid_himself() {
        // 19-year-old born in March at gymnasiet, turns 20 next year: counts for fbt, own
        // studiebidrag. With a 12-year-old: 1 250 + 150.
        let mut elev = barn(19);
        elev.skolgang = Skolgang::Studiehjalp;
        elev.fodelsemanad = Some(3);
        let i = BarnbidragIndata {
            barn: vec![elev.clone(), barn(12)],
        };
        let u = barnbidrag(Manad::new(2026, 9), &i);
        assert_eq!(u.per_manad, dec!(1400));
        // Turns 20 in 2026 (born in November): counts only to June 2026.
        elev.fodelsemanad = Some(11);
        let i = BarnbidragIndata {
            barn: vec![elev, barn(12)],
        };
        assert_eq!(barnbidrag(Manad::new(2026, 6), &i).per_manad, dec!(1400));
        assert_eq!(barnbidrag(Manad::new(2026, 9), &i).per_manad, dec!(1250));
    }

    #[test]
    fn eighteen_without_school_needs_no_birth_month() {
        let i = BarnbidragIndata {
            barn: vec![barn(18), barn(8)],
        };
        assert_eq!(barnbidrag(Manad::new(2026, 5), &i).per_manad, dec!(1250));
    }

    #[test]
    fn forlangt_barnbidrag() {
        // 17-year-old still in grundskola: förlängt 1 250 to the parent (15 kap. 5 §).
        let mut c = barn(17);
        c.skolgang = Skolgang::ForlangtBarnbidrag;
        let u = barnbidrag(Manad::new(2026, 2), &BarnbidragIndata { barn: vec![c] });
        assert_eq!(u.per_manad, dec!(1250));
        assert!(u.steps[0].formula.contains("förlängt"));
    }

    #[test]
    fn before_parameters_and_without_children() {
        assert_eq!(
            barnbidrag(Manad::new(2023, 12), &syskon(1)).status,
            Status::EjModellerad
        );
        assert_eq!(
            barnbidrag(Manad::new(2026, 1), &BarnbidragIndata::default()).status,
            Status::EjRatt
        );
    }
}
