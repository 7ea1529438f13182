//! Bounds checked *while* a share payload is decoded.
//!
//! Postcard writes a list as its length followed by its entries, and serde
//! builds a `Vec` from whatever length the bytes declare. A few kilobytes of
//! zlib can unpack into millions of tiny entries (200 000 empty measures fit
//! a 5 KB link), and [`super::validate`] would only count them after they had
//! all been allocated. This module wraps postcard's deserializer so every
//! list is checked as it starts — its declared length against
//! [`MAX_LIST_LEN`] — and every entry and field is counted against
//! [`MAX_SHARE_ENTRIES`] for the whole payload. A flood is refused before its
//! list exists; the caps are far above anything the app itself writes.
//!
//! The wrapper forwards every call to postcard unchanged, so it reads exactly
//! the bytes postcard reads: the wire format does not change.

use crate::i18n::{Lang, Msg};
use crate::import::limits::{MAX_LIST_LEN, MAX_SHARE_ENTRIES};
use core::fmt;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use std::cell::Cell;

/// Which cap a payload broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    /// One list declares more entries than [`MAX_LIST_LEN`].
    LongList { len: usize },
    /// The payload holds more entries than [`MAX_SHARE_ENTRIES`].
    TooManyEntries,
}

impl Flood {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Flood::LongList { .. } => {
                Msg::FloodLongList.fill(lang, &[("max", &MAX_LIST_LEN.to_string())])
            }
            Flood::TooManyEntries => {
                Msg::FloodTooMany.fill(lang, &[("max", &MAX_SHARE_ENTRIES.to_string())])
            }
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`Flood::text`].
impl fmt::Display for Flood {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

/// Why a bounded read failed: a cap, or the bytes themselves.
#[derive(Debug)]
pub enum ReadError {
    Flood(Flood),
    Postcard(postcard::Error),
}

/// Reads one `T` from the front of `bytes` like `postcard::take_from_bytes`,
/// refusing a flood before allocating it; returns the unread rest.
pub fn take_from_bytes<'de, T: de::Deserialize<'de>>(
    bytes: &'de [u8],
) -> Result<(T, &'de [u8]), ReadError> {
    let budget = Budget {
        left: Cell::new(MAX_SHARE_ENTRIES),
        flood: Cell::new(None),
    };
    let mut inner = postcard::Deserializer::from_bytes(bytes);
    let read = T::deserialize(Bounded {
        inner: &mut inner,
        budget: &budget,
    });
    match (read, budget.flood.get()) {
        (_, Some(flood)) => Err(ReadError::Flood(flood)),
        (Err(e), None) => Err(ReadError::Postcard(e)),
        (Ok(value), None) => inner
            .finalize()
            .map(|rest| (value, rest))
            .map_err(ReadError::Postcard),
    }
}

/// What is left to spend, and the cap that was broken (the error postcard
/// gets back carries no text, so the reason is kept here).
struct Budget {
    left: Cell<usize>,
    flood: Cell<Option<Flood>>,
}

impl Budget {
    fn refuse<E: de::Error>(&self, flood: Flood) -> E {
        self.flood.set(Some(flood));
        E::custom(flood)
    }

    /// A list or map starts with `declared` entries (when the format says).
    fn open<E: de::Error>(&self, declared: Option<usize>) -> Result<(), E> {
        match declared {
            Some(len) if len > MAX_LIST_LEN => Err(self.refuse(Flood::LongList { len })),
            Some(len) if len > self.left.get() => Err(self.refuse(Flood::TooManyEntries)),
            _ => Ok(()),
        }
    }

    /// One entry is read.
    fn spend<E: de::Error>(&self) -> Result<(), E> {
        match self.left.get().checked_sub(1) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => Err(self.refuse(Flood::TooManyEntries)),
        }
    }
}

/// The deserializer, visitor, accessor or seed `inner` with the budget.
struct Bounded<'b, X> {
    inner: X,
    budget: &'b Budget,
}

impl<'b, X> Bounded<'b, X> {
    fn wrap<Y>(&self, inner: Y) -> Bounded<'b, Y> {
        Bounded {
            inner,
            budget: self.budget,
        }
    }
}

/// Forwards `deserialize_*` methods to the inner deserializer with the
/// visitor wrapped.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                let visitor = self.wrap(visitor);
                self.inner.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Bounded<'_, D> {
    type Error = D::Error;

    forward! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// Forwards `visit_*` methods of plain values unchanged.
macro_rules! visit_plain {
    ($($method:ident($ty:ty);)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.inner.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Bounded<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    visit_plain! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_string(String);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        let d = self.wrap(d);
        self.inner.visit_some(d)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        let d = self.wrap(d);
        self.inner.visit_newtype_struct(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.budget.open::<A::Error>(seq.size_hint())?;
        let seq = Entries::new(seq, self.budget);
        self.inner.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.budget.open::<A::Error>(map.size_hint())?;
        let map = Entries::new(map, self.budget);
        self.inner.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        let data = self.wrap(data);
        self.inner.visit_enum(data)
    }
}

/// The entries of one list or map, counted as they are read: postcard
/// hides a declared length larger than the bytes left (so nothing is
/// allocated for it), and such a list is still stopped at the cap.
struct Entries<'b, A> {
    inner: Bounded<'b, A>,
    read: usize,
}

