//! The counselling app in the browser: a Yew UI over `calculator_core`. All figures come from
//! the engine; this crate only reads the form, routes messages and lays out the answer.

pub mod app;
pub mod ar;
pub mod att_gora;
pub mod dela;
pub mod diagram;
pub mod fokus;
pub mod form;
pub mod format;
pub mod karta;
pub mod klocka;
pub mod kommunval;
pub mod radgivning;
pub mod resultat;
pub mod situation;
pub mod skattesida;
pub mod sprak;
pub mod tal;
pub mod text;
pub mod text_engelska;
pub mod text_lattlast;
pub mod tidsdiagram;
pub mod trosklar;

pub use app::App;

/// Mounts the app on the page's `#app` element (or the body, for a bare page such as a
/// test's).
pub fn run() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The page's static title and lang are only a fallback; the text table decides.
    let t = text::text();
    document.set_title(t.sidtitel);
    if let Some(html) = document.document_element() {
        // Ignored on failure: a wrong lang attribute is not worth stopping the app for.
        let _ = html.set_attribute("lang", t.lang);
    }
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}
