//! Budget frames, rules, balance requirement and scenarios, checked against
//! figures worked out by hand from `tests/fixtures/budgetramar_2025_2027.xlsx`
//! and small invented plans.

use budgetkoll::fr1::model::{Fr1Meta, Fr1Report, Fr1Table, Period, UnitId};
use budgetkoll::fr1::schema::{Group, Part, Report, Row};
use budgetkoll::frames::balance::{
    balance, compare_plan, BalanceInputs, NamedLine, RestructuringPlan, YearAmount,
};
use budgetkoll::frames::compute::compute;
use budgetkoll::frames::import::{
    from_fr1_budget, import_frames, FrameImportError, Severity, UNASSIGNED_NAMND,
};
use budgetkoll::frames::model::{
    BaseForvaltning, BaseNamnd, Category, CategoryAmount, FrameBase, Frames,
};
use budgetkoll::frames::rules::{
    ChangeKind, FrameChange, NonIndexed, NonIndexedPortion, Percent, RuleProblem, Rules,
    YearPercent,
};
use budgetkoll::frames::scenario::{compare, Scenario};
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

const NSJ: &str = "Nämnden för Exempelsjukhuset";
const RS: &str = "Regionstyrelsen";

/// The sample's rows: (nämnd, förvaltning, IPDK, 2025, 2026, 2027).
fn sample_rows() -> Vec<(&'static str, String, &'static str, [i64; 3])> {
    let mut rows = Vec::new();
    let units: [(&str, &str, [[i64; 3]; 4]); 4] = [
        (
            NSJ,
            "Exempelsjukhuset",
            [
                [-72000; 3],
                [558000; 3],
                [405000, 414720, 424673],
                [9000; 3],
            ],
        ),
        (
            NSJ,
            "Exempelpsykiatrin",
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

/// The sample sheet built by hand, with `years` as the column order and the
/// option to leave out the Summa rows.
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

fn sample_frames() -> Frames {
    let imported = import_frames(&[sample_grid([0, 1, 2], true)]).expect("the sample has a table");
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    imported.frames
}

#[test]
fn sample_is_read_with_every_figure_and_consistent_summa_rows() {
    let f = sample_frames();
    assert_eq!(f.unit, Unit::Tkr);
    assert_eq!(f.years, vec![2025, 2026, 2027]);
    assert_eq!(f.namnder.len(), 2);
    assert_eq!(f.namnder[0].name, NSJ);
    let names: Vec<&str> = f.forvaltningar().map(|(_, x)| x.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Exempelsjukhuset",
            "Exempelpsykiatrin",
            "Exempelförvaltningen",
            "Servicecentrum"
        ]
    );
    let sjh = f.forvaltning("Exempelsjukhuset").unwrap();
    assert_eq!(
        sjh.line(Category::Intakter).unwrap().amounts,
        ms(&[dec!(-72000); 3])
    );
    assert_eq!(
        sjh.line(Category::Drift).unwrap().amounts,
        ms(&[dec!(405000), dec!(414720), dec!(424673)])
    );
    // Avskrivningar is read as Kapitalkostnader.
    assert_eq!(
        sjh.line(Category::Kapitalkostnader).unwrap().amounts,
        ms(&[dec!(9000); 3])
    );
    // Derived Summa rows equal the file's.
    assert_eq!(
        sjh.totals(),
        ms(&[dec!(900000), dec!(909720), dec!(919673)])
    );
    assert_eq!(
        f.forvaltning("Servicecentrum").unwrap().totals(),
        ms(&[dec!(30000), dec!(30324), dec!(30656)])
    );
    assert_eq!(
        f.namnder[0].totals(),
        ms(&[dec!(1050000), dec!(1061340), dec!(1072952)])
    );
    assert_eq!(
        f.namnder[1].totals(),
        ms(&[dec!(70000), dec!(70756), dec!(71530)])
    );
    // Region: 1 050 000 + 70 000, 1 061 340 + 70 756, 1 072 952 + 71 530.
    assert_eq!(
        f.region_totals(),
        ms(&[dec!(1120000), dec!(1132096), dec!(1144482)])
    );
    // Drift over the region: 405 000 + 67 500 + 18 000 + 13 500.
    assert_eq!(f.category_totals(Category::Drift)[0], m(dec!(504000)));
}

#[test]
fn sample_is_its_2025_column_with_drift_indexed_2_4_percent() {
    let f = sample_frames();
    let base = f.base_at(2025).unwrap();
    let mut rules = Rules::new(2025, 3);
    rules.set_indexation(Category::Drift, 2026, dec!(2.4));
    rules.set_indexation(Category::Drift, 2027, dec!(2.4));
    let c = compute(&base, &rules).unwrap();
    let drift = &c
        .forvaltning("Exempelsjukhuset")
        .unwrap()
        .line(Category::Drift)
        .unwrap()
        .amounts;
    // 405 000 × 1,024 = 414 720; × 1,024 = 424 673,28 exactly.
    assert_eq!(drift, &ms(&[dec!(405000), dec!(414720), dec!(424673.28)]));
    assert_eq!(
        c.namnder[0].forvaltningar[0].totals()[2],
        m(dec!(919673.28))
    );
    // Rounded for display, every line equals the file.
    for ((_, got), (_, want)) in c.forvaltningar().zip(f.forvaltningar()) {
        for line in &want.lines {
            let rounded: Vec<Decimal> = got
                .line(line.category)
                .unwrap()
                .amounts
                .iter()
                .map(|a| a.round_for_display(0))
                .collect();
            let file: Vec<Decimal> = line.amounts.iter().map(|a| a.0).collect();
            assert_eq!(rounded, file, "{} {:?}", got.name, line.category);
        }
    }
}

#[test]
fn the_table_reproduces_every_row_of_the_sample_with_derived_summa_rows() {
    let table = sample_frames().table();
    let mut want: Vec<(String, Vec<Money>)> = sample_rows()
        .into_iter()
        .map(|(_, forv, cat, v)| {
            let label = match cat {
                "" => forv,
                "Avskrivningar" => "Kapitalkostnader".to_string(),
                c => c.to_string(),
            };
            (label, v.iter().map(|&x| Money::from(x)).collect())
        })
        .collect();
    // Each nämnd's Summa follows its last förvaltning; the region closes.
    want.insert(
        10,
        (
            format!("Summa {NSJ}"),
            ms(&[dec!(1050000), dec!(1061340), dec!(1072952)]),
        ),
    );
    want.push((
        format!("Summa {RS}"),
        ms(&[dec!(70000), dec!(70756), dec!(71530)]),
    ));
    want.push((
        "Summa regionen".to_string(),
        ms(&[dec!(1120000), dec!(1132096), dec!(1144482)]),
    ));
    let got: Vec<(String, Vec<Money>)> = table.into_iter().map(|r| (r.label, r.amounts)).collect();
    assert_eq!(got, want);
}

/// The sample workbook's sheets, read the way the app reads a dropped file.
fn sample_workbook_grids() -> Vec<Grid> {
    let name = "budgetramar_2025_2027.xlsx";
    let bytes = std::fs::read(format!("tests/fixtures/{name}")).unwrap();
    budgetkoll::import::read_grids(name, &bytes).unwrap()
}

#[test]
fn sample_workbook_from_disk_matches_the_hand_built_sheet() {
    let imported = import_frames(&sample_workbook_grids()).unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    assert_eq!(imported.frames, sample_frames());
}

/// A CSV from `tests/fixtures/frames/`, read the way the app reads it.
fn csv_grid(name: &str) -> Grid {
    let bytes = std::fs::read(format!("tests/fixtures/frames/{name}")).unwrap();
    budgetkoll::import::text::read_text(name, &bytes).unwrap()
}

#[test]
fn csv_in_mnkr_with_years_reversed_and_only_a_namnd_summa() {
    let name = "budgetramar_mnkr_omvanda_ar.csv";
    let imported = import_frames(&[csv_grid(name)]).unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    let f = &imported.frames;
    assert_eq!(f.unit, Unit::Mnkr);
    assert_eq!(f.years, vec![2025, 2026, 2027]);
    let sjh = f.forvaltning("Exempelsjukhuset").unwrap();
    assert_eq!(
        sjh.line(Category::Drift).unwrap().amounts,
        ms(&[dec!(405), dec!(414.72), dec!(424.673)])
    );
    // −72 + 558 + 424,673 + 9 = 919,673.
    assert_eq!(sjh.totals()[2], m(dec!(919.673)));
    assert_eq!(
        f.namnder[0].totals(),
        ms(&[dec!(1050), dec!(1061.34), dec!(1072.952)])
    );
    // The same figures as the sample in tkr.
    let tkr = f.in_unit(Unit::Tkr);
    assert_eq!(tkr.namnder[0], sample_frames().namnder[0]);
}

#[test]
fn years_in_another_column_order_give_the_same_frames() {
    let imported = import_frames(&[sample_grid([2, 0, 1], true)]).unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    assert_eq!(imported.frames, sample_frames());
}

#[test]
fn missing_summa_rows_are_fine() {
    let imported = import_frames(&[sample_grid([0, 1, 2], false)]).unwrap();
    assert!(imported.issues.is_empty());
    assert_eq!(imported.frames, sample_frames());
}

#[test]
fn a_wrong_summa_is_an_error_at_its_cell_and_rounding_is_information() {
    let mut g = sample_grid([0, 1, 2], true);
    // Row 7 (index 6) is Summa Exempelsjukhuset; D is 2025, E is 2026.
    g.rows[6][3] = n(dec!(900010));
    g.rows[6][4] = n(dec!(909721));
    let imported = import_frames(&[g]).unwrap();
    assert!(imported.has_errors());
    let errors: Vec<_> = imported
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].cell.as_deref(), Some("Budgetramar!D7"));
    assert_eq!(
        errors[0].message,
        "Budgetramar!D7: Summa Exempelsjukhuset 2025 anger 900\u{a0}010 men delraderna summerar till 900\u{a0}000 (skillnad 10 tkr)"
    );
    let info: Vec<_> = imported
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Info)
        .collect();
    assert_eq!(info.len(), 1);
    assert_eq!(info[0].cell.as_deref(), Some("Budgetramar!E7"));
    // The frames themselves are the parts, never the stated Summa.
    assert_eq!(imported.frames, sample_frames());
}

