//! The household pipeline: for one month, every amount the household receives, in one
//! evaluation order (docs/pipeline.md):
//!
//! work → social insurance (sjukpenning, aktivitets-/sjukersättning, aktivitetsstöd) →
//! tax on all taxable incomes together → bostadstillägg / bostadsbidrag and barnbidrag →
//! försörjningsstöd (an estimate) → disposable income.
//!
//! The scenario's input blocks for benefits are defined here; `scenario.rs` holds the rest.

use std::collections::BTreeMap;

use rules::formaner::{
    aktivitetsersattning as ae, aktivitetsstod as akt, arbete, barnbidrag as bb,
    bostadsbidrag as bbi, bostadstillagg as bt, forsorjningsstod as fs, jobbpremie as jp,
    sjukpenning as sp, Manad, Status, Utfall,
};
use rules::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser};
use rules::trace::{input, Step, Trace};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::scenario::{Person, Scenario};

// ---------------------------------------------------------------------------------------
// Input blocks of the scenario format
// ---------------------------------------------------------------------------------------

/// A job: hours per week and either an hourly wage or a monthly salary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobbInput {
    pub hours_per_week: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_wage: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_salary: Option<Decimal>,
    /// Semesterersättning on top of an hourly wage, percent (12 % by semesterlagen); leave
    /// out when the job has paid holidays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semesterersattning_procent: Option<Decimal>,
    /// Full time at the workplace, hours per week (default 40).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_time_hours: Option<Decimal>,
}

/// Sjukpenning: the sick-listing as Försäkringskassan decided it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SjukpenningInput {
    /// SGI from the decision, kronor per year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sgi: Option<Decimal>,
    /// Or the expected annual income it is based on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forvantad_arsinkomst: Option<Decimal>,
    /// The level decided: `hel`, `tre_fjardedelar`, `halv`, `en_fjardedel`. With a job the
    /// level follows the hours worked (working 25 % → tre fjärdedels …, SFB 27 kap. 45 §), never
    /// above this one; absent: hel without a job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omfattning: Option<sp::Omfattning>,
    /// The normal working time per week that the sick-listing is measured against (SFB 27 kap.
    /// 46 §); with a job, its hours against this set the level. Absent: the job's
    /// `full_time_hours`, else 40.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normal_arbetstid: Option<Decimal>,
    /// Day of the sick period on the first of the month (from day 365: fortsättningsnivå).
    #[serde(default = "dag_ett")]
    pub dag_i_sjukperioden: u32,
    /// Sick-listed while unemployed (543 kr/day cap).
    #[serde(default)]
    pub arbetslos: bool,
    /// Sjukpenning i särskilda fall (SFB 28 a kap.).
    #[serde(default)]
    pub sarskilda_fall: bool,
}

fn dag_ett() -> u32 {
    1
}

/// Aktivitetsersättning or sjukersättning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AktivitetsersattningInput {
    pub slag: ae::Slag,
    pub niva: ae::Niva,
    /// Inkomstrelaterad ersättning per month from the decision (at the granted level).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inkomstrelaterad_per_manad: Option<Decimal>,
    /// Or the antagandeinkomst per year (revalued to this year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antagandeinkomst: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forsakringstid_ar: Option<u32>,
    /// Apply for vilande ersättning for the work (SFB 36 kap. 10–18 §§).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vilande: Option<ae::Vilande>,
    #[serde(default)]
    pub steglos_avrakning: bool,
}

/// Aktivitetsstöd or utvecklingsersättning in an Arbetsförmedlingen programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AktivitetsstodInput {
    /// `grundbelopp`, `inkomstbaserat`, `utvecklingsersattning_gymnasieexamen`,
    /// `utvecklingsersattning_ovriga`.
    pub form: AktivitetsstodForm,
    /// The daily amount of Försäkringskassan's decision (`inkomstbaserat` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belopp_per_dag: Option<Decimal>,
    /// Had inkomstbaserat aktivitetsstöd under the older rules on 2025-10-01.
    #[serde(default)]
    pub aldre_regler_vid_ikrafttradandet: bool,
    /// The programme's extent as a share of full time (1 = heltid).
    #[serde(default = "ett")]
    pub omfattning: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ersattningsdagar: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AktivitetsstodForm {
    Grundbelopp,
    Inkomstbaserat,
    UtvecklingsersattningGymnasieexamen,
    UtvecklingsersattningOvriga,
}

impl AktivitetsstodInput {
    /// The rule's form; `inkomstbaserat` without its amount is refused by validation.
    pub fn ersattningsform(&self) -> akt::Ersattningsform {
        match self.form {
            AktivitetsstodForm::Grundbelopp => akt::Ersattningsform::Grundbelopp,
            AktivitetsstodForm::Inkomstbaserat => akt::Ersattningsform::Inkomstbaserat {
                belopp_per_dag: self.belopp_per_dag.unwrap_or_default(),
                aldre_regler_vid_ikrafttradandet: self.aldre_regler_vid_ikrafttradandet,
            },
            AktivitetsstodForm::UtvecklingsersattningGymnasieexamen => {
                akt::Ersattningsform::UtvecklingsersattningGymnasieexamen
            }
            AktivitetsstodForm::UtvecklingsersattningOvriga => {
                akt::Ersattningsform::UtvecklingsersattningOvriga
            }
        }
    }
}

fn ett() -> Decimal {
    Decimal::ONE
}

/// A child living in the household (or part of the time).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarnInput {
    /// Age in whole years in the month computed.
    pub age: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_month: Option<u32>,
    /// `hemmavarande` (default), `vaxelvis`, `umgange`.
    #[serde(default = "hemma")]
    pub boende: bbi::Boende,
    /// `ingen` (default), `forlangt_barnbidrag`, `studiehjalp`.
    #[serde(default)]
    pub skolgang: bb::Skolgang,
    /// `hela` (default): this household gets all of the child's barnbidrag; `delat`: shared
    /// half and half between the parents (SFB 16 kap. 5 §). With one adult the other half goes
    /// to a parent elsewhere; with two adults both halves stay in the household. (A stepchild
    /// who shares with a parent outside a two-adult household: enter the amount as an
    /// override.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barnbidrag: Option<bb::Fordelning>,
    /// Eats lunch at förskola/skola on weekdays (riksnormen's "utan lunch" for ages 0–6).
    #[serde(default)]
    pub lunch_utanfor_hemmet: bool,
}

fn hemma() -> bbi::Boende {
    bbi::Boende::Hemmavarande
}

/// Försörjningsstöd: the costs the social services usually accept, and how long the household
/// has had support (for jobbstimulans).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForsorjningsstodInput {
    /// Costs besides the riksnorm, per month. Boende defaults to the household's housing
    /// cost when left at 0.
    #[serde(default)]
    pub kostnader: fs::SkaligaKostnader,
    #[serde(default)]
    pub jobbstimulans: fs::Jobbstimulans,
    /// Underhållsstöd or underhållsbidrag received per month.
    #[serde(default)]
    pub underhall_per_manad: Decimal,
    /// Other net income per month not entered elsewhere.
    #[serde(default)]
    pub ovriga_inkomster_per_manad: Decimal,
    /// An adult who is not a sambo but lives in a household of this many persons
    /// (SoF 12 kap. 3 §).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hushallsgemenskap_medlemmar: Option<u32>,
}

