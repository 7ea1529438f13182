//! Why a unit deviates: the officer's explanations table, the ledger pivot
//! behind the kontoslag and the treasury tables, read from the quarterly
//! and year-end samples. Every expected figure is written out here as read
//! by hand from the sample files (quoted in the comments), and every
//! remainder is worked in the test — never taken from the code under test.

use budgetkoll::explain::check::{check_section, Against, NoteKind};
use budgetkoll::explain::import::ExplanationImport;
use budgetkoll::explain::model::{explained_rows, Explanation, Owner, Topic};
use budgetkoll::finance::model::FinanceTable;
use budgetkoll::finance::treasury::TreasuryImport;
use budgetkoll::finding::{FindingKind, Severity};
use budgetkoll::fr1::model::{Fr1Report, Period, UnitId};
use budgetkoll::fr1::schema::{Report, Row};
use budgetkoll::i18n::Lang;
use budgetkoll::import::grid::Cell;
use budgetkoll::intake::{intake, intake_grids, Intake};
use budgetkoll::ledger::import::LedgerImport;
use budgetkoll::ledger::map::reconcile;
use budgetkoll::ledger::model::{Column, Level};
use budgetkoll::money::{AmountScale, Money};
use rust_decimal_macros::dec;

fn bytes(path: &str) -> Vec<u8> {
    std::fs::read(format!("tests/fixtures/{path}")).expect("fixture")
}

fn read_named(name: &str, bytes: &[u8]) -> Intake {
    intake(name, bytes).unwrap_or_else(|e| panic!("{name}: {}", e.text(Lang::Sv)))
}

fn read(path: &str) -> Intake {
    read_named(path.rsplit('/').next().unwrap_or(path), &bytes(path))
}

fn reports(paths: &[&str]) -> Vec<Fr1Report> {
    paths
        .iter()
        .map(|p| match read(p) {
            Intake::Fr1(i) => i.report,
            other => panic!("{p}: {other:?}"),
        })
        .collect()
}

fn explanations_of(name: &str, text: &str) -> ExplanationImport {
    match read_named(name, text.as_bytes()) {
        Intake::Explanations(e) => *e,
        other => panic!("{other:?}"),
    }
}

fn sample_text() -> String {
    String::from_utf8(bytes("kvartal/kommentarer_juni2024.csv")).expect("UTF-8")
}

fn ledger() -> LedgerImport {
    match read("kvartal/konton_42_juni2024.xlsx") {
        Intake::Ledger(l) => *l,
        other => panic!("{other:?}"),
    }
}

fn juni() -> Period {
    Period::new(2024, 6).unwrap()
}

fn unit(code: &str, name: &str) -> Owner {
    Owner::Unit(UnitId {
        code: code.into(),
        name: name.into(),
    })
}

const JUNI: [&str; 2] = ["fr1/FR1_42_juni2024.xlsx", "fr1/FR1_43_juni2024.xlsx"];

/// 42's June explanations name Personal and Intäkter so far, and Drift,
/// Intäkter and Personal for the year (the sample, rows 3, 4, 6–8): three
/// rows, each once; 43's name Personal and Drift.
#[test]
fn the_rows_an_explanation_names_are_marked_once() {
    let import = explanations_of("kommentarer_juni2024.csv", &sample_text());
    let all: Vec<Explanation> = import.rows.into_iter().map(|r| r.explanation).collect();
    assert_eq!(
        explained_rows(&all, &unit("42", ""), juni()),
        vec![Row::Personal, Row::Intakter, Row::Drift]
    );
    assert_eq!(
        explained_rows(&all, &unit("43", ""), juni()),
        vec![Row::Personal, Row::Drift]
    );
    assert_eq!(
        explained_rows(&all, &unit("42", ""), Period::new(2024, 3).unwrap()),
        vec![]
    );
}

