//! The keeping protocol on the host: each fault the browser tests meet
//! (storage full, two tabs, unread saved work kept aside, a state file
//! dropped over work, a restore older than the last change, a link that
//! does not open) played against a shelf in memory that can be full.

use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::Lang;
use budgetkoll::intake::{intake_start, Intake, Step};
use budgetkoll::keeping::dropped::{on_drop, OnDrop};
use budgetkoll::keeping::{
    something_to_open, unread_file, Action, Keep, Keeper, Refused, Shelf, ASIDE_KEY, SAVED_AT_KEY,
    SAVE_KEY, UNSAVED_KEY,
};
use budgetkoll::share::{encode, SharedState};
use std::collections::BTreeMap;

/// `localStorage` in memory: at most `limit` characters of keys and values.
#[derive(Default)]
struct MemoryShelf {
    items: BTreeMap<String, String>,
    limit: Option<usize>,
}

impl MemoryShelf {
    fn used(&self) -> usize {
        self.items.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// Full from now on: nothing more fits.
    fn fill(&mut self) {
        self.limit = Some(self.used());
    }
}

impl Shelf for MemoryShelf {
    fn get(&self, key: &str) -> Option<String> {
        self.items.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        let old = self.items.get(key).map_or(0, |v| key.len() + v.len());
        let fits = self
            .limit
            .is_none_or(|limit| self.used() - old + key.len() + value.len() <= limit);
        if !fits {
            return Err(Refused);
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.items.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.items.keys().cloned().collect()
    }
}

fn report(name: &str) -> Fr1Report {
    let bytes = std::fs::read(format!("tests/fixtures/fr1/{name}")).expect("fixture");
    match intake_start(name, &bytes) {
        Step::Done(Ok(Intake::Fr1(import))) => import.report,
        other => panic!("{other:?}"),
    }
}

fn utfall() -> Fr1Report {
    report("FR1_42_juni2024_utfall.csv")
}

fn prognos() -> Fr1Report {
    report("FR1_42_juni2024_prognos.csv")
}

/// Work of these reports, as the keeper is handed it.
fn save_at(
    keeper: &mut Keeper,
    shelf: &mut MemoryShelf,
    reports: &[Fr1Report],
    now: &str,
) -> Vec<Action> {
    assert_eq!(keeper.changed(false), [Action::Schedule]);
    keeper.due(shelf, (&SharedState::default(), reports), false, now)
}

fn opened(actions: &[Action]) -> Vec<&SharedState> {
    actions
        .iter()
        .filter_map(|a| match a {
            Action::Open(state) => Some(&**state),
            _ => None,
        })
        .collect()
}

#[test]
fn work_is_saved_in_pieces_and_restored_on_the_next_load() {
    let mut shelf = MemoryShelf::default();
    let mut keeper = Keeper::default();
    assert!(!something_to_open(&shelf, false));
    assert_eq!(
        save_at(&mut keeper, &mut shelf, &[utfall()], "10:00"),
        [Action::Saved]
    );
    assert_eq!(shelf.get(SAVED_AT_KEY).as_deref(), Some("10:00|1"));
    // The index and one report, each under its own key.
    let reports = shelf
        .keys()
        .into_iter()
        .filter(|k| k.starts_with("budgetkoll.report."))
        .count();
    assert_eq!(reports, 1);
    assert!(something_to_open(&shelf, false));

    let mut reload = Keeper::default();
    let actions = reload.start(&mut shelf, None);
    assert_eq!(opened(&actions)[0].reports, [utfall()]);
    assert!(reload.notices.is_empty());
}

#[test]
fn storage_full_the_next_load_says_which_save_it_restored() {
    let mut shelf = MemoryShelf::default();
    let mut keeper = Keeper::default();
    save_at(&mut keeper, &mut shelf, &[utfall()], "10:00");
    shelf.fill();
    // The second report does not fit: the change is marked as not saved.
    let both = [utfall(), prognos()];
    assert_eq!(
        save_at(&mut keeper, &mut shelf, &both, "10:05"),
        [Action::NotSaved]
    );
    // The mark is small and fits where the work did not.
    shelf.limit = None;
    let _ = shelf.set(UNSAVED_KEY, "10:05");
    shelf.fill();

    let mut reload = Keeper::default();
    let actions = reload.start(&mut shelf, None);
    assert_eq!(opened(&actions)[0].reports, [utfall()]);
    let notice = Keep::RestoredOlder {
        saved_at: Some("10:00".into()),
        failed_at: "10:05".into(),
        reports: 1,
    };
    assert_eq!(reload.notices, std::slice::from_ref(&notice));
    assert!(notice
        .text(Lang::Sv)
        .starts_with("Återställde det som sparades 10:00 (rapporter: 1)."));
    // A save that works again removes the mark.
    shelf.limit = None;
    assert_eq!(
        save_at(&mut reload, &mut shelf, &both, "10:10"),
        [Action::Saved]
    );
    assert_eq!(shelf.get(UNSAVED_KEY), None);
    assert_eq!(shelf.get(SAVED_AT_KEY).as_deref(), Some("10:10|2"));
}

#[test]
fn a_first_save_that_fails_says_nothing_was_restored() {
    let mut shelf = MemoryShelf::default();
    shelf.fill();
    let mut keeper = Keeper::default();
    assert_eq!(
        save_at(&mut keeper, &mut shelf, &[utfall()], "09:00"),
        [Action::NotSaved]
    );
    shelf.limit = None;
    let _ = shelf.set(UNSAVED_KEY, "09:00");
    let mut reload = Keeper::default();
    assert_eq!(reload.start(&mut shelf, None), []);
    let notice = &reload.notices[0];
    assert_eq!(
        *notice,
        Keep::RestoredOlder {
            saved_at: None,
            failed_at: "09:00".into(),
            reports: 0
        }
    );
    assert!(notice
        .text(Lang::Sv)
        .starts_with("Ändringarna från 09:00 kunde inte sparas"));
}

#[test]
fn unread_saved_work_is_kept_aside_offered_as_a_file_and_never_overwritten() {
    let mut shelf = MemoryShelf::default();
    let _ = shelf.set(SAVE_KEY, "inte sparat arbete");
    let mut keeper = Keeper::default();
    assert_eq!(keeper.start(&mut shelf, None), []);
    assert_eq!(shelf.get(SAVE_KEY), None);
    assert_eq!(shelf.get(ASIDE_KEY).as_deref(), Some("inte sparat arbete"));
    assert!(
        matches!(&keeper.notices[..], [Keep::Aside { key, reason: Some(_) }] if key == ASIDE_KEY)
    );
    // New work is saved; what was kept aside stays as it was.
    assert_eq!(
        save_at(&mut keeper, &mut shelf, &[utfall()], "11:00"),
        [Action::Saved]
    );
    assert_eq!(shelf.get(ASIDE_KEY).as_deref(), Some("inte sparat arbete"));
    let (name, bytes, _) = unread_file(&shelf, Some(ASIDE_KEY)).unwrap();
    assert_eq!(
        (name, bytes),
        ("sparat-arbete.txt", b"inte sparat arbete".to_vec())
    );

    // Another unreadable save goes to the next key; both are listed.
    let _ = shelf.set(SAVE_KEY, "också oläsligt");
    let mut reload = Keeper::default();
    reload.start(&mut shelf, None);
    assert_eq!(
        shelf.get("budgetkoll.state.unread.2").as_deref(),
        Some("också oläsligt")
    );
    let keys: Vec<&str> = reload
        .notices
        .iter()
        .filter_map(|n| match n {
            Keep::Aside { key, .. } => Some(key.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(keys, [ASIDE_KEY, "budgetkoll.state.unread.2"]);
    // Removed for good when the person asks.
    reload.remove_unread(&mut shelf, Some(ASIDE_KEY));
    assert_eq!(shelf.get(ASIDE_KEY), None);
    assert_eq!(reload.notices.len(), 1);
    // Dismissing a notice takes it from the page, and only it.
    let older = Keep::RestoredOlder {
        saved_at: None,
        failed_at: "x".into(),
        reports: 0,
    };
    reload.notices.push(older.clone());
    reload.dismiss(&older);
    assert_eq!(reload.notices.len(), 1);
}

#[test]
fn unread_saved_work_that_cannot_be_moved_aside_stops_saving() {
    let mut shelf = MemoryShelf::default();
    let _ = shelf.set(SAVE_KEY, "inte sparat arbete");
    shelf.fill();
    let mut keeper = Keeper::default();
    keeper.start(&mut shelf, None);
    assert!(matches!(
        &keeper.notices[..],
        [Keep::Stuck { reason: Some(_) }]
    ));
    assert!(keeper.paused);
    // Nothing is saved over it.
    assert_eq!(keeper.changed(false), []);
    assert_eq!(shelf.get(SAVE_KEY).as_deref(), Some("inte sparat arbete"));
    let (name, ..) = unread_file(&shelf, None).unwrap();
    assert_eq!(name, "sparat-arbete.txt");
    // Removed: saving starts again.
    keeper.remove_unread(&mut shelf, None);
    assert_eq!(shelf.get(SAVE_KEY), None);
    assert!(keeper.notices.is_empty() && !keeper.paused);
    assert_eq!(keeper.changed(false), [Action::Schedule]);
}

#[test]
fn two_tabs_the_other_tab_is_told_and_chooses_whose_version_to_keep() {
    let mut shelf = MemoryShelf::default();
    let (mut a, mut b) = (Keeper::default(), Keeper::default());
    save_at(&mut b, &mut shelf, &[prognos()], "12:00");
    save_at(&mut a, &mut shelf, &[utfall()], "12:01");
    let b_work = SharedState {
        reports: vec![prognos()],
        ..SharedState::default()
    };
    // Tab B hears of A's save: different work, so B holds its saves.
    let written = shelf.get(SAVE_KEY);
    b.other_tab_wrote(
        &shelf,
        Some(SAVE_KEY),
        written.as_deref(),
        || b_work.clone(),
        false,
    );
    assert_eq!(b.notices, [Keep::OtherTab]);
    assert!(b.paused);
    assert_eq!(b.changed(false), []);
    assert_eq!(
        b.due(
            &mut shelf,
            (&SharedState::default(), &[prognos()]),
            false,
            "12:02"
        ),
        []
    );
    assert_eq!(
        shelf.get(SAVED_AT_KEY).as_deref(),
        Some("12:01|1"),
        "A's save stays"
    );
    // B loads A's version.
    let actions = b.load_other_tab(&mut shelf);
    assert_eq!(opened(&actions)[0].reports, [utfall()]);
    assert!(b.notices.is_empty() && !b.paused);

    // Or B keeps its own, saved over A's at once.
    b.other_tab_wrote(&shelf, Some(SAVE_KEY), written.as_deref(), || b_work, false);
    assert_eq!(
        b.keep_mine(&mut shelf, (&SharedState::default(), &[prognos()]), "12:03"),
        [Action::Saved]
    );
    assert!(b.notices.is_empty() && !b.paused);
    let mut reload = Keeper::default();
    assert_eq!(
        opened(&reload.start(&mut shelf, None))[0].reports,
        [prognos()]
    );
}

#[test]
fn another_tab_saving_the_same_work_or_another_key_changes_nothing() {
    let mut shelf = MemoryShelf::default();
    let mut a = Keeper::default();
    save_at(&mut a, &mut shelf, &[utfall()], "13:00");
    let same = SharedState {
        reports: vec![utfall()],
        ..SharedState::default()
    };
    let mut b = Keeper::default();
    let written = shelf.get(SAVE_KEY);
    b.other_tab_wrote(&shelf, Some(SAVE_KEY), written.as_deref(), || same, false);
    b.other_tab_wrote(
        &shelf,
        Some(SAVED_AT_KEY),
        Some("13:00|1"),
        SharedState::default,
        false,
    );
    // A presentation saves nothing, so it is never asked.
    b.other_tab_wrote(
        &shelf,
        Some(SAVE_KEY),
        written.as_deref(),
        SharedState::default,
        true,
    );
    assert!(b.notices.is_empty() && !b.paused);
    // A page that opened empty, whose first change comes after another
    // tab saved, asks whose version to keep.
    let mut c = Keeper::default();
    assert_eq!(c.start_changed(&mut shelf), []);
    assert_eq!(c.notices, [Keep::OtherTab]);
}

#[test]
fn a_state_file_dropped_over_work_asks_first_and_its_presentation_saves_nothing() {
    let own = SharedState {
        reports: vec![utfall()],
        ..SharedState::default()
    };
    assert_eq!(on_drop(&own, false), OnDrop::Ask);
    assert_eq!(on_drop(&SharedState::default(), false), OnDrop::Open);
    assert_eq!(on_drop(&own, true), OnDrop::Open, "over a presentation");

    let mut shelf = MemoryShelf::default();
    let mut keeper = Keeper::default();
    save_at(&mut keeper, &mut shelf, &[utfall()], "14:00");
    let before = shelf.items.clone();
    // Presented: changes are not saved, the own saved work stays.
    assert_eq!(keeper.changed(true), []);
    assert_eq!(
        keeper.due(
            &mut shelf,
            (&SharedState::default(), &[prognos()]),
            true,
            "14:01"
        ),
        []
    );
    assert_eq!(shelf.items, before);
    // Leaving the presentation to edit it replaces the own work: asked.
    assert!(keeper.leave_presentation(&mut shelf, None));
    assert!(!keeper.leave_presentation(&mut MemoryShelf::default(), Some(&SharedState::default())));
    assert!(keeper.leave_presentation(&mut MemoryShelf::default(), Some(&own)));
}

#[test]
fn a_link_opens_as_a_presentation_and_one_that_does_not_open_leaves_the_saved_work() {
    let mut shelf = MemoryShelf::default();
    let mut keeper = Keeper::default();
    save_at(&mut keeper, &mut shelf, &[utfall()], "15:00");
    let before = shelf.items.clone();
    let shared = SharedState {
        reports: vec![prognos()],
        ..SharedState::default()
    };
    let link = format!("https://example.org/#{}", encode(&shared));
    let mut page = Keeper::default();
    let actions = page.start(&mut shelf, Some(&link));
    assert!(matches!(&actions[..], [Action::Present(s)] if s.reports == [prognos()]));
    let mut page = Keeper::default();
    let actions = page.start(&mut shelf, Some("#bk.trasig"));
    assert!(matches!(actions[0], Action::RefuseLink(_)));
    assert_eq!(opened(&actions)[0].reports, [utfall()]);
    assert_eq!(shelf.items, before);
}

#[test]
fn a_change_then_hiding_the_page_saves_at_once() {
    let mut shelf = MemoryShelf::default();
    let mut keeper = Keeper::default();
    let work = (&SharedState::default(), &[utfall()][..]);
    assert_eq!(
        keeper.hidden(&mut shelf, work, false, "16:00"),
        [],
        "nothing waits"
    );
    assert_eq!(keeper.changed(false), [Action::Schedule]);
    assert_eq!(
        keeper.hidden(&mut shelf, work, false, "16:00"),
        [Action::Cancel, Action::Saved]
    );
    assert_eq!(shelf.get(SAVED_AT_KEY).as_deref(), Some("16:00|1"));
}
