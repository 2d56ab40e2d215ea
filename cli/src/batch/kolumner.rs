//! The CSV columns a user can choose, and one month's figures written as a row of them.

use calculator_core::{Decimal, InputError, KomponentId, Manadsbelopp, Status};

/// One chosen column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kolumn {
    /// The scenario's own `id` (the caller's case or register number; empty without one).
    Id,
    /// The month computed, "YYYY-MM".
    Manad,
    /// The alternative's label (empty for today).
    Etikett,
    /// Disposable income minus today's (0 for today).
    SkillnadMotIDag,
    DisponibelInkomst,
    /// Empty without a housing cost.
    KvarEfterBoendekostnad,
    LonBrutto,
    /// A component's kronor per month: summed over the household and every person, or one
    /// person's.
    Belopp(KomponentId, Vel),
    /// A component's status (see `samlad_status` for a sum).
    Status(KomponentId, Vel),
}

/// Whose posts of a component a column takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Vel {
    Alla,
    Person(usize),
}

/// The columns that are not components, as named on the command line.
pub const FASTA_NAMN: [&str; 7] = [
    "id",
    "manad",
    "etikett",
    "skillnad_mot_i_dag",
    "disponibel_inkomst",
    "kvar_efter_boendekostnad",
    "lon_brutto",
];

/// Without `--kolumner`: the household's totals, the tax and the benefits that depend on
/// income, with the statuses that say whether an amount is complete.
pub const STANDARD: [&str; 16] = [
    "disponibel_inkomst",
    "kvar_efter_boendekostnad",
    "lon_brutto",
    "skatt",
    "sjukpenning",
    "sjukpenning.status",
    "aktivitetsersattning",
    "aktivitetsersattning.status",
    "bostadstillagg",
    "bostadstillagg.status",
    "bostadsbidrag",
    "bostadsbidrag.status",
    "barnbidrag",
    "forsorjningsstod",
    "forsorjningsstod.status",
    "jobbpremie",
];

/// Always present, so never chosen: naming them is allowed and changes nothing.
const ALLTID: [&str; 3] = ["rad", "alternativ", "fel"];

/// Persons are numbered as in the scenario's `people`; a household has a handful.
const MAX_PERSON: usize = 99;

pub fn komponentnamn() -> Vec<&'static str> {
    KomponentId::ALLA.iter().map(|k| k.as_str()).collect()
}

pub fn standard() -> Vec<Kolumn> {
    STANDARD
        .iter()
        .map(|n| kolumn(n).expect("the default columns are valid"))
        .collect()
}

/// Every component's sum and status.
fn alla() -> Vec<Kolumn> {
    KomponentId::ALLA
        .iter()
        .flat_map(|&id| [Kolumn::Belopp(id, Vel::Alla), Kolumn::Status(id, Vel::Alla)])
        .collect()
}

/// Reads `--kolumner`: names separated by commas. Every bad name is reported in one error.
pub fn tolka(v: &str) -> Result<Vec<Kolumn>, InputError> {
    let mut ut = Vec::new();
    let mut okanda = Vec::new();
    let mut dubbla = Vec::new();
    for namn in v.split(',').map(str::trim) {
        if ALLTID.contains(&namn) {
            continue;
        }
        let nya = if namn == "alla" {
            alla()
        } else if let Some(k) = kolumn(namn) {
            vec![k]
        } else {
            okanda.push(format!("\"{namn}\""));
            continue;
        };
        for k in nya {
            if ut.contains(&k) {
                dubbla.push(format!("\"{namn}\""));
            } else {
                ut.push(k);
            }
        }
    }
    if !okanda.is_empty() {
        return Err(InputError::new(
            "--kolumner",
            format!(
                "okänd kolumn {}; tillåtna: {}, alla, eller en komponent ({}) som KOMPONENT, \
                 KOMPONENT.status, KOMPONENT[P] eller KOMPONENT[P].status med person P 0–{MAX_PERSON}",
                okanda.join(", "),
                FASTA_NAMN.join(", "),
                komponentnamn().join(", "),
            ),
        ));
    }
    if !dubbla.is_empty() {
        return Err(InputError::new(
            "--kolumner",
            format!(
                "kolumnen {} står mer än en gång; ange varje kolumn en gång",
                dubbla.join(", ")
            ),
        ));
    }
    if ut.is_empty() {
        return Err(InputError::new(
            "--kolumner",
            "inga kolumner angivna; ange minst en, t.ex. disponibel_inkomst",
        ));
    }
    Ok(ut)
}

