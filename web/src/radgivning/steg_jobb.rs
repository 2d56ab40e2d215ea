//! Step 4, "Jobb att pröva": up to four jobs, each hours and a wage, who takes it, and what
//! comes with it (semesterersättning, travel and childcare, vilande ersättning).

use yew::prelude::*;

use super::falt::Formkontext;
use super::modell::{lagg_till_jobb, ta_bort_jobb};
use crate::situation::{self, Har, Jobb, Situation, MAX_JOBB};
use crate::text::text;

/// The step.
pub fn steg_jobb(k: &Formkontext, s: &Situation, jobb: &[Jobb]) -> Html {
    let r = &text().radgivning;
    html! {
        <fieldset class="steg-falt">
            <legend id="steg-rubrik" tabindex="-1">{ r.steg_jobb }</legend>
            <p class="hjalp">{ r.jobb_hjalp }</p>
            { for jobb.iter().enumerate().map(|(i, j)| jobb_falt(k, s, i, j, jobb.len() > 1)) }
            if jobb.len() < MAX_JOBB {
                { k.knapp("lagg-till-jobb".into(), r.lagg_till_jobb.into(), "sekundar", lagg_till_jobb) }
            }
        </fieldset>
    }
}

/// Job `i`; `fler`: there are other jobs (so this one can be removed). Who takes it is asked
/// with two adults, its costs with försörjningsstöd, vilande when its adult's ersättning can
/// rest.
fn jobb_falt(k: &Formkontext, s: &Situation, i: usize, j: &Jobb, fler: bool) -> Html {
    let t = text();
    let r = &t.radgivning;
    let fs = s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod);
    let kan_vila = (s.vuxna.get(j.person.min(s.vuxna.len().saturating_sub(1))))
        .is_some_and(|v| matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning));
    let (lon_etikett, lon_hjalp) = if j.per_manad {
        (r.manadslon_etikett, r.manadslon_hjalp)
    } else {
        (r.timlon_etikett, r.timlon_hjalp)
    };
    let personer = (0..s.vuxna.len())
        .map(|n| {
            (
                AttrValue::from(n.to_string()),
                AttrValue::from((r.vem_namn)(n)),
            )
        })
        .collect();
    let procent = situation::semesterersattning_procent(s);
    let semester = (r.semester_etikett)(&crate::format::tal(t, procent, 0));
    html! {
        <fieldset class="jobb" id={format!("jobb-{i}")}>
            <legend>{ situation::etikett(r, i) }</legend>
            { k.textfalt(format!("timmar-{i}"), r.timmar_etikett.into(), r.timmar_hjalp, &j.timmar,
                move |m, x| m.jobb[i].timmar = x) }
            { k.kryss(format!("per-manad-{i}"), r.per_manad_etikett.into(), j.per_manad,
                move |m, b| m.jobb[i].byt_lonetyp(text(), b)) }
            { k.textfalt(format!("lon-{i}"), lon_etikett.into(), lon_hjalp, &j.lon,
                move |m, x| m.jobb[i].lon = x) }
            if s.vuxna.len() > 1 {
                { k.val(format!("person-{i}"), r.vem_etikett.into(), personer, j.person.to_string().into(),
                    move |m, x| m.jobb[i].person = x.parse().unwrap_or(0)) }
            }
            if !j.per_manad {
                { k.kryss(format!("semester-{i}"), semester.into(), j.semester,
                    move |m, b| m.jobb[i].semester = b) }
                <p class="hjalp">{ r.semester_hjalp }</p>
            }
            if fs {
                { k.textfalt(format!("jobb-resor-{i}"), r.jobb_resor_etikett.into(), r.jobb_kostnad_hjalp,
                    &j.fs_resor, move |m, x| m.jobb[i].fs_resor = x) }
                if !s.barn.is_empty() {
                    { k.textfalt(format!("jobb-barnomsorg-{i}"), r.jobb_barnomsorg_etikett.into(),
                        r.jobb_kostnad_hjalp, &j.fs_barnomsorg, move |m, x| m.jobb[i].fs_barnomsorg = x) }
                }
            }
            if kan_vila {
                { k.kryss(format!("vilande-{i}"), r.vilande_etikett.into(), j.vilande,
                    move |m, b| m.jobb[i].vilande = b) }
                <p class="hjalp">{ r.vilande_hjalp }</p>
                if j.vilande {
                    { k.kryss(format!("behall25-{i}"), r.behall25_etikett.into(), j.behall_25,
                        move |m, b| m.jobb[i].behall_25 = b) }
                    <p class="hjalp">{ r.behall25_hjalp }</p>
                }
            }
            if fler {
                { k.knapp(format!("ta-bort-jobb-{i}"), (r.ta_bort_jobb)(i + 1).into(), "lank",
                    move |m| ta_bort_jobb(m, i)) }
            }
        </fieldset>
    }
}
