//! Every kind of finding and refusal, told in English, holds no Swedish
//! sentence: each is rendered in `Lang::En` and its words are checked
//! against the words only the Swedish side of the translation table uses.
//! The form's own terms (row labels such as `Drift`, group names such as
//! `Budget ackumulerat`, `Externt`) are the FR1's vocabulary and stay
//! Swedish in both languages, as do cell references (`Utfall!K14`).

use budgetkoll::explain::import::ExplanationError;
use budgetkoll::finance::import::FinanceError;
use budgetkoll::finance::treasury::TreasuryError;
use budgetkoll::finding::{
    At, FinanceCheck, Finding, FindingKind, Identity, Position, Severity, SignGuess,
};
use budgetkoll::fr1::import::Fr1Error;
use budgetkoll::fr1::meta_field::MetaField;
use budgetkoll::fr1::schema::{Group, Part, Report, Row};
use budgetkoll::frames::import::{Fr1BaseError, FrameImportError};
use budgetkoll::goals::finding::GoalFinding;
use budgetkoll::goals::import::GoalsError;
use budgetkoll::goals::model::Grade;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::import::broken::Broken;
use budgetkoll::import::error::{ImportError, ImportErrorKind, SpreadsheetFormat, WorkerFault};
use budgetkoll::import::number::NumberError;
use budgetkoll::intake::{Reason, Refusal};
use budgetkoll::ledger::import::LedgerError;
use budgetkoll::money::Unit;
use budgetkoll::share::bounded::Flood;
use budgetkoll::share::validate::{Invalid, Problem, Step};
use budgetkoll::share::{Bounds, Carrier, Damage, ShareError};
use budgetkoll::staff::check::Derivation;
use budgetkoll::staff::finding::StaffFinding;
use budgetkoll::staff::import::StaffError;
use budgetkoll::staff::model::{Block, Sex, TableKind};
use rust_decimal_macros::dec;
use std::collections::BTreeSet;

/// Lower-case words of `text`, placeholders (`{file}`) left out.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_placeholder = false;
    let mut word = String::new();
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            c if c.is_alphabetic() && !in_placeholder => word.extend(c.to_lowercase()),
            _ => {}
        }
        if !c.is_alphabetic() && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Words an English text may share with its Swedish one: the region's
/// own terms (Utfall, Drift, IPDK, Skatteintäkter's unit `tkr` …), month
/// abbreviations and words both languages use (Excel, format, status).
const SHARED: &[&str] = &[
    "ack",
    "ackumulerat",
    "apr",
    "aug",
    "avskrivningar",
    "avsnitt",
    "bedömning",
    "belopp",
    "bomb",
    "budgetkoll",
    "central",
    "csv",
    "data",
    "dec",
    "december",
    "difat",
    "drift",
    "excel",
    "externt",
    "fat",
    "feb",
    "finansiering",
    "format",
    "fr",
    "förklaring",
    "förvaltning",
    "förändring",
    "gib",
    "helår",
    "indikator",
    "internt",
    "intäkter",
    "ipdk",
    "jan",
    "jul",
    "jun",
    "juni",
    "kapitalkostnad",
    "kapitalkostnader",
    "kategori",
    "kostnader",
    "kr",
    "kvinna",
    "mar",
    "mars",
    "mb",
    "mnkr",
    "målområde",
    "målvärde",
    "nov",
    "ods",
    "offline",
    "ok",
    "område",
    "opendocument",
    "per",
    "personal",
    "png",
    "prognos",
    "radetiketter",
    "rate",
    "run",
    "sep",
    "server",
    "skäl",
    "status",
    "summa",
    "svg",
    "synnerliga",
    "tkr",
    "totalt",
    "tsv",
    "txt",
    "under",
    "utfall",
    "xls",
    "xlsx",
    "zip",
    "övergripande",
    "δ",
];

/// Words the Swedish texts of the table use that are no English: a word
/// counts as English when an English text has it and that message's
/// Swedish text does not (so a Swedish phrase copied into an English text
/// still counts as Swedish), or when it is one of [`SHARED`].
fn swedish_only() -> BTreeSet<String> {
    let mut english: BTreeSet<String> = SHARED.iter().map(|w| w.to_string()).collect();
    for m in Msg::ALL {
        let sv = words(m.text(Lang::Sv));
        english.extend(
            words(m.text(Lang::En))
                .into_iter()
                .filter(|w| !sv.contains(w)),
        );
    }
    Msg::ALL
        .iter()
        .flat_map(|m| words(m.text(Lang::Sv)))
        .filter(|w| !english.contains(w))
        .collect()
}

/// The form's own terms, longest first.
fn form_terms() -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for row in Row::ALL {
        terms.push(row.full_label());
    }
    for report in Report::ALL {
        terms.push(report.sheet_name().to_string());
        for group in Group::ALL {
            terms.push(group.short_name(report).to_string());
            terms.push(group.short_name(report).to_lowercase());
        }
    }
    for part in Part::ALL {
        terms.push(part.label().to_string());
    }
    for field in MetaField::ALL {
        terms.push(field.label().to_string());
    }
    terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
    terms
}

