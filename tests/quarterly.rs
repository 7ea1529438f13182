//! The quarterly report's other parts on the samples in
//! `tests/fixtures/kvartal/` (with the FR1s of `tests/fixtures/fr1/`): the
//! goal export and the HR extract read, assessed, counted and shown. Every
//! expected figure was read by hand from the files (openpyxl) and is written
//! here literally; the worked arithmetic is in the comments.

use budgetkoll::finding::{FindingKind, Position, Severity};
use budgetkoll::fr1::model::{Fr1Report, UnitId};
use budgetkoll::goals::assess::recheck_disagreements;
use budgetkoll::goals::count::Counts;
use budgetkoll::goals::finding::GoalFinding;
use budgetkoll::goals::import::GoalsImport;
use budgetkoll::goals::model::{Direction, Grade, Value};
use budgetkoll::i18n::Lang;
use budgetkoll::import::grid::{Cell, Grid};
use budgetkoll::import::read_grids;
use budgetkoll::intake::{intake, Intake, Reason};
use budgetkoll::quarterly::Quarterly;
use budgetkoll::share::{decode, decode_file, encode, encode_file, SharedState};
use budgetkoll::staff::check::Derivation;
use budgetkoll::staff::finding::StaffFinding;
use budgetkoll::staff::import::{import_staff, StaffImport};
use budgetkoll::staff::model::{Block, Sex, TableKind};
use budgetkoll::view::goals::{goal_counts, goals_view};
use budgetkoll::view::staff::{staff_key_figures, staff_tables};
use rust_decimal_macros::dec;

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("tests/fixtures/{path}")).unwrap()
}

fn goals() -> GoalsImport {
    match intake(
        "indikatorer_2024.xlsx",
        &fixture("kvartal/indikatorer_2024.xlsx"),
    ) {
        Ok(Intake::Goals(g)) => *g,
        other => panic!("not goals: {other:?}"),
    }
}

fn staff(file: &str) -> StaffImport {
    match intake(file, &fixture(&format!("kvartal/{file}"))) {
        Ok(Intake::Staff(s)) => *s,
        other => panic!("not staff: {other:?}"),
    }
}

fn fr1s() -> Vec<Fr1Report> {
    ["FR1_42_juni2024.xlsx", "FR1_43_juni2024.xlsx"]
        .into_iter()
        .map(|f| match intake(f, &fixture(&format!("fr1/{f}"))) {
            Ok(Intake::Fr1(i)) => i.report,
            other => panic!("not an FR1: {other:?}"),
        })
        .collect()
}

fn loaded() -> Quarterly {
    let mut q = Quarterly::default();
    q.add_goals(goals().set);
    q.add_staff(staff("personalstatistik_42_2024_06.xlsx").report);
    q.add_staff(staff("personalstatistik_43_2024_06.csv").report);
    q
}

