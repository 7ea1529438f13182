//! The store as a state and back: the open view as a route, the snapshot
//! a share link, a saved file and autosave carry, and applying a saved or
//! shared state (its reports validated again, since a state carries only
//! the figures).

use super::store::Store;
use budgetkoll::finance::import::{check as finance_check, FinanceImport};
use budgetkoll::fr1::cells::CellMap;
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::meta::missing;
use budgetkoll::fr1::model::Fr1Meta;
use budgetkoll::fr1::validate::validate;
use budgetkoll::share::{SharedState, ViewState};
use budgetkoll::view::route::{Route, Tab};
use leptos::prelude::*;

impl Store {
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
            quarterly: self.work.quarterly.get(),
            explanations: self.work.explanations.get(),
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
        self.apply_then(state, Box::new(|| {}));
    }

    /// [`Store::apply`], then `then` (a presentation's read-only switch),
    /// both once the page is in the state's language: a link shared from
    /// the English page shows nothing in Swedish first while the English
    /// texts are fetched ("Läser in…" stays until then).
    pub fn apply_then(&self, state: SharedState, then: Box<dyn FnOnce()>) {
        let store = *self;
        store.keeping.begin_opening();
        self.in_lang(
            state.view.lang,
            Box::new(move || {
                store.replace_with(state);
                then();
                store.keeping.end_opening();
            }),
        );
    }

    /// What [`Store::apply`] does once the language is there.
    fn replace_with(&self, state: SharedState) {
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
        self.work.quarterly.set(state.quarterly);
        self.work.explanations.set(state.explanations);
        self.shown.unit.set(state.view.unit);
        self.shown.part.set(state.view.part);
        self.open(state.view.route);
    }
}
