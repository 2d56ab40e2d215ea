//! The plan's words: events and notices in Swedish, with the paragraph.

use rules::formaner::{aktivitetsersattning as ae, Manad, Status};
use rust_decimal::Decimal;
use serde::Serialize;

use super::handelser::{KomponentAndring, Orsak};
use super::lage::{sjukdag, Jobb, Lage};
use super::manad_nr;
use crate::komponent_id::KomponentId;
use crate::manad::Manadsresultat;
use crate::scenario::{dagnummer, datum_for, las_datum, PlanSpec, Scenario};

/// A dated notice that changes no modelled amount.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Notis {
    pub nummer: u32,
    pub manad: String,
    pub slag: NotisSlag,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraf: Option<&'static str>,
}

/// What a notice is about.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NotisSlag {
    /// Day 181 of the sick period: the work capacity is also judged against jobs normally found
    /// on the labour market (SFB 27 kap. 48 §).
    SjukpenningDag180,
    /// Day 366: the same, with fewer exceptions (SFB 27 kap. 49 §).
    SjukpenningDag365,
    /// The first month of a year whose rules are preliminary.
    PreliminaraRegler,
    /// The first month of a year whose rules the engine does not have.
    ReglerSaknas,
}

const MANADER: [&str; 12] = [
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

/// The month's name in Swedish, "mars" (also the rule notices' words).
pub(crate) fn manad_namn(m: Manad) -> &'static str {
    MANADER[(m.month.clamp(1, 12) - 1) as usize]
}

/// "Mars 2027".
pub(crate) fn manad_rubrik(m: Manad) -> String {
    let n = MANADER[(m.month.clamp(1, 12) - 1) as usize];
    let mut c = n.chars();
    let forsta = c
        .next()
        .map(|x| x.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{forsta}{} {}", c.as_str(), m.year)
}

/// "12 mars 2026".
fn datum_text(y: i32, m: u32, d: u32) -> String {
    format!("{d} {} {y}", MANADER[(m.clamp(1, 12) - 1) as usize])
}

/// "1 650" or "1 650,50" (the absolute amount; a space between thousands).
pub(crate) fn kr(x: Decimal) -> String {
    let x = x.abs().round_dp(2).normalize();
    let s = x.to_string();
    let (hel, dec) = s.split_once('.').unwrap_or((&s, ""));
    let mut ut = String::new();
    for (i, c) in hel.chars().enumerate() {
        if i > 0 && (hel.len() - i) % 3 == 0 {
            ut.push(' ');
        }
        ut.push(c);
    }
    if !dec.is_empty() {
        ut.push(',');
        ut.push_str(dec);
        if dec.len() == 1 {
            ut.push('0');
        }
    }
    ut
}

/// A component in the definite form, as in "försörjningsstödet minskar".
fn bestamd(id: KomponentId, r: &Manadsresultat, person: Option<usize>) -> &'static str {
    use KomponentId as K;
    match id {
        K::Lon | K::OvrigLon => "lönen",
        K::OvrigSjukpenning | K::Sjukpenning => "sjukpenningen",
        K::OvrigPensionsgrundande => "a-kassan",
        K::OvrigSjukAktivitetsersattning => "ersättningen",
        K::OvrigPension => "pensionen",
        K::Aktivitetsersattning => match r.komponent(id, person).map(|k| k.label) {
            Some("Sjukersättning") => "sjukersättningen",
            _ => "aktivitetsersättningen",
        },
        K::Aktivitetsstod => "aktivitetsstödet",
        K::Skatt => "skatten",
        K::Bostadstillagg => "bostadstillägget",
        K::Bostadsbidrag => "bostadsbidraget",
        K::Barnbidrag => "barnbidraget",
        K::TillUngdomen => "studiebidraget och det förlängda barnbidraget",
        K::Underhall => "underhållet",
        K::OvrigInkomst => "den övriga inkomsten",
        K::Forsorjningsstod => "försörjningsstödet",
        K::Jobbpremie => "jobbpremien",
    }
}

