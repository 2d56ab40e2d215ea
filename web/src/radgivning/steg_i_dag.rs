//! Step 3, "I dag": what each adult has today (wage, a-kassa, a benefit and its level), the
//! costs försörjningsstöd counts, and amounts from decision letters.

use yew::prelude::*;

use super::falt::Formkontext;
use super::modell::andring;
use crate::situation::{Har, Kostnad, Situation, Vuxen};
use crate::text::{text, RadText};
use calculator_core::hushall::AktivitetsstodForm;

/// The step; `beslut_oppen`: "Har du ett beslut med belopp?" is open.
pub fn steg_i_dag(k: &Formkontext, s: &Situation, beslut_oppen: bool) -> Html {
    let r = &text().radgivning;
    let fs = s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod);
    html! {
        <fieldset class="steg-falt">
            <legend id="steg-rubrik" tabindex="-1">{ r.steg_i_dag }</legend>
            { for s.vuxna.iter().enumerate().map(|(i, v)| vuxen_i_dag(k, i, v)) }
            if fs {
                <fieldset class="underfalt">
                    <legend>{ r.fs_kostnader_rubrik }</legend>
                    { for s.fs.falt().into_iter().map(|(kostnad, varde)| {
                        let (etikett, hjalp) = kostnad_text(r, kostnad);
                        k.textfalt(kostnad.id().into(), etikett.into(), hjalp, varde,
                            move |m, x| *m.situation.fs.falt_mut(kostnad) = x)
                    }) }
                </fieldset>
                { k.textfalt("fs-manader".into(), r.fs_manader_etikett.into(), r.fs_manader_hjalp,
                    &s.fs_manader, |m, x| m.situation.fs_manader = x) }
            }
            { beslut(k, s, beslut_oppen) }
        </fieldset>
    }
}

/// A cost's label and help.
fn kostnad_text(r: &RadText, k: Kostnad) -> (&'static str, &'static str) {
    match k {
        Kostnad::Hushallsel => (r.fs_el_etikett, r.fs_kostnad_hjalp),
        Kostnad::Hemforsakring => (r.fs_forsakring_etikett, r.fs_kostnad_hjalp),
        Kostnad::Arbetsresor => (r.fs_resor_etikett, r.fs_kostnad_hjalp),
        Kostnad::FackOchAkassa => (r.fs_fack_etikett, r.fs_kostnad_hjalp),
        Kostnad::Barnomsorg => (r.fs_barnomsorg_etikett, r.fs_kostnad_hjalp),
        Kostnad::Ovrigt => (r.fs_kostnader_etikett, r.fs_kostnader_hjalp),
    }
}

/// What an adult has today, in the words of the form's choice.
pub fn har_text(r: &RadText, h: Har) -> &'static str {
    match h {
        Har::Inget => r.har_inget,
        Har::Sjukpenning => r.har_sjukpenning,
        Har::Aktivitetsersattning => r.har_ae,
        Har::Sjukersattning => r.har_se,
        Har::Aktivitetsstod => r.har_akt,
        Har::Forsorjningsstod => r.har_fs,
    }
}

/// Adult `i` today: what they have, their wage and a-kassa, and the benefit's own fields.
fn vuxen_i_dag(k: &Formkontext, i: usize, v: &Vuxen) -> Html {
    let r = &text().radgivning;
    // The sambo's fields name the sambo, so that each field's accessible name says whose it is.
    let e = move |etikett: &str| -> AttrValue {
        if i == 0 {
            AttrValue::from(etikett.to_string())
        } else {
            format!("{} – {etikett}", (r.vem_namn)(i)).into()
        }
    };
    let niva = |etikett: &'static str| {
        k.val_av(
            format!("niva-{i}"),
            e(etikett),
            r.niva,
            v.niva,
            move |m, x| m.situation.vuxna[i].niva = x,
        )
    };
    let formanen = match v.har {
        Har::Sjukpenning => html! { <>
            { niva(r.sjukpenning_niva) }
            { k.textfalt(format!("arbetstid-{i}"), (r.arbetstid_etikett)(i).into(), r.arbetstid_hjalp,
                &v.normal_arbetstid, move |m, x| m.situation.vuxna[i].normal_arbetstid = x) }
            { k.textfalt(format!("sgi-{i}"), e(r.sgi_etikett), r.sgi_hjalp, &v.sgi,
                move |m, x| m.situation.vuxna[i].sgi = x) }
        </> },
        Har::Aktivitetsersattning | Har::Sjukersattning => html! { <>
            { niva(r.ersattning_niva) }
            { k.textfalt(format!("inkomstrelaterad-{i}"), e(r.inkomstrelaterad_etikett),
                r.inkomstrelaterad_hjalp, &v.inkomstrelaterad,
                move |m, x| m.situation.vuxna[i].inkomstrelaterad = x) }
            { k.textfalt(format!("manader-ersattning-{i}"), e(r.manader_ersattning_etikett),
                r.manader_ersattning_hjalp, &v.manader_med_ersattning,
                move |m, x| m.situation.vuxna[i].manader_med_ersattning = x) }
            { k.textfalt(format!("manader-vilande-{i}"), e(r.manader_vilande_etikett),
                r.manader_vilande_hjalp, &v.manader_vilande,
                move |m, x| m.situation.vuxna[i].manader_vilande = x) }
            { k.kryss(format!("akt-ocksa-{i}"), e(r.akt_ocksa_etikett), v.akt_ocksa,
                move |m, c| m.situation.vuxna[i].akt_ocksa = c) }
            if v.akt_ocksa {
                { akt_falt(k, i, v, e) }
            }
        </> },
        Har::Aktivitetsstod => akt_falt(k, i, v, e),
        Har::Inget | Har::Forsorjningsstod => html! {},
    };
    html! {
        <div class="vuxen">
            { k.val_av(format!("har-{i}"), (r.har_etikett)(i).into(), |h| har_text(r, h), v.har,
                move |m, x| m.situation.vuxna[i].har = x) }
            <p class="hjalp">{ r.har_hjalp }</p>
            { k.textfalt(format!("idaglon-{i}"), (r.lon_i_dag_etikett)(i).into(), r.lon_i_dag_hjalp,
                &v.lon_i_dag, move |m, x| m.situation.vuxna[i].lon_i_dag = x) }
            { k.textfalt(format!("akassa-{i}"), e(r.akassa_etikett), r.akassa_hjalp, &v.akassa,
                move |m, x| m.situation.vuxna[i].akassa = x) }
            { formanen }
        </div>
    }
}

