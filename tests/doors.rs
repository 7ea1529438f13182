//! Every door — a share link, a `.budgetkoll` file, the saved state — holds
//! what it opens to the importer's bounds: the crafted links that used to
//! abort the page are refused by name, floods are refused before they are
//! built, and a property test drives the engine and every view with amounts
//! at the bounds. The engine's sums that could still overflow are errors,
//! not aborts.

use budgetkoll::engine::consolidation::{consolidate, ConsolidationError, Grouping, Namnd};
use budgetkoll::engine::measures::{after_measures, Measure, MeasureError, MeasurePlan};
use budgetkoll::fr1::model::{Fr1Meta, Fr1Report, Fr1Table, Period, UnitId};
use budgetkoll::fr1::schema::{Group, Part, Report, Row};
use budgetkoll::fr1::validate::{validate, Severity};
use budgetkoll::frames::model::{BaseForvaltning, BaseNamnd, Category, CategoryAmount, FrameBase};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Lang;
use budgetkoll::import::limits::{
    MAX_ABS_AMOUNT, MAX_LIST_LEN, MAX_MEASURES, MAX_REPORTS, MAX_SHARE_ENTRIES,
};
use budgetkoll::money::{Money, Unit};
use budgetkoll::share::codec::FILE_HEADER;
use budgetkoll::share::{decode, decode_file, encode, encode_file, Carrier, ShareError};
use budgetkoll::share::{SharedState, ViewState};
use budgetkoll::view::walk::every_view;
use rust_decimal::Decimal;
use std::time::Instant;

fn max() -> Money {
    Money::from(MAX_ABS_AMOUNT)
}

/// Deterministic pseudo-random numbers (xorshift64): the property test below
/// sees the same cases on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len())]
    }
}

fn every_cell(
    report: Report,
    mut value: impl FnMut(Row, Group, Part) -> Option<Money>,
) -> Fr1Table {
    let mut t = Fr1Table::empty(report);
    for row in Row::ALL {
        for group in Group::ALL {
            for part in Part::ALL {
                t.set(row, group, part, value(row, group, part));
            }
        }
    }
    t
}

fn report(
    code: &str,
    period: Period,
    unit: Unit,
    utfall: Fr1Table,
    prognos: Fr1Table,
) -> Fr1Report {
    Fr1Report {
        meta: Fr1Meta {
            organisation: Some("Region Exempel".into()),
            unit_id: Some(UnitId {
                code: code.into(),
                name: format!("Förvaltning {code}"),
            }),
            period: Some(period),
            amount_unit: Some(unit),
            filled_by: None,
            date: None,
        },
        source: format!("FR1_{code}.xlsx"),
        utfall: Some(utfall),
        prognos: Some(prognos),
    }
}

/// One report with every cell of both tables at `v`, in `unit`.
fn filled(v: Decimal, unit: Unit) -> SharedState {
    let june = Period::new(2024, 6).unwrap();
    let cell = |_, _, _| Some(Money(v));
    SharedState {
        reports: vec![report(
            "42",
            june,
            unit,
            every_cell(Report::Utfall, cell),
            every_cell(Report::Prognos, cell),
        )],
        ..SharedState::default()
    }
}

/// Opens `state` through each door: link, file, and the saved text.
fn through_every_door(state: &SharedState) -> [Result<SharedState, ShareError>; 2] {
    [decode(&encode(state)), decode_file(&encode_file(state))]
}

fn refused_out_of_bounds(state: &SharedState) -> Vec<String> {
    through_every_door(state)
        .into_iter()
        .map(|r| match r {
            Err(e @ ShareError::OutOfBounds { .. }) => e.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        })
        .collect()
}

#[test]
fn decimal_max_in_every_cell_is_refused_naming_the_first_cell() {
    for v in [Decimal::MAX, Decimal::MAX / Decimal::TWO, Decimal::MIN] {
        let texts = refused_out_of_bounds(&filled(v, Unit::Tkr));
        assert!(
            texts[0].starts_with(
                "Länken öppnas inte: rapport 1 (FR1_42.xlsx), Utfall, Intäkter, Externt, Utfall ackumulerat: beloppet "
            ),
            "{}",
            texts[0]
        );
        assert!(texts[1].starts_with("Filen öppnas inte: rapport 1"));
        assert!(texts[1].ends_with("Inget av innehållet har lästs in."));
    }
}

