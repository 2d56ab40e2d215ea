//! The year-end of a plan track (docs/pipeline.md, "The year-end"): for each calendar year the
//! track's months touch, the final tax against what the payers withheld during the year, and
//! the final bostadsbidrag against the preliminary paid.
//!
//! Both settle a whole calendar year: the final tax is on the year's incomes (IL 1 kap. 5 §)
//! and the final bostadsbidrag on the year's bidragsgrundande inkomst spread evenly over its
//! months (SFB 97 kap. 3 §). Months outside the plan are not known, and no month is assumed
//! (docs/decisions.md, "The year-end"): a year the plan does not cover whole is reported with
//! the months it lacks and no amounts.

use rules::formaner::bostadsbidrag as bbi;
use rules::formaner::{Manad, Status};
use rules::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser};
use rules::skattetabell::{self, Inkomstslag, Kolumn};
use rules::trace::{Step, Trace};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::{ManadStatus, PlanManad};
use crate::komponent_id::KomponentId;
use crate::scenario::{Huvudinkomst, PlanSpec, Scenario};

/// Flat withholding of a payer that is not the main one (a sidoinkomst), rules-tax.md §11a.
const SIDOINKOMST_PROCENT: Decimal = Decimal::from_parts(30, 0, 0, false, 2);
/// Kvarskatt above which Skatteverket charges kostnadsränta from 13 February (docs/decisions.md).
const KVARSKATT_TIDIG_RANTA: Decimal = Decimal::from_parts(30_000, 0, 0, false, 0);
/// SFB 98 kap. 6 § andra stycket: "Belopp under 1 200 kronor ska varken betalas ut eller
/// betalas tillbaka."
const BB_MINSTA_SKILLNAD: Decimal = Decimal::from_parts(1_200, 0, 0, false, 0);
/// The first year whose bostadsbidrag may follow the proposed monthly income basis: its
/// year-end is not modelled (docs/decisions.md, "The year-end").
const BB_MANADSINKOMST_FRAN: i32 = 2027;

/// One calendar year of a track, settled.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Arsavstamning {
    pub ar: i32,
    /// The plan's months in the year, `YYYY-MM`.
    pub manader: Vec<String>,
    /// The plan covers every month of the year.
    pub hela_aret: bool,
    /// The months of the year outside the plan: nothing is computed for a year that has any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub saknade_manader: Vec<String>,
    /// Per person.
    pub skatt: Vec<Skatteavstamning>,
    pub bostadsbidrag: Bostadsbidragsavstamning,
}

/// Whether a settlement could be computed.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Avstamningsstatus {
    Beraknad,
    /// The plan does not cover the whole year.
    DelAvAr,
    /// An input is needed (`saknas` names it).
    BehoverUppgift,
    /// A part of it is not in the engine (`skal` says which).
    EjModellerad,
    /// Nothing to settle (no preliminary bostadsbidrag was paid in the year).
    EjAktuell,
}

/// The tax of one person for one year: withheld against final.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Skatteavstamning {
    pub person: usize,
    pub status: Avstamningsstatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub saknas: Vec<String>,
    /// Each payer of the year: its income, its method, what it withheld.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub utbetalare: Vec<Utbetalare>,
    /// What the payers withheld in the year together; absent when one is not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avdragen_skatt: Option<Decimal>,
    /// The final tax on the year's incomes (IL; the engine's `slutlig_skatt_ar`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slutlig_skatt: Option<Decimal>,
    /// Final less withheld: above 0 kvarskatt, below 0 återbetalning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skillnad: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utfall: Option<Skatteutfall>,
    /// The amount to pay or get back, whole kronor ("ca").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub belopp: Option<Decimal>,
    /// Kvarskatt above 30 000 kr: kostnadsränta from 13 February unless paid in by 12 February
    /// (Skatteverket; docs/decisions.md).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub kvarskatt_over_30000: bool,
    /// What the person can do about it, as data for the UI to word.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub atgarder: Vec<Atgard>,
    /// What the computation took as given without an input (shown, never silent).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub antaganden: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// Which way the tax settles.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Skatteutfall {
    Kvarskatt,
    Aterbetalning,
    IngenSkillnad,
}

/// How a payer withholds.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Avdragsmetod {
    /// Skatteverket's monthly table (the main payer).
    Skattetabell,
    /// 30 % (a sidoinkomst).
    Sidoinkomst30,
    /// Not in the engine (Försäkringskassan's särskilda tabeller for sjukpenning, incomes
    /// above the table, no column).
    EjModellerad,
}

