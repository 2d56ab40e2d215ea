//! Slutlig skatt for one person and one income year: the pipeline of IL 1, 63, 65 and 67 kap.
//! plus the avgifter charged with the tax.
//!
//! Order (each step cites its paragraph in its own module):
//! förvärvsinkomst → grundavdrag → beskattningsbar förvärvsinkomst → kommunal and statlig
//! skatt → avgifter → skattereduktioner in the order of IL 67 kap. 2 § → total.

pub mod avgifter;
pub mod forvarvsinkomst;
pub mod grundavdrag;
pub mod inkomstskatt;
pub mod pensionsavgift;
pub mod skattereduktion;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::params::SkatteParametrar;
use crate::trace::{input, Step, Trace};

/// A person's incomes for the whole year, by how the tax law treats them (kronor).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Inkomster {
    /// Lön, arvoden, sjuklön från arbetsgivaren: arbetsinkomst (IL 67 kap. 6 §).
    pub lon: Decimal,
    /// Sjukpenning from Försäkringskassan: pensionsgrundande, not arbetsinkomst.
    pub sjukpenning: Decimal,
    /// Other pensionable benefits such as a-kassa and föräldrapenning.
    pub annan_pensionsgrundande: Decimal,
    /// Sjukersättning and aktivitetsersättning (SFB 33–35 kap.).
    pub sjuk_aktivitetsersattning: Decimal,
    /// Pension (ålderspension, tjänstepension).
    pub pension: Decimal,
}

impl Inkomster {
    pub fn summa(&self) -> Decimal {
        self.lon
            + self.sjukpenning
            + self.annan_pensionsgrundande
            + self.sjuk_aktivitetsersattning
            + self.pension
    }

    /// The incomes allmän pensionsavgift is charged on (lag 1994:1744 3–4 §§).
    pub fn pensionsgrundande(&self) -> Decimal {
        self.lon + self.sjukpenning + self.annan_pensionsgrundande
    }
}

/// The rates that apply to the person (percent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Skattesatser {
    /// Kommunal + regional skattesats (IL 65 kap. 3 §).
    pub kommunal: Decimal,
    pub begravningsavgift: Decimal,
    /// Zero for non-members.
    pub kyrkoavgift: Decimal,
}

/// The age facts the tax law asks for: what the person had turned by 1 January.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlderVidAretsIngang(pub u32);

impl AlderVidAretsIngang {
    /// The age a person born in `fodelsear` had reached on 1 January of `inkomstar`
    /// ("vid beskattningsårets ingång har fyllt"): Skatteverket reads it by birth year.
    pub fn fran_fodelsear(inkomstar: i32, fodelsear: i32) -> Self {
        AlderVidAretsIngang((inkomstar - 1 - fodelsear).max(0) as u32)
    }
    fn minst(&self, s: &crate::params::Scalar) -> bool {
        Decimal::from(self.0) >= s.value
    }
}

/// Every component of the final tax, kronor per year.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SlutligSkatt {
    pub bruttoinkomst: Decimal,
    pub faststalld_forvarvsinkomst: Decimal,
    pub grundavdrag: Decimal,
    pub beskattningsbar_forvarvsinkomst: Decimal,
    pub kommunal_skatt: Decimal,
    pub statlig_skatt: Decimal,
    pub begravningsavgift: Decimal,
    pub kyrkoavgift: Decimal,
    pub public_service_avgift: Decimal,
    pub allman_pensionsavgift: Decimal,
    /// Reductions as used against the tax (after the caps of IL 67 kap. 2 §).
    pub skattereduktion_allman_pensionsavgift: Decimal,
    pub jobbskatteavdrag: Decimal,
    pub skattereduktion_sjuk_aktivitetsersattning: Decimal,
    pub skattereduktion_forvarvsinkomst: Decimal,
    /// Reductions the person was entitled to before the caps.
    pub jobbskatteavdrag_berattigat: Decimal,
    pub skattereduktion_sjuk_aktivitetsersattning_berattigad: Decimal,
    pub skattereduktion_forvarvsinkomst_berattigad: Decimal,
    pub total_skatt: Decimal,
    pub nettoinkomst: Decimal,
}

