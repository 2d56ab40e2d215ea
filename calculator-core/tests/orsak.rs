//! The main cause of an amount, for the plain sentence of "Varför?": the figures it names are
//! the rule's own, checked against the hand-worked case
//! tests/acceptance/formaner/ae-2026-vilande-halv-25-procent-och-bostadstillagg.json
//! (SFB 36 kap. 10–18 §§; 102 kap. 21–25 §§), and the tax in short adds up as IL 1 kap. 1 §
//! and 67 kap. 2 § say (taxes and fees less the reductions).

use calculator_core::orsak::{orsak, skatt_i_korthet, Orsak, Skattepost};
use calculator_core::{forklaring, parse_scenario, Decimal, KomponentId, Status};
use rust_decimal_macros::dec;

fn fallet() -> calculator_core::Scenario {
    let fil = include_str!(
        "../../tests/acceptance/formaner/ae-2026-vilande-halv-25-procent-och-bostadstillagg.json"
    );
    let v: serde_json::Value = serde_json::from_str(fil).unwrap();
    parse_scenario(&v["scenario"].to_string()).expect("the case's scenario")
}

#[test]
fn the_causes_are_the_hand_worked_figures() {
    let m = forklaring(&fallet(), None).unwrap();
    let k = |id| m.komponent(id, Some(0)).unwrap();
    // "Lön 20 × 150 × 52 / 12 = 13 000 kr/mån".
    assert_eq!(
        orsak(k(KomponentId::Lon)),
        Orsak::LonTimmar {
            timmar_per_vecka: dec!(20),
            timlon: dec!(150)
        }
    );
    // "Vilande enligt beslut: hälften (77 848 kr/år)"; "0,25 × 77 848 = 19 462"; hel
    // garantinivå 2,63 × 59 200 = 155 696 kr/år.
    assert_eq!(
        orsak(k(KomponentId::Aktivitetsersattning)),
        Orsak::Ersattning {
            beviljad_ar: dec!(155696),
            vilande_ar: Some(dec!(77848)),
            behallet_ar: Some(dec!(19462)),
            minskning_arbete_ar: None,
        }
    );
    // "beaktad 0,96 × 5 000 + 0,70 × 500 = 5 150 kr/mån"; "avdrag 0,62 × 19 612 = 12 159,44".
    assert_eq!(
        orsak(k(KomponentId::Bostadstillagg)),
        Orsak::Bostadstillagg {
            beaktad_bostadskostnad: dec!(5150),
            inkomstavdrag_ar: dec!(12159.44),
        }
    );
    // Ej rätt: the reason is the component's own.
    let bb = m.komponent(KomponentId::Bostadsbidrag, None).unwrap();
    assert_eq!(bb.status, Status::EjRatt);
    assert!(bb.skal.is_some());
    assert_eq!(orsak(bb), Orsak::Status);
}

#[test]
fn the_tax_in_short_adds_up_to_the_tax_to_pay() {
    let s = fallet();
    for alt in [None, Some(0)] {
        let m = forklaring(&s, alt).unwrap();
        let k = m.komponent(KomponentId::Skatt, Some(0)).unwrap();
        let rader = skatt_i_korthet(k);
        let x = |p| rader.iter().find(|(q, _)| *q == p).map(|(_, x)| *x);
        let plus = [
            Skattepost::KommunalSkatt,
            Skattepost::StatligSkatt,
            Skattepost::Avgifter,
        ];
        let minus = [Skattepost::Jobbskatteavdrag, Skattepost::AndraReduktioner];
        let summa: Decimal = plus.iter().filter_map(|p| x(*p)).sum::<Decimal>()
            - minus.iter().filter_map(|p| x(*p)).sum::<Decimal>();
        assert_eq!(Some(summa), x(Skattepost::SkattAr), "{rader:?}");
        // The year's tax is the month's times twelve, to the krona (the month is a twelfth).
        let ar = x(Skattepost::SkattAr).unwrap();
        assert!(
            (ar / dec!(12) + k.per_manad).abs() < dec!(1),
            "{ar} {}",
            k.per_manad
        );
        assert!(matches!(orsak(k), Orsak::Skatt { skatt_ar, .. } if skatt_ar == ar));
        // "Lön … 156 000 kr/år" plus the ersättning: the income line is above the wage alone.
        assert!(x(Skattepost::Inkomst).unwrap() > dec!(156000));
    }
}

