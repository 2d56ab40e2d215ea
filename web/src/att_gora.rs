//! "Det här behöver du göra": for one job alternative, what must be reported or applied for.
//! Presentation only: which reminders show follows from what the person has today, the job
//! tried and the engine's components (their ids and statuses); no rule is computed here.

use calculator_core::hushall::{Komponent, Manadsresultat};
use calculator_core::KomponentId;
use rules::formaner::Status;

use crate::situation::{Har, Jobb};

/// One thing to do; the words are in `text.rs` (`RadText::atgard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Atgard {
    /// Apply for vilande aktivitets- (or sjuk-) ersättning before starting work.
    AnsokVilande { sjukersattning: bool },
    /// Tell Försäkringskassan about the work; the ersättning is reduced.
    MeddelaArbeteErsattning,
    /// Talk to Försäkringskassan about how much of the sick leave remains.
    PrataOmSjukskrivning,
    /// Tell Arbetsförmedlingen about the job and report the hours in the tidrapport.
    MeddelaArbeteAktivitetsstod,
    /// Tell Försäkringskassan the changed income for bostadstillägget.
    MeddelaBostadstillagg,
    /// Tell Försäkringskassan the changed income for bostadsbidraget.
    MeddelaBostadsbidrag,
    /// Contact the social services; `jobbstimulans` when the engine applied it.
    KontaktaSocialtjansten { jobbstimulans: bool },
}

fn paverkas(k: &Komponent) -> bool {
    matches!(
        k.status,
        Status::Utbetalas | Status::NollKronor | Status::BehoverUppgift
    )
}

/// What the person taking job `jobb` must do, in the order it should be done.
/// `har` is what that person has today; `i_dag` and `alternativ` are the engine's months
/// without and with the job.
pub fn att_gora(
    har: Har,
    jobb: &Jobb,
    i_dag: &Manadsresultat,
    alternativ: &Manadsresultat,
) -> Vec<Atgard> {
    let finns = |id: KomponentId, m: &Manadsresultat| {
        m.komponenter
            .iter()
            .any(|k| k.id == id && k.status == Status::Utbetalas)
    };
    let nagon = |id: KomponentId| finns(id, i_dag) || finns(id, alternativ);
    let inkomst_andras = alternativ.lon_brutto != i_dag.lon_brutto;
    let mut v = Vec::new();
    match har {
        Har::Aktivitetsersattning | Har::Sjukersattning if jobb.vilande => {
            v.push(Atgard::AnsokVilande {
                sjukersattning: har == Har::Sjukersattning,
            })
        }
        Har::Aktivitetsersattning | Har::Sjukersattning => v.push(Atgard::MeddelaArbeteErsattning),
        Har::Sjukpenning => v.push(Atgard::PrataOmSjukskrivning),
        Har::Aktivitetsstod => v.push(Atgard::MeddelaArbeteAktivitetsstod),
        Har::Inget | Har::Forsorjningsstod => {}
    }
    if inkomst_andras && nagon(KomponentId::Bostadstillagg) {
        v.push(Atgard::MeddelaBostadstillagg);
    }
    if inkomst_andras && nagon(KomponentId::Bostadsbidrag) {
        v.push(Atgard::MeddelaBostadsbidrag);
    }
    if har == Har::Forsorjningsstod || nagon(KomponentId::Forsorjningsstod) {
        let jobbstimulans = alternativ
            .komponenter
            .iter()
            .filter(|k| k.id == KomponentId::Forsorjningsstod && paverkas(k))
            .any(|k| k.jobbstimulans_per_manad.is_some());
        v.push(Atgard::KontaktaSocialtjansten { jobbstimulans });
    }
    v
}
