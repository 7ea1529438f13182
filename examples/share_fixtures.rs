//! Writes the shared states the tests open, from the test fixtures: the
//! demo's reports with nämnder, measures with a target, profiles, the
//! finance administration's table and the officer's explanations; the published budget frames with rules
//! of every kind and balance inputs; a state with every amount at the bound
//! and crafted ones past it.
//!
//! - `fuzz/seeds/<target>/`: the fuzz targets' seed corpus — share
//!   payloads in format 5 and, for the demo, formats 1 and 2 (format 3 can
//!   no longer be written: its seeds `format3-*` are the payloads the
//!   previous version of this example wrote, kept as they were), links,
//!   `.budgetkoll` files and the workbooks themselves;
//! - `tests/fixtures/share/`: links (`.txt`) and files the browser tests
//!   open — Decimal's maximum in every cell, 200 000 measures, a newer
//!   format, two of the demo's reports as a `.budgetkoll` file.
//!
//! Run from the repository root after a fixture or the share format changes:
//! `cargo run --example share_fixtures`, then commit both folders.

use budgetkoll::engine::consolidation::{Grouping, Namnd};
use budgetkoll::engine::measures::{Measure, MeasurePlan};
use budgetkoll::fr1::schema::{Group, Part, Row};
use budgetkoll::frames::balance::{EarlierDeficit, Restructuring, YearAmount};
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{
    set_percent, ChangeKind, FrameChange, IndexException, NonIndexed, NonIndexedPortion, Percent,
    Scope, YearPercent,
};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::import::limits::MAX_ABS_AMOUNT;
use budgetkoll::import::read_grids;
use budgetkoll::intake::{intake, Intake};
use budgetkoll::money::Money;
use budgetkoll::share::codec::{FILE_HEADER, FORMAT_VERSION, LINK_PREFIX};
use budgetkoll::share::state::{SharedStateV1, SharedStateV2};
use budgetkoll::share::state_v5::SharedStateV5;
use budgetkoll::share::{decode_file, encode, encode_file, SharedState, ViewState};
use budgetkoll::view::route::Route;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;
use std::fs;
use std::path::Path;

const FR1: [&str; 6] = [
    "fr1/FR1_42_mars2024.xlsx",
    "fr1/FR1_42_juni2024.xlsx",
    "fr1/FR1_43_mars2024.xlsx",
    "fr1/FR1_43_juni2024.xlsx",
    "fr1/FR1_42_juni2024_utfall.csv",
    "fr1/FR1_42_juni2024_prognos.csv",
];

/// The index of a file name in `read_grids`' list of names (its first byte).
const READERS: [(&str, u8); 9] = [
    ("fr1/FR1_42_juni2024.xlsx", 0),
    ("readers/fr1_utdrag.xls", 1),
    ("readers/fr1_utdrag.ods", 2),
    ("fr1/FR1_42_juni2024_utfall.csv", 3),
    ("frames/budgetramar_mnkr_omvanda_ar.csv", 3),
    ("budgetramar_2025_2027.xlsx", 0),
    ("frames/budgetramar_plan_2026_2028.xlsx", 0),
    ("followup/finansforvaltningen_2024.csv", 3),
    ("followup/FR1_51_bokslut2024.csv", 3),
];

fn fixture(name: &str) -> Vec<u8> {
    fs::read(Path::new("tests/fixtures").join(name)).expect("run from the repository root")
}

/// The finance administration's June table, for the demo's June reports.
const FINANCE: &str = "followup/finansforvaltningen_juni2024.csv";

/// The officer's explanations of June, for the same reports.
const EXPLANATIONS: &str = "kvartal/kommentarer_juni2024.csv";

