//! Writes the shared states the tests open, from the test fixtures: the
//! demo's reports with nämnder, measures and profiles, the sample budget
//! frames, a state with every amount at the bound and crafted ones past it.
//!
//! - `fuzz/seeds/<target>/`: the fuzz targets' seed corpus — share
//!   payloads, links, `.budgetkoll` files and the workbooks themselves;
//! - `tests/fixtures/share/`: links (`.txt`) and files the browser tests
//!   open — Decimal's maximum in every cell, 200 000 measures, a newer
//!   format, two of the demo's reports as a `.budgetkoll` file.
//!
//! Run from the repository root after a fixture or the share format changes:
//! `cargo run --example share_fixtures`, then commit both folders.

use budgetkoll::engine::consolidation::{Grouping, Namnd};
use budgetkoll::engine::measures::{Measure, MeasurePlan};
use budgetkoll::fr1::schema::{Group, Part, Row};
use budgetkoll::frames::import::import_frames;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::import::limits::MAX_ABS_AMOUNT;
use budgetkoll::import::read_grids;
use budgetkoll::intake::{intake, Intake};
use budgetkoll::money::Money;
use budgetkoll::share::codec::{FILE_HEADER, FORMAT_VERSION, LINK_PREFIX};
use budgetkoll::share::{encode, encode_file, SharedState, ViewState};
use rust_decimal::Decimal;
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
const READERS: [(&str, u8); 6] = [
    ("fr1/FR1_42_juni2024.xlsx", 0),
    ("readers/fr1_utdrag.xls", 1),
    ("readers/fr1_utdrag.ods", 2),
    ("fr1/FR1_42_juni2024_utfall.csv", 3),
    ("frames/budgetramar_mnkr_omvanda_ar.csv", 3),
    ("budgetramar_2025_2027.xlsx", 0),
];

fn fixture(name: &str) -> Vec<u8> {
    fs::read(Path::new("tests/fixtures").join(name)).expect("run from the repository root")
}

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
            route: "unit/42@2024-06".into(),
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
            target_forecast: Some(Money::from(-500)),
        }],
        profiles: [("42".to_string(), "8 8 9 8 8 8 6 6 9 10 10 10".to_string())].into(),
        frames: None,
    }
}

fn frames() -> SharedState {
    let name = "budgetramar_2025_2027.xlsx";
    let grids = read_grids(name, &fixture(name)).expect("the sample reads");
    let imported = import_frames(&grids).expect("the sample is a frame table");
    SharedState {
        frames: FramesSession::from_table(name, &imported.frames),
        view: ViewState {
            route: "frames".into(),
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
        for m in &mut p.measures {
            m.effect = max;
        }
    }
    s.frames = frames().frames.map(|mut f| {
        for n in &mut f.base.namnder {
            for fv in &mut n.forvaltningar {
                for a in &mut fv.amounts {
                    a.amount = -max;
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
            target_forecast: None,
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

/// The postcard payload inside a `.budgetkoll` file (format 3).
fn payload(state: &SharedState) -> Vec<u8> {
    let file = encode_file(state);
    let envelope = &file[budgetkoll::share::codec::FILE_HEADER.len()..];
    assert_eq!(&envelope[..3], b"BK\x03");
    miniz_oxide::inflate::decompress_to_vec_zlib(&envelope[3..]).expect("our own zlib")
}

fn main() {
    let states = [
        ("empty", SharedState::default()),
        ("demo", demo()),
        ("frames", frames()),
        ("bound", at_the_bound()),
    ];
    for (name, state) in &states {
        // state_views: the first byte picks format 3 (2 % 3 + 1) in Swedish,
        // with amounts in kr (the largest figures), Totalt.
        let mut bytes = vec![0b0010_0010u8];
        bytes.extend(payload(state));
        seed("state_views", name, &bytes);
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
