//! The app in English: plain and calm, for participants and specialists who read English
//! better than Swedish. Legal terms and the authorities keep their Swedish name beside the
//! English one ("sjukpenning (sickness benefit)"), because that is the word on the letters
//! and forms the person will meet.
//!
//! Numbers stay Swedish ("30 000 kr", "1,25 %"): the amounts are the ones on Swedish letters,
//! and the fields read numbers one way whatever the language (`crate::form::las_tal`).

use calculator_core::hushall::AktivitetsstodForm;
use calculator_core::KomponentId;
use rules::formaner::aktivitetsersattning::Niva;
use rules::formaner::barnbidrag::Skolgang;
use rules::formaner::bostadsbidrag::Boende;

use crate::text::{OverTidText, RadText, Text, VarforText};
use calculator_core::orsak::Skattepost;
use rules::formaner::Status;

const MANADER: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub static EN: Text = Text {
    lang: "en",
    sidtitel: "What is left of the wage?",
    ingress: "Fill in the wage before tax, the kommun (municipality) and your age. You see at once what is left after tax.",
    uppgifter_rubrik: "Details",

    lon_etikett: "Wage before tax (kr per month)",
    lon_hjalp: "Gross wage per month, for example 30 000.",
    lon_saknas: "Fill in the wage in kronor per month, for example 30 000.",

    kommun_etikett: "Kommun (municipality)",
    kommun_hjalp: "Type to search. Choose with arrow up/down and Enter.",
    kommun_lista_etikett: "Municipalities",
    kommun_saknas: "Choose a municipality from the list.",
    kommun_ingen_traff: "No municipality matches.",
    kommun_traffar: |n| match n {
        1 => "1 municipality matches.".to_string(),
        n => format!("{n} municipalities match."),
    },

    alder_legend: "Age",
    alder_under_66: "Under 66",
    alder_66: "66 or older",
    alder_hjalp: "The age you had reached when the income year began.",

    ar_etikett: "Income year",

    kyrka_etikett: "Member of the Church of Sweden (Svenska kyrkan)",
    kyrkoavgift_etikett: "Kyrkoavgift, church fee (percent)",
    kyrkoavgift_hjalp: "Your parish's church fee, for example 1,00.",
    kyrkoavgift_saknas: "Fill in the church fee in percent, for example 1,00.",

    ej_tal: "Write a number in digits, for example 30 000 or 30 000,50.",
    for_manga_decimaler: |n| format!("At most {n} decimals."),
    ej_heltal: "Write a whole number, 0 or more, for example 24.",
    for_stort: |max| format!("The number is too large; at most {max}."),
    fel_rubrik: "Check the details",

    resultat_rubrik: "Result",
    resultat_vantar: "Fill in the wage and the municipality and the result shows here.",
    resultat_rattas: "Correct the marked details and the result shows.",
    kvar_efter_skatt: "Left after tax:",
    i_manaden: "a month",
    utbetalt: "This is what is paid out each month.",
    preliminarskatt_enligt: |tabell, kolumn| {
        format!("The employer takes preliminary tax by Skatteverket's (the Tax Agency's) tax table {tabell}, column {kolumn}:")
    },
    preliminarskatt_saknas: "The preliminary tax cannot be worked out here:",
    efter_slutlig_skatt: "After final tax:",
    kvar_efter_slutlig_skatt: "Left after final tax:",
    slutlig_skatt_forklaring: "The year's final tax divided by twelve months:",
    skattesatser: |kommun, kommunal, begrav| {
        format!("{kommun}: municipal tax {kommunal}, burial fee {begrav}.")
    },

    komponenter_rubrik: "How the tax is worked out",
    kolumn_post: "Item",
    kolumn_manad: "Per month",
    kolumn_ar: "Per year",
    manad_fotnot: "Per month is the year's amount divided by twelve. The law counts whole years.",
    grupp_inkomst: "Income",
    grupp_skatter: "Taxes and fees",
    grupp_reduktioner: "Tax reductions (taken off the tax)",
    grupp_summa: "Total",
    rad_brutto: "Gross wage",
    rad_grundavdrag: "Grundavdrag (basic allowance)",
    rad_beskattningsbar: "Taxable income",
    rad_kommunal: |sats| format!("Municipal tax ({sats})"),
    rad_statlig: "State income tax",
    rad_begravning: |sats| format!("Burial fee ({sats})"),
    rad_kyrka: "Kyrkoavgift (church fee)",
    rad_public_service: "Public service fee",
    rad_pensionsavgift: "General pension contribution",
    rad_red_pensionsavgift: "Tax reduction for the general pension contribution",
    rad_jobbskatteavdrag: "Jobbskatteavdrag (earned income tax credit)",
    rad_red_sjuk_aktivitet: "Tax reduction for sickness and activity compensation",
    rad_red_forvarvsinkomst: "Tax reduction for earned income",
    rad_total_skatt: "Total tax (final tax)",
    rad_netto: "Net after final tax",

    visa_utrakningen: "Show the calculation",
    utrakning_formel: "Calculation",
    utrakning_lagrum: "Law",
    utrakning_avrundning: "Rounding",

    regelverk: |ar, status, datum| {
        let status = match status {
            "verified" => "match Skatteverket's (the Tax Agency's) tax tables",
            _ => "are not yet checked against Skatteverket's (the Tax Agency's) tables",
        };
        format!("The rules for income year {ar} {status} (checked {datum}).")
    },
    forbehall: "The calculation is an estimate. Skatteverket (the Tax Agency) decides the final tax.",
    integritet: "Everything is worked out in your web browser. Nothing you write is sent anywhere, and it is only saved if you choose to save a file.",

    om_appen_rubrik: "About the app",
    om_appen_regler: |ar, till| {
        let ar = match ar {
            [] => String::new(),
            [a] => format!("income year {a}"),
            [forsta @ .., sista] => {
                let forsta: Vec<String> = forsta.iter().map(i32::to_string).collect();
                format!("income years {} and {sista}", forsta.join(", "))
            }
        };
        match till {
            Some(m) => format!(
                "The app has the rules for {ar}. They are checked up to and including {}\u{a0}{} {}. If you count on a later month, the result says which rules are not checked for it.",
                m.dagar(),
                MANADER[(m.month as usize).saturating_sub(1) % 12],
                m.year
            ),
            None => format!("The app has the rules for {ar}."),
        }
    },
    om_appen_offline: "Once the page has been opened, it also works in this web browser without internet.",
    spara_appen: "Save the app on the computer",
    spara_appen_hjalp: "You get the whole app as one single file. Open the file in the web browser and it works without internet, also on a computer without a network. Nothing you write is sent anywhere there either.",

    kronor: "kr",
    enhet_barn: "children",
    enhet_dagar: "days",
    procent: "%",
    minus: "−",
    decimaltecken: ',',
    tusentalsavgransare: '\u{a0}',

    vy_etikett: "Choose a tool",
    vy_radgivning: "Compare work and benefits",
    vy_skatt: "Only the tax on a wage",
    radgivning_ingress: "Fill in how things are today and try a job. You see what you have to live on each month.",
    radgivning: RadText {
        oversikt_rubrik: "In short",
        oversikt_per_manad: "Per month",
        oversikt_skillnad: "Compared with today",
        situation_rubrik: "Your situation",
        steg_etikett: "Steps",
        steg_nar: "When and where",
        steg_hushall: "The household",
        steg_i_dag: "What you have today",
        steg_jobb: "Jobs to try",
        nasta: "Next",
        tillbaka: "Back",

        ar_etikett: "Year",
        manad_etikett: "Month",
        manader: MANADER,
        kommun_hjalp: "The municipality you live in. Type to search, choose with arrow up/down and Enter.",

        vuxna_etikett: "Adults in the household",
        vuxna_en: "One adult",
        vuxna_tva: "Two adults (living together or married)",
        alder_etikett: |i| if i == 0 { "Your age (years)" } else { "Your partner's age (years)" },
        kyrka_etikett: |i| {
            if i == 0 {
                "You are a member of the Church of Sweden"
            } else {
                "Your partner is a member of the Church of Sweden"
            }
        },
        kyrkoavgift_etikett: |i| {
            if i == 0 {
                "The church fee in your parish (%)"
            } else {
                "The church fee in your partner's parish (%)"
            }
        },
        kyrkoavgift_hjalp: "It is in Skatteverket's (the Tax Agency's) list of tax rates and on the final tax statement, most often between 0,6 and 1,5 percent. It is taken together with the tax.",
        alder_hjalp: "Age in whole years in the month you count on.",
        boende_etikett: "Rent or housing cost (kr per month)",
        boende_hjalp: "The rent per month, for example 6 000. Leave empty if you do not know.",
        barn_etikett: "Children living with you",
        barn_hjalp: "Add one child at a time with the child's age.",
        barn_alder: |n| format!("Child {n}: age (years)"),
        barn_alder_hjalp: "The child's age in whole years.",
        lagg_till_barn: "Add a child",
        ta_bort_barn: |n| format!("Remove child {n}"),
        barn_boende_etikett: |n| format!("Child {n}: lives"),
        barn_boende: |b| match b {
            Boende::Hemmavarande => "With you all the time",
            Boende::Vaxelvis => "Alternately, as much with both parents",
            Boende::Umgange => "With you sometimes (visits)",
        },
        barn_skola_etikett: |n| format!("Child {n}: goes to school?"),
        barn_skola: |k| match k {
            Skolgang::Studiehjalp => "Yes, upper secondary school",
            Skolgang::ForlangtBarnbidrag => {
                "Yes, compulsory school, adapted school or special school"
            }
            Skolgang::Ingen => "No",
        },
        barn_manad_etikett: |n| format!("Child {n}: month of birth"),
        valj_manad: "Choose a month",
        barn_manad_saknas: "Choose the month of birth. At this age the child allowance depends on the month the child was born.",
        barn_delat_etikett: "The barnbidrag (child allowance) is shared with the other parent",
        barn_lunch_etikett: "Eats lunch at preschool on weekdays",
        jobb_resor_etikett: "Travel to work (kr per month)",
        jobb_barnomsorg_etikett: "Preschool or after-school care so that you can work (kr per month)",
        jobb_kostnad_hjalp: "Costs the job brings that social services (socialtjänsten) count. Leave empty if there are none.",
        formogenhet_etikett: "Savings and other assets (kr)",
        underhall_etikett: "Maintenance support or maintenance payments for the children (kr per month)",
        underhall_hjalp: "Money you get from Försäkringskassan (the Social Insurance Agency) or from the children's other parent. Leave empty if you get none. A job does not change the amount.",
        yta_etikett: "Size of the home (square metres)",
        yta_hjalp: "Needed for bostadsbidrag (housing allowance) if the home is large. Leave empty if you do not know; then we count it as not too large.",
        formogenhet_hjalp: "Affects bostadstillägg (housing supplement) and bostadsbidrag (housing allowance). Leave empty if you have no larger savings.",

        har_etikett: |i| {
            if i == 0 {
                "What you have today".into()
            } else {
                "What your partner has today".into()
            }
        },
        har_hjalp: "Choose what is paid out today, without a job.",
        har_inget: "No benefit",
        har_sjukpenning: "Sjukpenning (sickness benefit)",
        har_ae: "Aktivitetsersättning (activity compensation)",
        har_se: "Sjukersättning (sickness compensation)",
        har_fs: "Försörjningsstöd (financial assistance)",
        har_akt: "Aktivitetsstöd (activity support) or utvecklingsersättning (development compensation), Arbetsförmedlingen",
        lon_i_dag_etikett: |i| {
            if i == 0 {
                "Wage from a job you already have (kr per month before tax)"
            } else {
                "Wage from a job your partner already has (kr per month before tax)"
            }
        },
        lon_i_dag_hjalp: "Leave empty if you do not work today. The jobs you try come on top of this wage.",
        akassa_etikett: "A-kassa (unemployment benefit) or other taxable benefit (kr per month before tax)",
        akassa_hjalp: "For example money from the a-kassa or parental benefit. Leave empty if you have none.",
        akt_kort: "Aktivitetsstöd (activity support)",
        akt_form_etikett: "Which benefit",
        akt_ocksa_etikett: "Also takes part in a programme at Arbetsförmedlingen (activity support) in the time the benefit does not cover",
        akt_form: |f| match f {
            AktivitetsstodForm::Grundbelopp => "Aktivitetsstöd (activity support), basic level",
            AktivitetsstodForm::Inkomstbaserat => {
                "Aktivitetsstöd (activity support), income-based"
            }
            AktivitetsstodForm::UtvecklingsersattningGymnasieexamen => {
                "Utvecklingsersättning (development compensation), with upper secondary diploma"
            }
            AktivitetsstodForm::UtvecklingsersattningOvriga => {
                "Utvecklingsersättning (development compensation), without upper secondary diploma"
            }
        },
        akt_dagbelopp_etikett: "Amount per day (kr)",
        akt_dagbelopp_hjalp: "It is in the decision from Försäkringskassan (the Social Insurance Agency), for example 720.",
        akt_omfattning_etikett: "The programme's extent (% of full time)",
        akt_omfattning_hjalp: "100 if you take part full time, for example 50 half time.",
        manader_vilande_etikett: "Months the benefit has already been resting (vilande)",
        manader_vilande_hjalp: "0 if it has not been resting. Counts for how long 25 % can be kept.",
        beslut_rubrik: "Do you have a decision with an amount?",
        beslut_hjalp: "Write the amount from the decision and it is used for today instead of the one we work out. For the jobs we work out the amount, because it changes when the income changes.",
        beslut_belopp_etikett: |vad| format!("{vad} by the decision (kr per month)"),
        beslut_bt_etikett: "Bostadstillägg (housing supplement) by the decision (kr per month)",
        beslut_bb_etikett: "Bostadsbidrag (housing allowance) by the decision (kr per month)",
        beslut_fs_etikett: "Försörjningsstöd (financial assistance) by the decision (kr per month)",
        beslut_falt_hjalp: "Leave empty and we work it out.",
        fs_kostnader_rubrik: "Costs social services (socialtjänsten) approve (kr per month)",
        fs_el_etikett: "Household electricity",
        fs_forsakring_etikett: "Home insurance",
        fs_resor_etikett: "Travel to work or an activity",
        fs_fack_etikett: "Union fee and a-kassa (unemployment fund)",
        fs_barnomsorg_etikett: "Preschool and after-school care",
        fs_kostnad_hjalp: "Leave empty if there is none.",
        sjukpenning_niva: "How much on sick leave today",
        ersattning_niva: "How large a benefit",
        niva: |n| match n {
            Niva::Hel => "Full",
            Niva::TreFjardedelar => "Three quarters",
            Niva::Halv => "Half",
            Niva::EnFjardedel => "One quarter",
        },
        arbetstid_etikett: |i| {
            if i == 0 {
                "Your normal working time, hours a week"
            } else {
                "Your partner's normal working time, hours a week"
            }
        },
        arbetstid_hjalp: "The working time the sick leave is counted against, for example 40 for full time.",
        sjukskriven_med_jobbet: |niva| {
            let procent = (niva * rust_decimal::Decimal::ONE_HUNDRED).round();
            match procent.to_string().as_str() {
                "0" => "No sjukpenning (sickness benefit) with these hours".to_string(),
                "25" => "On sick leave 25 % (a quarter sjukpenning)".to_string(),
                "50" => "On sick leave 50 % (half sjukpenning)".to_string(),
                "75" => "On sick leave 75 % (three quarters sjukpenning)".to_string(),
                "100" => "On sick leave 100 % (full sjukpenning)".to_string(),
                p => format!("On sick leave {p} %"),
            }
        },
        sgi_etikett: "SGI, sickness benefit qualifying income (kr per year)",
        sgi_hjalp: "From the decision from Försäkringskassan (the Social Insurance Agency), for example 250 000.",
        inkomstrelaterad_etikett: "Income-related compensation (kr per month)",
        inkomstrelaterad_hjalp: "It is in the decision if you have it. Leave empty if you only have the guaranteed level.",
        manader_ersattning_etikett: "Months with the benefit so far",
        manader_ersattning_hjalp: "Needed for a resting (vilande) benefit (at least 12 months).",
        fs_kostnader_etikett: "Other approved costs",
        fs_kostnader_hjalp: "For example dental care or glasses that social services have approved. The rent is already counted.",
        fs_manader_etikett: "Months in a row with försörjningsstöd (financial assistance) before this month",
        fs_manader_hjalp: "Write 0 if you did not get financial assistance last month. After six months in a row, a quarter of the wage after tax is not counted as income (jobbstimulans, a work incentive).",

        jobb_hjalp: "Try up to four jobs. Each job is compared with today.",
        jobb_etikett: |n| format!("Job {n}"),
        jobb_beskrivning: |timmar, lon, per_manad| {
            if per_manad {
                format!("{timmar} hours a week, {lon} kr a month")
            } else {
                format!("{timmar} hours a week, {lon} kr an hour")
            }
        },
        med_vilande: ", the benefit resting (vilande)",
        med_vilande_25: ", the benefit resting (vilande, 25 % kept)",
        vem_etikett: "Who gets the job",
        vem_namn: |p| if p == 0 { "You" } else { "Your partner" },
        timmar_etikett: "Hours per week",
        timmar_hjalp: "For example 10. Full time is 40.",
        per_manad_etikett: "The wage is a monthly wage",
        timlon_etikett: "Hourly wage (kr)",
        timlon_hjalp: "Wage per hour before tax, for example 135.",
        manadslon_etikett: "Monthly wage (kr)",
        manadslon_hjalp: "Wage per month before tax, for example 12 000.",
        vilande_etikett: "The benefit is made to rest (vilande)",
        vilande_hjalp: "You can apply for the benefit to rest while you try to work.",
        behall25_etikett: "Count on keeping 25 % of the resting part",
        behall25_hjalp: "Försäkringskassan (the Social Insurance Agency) can decide this. It is an assumption.",
        semester_etikett: |pct| format!("Holiday pay {pct} % is paid on top of the hourly wage"),
        semester_hjalp: "Usual when you get an hourly wage and have no paid holiday. It is in the employment contract.",
        med_semester: ", with holiday pay",
        lagg_till_jobb: "Try one more job",
        ta_bort_jobb: |n| format!("Remove job {n}"),

        fyll_i: "Fill in a number.",
        for_stort: "The number is too large.",

        jamforelse_rubrik: "This is what you have to live on",
        vantar: "Fill in the details and the result shows here. This needs correcting:",
        vantar_kommun: "Choose a municipality in step 1 and the result shows here.",
        ratta_i_steg: |steg| {
            let lista: Vec<String> = steg.iter().map(|s| s.to_string()).collect();
            let ord = if steg.len() == 1 { "step" } else { "steps" };
            format!("Correct what is marked in {ord} {} and the result shows.", lista.join(" and "))
        },
        i_dag: "Today",
        att_leva_pa: "To live on:",
        kvar_efter_boende: "Left when the housing is paid:",
        basta_alternativ: |namn, x| {
            format!("Best of what you tried: {namn}, {x} more a month than today.")
        },
        inget_alternativ_battre: "None of the jobs you tried gives more money a month than today.",
        nasta_hundra: |namn, timmar, behall| {
            use rust_decimal::Decimal;
            if behall >= Decimal::ZERO {
                format!("{namn} at {timmar} hours a week: of the next 100 kr of wage you keep {behall} kr.")
            } else {
                format!(
                    "{namn} at {timmar} hours a week: the next 100 kr of wage gives {} kr less to live on, because a benefit goes down more than the wage goes up. The chart below shows where.",
                    -behall
                )
            }
        },
        skillnad_mening: |x, belopp| {
            if x > rust_decimal::Decimal::ZERO {
                format!("You get {belopp} more a month than today.")
            } else if x < rust_decimal::Decimal::ZERO {
                format!("You get {belopp} less a month than today.")
            } else {
                "You get as much as today.".to_string()
            }
        },
        sammanfattning_i_dag: |x| format!("Today: {x} a month."),
        sammanfattning_alt: |namn, x, skillnad| format!("{namn}: {x} a month ({skillnad})."),
        komponenter_rubrik: "The money is made up of",
        kolumn_del: "Part",
        kolumn_status: "Status",
        kolumn_belopp: "Per month",
        status_utbetalas: "paid out",
        status_dras: "taken off",
        status_noll: "0 kr",
        status_ej_ratt: "not entitled",
        status_behover_uppgift: "needs a detail",
        status_ej_beraknat: "not worked out",
        person_namn: |p| if p == 0 { "you" } else { "your partner" },
        uppskattning: "(estimate)",
        uppskattning_ord: "estimate",
        uppskattning_text: "This is an estimate. Social services (socialtjänsten) make their own assessment.",
        uppskattning_fotnot: "Försörjningsstöd (financial assistance) is always an estimate. Press an amount to see why it comes out that way.",
        regelnotis_rubrik: "Not all amounts for this month are known yet",
        regelnotis_inledning: "We count with the latest rules and amounts we have checked. The figures can change when the new amounts are published. This concerns:",
        ej_i_summan: "(not in the total)",
        inte_aktuellt: "Not relevant, neither today nor with the jobs",
        varfor: "Why?",
        forklaring_rubrik: |namn| format!("Why: {namn}"),
        saknas: "This is needed:",
        modellerat: "Amount worked out:",
        for_handledaren: "The calculation step by step, in Swedish as the rules write it:",
        parameter: "Value",

        diagram_del_rubrik: "If you work more or fewer hours",
        diagram_rubrik: |timlon| {
            format!("To live on per month at 0–40 hours a week (hourly wage {timlon} kr)")
        },
        diagram_beskrivning: |noll, sista, vid_sista| {
            format!("At 0 hours: {noll} a month. At {sista} hours: {vid_sista} a month. ")
        },
        diagram_markering: |n, h, x| format!("Job {n} ({h} hours): {x}. "),
        diagram_x_axel: "Hours per week",
        diagram_markerade: "The jobs you try (number)",
        diagram_markerade_utanfor: "Jobs with another wage, resting benefit or other costs: their own amounts",
        diagram_som_tabell: "Show the chart as a table",
        diagram_tabell_rubrik: "Per month at different hours a week",
        diagram_fel: "The chart cannot be shown:",
        diagram_behover_timlon: "The chart shows when a job has an hourly wage.",
        disponibel_kort: "To live on",
        diagram_visning: "What the chart shows",
        visa_niva: "To live on",
        visa_marginal: "Of the next 100 kr",
        marginal_rubrik: |timlon| {
            format!("Of 100 kr more in wage: how much you keep, and where the rest goes (hourly wage {timlon} kr)")
        },
        marginal_forklaring: "If you earn 100 kr more before tax, how much do you keep? The rest goes to tax or to a benefit getting smaller. Each bar is one more hour a week.",
        marginal_beskrivning: |minst, forlust, h_minst, mest, h_mest| {
            if forlust {
                format!("Between {h_minst} hours a week you get {minst} less to live on for each 100 kr more in wage. At most you keep {mest} of 100 kr, between {h_mest} hours.")
            } else {
                format!("You keep at least {minst} of 100 kr, between {h_minst} hours a week, and at most {mest}, between {h_mest} hours.")
            }
        },
        marginal_tabell_rubrik: "Of 100 kr more in wage, per hour more a week",
        behall_kort: "Keep",
        diagram_instruktion: "Point in the chart, or click in it and use the arrow keys, and the figures show below.",
        avlasning_niva: |h, kvar, delar| {
            format!("At {h} hours a week: {kvar} to live on. {delar}.")
        },
        avlasning_marginal: |fran, till, belopp, forlust, delar| {
            let forsta = if forlust {
                format!("From {fran} to {till} hours a week: for each 100 kr more in wage you get {belopp} less to live on.")
            } else {
                format!("From {fran} to {till} hours a week: of 100 kr more in wage you keep {belopp}.")
            };
            if delar.is_empty() {
                forsta
            } else {
                format!("{forsta} Because of: {delar}.")
            }
        },
        diagram_valj_jobb: "The chart follows",
        komponent_namn: |id| match id {
            KomponentId::Lon => "Wage",
            KomponentId::OvrigInkomst => "Other income",
            KomponentId::Sjukpenning => "Sjukpenning (sickness benefit)",
            KomponentId::Aktivitetsersattning => {
                "Aktivitetsersättning or sjukersättning (activity or sickness compensation)"
            }
            KomponentId::Aktivitetsstod => "Aktivitetsstöd (activity support)",
            KomponentId::Skatt => "Tax",
            KomponentId::Bostadstillagg => "Bostadstillägg (housing supplement)",
            KomponentId::Bostadsbidrag => "Bostadsbidrag (housing allowance)",
            KomponentId::Barnbidrag => "Barnbidrag (child allowance)",
            KomponentId::TillUngdomen => "Studiebidrag (study grant) to the young person",
            KomponentId::Forsorjningsstod => "Försörjningsstöd (financial assistance)",
            KomponentId::Jobbpremie => "Jobbpremie (job bonus)",
            KomponentId::OvrigLon => "Wage you already have",
            KomponentId::OvrigPensionsgrundande => "A-kassa (unemployment benefit) or other benefit",
            KomponentId::OvrigSjukpenning => "Sjukpenning (sickness benefit), as given",
            KomponentId::OvrigSjukAktivitetsersattning => {
                "Sickness or activity compensation, as given"
            }
            KomponentId::OvrigPension => "Pension",
            KomponentId::Underhall => "Underhållsstöd (maintenance support)",
        },
        komponent_bestamd: |id| match id {
            KomponentId::Sjukpenning | KomponentId::OvrigSjukpenning => {
                "the sjukpenning (sickness benefit)"
            }
            KomponentId::Aktivitetsersattning | KomponentId::OvrigSjukAktivitetsersattning => {
                "the compensation"
            }
            KomponentId::Aktivitetsstod => "the aktivitetsstöd (activity support)",
            KomponentId::Bostadstillagg => "the bostadstillägg (housing supplement)",
            KomponentId::Bostadsbidrag => "the bostadsbidrag (housing allowance)",
            KomponentId::Barnbidrag => "the barnbidrag (child allowance)",
            KomponentId::TillUngdomen => "the study grant",
            KomponentId::Forsorjningsstod => "the försörjningsstöd (financial assistance)",
            KomponentId::Jobbpremie => "the job bonus",
            KomponentId::Underhall => "the maintenance support",
            KomponentId::Lon | KomponentId::OvrigLon => "the wage",
            KomponentId::Skatt => "the tax",
            KomponentId::OvrigInkomst => "the other income",
            KomponentId::OvrigPensionsgrundande => "the a-kassa (unemployment benefit)",
            KomponentId::OvrigPension => "the pension",
        },
        trosklar_rubrik: "Where more hours can give less",
        troskel_steg: |fran, till, vad, belopp| {
            format!("Between {fran} and {till} hours a week, {vad} goes down by {belopp} a month.")
        },
        troskel_upphor: |fran, till, vad| {
            format!("Between {fran} and {till} hours a week, {vad} ends.")
        },
        troskel_mindre_kvar: |fran, belopp| {
            format!("Then you get {belopp} less to live on, although you work more. With {fran} hours you have more left.")
        },
        troskel_vilande: "If the benefit is made to rest (vilande) instead, you keep the right to it, and sometimes a part of it. Try that under the job (resting benefit) and compare.",
        och: " and ",

        atgard_rubrik: "What you need to do",
        atgard_inget: "Nothing in particular to report or apply for from what you filled in.",
        atgard: |a| {
            use crate::att_gora::Atgard;
            match a {
                Atgard::AnsokVilande { sjukersattning: false } => {
                    "Apply to Försäkringskassan (the Social Insurance Agency) for resting (vilande) aktivitetsersättning before you start working."
                }
                Atgard::AnsokVilande { sjukersattning: true } => {
                    "Apply to Försäkringskassan (the Social Insurance Agency) for resting (vilande) sjukersättning before you start working."
                }
                Atgard::MeddelaArbeteErsattning => {
                    "Tell Försäkringskassan (the Social Insurance Agency) that you work; the benefit goes down."
                }
                Atgard::MeddelaArbeteAktivitetsstod => {
                    "Tell Arbetsförmedlingen (the Public Employment Service) about the job, and write the hours worked in the time report to Försäkringskassan."
                }
                Atgard::PrataOmSjukskrivning => {
                    "Talk to your doctor and to Försäkringskassan before you start working: the sick leave changes with how many hours you work."
                }
                Atgard::MeddelaBostadstillagg => {
                    "Tell Försäkringskassan about the changed income for the bostadstillägg (housing supplement)."
                }
                Atgard::MeddelaBostadsbidrag => {
                    "Tell Försäkringskassan about the changed income for the bostadsbidrag (housing allowance)."
                }
                Atgard::KontaktaSocialtjansten { jobbstimulans: false } => {
                    "Contact social services (socialtjänsten): the wage counts as income."
                }
                Atgard::KontaktaSocialtjansten { jobbstimulans: true } => {
                    "Contact social services (socialtjänsten): the wage counts as income; ask about jobbstimulans (the work incentive)."
                }
            }
        },

        skriv_ut: "Print",
        vf: VarforText {
            blir: |namn, belopp| format!("{namn} is {belopp} a month"),
            status: |s| match s {
                Status::Utbetalas => "it is paid with the details given",
                Status::NollKronor => "there is a right to it, but with these incomes it comes to nothing",
                Status::EjRatt => "with these details there is no right to it",
                Status::BehoverUppgift => "a detail is missing to work it out",
                Status::EjModellerad => "the app does not work out this amount",
            },
            angivet: "it is the amount you entered",
            enligt_beslut: |b| format!("it is the amount in the decision (the app worked out {b})"),
            lon_timmar: |h, kr| format!("{h} hours a week at {kr} an hour"),
            sjukpenning: |dag, niva| match niva {
                Some(n) => format!("{dag} a day, and with the job you are on sick leave at {n}"),
                None => format!("{dag} a day"),
            },
            ersattning: |ar| format!("the compensation granted is {ar} a year, spread over twelve months"),
            ersattning_vilande: |ar, kvar| match kvar {
                Some(k) => format!("{ar} a year rests (vilande) while you work, and of that part you still get {k} a year (25 %)"),
                None => format!("{ar} a year rests (vilande) while you work"),
            },
            ersattning_minskning: |ar| format!("it goes down by {ar} a year because you work and the compensation is not resting (vilande)"),
            skatt: |skatt, inkomst| format!("the tax for a year is {skatt} on incomes of {inkomst} a year, spread over twelve months"),
            bostadstillagg: |kostnad, avdrag| match avdrag {
                Some(a) => format!("{kostnad} of the housing cost counts, less {a} a year for the incomes"),
                None => format!("{kostnad} of the housing cost counts, and the incomes do not reduce it"),
            },
            bostadsbidrag: |ar, minus| match minus {
                Some(m) => format!("{ar} a year before the income test, less {m} a year for the incomes"),
                None => format!("{ar} a year, and the incomes do not reduce it"),
            },
            barnbidrag: |barn, fler| match fler {
                Some(f) => format!("{barn} for each child and {f} as flerbarnstillägg (large family supplement)"),
                None => format!("{barn} for each child"),
            },
            aktivitetsstod: |dagar, dag| format!("{dagar} days at {dag} a day"),
            forsorjningsstod: |behov, ink, stim| match stim {
                Some(s) => format!("the household needs {behov} and incomes of {ink} count; {s} of the wage does not count (jobbstimulans, job incentive)"),
                None => format!("the household needs {behov} and incomes of {ink} count"),
            },
            skatt_i_korthet: "The tax in short, for a year",
            skattepost: |p| match p {
                Skattepost::Inkomst => "Income over the year",
                Skattepost::Grundavdrag => "Grundavdrag (basic allowance)",
                Skattepost::KommunalSkatt => "Municipal tax",
                Skattepost::StatligSkatt => "State tax",
                Skattepost::Avgifter => "Fees (burial, public service, pension)",
                Skattepost::Jobbskatteavdrag => "Jobbskatteavdrag (earned income tax credit)",
                Skattepost::AndraReduktioner => "Other tax reductions",
                Skattepost::SkattAr => "Tax to pay for the year",
            },
            skatt_alla_steg: "Every step of the tax",
            kalla: "source",
            nara_timmar: |h| format!("Near {h} hours a week"),
            namn_etikett: "First name (for the printout)",
            anteckning_etikett: "Note (for the printout)",
            namn_hjalp: "Kept only on this device while the page is open. Not put in the link or the file.",
            for_lang: |falt, max, nu| format!("{falt}: at most {max} characters. It now has {nu}. Shorten it to have it printed."),
            utskrift_for: "For",
            utskrift_anteckning: "Note",
            utskrift_rubrik: "Name and note",
        },
        utskrift_situation: "The situation",
        utskriven: |datum| format!("Printed {datum}."),
        utskrift_regler: |ar, datum| format!("The rules for {ar}, checked {datum}."),
        myndigheterna_beslutar: "This is an estimate. Försäkringskassan, social services (socialtjänsten) and Skatteverket decide.",
        sammanfattning_vuxna: |n| if n > 1 { "Two adults." } else { "One adult." },
        sammanfattning_alder: |i, a| {
            if i == 0 {
                format!("You are {a} years old.")
            } else {
                format!("Your partner is {a} years old.")
            }
        },
        sammanfattning_boende: |x| format!("Housing cost {x} a month."),
        sammanfattning_barn: |alder| format!("Children: {alder} years old."),
        sammanfattning_lon: |i, lon| {
            if i == 0 {
                format!("You have a wage of {lon} a month.")
            } else {
                format!("Your partner has a wage of {lon} a month.")
            }
        },
        sammanfattning_har: |i, vad, niva| {
            let vem = if i == 0 { "You have" } else { "Your partner has" };
            if niva.is_empty() {
                format!("{vem} today: {vad}.")
            } else {
                format!("{vem} today: {vad} ({}).", niva.to_lowercase())
            }
        },

        spara_rubrik: "Save or share",
        spara_hjalp: "The details are only saved where you choose. Nothing is sent from here.",
        spara_fil: "Save as a file",
        filnamn: "situation.json",
        oppna_fil: "Open a saved file",
        fil_oppnad: "The details from the file are shown now.",
        fil_fel: |msg| format!("The file could not be read: {msg}"),
        fil_ej_last: "the file could not be opened.",
        dela_lank: "Make a link to share",
        dela_lank_etikett: "Link with the details",
        dela_hjalp: "The details are in the link itself, after #. They are not sent to any server. Share the link only with the person it concerns.",
        lank_fel: |msg| format!("The link could not be read: {msg}"),
        lank_trasig: "the link is incomplete.",
        fil_har_mer: |falt| {
            format!(
                "it has details the form does not have, and which would therefore not be counted: \
                 {falt}. Count on it with the command line (kalkyl calculate) or remove the details."
            )
        },
        over_tid: OverTidText {
            ar_rubrik: "When the year ends: tax and bostadsbidrag (housing allowance)",
            ar_ingress: "After the year, the tax and the bostadsbidrag are settled for the whole year. Here is what that may come to, for each whole calendar year in the plan.",
            ar_vem: |i| if i == 0 { "You: " } else { "Your partner: " },
            ar_del_av_ar: |ar| format!("{ar}: not settled here, because the months above do not cover the whole year."),
            ar_kvarskatt: |ar, kr| format!("Tax for {ar}: there will be tax left to pay (kvarskatt), about {kr}."),
            ar_aterbetalning: |ar, kr| format!("Tax for {ar}: you get back about {kr}."),
            ar_skatt_lika: |ar| format!("Tax for {ar}: no difference to expect."),
            ar_skatt_behover: |ar| format!("Tax for {ar}: choose the main income above and it is worked out."),
            ar_skatt_ej: |ar| format!("Tax for {ar}: cannot be worked out here, because part of the tax is withheld in a way that is not included."),
            ar_hogre_avdrag: |kr| format!("It can be avoided: ask the payer of the side income to withhold more tax, about {kr} more a month."),
            ar_jamkning: |kr| format!("It can be changed: apply to Skatteverket for jämkning (adjusted withholding), about {kr} a month."),
            ar_bb_tillbaka: |ar, kr| format!("Bostadsbidrag for {ar}: about {kr} may have to be paid back."),
            ar_bb_mer: |ar, kr| format!("Bostadsbidrag for {ar}: about {kr} more may be paid."),
            ar_bb_inget: |ar| format!("Bostadsbidrag for {ar}: nothing to pay back."),
            ar_bb_ej: |ar| format!("Bostadsbidrag for {ar}: not settled here, because the rules for {ar} are not included."),
            ar_bb_behover: |ar| format!("Bostadsbidrag for {ar}: a detail is missing to settle the year."),
            ar_bb_anmal: |manad| format!("Report the new income to Försäkringskassan from {manad}, so that less has to be paid back."),
            huvudinkomst_etikett: |i| {
                if i == 0 {
                    "Your main income"
                } else {
                    "Your partner's main income"
                }
            },
            huvudinkomst_hjalp: "The payer of the main income withholds tax by the tax table. Other payers withhold 30 per cent. You decide yourself which is the main income.",
            huvudinkomst_val: ["Choose", "The wage", "Sjukpenning (sickness benefit)", "A-kassa or aktivitetsstöd", "Aktivitets- or sjukersättning (activity or sickness compensation)", "Pension"],
            rubrik: "Over time: the next 24 months",
            ingress: "Month by month from the month computed: the money to live on today and with each job, and when something changes the amounts, such as an age limit or a time limit in the sickness insurance.",
            visa: "Show the next 24 months",
            dolj: "Hide the months",
            behovs: "To count the months ahead, a few more details are needed:",
            fodelsemanad_etikett: |i| {
                if i == 0 {
                    "Your birth month"
                } else {
                    "Your partner's birth month"
                }
            },
            fodelsemanad_hjalp: "Age limits apply from the birth month, so it changes the amounts in the months ahead.",
            valj_manad: "Choose a month",
            sjukdag_etikett: |i| {
                if i == 0 {
                    "First day of the sjukperiod (sick period)"
                } else {
                    "Your partner's first day of the sjukperiod (sick period)"
                }
            },
            sjukdag_hjalp: "As YYYY-MM-DD, e.g. 2025-09-01. How long one has been sick decides the sjukpenning (sickness benefit) after a year and when the capacity to work is assessed (day 180 and 365).",
            sjukdag_fel: |msg| format!("The date cannot be used (in Swedish): {msg}"),
            sjukdag_senast: |d| format!("The sjukperiod (sick period) must have begun on {d} at the latest, the first day of the month computed."),
            fyll_i_formularet: |msg| format!("Fill this in in the form above (in Swedish): {msg}"),
            tabell_rubrik: |namn| format!("{namn}: month by month"),
            kolumn_manad: "Month",
            kolumn_disponibel: "To live on",
            kolumn_skillnad: "Compared with today",
            ej_beraknad: "Not computed",
            handelser_rubrik: |namn| format!("What changes: {namn}"),
            inga_handelser: "Nothing changes the amounts in these months.",
            notiser_rubrik: "Good to know over the months",
            paragraf: |p| format!("(Swedish law: {p})"),
            pa_svenska: Some("The changes are described in Swedish, as the calculation writes them, with the paragraf (section of Swedish law) beside each."),
            fotnot: "The calculation assumes everything else stays as today: the same wage, rent and decisions, with the rules known. The authorities decide the actual amounts.",
            steg_rubrik: |namn| format!("Hours that change: {namn}"),
            steg_hjalp: "The job starts with the hours above. Add a month when the hours change, for example more hours after a while.",
            steg_lagg_till: "Add changed hours",
            steg_fran: "From month",
            steg_timmar: "Hours a week",
            steg_ta_bort: "Remove",
            skriv_ut: "Print the months",
            utskrift_tabell_rubrik: "Money to live on, month by month (the difference from today in brackets)",
            diagram_rubrik: "Money to live on, month by month",
            diagram_x_axel: "Month",
            diagram_beskrivning: |fran, till| format!("Chart of the money to live on each month from {fran} to {till}. "),
            diagram_spar: |namn, forsta, sista| format!("{namn}: {forsta} in the first month, {sista} in the last. "),
            diagram_handelse: "Numbered dashed line: something changes that month (see the list)",
            diagram_handelser_rubrik: "What changes (the numbers are in the chart)",
            diagram_handelse_rad: |namn, text| format!("{namn}: {text}"),
            diagram_tabell_hjalp: "The same figures are in the tables below the chart.",
            karta_rubrik: "Hours and hourly wage",
            karta_ingress: "How much more or less there is to live on than today, for different hours a week and hourly wages. Everything else is as in the form.",
            karta_inget_jobb: "The map needs a job with an hourly wage. Fill in the hours and hourly wage of a job above.",
            karta_jobb: "The job the map shows",
            karta_visa: "Show the map",
            karta_dolj: "Hide the map",
            karta_gammal: "The details have changed since the map was worked out.",
            karta_rakna_om: "Work out the map again",
            karta_diagram_rubrik: |namn| format!("{namn}: more or less than today per month"),
            karta_beskrivning: |namn, h0, h1, w0, w1, klippor| {
                let k = match klippor {
                    0 => "Nowhere does one more hour give less to live on.".to_string(),
                    1 => "In one place one more hour gives less to live on (see the list).".to_string(),
                    n => format!("In {n} places one more hour gives less to live on (see the list)."),
                };
                format!("Map for {namn}: from {h0} to {h1} hours a week and from {w0} to {w1}. Blue is more than today, orange and striped less. {k}")
            },
            karta_x_axel: "Hours a week",
            karta_y_axel: "The rows are the hourly wage in kronor, the lowest at the bottom.",
            karta_kr_timme: |w| format!("{w} kr/h"),
            karta_skala: [
                "1 000 kr less or more",
                "Up to 1 000 kr less",
                "The same as today",
                "Up to 2 000 kr more",
                "2 000–4 000 kr more",
                "4 000–6 000 kr more",
                "6 000 kr more or above",
            ],
            karta_klippa: "Black bar: one more hour gives less to live on",
            karta_jobbet: "Ring: the job as it is in the form",
            karta_klippor_rubrik: "Where more hours give less",
            karta_inga_klippor: "Nowhere on the map does one more hour give less to live on.",
            karta_klippa_text: |w, h0, h1, kr| format!("From {h0} to {h1} hours a week, at {w} kr an hour: up to {kr} less a month."),
            karta_som_tabell: "The map as a table",
            karta_tabell_rubrik: |namn| format!("{namn}: more (+) or less (−) than today per month, by hours a week and hourly wage"),
            karta_kolumn_timmar: "Hours a week",
            karta_mindre: "(less than with one hour fewer)",
        },
    },
};