fn codes(c: &[&str]) -> Vec<String> {
    c.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_goal_export_is_read_as_written() {
    let g = goals();
    let set = &g.set;
    assert_eq!(set.indicators.len(), 16);
    assert_eq!(set.target_label, "Målvärde 2024");
    assert_eq!(set.outcome_label, "Utfall juni 2024");
    assert_eq!(
        set.title.as_deref(),
        Some("Uppföljning av mål och indikatorer – delår juni 2024")
    );
    let of = |code: &str| {
        set.indicators
            .iter()
            .filter(|i| i.unit_code() == Some(code))
            .count()
    };
    assert_eq!((of("42"), of("43")), (10, 6));
    // Row 4.
    let first = &set.indicators[0];
    assert_eq!(
        first.unit,
        Some(UnitId {
            code: "42".into(),
            name: "Exempelförvaltningen".into()
        })
    );
    assert_eq!(first.area, "1 God vård");
    assert_eq!(first.aim, "Vården ska vara tillgänglig och jämlik");
    assert_eq!(
        first.name,
        "Andel patienter som fått förstabesök inom 90 dagar"
    );
    assert_eq!(first.measure.as_deref(), Some("%"));
    assert_eq!(first.direction, Some(Direction::HigherIsBetter));
    assert_eq!(
        first.baseline,
        Some(Value {
            text: "84 (2023)".into(),
            number: Some(dec!(84))
        })
    );
    assert_eq!(
        first.target,
        Some(Value {
            text: "90".into(),
            number: Some(dec!(90))
        })
    );
    assert_eq!(
        first.outcome,
        Some(Value {
            text: "86,5".into(),
            number: Some(dec!(86.5))
        })
    );
    assert_eq!(first.stated, Some(Grade::Partly));
    // Row 5: a text indicator, blank Bedömning.
    let plan = &set.indicators[1];
    assert_eq!(plan.target.as_ref().unwrap().text, "Fastställd");
    assert_eq!(plan.target.as_ref().unwrap().number, None);
    assert_eq!(plan.direction, None);
    assert_eq!(plan.stated, None);
    // Row 12: Budgetföljsamhet's target in words, its outcome blank.
    let budget = &set.indicators[8];
    assert!(budget.is_budget_adherence());
    assert_eq!(budget.outcome, None);
    assert_eq!(budget.baseline.as_ref().unwrap().number, Some(dec!(-1.2)));
    // The one stated grade the numbers contradict: row 13, 94,1 against
    // 95 (Högre är bättre) stated Uppfyllt.
    assert_eq!(g.findings.len(), 1, "{:?}", g.findings);
    let f = &g.findings[0];
    assert_eq!(f.cell, Some(Position::new("Indikatorer", 12, 10)));
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(
        f.kind,
        FindingKind::Goal(GoalFinding::Disagrees {
            indicator: "Andel leverantörsfakturor betalda i tid".into(),
            stated: Grade::Satisfactory,
            derived: Grade::Unsatisfactory,
        })
    );
}

/// The officer edits the disagreeing indicator of row 13 (outcome 94,1
/// against target 95, Högre är bättre, stated Uppfyllt): graded
/// Otillfredsställande as the figures say, the finding goes; an outcome of
/// 96 with the grade left at Otillfredsställande disagrees the other way
/// and the finding comes back at its cell with the new grades.
#[test]
fn an_edited_grade_remakes_its_disagreement() {
    let name = "Andel leverantörsfakturor betalda i tid";
    let GoalsImport {
        mut set,
        mut findings,
    } = goals();
    let edit = |set: &mut budgetkoll::goals::model::GoalSet, outcome: &str, grade: Grade| {
        let i = set.indicators.iter_mut().find(|i| i.name == name).unwrap();
        i.outcome = Value::from_text(outcome);
        i.stated = Some(grade);
    };
    edit(&mut set, "94,1", Grade::Unsatisfactory);
    recheck_disagreements(&mut findings, &set, name);
    assert_eq!(findings, vec![]);

    edit(&mut set, "96", Grade::Unsatisfactory);
    recheck_disagreements(&mut findings, &set, name);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].cell, None,
        "newly disagreeing: no cell of the file"
    );
    assert_eq!(
        findings[0].kind,
        FindingKind::Goal(GoalFinding::Disagrees {
            indicator: name.into(),
            stated: Grade::Unsatisfactory,
            derived: Grade::Satisfactory,
        })
    );

    // Still disagreeing after a further edit: the finding keeps its cell.
    let GoalsImport {
        mut set,
        mut findings,
    } = goals();
    edit(&mut set, "90", Grade::Satisfactory);
    recheck_disagreements(&mut findings, &set, name);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].cell, Some(Position::new("Indikatorer", 12, 10)));
}

