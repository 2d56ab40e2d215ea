//! A share link opened: the situation in its fragment replaces the form's.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::modell::{oppna, Andra, Andring};

/// Reads a share link's situation when the page opens and whenever the fragment changes
/// (`hashchange`), and takes the fragment out of the address bar again.
#[hook]
pub fn use_delad_lank(d: Andra) {
    use_effect_with((), move |_| {
        let las_lank = move || {
            let Some(w) = web_sys::window() else { return };
            let loc = w.location();
            let Ok(hash) = loc.hash() else { return };
            let Some(svar) = crate::dela::las_lank(&hash) else {
                return;
            };
            d.dispatch(Andring(Box::new(move |m| oppna(m, svar, false))));
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
            let _ =
                w.add_event_listener_with_callback("hashchange", lyssnare.as_ref().unchecked_ref());
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
