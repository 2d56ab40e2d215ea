//! Evaluation of a scenario: for each person, the final tax for the year (exact, with the
//! trace of every amount) and the preliminary tax a payer withholds each month.

use crate::manad::Manadsresultat;
use crate::KomponentId;
use rules::skatt::{AlderVidAretsIngang, SlutligSkatt};
use rules::skattetabell::{self, Inkomstslag, Kolumn};
use rules::trace::Step;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::error::InputErrors;
use crate::scenario::{validate, Manadsinkomster, Person, Scenario, SCHEMA_VERSION};

/// The result of a scenario, serialisable as the CLI's and the app's JSON.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ScenarioResult {
    pub schema_version: u32,
    pub year: i32,
    pub ruleset: RulesetInfo,
    pub skattesats: SkattesatsInfo,
    pub people: Vec<PersonResult>,
    pub household: Hushall,
    /// The month computed: every income, benefit and the tax, with statuses and traces, and
    /// the disposable income.
    pub manad: crate::manad::Manadsresultat,
    /// The alternatives compared with this scenario (empty without alternatives).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub jamforelse: Vec<crate::jamforelse::Alternativresultat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sweep: Option<crate::jamforelse::SweepResultat>,
    /// The months ahead, when the scenario has a `plan`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<crate::plan::PlanResultat>,
    /// The hours × hourly wage map, when the scenario has a `karta`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub karta: Option<crate::karta::Karta>,
}

/// Which rules were used and how far they are verified.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RulesetInfo {
    pub year: i32,
    /// "verified": reproduces Skatteverket's official tables; "unverified": not checked.
    pub status: String,
    pub verified_on: String,
    pub note: String,
}

/// The rates applied.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SkattesatsInfo {
    /// The kommun, when the rates come from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kommun: Option<rules::Kommun>,
    pub kommunal_procent: Decimal,
    pub begravningsavgift_procent: Decimal,
}

/// One person's result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub alder_vid_arets_ingang: u32,
    pub income_per_month: Manadsinkomster,
    pub per_manad: PerManad,
    pub preliminar_skatt: Vec<PreliminarPost>,
    /// The final tax for the whole year, every component in kronor.
    pub slutlig_skatt_ar: SlutligSkatt,
    /// How each amount of the final tax was reached.
    pub trace: Vec<Step>,
}

/// Per-month figures (the final tax is the year's divided by twelve, to the öre).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PerManad {
    pub brutto: Decimal,
    pub slutlig_skatt: Decimal,
    pub netto_efter_slutlig_skatt: Decimal,
    /// Absent when some payer's withholding is not modelled.
    pub preliminar_skatt: Option<Decimal>,
    pub netto_efter_preliminar_skatt: Option<Decimal>,
}

/// Whether an amount was computed.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Beraknad,
    EjModellerad,
}

/// The preliminary tax one payer withholds on one income.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PreliminarPost {
    pub inkomstslag: &'static str,
    pub belopp_per_manad: Decimal,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skatteavdrag: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tabell: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kolumn: Option<u32>,
    pub forklaring: String,
}

/// The household's totals per month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hushall {
    pub brutto_per_manad: Decimal,
    pub slutlig_skatt_per_manad: Decimal,
    pub netto_per_manad: Decimal,
}

/// Evaluates a scenario, with every explanation.
pub fn evaluate(s: &Scenario) -> Result<ScenarioResult, InputErrors> {
    evaluera(s, true)
}

/// As [`evaluate`], without the explanations: every component's amount, status, `saknas` and
/// marks, the comparisons, the tax per payer and the sweep, but no steps (`steps`, `trace`
/// empty) and not every reason (`skal`). For a view that shows an explanation only when it is
/// opened: [`forklaring`] gives that month in full.
pub fn evaluate_utan_forklaring(s: &Scenario) -> Result<ScenarioResult, InputErrors> {
    evaluera(s, false)
}