#[test]
fn the_explanations_table_reads_as_written() {
    let import = explanations_of("kommentarer_juni2024.csv", &sample_text());
    assert_eq!(import.findings, vec![]);
    assert_eq!(import.rows.len(), 10);
    let all: Vec<&Explanation> = import.rows.iter().map(|r| &r.explanation).collect();
    // Row 2: 42, Utfall, Övergripande, no amount.
    assert_eq!(all[0].owner, unit("42", "Exempelförvaltningen"));
    assert_eq!(all[0].period, juni());
    assert_eq!(all[0].section, Report::Utfall);
    assert_eq!(all[0].topic, Topic::General);
    assert_eq!(all[0].amount, None);
    // Row 3: Personal −1,6 mnkr = −1 600 tkr.
    assert_eq!(all[1].topic, Topic::Row(Row::Personal));
    assert_eq!(all[1].amount, Some(Money(dec!(-1600))));
    assert_eq!(all[1].written_in, AmountScale::Mnkr);
    assert!(all[1]
        .text
        .starts_with("Personalkostnaderna är 1,6 mnkr högre"));
    // Row 6: quoted because its text holds a ';'.
    assert_eq!(all[4].section, Report::Prognos);
    assert_eq!(
        all[4].text,
        "Bemanning med inhyrd personal under sommaren vägs till största delen upp av \
         vakanser under hösten; personalkostnaderna beräknas bli 0,1 mnkr högre än budget."
    );
    // Row 11: 43 Prognos Personal −2,7.
    assert_eq!(all[9].owner, unit("43", "Servicecentrum"));
    assert_eq!(all[9].amount, Some(Money(dec!(-2700))));
    assert_eq!(
        import.rows[9].at.to_string(),
        "kommentarer_juni2024.csv!A11"
    );
}

#[test]
fn explained_against_the_deviation_leaves_the_remainder() {
    let import = explanations_of("kommentarer_juni2024.csv", &sample_text());
    let reports = reports(&JUNI);
    let (all, findings) = import.accept(&reports);
    assert_eq!(findings, vec![]);
    assert_eq!(all.len(), 10);
    let against = Against {
        reports: &reports,
        finance: &[],
        ledgers: &[],
    };
    // (owner, section, NETTORESULTAT Totalt jmf budget, explained, remainder)
    let cases = [
        // FR1_42 Utfall: −1 596; Personal −1 600 + Intäkter +100 = −1 500;
        // −1 596 − (−1 500) = −96 tkr ej förklarat (−0,1 mnkr).
        (
            unit("42", ""),
            Report::Utfall,
            dec!(-1596),
            dec!(-1500),
            dec!(-96),
        ),
        // FR1_42 Prognos: −196; −100 − 300 + 300 = −100; −196 + 100 = −96.
        (
            unit("42", ""),
            Report::Prognos,
            dec!(-196),
            dec!(-100),
            dec!(-96),
        ),
        // FR1_43 Utfall: −933; −600 − 200 = −800; −933 + 800 = −133.
        (
            unit("43", ""),
            Report::Utfall,
            dec!(-933),
            dec!(-800),
            dec!(-133),
        ),
        // FR1_43 Prognos: −2 798; −2 700; −2 798 + 2 700 = −98.
        (
            unit("43", ""),
            Report::Prognos,
            dec!(-2798),
            dec!(-2700),
            dec!(-98),
        ),
    ];
    for (owner, section, deviation, explained, remainder) in cases {
        let c = check_section(&against, &all, &owner, juni(), section);
        assert_eq!(c.deviation, Some(Money(deviation)), "{owner:?} {section:?}");
        assert_eq!(c.explained, Money(explained));
        assert_eq!(c.remainder, Some(Money(remainder)));
        // Every amount is its row's deviation rounded to 0,1 mnkr (Intäkter
        // 0,1 for 58 tkr, Personal −2,7 for −2 652): no note.
        assert_eq!(c.notes, vec![], "{owner:?} {section:?}");
    }
}

#[test]
fn an_amount_against_its_rows_deviation_is_a_note_for_the_officer() {
    let reports = reports(&JUNI);
    let against = Against {
        reports: &reports,
        finance: &[],
        ledgers: &[],
    };
    let text = "Förvaltning;Period;Avsnitt;Område;Belopp tkr;Förklaring\n\
                42 Exempelförvaltningen;juni 2024;Utfall;Drift;500;Lägre driftkostnader\n\
                42 Exempelförvaltningen;juni 2024;Utfall;Personal;-2 000;Högre personalkostnader\n\
                42 Exempelförvaltningen;juni 2024;Utfall;Resor;-15;Fler resor\n";
    let (all, _) = explanations_of("f.csv", text).accept(&reports);
    let c = check_section(&against, &all, &unit("42", ""), juni(), Report::Utfall);
    // Drift is −52 (16 980 − 17 032): +500 goes the other way. Personal is
    // −1 606: −2 000 is larger. Resor −15 is exactly its deviation.
    let kinds: Vec<(Topic, NoteKind)> = c.notes.iter().map(|n| (n.topic.clone(), n.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (Topic::Row(Row::Drift), NoteKind::OppositeSign),
            (Topic::Row(Row::Personal), NoteKind::Larger),
        ]
    );
    assert_eq!(
        c.notes[1].text(Lang::Sv),
        "Personal: förklaringen \u{2212}2\u{a0}000 tkr är större än hela avvikelsen \u{2212}1\u{a0}606 tkr"
    );
    // 500 − 2 000 − 15 = −1 515 explained; −1 596 + 1 515 = −81 left.
    assert_eq!(c.explained, Money(dec!(-1515)));
    assert_eq!(c.remainder, Some(Money(dec!(-81))));
}

