//! Every door — a share link, a `.budgetkoll` file, the saved state — holds
//! what it opens to the importer's bounds: the crafted links that used to
//! abort the page are refused by name, floods are refused before they are
//! built, and a property test drives the engine and every view with amounts
//! at the bounds. The engine's sums that could still overflow are errors,
//! not aborts.

mod common;

use budgetkoll::engine::consolidation::{consolidate, ConsolidationError, Grouping, Namnd};
use budgetkoll::engine::measures::{after_measures, Measure, MeasureError, MeasurePlan};
use budgetkoll::explain::model::{Explanation, Owner, Topic};
use budgetkoll::finance::model::{Figures, FinanceRow, FinanceTable, Signs};
use budgetkoll::finding::{Finding, FindingKind, Position, Severity};
use budgetkoll::fr1::model::{Fr1Meta, Fr1Report, Fr1Table, Period, UnitId};
use budgetkoll::fr1::schema::{Group, Part, Report, Row};
use budgetkoll::fr1::validate::validate;
use budgetkoll::frames::balance::EarlierDeficit;
use budgetkoll::frames::model::{Category, FrameTable, StatedSum};
use budgetkoll::frames::rules::{set_percent, ChangeKind, FrameChange};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::goals::model::{Direction, GoalSet, Grade, Indicator, Value};
use budgetkoll::i18n::Lang;
use budgetkoll::import::limits::{
    MAX_ABS_AMOUNT, MAX_FINANCE_ROWS, MAX_FINANCE_TABLES, MAX_LIST_LEN, MAX_MEASURES, MAX_REPORTS,
    MAX_SHARE_ENTRIES, MAX_UNITS,
};
use budgetkoll::money::{AmountScale, Money};
use budgetkoll::quarterly::Quarterly;
use budgetkoll::share::codec::{FILE_HEADER, LINK_PREFIX, MAGIC};
use budgetkoll::share::frames_v3::{BaseForvaltningV3, BaseNamndV3, BaseV3, FramesV3};
use budgetkoll::share::state::{MeasurePlanV2, SharedStateV1, SharedStateV2, SharedStateV3};
use budgetkoll::share::walk::every_view;
use budgetkoll::share::{decode, decode_file, encode, encode_file, Carrier, ShareError};
use budgetkoll::share::{SharedState, ViewState};
use budgetkoll::staff::model::{Block, Sex, StaffReport, StaffRow, StaffTable, TableKind};
use common::XorShift;
use rust_decimal::Decimal;
use serde::Serialize;
use std::time::Instant;

