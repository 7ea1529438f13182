//! Follow-up as the region reports it, on files: one report from two CSV
//! exports, the form's own (stated) figures, a year-end summary, the finance
//! administration's table and the region's result, forecast development and
//! forecast accuracy as deviations. Every expected figure is read from the
//! fixture files by hand (tests/fixtures/followup/make_fixtures.py shows how
//! they were made) and its arithmetic is written out here.

use budgetkoll::engine::bridge::bridge;
use budgetkoll::engine::consolidation::{consolidate, Grouping, Namnd};
use budgetkoll::engine::development::{development, Change, Level};
use budgetkoll::engine::forecast::accuracy;
use budgetkoll::engine::variance::Comparison;
use budgetkoll::finance::import::FinanceImport;
use budgetkoll::finance::model::Signs;
use budgetkoll::finance::region::region_result;
use budgetkoll::finding::Severity;
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::model::{Fr1Report, Period};
use budgetkoll::fr1::schema::{Group, Part, Report, Row};
use budgetkoll::i18n::Lang;
use budgetkoll::intake::{intake, place, Intake, Placement};
use budgetkoll::money::{AmountScale, Money};
use rust_decimal_macros::dec;

fn read(path: &str) -> Intake {
    let bytes = std::fs::read(format!("tests/fixtures/{path}")).expect("fixture");
    let name = path.rsplit('/').next().unwrap_or(path);
    intake(name, &bytes).unwrap_or_else(|e| panic!("{path}: {}", e.text(Lang::Sv)))
}

fn fr1(path: &str) -> Fr1Import {
    match read(path) {
        Intake::Fr1(i) => *i,
        other => panic!("{path}: not an FR1: {other:?}"),
    }
}

fn finance(path: &str) -> FinanceImport {
    match read(path) {
        Intake::Finance(f) => *f,
        other => panic!("{path}: not a finance table: {other:?}"),
    }
}

fn tkr(v: i64) -> Money {
    Money::from(v)
}

fn mnkr(v: rust_decimal::Decimal) -> Money {
    Money(v)
}

// ------------------------------------------------------------ two halves

#[test]
fn the_utfall_and_prognos_exports_are_one_report() {
    let utfall = fr1("fr1/FR1_42_juni2024_utfall.csv");
    let prognos = fr1("fr1/FR1_42_juni2024_prognos.csv");
    assert_eq!(utfall.report.only(), Some(Report::Utfall));
    assert_eq!(prognos.report.only(), Some(Report::Prognos));
    // Whichever arrives second completes the first …
    assert_eq!(
        place([&utfall.report], &prognos.report),
        Placement::Completes(0)
    );
    assert_eq!(
        place([&prognos.report], &utfall.report),
        Placement::Completes(0)
    );
    // … and the same half again would replace it.
    assert_eq!(
        place([&utfall.report], &utfall.report.clone()),
        Placement::Replaces(0)
    );
    let merged = utfall.with_other_half(prognos);
    assert_eq!(merged.report.only(), None);
    assert_eq!(
        merged.report.source,
        "FR1_42_juni2024_utfall.csv + FR1_42_juni2024_prognos.csv"
    );
    assert!(!merged.has_errors(), "{:?}", merged.findings);
    // Both halves, figures as in the two files: Utfall ack NETTORESULTAT
    // Totalt 58 596 (utfall.csv, last row), Prognos helår 114 196
    // (prognos.csv, last row).
    let net = |which: Report| {
        merged
            .report
            .table(which)
            .and_then(|t| t.get(Row::Nettoresultat, Group::Actual, Part::Totalt))
    };
    assert_eq!(net(Report::Utfall), Some(tkr(58_596)));
    assert_eq!(net(Report::Prognos), Some(tkr(114_196)));
    // A merged report is complete: a full workbook of it is a replacement.
    assert_eq!(
        place([&merged.report], &fr1("fr1/FR1_42_juni2024.xlsx").report),
        Placement::Replaces(0)
    );
    // Another period is a report of its own.
    assert_eq!(
        place([&merged.report], &fr1("fr1/FR1_42_mars2024.xlsx").report),
        Placement::New
    );
}