/// The Swedish words in `text`, the form's own terms left out.
fn swedish_in(text: &str, swedish: &BTreeSet<String>) -> Vec<String> {
    let text = form_terms()
        .iter()
        .fold(text.to_string(), |t, term| t.replace(term.as_str(), " "));
    words(&text)
        .into_iter()
        .filter(|w| swedish.contains(w))
        .collect()
}

/// Checks that English and Swedish differ and English holds no Swedish.
fn english_only(what: &str, sv: String, en: String, swedish: &BTreeSet<String>) {
    assert_ne!(sv, en, "{what}: the same in both languages");
    let found = swedish_in(&en, swedish);
    assert!(found.is_empty(), "{what}: Swedish {found:?} in “{en}”");
}

const AT: At = At {
    report: Report::Utfall,
    row: Row::Drift,
    group: Group::Budget,
    part: Part::Totalt,
};

/// One of each kind, with figures and names that are no Swedish words.
fn every_kind() -> Vec<FindingKind> {
    use FindingKind::*;
    let unit = Unit::Tkr;
    let number = NumberError::NotANumber("xyz".into());
    let identities = [
        Identity::Parts,
        Identity::RowSum {
            total: Row::Personal,
        },
        Identity::RowSum {
            total: Row::TotalaIntakter,
        },
        Identity::RowSum {
            total: Row::TotalaKostnader,
        },
        Identity::RowSum {
            total: Row::Nettoresultat,
        },
        Identity::GroupDiff {
            reference: Group::Budget,
            actual: Group::Actual,
        },
    ];
    let mut kinds = vec![
        NoUnit { sheet: "Q1".into() },
        DuplicateYear { year: 2026 },
        NotAnAmount {
            text: "xyz".into(),
            year: 2026,
        },
        UnknownRow { text: "xyz".into() },
        NoForvaltning { line: "xyz".into() },
        DuplicateLine {
            line: "Drift".into(),
            forvaltning: "Q2".into(),
        },
        SummaRounding {
            label: "Summa Q3".into(),
            year: 2026,
            diff: dec!(1),
            unit,
        },
        SummaMismatch {
            label: "Summa Q3".into(),
            year: 2026,
            stated: dec!(100),
            derived: dec!(90),
            unit,
        },
        SummaUnmatched {
            label: "Summa Q3".into(),
        },
        SummaNameDiffers {
            label: "Summa Q3".into(),
            closes: "Q3 Q4".into(),
        },
        YearConflict {
            line: "Q2 Drift".into(),
            year: 2026,
            kept: dec!(1),
            other: dec!(2),
            sheet: "Q1".into(),
        },
        OtherUnit {
            sheet: "Q1".into(),
            from: Unit::Mnkr,
            to: Unit::Tkr,
        },
        SummaTooLarge {
            label: "Summa Q3".into(),
            year: 2026,
        },
        // A difference past Decimal's range reads as too large to check.
        SummaMismatch {
            label: "Summa Q3".into(),
            year: 2026,
            stated: rust_decimal::Decimal::MAX,
            derived: rust_decimal::Decimal::MIN,
            unit,
        },
        UnevenBudget {
            at: AT,
            full_year: dec!(1200),
            months: 6,
            expected: dec!(600),
            stated: dec!(500),
            unit,
        },
        BadFigure {
            at: AT,
            problem: number.clone(),
        },
        BadFigure {
            at: AT,
            problem: NumberError::ErrorValue("#REF!".into()),
        },
        BadFigure {
            at: AT,
            problem: NumberError::TooLarge("9e99".into()),
        },
        TotalOnly {
            report: Report::Utfall,
        },
        SecondTable {
            report: Report::Prognos,
            used: Position::new("Q1", 4, 2),
        },
        ReportGuessed,
        RowNotInForm {
            report: Report::Utfall,
            text: "xyz".into(),
        },
        RowRepeated {
            report: Report::Utfall,
            row: Row::Drift,
            first: 12,
        },
        RowsMissing {
            report: Report::Utfall,
            rows: vec![Row::Resor, Row::DriftOvrigt],
        },
        MetaUnreadable {
            field: MetaField::Period,
            value: "xyz".into(),
        },
        MetaUnreadable {
            field: MetaField::AmountUnit,
            value: "xyz".into(),
        },
        MetaConflict {
            field: MetaField::Period,
            shown: "2024-06".into(),
            first: "2024-05".into(),
            first_at: "Q1!B3".into(),
        },
        FinanceBadFigure {
            label: "Q4".into(),
            problem: number.clone(),
        },
        FinanceNoPeriod,
        FinanceNoUnit,
        FinanceYearOnly { year: 2024 },
        FinanceSignsConflict,
        FinanceNoSignRule {
            guess: SignGuess::NegativeTax,
        },
        FinanceNoSignRule {
            guess: SignGuess::PositiveTax,
        },
        FinanceNoSignRule {
            guess: SignGuess::NoTax,
        },
    ];
    for identity in identities {
        kinds.push(Rounding {
            at: AT,
            identity,
            computed: dec!(10),
            stated: dec!(11),
            unit,
        });
        kinds.push(Mismatch {
            at: AT,
            identity,
            computed: dec!(10),
            stated: dec!(20),
            unit,
        });
        kinds.push(OutOfRange { at: AT, identity });
    }
    for report in Report::ALL {
        let checks = [
            FinanceCheck::Variance {
                label: "Q4".into(),
                report,
            },
            FinanceCheck::Total {
                label: "Q5".into(),
                figure: Group::Actual,
                report,
            },
            FinanceCheck::Total {
                label: "Q5".into(),
                figure: Group::Budget,
                report,
            },
            FinanceCheck::Total {
                label: "Q5".into(),
                figure: Group::VsBudget,
                report,
            },
        ];
        for check in checks {
            kinds.push(FinanceRounding {
                check: check.clone(),
                derived: dec!(10),
                stated: dec!(11),
                unit,
            });
            kinds.push(FinanceMismatch {
                check,
                derived: dec!(10),
                stated: dec!(20),
                unit,
            });
        }
    }
    let fig = |s: &str| s.to_string();
    kinds.extend([
        ExplNoUnit,
        ExplUnknownOwner { text: fig("Q1") },
        ExplBadPeriod { text: fig("Q2") },
        ExplBadSection { text: fig("Q3") },
        ExplUnknownTopic { text: fig("Q4") },
        ExplBadAmount {
            problem: number.clone(),
        },
        ExplTextTooLong { chars: 40_000 },
        ExplNoText,
        ExplUnitNotLoaded { unit: fig("99 Q") },
        LedgerBadFigure {
            label: fig("40 Q"),
            problem: number.clone(),
        },
        LedgerUnknownRow { text: fig("Q") },
        LedgerNoUnit,
        LedgerSum {
            label: fig("4 Q"),
            column: fig("UTFALL Ack"),
            stated: dec!(10),
            derived: dec!(11),
        },
        LedgerRounding {
            rows: vec![Row::Personal],
            group: Group::Actual,
            pivot: dec!(11),
            fr1: dec!(10),
            fr1_file: fig("q.xlsx"),
            unit,
        },
        LedgerMismatch {
            rows: vec![Row::Anstallda, Row::PersonalOvrigt],
            group: Group::Budget,
            pivot: dec!(510),
            fr1: dec!(10),
            fr1_file: fig("q.xlsx"),
            unit,
        },
        TreasuryBadFigure {
            label: fig("Q"),
            problem: number,
        },
        TreasuryNoUnit,
        TreasuryRounding {
            table: fig("Q"),
            column: fig("2024"),
            stated: dec!(10.1),
            derived: dec!(10.0),
            unit: Unit::Mnkr,
        },
        TreasuryMismatch {
            table: fig("Q"),
            column: String::new(),
            stated: dec!(11.0),
            derived: dec!(10.0),
            unit: Unit::Mnkr,
        },
    ]);
    kinds.extend(quarterly_kinds());
    kinds
}

