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

/// Largest unpacked payload of a share link or `.budgetkoll` file; a link of
/// a few hundred characters must not be able to inflate into gigabytes. Twenty
/// FR1s unpack to about 30 KB, so this leaves room for far larger shares.
pub const MAX_SHARE_BYTES: usize = 8 * 1024 * 1024;