#[test]
fn a_wrong_namnd_summa_is_located_too() {
    let mut g = sample_grid([0, 1, 2], true);
    let last = g.rows.len() - 1;
    g.rows[last][5] = n(dec!(71630));
    let imported = import_frames(&[g]).unwrap();
    let errors: Vec<_> = imported
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message,
        "Budgetramar!F24: Summa Regionstyrelsen 2027 anger 71\u{a0}630 men delraderna summerar till 71\u{a0}530 (skillnad 100 tkr)"
    );
}

#[test]
fn mnkr_with_decimal_commas_as_text() {
    let rows = vec![
        vec![t("Budgetramar 2025–2026"), Cell::Empty, t("Belopp: mnkr")],
        vec![t("Förvaltning"), t("Kategori"), t("2026"), t("2025")],
        vec![t("Exempelsjukhuset"), t("Intäkter"), t("-72,0"), t("−72,0")],
        vec![Cell::Empty, t("Drift"), t("414,72"), t("405")],
        vec![Cell::Empty, t("Kapitalkostnader"), t("9,0"), t("9,0")],
        vec![
            t("Summa Exempelsjukhuset"),
            Cell::Empty,
            t("351,72"),
            t("342,01"),
        ],
    ];
    let imported = import_frames(&[Grid::new("Ramar", rows)]).unwrap();
    let f = &imported.frames;
    assert_eq!(f.unit, Unit::Mnkr);
    assert_eq!(f.years, vec![2025, 2026]);
    let sjh = f.forvaltning("Exempelsjukhuset").unwrap();
    assert_eq!(
        sjh.line(Category::Drift).unwrap().amounts,
        ms(&[dec!(405), dec!(414.72)])
    );
    assert_eq!(sjh.totals(), ms(&[dec!(342), dec!(351.72)]));
    // 342,01 against 342: within 2 units of the last decimal shown.
    assert_eq!(imported.issues.len(), 1);
    assert_eq!(imported.issues[0].severity, Severity::Info);
    assert_eq!(imported.issues[0].cell.as_deref(), Some("Ramar!D6"));
    // In tkr: 414,72 mnkr = 414 720 tkr exactly.
    let tkr = f.in_unit(Unit::Tkr);
    assert_eq!(
        tkr.forvaltning("Exempelsjukhuset")
            .unwrap()
            .amount(Category::Drift, 1),
        m(dec!(414720))
    );
}

