//! View models: what the page shows, as formatted Swedish text and CSS
//! classes, built from engine results. They sit between the engine and the
//! Leptos components so that the figures a person reads — rounding, signs,
//! colours by the sign rule — are decided and tested on the host, and the
//! components only lay them out.

pub mod accounts;
pub mod charts;
pub mod development;
pub mod exceptions;
pub mod export;
pub mod finance_lines;
pub mod followup;
pub mod fr1_grid;
pub mod frames;
pub mod goals;
pub mod kept;
pub mod narrative;
pub mod net_frames;
pub mod overview;
pub mod qr;
pub mod reader;
pub mod region;
pub mod route;
pub mod staff;
pub mod unit_summary;
pub mod why;

use crate::engine::variance::Variance;
use crate::format;
use crate::money::{AmountScale, Money};
use rust_decimal::Decimal;

/// One figure as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fig {
    /// Formatted text (`11 340`, `+1 200`, `−3,5 %`, `–` when missing).
    pub text: String,
    /// CSS class: `pos`/`neg`/`zero` for variances by the sign rule, `""`
    /// for plain amounts, `missing` when there is no figure.
    pub class: &'static str,
    /// The exact value, for sorting and export (percent figures in percent
    /// points: −2.8 for `−2,8 %`).
    pub value: Option<Decimal>,
    /// For a variance the report states itself: the derivation that differs
    /// from it, shown as a note beside the stated figure.
    pub check: Option<FigCheck>,
}

/// The app's own derivation of a stated figure that differs from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigCheck {
    /// The derived figure, formatted like the stated one (`+4 427`).
    pub derived: String,
    /// True when the difference is rounding, false when it is a data error.
    pub rounding: bool,
}

/// Shown where there is no figure (missing, or a percent of zero).
/// The unit of the reader's view and the printed report: million kronor, one
/// decimal, the unit a board reads.
pub const READER_UNIT: AmountScale = AmountScale::Mnkr;

pub const DASH: &str = "–";

/// Decimals shown for a unit: whole tkr/kr, one decimal for mnkr.
pub fn decimals(unit: AmountScale) -> u32 {
    unit.display_decimals()
}

impl Fig {
    fn missing() -> Fig {
        Fig {
            text: DASH.to_string(),
            class: "missing",
            value: None,
            check: None,
        }
    }

    /// A plain amount.
    pub fn amount(m: Option<Money>, unit: AmountScale) -> Fig {
        match m {
            Some(m) => Fig {
                text: format::amount(m.0, decimals(unit)),
                class: "",
                value: Some(m.0),
                check: None,
            },
            None => Fig::missing(),
        }
    }

    /// A variance's absolute amount (the report's stated figure where it has
    /// one), signed and classed by the sign rule, with its derivation as a
    /// check when that differs.
    pub fn variance(v: Option<&Variance>, unit: AmountScale) -> Fig {
        let check = v.and_then(Variance::check).map(|c| FigCheck {
            derived: format::signed_amount(c.derived.0, decimals(unit)),
            rounding: c.rounding,
        });
        Fig {
            check,
            ..Fig::signed(v.map(|v| v.abs.0), unit)
        }
    }

    /// An amount that is a variance already (reference − actual): signed,
    /// green when positive, red when negative.
    pub fn signed(d: Option<Decimal>, unit: AmountScale) -> Fig {
        match d {
            Some(d) => Fig {
                text: format::signed_amount(d, decimals(unit)),
                class: sign_class(d),
                value: Some(d),
                check: None,
            },
            None => Fig::missing(),
        }
    }

    /// A change that is neither good nor bad in itself (how a budget
    /// moved): signed, not coloured.
    pub fn change(d: Option<Decimal>, unit: AmountScale) -> Fig {
        Fig {
            class: if d.is_some() { "" } else { "missing" },
            ..Fig::signed(d, unit)
        }
    }

    /// A variance in percent of its reference (`–` when the reference is 0);
    /// the value is rounded as shown (−2.8 for `−2,8 %`).
    pub fn variance_pct(v: Option<&Variance>) -> Fig {
        Fig::percent(v.and_then(|v| v.pct))
    }

    /// A share (a ratio of a whole) in percent, unsigned and not coloured:
    /// `84,1 %`; the value is rounded as shown.
    pub fn share(ratio: Option<Decimal>) -> Fig {
        match ratio {
            Some(p) => Fig {
                text: format::percent(p, false),
                class: "",
                value: format::percent_points(p),
                check: None,
            },
            None => Fig::missing(),
        }
    }

    /// A ratio that is a variance (positive favourable) in percent, signed
    /// and classed by its sign: `−3,6 %`; the value is rounded as shown.
    pub fn percent(ratio: Option<Decimal>) -> Fig {
        match ratio {
            Some(p) => Fig {
                text: format::percent(p, true),
                class: sign_class(p),
                value: format::percent_points(p),
                check: None,
            },
            None => Fig::missing(),
        }
    }
}

/// The class of a signed figure by the sign rule: favourable, none,
/// unfavourable.
fn sign_class(d: Decimal) -> &'static str {
    if d.is_zero() {
        "zero"
    } else if d.is_sign_positive() {
        "pos"
    } else {
        "neg"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::variance::variance;
    use rust_decimal_macros::dec;

    #[test]
    fn figures_follow_the_sign_rule() {
        // Cost 11 340 against a budget of 10 000: 1 340 over, unfavourable.
        let v = variance(Money(dec!(11340)), Money(dec!(10000)));
        let f = Fig::variance(Some(&v), AmountScale::Tkr);
        assert_eq!(f.text, "\u{2212}1\u{a0}340");
        assert_eq!(f.class, "neg");
        let p = Fig::variance_pct(Some(&v));
        assert_eq!(p.text, "\u{2212}13,4\u{a0}%");
        // −1 340 / 10 000 = −13,4 %: the export writes the shown figure.
        assert_eq!(p.value, Some(dec!(-13.4)));
        let third = variance(Money(dec!(4)), Money(dec!(3)));
        assert_eq!(Fig::variance_pct(Some(&third)).value, Some(dec!(-33.3)));
        // More revenue than budgeted (more negative) is favourable.
        let r = variance(Money(dec!(-5200)), Money(dec!(-5000)));
        assert_eq!(Fig::variance(Some(&r), AmountScale::Tkr).class, "pos");
        assert_eq!(Fig::amount(None, AmountScale::Tkr).text, DASH);
        assert_eq!(
            Fig::amount(Some(Money(dec!(1.25))), AmountScale::Mnkr).text,
            "1,3"
        );
    }
}