#[test]
fn a_half_sent_again_replaces_only_that_half() {
    let whole = fr1("fr1/FR1_42_juni2024.xlsx");
    let mut corrected = fr1("fr1/FR1_42_juni2024_utfall.csv");
    // The corrected export says 58 600 where the workbook said 58 596.
    corrected.report.utfall.as_mut().unwrap().set(
        Row::Nettoresultat,
        Group::Actual,
        Part::Totalt,
        Some(tkr(58_600)),
    );
    let r = whole.replaced_by(corrected).report;
    assert_eq!(
        r.source,
        "FR1_42_juni2024_utfall.csv + FR1_42_juni2024.xlsx"
    );
    let net = |which: Report| {
        r.table(which)
            .and_then(|t| t.get(Row::Nettoresultat, Group::Actual, Part::Totalt))
    };
    assert_eq!(net(Report::Utfall), Some(tkr(58_600)));
    // The workbook's Prognos stays: 114 196.
    assert_eq!(net(Report::Prognos), Some(tkr(114_196)));
    // A whole report replaces a whole report.
    let again = fr1("fr1/FR1_42_juni2024.xlsx");
    let source = again.report.source.clone();
    assert_eq!(
        fr1("fr1/FR1_42_juni2024.xlsx")
            .replaced_by(again)
            .report
            .source,
        source
    );
}

#[test]
fn merged_halves_are_checked_across_the_two_files() {
    // The budget-spread check needs both halves: Budget ack (utfall.csv)
    // against Budget helår × 6/12 (prognos.csv). The demo files are evenly
    // spread, so the merge adds no finding beyond the two files' own.
    let utfall = fr1("fr1/FR1_42_juni2024_utfall.csv");
    let prognos = fr1("fr1/FR1_42_juni2024_prognos.csv");
    let own = utfall.findings.len() + prognos.findings.len();
    let merged = utfall.with_other_half(prognos);
    assert_eq!(merged.findings.len(), own);
    assert!(merged.missing.iter().all(|m| !m.required()));
}

// ------------------------------------------------------------ year-end, stated figures

#[test]
fn a_year_end_summary_shows_its_own_figures() {
    let import = fr1("followup/FR1_42_bokslut2024.csv");
    let r = &import.report;
    assert_eq!(r.meta.period, Period::new(2024, 12));
    assert_eq!(r.only(), Some(Report::Utfall));
    assert!(!import.has_errors(), "{:?}", import.findings);
    // The file: NETTORESULTAT 107 127; 111 554; 4 426. Derived: 111 554 −
    // 107 127 = 4 427, one tkr of rounding: stated shown, derived a note.
    let net = Comparison::ActualVsBudget
        .of(r, Row::Nettoresultat, Part::Totalt)
        .unwrap();
    assert_eq!(net.abs, tkr(4_426));
    let check = net.check().unwrap();
    assert_eq!((check.derived, check.rounding), (tkr(4_427), true));
    // Personal: 89 520 − 94 163 = −4 643; the file says −4 642.
    let personal = Comparison::ActualVsBudget
        .of(r, Row::Personal, Part::Totalt)
        .unwrap();
    assert_eq!(personal.abs, tkr(-4_642));
    assert_eq!(personal.derived, tkr(-4_643));
    // The validator calls both differences rounding (Info), at their cells.
    let infos: Vec<_> = import
        .findings
        .iter()
        .filter(|f| f.figure().is_some_and(|at| at.group == Group::VsBudget))
        .collect();
    assert!(infos.iter().all(|f| f.severity == Severity::Info));
    assert!(infos
        .iter()
        .any(|f| f.figure().is_some_and(|at| at.row == Row::Nettoresultat)));
}

#[test]
fn the_bridge_ends_exactly_at_the_stated_actual() {
    let r = fr1("followup/FR1_42_bokslut2024.csv").report;
    let b = bridge(&r, Comparison::ActualVsBudget, Part::Totalt).unwrap();
    // Budget 111 554; stated steps: Intäkter +1 212, Personal −4 642,
    // Drift +7 854, Kapitalkostnad +2, together +4 426 → 107 128. The
    // report's actual is 107 127, so a last step of +1 is rounding.
    assert_eq!(b.budget, tkr(111_554));
    let steps: Vec<Money> = b.steps.iter().map(|(_, v)| v.abs).collect();
    assert_eq!(steps, [tkr(1_212), tkr(-4_642), tkr(7_854), tkr(2)]);
    let closing = b.rounding.unwrap();
    assert_eq!((closing.amount, closing.rounding), (tkr(1), true));
    assert_eq!(b.end, tkr(107_127));
    // The demo's juni report adds up: no closing step.
    let juni = fr1("fr1/FR1_42_juni2024.xlsx").report;
    let b = bridge(&juni, Comparison::ActualVsBudget, Part::Totalt).unwrap();
    assert_eq!((b.rounding, b.end), (None, tkr(58_596)));
}