#[test]
fn a_table_with_an_unknown_forvaltning_loads_the_rest() {
    // Row 9 names no förvaltning, row 10 one no loaded report is for, row
    // 11 an Område the form does not have.
    let text = sample_text()
        .replacen(
            "43 Servicecentrum;juni 2024;Utfall;Personal",
            "Servicecentrum;juni 2024;Utfall;Personal",
            1,
        )
        .replacen(
            "43 Servicecentrum;juni 2024;Utfall;Drift",
            "99 Okänd förvaltning;juni 2024;Utfall;Drift",
            1,
        )
        .replacen(
            "43 Servicecentrum;juni 2024;Prognos;Personal",
            "43 Servicecentrum;juni 2024;Prognos;Lokaler",
            1,
        );
    let import = explanations_of("kommentarer_juni2024.csv", &text);
    assert_eq!(import.rows.len(), 8);
    let found: Vec<(String, FindingKind)> = import
        .findings
        .iter()
        .map(|f| (f.cell_name().unwrap_or_default(), f.kind.clone()))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "kommentarer_juni2024.csv!A9".to_string(),
                FindingKind::ExplUnknownOwner {
                    text: "Servicecentrum".into()
                }
            ),
            (
                "kommentarer_juni2024.csv!D11".to_string(),
                FindingKind::ExplUnknownTopic {
                    text: "Lokaler".into()
                }
            ),
        ]
    );
    let (kept, findings) = import.accept(&reports(&JUNI));
    assert_eq!(kept.len(), 7);
    assert_eq!(findings.len(), 3);
    assert_eq!(
        findings[2].cell_name().as_deref(),
        Some("kommentarer_juni2024.csv!A10")
    );
    assert_eq!(
        findings[2].text(Lang::Sv),
        "ingen inläst rapport gäller 99 Okänd förvaltning; raden läses inte in"
    );
    assert!(findings.iter().all(|f| f.severity == Severity::Warning));
}

#[test]
fn the_ledger_pivot_reads_its_stated_figures() {
    let import = ledger();
    assert_eq!(import.findings, vec![]);
    let l = &import.ledger;
    assert_eq!(l.unit_id.as_ref().map(|u| u.code.as_str()), Some("42"));
    assert_eq!(l.period, Some(juni()));
    assert_eq!(l.amount_unit, AmountScale::Tkr);
    // A4 … A45: 42 rows, then Totalsumma.
    assert_eq!(l.rows.len(), 42);
    let row = |code: &str| l.row(code).unwrap_or_else(|| panic!("{code}"));
    let m = |d| Some(Money(d));
    // 4 Kostnader för personal: 46 366, 44 760, −1 606, 42 115, −4 251.
    let personal = row("4");
    assert_eq!(personal.level, Level::Class);
    assert_eq!(personal.name, "Kostnader för personal");
    assert_eq!(
        personal.figures,
        [
            m(dec!(46366)),
            m(dec!(44760)),
            m(dec!(-1606)),
            m(dec!(42115)),
            m(dec!(-4251))
        ]
    );
    // 39 Övriga intäkter: −12, budget empty, Diff 12: no deviation shown.
    let other = row("39");
    assert_eq!(other.level, Level::Group);
    assert_eq!(other.get(Column::Budget), None);
    assert_eq!(other.get(Column::BudgetDiff), m(dec!(12)));
    assert_eq!(other.vs_budget(), None);
    // 75610 Uppdragsutbildningar: 210, no budget, no previous year.
    let courses = row("75610");
    assert_eq!(courses.level, Level::Account);
    assert_eq!(courses.get(Column::Previous), None);
    assert!(courses.vs_previous_variance().is_none());
    // 75590 Konsulter, övrigt: 1 540 against 800, −740.
    assert_eq!(row("75590").vs_budget(), m(dec!(-740)));
    let total = l.total.as_ref().unwrap();
    assert_eq!(
        total.figures,
        [
            m(dec!(58596)),
            m(dec!(57000)),
            m(dec!(-1596)),
            m(dec!(53619)),
            m(dec!(-4977))
        ]
    );
    // The kontoslag agree with FR1_42_juni2024's Utfall, Totalt.
    assert_eq!(reconcile(l, &reports(&JUNI)), vec![]);
}

