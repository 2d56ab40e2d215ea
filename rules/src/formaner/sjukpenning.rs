//! Sjukpenning — SFB 25 kap. (SGI), 27 kap. (rätt, nivåer, tid), 28 kap. (beräkning) and
//! sjukpenning i särskilda fall (28 a kap.). Kalenderdagsberäknad sjukpenning in a sick
//! period that is already under way: paid for every day of the month (28 kap. 3 §).
//!
//! Not modelled, and said so in the result: karensavdrag and sjuklön (the first 14 days),
//! arbetstidsberäknad sjukpenning, coordination with sick pay (28 kap. 19 §), allvarlig
//! sjukdom (27 kap. 23 §), a sick-listing split between employment and unemployment.

use std::sync::OnceLock;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{Manad, Tidslinje, Utfall};
use crate::avrundning::nedat_hundratal;
use crate::trace::{Step, Trace};

/// Parameters of `rules/params/formaner/sjukpenning.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SjukpenningParametrar {
    pub meta: super::OmradeMeta,
    pub sgi_tak: Tidslinje,
    pub sgi_golv: Tidslinje,
    pub omraknningstal: Tidslinje,
    pub normalniva: Tidslinje,
    pub fortsattningsniva: Tidslinje,
    pub normalniva_dagar: Tidslinje,
    pub arbetslos_tak: Tidslinje,
    pub sarskilda_fall: Tidslinje,
}

pub fn params() -> &'static SjukpenningParametrar {
    static P: OnceLock<SjukpenningParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::sjukpenning)
}

/// Förmånsnivå: how much of the working capacity is lost (SFB 27 kap. 45 §).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Omfattning {
    Hel,
    TreFjardedelar,
    Halv,
    EnFjardedel,
}

impl Omfattning {
    pub fn andel(self) -> Decimal {
        match self {
            Omfattning::Hel => Decimal::ONE,
            Omfattning::TreFjardedelar => Decimal::new(75, 2),
            Omfattning::Halv => Decimal::new(5, 1),
            Omfattning::EnFjardedel => Decimal::new(25, 2),
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Omfattning::Hel => "hel",
            Omfattning::TreFjardedelar => "tre_fjardedelar",
            Omfattning::Halv => "halv",
            Omfattning::EnFjardedel => "en_fjardedel",
        }
    }
    pub fn text(self) -> &'static str {
        match self {
            Omfattning::Hel => "hel",
            Omfattning::TreFjardedelar => "tre fjärdedels",
            Omfattning::Halv => "halv",
            Omfattning::EnFjardedel => "en fjärdedels",
        }
    }

    /// The level that matches working a share `arbetad` (0–1) of the normal working time:
    /// capacity is reduced by 1 − arbetad, and the level is the highest step the reduction
    /// reaches (SFB 27 kap. 45–46 §§: "nedsatt med minst tre fjärdedelar men inte saknas
    /// helt" …). None when the reduction is under a quarter (27 kap. 2 §): no sjukpenning.
    pub fn for_arbetad_andel(arbetad: Decimal) -> Option<Omfattning> {
        let nedsatt = Decimal::ONE - arbetad.max(Decimal::ZERO).min(Decimal::ONE);
        [
            Omfattning::Hel,
            Omfattning::TreFjardedelar,
            Omfattning::Halv,
            Omfattning::EnFjardedel,
        ]
        .into_iter()
        .find(|o| nedsatt >= o.andel())
    }
}

/// What the rule needs to know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SjukpenningIndata {
    /// SGI from Försäkringskassan's decision, kronor per year. When absent it is derived from
    /// `forvantad_arsinkomst`.
    pub sgi: Option<Decimal>,
    /// Expected annual income of work (lön) for deriving the SGI (25 kap. 2–5 §§).
    pub forvantad_arsinkomst: Option<Decimal>,
    pub omfattning: Omfattning,
    /// The day of the sick period on the first of the month (1 = first day). From day 365
    /// the fortsättningsnivå applies (27 kap. 21, 24 §§).
    pub dag_i_sjukperioden: u32,
    /// The person is unemployed (sick-listed from seeking work): 543 kr/day cap (28 kap. 11 §).
    pub arbetslos: bool,
    /// Entitled to sjukpenning i särskilda fall (28 a kap. 3–4 §§: aktivitetsersättning ended at
    /// 30, or time-limited sjukersättning ran out).
    pub sarskilda_fall: bool,
    /// Gets aktivitetsstöd or studiestöd: no sjukpenning i särskilda fall (28 a kap. 6 §).
    #[serde(default)]
    pub aktivitetsstod_eller_studiestod: bool,
}

