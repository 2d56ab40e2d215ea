//! The counselling view: the situation today in a few short steps, jobs to try, the
//! alternatives side by side, the chart over hours and every amount's explanation. All
//! figures are the engine's; this module builds the scenario and lays out the answer.

use std::rc::Rc;

use calculator_core::hushall::{Komponent, Manadsresultat};
use calculator_core::{InputErrors, ScenarioResult};
use rules::formaner::Status;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::att_gora::{att_gora, Atgard};
use crate::diagram::{Diagram, Markering};
use crate::form::Lasfel;
use crate::format;
use crate::klocka::Klocka;
use crate::kommunval::Kommunval;
use crate::situation::{self, Barn, Har, Jobb, Kostnad, Lasfelet, Situation, Val, Vuxen, MAX_JOBB};
use crate::text::{text, RadText, Text};
use calculator_core::hushall::AktivitetsstodForm;
use rules::formaner::aktivitetsersattning::Niva;
use rules::formaner::barnbidrag::Skolgang;
use rules::formaner::bostadsbidrag::Boende;

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
}

#[derive(Clone, PartialEq)]
pub enum Meddelande {
    FilOppnad,
    FilFel(String),
    LankFel(String),
}

/// A change to the model; a closure, so each field needs no action type of its own.
pub struct Andring(Box<dyn Fn(&mut Modell)>);

impl Reducible for Modell {
    type Action = Andring;
    fn reduce(self: Rc<Self>, a: Andring) -> Rc<Self> {
        let mut m = (*self).clone();
        (a.0)(&mut m);
        Rc::new(m)
    }
}

type Satt = Rc<dyn Fn(&mut Modell, String)>;
type Kryssa = Rc<dyn Fn(&mut Modell, bool)>;

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
    }
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

/// Everything the result part needs, computed once per change of the model.
struct Svar {
    jamforelse: Result<ScenarioResult, InputErrors>,
    svep: Option<Result<ScenarioResult, InputErrors>>,
    lasfel: Vec<Lasfelet>,
}

