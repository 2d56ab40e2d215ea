//! Bostadstillägg (BT) for a person with sjukersättning or aktivitetsersättning — SFB 100 kap.
//! (makar och sambor), 101 kap. (rätt; also while the benefit is vilande, 4 §), 102 kap.
//! (beräkning) and 103 kap. 5 § (utbetalning). Before riktåldern for pension only: the
//! pensioners' rules (102 kap. 16 a, 22 a, 25 a §§) are not part of this module.
//!
//! Order of the paragraphs: bostadskostnad (101 kap. 9 §, 102 kap. 22 §) → reduceringsinkomst
//! (102 kap. 11, 16 §§) less the fribelopp (17–18 §§), halved for makar (6 §) → inkomstavdrag
//! (25 §) → bostadstillägg as the difference (21 §) → the annual amount rounded to a multiple
//! of twelve and paid monthly (103 kap. 5 §).
//!
//! Not modelled, and said so: särskilt bostadstillägg (102 kap. 26–30 §§), which needs the
//! income after tax from the tax tables; income from näringsverksamhet, foreign pensions and
//! tax-free work-like income (16 § 2 and 6) other than as the caller sums them in; children's
//! share of the housing cost (24 §) is part of the cost the caller enters. See
//! docs/rules/bostadstillagg.md.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::aktivitetsersattning::{
    avrunda_delbart_med_tolv, garantiniva_hel_ar, garantiniva_param, Slag,
};
use super::{Manad, Tidslinje, Utfall};
use crate::trace::{kr, ParamUse, Step, Trace};

/// Parameters of `rules/params/formaner/bostadstillagg.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BostadstillaggParametrar {
    pub meta: super::OmradeMeta,
    pub bostadskostnad_grans: Tidslinje,
    pub bostadskostnad_tak: Tidslinje,
    pub bostadskostnad_andel_lagre: Tidslinje,
    pub bostadskostnad_andel_ovre: Tidslinje,
    pub reduktion_arbetsinkomst: Tidslinje,
    pub reduktion_ovriga: Tidslinje,
    pub fribelopp_ovriga: Tidslinje,
    pub formogenhet_grans: Tidslinje,
    pub formogenhet_andel: Tidslinje,
    pub inkomstavdrag_grans: Tidslinje,
    pub inkomstavdrag_andel_lagre: Tidslinje,
    pub inkomstavdrag_andel_ovre: Tidslinje,
}

pub fn params() -> &'static BostadstillaggParametrar {
    static P: OnceLock<BostadstillaggParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::bostadstillagg)
}

/// One person's expected incomes, kronor per year (the income "som någon kan antas komma att
/// få under den närmaste tiden", 102 kap. 3 §).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BtInkomster {
    /// Sjuk- or aktivitetsersättning paid, including the 25 % amount of 36 kap. 18 §; the
    /// vilande part is not paid and not counted (16 § 1: 100 %).
    #[serde(default)]
    pub sjuk_aktivitetsersattning: Decimal,
    /// Gross wages and other arbetsinkomst (16 § 5: 50 %).
    #[serde(default)]
    pub arbetsinkomst: Decimal,
    /// Other taxable income: sjukpenning, arbetslöshetsersättning, aktivitetsstöd … (16 § 7:
    /// 80 %).
    #[serde(default)]
    pub ovriga_skattepliktiga: Decimal,
    /// Överskott i inkomstslaget kapital (16 § 3: 100 %).
    #[serde(default)]
    pub kapitalinkomst: Decimal,
}

/// A spouse's or sambo's own sjuk- or aktivitetsersättning (for their fribelopp, 102 kap.
/// 18 §).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MakeErsattning {
    pub slag: Slag,
    /// Age in whole years at the end of the month, as for the person.
    pub alder: u32,
}

/// The spouse or sambo (100 kap. 3 §: sambor likställs med makar).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Make {
    pub inkomster: BtInkomster,
    /// Set when the spouse also has sjuk- or aktivitetsersättning.
    #[serde(default)]
    pub ersattning: Option<MakeErsattning>,
}

/// What the rule needs to know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BostadstillaggIndata {
    /// The benefit that gives the right to bostadstillägg (101 kap. 3 §).
    pub slag: Slag,
    /// Age in whole years at the end of the month (the garantinivå band, 35 kap. 19 §).
    pub alder: u32,
    /// The sjuk- or aktivitetsersättning is wholly or partly vilande (101 kap. 4 §).
    #[serde(default)]
    pub vilande: bool,
    /// Married or sambo and living together (100 kap. 3–4 §§).
    #[serde(default)]
    pub gift_eller_sambo: bool,
    /// The household's housing cost per month (for makar: the pair's common cost, including
    /// children's share, 102 kap. 24 §).
    pub bostadskostnad_per_manad: Option<Decimal>,
    /// Preliminärt bostadsbidrag per month, which BT does not cover (101 kap. 9 §).
    #[serde(default)]
    pub bostadsbidrag_per_manad: Decimal,
    pub inkomster: BtInkomster,
    /// Required when `gift_eller_sambo`.
    #[serde(default)]
    pub make: Option<Make>,
    /// Förmögenhet on 31 December of the year before (for makar the pair's together),
    /// kronor (102 kap. 10–13 §§).
    #[serde(default)]
    pub formogenhet: Decimal,
}

