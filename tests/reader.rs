//! The reader's view and its narrative, on the sample files and on edge
//! cases built by hand. Every expected sentence is written out in full; its
//! figures are read from the fixture files (NETTORESULTAT rows, quoted in
//! the comments) and rounded to mnkr by hand — never produced by the code
//! under test.

use budgetkoll::engine::consolidation::Grouping;
use budgetkoll::engine::measures::{Measure, MeasurePlan};
use budgetkoll::finance::model::FinanceTable;
use budgetkoll::fr1::model::{Fr1Report, Period};
use budgetkoll::fr1::schema::Part;
use budgetkoll::i18n::Lang;
use budgetkoll::intake::{intake, Intake};
use budgetkoll::money::{AmountScale, Money};
use budgetkoll::view::development::ChangeFigs;
use budgetkoll::view::followup::MeasureView;
use budgetkoll::view::narrative::narrative;
use budgetkoll::view::reader::{
    reader_view, BalanceStatus, BalanceYearFigs, CardKind, HeadFigure, Headline, ReaderCard,
    ReaderInputs, ReaderView, Standing,
};
use budgetkoll::view::Fig;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const NBSP: char = '\u{a0}';

/// Swedish figures as the page prints them: `−` and a no-break space.
fn sv(text: &str) -> String {
    text.replace('-', "\u{2212}")
        .replace('_', &NBSP.to_string())
}

fn read(path: &str) -> Intake {
    let bytes = std::fs::read(format!("tests/fixtures/{path}")).expect("fixture");
    let name = path.rsplit('/').next().unwrap_or(path);
    intake(name, &bytes).unwrap_or_else(|e| panic!("{path}: {}", e.text(Lang::Sv)))
}

fn reports(paths: &[&str]) -> Vec<Fr1Report> {
    paths
        .iter()
        .map(|p| match read(p) {
            Intake::Fr1(i) => i.report,
            other => panic!("{p}: {other:?}"),
        })
        .collect()
}

fn finance(path: &str) -> FinanceTable {
    match read(path) {
        Intake::Finance(f) => f.table,
        other => panic!("{path}: {other:?}"),
    }
}

const DEMO: [&str; 4] = [
    "fr1/FR1_42_mars2024.xlsx",
    "fr1/FR1_42_juni2024.xlsx",
    "fr1/FR1_43_mars2024.xlsx",
    "fr1/FR1_43_juni2024.xlsx",
];

const HOSPITAL: [&str; 8] = [
    "followup/FR1_51_mars2024.csv",
    "followup/FR1_52_mars2024.csv",
    "followup/FR1_51_april2024.csv",
    "followup/FR1_52_april2024.csv",
    "followup/FR1_51_augusti2024.csv",
    "followup/FR1_52_augusti2024.csv",
    "followup/FR1_51_bokslut2024.csv",
    "followup/FR1_52_bokslut2024.csv",
];

fn view_of(
    reports: &[Fr1Report],
    finance: &[FinanceTable],
    period: Period,
    measures: &[MeasurePlan],
    lang: Lang,
) -> ReaderView {
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let grouping = Grouping::single("Region Exempel", "Alla förvaltningar", &refs);
    reader_view(
        &ReaderInputs {
            reports,
            finance,
            period,
            grouping: &grouping,
            part: Part::Totalt,
            measures,
            frames: None,
            explanations: &[],
        },
        lang,
    )
}

fn june() -> Period {
    Period::new(2024, 6).expect("period")
}

// ------------------------------------------------------------ the samples