fn rakna(m: &Modell) -> Svar {
    let r = &text().radgivning;
    let (v, lasfel) = situation::scenario(r, &m.situation, &m.jobb, None);
    let jamforelse = situation::berakna(&v);
    let svep = situation::diagram_jobb(&m.jobb, m.diagram_jobb).map(|i| {
        let (v, _) = situation::scenario(r, &m.situation, &m.jobb, Some(i));
        situation::berakna(&v)
    });
    Svar {
        jamforelse,
        svep,
        lasfel,
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct RadgivningProps {
    /// Where today's date comes from (the device's clock unless a test fixes it).
    #[prop_or_default]
    pub klocka: Klocka,
}

#[function_component(Radgivning)]
pub fn radgivning(p: &RadgivningProps) -> Html {
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
    let svar = use_memo((s.clone(), m.jobb.clone(), m.diagram_jobb), |(s, j, dj)| {
        rakna(&Modell {
            situation: s.clone(),
            jobb: j.clone(),
            steg: 0,
            kommun_vald: false,
            meddelande: None,
            visa_lank: false,
            diagram_jobb: *dj,
            beslut_oppen: false,
        })
    });
    // After a step change (not on the first render) the new step's heading gets the focus, so a
    // keyboard or screen-reader user starts at the top of the new fields.
    let forsta_render = use_mut_ref(|| true);
    use_effect_with(m.steg, move |_| {
        if std::mem::replace(&mut *forsta_render.borrow_mut(), false) {
            return;
        }
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("steg-rubrik"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Ignored on failure: focus is a convenience.
            let _ = el.focus();
        }
    });
    crate::fokus::use_fokus_vid_antal(m.jobb.len(), "lagg-till-jobb", "ta-bort-jobb-", "timmar-");
    crate::fokus::use_fokus_vid_antal(s.barn.len(), "lagg-till-barn", "ta-bort-barn-", "barn-");
    let d = modell.dispatcher();
    // A share link opened (or its fragment changed): the situation it carries replaces the
    // form's, and the fragment leaves the address bar again.
    {
        let d = d.clone();
        use_effect_with((), move |_| {
            let las_lank = move || {
                let Some(w) = web_sys::window() else { return };
                let loc = w.location();
                let Ok(hash) = loc.hash() else { return };
                let Some(json) = crate::dela::fran_fragment(&hash) else {
                    return;
                };
                let r = &text().radgivning;
                let svar = json
                    .map_err(|_| r.lank_trasig.to_string())
                    .and_then(|j| crate::dela::las(&j));
                d.dispatch(Andring(Box::new(move |m| oppna(m, &svar, false))));
                if let (Ok(h), Ok(path), Ok(q)) = (w.history(), loc.pathname(), loc.search()) {
                    // Ignored on failure: the fragment then just stays in the address bar.
                    let _ = h.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&format!("{path}{q}")),
                    );
                }
            };
            las_lank();
            let lyssnare = wasm_bindgen::closure::Closure::<dyn Fn()>::new(las_lank);
            let w = web_sys::window();
            if let Some(w) = &w {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    lyssnare.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &w {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        lyssnare.as_ref().unchecked_ref(),
                    );
                }
                drop(lyssnare);
            }
        });
    }
    let andra = {
        let d = d.clone();
        move |f: Box<dyn Fn(&mut Modell)>| d.dispatch(Andring(f))
    };

    // The engine's messages beside their fields; those with no field here go above the result.
    let mut kommun_oklar = false;
    let (motorfel, ovriga): (Vec<(String, String)>, Vec<String>) = match &svar.jamforelse {
        // What the engine needs and does not have ("behöver uppgift"), beside its field.
        Ok(res) => (saknade_uppgifter(r, res), Vec::new()),
        Err(e) => {
            let mut vid = Vec::new();
            let mut ovr = Vec::new();
            for f in &e.0 {
                match situation::falt_for_motorfel(&f.field) {
                    Some(id) if id == "kommun-r" && !m.kommun_vald => kommun_oklar = true,
                    Some(id) => vid.push((id, f.message.clone())),
                    None => ovr.push(f.message.clone()),
                }
            }
            (vid, ovr)
        }
    };
    let fel_for = |id: &str| {
        let las = svar
            .lasfel
            .iter()
            .find(|l| l.id == id)
            .map(|l| lasfel_text(t, r, &l.fel));
        las.or_else(|| {
            let v: Vec<&str> = motorfel
                .iter()
                .filter(|(f, _)| f == id)
                .map(|(_, msg)| msg.as_str())
                .collect();
            (!v.is_empty()).then(|| v.join(" "))
        })
    };
    // A text field with its label, help and message.
    let falt = |id: String, etikett: &str, hjalp: &str, varde: &str, satt: Satt| {
        let fel = fel_for(&id);
        let hjalp_id = format!("{id}-hjalp");
        let fel_id = format!("{id}-fel");
        let beskrivs = if fel.is_some() {
            format!("{hjalp_id} {fel_id}")
        } else {
            hjalp_id.clone()
        };
        let d = d.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let satt = satt.clone();
            d.dispatch(Andring(Box::new(move |m| satt(m, v.clone()))));
        });
        html! {
            <div class="falt">
                <label for={id.clone()}>{ etikett }</label>
                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off" class="kort"
                    value={varde.to_string()} aria-invalid={fel.is_some().then_some("true")}
                    aria-describedby={beskrivs} {oninput} />
                <p id={hjalp_id} class="hjalp">{ hjalp }</p>
                if let Some(fel) = fel {
                    <p id={fel_id} class="fel">{ fel }</p>
                }
            </div>
        }
    };
    // A select of (value, text) pairs, with its message if any.
    let val =
        |id: String, etikett: &str, alternativ: Vec<(String, String)>, vald: String, satt: Satt| {
            let fel = fel_for(&id);
            let fel_id = format!("{id}-fel");
            let d = d.clone();
            let onchange = Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                let satt = satt.clone();
                d.dispatch(Andring(Box::new(move |m| satt(m, v.clone()))));
            });
            html! {
                <div class="falt">
                    <label for={id.clone()}>{ etikett }</label>
                    <select id={id} {onchange} aria-invalid={fel.is_some().then_some("true")}
                        aria-describedby={fel.is_some().then(|| fel_id.clone())}>
                        { for alternativ.into_iter().map(|(v, txt)| html! {
                            <option value={v.clone()} selected={v == vald}>{ txt }</option>
                        }) }
                    </select>
                    if let Some(fel) = fel {
                        <p id={fel_id} class="fel">{ fel }</p>
                    }
                </div>
            }
        };
    let kryss = |id: String, etikett: &str, varde: bool, satt: Kryssa| {
        let d = d.clone();
        let onchange = Callback::from(move |e: Event| {
            let c = e.target_unchecked_into::<HtmlInputElement>().checked();
            let satt = satt.clone();
            d.dispatch(Andring(Box::new(move |m| satt(m, c))));
        });
        html! {
            <div class="val">
                <input id={id.clone()} type="checkbox" checked={varde} {onchange} />
                <label for={id}>{ etikett }</label>
            </div>
        }
    };
    let knapp = |id: String, etikett: String, klass: &'static str, f: Rc<dyn Fn(&mut Modell)>| {
        let d = d.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let f = f.clone();
            d.dispatch(Andring(Box::new(move |m| f(m))));
        });
        html! { <button {id} type="button" class={klass} {onclick}>{ etikett }</button> }
    };

    let steg_namn = [r.steg_nar, r.steg_hushall, r.steg_i_dag, r.steg_jobb];
    let stegvisare = html! {
        <ol class="stegvisare" aria-label={r.steg_etikett}>
            { for steg_namn.iter().enumerate().map(|(i, namn)| {
                let d = d.clone();
                let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Andring(Box::new(move |m| m.steg = i))));
                html! {
                    <li>
                        <button id={format!("steg-{i}")} type="button" {onclick}
                            aria-current={(i == m.steg).then_some("step")}>
                            <span class="stegnummer">{ i + 1 }</span>{ " " }{ *namn }
                        </button>
                    </li>
                }
            }) }
        </ol>
    };

    let niva_val = |i: usize, v: &Vuxen, sjukpenning: bool| {
        let (alt, vald) = alternativ(r.niva, v.niva);
        val(
            format!("niva-{i}"),
            if sjukpenning {
                r.sjukpenning_niva
            } else {
                r.ersattning_niva
            },
            alt,
            vald,
            Rc::new(move |m, x| {
                m.situation.vuxna[i].niva = Niva::fran_namn(&x).unwrap_or(Niva::Hel)
            }),
        )
    };

    // Aktivitetsstöd's fields, for adult `i`.
    let akt_falt = |i: usize, v: &Vuxen| {
        html! { <>
                    { { let (alt, vald) = alternativ(r.akt_form, v.akt_form);
                        val(format!("akt-form-{i}"), r.akt_form_etikett, alt, vald,
                        Rc::new(move |m, x| m.situation.vuxna[i].akt_form =
                            AktivitetsstodForm::fran_namn(&x).unwrap_or(AktivitetsstodForm::Grundbelopp))) } }
                    if v.akt_form == AktivitetsstodForm::Inkomstbaserat {
                        { falt(format!("akt-dagbelopp-{i}"), r.akt_dagbelopp_etikett, r.akt_dagbelopp_hjalp,
                            &v.akt_dagbelopp, Rc::new(move |m, x| m.situation.vuxna[i].akt_dagbelopp = x)) }
                    }
                    { falt(format!("akt-omfattning-{i}"), r.akt_omfattning_etikett, r.akt_omfattning_hjalp,
                        &v.akt_omfattning, Rc::new(move |m, x| m.situation.vuxna[i].akt_omfattning = x)) }
        </> }
    };

    let innehall = match m.steg {
        0 => html! {
            <fieldset class="steg-falt">
                <legend id="steg-rubrik" tabindex="-1">{ r.steg_nar }</legend>
                { val("ar-r".into(), r.ar_etikett,
                    ar.iter().map(|y| (y.to_string(), y.to_string())).collect(), s.year.to_string(),
                    Rc::new(|m, v| if let Ok(y) = v.parse() { m.situation.year = y })) }
                { val("manad".into(), r.manad_etikett,
                    (1..=12).map(|i| (i.to_string(), r.manader[i as usize - 1].to_string())).collect(),
                    s.month.to_string(),
                    Rc::new(|m, v| if let Ok(x) = v.parse() { m.situation.month = x })) }
                <div class="falt">
                    <label for="kommun-r">{ t.kommun_etikett }</label>
                    <Kommunval id="kommun-r" varde={s.kommun.clone()} kommuner={kommuner.clone()}
                        vid_inmatning={ { let a = andra.clone(); Callback::from(move |v: String| a(Box::new(move |m| m.situation.kommun = v.clone()))) } }
                        vid_klar={ { let a = andra.clone(); Callback::from(move |_| a(Box::new(|m| m.kommun_vald = true))) } }
                        fel={fel_for("kommun-r").map(AttrValue::from)}
                        beskrivs_av="kommun-r-hjalp" />
                    <p id="kommun-r-hjalp" class="hjalp">{ r.kommun_hjalp }</p>
                </div>
            </fieldset>
        },
        1 => html! {
            <fieldset class="steg-falt">
                <legend id="steg-rubrik" tabindex="-1">{ r.steg_hushall }</legend>
                { val("vuxna".into(), r.vuxna_etikett,
                    vec![("1".into(), r.vuxna_en.into()), ("2".into(), r.vuxna_tva.into())],
                    s.vuxna.len().to_string(),
                    Rc::new(|m, v| {
                        let n = if v == "2" { 2 } else { 1 };
                        m.situation.vuxna.resize(n, Vuxen { alder: "30".into(), ..Vuxen::default() });
                    })) }
                { for s.vuxna.iter().enumerate().map(|(i, v)| falt(
                    format!("alder-{i}"), (r.alder_etikett)(i), r.alder_hjalp, &v.alder,
                    Rc::new(move |m, x| m.situation.vuxna[i].alder = x))) }
                { falt("boende".into(), r.boende_etikett, r.boende_hjalp, &s.boende,
                    Rc::new(|m, x| m.situation.boende = x)) }
                { falt("yta".into(), r.yta_etikett, r.yta_hjalp, &s.yta,
                    Rc::new(|m, x| m.situation.yta = x)) }
                { falt("formogenhet".into(), r.formogenhet_etikett, r.formogenhet_hjalp, &s.formogenhet,
                    Rc::new(|m, x| m.situation.formogenhet = x)) }
                <div class="falt">
                    <p class="etikett">{ r.barn_etikett }</p>
                    <p class="hjalp">{ r.barn_hjalp }</p>
                    { for s.barn.iter().enumerate().map(|(i, b)| html! {
                        <div class="barnrad">
                            { falt(format!("barn-{i}"), &(r.barn_alder)(i + 1), r.barn_alder_hjalp, &b.alder,
                                Rc::new(move |m, x| m.situation.barn[i].alder = x)) }
                            { { let (alt, vald) = alternativ(r.barn_boende, b.boende);
                                val(format!("barnboende-{i}"), &(r.barn_boende_etikett)(i + 1), alt, vald,
                                Rc::new(move |m, x| m.situation.barn[i].boende =
                                    Boende::fran_namn(&x).unwrap_or(Boende::Hemmavarande))) } }
                            // School and birth month only for the ages the rules need them.
                            if barn_alder(b).is_some_and(|a| situation::fragar_skolgang(s.year, s.month, a)) {
                                { { let (alt, vald) = alternativ(r.barn_skola, b.skolgang);
                                    val(format!("barnskola-{i}"), &(r.barn_skola_etikett)(i + 1), alt, vald,
                                    Rc::new(move |m, x| m.situation.barn[i].skolgang =
                                        Skolgang::fran_namn(&x).unwrap_or(Skolgang::Ingen))) } }
                            }
                            if barn_alder(b).is_some_and(|a| situation::fragar_fodelsemanad(s.year, s.month, a)) {
                                { val(format!("barnmanad-{i}"), &(r.barn_manad_etikett)(i + 1),
                                    std::iter::once((String::new(), r.valj_manad.to_string()))
                                        .chain((1..=12).map(|k| (k.to_string(), r.manader[k - 1].to_string())))
                                        .collect(),
                                    b.fodelsemanad.map(|k| k.to_string()).unwrap_or_default(),
                                    Rc::new(move |m, x| m.situation.barn[i].fodelsemanad =
                                        x.parse().ok().filter(|k| (1..=12).contains(k)))) }
                            }
                            if s.vuxna.len() == 1 {
                                { kryss(format!("barndelat-{i}"), r.barn_delat_etikett, b.delat,
                                    Rc::new(move |m, c| m.situation.barn[i].delat = c)) }
                            }
                            // Only försörjningsstöd's riksnorm asks, for the ages its table has
                            // an "utan lunch" amount for.
                            if b.alder.trim().parse::<u32>().is_ok_and(|a| rules::formaner::forsorjningsstod::har_belopp_utan_lunch(
                                rules::formaner::Manad::new(s.year, s.month.clamp(1, 12)), a)) {
                                { kryss(format!("barnlunch-{i}"), r.barn_lunch_etikett, b.lunch,
                                    Rc::new(move |m, c| m.situation.barn[i].lunch = c)) }
                            }
                            { knapp(format!("ta-bort-barn-{i}"), (r.ta_bort_barn)(i + 1), "lank",
                                Rc::new(move |m| { m.situation.barn.remove(i); })) }
                        </div>
                    }) }
                    { knapp("lagg-till-barn".into(), r.lagg_till_barn.into(), "sekundar",
                        Rc::new(|m| m.situation.barn.push(Barn::default()))) }
                </div>
            </fieldset>
        },
        2 => html! {
            <fieldset class="steg-falt">
                <legend id="steg-rubrik" tabindex="-1">{ r.steg_i_dag }</legend>
                { for s.vuxna.iter().enumerate().map(|(i, v)| html! {
                    <div class="vuxen">
                        { { let (alt, vald) = alternativ(|h| har_text(r, h), v.har);
                            val(format!("har-{i}"), &(r.har_etikett)(i), alt, vald,
                            Rc::new(move |m, x| m.situation.vuxna[i].har = Har::fran_namn(&x).unwrap_or(Har::Inget))) } }
                        <p class="hjalp">{ r.har_hjalp }</p>
                        { falt(format!("idaglon-{i}"), r.lon_i_dag_etikett, r.lon_i_dag_hjalp, &v.lon_i_dag,
                            Rc::new(move |m, x| m.situation.vuxna[i].lon_i_dag = x)) }
                        { falt(format!("akassa-{i}"), r.akassa_etikett, r.akassa_hjalp, &v.akassa,
                            Rc::new(move |m, x| m.situation.vuxna[i].akassa = x)) }
                        { match v.har {
                            Har::Sjukpenning => html! { <>
                                { niva_val(i, v, true) }
                                { falt(format!("arbetstid-{i}"), (r.arbetstid_etikett)(i), r.arbetstid_hjalp,
                                    &v.normal_arbetstid, Rc::new(move |m, x| m.situation.vuxna[i].normal_arbetstid = x)) }
                                { falt(format!("sgi-{i}"), r.sgi_etikett, r.sgi_hjalp, &v.sgi,
                                    Rc::new(move |m, x| m.situation.vuxna[i].sgi = x)) }
                            </> },
                            Har::Aktivitetsersattning | Har::Sjukersattning => html! { <>
                                { niva_val(i, v, false) }
                                { falt(format!("inkomstrelaterad-{i}"), r.inkomstrelaterad_etikett, r.inkomstrelaterad_hjalp,
                                    &v.inkomstrelaterad, Rc::new(move |m, x| m.situation.vuxna[i].inkomstrelaterad = x)) }
                                { falt(format!("manader-ersattning-{i}"), r.manader_ersattning_etikett, r.manader_ersattning_hjalp,
                                    &v.manader_med_ersattning, Rc::new(move |m, x| m.situation.vuxna[i].manader_med_ersattning = x)) }
                                { falt(format!("manader-vilande-{i}"), r.manader_vilande_etikett, r.manader_vilande_hjalp,
                                    &v.manader_vilande, Rc::new(move |m, x| m.situation.vuxna[i].manader_vilande = x)) }
                                { kryss(format!("akt-ocksa-{i}"), r.akt_ocksa_etikett, v.akt_ocksa,
                                    Rc::new(move |m, c| m.situation.vuxna[i].akt_ocksa = c)) }
                                if v.akt_ocksa {
                                    { akt_falt(i, v) }
                                }
                            </> },
                            Har::Aktivitetsstod => akt_falt(i, v),
                            _ => html! {},
                        } }
                    </div>
                }) }
                if s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod) {
                    <fieldset class="underfalt">
                        <legend>{ r.fs_kostnader_rubrik }</legend>
                        { for s.fs.falt().into_iter().map(|(k, varde)| {
                            let (etikett, hjalp) = match k {
                                Kostnad::Hushallsel => (r.fs_el_etikett, r.fs_kostnad_hjalp),
                                Kostnad::Hemforsakring => (r.fs_forsakring_etikett, r.fs_kostnad_hjalp),
                                Kostnad::Arbetsresor => (r.fs_resor_etikett, r.fs_kostnad_hjalp),
                                Kostnad::FackOchAkassa => (r.fs_fack_etikett, r.fs_kostnad_hjalp),
                                Kostnad::Barnomsorg => (r.fs_barnomsorg_etikett, r.fs_kostnad_hjalp),
                                Kostnad::Ovrigt => (r.fs_kostnader_etikett, r.fs_kostnader_hjalp),
                            };
                            falt(k.id().into(), etikett, hjalp, varde, Rc::new(move |m, x| {
                                *m.situation.fs.falt_mut(k) = x
                            }))
                        }) }
                    </fieldset>
                    { falt("fs-manader".into(), r.fs_manader_etikett, r.fs_manader_hjalp, &s.fs_manader,
                        Rc::new(|m, x| m.situation.fs_manader = x)) }
                }
                { beslut_del(r, m, &d, &falt) }
            </fieldset>
        },
        _ => {
            let har_ae = |j: &Jobb| {
                s.vuxna
                    .get(j.person.min(s.vuxna.len().saturating_sub(1)))
                    .is_some_and(|v| {
                        matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning)
                    })
            };
            html! {
            <fieldset class="steg-falt">
                <legend id="steg-rubrik" tabindex="-1">{ r.steg_jobb }</legend>
                <p class="hjalp">{ r.jobb_hjalp }</p>
                { for m.jobb.iter().enumerate().map(|(i, j)| html! {
                    <fieldset class="jobb" id={format!("jobb-{i}")}>
                        <legend>{ situation::etikett(r, i) }</legend>
                        { falt(format!("timmar-{i}"), r.timmar_etikett, r.timmar_hjalp, &j.timmar,
                            Rc::new(move |m, x| m.jobb[i].timmar = x)) }
                        { kryss(format!("per-manad-{i}"), r.per_manad_etikett, j.per_manad,
                            Rc::new(move |m, b| m.jobb[i].byt_lonetyp(text(), b))) }
                        { falt(format!("lon-{i}"), if j.per_manad { r.manadslon_etikett } else { r.timlon_etikett },
                            if j.per_manad { r.manadslon_hjalp } else { r.timlon_hjalp }, &j.lon,
                            Rc::new(move |m, x| m.jobb[i].lon = x)) }
                        if s.vuxna.len() > 1 {
                            { val(format!("person-{i}"), r.vem_etikett,
                                (0..s.vuxna.len()).map(|p| (p.to_string(), (r.vem_namn)(p).to_string())).collect(),
                                j.person.to_string(),
                                Rc::new(move |m, x| m.jobb[i].person = x.parse().unwrap_or(0))) }
                        }
                        if !j.per_manad {
                            { kryss(format!("semester-{i}"), &(r.semester_etikett)(&format::tal(t, situation::semesterersattning_procent(s), 0)), j.semester,
                                Rc::new(move |m, b| m.jobb[i].semester = b)) }
                            <p class="hjalp">{ r.semester_hjalp }</p>
                        }
                        if s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod) {
                            { falt(format!("jobb-resor-{i}"), r.jobb_resor_etikett, r.jobb_kostnad_hjalp, &j.fs_resor,
                                Rc::new(move |m, x| m.jobb[i].fs_resor = x)) }
                            if !s.barn.is_empty() {
                                { falt(format!("jobb-barnomsorg-{i}"), r.jobb_barnomsorg_etikett, r.jobb_kostnad_hjalp, &j.fs_barnomsorg,
                                    Rc::new(move |m, x| m.jobb[i].fs_barnomsorg = x)) }
                            }
                        }
                        if har_ae(j) {
                            { kryss(format!("vilande-{i}"), r.vilande_etikett, j.vilande,
                                Rc::new(move |m, b| m.jobb[i].vilande = b)) }
                            <p class="hjalp">{ r.vilande_hjalp }</p>
                            if j.vilande {
                                { kryss(format!("behall25-{i}"), r.behall25_etikett, j.behall_25,
                                    Rc::new(move |m, b| m.jobb[i].behall_25 = b)) }
                                <p class="hjalp">{ r.behall25_hjalp }</p>
                            }
                        }
                        if m.jobb.len() > 1 {
                            { knapp(format!("ta-bort-jobb-{i}"), (r.ta_bort_jobb)(i + 1), "lank",
                                Rc::new(move |m| {
                                    m.jobb.remove(i);
                                    // The chart keeps following the same job, or the first.
                                    m.diagram_jobb = match m.diagram_jobb {
                                        d if d > i => d - 1,
                                        d if d == i => 0,
                                        d => d,
                                    };
                                })) }
                        }
                    </fieldset>
                }) }
                if m.jobb.len() < MAX_JOBB {
                    { knapp("lagg-till-jobb".into(), r.lagg_till_jobb.into(), "sekundar",
                        Rc::new(|m| if m.jobb.len() < MAX_JOBB {
                            let ny = m.jobb.last().cloned().unwrap_or_default();
                            m.jobb.push(ny);
                        })) }
                }
            </fieldset>
            }
        }
    };

    // What stops a result from being shown, in words; None when nothing does. A figure computed
    // without a field the person did fill in (but unreadably) would mislead, so none is shown.
    let hinder = if s.kommun.trim().is_empty() || kommun_oklar {
        Some(r.vantar_kommun.to_string())
    } else if !svar.lasfel.is_empty() || !motorfel.is_empty() {
        let mut steg: Vec<usize> = svar
            .lasfel
            .iter()
            .map(|l| l.id.as_str())
            .chain(motorfel.iter().map(|(id, _)| id.as_str()))
            .map(|id| steg_for_falt(id) + 1)
            .collect();
        steg.sort_unstable();
        steg.dedup();
        Some((r.ratta_i_steg)(&steg))
    } else {
        None
    };

    let navigering = html! {
        <div class="stegknappar">
            if m.steg > 0 {
                { knapp("steg-tillbaka".into(), r.tillbaka.into(), "sekundar", Rc::new(|m| m.steg -= 1)) }
            }
            if m.steg + 1 < ANTAL_STEG {
                { knapp("steg-nasta".into(), r.nasta.into(), "primar", Rc::new(|m| m.steg += 1)) }
            }
        </div>
    };

    html! {
        <main id="innehall" class="radgivning">
            <form class="formular" aria-labelledby="situation-rubrik" novalidate=true
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2 id="situation-rubrik">{ r.situation_rubrik }</h2>
                { stegvisare }
                { innehall }
                { navigering }
            </form>
            { spara_dela(r, m, &d) }
            <Resultat svar={SvarProp(Rc::new(svar_klon(&svar)))} jobb={m.jobb.clone()}
                tva_vuxna={s.vuxna.len() > 1} har={s.vuxna.iter().map(|v| v.har).collect::<Vec<_>>()}
                situation_text={situation_text(t, s)} {klocka}
                diagram_jobb={situation::diagram_jobb(&m.jobb, m.diagram_jobb)}
                valj_diagram_jobb={ { let a = andra.clone(); Callback::from(move |i: usize| a(Box::new(move |m| m.diagram_jobb = i))) } }
                {hinder} {ovriga} />
        </main>
    }
}