/// One payer's year.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Utbetalare {
    /// `lon`, `sjukpenning`, `annan_pensionsgrundande`, `sjuk_aktivitetsersattning`, `pension`.
    pub inkomstslag: &'static str,
    /// Who pays it, in words.
    pub vem: &'static str,
    pub huvudinkomst: bool,
    /// The year's income from this payer.
    pub inkomst_ar: Decimal,
    pub metod: Avdragsmetod,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tabell: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kolumn: Option<u32>,
    /// Withheld in the year; absent when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avdragen_skatt: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<String>,
}

/// Something to do about a settlement, as data.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "atgard", rename_all = "snake_case")]
pub enum Atgard {
    /// Ask a payer to withhold this much more per month (for a year like this one).
    HogreSkatteavdrag {
        inkomstslag: &'static str,
        per_manad: Decimal,
    },
    /// Apply to Skatteverket for jämkning: this much less withheld per month.
    Jamkning { per_manad: Decimal },
    /// Tell Försäkringskassan the household's new yearly income from this month (SFB 98 kap.
    /// 8 §: the preliminary bidrag is reconsidered when something changes it).
    AnmalAndradInkomst { manad: String },
}

/// The household's bostadsbidrag for one year: preliminary paid against final.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bostadsbidragsavstamning {
    pub status: Avstamningsstatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub saknas: Vec<String>,
    /// Preliminary bostadsbidrag paid in the plan's months of the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preliminart: Option<Decimal>,
    /// The household's bidragsgrundande inkomst for the year, per adult.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bidragsgrundande_inkomst: Vec<Decimal>,
    /// The final bidrag on the year's income (SFB 98 kap. 5 §).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slutligt: Option<Decimal>,
    /// Final less preliminary: below 0 to pay back, above 0 paid out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skillnad: Option<Decimal>,
    /// The preliminary bidrag of the year's months had the household given the year's actual
    /// income as its estimate from January ("ska så nära som möjligt motsvara det slutliga",
    /// 98 kap. 2 §): the plan's months each take their own month's income as the year's
    /// (docs/decisions.md, "The year-end").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preliminart_med_arets_inkomst: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utfall: Option<Bostadsbidragsutfall>,
    /// What is paid back or paid out (before the avgift or tillägg of 98 kap. 7 §, which is
    /// not computed); 0 under 1 200 kr (98 kap. 6 §).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub belopp: Option<Decimal>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub atgarder: Vec<Atgard>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// Which way bostadsbidrag settles.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Bostadsbidragsutfall {
    /// The final is lower: the difference is paid back (98 kap. 6 §), with an avgift (7 §).
    Aterbetalning,
    /// The final is higher: the difference is paid out (98 kap. 6 §), with a tillägg (7 §).
    Efterbetalning,
    /// The difference is under 1 200 kr: neither (98 kap. 6 § andra stycket).
    UnderBeloppsgrans,
    IngenSkillnad,
}

const SFB_98_5_6: &str = "SFB (2010:110) 97 kap. 3 §, 98 kap. 5–7 §§";
const SKATT_REF: &str = "IL (1999:1229); SFL (2011:1244) 10–11 kap.; rules-tax.md §11";

/// The year-end of one track: one settlement per calendar year its months touch.
pub(super) fn arsskifte(
    sc: &Scenario,
    spec: &PlanSpec,
    manader: &[PlanManad],
) -> Vec<Arsavstamning> {
    let mut ar: Vec<i32> = manader.iter().map(|m| ar_av(&m.manad)).collect();
    ar.dedup();
    ar.into_iter()
        .map(|y| ett_ar(sc, spec, y, manader))
        .collect()
}

fn ar_av(manad: &str) -> i32 {
    manad[..4].parse().unwrap_or_default()
}

