//! The choice of language: the switch at the top of every screen, how a choice reaches every
//! component, and the few words the switch and the translated reasons need.
//!
//! The language itself lives in one place, `crate::text` (`sprak()`, `satt_sprak`); the app
//! (`crate::app`) holds it as state and hands it down as a context, so that every component
//! that shows words re-renders when it changes. It is never stored on the device: it travels
//! only inside a saved file or a share link (the scenario's `language`, `crate::dela`).
//!
//! The words here are in tables of their own, one per language, rather than new fields of
//! `crate::text::Text`, so that this work and the layout work on `Text` merge apart.

use std::cell::RefCell;

use calculator_core::hushall::{Komponent, Manadsresultat};
use calculator_core::{KomponentId, ScenarioResult, Status};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::text::{satt_sprak, sprak, text, text_pa, Sprak};

/// The words of the language switch and of the reasons said in the chosen language.
pub struct Tillagg {
    /// The switch's label (its accessible name).
    pub valj_sprak: &'static str,
    /// A component's status in one sentence, in place of the engine's Swedish reason.
    pub skal: fn(Status, KomponentId) -> &'static str,
    /// A rules notice (`calculator_core` `Regelnotis`): (what it concerns, checked until).
    pub regelnotis: fn(&str, &str) -> String,
    /// The name of the step that keeps the engine's own Swedish reason for the specialist.
    pub skal_steg: &'static str,
    /// What a rules notice concerns when it is the tax.
    pub skatten: &'static str,
}

/// Each language's name in itself, the same in every table: a person who cannot read the
/// language shown must still find their own.
pub fn namn(s: Sprak) -> &'static str {
    match s {
        Sprak::Svenska => "Svenska",
        Sprak::Lattlast => "Lättläst svenska",
        Sprak::Engelska => "English",
    }
}

pub static SV_T: Tillagg = Tillagg {
    valj_sprak: "Språk",
    // Swedish keeps the engine's own reasons; these are for a component without one.
    skal: |status, id| match status {
        Status::Utbetalas if id == KomponentId::Skatt => "Skatten dras från inkomsten.",
        Status::Utbetalas => "Betalas ut med de uppgifter du har fyllt i.",
        Status::NollKronor => "Du har rätt till den, men med de här inkomsterna blir den 0 kr.",
        Status::EjRatt => "Med de här uppgifterna finns ingen rätt till den.",
        Status::BehoverUppgift => "En uppgift saknas. Den är markerad i formuläret.",
        Status::EjModellerad => "Appen räknar inte ut det här beloppet.",
    },
    regelnotis: |vad, datum| {
        format!("{vad}: vi räknar med belopp som är kontrollerade till {datum}.")
    },
    skal_steg: "Skälet enligt reglerna",
    skatten: "Skatten",
};

pub static LL_T: Tillagg = Tillagg {
    valj_sprak: "Språk",
    skal: |status, id| match status {
        Status::Utbetalas if id == KomponentId::Skatt => "Skatten dras från pengarna.",
        Status::Utbetalas => "Du får de här pengarna.",
        Status::NollKronor => {
            "Du har rätt till pengarna. Men med de här inkomsterna blir det 0 kr."
        }
        Status::EjRatt => "Du får inte de här pengarna. Det beror på siffrorna du skrev.",
        Status::BehoverUppgift => "Vi behöver veta mer. Titta på det som är markerat.",
        Status::EjModellerad => "Appen räknar inte ut det här.",
    },
    regelnotis: |vad, datum| format!("{vad}: vi har kontrollerat beloppen till {datum}."),
    skal_steg: "Skälet enligt reglerna",
    skatten: "Skatten",
};

pub static EN_T: Tillagg = Tillagg {
    valj_sprak: "Language",
    skal: |status, id| match status {
        Status::Utbetalas if id == KomponentId::Skatt => "The tax is taken from the income.",
        Status::Utbetalas => "This is paid out with the details you gave.",
        Status::NollKronor => "You have the right to it, but with these incomes it comes to 0 kr.",
        Status::EjRatt => "With these details there is no right to it.",
        Status::BehoverUppgift => "A detail is missing. It is marked in the form.",
        Status::EjModellerad => "The app does not work out this amount.",
    },
    regelnotis: |vad, datum| format!("{vad}: we use amounts checked up to {datum}."),
    skal_steg: "The reason given by the rules",
    skatten: "Tax",
};