/// "Har du ett beslut med belopp?": amounts from decision letters for today, folded away
/// unless one is filled in.
/// Some decision amount is filled in.
fn har_beslut(s: &Situation) -> bool {
    s.vuxna
        .iter()
        .any(|v| !v.beslut_belopp.trim().is_empty() || !v.beslut_bostadstillagg.trim().is_empty())
        || !s.beslut_bostadsbidrag.trim().is_empty()
        || !s.beslut_forsorjningsstod.trim().is_empty()
}

fn beslut_del(
    r: &RadText,
    m: &Modell,
    d: &UseReducerDispatcher<Modell>,
    falt: &dyn Fn(String, &str, &str, &str, Satt) -> Html,
) -> Html {
    let s = &m.situation;
    let ontoggle = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let oppen = e
                .target_unchecked_into::<web_sys::Element>()
                .has_attribute("open");
            d.dispatch(Andring(Box::new(move |m| m.beslut_oppen = oppen)));
        })
    };
    let tva = s.vuxna.len() > 1;
    let med_vem = |i: usize, etikett: String| {
        if tva {
            format!("{} – {etikett}", (r.vem_namn)(i))
        } else {
            etikett
        }
    };
    html! {
        <details id="beslut" class="beslut" open={m.beslut_oppen} {ontoggle}>
            <summary>{ r.beslut_rubrik }</summary>
            <p class="hjalp">{ r.beslut_hjalp }</p>
            { for s.vuxna.iter().enumerate().map(|(i, v)| {
                let vad = match v.har {
                    Har::Sjukpenning => Some(r.har_sjukpenning),
                    Har::Aktivitetsersattning => Some(r.har_ae),
                    Har::Sjukersattning => Some(r.har_se),
                    Har::Aktivitetsstod => Some(r.akt_kort),
                    Har::Inget | Har::Forsorjningsstod => None,
                };
                let ae = matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning);
                html! { <>
                    if let Some(vad) = vad {
                        { falt(format!("beslut-belopp-{i}"), &med_vem(i, (r.beslut_belopp_etikett)(vad)),
                            r.beslut_falt_hjalp, &v.beslut_belopp,
                            Rc::new(move |m, x| m.situation.vuxna[i].beslut_belopp = x)) }
                    }
                    if ae {
                        { falt(format!("beslut-bt-{i}"), &med_vem(i, r.beslut_bt_etikett.to_string()),
                            r.beslut_falt_hjalp, &v.beslut_bostadstillagg,
                            Rc::new(move |m, x| m.situation.vuxna[i].beslut_bostadstillagg = x)) }
                    }
                </> }
            }) }
            { falt("beslut-bb".into(), r.beslut_bb_etikett, r.beslut_falt_hjalp, &s.beslut_bostadsbidrag,
                Rc::new(|m, x| m.situation.beslut_bostadsbidrag = x)) }
            if s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod) {
                { falt("beslut-fs".into(), r.beslut_fs_etikett, r.beslut_falt_hjalp, &s.beslut_forsorjningsstod,
                    Rc::new(|m, x| m.situation.beslut_forsorjningsstod = x)) }
            }
        </details>
    }
}

