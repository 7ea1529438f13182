//! Every limit on input in one place, so a 200 MB file or a zip bomb is
//! refused the same way whichever reader sees it first.

/// Largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Largest total uncompressed size of a spreadsheet's zip entries.
pub const MAX_UNCOMPRESSED_BYTES: u64 = 100 * 1024 * 1024;

/// Largest compression ratio of any zip entry (a zip bomb compresses far more).
pub const MAX_COMPRESSION_RATIO: u64 = 200;

/// Rows and columns read from one sheet; an FR1 needs about 30 × 20.
pub const MAX_ROWS: usize = 2_000;
pub const MAX_COLS: usize = 200;

/// Largest magnitude of an amount; keeps every sum far inside `Decimal`'s
/// range so arithmetic can never overflow.
pub const MAX_ABS_AMOUNT: i64 = 1_000_000_000_000_000;

/// Largest magnitude of a figure the app derives from bounded amounts and
/// keeps (a Summa's derivation from its lines, quoted in a frame table's
/// finding): every amount a sheet can hold at [`MAX_ABS_AMOUNT`]. The
/// difference of two such figures is still far inside `Decimal`'s range.
pub const MAX_ABS_SUM: i128 = MAX_ABS_AMOUNT as i128 * (MAX_ROWS * MAX_COLS) as i128;

/// Largest unpacked payload of a share link or `.budgetkoll` file; a link of
/// a few hundred characters must not be able to inflate into gigabytes. Twenty
/// FR1s unpack to about 30 KB, so this leaves room for far larger shares.
pub const MAX_SHARE_BYTES: usize = 8 * 1024 * 1024;

/// Years a period, a frame base or a rule may name. The importer reads
/// 1900–2200 from a form; plans reach a few years beyond their base.
pub const YEARS: core::ops::RangeInclusive<i32> = 1900..=2300;

// What a saved or shared state may hold. A region has tens of förvaltningar
// reporting monthly; these caps leave room for years of that and refuse a
// link that would freeze the page ([`crate::share::validate`]).

/// Reports in one state (50 förvaltningar × 12 months, and more).
pub const MAX_REPORTS: usize = 1_000;

/// Measures (åtgärder) in one state, over all förvaltningar.
pub const MAX_MEASURES: usize = 5_000;

/// Förvaltningar named anywhere: measure plans, seasonal profiles, the
/// units of the nämnder, the förvaltningar of the frame base.
pub const MAX_UNITS: usize = 1_000;

/// Nämnder in the grouping or the frame base.
pub const MAX_NAMNDER: usize = 200;

/// Scenarios of the budget frames.
pub const MAX_SCENARIOS: usize = 50;

/// Findings kept from reading a frame table (a few per line, or one per
/// cell of a badly damaged sheet); as many as any one list may hold.
pub const MAX_FINDINGS: usize = MAX_LIST_LEN;

/// The finance administration's result tables in one state: one per
/// period, twenty years of monthly follow-up.
pub const MAX_FINANCE_TABLES: usize = 240;

/// Lines of one finance administration's table (real ones have about a
/// dozen); every row a sheet may have, so any table the importer reads fits.
pub const MAX_FINANCE_ROWS: usize = MAX_ROWS;

/// The officer's explanations in one state, over all förvaltningar and
/// periods: sixty a quarter for twenty years of reports, and more.
pub const MAX_EXPLANATIONS: usize = 5_000;

/// Entries of any one list of frame rules or balance inputs (indexations,
/// changes, revenue lines, the years of a line, …).
pub const MAX_RULES: usize = 2_000;

/// Goal exports in one state: one per förvaltning and follow-up, years of
/// them.
pub const MAX_GOAL_SETS: usize = 1_000;

/// Indicators of one goal export (a region has a few hundred); every row a
/// sheet may have, so any export the importer reads fits.
pub const MAX_INDICATORS: usize = MAX_ROWS;

/// HR extracts in one state: one per förvaltning and quarter, years of them.
pub const MAX_STAFF_REPORTS: usize = 1_000;

/// Tables of one HR extract (it prints eight); as many as a sheet's rows
/// could hold.
pub const MAX_STAFF_TABLES: usize = MAX_ROWS / 4;

/// Characters of any one text: a name, a file name, a measure's wording, a
/// typed profile. Excel's own limit on a cell, so any text a workbook can
/// carry fits.
pub const MAX_TEXT_CHARS: usize = 32_767;

/// Entries of any one list while a share payload is decoded, and entries
/// (list items and fields) of the whole payload: checked before anything is
/// allocated, so a few kilobytes that declare millions of measures are
/// refused at once ([`crate::share::bounded`]). Each is far above what the
/// caps above allow (an FR1 table is 240 cells; a full report about 1 000
/// entries, so [`MAX_REPORTS`] full reports fit).
pub const MAX_LIST_LEN: usize = 10_000;
pub const MAX_SHARE_ENTRIES: usize = 1_500_000;