/// The entry `key` of a table parameter in force in `m`.
fn tabell(tl: &Tidslinje, key: &str, m: Manad) -> Decimal {
    tl.entry(m, key).unwrap_or_default()
}

/// The trace record of reading the entry `key` of a table parameter, named `namn` (only inside
/// a step's closure).
fn tabell_param(tl: &Tidslinje, key: &str, m: Manad, namn: &str) -> Option<ParamUse> {
    let x = tabell(tl, key, m);
    tl.at(m).map(|v| ParamUse {
        key: namn.to_string(),
        name: tl.name.clone(),
        value: format!("{key}: {} {} (från {})", x.normalize(), tl.unit, v.from),
        reference: v.reference.clone(),
        source: v.source.clone(),
        verified_on: v.verified_on.clone(),
    })
}

/// Bostadstillägg for month `m`, per month.
pub fn bostadstillagg(m: Manad, pbb: Decimal, in_: &BostadstillaggIndata, t: &mut Trace) -> Utfall {
    let kostnad = match forutsattningar(in_) {
        Ok(kostnad) => kostnad, // 101 kap. 3 §; 102 kap. 6 §
        Err(u) => return u,
    };
    let egen_kostnad = bostadskostnad(kostnad, in_, t); // 101 kap. 9 §, 102 kap. 22 §
    let beaktad = beaktad_bostadskostnad(m, egen_kostnad, in_.gift_eller_sambo, t); // 102 kap. 22 §
    let fdel = formogenhetstillagg(m, in_, t); // 102 kap. 11–12 §§
    let ri = reduceringsinkomst_att_beakta(m, pbb, in_, fdel, t); // 102 kap. 6, 16–18 §§
    let avdrag = inkomstavdrag(m, pbb, ri, t); // 102 kap. 25 §
    let bt_ar = bostadstillagg_ar(beaktad, avdrag, in_.vilande, t); // 102 kap. 21 §
    let manad = manadsbelopp(bt_ar, t); // 103 kap. 5 §
    utfall(manad, beaktad, t)
}

/// The housing cost, and the spouse's incomes for makar (102 kap. 6 §), must be known; the
/// right needs sjuk- or aktivitetsersättning, which ends the month before 30 for
/// aktivitetsersättning (101 kap. 3 §, 33 kap. 18 §). Ok with the housing cost per month.
fn forutsattningar(in_: &BostadstillaggIndata) -> Result<Decimal, Utfall> {
    let Some(kostnad) = in_.bostadskostnad_per_manad else {
        return Err(Utfall::behover(
            vec!["bostadskostnad_per_manad".into()],
            "Ange bostadskostnaden per månad (hyra eller avgift, för makar och sambor den \
             gemensamma kostnaden).",
        ));
    };
    if in_.gift_eller_sambo && in_.make.is_none() {
        return Err(Utfall::behover(
            vec!["make".into()],
            "För gifta och sambor räknas bostadstillägget på makarnas sammanlagda \
             reduceringsinkomst (SFB 102 kap. 6 §): ange makens eller sambons inkomster.",
        ));
    }
    if in_.slag == Slag::Aktivitetsersattning && in_.alder >= 30 {
        return Err(Utfall::ej_ratt(
            "Aktivitetsersättning lämnas längst till månaden före 30 års ålder (SFB 33 kap. \
             18 §); utan sjuk- eller aktivitetsersättning finns ingen rätt till bostadstillägg \
             enligt 101 kap. 3 §.",
        ));
    }
    Ok(kostnad)
}

/// The housing cost considered for this person: the cost less the preliminary bostadsbidrag
/// (101 kap. 9 §), for makar half each (102 kap. 22 § tredje stycket).
fn bostadskostnad(kostnad: Decimal, in_: &BostadstillaggIndata, t: &mut Trace) -> Decimal {
    let bb = in_.bostadsbidrag_per_manad.max(Decimal::ZERO);
    let netto = (kostnad.max(Decimal::ZERO) - bb).max(Decimal::ZERO);
    let egen_kostnad = if in_.gift_eller_sambo {
        netto / Decimal::from(2)
    } else {
        netto
    };
    t.steg(|| {
        let mut f = format!("bostadskostnad {} kr", kr(kostnad));
        if bb > Decimal::ZERO {
            f.push_str(&format!(" − preliminärt bostadsbidrag {} kr", kr(bb)));
        }
        if in_.gift_eller_sambo {
            f.push_str(&format!(
                ", hälften för var och en av makarna = {} kr",
                kr(egen_kostnad)
            ));
        } else {
            f.push_str(&format!(" = {} kr", kr(egen_kostnad)));
        }
        Step::ny(
            "bostadskostnad",
            "Bostadskostnad per månad",
            egen_kostnad,
            if in_.gift_eller_sambo {
                "SFB (2010:110) 101 kap. 9 §, 102 kap. 22 § tredje stycket"
            } else {
                "SFB (2010:110) 101 kap. 9 §, 102 kap. 22 §"
            },
        )
        .formel(f)
        .indata([
            ("bostadskostnad_per_manad", kostnad),
            ("bostadsbidrag_per_manad", bb),
        ])
    });
    egen_kostnad
}