/// One month in full, with every explanation: today (`alternativ` None) or alternative `k`,
/// exactly as in [`evaluate`]'s `manad` or `jamforelse[k].manad`.
pub fn forklaring(s: &Scenario, alternativ: Option<usize>) -> Result<Manadsresultat, InputErrors> {
    validate(s)?;
    match alternativ {
        None => Ok(crate::manad::evaluate_month_with(
            s,
            &s.kommunalskatt(),
            true,
        )),
        Some(k) if k < s.alternatives.len() => {
            let scen = crate::jamforelse::alternativ_scenario(s, k)?;
            Ok(crate::manad::evaluate_month_with(
                &scen,
                &scen.kommunalskatt(),
                true,
            ))
        }
        Some(k) => Err(crate::InputError::new(
            "alternatives",
            format!(
                "alternativ {k} finns inte; det finns {}",
                s.alternatives.len()
            ),
        )
        .into()),
    }
}

fn evaluera(s: &Scenario, detalj: bool) -> Result<ScenarioResult, InputErrors> {
    validate(s)?;
    let rs = rules::ruleset(s.year).expect("validated year");
    let p = &rs.skatt;
    let satser = s.kommunalskatt();
    let (kommunal, begrav) = (satser.kommunal, satser.begravningsavgift);
    let manad = crate::manad::evaluate_month_with(s, &satser, detalj);
    let people: Vec<PersonResult> = (s.people.iter().enumerate())
        .map(|(i, person)| evaluate_person(rs, s.year, person, &manad, i, kommunal + begrav))
        .collect();
    let sum = |f: &dyn Fn(&PersonResult) -> Decimal| people.iter().map(f).sum::<Decimal>();
    let household = Hushall {
        brutto_per_manad: sum(&|r| r.per_manad.brutto),
        slutlig_skatt_per_manad: sum(&|r| r.per_manad.slutlig_skatt),
        netto_per_manad: sum(&|r| r.per_manad.netto_efter_slutlig_skatt),
    };
    let jamforelse = crate::jamforelse::jamfor(s, &manad, detalj)?;
    let sweep = match &s.sweep {
        Some(spec) => Some(crate::jamforelse::sweep(s, spec)?),
        None => None,
    };
    let plan = match &s.plan {
        Some(spec) => Some(crate::plan::plan(s, spec)?),
        None => None,
    };
    let karta = match &s.karta {
        Some(spec) => Some(crate::karta::karta(s, spec)?),
        None => None,
    };
    Ok(ScenarioResult {
        manad,
        jamforelse,
        sweep,
        plan,
        karta,
        schema_version: SCHEMA_VERSION,
        year: s.year,
        ruleset: RulesetInfo {
            year: rs.year,
            status: p.meta.status.clone(),
            verified_on: p.meta.verified_on.clone(),
            note: p.meta.note.clone(),
        },
        skattesats: SkattesatsInfo {
            kommun: satser.kommun.cloned(),
            kommunal_procent: kommunal,
            begravningsavgift_procent: begrav,
        },
        people,
        household,
    })
}

/// Person `i`'s part of the result: the final tax the month's stage 3 computed (with its
/// steps, from the month's tax component) and the preliminary tax per payer.
fn evaluate_person(
    rs: &rules::Ruleset,
    year: i32,
    person: &Person,
    manad: &Manadsresultat,
    i: usize,
    kommunal_och_begrav: Decimal,
) -> PersonResult {
    let p = &rs.skatt;
    let tolv = Decimal::from(12);
    let m = &manad.skattepliktiga[i];
    let skatt = manad.slutlig_skatt_ar[i].clone();
    // The tax component's steps are the final tax's, then the step to the month's share.
    let trace = manad
        .komponent(KomponentId::Skatt, Some(i))
        .map(|k| {
            let n = k.steps.len().saturating_sub(1);
            k.steps[..n].to_vec()
        })
        .unwrap_or_default();
    let kyrka = person.kyrkoavgift_procent.unwrap_or_default();
    let alder = AlderVidAretsIngang::fran_fodelsear(year, person.birth_year);

    let brutto: Decimal = m.fields().iter().map(|(_, v)| *v).sum();
    let slutlig_manad = ore(skatt.total_skatt / tolv);
    let aldre = Decimal::from(alder.0) >= p.forhojt_grundavdrag_alder.value;
    let tabell = skattetabell::tabellnummer(kommunal_och_begrav + kyrka);
    let preliminar = preliminar_skatt(rs, m, tabell, aldre);
    let prel_sum = preliminar
        .iter()
        .map(|x| x.skatteavdrag)
        .sum::<Option<Decimal>>();
    PersonResult {
        name: person.name.clone(),
        alder_vid_arets_ingang: alder.0,
        income_per_month: m.clone(),
        per_manad: PerManad {
            brutto,
            slutlig_skatt: slutlig_manad,
            netto_efter_slutlig_skatt: brutto - slutlig_manad,
            preliminar_skatt: prel_sum,
            netto_efter_preliminar_skatt: prel_sum.map(|t| brutto - t),
        },
        preliminar_skatt: preliminar,
        slutlig_skatt_ar: skatt,
        trace,
    }
}

