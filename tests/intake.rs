//! The one intake: a file's table is recognised once, from its labels, by
//! the one list of kinds, and read by that kind's importer; a file that fits
//! no kind is refused saying what each kind looks for.

use budgetkoll::i18n::Lang;
use budgetkoll::i18n::Msg;
use budgetkoll::import::read_grids;
use budgetkoll::intake::kinds::KINDS;
use budgetkoll::intake::{intake, intake_pasted, Intake, Reason};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("tests/fixtures/{path}")).expect("fixture")
}

/// What each sample is read as: the variant's name.
fn kind_of(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    match intake(name, &fixture(path)) {
        Ok(Intake::Fr1(_)) => "fr1",
        Ok(Intake::Finance(_)) => "finance",
        Ok(Intake::Frames(_)) => "frames",
        Ok(Intake::Saved(_)) => "saved",
        Ok(Intake::Explanations(_)) => "explanations",
        Ok(Intake::Ledger(_)) => "ledger",
        Ok(Intake::Treasury(_)) => "treasury",
        Ok(Intake::Goals(_)) => "goals",
        Ok(Intake::Staff(_)) => "staff",
        Err(refusal) => panic!("{path} refused: {}", refusal.text(Lang::Sv)),
    }
}

#[test]
fn each_sample_is_read_as_its_kind() {
    assert_eq!(kind_of("fr1/FR1_42_juni2024.xlsx"), "fr1");
    assert_eq!(kind_of("fr1/FR1_42_juni2024_utfall.csv"), "fr1");
    assert_eq!(kind_of("followup/finansforvaltningen_2024.csv"), "finance");
    assert_eq!(
        kind_of("followup/finansforvaltningen_juni2024.csv"),
        "finance"
    );
    assert_eq!(kind_of("frames/budgetramar_plan_2026_2028.xlsx"), "frames");
    assert_eq!(kind_of("frames/budgetramar_mnkr_omvanda_ar.csv"), "frames");
    assert_eq!(kind_of("kvartal/kommentarer_juni2024.csv"), "explanations");
    assert_eq!(kind_of("kvartal/konton_42_juni2024.xlsx"), "ledger");
    assert_eq!(kind_of("bokslut/likviditet_2024.csv"), "treasury");
    assert_eq!(kind_of("kvartal/indikatorer_2024.xlsx"), "goals");
    assert_eq!(
        kind_of("kvartal/personalstatistik_42_2024_06.xlsx"),
        "staff"
    );
    assert_eq!(kind_of("kvartal/personalstatistik_43_2024_06.csv"), "staff");
}

/// Which kinds of the list recognise the file's grids, by their `looks_for`.
fn recognised_by(path: &str) -> Vec<Msg> {
    let grids = read_grids(path, &fixture(path)).expect("grids");
    KINDS
        .iter()
        .filter(|k| k.recognise(&grids))
        .map(|k| k.looks_for())
        .collect()
}

#[test]
fn a_kind_is_recognised_from_its_labels_and_the_list_order_settles_the_overlap() {
    // An FR1 has no finance line (Skatteintäkter …) nor a Förvaltning/IPDK/year header.
    assert_eq!(recognised_by("fr1/FR1_42_juni2024.xlsx"), [Msg::KindFr1]);
    // The finance table's header row names UTFALL Ack and BUDGET Ack as an FR1's
    // does: it is recognised by both, and finance comes first in the list.
    assert_eq!(
        recognised_by("followup/finansforvaltningen_2024.csv"),
        [Msg::KindFinance, Msg::KindFr1]
    );
    assert_eq!(
        recognised_by("frames/budgetramar_mnkr_omvanda_ar.csv"),
        [Msg::KindFrames]
    );
}

#[test]
fn a_table_of_no_kind_is_refused_saying_what_each_kind_looks_for() {
    let refusal = intake("tabell.csv", b"a;b\n1;2\n").expect_err("no kind");
    assert_eq!(
        refusal.reason,
        Reason::Unrecognised {
            file: "tabell.csv".into(),
            sheets: vec!["tabell.csv".into()],
        }
    );
    assert_eq!(
        refusal.text(Lang::Sv),
        "Hittade ingen tabell att läsa i tabell.csv (bladet tabell.csv). Budgetkoll läser \
         en målexport: en rubrikrad med Målområde, Indikator, Målvärde, Utfall och Bedömning; \
         ett personalstatistikuttag: tabeller med en årsrad och Förändring över Kvinna, Man och \
         Total; \
         en förklaringstabell: en rubrikrad med Förvaltning, Avsnitt, Område, Belopp och \
         Förklaring; \
         en kontopivot: Radetiketter med UTFALL Ack och BUDGET Ack; \
         finansförvaltningens resultattabell: kolumnrubrikerna Utfall och Budget, med rader \
         som Skatteintäkter; \
         en FR1-rapport: en rad med kolumnrubrikerna UTFALL - ACKUMULERAT, BUDGET - ACKUMULERAT … \
         eller PROGNOS - HELÅR, BUDGET - HELÅR …; \
         likviditetstabeller: rubriker om transaktionskontot, likviditeten eller placerade medel; \
         en tabell med budgetramar: en rubrikrad med Förvaltning, IPDK (eller Kategori) och en \
         kolumn per år."
    );
    let en = refusal.text(Lang::En);
    assert!(
        en.starts_with("Found no table to read in tabell.csv (sheet tabell.csv). Budgetkoll reads a goal export: "),
        "{en}"
    );
}