#[test]
fn ten_to_the_24_mnkr_is_refused_and_the_bound_in_mnkr_shows_in_kr() {
    let e24 = Decimal::from_i128_with_scale(10i128.pow(24), 0);
    refused_out_of_bounds(&filled(e24, Unit::Mnkr));
    // 10¹⁵ mnkr opens, and every view (kr included) builds.
    let mut at_bound = filled(max().0, Unit::Mnkr);
    at_bound.view.unit = Unit::Kr;
    for opened in through_every_door(&at_bound) {
        let opened = opened.unwrap();
        assert!(every_view(&opened, Lang::Sv) > 0);
    }
}

#[test]
fn a_measure_effect_or_target_past_the_bound_is_refused() {
    let plan = |effect: Money, target: Option<Money>| SharedState {
        measures: vec![MeasurePlan {
            unit_code: "42".into(),
            measures: vec![Measure {
                text: "Vakansprövning".into(),
                decision: "HSN § 4".into(),
                effect,
                start_month: Some(7),
            }],
            target_forecast: target,
        }],
        ..filled(Decimal::ONE, Unit::Tkr)
    };
    let texts = refused_out_of_bounds(&plan(Money(Decimal::MAX), None));
    assert!(
        texts[0].contains("åtgärderna för 42, åtgärd 1, effekten: beloppet"),
        "{}",
        texts[0]
    );
    refused_out_of_bounds(&plan(Money::ZERO, Some(Money(Decimal::MIN))));
    assert!(through_every_door(&plan(max(), Some(-max())))
        .iter()
        .all(Result::is_ok));
}

fn base(amount: Money) -> FrameBase {
    FrameBase {
        unit: Unit::Tkr,
        year: 2025,
        namnder: vec![BaseNamnd {
            name: "Hälso- och sjukvårdsnämnden".into(),
            forvaltningar: vec![BaseForvaltning {
                name: "Sjukhuset".into(),
                amounts: vec![
                    CategoryAmount {
                        category: Category::Drift,
                        amount,
                    },
                    CategoryAmount {
                        category: Category::Intakter,
                        amount: -amount,
                    },
                ],
            }],
        }],
    }
}

#[test]
fn a_frame_base_amount_past_the_bound_is_refused() {
    let state = |amount| SharedState {
        frames: Some(FramesSession::new("ramar.xlsx", base(amount), 3)),
        ..SharedState::default()
    };
    let texts = refused_out_of_bounds(&state(Money(Decimal::MAX)));
    assert!(
        texts[0].contains("budgetramarna, basåret, Sjukhuset, Drift: beloppet"),
        "{}",
        texts[0]
    );
    // At the bound the frames and the balance compute.
    let opened = decode(&encode(&state(max()))).unwrap();
    let result = opened.frames.unwrap().result().unwrap().unwrap();
    assert_eq!(result.frames.years, vec![2025, 2026, 2027]);
}

#[test]
fn a_scenario_index_past_the_scenarios_is_refused() {
    let mut session = FramesSession::new("ramar.xlsx", base(Money::from(100)), 3);
    session.active = 1;
    let state = SharedState {
        frames: Some(session),
        ..SharedState::default()
    };
    let texts = refused_out_of_bounds(&state);
    assert!(
        texts[0].contains("scenario 2 visas, men det finns 1"),
        "{}",
        texts[0]
    );
}

fn measures(plans: usize, each: usize) -> SharedState {
    let measure = Measure {
        text: String::new(),
        decision: String::new(),
        effect: Money::ZERO,
        start_month: None,
    };
    SharedState {
        measures: (0..plans)
            .map(|i| MeasurePlan {
                unit_code: i.to_string(),
                measures: vec![measure.clone(); each],
                target_forecast: None,
            })
            .collect(),
        ..SharedState::default()
    }
}

/// A flood is refused by its list's length, before the list is built.
fn refused_as_flood(state: &SharedState, what: &str) {
    let link = encode(state);
    let started = Instant::now();
    let err = decode(&link).unwrap_err();
    println!(
        "{what}: {} characters, refused in {:?}",
        link.len(),
        started.elapsed()
    );
    assert_eq!(
        err,
        ShareError::OutOfBounds {
            carrier: Carrier::Link,
            detail: format!("en lista i den har fler än de {MAX_LIST_LEN} poster som öppnas"),
        }
    );
}

