//! The frames page's state on the sample frame table: hand-worked totals
//! after a rule changes, scenarios side by side, and the balance view.

use budgetkoll::frames::import::import_frames;
use budgetkoll::frames::model::Category;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::import::read_grids;
use budgetkoll::money::Money;
use rust_decimal_macros::dec;

fn sample() -> FramesSession {
    let name = "budgetramar_2025_2027.xlsx";
    let bytes = std::fs::read(format!("tests/fixtures/{name}")).unwrap();
    let grids = read_grids(name, &bytes).unwrap();
    let imported = import_frames(&grids).unwrap();
    assert!(!imported.has_errors());
    FramesSession::from_table(name, &imported.frames).unwrap()
}

#[test]
fn the_sample_is_the_base_and_a_drift_indexation_changes_the_totals() {
    let mut s = sample();
    assert_eq!(s.base.year, 2025);
    let before = s.result().unwrap().unwrap().frames;
    assert_eq!(before.years, vec![2025, 2026, 2027]);
    let flat = before.region_totals();
    assert_eq!(flat[0], flat[1], "no rules: frames stay at the base");

    s.scenario_mut()
        .unwrap()
        .rules
        .set_indexation(Category::Drift, 2026, dec!(2.4));
    let after = s.result().unwrap().unwrap().frames;
    let drift_2025 = after.category_totals(Category::Drift)[0];
    // Drift 2026 = Drift 2025 × 1,024 exactly; other years unchanged.
    assert_eq!(
        after.category_totals(Category::Drift)[1],
        Money(drift_2025.0 * dec!(1.024))
    );
    assert_eq!(
        after.region_totals()[1] - flat[1],
        Money(drift_2025.0 * dec!(0.024))
    );
    // 2027 keeps 2026's level (no rate set for 2027).
    assert_eq!(
        after.category_totals(Category::Drift)[2],
        after.category_totals(Category::Drift)[1]
    );

    // The balance: revenues at the base level, so the indexation is a deficit.
    let balance = s.result().unwrap().unwrap().balance.unwrap();
    assert_eq!(balance.years[0].result, Money::ZERO);
    assert_eq!(balance.years[1].result, Money(-drift_2025.0 * dec!(0.024)));
}

#[test]
fn a_copied_scenario_is_compared_with_the_first() {
    let mut s = sample();
    assert!(s.comparison().is_none());
    s.add_scenario("Med 1,5 % effektivisering");
    assert_eq!(s.active, 1);
    s.scenario_mut()
        .unwrap()
        .rules
        .set_efficiency(2026, dec!(1.5));
    let cmp = s.comparison().unwrap().unwrap();
    assert_eq!(cmp.reference, "Planeringsdirektiv");
    assert_eq!(cmp.region.difference[0], Money::ZERO);
    assert!(
        cmp.region.difference[1] < Money::ZERO,
        "efficiency lowers the frames"
    );
}
