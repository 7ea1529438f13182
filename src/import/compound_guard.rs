//! A check of a Compound File (the container of .xls files) before calamine
//! reads it. calamine follows sector chains without looking for loops and
//! indexes its allocation tables with sector numbers from the file, so a
//! damaged or crafted .xls can make it allocate without end or panic (and a
//! panic aborts the browser app). This guard walks the same structures —
//! header, DIFAT, FAT, directory, mini FAT — exactly as calamine 0.38
//! reads them, and refuses a file whose chains loop, point where calamine
//! would index its tables out of bounds, or point at a sector that starts
//! past the end of the file (where calamine slices out of bounds). A sound
//! file passes unchanged.
//!
//! It also reads the workbook stream as calamine will (`Workbook`, else
//! `Book`), so [`super::biff_guard`] can check its records: calamine reads
//! the first sector of that stream even when the stream is empty, and reads
//! past the mini stream from the file itself, so both are refused here.

use super::broken::Broken;
use super::le_bytes::{u16_at, u32_at, u64_at};

const SIGNATURE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const HEADER_LEN: usize = 512;
/// Sector numbers from here on are markers, not sectors.
const RESERVED: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;
const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const DIR_ENTRY_LEN: usize = 128;
const MINI_SECTOR: usize = 64;
const MINI_PER_SECTOR: usize = 8;
/// Streams shorter than this live in the mini stream.
const MINI_CUTOFF: u64 = 4096;

/// The workbook stream as calamine will read it (`None` when calamine will
/// find none), when calamine can read `bytes` without looping or indexing
/// out of bounds; whether the stream is a workbook is calamine's business.
pub fn check(bytes: &[u8]) -> Result<Option<Vec<u8>>, Broken> {
    let header = bytes
        .get(..HEADER_LEN)
        .filter(|h| h.starts_with(SIGNATURE))
        .ok_or(Broken::CfbNoHeader)?;
    let sector_size = match u16_at(header, 30) {
        Some(9) => 512,
        Some(12) => 4096,
        _ => return Err(Broken::CfbSectorSize),
    };
    let file = Sectors {
        bytes,
        size: sector_size,
        max_id: bytes.len() / sector_size,
    };
    // Sectors calamine can read: those starting inside the file.
    let readable = file.max_id;

    let fat = table(&file, &fat_sectors(&file, header)?)?;
    let fat_limit = fat.len().min(readable);
    check_table(&fat, fat_limit)?;

    let dir_start = u32_at(header, 48).ok_or(Broken::CfbHeaderTruncated)?;
    check_start(dir_start, fat_limit, file.max_id)?;
    let directory = file.chain(dir_start, &fat, usize::MAX);
    let entries: Vec<Entry> = directory
        .chunks_exact(DIR_ENTRY_LEN)
        .map(|e| entry(e, sector_size))
        .collect::<Result<_, _>>()?;

    let mini_fat_len = u32_at(header, 64).ok_or(Broken::CfbHeaderTruncated)?;
    let (mini_fat, mini_stream) = if mini_fat_len > 0 {
        let root = entries.first().ok_or(Broken::CfbDirectoryEmpty)?;
        check_start(root.start, fat_limit, file.max_id)?;
        let root_len = usize::try_from(root.len).map_err(|_| Broken::CfbRootTooLong)?;
        let mini_stream = file.chain(root.start, &fat, root_len);
        let start = u32_at(header, 60).ok_or(Broken::CfbHeaderTruncated)?;
        check_start(start, fat_limit, file.max_id)?;
        let len = usize::try_from(mini_fat_len)
            .ok()
            .and_then(|n| n.checked_mul(sector_size))
            .ok_or(Broken::CfbMiniFatSize)?;
        (to_u32s(&file.chain(start, &fat, len)), mini_stream)
    } else {
        (Vec::new(), Vec::new())
    };
    // Mini sectors calamine can read: those starting inside the mini stream.
    let mini_limit = mini_fat.len().min(mini_stream.len() / MINI_SECTOR + 1);
    check_table(&mini_fat, mini_limit)?;

    // calamine allows eight mini sectors per sector, whatever the size.
    let mini_max_id = file.max_id.saturating_mul(MINI_PER_SECTOR);
    for e in &entries {
        if e.len == 0 {
            continue;
        }
        if e.len < MINI_CUTOFF {
            check_start(e.start, mini_limit, mini_max_id)?;
        } else {
            check_start(e.start, fat_limit, file.max_id)?;
        }
    }
    let mini = Mini {
        stream: &mini_stream,
        fat: &mini_fat,
        limit: mini_limit,
        max_id: mini_max_id,
    };
    for name in ["Workbook", "Book"] {
        let Some(e) = entries.iter().find(|e| e.name.eq_ignore_ascii_case(name)) else {
            continue;
        };
        if let Some(stream) = read_stream(&file, &fat, fat_limit, &mini, e)? {
            return Ok(Some(stream));
        }
    }
    Ok(None)
}