/// Every goal and staff finding.
fn quarterly_kinds() -> Vec<FindingKind> {
    let number = NumberError::ErrorValue("#REF!".into());
    let mut kinds: Vec<FindingKind> = [
        GoalFinding::UnknownGrade { text: "xyz".into() },
        GoalFinding::NoName,
        GoalFinding::BadValue {
            problem: number.clone(),
        },
        GoalFinding::Disagrees {
            indicator: "xyz".into(),
            stated: Grade::Satisfactory,
            derived: Grade::Unsatisfactory,
        },
        GoalFinding::NoUnit,
    ]
    .into_iter()
    .map(FindingKind::Goal)
    .collect();
    let mut staff = vec![
        StaffFinding::UnknownTable {
            title: "xyz".into(),
        },
        StaffFinding::NoHeader {
            title: "xyz".into(),
        },
        StaffFinding::BadFigure { problem: number },
    ];
    for table in TableKind::ALL {
        staff.push(StaffFinding::NoTotal { table });
        for derivation in [Derivation::Sexes, Derivation::Change, Derivation::Rows] {
            for (block, rounding) in [
                (Block::Earlier, true),
                (Block::Later, false),
                (Block::Change, true),
            ] {
                staff.push(StaffFinding::Differs {
                    table,
                    row: "1.2 xyz".into(),
                    block,
                    sex: Sex::Woman,
                    derivation,
                    stated: dec!(17.8),
                    derived: dec!(17.9),
                    rounding,
                });
            }
        }
    }
    kinds.extend(staff.into_iter().map(FindingKind::Staff));
    kinds
}

