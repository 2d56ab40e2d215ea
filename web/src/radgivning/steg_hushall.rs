//! Step 2, "Hushållet": the adults' ages, housing, savings and the children.

use yew::prelude::*;

use super::falt::Formkontext;
use crate::situation::{self, Barn, Situation, Vuxen};
use crate::text::text;

/// The step.
pub fn steg_hushall(k: &Formkontext, s: &Situation) -> Html {
    let r = &text().radgivning;
    let vuxna_alt = [("1", r.vuxna_en), ("2", r.vuxna_tva)]
        .map(|(v, txt)| (AttrValue::from(v), AttrValue::from(txt)))
        .into();
    html! {
        <fieldset class="steg-falt">
            <legend id="steg-rubrik" tabindex="-1">{ r.steg_hushall }</legend>
            { k.val("vuxna".into(), r.vuxna_etikett.into(), vuxna_alt, s.vuxna.len().to_string().into(),
                |m, v| {
                    let n = if v == "2" { 2 } else { 1 };
                    m.situation.vuxna.resize(n, Vuxen { alder: "30".into(), ..Vuxen::default() });
                }) }
            { for s.vuxna.iter().enumerate().map(|(i, v)| html! { <>
                { k.textfalt(format!("alder-{i}"), (r.alder_etikett)(i).into(), r.alder_hjalp,
                    &v.alder, move |m, x| m.situation.vuxna[i].alder = x) }
                { k.kryss(format!("kyrka-{i}"), (r.kyrka_etikett)(i).into(), v.kyrka,
                    move |m, c| m.situation.vuxna[i].kyrka = c) }
                if v.kyrka {
                    { k.textfalt(format!("kyrkoavgift-{i}"), (r.kyrkoavgift_etikett)(i).into(),
                        r.kyrkoavgift_hjalp, &v.kyrkoavgift,
                        move |m, x| m.situation.vuxna[i].kyrkoavgift = x) }
                }
            </> }) }
            { k.textfalt("boende".into(), r.boende_etikett.into(), r.boende_hjalp, &s.boende,
                |m, x| m.situation.boende = x) }
            { k.textfalt("yta".into(), r.yta_etikett.into(), r.yta_hjalp, &s.yta,
                |m, x| m.situation.yta = x) }
            { k.textfalt("formogenhet".into(), r.formogenhet_etikett.into(), r.formogenhet_hjalp,
                &s.formogenhet, |m, x| m.situation.formogenhet = x) }
            <div class="falt">
                <p class="etikett">{ r.barn_etikett }</p>
                <p class="hjalp">{ r.barn_hjalp }</p>
                { for s.barn.iter().enumerate().map(|(i, b)| barn_rad(k, s, i, b)) }
                { k.knapp("lagg-till-barn".into(), r.lagg_till_barn.into(), "sekundar",
                    |m| m.situation.barn.push(Barn::default())) }
            </div>
            if !s.barn.is_empty() {
                { k.textfalt("underhall".into(), r.underhall_etikett.into(), r.underhall_hjalp,
                    &s.underhall, |m, x| m.situation.underhall = x) }
            }
        </fieldset>
    }
}

/// Child `i`: age, where they live, and the questions the rules ask only at some ages (in
/// the month computed); sharing the barnbidrag only with one adult.
fn barn_rad(k: &Formkontext, s: &Situation, i: usize, b: &Barn) -> Html {
    let r = &text().radgivning;
    let n = i + 1;
    let alder = crate::form::las_heltal(&b.alder)
        .ok()
        .and_then(|a| u32::try_from(a).ok());
    // School and birth month only for the ages the rules need them.
    let skola = alder.is_some_and(|a| situation::fragar_skolgang(s.year, s.month, a));
    let fodelsemanad = alder.is_some_and(|a| situation::fragar_fodelsemanad(s.year, s.month, a));
    // Only försörjningsstöd's riksnorm asks, for the ages its table has an "utan lunch" amount
    // for.
    let lunch = b.alder.trim().parse::<u32>().is_ok_and(|a| {
        rules::formaner::forsorjningsstod::har_belopp_utan_lunch(
            rules::formaner::Manad::new(s.year, s.month.clamp(1, 12)),
            a,
        )
    });
    let manader = std::iter::once((AttrValue::default(), AttrValue::from(r.valj_manad)))
        .chain((1..=12).map(|m| {
            (
                AttrValue::from(m.to_string()),
                AttrValue::from(r.manader[m - 1]),
            )
        }))
        .collect();
    let vald_manad = b.fodelsemanad.map(|m| m.to_string()).unwrap_or_default();
    html! {
        <div class="barnrad">
            { k.textfalt(format!("barn-{i}"), (r.barn_alder)(n).into(), r.barn_alder_hjalp, &b.alder,
                move |m, x| m.situation.barn[i].alder = x) }
            { k.val_av(format!("barnboende-{i}"), (r.barn_boende_etikett)(n).into(), r.barn_boende,
                b.boende, move |m, x| m.situation.barn[i].boende = x) }
            if skola {
                { k.val_av(format!("barnskola-{i}"), (r.barn_skola_etikett)(n).into(), r.barn_skola,
                    b.skolgang, move |m, x| m.situation.barn[i].skolgang = x) }
            }
            if fodelsemanad {
                { k.val(format!("barnmanad-{i}"), (r.barn_manad_etikett)(n).into(), manader,
                    vald_manad.into(), move |m, x| m.situation.barn[i].fodelsemanad =
                        x.parse().ok().filter(|k| (1..=12).contains(k))) }
            }
            if s.vuxna.len() == 1 {
                { k.kryss(format!("barndelat-{i}"), r.barn_delat_etikett.into(), b.delat,
                    move |m, c| m.situation.barn[i].delat = c) }
            }
            if lunch {
                { k.kryss(format!("barnlunch-{i}"), r.barn_lunch_etikett.into(), b.lunch,
                    move |m, c| m.situation.barn[i].lunch = c) }
            }
            { k.knapp(format!("ta-bort-barn-{i}"), (r.ta_bort_barn)(n).into(), "lank",
                move |m| { m.situation.barn.remove(i); }) }
        </div>
    }
}