#[test]
fn counts_per_forvaltning_and_region_with_the_fr1s() {
    let q = loaded();
    let reports = fr1s();
    // 42: satisfactory Sjukfrånvaro (app: 5,4 ≤ 5,5), Inhyrd, Fakturor;
    // partly Förstabesök, Kollektivtrafik; unsatisfactory Tidbokning and
    // Budgetföljsamhet (FR1: −1 596 tkr); no data Patientenkät and HME
    // (no outcome); not assessed Handlingsplan (text).
    let c42 = goal_counts(&q, &reports, Some(&codes(&["42"])));
    assert_eq!(
        c42,
        Counts {
            satisfactory: 3,
            partly: 2,
            unsatisfactory: 2,
            no_data: 2,
            not_assessed: 1
        }
    );
    // 43: satisfactory Ledtid, Inventering, Inhyrd (app: 1,4 ≤ 2,0); partly
    // Fordon; unsatisfactory Sjukfrånvaro and Budgetföljsamhet (−933 tkr).
    let c43 = goal_counts(&q, &reports, Some(&codes(&["43"])));
    assert_eq!(
        c43,
        Counts {
            satisfactory: 3,
            partly: 1,
            unsatisfactory: 2,
            no_data: 0,
            not_assessed: 0
        }
    );
    let view = goals_view(&q, &reports, None, Lang::Sv).unwrap();
    assert_eq!(
        view.sentence,
        "Av 16 indikatorer bedöms 6 som tillfredsställande, 3 som inte helt tillfredsställande och 4 som otillfredsställande, 2 saknar uppgift och 1 är inte bedömd."
    );
    assert_eq!(
        goals_view(&q, &reports, Some(&codes(&["43"])), Lang::En)
            .unwrap()
            .sentence,
        "Of 6 indicators, 3 are assessed as satisfactory, 1 as not fully satisfactory, 2 as unsatisfactory and 0 lack data."
    );
    // A nämnd of both is the region here.
    assert_eq!(
        goals_view(&q, &reports, Some(&codes(&["42", "43"])), Lang::Sv).unwrap(),
        view
    );
    assert_eq!(
        view.unsatisfactory,
        vec![
            "Digital tidbokning via 1177 (42 Exempelförvaltningen)",
            "Budgetföljsamhet (42 Exempelförvaltningen)",
            "Sjukfrånvaro i % av ordinarie arbetstid (43 Servicecentrum)",
            "Budgetföljsamhet (43 Servicecentrum)",
        ]
    );
    // The reader sees the unsatisfactory first.
    let grades: Vec<Grade> = view.reader.iter().map(|r| r.assessment.grade).collect();
    assert_eq!(grades[..4], [Grade::Unsatisfactory; 4]);
    assert_eq!(grades[15], Grade::NotAssessed);
    // Budgetföljsamhet 42 from the FR1, saying so.
    let budget = &view.reader[1];
    assert_eq!(budget.name, "Budgetföljsamhet");
    assert!(budget.assessment.by_app);
    assert_eq!(budget.assessment.symbol, "✗");
    assert_eq!(budget.assessment.word, "Otillfredsställande");
    assert_eq!(
        budget.assessment.basis.as_deref(),
        Some("Bedömd av Budgetkoll från FR1 (Utfall juni 2024): nettoavvikelse mot budget −1\u{a0}596 tkr.")
    );
    // The officer's grade stands beside the app's contradicting one.
    let invoices = view
        .reader
        .iter()
        .find(|r| r.name == "Andel leverantörsfakturor betalda i tid")
        .unwrap();
    assert_eq!(invoices.assessment.grade, Grade::Satisfactory);
    assert!(!invoices.assessment.by_app);
    assert_eq!(
        invoices.assessment.disagreement.as_deref(),
        Some("Siffrorna ger Otillfredsställande; den angivna bedömningen står kvar.")
    );
    // The table, grouped: 42's målområden in the export's order.
    let v42 = goals_view(&q, &reports, Some(&codes(&["42"])), Lang::Sv).unwrap();
    let areas: Vec<&str> = v42.areas.iter().map(|a| a.area.as_str()).collect();
    assert_eq!(
        areas,
        [
            "1 God vård",
            "2 Patientens perspektiv",
            "3 Engagerade medarbetare",
            "4 Hållbar utveckling",
            "5 Stabil ekonomi"
        ]
    );
    let staff_area = &v42.areas[2];
    assert_eq!(staff_area.aims.len(), 2);
    assert_eq!(
        staff_area.aims[0].aim,
        "Regionen ska vara en attraktiv och hälsofrämjande arbetsgivare"
    );
    let names: Vec<&str> = staff_area.aims[0]
        .rows
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Sjukfrånvaro i % av ordinarie arbetstid",
            "Hållbart medarbetarengagemang (HME)"
        ]
    );
    let sick = &staff_area.aims[0].rows[0];
    assert_eq!(
        (
            sick.baseline.as_str(),
            sick.target.as_str(),
            sick.outcome.as_str()
        ),
        ("6,2 (2023)", "5,5", "5,4")
    );
    assert!(sick.assessment.by_app);
    assert_eq!(sick.assessment.grade, Grade::Satisfactory);
}