/// Each kind's place in the enum: a new kind fails to compile here until
/// it is given one, and the coverage check below until it has a sample.
fn index(kind: &FindingKind) -> usize {
    use FindingKind::*;
    match kind {
        NoUnit { .. } => 0,
        DuplicateYear { .. } => 1,
        NotAnAmount { .. } => 2,
        UnknownRow { .. } => 3,
        NoForvaltning { .. } => 4,
        DuplicateLine { .. } => 5,
        SummaRounding { .. } => 6,
        SummaMismatch { .. } => 7,
        SummaUnmatched { .. } => 8,
        YearConflict { .. } => 9,
        OtherUnit { .. } => 10,
        Rounding { .. } => 11,
        Mismatch { .. } => 12,
        OutOfRange { .. } => 13,
        UnevenBudget { .. } => 14,
        BadFigure { .. } => 15,
        TotalOnly { .. } => 16,
        SecondTable { .. } => 17,
        ReportGuessed => 18,
        RowNotInForm { .. } => 19,
        RowRepeated { .. } => 20,
        RowsMissing { .. } => 21,
        MetaUnreadable { .. } => 22,
        MetaConflict { .. } => 23,
        FinanceBadFigure { .. } => 24,
        FinanceNoPeriod => 25,
        FinanceNoUnit => 26,
        FinanceYearOnly { .. } => 27,
        FinanceSignsConflict => 28,
        FinanceNoSignRule { .. } => 29,
        FinanceRounding { .. } => 30,
        FinanceMismatch { .. } => 31,
        SummaTooLarge { .. } => 32,
        SummaNameDiffers { .. } => 33,
        Goal(_) => 34,
        Staff(_) => 35,
        ExplNoUnit => 36,
        ExplUnknownOwner { .. } => 37,
        ExplBadPeriod { .. } => 38,
        ExplBadSection { .. } => 39,
        ExplUnknownTopic { .. } => 40,
        ExplBadAmount { .. } => 41,
        ExplTextTooLong { .. } => 42,
        ExplNoText => 43,
        ExplUnitNotLoaded { .. } => 44,
        LedgerBadFigure { .. } => 45,
        LedgerUnknownRow { .. } => 46,
        LedgerNoUnit => 47,
        LedgerSum { .. } => 48,
        LedgerRounding { .. } => 49,
        LedgerMismatch { .. } => 50,
        TreasuryBadFigure { .. } => 51,
        TreasuryNoUnit => 52,
        TreasuryRounding { .. } => 53,
        TreasuryMismatch { .. } => 54,
    }
}

const KINDS: usize = 55;

#[test]
fn every_finding_kind_reads_in_english_without_swedish() {
    let swedish = swedish_only();
    // The check can fail: these are Swedish-only words it looks for.
    for w in ["och", "men", "raden", "skillnad", "avrundning", "läses"] {
        assert!(swedish.contains(w), "{w} should count as Swedish");
    }
    let kinds = every_kind();
    let covered: BTreeSet<usize> = kinds.iter().map(index).collect();
    assert_eq!(covered, (0..KINDS).collect(), "a sample of every kind");
    for kind in kinds {
        let finding = Finding::at(Position::new("Utfall", 13, 10), kind);
        english_only(
            &format!("{:?}", finding.kind),
            finding.line(Lang::Sv),
            finding.line(Lang::En),
            &swedish,
        );
        assert!(finding.line(Lang::En).starts_with("Utfall!K14: "));
    }
}

#[test]
fn a_swedish_phrase_in_english_is_caught() {
    let swedish = swedish_only();
    let sv = Msg::FindMismatch.text(Lang::Sv);
    assert!(!swedish_in(sv, &swedish).is_empty());
    assert!(swedish_in(
        "Drift, Totalt, Budget ackumulerat: the sub-rows sum to 5",
        &swedish
    )
    .is_empty());
    assert_eq!(
        swedish_in("the row states 5 men 6", &swedish),
        vec!["men".to_string()]
    );
}

#[test]
fn a_mismatch_names_its_figures_in_both_languages() {
    // Drift's six dash rows 3 000 + 600 + 300 + 2 400 + 1 680 + 3 360 =
    // 11 340 against a stated 11 332: 8 tkr apart.
    let kind = FindingKind::Mismatch {
        at: AT,
        identity: Identity::RowSum { total: Row::Drift },
        computed: dec!(11340),
        stated: dec!(11332),
        unit: Unit::Tkr,
    };
    let finding = Finding::at(Position::new("Utfall", 11, 6), kind);
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(
        finding.line(Lang::Sv),
        "Utfall!G12: Drift, Totalt, Budget ackumulerat: delraderna summerar till 11\u{a0}340 men raden anger 11\u{a0}332 (skillnad 8 tkr)"
    );
    assert_eq!(
        finding.line(Lang::En),
        "Utfall!G12: Drift, Totalt, Budget ackumulerat: the sub-rows sum to 11\u{a0}340 but the row states 11\u{a0}332 (difference 8 tkr)"
    );
}

#[test]
fn a_cell_reads_and_writes_as_the_spreadsheet_names_it() {
    // Row 14 is index 13; K is the 11th column, index 10; AA the 27th.
    let p = Position::parse("Utfall!K14").unwrap();
    assert_eq!(p, Position::new("Utfall", 13, 10));
    assert_eq!(
        Position::new("Ramar 2026!x", 0, 26).to_string(),
        "Ramar 2026!x!AA1"
    );
    assert_eq!(
        Position::parse("Ramar 2026!x!AA1"),
        Some(Position::new("Ramar 2026!x", 0, 26))
    );
    for bad in ["K14", "Utfall!14", "Utfall!K", "Utfall!K0", "Utfall!k14"] {
        assert_eq!(Position::parse(bad), None, "{bad}");
    }
}

