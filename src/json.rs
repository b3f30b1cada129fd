//! A small JSON writer for the output contract: a `serde::Serializer` that writes
//! exactly what `serde_json::to_string` writes for the report types (compact, keys in
//! declaration order, `serde_json`'s string escapes), and nothing else.
//!
//! Why not `serde_json` or `serde-wasm-bindgen` for the output in the WebAssembly module:
//! this writer is a few hundred bytes of code; writing the text and one `JSON.parse` by
//! the engine take about half the time of building the JavaScript objects property by
//! property through `serde-wasm-bindgen` (which reads the *input* only, `src/wasm.rs`).
//! The report holds only strings, integers, booleans, `null`s, arrays and structs; a
//! float is refused with an error rather than written in some other format. The native CLI keeps
//! `serde_json` (`tests` check that both write the same bytes).

use serde::ser::{self, Serialize};
use std::fmt;

/// Serialises `value` as compact JSON, byte-identical to `serde_json::to_string`.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    write(value, false)
}

/// The same JSON value as [`to_string`], in ASCII: every other character is escaped
/// as `\uXXXX` (a surrogate pair above U+FFFF). For `JSON.parse` in the browser, an
/// ASCII text decodes and parses about twice as fast as UTF-8 with a few accents or
/// curly quotes in it (measured in V8 on a 4 MB analysis: 60 ms → 27 ms).
pub fn to_ascii_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    write(value, true)
}

fn write<T: Serialize + ?Sized>(value: &T, ascii: bool) -> Result<String, Error> {
    let mut w = Writer { out: String::with_capacity(1 << 12), ascii };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// Why a value could not be written (a float, or a custom error from an impl).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Writer {
    out: String,
    /// Escape every non-ASCII character ([`to_ascii_string`]).
    ascii: bool,
}

/// Writes `s` as a JSON string with `serde_json`'s escapes: `"` and `\`, the short
/// forms `\b \t \n \f \r`, other control characters as `\u00xx`; with `ascii`, also
/// every non-ASCII character as `\uxxxx`.
fn write_str(out: &mut String, s: &str, ascii: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hex4 = |out: &mut String, u: u16| {
        out.push_str("\\u");
        for shift in [12, 8, 4, 0] {
            out.push(HEX[(u >> shift) as usize & 15] as char);
        }
    };
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            0xc0.. if ascii => {
                // The first byte of a non-ASCII character (its other bytes are skipped).
                out.push_str(&s[run..i]);
                let c = s[i..].chars().next().unwrap_or_default();
                run = i + c.len_utf8();
                let mut units = [0u16; 2];
                for &u in c.encode_utf16(&mut units).iter() {
                    hex4(out, u);
                }
                continue;
            }
            _ => continue,
        };
        out.push_str(&s[run..i]);
        run = i + 1;
        if esc.is_empty() {
            hex4(out, u16::from(b));
        } else {
            out.push_str(esc);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn write_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        out.push(d as char);
    }
}

/// A JSON array or object being written: `first` is whether no element was written yet.
#[doc(hidden)]
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn sep(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
    }
}

fn float() -> Error {
    Error("the JSON writer does not write floats".into())
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        if v < 0 {
            self.out.push('-');
        }
        write_u64(&mut self.out, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_u64(&mut self.out, v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(float())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(float())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(&mut self.out, v.encode_utf8(&mut [0; 4]), self.ascii);
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(&mut self.out, v, self.ascii);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push('{');
        write_str(&mut self.out, variant, self.ascii);
        self.out.push(':');
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push('[');
        Ok(Compound { w: self, first: true })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.out.push('{');
        write_str(&mut self.out, variant, self.ascii);
        self.out.push_str(":[");
        Ok(Compound { w: self, first: true })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push('{');
        Ok(Compound { w: self, first: true })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.out.push('{');
        write_str(&mut self.out, variant, self.ascii);
        self.out.push_str(":{");
        Ok(Compound { w: self, first: true })
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.sep();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push(']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push_str("]}");
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys are strings in the report; another key type would not be quoted.
        self.sep();
        key.serialize(&mut *self.w)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push('}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.sep();
        write_str(&mut self.w.out, key, self.w.ascii);
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push('}');
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push_str("}}");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_serde_json() {
        let s = "plain \"quoted\" back\\slash \n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f} é 📰 </script> \u{2028}";
        assert_eq!(to_string(s).unwrap(), serde_json::to_string(s).unwrap());
        let v: (Option<u32>, Option<&str>, Vec<i64>, bool, u64) = (None, Some("x"), vec![-5, 0, 17], true, u64::MAX);
        assert_eq!(to_string(&v).unwrap(), serde_json::to_string(&v).unwrap());
        assert!(to_string(&1.5f64).is_err());
    }

    /// The ASCII form is the same JSON value, in ASCII only.
    fn same_value_in_ascii<T: Serialize + ?Sized>(v: &T) {
        let ascii = to_ascii_string(v).unwrap();
        assert!(ascii.is_ascii(), "{ascii}");
        let a: serde_json::Value = serde_json::from_str(&ascii).unwrap();
        let b: serde_json::Value = serde_json::from_str(&to_string(v).unwrap()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn ascii_form_escapes_every_other_character() {
        let s = "plain \"quoted\" \n\u{1} é Türkiye 📰 ’curly’ \u{2028} Дарчиев 伊斯坦布尔";
        assert_eq!(to_ascii_string("é📰").unwrap(), "\"\\u00e9\\ud83d\\udcf0\"");
        same_value_in_ascii(s);
        same_value_in_ascii(&(Some("ß"), vec!["a", "ö"], 'ğ'));
    }

    #[test]
    fn the_example_analysis_is_written_like_serde_json() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/istanbul");
        let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        let documents = names
            .iter()
            .map(|p| crate::InputDocument { text: std::fs::read_to_string(p).unwrap(), ..Default::default() })
            .collect();
        let analysis = crate::analyze(&crate::InputSet { documents }).unwrap();
        assert_eq!(to_string(&analysis).unwrap(), serde_json::to_string(&analysis).unwrap());
        same_value_in_ascii(&analysis);
    }
}
