//! The plan's events: what changes the amounts from one month to the next, and why. A cause
//! is a change of state between two consecutive months (a step of the job, a birthday, day
//! 365 of the sick period, the 24th month vilande, the end or start of the jobbstimulans); its
//! effect is the month evaluated with that one piece of state held at the month before,
//! compared with the month as it is. A cause that changes no amount is no event.

use rules::formaner::{Manad, Status};
use rust_decimal::Decimal;
use serde::Serialize;

use super::lage::{fortsattningsdagar, vilande_langst, Lage};
use super::{jobbstimulans_manad, manadens_scenario, text};
use crate::error::InputErrors;
use crate::komponent_id::KomponentId;
use crate::manad::{alder_i_manad, evaluate_month_with, Manadsresultat};
use crate::scenario::Scenario;

/// Why the amounts change in a month.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Orsak {
    /// The job starts or its hours change (a step of the schedule).
    Arbetstid,
    /// A person has a birthday that changes an amount (aktivitetsersättning ends at 30, its age
    /// bands, bostadsbidrag to young people).
    Fyller,
    /// Sjukpenning passes day 364 of the sick period: fortsättningsnivå (SFB 27 kap. 21 §).
    Fortsattningsniva,
    /// The ersättning has been vilande 24 months: no longer vilande (SFB 36 kap. 14–15 §§).
    VilandeUpphor,
    /// The jobbstimulans's two years end (SoL 12 kap. 8 §).
    JobbstimulansSlutar,
    /// The jobbstimulans starts (after six months in a row with försörjningsstöd).
    JobbstimulansBorjar,
    /// A child has a birthday that changes an amount (barnbidrag, studiebidrag, riksnorm).
    BarnFyller,
}

/// One component's change in an event's month: the month with the cause (`efter`) against the
/// same month without it (`fore`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KomponentAndring {
    pub id: KomponentId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    pub fore: Decimal,
    pub efter: Decimal,
    pub skillnad: Decimal,
    pub status_fore: Status,
    pub status_efter: Status,
}

/// An event: dated, in words, with the paragraph and what it changes.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Handelse {
    /// Plan month (1 = the start month) and `YYYY-MM`.
    pub nummer: u32,
    pub manad: String,
    pub orsak: Orsak,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    /// The child, for `barn_fyller`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barn: Option<usize>,
    /// "Mars 2027: jobbstimulansen slutar – försörjningsstödet minskar med 1 650 kr i månaden".
    pub text: String,
    /// The paragraph behind it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraf: Option<&'static str>,
    /// The component the text names, and its change.
    pub komponent: KomponentId,
    pub skillnad: Decimal,
    /// The change of the money to live on.
    pub disponibel_skillnad: Decimal,
    /// Every component it changes.
    pub andringar: Vec<KomponentAndring>,
}

/// One cause found between two months: the state without it, and what it is.
struct Kandidat {
    orsak: Orsak,
    person: Option<usize>,
    barn: Option<usize>,
    utan: Lage,
}