fn demo() -> SharedState {
    let reports = FR1[..4]
        .iter()
        .map(|path| {
            let name = path.trim_start_matches("fr1/");
            (name, intake(name, &fixture(path)))
        })
        .map(|(name, read)| match read {
            Ok(Intake::Fr1(import)) => import.report,
            other => panic!("{name}: {other:?}"),
        })
        .collect();
    SharedState {
        reports,
        view: ViewState {
            route: Route::parse("unit/42@2024-06"),
            read_only: true,
            ..ViewState::default()
        },
        grouping: Some(Grouping {
            region: "Region Exempel".into(),
            namnder: vec![Namnd {
                name: "Hälso- och sjukvårdsnämnden".into(),
                units: vec!["42".into()],
            }],
        }),
        measures: vec![MeasurePlan {
            unit_code: "42".into(),
            measures: vec![Measure {
                text: "Vakansprövning".into(),
                decision: "HSN 2024-05-12 § 4".into(),
                effect: Money::from(1_200),
                start_month: Some(7),
            }],
            target: Money::from(-500),
        }],
        profiles: [("42".to_string(), "8 8 9 8 8 8 6 6 9 10 10 10".to_string())].into(),
        frames: None,
        finance: match intake("finansforvaltningen_juni2024.csv", &fixture(FINANCE)) {
            Ok(Intake::Finance(import)) => vec![import.table],
            other => panic!("{FINANCE}: {other:?}"),
        },
        quarterly: Default::default(),
        explanations: match intake("kommentarer_juni2024.csv", &fixture(EXPLANATIONS)) {
            Ok(Intake::Explanations(import)) => import.accept(&[]).0,
            other => panic!("{EXPLANATIONS}: {other:?}"),
        },
    }
}

/// The published frame table with a rule of every kind, balance inputs
/// with an earlier deficit and a restructuring item, and a second scenario.
fn frames() -> SharedState {
    let path = "frames/budgetramar_plan_2026_2028.xlsx";
    let name = "budgetramar_plan_2026_2028.xlsx";
    let grids = read_grids(name, &fixture(path)).expect("the sample reads");
    let mut session = FramesSession::read(name, &grids).expect("the sample is a frame table");
    session.plan.base = 2025;
    let first = session
        .table
        .forvaltningar()
        .map(|(_, f)| f.name.clone())
        .next()
        .expect("the sample has förvaltningar");
    let scenario = session
        .scenario_mut()
        .expect("a new session has a scenario");
    let rules = &mut scenario.rules;
    for (year, p) in [(2026, dec!(2.5)), (2027, dec!(2.6)), (2028, dec!(2.6))] {
        rules.set_indexation(Category::Drift, year, p);
        set_percent(&mut rules.wage.rates, year, dec!(3.1));
        set_percent(&mut rules.efficiency.rates, year, dec!(1.5));
    }
    rules.exceptions.push(IndexException {
        scope: Scope::Forvaltning(first.clone()),
        category: Some(Category::Intakter),
        rates: vec![YearPercent {
            year: 2026,
            percent: Percent(dec!(2.0)),
        }],
    });
    rules.non_indexed.push(NonIndexed {
        forvaltning: first.clone(),
        category: Category::Drift,
        portion: NonIndexedPortion::Share(Percent(dec!(40))),
    });
    rules.changes.push(FrameChange {
        forvaltning: first,
        category: Category::Drift,
        year: 2026,
        kind: ChangeKind::Reduction,
        amount: Money::from(20_000),
        note: "Ramreducering".into(),
    });
    if let Some(balance) = scenario.balance.as_mut() {
        balance.earlier_deficits.push(EarlierDeficit {
            arose: 2024,
            amount: Money::from(61_800),
            due: 2027,
        });
        balance.restructuring.push(Restructuring {
            name: "Omställning".into(),
            costs: vec![YearAmount {
                year: 2026,
                amount: Money::from(30_000),
            }],
            savings_per_year: Money::from(12_000),
            savings_from: 2027,
            charged_to_equity: true,
        });
    }
    session.add_scenario("Kopia");
    SharedState {
        frames: Some(session),
        view: ViewState {
            route: Route::parse("frames"),
            ..ViewState::default()
        },
        ..SharedState::default()
    }
}

/// The demo with every figure, effect and frame amount at the bound.
fn at_the_bound() -> SharedState {
    let max = Money::from(MAX_ABS_AMOUNT);
    let mut s = demo();
    for r in &mut s.reports {
        for t in [&mut r.utfall, &mut r.prognos].into_iter().flatten() {
            for row in Row::ALL {
                for group in Group::ALL {
                    for part in Part::ALL {
                        t.set(row, group, part, Some(max));
                    }
                }
            }
        }
    }
    for p in &mut s.measures {
        p.target = -max;
        for m in &mut p.measures {
            m.effect = max;
        }
    }
    for t in &mut s.finance {
        for row in t.rows.iter_mut().chain(&mut t.total) {
            for figures in [&mut row.ytd, &mut row.year] {
                for f in [
                    &mut figures.actual,
                    &mut figures.budget,
                    &mut figures.variance,
                ] {
                    *f = Some(max);
                }
            }
        }
    }
    s.frames = frames().frames.map(|mut f| {
        for n in &mut f.table.namnder {
            for fv in &mut n.forvaltningar {
                for line in &mut fv.lines {
                    for a in &mut line.decided {
                        a.amount = -max;
                    }
                }
            }
        }
        for sc in &mut f.scenarios {
            for ch in &mut sc.rules.changes {
                ch.amount = max;
            }
            if let Some(b) = sc.balance.as_mut() {
                b.opening_equity = -max;
                for line in &mut b.revenues {
                    for a in &mut line.amounts {
                        a.amount = max;
                    }
                }
            }
        }
        f
    });
    s
}

