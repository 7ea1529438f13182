//! The goals as the page and the printed report show them: the year-end
//! report's counts sentence, the unsatisfactory indicators named, and the
//! table grouped by målområde and inriktningsmål with baseline, target,
//! outcome, comment and assessment. A grade is always a symbol and a word
//! (never colour alone), marked when the app made it and why, and a
//! derivation that contradicts the officer's grade is a note beside it.
//!
//! Scope: `codes` are the förvaltningar shown — one for a förvaltning's
//! page, a nämnd's units ([`crate::engine::consolidation::Namnd::units`]),
//! or `None` for the region.

use crate::format;
use crate::fr1::model::Fr1Report;
use crate::goals::assess::{assess_all, Assessment, Basis};
use crate::goals::count::Counts;
use crate::goals::model::{Direction, Grade, Indicator, Value};
use crate::i18n::{Lang, Msg};
use crate::quarterly::Quarterly;

/// A grade as shown: symbol and word, its class, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeView {
    pub grade: Grade,
    /// `✗`, `◐`, `✓`, `?`, `–`: read beside the word, never alone.
    pub symbol: &'static str,
    pub word: &'static str,
    pub class: &'static str,
    /// True when the app graded it; the page marks it as the app's.
    pub by_app: bool,
    /// How the app graded it (or why nobody did); `None` for a stated grade.
    pub basis: Option<String>,
    /// The app's contradicting derivation, a note for the officer.
    pub disagreement: Option<String>,
}

/// One indicator's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorRow {
    /// `42 Exempelförvaltningen`, or empty when not known.
    pub unit: String,
    pub area: String,
    pub aim: String,
    pub name: String,
    /// Enhet, as written ("%", "index").
    pub measure: String,
    pub baseline: String,
    pub target: String,
    pub outcome: String,
    pub comment: String,
    pub assessment: GradeView,
}

/// The indicators under one inriktningsmål.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AimGroup {
    pub aim: String,
    pub rows: Vec<IndicatorRow>,
}

/// The inriktningsmål under one målområde.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaGroup {
    pub area: String,
    pub aims: Vec<AimGroup>,
}

/// The goals of one förvaltning, nämnd or the region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalsView {
    pub counts: Counts,
    /// "Av 16 indikatorer bedöms 6 som tillfredsställande, …".
    pub sentence: String,
    /// The unsatisfactory indicators, named (with their förvaltning when
    /// the scope has several).
    pub unsatisfactory: Vec<String>,
    /// The table, in the export's order of målområde and inriktningsmål.
    pub areas: Vec<AreaGroup>,
    /// Every row for the reader: unsatisfactory first, then partly,
    /// satisfactory, lacking data and not assessed; the export's order
    /// within each.
    pub reader: Vec<IndicatorRow>,
    /// Column headers as the export named them ("Målvärde 2024").
    pub target_label: String,
    pub outcome_label: String,
}

/// The counts alone (a förvaltning's card).
pub fn goal_counts(q: &Quarterly, reports: &[Fr1Report], codes: Option<&[String]>) -> Counts {
    Counts::of(
        assess_all(&q.goals, reports, codes)
            .into_iter()
            .map(|(_, a)| a.grade),
    )
}