/// The events of month `m` (plan month `nummer`) of a track: `fl` is the previous month's
/// state, `l` and `r` this month's state and result.
pub(super) fn hitta(
    sc: &Scenario,
    fl: &Lage,
    l: &Lage,
    r: &Manadsresultat,
    m: Manad,
    nummer: u32,
) -> Result<Vec<super::Handelse>, InputErrors> {
    let mut k = Vec::new();
    let kand = |orsak, person, barn, f: &dyn Fn(&mut Lage)| {
        let mut utan = l.clone();
        f(&mut utan);
        Kandidat {
            orsak,
            person,
            barn,
            utan,
        }
    };
    for (i, p) in sc.people.iter().enumerate() {
        if l.jobb[i] != fl.jobb[i] {
            k.push(kand(Orsak::Arbetstid, Some(i), None, &|u| {
                u.jobb[i] = fl.jobb[i].clone()
            }));
        }
        let bm = p.birth_month.unwrap_or(1);
        if alder_i_manad(m, p.birth_year, bm) != alder_i_manad(fl.m, p.birth_year, bm) {
            k.push(kand(Orsak::Fyller, Some(i), None, &|u| {
                u.alder_halls[i] = true
            }));
        }
        if let (Some(d), Some(fd)) = (l.sjukdag[i], fl.sjukdag[i]) {
            // The month the fortsättningsnivå starts, and the first whole month at it when it
            // started late in the month before.
            let forut = fortsattningsdagar(fl.m, fd);
            if fortsattningsdagar(m, d) > 0 && forut < fl.m.dagar() {
                k.push(kand(Orsak::Fortsattningsniva, Some(i), None, &|u| {
                    u.sjukdag[i] = Some(1)
                }));
            }
        }
        let langst = vilande_langst(m);
        if let (Some(h), Some(fh)) = (l.vilande_hittills[i], fl.vilande_hittills[i]) {
            if h >= langst && fh < langst {
                k.push(kand(Orsak::VilandeUpphor, Some(i), None, &|u| {
                    u.vilande_hittills[i] = Some(fh)
                }));
            }
        }
    }
    let js = |x: &Lage| jobbstimulans_manad(x.m, x.fs_i_folj, x.fs_start).is_some();
    if (l.fs_i_folj.is_some() || l.fs_start.is_some()) && js(fl) != js(l) {
        let orsak = if js(l) {
            Orsak::JobbstimulansBorjar
        } else {
            Orsak::JobbstimulansSlutar
        };
        k.push(kand(orsak, None, None, &|u| {
            u.fs_i_folj = fl.fs_i_folj;
            u.fs_start = fl.fs_start;
        }));
    }
    for c in 0..l.barn_alder.len() {
        if l.barn_alder[c] != fl.barn_alder[c] {
            k.push(kand(Orsak::BarnFyller, None, Some(c), &|u| {
                u.barn_alder[c] = fl.barn_alder[c]
            }));
        }
    }
    let mut ut = Vec::new();
    for kd in k {
        let s = manadens_scenario(sc, &kd.utan, m)?;
        let utan = evaluate_month_with(&s, &s.kommunalskatt(), false);
        let andringar = andringar(&utan, r);
        if andringar.is_empty() {
            continue;
        }
        let huvud = huvudkomponent(kd.orsak, kd.person, &andringar);
        ut.push(Handelse {
            nummer,
            manad: m.to_string(),
            orsak: kd.orsak,
            person: kd.person,
            barn: kd.barn,
            text: text::handelse(sc, l, m, kd.orsak, kd.person, kd.barn, huvud, r, &utan),
            paragraf: text::paragraf(kd.orsak, huvud),
            komponent: huvud.id,
            skillnad: huvud.skillnad,
            disponibel_skillnad: r.disponibel_inkomst - utan.disponibel_inkomst,
            andringar,
        });
    }
    Ok(ut)
}

/// The components (in the totals) whose amount or status differ between `utan` and `med`.
fn andringar(utan: &Manadsresultat, med: &Manadsresultat) -> Vec<KomponentAndring> {
    let mut v: Vec<KomponentAndring> = Vec::new();
    for k in med.komponenter.iter().chain(&utan.komponenter) {
        if !k.i_summan || v.iter().any(|a| a.id == k.id && a.person == k.person) {
            continue;
        }
        let f = utan.komponent(k.id, k.person);
        let e = med.komponent(k.id, k.person);
        let belopp = |x: Option<&crate::manad::Komponent>| x.map_or(Decimal::ZERO, |x| x.per_manad);
        let status = |x: Option<&crate::manad::Komponent>| x.map_or(Status::EjRatt, |x| x.status);
        let (fore, efter) = (belopp(f), belopp(e));
        if fore != efter || status(f) != status(e) {
            v.push(KomponentAndring {
                id: k.id,
                person: k.person,
                fore,
                efter,
                skillnad: efter - fore,
                status_fore: status(f),
                status_efter: status(e),
            });
        }
    }
    v
}

/// The component an event's text names: the cause's own when it changed, else the largest
/// change other than the tax.
fn huvudkomponent(
    orsak: Orsak,
    person: Option<usize>,
    a: &[KomponentAndring],
) -> &KomponentAndring {
    use KomponentId as K;
    let egna: &[(KomponentId, bool)] = match orsak {
        Orsak::Arbetstid => &[(K::Lon, true)],
        Orsak::Fyller => &[
            (K::Aktivitetsersattning, true),
            (K::Aktivitetsstod, true),
            (K::Bostadsbidrag, false),
        ],
        Orsak::Fortsattningsniva => &[(K::Sjukpenning, true)],
        Orsak::VilandeUpphor => &[(K::Aktivitetsersattning, true)],
        Orsak::JobbstimulansSlutar | Orsak::JobbstimulansBorjar => &[(K::Forsorjningsstod, false)],
        Orsak::BarnFyller => &[
            (K::Barnbidrag, false),
            (K::TillUngdomen, false),
            (K::Forsorjningsstod, false),
        ],
    };
    for (id, egen) in egna {
        let p = if *egen { person } else { None };
        if let Some(x) = a.iter().find(|x| x.id == *id && x.person == p) {
            return x;
        }
    }
    a.iter()
        .filter(|x| x.id != K::Skatt)
        .max_by_key(|x| x.skillnad.abs())
        .unwrap_or(&a[0])
}