#[test]
fn unreadable_cells_and_missing_tables_are_told_in_swedish() {
    let mut g = sample_grid([0, 1, 2], false);
    g.rows[4][4] = t("okänt");
    let imported = import_frames(&[g]).unwrap();
    assert_eq!(imported.issues.len(), 1);
    assert_eq!(
        imported.issues[0].message,
        "Budgetramar!E5: ”okänt” är inte ett belopp (år 2026)."
    );

    let err = import_frames(&[Grid::new("Blad1", vec![vec![t("Hej")]])]).unwrap_err();
    assert!(matches!(err, FrameImportError::NoTable { .. }));
    assert_eq!(
        err.to_string(),
        "Hittade ingen tabell med budgetramar i ”Blad1”: det behövs en rubrikrad med Förvaltning, IPDK (eller Kategori) och en kolumn per år."
    );
}

fn one_unit_base(year: i32, unit: Unit, amounts: &[(Category, Decimal)]) -> FrameBase {
    FrameBase {
        unit,
        year,
        namnder: vec![BaseNamnd {
            name: NSJ.to_string(),
            forvaltningar: vec![BaseForvaltning {
                name: "Exempelsjukhuset".to_string(),
                amounts: amounts
                    .iter()
                    .map(|&(category, a)| CategoryAmount {
                        category,
                        amount: m(a),
                    })
                    .collect(),
            }],
        }],
    }
}

