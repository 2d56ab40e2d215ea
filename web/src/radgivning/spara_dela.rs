//! "Spara eller dela": save the situation as a file, open one, or show a link with the
//! situation in its fragment. Nothing leaves the device.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::falt::Formkontext;
use super::modell::{klick, oppna, Andra, Andring, Meddelande, Modell};
use crate::text::text;

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

/// Reads the file chosen in `input` and puts its situation into the form (or its message).
fn las_fil(input: &HtmlInputElement, d: Andra) {
    let Some(fil) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let Ok(lasare) = web_sys::FileReader::new() else {
        return;
    };
    let l = lasare.clone();
    let klar = wasm_bindgen::closure::Closure::once_into_js(move || {
        let r = &text().radgivning;
        let svar = l
            .result()
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| r.fil_ej_last.to_string())
            .and_then(|j| {
                let svar = crate::dela::las(&j);
                // A file that opens brings its language along.
                if let (Ok(_), Some(s)) = (&svar, crate::dela::sprak_i(&j)) {
                    crate::sprak::byt(s);
                }
                svar
            });
        d.dispatch(Andring(Box::new(move |m| oppna(m, svar, true))));
    });
    lasare.set_onloadend(Some(klar.unchecked_ref()));
    let _ = lasare.read_as_text(&fil);
    // The same file can be chosen again.
    input.set_value("");
}

/// The section, for the model `m`.
pub fn spara_dela(k: &Formkontext, m: &Modell) -> Html {
    let r = &text().radgivning;
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
        let d = k.andra.clone();
        Callback::from(move |e: Event| las_fil(&e.target_unchecked_into(), d.clone()))
    };
    let visa_lank = klick(&k.andra, |m| m.visa_lank = true);
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