#[test]
fn the_demo_in_june_reads_as_a_controller_would_write_it() {
    let v = view_of(&reports(&DEMO), &[], june(), &[], Lang::Sv);
    // The förvaltningar alone, consolidated (Externt), NETTORESULTAT:
    // Prognos helår 101 759 + 53 475 = 155 234 tkr = 155,2 mnkr; stated
    // PROGNOS JMF BUDGET Externt −239 − 2 715 = −2 954 = −3,0 mnkr.
    // Utfall ack 52 592 + 26 174 = 78 766 = 78,8; −1 832 − 794 = −2 626 = −2,6.
    // Per förvaltning (Totalt): 43 −2 798 = −2,8 and 42 −196 = −0,2 in the
    // forecast. Their sum in March −488 + 558 = +70, in June −2 994: a
    // change of −3 064 = 3,1 mnkr worse, to −3,0.
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Nettokostnaden för förvaltningarna väntas bli 155,2 mnkr för 2024, 3,0 mnkr sämre än budget."),
            sv("Till och med juni är nettokostnaden 78,8 mnkr, 2,6 mnkr sämre än budget."),
            sv("Sämre än budget i helårsprognosen: 43 Servicecentrum (-2,8 mnkr) och 42 Exempelförvaltningen (-0,2 mnkr)."),
            sv("Förvaltningarnas samlade prognos har försämrats med 3,1 mnkr sedan mars, till -3,0 mnkr mot budget."),
        ]
    );
    // The cards: largest forecast deviation first, full names, the change
    // since March (43: −2 798 − 558 = −3 356; 42: −196 + 488 = +292).
    let names: Vec<&str> = v.cards.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["43 Servicecentrum", "42 Exempelförvaltningen"]);
    let first = &v.cards[0];
    assert_eq!(first.ytd.text, sv("-0,9"), "43 UTFALL JMF BUDGET −933");
    assert_eq!(first.forecast.text, sv("-2,8"));
    let change = first.change.as_ref().expect("two reports");
    assert_eq!(
        (change.change.text.as_str(), change.since.as_str()),
        (sv("-3,4").as_str(), "mars")
    );
    assert_eq!(first.standing, Some(Standing::Worse));
    assert_eq!(
        v.cards[1].change.as_ref().map(|c| c.change.text.clone()),
        Some("+0,3".into())
    );
    assert!(
        v.namnder.is_empty(),
        "a single nämnd has no cards of its own"
    );
}

#[test]
fn the_demo_with_the_finance_table_leads_with_the_regions_result() {
    let fin = finance("followup/finansforvaltningen_juni2024.csv");
    let v = view_of(&reports(&DEMO), &[fin], june(), &[], Lang::Sv);
    // Full year: 157,0 mnkr − 155,234 = +1,766 = +1,8; variance 4,0 − 2,954
    // = +1,046 = 1,0 better. Year to date: 80,1 − 78,766 = +1,334 = +1,3;
    // 3,2 − 2,626 = +0,574 = 0,6 better.
    let text = narrative(&v, Lang::Sv);
    assert_eq!(
        text[..2],
        [
            "Regionens resultat för 2024 väntas bli +1,8 mnkr, 1,0 mnkr bättre än budget."
                .to_string(),
            "Till och med juni är resultatet +1,3 mnkr, 0,6 mnkr bättre än budget.".to_string(),
        ]
    );
    let h = v.headline.as_ref().expect("headline");
    let year = h.year.as_ref().expect("forecast");
    assert_eq!(
        (year.amount.text.as_str(), year.variance.text.as_str()),
        ("+1,8", "+1,0")
    );
    assert_eq!(year.label, "Prognos för helåret 2024");
    assert_eq!(
        h.ytd.as_ref().map(|y| y.label.as_str()),
        Some("Utfall till och med juni")
    );
    assert_eq!(h.title, "Regionens resultat");
}

#[test]
fn the_demo_in_english() {
    let v = view_of(&reports(&DEMO), &[], june(), &[], Lang::En);
    assert_eq!(
        narrative(&v, Lang::En),
        vec![
            sv("The net cost of the administrations is forecast at 155,2 mnkr for 2024, 3,0 mnkr worse than budget."),
            sv("Up to June the net cost is 78,8 mnkr, 2,6 mnkr worse than budget."),
            "Worse than budget in the full-year forecast: 43 Servicecentrum (\u{2212}2,8 mnkr) and 42 Exempelförvaltningen (\u{2212}0,2 mnkr).".to_string(),
            sv("The administrations' combined forecast has worsened by 3,1 mnkr since March, to -3,0 mnkr against budget."),
        ]
    );
}

