//! The app's state as one context, in parts by concern: the work (what has
//! been loaded and the person's inputs), what is shown and how, and keeping
//! the work in the browser. Signals live here so components read and write
//! through one place; every change to the data goes through a method that
//! keeps what was loaded intact when an input is refused.

use budgetkoll::engine::consolidation::Grouping;
use budgetkoll::engine::measures::MeasurePlan;
use budgetkoll::finance::import::{check as finance_check, FinanceImport};
use budgetkoll::finance::model::FinanceTable;
use budgetkoll::fr1::import::{CellMap, Fr1Import};
use budgetkoll::fr1::meta::missing;
use budgetkoll::fr1::model::{Fr1Meta, Fr1Report, Period};
use budgetkoll::fr1::schema::Part;
use budgetkoll::fr1::validate::validate;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::intake::{fill_in_meta, place, Intake, Placement, Refusal};
pub use budgetkoll::keeping::dropped::SavedAnswer;
use budgetkoll::keeping::dropped::{on_drop, OnDrop};
use budgetkoll::keeping::Keep;
use budgetkoll::money::Unit;
use budgetkoll::share::{SharedState, ViewState};
use budgetkoll::view::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;

pub use budgetkoll::view::route::Tab;

/// Shared app state, `Copy` so components capture it freely: the page's
/// language, and the state in three parts by concern.
#[derive(Clone, Copy)]
pub struct Store {
    pub lang: RwSignal<Lang>,
    pub work: Work,
    pub shown: Shown,
    pub keeping: Keeping,
}

/// What has been loaded and the person's own inputs: the work a share
/// link or a save carries.
#[derive(Clone, Copy)]
pub struct Work {
    /// Imported FR1 files with their findings, in the order loaded.
    pub imports: RwSignal<Vec<Fr1Import>>,
    /// The imported reports alone (derived from `imports`).
    pub reports: Memo<Vec<Fr1Report>>,
    /// The finance administration's result tables, one per period.
    pub finance: RwSignal<Vec<FinanceImport>>,
    /// The finance tables alone (derived from `finance`).
    pub finance_tables: Memo<Vec<FinanceTable>>,
    /// Files that could not be used, newest last.
    pub failures: RwSignal<Vec<Refusal>>,
    /// Imports that would replace a loaded report, waiting for the user.
    pub pending: RwSignal<Vec<Fr1Import>>,
    /// Files being read (workbooks wait for the spreadsheet worker).
    pub reading: RwSignal<usize>,
    /// Nämnder as the user named them; `None` = all in one.
    pub grouping: RwSignal<Option<Grouping>>,
    /// Measures (åtgärder) per förvaltning.
    pub measures: RwSignal<Vec<MeasurePlan>>,
    /// Seasonal profiles as typed, per förvaltning code.
    pub profiles: RwSignal<BTreeMap<String, String>>,
    /// The budget-frames work, when started.
    pub frames: RwSignal<Option<FramesSession>>,
}

/// What is looked at, and how.
#[derive(Clone, Copy)]
pub struct Shown {
    pub tab: RwSignal<Tab>,
    /// The förvaltning open in the unit view (its code).
    pub unit_code: RwSignal<Option<String>>,
    /// The period looked at; `None` = the latest loaded.
    pub period: RwSignal<Option<Period>>,
    /// Amount unit shown (figures are converted exactly).
    pub unit: RwSignal<Unit>,
    /// Externt, Internt or Totalt.
    pub part: RwSignal<Part>,
    /// Presentation mode: a shared link is shown, nothing is saved.
    pub read_only: RwSignal<bool>,
}

/// Keeping the work in the browser (see `persist.rs`) and the questions
/// that protect it.
#[derive(Clone, Copy)]
pub struct Keeping {
    /// Why autosave failed, shown until it works again.
    pub storage_warning: RwSignal<Option<String>>,
    /// A link or saved work is being opened (its part is being fetched).
    pub opening: RwSignal<bool>,
    /// What the page says about the saved work (restored an older save,
    /// unread work kept aside, another tab's save).
    pub keep: RwSignal<Vec<Keep>>,
    /// Autosave is held while the person decides (another tab's save, or
    /// unread work that could not be moved aside).
    pub save_paused: RwSignal<bool>,
    /// A dropped `.budgetkoll` file waiting for the person: replace the
    /// work, open it as a presentation, or cancel (its file name first).
    pub pending_state: RwSignal<Option<(String, SharedState)>>,
    /// The person's own work while a dropped file is presented.
    pub stash: RwSignal<Option<SharedState>>,
}