fn svar_klon(
    s: &Svar,
) -> (
    Result<ScenarioResult, InputErrors>,
    Option<Result<ScenarioResult, InputErrors>>,
) {
    (s.jamforelse.clone(), s.svep.clone())
}

type Svaren = (
    Result<ScenarioResult, InputErrors>,
    Option<Result<ScenarioResult, InputErrors>>,
);

#[derive(Clone)]
pub struct SvarProp(Rc<Svaren>);

impl PartialEq for SvarProp {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0) || self.0 == o.0
    }
}

#[derive(Properties, PartialEq)]
struct ResultatProps {
    svar: SvarProp,
    jobb: Vec<Jobb>,
    tva_vuxna: bool,
    /// What each adult has today.
    har: Vec<Har>,
    /// The situation in a few sentences, for the printout.
    situation_text: String,
    /// For the printout's date.
    klocka: Klocka,
    hinder: Option<String>,
    /// The engine's messages that belong to no field of the form.
    ovriga: Vec<String>,
    /// The alternative the chart follows.
    diagram_jobb: Option<usize>,
    valj_diagram_jobb: Callback<usize>,
}

/// Puts an opened file's or link's situation into the form, or its message.
fn oppna(m: &mut Modell, svar: &Result<(Situation, Vec<Jobb>), String>, fil: bool) {
    match svar {
        Ok((s, j)) => {
            m.situation = s.clone();
            m.jobb = j.clone();
            m.kommun_vald = true;
            m.diagram_jobb = 0;
            m.beslut_oppen = har_beslut(s);
            m.meddelande = Some(Meddelande::FilOppnad);
        }
        Err(e) if fil => m.meddelande = Some(Meddelande::FilFel(e.clone())),
        Err(e) => m.meddelande = Some(Meddelande::LankFel(e.clone())),
    }
}