#[test]
fn without_the_fr1_budgetfoljsamhet_lacks_data() {
    let q = loaded();
    let c = goal_counts(&q, &[], None);
    assert_eq!(
        c,
        Counts {
            satisfactory: 6,
            partly: 3,
            unsatisfactory: 2,
            no_data: 4,
            not_assessed: 1
        }
    );
}

#[test]
fn the_hr_extract_is_read_table_by_table() {
    let s = staff("personalstatistik_42_2024_06.xlsx");
    let r = &s.report;
    assert_eq!(r.unit_code(), Some("42"));
    assert_eq!(r.extracted.as_deref(), Some("Statistikuttag 2024-07-04"));
    let kinds: Vec<TableKind> = r.tables.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, TableKind::ALL);
    let worked = r.table(TableKind::WorkedTime).unwrap();
    assert_eq!(
        worked.periods,
        ["jan-jun 2023".to_string(), "jan-jun 2024".to_string()]
    );
    assert_eq!(worked.rows.len(), 9);
    assert_eq!(worked.overall(Block::Earlier), Some(dec!(141)));
    assert_eq!(worked.overall(Block::Later), Some(dec!(150.4)));
    assert_eq!(worked.overall(Block::Change), Some(dec!(9.4)));
    // The stated 17,8 stays 17,8 (13,5 + 4,4 = 17,9).
    let admin = &worked.rows[1];
    assert_eq!(admin.label, "1.2 Handläggare- och administratörsarbete");
    assert_eq!(admin.get(Block::Earlier, Sex::Total), Some(dec!(17.8)));
    // New in 2024: its 2023 cells are 0,0.
    assert_eq!(
        worked.rows[6].get(Block::Earlier, Sex::Total),
        Some(dec!(0))
    );
    let employees = r.table(TableKind::Employees).unwrap();
    assert_eq!(employees.overall(Block::Earlier), Some(dec!(176)));
    assert_eq!(employees.overall(Block::Later), Some(dec!(186)));
    // Stored as 0.054 in a '0.0%' cell: 5,4 %; Förändring −0,6 points.
    let sick = r.table(TableKind::SickLeave).unwrap();
    assert!(sick.total.is_none());
    assert_eq!(sick.overall(Block::Earlier), Some(dec!(6.0)));
    assert_eq!(sick.overall(Block::Later), Some(dec!(5.4)));
    assert_eq!(sick.overall(Block::Change), Some(dec!(-0.6)));
    assert_eq!(
        sick.rows[0].get(Block::Earlier, Sex::Woman),
        Some(dec!(6.8))
    );
    let turnover = r.table(TableKind::Turnover).unwrap();
    assert_eq!(turnover.overall(Block::Earlier), Some(dec!(4.4)));
    assert_eq!(turnover.overall(Block::Later), Some(dec!(3.9)));
    // The rounding gaps the README lists, each a note at its cell; nothing
    // else differs.
    let found: Vec<(
        String,
        Derivation,
        rust_decimal::Decimal,
        rust_decimal::Decimal,
        bool,
    )> = s
        .findings
        .iter()
        .map(|f| match &f.kind {
            FindingKind::Staff(StaffFinding::Differs {
                derivation,
                stated,
                derived,
                rounding,
                ..
            }) => (
                f.cell.as_ref().unwrap().to_string(),
                *derivation,
                *stated,
                *derived,
                *rounding,
            ),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    let sheet = |c: &str| format!("Statistikuttag!{c}");
    assert_eq!(
        found,
        vec![
            (sheet("D7"), Derivation::Sexes, dec!(17.8), dec!(17.9), true),
            (sheet("J7"), Derivation::Change, dec!(0.4), dec!(0.5), true),
            (
                sheet("D10"),
                Derivation::Sexes,
                dec!(41.6),
                dec!(41.5),
                true
            ),
            (sheet("J10"), Derivation::Sexes, dec!(2.7), dec!(2.8), true),
            (sheet("J11"), Derivation::Sexes, dec!(1.1), dec!(1.0), true),
            (sheet("J11"), Derivation::Change, dec!(1.1), dec!(1.0), true),
        ]
    );
    assert!(s.findings.iter().all(|f| f.severity == Severity::Info));
    assert_eq!(
        s.findings[0].line(Lang::Sv),
        "Statistikuttag!D7: Utförd arbetstid i årsarbetare, 1.2 Handläggare- och administratörsarbete, Total (föregående period): angivet 17,8, Kvinna + Man ger 17,9 – avrundning; den angivna siffran visas."
    );
}

#[test]
fn one_table_as_csv() {
    let s = staff("personalstatistik_43_2024_06.csv");
    let r = &s.report;
    assert_eq!(r.unit_code(), Some("43"));
    assert_eq!(r.missing(), vec![]);
    assert_eq!(r.tables.len(), 1);
    let t = &r.tables[0];
    assert_eq!(t.kind, TableKind::WorkedTime);
    assert_eq!(t.rows.len(), 4);
    assert_eq!(t.overall(Block::Earlier), Some(dec!(40.4)));
    assert_eq!(t.overall(Block::Later), Some(dec!(43.4)));
    // 9,2 + 0,3 printed 9,4 and 1,4 + 0,0 printed 1,3; 1,9 + 7,4 printed
    // 9,4 and 0,2 + 0,4 printed 0,7.
    let cells: Vec<String> = s
        .findings
        .iter()
        .map(|f| f.cell.as_ref().unwrap().to_string())
        .collect();
    let sheet = |c: &str| format!("personalstatistik_43_2024_06.csv!{c}");
    assert_eq!(cells, [sheet("G7"), sheet("J7"), sheet("G8"), sheet("J8")]);
    assert!(s.findings.iter().all(|f| f.severity == Severity::Info));
    // The stated figure is shown, the derivation a note beside it.
    let view = staff_tables(r, Lang::Sv);
    let cell = &view[0].rows[2].cells[5];
    assert_eq!(cell.text, "9,4");
    let note = cell.note.as_ref().unwrap();
    assert_eq!((note.derived.as_str(), note.rounding), ("9,5", true));
}

#[test]
fn key_figures_beside_the_money() {
    let q = loaded();
    let reports = fr1s();
    let k42 = staff_key_figures(&q, &reports, Some(&codes(&["42"])), Lang::Sv).unwrap();
    let w = k42.worked.as_ref().unwrap();
    assert_eq!(
        (w.value.as_str(), w.earlier.as_str(), w.change.as_str()),
        ("150,4", "141,0", "+9,4")
    );
    assert!(!w.computed);
    let e = k42.employees.as_ref().unwrap();
    assert_eq!((e.value.as_str(), e.change.as_str()), ("186", "+10"));
    let sick = &k42.sick_leave[0].figure;
    assert_eq!(
        (
            sick.value.as_str(),
            sick.earlier.as_str(),
            sick.change.as_str()
        ),
        ("5,4\u{a0}%", "6,0\u{a0}%", "−0,6")
    );
    // Övertid 1,70 + mertid 0,91 = 2,61 (2023: 1,40 + 0,88 = 2,28).
    let ot = k42.overtime_and_extra.as_ref().unwrap();
    assert_eq!(
        (ot.value.as_str(), ot.earlier.as_str(), ot.change.as_str()),
        ("2,61", "2,28", "+0,33")
    );
    assert!(ot.computed);
    // Inhyrda 646 ÷ (46 366 − 646 = 45 720) = 1,41 %; 2023 612 ÷ 41 503 = 1,47 %.
    let a = k42.agency.as_ref().unwrap();
    assert_eq!(a.share, "1,4\u{a0}%");
    assert_eq!(a.agency, "646\u{a0}tkr");
    assert_eq!(a.own, "45\u{a0}720\u{a0}tkr");
    assert_eq!(a.previous.as_deref(), Some("1,5\u{a0}%"));
    assert_eq!(a.exact.unwrap().round_dp(2), dec!(1.41));
    assert!(!a.above_goal);
    assert_eq!(
        k42.line,
        "150,4 årsarbetare (+9,4); sjukfrånvaro 5,4\u{a0}% (föregående år 6,0\u{a0}%); inhyrd personal 1,4\u{a0}% av egen personalkostnad"
    );
    // 43: 313 ÷ (22 987 − 313 = 22 674) = 1,38 %.
    let k43 = staff_key_figures(&q, &reports, Some(&codes(&["43"])), Lang::En).unwrap();
    assert_eq!(
        k43.agency.as_ref().unwrap().exact.unwrap().round_dp(2),
        dec!(1.38)
    );
    assert_eq!(k43.sick_leave, vec![]);
    // The region: årsarbetare add up (150,4 + 43,4 = 193,8, computed);
    // anställda and övertid only where every förvaltning has them (43's
    // CSV has neither); sick leave per förvaltning, never added; inhyrd
    // (646 + 313) ÷ (45 720 + 22 674) = 959 ÷ 68 394 = 1,40 %.
    let region = staff_key_figures(&q, &reports, None, Lang::Sv).unwrap();
    let w = region.worked.as_ref().unwrap();
    assert_eq!(
        (w.value.as_str(), w.earlier.as_str(), w.change.as_str()),
        ("193,8", "181,4", "+12,4")
    );
    assert!(w.computed);
    assert_eq!(region.employees, None);
    assert_eq!(region.overtime_and_extra, None);
    assert!(region.sick_leave_per_unit);
    assert_eq!(region.sick_leave.len(), 1);
    assert_eq!(region.sick_leave[0].unit, "42 Exempelförvaltningen");
    // The region's line quotes no sick leave: 42's 5,4 % is not the region's.
    assert_eq!(
        region.line,
        "193,8 årsarbetare (+12,4); inhyrd personal 1,4\u{a0}% av egen personalkostnad"
    );
    assert_eq!(
        region.agency.as_ref().unwrap().exact.unwrap().round_dp(2),
        dec!(1.40)
    );
}

/// The 42 extract's grids, with `edit` applied.
fn grids_42(edit: impl FnOnce(&mut Grid)) -> Vec<Grid> {
    let mut grids = read_grids(
        "personalstatistik_42_2024_06.xlsx",
        &fixture("kvartal/personalstatistik_42_2024_06.xlsx"),
    )
    .unwrap();
    edit(&mut grids[0]);
    grids
}

#[test]
fn an_unknown_table_is_named_and_the_rest_loads() {
    let title = "Lönekostnad i kronor jan-jun 2024 jämfört med jan-jun 2023";
    // A25 holds the Mertid table's title.
    let grids = grids_42(|g| g.rows[24][0] = Cell::Text(title.into()));
    let s = import_staff("p.xlsx", &grids).unwrap().unwrap();
    assert_eq!(s.report.tables.len(), 7);
    assert!(s.report.table(TableKind::ExtraTime).is_none());
    let unknown: Vec<_> = s
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FindingKind::Staff(StaffFinding::UnknownTable { .. })
            )
        })
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(
        unknown[0].cell,
        Some(Position::new("Statistikuttag", 24, 0))
    );
    assert!(unknown[0].text(Lang::Sv).contains(title));
    assert!(unknown[0].text(Lang::En).contains(title));
}