/// The SGI: the expected annual income rounded down to hundreds, at most 10 pbb; none below
/// 24 % of pbb (SFB 25 kap. 3 och 5 §§). None when neither an SGI nor an income is given.
pub fn sgi(m: Manad, pbb: Decimal, in_: &SjukpenningIndata, t: &mut Trace) -> Option<Decimal> {
    match (in_.sgi, in_.forvantad_arsinkomst) {
        (Some(s), _) => Some(sgi_enligt_beslut(m, pbb, s, t)),
        (None, Some(ink)) => Some(sgi_ur_inkomst(m, pbb, ink, t)),
        (None, None) => None,
    }
}

/// An SGI from Försäkringskassan's decision: at most 10 pbb (25 kap. 5 §), and none below the
/// floor of 25 kap. 3 § andra stycket 3 (tested against this year's pbb: docs/decisions.md,
/// "SGI under 24 % av prisbasbeloppet").
fn sgi_enligt_beslut(m: Manad, pbb: Decimal, s: Decimal, t: &mut Trace) -> Decimal {
    let p = params();
    let tak = p.sgi_tak.scalar(m).unwrap_or_default() * pbb;
    let golv = p.sgi_golv.scalar(m).unwrap_or_default() * pbb;
    if s < golv {
        t.steg(|| {
            Step::ny(
                "sgi",
                "Sjukpenninggrundande inkomst (SGI)",
                Decimal::ZERO,
                "SFB (2010:110) 25 kap. 3 § andra stycket 3",
            )
            .formel(format!(
                "SGI {s} kr understiger 24 % av prisbasbeloppet ({golv} kr): ingen SGI kan fastställas"
            ))
            .indata([("sgi_enligt_beslut", s)])
            .param(p.sgi_golv.used("sgi_golv", m))
        });
        return Decimal::ZERO;
    }
    let sgi = s.min(tak);
    t.steg(|| {
        Step::ny(
            "sgi",
            "Sjukpenninggrundande inkomst (SGI)",
            sgi,
            "SFB (2010:110) 25 kap. 5 §",
        )
        .formel(if s > tak {
            format!("SGI enligt beslut {s} kr, högst 10 prisbasbelopp = {tak} kr")
        } else {
            format!("SGI enligt Försäkringskassans beslut: {s} kr per år")
        })
        .indata([("sgi_enligt_beslut", s)])
        .param(p.sgi_tak.used("sgi_tak", m))
    });
    sgi
}

/// An SGI from the expected annual income (25 kap. 2, 3 och 5 §§). 3 § tests the annual income
/// itself against 24 % of pbb; the rounding of 5 § comes after (Försäkringskassan: lowest SGI
/// 2022 11 500 from 0,24 × 48 300 = 11 592).
fn sgi_ur_inkomst(m: Manad, pbb: Decimal, ink: Decimal, t: &mut Trace) -> Decimal {
    let p = params();
    let tak = p.sgi_tak.scalar(m).unwrap_or_default() * pbb;
    let golv = p.sgi_golv.scalar(m).unwrap_or_default() * pbb;
    let sgi = if ink < golv {
        Decimal::ZERO
    } else {
        nedat_hundratal(ink).min(tak)
    };
    t.steg(|| {
        Step::ny(
            "sgi",
            "Sjukpenninggrundande inkomst (SGI)",
            sgi,
            "SFB (2010:110) 25 kap. 2, 3 och 5 §§",
        )
        .formel(if ink < golv {
            format!("förväntad årsinkomst {ink} kr understiger 24 % av prisbasbeloppet ({golv} kr): ingen SGI")
        } else {
            format!(
                "förväntad årsinkomst {ink} kr, avrundad nedåt till hundratal, högst 10 prisbasbelopp ({tak} kr)"
            )
        })
        .indata([("forvantad_arsinkomst", ink)])
        .param(p.sgi_tak.used("sgi_tak", m))
        .param(p.sgi_golv.used("sgi_golv", m))
        .avrundning("nedåt till helt hundratal kronor (SFB 25 kap. 5 §)")
    });
    sgi
}