/// Computes the final tax of one person for one year: the taxable income, the taxes and fees
/// on it, and the reductions in the order of IL 67 kap. 2 §.
pub fn slutlig_skatt(
    p: &SkatteParametrar,
    ink: &Inkomster,
    satser: &Skattesatser,
    alder: AlderVidAretsIngang,
    trace: &mut Trace,
) -> SlutligSkatt {
    let aldre = alder.minst(&p.forhojt_grundavdrag_alder);
    let (fi, ga, bfi) = beskattningsbar(p, ink, aldre, trace);
    let sk = Skatter {
        kommunal: inkomstskatt::kommunal_skatt(bfi, satser.kommunal, trace),
        statlig: inkomstskatt::statlig_skatt(p, bfi, trace),
        begrav: avgifter::begravningsavgift(bfi, satser.begravningsavgift, trace),
        kyrka: avgifter::kyrkoavgift(bfi, satser.kyrkoavgift, trace),
        ps: avgifter::public_service_avgift(
            p,
            bfi,
            alder.minst(&p.public_service_avgift_alder),
            trace,
        ),
        apa: pensionsavgift::allman_pensionsavgift(p, ink, trace),
    };
    let r = reduktioner(p, ink, satser, alder, (ga, bfi), &sk, trace);
    let total = r.kvar_kommunal + r.kvar_statlig + sk.begrav + sk.kyrka + sk.ps + sk.apa;
    trace.record(|| {
        Step::ny(
            "total_skatt",
            "Skatt och avgifter totalt",
            total,
            "IL (1999:1229) 1 kap. 1 §, 67 kap. 2 §",
        )
        .formel(format!(
            "kommunal {} + statlig {} + begravningsavgift {} + kyrkoavgift {} \
             + public service {} + pensionsavgift {} − skattereduktioner {}",
            sk.kommunal,
            sk.statlig,
            sk.begrav,
            sk.kyrka,
            sk.ps,
            sk.apa,
            r.apa.1 + r.jsa.1 + r.sa.1 + r.forv.1
        ))
    });
    let brutto = ink.summa();
    SlutligSkatt {
        bruttoinkomst: brutto,
        faststalld_forvarvsinkomst: fi,
        grundavdrag: ga,
        beskattningsbar_forvarvsinkomst: bfi,
        kommunal_skatt: sk.kommunal,
        statlig_skatt: sk.statlig,
        begravningsavgift: sk.begrav,
        kyrkoavgift: sk.kyrka,
        public_service_avgift: sk.ps,
        allman_pensionsavgift: sk.apa,
        skattereduktion_allman_pensionsavgift: r.apa.1,
        jobbskatteavdrag: r.jsa.1,
        skattereduktion_sjuk_aktivitetsersattning: r.sa.1,
        skattereduktion_forvarvsinkomst: r.forv.1,
        jobbskatteavdrag_berattigat: r.jsa.0,
        skattereduktion_sjuk_aktivitetsersattning_berattigad: r.sa.0,
        skattereduktion_forvarvsinkomst_berattigad: r.forv.0,
        total_skatt: total,
        nettoinkomst: brutto - total,
    }
}

/// Fastställd förvärvsinkomst, grundavdrag and beskattningsbar förvärvsinkomst (IL 1 kap.
/// 5 §, 63 kap.).
fn beskattningsbar(
    p: &SkatteParametrar,
    ink: &Inkomster,
    aldre: bool,
    trace: &mut Trace,
) -> (Decimal, Decimal, Decimal) {
    let fi = forvarvsinkomst::faststalld_forvarvsinkomst(ink, trace);
    let ga = grundavdrag::grundavdrag(p, fi, aldre, trace);
    let bfi = fi - ga;
    trace.record(|| {
        Step::ny(
            "beskattningsbar_forvarvsinkomst",
            "Beskattningsbar förvärvsinkomst",
            bfi,
            "IL (1999:1229) 1 kap. 5 §",
        )
        .formel(format!("{fi} kr − grundavdraget {ga} kr"))
        .indata([("faststalld_forvarvsinkomst", fi), ("grundavdrag", ga)])
    });
    (fi, ga, bfi)
}

/// The taxes and fees on the beskattningsbar förvärvsinkomst.
struct Skatter {
    kommunal: Decimal,
    statlig: Decimal,
    begrav: Decimal,
    kyrka: Decimal,
    ps: Decimal,
    apa: Decimal,
}

/// Each reduction as (entitled to, used), and the taxes left after them.
struct Reduktioner {
    apa: (Decimal, Decimal),
    jsa: (Decimal, Decimal),
    sa: (Decimal, Decimal),
    forv: (Decimal, Decimal),
    kvar_kommunal: Decimal,
    kvar_statlig: Decimal,
}