fn kolumn(namn: &str) -> Option<Kolumn> {
    let fast = match namn {
        "id" => Some(Kolumn::Id),
        "manad" => Some(Kolumn::Manad),
        "etikett" => Some(Kolumn::Etikett),
        "skillnad_mot_i_dag" => Some(Kolumn::SkillnadMotIDag),
        "disponibel_inkomst" => Some(Kolumn::DisponibelInkomst),
        "kvar_efter_boendekostnad" => Some(Kolumn::KvarEfterBoendekostnad),
        "lon_brutto" => Some(Kolumn::LonBrutto),
        _ => None,
    };
    if fast.is_some() {
        return fast;
    }
    let (bas, status) = match namn.strip_suffix(".status") {
        Some(b) => (b, true),
        None => (namn, false),
    };
    let (id, vem) = match bas.split_once('[') {
        None => (bas, Vel::Alla),
        Some((id, rest)) => {
            let p = rest.strip_suffix(']')?;
            // Written as the header writes it: no sign, no leading zero.
            let siffror = !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            if !siffror || p.len() > 2 || (p.len() > 1 && p.starts_with('0')) {
                return None;
            }
            (id, Vel::Person(p.parse().ok()?))
        }
    };
    let id = KomponentId::fran_namn(id)?;
    Some(if status {
        Kolumn::Status(id, vem)
    } else {
        Kolumn::Belopp(id, vem)
    })
}

/// The name as the header writes it.
pub fn rubrik(k: Kolumn) -> String {
    let vem = |v: Vel| match v {
        Vel::Alla => String::new(),
        Vel::Person(p) => format!("[{p}]"),
    };
    match k {
        Kolumn::Id => "id".into(),
        Kolumn::Manad => "manad".into(),
        Kolumn::Etikett => "etikett".into(),
        Kolumn::SkillnadMotIDag => "skillnad_mot_i_dag".into(),
        Kolumn::DisponibelInkomst => "disponibel_inkomst".into(),
        Kolumn::KvarEfterBoendekostnad => "kvar_efter_boendekostnad".into(),
        Kolumn::LonBrutto => "lon_brutto".into(),
        Kolumn::Belopp(id, v) => format!("{}{}", id.as_str(), vem(v)),
        Kolumn::Status(id, v) => format!("{}{}.status", id.as_str(), vem(v)),
    }
}

/// One alternative's (or today's) month, as the row needs it.
pub struct Manadsrad<'a> {
    pub id: &'a str,
    pub manad: &'a str,
    pub etikett: &'a str,
    pub skillnad: Decimal,
    pub m: &'a Manadsbelopp,
}

/// Writes the cell of column `k`, quoted when it must be.
pub fn cell(ut: &mut Vec<u8>, k: Kolumn, r: &Manadsrad) {
    use std::io::Write;
    // Writing into a Vec cannot fail.
    let _ = match k {
        Kolumn::Id => {
            csv_falt(ut, r.id);
            Ok(())
        }
        Kolumn::Manad => write!(ut, "{}", r.manad),
        Kolumn::Etikett => {
            csv_falt(ut, r.etikett);
            Ok(())
        }
        Kolumn::SkillnadMotIDag => write!(ut, "{}", r.skillnad),
        Kolumn::DisponibelInkomst => write!(ut, "{}", r.m.disponibel_inkomst),
        Kolumn::KvarEfterBoendekostnad => match r.m.kvar_efter_boendekostnad {
            Some(d) => write!(ut, "{d}"),
            None => Ok(()),
        },
        Kolumn::LonBrutto => write!(ut, "{}", r.m.lon_brutto),
        Kolumn::Belopp(id, v) => write!(ut, "{}", summa(r.m, id, v)),
        Kolumn::Status(id, v) => match samlad_status(r.m, id, v) {
            Some(s) => write!(ut, "{}", status_namn(s)),
            None => Ok(()),
        },
    };
}

fn galler(v: Vel, person: Option<usize>) -> bool {
    match v {
        Vel::Alla => true,
        Vel::Person(p) => person == Some(p),
    }
}

/// The sum of the component's posts: 0 when the month has none (the component does not
/// apply). Unlike the disposable income it includes information-only posts (jobbpremie), so
/// that such a column shows something.
fn summa(m: &Manadsbelopp, id: KomponentId, v: Vel) -> Decimal {
    m.komponenter
        .iter()
        .filter(|k| k.id == id && galler(v, k.person))
        .map(|k| k.per_manad)
        .sum()
}

