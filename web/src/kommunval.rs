//! The kommun picker: a text box that filters a list of all kommuner (the ARIA 1.2 combobox
//! pattern), so it works with the keyboard, a screen reader and a finger on a phone alike.

use std::rc::Rc;

use rules::Kommun;
use web_sys::{HtmlInputElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::text::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// What the text box holds (the app owns it: it is part of the form).
    pub varde: AttrValue,
    pub kommuner: Rc<Vec<Kommun>>,
    pub vid_inmatning: Callback<String>,
    /// Called when the person is done choosing (picked one, or left the box), so the app may
    /// start showing a message about the field.
    pub vid_klar: Callback<()>,
    pub fel: Option<AttrValue>,
    /// ids of other elements describing the field (help text).
    pub beskrivs_av: AttrValue,
}

/// The kommun whose name is exactly what was typed (any case, spaces around ignored).
pub fn exakt<'a>(kommuner: &'a [Kommun], fraga: &str) -> Option<&'a Kommun> {
    let q = fraga.trim().to_lowercase();
    kommuner.iter().find(|k| k.namn.to_lowercase() == q)
}

/// The kommuner to offer for what was typed: names starting with it first, then names
/// containing it, each in the list's own (Swedish) order. A name typed in full offers only
/// that kommun: what was typed is the choice, and no other option can be highlighted or
/// clicked in its place (before, the whole list showed, and "Umeå" typed and "Nästa" clicked
/// chose Alingsås).
pub fn filtrera<'a>(kommuner: &'a [Kommun], fraga: &str) -> Vec<&'a Kommun> {
    let q = fraga.trim().to_lowercase();
    if q.is_empty() {
        return kommuner.iter().collect();
    }
    if let Some(k) = exakt(kommuner, fraga) {
        return vec![k];
    }
    let (mut borjar, mut innehaller) = (Vec::new(), Vec::new());
    for k in kommuner {
        let namn = k.namn.to_lowercase();
        if namn.starts_with(&q) {
            borjar.push(k);
        } else if namn.contains(&q) {
            innehaller.push(k);
        }
    }
    borjar.extend(innehaller);
    borjar
}

fn alternativ_id(lista_id: &str, k: &Kommun) -> String {
    format!("{lista_id}-{}", k.kod)
}

