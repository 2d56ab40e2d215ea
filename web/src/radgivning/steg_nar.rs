//! Step 1, "När och var": the income year, the month and the kommun.

use yew::prelude::*;

use super::falt::use_formkontext;
use super::modell::andring;
use crate::kommunval::Kommunval;
use crate::text::text;

#[derive(Properties, PartialEq)]
pub struct StegNarProps {
    pub year: i32,
    pub month: u32,
    pub kommun: AttrValue,
}

#[function_component(StegNar)]
pub fn steg_nar(p: &StegNarProps) -> Html {
    let t = text();
    let r = &t.radgivning;
    let k = use_formkontext();
    let ar = use_memo((), |_| crate::ar::inkomstar());
    let kommuner = use_memo(p.year, |&y| {
        calculator_core::kommuner(y).unwrap_or_default()
    });
    let ar_alt = ar
        .iter()
        .map(|y| {
            (
                AttrValue::from(y.to_string()),
                AttrValue::from(y.to_string()),
            )
        })
        .collect();
    let manad_alt = (1..=12)
        .map(|i| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::from(r.manader[i - 1]),
            )
        })
        .collect();
    let vid_inmatning = andring(&k.andra, |m, v: String| m.situation.kommun = v);
    let vid_klar = andring(&k.andra, |m, _: ()| m.kommun_vald = true);
    html! {
        <fieldset class="steg-falt">
            <legend id="steg-rubrik" tabindex="-1">{ r.steg_nar }</legend>
            { k.val("ar-r".into(), r.ar_etikett.into(), ar_alt, p.year.to_string().into(),
                |m, v| if let Ok(y) = v.parse() { m.situation.year = y }) }
            { k.val("manad".into(), r.manad_etikett.into(), manad_alt, p.month.to_string().into(),
                |m, v| if let Ok(x) = v.parse() { m.situation.month = x }) }
            <div class="falt">
                <label for="kommun-r">{ t.kommun_etikett }</label>
                <Kommunval id="kommun-r" varde={p.kommun.clone()} kommuner={kommuner}
                    {vid_inmatning} {vid_klar} fel={k.meddelanden.for_id("kommun-r")}
                    beskrivs_av="kommun-r-hjalp" />
                <p id="kommun-r-hjalp" class="hjalp">{ r.kommun_hjalp }</p>
            </div>
        </fieldset>
    }
}