fn max() -> Money {
    Money::from(MAX_ABS_AMOUNT)
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
    unit: AmountScale,
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
fn filled(v: Decimal, unit: AmountScale) -> SharedState {
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
        let texts = refused_out_of_bounds(&filled(v, AmountScale::Tkr));
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
    refused_out_of_bounds(&filled(e24, AmountScale::Mnkr));
    // 10¹⁵ mnkr opens, and every view (kr included) builds.
    let mut at_bound = filled(max().0, AmountScale::Mnkr);
    at_bound.view.unit = AmountScale::Kr;
    for opened in through_every_door(&at_bound) {
        let opened = opened.unwrap();
        assert!(every_view(&opened, Lang::Sv) > 0);
    }
}

#[test]
fn a_measure_effect_or_target_past_the_bound_is_refused() {
    let plan = |effect: Money, target: Money| SharedState {
        measures: vec![MeasurePlan {
            unit_code: "42".into(),
            measures: vec![Measure {
                text: "Vakansprövning".into(),
                decision: "HSN § 4".into(),
                effect,
                start_month: Some(7),
            }],
            target,
        }],
        ..filled(Decimal::ONE, AmountScale::Tkr)
    };
    let texts = refused_out_of_bounds(&plan(Money(Decimal::MAX), Money::ZERO));
    assert!(
        texts[0].contains("åtgärderna för 42, åtgärd 1, effekten: beloppet"),
        "{}",
        texts[0]
    );
    let texts = refused_out_of_bounds(&plan(Money::ZERO, Money(Decimal::MIN)));
    assert!(
        texts[0].contains("åtgärderna för 42, målet: beloppet"),
        "{}",
        texts[0]
    );
    assert!(through_every_door(&plan(max(), -max()))
        .iter()
        .all(Result::is_ok));
}

/// `wire` as a link of format `version`, as an app of that version wrote it.
fn link_of(version: u8, wire: &impl Serialize) -> String {
    use base64::Engine;
    let mut envelope = MAGIC.to_vec();
    envelope.push(version);
    envelope.extend(miniz_oxide::deflate::compress_to_vec_zlib(
        &postcard::to_allocvec(wire).unwrap(),
        6,
    ));
    let base64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!("{LINK_PREFIX}{}", base64.encode(envelope))
}

#[test]
fn a_format_2_target_is_bounded_before_it_becomes_a_deviation() {
    // Format 2 kept the net cost the forecast should reach; opening it
    // subtracts that from the budget helår, so both are bounded first.
    let wire = |target: Decimal, budget: Decimal| {
        let mut state = filled(Decimal::ONE, AmountScale::Tkr);
        let prognos = state.reports[0].prognos.as_mut().unwrap();
        prognos.set(
            Row::Nettoresultat,
            Group::Budget,
            Part::Totalt,
            Some(Money(budget)),
        );
        SharedStateV2 {
            base: SharedStateV1::from(&state),
            grouping: None,
            measures: vec![MeasurePlanV2 {
                unit_code: "42".into(),
                measures: Vec::new(),
                target_forecast: Some(Money(target)),
            }],
            profiles: Vec::new(),
        }
    };
    let err = decode(&link_of(2, &wire(Decimal::MIN, Decimal::ONE))).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Länken öppnas inte: åtgärderna för 42, målet för prognosen: beloppet"),
        "{err}"
    );
    let err = decode(&link_of(2, &wire(Decimal::ONE, Decimal::MAX))).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Länken öppnas inte: åtgärderna för 42, budgeten helår: beloppet"),
        "{err}"
    );
    // At the bounds: budget 10¹⁵ against a target of −10¹⁵ is a deviation
    // of 2 · 10¹⁵, past the bound of one amount, refused by the validation.
    let err = decode(&link_of(2, &wire(-max().0, max().0))).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Länken öppnas inte: åtgärderna för 42, målet: beloppet 2"),
        "{err}"
    );
    // Budget 1 000, target 1 200: 200 over, a deviation of −200.
    let opened = decode(&link_of(2, &wire(Decimal::from(1200), Decimal::from(1000)))).unwrap();
    assert_eq!(opened.measures[0].target, Money::from(-200));
}

fn finance_table(rows: usize, figure: Money) -> FinanceTable {
    let row = |label: &str| FinanceRow {
        label: label.into(),
        ytd: Figures {
            actual: Some(figure),
            budget: Some(Money::from(100)),
            variance: None,
        },
        year: Figures::default(),
    };
    FinanceTable {
        organisation: Some("Region Exempel".into()),
        period: Period::new(2024, 6),
        unit: AmountScale::Mnkr,
        source: "finans.csv".into(),
        signs: Signs::Result,
        rows: (0..rows).map(|_| row("Skatteintäkter")).collect(),
        total: Some(row("Summa")),
    }
}

#[test]
fn a_finance_table_past_a_bound_is_refused_by_name() {
    let state = |tables: Vec<FinanceTable>| SharedState {
        finance: tables,
        ..filled(Decimal::ONE, AmountScale::Tkr)
    };
    let texts = refused_out_of_bounds(&state(vec![finance_table(3, Money(Decimal::MAX))]));
    assert!(
        texts[0].starts_with(
            "Länken öppnas inte: finansförvaltningens tabell 1 (finans.csv), Skatteintäkter, utfall hittills i år: beloppet"
        ),
        "{}",
        texts[0]
    );
    let rows = MAX_FINANCE_ROWS + 1;
    let texts = refused_out_of_bounds(&state(vec![finance_table(rows, Money::from(1))]));
    assert!(
        texts[0].contains(&format!(
            "finansförvaltningens tabell 1 (finans.csv), raderna: {rows} stycken"
        )),
        "{}",
        texts[0]
    );
    let tables = vec![finance_table(1, Money::from(1)); MAX_FINANCE_TABLES + 1];
    let texts = refused_out_of_bounds(&state(tables));
    assert!(
        texts[0].contains("finansförvaltningens tabeller: "),
        "{}",
        texts[0]
    );
    // At the bound, in mnkr shown in kr, the region's result builds.
    let mut at_bound = state(vec![finance_table(3, max())]);
    at_bound.view.unit = AmountScale::Kr;
    for opened in through_every_door(&at_bound) {
        assert!(every_view(&opened.unwrap(), Lang::Sv) > 0);
    }
}