// ------------------------------------------------------------ finance administration

#[test]
fn the_sample_finance_table_reads_in_mnkr_with_trailing_minus() {
    let f = finance("followup/finansforvaltningen_2024.csv");
    let t = &f.table;
    assert_eq!(t.unit, AmountScale::Mnkr);
    assert_eq!(t.signs, Signs::Result);
    assert_eq!(t.organisation.as_deref(), Some("Region Exempel"));
    // Only "2024" in the title: the year's result, December.
    assert_eq!(t.period, Period::new(2024, 12));
    assert_eq!(t.rows.len(), 10);
    let row = |label: &str| t.rows.iter().find(|r| r.label == label).unwrap();
    // `74,9 -;48,0 -;26,9 -`
    let fin = row("Finansiella kostnader");
    assert_eq!(fin.ytd.actual, Some(mnkr(dec!(-74.9))));
    assert_eq!(fin.ytd.budget, Some(mnkr(dec!(-48.0))));
    assert_eq!(fin.ytd.variance, Some(mnkr(dec!(-26.9))));
    // `-;5,0 -;5,0`: a lone dash is nothing.
    let reserve = row("Oförutsedda behov RS");
    assert_eq!(reserve.ytd.actual, Some(Money::ZERO));
    assert_eq!(reserve.ytd.variance, Some(mnkr(dec!(5.0))));
    // Summa 7 870,5; 7 767,4; 103,1 — and the lines add up to it:
    // 6 210,4 + 2 105,3 + 61,2 − 74,9 − 612,8 − 31,4 + 212,7 = 7 870,5.
    let net = t.net(Report::Utfall).unwrap();
    assert_eq!(net.actual, mnkr(dec!(7870.5)));
    assert_eq!(net.budget, mnkr(dec!(7767.4)));
    assert_eq!(net.variance.abs, mnkr(dec!(103.1)));
    assert_eq!(net.variance.check(), None);
    assert!(!f.has_errors(), "{:?}", f.findings);
    assert!(!t.has(Report::Prognos));
}

#[test]
fn a_table_in_the_fr1_signs_is_read_by_its_note() {
    let f = finance("followup/finansforvaltningen_fr1tecken_2024.csv");
    let t = &f.table;
    assert_eq!(t.signs, Signs::Fr1);
    assert_eq!(t.period, Period::new(2024, 12));
    // Summa −7 901,9 and −7 880,5 in FR1 signs: a result of +7 901,9
    // against +7 880,5; the stated variance 21,4 is favourable either way.
    let net = t.net(Report::Utfall).unwrap();
    assert_eq!(net.actual, mnkr(dec!(7901.9)));
    assert_eq!(net.budget, mnkr(dec!(7880.5)));
    assert_eq!(net.variance.abs, mnkr(dec!(21.4)));
    assert!(!f.has_errors(), "{:?}", f.findings);
}

#[test]
fn the_juni_finance_table_has_both_halves() {
    let f = finance("followup/finansforvaltningen_juni2024.csv");
    let t = &f.table;
    assert_eq!(t.period, Period::new(2024, 6));
    let ytd = t.net(Report::Utfall).unwrap();
    assert_eq!(
        (ytd.actual, ytd.budget, ytd.variance.abs),
        (mnkr(dec!(80.1)), mnkr(dec!(76.9)), mnkr(dec!(3.2)))
    );
    let year = t.net(Report::Prognos).unwrap();
    assert_eq!(
        (year.actual, year.budget, year.variance.abs),
        (mnkr(dec!(157.0)), mnkr(dec!(153.0)), mnkr(dec!(4.0)))
    );
    assert!(!f.has_errors(), "{:?}", f.findings);
}

