//! A look at a zip archive's central directory before any reader unpacks
//! it: xlsx and ods files are zip archives, and a few kilobytes can claim to
//! unpack to gigabytes. Reading the directory needs no decompression, so a
//! zip bomb is refused here, by the sizes it declares, against
//! [`limits::MAX_UNCOMPRESSED_BYTES`] and [`limits::MAX_COMPRESSION_RATIO`].
//! (The zip reader behind calamine stops an entry that unpacks past its
//! declared size, so the declared sizes are the ones that count.)
//!
//! The parser is deliberately small: the End Of Central Directory record
//! (and its zip64 form), then each central directory entry, every read
//! bounds-checked.

use super::broken::Broken;
use super::le_bytes::{u16_at, u32_at, u64_at};
use super::limits;

/// Entries smaller than this unpacked are not held to the ratio limit: a
/// small, very regular XML part can legitimately compress hundreds of times
/// and cannot hurt; the total limit still counts it.
const RATIO_CHECK_FLOOR: u64 = 1024 * 1024;

const EOCD_SIGNATURE: u32 = 0x0605_4b50;
const EOCD_LEN: usize = 22;
const ZIP64_LOCATOR_SIGNATURE: u32 = 0x0706_4b50;
const ZIP64_LOCATOR_LEN: usize = 20;
const ZIP64_EOCD_SIGNATURE: u32 = 0x0606_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const CENTRAL_LEN: usize = 46;
const ZIP64_EXTRA_ID: u16 = 0x0001;
const U16_MARK: u64 = 0xFFFF;
const U32_MARK: u64 = 0xFFFF_FFFF;

/// Why an archive is refused before unpacking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipProblem {
    /// The central directory cannot be found or read.
    Broken(Broken),
    /// The entries together unpack to `total` bytes, over the limit.
    TooLarge { total: u64 },
    /// `entry` unpacks `ratio` times its compressed size, over the limit.
    Ratio { entry: String, ratio: u64 },
}

/// One central directory entry, as far as the guard needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub compressed: u64,
    pub uncompressed: u64,
}

/// The archive's entries, once their declared sizes are within the limits.
pub fn check(bytes: &[u8]) -> Result<Vec<Entry>, ZipProblem> {
    let entries = central_directory(bytes)?;
    let mut total: u64 = 0;
    for entry in &entries {
        total = total.saturating_add(entry.uncompressed);
        if total > limits::MAX_UNCOMPRESSED_BYTES {
            return Err(ZipProblem::TooLarge { total });
        }
        if entry.uncompressed > RATIO_CHECK_FLOOR {
            let ratio = entry.uncompressed / entry.compressed.max(1);
            if ratio > limits::MAX_COMPRESSION_RATIO {
                return Err(ZipProblem::Ratio {
                    entry: entry.name.clone(),
                    ratio,
                });
            }
        }
    }
    Ok(entries)
}

/// Where the central directory lies and how many entries it declares.
struct Directory {
    offset: usize,
    size: usize,
    entries: u64,
}

fn central_directory(bytes: &[u8]) -> Result<Vec<Entry>, ZipProblem> {
    let eocd = find_eocd(bytes).ok_or(ZipProblem::Broken(Broken::ZipNoEnd))?;
    let dir = directory_location(bytes, eocd)?;
    let end = dir
        .offset
        .checked_add(dir.size)
        .filter(|&e| e <= bytes.len())
        .ok_or(ZipProblem::Broken(Broken::ZipDirectoryOutside))?;

    let mut entries = Vec::new();
    let mut pos = dir.offset;
    while pos < end {
        let (entry, next) = central_entry(bytes, pos, end)?;
        entries.push(entry);
        pos = next;
    }
    if u64::try_from(entries.len()).ok() != Some(dir.entries) {
        return Err(ZipProblem::Broken(Broken::ZipCountMismatch));
    }
    Ok(entries)
}

/// The position of the End Of Central Directory record: the last
/// signature in the final 64 KiB + 22 bytes whose comment ends the file.
fn find_eocd(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(EOCD_LEN)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last).rev().find(|&pos| {
        u32_at(bytes, pos) == Some(EOCD_SIGNATURE)
            && u16_at(bytes, pos + 20)
                .is_some_and(|comment| pos + EOCD_LEN + usize::from(comment) == bytes.len())
    })
}