/// One nämnd with one förvaltning, its Drift at `amount` and its revenue
/// at −`amount` in 2025, planned for 2026–2028 from it.
fn frames_at(amount: Money) -> FramesSession {
    let mut table = FrameTable::new(AmountScale::Tkr);
    table.add_year(2025);
    let f = table
        .namnd_mut("Hälso- och sjukvårdsnämnden")
        .forvaltning_mut("Sjukhuset", None);
    f.line_mut(Category::Drift, "").decide(2025, amount);
    f.line_mut(Category::Intakter, "").decide(2025, -amount);
    FramesSession::from_base("ramar.xlsx", table).unwrap()
}

fn with_frames(session: FramesSession) -> SharedState {
    SharedState {
        frames: Some(session),
        ..SharedState::default()
    }
}

fn refused_frames(session: FramesSession, place: &str) {
    let texts = refused_out_of_bounds(&with_frames(session));
    assert!(
        texts[0].starts_with(&format!("Länken öppnas inte: budgetramarna, {place}: ")),
        "{}",
        texts[0]
    );
}

#[test]
fn a_frame_amount_past_the_bound_is_refused_by_name() {
    let past = Money(Decimal::MAX);
    refused_frames(
        frames_at(past),
        "Hälso- och sjukvårdsnämnden, Sjukhuset, Drift, 2025",
    );
    let mut stated = frames_at(Money::from(1));
    stated.table.namnder[0].stated.push(StatedSum {
        year: 2025,
        amount: past,
        cell: "Ramar!D9".into(),
    });
    refused_frames(stated, "Hälso- och sjukvårdsnämnden, summan 2025");
    let mut change = frames_at(Money::from(1));
    change.scenarios[0].rules.changes.push(FrameChange {
        forvaltning: "Sjukhuset".into(),
        category: Category::Drift,
        year: 2026,
        kind: ChangeKind::Reduction,
        amount: past,
        note: String::new(),
    });
    refused_frames(change, "scenario 1 (Planeringsdirektiv), en ramförändring");
    let mut deficit = frames_at(Money::from(1));
    let balance = deficit.scenarios[0].balance.as_mut().unwrap();
    balance.earlier_deficits.push(EarlierDeficit {
        arose: 2024,
        amount: past,
        due: 2027,
    });
    refused_frames(
        deficit,
        "scenario 1 (Planeringsdirektiv), balanskravet, underskottet från 2024, beloppet",
    );
    // A finding quotes its figures and takes their difference.
    let mut finding = frames_at(Money::from(1));
    finding.findings.push(Finding::at(
        Position::new("Ramar", 8, 3),
        FindingKind::SummaMismatch {
            label: "Summa".into(),
            year: 2025,
            stated: Decimal::MAX,
            derived: Decimal::MIN,
            unit: AmountScale::Tkr,
        },
    ));
    refused_frames(finding, "fynd 1, den angivna summan");
    let mut year = frames_at(Money::from(1));
    year.plan.first = i32::MAX;
    refused_frames(year, "planens första år");
    // At the bound the frames and the balance compute.
    let opened = decode(&encode(&with_frames(frames_at(max())))).unwrap();
    let result = opened.frames.unwrap().result().unwrap().unwrap();
    assert_eq!(result.frames.years, vec![2026, 2027, 2028]);
    assert!(result.balance.is_some());
}

#[test]
fn a_scenario_index_past_the_scenarios_is_refused() {
    let mut session = frames_at(Money::from(100));
    session.active = 1;
    let texts = refused_out_of_bounds(&with_frames(session));
    assert!(
        texts[0].contains("scenario 2 visas, men det finns 1"),
        "{}",
        texts[0]
    );
}

