//! "Varför?" in two layers: first one plain sentence with the amount and its main cause (the
//! engine's `calculator_core::orsak`, read from the computation's own steps), then for the
//! specialist the steps with their paragraphs as links, and for the tax a few lines with every
//! step folded away. Nothing here computes a rule: every figure is the engine's.

use calculator_core::hushall::Komponent;
use calculator_core::orsak::{orsak, skatt_i_korthet, Orsak, Skattepost};
use calculator_core::KomponentId;
use rules::trace::Enhet;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format;
use crate::text::Text;

/// The first letter in upper case ("bostadstillägget" → "Bostadstillägget").
fn versal(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A non-zero amount, formatted; None for zero (the sentence then leaves its part out).
fn om_inte_noll(t: &Text, x: Decimal) -> Option<String> {
    (!format::hela(x).is_zero()).then(|| format::hela_kronor(t, x))
}

/// The plain sentence: "Bostadstillägget blir 4 137 kr i månaden: 5 150 kr av
/// boendekostnaden räknas, minus 12 159 kr om året för inkomsterna." The amount is the card's
/// (the component's, in whole kronor; the tax without its sign).
pub fn mening(t: &Text, k: &Komponent) -> String {
    let r = &t.radgivning;
    let v = &r.vf;
    let kr = |x: Decimal| format::hela_kronor(t, x);
    let namn = versal((r.komponent_bestamd)(k.id));
    let belopp = if k.id == KomponentId::Skatt {
        k.per_manad.abs()
    } else {
        k.per_manad
    };
    let borjan = (v.blir)(&namn, &kr(belopp));
    let orsaken = match orsak(k) {
        Orsak::Status => (v.status)(k.status).to_string(),
        Orsak::Angivet => v.angivet.to_string(),
        Orsak::EnligtBeslut { beraknat } => (v.enligt_beslut)(&kr(beraknat)),
        Orsak::LonTimmar {
            timmar_per_vecka,
            timlon,
        } => (v.lon_timmar)(
            &format::timmar(t, timmar_per_vecka),
            &format::kronor(t, timlon),
        ),
        Orsak::Sjukpenning { per_dag, niva } => (v.sjukpenning)(
            &format::kronor(t, per_dag),
            niva.map(|n| format::i_enhet(t, n, Enhet::Andel)).as_deref(),
        ),
        Orsak::Ersattning {
            beviljad_ar,
            vilande_ar,
            behallet_ar,
            minskning_arbete_ar,
        } => match (vilande_ar, minskning_arbete_ar) {
            (Some(vil), _) => (v.ersattning_vilande)(&kr(vil), behallet_ar.map(kr).as_deref()),
            (None, Some(m)) => (v.ersattning_minskning)(&kr(m)),
            (None, None) => (v.ersattning)(&kr(beviljad_ar)),
        },
        Orsak::Skatt {
            inkomst_ar,
            skatt_ar,
        } => (v.skatt)(&kr(skatt_ar), &kr(inkomst_ar)),
        Orsak::Bostadstillagg {
            beaktad_bostadskostnad,
            inkomstavdrag_ar,
        } => (v.bostadstillagg)(
            &kr(beaktad_bostadskostnad),
            om_inte_noll(t, inkomstavdrag_ar).as_deref(),
        ),
        Orsak::Bostadsbidrag {
            fore_inkomstprovning_ar,
            inkomstreduktion_ar,
        } => (v.bostadsbidrag)(
            &kr(fore_inkomstprovning_ar),
            om_inte_noll(t, inkomstreduktion_ar).as_deref(),
        ),
        Orsak::Barnbidrag {
            per_barn,
            flerbarnstillagg,
        } => (v.barnbidrag)(&kr(per_barn), om_inte_noll(t, flerbarnstillagg).as_deref()),
        Orsak::Aktivitetsstod { dagar, dagsbelopp } => {
            (v.aktivitetsstod)(&format::tal(t, dagar, 0), &format::kronor(t, dagsbelopp))
        }
        Orsak::Forsorjningsstod {
            behov,
            inkomster,
            jobbstimulans,
        } => (v.forsorjningsstod)(
            &kr(behov),
            &kr(inkomster),
            jobbstimulans.and_then(|x| om_inte_noll(t, x)).as_deref(),
        ),
        Orsak::Belopp => String::new(),
    };
    if orsaken.is_empty() {
        format!("{borjan}.")
    } else {
        format!("{borjan}: {orsaken}.")
    }
}

/// A paragraph reference, as a link to the law when it names one.
pub fn lagrum(referens: &str) -> Html {
    match format::lagrum_url(referens) {
        Some(href) => html! {
            <a href={href} target="_blank" rel="noopener noreferrer">{ referens.to_string() }</a>
        },
        None => html! { { referens.to_string() } },
    }
}

/// The tax in a few lines (a year), the engine's figures; then every step, folded.
fn skatt(t: &Text, k: &Komponent, id: &str) -> Html {
    let v = &t.radgivning.vf;
    let rader = skatt_i_korthet(k);
    html! {
        <>
        <table class="skatt-i-korthet" id={format!("{id}-skatt")}>
            <caption>{ v.skatt_i_korthet }</caption>
            <tbody>
                { for rader.iter().map(|(p, x)| html! {
                    <tr class={classes!(matches!(p, Skattepost::SkattAr).then_some("summa"))}>
                        <th scope="row">{ (v.skattepost)(*p) }</th>
                        // The reductions are taken from the tax: shown with a minus, so the
                        // lines read as the sum they are (IL 67 kap. 2 §).
                        <td class="tal">{ match p {
                            Skattepost::Jobbskatteavdrag | Skattepost::AndraReduktioner => format::avdrag(t, format::hela(*x)),
                            _ => format::hela_kronor(t, *x),
                        } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        <details class="alla-steg">
            <summary>{ v.skatt_alla_steg }</summary>
            { steglista(t, k) }
        </details>
        </>
    }
}

fn steglista(t: &Text, k: &Komponent) -> Html {
    html! {
        <ol class="steg">
            { for k.steps.iter().map(|st| crate::resultat::steg(t, st, Some(t.radgivning.parameter))) }
        </ol>
    }
}

/// The explanation of `k` (a component of a month computed with explanations), inside the
/// box the card opens: the sentence, the reasons, then the specialist's layer.
pub fn forklaring(t: &Text, k: &Komponent, id: &str) -> Html {
    let r = &t.radgivning;
    html! {
        <div class="forklaringsruta">
            <p class="forklaring-rubrik" id={format!("{id}-rubrik")}>{ (r.forklaring_rubrik)(k.label) }</p>
            <p class="mening" id={format!("{id}-mening")}>{ mening(t, k) }</p>
            if let Some(skal) = k.skal.as_deref() {
                <p class="skal">{ skal }</p>
            }
            if k.uppskattning {
                <p>{ r.uppskattning_text }</p>
            }
            if !k.saknas.is_empty() {
                <p>{ r.saknas }{ " " }{ k.saknas.join(", ") }</p>
            }
            if let Some(x) = k.modellerat_per_manad {
                <p>{ r.modellerat }{ " " }{ format::kronor(t, x) }</p>
            }
            if !k.steps.is_empty() {
                <p class="for-handledaren">{ r.for_handledaren }</p>
                if k.id == KomponentId::Skatt {
                    { skatt(t, k, id) }
                } else {
                    { steglista(t, k) }
                }
            }
        </div>
    }
}