#[test]
fn march_compares_with_nothing_earlier() {
    // In March only one report per förvaltning exists up to the period: no
    // change sentence, even though June is loaded. 43 +558 = +0,6 better,
    // 42 −488 = −0,5 worse; their sum +70 = +0,1 (Externt +836 + 119 = +955
    // = +1,0 for the consolidated headline).
    let v = view_of(
        &reports(&DEMO),
        &[],
        Period::new(2024, 3).expect("p"),
        &[],
        Lang::Sv,
    );
    let text = narrative(&v, Lang::Sv);
    assert_eq!(
        text[2..],
        [
            sv("Sämre än budget i helårsprognosen: 42 Exempelförvaltningen (-0,5 mnkr)."),
            "Bättre än budget i helårsprognosen: 43 Servicecentrum (+0,6 mnkr).".to_string(),
        ]
    );
    assert!(v.change.is_none());
}

#[test]
fn the_hospital_in_august_with_decided_measures() {
    // 51 forecast −95,4, 52 −16,2: −111,6 in August; April −108,5 − 18,8 =
    // −127,3, so 15,7 better. Net cost 5 326,5 + 1 266,2 = 6 592,7; year to
    // date 3 551,0 + 844,1 = 4 395,1 at −63,7 − 11,0 = −74,7. Measures of
    // +30,2 for 51 bring it to −95,4 + 30,2 = −65,2, all of it still to find.
    let plan = MeasurePlan {
        measures: vec![Measure {
            text: "Vårdplatser".into(),
            decision: "RS 2024-09-03".into(),
            effect: Money::from(30_200),
            start_month: Some(9),
        }],
        ..MeasurePlan::new("51")
    };
    let v = view_of(
        &reports(&HOSPITAL),
        &[],
        Period::new(2024, 8).expect("p"),
        &[plan],
        Lang::Sv,
    );
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Nettokostnaden för förvaltningarna väntas bli 6_592,7 mnkr för 2024, 111,6 mnkr sämre än budget."),
            sv("Till och med augusti är nettokostnaden 4_395,1 mnkr, 74,7 mnkr sämre än budget."),
            sv("Sämre än budget i helårsprognosen: 51 Exempelsjukhuset (-95,4 mnkr) och 52 Primärvården (-16,2 mnkr)."),
            "Förvaltningarnas samlade prognos har förbättrats med 15,7 mnkr sedan april, till \u{2212}111,6 mnkr mot budget.".to_string(),
            sv("Beslutade åtgärder för 51 Exempelsjukhuset på +30,2 mnkr ger en prognos på -65,2 mnkr mot budget. Kvar att hitta till målet: 65,2 mnkr."),
        ]
    );
}

#[test]
fn the_hospital_at_year_end_tells_the_years_outcome() {
    // Bokslut: 5 313,2 + 1 262,0 = 6 575,2 at −101,3 − 12,0 = −113,3; no
    // forecast, and the forecasts' last move is no longer news.
    let v = view_of(
        &reports(&HOSPITAL),
        &[],
        Period::new(2024, 12).expect("p"),
        &[],
        Lang::Sv,
    );
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Nettokostnaden för förvaltningarna blev 6_575,2 mnkr för 2024, 113,3 mnkr sämre än budget."),
            sv("Sämre än budget i bokslutet: 51 Exempelsjukhuset (-101,3 mnkr) och 52 Primärvården (-12,0 mnkr)."),
        ]
    );
    assert_eq!(
        v.headline
            .as_ref()
            .and_then(|h| h.ytd.as_ref())
            .map(|f| f.label.as_str()),
        Some("Bokslut 2024")
    );
}

// ------------------------------------------------------------ edge cases by hand

fn mnkr(v: Option<Decimal>) -> Fig {
    Fig::signed(v, AmountScale::Mnkr)
}