#[test]
fn a_bad_figure_is_named_at_its_cell() {
    let text = "Resultat Finansförvaltningen 2024\nBelopp: MNKR\nIntäkter +\n\nAnsvar;Utfall;Budget;Avvikelse\nSkatteintäkter;6 210,4;6 180,0;30,4\nPensioner;mycket;603,5 -;x\nSumma;1;2;3\n";
    let Ok(Intake::Finance(f)) = intake("finans.csv", text.as_bytes()) else {
        panic!("a finance table")
    };
    let errors: Vec<(Option<String>, String)> = f
        .findings
        .iter()
        .filter(|x| x.severity == Severity::Error)
        .map(|x| (x.cell_name(), x.text(Lang::Sv)))
        .collect();
    assert!(
        errors.contains(&(
            Some("finans.csv!B7".to_string()),
            "Pensioner: väntade ett belopp men fann ”mycket”".to_string()
        )),
        "{errors:?}"
    );
    // Summa's 1 against the lines' 6 210,4 is an error, not rounding.
    assert!(errors
        .iter()
        .any(|(_, e)| e.contains("raderna summerar till")));
}

// ------------------------------------------------------------ the region's result

fn juni_units() -> Vec<Fr1Report> {
    vec![
        fr1("fr1/FR1_42_juni2024.xlsx").report,
        fr1("fr1/FR1_43_juni2024.xlsx").report,
    ]
}

#[test]
fn the_regions_result_is_finance_minus_the_units_net_cost() {
    let units = juni_units();
    let refs: Vec<&Fr1Report> = units.iter().collect();
    let c = consolidate(&refs, &Grouping::single("Region Exempel", "Alla", &refs)).unwrap();
    let f = finance("followup/finansforvaltningen_juni2024.csv").table;
    let r = region_result(&c, Some(&f));
    assert_eq!((r.unit, r.part), (AmountScale::Tkr, Part::Externt));
    assert!(r.with_finance());
    let ytd = r.ytd.unwrap();
    // Förvaltningarna, NETTORESULTAT Externt: 42 52 592 + 43 26 174 = 78 766;
    // budget 50 760 + 25 380 = 76 140; stated −1 832 + −794 = −2 626.
    assert_eq!(ytd.units.actual, tkr(78_766));
    assert_eq!(ytd.units.reference, tkr(76_140));
    assert_eq!(ytd.units.abs, tkr(-2_626));
    // Finance 80,1 mnkr − 78 766 tkr = 1 334 tkr; budget 76 900 − 76 140 =
    // 760; variance 3 200 + (−2 626) = +574 (= 1 334 − 760).
    assert_eq!(ytd.result.actual, tkr(1_334));
    assert_eq!(ytd.result.budget, tkr(760));
    assert_eq!(ytd.result.variance.abs, tkr(574));
    assert_eq!(ytd.result.variance.check(), None);
    // Full year: 157 000 − (101 759 + 53 475 = 155 234) = 1 766; budget
    // 153 000 − (101 520 + 50 760 = 152 280) = 720; 4 000 − 2 954 = 1 046.
    let year = r.year.unwrap();
    assert_eq!(year.result.actual, tkr(1_766));
    assert_eq!(year.result.budget, tkr(720));
    assert_eq!(year.result.variance.abs, tkr(1_046));
}

#[test]
fn a_finance_table_without_forecast_gives_no_full_year_result() {
    let units = juni_units();
    let refs: Vec<&Fr1Report> = units.iter().collect();
    let c = consolidate(&refs, &Grouping::single("Region Exempel", "Alla", &refs)).unwrap();
    let mut f = finance("followup/finansforvaltningen_juni2024.csv").table;
    for row in f.rows.iter_mut().chain(f.total.iter_mut()) {
        row.year = Default::default();
    }
    let r = region_result(&c, Some(&f));
    assert!(r.ytd.is_some());
    assert_eq!(r.year, None);
}

#[test]
fn without_a_finance_table_the_result_is_the_units_alone() {
    let units = juni_units();
    let refs: Vec<&Fr1Report> = units.iter().collect();
    let c = consolidate(&refs, &Grouping::single("Region Exempel", "Alla", &refs)).unwrap();
    let r = region_result(&c, None);
    assert!(!r.with_finance());
    let ytd = r.ytd.unwrap();
    assert_eq!(ytd.finance, None);
    assert_eq!(ytd.result.actual, tkr(-78_766));
    assert_eq!(ytd.result.variance.abs, tkr(-2_626));
}

// ------------------------------------------------------------ forecast development

