//! JSON text as the JavaScript engine reads it, where `serde_json` differs: an escaped
//! lone surrogate (`"\ud800"`), which `JSON.parse` accepts and the WebAssembly binding
//! turns into U+FFFD, is refused by `serde_json`. [`replace_lone_surrogates`] rewrites
//! such escapes to `\ufffd` first, so the CLI reads the same text as the page.

/// `json` with every escaped lone surrogate replaced by `\ufffd`, or `None` when it has
/// none (the common case: no copy). Escapes are found only inside strings, and a
/// surrogate pair (`\ud83d\udcf0`) is left as it is.
pub fn replace_lone_surrogates(json: &str) -> Option<String> {
    if !json.contains("\\u") {
        return None;
    }
    let b = json.as_bytes();
    let hex = |i: usize| -> Option<u16> {
        let s = json.get(i..i + 4)?;
        if s.bytes().all(|c| c.is_ascii_hexdigit()) {
            u16::from_str_radix(s, 16).ok()
        } else {
            None
        }
    };
    // The code unit of a `\uXXXX` escape at byte i, if there is one.
    let escape = |i: usize| if b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u') { hex(i + 2) } else { None };
    let mut out: Option<String> = None;
    let (mut i, mut copied, mut in_string) = (0, 0, false);
    while i < b.len() {
        match b[i] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                let Some(unit) = escape(i) else {
                    i += 2; // any other escape, `\\` and `\"` included: skip both bytes
                    continue;
                };
                let high = (0xD800..0xDC00).contains(&unit);
                let pair = high && escape(i + 6).is_some_and(|u| (0xDC00..0xE000).contains(&u));
                if pair {
                    i += 12;
                    continue;
                }
                if (0xD800..0xE000).contains(&unit) {
                    let o = out.get_or_insert_with(|| String::with_capacity(json.len()));
                    o.push_str(&json[copied..i]);
                    o.push_str("\\ufffd");
                    copied = i + 6;
                }
                i += 6;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut o = out?;
    o.push_str(&json[copied..]);
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lone_surrogates_in_strings_change() {
        assert_eq!(replace_lone_surrogates(r#"{"a":"x"}"#), None);
        assert_eq!(replace_lone_surrogates(r#"["\ud83d\udcf0"]"#), None);
        assert_eq!(
            replace_lone_surrogates(r#"["\ud800", "\udc00x", "\\ud800"]"#).unwrap(),
            r#"["\ufffd", "\ufffdx", "\\ud800"]"#
        );
        assert_eq!(replace_lone_surrogates(r#"["\ud83d\u0041"]"#).unwrap(), r#"["\ufffd\u0041"]"#);
        assert_eq!(replace_lone_surrogates(r#"["é\"\ud800"]"#).unwrap(), r#"["é\"\ufffd"]"#);
        assert_eq!(replace_lone_surrogates("[\"\\ud8"), None);
    }
}