fn head(label: &str, amount: Decimal, variance: Decimal) -> HeadFigure {
    let variance = mnkr(Some(variance));
    HeadFigure {
        label: label.into(),
        amount: Fig::amount(Some(Money(amount)), AmountScale::Mnkr),
        budget: Fig::amount(None, AmountScale::Mnkr),
        standing: Standing::of(&variance, AmountScale::Mnkr).expect("figure"),
        variance,
    }
}

fn card(name: &str, ytd: Option<Decimal>, forecast: Option<Decimal>) -> ReaderCard {
    let mut c = ReaderCard {
        kind: CardKind::Unit,
        code: name.split(' ').next().unwrap_or_default().into(),
        name: name.into(),
        ytd: mnkr(ytd),
        forecast: mnkr(forecast),
        change: None,
        standing: None,
        measures: None,
        why: None,
    };
    c.standing = c.key().and_then(|f| Standing::of(f, AmountScale::Mnkr));
    c
}

fn view(month: u8, headline: Headline, cards: Vec<ReaderCard>) -> ReaderView {
    let period = Period::new(2025, month).expect("p");
    ReaderView {
        period,
        period_title: period.title(Lang::Sv),
        headline: Some(headline),
        cards,
        namnder: Vec::new(),
        change: None,
        balance: None,
        finance_why: None,
    }
}

fn units_headline(ytd: HeadFigure, year: Option<HeadFigure>) -> Headline {
    Headline {
        title: "Förvaltningarnas nettokostnad".into(),
        with_finance: false,
        ytd: Some(ytd),
        year,
    }
}

#[test]
fn no_forecast_compares_the_year_to_date() {
    let v = view(
        5,
        units_headline(head("", dec!(812.4), dec!(-4.3)), None),
        vec![
            card("11 Kultur", Some(dec!(1.2)), None),
            card("12 Kollektivtrafik", Some(dec!(-5.5)), None),
        ],
    );
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Till och med maj är nettokostnaden för förvaltningarna 812,4 mnkr, 4,3 mnkr sämre än budget."),
            "Rapporterna har ingen helårsprognos.".to_string(),
            sv("Sämre än budget hittills i år: 12 Kollektivtrafik (-5,5 mnkr)."),
            "Bättre än budget hittills i år: 11 Kultur (+1,2 mnkr).".to_string(),
        ]
    );
}

#[test]
fn all_on_budget_says_so_without_figures_that_round_to_nothing() {
    // +0,04 shows as 0,0: on budget, not "0,0 mnkr better".
    let v = view(
        9,
        units_headline(
            head("", dec!(300.0), dec!(0.04)),
            Some(head("", dec!(402.0), dec!(0))),
        ),
        vec![
            card("11 Kultur", Some(dec!(0.04)), Some(dec!(0))),
            card("12 Kollektivtrafik", Some(dec!(0)), Some(dec!(-0.03))),
        ],
    );
    assert_eq!(
        narrative(&v, Lang::En),
        vec![
            "The net cost of the administrations is forecast at 402,0 mnkr for 2025, on budget."
                .to_string(),
            "Up to September the net cost is 300,0 mnkr, on budget.".to_string(),
            "Every administration is on budget.".to_string(),
        ]
    );
}

#[test]
fn a_single_unit_is_named_and_not_ranked() {
    let mut v = view(
        4,
        units_headline(
            head("", dec!(1779.9), dec!(-36.1)),
            Some(head("", dec!(5339.6), dec!(-108.5))),
        ),
        vec![card(
            "51 Exempelsjukhuset",
            Some(dec!(-36.1)),
            Some(dec!(-108.5)),
        )],
    );
    v.change = Some(ChangeFigs {
        since: "mars".into(),
        change: mnkr(Some(dec!(30.2))),
        now: mnkr(Some(dec!(-108.5))),
    });
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Nettokostnaden för 51 Exempelsjukhuset väntas bli 5_339,6 mnkr för 2025, 108,5 mnkr sämre än budget."),
            sv("Till och med april är nettokostnaden 1_779,9 mnkr, 36,1 mnkr sämre än budget."),
            sv("Prognosen har förbättrats med 30,2 mnkr sedan mars, till -108,5 mnkr mot budget."),
        ]
    );
}

