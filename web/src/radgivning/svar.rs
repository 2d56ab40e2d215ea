//! The engine's answer for the form, and its messages sorted: beside their fields, above the
//! result, or what stops a result from being shown.

use std::rc::Rc;

use calculator_core::hushall::{Komponent, Manadsresultat};
use calculator_core::{InputErrors, KomponentId, Scenario, ScenarioResult};
use rules::formaner::Status;
use yew::AttrValue;

use crate::form::Lasfel;
use crate::situation::{self, Jobb, Lasfelet, Situation};
use crate::text::{RadText, Text};

/// Everything the result part needs, computed once per change of the situation or the jobs.
#[derive(PartialEq)]
pub struct Svar {
    pub jamforelse: Result<ScenarioResult, InputErrors>,
    /// The chart's sweep, when a job has an hourly wage.
    pub svep: Option<Result<ScenarioResult, InputErrors>>,
    pub lasfel: Vec<Lasfelet>,
    /// The scenario the comparison was computed from: an explanation is computed from it
    /// when it is opened (`Forklarare`), not for every amount on every change.
    pub scenario: Rc<Scenario>,
}

/// Computes the explanation of one month's component when its "Varför?" is opened: today
/// (`alternativ` None) or alternative `k` of the scenario.
#[derive(Clone)]
pub struct Forklarare {
    pub scenario: Rc<Scenario>,
    pub alternativ: Option<usize>,
}

impl PartialEq for Forklarare {
    fn eq(&self, o: &Self) -> bool {
        self.alternativ == o.alternativ
            && (Rc::ptr_eq(&self.scenario, &o.scenario) || self.scenario == o.scenario)
    }
}

impl Forklarare {
    /// The month in full, with every explanation.
    pub fn manad(&self) -> Option<Manadsresultat> {
        let mut m = calculator_core::forklaring(&self.scenario, self.alternativ).ok()?;
        crate::sprak::oversatt_manad(&mut m);
        Some(m)
    }
    /// Component `id` of `person` in the month, with its explanation.
    pub fn komponent(&self, id: KomponentId, person: Option<usize>) -> Option<Komponent> {
        self.manad()?
            .komponenter
            .into_iter()
            .find(|k| k.id == id && k.person == person)
    }
}

/// The situation and jobs through the engine: today with each job, and the chart of
/// `diagram_jobb`.
pub fn rakna(s: &Situation, jobb: &[Jobb], diagram_jobb: usize) -> Svar {
    let r = &crate::text::text().radgivning;
    let (sc, lasfel) = situation::scenario(r, s, jobb, None);
    // No explanation is built here: the cards show amounts, and a "Varför?" computes its own
    // month in full when opened (issue "amounts path without text").
    let mut jamforelse = calculator_core::evaluate_utan_forklaring(&sc);
    if let Ok(res) = jamforelse.as_mut() {
        crate::sprak::oversatt_resultat(res);
    }
    let svep = situation::diagram_jobb(jobb, diagram_jobb).map(|i| {
        let (sc, _) = situation::scenario(r, s, jobb, Some(i));
        calculator_core::evaluate_utan_forklaring(&sc)
    });
    Svar {
        jamforelse,
        svep,
        lasfel,
        scenario: Rc::new(sc),
    }
}

/// The answer as a property: equal when it is the same answer (no comparison of every
/// figure when it is).
#[derive(Clone)]
pub struct SvarRef(pub Rc<Svar>);

impl PartialEq for SvarRef {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0) || self.0 == o.0
    }
}

/// The messages of the form, sorted by where they go.
#[derive(PartialEq, Default)]
pub struct Meddelanden {
    /// (element id, message) of the engine's messages about a field of the form.
    motorfel: Vec<(String, String)>,
    /// (element id, message) of the fields that could not be read.
    lasfel: Vec<(String, String)>,
    /// The engine's messages that belong to no field of the form.
    pub ovriga: Vec<String>,
    /// The engine does not know the kommun, and it has not been chosen yet: said as
    /// "choose a kommun", not as an error, while the first letters are typed.
    pub kommun_oklar: bool,
}

