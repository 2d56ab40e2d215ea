//! A person's input blocks: a job, and the benefits the household month computes for them.

use rules::formaner::{aktivitetsersattning as ae, aktivitetsstod as akt, sjukpenning as sp};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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