/// The housing cost considered per month: 96 % up to 5 000 kr (2 500 for makar), 70 % of the
/// rest up to 7 500 kr (3 750) (102 kap. 22 §).
fn beaktad_bostadskostnad(m: Manad, kostnad: Decimal, gift: bool, t: &mut Trace) -> Decimal {
    let p = params();
    let civil = if gift { "gift" } else { "ogift" };
    let grans = tabell(&p.bostadskostnad_grans, civil, m);
    let tak = tabell(&p.bostadskostnad_tak, civil, m);
    let a1 = p.bostadskostnad_andel_lagre.scalar(m).unwrap_or_default();
    let a2 = p.bostadskostnad_andel_ovre.scalar(m).unwrap_or_default();
    let lagre = kostnad.min(grans);
    let ovre = (kostnad.min(tak) - grans).max(Decimal::ZERO);
    let beaktad = a1 * lagre + a2 * ovre;
    t.steg(|| {
        Step::ny(
            "bostadskostnad_beaktad",
            "Beaktad bostadskostnad per månad",
            beaktad,
            "SFB (2010:110) 102 kap. 22 §",
        )
        .formel(format!(
            "{} × {} kr + {} × {} kr (delen mellan {} och {} kr) = {} kr",
            a1.normalize(),
            kr(lagre),
            a2.normalize(),
            kr(ovre),
            kr(grans),
            kr(tak),
            kr(beaktad)
        ))
        .indata([("bostadskostnad", kostnad)])
        .param(tabell_param(
            &p.bostadskostnad_grans,
            civil,
            m,
            "bostadskostnad_grans",
        ))
        .param(tabell_param(
            &p.bostadskostnad_tak,
            civil,
            m,
            "bostadskostnad_tak",
        ))
        .param(
            p.bostadskostnad_andel_lagre
                .used("bostadskostnad_andel_lagre", m),
        )
        .param(
            p.bostadskostnad_andel_ovre
                .used("bostadskostnad_andel_ovre", m),
        )
    });
    beaktad
}

/// The förmögenhet counted as income: 15 % of the förmögenhet above 100 000 kr (makar
/// 200 000), rounded down to whole thousands (102 kap. 11–12 §§); for makar each has half.
fn formogenhetstillagg(m: Manad, in_: &BostadstillaggIndata, t: &mut Trace) -> Decimal {
    let p = params();
    let fkey = if in_.gift_eller_sambo {
        "makar"
    } else {
        "ogift"
    };
    let fgrans = tabell(&p.formogenhet_grans, fkey, m);
    let fandel = p.formogenhet_andel.scalar(m).unwrap_or_default();
    let tusen = Decimal::from(1000);
    let ftillagg = ((in_.formogenhet - fgrans).max(Decimal::ZERO) * fandel / tusen).floor() * tusen;
    let fdel = if in_.gift_eller_sambo {
        ftillagg / Decimal::from(2)
    } else {
        ftillagg
    };
    if in_.formogenhet > Decimal::ZERO {
        t.steg(|| {
            Step::ny(
                "formogenhetstillagg",
                "Tillägg för förmögenhet per år",
                fdel,
                "SFB (2010:110) 102 kap. 11 och 12 §§",
            )
            .formel(format!(
                "{} × (förmögenhet {} kr − {} kr) = {} kr, nedåt till helt tusental{}",
                fandel.normalize(),
                kr(in_.formogenhet),
                kr(fgrans),
                kr(ftillagg),
                if in_.gift_eller_sambo {
                    format!("; hälften för var och en av makarna = {} kr", kr(fdel))
                } else {
                    String::new()
                }
            ))
            .indata([("formogenhet", in_.formogenhet)])
            .param(tabell_param(
                &p.formogenhet_grans,
                fkey,
                m,
                "formogenhet_grans",
            ))
            .param(p.formogenhet_andel.used("formogenhet_andel", m))
            .avrundning("nedåt till helt tusental kronor (SFB 102 kap. 11 §)")
        });
    }
    fdel
}