// The browser's Array, for the Blob's parts (no js-sys dependency for it).
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type Array;
    #[wasm_bindgen(constructor)]
    fn new() -> Array;
    #[wasm_bindgen(method)]
    fn push(this: &Array, v: &wasm_bindgen::JsValue) -> u32;
}

/// Hands `innehall` to the browser as a download named `namn`: a Blob and an `<a download>`,
/// nothing leaves the device.
fn ladda_ner(namn: &str, innehall: &str) -> Option<()> {
    let w = web_sys::window()?;
    let doc = w.document()?;
    let delar = Array::new();
    delar.push(&wasm_bindgen::JsValue::from_str(innehall));
    let typ = web_sys::BlobPropertyBag::new();
    typ.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&delar, &typ).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(namn);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// "Spara eller dela": save as a file, open one, or a link with the situation in its fragment.
fn spara_dela(r: &RadText, m: &Modell, d: &UseReducerDispatcher<Modell>) -> Html {
    let spara = {
        let (s, j) = (m.situation.clone(), m.jobb.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = ladda_ner(
                text().radgivning.filnamn,
                &crate::dela::scenario_text(&s, &j),
            );
        })
    };
    let oppna_fil = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(fil) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let Ok(lasare) = web_sys::FileReader::new() else {
                return;
            };
            let (l, d) = (lasare.clone(), d.clone());
            let klar = wasm_bindgen::closure::Closure::once_into_js(move || {
                let r = &text().radgivning;
                let svar = l
                    .result()
                    .ok()
                    .and_then(|v| v.as_string())
                    .ok_or_else(|| r.fil_ej_last.to_string())
                    .and_then(|j| crate::dela::las(&j));
                d.dispatch(Andring(Box::new(move |m| oppna(m, &svar, true))));
            });
            lasare.set_onloadend(Some(klar.unchecked_ref()));
            let _ = lasare.read_as_text(&fil);
            // The same file can be chosen again.
            input.set_value("");
        })
    };
    let visa_lank = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Andring(Box::new(|m| m.visa_lank = true))))
    };
    let lank = m.visa_lank.then(|| {
        let bas = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default();
        format!("{bas}{}", crate::dela::fragment(&m.situation, &m.jobb))
    });
    html! {
        <section id="spara-dela" class="spara-dela" aria-labelledby="spara-rubrik">
            <h2 id="spara-rubrik">{ r.spara_rubrik }</h2>
            <p class="hjalp">{ r.spara_hjalp }</p>
            <div class="knapprad">
                <button id="spara-fil" type="button" class="sekundar" onclick={spara}>{ r.spara_fil }</button>
                <label for="oppna-fil" class="filval">{ r.oppna_fil }</label>
                <input id="oppna-fil" type="file" accept=".json,application/json" onchange={oppna_fil} />
                <button id="dela" type="button" class="sekundar" onclick={visa_lank}>{ r.dela_lank }</button>
            </div>
            <div aria-live="polite">
                { match &m.meddelande {
                    Some(Meddelande::FilOppnad) => html! { <p id="fil-oppnad">{ r.fil_oppnad }</p> },
                    Some(Meddelande::FilFel(e)) => html! { <p id="fil-fel" class="fel">{ (r.fil_fel)(e) }</p> },
                    Some(Meddelande::LankFel(e)) => html! { <p id="lank-fel" class="fel">{ (r.lank_fel)(e) }</p> },
                    None => html! {},
                } }
            </div>
            if let Some(l) = lank {
                <div class="falt">
                    <label for="dela-lank">{ r.dela_lank_etikett }</label>
                    <input id="dela-lank" type="text" readonly=true value={l} aria-describedby="dela-lank-hjalp" />
                    <p id="dela-lank-hjalp" class="hjalp">{ r.dela_hjalp }</p>
                </div>
            }
        </section>
    }
}