/// Aktivitetsstöd's fields, for adult `i`.
fn akt_falt(k: &Formkontext, i: usize, v: &Vuxen, e: impl Fn(&str) -> AttrValue) -> Html {
    let r = &text().radgivning;
    html! { <>
        { k.val_av(format!("akt-form-{i}"), e(r.akt_form_etikett), r.akt_form, v.akt_form,
            move |m, x| m.situation.vuxna[i].akt_form = x) }
        if v.akt_form == AktivitetsstodForm::Inkomstbaserat {
            { k.textfalt(format!("akt-dagbelopp-{i}"), e(r.akt_dagbelopp_etikett),
                r.akt_dagbelopp_hjalp, &v.akt_dagbelopp, move |m, x| m.situation.vuxna[i].akt_dagbelopp = x) }
        }
        { k.textfalt(format!("akt-omfattning-{i}"), e(r.akt_omfattning_etikett),
            r.akt_omfattning_hjalp, &v.akt_omfattning, move |m, x| m.situation.vuxna[i].akt_omfattning = x) }
    </> }
}

/// "Har du ett beslut med belopp?": amounts from decision letters for today, folded away
/// unless the person opens it (`oppen`; or a loaded situation has amounts).
fn beslut(k: &Formkontext, s: &Situation, oppen: bool) -> Html {
    let r = &text().radgivning;
    let ontoggle = andring(&k.andra, |m, e: Event| {
        m.beslut_oppen = e
            .target_unchecked_into::<web_sys::Element>()
            .has_attribute("open");
    });
    let tva = s.vuxna.len() > 1;
    let med_vem = |i: usize, etikett: String| -> AttrValue {
        if tva {
            format!("{} – {etikett}", (r.vem_namn)(i)).into()
        } else {
            etikett.into()
        }
    };
    let vuxen = |i: usize, v: &Vuxen| {
        let vad = match v.har {
            Har::Sjukpenning => Some(r.har_sjukpenning),
            Har::Aktivitetsersattning => Some(r.har_ae),
            Har::Sjukersattning => Some(r.har_se),
            Har::Aktivitetsstod => Some(r.akt_kort),
            Har::Inget | Har::Forsorjningsstod => None,
        };
        let ae = matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning);
        html! { <>
            if let Some(vad) = vad {
                { k.textfalt(format!("beslut-belopp-{i}"), med_vem(i, (r.beslut_belopp_etikett)(vad)),
                    r.beslut_falt_hjalp, &v.beslut_belopp,
                    move |m, x| m.situation.vuxna[i].beslut_belopp = x) }
            }
            if ae {
                { k.textfalt(format!("beslut-bt-{i}"), med_vem(i, r.beslut_bt_etikett.to_string()),
                    r.beslut_falt_hjalp, &v.beslut_bostadstillagg,
                    move |m, x| m.situation.vuxna[i].beslut_bostadstillagg = x) }
            }
        </> }
    };
    html! {
        <details id="beslut" class="beslut" open={oppen} {ontoggle}>
            <summary>{ r.beslut_rubrik }</summary>
            <p class="hjalp">{ r.beslut_hjalp }</p>
            { for s.vuxna.iter().enumerate().map(|(i, v)| vuxen(i, v)) }
            { k.textfalt("beslut-bb".into(), r.beslut_bb_etikett.into(), r.beslut_falt_hjalp,
                &s.beslut_bostadsbidrag, |m, x| m.situation.beslut_bostadsbidrag = x) }
            if s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod) {
                { k.textfalt("beslut-fs".into(), r.beslut_fs_etikett.into(), r.beslut_falt_hjalp,
                    &s.beslut_forsorjningsstod, |m, x| m.situation.beslut_forsorjningsstod = x) }
            }
        </details>
    }
}