/// The reduceringsinkomst that counts for the person: their own (102 kap. 16–18 §§), and for
/// makar half of the two together (6 §).
fn reduceringsinkomst_att_beakta(
    m: Manad,
    pbb: Decimal,
    in_: &BostadstillaggIndata,
    fdel: Decimal,
    t: &mut Trace,
) -> Decimal {
    let egen = Fribelopp::Ersattning {
        slag: in_.slag,
        alder: in_.alder,
    };
    let ri_egen = reduceringsinkomst(m, pbb, false, &in_.inkomster, fdel, egen, t);
    let Some(make) = in_.make.as_ref().filter(|_| in_.gift_eller_sambo) else {
        return ri_egen;
    };
    let fb = match &make.ersattning {
        Some(e) => Fribelopp::Ersattning {
            slag: e.slag,
            alder: e.alder,
        },
        None => Fribelopp::Gift,
    };
    let ri_make = reduceringsinkomst(m, pbb, true, &make.inkomster, fdel, fb, t);
    makarnas_halva(ri_egen, ri_make, t)
}

/// Makar each have half of their combined reduceringsinkomst (102 kap. 6 §).
fn makarnas_halva(ri_egen: Decimal, ri_make: Decimal, t: &mut Trace) -> Decimal {
    let halva = (ri_egen + ri_make) / Decimal::from(2);
    t.steg(|| {
        Step::ny(
            "reduceringsinkomst",
            "Reduceringsinkomst per år (hälften av makarnas)",
            halva,
            "SFB (2010:110) 102 kap. 6 §",
        )
        .formel(format!(
            "({} kr + {} kr) / 2 = {} kr",
            kr(ri_egen),
            kr(ri_make),
            kr(halva)
        ))
        .indata([
            ("reduceringsinkomst_egen", ri_egen),
            ("reduceringsinkomst_make", ri_make),
        ])
    });
    halva
}

/// Whose fribelopp is deducted from a reduceringsinkomst (102 kap. 17–18 §§).
#[derive(Debug, Clone, Copy)]
enum Fribelopp {
    /// Someone with sjuk- or aktivitetsersättning: the garantinivå for hel ersättning of their
    /// own age band, before avkortning for försäkringstid (102 kap. 18 §).
    Ersattning { slag: Slag, alder: u32 },
    /// A married person without sjuk- or aktivitetsersättning (102 kap. 17 §).
    Gift,
}

impl Fribelopp {
    fn belopp(self, m: Manad, pbb: Decimal) -> Decimal {
        match self {
            Fribelopp::Ersattning { slag, alder } => garantiniva_hel_ar(m, pbb, alder, slag),
            Fribelopp::Gift => tabell(&params().fribelopp_ovriga, "gift", m) * pbb,
        }
    }

    /// How the amount is made up, for the step's formula.
    fn text(self, m: Manad, pbb: Decimal) -> String {
        match self {
            Fribelopp::Ersattning { slag, alder } => format!(
                "garantinivån för hel {} vid {alder} år, {} × prisbasbeloppet {} kr",
                slag.text(),
                (self.belopp(m, pbb) / pbb).normalize(),
                kr(pbb)
            ),
            Fribelopp::Gift => format!(
                "{} × prisbasbeloppet {} kr för gift",
                tabell(&params().fribelopp_ovriga, "gift", m).normalize(),
                kr(pbb)
            ),
        }
    }

    fn param(self, m: Manad) -> Option<ParamUse> {
        match self {
            Fribelopp::Ersattning { slag, alder } => garantiniva_param(m, alder, slag),
            Fribelopp::Gift => {
                tabell_param(&params().fribelopp_ovriga, "gift", m, "fribelopp_ovriga")
            }
        }
    }

    fn reference(self) -> &'static str {
        match self {
            Fribelopp::Ersattning { .. } => "SFB (2010:110) 102 kap. 5, 16 och 18 §§",
            Fribelopp::Gift => "SFB (2010:110) 102 kap. 5, 16 och 17 §§",
        }
    }
}

