//! The whole pipeline on the demo files: bytes → intake → engine → the view
//! models the page shows, with the figures a person would read.

use budgetkoll::engine::consolidation::Grouping;
use budgetkoll::fr1::model::{Fr1Report, Period};
use budgetkoll::fr1::schema::{Part, Report, Row};
use budgetkoll::i18n::Lang;
use budgetkoll::intake::{intake, intake_pasted, place, Intake, Placement};
use budgetkoll::money::AmountScale;
use budgetkoll::view::fr1_grid::fr1_grid;
use budgetkoll::view::overview::{overview, periods, LineKind};
use budgetkoll::view::unit_summary::{summary_lines, SummaryColumns};
use rust_decimal_macros::dec;

const DEMO: [&str; 4] = [
    "FR1_42_mars2024.xlsx",
    "FR1_42_juni2024.xlsx",
    "FR1_43_mars2024.xlsx",
    "FR1_43_juni2024.xlsx",
];

fn demo() -> Vec<Fr1Report> {
    DEMO.iter()
        .map(|name| {
            let bytes = std::fs::read(format!("tests/fixtures/fr1/{name}")).expect("fixture");
            match intake(name, &bytes) {
                Ok(Intake::Fr1(import)) => {
                    assert!(!import.has_errors(), "{name}: {:?}", import.findings);
                    import.report
                }
                other => panic!("{name}: {other:?}"),
            }
        })
        .collect()
}

#[test]
fn demo_overview_sums_units_into_the_region() {
    let reports = demo();
    let ps = periods(&reports);
    assert_eq!(
        ps,
        vec![Period::new(2024, 6).unwrap(), Period::new(2024, 3).unwrap()]
    );
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let grouping = Grouping::single("Regionen", "Alla förvaltningar", &refs);
    let o = overview(
        &reports,
        &[],
        ps[0],
        &grouping,
        Part::Totalt,
        AmountScale::Tkr,
        Lang::Sv,
    );
    assert_eq!(o.error, None);
    let kinds: Vec<LineKind> = o.lines.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LineKind::Unit,
            LineKind::Unit,
            LineKind::Region,
            LineKind::RegionExternal
        ]
    );
    assert_eq!(o.lines[0].label, "42 Exempelförvaltningen");
    // NETTORESULTAT, UTFALL Totalt in the files: 42 juni 58 596, 43 juni
    // 29 433; the region is their sum, 88 029.
    let value = |i: usize| o.lines[i].figures.actual_ytd.value.unwrap();
    assert_eq!(
        [value(0), value(1), value(2)],
        [dec!(58596), dec!(29433), dec!(88029)]
    );
    assert!(o
        .residual
        .as_deref()
        .unwrap_or("")
        .contains("bör vara nära 0"));
}

#[test]
fn summary_and_grid_read_like_the_form() {
    let reports = demo();
    let juni42 = &reports[1];
    let lines = summary_lines(juni42, Part::Totalt, AmountScale::Tkr);
    let net = lines.iter().find(|l| l.row == Row::Nettoresultat).unwrap();
    // The engine's hand-checked figure for 42 juni: −1 596 year to date.
    assert_eq!(net.var_ytd.text, "\u{2212}1\u{a0}596");
    assert_eq!(net.var_ytd.class, "neg");
    let grid = fr1_grid(juni42, Report::Utfall, &[], AmountScale::Tkr, Lang::Sv).unwrap();
    assert_eq!(grid.rows.len(), 16);
    assert_eq!(grid.groups.len(), 5);
    assert_eq!(grid.rows[0].cells.len(), 15);
    let mnkr = summary_lines(juni42, Part::Totalt, AmountScale::Mnkr);
    let net_m = mnkr.iter().find(|l| l.row == Row::Nettoresultat).unwrap();
    assert_eq!(net_m.var_ytd.text, "\u{2212}1,6");
    // As the form sets them: the TOTALA rows and NETTORESULTAT bold, the
    // dash rows under Personal and Drift indented, in both tables.
    let classes: Vec<(Row, &str)> = grid.rows.iter().map(|r| (r.row, r.class())).collect();
    let summary: Vec<(Row, &str)> = lines.iter().map(|l| (l.row, l.class())).collect();
    for (row, class) in [
        (Row::Intakter, ""),
        (Row::Personal, ""),
        (Row::Anstallda, "sub"),
        (Row::DriftOvrigt, "sub"),
        (Row::Kapitalkostnad, ""),
        (Row::TotalaIntakter, "total"),
        (Row::TotalaKostnader, "total"),
        (Row::Nettoresultat, "total"),
    ] {
        assert!(classes.contains(&(row, class)), "{row:?} in the grid");
        assert!(summary.contains(&(row, class)), "{row:?} in the summary");
    }
}

