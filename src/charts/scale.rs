//! Value → pixel mapping with a zero line and round tick values.
//!
//! IBCS asks that charts of the same unit shown side by side use the same
//! scale, so a 2 000 tkr bar is equally long in every one. A [`Scale`]'s
//! domain is therefore exact decimals built from one or many charts'
//! [`Extent`]s ([`Scale::shared`]); only the final mapping to pixels uses
//! `f64` — the one place in the crate where an amount becomes a float.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The smallest and largest value a chart draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extent {
    pub min: Decimal,
    pub max: Decimal,
}

impl Extent {
    /// The range of `values` and zero: bars grow from zero, so it is always in.
    pub fn of<I: IntoIterator<Item = Decimal>>(values: I) -> Extent {
        values.into_iter().fold(Extent::default(), |e, v| Extent {
            min: e.min.min(v),
            max: e.max.max(v),
        })
    }

    /// The range of `values` alone (zero not forced in); `None` when empty.
    pub fn tight<I: IntoIterator<Item = Decimal>>(values: I) -> Option<Extent> {
        values.into_iter().fold(None, |e, v| {
            Some(match e {
                None => Extent { min: v, max: v },
                Some(e) => Extent {
                    min: e.min.min(v),
                    max: e.max.max(v),
                },
            })
        })
    }

    /// The range covering both.
    pub fn union(self, other: Extent) -> Extent {
        Extent {
            min: self.min.min(other.min),
            max: self.max.max(other.max),
        }
    }

    pub fn span(self) -> Decimal {
        self.max - self.min
    }
}

/// How many tick intervals a scale aims for.
const TARGET_TICKS: u32 = 5;

/// A linear scale: a decimal domain mapped onto a pixel range. Build the
/// domain with [`Scale::new`] or [`Scale::shared`] (optionally rounded out to
/// ticks with [`Scale::niced`]), then place it with [`Scale::with_range`].
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    lo: Decimal,
    hi: Decimal,
    step: Decimal,
    start_px: f64,
    end_px: f64,
    shared: bool,
}

impl Scale {
    /// The domain exactly `extent` (bars fill the plot), on the unit range
    /// 0..1; see [`Scale::niced`] for an axis with ticks at its ends.
    pub fn new(extent: Extent) -> Scale {
        let step = nice_step(extent.span());
        let (lo, hi) = if extent.span().is_zero() {
            (extent.min, extent.min + step)
        } else {
            (extent.min, extent.max)
        };
        Scale {
            lo,
            hi,
            step,
            start_px: 0.0,
            end_px: 1.0,
            shared: false,
        }
    }

    /// The domain widened to whole tick steps, for a chart with a value axis.
    pub fn niced(&self) -> Scale {
        let lo = floor_to(self.lo, self.step);
        let hi = ceil_to(self.hi, self.step);
        Scale {
            lo,
            hi,
            ..self.clone()
        }
    }

    /// One scale for several charts of the same unit shown side by side.
    pub fn shared(extents: &[Extent]) -> Scale {
        let all = extents
            .iter()
            .fold(Extent::default(), |acc, e| acc.union(*e));
        Scale {
            shared: true,
            ..Scale::new(all)
        }
    }

    /// Whether this scale was built for several charts (the heading says so).
    pub fn is_shared(&self) -> bool {
        self.shared
    }

    /// This scale widened, if needed, so it covers `extent`: a chart never
    /// draws outside its plot even when handed a too small shared scale.
    pub fn covering(&self, extent: Extent) -> Scale {
        if extent.min >= self.lo && extent.max <= self.hi {
            return self.clone();
        }
        let widened = Extent {
            min: self.lo,
            max: self.hi,
        }
        .union(extent);
        Scale {
            shared: self.shared,
            start_px: self.start_px,
            end_px: self.end_px,
            ..Scale::new(widened)
        }
    }