/// One of each refusal, each import error among them.
fn every_refusal() -> Vec<Reason> {
    let f = SpreadsheetFormat::Excel;
    let import = [
        ImportErrorKind::Empty,
        ImportErrorKind::TooLarge {
            size: 30 << 20,
            max: 20 << 20,
        },
        ImportErrorKind::UnknownFormat,
        ImportErrorKind::Encrypted,
        ImportErrorKind::NotAWorkbook { format: f },
        ImportErrorKind::Unreadable {
            format: SpreadsheetFormat::ExcelLegacy,
            sheet: Some("Q1".into()),
            detail: "EOF".into(),
        },
        ImportErrorKind::NoAnswer {
            format: SpreadsheetFormat::Ods,
            fault: WorkerFault::NotStarted,
        },
        ImportErrorKind::NoAnswer {
            format: SpreadsheetFormat::Ods,
            fault: WorkerFault::Stopped,
        },
        ImportErrorKind::NoAnswer {
            format: SpreadsheetFormat::Ods,
            fault: WorkerFault::NoAnswer,
        },
        ImportErrorKind::NoAnswer {
            format: SpreadsheetFormat::Ods,
            fault: WorkerFault::Misunderstood,
        },
        ImportErrorKind::NoAnswer {
            format: SpreadsheetFormat::Ods,
            fault: WorkerFault::Unexpected,
        },
        ImportErrorKind::ReaderStopped { format: f },
        ImportErrorKind::NoSheets,
        ImportErrorKind::UnpacksTooLarge {
            total: 900 << 20,
            max: 200 << 20,
        },
        ImportErrorKind::CompressionRatio {
            entry: "xl/q.xml".into(),
            ratio: 5000,
            max: 1000,
        },
        ImportErrorKind::NotText,
    ];
    let broken = Broken::ALL.iter().flat_map(|&broken| {
        [SpreadsheetFormat::Excel, SpreadsheetFormat::ExcelLegacy]
            .map(|format| ImportErrorKind::Broken { format, broken })
    });
    let mut reasons: Vec<Reason> = import
        .into_iter()
        .chain(broken)
        .flat_map(|kind| {
            [
                ImportError::new("q.xlsx", kind.clone()).into(),
                ImportError::new("", kind).into(),
            ]
        })
        .collect();
    for sheets in [
        vec![],
        vec!["Q1".to_string()],
        vec!["Q1".into(), "Q2".into()],
    ] {
        reasons.push(
            Fr1Error::NoTable {
                file: "q.csv".into(),
                sheets,
            }
            .into(),
        );
    }
    reasons.push(
        Fr1Error::NoRows {
            file: "q.csv".into(),
            headers: vec![Position::new("Q1", 4, 1)],
        }
        .into(),
    );
    for sheets in [vec![], vec!["Q1".to_string()]] {
        reasons.push(Reason::Unrecognised {
            file: "q.csv".into(),
            sheets,
        });
    }
    reasons.push(
        FinanceError::NoTable {
            file: "q.csv".into(),
        }
        .into(),
    );
    reasons.push(ShareError::NotALink.into());
    reasons.push(ShareError::NotAFile.into());
    for carrier in [Carrier::Link, Carrier::File, Carrier::Saved] {
        reasons.push(
            ShareError::Damaged {
                carrier,
                detail: Damage::ReportMissing("xyz".into()),
            }
            .into(),
        );
        reasons.push(
            ShareError::NewerVersion {
                carrier,
                found: 9,
                supported: 4,
            }
            .into(),
        );
        reasons.push(
            ShareError::TooLarge {
                carrier,
                limit: 64 << 20,
            }
            .into(),
        );
        reasons.push(
            ShareError::OutOfBounds {
                carrier,
                detail: Bounds::Flood(Flood::TooManyEntries),
            }
            .into(),
        );
    }
    reasons.push(
        FrameImportError::NoTable {
            sheets: "”Q1”".into(),
        }
        .into(),
    );
    reasons.push(FrameImportError::NoRows { sheet: "Q1".into() }.into());
    reasons.push(Fr1BaseError::NoReports.into());
    let file = || "q.xlsx".to_string();
    reasons.push(Fr1BaseError::NoBudget { file: file() }.into());
    reasons.push(Fr1BaseError::NoPeriod { file: file() }.into());
    reasons.push(
        Fr1BaseError::MixedYears {
            file: file(),
            year: 2024,
            base: 2025,
        }
        .into(),
    );
    reasons.push(
        Fr1BaseError::DuplicateUnit {
            file: file(),
            unit: "42 Q".into(),
            other: "q2.xlsx".into(),
        }
        .into(),
    );
    reasons.extend([
        Reason::NoBaseYears,
        Reason::XlsxStopped,
        Reason::XlsxFailed {
            detail: "EOF".into(),
        },
        Reason::XlsxNoAnswer(WorkerFault::NoAnswer),
        Reason::Png,
        Reason::PartUnavailable,
        Reason::Goals(GoalsError::MissingColumn {
            file: file(),
            header: Position::new("Q1", 2, 0),
            column: "Indikator",
        }),
        Reason::Staff(StaffError::NoKnownTable {
            file: file(),
            titles: vec!["xyz".into()],
        }),
        Reason::Explanations(ExplanationError::NoTable { file: file() }),
        Reason::Ledger(LedgerError::NoTable { file: file() }),
        Reason::Treasury(TreasuryError::NoTable { file: file() }),
    ]);
    reasons
}