/// The situation as typed, in a few sentences for the printout.
pub fn situation_text(t: &Text, s: &Situation) -> String {
    let r = &t.radgivning;
    let mut v = vec![format!(
        "{}, {} {}.",
        s.kommun.trim(),
        r.manader[(s.month.clamp(1, 12) - 1) as usize],
        s.year
    )];
    v.push((r.sammanfattning_vuxna)(s.vuxna.len()).to_string());
    for (i, x) in s.vuxna.iter().enumerate() {
        v.push((r.sammanfattning_alder)(i, x.alder.trim()));
        let niva = match x.har {
            Har::Sjukpenning | Har::Aktivitetsersattning | Har::Sjukersattning => (r.niva)(x.niva),
            Har::Inget | Har::Aktivitetsstod | Har::Forsorjningsstod => "",
        };
        let vad = har_text(r, x.har);
        v.push((r.sammanfattning_har)(i, vad, niva));
        if let Ok(lon) = crate::form::las_tal(&x.lon_i_dag, 2) {
            v.push((r.sammanfattning_lon)(i, &format::kronor(t, lon)));
        }
    }
    if let Ok(b) = crate::form::las_tal(&s.boende, 2) {
        v.push((r.sammanfattning_boende)(&format::kronor(t, b)));
    }
    if !s.barn.is_empty() {
        let alder: Vec<&str> = s.barn.iter().map(|b| b.alder.trim()).collect();
        v.push((r.sammanfattning_barn)(&alder.join(", ")));
    }
    v.join(" ")
}

/// What an adult has today, in the words of the form's choice.
fn har_text(r: &RadText, h: Har) -> &'static str {
    match h {
        Har::Inget => r.har_inget,
        Har::Sjukpenning => r.har_sjukpenning,
        Har::Aktivitetsersattning => r.har_ae,
        Har::Sjukersattning => r.har_se,
        Har::Aktivitetsstod => r.har_akt,
        Har::Forsorjningsstod => r.har_fs,
    }
}

/// A select's options (value, text) for every value of `T` and the value chosen.
fn alternativ<T: Val>(
    text: impl Fn(T) -> &'static str,
    vald: T,
) -> (Vec<(String, String)>, String) {
    let alt = T::ALLA
        .iter()
        .map(|&x| (x.namn().to_string(), text(x).to_string()))
        .collect();
    (alt, vald.namn().to_string())
}

/// Today's date in words, for the printout ("22 november 2026").
fn idag(r: &RadText, klocka: Klocka) -> String {
    let d = klocka.idag();
    format!(
        "{} {} {}",
        d.dag,
        r.manader[(d.manad.clamp(1, 12) - 1) as usize],
        d.ar
    )
}

/// A child's age as typed, if it can be read (the fields that depend on it are shown only
/// then; the age field has its own message otherwise).
fn barn_alder(b: &Barn) -> Option<u32> {
    crate::form::las_heltal(&b.alder)
        .ok()
        .and_then(|a| u32::try_from(a).ok())
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
            .filter_map(|x| situation::falt_for_saknas(x))
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

/// The status in the words the counsellor uses.
pub fn status_text(r: &RadText, s: Status) -> &'static str {
    match s {
        Status::Utbetalas => r.status_utbetalas,
        Status::NollKronor => r.status_noll,
        Status::EjRatt => r.status_ej_ratt,
        Status::BehoverUppgift => r.status_behover_uppgift,
        Status::EjModellerad => r.status_ej_beraknat,
    }
}

/// "+2 340 kr i månaden", "−500 kr i månaden".
pub fn skillnad_text(t: &Text, x: Decimal) -> String {
    let tecken = if x > Decimal::ZERO { "+" } else { "" };
    format!("{tecken}{} {}", format::kronor(t, x), t.i_manaden)
}