/// One person's reduceringsinkomst before halving (102 kap. 16 §): ersättning, capital and
/// the förmögenhet in full, arbetsinkomst at 50 % and other taxable income at 80 %, with the
/// fribelopp deducted from the whole sum (DECISION, docs/rules/bostadstillagg.md), floored at 0.
fn reduceringsinkomst(
    m: Manad,
    pbb: Decimal,
    make: bool,
    ink: &BtInkomster,
    formogenhetsdel: Decimal,
    fb: Fribelopp,
    t: &mut Trace,
) -> Decimal {
    let p = params();
    let fribelopp = fb.belopp(m, pbb);
    let arb = p.reduktion_arbetsinkomst.scalar(m).unwrap_or_default();
    let ovr = p.reduktion_ovriga.scalar(m).unwrap_or_default();
    let pos = |x: Decimal| x.max(Decimal::ZERO);
    let summa = pos(ink.sjuk_aktivitetsersattning)
        + pos(ink.kapitalinkomst)
        + formogenhetsdel
        + arb * pos(ink.arbetsinkomst)
        + ovr * pos(ink.ovriga_skattepliktiga);
    let ri = (summa - fribelopp).max(Decimal::ZERO);
    t.steg(|| {
        let (id, label) = if make {
            ("reduceringsinkomst_make", "Makens reduceringsinkomst per år")
        } else {
            ("reduceringsinkomst_egen", "Reduceringsinkomst per år")
        };
        Step::ny(id, label, ri, fb.reference())
            .formel(format!(
                "sjuk-/aktivitetsersättning {} + kapital {} + förmögenhet {} + {} × arbetsinkomst {} \
                 + {} × övriga inkomster {} = {} kr; − fribelopp {} kr ({}) = {} kr \
                 (lägst 0)",
                kr(pos(ink.sjuk_aktivitetsersattning)),
                kr(pos(ink.kapitalinkomst)),
                kr(formogenhetsdel),
                arb.normalize(),
                kr(pos(ink.arbetsinkomst)),
                ovr.normalize(),
                kr(pos(ink.ovriga_skattepliktiga)),
                kr(summa),
                kr(fribelopp),
                fb.text(m, pbb),
                kr(ri)
            ))
            .indata([
                ("sjuk_aktivitetsersattning", pos(ink.sjuk_aktivitetsersattning)),
                ("kapitalinkomst", pos(ink.kapitalinkomst)),
                ("formogenhetsdel", formogenhetsdel),
                ("arbetsinkomst", pos(ink.arbetsinkomst)),
                ("ovriga_skattepliktiga", pos(ink.ovriga_skattepliktiga)),
                ("fribelopp", fribelopp),
            ])
            .param(p.reduktion_arbetsinkomst.used("reduktion_arbetsinkomst", m))
            .param(p.reduktion_ovriga.used("reduktion_ovriga", m))
            .param(fb.param(m))
    });
    ri
}

/// The inkomstavdrag per year: 62 % of the reduceringsinkomst up to one prisbasbelopp, 50 %
/// above (102 kap. 25 §).
fn inkomstavdrag(m: Manad, pbb: Decimal, ri: Decimal, t: &mut Trace) -> Decimal {
    let p = params();
    let grans_ri = p.inkomstavdrag_grans.scalar(m).unwrap_or_default() * pbb;
    let b1 = p.inkomstavdrag_andel_lagre.scalar(m).unwrap_or_default();
    let b2 = p.inkomstavdrag_andel_ovre.scalar(m).unwrap_or_default();
    let avdrag = b1 * ri.min(grans_ri) + b2 * (ri - grans_ri).max(Decimal::ZERO);
    t.steg(|| {
        Step::ny(
            "inkomstavdrag",
            "Inkomstavdrag per år",
            avdrag,
            "SFB (2010:110) 102 kap. 25 §",
        )
        .formel(if ri > grans_ri {
            format!(
                "{} × {} kr + {} × ({} − {}) kr = {} kr",
                b1.normalize(),
                kr(grans_ri),
                b2.normalize(),
                kr(ri),
                kr(grans_ri),
                kr(avdrag)
            )
        } else {
            format!(
                "{} × reduceringsinkomsten {} kr = {} kr",
                b1.normalize(),
                kr(ri),
                kr(avdrag)
            )
        })
        .indata([("reduceringsinkomst", ri), ("prisbasbelopp", pbb)])
        .param(p.inkomstavdrag_grans.used("inkomstavdrag_grans", m))
        .param(
            p.inkomstavdrag_andel_lagre
                .used("inkomstavdrag_andel_lagre", m),
        )
        .param(
            p.inkomstavdrag_andel_ovre
                .used("inkomstavdrag_andel_ovre", m),
        )
    });
    avdrag
}

/// Bostadstillägg per year: the considered housing cost for twelve months less the
/// inkomstavdrag, at least 0 (102 kap. 21 §); also while the ersättning is vilande (101 kap.
/// 4 §).
fn bostadstillagg_ar(beaktad: Decimal, avdrag: Decimal, vilande: bool, t: &mut Trace) -> Decimal {
    let kostnad_ar = beaktad * Decimal::from(12);
    let bt_ar = (kostnad_ar - avdrag).max(Decimal::ZERO);
    t.steg(|| {
        Step::ny(
            "bostadstillagg_ar",
            "Bostadstillägg per år",
            bt_ar,
            if vilande {
                "SFB (2010:110) 102 kap. 21 §; 101 kap. 3 och 4 §§ (vilande ersättning)"
            } else {
                "SFB (2010:110) 102 kap. 21 §; 101 kap. 3 §"
            },
        )
        .formel(format!(
            "12 × {} kr = {} kr − inkomstavdrag {} kr = {} kr (lägst 0)",
            kr(beaktad),
            kr(kostnad_ar),
            kr(avdrag),
            kr(bt_ar)
        ))
        .indata([
            ("beaktad_bostadskostnad_ar", kostnad_ar),
            ("inkomstavdrag", avdrag),
        ])
    });
    bt_ar
}