#[test]
fn a_table_without_its_total_row_loads_with_a_note() {
    // Row 15 is the årsarbetare table's Total row.
    let grids = grids_42(|g| g.rows[14] = vec![]);
    let s = import_staff("p.xlsx", &grids).unwrap().unwrap();
    let worked = s.report.table(TableKind::WorkedTime).unwrap();
    assert_eq!(worked.rows.len(), 9);
    assert!(worked.total.is_none());
    let note = s
        .findings
        .iter()
        .find(|f| {
            f.kind
                == FindingKind::Staff(StaffFinding::NoTotal {
                    table: TableKind::WorkedTime,
                })
        })
        .unwrap();
    assert_eq!(note.severity, Severity::Info);
    assert_eq!(s.report.tables.len(), 8);
    let view = staff_tables(&s.report, Lang::En);
    assert_eq!(
        view[0].no_total.as_deref(),
        Some("The table has no Total row.")
    );
}

#[test]
fn a_csv_table_without_its_forvaltning_asks_for_it() {
    // The 43 CSV without its first row (the förvaltning).
    let csv = String::from_utf8(fixture("kvartal/personalstatistik_43_2024_06.csv")).unwrap();
    let (_, rest) = csv.split_once("\r\n").unwrap();
    let s = match intake("p.csv", rest.as_bytes()) {
        Ok(Intake::Staff(s)) => s.report,
        other => panic!("not staff: {other:?}"),
    };
    assert_eq!(s.unit, None);
    assert_eq!(
        s.missing(),
        vec![budgetkoll::fr1::meta_field::MetaField::UnitId]
    );
    assert_eq!(s.tables[0].overall(Block::Later), Some(dec!(43.4)));
}