#[test]
fn two_hundred_thousand_measures_in_a_small_link_are_refused_as_a_flood() {
    let state = measures(1, 200_000);
    assert!(encode(&state).len() < 8_000);
    refused_as_flood(&state, "200 000 measures");
}

#[test]
fn a_million_measures_are_refused_as_a_flood() {
    refused_as_flood(&measures(1, 1_100_000), "1 100 000 measures");
}

#[test]
fn measures_spread_over_many_plans_are_counted() {
    // 100 plans of 60: no list is long, but 6 000 measures is over the cap.
    let err = decode(&encode(&measures(100, 60))).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "Länken öppnas inte: åtgärderna: 6000 stycken, fler än de {MAX_MEASURES} som öppnas. Inget av innehållet har lästs in."
        )
    );
    assert!(decode(&encode(&measures(100, 50))).is_ok());
}

/// 5 000 copies of `one`, opened as a link.
fn five_thousand(one: Fr1Report) -> ShareError {
    let state = SharedState {
        reports: vec![one; 5_000],
        ..SharedState::default()
    };
    let link = encode(&state);
    let started = Instant::now();
    let err = decode(&link).unwrap_err();
    println!(
        "5 000 reports: {} characters, refused in {:?}",
        link.len(),
        started.elapsed()
    );
    err
}

#[test]
fn five_thousand_reports_are_refused_before_their_tables_are_unpacked() {
    // Full reports: more entries than a payload may hold, refused while read.
    let full = filled(Decimal::from(1234), Unit::Tkr).reports.remove(0);
    assert_eq!(
        five_thousand(full).to_string(),
        format!("Länken öppnas inte: den har fler än {MAX_SHARE_ENTRIES} poster, fler än som öppnas. Inget av innehållet har lästs in.")
    );
    // Reports with one figure each: counted before their tables are built.
    let mut sparse = filled(Decimal::ONE, Unit::Tkr).reports.remove(0);
    sparse.utfall = Some(every_cell(Report::Utfall, |row, group, part| {
        (row == Row::Nettoresultat && group == Group::Actual && part == Part::Totalt)
            .then(|| Money::from(5))
    }));
    sparse.prognos = None;
    assert_eq!(
        five_thousand(sparse).to_string(),
        format!("Länken öppnas inte: rapporterna: 5000 stycken, fler än de {MAX_REPORTS} som öppnas. Inget av innehållet har lästs in.")
    );
}

#[test]
fn an_unknown_version_and_a_truncated_file_are_named() {
    let file = encode_file(&filled(Decimal::ONE, Unit::Tkr));
    let mut newer = file.clone();
    newer[FILE_HEADER.len() + 2] = 9;
    assert!(matches!(
        decode_file(&newer),
        Err(ShareError::NewerVersion {
            carrier: Carrier::File,
            found: 9,
            ..
        })
    ));
    for cut in [
        FILE_HEADER.len() + 1,
        FILE_HEADER.len() + 10,
        file.len() - 1,
    ] {
        assert!(
            matches!(
                decode_file(&file[..cut]),
                Err(ShareError::Damaged {
                    carrier: Carrier::File,
                    ..
                })
            ),
            "cut at {cut}"
        );
    }
}

// ---- the engine at the extremes: errors, not aborts ----

#[test]
fn consolidating_decimal_max_is_an_error() {
    let june = Period::new(2024, 6).unwrap();
    let huge = |code| {
        let cell = |_, _, _| Some(Money(Decimal::MAX));
        report(
            code,
            june,
            Unit::Tkr,
            every_cell(Report::Utfall, cell),
            every_cell(Report::Prognos, cell),
        )
    };
    let (a, b) = (huge("42"), huge("43"));
    let grouping = Grouping {
        region: "Region".into(),
        namnder: vec![Namnd {
            name: "Nämnden".into(),
            units: vec!["42".into(), "43".into()],
        }],
    };
    assert_eq!(
        consolidate(&[&a, &b], &grouping),
        Err(ConsolidationError::TooLarge {
            level: "Nämnden".into()
        })
    );
}

#[test]
fn identities_over_decimal_max_are_error_findings() {
    let r = filled(Decimal::MAX, Unit::Tkr).reports.remove(0);
    let findings = validate(&r, None);
    let too_large: Vec<_> = findings
        .iter()
        .filter(|f| f.message.contains("för stort för att räkna med"))
        .collect();
    assert!(!too_large.is_empty());
    assert!(too_large.iter().all(|f| f.severity == Severity::Error));
}