/// The reductions in the order of IL 67 kap. 2 §: the pensionsavgift reduction may use kommunal
/// and statlig skatt; the others only what is left of the kommunal skatt. Skatteverket's tables
/// let the pensionsavgift reduction take the kommunal skatt first (SKV 433 2026 example: "JSA
/// 9 592 kr men kan endast nyttja 6 019 kr").
fn reduktioner(
    p: &SkatteParametrar,
    ink: &Inkomster,
    satser: &Skattesatser,
    alder: AlderVidAretsIngang,
    (ga, bfi): (Decimal, Decimal),
    sk: &Skatter,
    trace: &mut Trace,
) -> Reduktioner {
    let mut kvar_kommunal = sk.kommunal;
    let mut kvar_statlig = sk.statlig;
    let r_apa = sk.apa.min(kvar_kommunal + kvar_statlig);
    let fran_kommunal = r_apa.min(kvar_kommunal);
    kvar_kommunal -= fran_kommunal;
    kvar_statlig -= r_apa - fran_kommunal;
    record_used(
        trace,
        "skattereduktion_allman_pensionsavgift",
        "Skattereduktion för allmän pensionsavgift",
        sk.apa,
        r_apa,
        "IL (1999:1229) 67 kap. 2 och 4 §§",
        "kommunal och statlig inkomstskatt",
    );
    let mut ur_kommunal = |belopp: Decimal| {
        let r = belopp.min(kvar_kommunal);
        kvar_kommunal -= r;
        r
    };

    let jsa = jobbskatteavdrag(p, ink, satser, alder, ga, trace);
    let r_jsa = ur_kommunal(jsa);
    record_used(
        trace,
        "jobbskatteavdrag",
        "Jobbskatteavdrag",
        jsa,
        r_jsa,
        "IL (1999:1229) 67 kap. 2 och 5 §§",
        "kommunal inkomstskatt som återstår",
    );

    // 67 kap. 9 a §: only for one who had not turned 66 (2027: 67) by 1 January.
    let sa = if alder.minst(&p.forhojt_grundavdrag_alder) {
        Decimal::ZERO
    } else {
        let u = ink.sjuk_aktivitetsersattning;
        skattereduktion::sjuk_aktivitetsersattning(p, u, ga, satser.kommunal, trace)
    };
    let r_sa = ur_kommunal(sa);
    if !ink.sjuk_aktivitetsersattning.is_zero() {
        record_used(
            trace,
            "skattereduktion_sjuk_aktivitetsersattning",
            "Skattereduktion för sjuk- och aktivitetsersättning",
            sa,
            r_sa,
            "IL (1999:1229) 67 kap. 2 och 9 a §§",
            "kommunal inkomstskatt som återstår",
        );
    }

    let forv = skattereduktion::forvarvsinkomst(p, bfi, trace);
    let r_forv = ur_kommunal(forv);
    record_used(
        trace,
        "skattereduktion_forvarvsinkomst",
        "Skattereduktion för förvärvsinkomst",
        forv,
        r_forv,
        "IL (1999:1229) 67 kap. 2 och 46 §§",
        "kommunal inkomstskatt som återstår",
    );
    Reduktioner {
        apa: (sk.apa, r_apa),
        jsa: (jsa, r_jsa),
        sa: (sa, r_sa),
        forv: (forv, r_forv),
        kvar_kommunal,
        kvar_statlig,
    }
}

/// The jobbskatteavdrag the person is entitled to: for one who had turned 66 by 1 January
/// the amount of 67 kap. 8 §, else that of 7 § (on the arbetsinkomst of 6 §).
fn jobbskatteavdrag(
    p: &SkatteParametrar,
    ink: &Inkomster,
    satser: &Skattesatser,
    alder: AlderVidAretsIngang,
    ga: Decimal,
    trace: &mut Trace,
) -> Decimal {
    let ai = skattereduktion::arbetsinkomst(ink.lon);
    if alder.minst(&p.jobbskatteavdrag_alder) {
        skattereduktion::jobbskatteavdrag_aldre(p, ai, trace)
    } else {
        skattereduktion::jobbskatteavdrag(p, ai, ga, satser.kommunal, trace)
    }
}

fn record_used(
    trace: &mut Trace,
    id: &'static str,
    label: &'static str,
    berattigad: Decimal,
    used: Decimal,
    reference: &'static str,
    against: &'static str,
) {
    trace.record(|| Step {
        unit: crate::motor::Enhet::Kronor,
        id,
        label,
        amount: used,
        formula: if used == berattigad {
            format!("{berattigad} kr, ryms helt mot {against}")
        } else {
            format!("{berattigad} kr, men högst {against}: {used} kr")
        },
        inputs: vec![input("berattigad", berattigad)],
        params: vec![],
        reference,
        rounding: None,
    });
}