#[test]
fn a_goal_table_without_indikator_is_refused_naming_it() {
    let csv = "Förvaltning;Målområde;Målvärde;Utfall;Bedömning\r\n42 X;1 God vård;90;86;Delvis uppfyllt\r\n";
    let err = intake("mal.csv", csv.as_bytes()).unwrap_err();
    assert!(matches!(err.reason, Reason::Goals(_)));
    assert_eq!(
        err.text(Lang::Sv),
        "Måltabellen i mal.csv (rubrikraden mal.csv!A1) saknar kolumnen Indikator."
    );
}

#[test]
fn goals_and_staff_travel_in_the_link_and_the_file() {
    let state = SharedState {
        reports: fr1s(),
        quarterly: loaded(),
        ..SharedState::default()
    };
    let link = encode(&state);
    assert_eq!(decode(&link).unwrap(), state);
    assert_eq!(decode_file(&encode_file(&state)).unwrap(), state);
}

#[test]
fn a_staff_figure_past_the_bound_is_refused() {
    let mut q = loaded();
    q.staff[0].tables[0].rows[0].set(Block::Later, Sex::Total, Some(dec!(2_000_000_000_000_000)));
    let state = SharedState {
        quarterly: q,
        ..SharedState::default()
    };
    let err = budgetkoll::share::validate::validate(&state).unwrap_err();
    assert!(
        err.place_text(Lang::Sv).starts_with(
            "personalstatistik 1 (personalstatistik_42_2024_06.xlsx), tabell 1 (Utförd arbetstid"
        ),
        "{}",
        err.place_text(Lang::Sv)
    );
}

