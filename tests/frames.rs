//! Budget frames as a region decides them: the published frame table read
//! whole, every decided year kept, the planning directive's rules
//! reproducing the published figures to the tkr, the wage pot, the
//! efficiency requirement, the balance requirement with earlier deficits
//! and restructuring. Expected figures are read from the fixtures (by hand
//! or with openpyxl) or worked out in the comments, never taken from the
//! code under test.

use budgetkoll::engine::consolidation::{Grouping, Namnd as GroupingNamnd};
use budgetkoll::finding::{FindingKind, Severity};
use budgetkoll::fr1::model::{Fr1Meta, Fr1Report, Fr1Table, Period, UnitId};
use budgetkoll::fr1::schema::{Group, Part, Report, Row};
use budgetkoll::frames::balance::{
    balance, BalanceInputs, EarlierDeficit, NamedLine, Restructuring, YearAmount,
};
use budgetkoll::frames::compute::{compute, Frames};
use budgetkoll::frames::findings::Problem;
use budgetkoll::frames::import::{
    from_fr1_budget, import_frames, FrameImport, FrameImportError, UNASSIGNED_NAMND,
};
use budgetkoll::frames::model::{Category, FrameTable};
use budgetkoll::frames::rules::{
    set_percent, ChangeKind, FrameChange, IndexException, NonIndexed, NonIndexedPortion, Percent,
    Plan, RuleProblem, Rules, Scope, YearPercent,
};
use budgetkoll::frames::scenario::{compare, Scenario};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::frames::table::RowKind;
use budgetkoll::i18n::Lang;
use budgetkoll::import::grid::{Cell, Grid};
use budgetkoll::money::{Money, Unit};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn t(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn n(d: Decimal) -> Cell {
    Cell::Number(d)
}

fn m(d: Decimal) -> Money {
    Money(d)
}

fn ms(v: &[Decimal]) -> Vec<Money> {
    v.iter().copied().map(Money).collect()
}

fn plan(first: i32, years: u8, base: i32) -> Plan {
    Plan { first, years, base }
}

/// A workbook or CSV from `tests/fixtures/`, read the way the app reads it.
fn fixture(path: &str) -> Vec<Grid> {
    let bytes = std::fs::read(format!("tests/fixtures/{path}")).unwrap();
    let name = path.rsplit('/').next().unwrap();
    budgetkoll::import::read_grids(name, &bytes).unwrap()
}

const PUBLISHED: &str = "frames/budgetramar_plan_2026_2028.xlsx";

fn published() -> FrameImport {
    import_frames(&fixture(PUBLISHED)).unwrap()
}

/// Sheet `Ramar 2026-2028` of the published sample, every row with figures,
/// transcribed with openpyxl: (förvaltning or Summa label, IPDK, 2026, 2027,
/// 2028).
const PUBLISHED_ROWS: [(&str, &str, [i64; 3]); 49] = [
    ("Exempelsjukhuset", "Intäkter", [-153000, -156213, -159493]),
    ("Exempelsjukhuset", "Personal", [1100000, 1100000, 1100000]),
    ("Exempelsjukhuset", "Drift", [880500, 882353, 904774]),
    ("Exempelsjukhuset", "Avskrivningar", [21000, 21000, 21000]),
    ("Summa Exempelsjukhuset", "", [1848500, 1847140, 1866281]),
    ("Exempelpsykiatrin", "Intäkter", [-18360, -18746, -19139]),
    ("Exempelpsykiatrin", "Personal", [240000, 240000, 240000]),
    ("Exempelpsykiatrin", "Drift", [121975, 125146, 128400]),
    ("Exempelpsykiatrin", "Avskrivningar", [700, 700, 700]),
    ("Summa Exempelpsykiatrin", "", [344315, 347100, 349961]),
    (
        "Summa Nämnden för Exempelsjukhuset",
        "",
        [2192815, 2194240, 2216242],
    ),
    (
        "Regionens hälsocentraler",
        "Intäkter",
        [-1500, -1500, -1500],
    ),
    (
        "Regionens hälsocentraler",
        "Personal",
        [52000, 52000, 52000],
    ),
    ("Regionens hälsocentraler", "Drift", [17733, 18194, 18667]),
    ("Regionens hälsocentraler", "Avskrivningar", [150, 150, 150]),
    ("Summa Regionens hälsocentraler", "", [68383, 68844, 69317]),
    ("Exempeltandvården", "Intäkter", [-98000, -98000, -98000]),
    ("Exempeltandvården", "Personal", [131000, 131000, 131000]),
    ("Exempeltandvården", "Drift", [72160, 74036, 75961]),
    ("Exempeltandvården", "Avskrivningar", [3900, 3900, 3900]),
    ("Summa Exempeltandvården", "", [109060, 110936, 112861]),
    ("Summa Närvård", "", [177443, 179780, 182178]),
    ("Summa Nämnden för närvård", "", [177443, 179780, 182178]),
    ("Regiondirektörens stab", "Intäkter", [-2700, -2700, -2700]),
    ("Regiondirektörens stab", "Personal", [64000, 64000, 64000]),
    ("Regiondirektörens stab", "Drift", [25933, 26607, 27299]),
    ("Regiondirektörens stab", "Avskrivningar", [90, 90, 90]),
    ("Summa Regiondirektörens stab", "", [87323, 87997, 88689]),
    ("Servicecentrum", "Intäkter", [-90000, -90000, -90000]),
    ("Servicecentrum", "Personal", [21000, 21000, 21000]),
    ("Servicecentrum", "Drift", [58000, 58000, 58000]),
    ("Servicecentrum", "Avskrivningar", [11000, 11000, 11000]),
    ("Summa Servicecentrum", "", [0, 0, 0]),
    ("Summa Vårdval", "", [526848, 542653, 558933]),
    ("RS anslag", "Intäkter", [-400, -400, -400]),
    ("RS anslag", "Personal", [41000, 41000, 41000]),
    ("RS anslag", "Drift", [134275, 137766, 141348]),
    ("RS anslag", "Avskrivningar", [0, 0, 0]),
    ("Summa RS anslag", "", [174875, 178366, 181948]),
    ("Summa Regiongemensamt", "", [701723, 721019, 740881]),
    ("Summa Regionstyrelsen", "", [789046, 809016, 829570]),
    ("Kollektivtrafiken", "Intäkter", [-160000, -160000, -160000]),
    ("Kollektivtrafiken", "Personal", [22000, 22000, 22000]),
    ("Kollektivtrafiken", "Drift", [389500, 399627, 410017]),
    ("Kollektivtrafiken", "Avskrivningar", [11000, 11000, 11000]),
    ("Kollektivtrafiken", "Finansiering", [4100, 4100, 4100]),
    ("Summa Kollektivtrafiken", "", [266600, 276727, 287117]),
    ("Summa Kollektivtrafiknämnden", "", [266600, 276727, 287117]),
    ("Summa Samverkansnämnden", "", [0, 0, 0]),
];

const ES: &str = "Exempelsjukhuset";
const EP: &str = "Exempelpsykiatrin";

/// Each figure of a published row in a computed table, as (decided,
/// computed) per plan year.
fn row_figures(frames: &Frames, label: &str, line: &str) -> Vec<(Option<Money>, Option<Money>)> {
    let row = frames
        .table()
        .into_iter()
        .find(|r| match r.kind {
            RowKind::Line(_) => r.forvaltning == label && r.label == line,
            RowKind::NamndHeading | RowKind::GroupHeading | RowKind::Deduction => false,
            _ => line.is_empty() && r.label == label,
        })
        .unwrap_or_else(|| panic!("no row {label} {line}"));
    row.figures
        .iter()
        .map(|f| (f.decided, f.computed))
        .collect()
}

#[test]
fn the_published_layout_is_read_whole_with_no_finding() {
    let imported = published();
    assert_eq!(
        imported.findings,
        vec![],
        "every Summa agrees with its lines"
    );
    let table = &imported.table;
    assert_eq!(table.unit, Unit::Tkr);
    // 2026–2028 from the published sheet, 2025 from `Underlag`.
    assert_eq!(imported.primary_years, vec![2026, 2027, 2028]);
    assert_eq!(table.years, vec![2025, 2026, 2027, 2028]);
    let namnder: Vec<&str> = table.namnder.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(
        namnder,
        [
            "Nämnden för Exempelsjukhuset",
            "Nämnden för närvård",
            "Regionstyrelsen",
            "Kollektivtrafiknämnden",
            "Samverkansnämnden",
        ]
    );
    // A nämnd with no lines and `Summa Samverkansnämnden 0`.
    let samverkan = &table.namnder[4];
    assert!(samverkan.forvaltningar.is_empty());
    assert_eq!(samverkan.stated.len(), 3);
    assert!(samverkan.stated.iter().all(|s| s.amount.is_zero()));
    // Groups inside a nämnd, with their own Summa.
    let rs = &table.namnder[2];
    assert_eq!(rs.groups.len(), 1);
    assert_eq!(rs.groups[0].name, "Regiongemensamt");
    assert_eq!(rs.groups[0].stated[0].cell, "Ramar 2026-2028!D49");
    let members: Vec<(&str, Option<&str>)> = rs
        .forvaltningar
        .iter()
        .map(|f| (f.name.as_str(), f.group.as_deref()))
        .collect();
    assert_eq!(
        members,
        [
            ("Regiondirektörens stab", None),
            ("Servicecentrum", None),
            ("Vårdval", Some("Regiongemensamt")),
            ("RS anslag", Some("Regiongemensamt")),
        ]
    );
    assert_eq!(table.namnder[1].groups[0].name, "Närvård");
    // A frame given only as a sum, with its 2025 base from `Underlag`.
    let vardval = table.forvaltning("Vårdval").unwrap();
    assert!(vardval.is_sum_only());
    let frame = &vardval.lines[0];
    assert_eq!(frame.decided_in(2025), Some(m(dec!(512000))));
    assert_eq!(frame.decided_in(2026), Some(m(dec!(526848))));
    // Categories beyond IPDK keep the file's label.
    let kt = table.forvaltning("Kollektivtrafiken").unwrap();
    assert_eq!(kt.line(Category::Finansen).unwrap().name(), "Finansiering");
    assert_eq!(
        kt.line(Category::Kapitalkostnader).unwrap().name(),
        "Avskrivningar"
    );
    // Every decided figure of the published sheet is kept as read.
    let session = FramesSession::from_import(PUBLISHED, imported).unwrap();
    assert_eq!(session.plan, plan(2026, 3, 2028));
    let frames = session.result().unwrap().unwrap().frames;
    for (label, line, want) in PUBLISHED_ROWS {
        let got = row_figures(&frames, label, line);
        for (i, w) in want.iter().enumerate() {
            assert_eq!(
                got[i],
                (Some(Money::from(*w)), None),
                "{label} {line} {}",
                2026 + i
            );
        }
    }
}

/// The rules of `Underlag` (A38–A46), entered as a finance officer would.
fn underlag_rules() -> Rules {
    let mut r = Rules::default();
    // Drift 2,5, 2,6, 2,6 % 2026–2028, compounding from 2025.
    for (y, p) in [(2026, dec!(2.5)), (2027, dec!(2.6)), (2028, dec!(2.6))] {
        r.set_indexation(Category::Drift, y, p);
    }
    let rates = |ps: [Decimal; 3]| -> Vec<YearPercent> {
        (2026..)
            .zip(ps)
            .map(|(year, p)| YearPercent {
                year,
                percent: Percent(p),
            })
            .collect()
    };
    // Revenues indexed (LPIK 2,0, 2,1, 2,1 %) for the hospital and psychiatry only.
    for f in [ES, EP] {
        r.exceptions.push(IndexException {
            scope: Scope::Forvaltning(f.to_string()),
            category: Some(Category::Intakter),
            rates: rates([dec!(2.0), dec!(2.1), dec!(2.1)]),
        });
    }
    // Vårdval: a frame set as a sum with its own rate.
    r.exceptions.push(IndexException {
        scope: Scope::Forvaltning("Vårdval".to_string()),
        category: None,
        rates: rates([dec!(2.9), dec!(3.0), dec!(3.0)]),
    });
    // Servicecentrum is internally financed and not indexed.
    r.exceptions.push(IndexException {
        scope: Scope::Forvaltning("Servicecentrum".to_string()),
        category: None,
        rates: Vec::new(),
    });
    // The hospital: −20 mnkr 2026 and a further −20 mnkr 2027, +60 mnkr every year.
    let change = |year, kind, amount| FrameChange {
        forvaltning: ES.to_string(),
        category: Category::Drift,
        year,
        kind,
        amount: m(amount),
        note: String::new(),
    };
    r.changes = vec![
        change(2026, ChangeKind::Reduction, dec!(20000)),
        change(2027, ChangeKind::Reduction, dec!(20000)),
        change(2026, ChangeKind::Reinforcement, dec!(60000)),
    ];
    // Wage increases held centrally: 3,1, 3,3, 3,3 %.
    for (y, p) in [(2026, dec!(3.1)), (2027, dec!(3.3)), (2028, dec!(3.3))] {
        set_percent(&mut r.wage.rates, y, p);
    }
    r
}

#[test]
fn the_underlag_rules_on_the_2025_base_reproduce_the_published_sheet_to_the_tkr() {
    let mut session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    session.plan.base = 2025;
    session.scenario_mut().unwrap().rules = underlag_rules();
    let frames = session.result().unwrap().unwrap().frames;
    for (label, line, want) in PUBLISHED_ROWS {
        let got = row_figures(&frames, label, line);
        for (i, w) in want.iter().enumerate() {
            let w = Some(Money::from(*w));
            assert_eq!(got[i], (w, w), "{label} {line} {}", 2026 + i);
        }
    }
    // 49 published figures a year, none off.
    let r = frames.reproduction().unwrap();
    assert_eq!(r.years, vec![2026, 2027, 2028]);
    assert_eq!(r.compared, 49 * 3);
    assert_eq!(r.differences, vec![]);

    // The hospital's Drift 2026: 820 000 × 1,025 − 20 000 + 60 000.
    let es_drift = row_figures(&frames, ES, "Drift");
    assert_eq!(
        es_drift[0].1,
        Some(m(dec!(820000) * dec!(1.025) - dec!(20000) + dec!(60000)))
    );
    // Psychiatry's revenue 2028 compounds on unrounded values:
    // −18 000 × 1,02 × 1,021 × 1,021 = −19 139,22 → −19 139; compounding on
    // the rounded −18 746 would give −19 139,67 → −19 140.
    assert_eq!(
        (dec!(-18000) * dec!(1.02) * dec!(1.021) * dec!(1.021)).round_dp(2),
        dec!(-19139.22)
    );
    assert_eq!((dec!(-18746) * dec!(1.021)).round_dp(2), dec!(-19139.67));
    assert_eq!(
        row_figures(&frames, EP, "Intäkter")[2].1,
        Some(m(dec!(-19139)))
    );
}

#[test]
fn one_rule_less_is_found_where_it_matters() {
    let mut session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    session.plan.base = 2025;
    let mut rules = underlag_rules();
    // Forget that Servicecentrum is not indexed: its Drift moves with 2,5 %.
    rules
        .exceptions
        .retain(|e| e.scope.name() != "Servicecentrum");
    session.scenario_mut().unwrap().rules = rules;
    let frames = session.result().unwrap().unwrap().frames;
    let r = frames.reproduction().unwrap();
    let labels: Vec<(&str, i32)> = r
        .differences
        .iter()
        .filter(|d| d.year == 2026)
        .map(|d| (d.label.as_str(), d.year))
        .collect();
    assert_eq!(
        labels,
        [
            ("Servicecentrum Drift", 2026),
            ("Summa Servicecentrum", 2026),
            ("Summa Regionstyrelsen", 2026),
        ]
    );
    // 58 000 × 1,025 = 59 450.
    assert_eq!(r.differences[0].computed, m(dec!(59450)));
    assert_eq!(r.differences[0].decided, m(dec!(58000)));
}

#[test]
fn the_wage_pot_builds_from_the_first_plan_year() {
    let mut session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    session.scenario_mut().unwrap().rules = underlag_rules();
    // Rules from 2028 (the decided frames shown as decided): the pot still
    // runs from 2026, on personnel at 2025's wage level.
    assert_eq!(session.plan.base, 2028);
    let frames = session.result().unwrap().unwrap().frames;
    // Per förvaltning, rounded: personnel 1 100 000, 240 000, 52 000,
    // 131 000, 64 000, 21 000, 41 000, 22 000 (1 671 000 in all) × 3,1 % =
    // 34 100 + 7 440 + 1 612 + 4 061 + 1 984 + 651 + 1 271 + 682 = 51 801;
    // × (1,031 × 1,033 − 1) = 6,5023 %: 71 525 + 15 606 + 3 381 + 8 518 +
    // 4 161 + 1 365 + 2 666 + 1 431 = 108 653; 2028 likewise 167 384.
    assert_eq!(
        frames.wage_pot_totals(None),
        ms(&[dec!(51801), dec!(108653), dec!(167384)])
    );
    // The hospital's nämnd: 34 100 + 7 440.
    let nsj = frames.namnd("Nämnden för Exempelsjukhuset").unwrap();
    assert_eq!(frames.wage_pot_totals(Some(nsj))[0], m(dec!(41540)));
    // Personnel frames stay at the base level.
    let personal: Vec<Money> = (0..3)
        .map(|i| {
            frames
                .forvaltningar()
                .flat_map(|(_, f)| &f.lines)
                .filter(|l| l.category == Category::Personal)
                .filter_map(|l| l.figures[i].in_force())
                .sum()
        })
        .collect();
    assert_eq!(personal, ms(&[dec!(1671000); 3]));
    // An exempt förvaltning carries none of it: 51 801 − 651.
    session
        .scenario_mut()
        .unwrap()
        .rules
        .wage
        .exempt
        .push("Servicecentrum".to_string());
    let frames = session.result().unwrap().unwrap().frames;
    assert_eq!(frames.wage_pot_totals(None)[0], m(dec!(51150)));
}

#[test]
fn the_efficiency_requirement_is_an_amount_per_namnd_not_taken_off_unless_chosen() {
    let mut session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    let rules = &mut session.scenario_mut().unwrap().rules;
    for y in 2026..=2028 {
        set_percent(&mut rules.efficiency.rates, y, dec!(1.5));
    }
    rules.efficiency.exempt.push("Servicecentrum".to_string());
    let frames = session.result().unwrap().unwrap().frames;
    // 1,5 % of Personal + Drift (+ a frame given as a sum) 2026, per
    // förvaltning rounded: hospital (1 100 000 + 880 500) → 29 708,
    // psychiatry (240 000 + 121 975) → 5 430; the nämnd 35 138.
    let total = |name: &str| frames.efficiency_totals(Some(frames.namnd(name).unwrap()))[0];
    assert_eq!(total("Nämnden för Exempelsjukhuset"), m(dec!(35138)));
    // 69 733 → 1 046, 203 160 → 3 047.
    assert_eq!(total("Nämnden för närvård"), m(dec!(4093)));
    // Stab 89 933 → 1 349, Servicecentrum exempt, Vårdval 526 848 → 7 903,
    // RS anslag 175 275 → 2 629.
    assert_eq!(total("Regionstyrelsen"), m(dec!(11881)));
    assert_eq!(total("Kollektivtrafiknämnden"), m(dec!(6173)));
    assert_eq!(frames.efficiency_totals(None)[0], m(dec!(57285)));
    // Not taken off: the frames are the decided ones.
    let nsj = frames.namnd("Nämnden för Exempelsjukhuset").unwrap();
    assert_eq!(
        frames.namnd_totals(nsj)[0].in_force(),
        Some(m(dec!(2192815)))
    );

    // Compounding, stated: 2028 is 1 − 0,985³ = 4,4328375 % of 2028's costs:
    // hospital (1 100 000 + 904 774) → 88 868, psychiatry 368 400 → 16 331.
    session.scenario_mut().unwrap().rules.efficiency.compound = true;
    let frames = session.result().unwrap().unwrap().frames;
    let nsj = frames.namnd("Nämnden för Exempelsjukhuset").unwrap();
    assert_eq!(frames.efficiency_totals(Some(nsj))[2], m(dec!(105199)));

    // Taken off when chosen: only the computed years (rules from 2027, so
    // 2028), as a line of its own inside each Summa.
    session.plan.base = 2027;
    let rules = &mut session.scenario_mut().unwrap().rules;
    rules.efficiency.compound = false;
    rules.efficiency.deduct = true;
    let frames = session.result().unwrap().unwrap().frames;
    let nsj = frames.namnd("Nämnden för Exempelsjukhuset").unwrap();
    let totals = frames.namnd_totals(nsj);
    // 2027 decided as published; 2028 = 2027's frames (no indexation
    // entered) less 1,5 % of 2028's costs: hospital (1 100 000 + 882 353) →
    // 29 735, psychiatry (240 000 + 125 146) → 5 477.
    assert_eq!(totals[1].in_force(), Some(m(dec!(2194240))));
    assert_eq!(
        totals[2].computed,
        Some(m(dec!(2194240) - dec!(29735) - dec!(5477)))
    );
}

fn one_unit(year: i32, unit: Unit, amounts: &[(Category, Decimal)]) -> FrameTable {
    let mut table = FrameTable::new(unit);
    table.add_year(year);
    let f = table
        .namnd_mut("Nämnden för Exempelsjukhuset")
        .forvaltning_mut(ES, None);
    for &(category, a) in amounts {
        f.line_mut(category, "").decide(year, m(a));
    }
    table
}

fn es_2024() -> FrameTable {
    one_unit(
        2024,
        Unit::Tkr,
        &[
            (Category::Intakter, dec!(-72000)),
            (Category::Personal, dec!(558000)),
            (Category::Drift, dec!(405000)),
            (Category::Kapitalkostnader, dec!(9000)),
        ],
    )
}

fn computed(frames: &Frames, category: Category) -> Vec<Option<Money>> {
    frames.namnder[0].forvaltningar[0]
        .lines
        .iter()
        .find(|l| l.category == category)
        .unwrap()
        .figures
        .iter()
        .map(|f| f.computed)
        .collect()
}

#[test]
fn indexation_compounds_exactly_and_each_line_is_rounded_once() {
    let mut rules = Rules::default();
    for (y, p) in [(2025, dec!(2.2)), (2026, dec!(2.4)), (2027, dec!(2.4))] {
        rules.set_indexation(Category::Drift, y, p);
    }
    let f = compute(&es_2024(), &plan(2025, 3, 2024), &rules).unwrap();
    // 405 000 × 1,022 = 413 910; × 1,024 = 423 843,84 → 423 844;
    // × 1,024 = 434 016,09216 → 434 016.
    assert_eq!(
        computed(&f, Category::Drift),
        vec![
            Some(m(dec!(413910))),
            Some(m(dec!(423844))),
            Some(m(dec!(434016)))
        ]
    );
    // Revenues and personnel are not indexed.
    assert_eq!(
        computed(&f, Category::Intakter),
        vec![Some(m(dec!(-72000))); 3]
    );
    // The Summa is the sum of the rounded lines: −72 000 + 558 000 +
    // 423 844 + 9 000.
    let summa = f.forvaltning_totals(&f.namnder[0].forvaltningar[0]);
    assert_eq!(summa[1].computed, Some(m(dec!(918844))));
    assert_eq!(summa[1].decided(), None);
}

#[test]
fn non_indexed_share_and_named_amounts() {
    let mut rules = Rules::default();
    rules.set_indexation(Category::Drift, 2025, dec!(2.4));
    rules.non_indexed.push(NonIndexed {
        forvaltning: ES.to_string(),
        category: Category::Drift,
        portion: NonIndexedPortion::Share(Percent(dec!(40))),
    });
    let p = plan(2025, 3, 2024);
    let f = compute(&es_2024(), &p, &rules).unwrap();
    // 40 % of 405 000 = 162 000 stays; 243 000 × 1,024 = 248 832.
    assert_eq!(computed(&f, Category::Drift)[0], Some(m(dec!(410832))));
    rules.non_indexed[0].portion = NonIndexedPortion::Named {
        name: "Läkemedel i öppenvård".to_string(),
        amount: m(dec!(85000)),
    };
    let f = compute(&es_2024(), &p, &rules).unwrap();
    // 85 000 + 320 000 × 1,024 = 85 000 + 327 680.
    assert_eq!(computed(&f, Category::Drift)[0], Some(m(dec!(412680))));
}

#[test]
fn cumulative_changes_carry_forward_and_one_offs_do_not() {
    let table = one_unit(2025, Unit::Mnkr, &[(Category::Drift, dec!(1000))]);
    let change = |year, kind, amount| FrameChange {
        forvaltning: ES.to_string(),
        category: Category::Drift,
        year,
        kind,
        amount: m(amount),
        note: String::new(),
    };
    let rules = Rules {
        changes: vec![
            // "30 mnkr 2026 and a further 30 mnkr 2027": −30, −60, −60.
            change(2026, ChangeKind::Reduction, dec!(30)),
            change(2027, ChangeKind::Reduction, dec!(-30)),
            change(2026, ChangeKind::Reinforcement, dec!(125.7)),
            change(2027, ChangeKind::OneOff, dec!(-5)),
        ],
        ..Rules::default()
    };
    let f = compute(&table, &plan(2026, 3, 2025), &rules).unwrap();
    // 1 000 − 30 + 125,7; − 30 more and a one-off −5; the one-off gone.
    assert_eq!(
        computed(&f, Category::Drift),
        vec![
            Some(m(dec!(1095.7))),
            Some(m(dec!(1060.7))),
            Some(m(dec!(1065.7)))
        ]
    );
    let effects: Vec<Money> = (2026..=2028)
        .map(|y| rules.changes[0].effect_in(y) + rules.changes[1].effect_in(y))
        .collect();
    assert_eq!(effects, ms(&[dec!(-30), dec!(-60), dec!(-60)]));
}

#[test]
fn a_change_in_a_decided_year_is_already_in_the_base() {
    // Decided 2025 and 2026 (with its reduction of 30 in it); rules from 2026.
    let mut table = one_unit(2025, Unit::Mnkr, &[(Category::Drift, dec!(1000))]);
    table.add_year(2026);
    table.namnder[0].forvaltningar[0].lines[0].decide(2026, m(dec!(970)));
    let rules = Rules {
        changes: vec![FrameChange {
            forvaltning: ES.to_string(),
            category: Category::Drift,
            year: 2026,
            kind: ChangeKind::Reduction,
            amount: m(dec!(30)),
            note: String::new(),
        }],
        ..Rules::default()
    };
    let f = compute(&table, &plan(2026, 3, 2026), &rules).unwrap();
    let drift = &f.namnder[0].forvaltningar[0].lines[0].figures;
    assert_eq!(drift[0].decided, Some(m(dec!(970))));
    assert_eq!(drift[0].computed, None);
    assert_eq!(drift[1].computed, Some(m(dec!(970))));
}

#[test]
fn rules_that_cannot_apply_are_explained() {
    let rules = Rules {
        changes: vec![FrameChange {
            forvaltning: "Okända förvaltningen".to_string(),
            category: Category::Drift,
            year: 2026,
            kind: ChangeKind::Reduction,
            amount: m(dec!(30)),
            note: String::new(),
        }],
        ..Rules::default()
    };
    let err = compute(&es_2024(), &plan(2025, 6, 2023), &rules).unwrap_err();
    assert!(err.problems.contains(&RuleProblem::Horizon { years: 6 }));
    assert!(err
        .problems
        .contains(&RuleProblem::BaseNotDecided { base: 2023 }));
    assert!(err.problems.contains(&RuleProblem::Unknown {
        name: "Okända förvaltningen".to_string()
    }));
    let text = err.text(Lang::Sv);
    assert!(
        text.contains("Planperioden ska omfatta 3–5 år, inte 6."),
        "{text}"
    );
    assert!(err
        .text(Lang::En)
        .contains("The plan period must cover 3–5 years, not 6."));
}

// --- The simpler frame table ------------------------------------------------

const NSJ: &str = "Nämnden för Exempelsjukhuset";
const RS: &str = "Regionstyrelsen";

/// The simple sample's rows: (nämnd, förvaltning, IPDK, 2025, 2026, 2027).
fn sample_rows() -> Vec<(&'static str, String, &'static str, [i64; 3])> {
    let mut rows = Vec::new();
    let units: [(&str, &str, [[i64; 3]; 4]); 4] = [
        (
            NSJ,
            ES,
            [
                [-72000; 3],
                [558000; 3],
                [405000, 414720, 424673],
                [9000; 3],
            ],
        ),
        (
            NSJ,
            EP,
            [[-12000; 3], [93000; 3], [67500, 69120, 70779], [1500; 3]],
        ),
        (
            RS,
            "Exempelförvaltningen",
            [[-3200; 3], [24800; 3], [18000, 18432, 18874], [400; 3]],
        ),
        (
            RS,
            "Servicecentrum",
            [[-2400; 3], [18600; 3], [13500, 13824, 14156], [300; 3]],
        ),
    ];
    let sums: [[i64; 3]; 4] = [
        [900000, 909720, 919673],
        [150000, 151620, 153279],
        [40000, 40432, 40874],
        [30000, 30324, 30656],
    ];
    for ((namnd, forv, lines), sum) in units.iter().zip(sums) {
        for (cat, v) in ["Intäkter", "Personal", "Drift", "Avskrivningar"]
            .iter()
            .zip(lines)
        {
            rows.push((*namnd, forv.to_string(), *cat, *v));
        }
        rows.push((*namnd, format!("Summa {forv}"), "", sum));
    }
    rows
}

/// The simple sample built by hand, nämnd and förvaltning on every row, with
/// `years` as the column order and the option to leave out the Summa rows.
fn sample_grid(years: [usize; 3], with_summa: bool) -> Grid {
    let all_years = [2025, 2026, 2027];
    let mut rows = vec![
        vec![t("Budgetramar per nämnd och förvaltning 2025-2027 (tkr)")],
        [t("Nämnd"), t("Förvaltning"), t("IPDK")]
            .into_iter()
            .chain(years.iter().map(|&i| n(Decimal::from(all_years[i]))))
            .collect(),
    ];
    for (namnd, forv, cat, v) in sample_rows() {
        if !with_summa && forv.starts_with("Summa") {
            continue;
        }
        let cat_cell = if cat.is_empty() { Cell::Empty } else { t(cat) };
        rows.push(
            [t(namnd), t(&forv), cat_cell]
                .into_iter()
                .chain(years.iter().map(|&i| n(Decimal::from(v[i]))))
                .collect(),
        );
    }
    if with_summa {
        for (name, v) in [
            (NSJ, [1050000, 1061340, 1072952]),
            (RS, [70000, 70756, 71530]),
        ] {
            rows.push(
                [t(&format!("Summa {name}")), Cell::Empty, Cell::Empty]
                    .into_iter()
                    .chain(years.iter().map(|&i| n(Decimal::from(v[i]))))
                    .collect(),
            );
        }
    }
    Grid::new("Budgetramar", rows)
}

fn sample_table() -> FrameTable {
    let imported = import_frames(&[sample_grid([0, 1, 2], true)]).unwrap();
    assert_eq!(imported.findings, vec![]);
    imported.table
}

#[test]
fn the_simple_sample_keeps_every_decided_year() {
    let imported = import_frames(&fixture("budgetramar_2025_2027.xlsx")).unwrap();
    assert_eq!(imported.findings, vec![]);
    assert_eq!(imported.table, sample_table());
    let session = FramesSession::from_import("budgetramar_2025_2027.xlsx", imported).unwrap();
    // Every year decided; rules would apply from 2028.
    assert_eq!(session.plan, plan(2025, 3, 2027));
    let frames = session.result().unwrap().unwrap().frames;
    let region: Vec<Option<Money>> = frames.region_totals().iter().map(|s| s.decided()).collect();
    // 1 050 000 + 70 000 and so on, as the sheet's nämnd Summa rows say.
    assert_eq!(
        region,
        vec![
            Some(m(dec!(1120000))),
            Some(m(dec!(1132096))),
            Some(m(dec!(1144482)))
        ]
    );
    assert!(frames.region_totals().iter().all(|s| s.computed.is_none()));
}

#[test]
fn the_simple_sample_is_its_2025_column_with_drift_indexed_2_4_percent() {
    let imported = import_frames(&fixture("budgetramar_2025_2027.xlsx")).unwrap();
    let mut session = FramesSession::from_import("ramar", imported).unwrap();
    session.plan.base = 2025;
    let rules = &mut session.scenario_mut().unwrap().rules;
    rules.set_indexation(Category::Drift, 2026, dec!(2.4));
    rules.set_indexation(Category::Drift, 2027, dec!(2.4));
    let frames = session.result().unwrap().unwrap().frames;
    // 405 000 × 1,024 = 414 720; × 1,024 = 424 673,28 → 424 673, as the file.
    let r = frames.reproduction().unwrap();
    assert_eq!(r.differences, vec![]);
    // 4 förvaltningar × (4 lines + Summa) + 2 nämnder, for 2026 and 2027.
    assert_eq!(r.compared, 22 * 2);
}

#[test]
fn csv_in_mnkr_with_years_reversed_and_only_a_namnd_summa() {
    let imported = import_frames(&fixture("frames/budgetramar_mnkr_omvanda_ar.csv")).unwrap();
    assert_eq!(imported.findings, vec![]);
    let table = &imported.table;
    assert_eq!(table.unit, Unit::Mnkr);
    assert_eq!(table.years, vec![2025, 2026, 2027]);
    let drift = table
        .forvaltning(ES)
        .unwrap()
        .line(Category::Drift)
        .unwrap();
    assert_eq!(drift.decided_in(2027), Some(m(dec!(424.673))));
    // The same figures as the sample in tkr.
    let tkr = table.in_unit(Unit::Tkr);
    let figures = |t: &FrameTable| -> Vec<(String, Category, Vec<YearAmount>)> {
        t.namnder[0]
            .forvaltningar
            .iter()
            .flat_map(|f| {
                f.lines
                    .iter()
                    .map(|l| (f.name.clone(), l.category, l.decided.clone()))
            })
            .collect()
    };
    assert_eq!(figures(&tkr), figures(&sample_table()));
}

#[test]
fn years_in_another_column_order_and_no_summa_rows_give_the_same_table() {
    let mut want = sample_table();
    let reordered = import_frames(&[sample_grid([2, 0, 1], true)]).unwrap();
    assert_eq!(reordered.findings, vec![]);
    // Stated cells moved with their columns; the figures are the same.
    let strip = |t: &mut FrameTable| {
        for n in &mut t.namnder {
            n.stated.iter_mut().for_each(|s| s.cell.clear());
            for f in &mut n.forvaltningar {
                f.stated.iter_mut().for_each(|s| s.cell.clear());
            }
        }
    };
    let mut got = reordered.table;
    strip(&mut got);
    strip(&mut want);
    for n in &mut got.namnder {
        for f in &mut n.forvaltningar {
            f.stated.sort_by_key(|s| s.year);
        }
        n.stated.sort_by_key(|s| s.year);
    }
    assert_eq!(got, want);
    let bare = import_frames(&[sample_grid([0, 1, 2], false)]).unwrap();
    assert_eq!(bare.findings, vec![]);
    assert!(bare.table.forvaltningar().all(|(_, f)| f.stated.is_empty()));
}

#[test]
fn a_wrong_summa_is_a_warning_at_its_cell_rounding_a_note_and_the_table_still_loads() {
    let mut g = sample_grid([0, 1, 2], true);
    // Row 7 (index 6) is Summa Exempelsjukhuset; D is 2025, E is 2026.
    g.rows[6][3] = n(dec!(900010));
    g.rows[6][4] = n(dec!(909721));
    let imported = import_frames(&[g]).unwrap();
    let warnings: Vec<_> = imported
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].cell_name().as_deref(), Some("Budgetramar!D7"));
    assert_eq!(
        warnings[0].line(Lang::Sv),
        "Budgetramar!D7: Summa Exempelsjukhuset 2025 anger 900\u{a0}010 men raderna summerar till 900\u{a0}000 (skillnad 10 tkr). Sidan visar filens summa."
    );
    // 1 tkr off four lines is rounding.
    let notes: Vec<_> = imported
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Info)
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].cell_name().as_deref(), Some("Budgetramar!E7"));
    assert!(matches!(notes[0].kind, FindingKind::SummaRounding { .. }));
    // The page shows the file's Summa, with its lines beside it.
    let session = FramesSession::from_import("ramar", imported).unwrap();
    let frames = session.result().unwrap().unwrap().frames;
    let es = frames.forvaltning(ES).unwrap();
    let sums = frames.forvaltning_totals(es);
    assert_eq!(sums[0].decided(), Some(m(dec!(900010))));
    assert_eq!(sums[0].derived, Some(m(dec!(900000))));
    assert!(sums[0].stated_differs());
}