#[test]
fn a_pivot_off_its_fr1_by_one_tkr_is_rounding_and_by_500_a_warning() {
    let reports = reports(&JUNI);
    let off = |by| {
        let mut l = ledger().ledger;
        let personal = l.rows.iter_mut().find(|r| r.code == "4").unwrap();
        // UTFALL Ack of 4 Kostnader för personal, B9: 46 366 + by.
        personal.figures[0] = Some(Money(dec!(46366) + by));
        reconcile(&l, &reports)
    };
    let one = off(dec!(1));
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].severity, Severity::Info);
    assert_eq!(one[0].cell_name().as_deref(), Some("Pivot!B9"));
    assert_eq!(
        one[0].text(Lang::Sv),
        "pivoten ger 46\u{a0}367 och FR1 anger 46\u{a0}366 (FR1_42_juni2024.xlsx, Utfall, \
         Personal, Totalt, Utfall ackumulerat); skillnaden 1 tkr är avrundning"
    );
    let five_hundred = off(dec!(500));
    assert_eq!(five_hundred.len(), 1);
    assert_eq!(five_hundred[0].severity, Severity::Warning);
    assert_eq!(five_hundred[0].cell_name().as_deref(), Some("Pivot!B9"));
    assert_eq!(
        five_hundred[0].text(Lang::En),
        "the pivot gives 46\u{a0}866 but the FR1 states 46\u{a0}366 (FR1_42_juni2024.xlsx, Utfall, \
         Personal, Totalt, Utfall ackumulerat): a difference of 500 tkr"
    );
}

#[test]
fn a_pivot_whose_parent_disagrees_with_its_rows_is_named_at_its_cell() {
    // 40 Lön arbetad tid, B10: 26 000 → 26 100; class 4 still says 46 366.
    let name = "konton_42_juni2024.xlsx";
    let mut grids = budgetkoll::import::read_grids(name, &bytes("kvartal/konton_42_juni2024.xlsx"))
        .expect("grids");
    grids[0].rows[9][1] = Cell::Number(dec!(26100));
    let Ok(Intake::Ledger(import)) = intake_grids(name, Ok(grids)) else {
        panic!("not a ledger")
    };
    let cells: Vec<String> = import
        .findings
        .iter()
        .filter_map(|f| f.cell_name())
        .collect();
    // The parent 4 (B9: rows add to 46 466) and 40's own Diffs (D10:
    // 27 300 − 26 100 = 1 200, stated 1 300; F10: 24 500 − 26 100 =
    // −1 600, stated −1 500).
    assert_eq!(cells, ["Pivot!B9", "Pivot!D10", "Pivot!F10"]);
    assert!(import
        .findings
        .iter()
        .all(|f| f.severity == Severity::Error));
}