/// A little of everything format 5 adds: one indicator with words and
/// numbers, one HR table with a rounding slip.
fn frozen_sample() -> SharedState {
    let goals = budgetkoll::goals::model::GoalSet {
        source: "indikatorer_2024.xlsx".into(),
        title: Some("Uppföljning – delår juni 2024".into()),
        target_label: "Målvärde 2024".into(),
        outcome_label: "Utfall juni 2024".into(),
        indicators: vec![budgetkoll::goals::model::Indicator {
            unit: Some(UnitId {
                code: "42".into(),
                name: "Exempelförvaltningen".into(),
            }),
            area: "3 Engagerade medarbetare".into(),
            aim: "Attraktiv arbetsgivare".into(),
            name: "Sjukfrånvaro".into(),
            measure: Some("%".into()),
            direction: Some(Direction::LowerIsBetter),
            baseline: Value::from_text("6,2 (2023)"),
            target: Some(Value::from_number(dec!(5.5))),
            outcome: Value::from_text("5,4 %"),
            tolerance: Some(dec!(0.5)),
            comment: Some("Minskat.".into()),
            stated: Some(Grade::Satisfactory),
        }],
    };
    let mut row = budgetkoll::staff::model::StaffRow {
        label: "1.2 Handläggare".into(),
        ..Default::default()
    };
    row.set(Block::Earlier, Sex::Woman, Some(dec!(13.5)));
    row.set(Block::Earlier, Sex::Man, Some(dec!(4.4)));
    row.set(Block::Earlier, Sex::Total, Some(dec!(17.8)));
    let staff = budgetkoll::staff::model::StaffReport {
        source: "personalstatistik_42.xlsx".into(),
        unit: Some(UnitId {
            code: "42".into(),
            name: "Exempelförvaltningen".into(),
        }),
        extracted: Some("Statistikuttag 2024-07-04".into()),
        tables: vec![budgetkoll::staff::model::StaffTable {
            kind: TableKind::SickLeave,
            title: "Sjukfrånvaro jan-jun 2024 jämfört med jan-jun 2023".into(),
            periods: ["jan-jun 2023".into(), "jan-jun 2024".into()],
            rows: vec![row.clone()],
            total: Some(row),
        }],
    };
    SharedState {
        quarterly: Quarterly {
            goals: vec![goals],
            staff: vec![staff],
        },
        ..SharedState::default()
    }
}