fn series() -> Vec<Fr1Report> {
    [
        "FR1_51_mars2024.csv",
        "FR1_51_april2024.csv",
        "FR1_51_augusti2024.csv",
        "FR1_51_bokslut2024.csv",
        "FR1_52_mars2024.csv",
        "FR1_52_april2024.csv",
        "FR1_52_augusti2024.csv",
        "FR1_52_bokslut2024.csv",
    ]
    .iter()
    .map(|name| {
        let i = fr1(&format!("followup/{name}"));
        assert!(!i.has_errors(), "{name}: {:?}", i.findings);
        i.report
    })
    .collect()
}

#[test]
fn forecast_development_per_unit_namnd_and_region() {
    let reports = series();
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let grouping = Grouping {
        region: "Region Exempel".into(),
        namnder: vec![
            Namnd {
                name: "Hälso- och sjukvårdsnämnden".into(),
                units: vec!["51".into()],
            },
            Namnd {
                name: "Vårdvalsnämnden".into(),
                units: vec!["52".into()],
            },
        ],
    };
    let d = development(&refs, 2024, &grouping, Part::Totalt, AmountScale::Mnkr);
    assert_eq!(d.months, [3, 4, 8]);
    let levels: Vec<Level> = d.lines.iter().map(|l| l.level).collect();
    assert_eq!(
        levels,
        [
            Level::Unit,
            Level::Namnd,
            Level::Unit,
            Level::Namnd,
            Level::Region
        ]
    );
    let points = |i: usize| -> Vec<Money> { d.lines[i].forecasts.values().copied().collect() };
    // PROGNOS JMF BUDGET, NETTORESULTAT, as the files state it.
    assert_eq!(
        points(0),
        [mnkr(dec!(-138.7)), mnkr(dec!(-108.5)), mnkr(dec!(-95.4))]
    );
    assert_eq!(
        points(2),
        [mnkr(dec!(-17.5)), mnkr(dec!(-18.8)), mnkr(dec!(-16.2))]
    );
    // Region: −138,7 − 17,5 = −156,2; −108,5 − 18,8 = −127,3; −95,4 − 16,2 = −111,6.
    assert_eq!(
        points(4),
        [mnkr(dec!(-156.2)), mnkr(dec!(-127.3)), mnkr(dec!(-111.6))]
    );
    // Outcomes (UTFALL JMF BUDGET of the year-end files): −101,3 and −12,0.
    assert_eq!(d.lines[0].outcome, Some(mnkr(dec!(-101.3))));
    assert_eq!(d.lines[4].outcome, Some(mnkr(dec!(-113.3))));
    // The hospital improved by 13,1 since April (−95,4 − (−108,5)).
    assert_eq!(
        d.lines[0].latest_change(),
        Some(Change {
            from_month: 4,
            to_month: 8,
            amount: mnkr(dec!(13.1))
        })
    );
    // In tkr the same figures, exactly.
    let t = development(&refs, 2024, &grouping, Part::Totalt, AmountScale::Tkr);
    assert_eq!(t.lines[0].forecasts.get(&3), Some(&tkr(-138_700)));
}

#[test]
fn a_sum_needs_every_unit_at_that_month() {
    let reports = series();
    // Drop 52's April report: the region has no April point.
    let refs: Vec<&Fr1Report> = reports
        .iter()
        .filter(|r| r.source != "FR1_52_april2024.csv")
        .collect();
    let g = Grouping::single("Region Exempel", "Alla", &refs);
    let d = development(&refs, 2024, &g, Part::Totalt, AmountScale::Mnkr);
    let region = d.lines.last().unwrap();
    assert_eq!(region.level, Level::Region);
    assert_eq!(region.forecasts.keys().copied().collect::<Vec<_>>(), [3, 8]);
}

// ------------------------------------------------------------ forecast accuracy

#[test]
fn forecast_accuracy_is_judged_on_the_deviation_per_row() {
    let aug = fr1("followup/FR1_51_augusti2024.csv").report;
    let dec = fr1("followup/FR1_51_bokslut2024.csv").report;
    let a = accuracy(&aug, &dec, Row::Intakter, Part::Totalt).unwrap();
    // August: −4 690,3 against −4 579,8 is +110,5; December: −4 755,5
    // against −4 648,7 is +106,8: 3,7 too optimistic, though revenue grew by
    // 65,2, because its budget grew by 68,9 (−4 648,7 − −4 579,8 = −68,9).
    assert_eq!(a.forecast.abs, mnkr(dec!(110.5)));
    assert_eq!(a.outcome.abs, mnkr(dec!(106.8)));
    assert_eq!(a.error, mnkr(dec!(-3.7)));
    assert_eq!(a.budget_change, mnkr(dec!(-68.9)));
    assert_eq!(a.outcome.actual - a.forecast.actual, mnkr(dec!(-65.2)));
    // The net result: −95,4 forecast, −101,3 outcome: 5,9 too optimistic.
    let net = accuracy(&aug, &dec, Row::Nettoresultat, Part::Totalt).unwrap();
    assert_eq!(net.error, mnkr(dec!(-5.9)));
}