fn directory_location(bytes: &[u8], eocd: usize) -> Result<Directory, ZipProblem> {
    let broken = ZipProblem::Broken(Broken::ZipEndTruncated);
    let entries = u64::from(u16_at(bytes, eocd + 10).ok_or(broken.clone())?);
    let size = u64::from(u32_at(bytes, eocd + 12).ok_or(broken.clone())?);
    let offset = u64::from(u32_at(bytes, eocd + 16).ok_or(broken)?);

    let (entries, size, offset, dir_end) =
        if entries == U16_MARK || size == U32_MARK || offset == U32_MARK {
            zip64_location(bytes, eocd)?
        } else {
            (entries, size, offset, eocd)
        };

    let size =
        usize::try_from(size).map_err(|_| ZipProblem::Broken(Broken::ZipDirectoryTooLarge))?;
    // Archives with data prepended (or offsets relative to a split set)
    // declare an offset that is off; the directory then ends where the
    // end record (or zip64 end record) starts.
    let declared = usize::try_from(offset).ok();
    let offset = match declared {
        Some(o) if u32_at(bytes, o) == Some(CENTRAL_SIGNATURE) || size == 0 => o,
        _ => dir_end
            .checked_sub(size)
            .ok_or(ZipProblem::Broken(Broken::ZipDirectoryOffset))?,
    };
    Ok(Directory {
        offset,
        size,
        entries,
    })
}

/// (entries, size, offset, start of the zip64 end record) from the zip64
/// end of central directory record that the locator before `eocd` points to.
fn zip64_location(bytes: &[u8], eocd: usize) -> Result<(u64, u64, u64, usize), ZipProblem> {
    let broken = ZipProblem::Broken(Broken::ZipNoZip64End);
    let locator = eocd.checked_sub(ZIP64_LOCATOR_LEN).ok_or(broken.clone())?;
    if u32_at(bytes, locator) != Some(ZIP64_LOCATOR_SIGNATURE) {
        return Err(broken);
    }
    let record = u64_at(bytes, locator + 8)
        .and_then(|o| usize::try_from(o).ok())
        .filter(|&o| u32_at(bytes, o) == Some(ZIP64_EOCD_SIGNATURE))
        .ok_or(broken.clone())?;
    let entries = u64_at(bytes, record + 32).ok_or(broken.clone())?;
    let size = u64_at(bytes, record + 40).ok_or(broken.clone())?;
    let offset = u64_at(bytes, record + 48).ok_or(broken)?;
    Ok((entries, size, offset, record))
}

/// The entry at `pos` and the position of the next one.
fn central_entry(bytes: &[u8], pos: usize, end: usize) -> Result<(Entry, usize), ZipProblem> {
    let broken = ZipProblem::Broken(Broken::ZipEntryTruncated);
    if pos.checked_add(CENTRAL_LEN).is_none_or(|e| e > end)
        || u32_at(bytes, pos) != Some(CENTRAL_SIGNATURE)
    {
        return Err(broken);
    }
    let field16 = |at: usize| u16_at(bytes, pos + at).map(usize::from);
    let field32 = |at: usize| u32_at(bytes, pos + at).map(u64::from);
    let (Some(compressed), Some(uncompressed)) = (field32(20), field32(24)) else {
        return Err(broken);
    };
    let (Some(name_len), Some(extra_len), Some(comment_len)) =
        (field16(28), field16(30), field16(32))
    else {
        return Err(broken);
    };
    let name_start = pos + CENTRAL_LEN;
    let extra_start = name_start + name_len;
    let next = extra_start + extra_len + comment_len;
    if next > end {
        return Err(broken);
    }
    let name = String::from_utf8_lossy(bytes.get(name_start..extra_start).unwrap_or_default())
        .into_owned();
    let extra = bytes
        .get(extra_start..extra_start + extra_len)
        .unwrap_or_default();
    let (uncompressed, compressed) = zip64_sizes(extra, uncompressed, compressed)
        .ok_or(ZipProblem::Broken(Broken::ZipNoZip64Sizes))?;
    Ok((
        Entry {
            name,
            compressed,
            uncompressed,
        },
        next,
    ))
}