fn ett_ar(sc: &Scenario, spec: &PlanSpec, y: i32, alla: &[PlanManad]) -> Arsavstamning {
    let manader: Vec<&PlanManad> = alla.iter().filter(|m| ar_av(&m.manad) == y).collect();
    let namn: Vec<String> = manader.iter().map(|m| m.manad.clone()).collect();
    let saknade: Vec<String> = (1..=12)
        .map(|mo| Manad::new(y, mo).to_string())
        .filter(|s| !namn.contains(s))
        .collect();
    let hela = saknade.is_empty();
    let regler_saknas = manader
        .iter()
        .any(|m| m.status == ManadStatus::ReglerSaknas);
    let hinder = if !hela {
        Some((
            Avstamningsstatus::DelAvAr,
            format!(
                "Planen täcker bara {} av årets månader ({}–{}). Årets slutliga skatt och \
                 slutliga bostadsbidrag beror på hela årets inkomster, och månaderna utanför \
                 planen är inte kända, så året räknas inte.",
                namn.len(),
                namn.first().cloned().unwrap_or_default(),
                namn.last().cloned().unwrap_or_default()
            ),
        ))
    } else if regler_saknas {
        Some((
            Avstamningsstatus::EjModellerad,
            format!("Reglerna för {y} finns inte i beräkningen, så året räknas inte."),
        ))
    } else {
        None
    };
    let resultat: Vec<&crate::manad::Manadsresultat> =
        manader.iter().filter_map(|m| m.resultat.as_ref()).collect();
    let (skatt, bostadsbidrag) = match hinder {
        Some((status, skal)) => (
            (0..sc.people.len())
                .map(|i| Skatteavstamning::tom(i, status, skal.clone()))
                .collect(),
            Bostadsbidragsavstamning::tom(status, skal),
        ),
        None => (
            (0..sc.people.len())
                .map(|i| skatt_for_person(sc, spec, y, i, &resultat))
                .collect(),
            bostadsbidrag(y, &manader, &resultat, spec.forklaringar),
        ),
    };
    Arsavstamning {
        ar: y,
        manader: namn,
        hela_aret: hela,
        saknade_manader: saknade,
        skatt,
        bostadsbidrag,
    }
}

impl Skatteavstamning {
    fn tom(person: usize, status: Avstamningsstatus, skal: String) -> Self {
        Skatteavstamning {
            person,
            status,
            skal: Some(skal),
            saknas: vec![],
            utbetalare: vec![],
            avdragen_skatt: None,
            slutlig_skatt: None,
            skillnad: None,
            utfall: None,
            belopp: None,
            kvarskatt_over_30000: false,
            atgarder: vec![],
            antaganden: vec![],
            steps: vec![],
        }
    }
}

impl Bostadsbidragsavstamning {
    fn tom(status: Avstamningsstatus, skal: String) -> Self {
        Bostadsbidragsavstamning {
            status,
            skal: Some(skal),
            saknas: vec![],
            preliminart: None,
            bidragsgrundande_inkomst: vec![],
            slutligt: None,
            skillnad: None,
            preliminart_med_arets_inkomst: None,
            utfall: None,
            belopp: None,
            atgarder: vec![],
            steps: vec![],
        }
    }
}

/// The income kinds a payer pays, in the order of [`crate::scenario::Manadsinkomster::fields`].
const SLAG: [(Inkomstslag, Huvudinkomst, &str, &str); 5] = [
    (Inkomstslag::Lon, Huvudinkomst::Lon, "lon", "arbetsgivaren"),
    (
        Inkomstslag::Sjukpenning,
        Huvudinkomst::Sjukpenning,
        "sjukpenning",
        "Försäkringskassan (sjukpenning)",
    ),
    (
        Inkomstslag::AnnanPensionsgrundande,
        Huvudinkomst::AnnanPensionsgrundande,
        "annan_pensionsgrundande",
        "a-kassan eller Försäkringskassan (aktivitetsstöd)",
    ),
    (
        Inkomstslag::SjukAktivitetsersattning,
        Huvudinkomst::SjukAktivitetsersattning,
        "sjuk_aktivitetsersattning",
        "Försäkringskassan (aktivitets- eller sjukersättning)",
    ),
    (
        Inkomstslag::Pension,
        Huvudinkomst::Pension,
        "pension",
        "pensionsutbetalaren",
    ),
];