impl Store {
    pub fn new() -> Self {
        let imports = RwSignal::new(Vec::<Fr1Import>::new());
        let finance = RwSignal::new(Vec::<FinanceImport>::new());
        Store {
            lang: RwSignal::new(Lang::default()),
            work: Work {
                imports,
                reports: Memo::new(move |_| {
                    imports.with(|v| v.iter().map(|i| i.report.clone()).collect())
                }),
                finance,
                finance_tables: Memo::new(move |_| {
                    finance.with(|v| v.iter().map(|f| f.table.clone()).collect())
                }),
                failures: RwSignal::new(Vec::new()),
                pending: RwSignal::new(Vec::new()),
                reading: RwSignal::new(0),
                grouping: RwSignal::new(None),
                measures: RwSignal::new(Vec::new()),
                profiles: RwSignal::new(BTreeMap::new()),
                frames: RwSignal::new(None),
            },
            shown: Shown {
                tab: RwSignal::new(Tab::Overview),
                unit_code: RwSignal::new(None),
                period: RwSignal::new(None),
                unit: RwSignal::new(Unit::Tkr),
                part: RwSignal::new(Part::Totalt),
                read_only: RwSignal::new(false),
            },
            keeping: Keeping {
                storage_warning: RwSignal::new(None),
                opening: RwSignal::new(false),
                keep: RwSignal::new(Vec::new()),
                save_paused: RwSignal::new(false),
                pending_state: RwSignal::new(None),
                stash: RwSignal::new(None),
            },
        }
    }

    /// Opens the Förvaltning tab on the förvaltning `code`.
    pub fn open_unit(&self, code: String) {
        self.shown.unit_code.set(Some(code));
        self.shown.tab.set(Tab::Unit);
    }

    /// The text of `msg` in the current language (reactive).
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    /// True while nothing has been loaded (reactive).
    pub fn is_empty(&self) -> bool {
        self.work.imports.with(Vec::is_empty)
            && self.work.finance.with(Vec::is_empty)
            && self.work.pending.with(Vec::is_empty)
            && self.work.frames.with(Option::is_none)
    }

    /// The grouping in force: the user's, or every förvaltning in one nämnd.
    pub fn grouping_in_force(&self) -> Grouping {
        self.work
            .grouping
            .get()
            .unwrap_or_else(|| self.work.reports.with(|r| Grouping::all_in_one(r)))
    }

    /// Takes in files read from a drop or the picker. Each file
    /// is read on its own: a bad one is listed with its reason and changes
    /// nothing else. Workbooks are read in the spreadsheet worker, all at
    /// once; their results are taken in the order the files came.
    pub fn ingest(&self, files: Vec<(String, Vec<u8>)>) {
        let store = *self;
        let results: Vec<_> = files
            .into_iter()
            .map(|(name, bytes)| (name.clone(), super::sheets::intake(name, bytes)))
            .collect();
        let count = results.len();
        self.work.reading.update(|n| *n += count);
        spawn_local(async move {
            for (name, result) in results {
                let result = result.await;
                store.work.reading.update(|n| *n = n.saturating_sub(1));
                store.take(name, result);
            }
        });
    }

    /// A dropped `.budgetkoll` file: opened at once over nothing, or while
    /// a presentation is shown; over the person's work, asked first.
    fn open_saved(&self, name: String, state: SharedState) {
        let own = self.snapshot_untracked();
        match on_drop(&own, self.shown.read_only.get_untracked()) {
            OnDrop::Ask => self.keeping.pending_state.set(Some((name, state))),
            OnDrop::Open => self.apply(state),
        }
    }

    /// Answers the question about a dropped `.budgetkoll` file.
    pub fn resolve_saved(&self, answer: SavedAnswer) {
        let Some((_, state)) = self.keeping.pending_state.get_untracked() else {
            return;
        };
        self.keeping.pending_state.set(None);
        match answer {
            SavedAnswer::Replace => self.apply(state),
            SavedAnswer::Present => {
                self.keeping.stash.set(Some(self.snapshot_untracked()));
                self.shown.read_only.set(true);
                self.apply(state);
            }
            SavedAnswer::Cancel => {}
        }
    }

