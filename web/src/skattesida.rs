//! The tax page: a salary, a kommun and an age group; the form on top, the result below,
//! recomputed on every keystroke.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ar::inkomstar;
use crate::form::{berakna, Aldersgrupp, Falt, Felen, Formular};
use crate::kommunval::Kommunval;
use crate::resultat::{Detaljer, Sammanfattning};
use crate::text::{text, Text};
use calculator_core::ScenarioResult;

/// The form plus which fields the person has touched: a message about an empty field they
/// have not reached yet would only be noise.
#[derive(Clone, PartialEq)]
struct Tillstand {
    formular: Formular,
    rorda: Vec<Falt>,
}

enum Handelse {
    Lon(String),
    Kommun(String),
    KommunKlar,
    Alder(Aldersgrupp),
    Ar(i32),
    Kyrka(bool),
    Kyrkoavgift(String),
}

impl Reducible for Tillstand {
    type Action = Handelse;

    fn reduce(self: Rc<Self>, h: Handelse) -> Rc<Self> {
        let mut s = (*self).clone();
        let f = &mut s.formular;
        let rord = match h {
            Handelse::Lon(v) => {
                f.lon = v;
                Some(Falt::Lon)
            }
            // Typing in the kommun box is not yet a choice; KommunKlar is.
            Handelse::Kommun(v) => {
                f.kommun = v;
                None
            }
            Handelse::KommunKlar => Some(Falt::Kommun),
            Handelse::Alder(a) => {
                f.aldersgrupp = a;
                None
            }
            Handelse::Ar(y) => {
                f.year = y;
                Some(Falt::Year)
            }
            Handelse::Kyrka(b) => {
                f.kyrka = b;
                None
            }
            Handelse::Kyrkoavgift(v) => {
                f.kyrkoavgift = v;
                Some(Falt::Kyrkoavgift)
            }
        };
        if let Some(r) = rord {
            if !s.rorda.contains(&r) {
                s.rorda.push(r);
            }
        }
        Rc::new(s)
    }
}

/// The tax page: the form on top, the result below.
#[function_component(Skatt)]
pub fn skatt() -> Html {
    // Re-rendered, and its messages recomputed, when the language changes.
    let sprak = crate::sprak::use_sprak();
    let t = text();
    let ar = use_memo((), |_| inkomstar());
    let tillstand = use_reducer(|| Tillstand {
        formular: Formular {
            lon: String::new(),
            kommun: String::new(),
            aldersgrupp: Aldersgrupp::Under66,
            // The newest year with kommun rates: the one a counsellor means today.
            year: ar.last().copied().unwrap_or_default(),
            kyrka: false,
            kyrkoavgift: String::new(),
        },
        rorda: Vec::new(),
    });
    let f = &tillstand.formular;
    let kommuner = use_memo(f.year, |&y| {
        calculator_core::kommuner(y).unwrap_or_default()
    });
    let svar = use_memo((f.clone(), sprak), |(f, _)| berakna(t, f));

    let felen: Felen = match &*svar {
        Ok(_) => Felen::default(),
        Err(e) => e.clone(),
    };
    let fel_for = |falt: Falt| {
        tillstand
            .rorda
            .contains(&falt)
            .then(|| felen.for_falt(falt))
            .flatten()
    };
    let synliga_fel = felen.0.iter().any(|e| tillstand.rorda.contains(&e.falt));
    let d = tillstand.dispatcher();
    let vid_kommun = {
        let d = d.clone();
        Callback::from(move |v: String| d.dispatch(Handelse::Kommun(v)))
    };
    let vid_kommun_klar = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Handelse::KommunKlar))
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());

    html! {
        <>
        <header class="sidhuvud">
            <h1>{ t.sidtitel }</h1>
            <p>{ t.ingress }</p>
        </header>
        <main id="innehall">
            <form class="formular" aria-labelledby="uppgifter-rubrik" novalidate=true {onsubmit}>
                <h2 id="uppgifter-rubrik">{ t.uppgifter_rubrik }</h2>
                { lon_falt(t, &d, f, fel_for(Falt::Lon)) }
                <div class="falt">
                    <label for="kommun">{ t.kommun_etikett }</label>
                    <Kommunval id="kommun" varde={f.kommun.clone()} kommuner={kommuner.clone()}
                        vid_inmatning={vid_kommun} vid_klar={vid_kommun_klar}
                        fel={fel_for(Falt::Kommun).map(AttrValue::from)}
                        beskrivs_av="kommun-hjalp" />
                    <p id="kommun-hjalp" class="hjalp">{ t.kommun_hjalp }</p>
                </div>
                { alder_falt(t, &d, f) }
                { ar_falt(t, &d, f, &ar, fel_for(Falt::Year)) }
                { kyrka_falt(t, &d, f, fel_for(Falt::Kyrkoavgift)) }
            </form>
            { resultatdel(t, &svar, felen.for_falt(Falt::Ovrigt), synliga_fel) }
        </main>
        </>
    }
}

type Andra = UseReducerDispatcher<Tillstand>;

/// A text field's `aria-describedby`: its help, and its message when there is one.
fn beskrivning(hjalp: &str, fel: &Option<String>, fel_id: &str) -> String {
    match fel {
        Some(_) => format!("{hjalp} {fel_id}"),
        None => hjalp.to_string(),
    }
}

/// What is typed in a text field, as the event `g` makes of it.
fn skicka(d: &Andra, g: fn(String) -> Handelse) -> Callback<InputEvent> {
    let d = d.clone();
    Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        d.dispatch(g(input.value()));
    })
}