/// The goals view, or `None` when no indicator is in scope.
pub fn goals_view(
    q: &Quarterly,
    reports: &[Fr1Report],
    codes: Option<&[String]>,
    lang: Lang,
) -> Option<GoalsView> {
    let assessed = assess_all(&q.goals, reports, codes);
    if assessed.is_empty() {
        return None;
    }
    let counts = Counts::of(assessed.iter().map(|(_, a)| a.grade));
    let several = {
        let mut units: Vec<_> = assessed.iter().map(|(i, _)| i.unit_code()).collect();
        units.dedup();
        units.len() > 1
    };
    let rows: Vec<IndicatorRow> = assessed
        .iter()
        .map(|(i, a)| indicator_row(i, a, lang))
        .collect();
    let unsatisfactory = rows
        .iter()
        .filter(|r| r.assessment.grade == Grade::Unsatisfactory)
        .map(|r| {
            if several && !r.unit.is_empty() {
                format!("{} ({})", r.name, r.unit)
            } else {
                r.name.clone()
            }
        })
        .collect();
    let mut areas: Vec<AreaGroup> = Vec::new();
    for row in &rows {
        let area = match areas.iter_mut().position(|a| a.area == row.area) {
            Some(i) => &mut areas[i],
            None => {
                areas.push(AreaGroup {
                    area: row.area.clone(),
                    aims: Vec::new(),
                });
                areas.last_mut().expect("just pushed")
            }
        };
        match area.aims.iter_mut().find(|a| a.aim == row.aim) {
            Some(aim) => aim.rows.push(row.clone()),
            None => area.aims.push(AimGroup {
                aim: row.aim.clone(),
                rows: vec![row.clone()],
            }),
        }
    }
    let mut reader = rows;
    reader.sort_by_key(|r| Grade::ALL.iter().position(|g| *g == r.assessment.grade));
    let first = q.goals.first();
    Some(GoalsView {
        counts,
        sentence: counts.sentence(lang),
        unsatisfactory,
        areas,
        reader,
        target_label: first.map_or_else(
            || Msg::GoalColTarget.text(lang).to_string(),
            |s| s.target_label.clone(),
        ),
        outcome_label: first.map_or_else(
            || Msg::GoalColOutcome.text(lang).to_string(),
            |s| s.outcome_label.clone(),
        ),
    })
}

fn text(v: &Option<Value>) -> String {
    v.as_ref().map(|v| v.text.clone()).unwrap_or_default()
}

fn indicator_row(i: &Indicator, a: &Assessment, lang: Lang) -> IndicatorRow {
    IndicatorRow {
        unit: i.unit.as_ref().map(|u| u.label()).unwrap_or_default(),
        area: i.area.clone(),
        aim: i.aim.clone(),
        name: i.name.clone(),
        measure: i.measure.clone().unwrap_or_default(),
        baseline: text(&i.baseline),
        target: text(&i.target),
        outcome: text(&i.outcome),
        comment: i.comment.clone().unwrap_or_default(),
        assessment: grade_view(i, a, lang),
    }
}

fn grade_view(i: &Indicator, a: &Assessment, lang: Lang) -> GradeView {
    let basis = match &a.basis {
        Basis::Stated => None,
        Basis::Derived => Some(Msg::GoalByAppDerived.fill(
            lang,
            &[
                ("outcome", &text(&i.outcome)),
                ("target", &text(&i.target)),
                (
                    "direction",
                    match i.direction {
                        Some(Direction::LowerIsBetter) => Msg::GoalDirectionLower.text(lang),
                        _ => Msg::GoalDirectionHigher.text(lang),
                    },
                ),
            ],
        )),
        Basis::Budget(b) => Some(Msg::GoalByBudget.fill(
            lang,
            &[
                ("report", b.report.sheet_name()),
                (
                    "period",
                    &b.period.map(|p| p.title(lang)).unwrap_or_default(),
                ),
                (
                    "deviation",
                    &format!(
                        "{} {}",
                        format::signed_amount(b.deviation.0, b.unit.display_decimals()),
                        b.unit.short()
                    ),
                ),
            ],
        )),
        Basis::NoOutcome => Some(Msg::GoalNoOutcomeNote.text(lang).to_string()),
        Basis::Text => Some(Msg::GoalTextNote.text(lang).to_string()),
    };
    GradeView {
        grade: a.grade,
        symbol: a.grade.symbol(),
        word: a.grade.word(lang),
        class: a.grade.class(),
        by_app: a.by_app(),
        basis,
        disagreement: a
            .disagreeing
            .map(|d| Msg::GoalDisagreeNote.fill(lang, &[("derived", d.word(lang))])),
    }
}