    /// Ends the presentation of a dropped file: the person's own work back.
    pub fn back_to_own(&self) {
        if let Some(own) = self.keeping.stash.get_untracked() {
            self.keeping.stash.set(None);
            self.apply(own);
            self.shown.read_only.set(false);
        }
    }

    /// Lists a file (or link, or export) the app could not use, and why.
    pub fn refuse(&self, refusal: Refusal) {
        self.work.failures.update(|f| f.push(refusal));
    }

    /// Takes in one intake result (of the file `name`).
    pub fn take(&self, name: String, result: Result<Intake, Refusal>) {
        match result {
            Ok(Intake::Fr1(import)) => self.add(*import),
            Ok(Intake::Finance(table)) => self.add_finance(*table),
            Ok(Intake::Frames(session)) => self.open_frames(*session),
            Ok(Intake::Saved(state)) => self.open_saved(name, *state),
            Err(refusal) => self.refuse(refusal),
        }
    }

    /// A frame table dropped anywhere opens on the Budgetramar page; frames
    /// already there are replaced only when the user agrees.
    fn open_frames(&self, session: FramesSession) {
        let replace = self.work.frames.with_untracked(Option::is_none)
            || super::persist::confirm(
                Msg::FrReplaceFramesQuestion.text(self.lang.get_untracked()),
            );
        if replace {
            self.work.frames.set(Some(session));
            self.shown.tab.set(Tab::Frames);
        }
    }

    /// Adds a report: as its own, as the other half of a loaded one (the
    /// Utfall and Prognos exports of one report), or — when it brings a
    /// half that is loaded already — as a question whether to replace.
    fn add(&self, import: Fr1Import) {
        let placement = self
            .work
            .imports
            .with(|v| place(v.iter().map(|i| &i.report), &import.report));
        match placement {
            Placement::Replaces(_) => self.work.pending.update(|p| p.push(import)),
            Placement::Completes(i) => self.complete(i, import),
            Placement::New => {
                if self.shown.unit_code.with(Option::is_none) {
                    self.shown
                        .unit_code
                        .set(import.report.meta.unit_id.as_ref().map(|u| u.code.clone()));
                }
                self.work.imports.update(|v| v.push(import));
            }
        }
    }

    /// Adds a finance administration's table; one for the same period
    /// replaces it (a corrected table sent again).
    fn add_finance(&self, import: FinanceImport) {
        self.work.finance.update(|v| {
            v.retain(|f| f.table.period.is_none() || f.table.period != import.table.period);
            v.push(import);
        });
    }

    /// Removes the finance table at `index`.
    pub fn remove_finance(&self, index: usize) {
        self.work.finance.update(|v| {
            if index < v.len() {
                v.remove(index);
            }
        });
    }

    /// Joins `half` to the loaded report at `index`, its other half.
    fn complete(&self, index: usize, half: Fr1Import) {
        self.work.imports.update(|v| {
            if index < v.len() {
                let first = v.remove(index);
                v.insert(index, first.with_other_half(half));
            }
        });
    }

    /// Answers a pending replacement: `replace` puts the new report in the
    /// loaded one's place (a half replaces only that half), otherwise the
    /// new one is dropped.
    pub fn resolve_pending(&self, index: usize, replace: bool) {
        let mut taken = None;
        self.work.pending.update(|p| {
            if index < p.len() {
                taken = Some(p.remove(index));
            }
        });
        if let (Some(new), true) = (taken, replace) {
            self.work
                .imports
                .update(|v| match place(v.iter().map(|i| &i.report), &new.report) {
                    Placement::Replaces(i) if i < v.len() => {
                        let old = v.remove(i);
                        v.insert(i, old.replaced_by(new));
                    }
                    _ => v.push(new),
                });
        }
    }

    /// Removes the loaded file at `index`.
    pub fn remove(&self, index: usize) {
        self.work.imports.update(|v| {
            if index < v.len() {
                v.remove(index);
            }
        });
    }