#[test]
fn a_pasted_range_reads_like_the_file() {
    let bytes = std::fs::read("tests/fixtures/fr1/FR1_42_juni2024_utfall.csv").unwrap();
    let text = budgetkoll::import::text::decode(&bytes).unwrap();
    // Paste the CSV as if from Excel (tab-separated).
    let pasted = text.replace(';', "\t");
    let Ok(Intake::Fr1(import)) = intake_pasted(&pasted) else {
        panic!("pasted FR1")
    };
    assert!(import.report.table(Report::Utfall).is_some());
    let same = intake("FR1_42_juni2024_utfall.csv", &bytes).unwrap();
    let Intake::Fr1(other) = same else { panic!() };
    assert_eq!(import.report.utfall, other.report.utfall);
}

#[test]
fn the_same_unit_and_period_is_a_replacement() {
    let reports = demo();
    let csv = |name: &str| {
        let bytes = std::fs::read(format!("tests/fixtures/fr1/{name}")).unwrap();
        match intake(name, &bytes) {
            Ok(Intake::Fr1(import)) => import.report,
            other => panic!("{name}: {other:?}"),
        }
    };
    // The Utfall export of 42 juni, read from its own CSV: the workbook of
    // 42 juni (index 1, not 42 mars at 0) already has an Utfall.
    let utfall = csv("FR1_42_juni2024_utfall.csv");
    assert_eq!(place(&reports, &utfall), Placement::Replaces(1));
    // Its Prognos export completes it; 43 juni is another förvaltning.
    let prognos = csv("FR1_42_juni2024_prognos.csv");
    assert_eq!(place([&utfall], &prognos), Placement::Completes(0));
    assert_eq!(place([&reports[0]], &reports[1]), Placement::New);
    assert_eq!(place([&reports[0]], &reports[2]), Placement::New);
}

#[test]
fn junk_is_refused_with_the_file_name() {
    let err = intake("budget.xlsx", b"not a workbook at all").unwrap_err();
    assert_eq!(err.file, "budget.xlsx");
    assert!(err.text(Lang::Sv).contains("budget.xlsx"), "{err:?}");
}

#[test]
fn a_frame_table_dropped_on_the_main_page_is_read_as_frames() {
    for path in [
        "budgetramar_2025_2027.xlsx",
        "frames/budgetramar_plan_2026_2028.xlsx",
        "frames/budgetramar_mnkr_omvanda_ar.csv",
    ] {
        let bytes = std::fs::read(format!("tests/fixtures/{path}")).unwrap();
        let name = path.rsplit('/').next().unwrap();
        let Ok(Intake::Frames(session)) = intake(name, &bytes) else {
            panic!("{path} is a frame table");
        };
        assert_eq!(session.source, name);
        assert!(session.result().unwrap().is_ok());
    }
}

#[test]
fn charts_read_like_their_tables() {
    use budgetkoll::charts::AcOrFc;
    use budgetkoll::view::charts::{
        bridge_table, columns_table, overview_chart, unit_bridge, unit_columns,
    };
    let reports = demo();
    let juni42 = &reports[1];
    let bridge = unit_bridge(juni42, Part::Totalt, AmountScale::Tkr, AcOrFc::Ac, Lang::Sv).unwrap();
    // Budget 57 000, the variances by row, ending on the actual 58 596.
    assert_eq!(bridge.budget.to_string(), "57000");
    assert_eq!(bridge.end().to_string(), "58596");
    let t = bridge_table(&bridge, Lang::Sv);
    assert_eq!(t.rows.len(), 6);
    assert_eq!(t.rows[5].1[0].text, "58\u{a0}596");
    let cols = unit_columns(juni42, Part::Totalt, AmountScale::Tkr, AcOrFc::Ac, Lang::Sv).unwrap();
    let ct = columns_table(&cols, Lang::Sv);
    let net = ct.rows.iter().find(|r| r.0 == "NETTORESULTAT").unwrap();
    assert_eq!(net.1[3].text, "\u{2212}1\u{a0}596");
    assert_eq!(net.1[3].class, "neg");
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let grouping = Grouping::single("Regionen", "Alla", &refs);
    let o = overview(
        &reports,
        &[],
        periods(&reports)[0],
        &grouping,
        Part::Totalt,
        AmountScale::Tkr,
        Lang::Sv,
    );
    let chart = overview_chart(&o, AmountScale::Tkr, Lang::Sv).unwrap();
    assert_eq!(chart.bars.len(), 2);
    assert_eq!(chart.total.to_string(), "-2529");
    let table = budgetkoll::view::charts::overview_table(&chart, Lang::Sv);
    assert!(
        table.title.starts_with(&chart.heading.title),
        "{}",
        table.title
    );
    assert_eq!(budgetkoll::view::export::chart(&table).title, table.title);
}