/// "du" for a one-adult household, else the person's name or "person 2".
fn vem(sc: &Scenario, i: usize) -> String {
    if sc.people.len() == 1 {
        return "du".into();
    }
    sc.people[i]
        .name
        .clone()
        .unwrap_or_else(|| format!("person {}", i + 1))
}

/// "försörjningsstödet minskar med 1 650 kr i månaden".
fn andring_text(namn: &str, a: &KomponentAndring) -> String {
    let verb = if a.skillnad > Decimal::ZERO {
        "ökar"
    } else {
        "minskar"
    };
    if a.skillnad.is_zero() {
        return format!("{namn} ändras ({})", status_text(a.status_efter));
    }
    if a.id == KomponentId::Skatt {
        // The tax is negative in the month: more tax is a decrease.
        let v = if a.skillnad < Decimal::ZERO {
            "ökar"
        } else {
            "minskar"
        };
        return format!("{namn} {v} med {} kr i månaden", kr(a.skillnad));
    }
    if a.efter.is_zero() && !a.fore.is_zero() {
        return format!("{namn} upphör ({} kr mindre i månaden)", kr(a.skillnad));
    }
    format!("{namn} {verb} med {} kr i månaden", kr(a.skillnad))
}

fn status_text(s: Status) -> &'static str {
    match s {
        Status::Utbetalas => "betalas",
        Status::NollKronor => "0 kr",
        Status::EjRatt => "ingen rätt",
        Status::BehoverUppgift => "uppgift behövs",
        Status::EjModellerad => "beräknas inte",
    }
}