    /// Forgets everything loaded.
    pub fn clear(&self) {
        self.work.imports.set(Vec::new());
        self.work.finance.set(Vec::new());
        self.work.pending.set(Vec::new());
        self.work.failures.set(Vec::new());
        self.shown.unit_code.set(None);
        self.shown.period.set(None);
        self.work.grouping.set(None);
        self.work.measures.set(Vec::new());
        self.work.profiles.set(BTreeMap::new());
        self.work.frames.set(None);
    }

    /// The measure plan of förvaltning `code` (empty when none).
    pub fn plan(&self, code: &str) -> MeasurePlan {
        self.work.measures.with(|m| {
            m.iter()
                .find(|p| p.unit_code == code)
                .cloned()
                .unwrap_or_else(|| MeasurePlan::new(code))
        })
    }

    /// Changes the measure plan of förvaltning `code`.
    pub fn update_plan(&self, code: &str, change: impl FnOnce(&mut MeasurePlan)) {
        let mut plan = untrack(|| self.plan(code));
        change(&mut plan);
        self.work.measures.update(|m| {
            m.retain(|p| p.unit_code != code);
            m.push(plan);
        });
    }

    /// Sets metadata the file lacked (answered by the user), checked
    /// again; a half that now names the förvaltning and period of its
    /// loaded other half joins it ([`fill_in_meta`]).
    pub fn set_meta(&self, index: usize, meta: Fr1Meta) {
        self.work.imports.update(|v| fill_in_meta(v, index, meta));
    }

    /// The open view as a route.
    pub fn route(&self) -> Route {
        let tab = self.shown.tab.get();
        Route {
            tab,
            unit: (tab == Tab::Unit)
                .then(|| self.shown.unit_code.get())
                .flatten(),
            period: self.shown.period.get(),
        }
    }

    /// Opens the view a route names.
    pub fn open(&self, route: Route) {
        if route.unit.is_some() {
            self.shown.unit_code.set(route.unit);
        }
        self.shown.tab.set(route.tab);
        self.shown.period.set(route.period);
    }

    /// Everything needed to reproduce the current view (reactive).
    pub fn snapshot(&self) -> SharedState {
        SharedState {
            reports: self.work.reports.get(),
            ..self.rest()
        }
    }

    /// [`Store::snapshot`] without the reports (reactive, but tracks
    /// neither them nor clones them): what autosave writes apart from them.
    pub fn rest(&self) -> SharedState {
        SharedState {
            reports: Vec::new(),
            view: ViewState {
                lang: self.lang.get(),
                route: self.route(),
                unit: self.shown.unit.get(),
                part: self.shown.part.get(),
                read_only: self.shown.read_only.get(),
            },
            grouping: self.work.grouping.get(),
            measures: self.work.measures.get(),
            profiles: self.work.profiles.get(),
            frames: self.work.frames.get(),
            finance: self.work.finance_tables.get(),
        }
    }

    /// Subscribes to every part of the work (for autosave); the reports
    /// are tracked, not cloned.
    pub fn track_work(&self) {
        let _ = self.rest();
        self.work.reports.track();
    }

    /// [`Store::rest`] without subscribing.
    pub fn rest_untracked(&self) -> SharedState {
        untrack(|| self.rest())
    }

    /// [`Store::snapshot`] without subscribing.
    pub fn snapshot_untracked(&self) -> SharedState {
        untrack(|| self.snapshot())
    }

    /// Replaces what is loaded with a saved or shared state, and opens its
    /// view.
    pub fn apply(&self, state: SharedState) {
        let imports = state
            .reports
            .into_iter()
            .map(|report| Fr1Import {
                findings: validate(&report, None),
                missing: missing(&report.meta),
                hint: Fr1Meta::default(),
                cells: CellMap::default(),
                report,
            })
            .collect();
        self.work.imports.set(imports);
        self.work.finance.set(
            state
                .finance
                .into_iter()
                .map(|table| FinanceImport {
                    findings: finance_check(&table),
                    table,
                })
                .collect(),
        );
        self.work.grouping.set(state.grouping);
        self.work.measures.set(state.measures);
        self.work.profiles.set(state.profiles);
        self.work.frames.set(state.frames);
        self.lang.set(state.view.lang);
        self.shown.unit.set(state.view.unit);
        self.shown.part.set(state.view.part);
        self.open(state.view.route);
    }
}
