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
use crate::trace::{input, Step};

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

/// What is paid in month `m` to the children themselves who have turned 18: förlängt
/// barnbidrag (SFB 16 kap. 3 §: "Om inte annat följer av detta kapitel får ett barn som är
/// myndigt eller gift självt barnbidraget") and studiebidrag (studiestödsförordningen 2 kap.
/// 33 §: "Om den studerande är myndig, skall dock studiehjälpen betalas ut till honom eller henne
/// själv"), in full whatever the split between the parents. Not part of [`barnbidrag`], which is
/// the parents'. None when a child's rights depend on a birth month that is not given (the
/// barnbidrag then asks for it).
pub fn till_myndiga_barn(m: Manad, in_: &BarnbidragIndata) -> Option<Decimal> {
    let p = params();
    let (Some(fbb), Some(sb)) = (p.forlangt_barnbidrag.scalar(m), p.studiebidrag.scalar(m)) else {
        return Some(Decimal::ZERO);
    };
    let alder16 = dec_i32(p.allmant_barnbidrag_alder.scalar(m).unwrap_or_default());
    let alder20 = dec_i32(
        p.flerbarnstillagg_studerande_alder
            .scalar(m)
            .unwrap_or_default(),
    );
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

/// Barnbidrag (with studiebidrag) for month `m`, kronor per month to this recipient.
pub fn barnbidrag(m: Manad, in_: &BarnbidragIndata) -> Utfall {
    let p = params();
    let (Some(bb), Some(fbb), Some(sb), Some(halv)) = (
        p.allmant_barnbidrag.scalar(m),
        p.forlangt_barnbidrag.scalar(m),
        p.studiebidrag.scalar(m),
        p.delat_barnbidrag_andel.scalar(m),
    ) else {
        return Utfall::ej_modellerad(format!(
            "Parametrarna för barnbidrag börjar 2024-01; {m} modelleras inte."
        ));
    };
    if in_.barn.is_empty() {
        return Utfall::ej_ratt("Inga barn är angivna.");
    }
    if let Some(i) = in_
        .barn
        .iter()
        .position(|c| c.fodelsemanad.is_some_and(|b| !(1..=12).contains(&b)))
    {
        return Utfall::behover(
            vec![format!("barn[{i}].fodelsemanad")],
            "Födelsemånaden ska vara ett tal 1–12.",
        );
    }
    let alder16 = dec_i32(p.allmant_barnbidrag_alder.scalar(m).unwrap_or_default());
    let alder20 = dec_i32(
        p.flerbarnstillagg_studerande_alder
            .scalar(m)
            .unwrap_or_default(),
    );
    let mut ratter = Vec::with_capacity(in_.barn.len());
    let mut saknas = Vec::new();
    for (i, c) in in_.barn.iter().enumerate() {
        match ratt(m, c, alder16, alder20) {
            Some(r) => ratter.push(r),
            None => saknas.push(format!("barn[{i}].fodelsemanad")),
        }
    }
    if !saknas.is_empty() {
        return Utfall::behover(
            saknas,
            format!(
                "För ett barn som är 0, 16 eller 18–20 år beror {m} på födelsemånaden: ange den."
            ),
        );
    }

    let andel = |c: &BarnbidragBarn| match c.fordelning {
        Fordelning::Hela => Decimal::ONE,
        Fordelning::Delat => halv,
    };

    // 15 kap. 8–9 §§ och 16 kap. 15–17 §§: flerbarnstillägg for the n children who count,
    // spread evenly over them, and the recipient gets each child's share.
    let n = ratter.iter().filter(|r| r.flerbarn).count() as u32;
    let fbt_totalt = flerbarnstillagg_for(m, n);
    let fbt_per_barn = if n > 0 {
        fbt_totalt / Decimal::from(n)
    } else {
        Decimal::ZERO
    };

    let mut steps = Vec::new();
    let (mut summa_allmant, mut summa_forlangt, mut summa_fbt, mut summa_studie) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut andelar_fbt = Decimal::ZERO;
    for (i, (c, r)) in in_.barn.iter().zip(&ratter).enumerate() {
        let a = andel(c);
        let mut delar = Vec::new();
        let mut belopp = Decimal::ZERO;
        if r.allmant {
            let x = bb * a;
            summa_allmant += x;
            belopp += x;
            delar.push(format!("allmänt barnbidrag {bb} kr × {}", a.normalize()));
        }
        if r.forlangt {
            if r.myndig {
                delar.push(format!(
                    "förlängt barnbidrag {fbb} kr betalas till barnet självt (16 kap. 3 §)"
                ));
            } else {
                let x = fbb * a;
                summa_forlangt += x;
                belopp += x;
                delar.push(format!("förlängt barnbidrag {fbb} kr × {}", a.normalize()));
            }
        }
        if r.flerbarn && n >= 2 {
            let x = fbt_per_barn * a;
            summa_fbt += x;
            andelar_fbt += a;
            belopp += x;
            delar.push(format!(
                "flerbarnstillägg {fbt_totalt} kr / {n} barn = {} kr × {}",
                fbt_per_barn.round_dp(2),
                a.normalize()
            ));
        }
        if r.studiebidrag {
            if r.myndig {
                delar.push(format!(
                    "studiebidrag {sb} kr betalas till eleven själv från 18 år"
                ));
            } else {
                let x = sb * a;
                summa_studie += x;
                belopp += x;
                delar.push(format!("studiebidrag (CSN) {sb} kr × {}", a.normalize()));
            }
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
        crate::trace::push_step(&mut steps, || Step {
            id: "barn",
            label: "Barnbidrag för ett barn",
            amount: belopp.round_dp(2).normalize(),
            formula: format!(
                "barn {} ({} år, {}): {}",
                i + 1,
                c.alder,
                match c.fordelning {
                    Fordelning::Hela => "helt bidrag",
                    Fordelning::Delat => "delat med den andra föräldern",
                },
                delar.join("; ")
            ),
            inputs: vec![
                input("barn_nummer", Decimal::from(i as u32 + 1)),
                input("alder", Decimal::from(c.alder)),
                input("andel", a),
            ],
            params: [
                r.allmant
                    .then(|| p.allmant_barnbidrag.used("allmant_barnbidrag", m))
                    .flatten(),
                r.allmant
                    .then(|| {
                        p.allmant_barnbidrag_alder
                            .used("allmant_barnbidrag_alder", m)
                    })
                    .flatten(),
                r.forlangt
                    .then(|| p.forlangt_barnbidrag.used("forlangt_barnbidrag", m))
                    .flatten(),
                r.studiebidrag
                    .then(|| p.studiebidrag.used("studiebidrag", m))
                    .flatten(),
                (c.fordelning == Fordelning::Delat)
                    .then(|| p.delat_barnbidrag_andel.used("delat_barnbidrag_andel", m))
                    .flatten(),
            ]
            .into_iter()
            .flatten()
            .collect(),
            reference: if r.studiebidrag {
                "SFB (2010:110) 15 kap. 3–5, 8 §§ och 16 kap. 5 §; studiestödslagen (1999:1395) 2 kap. 3 och 7 §§"
            } else {
                "SFB (2010:110) 15 kap. 3–5 och 8 §§, 16 kap. 5 och 16 §§"
            },
            rounding: Some("uppdelningen visas i hela ören; bara summan avrundas (16 kap. 20 §)"),
        });
    }

    crate::trace::push_step(&mut steps, || Step {
        id: "flerbarnstillagg",
        label: "Flerbarnstillägg per månad",
        amount: summa_fbt.round_dp(2).normalize(),
        formula: if n < 2 {
            format!("{n} barn räknas: inget flerbarnstillägg")
        } else {
            format!(
                "{fbt_totalt} kr för {n} barn / {n} × {} (hela barn + 0,5 × delade)",
                andelar_fbt.normalize()
            )
        },
        inputs: vec![
            input("barn_som_raknas", Decimal::from(n)),
            input("andelar", andelar_fbt),
        ],
        params: [
            p.flerbarnstillagg.used("flerbarnstillagg", m),
            p.flerbarnstillagg_studerande_alder
                .used("flerbarnstillagg_studerande_alder", m),
        ]
        .into_iter()
        .flatten()
        .collect(),
        reference: "SFB (2010:110) 15 kap. 8, 9 och 11 §§, 16 kap. 15–17 §§",
        rounding: None,
    });

    // 16 kap. 20 §: the monthly barnbidrag is rounded up to whole kronor.
    let fore = summa_allmant + summa_forlangt + summa_fbt;
    let barnbidrag = fore.ceil().normalize();
    crate::trace::push_step(&mut steps, || Step {
        id: "barnbidrag",
        label: "Barnbidrag per månad",
        amount: barnbidrag,
        formula: format!(
            "allmänt {} kr + förlängt {} kr + flerbarnstillägg {} kr = {} kr",
            summa_allmant.normalize(),
            summa_forlangt.normalize(),
            summa_fbt.round_dp(2).normalize(),
            fore.round_dp(2).normalize()
        ),
        inputs: vec![
            input("allmant_barnbidrag", summa_allmant),
            input("forlangt_barnbidrag", summa_forlangt),
            input("flerbarnstillagg", summa_fbt.round_dp(2)),
        ],
        params: vec![],
        reference: "SFB (2010:110) 15 kap. 3, 5 och 8 §§, 16 kap. 20 §",
        rounding: Some("uppåt till närmast högre hela krontal (SFB 16 kap. 20 §)"),
    });

    let totalt = (barnbidrag + summa_studie).normalize();
    if summa_studie > Decimal::ZERO {
        crate::trace::push_step(&mut steps, || Step {
            id: "studiebidrag",
            label: "Studiebidrag från CSN per månad",
            amount: summa_studie.normalize(),
            formula: format!(
                "studiebidrag för barn under 18 år på gymnasiet: {} kr",
                summa_studie.normalize()
            ),
            inputs: vec![],
            params: p.studiebidrag.used("studiebidrag", m).into_iter().collect(),
            reference: "Studiestödslag (1999:1395) 2 kap. 3, 6 och 7 §§",
            rounding: None,
        });
        crate::trace::push_step(&mut steps, || Step {
            id: "barnbidrag_och_studiebidrag",
            label: "Barnbidrag och studiebidrag per månad",
            amount: totalt,
            formula: format!("{barnbidrag} kr + {} kr", summa_studie.normalize()),
            inputs: vec![
                input("barnbidrag", barnbidrag),
                input("studiebidrag", summa_studie),
            ],
            params: vec![],
            reference: "SFB (2010:110) 16 kap. 20 §; studiestödslagen (1999:1395) 2 kap. 7 §",
            rounding: None,
        });
    }
    if totalt.is_zero() {
        return Utfall {
            status: Status::EjRatt,
            per_manad: Decimal::ZERO,
            skal: Some(format!(
                "Inget av barnen ger barnbidrag till den här mottagaren i {m}."
            )),
            saknas: vec![],
            steps,
        };
    }
    Utfall::belopp(totalt, steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

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