/// The year's tax of person `i`: each payer's withholding month by month, the final tax on the
/// year's incomes, the difference.
fn skatt_for_person(
    sc: &Scenario,
    spec: &PlanSpec,
    y: i32,
    i: usize,
    resultat: &[&crate::manad::Manadsresultat],
) -> Skatteavstamning {
    let p = &sc.people[i];
    let rs = rules::ruleset(y).expect("a computed month's year has rules");
    let mut ars = sc.clone();
    ars.year = y;
    let satser = ars.kommunalskatt();
    let kyrka = p.kyrkoavgift_procent.unwrap_or_default();
    let alder = AlderVidAretsIngang::fran_fodelsear(y, p.birth_year);
    let aldre = Decimal::from(alder.0) >= rs.skatt.forhojt_grundavdrag_alder.value;
    let tabell = skattetabell::tabellnummer(satser.kommunal + satser.begravningsavgift + kyrka);

    // Month by month, per kind: the amounts paid.
    let per_manad: Vec<[Decimal; 5]> = resultat
        .iter()
        .map(|r| {
            let f = r.skattepliktiga[i].fields();
            [f[0].1, f[1].1, f[2].1, f[3].1, f[4].1]
        })
        .collect();
    let summa = |k: usize| per_manad.iter().map(|a| a[k]).sum::<Decimal>();
    let ink = Inkomster {
        lon: summa(0),
        sjukpenning: summa(1),
        annan_pensionsgrundande: summa(2),
        sjuk_aktivitetsersattning: summa(3),
        pension: summa(4),
    };
    let mut t = Trace::ny(spec.forklaringar);
    let slutlig = slutlig_skatt(
        &rs.skatt,
        &ink,
        &Skattesatser {
            kommunal: satser.kommunal,
            begravningsavgift: satser.begravningsavgift,
            kyrkoavgift: kyrka,
        },
        alder,
        &mut t,
    )
    .total_skatt;

    let har: Vec<usize> = (0..5).filter(|&k| !summa(k).is_zero()).collect();
    let angiven = spec.personer.get(i).and_then(|x| x.huvudinkomst);
    let mut antaganden = vec![];
    let mut saknas = vec![];
    let huvud: Option<Huvudinkomst> = match (angiven, har.as_slice()) {
        (Some(h), _) => Some(h),
        (None, [k]) => {
            antaganden.push(format!(
                "Bara en utbetalare under {y} ({}): den räknas som huvudinkomst, med skatteavdrag \
                 enligt Skatteverkets månadstabell. Har du sagt till den att det är en \
                 sidoinkomst drar den 30 % i stället.",
                SLAG[*k].3
            ));
            Some(SLAG[*k].1)
        }
        (None, []) => None,
        (None, _) => {
            saknas.push(format!("plan.personer[{i}].huvudinkomst"));
            None
        }
    };

    let mut utbetalare = Vec::new();
    for &k in &har {
        let (slag, h, namn, vem) = SLAG[k];
        let ar_ink = summa(k);
        let ar_huvud = huvud == Some(h);
        let mut u = Utbetalare {
            inkomstslag: namn,
            vem,
            huvudinkomst: ar_huvud,
            inkomst_ar: ar_ink,
            metod: Avdragsmetod::EjModellerad,
            tabell: None,
            kolumn: None,
            avdragen_skatt: None,
            skal: None,
        };
        if slag == Inkomstslag::Sjukpenning {
            u.skal = Some(
                "Försäkringskassan drar skatt på sjukpenning enligt Skatteverkets särskilda \
                 tabeller (SKVFS 2019:16), som inte finns i beräkningen: det avdragna beloppet \
                 är inte känt."
                    .into(),
            );
        } else if !saknas.is_empty() {
            u.skal = Some(
                "Vilken utbetalare som drar skatt enligt tabell beror på vem du har gett \
                 huvudinkomsten till; ange det."
                    .into(),
            );
        } else if ar_huvud {
            match Kolumn::for_income(slag, aldre) {
                None => {
                    u.skal = Some(
                        "Ingen kolumn i Skatteverkets månadstabell för den här inkomsten i den här \
                         åldern."
                            .into(),
                    )
                }
                Some(_) if !(skattetabell::TABELL_MIN..=skattetabell::TABELL_MAX).contains(&tabell) => {
                    u.skal = Some(format!(
                        "Skattesatsen ger tabell {tabell}, men Skatteverket publicerar tabell {}–{}.",
                        skattetabell::TABELL_MIN,
                        skattetabell::TABELL_MAX
                    ))
                }
                Some(kol) => {
                    u.tabell = Some(tabell);
                    u.kolumn = Some(kol.number());
                    let mut summa_avdrag = Some(Decimal::ZERO);
                    for a in &per_manad {
                        let belopp = a[k];
                        let kronor = belopp.trunc();
                        let kronor = u32::try_from(kronor.mantissa() / 10i128.pow(kronor.scale()))
                            .unwrap_or(u32::MAX);
                        let cell = if kronor == 0 {
                            Some(Decimal::ZERO)
                        } else {
                            skattetabell::band_for(kronor)
                                .map(|(_, tom)| skattetabell::cell(&rs.skatt, tabell, kol, tom))
                        };
                        summa_avdrag = summa_avdrag.zip(cell).map(|(s, c)| s + c);
                    }
                    match summa_avdrag {
                        Some(s) => {
                            u.metod = Avdragsmetod::Skattetabell;
                            u.avdragen_skatt = Some(s);
                        }
                        None => {
                            u.skal = Some(
                                "Över 80 000 kr i månaden anger tabellen en procentsats, som inte \
                                 beräknas här."
                                    .into(),
                            )
                        }
                    }
                }
            }
        } else {
            u.metod = Avdragsmetod::Sidoinkomst30;
            u.avdragen_skatt = Some(ar_ink * SIDOINKOMST_PROCENT);
        }
        utbetalare.push(u);
    }

    let avdragen: Option<Decimal> = if saknas.is_empty() {
        utbetalare.iter().map(|u| u.avdragen_skatt).sum()
    } else {
        None
    };
    for u in &utbetalare {
        let (id, label) = match u.inkomstslag {
            "lon" => ("avdragen_skatt_lon", "Avdragen skatt: lön"),
            "sjukpenning" => ("avdragen_skatt_sjukpenning", "Avdragen skatt: sjukpenning"),
            "annan_pensionsgrundande" => (
                "avdragen_skatt_annan_pensionsgrundande",
                "Avdragen skatt: a-kassa eller aktivitetsstöd",
            ),
            "sjuk_aktivitetsersattning" => (
                "avdragen_skatt_sjuk_aktivitetsersattning",
                "Avdragen skatt: aktivitets- eller sjukersättning",
            ),
            _ => ("avdragen_skatt_pension", "Avdragen skatt: pension"),
        };
        if let Some(a) = u.avdragen_skatt {
            t.steg(|| {
                let s = Step::ny(id, label, a, "SFL (2011:1244) 10–11 kap.")
                    .indata([("inkomst_ar", u.inkomst_ar)]);
                match u.metod {
                    Avdragsmetod::Skattetabell => s
                        .formel(format!(
                            "varje månads belopp i Skatteverkets månadstabell {}, kolumn {} \
                             (huvudinkomst), summerat över årets 12 månader",
                            u.tabell.unwrap_or_default(),
                            u.kolumn.unwrap_or_default()
                        ))
                        .avrundning("tabellens belopp i hela kronor, för radens högsta inkomst"),
                    _ => s.formel(format!(
                        "30 % av {} kr (sidoinkomst)",
                        u.inkomst_ar.normalize()
                    )),
                }
            });
        }
    }

    let mut a = Skatteavstamning::tom(i, Avstamningsstatus::Beraknad, String::new());
    a.skal = None;
    a.slutlig_skatt = Some(slutlig);
    a.antaganden = antaganden;
    a.utbetalare = utbetalare;
    if !saknas.is_empty() {
        a.status = Avstamningsstatus::BehoverUppgift;
        a.skal = Some(format!(
            "Under {y} betalar flera utbetalare ut inkomster. Den du har sagt ska dra skatt enligt \
             tabell (huvudinkomsten) gör det, de andra drar 30 %. Ange vilken som har \
             huvudinkomsten."
        ));
        a.saknas = saknas;
    } else if let Some(avdragen) = avdragen {
        let skillnad = slutlig - avdragen;
        let belopp = skillnad
            .abs()
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        a.avdragen_skatt = Some(avdragen);
        a.skillnad = Some(skillnad);
        a.belopp = Some(belopp);
        a.utfall = Some(if belopp.is_zero() {
            Skatteutfall::IngenSkillnad
        } else if skillnad > Decimal::ZERO {
            Skatteutfall::Kvarskatt
        } else {
            Skatteutfall::Aterbetalning
        });
        a.kvarskatt_over_30000 = skillnad > KVARSKATT_TIDIG_RANTA;
        let tolv = Decimal::from(12);
        let per_manad = (skillnad.abs() / tolv).ceil();
        if a.utfall == Some(Skatteutfall::Kvarskatt) {
            // Ask the payer that withholds the flat 30 % first: its percentage is what falls short.
            let vem = a
                .utbetalare
                .iter()
                .find(|u| !u.huvudinkomst)
                .or(a.utbetalare.first())
                .map(|u| u.inkomstslag)
                .unwrap_or("lon");
            a.atgarder.push(Atgard::HogreSkatteavdrag {
                inkomstslag: vem,
                per_manad,
            });
            a.atgarder.push(Atgard::Jamkning { per_manad });
        } else if a.utfall == Some(Skatteutfall::Aterbetalning) {
            a.atgarder.push(Atgard::Jamkning { per_manad });
        }
        t.steg(|| {
            Step::ny(
                "skatt_skillnad",
                "Slutlig skatt minus avdragen skatt",
                skillnad,
                SKATT_REF,
            )
            .formel(format!(
                "{slutlig} kr − {} kr = {} kr ({})",
                avdragen.normalize(),
                skillnad.normalize(),
                if skillnad > Decimal::ZERO {
                    "kvarskatt"
                } else if skillnad < Decimal::ZERO {
                    "återbetalning"
                } else {
                    "ingen skillnad"
                }
            ))
            .indata([("slutlig_skatt", slutlig), ("avdragen_skatt", avdragen)])
        });
    } else {
        a.status = Avstamningsstatus::EjModellerad;
        a.skal = Some(
            "Hur mycket skatt en av utbetalarna drar är inte känt i beräkningen (se den), så \
             skillnaden mot den slutliga skatten kan inte räknas."
                .into(),
        );
    }
    a.steps = t.ta();
    a
}

