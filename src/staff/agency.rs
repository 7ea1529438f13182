//! Inhyrd personal (agency staff) as a key figure: the FR1's Personal –
//! Inhyrda row as a share of the own staff cost (Personal less Inhyrda),
//! against the national goal for regions of at most 2 %. Several
//! förvaltningar give the share of their summed costs, never an average
//! of shares.

use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::money::{AmountScale, Money};
use rust_decimal::Decimal;

/// The national goal: inhyrd personal at most 2 % of the own staff cost.
pub const AGENCY_GOAL_PERCENT: Decimal = Decimal::from_parts(2, 0, 0, false, 0);

/// Inhyrda against the own staff cost, summed over the reports given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgencyShare {
    /// Personal – Inhyrda (tkr).
    pub agency: Money,
    /// Personal less Inhyrda (tkr).
    pub own: Money,
}

impl AgencyShare {
    /// In percent (1,41 for 646 / 45 720); `None` when the own cost is 0.
    pub fn percent(&self) -> Option<Decimal> {
        self.agency
            .ratio_of(self.own)
            .and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED))
    }

    /// True above the national goal.
    pub fn above_goal(&self) -> bool {
        self.percent().is_some_and(|p| p > AGENCY_GOAL_PERCENT)
    }
}

/// The share in `reports` (one per förvaltning, their Utfall Totalt), in
/// column `group` (`Actual` this year, `PreviousYear` the year before);
/// `None` when a report lacks either row or the sums overflow.
pub fn agency_share<'a>(
    reports: impl IntoIterator<Item = &'a Fr1Report>,
    group: Group,
) -> Option<AgencyShare> {
    let mut agency = Money::ZERO;
    let mut own = Money::ZERO;
    let mut any = false;
    for r in reports {
        let t = r.in_unit(AmountScale::Tkr);
        let table = t.table(Report::Utfall)?;
        let inhyrda = table.get(Row::Inhyrda, group, Part::Totalt)?;
        let personal = table.get(Row::Personal, group, Part::Totalt)?;
        agency = agency.checked_add(inhyrda)?;
        own = own.checked_add(personal.checked_sub(inhyrda)?)?;
        any = true;
    }
    any.then_some(AgencyShare { agency, own })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn share_against_the_goal() {
        // FR1 42 jan–jun 2024: Inhyrda 646 of Personal 46 366.
        let s = AgencyShare {
            agency: Money(dec!(646)),
            own: Money(dec!(46366) - dec!(646)),
        };
        assert_eq!(s.own, Money(dec!(45720)));
        assert_eq!(s.percent().unwrap().round_dp(2), dec!(1.41));
        assert!(!s.above_goal());
        let high = AgencyShare {
            agency: Money(dec!(21)),
            own: Money(dec!(1000)),
        };
        assert!(high.above_goal());
        let none = AgencyShare {
            agency: Money(dec!(1)),
            own: Money::ZERO,
        };
        assert_eq!(none.percent(), None);
    }
}