/// What the household shares.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HushallInput {
    /// Rent or other housing cost, kronor per month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boendekostnad_per_manad: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bostadsyta_kvm: Option<Decimal>,
    /// Förmögenhet on 31 December of the year before (bostadstillägg).
    #[serde(default)]
    pub formogenhet: Decimal,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<BarnInput>,
    /// Present: försörjningsstöd is estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forsorjningsstod: Option<ForsorjningsstodInput>,
    /// Present: whether jobbpremie may apply is shown (as information, never in the totals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobbpremie: Option<JobbpremieInput>,
    /// Amounts from decision letters replacing modelled household amounts, per month:
    /// `bostadsbidrag`, `barnbidrag`, `forsorjningsstod`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobbpremieInput {
    /// Försörjningsstöd was paid every month July–December 2025.
    #[serde(default)]
    pub fs_varje_manad_juli_december_2025: bool,
    #[serde(default)]
    pub manader_med_jobbpremie: u32,
}

/// One alternative to compare: changes to the baseline as JSON merge patches (RFC 7396) of
/// individual people (by index) and of the household.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternativ {
    pub label: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub people: BTreeMap<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household: Option<serde_json::Value>,
}

/// A sweep for charts: over working hours (at the job's hourly wage) or monthly salary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SweepSpec {
    /// Index of the person whose job varies.
    #[serde(default)]
    pub person: usize,
    /// `hours` (0–80 per week) or `monthly_salary`.
    pub over: SweepOver,
    pub from: Decimal,
    pub to: Decimal,
    pub step: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SweepOver {
    Hours,
    MonthlySalary,
}

// ---------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------

/// One amount of the month: an income, a benefit or the tax.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Komponent {
    /// Per person: `lon`, the amounts typed for today (`ovrig_lon`, `ovrig_sjukpenning`,
    /// `ovrig_pensionsgrundande`, `ovrig_sjuk_aktivitetsersattning`, `ovrig_pension`),
    /// `sjukpenning`, `aktivitetsersattning`, `aktivitetsstod`, `skatt`, `bostadstillagg`. The
    /// household's: `bostadsbidrag`, `barnbidrag`, `till_ungdomen`, `underhall`,
    /// `ovrig_inkomst`, `forsorjningsstod`, `jobbpremie`.
    pub id: &'static str,
    pub label: String,
    /// The person it belongs to; None for the household's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    pub status: Status,
    /// Signed contribution to disposable income per month (the tax is negative).
    pub per_manad: Decimal,
    pub skattepliktig: bool,
    /// False for information only (jobbpremie): not in the totals.
    pub i_summan: bool,
    /// True when försörjningsstöd-like: an estimate the authority decides with judgement.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub uppskattning: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub saknas: Vec<String>,
    /// The modelled amount when the user replaced it with a known one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modellerat_per_manad: Option<Decimal>,
    pub steps: Vec<Step>,
}

/// The household's month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Manadsresultat {
    pub manad: String,
    pub komponenter: Vec<Komponent>,
    /// Sum of the components in the totals: what the household has to live on per month.
    pub disponibel_inkomst: Decimal,
    /// Gross wages of the household per month.
    pub lon_brutto: Decimal,
    /// Each person's taxable incomes per month as the tax was computed on them (entered and
    /// computed together); `people[]` of the result shows the tax on these.
    #[serde(skip)]
    pub skattepliktiga: Vec<crate::scenario::Manadsinkomster>,
    /// Each person's incomes for the year the final tax is computed on.
    #[serde(skip)]
    pub inkomster_ar: Vec<Inkomster>,
    /// Rules used in this month after the date they are verified until (a new year whose
    /// amounts are not published or not entered yet): which, and why. Empty when every rule
    /// used is verified for the month.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub regelnotiser: Vec<Regelnotis>,
}

/// Rules used past the date they are verified until, said in the result (DEVELOPERS.md
/// principle 1; `rules::kontroll`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Regelnotis {
    /// `skatt`, `kommunalskatt` or a benefit area (`bostadsbidrag`, …).
    pub omrade: &'static str,
    /// The components it concerns.
    pub komponenter: Vec<&'static str>,
    /// The date the values used are verified until (YYYY-MM-DD).
    pub kontrollerad_till: String,
    /// The parameters concerned, by their keys in the parameter files.
    pub parametrar: Vec<&'static str>,
    /// What was used and why, in plain Swedish.
    pub text: String,
}

/// The components a benefit area's parameters are used in.
fn omradets_komponenter(omrade: &str) -> &'static [&'static str] {
    match omrade {
        "arbete" => &["lon"],
        "sjukpenning" => &["sjukpenning"],
        "aktivitetsersattning" => &["aktivitetsersattning"],
        "aktivitetsstod" => &["aktivitetsstod"],
        "bostadstillagg" => &["bostadstillagg"],
        "bostadsbidrag" => &["bostadsbidrag"],
        "barnbidrag" => &["barnbidrag", "till_ungdomen"],
        "forsorjningsstod" => &["forsorjningsstod"],
        "jobbpremie" => &["jobbpremie"],
        _ => &[],
    }
}

/// "januari 2027".
fn manad_text(m: Manad) -> String {
    const NAMN: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    format!("{} {}", NAMN[(m.month.clamp(1, 12) - 1) as usize], m.year)
}

/// "a, b och c".
fn och_lista(v: &[&str]) -> String {
    match v {
        [] => String::new(),
        [a] => (*a).to_string(),
        [rest @ .., last] => format!("{} och {last}", rest.join(", ")),
    }
}

/// A benefit area in words, as the first word of a sentence.
fn omradets_namn(omrade: &str) -> &'static str {
    match omrade {
        "arbete" => "Lönen",
        "sjukpenning" => "Sjukpenningen",
        "aktivitetsersattning" => "Aktivitets- och sjukersättningen",
        "aktivitetsstod" => "Aktivitetsstödet",
        "bostadstillagg" => "Bostadstillägget",
        "bostadsbidrag" => "Bostadsbidraget",
        "barnbidrag" => "Barnbidraget",
        "forsorjningsstod" => "Försörjningsstödet",
        "jobbpremie" => "Jobbpremien",
        _ => "Beloppet",
    }
}