/// Every cell of the demo's first report at Decimal's maximum: the link
/// that used to abort the page.
fn past_the_bound() -> SharedState {
    let mut s = demo();
    s.reports.truncate(1);
    s.measures.clear();
    let first = &mut s.reports[0];
    for t in [&mut first.utfall, &mut first.prognos]
        .into_iter()
        .flatten()
    {
        for row in Row::ALL {
            for group in Group::ALL {
                for part in Part::ALL {
                    t.set(row, group, part, Some(Money(Decimal::MAX)));
                }
            }
        }
    }
    s
}

/// One förvaltning with 200 000 empty measures: a 5 KB link.
fn flood() -> SharedState {
    let measure = Measure {
        text: String::new(),
        decision: String::new(),
        effect: Money::ZERO,
        start_month: None,
    };
    SharedState {
        measures: vec![MeasurePlan {
            unit_code: "42".into(),
            measures: vec![measure; 200_000],
            target: Money::ZERO,
        }],
        ..SharedState::default()
    }
}

/// The demo's link with its format raised past this version's: what an
/// older cached app finds when a newer one saved.
fn newer_format() -> String {
    use base64::Engine;
    let file = encode_file(&demo());
    let mut envelope = file[FILE_HEADER.len()..].to_vec();
    assert_eq!(envelope[2], FORMAT_VERSION as u8);
    envelope[2] = 99;
    let base64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!("{LINK_PREFIX}{}", base64.encode(envelope))
}

fn write(dir: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new(dir);
    fs::create_dir_all(dir).expect("the folder is writable");
    fs::write(dir.join(name), bytes).expect("the folder is writable");
}

fn seed(target: &str, name: &str, bytes: &[u8]) {
    write(&format!("fuzz/seeds/{target}"), name, bytes);
}

/// A `state_views` seed: its first byte picks `format` in Swedish (bits
/// 0–1 and 6), with amounts in kr (the largest figures), Totalt; then the
/// payload.
fn state_seed(format: u8, wire: &impl Serialize) -> Vec<u8> {
    let index = format - 1;
    let mut bytes = vec![0b0010_0000 | (index & 0b11) | (index >> 2) << 6];
    bytes.extend(postcard::to_allocvec(wire).expect("a state serialises"));
    bytes
}

fn main() {
    let states = [
        ("empty", SharedState::default()),
        ("demo", demo()),
        ("frames", frames()),
        ("bound", at_the_bound()),
    ];
    let demo_state = demo();
    seed(
        "state_views",
        "format1-demo",
        &state_seed(1, &SharedStateV1::from(&demo_state)),
    );
    seed(
        "state_views",
        "format2-demo",
        &state_seed(2, &SharedStateV2::from(&demo_state)),
    );
    for (name, state) in &states {
        // A seed that does not open would only test the refusal.
        assert_eq!(
            decode_file(&encode_file(state)).as_ref(),
            Ok(state),
            "{name} opens"
        );
        seed(
            "state_views",
            name,
            &state_seed(5, &SharedStateV5::from(state)),
        );
        seed(
            "share_decode",
            &format!("{name}.link"),
            encode(state).as_bytes(),
        );
        seed(
            "share_decode",
            &format!("{name}.budgetkoll"),
            &encode_file(state),
        );
    }
    for (name, pick) in READERS {
        let mut bytes = vec![pick];
        bytes.extend(fixture(name));
        let file = Path::new(name).file_name().and_then(|f| f.to_str());
        seed("read_grids", file.unwrap_or(name), &bytes);
    }

    let share = "tests/fixtures/share";
    let past = past_the_bound();
    write(share, "decimal_max.txt", encode(&past).as_bytes());
    write(share, "decimal_max.budgetkoll", &encode_file(&past));
    write(share, "measures_200000.txt", encode(&flood()).as_bytes());
    write(share, "newer_format.txt", newer_format().as_bytes());
    let mut june = demo();
    june.reports
        .retain(|r| r.meta.period.is_some_and(|p| p.month == 6));
    june.view.read_only = false;
    write(share, "juni.budgetkoll", &encode_file(&june));
}