fn lasfel_text(t: &Text, r: &RadText, fel: &Lasfel) -> String {
    match fel {
        Lasfel::Tomt => r.fyll_i.to_string(),
        Lasfel::EjTal => t.ej_tal.to_string(),
        Lasfel::ForMangaDecimaler(n) => (t.for_manga_decimaler)(*n),
        Lasfel::ForStort => r.for_stort.to_string(),
        Lasfel::EjHeltal => t.ej_heltal.to_string(),
    }
}

impl Meddelanden {
    /// The messages of `svar`; the kommun's only once it has been chosen (`kommun_vald`).
    pub fn av(t: &Text, svar: &Svar, kommun_vald: bool) -> Meddelanden {
        let r = &t.radgivning;
        let mut m = Meddelanden {
            lasfel: (svar.lasfel.iter())
                .map(|l| (l.id.clone(), lasfel_text(t, r, &l.fel)))
                .collect(),
            ..Meddelanden::default()
        };
        match &svar.jamforelse {
            // What the engine needs and does not have ("behöver uppgift"), beside its field.
            Ok(res) => m.motorfel = saknade_uppgifter(r, res),
            Err(e) => {
                for f in &e.0 {
                    match situation::falt_for_motorfel(&f.field) {
                        Some(id) if id == "kommun-r" && !kommun_vald => m.kommun_oklar = true,
                        Some(id) => m.motorfel.push((id, f.message.clone())),
                        None => m.ovriga.push(f.message.clone()),
                    }
                }
            }
        }
        m
    }

    /// Every message, beside a field (its element id) or not (None).
    pub fn alla(&self) -> Vec<(Option<&str>, &str)> {
        (self.lasfel.iter().chain(&self.motorfel))
            .map(|(id, m)| (Some(id.as_str()), m.as_str()))
            .chain(self.ovriga.iter().map(|m| (None, m.as_str())))
            .collect()
    }

    /// The message beside the field `id`: why it could not be read, else the engine's.
    pub fn for_id(&self, id: &str) -> Option<AttrValue> {
        if let Some((_, text)) = self.lasfel.iter().find(|(i, _)| i == id) {
            return Some(AttrValue::from(text.clone()));
        }
        let v: Vec<&str> = (self.motorfel.iter())
            .filter(|(f, _)| f == id)
            .map(|(_, msg)| msg.as_str())
            .collect();
        (!v.is_empty()).then(|| AttrValue::from(v.join(" ")))
    }

    /// What stops a result from being shown, in words; None when nothing does. A figure
    /// computed without a field the person did fill in (but unreadably) would mislead, so none
    /// is shown.
    pub fn hinder(&self, r: &RadText, s: &Situation) -> Option<String> {
        if s.kommun.trim().is_empty() || self.kommun_oklar {
            return Some(r.vantar_kommun.to_string());
        }
        if self.lasfel.is_empty() && self.motorfel.is_empty() {
            return None;
        }
        let mut steg: Vec<usize> = (self.lasfel.iter().chain(&self.motorfel))
            .map(|(id, _)| steg_for_falt(id) + 1)
            .collect();
        steg.sort_unstable();
        steg.dedup();
        Some((r.ratta_i_steg)(&steg))
    }
}

/// What the engine needs and does not have, in today's month or an alternative's (a
/// component's `saknas`), as a message beside its field; each field once.
fn saknade_uppgifter(r: &RadText, res: &ScenarioResult) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = Vec::new();
    let manader = std::iter::once(&res.manad).chain(res.jamforelse.iter().map(|a| &a.manad));
    for k in manader.flat_map(|m| &m.komponenter) {
        if k.status != Status::BehoverUppgift {
            continue;
        }
        for id in k
            .saknas
            .iter()
            .filter_map(|x| situation::falt_for_saknas(x, k.person))
        {
            let text = if id.starts_with("barnmanad-") {
                r.barn_manad_saknas
            } else {
                r.fyll_i
            };
            if !v.iter().any(|(i, _)| *i == id) {
                v.push((id, text.to_string()));
            }
        }
    }
    v
}

/// The step (0-based) a field of the form is in, by its element id.
fn steg_for_falt(id: &str) -> usize {
    match id.split('-').next().unwrap_or("") {
        "kommun" => 0,
        "alder" | "boende" | "yta" | "formogenhet" | "barn" | "barnskola" | "barnmanad" => 1,
        "timmar" | "lon" | "jobb" | "semester" | "vilande" => 3,
        _ => 2,
    }
}