#[test]
fn an_unreadable_cell_is_left_out_with_its_cell_named_once() {
    let mut g = sample_grid([0, 1, 2], false);
    g.rows[4][4] = t("okänt");
    let imported = import_frames(&[g]).unwrap();
    assert_eq!(imported.findings.len(), 1);
    let line = imported.findings[0].line(Lang::Sv);
    assert_eq!(
        line,
        "Budgetramar!E5: ”okänt” är inte ett belopp (år 2026); cellen räknas inte."
    );
    assert_eq!(line.matches("Budgetramar!E5").count(), 1);

    let err = import_frames(&[Grid::new("Blad1", vec![vec![t("Hej")]])]).unwrap_err();
    assert!(matches!(err, FrameImportError::NoTable { .. }));
    assert_eq!(
        err.to_string(),
        "Hittade ingen tabell med budgetramar i ”Blad1”: det behövs en rubrikrad med Förvaltning, IPDK (eller Kategori) och en kolumn per år."
    );
}

#[test]
fn mnkr_with_decimal_commas_as_text_and_rounding_per_decimal() {
    let rows = vec![
        vec![t("Budgetramar 2025–2026"), Cell::Empty, t("Belopp: mnkr")],
        vec![t("Förvaltning"), t("Kategori"), t("2026"), t("2025")],
        vec![t(ES), t("Intäkter"), t("-72,0"), t("−72,0")],
        vec![Cell::Empty, t("Drift"), t("414,7"), t("405")],
        vec![Cell::Empty, t("Kapitalkostnader"), t("9,0"), t("9,0")],
        vec![
            t("Summa Exempelsjukhuset"),
            Cell::Empty,
            t("351,8"),
            t("342,0"),
        ],
    ];
    let imported = import_frames(&[Grid::new("Ramar", rows)]).unwrap();
    let table = &imported.table;
    assert_eq!(table.unit, Unit::Mnkr);
    assert_eq!(table.years, vec![2025, 2026]);
    let drift = table
        .forvaltning(ES)
        .unwrap()
        .line(Category::Drift)
        .unwrap();
    assert_eq!(drift.decided_in(2026), Some(m(dec!(414.7))));
    // 351,8 against 351,7: one unit of the last decimal over three lines is
    // rounding.
    assert_eq!(imported.findings.len(), 1);
    assert_eq!(imported.findings[0].severity, Severity::Info);
    assert_eq!(
        imported.findings[0].cell_name().as_deref(),
        Some("Ramar!C6")
    );
}