#[test]
fn a_pasted_range_takes_the_same_list() {
    let pasted = intake_pasted("Förvaltning\tKategori\t2026\n41 Sjukhuset\tPersonal\t100\n");
    assert!(matches!(pasted, Ok(Intake::Frames(_))), "{pasted:?}");
    let refused = intake_pasted("x\ty\n1\t2\n").expect_err("no kind");
    assert!(matches!(refused.reason, Reason::Unrecognised { .. }));
}

#[test]
fn an_fr1_header_with_no_rows_is_refused_as_an_fr1() {
    // The form's column headers, and no kontoslag under them: an FR1 whose
    // table could not be read, said as such (not "no table of any kind").
    let text = "Kontoslag;UTFALL - ACKUMULERAT;BUDGET - ACKUMULERAT\nx;1;2\n";
    let refusal = intake("fr1.csv", text.as_bytes()).expect_err("no rows");
    assert!(
        matches!(refusal.reason, Reason::Fr1(_)),
        "{:?}",
        refusal.reason
    );
}

/// The Utfall export of förvaltning 42, June 2024, with no period stated and
/// Resor's Utfall ackumulerat, Totalt (D14) not a number.
fn utfall_without_period() -> budgetkoll::fr1::import::Fr1Import {
    let csv = String::from_utf8(fixture("fr1/FR1_42_juni2024_utfall.csv"))
        .unwrap()
        .replace("Period:;juni 2024", "Period:;")
        .replace(" - Resor;615;0;615;", " - Resor;615;0;abc;");
    match intake("utfall.csv", csv.as_bytes()) {
        Ok(Intake::Fr1(import)) => *import,
        other => panic!("{other:?}"),
    }
}

fn bad_figures(import: &budgetkoll::fr1::import::Fr1Import) -> Vec<String> {
    import
        .findings
        .iter()
        .filter(|f| matches!(f.kind, budgetkoll::finding::FindingKind::BadFigure { .. }))
        .map(|f| f.cell.as_ref().map(ToString::to_string).unwrap_or_default())
        .collect()
}

#[test]
fn filling_in_the_period_keeps_what_was_read_and_checks_again() {
    use budgetkoll::fr1::meta_field::MetaField;
    use budgetkoll::fr1::model::Period;
    use budgetkoll::intake::fill_in_meta;
    let import = utfall_without_period();
    assert!(import.missing.contains(&MetaField::Period));
    assert_eq!(bad_figures(&import), ["utfall.csv!D14"]);
    let mut meta = import.report.meta.clone();
    meta.period = Period::new(2024, 6);
    let mut loaded = vec![import];
    fill_in_meta(&mut loaded, 0, meta);
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].report.meta.period, Period::new(2024, 6));
    assert!(!loaded[0].missing.contains(&MetaField::Period));
    // What was read stays: the cell that is not a number is still told.
    assert_eq!(bad_figures(&loaded[0]), ["utfall.csv!D14"]);
    // The checks are made again, once: filling in the same period again
    // gives the same findings, none twice.
    let again = loaded[0].clone();
    let meta = again.report.meta.clone();
    fill_in_meta(&mut loaded, 0, meta);
    assert_eq!(loaded[0].findings, again.findings);
}

#[test]
fn a_half_whose_period_is_filled_in_joins_its_loaded_other_half() {
    use budgetkoll::fr1::model::Period;
    use budgetkoll::fr1::schema::Report;
    use budgetkoll::intake::fill_in_meta;
    let prognos = match intake("prognos.csv", &fixture("fr1/FR1_42_juni2024_prognos.csv")) {
        Ok(Intake::Fr1(import)) => *import,
        other => panic!("{other:?}"),
    };
    let utfall = utfall_without_period();
    let mut meta = utfall.report.meta.clone();
    meta.period = Period::new(2024, 6);
    // Loaded: the Utfall half (no period yet), then the Prognos half.
    let mut loaded = vec![utfall, prognos];
    fill_in_meta(&mut loaded, 0, meta);
    assert_eq!(loaded.len(), 1, "one report of two halves");
    let joined = &loaded[0];
    assert!(joined.report.table(Report::Utfall).is_some());
    assert!(joined.report.table(Report::Prognos).is_some());
    assert_eq!(joined.report.source, "prognos.csv + utfall.csv");
    assert_eq!(bad_figures(joined), ["utfall.csv!D14"]);
}
