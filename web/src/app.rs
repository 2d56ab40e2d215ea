//! The app: the choice between the counselling view and the tax page, and the footer.

use yew::prelude::*;

use crate::ar::{inkomstar, kontrollerat_till};
use crate::klocka::Klocka;
use crate::radgivning::Radgivning;
use crate::skattesida::Skatt;
use crate::sprak;
use crate::text::{satt_sprak, text, Sprak};

/// The whole app as one HTML file, for computers without network: scripts/build writes it
/// next to index.html under this name.
const ENFIL: &str = "vad-blir-kvar.html";

/// Which tool is shown.
#[derive(Clone, Copy, PartialEq)]
enum Vy {
    Skatt,
    Radgivning,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where today's date comes from: the device's clock, unless a test fixes the date.
    #[prop_or_default]
    pub klocka: Klocka,
    /// The language the app opens in: Swedish, unless a test chooses; a share link may change
    /// it once the page is open. Never read from storage: the choice is not kept on the device.
    #[prop_or_default]
    pub sprak: Sprak,
}

/// The app: a choice between the counselling view and the tax-only page, and the footer.
#[function_component(App)]
pub fn app(p: &AppProps) -> Html {
    let sprak = use_state(|| p.sprak);
    // Before any child renders: `text()` answers in this language from here on.
    satt_sprak(*sprak);
    let valj_sprak = {
        let sprak = sprak.clone();
        Callback::from(move |s: Sprak| {
            satt_sprak(s);
            sprak.set(s);
        })
    };
    sprak::registrera(valj_sprak.clone());
    use_effect_with(*sprak, |&s| sprak::sidan_pa(s));
    let t = text();
    // The counselling view first: that is what the specialist and participant come for.
    let vy = use_state(|| Vy::Radgivning);
    let knapp = |id: &'static str, v: Vy, etikett: &'static str| {
        let vy2 = vy.clone();
        let onclick = Callback::from(move |_: MouseEvent| vy2.set(v));
        html! {
            <button {id} type="button" {onclick} aria-pressed={if *vy == v { "true" } else { "false" }}>
                { etikett }
            </button>
        }
    };
    html! {
        <ContextProvider<Sprak> context={*sprak}>
        <nav class="vyval" aria-label={t.vy_etikett}>
            { knapp("vy-radgivning", Vy::Radgivning, t.vy_radgivning) }
            { knapp("vy-skatt", Vy::Skatt, t.vy_skatt) }
            // Beside the tool choice, so it is at the top of every screen.
            { sprak::valjare(*sprak, &valj_sprak) }
        </nav>
        if *vy == Vy::Skatt {
            <Skatt />
        } else {
            <header class="sidhuvud">
                <h1>{ t.vy_radgivning }</h1>
                <p>{ t.radgivning_ingress }</p>
            </header>
            <Radgivning klocka={p.klocka} />
        }
        <footer class="sidfot">
            <p id="forbehall">{ t.forbehall }</p>
            <p>{ t.integritet }</p>
            <section class="om-appen" aria-labelledby="om-appen-rubrik">
                <h2 id="om-appen-rubrik">{ t.om_appen_rubrik }</h2>
                <p id="regler-i-appen">{ (t.om_appen_regler)(&inkomstar(), kontrollerat_till()) }</p>
                // The single-file copy hides this part (scripts/single-file): it has no service
                // worker, and it is the file.
                <div id="spara-appen">
                    <p>{ t.om_appen_offline }</p>
                    <p><a href={ENFIL} download={ENFIL}>{ t.spara_appen }</a></p>
                    <p>{ t.spara_appen_hjalp }</p>
                </div>
            </section>
        </footer>
        </ContextProvider<Sprak>>
    }
}