/// The event's sentence.
#[allow(clippy::too_many_arguments)]
pub(super) fn handelse(
    sc: &Scenario,
    l: &Lage,
    m: Manad,
    orsak: Orsak,
    person: Option<usize>,
    barn: Option<usize>,
    huvud: &KomponentAndring,
    r: &Manadsresultat,
    utan: &Manadsresultat,
) -> String {
    let namn = bestamd(huvud.id, r, huvud.person);
    let namn_utan = bestamd(huvud.id, utan, huvud.person);
    let i = person.unwrap_or(0);
    let p = sc.people.get(i);
    let alder = p.map_or(0, |p| {
        crate::manad::alder_i_manad(m, p.birth_year, p.birth_month.unwrap_or(1))
    });
    let orsakstext = match orsak {
        Orsak::Arbetstid => match &l.jobb[i] {
            Jobb::Timmar { timmar, .. } if timmar.is_zero() => {
                format!("arbetet upphör ({} timmar i veckan)", timmar.normalize())
            }
            Jobb::Timmar { timmar, .. } => format!(
                "{} {} timmar i veckan",
                if sc.people.len() == 1 {
                    "arbetstiden blir".to_string()
                } else {
                    format!("{}s arbetstid blir", vem(sc, i))
                },
                timmar.normalize()
            ),
            _ => "arbetet slutar".into(),
        },
        Orsak::Fyller => {
            let var_ae = huvud.id == KomponentId::Aktivitetsersattning
                && namn_utan == "aktivitetsersättningen";
            if var_ae && alder == 30 && namn == "sjukersättningen" {
                format!(
                    "aktivitetsersättningen upphör när {} fyller 30 och sjukersättningen börjar",
                    vem(sc, i)
                )
            } else if var_ae && alder == 30 {
                format!("aktivitetsersättningen upphör när {} fyller 30", vem(sc, i))
            } else {
                format!("{} fyller {alder}", vem(sc, i))
            }
        }
        Orsak::Fortsattningsniva => {
            let d = l.sjukdag[i].unwrap_or(1);
            let dagar = super::lage::fortsattningsdagar(m, d);
            if dagar == m.dagar() {
                "hela månaden är sjukpenningen på fortsättningsnivån (dag 365 och framåt i \
                 sjukperioden)"
                    .to_string()
            } else {
                format!(
                    "sjukpenningen går över till fortsättningsnivån från dag 365 i \
                     sjukperioden ({dagar} av månadens {} dagar)",
                    m.dagar()
                )
            }
        }
        Orsak::VilandeUpphor => {
            "ersättningen har varit vilande i 24 månader och kan inte vara vilande längre".into()
        }
        Orsak::JobbstimulansSlutar => "jobbstimulansen slutar".into(),
        Orsak::JobbstimulansBorjar => "jobbstimulansen börjar".into(),
        Orsak::BarnFyller => {
            let c = barn.unwrap_or(0);
            let etikett = if l.barn_alder.len() == 1 {
                "barnet".to_string()
            } else {
                format!("barn {}", c + 1)
            };
            format!(
                "{etikett} fyller {}",
                l.barn_alder.get(c).copied().unwrap_or(0)
            )
        }
    };
    let andring = if orsakstext.contains("upphör") && huvud.efter.is_zero() {
        format!("{} kr mindre i månaden", kr(huvud.skillnad))
    } else {
        andring_text(namn_utan, huvud)
    };
    let mut t = format!("{}: {orsakstext} – {andring}", manad_rubrik(m));
    let disp = r.disponibel_inkomst - utan.disponibel_inkomst;
    if !disp.is_zero() && disp != huvud.skillnad {
        t.push_str(&format!(
            "; att leva på: {} kr {} i månaden",
            kr(disp),
            if disp > Decimal::ZERO {
                "mer"
            } else {
                "mindre"
            }
        ));
    }
    t.push('.');
    // What follows when aktivitetsersättning ends at 30 without a decided sjukersättning.
    if orsak == Orsak::Fyller
        && alder == 30
        && huvud.id == KomponentId::Aktivitetsersattning
        && namn == "aktivitetsersättningen"
        && p.and_then(|p| p.aktivitetsersattning.as_ref())
            .is_some_and(|a| a.slag == ae::Slag::Aktivitetsersattning)
    {
        t.push_str(
            " Därefter betalar Försäkringskassan ingen ersättning, om inte sjukersättning \
             beviljas (eller sjukpenning i särskilda fall, SFB 28 a kap.); planen räknar med \
             att ingen sådan är beslutad.",
        );
    }
    if orsak == Orsak::VilandeUpphor {
        t.push_str(
            " Ersättningen minskas i stället i den omfattning du arbetar (SFB 36 kap. 9 §), \
             och de 25 procent av den vilande ersättningen som kan behållas betalas inte längre \
             (36 kap. 18 §).",
        );
    }
    t
}

/// The paragraph of an event.
pub(super) fn paragraf(orsak: Orsak, huvud: &KomponentAndring) -> Option<&'static str> {
    use KomponentId as K;
    Some(match (orsak, huvud.id) {
        (Orsak::Arbetstid, _) => return None,
        (Orsak::Fyller, K::Aktivitetsersattning) if huvud.efter.is_zero() => {
            "SFB (2010:110) 33 kap. 18 §"
        }
        (Orsak::Fyller, K::Aktivitetsersattning) => "SFB (2010:110) 35 kap. 18 och 19 §§",
        (Orsak::Fyller, K::Bostadsbidrag) => "SFB (2010:110) 95 kap. 2 § och 97 kap.",
        (Orsak::Fyller, K::Aktivitetsstod) => "förordning (2017:819) 5 kap.",
        (Orsak::Fyller, _) => return None,
        (Orsak::Fortsattningsniva, _) => "SFB (2010:110) 27 kap. 21 och 24 §§",
        (Orsak::VilandeUpphor, _) => "SFB (2010:110) 36 kap. 9, 14, 15 och 18 §§",
        (Orsak::JobbstimulansSlutar | Orsak::JobbstimulansBorjar, _) => {
            "SoL (2025:400) 12 kap. 8 §"
        }
        (Orsak::BarnFyller, K::Barnbidrag | K::TillUngdomen) => {
            "SFB (2010:110) 15 kap. 2–3 §§; studiestödslagen (1999:1395) 2 kap. 4 §"
        }
        (Orsak::BarnFyller, K::Forsorjningsstod) => "SoF (2025:468) 12 kap. (riksnormen)",
        (Orsak::BarnFyller, _) => return None,
    })
}