#[function_component(Kommunval)]
pub fn kommunval(p: &Props) -> Html {
    // Re-rendered when the language changes.
    crate::sprak::use_sprak();
    let t = text();
    let oppen = use_state(|| false);
    let aktiv = use_state(|| None::<usize>);
    let lista_id = format!("{}-lista", p.id);
    let status_id = format!("{}-status", p.id);
    let fel_id = format!("{}-fel", p.id);

    let traffar = filtrera(&p.kommuner, &p.varde);
    let exakt_namn = exakt(&p.kommuner, &p.varde).map(|k| k.namn.clone());
    let aktiv_id = (*oppen)
        .then(|| aktiv.and_then(|i| traffar.get(i)))
        .flatten()
        .map(|k| alternativ_id(&lista_id, k));

    // Keeps the highlighted option visible while arrowing through a long list.
    {
        let aktiv_id = aktiv_id.clone();
        use_effect_with(aktiv_id, |id| {
            if let Some(el) = id
                .as_ref()
                .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id))
            {
                let opts = ScrollIntoViewOptions::new();
                opts.set_block(ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }

    let valj = {
        let (oppen, aktiv) = (oppen.clone(), aktiv.clone());
        let (vid_inmatning, vid_klar) = (p.vid_inmatning.clone(), p.vid_klar.clone());
        Callback::from(move |namn: String| {
            vid_inmatning.emit(namn);
            oppen.set(false);
            aktiv.set(None);
            vid_klar.emit(());
        })
    };

    let oninput = {
        let (oppen, aktiv) = (oppen.clone(), aktiv.clone());
        let vid_inmatning = p.vid_inmatning.clone();
        let kommuner = p.kommuner.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            // A name typed in full needs no list: it closes, so nothing lies over the fields
            // and buttons below it.
            oppen.set(exakt(&kommuner, &v).is_none());
            aktiv.set(None);
            vid_inmatning.emit(v);
        })
    };

    let onkeydown = {
        let namn: Vec<String> = traffar.iter().map(|k| k.namn.clone()).collect();
        tangenter(
            oppen.clone(),
            aktiv.clone(),
            valj.clone(),
            p.vid_klar.clone(),
            namn,
            exakt_namn.clone(),
        )
    };

    // Leaving the field with a name typed in full (any case) chooses that kommun, spelt as
    // the list spells it.
    let onblur = {
        let (oppen, aktiv) = (oppen.clone(), aktiv.clone());
        let (vid_inmatning, vid_klar) = (p.vid_inmatning.clone(), p.vid_klar.clone());
        let (exakt_namn, varde) = (exakt_namn.clone(), p.varde.clone());
        Callback::from(move |_: FocusEvent| {
            if let Some(x) = exakt_namn.as_ref().filter(|x| **x != *varde) {
                vid_inmatning.emit(x.clone());
            }
            oppen.set(false);
            aktiv.set(None);
            vid_klar.emit(());
        })
    };

    let onclick = {
        let oppen = oppen.clone();
        Callback::from(move |_: MouseEvent| oppen.set(true))
    };

    // While the list is open the person is still choosing; a message then would only nag.
    let visa_fel = p.fel.clone().filter(|_| !*oppen);
    let beskrivs_av = match &visa_fel {
        Some(_) => format!("{} {fel_id}", p.beskrivs_av),
        None => p.beskrivs_av.to_string(),
    };

    let alternativ = traffar.iter().enumerate().map(|(i, k)| {
        let ar_aktiv = *aktiv == Some(i);
        let onmousedown = {
            let valj = valj.clone();
            let namn = k.namn.clone();
            Callback::from(move |e: MouseEvent| {
                // Keeps focus in the text box, so the blur does not close the list first.
                e.prevent_default();
                valj.emit(namn.clone());
            })
        };
        html! {
            <li id={alternativ_id(&lista_id, k)} role="option"
                aria-selected={ar_aktiv.to_string()}
                class={classes!("alternativ", ar_aktiv.then_some("aktiv"))}
                {onmousedown}>
                { &k.namn }
            </li>
        }
    });

    html! {
        <div class="kombobox">
            <input id={p.id.clone()} type="text" role="combobox"
                autocomplete="off" autocapitalize="words" spellcheck="false"
                aria-autocomplete="list"
                aria-expanded={(*oppen).to_string()}
                aria-controls={lista_id.clone()}
                aria-activedescendant={aktiv_id}
                aria-invalid={visa_fel.is_some().then_some("true")}
                aria-describedby={beskrivs_av}
                value={p.varde.clone()}
                {oninput} {onkeydown} {onblur} {onclick} />
            <ul id={lista_id.clone()} role="listbox" aria-label={t.kommun_lista_etikett}
                class="lista" hidden={!*oppen || traffar.is_empty()}>
                { for alternativ }
            </ul>
            <p id={status_id} class="visuellt-dold" aria-live="polite">
                { if *oppen {
                    if traffar.is_empty() { t.kommun_ingen_traff.to_string() } else { (t.kommun_traffar)(traffar.len()) }
                } else { String::new() } }
            </p>
            if let Some(fel) = visa_fel {
                <p id={fel_id} class="fel">{ fel }</p>
            }
        </div>
    }
}

/// The keys of the combobox pattern: the arrows move through the matches `namn` (opening the
/// list, `oppen`, and highlighting one, `aktiv`), Enter chooses, Escape closes.
fn tangenter(
    oppen: UseStateHandle<bool>,
    aktiv: UseStateHandle<Option<usize>>,
    valj: Callback<String>,
    vid_klar: Callback<()>,
    namn: Vec<String>,
    exakt_namn: Option<String>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let n = namn.len();
        match e.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                e.prevent_default();
                let ner = e.key() == "ArrowDown";
                let nasta = match (*oppen, *aktiv) {
                    (true, Some(i)) if ner => (i + 1) % n,
                    (true, Some(i)) => (i + n - 1) % n,
                    _ if ner => 0,
                    _ => n - 1,
                };
                oppen.set(true);
                aktiv.set(Some(nasta));
            }
            // A name typed in full always wins, list open or not; otherwise Enter takes
            // the highlighted option or the only match, never a guess.
            "Enter" if exakt_namn.is_some() || *oppen => {
                let val = match (&exakt_namn, *aktiv) {
                    (Some(x), _) => Some(x),
                    (None, Some(i)) => namn.get(i),
                    (None, None) if n == 1 => namn.first(),
                    (None, None) => None,
                };
                if let Some(v) = val {
                    e.prevent_default();
                    valj.emit(v.clone());
                }
            }
            "Escape" if *oppen => {
                e.prevent_default();
                oppen.set(false);
                aktiv.set(None);
                vid_klar.emit(());
            }
            _ => {}
        }
    })
}