/// Paid monthly: the annual amount rounded to a multiple of twelve, divided by twelve (103 kap.
/// 5 §).
fn manadsbelopp(bt_ar: Decimal, t: &mut Trace) -> Decimal {
    let avrundat = avrunda_delbart_med_tolv(bt_ar);
    let manad = avrundat / Decimal::from(12);
    t.steg(|| {
        Step::ny(
            "bostadstillagg",
            "Bostadstillägg per månad",
            manad,
            "SFB (2010:110) 103 kap. 5 §",
        )
        .formel(format!(
            "{} kr avrundat till {} kr (delbart med 12) / 12 = {} kr",
            kr(bt_ar),
            kr(avrundat),
            kr(manad)
        ))
        .indata([("bostadstillagg_ar", bt_ar)])
        .avrundning(
            "årsbeloppet till närmaste hela krontal delbart med tolv, lika långt uppåt (SFB 103 \
             kap. 5 §; beslut om lika långt, se docs/rules/bostadstillagg.md)",
        )
    });
    manad
}

/// The outcome with the steps recorded, their amounts and inputs shown without trailing zeros;
/// at 0 kr with the reason: no housing cost, or an inkomstavdrag that takes it all (102 kap. 21
/// och 25 §§).
fn utfall(manad: Decimal, beaktad: Decimal, t: &mut Trace) -> Utfall {
    let mut steps = t.ta();
    for s in &mut steps {
        s.amount = s.amount.normalize();
        for i in &mut s.inputs {
            i.value = i.value.normalize();
        }
    }
    if manad > Decimal::ZERO {
        Utfall::belopp(manad, steps)
    } else if beaktad.is_zero() {
        Utfall::noll(
            "Det finns ingen bostadskostnad att räkna bostadstillägg på.",
            steps,
        )
    } else {
        Utfall::noll(
            "Inkomstavdraget är minst lika stort som den beaktade bostadskostnaden, så \
             bostadstillägget blir 0 kr (SFB 102 kap. 21 och 25 §§).",
            steps,
        )
    }
}