/// The household's bostadsbidrag for year `y`, whose months are all in the plan.
fn bostadsbidrag(
    y: i32,
    manader: &[&PlanManad],
    resultat: &[&crate::manad::Manadsresultat],
    forklaringar: bool,
) -> Bostadsbidragsavstamning {
    let komp: Vec<&crate::manad::Komponent> = resultat
        .iter()
        .filter_map(|r| r.komponent(KomponentId::Bostadsbidrag, None))
        .collect();
    if let Some(k) = komp
        .iter()
        .find(|k| matches!(k.status, Status::BehoverUppgift | Status::EjModellerad))
    {
        let mut a = Bostadsbidragsavstamning::tom(
            if k.status == Status::BehoverUppgift {
                Avstamningsstatus::BehoverUppgift
            } else {
                Avstamningsstatus::EjModellerad
            },
            "Bostadsbidraget kunde inte räknas i någon av årets månader (se den), så inte heller \
             året."
                .into(),
        );
        a.saknas = k.saknas.clone();
        return a;
    }
    let preliminart: Decimal = komp.iter().map(|k| k.per_manad).sum();
    if preliminart.is_zero() {
        return Bostadsbidragsavstamning::tom(
            Avstamningsstatus::EjAktuell,
            format!(
                "Inget preliminärt bostadsbidrag betalas ut under {y}, så inget slutligt bestäms \
                 (SFB 98 kap. 5 §)."
            ),
        );
    }
    if y >= BB_MANADSINKOMST_FRAN {
        let mut a = Bostadsbidragsavstamning::tom(
            Avstamningsstatus::EjModellerad,
            format!(
                "Från 2027 har regeringen föreslagit att bostadsbidraget ska räknas på inkomsten \
                 månad för månad i stället för att stämmas av mot årets inkomst. Om det har \
                 beslutats vet beräkningen inte, så avstämningen för {y} räknas inte."
            ),
        );
        a.preliminart = Some(preliminart);
        return a;
    }
    // The year's bidragsgrundande inkomst per adult: every taxable income of tjänst paid in
    // the year (97 kap. 2 §), as the month counts it.
    let vuxna = resultat
        .first()
        .map(|r| r.skattepliktiga.len())
        .unwrap_or(0);
    let inkomst: Vec<Decimal> = (0..vuxna)
        .map(|i| {
            resultat
                .iter()
                .map(|r| {
                    r.skattepliktiga[i]
                        .fields()
                        .iter()
                        .map(|(_, v)| *v)
                        .sum::<Decimal>()
                })
                .sum()
        })
        .collect();
    let mut t = Trace::ny(forklaringar);
    let mut slutligt = Decimal::ZERO;
    let mut med_arets = Decimal::ZERO;
    for (pm, r) in manader.iter().zip(resultat) {
        let Some(in_) = &r.bostadsbidrag_indata else {
            continue;
        };
        let mut in_ = in_.clone();
        in_.inkomst = inkomst.first().copied();
        if in_.make_alder.is_some() {
            in_.make_inkomst = inkomst.get(1).copied();
        }
        let m = Manad::new(y, pm.manad[5..7].parse().unwrap_or(1));
        let u = bbi::slutligt_per_manad(m, &in_, &mut Trace::off());
        if matches!(u.status, Status::BehoverUppgift | Status::EjModellerad) {
            let mut a = Bostadsbidragsavstamning::tom(
                Avstamningsstatus::EjModellerad,
                format!("Det slutliga bostadsbidraget för {m} kunde inte räknas."),
            );
            a.preliminart = Some(preliminart);
            return a;
        }
        slutligt += u.per_manad;
        med_arets += bbi::bostadsbidrag(m, &in_, &mut Trace::off()).per_manad;
    }
    let slutligt = slutligt.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let skillnad = slutligt - preliminart;
    let (utfall, belopp) = if skillnad.is_zero() {
        (Bostadsbidragsutfall::IngenSkillnad, Decimal::ZERO)
    } else if skillnad.abs() < BB_MINSTA_SKILLNAD {
        (Bostadsbidragsutfall::UnderBeloppsgrans, Decimal::ZERO)
    } else if skillnad < Decimal::ZERO {
        (Bostadsbidragsutfall::Aterbetalning, -skillnad)
    } else {
        (Bostadsbidragsutfall::Efterbetalning, skillnad)
    };
    // The months the household's yearly income estimate changes: each is a change to report.
    let mut atgarder = vec![];
    for w in resultat.windows(2).zip(manader.iter().skip(1)) {
        let ([a, b], pm) = w else { continue };
        let sum = |r: &crate::manad::Manadsresultat| -> Decimal {
            r.inkomster_ar.iter().map(|x| x.summa()).sum()
        };
        if sum(a) != sum(b) {
            atgarder.push(Atgard::AnmalAndradInkomst {
                manad: pm.manad.clone(),
            });
        }
    }
    t.steg(|| {
        Step::ny(
            "bostadsbidrag_preliminart_ar",
            "Preliminärt bostadsbidrag under året",
            preliminart,
            "SFB (2010:110) 98 kap. 2–4 §§",
        )
        .formel(format!(
            "summan av planens {} månader av {y}, som varje månad räknade med den månadens \
             inkomst som årsinkomst",
            manader.len()
        ))
    });
    t.steg(|| {
        let mut s = Step::ny(
            "bostadsbidrag_slutligt_ar",
            "Slutligt bostadsbidrag för året",
            slutligt,
            SFB_98_5_6,
        )
        .formel(format!(
            "varje månads bidrag med årets faktiska bidragsgrundande inkomst ({} kr), lika \
             fördelad på årets månader, summerat",
            inkomst
                .iter()
                .map(|x| x.normalize().to_string())
                .collect::<Vec<_>>()
                .join(" kr och ")
        ));
        for x in &inkomst {
            s = s.indata([("bidragsgrundande_inkomst", *x)]);
        }
        s
    });
    t.steg(|| {
        Step::ny(
            "bostadsbidrag_skillnad",
            "Slutligt minus preliminärt bostadsbidrag",
            skillnad,
            "SFB (2010:110) 98 kap. 6 §",
        )
        .formel(format!(
            "{} kr − {} kr = {} kr: {}",
            slutligt.normalize(),
            preliminart.normalize(),
            skillnad.normalize(),
            match utfall {
                Bostadsbidragsutfall::Aterbetalning => "betalas tillbaka",
                Bostadsbidragsutfall::Efterbetalning => "betalas ut",
                Bostadsbidragsutfall::UnderBeloppsgrans =>
                    "under 1 200 kr, varken betalas ut eller tillbaka",
                Bostadsbidragsutfall::IngenSkillnad => "ingen skillnad",
            }
        ))
        .indata([("slutligt", slutligt), ("preliminart", preliminart)])
    });
    Bostadsbidragsavstamning {
        status: Avstamningsstatus::Beraknad,
        skal: None,
        saknas: vec![],
        preliminart: Some(preliminart),
        bidragsgrundande_inkomst: inkomst,
        slutligt: Some(slutligt),
        skillnad: Some(skillnad),
        preliminart_med_arets_inkomst: Some(med_arets),
        utfall: Some(utfall),
        belopp: Some(belopp),
        atgarder,
        steps: t.ta(),
    }
}