#[test]
fn a_table_that_names_no_unit_is_read_as_tkr_with_a_note() {
    let rows = vec![
        vec![t("Förvaltning"), t("IPDK"), t("År 2026")],
        vec![t(ES), t("Drift"), n(dec!(100))],
    ];
    let imported = import_frames(&[Grid::new("Blad1", rows)]).unwrap();
    assert_eq!(imported.table.unit, Unit::Tkr);
    assert_eq!(imported.table.namnder[0].name, UNASSIGNED_NAMND);
    assert_eq!(imported.findings.len(), 1);
    assert_eq!(
        imported.findings[0].line(Lang::Sv),
        "Blad1: rubriken anger inte om beloppen är i tkr eller mnkr; de läses som tkr."
    );
}

// --- Balance requirement ----------------------------------------------------

/// Frames of one förvaltning decided at `net` mnkr for 2019 and the plan
/// 2020–2022 computed from it (no rules: the same net frame each year).
fn net_frames(net: Decimal) -> Frames {
    let table = one_unit(2019, Unit::Mnkr, &[(Category::Drift, net)]);
    compute(&table, &plan(2020, 3, 2019), &Rules::default()).unwrap()
}

fn line(name: &str, amounts: &[(i32, Decimal)]) -> NamedLine {
    NamedLine {
        name: name.to_string(),
        amounts: amounts
            .iter()
            .map(|&(year, a)| YearAmount { year, amount: m(a) })
            .collect(),
    }
}

