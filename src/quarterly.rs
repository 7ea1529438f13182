//! The quarterly report's parts beside the money, as loaded: goal exports
//! ([`crate::goals`]) and HR extracts ([`crate::staff`]). One value, so the
//! app's work, a share link and a `.budgetkoll` file carry them together
//! (share format 5), and a file dropped again replaces its earlier reading
//! instead of counting twice.

use crate::goals::model::GoalSet;
use crate::staff::model::StaffReport;

/// Goal sets and staff extracts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quarterly {
    pub goals: Vec<GoalSet>,
    pub staff: Vec<StaffReport>,
}

impl Quarterly {
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.staff.is_empty()
    }

    /// Adds a goal export; one read from the same file before is replaced.
    pub fn add_goals(&mut self, set: GoalSet) {
        match self.goals.iter_mut().find(|g| g.source == set.source) {
            Some(old) => *old = set,
            None => self.goals.push(set),
        }
    }

    /// Adds an HR extract; an earlier one of the same förvaltning (or,
    /// without one, from the same file) is replaced.
    pub fn add_staff(&mut self, report: StaffReport) {
        let same = |r: &StaffReport| match (r.unit_code(), report.unit_code()) {
            (Some(a), Some(b)) => a == b,
            _ => r.source == report.source,
        };
        match self.staff.iter_mut().find(|r| same(r)) {
            Some(old) => *old = report,
            None => self.staff.push(report),
        }
    }

    /// The extracts of the förvaltningar `codes` (all when `None`).
    pub fn staff_of(&self, codes: Option<&[String]>) -> Vec<&StaffReport> {
        self.staff
            .iter()
            .filter(|r| in_scope(r.unit_code(), codes))
            .collect()
    }
}

/// True when a förvaltning `code` is among `codes` (`None`: the region,
/// everything).
pub fn in_scope(code: Option<&str>, codes: Option<&[String]>) -> bool {
    match codes {
        None => true,
        Some(codes) => code.is_some_and(|c| codes.iter().any(|k| k.trim() == c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fr1::model::UnitId;

    fn staff(code: &str, source: &str) -> StaffReport {
        StaffReport {
            source: source.into(),
            unit: Some(UnitId {
                code: code.into(),
                name: String::new(),
            }),
            ..StaffReport::default()
        }
    }

    #[test]
    fn a_file_dropped_again_replaces_its_reading() {
        let mut q = Quarterly::default();
        q.add_staff(staff("42", "a.xlsx"));
        q.add_staff(staff("43", "b.csv"));
        q.add_staff(staff("42", "a2.xlsx"));
        assert_eq!(q.staff.len(), 2);
        assert_eq!(q.staff[0].source, "a2.xlsx");
        assert_eq!(q.staff_of(Some(&["43".to_string()])).len(), 1);
        q.add_goals(GoalSet {
            source: "m.xlsx".into(),
            ..GoalSet::default()
        });
        q.add_goals(GoalSet {
            source: "m.xlsx".into(),
            title: Some("ny".into()),
            ..GoalSet::default()
        });
        assert_eq!(q.goals.len(), 1);
        assert!(!q.is_empty());
    }
}
