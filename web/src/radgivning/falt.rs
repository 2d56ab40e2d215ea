//! The form's field components: a text field, a select, a checkbox and a button, each with
//! its label, help and message, and ARIA linking them. They know nothing of the model: their
//! properties in, a `Callback` out. `Formkontext` binds them to the model and to the messages.
//!
//! They are functions of their properties, not `#[function_component]`s: a Yew component type
//! costs about 3.4 KB of wasm in Yew's generic code (measured: these four as components made
//! the wasm 14 KB larger, more than splitting the view saved), and they keep no state of their
//! own. Each becomes a component by deriving `Properties` and adding `#[function_component]`.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::modell::{andring, Andra, Modell};
use super::svar::Meddelanden;
use crate::situation::Val as Valbar;

#[derive(PartialEq)]
pub struct TextfaltProps {
    pub id: AttrValue,
    pub etikett: AttrValue,
    pub hjalp: AttrValue,
    pub varde: AttrValue,
    pub fel: Option<AttrValue>,
    pub vid_andring: Callback<String>,
}

/// A text field for a number, with its label, help and message.
pub fn textfalt(p: &TextfaltProps) -> Html {
    let hjalp_id = format!("{}-hjalp", p.id);
    let fel_id = format!("{}-fel", p.id);
    let beskrivs = if p.fel.is_some() {
        format!("{hjalp_id} {fel_id}")
    } else {
        hjalp_id.clone()
    };
    let oninput = p
        .vid_andring
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="falt">
            <label for={p.id.clone()}>{ &p.etikett }</label>
            <input id={p.id.clone()} type="text" inputmode="decimal" autocomplete="off" class="kort"
                value={p.varde.clone()} aria-invalid={p.fel.is_some().then_some("true")}
                aria-describedby={beskrivs} {oninput} />
            <p id={hjalp_id} class="hjalp">{ &p.hjalp }</p>
            if let Some(fel) = &p.fel {
                <p id={fel_id} class="fel">{ fel }</p>
            }
        </div>
    }
}

#[derive(PartialEq)]
pub struct ValProps {
    pub id: AttrValue,
    pub etikett: AttrValue,
    /// (value, text) of each option.
    pub alternativ: Rc<[(AttrValue, AttrValue)]>,
    pub vald: AttrValue,
    pub fel: Option<AttrValue>,
    pub vid_andring: Callback<String>,
}

/// A select with its label and message.
pub fn val(p: &ValProps) -> Html {
    let fel_id = format!("{}-fel", p.id);
    let onchange = p
        .vid_andring
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="falt">
            <label for={p.id.clone()}>{ &p.etikett }</label>
            <select id={p.id.clone()} {onchange} aria-invalid={p.fel.is_some().then_some("true")}
                aria-describedby={p.fel.is_some().then(|| fel_id.clone())}>
                { for p.alternativ.iter().map(|(v, txt)| html! {
                    <option value={v.clone()} selected={*v == p.vald}>{ txt }</option>
                }) }
            </select>
            if let Some(fel) = &p.fel {
                <p id={fel_id} class="fel">{ fel }</p>
            }
        </div>
    }
}

#[derive(PartialEq)]
pub struct KryssProps {
    pub id: AttrValue,
    pub etikett: AttrValue,
    pub varde: bool,
    pub vid_andring: Callback<bool>,
}

/// A checkbox with its label.
pub fn kryss(p: &KryssProps) -> Html {
    let onchange = p
        .vid_andring
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="val">
            <input id={p.id.clone()} type="checkbox" checked={p.varde} {onchange} />
            <label for={p.id.clone()}>{ &p.etikett }</label>
        </div>
    }
}

#[derive(PartialEq)]
pub struct KnappProps {
    pub id: AttrValue,
    pub etikett: AttrValue,
    /// `primar`, `sekundar` or `lank`.
    pub klass: &'static str,
    pub vid_klick: Callback<MouseEvent>,
}