fn treasury(text: &str) -> TreasuryImport {
    match read_named("likviditet_2024.csv", text.as_bytes()) {
        Intake::Treasury(t) => *t,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_treasury_tables_read_as_stated_and_their_sums_check() {
    let text = String::from_utf8(bytes("bokslut/likviditet_2024.csv")).unwrap();
    let t = treasury(&text);
    assert_eq!(t.findings, vec![]);
    let tables = &t.treasury.tables;
    assert_eq!(tables.len(), 2);
    let m = |d| Some(Money(d));
    let pay = &tables[0];
    assert_eq!(pay.title, "In- och utbetalningar transaktionskontot");
    assert_eq!(pay.columns, ["2022", "2023", "2024"]);
    assert_eq!(pay.unit, AmountScale::Mnkr);
    // Inlösen av revers: 98,7 - in 2022, a lone '-' after.
    assert_eq!(pay.lines[2].values, [m(dec!(-98.7)), None, None]);
    // Summa 123,0 -; 84,4 -; 13,1 -: 8 402,5 − 8 426,8 − 98,7 = −123,0.
    assert_eq!(
        pay.total.as_ref().unwrap().values,
        [m(dec!(-123.0)), m(dec!(-84.4)), m(dec!(-13.1))]
    );
    let funds = &tables[1];
    assert_eq!(
        funds.title,
        "Likviditet och placerade medel 31 december 2024"
    );
    assert_eq!(funds.lines.len(), 3);
    // 341,5 + 418,3 + 1 981,5 = 2 741,3.
    assert_eq!(funds.total.as_ref().unwrap().values, [m(dec!(2741.3))]);
    // A Summa 0,1 off is rounding; 1,0 off an error.
    let off =
        |summa: &str| treasury(&text.replace("Summa;2 741,3", &format!("Summa;{summa}"))).findings;
    let rounding = off("2 741,4");
    assert_eq!(rounding.len(), 1);
    assert_eq!(rounding[0].severity, Severity::Info);
    let wrong = off("2 742,3");
    assert_eq!(wrong[0].severity, Severity::Error);
    assert_eq!(
        wrong[0].text(Lang::Sv),
        "Likviditet och placerade medel 31 december 2024: raderna summerar till 2\u{a0}741,3 \
         men tabellen anger 2\u{a0}742,3 (skillnad 1,0 mnkr)"
    );
}

#[test]
fn the_finance_administrations_explanations_are_set_against_its_table() {
    let finance: Vec<FinanceTable> = match read("followup/finansforvaltningen_2024.csv") {
        Intake::Finance(f) => vec![f.table],
        other => panic!("{other:?}"),
    };
    let text = "Förvaltning;Period;Avsnitt;Område;Belopp mnkr;Förklaring\n\
                Finansförvaltningen;december 2024;Utfall;Skatteintäkter;30,4;Högre skatteintäkter\n\
                Finansförvaltningen;december 2024;Utfall;Anslag till RS förfogande;40,0;Ej utnyttjat\n";
    let (all, _) = explanations_of("f.csv", text).accept(&[]);
    let against = Against {
        reports: &[],
        finance: &finance,
        ledgers: &[],
    };
    let c = check_section(
        &against,
        &all,
        &Owner::Finance,
        Period::new(2024, 12).unwrap(),
        Report::Utfall,
    );
    // Summa Finansförvaltningen: Avvikelse 103,1 mnkr; 30,4 + 40,0 = 70,4
    // explained; 103,1 − 70,4 = 32,7 mnkr left.
    assert_eq!(c.deviation, Some(Money(dec!(103100))));
    assert_eq!(c.explained, Money(dec!(70400)));
    assert_eq!(c.remainder, Some(Money(dec!(32700))));
    assert_eq!(c.notes, vec![]);
    // Under the region's result, in the page's words.
    let v = budgetkoll::view::why::why_view(
        &against,
        &all,
        &Owner::Finance,
        Period::new(2024, 12).unwrap(),
        Lang::Sv,
    )
    .unwrap();
    assert_eq!(v.name, "Finansförvaltningen");
    assert_eq!(v.sections[0].title, "Bokslut 2024");
    assert_eq!(
        v.sections[0].summary,
        "Förklarat +70,4 av +103,1 mnkr; +32,7 mnkr ej förklarat"
    );
    assert_eq!(
        budgetkoll::view::why::why_sentences(&v, Lang::Sv),
        [
            "Störst förklarad avvikelse för Finansförvaltningen i bokslutet: Anslag till RS \
             förfogande (+40,0 mnkr). Ej utnyttjat.",
            "För Finansförvaltningen är +32,7 mnkr ej förklarat i bokslutet.",
        ]
    );
}

// ---- the view models ----

use budgetkoll::view::accounts::{accounts_view, focus_view, Focus};
use budgetkoll::view::finance_lines::{finance_lines, treasury_view};
use budgetkoll::view::why::{why_sentences, why_view};

/// Swedish figures as the page prints them: `−` and a no-break space.
fn sv(text: &str) -> String {
    text.replace('-', "\u{2212}").replace('_', "\u{a0}")
}

#[test]
fn why_shows_the_largest_drivers_and_the_unexplained_remainder() {
    let reports = reports(&JUNI);
    let (all, _) = explanations_of("kommentarer_juni2024.csv", &sample_text()).accept(&reports);
    let against = Against {
        reports: &reports,
        finance: &[],
        ledgers: &[],
    };
    let v = why_view(&against, &all, &unit("42", ""), juni(), Lang::Sv).unwrap();
    assert_eq!(v.name, "42 Exempelförvaltningen");
    let [ytd, year] = &v.sections[..] else {
        panic!("{:?}", v.sections)
    };
    assert_eq!(ytd.title, "Utfall till och med juni");
    assert_eq!(
        ytd.basis,
        "Avvikelse mot budget, Totalt (intern handel ingår)"
    );
    assert_eq!(ytd.general.len(), 1);
    let drivers: Vec<(&str, &str)> = ytd
        .drivers
        .iter()
        .map(|d| (d.topic.as_str(), d.amount.text.as_str()))
        .collect();
    assert_eq!(drivers, [("Personal", &*sv("-1,6")), ("Intäkter", "+0,1")]);
    assert_eq!(ytd.drivers[0].row, Some(Row::Personal));
    // −1 596 tkr; −1 600 + 100 = −1 500; −96 tkr left, −0,1 mnkr.
    assert_eq!(
        ytd.summary,
        sv("Förklarat -1,5 av -1,6 mnkr; -0,1 mnkr ej förklarat")
    );
    assert_eq!(
        ytd.unexplained.as_ref().map(|f| f.text.clone()),
        Some(sv("-0,1"))
    );
    // Prognos: Drift −0,3 and Intäkter +0,3 (equal size, the officer's
    // order), then Personal −0,1; −196 tkr against −100 explained.
    let drivers: Vec<(&str, String)> = year
        .drivers
        .iter()
        .map(|d| (d.topic.as_str(), d.amount.text.clone()))
        .collect();
    assert_eq!(
        drivers,
        [
            ("Drift", sv("-0,3")),
            ("Intäkter", "+0,3".to_string()),
            ("Personal", sv("-0,1"))
        ]
    );
    assert_eq!(
        year.summary,
        sv("Förklarat -0,1 av -0,2 mnkr; -0,1 mnkr ej förklarat")
    );
    assert_eq!(
        why_sentences(&v, Lang::Sv),
        [
            sv("Störst förklarad avvikelse för 42 Exempelförvaltningen i helårsprognosen: Drift (-0,3 mnkr). ")
                + "Konsultkostnader för upphandlingsstöd och IT beräknas överskrida budget, vilket \
                   delvis vägs upp av lägre kostnader för köpt verksamhet.",
            sv("För 42 Exempelförvaltningen är -0,1 mnkr ej förklarat i helårsprognosen."),
        ]
    );
    // English words around the officer's Swedish text.
    let en = why_view(&against, &all, &unit("42", ""), juni(), Lang::En).unwrap();
    assert_eq!(
        why_sentences(&en, Lang::En)[1],
        sv("For 42 Exempelförvaltningen, -0,1 mnkr is unexplained in the ") + "full-year forecast."
    );
    assert_eq!(
        en.sections[0].summary,
        sv("Explained -1,5 of -1,6 mnkr; -0,1 mnkr unexplained")
    );
    // No explanations, no view.
    assert_eq!(
        why_view(&against, &[], &unit("42", ""), juni(), Lang::Sv),
        None
    );
}

#[test]
fn the_finance_administrations_lines_as_stated_with_their_explanations() {
    let table = match read("followup/finansforvaltningen_2024.csv") {
        Intake::Finance(f) => f.table,
        other => panic!("{other:?}"),
    };
    let text = "Förvaltning;Period;Avsnitt;Område;Belopp mnkr;Förklaring\n\
                Finansförvaltningen;december 2024;Utfall;Skatteintäkter;30,4;Högre skatteunderlag\n";
    let (all, _) = explanations_of("f.csv", text).accept(&[]);
    let v = finance_lines(&table, &all, Report::Utfall, Lang::Sv).unwrap();
    assert_eq!(v.lines.len(), 10);
    let line = |i: usize| {
        let l = &v.lines[i];
        (
            l.label.clone(),
            l.actual.text.clone(),
            l.budget.text.clone(),
            l.variance.text.clone(),
        )
    };
    // Skatteintäkter;6 210,4;6 180,0;30,4
    assert_eq!(
        line(0),
        (
            "Skatteintäkter".into(),
            sv("6_210,4"),
            sv("6_180,0"),
            "+30,4".into()
        )
    );
    // Finansiella kostnader;74,9 -;48,0 -;26,9 -
    assert_eq!(
        line(3),
        (
            "Finansiella kostnader".into(),
            sv("-74,9"),
            sv("-48,0"),
            sv("-26,9")
        )
    );
    assert_eq!(v.lines[0].drivers.len(), 1);
    assert_eq!(v.lines[0].drivers[0].text, "Högre skatteunderlag");
    assert_eq!(v.lines[0].drivers[0].amount.text, "+30,4");
    // Summa Finansförvaltningen;7 870,5;7 767,4;103,1
    let total = v.total.as_ref().unwrap();
    assert_eq!(
        (
            total.actual.text.clone(),
            total.budget.text.clone(),
            total.variance.text.clone()
        ),
        (sv("7_870,5"), sv("7_767,4"), sv("+103,1"))
    );
    // The table has no full-year half.
    assert_eq!(finance_lines(&table, &all, Report::Prognos, Lang::Sv), None);
}

#[test]
fn the_treasury_tables_are_shown_as_stated() {
    let text = String::from_utf8(bytes("bokslut/likviditet_2024.csv")).unwrap();
    let v = treasury_view(&treasury(&text).treasury);
    let texts =
        |figs: &[budgetkoll::view::Fig]| figs.iter().map(|f| f.text.clone()).collect::<Vec<_>>();
    assert_eq!(v[0].lines[0].0, "Inbetalningar");
    assert_eq!(
        texts(&v[0].lines[0].1),
        [sv("8_402,5"), sv("8_726,9"), sv("9_020,1")]
    );
    assert_eq!(
        texts(&v[0].lines[2].1),
        [sv("-98,7"), "–".into(), "–".into()]
    );
    let (label, total) = v[1].total.as_ref().unwrap();
    assert_eq!(
        (label.as_str(), texts(total)),
        ("Summa", vec![sv("2_741,3")])
    );
}

#[test]
fn personal_opens_its_accounts_largest_deviation_first() {
    let l = ledger().ledger;
    let v = accounts_view(&l, Row::Personal, AmountScale::Tkr, Lang::Sv).unwrap();
    assert_eq!(v.title, "Konton bakom Personal");
    let lines: Vec<(&str, &str)> = v
        .lines
        .iter()
        .map(|a| (a.code.as_str(), a.vs_budget.text.as_str()))
        .collect();
    // BUDGET Ack Diff of 40–47 (no 42 in the pivot): 41 −1 900, 40 +1 300,
    // 45 −550, 46 −334, 47 −46, 44 +4; 43 has no budget: last, no deviation.
    let (m1900, m550, m334, m46) = (sv("-1_900"), sv("-550"), sv("-334"), sv("-46"));
    assert_eq!(
        lines,
        [
            ("41", m1900.as_str()),
            ("40", "+1\u{a0}300"),
            ("45", m550.as_str()),
            ("46", m334.as_str()),
            ("47", m46.as_str()),
            ("44", "+4"),
            ("43", "–"),
        ]
    );
    let kost = &v.lines[6];
    assert_eq!(kost.label, "43 Kostnadsersättn och naturaförm");
    assert_eq!(kost.budget.text, "–");
    // Fg år 95 − utfall 80 = +15, as stated.
    assert_eq!(kost.vs_previous.text, "+15");
    // Drift: the accounts of classes 5–7, 75590 Konsulter (−740) first;
    // 75610 Uppdragsutbildningar has no budget and comes last.
    let drift = accounts_view(&l, Row::Drift, AmountScale::Tkr, Lang::Sv).unwrap();
    assert_eq!(drift.lines.len(), 18);
    let codes: Vec<&str> = drift.lines.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(codes[..3], ["75590", "79900", "75690"]);
    assert_eq!(codes[17], "75610");
    assert_eq!(
        accounts_view(&l, Row::Nettoresultat, AmountScale::Tkr, Lang::Sv),
        None
    );
}

#[test]
fn focus_accounts_are_followed_across_the_loaded_periods() {
    let juni_ledger = ledger().ledger;
    // A March pivot: the same accounts, 75590 at 700 against 400.
    let mut mars = juni_ledger.clone();
    mars.period = Period::new(2024, 3);
    let consultants = mars.rows.iter_mut().find(|r| r.code == "75590").unwrap();
    consultants.figures = [
        Some(Money(dec!(700))),
        Some(Money(dec!(400))),
        Some(Money(dec!(-300))),
        None,
        None,
    ];
    let v = focus_view(&[juni_ledger, mars], "42", AmountScale::Tkr);
    let lines: Vec<(Focus, &str, usize)> = v
        .iter()
        .map(|l| (l.focus, l.label.as_str(), l.points.len()))
        .collect();
    assert_eq!(
        lines,
        [
            (Focus::Consultants, "75590 Konsulter, övrigt", 2),
            (Focus::Travel, "64 Resor", 2),
            (Focus::Training, "75610 Uppdragsutbildningar", 2),
            (Focus::Training, "75690 Kurs- och konferensavgifter", 2),
            (Focus::AgencyStaff, "47 Inhyrd personal", 2),
        ]
    );
    let c = &v[0].points;
    assert_eq!(c[0].period, Period::new(2024, 3).unwrap());
    assert_eq!(
        (c[0].actual.text.as_str(), c[0].vs_budget.text.clone()),
        ("700", sv("-300"))
    );
    assert_eq!(
        (c[1].actual.text.clone(), c[1].vs_budget.text.clone()),
        (sv("1_540"), sv("-740"))
    );
    // Uppdragsutbildningar: no budget, no deviation.
    assert_eq!(v[2].points[1].vs_budget.text, "–");
}

#[test]
fn the_readers_cards_carry_why_and_the_narrative_says_it() {
    use budgetkoll::engine::consolidation::Grouping;
    use budgetkoll::fr1::schema::Part;
    use budgetkoll::view::narrative::narrative;
    use budgetkoll::view::reader::{reader_view, ReaderInputs};
    let reports = reports(&JUNI);
    let (all, _) = explanations_of("kommentarer_juni2024.csv", &sample_text()).accept(&reports);
    let refs: Vec<&Fr1Report> = reports.iter().collect();
    let grouping = Grouping::single("Region Exempel", "Alla förvaltningar", &refs);
    let v = reader_view(
        &ReaderInputs {
            reports: &reports,
            finance: &[],
            period: juni(),
            grouping: &grouping,
            part: Part::Totalt,
            measures: &[],
            frames: None,
            explanations: &all,
        },
        Lang::Sv,
    );
    // 43 first (Prognos −2 798), then 42 (−196).
    let why: Vec<(&str, usize)> = v
        .cards
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.why.as_ref().map_or(0, |w| w.sections.len()),
            )
        })
        .collect();
    assert_eq!(
        why,
        [("43 Servicecentrum", 2), ("42 Exempelförvaltningen", 2)]
    );
    assert_eq!(v.finance_why, None);
    let sentences = narrative(&v, Lang::Sv);
    let at = sentences
        .iter()
        .position(|s| s.starts_with("Störst förklarad"))
        .expect("a driver sentence");
    // 43 Prognos: Personal −2,7 of −2 798; −2 798 + 2 700 = −98 left.
    assert_eq!(
        sentences[at..at + 3],
        [
            sv("Störst förklarad avvikelse för 43 Servicecentrum i helårsprognosen: Personal (-2,7 mnkr). ")
                + "Förstärkningen av sekreterarservicen med två tjänster saknar finansiering i \
                   budget, vilket ger ett underskott på personalkostnaderna för helåret.",
            sv("För 43 Servicecentrum är -0,1 mnkr ej förklarat i helårsprognosen."),
            sv("Störst förklarad avvikelse för 42 Exempelförvaltningen i helårsprognosen: Drift (-0,3 mnkr). ")
                + "Konsultkostnader för upphandlingsstöd och IT beräknas överskrida budget, vilket \
                   delvis vägs upp av lägre kostnader för köpt verksamhet.",
        ]
    );
}