fn inputs(revenues: &[(i32, Decimal)]) -> BalanceInputs {
    let mut i = BalanceInputs::new(Unit::Mnkr);
    i.revenues.push(line("Skatteintäkter", revenues));
    i.opening_equity = m(dec!(500));
    i
}

#[test]
fn an_earlier_deficit_due_in_a_later_year_is_restored_by_surpluses() {
    let frames = net_frames(dec!(1000));
    let mut input = inputs(&[(2020, dec!(1020)), (2021, dec!(1030)), (2022, dec!(1040))]);
    // 61,8 mnkr from 2017, to be restored by 2021.
    input.earlier_deficits.push(EarlierDeficit {
        arose: 2017,
        amount: m(dec!(61.8)),
        due: 2021,
    });
    let view = balance(&frames, &input).unwrap();
    // Surpluses 20, 30, 40: 20 restored in 2020, 30 in 2021 leaves 11,8
    // overdue at the end of 2021; 2022 restores it.
    let restored: Vec<Money> = view.years.iter().map(|y| y.restored).collect();
    assert_eq!(restored, ms(&[dec!(20), dec!(30), dec!(11.8)]));
    let remaining: Vec<Money> = view.years.iter().map(|y| y.remaining_obligation).collect();
    assert_eq!(remaining, ms(&[dec!(41.8), dec!(11.8), dec!(0)]));
    let overdue: Vec<Money> = view.years.iter().map(|y| y.overdue).collect();
    assert_eq!(overdue, ms(&[dec!(0), dec!(11.8), dec!(0)]));
    assert_eq!(view.obligations[0].remaining, Money::ZERO);
    // Equity: 500 + 20 + 30 + 40.
    assert_eq!(view.years[2].closing_equity, m(dec!(590)));
}