// ------------------------------------------------------------ what the page shows

#[test]
fn a_one_half_report_shows_only_its_half() {
    use budgetkoll::i18n::Msg;
    use budgetkoll::view::unit_summary::{summary_lines, SummaryColumns};
    let utfall = fr1("fr1/FR1_42_juni2024_utfall.csv").report;
    let lines = summary_lines(&utfall, Part::Totalt, AmountScale::Tkr);
    let cols = SummaryColumns::of(&lines, false);
    assert!(cols.ytd && !cols.year);
    assert_eq!(cols.columns().len(), 4);
    let prognos = fr1("fr1/FR1_42_juni2024_prognos.csv").report;
    let cols = SummaryColumns::of(
        &summary_lines(&prognos, Part::Totalt, AmountScale::Tkr),
        false,
    );
    assert!(!cols.ytd && cols.year);
    // A year-end summary names its figures as the year's outcome.
    let year_end = fr1("followup/FR1_42_bokslut2024.csv").report;
    let lines = summary_lines(&year_end, Part::Totalt, AmountScale::Tkr);
    let cols = SummaryColumns::of(&lines, true);
    let headers: Vec<Msg> = cols.columns().iter().map(|c| c.header).collect();
    assert_eq!(
        headers,
        [
            Msg::ColOutcomeYear,
            Msg::ColBudgetYear,
            Msg::ColVarOutcome,
            Msg::ColVarOutcome
        ]
    );
    // Its NETTORESULTAT: the stated 4 426 with the derived 4 427 as a note.
    let net = lines.iter().find(|l| l.row == Row::Nettoresultat).unwrap();
    assert_eq!(net.var_ytd.text, "+4\u{a0}426");
    let check = net.var_ytd.check.as_ref().unwrap();
    assert_eq!(
        (check.derived.as_str(), check.rounding),
        ("+4\u{a0}427", true)
    );
}

#[test]
fn the_year_end_bridge_has_a_rounding_step_in_words() {
    use budgetkoll::charts::AcOrFc;
    use budgetkoll::i18n::Lang;
    use budgetkoll::view::charts::{bridge_table, unit_bridge};
    let r = fr1("followup/FR1_42_bokslut2024.csv").report;
    let b = unit_bridge(&r, Part::Totalt, AmountScale::Tkr, AcOrFc::Ac, Lang::Sv).unwrap();
    let t = bridge_table(&b, Lang::Sv);
    let rows: Vec<(&str, &str)> = t
        .rows
        .iter()
        .map(|(label, figs)| (label.as_str(), figs[0].text.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Budget", "111\u{a0}554"),
            ("Intäkter", "+1\u{a0}212"),
            ("Personal", "\u{2212}4\u{a0}642"),
            ("Drift", "+7\u{a0}854"),
            ("Kapitalkostnad", "+2"),
            ("Avrundning", "+1"),
            ("Utfall", "107\u{a0}127"),
        ]
    );
    // No forecast bridge for a year-end summary.
    assert!(unit_bridge(&r, Part::Totalt, AmountScale::Tkr, AcOrFc::Fc, Lang::Sv).is_none());
}