/// Särskilt bostadstillägg (102 kap. 26–30 §§) is not modelled: it compares the income after
/// tax according to the person's skattetabell (29 § 1) with a skälig levnadsnivå.
pub fn sarskilt_bostadstillagg() -> Utfall {
    Utfall::ej_modellerad(
        "Särskilt bostadstillägg (SFB 102 kap. 26–30 §§) beräknas inte: det kräver inkomsten \
         efter skatt enligt skattetabellen och jämförs med en skälig levnadsnivå (1,5357 \
         prisbasbelopp per år för ogift). Det kan lämnas till den som har låga inkomster och \
         hög boendekostnad även efter bostadstillägget.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn bostadstillagg(m: Manad, pbb: Decimal, in_: &BostadstillaggIndata) -> Utfall {
        super::bostadstillagg(m, pbb, in_, &mut Trace::on())
    }

    fn ogift(alder: u32, hyra: Decimal, ink: BtInkomster) -> BostadstillaggIndata {
        BostadstillaggIndata {
            slag: Slag::Aktivitetsersattning,
            alder,
            vilande: false,
            gift_eller_sambo: false,
            bostadskostnad_per_manad: Some(hyra),
            bostadsbidrag_per_manad: Decimal::ZERO,
            inkomster: ink,
            make: None,
            formogenhet: Decimal::ZERO,
        }
    }

    fn ink(ersattning: Decimal, lon: Decimal) -> BtInkomster {
        BtInkomster {
            sjuk_aktivitetsersattning: ersattning,
            arbetsinkomst: lon,
            ..Default::default()
        }
    }

    fn step(u: &Utfall, id: &str) -> Decimal {
        u.steps.iter().find(|s| s.id == id).unwrap().amount
    }

    #[test]
    fn params_load() {
        let p = params();
        assert_eq!(p.meta.area, "bostadstillagg");
        assert_eq!(
            p.bostadskostnad_tak.entry(Manad::new(2026, 1), "gift"),
            Some(dec!(3750))
        );
    }

    #[test]
    fn worked_example_d_2025() {
        // rules-benefits.md §9.2 D: single, 25, hel garanti-AE 154 644 (= fribelopp), rent
        // 6 000: beaktad 0,96 × 5 000 + 0,70 × 1 000 = 5 500.
        let m = Manad::new(2025, 5);
        let pbb = dec!(58800);
        let ae = dec!(154644);
        let u = bostadstillagg(m, pbb, &ogift(25, dec!(6000), ink(ae, dec!(0))));
        assert_eq!(step(&u, "bostadskostnad_beaktad"), dec!(5500));
        assert_eq!(step(&u, "reduceringsinkomst_egen"), dec!(0));
        assert_eq!(u.per_manad, dec!(5500));
        // Wages 60 000: RI 30 000, avdrag 18 600, 47 400 / 12 = 3 950.
        let u = bostadstillagg(m, pbb, &ogift(25, dec!(6000), ink(ae, dec!(60000))));
        assert_eq!(step(&u, "reduceringsinkomst_egen"), dec!(30000));
        assert_eq!(step(&u, "inkomstavdrag"), dec!(18600));
        assert_eq!(u.per_manad, dec!(3950));
        // Wages 120 000: RI 60 000, avdrag 0,62 × 58 800 + 0,5 × 1 200 = 37 056; 28 944 → 2 412.
        let u = bostadstillagg(m, pbb, &ogift(25, dec!(6000), ink(ae, dec!(120000))));
        assert_eq!(step(&u, "inkomstavdrag"), dec!(37056));
        assert_eq!(u.per_manad, dec!(2412));
    }

    #[test]
    fn published_maximum_single_and_married() {
        // FK: at most 6 550 kr a month (single), 3 275 kr each for makar/sambor.
        let m = Manad::new(2026, 1);
        let pbb = dec!(59200);
        let u = bostadstillagg(m, pbb, &ogift(22, dec!(9000), BtInkomster::default()));
        assert_eq!(u.per_manad, dec!(6550));
        let mut i = ogift(22, dec!(7500), BtInkomster::default());
        i.gift_eller_sambo = true;
        i.make = Some(Make {
            inkomster: BtInkomster::default(),
            ersattning: None,
        });
        let u = bostadstillagg(m, pbb, &i);
        assert_eq!(step(&u, "bostadskostnad"), dec!(3750));
        assert_eq!(u.per_manad, dec!(3275));
    }

    #[test]
    fn married_halves_the_combined_reduceringsinkomst() {
        // 2025, AE age 25 (fribelopp 154 644), pair's rent 8 000 → 4 000 each:
        // 0,96 × 2 500 + 0,70 × 1 250 = 3 275. Spouse earns 300 000 in wages, no SA/AE:
        // 150 000 − 2,2 × 58 800 (129 360) = 20 640. Own RI 0. Half: 10 320;
        // avdrag 0,62 × 10 320 = 6 398,40; 39 300 − 6 398,40 = 32 901,60 / 12 = 2 741,8 → 2 742.
        let m = Manad::new(2025, 5);
        let mut i = ogift(25, dec!(8000), ink(dec!(154644), dec!(0)));
        i.gift_eller_sambo = true;
        i.make = Some(Make {
            inkomster: ink(dec!(0), dec!(300000)),
            ersattning: None,
        });
        let u = bostadstillagg(m, dec!(58800), &i);
        assert_eq!(step(&u, "bostadskostnad_beaktad"), dec!(3275));
        assert_eq!(step(&u, "reduceringsinkomst_make"), dec!(20640));
        assert_eq!(step(&u, "reduceringsinkomst"), dec!(10320));
        assert_eq!(u.per_manad, dec!(2742));
        // Spouse with SA from 30: fribelopp 2,78 × 58 800 = 163 464 > 150 000 → RI 0.
        i.make.as_mut().unwrap().ersattning = Some(MakeErsattning {
            slag: Slag::Sjukersattning,
            alder: 40,
        });
        let u = bostadstillagg(m, dec!(58800), &i);
        assert_eq!(step(&u, "reduceringsinkomst_make"), dec!(0));
        assert_eq!(u.per_manad, dec!(3275));
    }

    #[test]
    fn other_incomes_capital_and_wealth() {
        // 2025, AE 24 (fribelopp 2,58 × 58 800 = 151 704), AE paid 151 704, a-kassa 50 000 →
        // 0,8 × 50 000 = 40 000; capital 1 000; förmögenhet 250 000 → 0,15 × 150 000 =
        // 22 500 → 22 000. RI = 151 704 + 1 000 + 22 000 + 40 000 − 151 704 = 63 000.
        // Avdrag 0,62 × 58 800 + 0,5 × 4 200 = 36 456 + 2 100 = 38 556. Rent 4 000: 3 840 ×
        // 12 = 46 080 − 38 556 = 7 524 / 12 = 627.
        let m = Manad::new(2025, 5);
        let mut i = ogift(24, dec!(4000), ink(dec!(151704), dec!(0)));
        i.inkomster.ovriga_skattepliktiga = dec!(50000);
        i.inkomster.kapitalinkomst = dec!(1000);
        i.formogenhet = dec!(250000);
        let u = bostadstillagg(m, dec!(58800), &i);
        assert_eq!(step(&u, "formogenhetstillagg"), dec!(22000));
        assert_eq!(step(&u, "reduceringsinkomst_egen"), dec!(63000));
        assert_eq!(step(&u, "inkomstavdrag"), dec!(38556));
        assert_eq!(u.per_manad, dec!(627));
    }

    #[test]
    fn inkomstrelaterad_above_the_fribelopp_counts() {
        // 2025, AE 25: AE paid 200 000 a year; RI 200 000 − 154 644 = 45 356; avdrag 0,62 ×
        // 45 356 = 28 120,72; 66 000 − 28 120,72 = 37 879,28 / 12 = 3 156,61 → 3 157.
        let u = bostadstillagg(
            Manad::new(2025, 5),
            dec!(58800),
            &ogift(25, dec!(6000), ink(dec!(200000), dec!(0))),
        );
        assert_eq!(u.per_manad, dec!(3157));
    }

    #[test]
    fn vilande_ae_with_wages_keeps_the_fribelopp() {
        // 101 kap. 4 §: BT also when the AE is vilande. 2026, AE 27 wholly vilande, wages
        // 240 000: RI 0,5 × 240 000 − 2,68 × 59 200 (158 656) = 0 → full BT on rent 5 000:
        // 4 800.
        let mut i = ogift(27, dec!(5000), ink(dec!(0), dec!(240000)));
        i.vilande = true;
        let u = bostadstillagg(Manad::new(2026, 3), dec!(59200), &i);
        assert_eq!(u.per_manad, dec!(4800));
        let last = u
            .steps
            .iter()
            .find(|s| s.id == "bostadstillagg_ar")
            .unwrap();
        assert!(last.reference.contains("101 kap. 3 och 4 §§"));
        // Wages 400 000: RI 200 000 − 158 656 = 41 344; avdrag 0,62 × 41 344 = 25 633,28;
        // 57 600 − 25 633,28 = 31 966,72 / 12 = 2 663,89 → 2 664.
        i.inkomster.arbetsinkomst = dec!(400000);
        assert_eq!(
            bostadstillagg(Manad::new(2026, 3), dec!(59200), &i).per_manad,
            dec!(2664)
        );
    }

    #[test]
    fn bostadsbidrag_is_not_covered() {
        // Rent 6 000 with 1 000 preliminärt bostadsbidrag: cost 5 000 → 4 800.
        let mut i = ogift(25, dec!(6000), BtInkomster::default());
        i.bostadsbidrag_per_manad = dec!(1000);
        assert_eq!(
            bostadstillagg(Manad::new(2025, 5), dec!(58800), &i).per_manad,
            dec!(4800)
        );
    }

    #[test]
    fn statuses() {
        let m = Manad::new(2025, 5);
        let mut i = ogift(25, dec!(6000), BtInkomster::default());
        i.bostadskostnad_per_manad = None;
        assert_eq!(
            bostadstillagg(m, dec!(58800), &i).status,
            Status::BehoverUppgift
        );
        let mut i = ogift(25, dec!(6000), BtInkomster::default());
        i.gift_eller_sambo = true;
        let u = bostadstillagg(m, dec!(58800), &i);
        assert_eq!(u.status, Status::BehoverUppgift);
        assert_eq!(u.saknas, vec!["make"]);
        // Income so high the avdrag exceeds the cost: 0 kr.
        let u = bostadstillagg(
            m,
            dec!(58800),
            &ogift(25, dec!(6000), ink(dec!(154644), dec!(500000))),
        );
        assert_eq!(u.status, Status::NollKronor);
        assert!(u.skal.unwrap().contains("25 §"));
        assert_eq!(
            bostadstillagg(
                m,
                dec!(58800),
                &ogift(30, dec!(6000), BtInkomster::default())
            )
            .status,
            Status::EjRatt
        );
        assert_eq!(sarskilt_bostadstillagg().status, Status::EjModellerad);
    }

    #[test]
    fn trace_is_complete() {
        let u = bostadstillagg(
            Manad::new(2025, 5),
            dec!(58800),
            &ogift(25, dec!(6000), ink(dec!(154644), dec!(60000))),
        );
        let last = u.steps.last().unwrap();
        assert_eq!(last.id, "bostadstillagg");
        assert!(last.rounding.unwrap().contains("103 kap. 5 §"));
        for s in &u.steps {
            assert!(s.reference.contains('§'), "{}", s.id);
            for p in &s.params {
                assert!(!p.key.is_empty());
                assert!(p.reference.contains('§') && p.source.starts_with("https://"));
            }
        }
        let ri = u
            .steps
            .iter()
            .find(|s| s.id == "reduceringsinkomst_egen")
            .unwrap();
        assert!(ri
            .params
            .iter()
            .any(|p| p.key == "garantiniva_under_30.fran_25"));
    }
}