#[test]
fn a_deficit_in_the_plan_must_be_restored_within_three_years() {
    let frames = net_frames(dec!(1000));
    let view = balance(
        &frames,
        &inputs(&[(2020, dec!(938.2)), (2021, dec!(1000)), (2022, dec!(1000))]),
    )
    .unwrap();
    assert_eq!(view.years[0].balance_result, m(dec!(-61.8)));
    assert_eq!(view.obligations.len(), 1);
    assert_eq!(
        view.obligations[0].describe(view.unit, Lang::Sv),
        "61,8 mnkr att återställa senast 2023 (uppstod 2020)."
    );
    assert_eq!(view.years[2].remaining_obligation, m(dec!(61.8)));
}

fn restructuring(charged_to_equity: bool) -> Restructuring {
    Restructuring {
        name: "Omställning vårdplatser".to_string(),
        costs: vec![YearAmount {
            year: 2020,
            amount: m(dec!(30)),
        }],
        savings_per_year: m(dec!(12)),
        savings_from: 2021,
        charged_to_equity,
    }
}

#[test]
fn restructuring_charged_to_equity_creates_no_restoration() {
    let frames = net_frames(dec!(1000));
    let revenues = [(2020, dec!(1000)), (2021, dec!(1000)), (2022, dec!(1000))];
    let mut input = inputs(&revenues);
    input.restructuring.push(restructuring(true));
    let view = balance(&frames, &input).unwrap();
    // Result 2020: 1 000 − 1 000 − 30 = −30, all of it charged to equity.
    assert_eq!(view.years[0].result, m(dec!(-30)));
    assert_eq!(view.years[0].charged_to_equity, m(dec!(30)));
    assert_eq!(view.obligations, vec![]);
    assert!(view.years.iter().all(|y| y.remaining_obligation.is_zero()));
    // Equity takes it: 500 − 30 + 12 + 12.
    assert_eq!(view.years[2].closing_equity, m(dec!(494)));
    // Savings 12 a year from 2021: 12, 24, 36 ≥ 30 in 2023.
    assert_eq!(view.paybacks[0].year, Some(2023));

    // The same cost not so decided must be restored by 2023.
    let mut input = inputs(&revenues);
    input.restructuring.push(restructuring(false));
    let view = balance(&frames, &input).unwrap();
    assert_eq!(view.years[0].charged_to_equity, Money::ZERO);
    assert_eq!(view.obligations[0].amount, m(dec!(30)));
    assert_eq!(view.obligations[0].due, 2023);
    // 2021 and 2022 surpluses of 12 restore 24 of it.
    assert_eq!(view.years[2].remaining_obligation, m(dec!(6)));
}