    /// The same domain mapped onto `start_px..end_px` (which may run
    /// backwards, as a vertical axis does).
    pub fn with_range(&self, start_px: f64, end_px: f64) -> Scale {
        Scale {
            start_px,
            end_px,
            ..self.clone()
        }
    }

    /// The domain's ends.
    pub fn domain(&self) -> (Decimal, Decimal) {
        (self.lo, self.hi)
    }

    /// The distance between ticks.
    pub fn step(&self) -> Decimal {
        self.step
    }

    /// Where `value` lies on the pixel range.
    pub fn px(&self, value: Decimal) -> f64 {
        let span = (self.hi - self.lo).to_f64().unwrap_or(1.0);
        let offset = (value - self.lo).to_f64().unwrap_or(0.0);
        let t = if span > 0.0 { offset / span } else { 0.0 };
        self.start_px + t * (self.end_px - self.start_px)
    }

    /// Where zero lies (the baseline bars grow from).
    pub fn zero_px(&self) -> f64 {
        self.px(Decimal::ZERO)
    }

    /// The multiples of [`Scale::step`] within the domain, low to high.
    pub fn ticks(&self) -> Vec<Decimal> {
        let mut ticks = Vec::new();
        let mut t = ceil_to(self.lo, self.step);
        while t <= self.hi {
            ticks.push(t);
            t += self.step;
        }
        ticks
    }
}

/// 1, 2 or 5 times a power of ten, so `span` takes about [`TARGET_TICKS`].
fn nice_step(span: Decimal) -> Decimal {
    let min_step = Decimal::new(1, 2);
    let raw = span / Decimal::from(TARGET_TICKS);
    if raw <= min_step {
        return min_step;
    }
    let ten = Decimal::TEN;
    let mut magnitude = min_step;
    while let Some(next) = magnitude.checked_mul(ten) {
        if next > raw {
            break;
        }
        magnitude = next;
    }
    let fraction = raw / magnitude;
    let factor = if fraction <= Decimal::ONE {
        Decimal::ONE
    } else if fraction <= Decimal::TWO {
        Decimal::TWO
    } else if fraction <= Decimal::from(5) {
        Decimal::from(5)
    } else {
        ten
    };
    magnitude.checked_mul(factor).unwrap_or(magnitude)
}

fn floor_to(value: Decimal, step: Decimal) -> Decimal {
    (value / step).floor() * step
}

fn ceil_to(value: Decimal, step: Decimal) -> Decimal {
    (value / step).ceil() * step
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn nice_steps_are_1_2_5() {
        assert_eq!(nice_step(dec!(100)), dec!(20));
        assert_eq!(nice_step(dec!(58596)), dec!(20000));
        assert_eq!(nice_step(dec!(7)), dec!(2));
        assert_eq!(nice_step(dec!(3)), dec!(1));
        assert_eq!(nice_step(dec!(0)), dec!(0.01));
        assert_eq!(nice_step(dec!(0.4)), dec!(0.1));
    }

    #[test]
    fn extent_always_holds_zero() {
        let e = Extent::of([dec!(5), dec!(12)]);
        assert_eq!((e.min, e.max), (dec!(0), dec!(12)));
        assert_eq!(
            Extent::tight([dec!(5), dec!(12)]).map(|e| e.min),
            Some(dec!(5))
        );
        assert_eq!(Extent::tight([]), None);
    }

    #[test]
    fn all_zero_still_has_a_domain() {
        let s = Scale::new(Extent::default());
        assert_eq!(s.domain(), (dec!(0), dec!(0.01)));
        assert_eq!(s.niced().domain(), (dec!(0), dec!(0.01)));
        assert!(s.px(dec!(0)).is_finite());
    }

    #[test]
    fn huge_amounts_do_not_overflow() {
        let s = Scale::new(Extent::of([dec!(1e20), dec!(-1e20)])).niced();
        assert!(s.step() > dec!(0));
        assert!(s.ticks().len() <= 12);
    }
}
