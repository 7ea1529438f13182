//! The report's words: the officer's explanations of a deviation, with
//! amounts, per förvaltning (or the finance administration), period and
//! section (Utfall so far, Prognos for the year).
//!
//! A quarterly report is mostly explanation, and a reader wants each
//! driver beside the figure it explains and what is left unexplained.
//! [`model`] holds an explanation as the officer wrote it (the amount a
//! deviation from budget in tkr, positive favourable, the text as
//! written); [`import`] reads the small table officers keep beside the FR1
//! (`Förvaltning;Period;Avsnitt;Område;Belopp mnkr;Förklaring`);
//! [`check`] sets the explained amounts against the deviation the reader
//! sees, so the remainder is never hidden and a doubtful amount is a note
//! for the officer.

pub mod check;
pub mod import;
pub mod model;