/// The salary.
fn lon_falt(t: &Text, d: &Andra, f: &Formular, lon_fel: Option<String>) -> Html {
    html! {
        <div class="falt">
            <label for="lon">{ t.lon_etikett }</label>
            <input id="lon" type="text" inputmode="decimal" autocomplete="off"
                value={f.lon.clone()}
                aria-invalid={lon_fel.is_some().then_some("true")}
                aria-describedby={beskrivning("lon-hjalp", &lon_fel, "lon-fel")}
                oninput={skicka(d, Handelse::Lon)} />
            <p id="lon-hjalp" class="hjalp">{ t.lon_hjalp }</p>
            if let Some(fel) = lon_fel {
                <p id="lon-fel" class="fel">{ fel }</p>
            }
        </div>
    }
}

/// The age group, under 66 or from 66.
fn alder_falt(t: &Text, d: &Andra, f: &Formular) -> Html {
    let vid_alder = |a: Aldersgrupp| {
        let d = d.clone();
        Callback::from(move |_: Event| d.dispatch(Handelse::Alder(a)))
    };
    html! {
        <fieldset class="falt">
            <legend>{ t.alder_legend }</legend>
            <div class="val">
                <input id="alder-under-66" type="radio" name="alder"
                    checked={f.aldersgrupp == Aldersgrupp::Under66}
                    onchange={vid_alder(Aldersgrupp::Under66)} />
                <label for="alder-under-66">{ t.alder_under_66 }</label>
            </div>
            <div class="val">
                <input id="alder-66" type="radio" name="alder"
                    checked={f.aldersgrupp == Aldersgrupp::Fran66}
                    onchange={vid_alder(Aldersgrupp::Fran66)} />
                <label for="alder-66">{ t.alder_66 }</label>
            </div>
            <p class="hjalp">{ t.alder_hjalp }</p>
        </fieldset>
    }
}

/// The income year, among those offered (`ar`).
fn ar_falt(t: &Text, d: &Andra, f: &Formular, ar: &[i32], ar_fel: Option<String>) -> Html {
    let vid_ar = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            // The options are the years offered, so this parse fails only if the DOM was
            // tampered with; then nothing changes.
            if let Ok(y) = s.value().parse() {
                d.dispatch(Handelse::Ar(y));
            }
        })
    };
    html! {
        <div class="falt">
            <label for="ar">{ t.ar_etikett }</label>
            <select id="ar" onchange={vid_ar}
                aria-invalid={ar_fel.is_some().then_some("true")}
                aria-describedby={ar_fel.is_some().then_some("ar-fel")}>
                { for ar.iter().map(|&y| html! {
                    <option value={y.to_string()} selected={y == f.year}>{ y }</option>
                }) }
            </select>
            if let Some(fel) = ar_fel {
                <p id="ar-fel" class="fel">{ fel }</p>
            }
        </div>
    }
}

/// Membership of Svenska kyrkan, and then its kyrkoavgift.
fn kyrka_falt(t: &Text, d: &Andra, f: &Formular, kyrko_fel: Option<String>) -> Html {
    let vid_kyrka = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let c: HtmlInputElement = e.target_unchecked_into();
            d.dispatch(Handelse::Kyrka(c.checked()));
        })
    };
    html! {
        <div class="falt">
            <div class="val">
                <input id="kyrka" type="checkbox" checked={f.kyrka} onchange={vid_kyrka} />
                <label for="kyrka">{ t.kyrka_etikett }</label>
            </div>
            if f.kyrka {
                <label for="kyrkoavgift">{ t.kyrkoavgift_etikett }</label>
                <input id="kyrkoavgift" type="text" inputmode="decimal" autocomplete="off"
                    class="kort"
                    value={f.kyrkoavgift.clone()}
                    aria-invalid={kyrko_fel.is_some().then_some("true")}
                    aria-describedby={beskrivning("kyrkoavgift-hjalp", &kyrko_fel, "kyrkoavgift-fel")}
                    oninput={skicka(d, Handelse::Kyrkoavgift)} />
                <p id="kyrkoavgift-hjalp" class="hjalp">{ t.kyrkoavgift_hjalp }</p>
                if let Some(fel) = kyrko_fel {
                    <p id="kyrkoavgift-fel" class="fel">{ fel }</p>
                }
            }
        </div>
    }
}

/// The result, or why there is none yet: `ovrigt` is a message with no field of its own,
/// `synliga_fel` says a field the person has touched has one.
fn resultatdel(
    t: &Text,
    svar: &Result<ScenarioResult, Felen>,
    ovrigt: Option<String>,
    synliga_fel: bool,
) -> Html {
    html! {
        <section id="resultat" class="resultat" aria-labelledby="resultat-rubrik">
            <h2 id="resultat-rubrik">{ t.resultat_rubrik }</h2>
            if let Some(fel) = ovrigt {
                <div class="fel" role="alert">
                    <p>{ t.fel_rubrik }</p>
                    <p>{ fel }</p>
                </div>
            }
            // Always in the page, so that a screen reader announces the first result too.
            <div id="sammanfattning" class="sammanfattning" aria-live="polite" aria-atomic="true">
                { match svar {
                    Ok(r) => html! { <Sammanfattning resultat={r.clone()} /> },
                    Err(_) if synliga_fel => html! { <p id="vantar" class="vantar">{ t.resultat_rattas }</p> },
                    Err(_) => html! { <p id="vantar" class="vantar">{ t.resultat_vantar }</p> },
                } }
            </div>
            if let Ok(r) = svar {
                <Detaljer resultat={r.clone()} />
            }
        </section>
    }
}