#[test]
fn an_account_is_explained_against_the_pivot() {
    let reports = reports(&JUNI);
    let ledgers = [ledger().ledger];
    let against = Against {
        reports: &reports,
        finance: &[],
        ledgers: &ledgers,
    };
    let text = "Förvaltning;Period;Avsnitt;Område;Belopp mnkr;Förklaring\n\
                42 Exempelförvaltningen;juni 2024;Utfall;75590 Konsulter, övrigt;-0,7;Upphandlingsstöd\n\
                42 Exempelförvaltningen;juni 2024;Utfall;75690 Kurs- och konferensavgifter;-0,3;Kurser\n";
    let (all, findings) = explanations_of("f.csv", text).accept(&reports);
    assert_eq!(findings, vec![]);
    assert_eq!(
        all[0].topic,
        Topic::Account {
            code: "75590".into(),
            name: "Konsulter, övrigt".into()
        }
    );
    let c = check_section(&against, &all, &unit("42", ""), juni(), Report::Utfall);
    // 75590: BUDGET Ack Diff −740, −0,7 at 0,1 mnkr: no note. 75690: +255
    // (under budget), −0,3 goes the other way.
    assert_eq!(c.notes.len(), 1);
    assert_eq!(c.notes[0].kind, NoteKind::OppositeSign);
    assert_eq!(
        c.notes[0].text(Lang::En),
        "75690 Kurs- och konferensavgifter: the explanation of \u{2212}0,3 mnkr goes the other \
         way from the deviation of +0,3 mnkr"
    );
    // −700 − 300 = −1 000 explained of −1 596: −596 left.
    assert_eq!(c.remainder, Some(Money(dec!(-596))));
}