#[test]
fn balance_inputs_out_of_bounds_are_refused_in_words() {
    let frames = net_frames(dec!(1000));
    let mut input = inputs(&[(2020, dec!(1000))]);
    input.earlier_deficits.push(EarlierDeficit {
        arose: 2021,
        amount: m(dec!(5)),
        due: 2024,
    });
    let mut far = restructuring(false);
    far.savings_from = i32::MAX;
    input.restructuring.push(far);
    let err = balance(&frames, &input).unwrap_err();
    let text = err.text(Lang::Sv);
    assert!(
        text.contains("Underskottet från 2021 ska ligga före planperioden, som börjar 2020."),
        "{text}"
    );
    assert!(
        text.contains("Omställning vårdplatser: året 2147483647 går inte att räkna med."),
        "{text}"
    );
}

// --- Amounts at Decimal's limits ----------------------------------------------
//
// Every door bounds amounts to 10^15, far inside Decimal's range (about
// 7,9 · 10^28); a table or input that bypassed them panicked in the engine's
// plain sums and products. Now the scenario names the figure that is too
// large, in words, and the page stays.

/// A förvaltning with Personal and Drift both at `amount` in 2025, the
/// plan 2026–2028 computed from it.
fn two_lines_at(amount: Decimal) -> FramesSession {
    let table = one_unit(
        2025,
        Unit::Tkr,
        &[(Category::Personal, amount), (Category::Drift, amount)],
    );
    FramesSession::new("gränser", table, Vec::new(), plan(2026, 3, 2025))
}

#[test]
fn a_summa_past_decimals_range_is_named_not_a_panic() {
    // Half of Decimal's maximum, plus one, twice: the Summa is past it.
    let half = Decimal::MAX / dec!(2) + dec!(1);
    let session = two_lines_at(half);
    let err = session.result().unwrap().unwrap_err();
    assert_eq!(
        err.text(Lang::Sv),
        "Scenariot ”Planeringsdirektiv”: Summa Exempelsjukhuset 2026 blir större än vad som går att räkna med; kontrollera beloppen."
    );
    assert_eq!(
        err.text(Lang::En),
        "Scenario “Planeringsdirektiv”: Summa Exempelsjukhuset 2026 becomes larger than can be computed with; check the amounts."
    );
    // The session's starting revenues could not be summed either: none.
    let revenues = &session
        .scenario()
        .unwrap()
        .balance
        .as_ref()
        .unwrap()
        .revenues;
    assert_eq!(revenues[0].in_year(2026), Some(Money::ZERO));
}

#[test]
fn an_indexation_past_decimals_range_names_its_line_and_year() {
    let mut session = two_lines_at(dec!(10000000000000000000000000000));
    let rules = &mut session.scenario_mut().unwrap().rules;
    // Drift at 10^28 doubled each year: 2 · 10^28, 4 · 10^28, and 2028's
    // 8 · 10^28 is past the maximum, 7,9 · 10^28 (the Summa of 2027,
    // 5 · 10^28, is not).
    for y in 2026..=2028 {
        rules.set_indexation(Category::Drift, y, dec!(100));
    }
    let err = session.result().unwrap().unwrap_err();
    let text = err.text(Lang::Sv);
    assert!(
        text.contains("Exempelsjukhuset Drift 2028 blir större än vad som går att räkna med"),
        "{text}"
    );
}

#[test]
fn a_result_past_decimals_range_is_named_in_the_balance() {
    // Net frames of minus Decimal's maximum (a table that bypassed the
    // door), revenues of 1 000: the result would be the maximum + 1 000.
    let table = one_unit(2019, Unit::Mnkr, &[(Category::Intakter, Decimal::MIN)]);
    let frames = compute(&table, &plan(2020, 3, 2019), &Rules::default()).unwrap();
    let input = inputs(&[(2020, dec!(1000))]);
    let err = balance(&frames, &input).unwrap_err();
    assert_eq!(
        err.text(Lang::Sv),
        "Årets resultat 2020 blir större än vad som går att räkna med; kontrollera beloppen."
    );
    assert_eq!(
        err.text(Lang::En),
        "Result for the year 2020 becomes larger than can be computed with; check the amounts."
    );
}

#[test]
fn a_payback_search_is_bounded_whatever_years_an_item_names() {
    // Savings from the first year an i32 holds: the search once walked
    // from there, four billion years; from its last year, the search's
    // end overflowed.
    for from in [i32::MIN, i32::MAX] {
        let mut item = restructuring(false);
        item.savings_from = from;
        assert_eq!(item.payback_year(), Ok(None), "savings from {from}");
    }
    // Costs whose running total leaves Decimal's range are named.
    let mut item = restructuring(false);
    item.costs = vec![
        YearAmount {
            year: 2020,
            amount: m(Decimal::MAX),
        },
        YearAmount {
            year: 2021,
            amount: m(Decimal::MAX),
        },
    ];
    let err = item.payback_year().unwrap_err();
    assert_eq!(
        err.text(Lang::Sv),
        "Omställningskostnad Omställning vårdplatser 2021 blir större än vad som går att räkna med; kontrollera beloppen."
    );
    // And an ordinary item still pays back: 30 in 2020, 12 a year from
    // 2021, covered in 2023 (36 ≥ 30).
    assert_eq!(restructuring(false).payback_year(), Ok(Some(2023)));
}

// --- Scenarios and FR1 budgets -----------------------------------------------

#[test]
fn scenarios_are_compared_per_unit_and_year() {
    let table = sample_table();
    let p = plan(2025, 3, 2025);
    let mut directive = Rules::default();
    directive.set_indexation(Category::Drift, 2026, dec!(2.4));
    directive.set_indexation(Category::Drift, 2027, dec!(2.4));
    let mut efficient = directive.clone();
    for y in [2026, 2027] {
        set_percent(&mut efficient.efficiency.rates, y, dec!(1.5));
    }
    efficient.efficiency.deduct = true;
    let a = Scenario {
        name: "Planeringsdirektiv".to_string(),
        rules: directive,
        balance: None,
    };
    let b = Scenario {
        name: "Med 1,5 % effektivisering".to_string(),
        rules: efficient,
        balance: None,
    };
    let cmp = compare(&table, &p, &a, &b).unwrap();
    assert_eq!(cmp.years, vec![2025, 2026, 2027]);
    let es = cmp.rows.iter().find(|r| r.forvaltning == ES).unwrap();
    // 1,5 % of Personal + Drift: 2026 (558 000 + 414 720) → 14 590,8 →
    // 14 591; 2027 (558 000 + 424 673) → 14 740,095 → 14 740.
    assert_eq!(es.difference, ms(&[dec!(0), dec!(-14591), dec!(-14740)]));
    assert_eq!(es.reference[1], m(dec!(909720)));
    assert_eq!(cmp.rows.len(), 6);
    assert_eq!(cmp.rows[2].forvaltning, "");
    assert_eq!(cmp.rows[2].namnd, NSJ);
    assert_eq!(
        cmp.region.reference,
        ms(&[dec!(1120000), dec!(1132096), dec!(1144482)])
    );
}

