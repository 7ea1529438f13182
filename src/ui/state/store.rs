//! The app's state as one context, in parts by concern: the work (what has
//! been loaded and the person's inputs), what is shown and how, and keeping
//! the work in the browser. Signals live here so components read and write
//! through one place; every change to the data goes through a method that
//! keeps what was loaded intact when an input is refused.

use budgetkoll::engine::consolidation::Grouping;
use budgetkoll::engine::measures::MeasurePlan;
use budgetkoll::explain::model::Explanation;
use budgetkoll::finance::import::FinanceImport;
use budgetkoll::finance::model::FinanceTable;
use budgetkoll::finance::treasury::TreasuryImport;
use budgetkoll::finding::Finding;
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::model::{Fr1Report, Period};
use budgetkoll::fr1::schema::Part;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::intake::Refusal;
pub use budgetkoll::keeping::dropped::SavedAnswer;
use budgetkoll::keeping::Keep;
use budgetkoll::ledger::import::LedgerImport;
use budgetkoll::ledger::model::Ledger;
use budgetkoll::money::AmountScale;
use budgetkoll::quarterly::Quarterly;
use budgetkoll::share::SharedState;
use budgetkoll::view::overview::periods;
use leptos::prelude::*;
use std::collections::BTreeMap;

pub use budgetkoll::view::route::Tab;

/// Which of the quarterly files a finding list or a question is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuarterlyFile {
    /// A goal export, by its file name.
    Goals(String),
    /// An HR extract, by its file name.
    Staff(String),
}

/// Shared app state, `Copy` so components capture it freely: the page's
/// language, and the state in three parts by concern.
#[derive(Clone, Copy)]
pub struct Store {
    /// The page's language; changed through [`Store::choose_lang`], which
    /// fetches the English texts first ([`super::language`]).
    pub lang: RwSignal<Lang>,
    /// English was chosen and its texts could not be fetched.
    pub english_unavailable: RwSignal<bool>,
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
    /// The reports converted to each amount scale (`AmountScale::ALL`'s
    /// order), each on first use and again only when the reports change:
    /// switching tkr↔mnkr converts nothing (issue 27).
    pub in_scale: [Memo<Vec<Fr1Report>>; 3],
    /// The latest period loaded (derived from `reports`): the period shown
    /// until the person picks one.
    pub latest_period: Memo<Option<Period>>,
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
    /// Every förvaltning loaded in one nämnd (derived from `reports`): the
    /// grouping in force when the user named none, made once per change of
    /// the reports instead of in every view on every setting change.
    pub all_in_one: Memo<Grouping>,
    /// Measures (åtgärder) per förvaltning.
    pub measures: RwSignal<Vec<MeasurePlan>>,
    /// Seasonal profiles as typed, per förvaltning code.
    pub profiles: RwSignal<BTreeMap<String, String>>,
    /// The budget-frames work, when started.
    pub frames: RwSignal<Option<FramesSession>>,
    /// Goal exports and HR extracts (the quarterly report beside the money).
    pub quarterly: RwSignal<Quarterly>,
    /// What reading each goal export and HR extract found (not carried by
    /// a link: a link's reader sees the figures, not the import notes).
    pub quarterly_findings: RwSignal<Vec<(QuarterlyFile, Vec<Finding>)>>,
    /// The officer's explanations, per förvaltning, period and section.
    pub explanations: RwSignal<Vec<Explanation>>,
    /// The explanations tables read, with what was found in them (the
    /// explanations themselves are in `explanations`).
    pub explanation_files: RwSignal<Vec<TakenFile>>,
    /// Ledger pivots (the accounts behind the kontoslag), with their
    /// findings and their check against the loaded FR1. Kept for the
    /// session only: the share format does not carry them.
    pub ledgers: RwSignal<Vec<LedgerImport>>,
    /// The pivots alone (derived from `ledgers`).
    pub ledger_list: Memo<Vec<Ledger>>,
    /// Treasury tables of a year-end report; for the session only, as the
    /// ledgers.
    pub treasury: RwSignal<Vec<TreasuryImport>>,
}

/// A table whose rows went into the work elsewhere (an explanations
/// table): its name, how many rows were taken, and what was found.
#[derive(Debug, Clone, PartialEq)]
pub struct TakenFile {
    pub source: String,
    pub rows: usize,
    pub findings: Vec<Finding>,
}

/// The amount units the settings bar offers (kr only in a form's `Belopp`).
pub const OFFERED_UNITS: [AmountScale; 2] = [AmountScale::Tkr, AmountScale::Mnkr];

/// What is looked at, and how.
#[derive(Clone, Copy)]
pub struct Shown {
    pub tab: RwSignal<Tab>,
    /// The förvaltning open in the unit view (its code).
    pub unit_code: RwSignal<Option<String>>,
    /// The period looked at; `None` = the latest loaded.
    pub period: RwSignal<Option<Period>>,
    /// Amount unit shown (figures are converted exactly).
    pub unit: RwSignal<AmountScale>,
    /// Externt, Internt or Totalt.
    pub part: RwSignal<Part>,
    /// Presentation mode: a shared link is shown, nothing is saved.
    pub read_only: RwSignal<bool>,
}