/// The mini stream and its allocation table.
struct Mini<'a> {
    stream: &'a [u8],
    fat: &'a [u32],
    limit: usize,
    max_id: usize,
}

/// One directory entry: its name as calamine decodes it, where its stream
/// starts and how long it is.
struct Entry {
    name: String,
    start: u32,
    len: u64,
}

/// The stream of `e` as calamine's `get_stream` reads it, `None` where
/// calamine gives up with an error (and goes on to the next name).
/// Refused: an empty stream whose start calamine would still read out of
/// bounds; a mini-stream chain that runs past the mini stream (calamine
/// then reads from the file, out of step with its own sectors); a chain
/// whose sector lies past the end of the file before its last (calamine
/// pads such a sector with zeros only sometimes, so what follows could
/// shift).
fn read_stream(
    file: &Sectors,
    fat: &[u32],
    fat_limit: usize,
    mini: &Mini,
    e: &Entry,
) -> Result<Option<Vec<u8>>, Broken> {
    let len = usize::try_from(e.len).map_err(|_| Broken::CfbStreamTooLong)?;
    let in_mini = e.len < MINI_CUTOFF;
    let (size, table, max_id) = if in_mini {
        check_start(e.start, mini.limit, mini.max_id)?;
        (MINI_SECTOR, mini.fat, mini.max_id)
    } else {
        check_start(e.start, fat_limit, file.max_id)?;
        (file.size, fat, file.max_id)
    };
    let mut out = Vec::new();
    let mut id = e.start;
    while id != ENDOFCHAIN {
        let Some(at) = usize::try_from(id).ok().filter(|&i| i <= max_id) else {
            return Ok(None);
        };
        let sector = if in_mini {
            let start = at.saturating_mul(MINI_SECTOR);
            mini.stream
                .get(start..start.saturating_add(MINI_SECTOR))
                .ok_or(Broken::CfbPastMiniStream)?
        } else {
            file.get(id)
        };
        let take = size.min(len - out.len());
        let real = take.min(sector.len());
        if real < take && out.len() + take < len {
            return Err(Broken::CfbSectorPastEnd);
        }
        out.extend_from_slice(sector.get(..real).unwrap_or_default());
        // Where the file ends, zeros (calamine pads its last sector once it
        // has read past it): the check sees every byte calamine could.
        out.resize(out.len() + (take - real), 0);
        if out.len() >= len {
            break;
        }
        id = table.get(at).copied().unwrap_or(ENDOFCHAIN);
    }
    Ok(Some(out))
}

/// The file's sectors as calamine numbers them: sector `n` follows the
/// header at byte `(n + 1) × size`.
struct Sectors<'a> {
    bytes: &'a [u8],
    size: usize,
    max_id: usize,
}

impl Sectors<'_> {
    /// Sector `id`, shorter (or empty) at the end of the file.
    fn get(&self, id: u32) -> &[u8] {
        let Ok(id) = usize::try_from(id) else {
            return &[];
        };
        let start = id.saturating_add(1).saturating_mul(self.size);
        let end = start.saturating_add(self.size).min(self.bytes.len());
        self.bytes.get(start..end).unwrap_or_default()
    }

    /// The bytes of the chain from `start`, at most `len` of them. Only
    /// called once the table has passed [`check_table`], so it ends.
    fn chain(&self, start: u32, table: &[u32], len: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut id = start;
        while id != ENDOFCHAIN && usize::try_from(id).is_ok_and(|i| i <= self.max_id) {
            let sector = self.get(id);
            let take = sector.len().min(len - out.len());
            out.extend_from_slice(sector.get(..take).unwrap_or_default());
            if out.len() >= len {
                break;
            }
            match usize::try_from(id).ok().and_then(|i| table.get(i)) {
                Some(&next) => id = next,
                None => break,
            }
        }
        out
    }
}

/// The FAT's own sectors, from the header's 109 DIFAT entries and the DIFAT
/// chain (whose last entry per sector is the next DIFAT sector).
fn fat_sectors(file: &Sectors, header: &[u8]) -> Result<Vec<u32>, Broken> {
    let mut difat = to_u32s(header.get(76..).unwrap_or_default());
    let mut id = u32_at(header, 68).ok_or(Broken::CfbHeaderTruncated)?;
    let mut steps = 0usize;
    while id < RESERVED {
        steps += 1;
        if steps > file.max_id.saturating_add(1) {
            return Err(Broken::CfbDifatTooLong);
        }
        if usize::try_from(id).map_or(true, |i| i >= file.max_id) {
            return Err(Broken::CfbDifatPastEnd);
        }
        difat.extend(to_u32s(file.get(id)));
        id = difat.pop().ok_or(Broken::CfbDifatEmpty)?;
    }
    let fat: Vec<u32> = difat.into_iter().filter(|&id| id < DIFSECT).collect();
    let mut seen = vec![false; file.max_id];
    for &id in &fat {
        match usize::try_from(id).ok().and_then(|i| seen.get_mut(i)) {
            Some(seen) if !*seen => *seen = true,
            Some(_) => return Err(Broken::CfbFatTwice),
            None => return Err(Broken::CfbFatPastEnd),
        }
    }
    Ok(fat)
}