fn sjh_base(year: i32) -> FrameBase {
    one_unit_base(
        year,
        Unit::Tkr,
        &[
            (Category::Intakter, dec!(-72000)),
            (Category::Personal, dec!(558000)),
            (Category::Drift, dec!(405000)),
            (Category::Kapitalkostnader, dec!(9000)),
        ],
    )
}

fn drift(frames: &Frames) -> Vec<Money> {
    frames.namnder[0].forvaltningar[0]
        .line(Category::Drift)
        .unwrap()
        .amounts
        .clone()
}

#[test]
fn indexation_compounds_exactly() {
    let mut rules = Rules::new(2025, 3);
    for (y, p) in [(2025, dec!(2.2)), (2026, dec!(2.4)), (2027, dec!(2.4))] {
        rules.set_indexation(Category::Drift, y, p);
    }
    let f = compute(&sjh_base(2024), &rules).unwrap();
    // 405 000 × 1,022 = 413 910; × 1,024 = 423 843,84; × 1,024 = 434 016,09216.
    assert_eq!(
        drift(&f),
        ms(&[dec!(413910), dec!(423843.84), dec!(434016.09216)])
    );
    assert_eq!(drift(&f)[2].round_for_display(0), dec!(434016));
    // Revenues and personnel are not indexed.
    let sjh = &f.namnder[0].forvaltningar[0];
    assert_eq!(
        sjh.line(Category::Intakter).unwrap().amounts,
        ms(&[dec!(-72000); 3])
    );
    assert_eq!(
        sjh.line(Category::Personal).unwrap().amounts,
        ms(&[dec!(558000); 3])
    );
}

#[test]
fn non_indexed_share_and_named_amounts() {
    let mut rules = Rules::new(2025, 3);
    rules.set_indexation(Category::Drift, 2026, dec!(2.4));
    rules.non_indexed.push(NonIndexed {
        forvaltning: "Exempelsjukhuset".to_string(),
        category: Category::Drift,
        portion: NonIndexedPortion::Share(Percent(dec!(40))),
    });
    let f = compute(&sjh_base(2025), &rules).unwrap();
    // 40 % of 405 000 = 162 000 stays; 243 000 × 1,024 = 248 832.
    assert_eq!(drift(&f)[1], m(dec!(410832)));

    rules.non_indexed[0].portion = NonIndexedPortion::Named {
        name: "Läkemedel i öppenvård".to_string(),
        amount: m(dec!(85000)),
    };
    let f = compute(&sjh_base(2025), &rules).unwrap();
    // 85 000 + 320 000 × 1,024 = 85 000 + 327 680.
    assert_eq!(drift(&f)[1], m(dec!(412680)));
}