fn reason_index(reason: &Reason) -> usize {
    match reason {
        Reason::Import(_) => 0,
        Reason::Fr1(_) => 1,
        Reason::Saved(_) => 2,
        Reason::Frames(_) => 3,
        Reason::Fr1Base(_) => 4,
        Reason::NoBaseYears => 5,
        Reason::XlsxStopped => 6,
        Reason::XlsxFailed { .. } => 7,
        Reason::Png => 8,
        Reason::PartUnavailable => 9,
        Reason::Unrecognised { .. } => 10,
        Reason::Finance(_) => 11,
        Reason::XlsxNoAnswer(_) => 12,
        Reason::Goals(_) => 13,
        Reason::Staff(_) => 14,
        Reason::Explanations(_) => 15,
        Reason::Ledger(_) => 16,
        Reason::Treasury(_) => 17,
    }
}

#[test]
fn every_refusal_reads_in_english_without_swedish() {
    let swedish = swedish_only();
    let reasons = every_refusal();
    let covered: BTreeSet<usize> = reasons.iter().map(reason_index).collect();
    assert_eq!(covered, (0..18).collect(), "a sample of every reason");
    for reason in reasons {
        let refusal = Refusal::new("q.xlsx", reason);
        english_only(
            &format!("{:?}", refusal.reason),
            refusal.text(Lang::Sv),
            refusal.text(Lang::En),
            &swedish,
        );
    }
}

#[test]
fn a_refused_file_is_named_in_english() {
    let e = ImportError::new(
        "FR1.xlsx",
        ImportErrorKind::TooLarge {
            size: 25 * 1024 * 1024,
            max: 20 * 1024 * 1024,
        },
    );
    assert_eq!(
        Refusal::new("FR1.xlsx", e).text(Lang::En),
        "The file FR1.xlsx is too large (25 MB); at most 20 MB."
    );
}

#[test]
fn every_followup_input_error_reads_in_english_without_swedish() {
    use budgetkoll::engine::measures::MeasureError;
    use budgetkoll::engine::periodisation::ProfileError;
    use budgetkoll::engine::periods::SeriesError;
    use budgetkoll::fr1::model::Period;
    use budgetkoll::view::followup::ProfileInputError;
    let swedish = swedish_only();
    let file = || "q.xlsx".to_string();
    let series = [
        SeriesError::NoReports,
        SeriesError::MissingUnit { file: file() },
        SeriesError::MissingPeriod { file: file() },
        SeriesError::MissingUtfall { file: file() },
        SeriesError::OtherUnit {
            file: file(),
            found: "42".into(),
            expected: "43".into(),
        },
        SeriesError::OtherYear {
            file: file(),
            found: 2024,
            expected: 2025,
        },
        SeriesError::DuplicatePeriod {
            period: Period::new(2024, 6).unwrap(),
            first: file(),
            second: "q2.xlsx".into(),
        },
    ];
    for e in series {
        english_only(
            &format!("{e:?}"),
            e.text(Lang::Sv),
            e.text(Lang::En),
            &swedish,
        );
    }
    let measures = [
        MeasureError::OtherUnit {
            plan_unit: "42".into(),
            report_unit: "43".into(),
            file: file(),
        },
        MeasureError::MissingFigure {
            file: file(),
            what: Group::Actual.short_name(Report::Prognos),
            part: Part::Totalt.label(),
        },
        MeasureError::BadStartMonth {
            text: "xyz".into(),
            month: 13,
        },
        MeasureError::TooLarge,
    ];
    for e in measures {
        english_only(
            &format!("{e:?}"),
            e.text(Lang::Sv),
            e.text(Lang::En),
            &swedish,
        );
    }
    let profiles = [
        ProfileInputError::Weight(NumberError::NotANumber("xyz".into())),
        ProfileInputError::Count(3),
        ProfileInputError::Profile(ProfileError::NoYears),
        ProfileInputError::Profile(ProfileError::MissingMonth { set: 1, month: 3 }),
        ProfileInputError::Profile(ProfileError::ZeroTotal),
        ProfileInputError::Profile(ProfileError::OppositeSign { month: 3 }),
    ];
    for e in profiles {
        english_only(
            &format!("{e:?}"),
            e.text(Lang::Sv),
            e.text(Lang::En),
            &swedish,
        );
    }
}

/// One of each kind of damage a link, file or saved work can carry.
fn every_damage() -> Vec<Damage> {
    vec![
        Damage::NotBase64,
        Damage::NoStart,
        Damage::NoMagic,
        Damage::NotInflatable,
        Damage::UnknownFormat(0),
        Damage::Trailing(7),
        Damage::Unreadable,
        Damage::TableCells { found: 7 },
        Damage::CellCode(99),
        Damage::TableAmounts {
            values: 3,
            cells: 4,
        },
        Damage::SumUnrecoverable,
        Damage::DecimalOverflow,
        Damage::ReportMonth(13),
        Damage::FinanceMonth(13),
        Damage::NoScenario,
        Damage::ReportList,
        Damage::ReportMissing("bk-r-1".into()),
        Damage::NotAReport("bk-r-1".into()),
    ]
}