#[test]
fn a_format_3_frame_base_is_counted_before_it_is_built() {
    // Building today's table looks every name up; 5 000 förvaltningar in
    // one nämnd are refused by their count first.
    let units = 5_000;
    let wire = SharedStateV3 {
        base: SharedStateV2::from(&SharedState::default()),
        frames: Some(FramesV3 {
            source: "ramar.xlsx".into(),
            base: BaseV3 {
                unit: AmountScale::Tkr,
                year: 2025,
                namnder: vec![BaseNamndV3 {
                    name: "Nämnden".into(),
                    forvaltningar: (0..units)
                        .map(|i| BaseForvaltningV3 {
                            name: i.to_string(),
                            amounts: Vec::new(),
                        })
                        .collect(),
                }],
            },
            scenarios: Vec::new(),
            active: 0,
        }),
    };
    let started = Instant::now();
    let err = decode(&link_of(3, &wire)).unwrap_err();
    println!(
        "5 000 format-3 förvaltningar refused in {:?}",
        started.elapsed()
    );
    assert_eq!(
        err.to_string(),
        format!("Länken öppnas inte: budgetramarna, förvaltningarna: {units} stycken, fler än de {MAX_UNITS} som öppnas. Inget av innehållet har lästs in.")
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
                target: Money::ZERO,
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
        err.to_string(),
        format!(
            "Länken öppnas inte: en lista i den har fler än de {MAX_LIST_LEN} poster som öppnas. \
             Inget av innehållet har lästs in."
        )
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
fn floods_in_what_format_4_adds_are_refused_before_they_are_built() {
    // 200 000 finance rows, frame findings or measure targets: each a
    // small link, each list refused by its length while it is read.
    let finance = SharedState {
        finance: vec![finance_table(200_000, Money::ZERO)],
        ..SharedState::default()
    };
    refused_as_flood(&finance, "200 000 finance rows");
    let mut session = frames_at(Money::from(1));
    let finding = Finding::at(
        Position::new("Blad1", 0, 0),
        FindingKind::DuplicateYear { year: 2025 },
    );
    session.findings = vec![finding; 200_000];
    refused_as_flood(&with_frames(session), "200 000 frame findings");
    let mut session = frames_at(Money::from(1));
    let rules = &mut session.scenarios[0].rules;
    for year in 2026..2029 {
        set_percent(&mut rules.wage.rates, year, Decimal::ONE);
    }
    rules.wage.exempt = vec![String::new(); 200_000];
    refused_as_flood(&with_frames(session), "200 000 wage-pot exemptions");
    let targets = SharedState {
        measures: (0..200_000)
            .map(|i| MeasurePlan {
                target: Money::from(1),
                ..MeasurePlan::new(&i.to_string())
            })
            .collect(),
        ..SharedState::default()
    };
    refused_as_flood(&targets, "200 000 targets");
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
    let full = filled(Decimal::from(1234), AmountScale::Tkr)
        .reports
        .remove(0);
    assert_eq!(
        five_thousand(full).to_string(),
        format!("Länken öppnas inte: den har fler än {MAX_SHARE_ENTRIES} poster, fler än som öppnas. Inget av innehållet har lästs in.")
    );
    // Reports with one figure each: counted before their tables are built.
    let mut sparse = filled(Decimal::ONE, AmountScale::Tkr).reports.remove(0);
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
    let file = encode_file(&filled(Decimal::ONE, AmountScale::Tkr));
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
            AmountScale::Tkr,
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
    let r = filled(Decimal::MAX, AmountScale::Tkr).reports.remove(0);
    let findings = validate(&r, None);
    let too_large: Vec<_> = findings
        .iter()
        .filter(|f| f.text(Lang::Sv).contains("för stort för att räkna med"))
        .collect();
    assert!(!too_large.is_empty());
    assert!(too_large.iter().all(|f| f.severity == Severity::Error));
}

#[test]
fn measures_summing_past_decimal_are_an_error() {
    let r = filled(Decimal::ONE, AmountScale::Tkr).reports.remove(0);
    let m = Measure {
        text: "x".into(),
        decision: String::new(),
        effect: Money(Decimal::MAX),
        start_month: None,
    };
    let plan = MeasurePlan {
        measures: vec![m.clone(), m],
        ..MeasurePlan::new("42")
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
            let unit = rng.pick(&AmountScale::ALL);
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
            target: amount(rng),
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
        let mut s = frames_at(amount(rng));
        s.plan.years = 3 + rng.below(3) as u8;
        let rules = &mut s.scenario_mut().unwrap().rules;
        let percents = [
            Decimal::ONE_HUNDRED,
            -Decimal::ONE_HUNDRED,
            Decimal::new(24, 1),
            max().0,
        ];
        rules.set_indexation(Category::Drift, 2026, rng.pick(&percents));
        set_percent(&mut rules.efficiency.rates, 2027, rng.pick(&percents).abs());
        set_percent(&mut rules.wage.rates, 2026, rng.pick(&percents));
        rules.efficiency.compound = rng.below(2) == 0;
        rules.efficiency.deduct = rng.below(2) == 0;
        rules.changes.push(FrameChange {
            forvaltning: "Sjukhuset".into(),
            category: Category::Drift,
            year: 2027,
            kind: rng.pick(&ChangeKind::ALL),
            amount: amount(rng),
            note: String::new(),
        });
        if let Some(b) = s.scenario_mut().unwrap().balance.as_mut() {
            b.opening_equity = amount(rng);
            b.earlier_deficits.push(EarlierDeficit {
                arose: 2024,
                amount: amount(rng).abs(),
                due: 2026 + rng.below(3) as i32,
            });
        }
        s.add_scenario("Kopia");
        s
    });
    let finance = (0..rng.below(2))
        .map(|_| {
            let mut t = finance_table(2, amount(rng));
            t.unit = rng.pick(&AmountScale::ALL);
            t.total = None;
            t
        })
        .collect();
    let explanations = (0..rng.below(4))
        .map(|i| Explanation {
            owner: if i == 0 {
                Owner::Finance
            } else {
                Owner::Unit(UnitId {
                    code: "42".into(),
                    name: String::new(),
                })
            },
            period: Period::new(2024, 6).unwrap(),
            section: rng.pick(&Report::ALL),
            topic: match rng.below(3) {
                0 => Topic::General,
                1 => Topic::Row(Row::Personal),
                _ => Topic::Row(Row::Nettoresultat),
            },
            amount: Some(amount(rng)),
            written_in: rng.pick(&AmountScale::ALL),
            text: "x".into(),
        })
        .collect();
    SharedState {
        reports,
        view: ViewState {
            unit: rng.pick(&AmountScale::ALL),
            part: rng.pick(&Part::ALL),
            ..ViewState::default()
        },
        grouping: None,
        measures,
        profiles,
        frames,
        finance,
        quarterly: quarterly(rng),
        explanations,
    }
}

/// Goals and staff with figures at the bounds.
fn quarterly(rng: &mut XorShift) -> Quarterly {
    let unit = |code: &str| {
        Some(UnitId {
            code: code.into(),
            name: "X".into(),
        })
    };
    let number = |rng: &mut XorShift| Some(Value::from_number(amount(rng).0));
    let indicators = (0..rng.below(4))
        .map(|i| Indicator {
            unit: unit(["42", "43"][i % 2]),
            name: if i == 0 {
                "Budgetföljsamhet".into()
            } else {
                format!("I{i}")
            },
            direction: Some(rng.pick(&[Direction::HigherIsBetter, Direction::LowerIsBetter])),
            target: number(rng),
            outcome: if rng.below(3) == 0 { None } else { number(rng) },
            tolerance: (rng.below(2) == 0).then(|| amount(rng).0),
            stated: (rng.below(2) == 0).then(|| rng.pick(&Grade::ALL)),
            ..Indicator::default()
        })
        .collect();
    let staff = ["42", "43"]
        .iter()
        .take(rng.below(3))
        .map(|code| {
            let mut row = || {
                let mut r = StaffRow::default();
                for block in Block::ALL {
                    for sex in Sex::ALL {
                        r.set(block, sex, (rng.below(6) > 0).then(|| amount(rng).0));
                    }
                }
                r
            };
            let tables = TableKind::ALL
                .iter()
                .map(|&kind| StaffTable {
                    kind,
                    title: String::new(),
                    periods: ["2023".into(), "2024".into()],
                    rows: vec![row(), row()],
                    total: Some(row()),
                })
                .collect();
            StaffReport {
                source: format!("p{code}.xlsx"),
                unit: unit(code),
                extracted: None,
                tables,
            }
        })
        .collect();
    Quarterly {
        goals: vec![GoalSet {
            source: "m.xlsx".into(),
            indicators,
            ..GoalSet::default()
        }],
        staff,
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