/// The settings a region-wide view model is computed for, besides the
/// work: the period picked, the part, the amount scale and the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub period: Option<Period>,
    pub part: Part,
    pub unit: AmountScale,
    pub lang: Lang,
}

/// Keeping the work in the browser (see `persist.rs`) and the questions
/// that protect it.
#[derive(Clone, Copy)]
pub struct Keeping {
    /// Why autosave failed, shown until it works again.
    pub storage_warning: RwSignal<Option<String>>,
    /// How many openings of a link or saved work are under way: the
    /// keeping part being fetched, a state waiting for its language's
    /// texts. The page says "Läser in…" instead of its empty state
    /// meanwhile. Counted through [`Keeping::begin_opening`] and
    /// [`Keeping::end_opening`].
    pub opening: RwSignal<usize>,
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

impl Keeping {
    /// One more opening under way.
    pub fn begin_opening(&self) {
        self.opening.update(|n| *n += 1);
    }

    /// One opening done (each [`Keeping::begin_opening`] ends once).
    pub fn end_opening(&self) {
        self.opening.update(|n| *n -= 1);
    }

    /// Whether an opening is under way (tracked).
    pub fn is_opening(&self) -> bool {
        self.opening.get() > 0
    }
}

impl Store {
    pub fn new() -> Self {
        let imports = RwSignal::new(Vec::<Fr1Import>::new());
        let finance = RwSignal::new(Vec::<FinanceImport>::new());
        let ledgers = RwSignal::new(Vec::<LedgerImport>::new());
        let reports = Memo::new(move |_| {
            imports.with(|v: &Vec<Fr1Import>| v.iter().map(|i| i.report.clone()).collect())
        });
        let in_scale = AmountScale::ALL.map(|scale| {
            Memo::new(move |_| {
                reports.with(|r: &Vec<Fr1Report>| r.iter().map(|r| r.in_unit(scale)).collect())
            })
        });
        Store {
            lang: RwSignal::new(Lang::default()),
            english_unavailable: RwSignal::new(false),
            work: Work {
                imports,
                reports,
                in_scale,
                latest_period: Memo::new(move |_| reports.with(|r| periods(r).first().copied())),
                finance,
                finance_tables: Memo::new(move |_| {
                    finance.with(|v| v.iter().map(|f| f.table.clone()).collect())
                }),
                failures: RwSignal::new(Vec::new()),
                pending: RwSignal::new(Vec::new()),
                reading: RwSignal::new(0),
                grouping: RwSignal::new(None),
                all_in_one: Memo::new(move |_| reports.with(|r| Grouping::all_in_one(r))),
                measures: RwSignal::new(Vec::new()),
                profiles: RwSignal::new(BTreeMap::new()),
                frames: RwSignal::new(None),
                quarterly: RwSignal::new(Quarterly::default()),
                quarterly_findings: RwSignal::new(Vec::new()),
                explanations: RwSignal::new(Vec::new()),
                explanation_files: RwSignal::new(Vec::new()),
                ledgers,
                ledger_list: Memo::new(move |_| {
                    ledgers.with(|v| v.iter().map(|l| l.ledger.clone()).collect())
                }),
                treasury: RwSignal::new(Vec::new()),
            },
            shown: Shown {
                tab: RwSignal::new(Tab::Overview),
                unit_code: RwSignal::new(None),
                period: RwSignal::new(None),
                unit: RwSignal::new(AmountScale::Tkr),
                part: RwSignal::new(Part::Totalt),
                read_only: RwSignal::new(false),
            },
            keeping: Keeping {
                storage_warning: RwSignal::new(None),
                opening: RwSignal::new(0),
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

    /// The settings shown now (tracked).
    pub fn setting(&self) -> Setting {
        Setting {
            period: self.shown.period.get(),
            part: self.shown.part.get(),
            unit: self.shown.unit.get(),
            lang: self.lang.get(),
        }
    }

    /// Tracks the work the region-wide view models are computed from: the
    /// reports (and what derives from them: each scale, the latest period,
    /// the grouping of all in one), the finance tables and the grouping.
    pub fn overview_work(&self) {
        self.work.reports.track();
        self.work.finance_tables.track();
        self.work.grouping.track();
    }

    /// The grouping in force: the user's, or every förvaltning in one nämnd.
    pub fn grouping_in_force(&self) -> Grouping {
        self.work
            .grouping
            .get()
            .unwrap_or_else(|| self.work.all_in_one.get())
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
}

/// Reads the reports in the amount scale shown (reactive).
pub fn with_shown_reports<T>(store: Store, f: impl FnOnce(&Vec<Fr1Report>) -> T) -> T {
    let scale = store.shown.unit.get();
    let index = AmountScale::ALL
        .iter()
        .position(|&s| s == scale)
        .unwrap_or_default();
    store.work.in_scale[index].with(f)
}

/// The period shown: the chosen one, or the latest loaded (reactive).
pub fn shown_period(store: Store) -> Option<Period> {
    store
        .shown
        .period
        .get()
        .or_else(|| store.work.latest_period.get())
}