impl<'b, A> Entries<'b, A> {
    fn new(inner: A, budget: &'b Budget) -> Self {
        Entries {
            inner: Bounded { inner, budget },
            read: 0,
        }
    }

    fn next<E: de::Error>(&mut self) -> Result<(), E> {
        self.read += 1;
        if self.read > MAX_LIST_LEN {
            return Err(self.inner.budget.refuse(Flood::LongList { len: self.read }));
        }
        self.inner.budget.spend()
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Entries<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.next::<A::Error>()?;
        let seed = self.inner.wrap(seed);
        self.inner.inner.next_element_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Entries<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.next::<A::Error>()?;
        let seed = self.inner.wrap(seed);
        self.inner.inner.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        let seed = self.inner.wrap(seed);
        self.inner.inner.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.inner.size_hint()
    }
}

impl<'de, 'b, A: EnumAccess<'de>> EnumAccess<'de> for Bounded<'b, A> {
    type Error = A::Error;
    type Variant = Bounded<'b, A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        let budget = self.budget;
        let seed = self.wrap(seed);
        let (value, variant) = self.inner.variant_seed(seed)?;
        Ok((
            value,
            Bounded {
                inner: variant,
                budget,
            },
        ))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Bounded<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        let seed = self.wrap(seed);
        self.inner.newtype_variant_seed(seed)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let visitor = self.wrap(visitor);
        self.inner.tuple_variant(len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = self.wrap(visitor);
        self.inner.struct_variant(fields, visitor)
    }
}

impl<'de, T: DeserializeSeed<'de>> DeserializeSeed<'de> for Bounded<'_, T> {
    type Value = T::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T::Value, D::Error> {
        let d = self.wrap(d);
        self.inner.deserialize(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    enum Shape {
        Dot,
        Line(Vec<u8>),
        Named {
            name: String,
            points: Vec<(i32, i32)>,
        },
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Doc {
        title: Option<String>,
        shapes: Vec<Shape>,
        tags: std::collections::BTreeMap<String, u8>,
    }

    #[test]
    fn reads_what_postcard_reads() {
        let doc = Doc {
            title: Some("Ö".into()),
            shapes: vec![
                Shape::Dot,
                Shape::Line(vec![1, 2, 3]),
                Shape::Named {
                    name: "n".into(),
                    points: vec![(1, -1)],
                },
            ],
            tags: [("a".to_string(), 7)].into(),
        };
        let mut bytes = postcard::to_allocvec(&doc).unwrap();
        bytes.push(0xAA);
        let (back, rest) = take_from_bytes::<Doc>(&bytes).unwrap();
        assert_eq!(back, doc);
        assert_eq!(rest, [0xAA]);
    }

    #[test]
    fn a_declared_flood_is_refused_before_reading_it() {
        // 20 000 dots: the declared length alone is over the cap.
        let bytes = postcard::to_allocvec(&vec![Shape::Dot; 20_000]).unwrap();
        match take_from_bytes::<Vec<Shape>>(&bytes) {
            Err(ReadError::Flood(Flood::LongList { len: 20_000 })) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_list_longer_than_its_bytes_is_stopped_at_the_cap() {
        // It claims a million entries and has 15 000 bytes: postcard hides
        // the length, and the list is stopped after 10 000 entries.
        let mut bytes = postcard::to_allocvec(&1_000_000u32).unwrap();
        bytes.extend([0; 15_000]);
        match take_from_bytes::<Vec<Shape>>(&bytes) {
            Err(ReadError::Flood(Flood::LongList { len })) => assert_eq!(len, MAX_LIST_LEN + 1),
            other => panic!("{other:?}"),
        }
        // With three bytes it is simply cut short.
        let mut short = postcard::to_allocvec(&1_000_000u32).unwrap();
        short.extend([0; 3]);
        assert!(matches!(
            take_from_bytes::<Vec<Shape>>(&short),
            Err(ReadError::Postcard(_))
        ));
    }

    #[test]
    fn many_short_lists_exhaust_the_budget() {
        // 200 lists of 9 000 bytes: each under the list cap, together
        // 1,8 million entries.
        let lists = vec![vec![0u8; 9_000]; 200];
        let bytes = postcard::to_allocvec(&lists).unwrap();
        assert!(matches!(
            take_from_bytes::<Vec<Vec<u8>>>(&bytes),
            Err(ReadError::Flood(Flood::TooManyEntries))
        ));
        let fewer = postcard::to_allocvec(&lists[..150]).unwrap();
        assert_eq!(
            take_from_bytes::<Vec<Vec<u8>>>(&fewer).unwrap().0.len(),
            150
        );
    }

    #[test]
    fn damaged_bytes_are_postcard_errors() {
        assert!(matches!(
            take_from_bytes::<Doc>(&[1, 5, b'a']),
            Err(ReadError::Postcard(_))
        ));
    }
}
