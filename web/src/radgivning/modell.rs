//! The counselling view's state: the situation and jobs as typed, the step shown and what the
//! view remembers besides; changed by closures (`Andring`), one per field.

use std::rc::Rc;

use yew::prelude::*;

use super::over_tid::OverTidLage;
use crate::klocka::Klocka;
use crate::situation::{Jobb, Situation};

#[derive(Clone, PartialEq)]
pub struct Modell {
    pub situation: Situation,
    pub jobb: Vec<Jobb>,
    pub steg: usize,
    /// The kommun has been chosen (Enter, a click or leaving the field) at least once: only
    /// then is a message about it shown, not while the first letters are typed.
    pub kommun_vald: bool,
    /// The outcome of opening a file or a share link, shown in "Spara eller dela".
    pub meddelande: Option<Meddelande>,
    /// The share link is shown (it follows every change while shown).
    pub visa_lank: bool,
    /// The alternative the chart follows (when it has an hourly wage).
    pub diagram_jobb: usize,
    /// "Har du ett beslut med belopp?" is open: the person's choice, never closed by the
    /// app while a field in it has the focus; opened when a loaded situation has amounts.
    pub beslut_oppen: bool,
    /// "Över tid" and its map: what was typed there and what is open, kept here so that a
    /// change of language (which draws the answer anew) does not lose it.
    pub over_tid: OverTidLage,
    /// The participant's first name and a free note, for the printout. Kept in this state
    /// only: never in a share link, a saved file or the device's storage (docs/decisions.md).
    pub namn: String,
    pub anteckning: String,
}

#[derive(Clone, PartialEq)]
pub enum Meddelande {
    FilOppnad,
    FilFel(String),
    LankFel(String),
}

/// A change to the model; a closure, so each of the form's forty fields needs no action type
/// of its own.
pub struct Andring(pub Box<dyn FnOnce(&mut Modell)>);

impl Reducible for Modell {
    type Action = Andring;
    fn reduce(self: Rc<Self>, a: Andring) -> Rc<Self> {
        let mut m = (*self).clone();
        (a.0)(&mut m);
        Rc::new(m)
    }
}

/// Changes the model: what every component of the form is given (through the context).
pub type Andra = UseReducerDispatcher<Modell>;

/// A callback that changes the model with the value it is given (a field's text, a tick).
pub fn andring<T: 'static>(d: &Andra, f: impl Fn(&mut Modell, T) + 'static) -> Callback<T> {
    andring_dyn(d, Rc::new(f))
}

/// Puts a value into the model.
type Satt<T> = Rc<dyn Fn(&mut Modell, T)>;

fn andring_dyn<T: 'static>(d: &Andra, f: Satt<T>) -> Callback<T> {
    let d = d.clone();
    Callback::from(move |v: T| {
        let f = f.clone();
        d.dispatch(Andring(Box::new(move |m| f(m, v))));
    })
}

/// A callback that changes the model on a click.
pub fn klick(d: &Andra, f: impl Fn(&mut Modell) + 'static) -> Callback<MouseEvent> {
    andring(d, move |m, _: MouseEvent| f(m))
}

/// The number of steps of the form.
pub const ANTAL_STEG: usize = 4;

/// The model a session starts from: this month by `klocka` (or, outside the years the rules
/// cover, the same month of the newest year), one adult aged 24, nothing today, one job to try.
pub fn startmodell(klocka: Klocka) -> Modell {
    let (year, month) = crate::klocka::startmanad(klocka.idag(), &crate::ar::inkomstar());
    Modell {
        situation: Situation {
            year,
            month,
            ..Situation::default()
        },
        jobb: vec![Jobb::default()],
        steg: 0,
        kommun_vald: false,
        meddelande: None,
        visa_lank: false,
        diagram_jobb: 0,
        beslut_oppen: false,
        over_tid: OverTidLage::default(),
        namn: String::new(),
        anteckning: String::new(),
    }
}

/// Some decision amount is filled in.
fn har_beslut(s: &Situation) -> bool {
    s.vuxna
        .iter()
        .any(|v| !v.beslut_belopp.trim().is_empty() || !v.beslut_bostadstillagg.trim().is_empty())
        || !s.beslut_bostadsbidrag.trim().is_empty()
        || !s.beslut_forsorjningsstod.trim().is_empty()
}

/// Puts an opened file's or link's situation into the form, or its message.
pub fn oppna(m: &mut Modell, svar: Result<(Situation, Vec<Jobb>), String>, fil: bool) {
    match svar {
        Ok((s, j)) => {
            m.beslut_oppen = har_beslut(&s);
            m.situation = s;
            m.jobb = j;
            m.kommun_vald = true;
            m.diagram_jobb = 0;
            m.meddelande = Some(Meddelande::FilOppnad);
        }
        Err(e) if fil => m.meddelande = Some(Meddelande::FilFel(e)),
        Err(e) => m.meddelande = Some(Meddelande::LankFel(e)),
    }
}

/// Removes job `i`; the chart keeps following the same job, or the first.
pub fn ta_bort_jobb(m: &mut Modell, i: usize) {
    m.jobb.remove(i);
    m.diagram_jobb = match m.diagram_jobb {
        d if d > i => d - 1,
        d if d == i => 0,
        d => d,
    };
}

/// Adds a job to try, a copy of the last (at most `MAX_JOBB`).
pub fn lagg_till_jobb(m: &mut Modell) {
    if m.jobb.len() < crate::situation::MAX_JOBB {
        let ny = m.jobb.last().cloned().unwrap_or_default();
        m.jobb.push(ny);
    }
}