#[test]
fn without_explanations_there_is_no_cause_to_name() {
    let r = calculator_core::evaluate_utan_forklaring(&fallet()).unwrap();
    let k = r
        .manad
        .komponent(KomponentId::Bostadstillagg, Some(0))
        .unwrap();
    assert_eq!(orsak(k), Orsak::Belopp);
    let k = r.manad.komponent(KomponentId::Skatt, Some(0)).unwrap();
    assert!(skatt_i_korthet(k).is_empty());
}

fn fall(dir: &std::path::Path, ut: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            fall(&p, ut);
        } else if p.extension().is_some_and(|x| x == "json") {
            ut.push(p);
        }
    }
}

/// The cause is read from steps by their ids; a renamed step would silently leave the plain
/// sentence without its cause. Over every acceptance case, each paid component of a kind the
/// sentence explains has its cause, and the cause agrees with the amount where the law makes
/// it so: the tax is the year's over twelve (to the krona), bostadstillägg is twelve months of
/// the housing cost counted less the income deduction, over twelve (SFB 102 kap. 21 §; 103 kap.
/// 5 § rounds the year to a multiple of 12, so within a krona).
#[test]
fn every_acceptance_case_has_its_causes() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/acceptance");
    let mut filer = Vec::new();
    fall(&root, &mut filer);
    let mut sedda = std::collections::BTreeSet::new();
    for f in filer {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap())
            .unwrap_or(serde_json::Value::Null);
        let Some(sc) = v.get("scenario") else {
            continue;
        };
        let Ok(s) = parse_scenario(&sc.to_string()) else {
            continue;
        };
        let alt = (0..s.alternatives.len()).map(Some);
        for a in std::iter::once(None).chain(alt) {
            let Ok(m) = forklaring(&s, a) else { continue };
            for k in &m.komponenter {
                let paid = k.status == Status::Utbetalas
                    && !k
                        .steps
                        .iter()
                        .any(|st| st.id == "angivet_belopp" || st.id == "belopp_enligt_beslut");
                let forklaras = match k.id {
                    KomponentId::Lon => k.steps.iter().any(|st| st.id == "lon_timmar"),
                    KomponentId::Sjukpenning
                    | KomponentId::Aktivitetsersattning
                    | KomponentId::Skatt
                    | KomponentId::Bostadstillagg
                    | KomponentId::Bostadsbidrag
                    | KomponentId::Barnbidrag
                    | KomponentId::Aktivitetsstod
                    | KomponentId::Forsorjningsstod => true,
                    _ => false,
                };
                if !paid || !forklaras {
                    continue;
                }
                let o = orsak(k);
                let namn = f.display();
                assert_ne!(o, Orsak::Belopp, "{namn}: {:?} has no cause", k.id);
                sedda.insert(k.id.as_str());
                match o {
                    Orsak::Skatt { skatt_ar, .. } => {
                        assert!(
                            (skatt_ar / dec!(12) + k.per_manad).abs() < dec!(1),
                            "{namn}"
                        )
                    }
                    Orsak::Bostadstillagg {
                        beaktad_bostadskostnad,
                        inkomstavdrag_ar,
                    } => {
                        let ar = dec!(12) * beaktad_bostadskostnad - inkomstavdrag_ar;
                        assert!((ar / dec!(12) - k.per_manad).abs() <= dec!(1), "{namn}");
                    }
                    _ => {}
                }
            }
        }
    }
    // The cases reach every kind the sentence explains but a monthly wage.
    assert!(sedda.len() >= 8, "{sedda:?}");
}

/// No income, no tax: the tax of 0 kr is explained as the tax on the year's income (0 kr), not
/// as a benefit without a right.
#[test]
fn a_tax_of_nothing_is_still_the_tax() {
    let s = parse_scenario(
        r#"{"schema_version":1,"year":2026,"month":3,"kommun":"Stockholm","people":[{"birth_year":1990}]}"#,
    )
    .unwrap();
    let m = forklaring(&s, None).unwrap();
    let k = m.komponent(KomponentId::Skatt, Some(0)).unwrap();
    assert!(k.per_manad.is_zero());
    assert_eq!(
        orsak(k),
        Orsak::Skatt {
            inkomst_ar: dec!(0),
            skatt_ar: dec!(0)
        }
    );
}