/// The real sizes when the 32-bit fields hold the zip64 marker: they are
/// then, in this order, in the zip64 extended information extra field.
fn zip64_sizes(extra: &[u8], uncompressed: u64, compressed: u64) -> Option<(u64, u64)> {
    if uncompressed != U32_MARK && compressed != U32_MARK {
        return Some((uncompressed, compressed));
    }
    let mut pos = 0;
    while pos + 4 <= extra.len() {
        let id = u16_at(extra, pos)?;
        let len = usize::from(u16_at(extra, pos + 2)?);
        let data = extra.get(pos + 4..pos + 4 + len)?;
        if id == ZIP64_EXTRA_ID {
            let mut at = 0;
            let mut next = |declared: u64| {
                if declared == U32_MARK {
                    let v = u64_at(data, at);
                    at += 8;
                    v
                } else {
                    Some(declared)
                }
            };
            let uncompressed = next(uncompressed)?;
            let compressed = next(compressed)?;
            return Some((uncompressed, compressed));
        }
        pos += 4 + len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stored (uncompressed) zip built by hand: local headers, central
    /// directory and end record, with the sizes the test wants declared.
    fn zip_with(entries: &[(&str, u32, u32)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, compressed, uncompressed) in entries {
            let local = out.len() as u32;
            out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
            out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            out.extend_from_slice(&0u32.to_le_bytes()); // crc
            out.extend_from_slice(&compressed.to_le_bytes());
            out.extend_from_slice(&uncompressed.to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());

            central.extend_from_slice(&CENTRAL_SIGNATURE.to_le_bytes());
            central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
            central.extend_from_slice(&0u32.to_le_bytes()); // crc
            central.extend_from_slice(&compressed.to_le_bytes());
            central.extend_from_slice(&uncompressed.to_le_bytes());
            central.extend_from_slice(&(name.len() as u16).to_le_bytes());
            central.extend_from_slice(&[0; 12]); // extra, comment, disk, attrs
            central.extend_from_slice(&local.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let offset = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(&EOCD_SIGNATURE.to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    #[test]
    fn ordinary_entries_pass_with_their_names() {
        let zip = zip_with(&[
            ("xl/workbook.xml", 300, 1200),
            ("[Content_Types].xml", 90, 400),
        ]);
        let entries = check(&zip).unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["xl/workbook.xml", "[Content_Types].xml"]);
        assert_eq!(entries[0].uncompressed, 1200);
    }

    #[test]
    fn an_entry_compressed_more_than_the_limit_is_refused() {
        // 10 KiB → 4 MiB is a ratio of 409.
        let zip = zip_with(&[("xl/worksheets/sheet1.xml", 10 * 1024, 4 * 1024 * 1024)]);
        assert_eq!(
            check(&zip),
            Err(ZipProblem::Ratio {
                entry: "xl/worksheets/sheet1.xml".into(),
                ratio: 409
            })
        );
    }

    #[test]
    fn a_small_entry_may_compress_well() {
        let zip = zip_with(&[("xl/styles.xml", 10, 100_000)]);
        assert!(check(&zip).is_ok());
    }

    #[test]
    fn entries_unpacking_past_the_total_limit_are_refused() {
        // Three entries of 40 MiB each at ratio 40: 120 MiB > 100 MiB.
        let size = 40 * 1024 * 1024;
        let zip = zip_with(&[
            ("a", size / 40, size),
            ("b", size / 40, size),
            ("c", size / 40, size),
        ]);
        assert_eq!(
            check(&zip),
            Err(ZipProblem::TooLarge {
                total: 3 * u64::from(size)
            })
        );
    }

    #[test]
    fn truncated_and_garbage_archives_are_broken_not_panics() {
        let zip = zip_with(&[("xl/workbook.xml", 300, 1200)]);
        for len in 0..zip.len() {
            assert!(matches!(check(&zip[..len]), Err(ZipProblem::Broken(_))));
        }
        assert!(matches!(
            check(b"PK\x03\x04 nothing"),
            Err(ZipProblem::Broken(_))
        ));
    }

    #[test]
    fn zip64_sizes_are_read_from_the_extra_field() {
        let mut extra = Vec::new();
        extra.extend_from_slice(&ZIP64_EXTRA_ID.to_le_bytes());
        extra.extend_from_slice(&16u16.to_le_bytes());
        extra.extend_from_slice(&(5u64 << 32).to_le_bytes());
        extra.extend_from_slice(&1000u64.to_le_bytes());
        assert_eq!(
            zip64_sizes(&extra, U32_MARK, U32_MARK),
            Some((5u64 << 32, 1000))
        );
        assert_eq!(zip64_sizes(&extra[..10], U32_MARK, U32_MARK), None);
        assert_eq!(zip64_sizes(&[], 7, 3), Some((7, 3)));
    }
}
