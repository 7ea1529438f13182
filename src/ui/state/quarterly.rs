//! The quarterly report's goal exports and HR extracts in the store: taken
//! in with what their importers found (listed on the Rapporter tab, not
//! carried by a link), given the förvaltning a file lacked, removed, and an
//! indicator's outcome and assessment as the officer enters them — every
//! change through `work.quarterly`, which autosave keeps.

use super::store::{QuarterlyFile, Store};
use budgetkoll::finding::{Finding, FindingKind};
use budgetkoll::fr1::model::UnitId;
use budgetkoll::goals::assess::recheck_disagreements;
use budgetkoll::goals::finding::GoalFinding;
use budgetkoll::goals::import::GoalsImport;
use budgetkoll::goals::model::{Grade, Value};
use budgetkoll::staff::import::StaffImport;
use leptos::prelude::*;

impl Store {
    /// Takes in a goal export and what reading it found.
    pub fn take_goals(&self, import: GoalsImport) {
        let file = QuarterlyFile::Goals(import.set.source.clone());
        self.work.quarterly.update(|q| q.add_goals(import.set));
        self.keep_findings(file, import.findings);
    }

    /// Takes in an HR extract and what reading it found.
    pub fn take_staff(&self, import: StaffImport) {
        let file = QuarterlyFile::Staff(import.report.source.clone());
        self.work.quarterly.update(|q| q.add_staff(import.report));
        self.keep_findings(file, import.findings);
    }

    fn keep_findings(&self, file: QuarterlyFile, findings: Vec<Finding>) {
        self.work.quarterly_findings.update(|all| {
            all.retain(|(f, _)| *f != file);
            all.push((file, findings));
        });
    }

    /// What reading `file` found (empty when nothing, or read from a link).
    pub fn findings_of(&self, file: &QuarterlyFile) -> Vec<Finding> {
        self.work.quarterly_findings.with(|all| {
            all.iter()
                .find(|(f, _)| f == file)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    }

    /// Gives `file` the förvaltning it lacked, as the person answered.
    pub fn set_quarterly_unit(&self, file: &QuarterlyFile, unit: UnitId) {
        self.work.quarterly.update(|q| match file {
            QuarterlyFile::Goals(source) => {
                if let Some(set) = q.goals.iter_mut().find(|g| g.source == *source) {
                    set.set_unit(&unit);
                }
            }
            QuarterlyFile::Staff(source) => {
                if let Some(i) = q.staff.iter().position(|r| r.source == *source) {
                    let mut report = q.staff.remove(i);
                    report.unit = Some(unit.clone());
                    q.add_staff(report);
                }
            }
        });
        self.work.quarterly_findings.update(|all| {
            if let Some((_, findings)) = all.iter_mut().find(|(f, _)| f == file) {
                findings.retain(|f| f.kind != FindingKind::Goal(GoalFinding::NoUnit));
            }
        });
    }

    /// Removes `file` and its findings.
    pub fn remove_quarterly(&self, file: &QuarterlyFile) {
        self.work.quarterly.update(|q| match file {
            QuarterlyFile::Goals(source) => q.goals.retain(|g| g.source != *source),
            QuarterlyFile::Staff(source) => q.staff.retain(|r| r.source != *source),
        });
        self.work
            .quarterly_findings
            .update(|all| all.retain(|(f, _)| f != file));
    }

    /// Sets the outcome (as written) and the stated assessment of the
    /// indicator `name` of förvaltning `unit` (its label, as the goals view
    /// shows it); an empty outcome or no grade leaves it blank, for the app
    /// to assess. The file's "disagrees" finding follows the new grades.
    pub fn set_indicator(&self, unit: &str, name: &str, outcome: &str, stated: Option<Grade>) {
        let mut edited = None;
        self.work.quarterly.update(|q| {
            for set in q.goals.iter_mut() {
                let found = set.indicators.iter_mut().find(|i| {
                    i.name == name && i.unit.as_ref().map(|u| u.label()).unwrap_or_default() == unit
                });
                if let Some(i) = found {
                    i.outcome = Value::from_text(outcome);
                    i.stated = stated;
                    edited = Some(set.clone());
                    break;
                }
            }
        });
        let Some(set) = edited else { return };
        let file = QuarterlyFile::Goals(set.source.clone());
        self.work.quarterly_findings.update(|all| {
            if let Some((_, findings)) = all.iter_mut().find(|(f, _)| *f == file) {
                recheck_disagreements(findings, &set, name);
            }
        });
    }
}