/// `frozen_sample()` as format 5 wrote it. Never regenerate this: a link
/// someone sent must open in every later version.
const FROZEN_V5_LINK: &str = "bk.QksFeNqNkTFOwzAUhvsSQBUC0aWIbmaoBFIbpYnTsjJUYulUda6M4kZOXCeyXdORO3CF9gpcwDfhJDgpCBgq4cHy-_379_vslqdMuzRUGkZfwGsdBnSZSFlBdCmpXEZhhIMtV1u4XVTVyr7zXDCRoY_XN5RSbvcS5RvBUO27mtk9N3YnU9rUnYVeEc5_DAAejrrTLV1XlLssaQjXdRwVNzGaioxkVBJ3ek1TIp-pJpJeP2otSaGZQY2kMmacfDnPN8VK2r1wVQnQB4Dz8SBCd-6i-B78cRCBnwwSNwUJnCYDjPr1GoMfOqE9Y0I5yAA86FVUqlIQrjTRTGlWLHF0gD7aL_Tm3-aN1iRr-IbhZBhiOEv-NIdyIobuDRoLyu1uXUfpGvL3VnxxrMDQGQUReiIi5XaXZQ4fTkaxo_Cx4zkZTYKHr7_7r7H1CVvimC8";

#[test]
fn the_frozen_format_5_link_still_opens() {
    assert_eq!(decode(FROZEN_V5_LINK).unwrap(), frozen_sample());
}
