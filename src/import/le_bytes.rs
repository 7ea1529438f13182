//! Little-endian integers read from untrusted bytes, for the guards that
//! look into a file's structure before a spreadsheet reader does (zip,
//! compound file, BIFF records): past the end is `None`, never a panic.

/// The `N` bytes at `at`, or `None` when they are not all there.
fn bytes_at<const N: usize>(bytes: &[u8], at: usize) -> Option<[u8; N]> {
    bytes.get(at..at.checked_add(N)?)?.try_into().ok()
}

pub fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    bytes_at(bytes, at).map(u16::from_le_bytes)
}

pub fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    bytes_at(bytes, at).map(u32::from_le_bytes)
}

pub fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    bytes_at(bytes, at).map(u64::from_le_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_little_endian_and_stops_at_the_end() {
        let b = [0x34, 0x12, 0x78, 0x56, 0xff, 0, 0, 0x80];
        assert_eq!(u16_at(&b, 0), Some(0x1234));
        assert_eq!(u32_at(&b, 0), Some(0x5678_1234));
        assert_eq!(u64_at(&b, 0), Some(0x8000_00ff_5678_1234));
        assert_eq!(u16_at(&b, 7), None);
        assert_eq!(u32_at(&b, 5), None);
        assert_eq!(u64_at(&b, 1), None);
        assert_eq!(u16_at(&b, usize::MAX), None);
    }
}