#[test]
fn measures_summing_past_decimal_are_an_error() {
    let r = filled(Decimal::ONE, Unit::Tkr).reports.remove(0);
    let m = Measure {
        text: "x".into(),
        decision: String::new(),
        effect: Money(Decimal::MAX),
        start_month: None,
    };
    let plan = MeasurePlan {
        unit_code: "42".into(),
        measures: vec![m.clone(), m],
        target_forecast: None,
    };
    assert_eq!(
        after_measures(&r, &plan, Part::Totalt),
        Err(MeasureError::TooLarge)
    );
}

// ---- property test: every view at the bounds ----

/// Amounts a cell can hold at the bounds: the bound itself, half of it,
/// the smallest non-zero figure, ordinary ones, zero.
fn amount(rng: &mut XorShift) -> Money {
    let m = max().0;
    let tiny = Decimal::new(1, 28);
    let choices = [
        m,
        -m,
        m / Decimal::TWO,
        -m / Decimal::TWO,
        tiny,
        -tiny,
        Decimal::ZERO,
        Decimal::new(12_345, 1),
        Decimal::new(-987_654_321, 3),
    ];
    Money(rng.pick(&choices))
}

fn random_state(rng: &mut XorShift) -> SharedState {
    let units = ["42", "43"];
    let mut reports = Vec::new();
    for code in &units[..1 + rng.below(2)] {
        for month in [6, 12].iter().take(1 + rng.below(2)) {
            let unit = rng.pick(&Unit::ALL);
            let mut cell = |_, _, _| (rng.below(8) > 0).then(|| amount(rng));
            let utfall = every_cell(Report::Utfall, &mut cell);
            let prognos = every_cell(Report::Prognos, &mut cell);
            let period = Period::new(2024, *month).unwrap();
            reports.push(report(code, period, unit, utfall, prognos));
        }
    }
    let measures = units
        .iter()
        .take(rng.below(3))
        .map(|code| MeasurePlan {
            unit_code: code.to_string(),
            measures: (0..rng.below(4))
                .map(|_| Measure {
                    text: "Åtgärd".into(),
                    decision: "Beslut".into(),
                    effect: amount(rng),
                    start_month: Some(1 + rng.below(12) as u8),
                })
                .collect(),
            target_forecast: (rng.below(2) == 0).then(|| amount(rng)),
        })
        .collect();
    let profiles = units
        .iter()
        .take(rng.below(3))
        .map(|code| {
            let weights: Vec<String> = (0..12)
                .map(|_| budgetkoll::format::exact(amount(rng).0.abs()).replace('\u{a0}', " "))
                .collect();
            (code.to_string(), weights.join(";"))
        })
        .collect();
    let frames = (rng.below(2) == 0).then(|| {
        let mut s = FramesSession::new("ramar.xlsx", base(amount(rng)), 3 + rng.below(3) as u8);
        let rules = &mut s.scenario_mut().unwrap().rules;
        let percents = [
            Decimal::ONE_HUNDRED,
            -Decimal::ONE_HUNDRED,
            Decimal::new(24, 1),
            max().0,
        ];
        rules.set_indexation(Category::Drift, 2026, rng.pick(&percents));
        rules.set_efficiency(2027, rng.pick(&percents).abs());
        s.add_scenario("Kopia");
        s
    });
    SharedState {
        reports,
        view: ViewState {
            unit: rng.pick(&Unit::ALL),
            part: rng.pick(&Part::ALL),
            ..ViewState::default()
        },
        grouping: None,
        measures,
        profiles,
        frames,
    }
}

#[test]
fn every_view_builds_with_amounts_at_the_bounds() {
    let mut rng = XorShift(0x05EE_D0FB_00D5);
    for case in 0..24 {
        let state = random_state(&mut rng);
        let opened = decode_file(&encode_file(&state))
            .unwrap_or_else(|e| panic!("case {case} within the bounds was refused: {e}"));
        assert_eq!(opened, state, "case {case} round-trips");
        let lang = if case % 2 == 0 { Lang::Sv } else { Lang::En };
        assert!(every_view(&opened, lang) > 0, "case {case} built no view");
    }
}