fn damage_index(d: &Damage) -> usize {
    match d {
        Damage::NotBase64 => 0,
        Damage::NoStart => 1,
        Damage::NoMagic => 2,
        Damage::NotInflatable => 3,
        Damage::UnknownFormat(_) => 4,
        Damage::Trailing(_) => 5,
        Damage::Unreadable => 6,
        Damage::TableCells { .. } => 7,
        Damage::CellCode(_) => 8,
        Damage::TableAmounts { .. } => 9,
        Damage::SumUnrecoverable => 10,
        Damage::DecimalOverflow => 11,
        Damage::ReportMonth(_) => 12,
        Damage::FinanceMonth(_) => 13,
        Damage::NoScenario => 14,
        Damage::ReportList => 15,
        Damage::ReportMissing(_) => 16,
        Damage::NotAReport(_) => 17,
    }
}

/// [`english_only`] for a refused share.
fn english_share(e: &ShareError, swedish: &BTreeSet<String>) {
    english_only(
        &format!("{e:?}"),
        e.text(Lang::Sv),
        e.text(Lang::En),
        swedish,
    );
}

#[test]
fn every_damage_to_a_share_reads_in_english_without_swedish() {
    let swedish = swedish_only();
    let damages = every_damage();
    let covered: BTreeSet<usize> = damages.iter().map(damage_index).collect();
    assert_eq!(covered, (0..18).collect(), "a sample of every damage");
    for detail in damages {
        let e = ShareError::Damaged {
            carrier: Carrier::Link,
            detail,
        };
        english_share(&e, &swedish);
    }
}

/// Every bound a shared state can break, at places of every kind and at
/// every place the check names (the `At…` messages).
#[test]
fn every_broken_bound_reads_in_english_without_swedish() {
    use budgetkoll::engine::consolidation::GroupingError;
    let swedish = swedish_only();
    let problems = [
        Problem::Amount(dec!(1000000000000001)),
        Problem::Sum(dec!(-5)),
        Problem::Year(1066),
        Problem::Month(13),
        Problem::TooMany { count: 9, max: 8 },
        Problem::TooLong { chars: 9999 },
        Problem::Grouping(GroupingError::UnitInTwo {
            unit: "42".into(),
            first: "Q1".into(),
            second: "Q2".into(),
        }),
        Problem::ActiveScenario { shown: 3, count: 2 },
        Problem::NotAFrameFinding,
    ];
    let at_messages: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|m| format!("{m:?}").starts_with("At"))
        .collect();
    assert!(at_messages.len() > 50, "the places are in the table");
    let mut places: Vec<Vec<Step>> = at_messages
        .iter()
        .map(|&m| vec![Step::Nth(m, 2, "q.xlsx".into())])
        .collect();
    places.push(vec![
        Step::Nth(Msg::AtReport, 1, "q.xlsx".into()),
        Step::Name("Utfall".into()),
        Step::Cell {
            row: Row::Drift,
            part: Part::Externt,
            group: Group::Budget,
            report: Report::Utfall,
        },
    ]);
    places.push(vec![
        Step::Of(Msg::AtMeasuresOf, "42".into()),
        Msg::AtTarget.into(),
    ]);
    for place in places {
        for problem in &problems {
            let e = ShareError::OutOfBounds {
                carrier: Carrier::File,
                detail: Bounds::Invalid(Box::new(Invalid {
                    place: place.clone(),
                    problem: problem.clone(),
                })),
            };
            english_share(&e, &swedish);
        }
    }
    for flood in [Flood::LongList { len: 1 << 20 }, Flood::TooManyEntries] {
        let e = ShareError::OutOfBounds {
            carrier: Carrier::Saved,
            detail: Bounds::Flood(flood),
        };
        english_share(&e, &swedish);
    }
}

/// A link whose measure is larger than an amount can be, opened on the
/// English page: the refusal names the place and the figures in English.
#[test]
fn an_out_of_bounds_link_is_refused_in_english() {
    use budgetkoll::engine::measures::{Measure, MeasurePlan};
    use budgetkoll::money::Money;
    use budgetkoll::share::{decode, encode, SharedState};
    let state = SharedState {
        measures: vec![MeasurePlan {
            unit_code: "42".into(),
            measures: vec![Measure {
                text: "q".into(),
                decision: String::new(),
                effect: Money(dec!(1000000000000001)),
                start_month: None,
            }],
            target: Money::ZERO,
        }],
        ..SharedState::default()
    };
    let err = decode(&encode(&state)).unwrap_err();
    let nb = '\u{a0}';
    assert_eq!(
        err.text(Lang::En),
        format!(
            "The link is not opened: the measures for 42, measure 1, the effect: the amount \
             1{nb}000{nb}000{nb}000{nb}000{nb}001 is larger than an amount can be (at most \
             1{nb}000{nb}000{nb}000{nb}000{nb}000). Nothing of its contents has been read."
        )
    );
    assert_eq!(
        err.text(Lang::Sv),
        format!(
            "Länken öppnas inte: åtgärderna för 42, åtgärd 1, effekten: beloppet \
             1{nb}000{nb}000{nb}000{nb}000{nb}001 är större än vad ett belopp kan vara (högst \
             1{nb}000{nb}000{nb}000{nb}000{nb}000). Inget av innehållet har lästs in."
        )
    );
}

