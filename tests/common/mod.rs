//! What several integration tests share. Each test file is its own crate
//! and uses only part of this (`mod common;`), hence the `dead_code` allow.

/// Deterministic pseudo-random numbers (xorshift64), so property tests,
/// sizes and fuzz cases are the same on every run.
pub struct XorShift(pub u64);

#[allow(dead_code)]
impl XorShift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    pub fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len())]
    }
}
