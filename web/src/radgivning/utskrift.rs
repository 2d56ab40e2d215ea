//! The participant's first name and a note for the printout. They live in the view's state
//! only while the page is open: never in a share link, a saved file or the device's storage,
//! because a link or a file travels (docs/decisions.md, "Name and note for the printout").
//! A text longer than its limit is not cut: it is kept as typed, the field says what the limit
//! is, and the printout leaves it out until it is shortened, so the page stays one A4 page.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::modell::{andring, Andra, Modell};
use crate::text::text;

/// The most characters of the first name.
pub const MAX_NAMN: usize = 40;
/// The most characters of the note: about two printed lines across the page, beside the name.
pub const MAX_ANTECKNING: usize = 250;

fn antal(s: &str) -> usize {
    s.chars().count()
}

/// The text for the printout: trimmed, None when empty or longer than `max`.
pub fn giltig(s: &str, max: usize) -> Option<AttrValue> {
    let s = s.trim();
    (!s.is_empty() && antal(s) <= max).then(|| AttrValue::from(s.to_string()))
}

/// The two fields, under "Spara eller dela"; not printed themselves.
pub fn falten(d: &Andra, m: &Modell) -> Html {
    let t = text();
    let v = &t.radgivning.vf;
    let namn_in = andring(d, |m: &mut Modell, x: String| m.namn = x)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let not_in = andring(d, |m: &mut Modell, x: String| m.anteckning = x)
        // A textarea's `value` is read as an input's is (web-sys reads the property by name),
        // so no binding of its own is needed.
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let fel = |etikett: &str, s: &str, max: usize| {
        (antal(s.trim()) > max).then(|| (v.for_lang)(etikett, max, antal(s.trim())))
    };
    let namn_fel = fel(v.namn_etikett, &m.namn, MAX_NAMN);
    let not_fel = fel(v.anteckning_etikett, &m.anteckning, MAX_ANTECKNING);
    let beskrivs = |id: &str, f: &Option<String>| match f {
        Some(_) => format!("utskrift-hjalp {id}-fel"),
        None => "utskrift-hjalp".to_string(),
    };
    html! {
        <section id="utskrift-uppgifter" class="utskrift-uppgifter" aria-labelledby="utskrift-uppgifter-rubrik">
            <h2 id="utskrift-uppgifter-rubrik">{ v.utskrift_rubrik }</h2>
            <p id="utskrift-hjalp" class="hjalp">{ v.namn_hjalp }</p>
            <div class="falt">
                <label for="utskrift-namn-falt">{ v.namn_etikett }</label>
                <input id="utskrift-namn-falt" type="text" autocomplete="off" value={m.namn.clone()}
                    aria-invalid={namn_fel.is_some().then_some("true")}
                    aria-describedby={beskrivs("utskrift-namn-falt", &namn_fel)} oninput={namn_in} />
                if let Some(f) = &namn_fel {
                    <p id="utskrift-namn-falt-fel" class="fel">{ f }</p>
                }
            </div>
            <div class="falt">
                <label for="utskrift-anteckning-falt">{ v.anteckning_etikett }</label>
                <textarea id="utskrift-anteckning-falt" rows="3" value={m.anteckning.clone()}
                    aria-invalid={not_fel.is_some().then_some("true")}
                    aria-describedby={beskrivs("utskrift-anteckning-falt", &not_fel)} oninput={not_in} />
                if let Some(f) = &not_fel {
                    <p id="utskrift-anteckning-falt-fel" class="fel">{ f }</p>
                }
            </div>
        </section>
    }
}