/// The status of the component's posts taken together: None without a post. For a sum over
/// people it says first whether the sum is incomplete (an input missing, a rule not
/// modelled), then whether anything is paid; one paid person makes the household's sum paid.
fn samlad_status(m: &Manadsbelopp, id: KomponentId, v: Vel) -> Option<Status> {
    let rang = |s: Status| match s {
        Status::BehoverUppgift => 0,
        Status::EjModellerad => 1,
        Status::Utbetalas => 2,
        Status::NollKronor => 3,
        Status::EjRatt => 4,
    };
    m.komponenter
        .iter()
        .filter(|k| k.id == id && galler(v, k.person))
        .map(|k| k.status)
        .min_by_key(|&s| rang(s))
}

/// As the JSON writes it (snake_case).
fn status_namn(s: Status) -> &'static str {
    match s {
        Status::Utbetalas => "utbetalas",
        Status::NollKronor => "noll_kronor",
        Status::EjRatt => "ej_ratt",
        Status::BehoverUppgift => "behover_uppgift",
        Status::EjModellerad => "ej_modellerad",
    }
}

/// Writes a CSV field, quoted when it holds a comma, a quote or a line end (RFC 4180).
pub fn csv_falt(ut: &mut Vec<u8>, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        ut.push(b'"');
        for b in s.bytes() {
            if b == b'"' {
                ut.push(b'"');
            }
            ut.push(b);
        }
        ut.push(b'"');
    } else {
        ut.extend_from_slice(s.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_and_written_alike() {
        for namn in [
            "manad",
            "skatt",
            "skatt.status",
            "bostadstillagg[1]",
            "bostadstillagg[0].status",
            "lon_brutto",
        ] {
            let k = kolumn(namn).unwrap_or_else(|| panic!("{namn}"));
            assert_eq!(rubrik(k), namn);
        }
        for bad in [
            "skatt[]",
            "skatt[x]",
            "skatt[1",
            "skatt[100]",
            "skatt.belopp",
            "Skatt",
            "",
            "skatt[-1]",
            "skatt[01]",
        ] {
            assert_eq!(kolumn(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_bad_name_is_reported_and_duplicates_refused() {
        let e = tolka("skatt,foo,bar[2]").unwrap_err();
        assert_eq!(e.field, "--kolumner");
        assert!(e.message.contains("\"foo\", \"bar[2]\""), "{}", e.message);
        assert!(e.message.contains("disponibel_inkomst"), "{}", e.message);
        assert!(e.message.contains("bostadstillagg"), "{}", e.message);
        let e = tolka("skatt,alla").unwrap_err();
        assert!(e.message.contains("\"alla\""), "{}", e.message);
        assert!(tolka("rad,fel").is_err());
        assert_eq!(
            tolka("rad, skatt ").unwrap(),
            [Kolumn::Belopp(KomponentId::Skatt, Vel::Alla)]
        );
    }

    #[test]
    fn the_status_of_a_sum_says_first_what_is_incomplete() {
        use calculator_core::Beloppspost;
        let post = |person, status, kr| Beloppspost {
            id: KomponentId::Sjukpenning,
            person: Some(person),
            status,
            per_manad: Decimal::from(kr),
            i_summan: true,
        };
        let mut m = Manadsbelopp {
            disponibel_inkomst: Decimal::ZERO,
            kvar_efter_boendekostnad: None,
            lon_brutto: Decimal::ZERO,
            komponenter: vec![post(0, Status::EjRatt, 0), post(1, Status::Utbetalas, 500)],
        };
        let sp = KomponentId::Sjukpenning;
        assert_eq!(samlad_status(&m, sp, Vel::Alla), Some(Status::Utbetalas));
        assert_eq!(samlad_status(&m, sp, Vel::Person(0)), Some(Status::EjRatt));
        assert_eq!(samlad_status(&m, sp, Vel::Person(2)), None);
        assert_eq!(samlad_status(&m, KomponentId::Skatt, Vel::Alla), None);
        assert_eq!(summa(&m, sp, Vel::Alla), Decimal::from(500));
        m.komponenter.push(post(2, Status::BehoverUppgift, 0));
        assert_eq!(
            samlad_status(&m, sp, Vel::Alla),
            Some(Status::BehoverUppgift)
        );
    }

    #[test]
    fn quoting() {
        let mut ut = Vec::new();
        csv_falt(&mut ut, "a, \"b\"");
        csv_falt(&mut ut, "plain");
        assert_eq!(ut, b"\"a, \"\"b\"\"\"plain");
    }
}