fn krontal(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Sjukpenning for month `m`, per month: the daily amount × the days of the month
/// (28 kap. 3 §), the days after day 364 at the fortsättningsnivå (27 kap. 21, 24 §§).
pub fn sjukpenning(m: Manad, pbb: Decimal, in_: &SjukpenningIndata, t: &mut Trace) -> Utfall {
    let p = params();
    let Some(sgi) = sgi(m, pbb, in_, t).or(in_.sarskilda_fall.then_some(Decimal::ZERO)) else {
        return Utfall::behover(
            vec!["sgi".into()],
            "Ange sjukpenninggrundande inkomst (SGI) från Försäkringskassans beslut, eller inkomsten den bygger på.",
        );
    };
    if sgi.is_zero() && !in_.sarskilda_fall {
        let mut u = Utfall::ej_ratt(format!(
            "Ingen sjukpenninggrundande inkomst: inkomsten av arbete måste antas uppgå till minst 24 % av prisbasbeloppet ({} kr om året) för att en SGI ska kunna fastställas, och utan SGI lämnas ingen sjukpenning (SFB 25 kap. 3 § andra stycket 3, 28 kap. 7 §).",
            (p.sgi_golv.scalar(m).unwrap_or_default() * pbb).normalize()
        ));
        u.steps = t.ta();
        return u;
    }
    let mut manad = Decimal::ZERO;
    let mut delar = Vec::new();
    for (fortsattning, antal) in dagar_per_niva(m, in_.dag_i_sjukperioden) {
        let per_dag = match per_dag(m, sgi, fortsattning, in_, t) {
            Ok(x) => x,
            Err(u) => return u,
        };
        manad += per_dag * Decimal::from(antal);
        delar.push((per_dag, antal, fortsattning));
    }
    t.steg(|| {
        let beskrivning: Vec<String> = delar
            .iter()
            .map(|(per_dag, antal, fortsattning)| {
                format!(
                    "{per_dag} kr × {antal} dagar{}",
                    if *fortsattning {
                        " (fortsättningsnivå)"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        Step::ny(
            "sjukpenning",
            "Sjukpenning per månad",
            manad,
            "SFB (2010:110) 28 kap. 3 §; 27 kap. 21 och 24 §§",
        )
        .formel(format!("{} i {m}", beskrivning.join(" + ")))
        .indata([("dag_i_sjukperioden", Decimal::from(in_.dag_i_sjukperioden))])
    });
    Utfall::belopp(manad, t.ta())
}

/// The days of month `m` at the normalnivå and at the fortsättningsnivå, as (fortsättning,
/// days): 27 kap. 21 och 24 §§ switch the level day by day, the days up to day 364 of the sick
/// period at the normalnivå.
fn dagar_per_niva(m: Manad, dag_i_sjukperioden: u32) -> Vec<(bool, u32)> {
    let p = params();
    let dagar = m.dagar();
    let grans = p.normalniva_dagar.scalar(m).unwrap_or_default();
    let grans = u32::try_from(grans.trunc().mantissa()).unwrap_or(364);
    let normala = (grans + 1).saturating_sub(dag_i_sjukperioden).min(dagar);
    let mut delar = Vec::new();
    if normala > 0 {
        delar.push((false, normala));
    }
    if normala < dagar {
        delar.push((true, dagar - normala));
    }
    delar
}

/// The daily amount at the person's level, at the normalnivå or the fortsättningsnivå, with
/// the top-up of sjukpenning i särskilda fall; Err when the amount is not known.
fn per_dag(
    m: Manad,
    sgi: Decimal,
    fortsattning: bool,
    in_: &SjukpenningIndata,
    t: &mut Trace,
) -> Result<Decimal, Utfall> {
    let hel = hel_per_dag(m, sgi, fortsattning, in_, t);
    // DECISION (docs/decisions.md, "Delvis sjukpenning"): a partial level is that share of
    // the rounded hel amount, rounded again to whole kronor (50 öre up) as 28 kap. 10 § rounds
    // sjukpenning; the law does not say more.
    let andel = in_.omfattning.andel();
    let per_dag = krontal(hel * andel);
    t.steg(|| {
        Step::ny(
            "sjukpenning_per_dag",
            "Sjukpenning per dag",
            per_dag,
            "SFB (2010:110) 27 kap. 45 §",
        )
        .formel(format!(
            "{} sjukpenning: {andel} × {hel} kr",
            in_.omfattning.text()
        ))
        .indata([("hel_per_dag", hel)])
        .avrundning("närmaste hela krontal, 50 öre uppåt (beslut, se docs/decisions.md)")
    });
    sarskilda_fall(m, per_dag, in_, t)
}

/// Hel sjukpenning per day: SGI × omräkningstal × the level's share / 365, to the nearest
/// krona (28 kap. 7 och 10 §§), at most the cap for the unemployed (11 §).
fn hel_per_dag(
    m: Manad,
    sgi: Decimal,
    fortsattning: bool,
    in_: &SjukpenningIndata,
    t: &mut Trace,
) -> Decimal {
    let p = params();
    let (niva_key, niva) = if fortsattning {
        ("fortsattningsniva", &p.fortsattningsniva)
    } else {
        ("normalniva", &p.normalniva)
    };
    let faktor = p.omraknningstal.scalar(m).unwrap_or_default();
    let niva_v = niva.scalar(m).unwrap_or_default();
    let underlag = sgi * faktor * niva_v;
    let utan_tak = krontal(underlag / Decimal::from(365));
    let tak = p.arbetslos_tak.scalar(m).unwrap_or_default();
    let hel = if in_.arbetslos {
        utan_tak.min(tak)
    } else {
        utan_tak
    };
    t.steg(|| {
        let mut formula = format!(
            "{sgi} kr × {faktor} × {niva_v} / 365 = {} kr, avrundat till {utan_tak} kr",
            (underlag / Decimal::from(365)).round_dp(2)
        );
        if hel < utan_tak {
            formula.push_str(&format!(", högst {tak} kr för den som är arbetslös"));
        }
        Step::ny(
            "sjukpenning_hel_per_dag",
            if fortsattning {
                "Hel sjukpenning per dag (fortsättningsnivå)"
            } else {
                "Hel sjukpenning per dag (normalnivå)"
            },
            hel,
            if in_.arbetslos {
                "SFB (2010:110) 28 kap. 7, 10 och 11 §§; 27 kap. 21 och 24 §§"
            } else {
                "SFB (2010:110) 28 kap. 7 och 10 §§; 27 kap. 21 och 24 §§"
            },
        )
        .formel(formula)
        .indata([("sgi", sgi)])
        .param(p.omraknningstal.used("omraknningstal", m))
        .param(niva.used(niva_key, m))
        .param(p.normalniva_dagar.used("normalniva_dagar", m))
        .params(
            in_.arbetslos
                .then(|| p.arbetslos_tak.used("arbetslos_tak", m))
                .flatten(),
        )
        .avrundning("närmaste hela krontal, 50 öre uppåt (SFB 28 kap. 10 §)")
    });
    hel
}

/// Sjukpenning i särskilda fall tops the daily amount up to its level's amount (28 a kap. 9
/// och 11 §§), but not for one who gets aktivitetsstöd or studiestöd (6 §).
fn sarskilda_fall(
    m: Manad,
    per_dag: Decimal,
    in_: &SjukpenningIndata,
    t: &mut Trace,
) -> Result<Decimal, Utfall> {
    let p = params();
    if !in_.sarskilda_fall {
        return Ok(per_dag);
    }
    if in_.aktivitetsstod_eller_studiestod {
        t.steg(|| {
            Step::ny(
                "sjukpenning_sarskilda_fall",
                "Sjukpenning i särskilda fall",
                Decimal::ZERO,
                "SFB (2010:110) 28 a kap. 6 §",
            )
            .formel("lämnas inte till den som får aktivitetsstöd eller studiestöd")
        });
        return Ok(per_dag);
    }
    match p.sarskilda_fall.entry(m, in_.omfattning.key()) {
        Some(garanti) if garanti > per_dag => {
            t.steg(|| {
                Step::ny(
                    "sjukpenning_sarskilda_fall",
                    "Sjukpenning i särskilda fall per dag",
                    garanti,
                    "SFB (2010:110) 28 a kap. 9 och 11 §§",
                )
                .formel(format!(
                    "{} förmån: {garanti} kr per dag; sjukpenning i särskilda fall fyller ut skillnaden mot {per_dag} kr",
                    in_.omfattning.text()
                ))
                .indata([("sjukpenning_per_dag", per_dag)])
                .param(p.sarskilda_fall.used("sarskilda_fall", m))
            });
            Ok(garanti)
        }
        Some(_) => Ok(per_dag),
        None => Err(Utfall::ej_modellerad(format!(
            "Beloppet för {} sjukpenning i särskilda fall {} är inte känt.",
            in_.omfattning.text(),
            m.year
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn sjukpenning(m: Manad, pbb: Decimal, in_: &SjukpenningIndata) -> Utfall {
        super::sjukpenning(m, pbb, in_, &mut Trace::on())
    }

    fn indata(sgi: Decimal, omf: Omfattning, dag: u32) -> SjukpenningIndata {
        SjukpenningIndata {
            sgi: Some(sgi),
            forvantad_arsinkomst: None,
            omfattning: omf,
            dag_i_sjukperioden: dag,
            arbetslos: false,
            sarskilda_fall: false,
            aktivitetsstod_eller_studiestod: false,
        }
    }

    fn per_dag(u: &Utfall) -> Decimal {
        u.steps
            .iter()
            .rev()
            .find(|s| s.id == "sjukpenning_per_dag" || s.id == "sjukpenning_sarskilda_fall")
            .unwrap()
            .amount
    }

    #[test]
    fn published_maxima() {
        // FK aktuella belopp 2023: 1 116 (80 %), 1 046 (75 %); Regeringen 2024: 1 218.
        let m23 = Manad::new(2024, 1); // parameters from 2024; the formula is the same
        let hel = |pbb: Decimal, dag| {
            per_dag(&sjukpenning(
                m23,
                pbb,
                &indata(dec!(10) * pbb, Omfattning::Hel, dag),
            ))
        };
        assert_eq!(hel(dec!(52500), 1), dec!(1116));
        assert_eq!(hel(dec!(52500), 400), dec!(1046));
        assert_eq!(hel(dec!(57300), 1), dec!(1218));
        // FK 2022: 1 027 / 963 at pbb 48 300.
        assert_eq!(hel(dec!(48300), 1), dec!(1027));
        assert_eq!(hel(dec!(48300), 365), dec!(963));
    }

    #[test]
    fn worked_example_a_2025() {
        // rules-benefits.md §9.2 A: 25 000 kr/mån → SGI 300 000; 638 / 598 kr per day.
        let m = Manad::new(2025, 3);
        let mut i = indata(dec!(0), Omfattning::Hel, 30);
        i.sgi = None;
        i.forvantad_arsinkomst = Some(dec!(300000));
        let u = sjukpenning(m, dec!(58800), &i);
        assert_eq!(per_dag(&u), dec!(638));
        assert_eq!(u.per_manad, dec!(638) * dec!(31));
        i.dag_i_sjukperioden = 365;
        assert_eq!(per_dag(&sjukpenning(m, dec!(58800), &i)), dec!(598));
        i.dag_i_sjukperioden = 30;
        i.omfattning = Omfattning::Halv;
        assert_eq!(per_dag(&sjukpenning(m, dec!(58800), &i)), dec!(319));
    }

    #[test]
    fn worked_example_b_unemployed_cap() {
        let m = Manad::new(2025, 3);
        let mut i = indata(dec!(200000), Omfattning::Hel, 10);
        i.arbetslos = true;
        assert_eq!(per_dag(&sjukpenning(m, dec!(58800), &i)), dec!(425));
        i.sgi = Some(dec!(400000));
        assert_eq!(per_dag(&sjukpenning(m, dec!(58800), &i)), dec!(543));
    }

    #[test]
    fn vardomsorg_example_18000_a_month() {
        // "18 000 x 12 x 0,97 x 0,80 / 365 = 459 kronor per dag"
        let i = indata(dec!(216000), Omfattning::Hel, 1);
        assert_eq!(
            per_dag(&sjukpenning(Manad::new(2026, 1), dec!(59200), &i)),
            dec!(459)
        );
    }

    #[test]
    fn levels_from_working_time() {
        use Omfattning::*;
        let f = |x| Omfattning::for_arbetad_andel(x);
        assert_eq!(f(dec!(0)), Some(Hel));
        assert_eq!(f(dec!(0.25)), Some(TreFjardedelar));
        assert_eq!(f(dec!(0.3)), Some(Halv));
        assert_eq!(f(dec!(0.5)), Some(Halv));
        assert_eq!(f(dec!(0.75)), Some(EnFjardedel));
        assert_eq!(f(dec!(0.76)), None);
    }

    #[test]
    fn sarskilda_fall_fills_up_to_230() {
        let m = Manad::new(2026, 2);
        let mut i = indata(dec!(0), Omfattning::Hel, 1);
        i.sgi = None;
        i.sarskilda_fall = true;
        let u = sjukpenning(m, dec!(59200), &i);
        assert_eq!(u.per_manad, dec!(230) * dec!(28));
        i.omfattning = Omfattning::Halv;
        i.sgi = Some(dec!(50000)); // 0.776 × 50 000 / 365 = 106 → half 53 < 115
        assert_eq!(
            sjukpenning(m, dec!(59200), &i).per_manad,
            dec!(115) * dec!(28)
        );
    }

    #[test]
    fn missing_sgi_asks_for_it_and_an_income_under_the_floor_gives_no_right() {
        let m = Manad::new(2026, 1);
        let mut i = indata(dec!(0), Omfattning::Hel, 1);
        i.sgi = None;
        assert_eq!(
            sjukpenning(m, dec!(59200), &i).status,
            Status::BehoverUppgift
        );
        // 25 kap. 3 § andra stycket 3: under 0.24 × 59 200 = 14 208 no SGI, so no sjukpenning
        // at all (not a small amount), whether the income or the SGI is given.
        i.forvantad_arsinkomst = Some(dec!(14100));
        let u = sjukpenning(m, dec!(59200), &i);
        assert_eq!((u.status, u.per_manad), (Status::EjRatt, dec!(0)));
        assert!(u.skal.unwrap().contains("25 kap. 3 §"));
        let u = sjukpenning(m, dec!(59200), &indata(dec!(14207), Omfattning::Hel, 1));
        assert_eq!((u.status, u.per_manad), (Status::EjRatt, dec!(0)));
        // At the floor an SGI exists: 14 208 × 0.776 / 365 = 30.21 → 30 kr × 31 days.
        let u = sjukpenning(m, dec!(59200), &indata(dec!(14208), Omfattning::Hel, 1));
        assert_eq!((u.status, u.per_manad), (Status::Utbetalas, dec!(930)));
        // Sjukpenning i särskilda fall needs no SGI (28 a kap.).
        let mut i = indata(dec!(10000), Omfattning::Hel, 1);
        i.sarskilda_fall = true;
        assert_eq!(sjukpenning(m, dec!(59200), &i).status, Status::Utbetalas);
    }
}