#[test]
fn the_english_page_gets_english_headings_and_sentences() {
    let reports = demo();
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let grouping = Grouping::single("Regionen", "Alla", &refs);
    let period = periods(&reports)[0];
    let o = overview(
        &reports,
        &[],
        period,
        &grouping,
        Part::Totalt,
        AmountScale::Tkr,
        Lang::En,
    );
    let chart = budgetkoll::view::charts::overview_chart(&o, AmountScale::Tkr, Lang::En).unwrap();
    assert_eq!(
        chart.heading.caption(),
        "Net result, actual vs budget per administration, year to date, June 2024"
    );
    let table = budgetkoll::view::charts::overview_table(&chart, Lang::En);
    assert_eq!(table.headers, vec!["", "Actual vs budget"]);
    assert_eq!(table.rows.last().unwrap().0, "Total");
    let residual = o.residual.unwrap();
    assert!(
        residual.starts_with("Actual YTD: internal revenue"),
        "{residual}"
    );
    assert!(
        !residual.contains('{'),
        "every placeholder filled: {residual}"
    );
    let external = o.lines.last().unwrap();
    assert!(
        external.label.ends_with(", external (consolidated)"),
        "{}",
        external.label
    );

    let sv = overview(
        &reports,
        &[],
        period,
        &grouping,
        Part::Totalt,
        AmountScale::Tkr,
        Lang::Sv,
    );
    assert!(sv.residual.unwrap().ends_with("bör vara nära 0."));
}

#[test]
fn follow_up_of_one_forvaltning() {
    use budgetkoll::engine::measures::{Measure, MeasurePlan};
    use budgetkoll::money::Money;
    use budgetkoll::view::followup::{forecast_lines, measure_view, series_lines};
    let reports = demo();
    let of42: Vec<&Fr1Report> = reports[..2].iter().collect();
    let series = series_lines(
        &of42,
        Row::Nettoresultat,
        Part::Totalt,
        AmountScale::Tkr,
        Lang::Sv,
    )
    .unwrap();
    assert_eq!(series.len(), 2);
    assert_eq!(series[0].span, "jan–mar");
    assert_eq!(series[1].span, "apr–jun");
    // NETTORESULTAT, UTFALL Totalt: 28 338 in mars, 58 596 in juni, so
    // april–juni moved it by 58 596 − 28 338 = 30 258.
    let value = |f: &budgetkoll::view::Fig| f.value.unwrap();
    assert_eq!(
        series
            .iter()
            .map(|s| value(&s.movement))
            .collect::<Vec<_>>(),
        [dec!(28338), dec!(30258)]
    );
    assert_eq!(value(&series[1].accumulated), dec!(58596));

    // 42 juni: forecast 114 196 against a run-rate of 58 596 × 12 / 6.
    let lines = forecast_lines(&reports[1], Part::Totalt, AmountScale::Tkr, None);
    let net = lines.iter().find(|l| l.label == "NETTORESULTAT").unwrap();
    assert_eq!(net.reported.text, "114\u{a0}196");
    assert_eq!(net.run_rate.text, "117\u{a0}192");
    assert_eq!(net.diff_run_rate.text, "+2\u{a0}996");

    let plan = MeasurePlan {
        unit_code: "42".into(),
        measures: vec![Measure {
            text: "Vakansprövning".into(),
            decision: "FN 2024-05-12 §4".into(),
            effect: Money(dec!(5000)),
            start_month: Some(7),
        }],
        target: Money(dec!(-1000)),
    };
    // Prognos jmf budget −196 tkr; + 5 000 = +4 804; against a target of
    // −1 000 that is 5 804 to spare. In mnkr: −0,2; +5,0; +4,8; −1,0; +5,8.
    let m = measure_view(&reports[1], &plan, Part::Totalt, AmountScale::Tkr, Lang::Sv).unwrap();
    assert_eq!(m.forecast.text, "\u{2212}196");
    assert_eq!(m.after.text, "+4\u{a0}804");
    assert_eq!(m.gap.text, "+5\u{a0}804");
    assert_eq!(m.gap.class, "pos");
    assert_eq!(m.sentence, "Målet nås med 5\u{a0}804 tkr till godo.");
    let m = measure_view(
        &reports[1],
        &plan,
        Part::Totalt,
        AmountScale::Mnkr,
        Lang::Sv,
    )
    .unwrap();
    assert_eq!(
        [&m.forecast, &m.effects, &m.after, &m.target, &m.gap].map(|f| f.text.as_str()),
        ["\u{2212}0,2", "+5,0", "+4,8", "\u{2212}1,0", "+5,8"]
    );
}