/// A tax parameter's key (the year file's section) in words.
fn skatteparameter_namn(key: &str) -> &'static str {
    match key {
        "prisbasbelopp" => "prisbasbelopp",
        "forhojt_prisbasbelopp" => "förhöjda prisbasbelopp",
        "inkomstbasbelopp" => "inkomstbasbeloppet",
        "grundavdrag" => "grundavdrag",
        "forhojt_grundavdrag" => "förhöjda grundavdrag",
        "forhojt_grundavdrag_alder" => "åldersgräns för förhöjt grundavdrag",
        "jobbskatteavdrag" | "jobbskatteavdrag_avtrappning" => "jobbskatteavdraget",
        "jobbskatteavdrag_aldre" | "jobbskatteavdrag_aldre_avtrappning" => {
            "jobbskatteavdraget för äldre"
        }
        "jobbskatteavdrag_alder" => "åldersgränsen för jobbskatteavdrag för äldre",
        "skiktgrans" => "skiktgränsen för statlig skatt",
        "statlig_skattesats" => "statlig skattesats",
        "public_service_avgift_tak" => "taket för public service-avgiften",
        _ => "skatteregel",
    }
}

/// The notices for month `m`: each benefit area whose components were computed, the tax and
/// the kommun rates, where they are used past the date they are verified until.
fn regelnotiser(
    s: &Scenario,
    rs: &rules::Ruleset,
    m: Manad,
    komp: &[Komponent],
) -> Vec<Regelnotis> {
    let mut v = Vec::new();
    let manad = manad_text(m);
    if let Some(u) = rules::kontroll::skatt(rs, m) {
        let aktuella: Vec<&str> = rs
            .skatt
            .all()
            .into_iter()
            .filter(|(k, _)| !u.parametrar.contains(k))
            .map(|(k, _)| skatteparameter_namn(k))
            .collect();
        let exempel: Vec<&str> = ["skiktgrans", "inkomstbasbelopp", "jobbskatteavdrag"]
            .into_iter()
            .filter(|k| u.parametrar.contains(k))
            .map(skatteparameter_namn)
            .collect();
        let mut text = format!("Skatten för {manad}: ");
        if !aktuella.is_empty() {
            text.push_str(&format!(
                "{} års {} används. ",
                m.year,
                och_lista(&aktuella)
            ));
        }
        text.push_str(&format!(
            "Övriga skatteregler{} är kontrollerade bara till och med {}, eftersom {} års inte \
             var publicerade när reglerna kontrollerades ({}). Den slutliga skatten kan bli \
             något annorlunda.",
            if exempel.is_empty() {
                String::new()
            } else {
                format!(" (till exempel {})", och_lista(&exempel))
            },
            u.kontrollerad_till,
            m.year,
            rs.skatt.meta.verified_on
        ));
        v.push(Regelnotis {
            omrade: "skatt",
            komponenter: vec!["skatt"],
            text,
            kontrollerad_till: u.kontrollerad_till,
            parametrar: u.parametrar,
        });
    }
    if s.kommun.is_some() && rs.kommuner_ar != m.year {
        v.push(Regelnotis {
            omrade: "kommunalskatt",
            komponenter: vec!["skatt"],
            kontrollerad_till: format!("{}-12-31", rs.kommuner_ar),
            parametrar: vec![],
            text: format!(
                "Kommunalskatten för {} är inte publicerad i våra uppgifter ännu; {} års \
                 skattesats för kommunen används.",
                m.year, rs.kommuner_ar
            ),
        });
    }
    for omrade in rules::kontroll::omraden() {
        let ids = omradets_komponenter(omrade);
        // Only where an amount was computed from them (paid or 0 kr).
        let anvant = komp.iter().any(|k| {
            ids.contains(&k.id) && matches!(k.status, Status::Utbetalas | Status::NollKronor)
        });
        if !anvant {
            continue;
        }
        if let Some(u) = rules::kontroll::formansomrade(omrade, m) {
            v.push(Regelnotis {
                omrade: u.omrade,
                komponenter: ids.to_vec(),
                text: format!(
                    "{} för {manad} räknas med de senast kända reglerna och beloppen, som är \
                     kontrollerade till och med {}; nyare var inte publicerade eller inlagda \
                     när reglerna kontrollerades.",
                    omradets_namn(omrade),
                    u.kontrollerad_till
                ),
                kontrollerad_till: u.kontrollerad_till,
                parametrar: u.parametrar,
            });
        }
    }
    v
}

impl Manadsresultat {
    pub fn komponent(&self, id: &str, person: Option<usize>) -> Option<&Komponent> {
        self.komponenter
            .iter()
            .find(|k| k.id == id && k.person == person)
    }
    /// Sum of one component id over people and household.
    pub fn summa(&self, id: &str) -> Decimal {
        self.komponenter
            .iter()
            .filter(|k| k.id == id && k.i_summan)
            .map(|k| k.per_manad)
            .sum()
    }
}