/// A button of the form (never a submit button).
pub fn knapp(p: &KnappProps) -> Html {
    html! {
        <button id={p.id.clone()} type="button" class={p.klass} onclick={p.vid_klick.clone()}>
            { &p.etikett }
        </button>
    }
}

/// What every part of the form is given: how to change the model, and the messages beside
/// the fields. Its methods put a field component on the page, bound to a part of the model.
pub struct Formkontext {
    pub andra: Andra,
    pub meddelanden: Meddelanden,
}

/// The options and the chosen value of a select among the values of `T`.
pub fn alternativ_av<T: Valbar>(text: impl Fn(T) -> &'static str) -> Rc<[(AttrValue, AttrValue)]> {
    T::ALLA
        .iter()
        .map(|&x| (AttrValue::from(x.namn()), AttrValue::from(text(x))))
        .collect()
}

impl Formkontext {
    /// A text field; `satt` puts what is typed into the model.
    pub fn textfalt(
        &self,
        id: String,
        etikett: AttrValue,
        hjalp: &'static str,
        varde: &str,
        satt: impl Fn(&mut Modell, String) + 'static,
    ) -> Html {
        self.textfalt_dyn(id, etikett, hjalp, varde, andring(&self.andra, satt))
    }

    fn textfalt_dyn(
        &self,
        id: String,
        etikett: AttrValue,
        hjalp: &'static str,
        varde: &str,
        vid_andring: Callback<String>,
    ) -> Html {
        textfalt(&TextfaltProps {
            fel: self.meddelanden.for_id(&id),
            id: id.into(),
            etikett,
            hjalp: hjalp.into(),
            varde: AttrValue::from(varde.to_string()),
            vid_andring,
        })
    }

    /// A select of (value, text) options; `satt` puts the value chosen into the model.
    pub fn val(
        &self,
        id: String,
        etikett: AttrValue,
        alternativ: Rc<[(AttrValue, AttrValue)]>,
        vald: AttrValue,
        satt: impl Fn(&mut Modell, String) + 'static,
    ) -> Html {
        self.val_dyn(id, etikett, alternativ, vald, andring(&self.andra, satt))
    }

    fn val_dyn(
        &self,
        id: String,
        etikett: AttrValue,
        alternativ: Rc<[(AttrValue, AttrValue)]>,
        vald: AttrValue,
        vid_andring: Callback<String>,
    ) -> Html {
        val(&ValProps {
            fel: self.meddelanden.for_id(&id),
            id: id.into(),
            etikett,
            alternativ,
            vald,
            vid_andring,
        })
    }

    /// A select among the values of `T`, shown by `text`; `satt` puts the value chosen into
    /// the model.
    pub fn val_av<T: Valbar>(
        &self,
        id: String,
        etikett: AttrValue,
        text: impl Fn(T) -> &'static str,
        vald: T,
        satt: impl Fn(&mut Modell, T) + 'static,
    ) -> Html {
        let vid_andring = andring(&self.andra, move |m, namn: String| {
            if let Some(x) = T::fran_namn(&namn) {
                satt(m, x);
            }
        });
        self.val_dyn(
            id,
            etikett,
            alternativ_av(text),
            vald.namn().into(),
            vid_andring,
        )
    }

    /// A checkbox; `satt` puts the tick into the model.
    pub fn kryss(
        &self,
        id: String,
        etikett: AttrValue,
        varde: bool,
        satt: impl Fn(&mut Modell, bool) + 'static,
    ) -> Html {
        kryss(&KryssProps {
            id: id.into(),
            etikett,
            varde,
            vid_andring: andring(&self.andra, satt),
        })
    }

    /// A button that changes the model.
    pub fn knapp(
        &self,
        id: String,
        etikett: AttrValue,
        klass: &'static str,
        f: impl Fn(&mut Modell) + 'static,
    ) -> Html {
        knapp(&KnappProps {
            id: id.into(),
            etikett,
            klass,
            vid_klick: super::modell::klick(&self.andra, f),
        })
    }
}
