//! Step 1, "När och var": the income year, the month and the kommun.

use std::rc::Rc;

use rules::Kommun;
use yew::prelude::*;

use super::falt::Formkontext;
use super::modell::andring;
use crate::kommunval::Kommunval;
use crate::situation::Situation;
use crate::text::text;

/// The step, with the years offered (`ar`) and the kommuner of the year chosen.
pub fn steg_nar(k: &Formkontext, s: &Situation, ar: &[i32], kommuner: Rc<Vec<Kommun>>) -> Html {
    let t = text();
    let r = &t.radgivning;
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
            { k.val("ar-r".into(), r.ar_etikett.into(), ar_alt, s.year.to_string().into(),
                |m, v| if let Ok(y) = v.parse() { m.situation.year = y }) }
            { k.val("manad".into(), r.manad_etikett.into(), manad_alt, s.month.to_string().into(),
                |m, v| if let Ok(x) = v.parse() { m.situation.month = x }) }
            <div class="falt">
                <label for="kommun-r">{ t.kommun_etikett }</label>
                <Kommunval id="kommun-r" varde={s.kommun.clone()} {kommuner}
                    {vid_inmatning} {vid_klar} fel={k.meddelanden.for_id("kommun-r")}
                    beskrivs_av="kommun-r-hjalp" />
                <p id="kommun-r-hjalp" class="hjalp">{ r.kommun_hjalp }</p>
            </div>
        </fieldset>
    }
}