/// The plan's notices: the sick period's day 181 and day 366, and the years whose rules are
/// preliminary or missing.
pub(super) fn notiser(sc: &Scenario, spec: &PlanSpec, start: Manad) -> Vec<Notis> {
    let mut v = Vec::new();
    let slut = manad_nr(start, spec.manader - 1);
    let nr = |y: i32, m: u32| ((y - start.year) * 12 + m as i32 - start.month as i32 + 1) as u32;
    for (i, p) in sc.people.iter().enumerate() {
        if p.sjukpenning.is_none() || sjukdag(spec, i, start).is_none() {
            continue;
        }
        let Some((y, mo, d)) = spec.personer[i]
            .sjukperiodens_forsta_dag
            .as_deref()
            .and_then(las_datum)
        else {
            continue;
        };
        let forsta = dagnummer(y, mo, d);
        for (dag, slag, paragraf, text) in [
            (
                181,
                NotisSlag::SjukpenningDag180,
                "SFB (2010:110) 27 kap. 48 §",
                "har arbetsförmågan varit nedsatt i 180 dagar: Försäkringskassan bedömer den \
                 då också mot arbeten som är normalt förekommande på arbetsmarknaden, utom om \
                 övervägande skäl talar för att du kan gå tillbaka till arbetsgivaren före dag \
                 365 eller det vore oskäligt",
            ),
            (
                366,
                NotisSlag::SjukpenningDag365,
                "SFB (2010:110) 27 kap. 49 §",
                "har arbetsförmågan varit nedsatt i 365 dagar: den bedöms mot arbeten som är \
                 normalt förekommande på arbetsmarknaden, utom vid särskilda skäl att du kan \
                 gå tillbaka före dag 550 eller om det vore oskäligt",
            ),
        ] {
            let (dy, dm, dd) = datum_for(forsta + dag - 1);
            let m = Manad::new(dy, dm);
            if m < start || m > slut {
                continue;
            }
            v.push(Notis {
                nummer: nr(dy, dm),
                manad: m.to_string(),
                slag,
                person: Some(i),
                text: format!(
                    "{}: från {} (dag {dag} i sjukperioden) {text}. Planen räknar med \
                     sjukpenning på den nivå arbetstiden ger; Försäkringskassans bedömning kan \
                     bli en annan.",
                    manad_rubrik(m),
                    datum_text(dy, dm, dd)
                ),
                paragraf: Some(paragraf),
            });
        }
    }
    let ar = rules::supported_years();
    for y in start.year..=slut.year {
        let forsta = if y == start.year {
            start
        } else {
            Manad::new(y, 1)
        };
        let (slag, text) = match rules::ruleset(y) {
            Err(_) => (
                NotisSlag::ReglerSaknas,
                format!(
                    "{}: reglerna för {y} finns inte i beräkningen, så månaderna från och med \
                     den räknas inte (inkomstår som finns: {}).",
                    manad_rubrik(forsta),
                    ar.iter()
                        .map(|a| a.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            Ok(rs) if rs.skatt.meta.status != "verified" => (
                NotisSlag::PreliminaraRegler,
                format!(
                    "{}: {y} räknas med preliminära regler, inte kontrollerade för hela året; \
                     varje månad säger i sina regelnotiser vilka belopp som är äldre.",
                    manad_rubrik(forsta)
                ),
            ),
            Ok(_) => continue,
        };
        v.push(Notis {
            nummer: nr(forsta.year, forsta.month),
            manad: forsta.to_string(),
            slag,
            person: None,
            text,
            paragraf: None,
        });
    }
    v.sort_by_key(|n| n.nummer);
    v
}