#[test]
fn wage_pot_is_held_centrally_and_compounds() {
    let mut rules = Rules::new(2025, 3);
    rules.set_wage_increase(2025, dec!(9));
    for (y, p) in [(2025, dec!(3.0)), (2026, dec!(3.2)), (2027, dec!(3.2))] {
        // Setting a year again replaces it.
        rules.set_wage_increase(y, p);
    }
    let f = compute(&sjh_base(2024), &rules).unwrap();
    let sjh = &f.namnder[0].forvaltningar[0];
    assert_eq!(
        sjh.line(Category::Personal).unwrap().amounts,
        ms(&[dec!(558000); 3])
    );
    // 558 000 × 0,03; × (1,03 × 1,032 − 1) = 0,06296; × (1,06296 × 1,032 − 1) = 0,09697472.
    assert_eq!(
        sjh.wage_pot,
        ms(&[dec!(16740), dec!(35131.68), dec!(54111.89376)])
    );
    assert_eq!(f.wage_pot_totals(), sjh.wage_pot);
    // The pot is not part of the frame.
    assert_eq!(sjh.totals()[2], m(dec!(900000)));
}

#[test]
fn permanent_changes_carry_forward_and_one_offs_do_not() {
    let base = one_unit_base(2025, Unit::Mnkr, &[(Category::Drift, dec!(1000))]);
    let mut rules = Rules::new(2025, 3);
    let change = |year, kind, amount| FrameChange {
        forvaltning: "Exempelsjukhuset".to_string(),
        category: Category::Drift,
        year,
        kind,
        amount: m(amount),
        note: String::new(),
    };
    rules.changes = vec![
        change(2026, ChangeKind::Reduction, dec!(30)),
        change(2027, ChangeKind::Reduction, dec!(-30)),
        change(2025, ChangeKind::Reinforcement, dec!(125.7)),
        change(2026, ChangeKind::OneOff, dec!(-5)),
    ];
    let f = compute(&base, &rules).unwrap();
    // 1 000 + 125,7; then −30 and a one-off −5; then −60 in all.
    assert_eq!(drift(&f), ms(&[dec!(1125.7), dec!(1090.7), dec!(1065.7)]));
}

#[test]
fn efficiency_requirement_is_taken_off_costs_and_shown_per_unit_and_namnd() {
    let mut base = sjh_base(2025);
    base.namnder[0].forvaltningar.push(BaseForvaltning {
        name: "Exempelpsykiatrin".to_string(),
        amounts: vec![
            CategoryAmount {
                category: Category::Intakter,
                amount: m(dec!(-12000)),
            },
            CategoryAmount {
                category: Category::Personal,
                amount: m(dec!(93000)),
            },
            CategoryAmount {
                category: Category::Drift,
                amount: m(dec!(67500)),
            },
            CategoryAmount {
                category: Category::Kapitalkostnader,
                amount: m(dec!(1500)),
            },
        ],
    });
    let mut rules = Rules::new(2025, 3);
    rules.set_efficiency(2026, dec!(1.5));
    let f = compute(&base, &rules).unwrap();
    let sjh = &f.namnder[0].forvaltningar[0];
    // Costs 558 000 + 405 000 + 9 000 = 972 000; 1,5 % = 14 580.
    assert_eq!(sjh.efficiency, ms(&[dec!(0), dec!(14580), dec!(0)]));
    assert_eq!(sjh.amount(Category::Personal, 1), m(dec!(549630)));
    assert_eq!(sjh.amount(Category::Drift, 1), m(dec!(398925)));
    assert_eq!(sjh.amount(Category::Kapitalkostnader, 1), m(dec!(8865)));
    assert_eq!(sjh.amount(Category::Intakter, 1), m(dec!(-72000)));
    assert_eq!(sjh.totals()[1], m(dec!(885420)));
    // Exempelpsykiatrin: 162 000 × 1,5 % = 2 430; the nämnd 17 010.
    assert_eq!(f.namnder[0].efficiency_totals()[1], m(dec!(17010)));
    assert_eq!(f.efficiency_totals()[1], m(dec!(17010)));
}