#[test]
fn the_overview_leads_with_the_regions_result() {
    use budgetkoll::i18n::Lang;
    use budgetkoll::view::overview::overview;
    let units = juni_units();
    let refs: Vec<&Fr1Report> = units.iter().collect();
    let g = Grouping::single("Region Exempel", "Alla", &refs);
    let f = finance("followup/finansforvaltningen_juni2024.csv").table;
    let juni = Period::new(2024, 6).unwrap();
    let o = overview(
        &units,
        &[f],
        juni,
        &g,
        Part::Totalt,
        AmountScale::Mnkr,
        Lang::Sv,
    );
    let r = o.result.unwrap();
    assert_eq!(r.title, "Regionens resultat");
    // The full-year forecast leads: 1 766 tkr = +1,8 mnkr; budget 720 tkr =
    // +0,7; variance 1 046 tkr = +1,0.
    assert_eq!(r.headline_label, "Prognos helår");
    assert_eq!(r.headline.actual.text, "+1,8");
    assert_eq!(r.headline.budget.text, "+0,7");
    assert_eq!(r.headline.variance.text, "+1,0");
    let labels: Vec<&str> = r.lines.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Finansförvaltningen, netto",
            "Förvaltningarnas nettokostnad",
            "Regionens resultat"
        ]
    );
    // Year to date: 80,1 − 78,766 = 1,334 → +1,3.
    let ytd = r.lines[2].ytd.as_ref().unwrap();
    assert_eq!(ytd.actual.text, "+1,3");
    // The internal trade is checked for budgets and forecasts too.
    let internal: Vec<&str> = o.internal.iter().map(|l| l.label).collect();
    assert_eq!(
        internal,
        ["Utfall ack", "Budget ack", "Prognos helår", "Budget helår"]
    );
    // Without the finance table: the förvaltningar only, said so.
    let o = overview(
        &units,
        &[],
        juni,
        &g,
        Part::Totalt,
        AmountScale::Mnkr,
        Lang::Sv,
    );
    let r = o.result.unwrap();
    assert_eq!(r.title, "Förvaltningarnas nettokostnad");
    assert!(r
        .note
        .starts_with("Resultatet omfattar endast förvaltningarna"));
    // 101 759 + 53 475 = 155 234 tkr of net cost forecast = 155,2 mnkr.
    assert_eq!(r.headline.actual.text, "155,2");
}

#[test]
fn the_development_says_what_changed_since_the_last_report() {
    use budgetkoll::i18n::Lang;
    use budgetkoll::view::development::{change_sentence, development_view};
    // March and April only: the hospital went from −138,7 to −108,5.
    let reports: Vec<Fr1Report> = series()
        .into_iter()
        .filter(|r| r.meta.period.is_some_and(|p| p.month <= 4))
        .collect();
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let g = Grouping::single("Region Exempel", "Alla", &refs);
    let d = development(&refs, 2024, &g, Part::Totalt, AmountScale::Mnkr);
    assert_eq!(
        change_sentence(&d.lines[0], AmountScale::Mnkr, Lang::Sv).unwrap(),
        "Prognosen har förbättrats med 30,2 mnkr sedan mars, till \u{2212}108,5 mnkr mot budget."
    );
    // Primary care went from −17,5 to −18,8: worse by 1,3.
    assert_eq!(
        change_sentence(&d.lines[1], AmountScale::Mnkr, Lang::Sv).unwrap(),
        "Prognosen har försämrats med 1,3 mnkr sedan mars, till \u{2212}18,8 mnkr mot budget."
    );
    let v = development_view(&d, Lang::Sv);
    assert_eq!(v.columns, ["mars", "april"]);
    let region = v.rows.last().unwrap();
    assert_eq!(region.label, "Region Exempel");
    assert_eq!(region.figures[0].text, "\u{2212}156,2");
    assert_eq!(region.change.text, "+28,9");
}

#[test]
fn the_accuracy_view_judges_each_row() {
    use budgetkoll::i18n::Lang;
    use budgetkoll::view::followup::accuracy_view;
    let reports = series();
    let of51: Vec<&Fr1Report> = reports
        .iter()
        .filter(|r| r.meta.unit_id.as_ref().is_some_and(|u| u.code == "51"))
        .collect();
    let v = accuracy_view(&of51, None, Part::Totalt, AmountScale::Mnkr, Lang::Sv).unwrap();
    // The latest earlier forecast is chosen: augusti.
    assert_eq!(v.chosen, Period::new(2024, 8).unwrap());
    assert_eq!(v.choices.len(), 3);
    let revenue = &v.lines[0];
    assert_eq!(revenue.label, "Intäkter");
    assert_eq!(revenue.forecast_deviation.text, "+110,5");
    assert_eq!(revenue.outcome_deviation.text, "+106,8");
    assert_eq!(revenue.error.text, "\u{2212}3,7");
    assert_eq!(revenue.budget_change.text, "\u{2212}68,9");
    assert_eq!(
        v.sentence.unwrap(),
        "Prognosen i augusti var 5,9 mnkr för optimistisk: den visade \u{2212}95,4 mnkr mot budget, året slutade på \u{2212}101,3 mnkr."
    );
}
