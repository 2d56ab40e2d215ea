//! Keeps the keyboard focus where the person is working when a list of fields grows or
//! shrinks (jobs to try, children): the new entry's first field gets the focus, so the "add"
//! button is not pushed off screen while focused; and after a "remove" button, the focus goes
//! to the list's "add" button: not back to the page's start when the button disappears, nor
//! onto the next entry's "remove" button (Yew reuses the elements), one Enter from losing it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

fn dokument() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The id of the element with the focus; None when the focus is lost (on the body).
fn fokus_id() -> Option<String> {
    let d = dokument()?;
    let el = d.active_element()?;
    let body: Option<web_sys::Element> = d.body().map(Into::into);
    (Some(&el) != body.as_ref()).then(|| el.id())
}

/// For a list of `antal` entries with an add button `lagg_till`, remove buttons
/// `{ta_bort}{index}` and first fields `{falt}{index}`.
#[hook]
pub fn use_fokus_vid_antal(
    antal: usize,
    lagg_till: &'static str,
    ta_bort: &'static str,
    falt: &'static str,
) {
    let forra = use_mut_ref(|| antal);
    use_effect_with(antal, move |&antal| {
        let fore = std::mem::replace(&mut *forra.borrow_mut(), antal);
        let aktiv = fokus_id();
        let mal = if antal > fore && aktiv.as_deref().is_none_or(|a| a == lagg_till) {
            Some(format!("{falt}{}", antal - 1))
        } else if antal < fore && aktiv.as_deref().is_none_or(|a| a.starts_with(ta_bort)) {
            Some(lagg_till.to_string())
        } else {
            None
        };
        if let Some(el) = mal
            .and_then(|id| dokument()?.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Ignored on failure: focus is a convenience.
            let _ = el.focus();
        }
    });
}

/// After `steg` changes (not on the first render), the element `rubrik` gets the focus: the
/// new step's heading, so a keyboard or screen-reader user starts at the top of the new fields.
#[hook]
pub fn use_fokus_vid_steg(steg: usize, rubrik: &'static str) {
    let forsta_render = use_mut_ref(|| true);
    use_effect_with(steg, move |_| {
        if std::mem::replace(&mut *forsta_render.borrow_mut(), false) {
            return;
        }
        if let Some(el) = dokument()
            .and_then(|d| d.get_element_by_id(rubrik))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Ignored on failure: focus is a convenience.
            let _ = el.focus();
        }
    });
}
