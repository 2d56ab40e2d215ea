//! The counselling view: the situation today in a few short steps, jobs to try, the
//! alternatives side by side, the chart over hours and every amount's explanation. All
//! figures are the engine's; this module holds the form and lays out the answer.
//!
//! - `modell`: the state and its changes; `svar`: the engine's answer and its messages;
//! - `falt`: the field components and `Formkontext`, which binds them to the model;
//! - `steg_nar`, `steg_hushall`, `steg_i_dag`, `steg_jobb`: one function per step;
//! - `spara_dela`, `dela_lank`: saving, opening and sharing; `resultat`: the answer;
//! - `over_tid`: the months ahead, from the engine's plan, computed when opened.

mod dela_lank;
mod falt;
mod modell;
pub mod over_tid;
mod resultat;
mod spara_dela;
mod steg_hushall;
mod steg_i_dag;
mod steg_jobb;
mod steg_nar;
mod svar;
mod utskrift;
mod varfor;

use yew::prelude::*;

use crate::fokus::{use_fokus_vid_antal, use_fokus_vid_steg};
use crate::klocka::Klocka;
use crate::situation;
use crate::text::text;
use falt::{knapp, Formkontext, KnappProps};
use modell::{andring, klick, Andra};
use resultat::Resultat;
pub use svar::Meddelanden;
use svar::SvarRef;

pub use modell::{oppna, startmodell, Meddelande, Modell, ANTAL_STEG};
pub use over_tid::{
    karta_spec, plan_scenario, rakna_karta, rakna_plan, OverTidKontext, OverTidLage, Steg,
    Uppgifter, MANADER,
};
pub use resultat::{inte_aktuella, situation_text, sjukpenningniva, skillnad_text, status_text};
pub use svar::{rakna, Svar};
pub use utskrift::{MAX_ANTECKNING, MAX_NAMN};
pub use varfor::{lagrum, mening};

#[derive(Properties, PartialEq, Default)]
pub struct RadgivningProps {
    /// Where today's date comes from (the device's clock unless a test fixes it).
    #[prop_or_default]
    pub klocka: Klocka,
}

#[function_component(Radgivning)]
pub fn radgivning(p: &RadgivningProps) -> Html {
    // Re-rendered when the language changes (crate::sprak).
    let sprak = crate::sprak::use_sprak();
    let t = text();
    let r = &t.radgivning;
    let klocka = p.klocka;
    let modell = use_reducer(move || startmodell(klocka));
    let m = &*modell;
    let s = &m.situation;
    let ar = use_memo((), |_| crate::ar::inkomstar());
    let kommuner = use_memo(s.year, |&y| {
        calculator_core::kommuner(y).unwrap_or_default()
    });
    // The language is part of the answer: the jobs' names and the components' words.
    let svar = use_memo(
        (s.clone(), m.jobb.clone(), m.diagram_jobb, sprak),
        |(s, j, dj, _)| svar::rakna(s, j, *dj),
    );
    use_fokus_vid_steg(m.steg, "steg-rubrik");
    use_fokus_vid_antal(m.jobb.len(), "lagg-till-jobb", "ta-bort-jobb-", "timmar-");
    use_fokus_vid_antal(s.barn.len(), "lagg-till-barn", "ta-bort-barn-", "barn-");
    let d = modell.dispatcher();
    dela_lank::use_delad_lank(d.clone());
    let k = Formkontext {
        andra: d.clone(),
        meddelanden: Meddelanden::av(t, &svar, m.kommun_vald),
    };
    let hinder = k.meddelanden.hinder(r, s);
    let ovriga = k.meddelanden.ovriga.clone();
    let steget = match m.steg {
        0 => steg_nar::steg_nar(&k, s, &ar, kommuner),
        1 => steg_hushall::steg_hushall(&k, s),
        2 => steg_i_dag::steg_i_dag(&k, s, m.beslut_oppen),
        _ => steg_jobb::steg_jobb(&k, s, &m.jobb),
    };
    html! {
        // The question and the answer side by side on a wide screen, the answer staying in
        // view while the form scrolls; on a narrower one, one column with the answer in short
        // at the foot of the screen while the form is edited (style.css, "Frågan och svaret").
        <main id="innehall" class="radgivning">
            <div class="fragedel">
                <form class="formular" aria-labelledby="situation-rubrik" novalidate=true
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h2 id="situation-rubrik">{ r.situation_rubrik }</h2>
                    { stegvisare(&d, m.steg) }
                    { steget }
                    { stegknappar(&d, m.steg) }
                </form>
                { spara_dela::spara_dela(&k, m) }
                { utskrift::falten(&d, m) }
            </div>
            <div class="svarsdel">
                // "Över tid" keeps its inputs in the model: the answer below is keyed by the
                // language and drawn anew when it changes.
                <ContextProvider<OverTidKontext> context={OverTidKontext { lage: m.over_tid.clone(), andra: d.clone() }}>
                // Keyed by the language: a new language draws the answer anew, the chart and
                // the open explanations included, whose own props do not change with it.
                <Resultat key={sprak.kod()} svar={SvarRef(svar)} jobb={m.jobb.clone()}
                    tva_vuxna={s.vuxna.len() > 1} har={s.vuxna.iter().map(|v| v.har).collect::<Vec<_>>()}
                    situation_text={situation_text(t, s)} {klocka}
                    diagram_jobb={situation::diagram_jobb(&m.jobb, m.diagram_jobb)}
                    valj_diagram_jobb={andring(&d, |m: &mut Modell, i: usize| m.diagram_jobb = i)}
                    {hinder} {ovriga}
                    utskrift_namn={utskrift::giltig(&m.namn, utskrift::MAX_NAMN)}
                    utskrift_anteckning={utskrift::giltig(&m.anteckning, utskrift::MAX_ANTECKNING)} />
                </ContextProvider<OverTidKontext>>
            </div>
        </main>
    }
}

/// The steps by name; each is a button to it, the current one (`steg`) marked.
fn stegvisare(d: &Andra, steg: usize) -> Html {
    let r = &text().radgivning;
    let steg_namn = [r.steg_nar, r.steg_hushall, r.steg_i_dag, r.steg_jobb];
    html! {
        <ol class="stegvisare" aria-label={r.steg_etikett}>
            { for steg_namn.iter().enumerate().map(|(i, namn)| html! {
                <li>
                    <button id={format!("steg-{i}")} type="button" onclick={klick(d, move |m| m.steg = i)}
                        aria-current={(i == steg).then_some("step")}>
                        <span class="stegnummer">{ i + 1 }</span>{ " " }{ *namn }
                    </button>
                </li>
            }) }
        </ol>
    }
}

/// "Tillbaka" and "Nästa", from step `steg`.
fn stegknappar(d: &Andra, steg: usize) -> Html {
    let r = &text().radgivning;
    html! {
        <div class="stegknappar">
            if steg > 0 {
                { knapp(&KnappProps {
                    id: "steg-tillbaka".into(),
                    etikett: r.tillbaka.into(),
                    klass: "sekundar",
                    vid_klick: klick(d, |m| m.steg -= 1),
                }) }
            }
            if steg + 1 < ANTAL_STEG {
                { knapp(&KnappProps {
                    id: "steg-nasta".into(),
                    etikett: r.nasta.into(),
                    klass: "primar",
                    vid_klick: klick(d, |m| m.steg += 1),
                }) }
            }
        </div>
    }
}