/// The words of language `s` beside its `Text`.
pub fn tillagg_pa(s: Sprak) -> &'static Tillagg {
    match s {
        Sprak::Svenska => &SV_T,
        Sprak::Lattlast => &LL_T,
        Sprak::Engelska => &EN_T,
    }
}

/// The words of the language chosen now.
pub fn tillagg() -> &'static Tillagg {
    tillagg_pa(sprak())
}

thread_local! {
    /// How the app is told of a language from a file or link: code that reads one runs in a
    /// file reader's or the page's callback, outside any component, so it cannot reach the
    /// app's state through a hook.
    static BYT: RefCell<Option<Callback<Sprak>>> = const { RefCell::new(None) };
}

/// Makes `valj` the way a language read from a file or link reaches the app.
pub fn registrera(valj: Callback<Sprak>) {
    BYT.with(|b| *b.borrow_mut() = Some(valj));
}

/// Switches the whole app to `s` (a file or link said so).
pub fn byt(s: Sprak) {
    satt_sprak(s);
    let valj = BYT.with(|b| b.borrow().clone());
    if let Some(valj) = valj {
        valj.emit(s);
    }
}

/// The language chosen, for a component that shows words: using it makes the component
/// re-render when the language changes (the app provides it as a context).
#[hook]
pub fn use_sprak() -> Sprak {
    use_context::<Sprak>().unwrap_or_else(sprak)
}

/// Puts the page in language `s`: its `lang` (lättläst is Swedish to a screen reader, so
/// "sv") and its title.
pub fn sidan_pa(s: Sprak) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let t = text_pa(s);
    document.set_title(t.sidtitel);
    if let Some(html) = document.document_element() {
        // Ignored on failure: a wrong lang attribute is not worth stopping the app for.
        let _ = html.set_attribute("lang", t.lang);
    }
}

/// The switch: a labelled select, each language named in itself and marked with its own
/// `lang`, so a screen reader says "English" in English on a Swedish page.
pub fn valjare(nu: Sprak, valj: &Callback<Sprak>) -> Html {
    let onchange = valj.reform(|e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Sprak::fran_kod(&v).unwrap_or_default()
    });
    html! {
        <span class="sprakval">
            <label for="sprak">{ tillagg_pa(nu).valj_sprak }</label>{ " " }
            <select id="sprak" {onchange}>
                { for Sprak::ALLA.iter().map(|&s| html! {
                    <option value={s.kod()} lang={text_pa(s).lang} selected={s == nu}>{ namn(s) }</option>
                }) }
            </select>
        </span>
    }
}

/// The engine's answer in the language chosen: each component's name from the table
/// (`komponent_namn`) and its reason as a sentence from the table, the engine's own Swedish
/// reason kept as the first step of the explanation (shown marked `lang="sv"`); the rules
/// notices likewise. Swedish keeps the engine's words, which say more.
pub fn oversatt_resultat(res: &mut ScenarioResult) {
    if sprak() == Sprak::Svenska {
        return;
    }
    oversatt_manad(&mut res.manad);
    for a in &mut res.jamforelse {
        oversatt_manad(&mut a.manad);
    }
}

/// One month, as [`oversatt_resultat`].
pub fn oversatt_manad(m: &mut Manadsresultat) {
    if sprak() == Sprak::Svenska {
        return;
    }
    let t = text();
    let x = tillagg();
    for k in &mut m.komponenter {
        oversatt_komponent(k);
    }
    for n in &mut m.regelnotiser {
        let vad = match n.komponenter.first() {
            Some(&id) => (t.radgivning.komponent_namn)(id),
            None => x.skatten,
        };
        n.text = (x.regelnotis)(vad, &n.kontrollerad_till);
    }
}

/// One component, as [`oversatt_resultat`].
pub fn oversatt_komponent(k: &mut Komponent) {
    if sprak() == Sprak::Svenska {
        return;
    }
    k.label = (text().radgivning.komponent_namn)(k.id);
    if let Some(skal) = k.skal.take() {
        let steg = calculator_core::Step {
            id: "skal",
            label: SV_T.skal_steg,
            amount: k.per_manad,
            formula: skal.into_owned(),
            inputs: Vec::new(),
            params: Vec::new(),
            reference: "",
            rounding: None,
            unit: rules::trace::Enhet::Kronor,
        };
        k.steps.insert(0, steg);
        k.skal = Some((tillagg().skal)(k.status, k.id).into());
    }
}