#[test]
fn a_seasonal_profile_moves_the_budget_ytd() {
    use budgetkoll::view::followup::{parse_profile, periodisation_lines, ProfileInputError};
    assert_eq!(
        parse_profile("1 2 3").unwrap_err(),
        ProfileInputError::Count(3)
    );
    // Heavier first half: half a year's budget share is 60 %, not 50 %.
    let profile = parse_profile("10 10 10 10 10 10 6,67 6,67 6,67 6,67 6,66 6,66").unwrap();
    let reports = demo();
    let lines = periodisation_lines(&reports[1], Part::Totalt, AmountScale::Tkr, &profile);
    let net = lines.iter().find(|l| l.label == "NETTORESULTAT").unwrap();
    // Budget helår 114 000: even 57 000; seasonal 60 % = 68 400.
    assert_eq!(net.even_budget.text, "57\u{a0}000");
    assert_eq!(net.seasonal_budget.text, "68\u{a0}400");
    assert_eq!(net.seasonal_variance.text, "+9\u{a0}804");
}

#[test]
fn the_trend_follows_the_reports_of_the_year() {
    use budgetkoll::view::charts::{trend_table, unit_trend};
    let reports = demo();
    let of42: Vec<&Fr1Report> = reports[..2].iter().collect();
    let t = unit_trend(&of42, Part::Totalt, AmountScale::Tkr, None, Lang::Sv).unwrap();
    // Reported months only: mars and juni; the rest are missing, not zero.
    let reported: Vec<usize> = (0..12).filter(|&i| t.actual[i].is_some()).collect();
    assert_eq!(reported, vec![2, 5]);
    assert_eq!(t.actual[5].unwrap().to_string(), "58596");
    // Budget helår 114 000 spread evenly: 57 000 at June, 114 000 at December.
    assert_eq!(t.budget_even[5].to_string(), "57000");
    assert_eq!(t.budget_even[11].to_string(), "114000");
    assert_eq!(t.forecast.unwrap().to_string(), "114196");
    let table = trend_table(&t, Lang::Sv);
    assert_eq!(table.rows.len(), 13);
    assert_eq!(table.rows[0].1[0].text, "–");
}

#[test]
fn exports_carry_the_exact_figures_of_the_tables() {
    use budgetkoll::export::to_csv_sv;
    use budgetkoll::view::export::{fr1, summary};
    let reports = demo();
    let lines = summary_lines(&reports[1], Part::Totalt, AmountScale::Tkr);
    let labelled: Vec<(String, &_)> = lines.iter().map(|l| (l.label.clone(), l)).collect();
    let columns = SummaryColumns::of(&lines, false);
    let t = summary("42 juni 2024", "Kontoslag", &labelled, columns, Lang::Sv);
    assert_eq!(t.headers.len(), 9);
    let csv = to_csv_sv(&t);
    // NETTORESULTAT: 58 596; 57 000; −1 596; −2,8 % (exact: −2,8 percent points).
    let net = csv
        .lines()
        .find(|l| l.starts_with("NETTORESULTAT"))
        .unwrap();
    assert!(
        net.starts_with("NETTORESULTAT;58596;57000;-1596;-2,8"),
        "{net}"
    );
    let grid = fr1_grid(&reports[1], Report::Utfall, &[], AmountScale::Tkr, Lang::Sv).unwrap();
    let f = fr1("42 juni 2024 utfall", &grid);
    assert_eq!(f.headers.len(), 16);
    assert!(f.rows.iter().all(|r| r.values.len() == 15));
    assert_eq!(f.rows[5].label, "Drift");
}

#[test]
fn each_forvaltning_is_listed_once_under_its_latest_name_in_code_order() {
    use budgetkoll::fr1::model::UnitId;
    use budgetkoll::view::overview::forvaltningar;
    let mut reports = demo();
    // 42 renamed in its June report; a förvaltning 100 after 43, not before.
    reports[1].meta.unit_id = Some(UnitId {
        code: "42".into(),
        name: "Nytt namn".into(),
    });
    let mut hundred = reports[3].clone();
    hundred.meta.unit_id = Some(UnitId {
        code: "100".into(),
        name: "Hundra".into(),
    });
    reports.insert(0, hundred);
    let labels: Vec<String> = forvaltningar(&reports).iter().map(UnitId::label).collect();
    assert_eq!(labels, ["42 Nytt namn", "43 Servicecentrum", "100 Hundra"]);
}
