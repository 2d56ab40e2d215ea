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

/// Computes the final tax of one person for one year.
pub fn slutlig_skatt(
    p: &SkatteParametrar,
    ink: &Inkomster,
    satser: &Skattesatser,
    alder: AlderVidAretsIngang,
    trace: &mut Trace,
) -> SlutligSkatt {
    let aldre = alder.minst(&p.forhojt_grundavdrag_alder);
    let jsa_aldre = alder.minst(&p.jobbskatteavdrag_alder);
    let fyllt_18 = alder.minst(&p.public_service_avgift_alder);

    let fi = forvarvsinkomst::faststalld_forvarvsinkomst(ink, trace);
    let ga = grundavdrag::grundavdrag(p, fi, aldre, trace);
    let bfi = fi - ga;
    trace.record(|| Step {
        id: "beskattningsbar_forvarvsinkomst",
        label: "Beskattningsbar förvärvsinkomst",
        amount: bfi,
        formula: format!("{fi} kr − grundavdraget {ga} kr"),
        inputs: vec![
            input("faststalld_forvarvsinkomst", fi),
            input("grundavdrag", ga),
        ],
        params: vec![],
        reference: "IL (1999:1229) 1 kap. 5 §",
        rounding: None,
    });

    let kommunal = inkomstskatt::kommunal_skatt(bfi, satser.kommunal, trace);
    let statlig = inkomstskatt::statlig_skatt(p, bfi, trace);
    let begrav = avgifter::begravningsavgift(bfi, satser.begravningsavgift, trace);
    let kyrka = avgifter::kyrkoavgift(bfi, satser.kyrkoavgift, trace);
    let ps = avgifter::public_service_avgift(p, bfi, fyllt_18, trace);
    let apa = pensionsavgift::allman_pensionsavgift(p, ink, trace);

    // IL 67 kap. 2 §: the pensionsavgift reduction may use kommunal and statlig skatt; the
    // others only what is left of the kommunal skatt. Skatteverket's tables let the
    // pensionsavgift reduction take the kommunal skatt first (SKV 433 2026 example: "JSA
    // 9 592 kr men kan endast nyttja 6 019 kr").
    let mut kvar_kommunal = kommunal;
    let mut kvar_statlig = statlig;
    let r_apa = apa.min(kvar_kommunal + kvar_statlig);
    let fran_kommunal = r_apa.min(kvar_kommunal);
    kvar_kommunal -= fran_kommunal;
    kvar_statlig -= r_apa - fran_kommunal;
    record_used(
        trace,
        "skattereduktion_allman_pensionsavgift",
        "Skattereduktion för allmän pensionsavgift",
        apa,
        r_apa,
        "IL (1999:1229) 67 kap. 2 och 4 §§",
        "kommunal och statlig inkomstskatt",
    );

    let ai = skattereduktion::arbetsinkomst(ink.lon);
    let jsa = if jsa_aldre {
        skattereduktion::jobbskatteavdrag_aldre(p, ai, trace)
    } else {
        skattereduktion::jobbskatteavdrag(p, ai, ga, satser.kommunal, trace)
    };
    let r_jsa = jsa.min(kvar_kommunal);
    kvar_kommunal -= r_jsa;
    record_used(
        trace,
        "jobbskatteavdrag",
        "Jobbskatteavdrag",
        jsa,
        r_jsa,
        "IL (1999:1229) 67 kap. 2 och 5 §§",
        "kommunal inkomstskatt som återstår",
    );

    let sa = if aldre {
        Decimal::ZERO
    } else {
        skattereduktion::sjuk_aktivitetsersattning(
            p,
            ink.sjuk_aktivitetsersattning,
            ga,
            satser.kommunal,
            trace,
        )
    };
    let r_sa = sa.min(kvar_kommunal);
    kvar_kommunal -= r_sa;
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
    let r_forv = forv.min(kvar_kommunal);
    kvar_kommunal -= r_forv;
    record_used(
        trace,
        "skattereduktion_forvarvsinkomst",
        "Skattereduktion för förvärvsinkomst",
        forv,
        r_forv,
        "IL (1999:1229) 67 kap. 2 och 46 §§",
        "kommunal inkomstskatt som återstår",
    );

    let total = kvar_kommunal + kvar_statlig + begrav + kyrka + ps + apa;
    let brutto = ink.summa();
    let netto = brutto - total;
    trace.record(|| Step {
        id: "total_skatt",
        label: "Skatt och avgifter totalt",
        amount: total,
        formula: format!(
            "kommunal {kommunal} + statlig {statlig} + begravningsavgift {begrav} + kyrkoavgift {kyrka} \
             + public service {ps} + pensionsavgift {apa} − skattereduktioner {}",
            r_apa + r_jsa + r_sa + r_forv
        ),
        inputs: vec![],
        params: vec![],
        reference: "IL (1999:1229) 1 kap. 1 §, 67 kap. 2 §",
        rounding: None,
    });

    SlutligSkatt {
        bruttoinkomst: brutto,
        faststalld_forvarvsinkomst: fi,
        grundavdrag: ga,
        beskattningsbar_forvarvsinkomst: bfi,
        kommunal_skatt: kommunal,
        statlig_skatt: statlig,
        begravningsavgift: begrav,
        kyrkoavgift: kyrka,
        public_service_avgift: ps,
        allman_pensionsavgift: apa,
        skattereduktion_allman_pensionsavgift: r_apa,
        jobbskatteavdrag: r_jsa,
        skattereduktion_sjuk_aktivitetsersattning: r_sa,
        skattereduktion_forvarvsinkomst: r_forv,
        jobbskatteavdrag_berattigat: jsa,
        skattereduktion_sjuk_aktivitetsersattning_berattigad: sa,
        skattereduktion_forvarvsinkomst_berattigad: forv,
        total_skatt: total,
        nettoinkomst: netto,
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