#[test]
fn a_base_year_from_fr1_budgets_gives_the_three_years_after_it() {
    let mut budget = Fr1Table::empty(Report::Prognos);
    for (row, v) in [
        (Row::Intakter, dec!(-3200)),
        (Row::Personal, dec!(24800)),
        (Row::Drift, dec!(18000)),
        (Row::Kapitalkostnad, dec!(400)),
    ] {
        budget.set(row, Group::Budget, Part::Totalt, Some(m(v)));
    }
    let report = Fr1Report {
        meta: Fr1Meta {
            unit_id: Some(UnitId {
                code: "42".to_string(),
                name: "Exempelförvaltningen".to_string(),
            }),
            period: Period::new(2018, 12),
            amount_unit: Some(Unit::Tkr),
            ..Fr1Meta::default()
        },
        source: "FR1_42_dec2018.xlsx".to_string(),
        utfall: None,
        prognos: Some(budget),
    };
    let grouping = Grouping {
        region: "Region Exempel".to_string(),
        namnder: vec![GroupingNamnd {
            name: RS.to_string(),
            units: vec!["42".to_string()],
        }],
    };
    let table =
        from_fr1_budget(std::slice::from_ref(&report), Unit::Mnkr, Some(&grouping)).unwrap();
    assert_eq!(table.years, vec![2018]);
    assert_eq!(table.namnder[0].name, RS);
    let f = &table.namnder[0].forvaltningar[0];
    assert_eq!(f.name, "42 Exempelförvaltningen");
    assert_eq!(
        f.line(Category::Drift).unwrap().decided_in(2018),
        Some(m(dec!(18)))
    );
    assert_eq!(
        f.line(Category::Kapitalkostnader).unwrap().decided_in(2018),
        Some(m(dec!(0.4)))
    );
    // 2018 budgets → 2019–2021.
    let session = FramesSession::from_base("FR1", table).unwrap();
    assert_eq!(session.plan, plan(2019, 3, 2018));
    let ungrouped = from_fr1_budget(std::slice::from_ref(&report), Unit::Tkr, None).unwrap();
    assert_eq!(ungrouped.namnder[0].name, UNASSIGNED_NAMND);

    let no_budget = Fr1Report {
        prognos: None,
        ..report
    };
    let err = from_fr1_budget(&[no_budget], Unit::Tkr, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "FR1_42_dec2018.xlsx: rapporten saknar Prognos-delen med Budget helår."
    );
}

#[test]
fn fifty_units_five_years() {
    let mut table = FrameTable::new(Unit::Tkr);
    table.add_year(2025);
    for k in 0..5 {
        let namnd = table.namnd_mut(&format!("Nämnd {k}"));
        for i in 0..10 {
            let f = namnd.forvaltning_mut(&format!("Förvaltning {k}-{i}"), None);
            for (c, a) in [
                (Category::Intakter, dec!(-1000)),
                (Category::Personal, dec!(5000)),
                (Category::Drift, dec!(4000)),
                (Category::Kapitalkostnader, dec!(100)),
            ] {
                f.line_mut(c, "").decide(2025, m(a));
            }
        }
    }
    let mut rules = Rules::default();
    for y in 2026..=2030 {
        rules.set_indexation(Category::Drift, y, dec!(2.5));
        set_percent(&mut rules.wage.rates, y, dec!(3.2));
    }
    let f = compute(&table, &plan(2026, 5, 2025), &rules).unwrap();
    assert_eq!(f.forvaltningar().count(), 50);
    // 2026: 50 × (−1 000 + 5 000 + 4 000 × 1,025 + 100) = 50 × 8 200.
    assert_eq!(f.region_totals()[0].computed, Some(m(dec!(410000))));
    // Wage pot 2026: 50 × 5 000 × 3,2 %.
    assert_eq!(f.wage_pot_totals(None)[0], m(dec!(8000)));
}

// --- What the page shows ------------------------------------------------------

const NBSP: char = '\u{a0}';

fn tkr(s: &str) -> String {
    s.replace(' ', &NBSP.to_string())
}

#[test]
fn the_page_writes_out_only_the_lines_of_the_forvaltningar_opened() {
    use budgetkoll::view::frames::table_with_lines;
    let session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    let frames = session.result().unwrap().unwrap().frames;
    let texts = |r: &budgetkoll::view::frames::Row| -> Vec<String> {
        r.cells.iter().map(|c| c.text.clone()).collect()
    };
    // Folded: no line, every Summa as the sheet states it.
    let folded = table_with_lines(&frames, Lang::Sv, |_| false);
    assert!(folded
        .rows
        .iter()
        .all(|r| !matches!(r.kind, RowKind::Line(_) | RowKind::Deduction)));
    let summa = |v: &budgetkoll::view::frames::TableView, of: &str| {
        v.rows
            .iter()
            .find(|r| r.kind == RowKind::ForvaltningSumma && r.forvaltning == of)
            .map(texts)
    };
    assert_eq!(
        summa(&folded, "Exempelpsykiatrin"),
        Some(vec![tkr("344 315"), tkr("347 100"), tkr("349 961")])
    );
    assert_eq!(
        texts(folded.rows.last().unwrap()),
        [tkr("3 425 904"), tkr("3 459 763"), tkr("3 515 107")]
    );
    // Exempelpsykiatrin opened: its four lines (sheet rows 10–13), no other's.
    let opened = table_with_lines(&frames, Lang::Sv, |f| f == "Exempelpsykiatrin");
    let lines: Vec<(&str, Vec<String>)> = opened
        .rows
        .iter()
        .filter(|r| matches!(r.kind, RowKind::Line(_)))
        .map(|r| (r.label.as_str(), texts(r)))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "Intäkter",
                vec![tkr("−18 360"), tkr("−18 746"), tkr("−19 139")]
            ),
            (
                "Personal",
                vec![tkr("240 000"), tkr("240 000"), tkr("240 000")]
            ),
            (
                "Drift",
                vec![tkr("121 975"), tkr("125 146"), tkr("128 400")]
            ),
            (
                "Avskrivningar",
                vec!["700".into(), "700".into(), "700".into()]
            ),
        ]
    );
    assert_eq!(opened.rows.len(), folded.rows.len() + 4);
}

#[test]
fn the_page_tells_decided_from_computed_years() {
    use budgetkoll::view::frames::{table, ColumnKind};
    let mut session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    let frames = session.result().unwrap().unwrap().frames;
    let view = table(&frames, Lang::Sv);
    assert!(view.columns.iter().all(|c| c.kind == ColumnKind::Decided));
    assert_eq!(view.legend, "2026–2028 beslutade ramar");
    let region = view.rows.last().unwrap();
    // The sheet states no region total: it is the five nämnd Summa rows of
    // the sheet added up, and says so.
    assert_eq!(region.label, "Summa regionen (beräknad: nämndernas summor)");
    assert!(region.cells.iter().all(|c| c.class == "decided summed"));
    let cells: Vec<&str> = region.cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        cells,
        [tkr("3 425 904"), tkr("3 459 763"), tkr("3 515 107")]
    );

    // Five years: 2029 and 2030 computed from 2028.
    session.plan.years = 5;
    let frames = session.result().unwrap().unwrap().frames;
    let view = table(&frames, Lang::Sv);
    let kinds: Vec<ColumnKind> = view.columns.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ColumnKind::Decided,
            ColumnKind::Decided,
            ColumnKind::Decided,
            ColumnKind::Computed,
            ColumnKind::Computed
        ]
    );
    assert_eq!(
        view.legend,
        "2026–2028 beslutade ramar · 2029–2030 beräknade med reglerna från 2028"
    );
    // No rules: 2029 stays at 2028's level.
    let region = view.rows.last().unwrap();
    assert_eq!(region.cells[3].text, tkr("3 515 107"));
    assert_eq!(region.cells[3].class, "computed");

    // From 2025 with the Underlag rules: each year twice, side by side, and
    // one sentence on how they agree.
    session.plan.years = 3;
    session.plan.base = 2025;
    session.scenario_mut().unwrap().rules = underlag_rules();
    let frames = session.result().unwrap().unwrap().frames;
    let view = table(&frames, Lang::Sv);
    assert!(view.columns.iter().all(|c| c.kind == ColumnKind::Both));
    let drift = view
        .rows
        .iter()
        .find(|r| r.forvaltning == ES && r.label == "Drift")
        .unwrap();
    let cells: Vec<(&str, &str)> = drift
        .cells
        .iter()
        .map(|c| (c.text.as_str(), c.class.as_str()))
        .collect();
    assert_eq!(cells[0], (tkr("880 500").as_str(), "decided"));
    assert_eq!(cells[1], (tkr("880 500").as_str(), "computed"));
    let r = budgetkoll::view::frames::reproduction(&frames, Lang::Sv).unwrap();
    assert!(r.exact);
    assert_eq!(
        r.sentence,
        "Reglerna från 2025 återskapar de beslutade ramarna 2026–2028 exakt: alla 147 rader och summor stämmer till tkr."
    );
    let export = budgetkoll::view::frames::export("Budgetramar", &frames, Lang::Sv);
    assert_eq!(
        export.headers[..3],
        [
            "Nämnd / förvaltning / rad",
            "2026 beslutad",
            "2026 beräknad"
        ]
    );
}