/// A truncated link, opened on the English page, says so in English.
#[test]
fn a_damaged_link_is_refused_in_english() {
    use budgetkoll::share::{decode, encode, SharedState};
    let link = encode(&SharedState::default());
    let err = decode(&link[..link.len() - 4]).unwrap_err();
    let text = err.text(Lang::En);
    assert!(
        text.starts_with("The link is damaged or incomplete ("),
        "{text}"
    );
    assert!(
        text.ends_with("Ask the person who shared it to copy the whole link again."),
        "{text}"
    );
    assert!(swedish_in(&text, &swedish_only()).is_empty(), "{text}");
}

#[test]
fn a_broken_workbook_is_named_in_english() {
    assert_eq!(Broken::ALL.len(), 36, "every kind of breakage is listed");
    let e = ImportError::new(
        "FR1.xls",
        ImportErrorKind::Broken {
            format: SpreadsheetFormat::ExcelLegacy,
            broken: Broken::CfbChainLoops,
        },
    );
    assert_eq!(
        e.text(Lang::En),
        "The file FR1.xls could not be read as an Excel 97–2003 workbook (.xls): \
         the file seems damaged (a sector chain loops)."
    );
    assert_eq!(
        e.text(Lang::Sv),
        "Filen FR1.xls kunde inte läsas som Excel 97–2003-arbetsbok (.xls): \
         filen verkar skadad (en sektorkedja går i ring)."
    );
}

/// The overview's consolidation errors, told on the English page.
#[test]
fn every_consolidation_error_reads_in_english_without_swedish() {
    use budgetkoll::engine::consolidation::{ConsolidationError, GroupingError};
    use budgetkoll::fr1::model::Period;
    let swedish = swedish_only();
    let errors = [
        ConsolidationError::NoReports,
        ConsolidationError::Grouping(GroupingError::UnitInTwo {
            unit: "42".into(),
            first: "Q1".into(),
            second: "Q2".into(),
        }),
        ConsolidationError::MissingUnit {
            file: "q.xlsx".into(),
        },
        ConsolidationError::DuplicateUnit {
            unit: "42".into(),
            first: "q.xlsx".into(),
            second: "q2.xlsx".into(),
        },
        ConsolidationError::OtherPeriod {
            file: "q.xlsx".into(),
            found: Period::new(2024, 5),
            first: "q2.xlsx".into(),
            expected: None,
        },
        ConsolidationError::TooLarge { level: "Q1".into() },
    ];
    for e in &errors {
        english_only(
            &format!("{e:?}"),
            e.text(Lang::Sv),
            e.text(Lang::En),
            &swedish,
        );
    }
    assert_eq!(
        errors[4].text(Lang::En),
        "The report “q.xlsx” is for May 2024, but “q2.xlsx” is for no stated period; \
         a consolidation is for one period."
    );
}

/// Why a forecast cannot be judged against the year's outcome, in English.
#[test]
fn every_accuracy_error_reads_in_english_without_swedish() {
    use budgetkoll::engine::forecast::AccuracyError;
    use budgetkoll::fr1::model::Period;
    let swedish = swedish_only();
    let file = || "q.xlsx".to_string();
    let errors = [
        AccuracyError::MissingIdentity { file: file() },
        AccuracyError::NotYearEnd {
            file: file(),
            period: Period::new(2024, 6).unwrap(),
        },
        AccuracyError::OtherUnit {
            earlier: file(),
            earlier_unit: "42".into(),
            year_end: "q2.xlsx".into(),
            year_end_unit: "43".into(),
        },
        AccuracyError::OtherYear {
            earlier: file(),
            earlier_year: 2024,
            year_end: "q2.xlsx".into(),
            year_end_year: 2023,
        },
        AccuracyError::MissingFigure {
            file: file(),
            what: Group::VsBudget.short_name(Report::Utfall),
            row: Row::Drift.full_label(),
            part: Part::Totalt.label(),
        },
    ];
    for e in &errors {
        english_only(
            &format!("{e:?}"),
            e.text(Lang::Sv),
            e.text(Lang::En),
            &swedish,
        );
    }
    assert_eq!(
        errors[1].text(Lang::En),
        "“q.xlsx” is for June 2024; the year's outcome is only in the December report."
    );
}

/// The details a file lacked, as the form that asks for them names them on
/// the English page (the FR1 form's own labels are Swedish).
#[test]
fn missing_details_are_named_in_english() {
    let english: Vec<&str> = MetaField::ALL.iter().map(|f| f.name(Lang::En)).collect();
    assert_eq!(
        english,
        [
            "Organisation",
            "Administration",
            "Period",
            "Amounts in",
            "Filled in by",
            "Date"
        ]
    );
    let swedish: Vec<&str> = MetaField::ALL.iter().map(|f| f.name(Lang::Sv)).collect();
    assert_eq!(
        swedish,
        [
            "Organisation",
            "Förvaltning",
            "Period",
            "Belopp",
            "Ifylld av",
            "Datum"
        ]
    );
}
