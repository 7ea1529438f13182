//! What comes into the store: an intake's result (a report, its other
//! half, a finance table, frames, a saved state, explanations, a ledger
//! pivot, treasury tables), the questions it raises
//! (replace a loaded report? open a saved file over the work?) and their
//! answers, the missing details a person types, and removing what was
//! loaded. A file that cannot be used is listed with its reason and
//! changes nothing else.

use super::store::{SavedAnswer, Store, TakenFile};
use crate::ui::browser::confirm::confirm;
use budgetkoll::explain::import::ExplanationImport;
use budgetkoll::explain::model::merge;
use budgetkoll::finance::import::FinanceImport;
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::model::Fr1Meta;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Msg;
use budgetkoll::intake::{fill_in_meta, place, Intake, Placement, Refusal};
use budgetkoll::keeping::dropped::{on_drop, OnDrop};
use budgetkoll::ledger::import::LedgerImport;
use budgetkoll::ledger::map::reconcile;
use budgetkoll::ledger::model::Ledger;
use budgetkoll::share::SharedState;
use budgetkoll::view::route::Tab;
use leptos::prelude::*;
use std::collections::BTreeMap;

impl Store {
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

    /// Takes in what the file `name` gave (called in the importers' part,
    /// `reading::take`, and by the Budgetramar page's own picker).
    pub fn take(&self, name: String, intake: Intake) {
        match intake {
            Intake::Fr1(import) => self.add(*import),
            Intake::Finance(table) => self.add_finance(*table),
            Intake::Frames(session) => self.open_frames(*session),
            Intake::Saved(state) => self.open_saved(name, *state),
            Intake::Goals(import) => self.take_goals(*import),
            Intake::Staff(import) => self.take_staff(*import),
            Intake::Explanations(import) => self.add_explanations(*import),
            Intake::Ledger(import) => self.add_ledger(*import),
            Intake::Treasury(import) => self.work.treasury.update(|v| {
                v.retain(|t| t.treasury.source != import.treasury.source);
                v.push(*import);
            }),
        }
    }

    /// A frame table dropped anywhere opens on the Budgetramar page; frames
    /// already there are replaced only when the user agrees.
    fn open_frames(&self, session: FramesSession) {
        let replace = self.work.frames.with_untracked(Option::is_none)
            || confirm(Msg::FrReplaceFramesQuestion.text(self.lang.get_untracked()));
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

    /// Adds an explanations table's rows (one of the same place replaces
    /// it) and lists the table with what was found in it; the same table
    /// dropped again replaces its listing.
    fn add_explanations(&self, import: ExplanationImport) {
        let source = import.source.clone();
        let (new, findings) = import.accept(&self.work.reports.get_untracked());
        let rows = new.len();
        self.work.explanations.update(|all| merge(all, new));
        self.work.explanation_files.update(|v| {
            v.retain(|f| f.source != source);
            v.push(TakenFile {
                source,
                rows,
                findings,
            });
        });
    }

    /// Adds a ledger pivot, its kontoslag checked against the loaded FR1
    /// of its förvaltning and period; one of the same förvaltning and
    /// period replaces it.
    fn add_ledger(&self, mut import: LedgerImport) {
        let checked = self
            .work
            .reports
            .with_untracked(|r| reconcile(&import.ledger, r));
        import.findings.extend(checked);
        let key = |l: &Ledger| (l.unit_id.as_ref().map(|u| u.code.clone()), l.period);
        self.work.ledgers.update(|v| {
            v.retain(|l| key(&l.ledger) != key(&import.ledger));
            v.push(import);
        });
    }

    /// Removes the ledger pivot at `index`.
    pub fn remove_ledger(&self, index: usize) {
        remove_at(self.work.ledgers, index);
    }

    /// Removes the treasury tables at `index`.
    pub fn remove_treasury(&self, index: usize) {
        remove_at(self.work.treasury, index);
    }

    /// Stops listing the explanations table at `index` (its explanations
    /// stay; they are edited on the förvaltning's page).
    pub fn dismiss_explanation_file(&self, index: usize) {
        remove_at(self.work.explanation_files, index);
    }

    /// Removes the finance table at `index`.
    pub fn remove_finance(&self, index: usize) {
        remove_at(self.work.finance, index);
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
        remove_at(self.work.imports, index);
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
        self.work.quarterly.set(Default::default());
        self.work.quarterly_findings.set(Vec::new());
        self.work.explanations.set(Vec::new());
        self.work.explanation_files.set(Vec::new());
        self.work.ledgers.set(Vec::new());
        self.work.treasury.set(Vec::new());
    }

    /// Sets metadata the file lacked (answered by the user), checked
    /// again; a half that now names the förvaltning and period of its
    /// loaded other half joins it ([`fill_in_meta`]).
    pub fn set_meta(&self, index: usize, meta: Fr1Meta) {
        self.work.imports.update(|v| fill_in_meta(v, index, meta));
    }
}

/// Removes the item at `index` of `list`, when there is one (an index from
/// a list the page showed a moment ago).
fn remove_at<T: Send + Sync + 'static>(list: RwSignal<Vec<T>>, index: usize) {
    list.update(|v| {
        if index < v.len() {
            v.remove(index);
        }
    });
}