fn ore(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn komponent(
    id: &'static str,
    label: impl Into<String>,
    person: Option<usize>,
    u: Utfall,
) -> Komponent {
    Komponent {
        id,
        label: label.into(),
        person,
        status: u.status,
        per_manad: u.per_manad,
        skattepliktig: false,
        i_summan: true,
        uppskattning: false,
        skal: u.skal,
        saknas: u.saknas,
        modellerat_per_manad: None,
        steps: u.steps,
    }
}

/// The explanation of an amount the user entered rather than one the engine computed.
fn angivet(v: Decimal) -> Vec<Step> {
    let mut steps = Vec::new();
    rules::trace::push_step(&mut steps, || Step {
        id: "angivet_belopp",
        label: "Belopp som angetts",
        amount: v,
        formula: format!("{v} kr per månad, angivet av användaren (inte beräknat)"),
        inputs: vec![input("angivet", v)],
        params: vec![],
        reference: "Uppgift från användaren",
        rounding: None,
    });
    steps
}

/// Replaces a modelled amount with the one from the decision letter, keeping the modelled
/// figure and saying so in the trace.
fn apply_override(k: &mut Komponent, known: Option<&Decimal>) {
    let Some(&known) = known else { return };
    k.modellerat_per_manad = Some(k.per_manad);
    rules::trace::push_step(&mut k.steps, || Step {
        id: "belopp_enligt_beslut",
        label: "Belopp enligt beslut (angivet av användaren)",
        amount: known,
        formula: format!(
            "{known} kr enligt beslutet ersätter det beräknade beloppet {} kr",
            k.per_manad
        ),
        inputs: vec![input("beräknat", k.per_manad)],
        params: vec![],
        reference: "Uppgift från beslutsbrev",
        rounding: None,
    });
    k.per_manad = known;
    k.status = if known > Decimal::ZERO {
        Status::Utbetalas
    } else {
        Status::NollKronor
    };
}

// ---------------------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------------------

impl PersonManad {
    /// Every taxable income per month: what the tax, the bidragsgrundande inkomst and the
    /// försörjningsstöd's income test start from.
    fn skattepliktigt(&self) -> Decimal {
        self.lon
            + self.sjukpenning
            + self.annan_pensionsgrundande
            + self.ae_sa
            + self.pension
            + if self.aktivitetsstod_skattepliktigt {
                self.aktivitetsstod
            } else {
                Decimal::ZERO
            }
    }
}

/// Age in whole years at the end of month `m` (the birthday month counts as reached).
pub fn alder_i_manad(m: Manad, birth_year: i32, birth_month: u32) -> u32 {
    let mut a = m.year - birth_year;
    if m.month < birth_month {
        a -= 1;
    }
    a.max(0) as u32
}

/// Age on the first day of the month (bostadsbidrag's month rule): reached only if the
/// birthday month is earlier.
fn alder_forsta_dagen(m: Manad, birth_year: i32, birth_month: u32) -> u32 {
    let mut a = m.year - birth_year;
    if m.month <= birth_month {
        a -= 1;
    }
    a.max(0) as u32
}

struct PersonManad {
    lon: Decimal,
    sjukpenning: Decimal,
    /// A-kassa and other pensionable benefits entered as amounts.
    annan_pensionsgrundande: Decimal,
    pension: Decimal,
    ae_sa: Decimal,
    ae_sa_slag: Option<ae::Slag>,
    /// Part of the ersättning is vilande this month (a vilandeförklaring that is granted).
    ae_vilande: bool,
    /// The status of the ersättning's component (None without one).
    ae_status: Option<Status>,
    aktivitetsstod: Decimal,
    aktivitetsstod_skattepliktigt: bool,
    skatt_manad: Decimal,
    skattepliktiga: crate::scenario::Manadsinkomster,
    /// The year's incomes as the tax was computed on them (a year of months like this one).
    inkomster_ar: Inkomster,
}

/// The sjukpenning level in the month, with the step that says how it was reached
/// (SFB 27 kap. 45–46 §§). Without a job it is the level decided (hel if none is given). With
/// a job, the level follows the hours worked against the normal working time the sick-listing
/// is measured on ("avstå från förvärvsarbete under minst en fjärdedel av sin normala
/// arbetstid", 46 §): working 10 of 40 hours leaves ¾, 20 leaves ½, 30 leaves ¼, more leaves
/// none (2 §). A wage entered as an amount beside a partial decision is the work in the part
/// not sick-listed, so the job comes on top of it. A job never raises the level above the one
/// decided: it gives the sick-listing no new ground (docs/decisions.md, "Sick leave and work").
fn sjukpenningniva(
    m: Manad,
    p: &Person,
    sj: &SjukpenningInput,
) -> (Option<sp::Omfattning>, Option<Step>) {
    let Some(j) = p.job.as_ref() else {
        return (Some(sj.omfattning.unwrap_or(sp::Omfattning::Hel)), None);
    };
    let heltid = rules::formaner::arbete::params()
        .heltid_timmar
        .scalar(m)
        .unwrap_or(Decimal::from(40));
    let (normal, kalla) = match (sj.normal_arbetstid, j.full_time_hours) {
        (Some(n), _) => (n, "din normala arbetstid"),
        (None, Some(n)) => (n, "heltid på arbetsplatsen"),
        (None, None) => (heltid, "heltid, antaget"),
    };
    let redan = match sj.omfattning {
        Some(d) if p.income_per_month.lon > Decimal::ZERO => Decimal::ONE - d.andel(),
        _ => Decimal::ZERO,
    };
    let arbetad = j.hours_per_week / normal + redan;
    let foljer = sp::Omfattning::for_arbetad_andel(arbetad);
    let niva = match (sj.omfattning, foljer) {
        (Some(d), Some(f)) if d.andel() < f.andel() => Some(d),
        (_, f) => f,
    };
    let mut steps = Vec::new();
    rules::trace::push_step(&mut steps, || {
        let procent = |x: Decimal| (x * Decimal::ONE_HUNDRED).round_dp(1).normalize();
        let mut f = format!(
            "{} av {} timmar i veckan ({kalla}) = {} % arbete",
            j.hours_per_week.normalize(),
            normal.normalize(),
            procent(j.hours_per_week / normal)
        );
        if !redan.is_zero() {
            f.push_str(&format!(
                ", utöver de {} % du redan arbetar vid sidan av sjukskrivningen",
                procent(redan)
            ));
        }
        f.push_str(&match niva {
            Some(n) => format!(": {} sjukpenning", n.text()),
            None => ": arbetsförmågan är inte nedsatt med minst en fjärdedel".to_string(),
        });
        if let (Some(d), Some(n)) = (sj.omfattning, niva) {
            if d != n {
                f.push_str(&format!(" (i dag {})", d.text()));
            } else if foljer.is_some_and(|x| x.andel() > d.andel()) {
                f.push_str(" (som i dag: ett jobb ger inte rätt till mer sjukpenning än beslutet)");
            }
        }
        Step {
            id: "sjukpenning_niva",
            label: "Förmånsnivå med arbetet",
            amount: niva.map_or(Decimal::ZERO, sp::Omfattning::andel),
            formula: f,
            inputs: vec![
                input("timmar_per_vecka", j.hours_per_week),
                input("normal_arbetstid", normal),
            ],
            params: vec![],
            reference: "SFB (2010:110) 27 kap. 2, 45 och 46 §§",
            rounding: None,
        }
    });
    (niva, steps.pop())
}

/// Whether a person's sjuk- or aktivitetsersättning gives the right to bostadstillägg this
/// month: None without one; Ok when it is paid or vilande (SFB 101 kap. 3–4 §§); Err with the
/// outcome to show when it is not (reduced to 0 kr by work without vilande, ended) or when its
/// amount is not known, since bostadstillägg then cannot be known either.
fn bostadstillagg_grund(x: &PersonManad) -> Option<Result<ae::Slag, Utfall>> {
    let slag = x.ae_sa_slag?;
    let status = x.ae_status.unwrap_or(Status::Utbetalas);
    Some(match status {
        Status::BehoverUppgift | Status::EjModellerad => Err(Utfall {
            status,
            per_manad: Decimal::ZERO,
            skal: Some(format!(
                "Bostadstillägget beror på {}, som inte kunde räknas ut; se den raden.",
                slag.text()
            )),
            saknas: vec![],
            steps: vec![],
        }),
        _ if x.ae_sa > Decimal::ZERO || x.ae_vilande => Ok(slag),
        Status::EjRatt => Err(Utfall::ej_ratt(format!(
            "Bostadstillägg lämnas bara till den som får {} eller har den vilande (SFB 101 kap. \
             3–4 §§), och ingen {} lämnas; se den raden.",
            slag.text(),
            slag.text()
        ))),
        _ => Err(Utfall::ej_ratt(format!(
            "Bostadstillägg lämnas bara till den som får {} eller har den vilande (SFB 101 kap. \
             3–4 §§). Med det här arbetet betalas ingen {} ut och den är inte vilande; ansöker \
             du om vilande ersättning kan bostadstillägget finnas kvar.",
            slag.text(),
            slag.text()
        ))),
    })
}

/// Evaluates one month of a validated scenario.
pub fn evaluate_month(s: &Scenario, kommunal: Decimal, begrav: Decimal) -> Manadsresultat {
    evaluate_month_with(s, kommunal, begrav, true)
}

/// As [`evaluate_month`]; `detalj = false` leaves out the tax's explanation steps (sweeps need
/// only the amounts, and formatting the trace is much of a month's cost).
pub fn evaluate_month_with(
    s: &Scenario,
    kommunal: Decimal,
    begrav: Decimal,
    detalj: bool,
) -> Manadsresultat {
    let rs = rules::ruleset(s.year).expect("validated year");
    let m = Manad::new(s.year, s.month.unwrap_or(1));
    let pbb = rs.skatt.prisbasbelopp.value;
    let tomt = HushallInput::default();
    let hh = s.household.as_ref().unwrap_or(&tomt);
    let tva_vuxna = s.people.len() == 2;
    let mut komp: Vec<Komponent> = Vec::new();
    let mut pm: Vec<PersonManad> = Vec::new();

    for (i, p) in s.people.iter().enumerate() {
        pm.push(person_manad(
            rs,
            m,
            pbb,
            i,
            p,
            (kommunal, begrav),
            detalj,
            &mut komp,
        ));
    }

    // Housing. Bostadstillägg needs sjuk- or aktivitetsersättning that is paid or vilande
    // (SFB 101 kap. 3–4 §§); bostadsbidrag to a household without children is barred for such a
    // person (96 kap. 11 § första stycket 3), one to a family with children is not, and then
    // bostadstillägg does not cover the housing cost that the preliminary bostadsbidrag covers
    // (101 kap. 9 §). So bostadsbidrag is computed first; the components keep their order.
    let boendekostnad = hh.boendekostnad_per_manad;
    let mut bostadsstod_total = Decimal::ZERO;
    let bt_grund: Vec<Option<Result<ae::Slag, Utfall>>> =
        pm.iter().map(bostadstillagg_grund).collect();
    let nagon_bt = bt_grund.iter().any(|g| matches!(g, Some(Ok(_))));

    // Bostadsbidrag: always shown, so that a missing rent is asked for, never silently absent.
    let bostadsbidrag = {
        let first = &s.people[0];
        // All taxable income of tjänst (SFB 97 kap. 2 §); utvecklingsersättning is tax-free.
        let bidragsgrundande = |x: &PersonManad| x.inkomster_ar.summa();
        let barn: Vec<bbi::BostadsbidragBarn> = hh
            .children
            .iter()
            .map(|c| bbi::BostadsbidragBarn {
                alder: c.age,
                boende: c.boende,
                forlangt_barnbidrag_eller_studiehjalp: c.skolgang != bb::Skolgang::Ingen,
            })
            .collect();
        let in_ = bbi::BostadsbidragIndata {
            alder: alder_forsta_dagen(m, first.birth_year, first.birth_month.unwrap_or(1)),
            make_alder: s
                .people
                .get(1)
                .map(|q| alder_forsta_dagen(m, q.birth_year, q.birth_month.unwrap_or(1))),
            inkomst: Some(bidragsgrundande(&pm[0])),
            make_inkomst: pm.get(1).map(bidragsgrundande),
            bostadskostnad: boendekostnad,
            bostadsyta: hh.bostadsyta_kvm,
            barn,
            bostadstillagg_eller_sa_ae: nagon_bt,
        };
        let u = bbi::bostadsbidrag(m, &in_, &mut Trace::ny(detalj));
        let mut k = komponent("bostadsbidrag", "Bostadsbidrag", None, u);
        apply_override(&mut k, hh.overrides.get("bostadsbidrag"));
        k
    };

    for (i, p) in s.people.iter().enumerate() {
        let slag = match &bt_grund[i] {
            None => continue,
            Some(Err(u)) => {
                let k = komponent("bostadstillagg", "Bostadstillägg", Some(i), u.clone());
                komp.push(k);
                continue;
            }
            Some(Ok(slag)) => *slag,
        };
        let bm = p.birth_month.unwrap_or(1);
        // Pension counts in full like SA/AE (102 kap. 16 § 1), so it goes in that bucket;
        // sjukpenning, a-kassa and aktivitetsstöd at 80 % (16 § 7).
        // The year's incomes as the tax counts them (sjukpenning per day × 365).
        let inkomster = |x: &PersonManad| bt::BtInkomster {
            sjuk_aktivitetsersattning: x.inkomster_ar.sjuk_aktivitetsersattning
                + x.inkomster_ar.pension,
            arbetsinkomst: x.inkomster_ar.lon,
            ovriga_skattepliktiga: x.inkomster_ar.sjukpenning
                + x.inkomster_ar.annan_pensionsgrundande,
            kapitalinkomst: Decimal::ZERO,
        };
        let make = if tva_vuxna {
            let j = 1 - i;
            Some(bt::Make {
                inkomster: inkomster(&pm[j]),
                ersattning: pm[j].ae_sa_slag.map(|sl| bt::MakeErsattning {
                    slag: sl,
                    alder: alder_i_manad(
                        m,
                        s.people[j].birth_year,
                        s.people[j].birth_month.unwrap_or(1),
                    ),
                }),
            })
        } else {
            None
        };
        let u = bt::bostadstillagg(
            m,
            pbb,
            &bt::BostadstillaggIndata {
                slag,
                alder: alder_i_manad(m, p.birth_year, bm),
                vilande: pm[i].ae_vilande,
                gift_eller_sambo: tva_vuxna,
                bostadskostnad_per_manad: boendekostnad,
                // DECISION (docs/decisions.md, "Bostadstillägg beside bostadsbidrag"): the
                // whole preliminary bostadsbidrag is deducted from the housing cost.
                bostadsbidrag_per_manad: bostadsbidrag.per_manad,
                inkomster: inkomster(&pm[i]),
                make,
                formogenhet: hh.formogenhet,
            },
            &mut Trace::ny(detalj),
        );
        let mut k = komponent("bostadstillagg", "Bostadstillägg", Some(i), u);
        apply_override(&mut k, p.overrides.get("bostadstillagg"));
        bostadsstod_total += k.per_manad;
        komp.push(k);
    }
    bostadsstod_total += bostadsbidrag.per_manad;
    komp.push(bostadsbidrag);

    // Barnbidrag (with flerbarnstillägg and studiebidrag), for each adult's share.
    let mut barnbidrag_total = Decimal::ZERO;
    let mut ungdomens_bidrag = Decimal::ZERO;
    if !hh.children.is_empty() {
        let barn: Vec<bb::BarnbidragBarn> = hh
            .children
            .iter()
            .map(|c| bb::BarnbidragBarn {
                alder: c.age,
                fodelsemanad: c.birth_month,
                skolgang: c.skolgang,
                // With two adults, `delat` is taken as shared between them: both live here,
                // so the household gets all of it (docs/decisions.md).
                fordelning: match c.barnbidrag {
                    Some(bb::Fordelning::Delat) if !tva_vuxna => bb::Fordelning::Delat,
                    _ => bb::Fordelning::Hela,
                },
            })
            .collect();
        let u = bb::barnbidrag(
            m,
            &bb::BarnbidragIndata { barn: barn.clone() },
            &mut Trace::ny(detalj),
        );
        // `delat` with one adult: shared with a parent elsewhere (SFB 16 kap. 5 §), the rule
        // gives this household's half.
        let mut k = komponent("barnbidrag", "Barnbidrag", None, u);
        apply_override(&mut k, hh.overrides.get("barnbidrag"));
        barnbidrag_total = k.per_manad;
        komp.push(k);

        // Förlängt barnbidrag and studiebidrag of a young person of 18 or more are paid to
        // them, not to the parents (SFB 16 kap. 3 §; studiestödsförordningen 2 kap. 33 §). One
        // who lives at home is part of the household and of försörjningsstöd's norm, where
        // only a hemmavarande young person's income "av eget arbete" is left out (SoL
        // 2025:400 12 kap. 9 §): so it is the household's money and counts there.
        let hemma: Vec<bb::BarnbidragBarn> = hh
            .children
            .iter()
            .zip(&barn)
            .filter(|(c, _)| c.boende == bbi::Boende::Hemmavarande)
            .map(|(_, b)| b.clone())
            .collect();
        let belopp =
            bb::till_myndiga_barn(m, &bb::BarnbidragIndata { barn: hemma }).unwrap_or_default();
        if belopp > Decimal::ZERO {
            let mut steps = Vec::new();
            rules::trace::push_step(&mut steps, || Step {
                id: "till_ungdomen",
                label: "Förlängt barnbidrag och studiebidrag till ungdomen själv",
                amount: belopp,
                formula: format!(
                    "{} kr i månaden betalas till barn som fyllt 18 år och bor hemma; de räknas \
                     som hushållets inkomst vid försörjningsstöd",
                    belopp.normalize()
                ),
                inputs: vec![],
                params: vec![],
                reference: "SFB (2010:110) 16 kap. 3 §; studiestödsförordningen (2000:655) 2 kap. \
                            33 §; SoL (2025:400) 12 kap. 9 §",
                rounding: None,
            });
            komp.push(komponent(
                "till_ungdomen",
                "Studiebidrag och förlängt barnbidrag till ungdomen",
                None,
                Utfall::belopp(belopp, steps),
            ));
            ungdomens_bidrag = belopp;
        }
    }

    // Försörjningsstöd: riksnorm + skäliga kostnader − all net incomes; an estimate.
    if let Some(fsi) = &hh.forsorjningsstod {
        let mut inkomster = Vec::new();
        for x in &pm {
            // DECISION (docs/decisions.md): the person's tax is split over the taxable incomes
            // in proportion to their gross amounts, so that the net wage (for jobbstimulans)
            // carries its share of the tax.
            let skattepliktigt = x.skattepliktigt();
            let andel_lon = if skattepliktigt.is_zero() {
                Decimal::ZERO
            } else {
                x.lon / skattepliktigt
            };
            let netto_lon = ore(x.lon - x.skatt_manad * andel_lon);
            let netto_ovr =
                ore(skattepliktigt - x.lon - x.skatt_manad * (Decimal::ONE - andel_lon));
            if !netto_lon.is_zero() {
                inkomster.push(fs::Inkomst {
                    slag: fs::InkomstSlag::Lon,
                    belopp: netto_lon,
                });
            }
            if !netto_ovr.is_zero() {
                inkomster.push(fs::Inkomst {
                    slag: fs::InkomstSlag::Ersattning,
                    belopp: netto_ovr,
                });
            }
            if !x.aktivitetsstod_skattepliktigt && !x.aktivitetsstod.is_zero() {
                inkomster.push(fs::Inkomst {
                    slag: fs::InkomstSlag::Ersattning,
                    belopp: x.aktivitetsstod,
                });
            }
        }
        if !bostadsstod_total.is_zero() {
            inkomster.push(fs::Inkomst {
                slag: fs::InkomstSlag::Bostadsstod,
                belopp: bostadsstod_total,
            });
        }
        if !barnbidrag_total.is_zero() {
            inkomster.push(fs::Inkomst {
                slag: fs::InkomstSlag::Barnbidrag,
                belopp: barnbidrag_total,
            });
        }
        if !ungdomens_bidrag.is_zero() {
            inkomster.push(fs::Inkomst {
                slag: fs::InkomstSlag::Barnbidrag,
                belopp: ungdomens_bidrag,
            });
        }
        for (id, label, v) in [
            (
                "underhall",
                "Underhållsstöd/underhållsbidrag",
                fsi.underhall_per_manad,
            ),
            (
                "ovrig_inkomst",
                "Övrig inkomst (angiven)",
                fsi.ovriga_inkomster_per_manad,
            ),
        ] {
            if !v.is_zero() {
                komp.push(komponent(id, label, None, Utfall::belopp(v, angivet(v))));
            }
        }
        if !fsi.underhall_per_manad.is_zero() {
            inkomster.push(fs::Inkomst {
                slag: fs::InkomstSlag::Underhall,
                belopp: fsi.underhall_per_manad,
            });
        }
        if !fsi.ovriga_inkomster_per_manad.is_zero() {
            inkomster.push(fs::Inkomst {
                slag: fs::InkomstSlag::Ovrig,
                belopp: fsi.ovriga_inkomster_per_manad,
            });
        }
        let mut kostnader = fsi.kostnader.clone();
        if kostnader.boende.is_zero() {
            kostnader.boende = boendekostnad.unwrap_or_default();
        }
        let hushall = match (tva_vuxna, fsi.hushallsgemenskap_medlemmar) {
            (true, _) => fs::Hushall::Sambor,
            (false, Some(n)) => fs::Hushall::VuxenIHushallsgemenskap { medlemmar: n },
            (false, None) => fs::Hushall::Ensamstaende,
        };
        let u = fs::forsorjningsstod(
            m,
            &fs::ForsorjningsstodIndata {
                hushall,
                barn: hh
                    .children
                    .iter()
                    .filter(|c| c.boende == bbi::Boende::Hemmavarande)
                    .map(|c| fs::Barn {
                        alder: c.age,
                        lunch_utanfor_hemmet: c.lunch_utanfor_hemmet,
                        arbetsinkomst_i_manaden: Decimal::ZERO,
                        arbetsinkomst_tidigare_i_ar: Decimal::ZERO,
                    })
                    .collect(),
                kostnader,
                inkomster,
                jobbstimulans: fsi.jobbstimulans.clone(),
                prisbasbelopp: Some(pbb),
            },
            &mut Trace::ny(detalj),
        );
        let mut k = komponent(
            "forsorjningsstod",
            "Försörjningsstöd (uppskattning)",
            None,
            u,
        );
        k.uppskattning = true;
        apply_override(&mut k, hh.overrides.get("forsorjningsstod"));
        komp.push(k);
    }

    // Jobbpremie: information only (the formula is not known).
    if let Some(j) = &hh.jobbpremie {
        let fs_i_manaden = komp
            .iter()
            .any(|k| k.id == "forsorjningsstod" && k.per_manad > Decimal::ZERO);
        let lon: Decimal = pm.iter().map(|x| x.lon).sum();
        let u = jp::jobbpremie(
            m,
            &jp::JobbpremieIndata {
                fs_varje_manad_juli_december_2025: j.fs_varje_manad_juli_december_2025,
                bruttolon_i_manaden: lon,
                fs_utbetalt_i_manaden: fs_i_manaden,
                manader_med_jobbpremie: j.manader_med_jobbpremie,
            },
            &mut Trace::ny(detalj),
        );
        let mut k = komponent("jobbpremie", "Jobbpremie (information)", None, u);
        k.i_summan = false;
        k.per_manad = Decimal::ZERO;
        komp.push(k);
    }

    let disponibel = komp
        .iter()
        .filter(|k| k.i_summan)
        .map(|k| k.per_manad)
        .sum();
    let regelnotiser = regelnotiser(s, rs, m, &komp);
    Manadsresultat {
        manad: m.to_string(),
        regelnotiser,
        komponenter: komp,
        disponibel_inkomst: disponibel,
        lon_brutto: pm.iter().map(|x| x.lon).sum(),
        skattepliktiga: pm.iter().map(|x| x.skattepliktiga.clone()).collect(),
        inkomster_ar: pm.iter().map(|x| x.inkomster_ar.clone()).collect(),
    }
}

#[allow(clippy::too_many_arguments)]
fn person_manad(
    rs: &rules::Ruleset,
    m: Manad,
    pbb: Decimal,
    i: usize,
    p: &Person,
    (kommunal, begrav): (Decimal, Decimal),
    detalj: bool,
    komp: &mut Vec<Komponent>,
) -> PersonManad {
    let bm = p.birth_month.unwrap_or(1);
    let alder = alder_i_manad(m, p.birth_year, bm);

    // 1. Work.
    let mut lon = p.income_per_month.lon;
    let mut lon_ar = p.income_per_month.lon * Decimal::from(12);
    let mut andel = Decimal::ZERO;
    let mut timlon = None;
    if let Some(j) = &p.job {
        let satt = match (j.hourly_wage, j.monthly_salary) {
            (Some(t), _) => {
                timlon = Some(t);
                arbete::Lonesatt::Timlon {
                    timmar_per_vecka: j.hours_per_week,
                    timlon: t,
                    semesterersattning_procent: j.semesterersattning_procent,
                }
            }
            (None, Some(b)) => arbete::Lonesatt::Manadslon {
                belopp: b,
                timmar_per_vecka: j.hours_per_week,
            },
            (None, None) => unreachable!("validated: hourly_wage or monthly_salary"),
        };
        let a = arbete::arbete(m, &satt, j.full_time_hours, &mut Trace::ny(detalj));
        if timlon.is_none() && !a.timmar_per_vecka.is_zero() {
            timlon = Some(ore(
                a.lon_per_manad / (a.timmar_per_vecka * arbete::veckor_per_manad())
            ));
        }
        andel = a.andel_av_heltid;
        let u = Utfall::belopp(a.lon_per_manad, a.steps);
        let mut k = komponent("lon", "Lön", Some(i), u);
        k.skattepliktig = true;
        komp.push(k);
        lon += a.lon_per_manad;
        lon_ar += a.lon_per_ar;
    }
    for (id, label, v) in [
        ("ovrig_lon", "Annan lön", p.income_per_month.lon),
        (
            "ovrig_sjukpenning",
            "Sjukpenning (angiven)",
            p.income_per_month.sjukpenning,
        ),
        (
            "ovrig_pensionsgrundande",
            "A-kassa m.m. (angiven)",
            p.income_per_month.annan_pensionsgrundande,
        ),
        (
            "ovrig_sjuk_aktivitetsersattning",
            "Sjuk-/aktivitetsersättning (angiven)",
            p.income_per_month.sjuk_aktivitetsersattning,
        ),
        (
            "ovrig_pension",
            "Pension (angiven)",
            p.income_per_month.pension,
        ),
    ] {
        if !v.is_zero() {
            let mut k = komponent(id, label, Some(i), Utfall::belopp(v, angivet(v)));
            k.skattepliktig = true;
            // An amount typed for today does not follow a job: say so where it matters most
            // (arbetslöshetsersättning is reduced by the hours worked, and is not modelled).
            if id == "ovrig_pensionsgrundande"
                && p.job
                    .as_ref()
                    .is_some_and(|j| j.hours_per_week > Decimal::ZERO)
            {
                k.skal = Some(
                    "A-kassa räknas här med beloppet du angett. Med ett arbete minskar den för de \
                     timmar du arbetar, eller upphör; den beräkningen finns inte här ännu, så \
                     räkna med mindre a-kassa än så."
                        .into(),
                );
            }
            komp.push(k);
        }
    }

    // 2. Social insurance.
    let har_hel_ae = p
        .aktivitetsersattning
        .as_ref()
        .is_some_and(|a| a.niva == ae::Niva::Hel && a.vilande.is_none());
    let mut sjukpenning = Decimal::ZERO;
    let mut sjukpenning_ar = Decimal::ZERO;
    if let Some(sj) = &p.sjukpenning {
        let (niva, niva_steg) = sjukpenningniva(m, p, sj);
        let u = if har_hel_ae {
            Utfall::ej_ratt("Ingen sjukpenning till den som får hel sjuk- eller aktivitetsersättning (SFB 27 kap. 34 §).")
        } else {
            match niva {
                None => {
                    let mut u = Utfall::ej_ratt(
                        "Med arbetet är arbetsförmågan inte längre nedsatt med minst en fjärdedel av den normala arbetstiden, så ingen sjukpenning lämnas (SFB 27 kap. 2 och 45 §§).",
                    );
                    u.steps.extend(niva_steg.clone());
                    u
                }
                Some(omf) => sp::sjukpenning(
                    m,
                    pbb,
                    &sp::SjukpenningIndata {
                        sgi: sj.sgi,
                        forvantad_arsinkomst: sj.forvantad_arsinkomst,
                        omfattning: omf,
                        dag_i_sjukperioden: sj.dag_i_sjukperioden,
                        arbetslos: sj.arbetslos,
                        sarskilda_fall: sj.sarskilda_fall,
                        aktivitetsstod_eller_studiestod: p.aktivitetsstod.is_some(),
                    },
                    &mut Trace::ny(detalj),
                ),
            }
        };
        let mut u = u;
        if niva.is_some() && u.status == Status::Utbetalas {
            if let Some(st) = niva_steg {
                u.steps.insert(0, st);
            }
        }
        let mut k = komponent("sjukpenning", "Sjukpenning", Some(i), u);
        k.skattepliktig = true;
        apply_override(&mut k, p.overrides.get("sjukpenning"));
        sjukpenning = k.per_manad;
        // SFB 28 kap. 3 och 10 §§: sjukpenning is a daily amount paid for every calendar day,
        // so a year of months like this one is the month's daily amount × 365, not twelve
        // times this month (a February would understate the year by 29 days' pay). A decided
        // amount typed per month is taken as an average month (docs/decisions.md).
        sjukpenning_ar = if k.modellerat_per_manad.is_some() {
            sjukpenning * Decimal::from(12)
        } else {
            sjukpenning * Decimal::from(365) / Decimal::from(m.dagar())
        };
        komp.push(k);
    }

    let mut ae_sa = Decimal::ZERO;
    let mut ae_delvis = None;
    let mut ae_vilande = false;
    let mut ae_status = None;
    if let Some(a) = &p.aktivitetsersattning {
        let inkomstrelaterad = match (a.inkomstrelaterad_per_manad, a.antagandeinkomst) {
            (Some(x), _) => ae::Inkomstrelaterad::BeslutPerManad(x),
            (None, Some(x)) => ae::Inkomstrelaterad::Antagandeinkomst(x),
            (None, None) => ae::Inkomstrelaterad::Ingen,
        };
        let b = ae::berakna(
            m,
            pbb,
            &ae::AktivitetsersattningIndata {
                slag: a.slag,
                alder,
                niva: a.niva,
                inkomstrelaterad,
                forsakringstid_ar: a.forsakringstid_ar,
                arbetad_andel: andel,
                vilande: a.vilande.clone(),
                steglos_avrakning: a.steglos_avrakning,
            },
            &mut Trace::ny(detalj),
        );
        ae_vilande = b.vilande_ar > Decimal::ZERO;
        let u = b.utfall;
        let label = match a.slag {
            ae::Slag::Aktivitetsersattning => "Aktivitetsersättning",
            ae::Slag::Sjukersattning => "Sjukersättning",
        };
        let mut k = komponent("aktivitetsersattning", label, Some(i), u);
        k.skattepliktig = true;
        apply_override(&mut k, p.overrides.get("aktivitetsersattning"));
        ae_sa = k.per_manad;
        ae_status = Some(k.status);
        if a.niva != ae::Niva::Hel || a.vilande.is_some() || !andel.is_zero() {
            ae_delvis = Some(ae_sa);
        }
        komp.push(k);
    }

    let mut aktivitetsstod = Decimal::ZERO;
    let mut akt_skatt = true;
    if let Some(a) = &p.aktivitetsstod {
        let in_ = akt::AktivitetsstodIndata {
            form: a.ersattningsform(),
            alder,
            omfattning: a.omfattning,
            ersattningsdagar: a.ersattningsdagar,
            ae_sa: p
                .aktivitetsersattning
                .as_ref()
                .map(|x| akt::AeSaUnderProgrammet {
                    andel: x.niva.andel(),
                    belopp_per_manad: ae_delvis.unwrap_or(ae_sa),
                }),
            rehabiliteringspenning: false,
            lon: match (&p.job, timlon) {
                (Some(j), Some(t)) if !j.hours_per_week.is_zero() => {
                    Some(akt::LonUnderProgrammet {
                        timmar_per_vecka: j.hours_per_week,
                        timlon: t,
                        arbetsdagar_per_vecka: None,
                    })
                }
                _ => None,
            },
        };
        akt_skatt = akt::skattepliktig(&in_);
        let u = akt::aktivitetsstod(m, pbb, &in_, &mut Trace::ny(detalj));
        let label = if akt_skatt {
            "Aktivitetsstöd"
        } else {
            "Utvecklingsersättning"
        };
        let mut k = komponent("aktivitetsstod", label, Some(i), u);
        k.skattepliktig = akt_skatt;
        apply_override(&mut k, p.overrides.get("aktivitetsstod"));
        aktivitetsstod = k.per_manad;
        komp.push(k);
    }

    // 3. Tax on all taxable incomes together, for a year of months like this one.
    let tolv = Decimal::from(12);
    let ink = Inkomster {
        lon: lon_ar,
        sjukpenning: sjukpenning_ar + p.income_per_month.sjukpenning * tolv,
        annan_pensionsgrundande: (p.income_per_month.annan_pensionsgrundande
            + if akt_skatt {
                aktivitetsstod
            } else {
                Decimal::ZERO
            })
            * tolv,
        sjuk_aktivitetsersattning: (ae_sa + p.income_per_month.sjuk_aktivitetsersattning) * tolv,
        pension: p.income_per_month.pension * tolv,
    };
    let satser = Skattesatser {
        kommunal,
        begravningsavgift: begrav,
        kyrkoavgift: p.kyrkoavgift_procent.unwrap_or_default(),
    };
    let mut trace = if detalj { Trace::on() } else { Trace::off() };
    let skatt = slutlig_skatt(
        &rs.skatt,
        &ink,
        &satser,
        AlderVidAretsIngang::fran_fodelsear(m.year, p.birth_year),
        &mut trace,
    );
    let skatt_manad = ore(skatt.total_skatt / tolv);
    let mut steps = trace.steps;
    rules::trace::push_step(&mut steps, || Step {
        id: "skatt_per_manad",
        label: "Skatt per månad",
        amount: skatt_manad,
        formula: if sjukpenning_ar.is_zero() {
            format!(
                "årets slutliga skatt {} kr / 12, med årets inkomster som tolv månader som denna",
                skatt.total_skatt
            )
        } else {
            format!(
                "årets slutliga skatt {} kr / 12, med årets inkomster som tolv månader som denna; \
                 sjukpenningen för årets 365 dagar ({} kr), eftersom den betalas för varje \
                 kalenderdag (SFB 28 kap. 3 §)",
                skatt.total_skatt,
                sjukpenning_ar.round_dp(2).normalize()
            )
        },
        inputs: vec![input("total_skatt_ar", skatt.total_skatt)],
        params: vec![],
        reference: "IL (1999:1229); se docs/tax-pipeline.md",
        rounding: Some("till öre (presentation)"),
    });
    let mut k = komponent(
        "skatt",
        "Skatt",
        Some(i),
        Utfall::belopp(skatt_manad, steps),
    );
    // Negated only when non-zero, so that no tax reads "0", not "-0".
    k.per_manad = if skatt_manad.is_zero() {
        Decimal::ZERO
    } else {
        -skatt_manad
    };
    k.status = Status::Utbetalas;
    komp.push(k);

    PersonManad {
        lon,
        sjukpenning: sjukpenning + p.income_per_month.sjukpenning,
        annan_pensionsgrundande: p.income_per_month.annan_pensionsgrundande,
        pension: p.income_per_month.pension,
        ae_sa: ae_sa + p.income_per_month.sjuk_aktivitetsersattning,
        ae_sa_slag: p.aktivitetsersattning.as_ref().map(|a| a.slag),
        ae_vilande,
        ae_status,
        aktivitetsstod,
        aktivitetsstod_skattepliktigt: akt_skatt,
        skatt_manad,
        inkomster_ar: ink.clone(),
        skattepliktiga: crate::scenario::Manadsinkomster {
            lon,
            sjukpenning: sjukpenning + p.income_per_month.sjukpenning,
            annan_pensionsgrundande: ink.annan_pensionsgrundande / tolv,
            sjuk_aktivitetsersattning: ink.sjuk_aktivitetsersattning / tolv,
            pension: ink.pension / tolv,
        },
    }
}
