//! The frames page's state on the simple sample frame table: the decided
//! years as read, rules from a chosen base year, hand-worked totals after a
//! rule changes, scenarios side by side, and the balance view.

use budgetkoll::frames::model::Category;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::import::read_grids;
use budgetkoll::money::Money;
use rust_decimal_macros::dec;

fn sample() -> FramesSession {
    let name = "budgetramar_2025_2027.xlsx";
    let bytes = std::fs::read(format!("tests/fixtures/{name}")).unwrap();
    let grids = read_grids(name, &bytes).unwrap();
    FramesSession::read(name, &grids).unwrap()
}

#[test]
fn rules_from_2025_recompute_the_later_years_beside_the_decided_ones() {
    let mut s = sample();
    s.plan.base = 2025;
    let balance_before = s.result().unwrap().unwrap().balance.unwrap();
    let before = s.result().unwrap().unwrap().frames;
    assert_eq!(before.years, vec![2025, 2026, 2027]);
    let region = before.region_totals();
    // No rules: every computed year at 2025's 1 120 000, the decided ones
    // as the file has them.
    assert_eq!(region[1].computed, Some(Money::from(1_120_000)));
    assert_eq!(region[1].decided(), Some(Money::from(1_132_096)));

    s.scenario_mut()
        .unwrap()
        .rules
        .set_indexation(Category::Drift, 2026, dec!(2.4));
    let after = s.result().unwrap().unwrap().frames;
    // Drift 2025 is 405 000 + 67 500 + 18 000 + 13 500 = 504 000; 2,4 % of
    // it, line by line exact: 9 720 + 1 620 + 432 + 324 = 12 096.
    assert_eq!(
        after.region_totals()[1].computed,
        Some(Money::from(1_132_096))
    );
    // 2027 keeps 2026's level (no rate set for 2027).
    assert_eq!(
        after.region_totals()[2].computed,
        Some(Money::from(1_132_096))
    );

    // The balance: revenues start at each decided year's frames (2026:
    // 1 132 096), so without rules 2026 is 12 096 better than the decided
    // frames, and with the indexation it is balanced.
    let balance = s.result().unwrap().unwrap().balance.unwrap();
    assert_eq!(balance_before.years[0].result, Money::ZERO);
    assert_eq!(balance_before.years[1].result, Money::from(12_096));
    assert_eq!(balance.years[1].result, Money::ZERO);
}

#[test]
fn a_copied_scenario_is_compared_with_the_first() {
    let mut s = sample();
    s.plan.base = 2025;
    assert!(s.comparison().is_none());
    s.add_scenario("Med 1,5 % effektivisering");
    assert_eq!(s.active, 1);
    let rules = &mut s.scenario_mut().unwrap().rules;
    budgetkoll::frames::rules::set_percent(&mut rules.efficiency.rates, 2026, dec!(1.5));
    rules.efficiency.deduct = true;
    let cmp = s.comparison().unwrap().unwrap();
    assert_eq!(cmp.reference, "Planeringsdirektiv");
    assert_eq!(cmp.region.difference[0], Money::ZERO);
    // 1,5 % of 2026's Personal + Drift (2025's level, no indexation), per
    // förvaltning rounded to the tkr: 963 000 → 14 445; 160 500 → 2 407,5
    // → 2 408; 42 800 → 642; 32 100 → 481,5 → 482. Together 17 977, taken
    // off the copy.
    assert_eq!(cmp.region.difference[1], Money::from(-17_977));
}