#[function_component(Resultat)]
fn resultat(p: &ResultatProps) -> Html {
    let t = text();
    let r = &t.radgivning;
    let (jamf, svep) = &*p.svar.0;
    if let Some(h) = &p.hinder {
        return html! {
            <section id="jamforelse" class="resultat" aria-labelledby="jamforelse-rubrik">
                <h2 id="jamforelse-rubrik">{ r.jamforelse_rubrik }</h2>
                <div id="rad-sammanfattning" aria-live="polite">
                    <p id="rad-vantar" class="vantar">{ h }</p>
                </div>
            </section>
        };
    }
    let res = match jamf {
        Ok(res) => res,
        Err(e) => {
            return html! {
                <section id="jamforelse" class="resultat" aria-labelledby="jamforelse-rubrik">
                    <h2 id="jamforelse-rubrik">{ r.jamforelse_rubrik }</h2>
                    <div id="rad-sammanfattning" aria-live="polite">
                        <p class="vantar">{ r.vantar }</p>
                        <ul id="motor-fel" class="fel">
                            { for p.ovriga.iter().map(|f| html! { <li>{ f }</li> }) }
                            if p.ovriga.is_empty() {
                                { for e.0.iter().map(|f| html! { <li>{ &f.message }</li> }) }
                            }
                        </ul>
                    </div>
                </section>
            };
        }
    };
    let i_dag = &res.manad;
    let tysta = inte_aktuella(res);
    let mut sammanfattning = (r.sammanfattning_i_dag)(&format::kronor(t, i_dag.disponibel_inkomst));
    for a in &res.jamforelse {
        sammanfattning.push(' ');
        sammanfattning.push_str(&(r.sammanfattning_alt)(
            &a.label,
            &format::kronor(t, a.disponibel_inkomst),
            &skillnad_text(t, a.skillnad_mot_i_dag),
        ));
    }
    let svep_i = p.diagram_jobb;
    // Only the jobs of the adult whose hours the chart varies lie on its curve.
    let vem = |j: &Jobb| if p.tva_vuxna { j.person } else { 0 };
    let svept = svep_i.map(|i| vem(&p.jobb[i]));
    let markeringar: Vec<Markering> = p
        .jobb
        .iter()
        .zip(&res.jamforelse)
        .enumerate()
        .filter(|(_, (j, _))| !j.per_manad && Some(vem(j)) == svept)
        .filter_map(|(i, (j, a))| {
            // Only a job that differs from the charted one in its hours alone lies on its
            // curve; the others are marked at their own figure, drawn hollow.
            let utan_timmar = |x: &Jobb| Jobb {
                timmar: String::new(),
                ..x.clone()
            };
            let pa_kurvan = svep_i
                .and_then(|k| p.jobb.get(k))
                .is_some_and(|c| utan_timmar(j) == utan_timmar(c));
            crate::form::las_tal(&j.timmar, 2).ok().map(|h| Markering {
                nummer: i + 1,
                timmar: h,
                disponibel: a.disponibel_inkomst,
                pa_kurvan,
            })
        })
        .collect();
    let skriv_ut = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            // Ignored on failure: a browser without printing just does nothing.
            let _ = w.print();
        }
    });
    html! {
        <>
        <section id="utskrift-huvud" class="endast-utskrift">
            <h2>{ r.utskrift_situation }</h2>
            <p id="utskrift-situation">{ &p.situation_text }</p>
            <p id="utskrift-datum">{ (r.utskriven)(&idag(r, p.klocka)) }</p>
        </section>
        <section id="jamforelse" class="resultat" aria-labelledby="jamforelse-rubrik">
            <div class="rubrikrad">
                <h2 id="jamforelse-rubrik">{ r.jamforelse_rubrik }</h2>
                <button id="skriv-ut" type="button" class="sekundar" onclick={skriv_ut}>{ r.skriv_ut }</button>
            </div>
            if !i_dag.regelnotiser.is_empty() {
                <div id="regelnotiser" class="regelnotis" role="note" aria-labelledby="regelnotis-rubrik">
                    <p id="regelnotis-rubrik" class="regelnotis-rubrik">{ r.regelnotis_rubrik }</p>
                    <p>{ r.regelnotis_inledning }</p>
                    <ul>
                        { for i_dag.regelnotiser.iter().map(|n| html! {
                            <li data-omrade={n.omrade}>{ &n.text }</li>
                        }) }
                    </ul>
                </div>
            }
            // For screen readers, which announce it after each change; the cards show the same figures.
            <p id="rad-sammanfattning" class="sr-sammanfattning visuellt-dold" aria-live="polite" aria-atomic="true">{ sammanfattning }</p>
            <div class="kortrad">
                { kort(t, "scen-0", r.i_dag, None, i_dag, None, p.tva_vuxna, None, &tysta) }
                { for res.jamforelse.iter().enumerate().map(|(i, a)| {
                    let atgarder = p.jobb.get(i).map(|j| {
                        let har = p.har.get(if p.tva_vuxna { j.person } else { 0 }).copied().unwrap_or(Har::Inget);
                        att_gora(har, j, i_dag, &a.manad)
                    });
                    kort(t, &format!("scen-{}", i + 1), &a.label, p.jobb.get(i).map(|j| jobbeskrivning(t, j, p.tva_vuxna, &p.har)), &a.manad, Some(a.skillnad_mot_i_dag), p.tva_vuxna, atgarder, &tysta)
                }) }
            </div>
            <p class="fotnot">{ r.uppskattning_fotnot }</p>
        </section>
        <section id="diagramdel" class="resultat" aria-labelledby="diagram-rubrik">
            <h2 id="diagram-rubrik">{ r.diagram_del_rubrik }</h2>
            if p.jobb.iter().filter(|j| !j.per_manad).count() > 1 {
                <div class="falt">
                    <label for="diagram-jobb">{ r.diagram_valj_jobb }</label>
                    <select id="diagram-jobb" onchange={ {
                        let valj = p.valj_diagram_jobb.clone();
                        Callback::from(move |e: Event| {
                            if let Ok(i) = e.target_unchecked_into::<HtmlSelectElement>().value().parse() {
                                valj.emit(i);
                            }
                        })
                    } }>
                        { for p.jobb.iter().enumerate().filter(|(_, j)| !j.per_manad).map(|(i, j)| html! {
                            <option value={i.to_string()} selected={Some(i) == svep_i}>
                                { format!("{}: {}", situation::etikett(r, i), jobbeskrivning(t, j, p.tva_vuxna, &p.har)) }
                            </option>
                        }) }
                    </select>
                </div>
            }
            { match (svep, svep_i) {
                (Some(Ok(sr)), Some(i)) => match &sr.sweep {
                    Some(sw) => html! {
                        <Diagram svep={sw.clone()} timlon={p.jobb[i].lon.clone()} markeringar={markeringar} />
                    },
                    None => html! {},
                },
                (Some(Err(e)), _) => html! {
                    <p class="vantar">{ r.diagram_fel }{ " " }{ e.0.first().map(|f| f.message.clone()).unwrap_or_default() }</p>
                },
                _ => html! { <p class="vantar">{ r.diagram_behover_timlon }</p> },
            } }
        </section>
        <section id="utskrift-fot" class="fotnot">
            <p id="utskrift-regler">{ (r.utskrift_regler)(res.ruleset.year, &res.ruleset.verified_on) }</p>
            <p id="utskrift-forbehall">{ r.myndigheterna_beslutar }</p>
        </section>
        </>
    }
}

/// One scenario's card: the headline, the difference and the components with their reasons.
/// The job as typed, in a line under the alternative's name.
/// The job in words. Vilande is named only when the one who takes the job has an ersättning
/// that can rest (the scenario sends it only then; a box ticked before switching to another
/// benefit must not be shown).
fn jobbeskrivning(t: &Text, j: &Jobb, tva_vuxna: bool, har: &[Har]) -> String {
    let r = &t.radgivning;
    let mut s = (r.jobb_beskrivning)(j.timmar.trim(), j.lon.trim(), j.per_manad);
    if tva_vuxna {
        s = format!("{}: {s}", (r.vem_namn)(j.person));
    }
    if j.semester && !j.per_manad {
        s.push_str(r.med_semester);
    }
    let vem = if tva_vuxna { j.person } else { 0 };
    let kan_vila = matches!(
        har.get(vem),
        Some(Har::Aktivitetsersattning | Har::Sjukersattning)
    );
    if j.vilande && kan_vila {
        s.push_str(if j.behall_25 {
            r.med_vilande_25
        } else {
            r.med_vilande
        });
    }
    s
}

/// Components the form adds by itself (the person did not choose them), shown quietly at the
/// end of every card when they are "ej rätt" today and in every alternative.
const TYSTA_OM_EJ_RATT: [&str; 2] = ["bostadsbidrag", "bostadstillagg"];

