//! Rules used in a month past the date they are verified until, said in the result
//! (DEVELOPERS.md principle 1; `rules::kontroll`).

use rules::formaner::{Manad, Status};
use serde::Serialize;

use super::Komponent;
use crate::komponent_id::KomponentId;
use crate::scenario::Scenario;

/// Rules used past the date they are verified until, said in the result (DEVELOPERS.md
/// principle 1; `rules::kontroll`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Regelnotis {
    /// `skatt`, `kommunalskatt` or a benefit area (`bostadsbidrag`, …).
    pub omrade: &'static str,
    /// The components it concerns.
    pub komponenter: Vec<KomponentId>,
    /// The date the values used are verified until (YYYY-MM-DD).
    pub kontrollerad_till: String,
    /// The parameters concerned, by their keys in the parameter files.
    pub parametrar: Vec<&'static str>,
    /// What was used and why, in plain Swedish.
    pub text: String,
}

/// The components a benefit area's parameters are used in.
fn omradets_komponenter(omrade: &str) -> &'static [KomponentId] {
    match omrade {
        "arbete" => &[KomponentId::Lon],
        "sjukpenning" => &[KomponentId::Sjukpenning],
        "aktivitetsersattning" => &[KomponentId::Aktivitetsersattning],
        "aktivitetsstod" => &[KomponentId::Aktivitetsstod],
        "bostadstillagg" => &[KomponentId::Bostadstillagg],
        "bostadsbidrag" => &[KomponentId::Bostadsbidrag],
        "barnbidrag" => &[KomponentId::Barnbidrag, KomponentId::TillUngdomen],
        "forsorjningsstod" => &[KomponentId::Forsorjningsstod],
        "jobbpremie" => &[KomponentId::Jobbpremie],
        _ => &[],
    }
}

/// "januari 2027".
fn manad_text(m: Manad) -> String {
    format!("{} {}", crate::plan::text::manad_namn(m), m.year)
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
pub(super) fn regelnotiser(
    s: &Scenario,
    rs: &rules::Ruleset,
    m: Manad,
    komp: &[Komponent],
) -> Vec<Regelnotis> {
    let mut v: Vec<Regelnotis> = skatt(rs, m).into_iter().collect();
    if s.kommun.is_some() && rs.kommuner_ar != m.year {
        v.push(Regelnotis {
            omrade: "kommunalskatt",
            komponenter: vec![KomponentId::Skatt],
            kontrollerad_till: format!("{}-12-31", rs.kommuner_ar),
            parametrar: vec![],
            text: format!(
                "Kommunalskatten för {} är inte publicerad i våra uppgifter ännu; {} års \
                 skattesats för kommunen används.",
                m.year, rs.kommuner_ar
            ),
        });
    }
    v.extend(rules::kontroll::omraden().filter_map(|o| omrade(o, m, komp)));
    v
}

/// The tax's notice: which of the year's values are its own, and which are older.
fn skatt(rs: &rules::Ruleset, m: Manad) -> Option<Regelnotis> {
    let u = rules::kontroll::skatt(rs, m)?;
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
    let mut text = format!("Skatten för {}: ", manad_text(m));
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
    Some(Regelnotis {
        omrade: "skatt",
        komponenter: vec![KomponentId::Skatt],
        text,
        kontrollerad_till: u.kontrollerad_till,
        parametrar: u.parametrar,
    })
}

/// A benefit area's notice, when an amount was computed from it (paid or 0 kr) past its date.
fn omrade(omrade: &str, m: Manad, komp: &[Komponent]) -> Option<Regelnotis> {
    let ids = omradets_komponenter(omrade);
    let anvant = komp
        .iter()
        .any(|k| ids.contains(&k.id) && matches!(k.status, Status::Utbetalas | Status::NollKronor));
    if !anvant {
        return None;
    }
    let u = rules::kontroll::formansomrade(omrade, m)?;
    Some(Regelnotis {
        omrade: u.omrade,
        komponenter: ids.to_vec(),
        text: format!(
            "{} för {} räknas med de senast kända reglerna och beloppen, som är \
             kontrollerade till och med {}; nyare var inte publicerade eller inlagda \
             när reglerna kontrollerades.",
            omradets_namn(omrade),
            manad_text(m),
            u.kontrollerad_till
        ),
        kontrollerad_till: u.kontrollerad_till,
        parametrar: u.parametrar,
    })
}