#[test]
fn rules_that_cannot_apply_are_explained() {
    let mut rules = Rules::new(2024, 6);
    rules.set_indexation(Category::Drift, 2031, dec!(2.4));
    rules.changes.push(FrameChange {
        forvaltning: "Okända förvaltningen".to_string(),
        category: Category::Drift,
        year: 2026,
        kind: ChangeKind::Reduction,
        amount: m(dec!(30)),
        note: String::new(),
    });
    let err = compute(&sjh_base(2025), &rules).unwrap_err();
    assert!(err.problems.contains(&RuleProblem::Horizon { years: 6 }));
    assert!(err.problems.contains(&RuleProblem::BeforeBase {
        first: 2024,
        base: 2025
    }));
    assert!(err.problems.contains(&RuleProblem::UnknownForvaltning {
        name: "Okända förvaltningen".to_string()
    }));
    assert!(err
        .to_string()
        .contains("Planperioden ska omfatta 3–5 år, inte 6."));
    assert!(err
        .to_string()
        .contains("Uppräkningen av Drift gäller 2031, utanför åren 2026–2029."));
}

#[test]
fn fifty_units_five_years() {
    let base = FrameBase {
        unit: Unit::Tkr,
        year: 2025,
        namnder: (0..5)
            .map(|k| BaseNamnd {
                name: format!("Nämnd {k}"),
                forvaltningar: (0..10)
                    .map(|i| BaseForvaltning {
                        name: format!("Förvaltning {k}-{i}"),
                        amounts: [
                            (Category::Intakter, dec!(-1000)),
                            (Category::Personal, dec!(5000)),
                            (Category::Drift, dec!(4000)),
                            (Category::Kapitalkostnader, dec!(100)),
                        ]
                        .iter()
                        .map(|&(category, a)| CategoryAmount {
                            category,
                            amount: m(a),
                        })
                        .collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut rules = Rules::new(2025, 5);
    for y in 2026..=2029 {
        rules.set_indexation(Category::Drift, y, dec!(2.4));
        rules.wage_increase.push(YearPercent {
            year: y,
            percent: Percent(dec!(3.2)),
        });
        rules.efficiency.push(YearPercent {
            year: y,
            percent: Percent(dec!(1.5)),
        });
    }
    let f = compute(&base, &rules).unwrap();
    assert_eq!(f.forvaltningar().count(), 50);
    assert_eq!(f.years, vec![2025, 2026, 2027, 2028, 2029]);
    // 2025 is the base: 50 × (−1 000 + 5 000 + 4 000 + 100) = 405 000.
    assert_eq!(f.region_totals()[0], m(dec!(405000)));
}

fn mnkr_frames(years: u8, net: Decimal) -> Frames {
    let base = one_unit_base(2025, Unit::Mnkr, &[(Category::Drift, net)]);
    compute(&base, &Rules::new(2025, years)).unwrap()
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
    let years: Vec<(i32, Decimal)> = revenues.iter().map(|&(y, _)| (y, dec!(38.2))).collect();
    BalanceInputs {
        unit: Unit::Mnkr,
        revenues: vec![line("Skatteintäkter och generella statsbidrag", revenues)],
        finance: vec![line("Finansnetto", &years)],
        adjustments: Vec::new(),
        opening_equity: m(dec!(500)),
        earlier_deficits: Vec::new(),
        plan: None,
    }
}

#[test]
fn a_deficit_must_be_restored_within_three_years() {
    let frames = mnkr_frames(3, dec!(1000));
    let input = inputs(&[(2025, dec!(900)), (2026, dec!(961.8)), (2027, dec!(961.8))]);
    let view = balance(&frames, &input).unwrap();
    // 900 − 1 000 + 38,2 = −61,8; then 0 and 0.
    let results: Vec<Money> = view.years.iter().map(|y| y.balance_result).collect();
    assert_eq!(results, ms(&[dec!(-61.8), dec!(0), dec!(0)]));
    assert_eq!(view.obligations.len(), 1);
    assert_eq!(view.obligations[0].due, 2028);
    assert_eq!(
        view.obligations[0].describe(view.unit),
        "61,8 mnkr att återställa senast 2028 (uppstod 2025)."
    );
    assert_eq!(view.years[2].remaining_obligation, m(dec!(61.8)));
    assert_eq!(view.years[2].overdue, Money::ZERO);
    assert_eq!(view.years[2].closing_equity, m(dec!(438.2)));
}

#[test]
fn later_surpluses_restore_the_oldest_deficit_first() {
    let frames = mnkr_frames(4, dec!(1000));
    let mut input = inputs(&[
        (2025, dec!(900)),
        (2026, dec!(970)),
        (2027, dec!(1000)),
        (2028, dec!(1020)),
    ]);
    input.earlier_deficits.push(YearAmount {
        year: 2023,
        amount: m(dec!(10)),
    });
    let view = balance(&frames, &input).unwrap();
    // Results −61,8; 8,2; 38,2; 58,2.
    let results: Vec<Money> = view.years.iter().map(|y| y.result).collect();
    assert_eq!(
        results,
        ms(&[dec!(-61.8), dec!(8.2), dec!(38.2), dec!(58.2)])
    );
    // 2026: 8,2 goes to 2023's 10 (due 2026), 1,8 of it is overdue.
    assert_eq!(view.years[1].restored, m(dec!(8.2)));
    assert_eq!(view.years[1].overdue, m(dec!(1.8)));
    // 2027: 1,8 to 2023, 36,4 to 2025; 25,4 left.
    assert_eq!(view.years[2].restored, m(dec!(38.2)));
    assert_eq!(view.years[2].remaining_obligation, m(dec!(25.4)));
    assert_eq!(view.years[2].overdue, Money::ZERO);
    // 2028: 25,4 restored, nothing left.
    assert_eq!(view.years[3].restored, m(dec!(25.4)));
    assert_eq!(view.years[3].remaining_obligation, Money::ZERO);
    let equity: Vec<Money> = view.years.iter().map(|y| y.closing_equity).collect();
    assert_eq!(
        equity,
        ms(&[dec!(438.2), dec!(446.4), dec!(484.6), dec!(542.8)])
    );
}

#[test]
fn restructuring_plan_effect_and_payback() {
    let frames = mnkr_frames(4, dec!(1000));
    let mut input = inputs(&[
        (2025, dec!(900)),
        (2026, dec!(970)),
        (2027, dec!(1000)),
        (2028, dec!(1020)),
    ]);
    input.plan = Some(RestructuringPlan {
        name: "Omställning vårdplatser".to_string(),
        costs: vec![
            YearAmount {
                year: 2025,
                amount: m(dec!(40)),
            },
            YearAmount {
                year: 2026,
                amount: m(dec!(20)),
            },
        ],
        savings_per_year: m(dec!(25)),
        savings_from: 2026,
    });
    let cmp = compare_plan(&frames, &input).unwrap();
    let with: Vec<Money> = cmp.with.years.iter().map(|y| y.result).collect();
    // −61,8 − 40; 8,2 − 20 + 25; 38,2 + 25; 58,2 + 25.
    assert_eq!(
        with,
        ms(&[dec!(-101.8), dec!(13.2), dec!(63.2), dec!(83.2)])
    );
    // Obligation 101,8 due 2028: 88,6 after 2026, 25,4 after 2027, 0 after 2028.
    let remaining: Vec<Money> = cmp
        .with
        .years
        .iter()
        .map(|y| y.remaining_obligation)
        .collect();
    assert_eq!(
        remaining,
        ms(&[dec!(101.8), dec!(88.6), dec!(25.4), dec!(0)])
    );
    assert_eq!(cmp.with.years[3].closing_equity, m(dec!(557.8)));
    assert_eq!(cmp.without.years[3].closing_equity, m(dec!(542.8)));
    // Costs 40, 60, 60, 60; savings 0, 25, 50, 75: paid back 2028.
    assert_eq!(cmp.with.payback_year, Some(2028));
    assert_eq!(cmp.without.payback_year, None);

    // Payback can fall after the plan period: 100 against 30 a year from 2026.
    let plan = RestructuringPlan {
        name: "x".to_string(),
        costs: vec![YearAmount {
            year: 2025,
            amount: m(dec!(100)),
        }],
        savings_per_year: m(dec!(30)),
        savings_from: 2026,
    };
    assert_eq!(plan.payback_year(), Some(2029));
    let never = RestructuringPlan {
        savings_per_year: Money::ZERO,
        ..plan
    };
    assert_eq!(never.payback_year(), None);
}

#[test]
fn balance_lines_outside_the_period_are_refused() {
    let frames = mnkr_frames(3, dec!(1000));
    let input = inputs(&[(2025, dec!(900)), (2031, dec!(900))]);
    let err = balance(&frames, &input).unwrap_err();
    assert!(err
        .to_string()
        .contains("Skatteintäkter och generella statsbidrag har ett belopp för 2031, utanför planperioden 2025–2027."));
}

#[test]
fn scenarios_are_compared_per_unit_and_year() {
    let base = sample_frames().base_at(2025).unwrap();
    let mut directive = Rules::new(2025, 3);
    directive.set_indexation(Category::Drift, 2026, dec!(2.4));
    directive.set_indexation(Category::Drift, 2027, dec!(2.4));
    let mut efficient = directive.clone();
    for y in [2026, 2027] {
        efficient.efficiency.push(YearPercent {
            year: y,
            percent: Percent(dec!(1.5)),
        });
    }
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
    let cmp = compare(&base, &a, &b).unwrap();
    assert_eq!(cmp.years, vec![2025, 2026, 2027]);
    let sjh = cmp
        .rows
        .iter()
        .find(|r| r.forvaltning == "Exempelsjukhuset")
        .unwrap();
    // Costs 2026: 558 000 + 414 720 + 9 000 = 981 720 × 1,5 % = 14 725,8;
    // 2027: 558 000 + 424 673,28 + 9 000 = 991 673,28 × 1,5 % = 14 875,0992.
    assert_eq!(
        sjh.difference,
        ms(&[dec!(0), dec!(-14725.8), dec!(-14875.0992)])
    );
    assert_eq!(sjh.reference[1], m(dec!(909720)));
    // Each nämnd has a total row after its förvaltningar.
    assert_eq!(cmp.rows.len(), 6);
    assert_eq!(cmp.rows[2].forvaltning, "");
    assert_eq!(cmp.rows[2].namnd, NSJ);
    assert_eq!(
        cmp.region.reference,
        ms(&[dec!(1120000), dec!(1132096), dec!(1144482.304)])
    );
}

#[test]
fn base_year_from_fr1_budgets() {
    let mut table = Fr1Table::empty(Report::Prognos);
    for (row, v) in [
        (Row::Intakter, dec!(-3200)),
        (Row::Personal, dec!(24800)),
        (Row::Drift, dec!(18000)),
        (Row::Kapitalkostnad, dec!(400)),
    ] {
        table.set(row, Group::Budget, Part::Totalt, Some(m(v)));
    }
    let report = Fr1Report {
        meta: Fr1Meta {
            unit_id: Some(UnitId {
                code: "42".to_string(),
                name: "Exempelförvaltningen".to_string(),
            }),
            period: Period::new(2025, 6),
            amount_unit: Some(Unit::Tkr),
            ..Fr1Meta::default()
        },
        source: "FR1_42_juni2025.xlsx".to_string(),
        utfall: None,
        prognos: Some(table),
    };
    let mut base = from_fr1_budget(std::slice::from_ref(&report), Unit::Mnkr).unwrap();
    assert_eq!(base.year, 2025);
    assert_eq!(base.namnder[0].name, UNASSIGNED_NAMND);
    let f = &base.namnder[0].forvaltningar[0];
    assert_eq!(f.name, "42 Exempelförvaltningen");
    assert_eq!(f.amount(Category::Drift), m(dec!(18)));
    assert_eq!(f.amount(Category::Kapitalkostnader), m(dec!(0.4)));
    assert!(base.assign("42 Exempelförvaltningen", RS));
    assert_eq!(base.namnder.len(), 1);
    assert_eq!(base.namnder[0].name, RS);

    let no_budget = Fr1Report {
        prognos: None,
        ..report
    };
    let err = from_fr1_budget(&[no_budget], Unit::Tkr).unwrap_err();
    assert_eq!(
        err.to_string(),
        "FR1_42_juni2025.xlsx: rapporten saknar Prognos-delen med Budget helår."
    );
}