/// The components (id, person) that are not relevant anywhere: "ej rätt" today and in every
/// alternative, among those the form adds by itself.
pub fn inte_aktuella(res: &ScenarioResult) -> Vec<(&'static str, Option<usize>)> {
    let alla: Vec<&Manadsresultat> = std::iter::once(&res.manad)
        .chain(res.jamforelse.iter().map(|a| &a.manad))
        .collect();
    res.manad
        .komponenter
        .iter()
        .filter(|k| TYSTA_OM_EJ_RATT.contains(&k.id))
        .map(|k| (k.id, k.person))
        .filter(|&(id, person)| {
            alla.iter().all(|m| {
                let v: Vec<&Komponent> = m
                    .komponenter
                    .iter()
                    .filter(|k| k.id == id && k.person == person)
                    .collect();
                !v.is_empty() && v.iter().all(|k| k.status == Status::EjRatt)
            })
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn kort(
    t: &Text,
    id: &str,
    rubrik: &str,
    beskrivning: Option<String>,
    m: &Manadsresultat,
    skillnad: Option<Decimal>,
    tva_vuxna: bool,
    atgarder: Option<Vec<Atgard>>,
    tysta: &[(&'static str, Option<usize>)],
) -> Html {
    let r = &t.radgivning;
    let ar_tyst = |k: &Komponent| tysta.contains(&(k.id, k.person));
    let tysta_rader: Vec<(usize, &Komponent)> = m
        .komponenter
        .iter()
        .enumerate()
        .filter(|(_, k)| ar_tyst(k))
        .collect();
    html! {
        <article class="scenkort" id={id.to_string()} aria-labelledby={format!("{id}-rubrik")}>
            <h3 id={format!("{id}-rubrik")}>{ rubrik }</h3>
            if let Some(b) = beskrivning {
                <p class="jobbeskrivning">{ b }</p>
            }
            <p class="huvudtal">
                <span class="liten">{ r.att_leva_pa }</span>
                <strong class="disponibel">{ format::kronor(t, m.disponibel_inkomst) }</strong>
                <span class="liten">{ t.i_manaden }</span>
            </p>
            if let Some(x) = skillnad {
                <p class="skillnad">
                    <strong class="skillnad-tal">{ skillnad_text(t, x) }</strong>
                    <span class="liten">{ " " }{ (r.skillnad_mening)(x, &format::kronor(t, x.abs())) }</span>
                </p>
            }
            <table class="komponenttabell">
                <caption>{ r.komponenter_rubrik }</caption>
                <thead><tr>
                    <th scope="col">{ r.kolumn_del }</th>
                    <th scope="col">{ r.kolumn_status }</th>
                    <th scope="col" class="tal">{ r.kolumn_belopp }</th>
                </tr></thead>
                <tbody>
                    { for m.komponenter.iter().enumerate().filter(|(_, k)| !ar_tyst(k))
                        .map(|(k, komp)| rad(t, &format!("{id}-k{k}"), komp, tva_vuxna)) }
                </tbody>
                // Not relevant in any of the options: last, smaller, the reason behind "Varför?".
                if !tysta_rader.is_empty() {
                    <tbody class="inte-aktuellt" id={format!("{id}-inte-aktuellt")}>
                        <tr class="grupp"><th scope="colgroup" colspan="3">{ r.inte_aktuellt }</th></tr>
                        { for tysta_rader.iter().map(|(k, komp)| rad(t, &format!("{id}-k{k}"), komp, tva_vuxna)) }
                    </tbody>
                }
            </table>
            if let Some(a) = atgarder {
                <div class="att-gora" id={format!("{id}-att-gora")}>
                    <h4>{ r.atgard_rubrik }</h4>
                    if a.is_empty() {
                        <p class="att-gora-inget">{ r.atgard_inget }</p>
                    } else {
                        <ul>
                            { for a.iter().map(|x| html! { <li>{ (r.atgard)(*x) }</li> }) }
                        </ul>
                    }
                </div>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct RadProps {
    id: AttrValue,
    komponent: Komponent,
    tva_vuxna: bool,
}

fn rad(_t: &Text, id: &str, k: &Komponent, tva_vuxna: bool) -> Html {
    html! { <KomponentRad id={AttrValue::from(id.to_string())} komponent={k.clone()} {tva_vuxna} /> }
}

/// The sjukpenning level of an alternative with a job: the amount of the engine's step
/// `sjukpenning_niva` (1, 0.75, 0.5, 0.25, or 0 when the work leaves no sjukpenning).
pub fn sjukpenningniva(k: &Komponent) -> Option<Decimal> {
    if k.id != "sjukpenning" {
        return None;
    }
    k.steps
        .iter()
        .find(|s| s.id == "sjukpenning_niva")
        .map(|s| s.amount)
}

/// One component: its name, status and amount; the amount is a button that opens the
/// explanation in a row of its own below, the full width of the card.
#[function_component(KomponentRad)]
fn komponent_rad(p: &RadProps) -> Html {
    let t = text();
    let r = &t.radgivning;
    let oppen = use_state(|| false);
    let k = &p.komponent;
    let id = &p.id;
    let varfor_id = format!("{id}-varfor");
    let mut etikett = k.label.clone();
    if p.tva_vuxna {
        if let Some(person) = k.person {
            etikett = format!("{etikett} ({})", (r.person_namn)(person));
        }
    }
    let onclick = {
        let oppen = oppen.clone();
        Callback::from(move |_: MouseEvent| oppen.set(!*oppen))
    };
    html! {
        <>
        <tr id={id.clone()} class={classes!("komponent", format!("komp-{}", k.id), (!k.i_summan).then_some("utanfor"))}
            data-komponent={k.id} data-person={k.person.map(|p| p.to_string())}>
            <th scope="row">
                { etikett }
                // The engine's label may already say so.
                if k.uppskattning && !k.label.to_lowercase().contains(r.uppskattning_ord) {
                    <span class="markor">{ " " }{ r.uppskattning }</span>
                }
                if !k.i_summan {
                    <span class="markor">{ " " }{ r.ej_i_summan }</span>
                }
                // With a job, the level the engine took from its hours, in words.
                if let Some(niva) = sjukpenningniva(k) {
                    <span class="niva" id={format!("{id}-niva")}>{ (r.sjukskriven_med_jobbet)(niva) }</span>
                }
            </th>
            <td class="status">{ status_text(r, k.status) }</td>
            <td class="tal">
                <button type="button" class="varfor-knapp" {onclick}
                    aria-expanded={if *oppen { "true" } else { "false" }} aria-controls={varfor_id.clone()}>
                    <span class="belopp">{ format::kronor(t, k.per_manad) }</span>
                    <span class="varfor-lank">{ r.varfor }</span>
                </button>
            </td>
        </tr>
        if *oppen {
            <tr id={varfor_id} class="forklaringsrad">
                <td colspan="3">
                    <div class="forklaringsruta">
                        <p class="forklaring-rubrik">{ (r.forklaring_rubrik)(&k.label) }</p>
                        if let Some(skal) = &k.skal {
                            <p class="skal">{ skal }</p>
                        }
                        if k.uppskattning {
                            <p>{ r.uppskattning_text }</p>
                        }
                        if !k.saknas.is_empty() {
                            <p>{ r.saknas }{ " " }{ k.saknas.join(", ") }</p>
                        }
                        if let Some(x) = k.modellerat_per_manad {
                            <p>{ r.modellerat }{ " " }{ format::kronor(t, x) }</p>
                        }
                        if !k.steps.is_empty() {
                            <p class="for-handledaren">{ r.for_handledaren }</p>
                            <ol class="steg">
                                { for k.steps.iter().map(|st| crate::resultat::steg(t, st, Some(r.parameter))) }
                            </ol>
                        }
                    </div>
                </td>
            </tr>
        }
        </>
    }
}