/// The allocation table made of `sectors`.
fn table(file: &Sectors, sectors: &[u32]) -> Result<Vec<u32>, Broken> {
    Ok(sectors
        .iter()
        .flat_map(|&id| to_u32s(file.get(id)))
        .collect())
}

/// Every pointer in an allocation table is below `limit` (inside the table
/// and the data it allocates), and no chain loops.
fn check_table(table: &[u32], limit: usize) -> Result<(), Broken> {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnPath,
        Done,
    }
    let next = |i: usize| -> Result<Option<usize>, Broken> {
        let v = table.get(i).copied().unwrap_or(ENDOFCHAIN);
        if v >= RESERVED {
            return Ok(None);
        }
        usize::try_from(v)
            .ok()
            .filter(|&n| n < limit)
            .map(Some)
            .ok_or(Broken::CfbChainOutside)
    };
    let mut seen = vec![Seen::No; table.len()];
    for first in 0..table.len() {
        let mut path = Vec::new();
        let mut at = Some(first);
        while let Some(i) = at {
            match seen.get(i).copied() {
                Some(Seen::No) => {}
                Some(Seen::OnPath) => return Err(Broken::CfbChainLoops),
                _ => break,
            }
            if let Some(s) = seen.get_mut(i) {
                *s = Seen::OnPath;
            }
            path.push(i);
            at = next(i)?;
        }
        for i in path {
            if let Some(s) = seen.get_mut(i) {
                *s = Seen::Done;
            }
        }
    }
    Ok(())
}

/// A chain start calamine can follow: the end marker, a sector below
/// `limit`, or a number calamine refuses itself (above `max_id`). In
/// between, calamine would index or slice out of bounds.
fn check_start(start: u32, limit: usize, max_id: usize) -> Result<(), Broken> {
    match usize::try_from(start) {
        _ if start == ENDOFCHAIN => Ok(()),
        Ok(i) if i < limit || i > max_id => Ok(()),
        Err(_) => Ok(()),
        _ => Err(Broken::CfbStartOutside),
    }
}

/// A directory entry; lengths past 4 GiB are refused because calamine
/// cannot hold them on 32-bit targets (wasm).
fn entry(e: &[u8], sector_size: usize) -> Result<Entry, Broken> {
    let start = u32_at(e, 116).ok_or(Broken::CfbEntryTruncated)?;
    let len = if sector_size == 512 {
        u32_at(e, 120).map(u64::from)
    } else {
        u64_at(e, 120)
    }
    .ok_or(Broken::CfbEntryTruncated)?;
    if len > u64::from(u32::MAX) {
        return Err(Broken::CfbStreamOver4G);
    }
    let name = entry_name(e.get(..64).unwrap_or_default());
    Ok(Entry { name, start, len })
}

/// The name as calamine decodes it: UTF-16LE with encoding_rs's BOM
/// sniffing (a UTF-8 or UTF-16BE mark switches the encoding), cut at the
/// first NUL.
fn entry_name(bytes: &[u8]) -> String {
    let utf16 = |b: &[u8], be: bool| {
        let units = b.chunks_exact(2).map(|c| {
            let pair = [c[0], c[1]];
            if be {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        let mut s: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        if b.len() % 2 == 1 {
            s.push(char::REPLACEMENT_CHARACTER);
        }
        s
    };
    let mut name = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, false),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, true),
        _ => utf16(bytes, false),
    };
    if let Some(nul) = name.find('\0') {
        name.truncate(nul);
    }
    name
}

fn to_u32s(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_without_loops_pass() {
        // 0 → 1 → 2 → end, 3 free.
        assert_eq!(check_table(&[1, 2, ENDOFCHAIN, 0xFFFF_FFFF], 4), Ok(()));
    }

    #[test]
    fn a_looping_chain_is_refused() {
        assert_eq!(
            check_table(&[1, 2, 0, ENDOFCHAIN], 4),
            Err(Broken::CfbChainLoops)
        );
        assert_eq!(check_table(&[0], 1), Err(Broken::CfbChainLoops));
    }

    #[test]
    fn a_pointer_past_the_readable_sectors_is_refused() {
        assert!(check_table(&[1, 2, ENDOFCHAIN], 2).is_err());
    }

    #[test]
    fn a_pointer_outside_the_table_is_refused() {
        assert_eq!(check_table(&[1, 7], 2), Err(Broken::CfbChainOutside));
    }

    #[test]
    fn starts_between_the_table_and_the_file_end_are_refused() {
        assert_eq!(check_start(ENDOFCHAIN, 0, 10), Ok(()));
        assert_eq!(check_start(3, 4, 10), Ok(()));
        assert_eq!(check_start(11, 4, 10), Ok(()));
        assert!(check_start(5, 4, 10).is_err());
    }

    #[test]
    fn non_compound_bytes_are_refused() {
        assert!(check(b"").is_err());
        assert!(check(&[0u8; 600]).is_err());
    }
}