/// A monthly share of an annual amount, to the öre. Presentation only: the law fixes the
/// annual amounts, not a monthly twelfth.
fn ore(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Preliminary tax per payer. The largest income is taken to be the huvudinkomst, withheld by
/// Skatteverket's monthly table; other payers' withholding (often 30 % for a sidoinkomst, or
/// Försäkringskassan's own tables for sjukpenning) is not modelled and is said to be so.
fn preliminar_skatt(
    rs: &rules::Ruleset,
    m: &Manadsinkomster,
    tabell: u32,
    aldre: bool,
) -> Vec<PreliminarPost> {
    let kinds = [
        (Inkomstslag::Lon, "lon"),
        (Inkomstslag::Sjukpenning, "sjukpenning"),
        (
            Inkomstslag::AnnanPensionsgrundande,
            "annan_pensionsgrundande",
        ),
        (
            Inkomstslag::SjukAktivitetsersattning,
            "sjuk_aktivitetsersattning",
        ),
        (Inkomstslag::Pension, "pension"),
    ];
    let amounts = m.fields();
    let mut items: Vec<(Inkomstslag, &'static str, Decimal)> = kinds
        .iter()
        .zip(amounts.iter())
        .filter(|(_, (_, v))| !v.is_zero())
        .map(|((k, n), (_, v))| (*k, *n, *v))
        .collect();
    // Largest first; ties keep the order above.
    items.sort_by_key(|b| std::cmp::Reverse(b.2));
    items
        .iter()
        .enumerate()
        .map(|(i, &(kind, name, belopp))| {
            let not = |forklaring: String| PreliminarPost {
                inkomstslag: name,
                belopp_per_manad: belopp,
                status: Status::EjModellerad,
                skatteavdrag: None,
                tabell: None,
                kolumn: None,
                forklaring,
            };
            if i > 0 {
                return not(
                    "Sidoinkomst: utbetalaren gör eget skatteavdrag, ofta 30 %. Det beräknas inte här; se den slutliga skatten.".into(),
                );
            }
            let Some(kolumn) = Kolumn::for_income(kind, aldre) else {
                return not(match kind {
                    Inkomstslag::Sjukpenning => "Försäkringskassan drar skatt på sjukpenning enligt särskilda tabeller som inte finns här; se den slutliga skatten.".into(),
                    _ => "Ingen kolumn i Skatteverkets månadstabell för den här inkomsten i den här åldern.".into(),
                });
            };
            if !(skattetabell::TABELL_MIN..=skattetabell::TABELL_MAX).contains(&tabell) {
                return not(format!(
                    "Skattesatsen ger tabell {tabell}, men Skatteverket publicerar tabell {}–{}.",
                    skattetabell::TABELL_MIN,
                    skattetabell::TABELL_MAX
                ));
            }
            let kronor = u32::try_from(belopp.trunc().mantissa() / 10i128.pow(belopp.trunc().scale()))
                .unwrap_or(u32::MAX);
            match skattetabell::band_for(kronor) {
                Some((from, tom)) => PreliminarPost {
                    inkomstslag: name,
                    belopp_per_manad: belopp,
                    status: Status::Beraknad,
                    skatteavdrag: Some(skattetabell::cell(&rs.skatt, tabell, kolumn, tom)),
                    tabell: Some(tabell),
                    kolumn: Some(kolumn.number()),
                    forklaring: format!(
                        "Skatteverkets månadstabell {tabell}, kolumn {}, raden {from}–{tom} kr.",
                        kolumn.number()
                    ),
                },
                None => not(
                    "Över 80 000 kr i månaden anger tabellen en procentsats; den beräknas inte här.".into(),
                ),
            }
        })
        .collect()
}