#[test]
fn a_computed_figure_off_the_decided_one_is_marked_with_its_difference() {
    use budgetkoll::view::frames::{reproduction, table};
    let mut session = FramesSession::from_import(PUBLISHED, published()).unwrap();
    session.plan.base = 2025;
    let mut rules = underlag_rules();
    rules
        .exceptions
        .retain(|e| e.scope.name() != "Servicecentrum");
    session.scenario_mut().unwrap().rules = rules;
    let frames = session.result().unwrap().unwrap().frames;
    let view = table(&frames, Lang::Sv);
    let drift = view
        .rows
        .iter()
        .find(|r| r.forvaltning == "Servicecentrum" && r.label == "Drift")
        .unwrap();
    // 58 000 decided, 59 450 computed: 1 450 more.
    assert_eq!(drift.cells[1].class, "computed differs");
    assert_eq!(
        drift.cells[1].title.as_deref(),
        Some("Skiljer sig +1\u{a0}450 från den beslutade ramen.")
    );
    let r = reproduction(&frames, Lang::Sv).unwrap();
    assert!(!r.exact);
    assert_eq!(
        r.differences[0],
        "Servicecentrum Drift 2026: beslutad 58\u{a0}000, beräknad 59\u{a0}450"
    );
}

#[test]
fn findings_fold_under_a_count_warnings_first() {
    use budgetkoll::view::frames::findings;
    let mut g = sample_grid([0, 1, 2], true);
    g.rows[6][4] = n(dec!(909721));
    g.rows[6][3] = n(dec!(900010));
    let imported = import_frames(&[g]).unwrap();
    let view = findings(&imported.findings, Lang::Sv).unwrap();
    assert_eq!(
        view.summary,
        "Anmärkningar i ramtabellen (2, varav 1 att kontrollera)"
    );
    assert!(view.open, "a short list with a warning opens");
    assert_eq!(view.items[0].0, "Budgetramar!D7");
    assert_eq!(view.items[0].2, "warn");
    assert!(
        !view.items[0].1.contains("Budgetramar!D7"),
        "the cell is named once"
    );
    // Many notes stay folded.
    let mut g = sample_grid([0, 1, 2], true);
    for r in [6, 11, 16, 21] {
        g.rows[r][4] = n(match &g.rows[r][4] {
            Cell::Number(d) => *d + dec!(1),
            _ => unreachable!(),
        });
        g.rows[r][5] = n(match &g.rows[r][5] {
            Cell::Number(d) => *d - dec!(1),
            _ => unreachable!(),
        });
    }
    let imported = import_frames(&[g]).unwrap();
    let view = findings(&imported.findings, Lang::En).unwrap();
    assert_eq!(view.items.len(), 8);
    assert!(!view.open);
    assert_eq!(view.summary, "Notes on the frame table (8; no errors)");
    assert!(findings(&[], Lang::Sv).is_none());
}

#[test]
fn changes_are_written_out_per_year_with_their_total() {
    use budgetkoll::view::frames::changes;
    let rules = underlag_rules();
    let rows = changes(&rules, &plan(2026, 3, 2025), Unit::Tkr, Lang::Sv);
    let text: Vec<(&str, Vec<&str>)> = rows
        .iter()
        .map(|r| {
            (
                r.label.as_str(),
                r.cells.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        text[0],
        (
            "Exempelsjukhuset · Ramreducering drift 2026 \u{2212}20\u{a0}000",
            vec!["\u{2212}20\u{a0}000"; 3]
        )
    );
    assert_eq!(
        text[1].1,
        ["0", "\u{2212}20\u{a0}000", "\u{2212}20\u{a0}000"]
    );
    // The three together: −20 + 60, −40 + 60, −40 + 60.
    assert_eq!(text[3].0, "Summa Exempelsjukhuset · drift");
    assert_eq!(text[3].1, ["40\u{a0}000", "20\u{a0}000", "20\u{a0}000"]);
    assert_eq!(rows[3].index, None);
    // With rules from 2026 the 2026 changes are in the decided figures.
    let rows = changes(&rules, &plan(2026, 3, 2026), Unit::Tkr, Lang::Sv);
    assert!(rows[0]
        .label
        .ends_with("ingår redan i de beslutade ramarna"));
    assert_eq!(
        rows[3].cells,
        ["–", "\u{2212}20\u{a0}000", "\u{2212}20\u{a0}000"]
    );
}

#[test]
fn every_category_has_its_own_stable_name_in_the_page() {
    // The indexation inputs are `idx-<name>-<year>` (the browser tests fill `#idx-drift-2026`).
    assert_eq!(Category::Drift.key(), "drift");
    assert_eq!(Category::Kapitalkostnader.key(), "kapitalkostnader");
    let keys: std::collections::BTreeSet<&str> = Category::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(keys.len(), Category::COUNT);
}

#[test]
fn the_printed_reports_net_frames_are_the_summa_rows_in_its_unit() {
    use budgetkoll::view::net_frames::net_frames;
    let name = "budgetramar_mnkr_omvanda_ar.csv";
    let bytes = std::fs::read(format!("tests/fixtures/frames/{name}")).unwrap();
    let grids = budgetkoll::import::read_grids(name, &bytes).unwrap();
    let session = FramesSession::read(name, &grids).unwrap();
    let result = session.result().unwrap().unwrap();
    let model = budgetkoll::view::frames::table(&result.frames, Lang::Sv);
    let net = net_frames(&model, Unit::Tkr);
    assert_eq!(net.unit, Unit::Tkr);
    let labels: Vec<(&str, bool)> = net
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.region))
        .collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert!(
        !labels[0].1 && labels[1].1,
        "the nämnd, then the region: {labels:?}"
    );
    // The file's mnkr, in tkr: 2025 −72 + 558 + 405 + 9 − 12 + 93 + 67,5 +
    // 1,5 = 1 050; 2026 909,72 + 151,62 = 1 061,34; 2027 919,673 + 153,279
    // = 1 072,952 (the file's Summa row says the same).
    for row in &net.rows {
        for (year, tkr) in [
            (2025, dec!(1050000)),
            (2026, dec!(1061340)),
            (2027, dec!(1072952)),
        ] {
            let at = net.years.iter().position(|y| *y == year).unwrap();
            assert_eq!(row.values[at], Some(Money(tkr)), "{} {year}", row.label);
        }
    }
}

#[test]
fn indexation_exceptions_and_parts_left_out_read_as_the_page_lists_them() {
    use budgetkoll::frames::rules::{
        IndexException, NonIndexed, NonIndexedPortion, Percent, Scope, YearPercent,
    };
    use budgetkoll::view::exceptions::{exception_text, non_indexed_text};
    let rate = |year, p| YearPercent {
        year,
        percent: Percent(p),
    };
    let own = IndexException {
        scope: Scope::Forvaltning("Exempelpsykiatrin".into()),
        category: Some(Category::Drift),
        rates: vec![rate(2026, dec!(2.9)), rate(2027, dec!(3.0))],
    };
    // A year the exception names no rate for is 0 %.
    assert_eq!(
        exception_text(&own, &[2026, 2027, 2028], Lang::Sv),
        "Exempelpsykiatrin, drift: 2026 2,9\u{a0}% · 2027 3,0\u{a0}% · 2028 0,0\u{a0}%"
    );
    let none = IndexException {
        scope: Scope::Namnd("Regionstyrelsen".into()),
        category: None,
        rates: vec![rate(2026, dec!(0))],
    };
    assert_eq!(
        exception_text(&none, &[2026], Lang::Sv),
        "Regionstyrelsen, alla kategorier: räknas inte upp"
    );
    assert_eq!(
        exception_text(&none, &[2026], Lang::En),
        "Regionstyrelsen, all categories: not indexed"
    );
    let share = NonIndexed {
        forvaltning: "Exempelsjukhuset".into(),
        category: Category::Drift,
        portion: NonIndexedPortion::Share(Percent(dec!(12.5))),
    };
    assert_eq!(
        non_indexed_text(&share),
        "Exempelsjukhuset: 12,5\u{a0}% drift"
    );
    let named = NonIndexed {
        forvaltning: "Exempelsjukhuset".into(),
        category: Category::Drift,
        portion: NonIndexedPortion::Named {
            name: "Läkemedel i öppenvård".into(),
            amount: Money(dec!(85000)),
        },
    };
    assert_eq!(
        non_indexed_text(&named),
        "Exempelsjukhuset: Läkemedel i öppenvård, 85\u{a0}000 drift"
    );
}

#[test]
fn every_change_kind_has_its_own_stable_name_in_the_page() {
    use budgetkoll::frames::rules::ChangeKind;
    // The browser tests pick the kind by these option values.
    assert_eq!(ChangeKind::Reduction.key(), "Reduction");
    let keys: std::collections::BTreeSet<&str> = ChangeKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys.len(), ChangeKind::ALL.len());
}