#[test]
fn mixed_signs_name_the_three_largest_worse_first() {
    // By size: −12,0, +9,5, −4,1 are named; +2,0 is the fourth and is not.
    let v = view(
        6,
        Headline {
            title: "Regionens resultat".into(),
            with_finance: true,
            ytd: Some(head("", dec!(20.1), dec!(5.0))),
            year: Some(head("", dec!(-3.4), dec!(-4.6))),
        },
        vec![
            card("21 Tandvården", Some(dec!(1.0)), Some(dec!(2.0))),
            card("22 Psykiatrin", Some(dec!(-3.0)), Some(dec!(-12.0))),
            card("23 Hjälpmedel", Some(dec!(4.0)), Some(dec!(9.5))),
            card("24 Fastigheter", Some(dec!(3.0)), Some(dec!(-4.1))),
        ],
    );
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Regionens resultat för 2025 väntas bli -3,4 mnkr, 4,6 mnkr sämre än budget."),
            "Till och med juni är resultatet 20,1 mnkr, 5,0 mnkr bättre än budget.".to_string(),
            sv("Sämre än budget i helårsprognosen: 22 Psykiatrin (-12,0 mnkr) och 24 Fastigheter (-4,1 mnkr)."),
            "Bättre än budget i helårsprognosen: 23 Hjälpmedel (+9,5 mnkr).".to_string(),
        ]
    );
}

#[test]
fn the_balance_requirement_when_frames_are_loaded() {
    let year = |y: i32, result: Decimal, remaining: Decimal| BalanceYearFigs {
        year: y,
        result: mnkr(Some(result)),
        remaining: Fig::amount(Some(Money(remaining)), AmountScale::Mnkr),
    };
    let mut v = view(
        6,
        units_headline(head("", dec!(1.0), dec!(0)), None),
        Vec::new(),
    );
    v.headline = None;
    v.balance = Some(BalanceStatus {
        scenario: "Huvudscenario".into(),
        years: vec![
            year(2026, dec!(25.0), dec!(36.8)),
            year(2027, dec!(-12.3), dec!(49.1)),
            year(2028, dec!(40.0), dec!(9.1)),
        ],
    });
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec![
            sv("Balanskravet uppfylls inte 2027 (-12,3 mnkr) (scenario Huvudscenario)."),
            "Efter 2028 återstår 9,1 mnkr att återställa.".to_string(),
        ]
    );
    v.balance = Some(BalanceStatus {
        scenario: "Huvudscenario".into(),
        years: vec![
            year(2026, dec!(25.0), dec!(0)),
            year(2027, dec!(2.0), dec!(0)),
        ],
    });
    assert_eq!(
        narrative(&v, Lang::En),
        vec![
            "The balance requirement is met in every year 2026–2027 (scenario Huvudscenario)."
                .to_string()
        ]
    );
}

#[test]
fn measures_that_reach_the_target_say_so() {
    let mut c = card("52 Primärvården", Some(dec!(-6.1)), Some(dec!(-18.8)));
    c.measures = Some(MeasureView {
        forecast: mnkr(Some(dec!(-18.8))),
        effects: mnkr(Some(dec!(20.0))),
        after: mnkr(Some(dec!(1.2))),
        target: mnkr(Some(dec!(0))),
        gap: mnkr(Some(dec!(1.2))),
        sentence: "Målet nås med 1,2 mnkr till godo.".into(),
    });
    let mut v = view(
        4,
        units_headline(head("", dec!(1.0), dec!(0)), None),
        vec![c],
    );
    v.headline = None;
    assert_eq!(
        narrative(&v, Lang::Sv),
        vec!["Beslutade åtgärder för 52 Primärvården på +20,0 mnkr ger en prognos på +1,2 mnkr mot budget. Målet nås med 1,2 mnkr till godo.".to_string()]
    );
}
