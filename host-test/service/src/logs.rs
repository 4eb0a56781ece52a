//! Caller-controlled text in log lines. In text logs a field is `name=value` separated by
//! spaces, so a value with a space, a quote or a control character could forge fields or
//! whole lines; [`Shown`] writes such a value quoted and escaped (and caps its length),
//! and [`TextFields`] does the same for every field of every event and span, so values
//! logged by other crates (a plugin's file name, which may contain a newline) are safe too.

use std::fmt;

use tracing::field::{Field, Visit};
use tracing_subscriber::field::RecordFields;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::FormatFields;

/// Longest caller-controlled value written to a log line, in characters.
pub const MAX_LOGGED_CHARS: usize = 200;

/// A value as a log line shows it: as it is when it is plain (visible ASCII without
/// quotes or backslashes), else quoted with Rust's escapes; cut to [`MAX_LOGGED_CHARS`]
/// characters with a final `…`.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a>(&'a str);

impl<'a> Shown<'a> {
    /// `text`, to be shown.
    pub fn new(text: &'a str) -> Self {
        Self(text)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kept, cut) = match self.0.char_indices().nth(MAX_LOGGED_CHARS) {
            Some((end, _)) => (&self.0[..end], "…"),
            None => (self.0, ""),
        };
        if is_plain(kept) {
            write!(f, "{kept}{cut}")
        } else {
            write!(f, "{kept:?}{cut}")
        }
    }
}

/// Whether `text` can stand in a `name=value` field as it is.
fn is_plain(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
}

/// Field formatting for text logs (`tracing_subscriber::fmt().fmt_fields(TextFields)`):
/// the message with its control characters escaped, then ` name=value` per field with
/// each value as [`Shown`] shows it, so no value can forge a field or a line.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextFields;

impl<'writer> FormatFields<'writer> for TextFields {
    fn format_fields<R: RecordFields>(
        &self,
        mut writer: Writer<'writer>,
        fields: R,
    ) -> fmt::Result {
        let mut visitor = FieldWriter {
            writer: &mut writer,
            result: Ok(()),
            first: true,
        };
        fields.record(&mut visitor);
        visitor.result
    }
}

struct FieldWriter<'a, 'writer> {
    writer: &'a mut Writer<'writer>,
    result: fmt::Result,
    first: bool,
}

impl FieldWriter<'_, '_> {
    fn write(&mut self, field: &Field, text: &str) {
        if self.result.is_err() {
            return;
        }
        let separator = if std::mem::take(&mut self.first) {
            ""
        } else {
            " "
        };
        self.result = if field.name() == "message" {
            self.writer
                .write_str(separator)
                .and_then(|()| write_escaped_controls(self.writer, text))
        } else {
            write!(
                self.writer,
                "{separator}{}={}",
                field.name(),
                Shown::new(text)
            )
        };
    }
}

impl Visit for FieldWriter<'_, '_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.write(field, value);
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.write(field, &format!("{value:?}"));
    }
}

/// Free text (a message) with each control character escaped (`\n`, `\u{1b}`).
fn write_escaped_controls(writer: &mut Writer<'_>, text: &str) -> fmt::Result {
    for c in text.chars() {
        if c.is_control() {
            write!(writer, "{}", c.escape_debug())?;
        } else {
            writer.write_char(c)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn plain_values_stay_and_others_are_quoted_escaped_and_capped() {
        assert_eq!(Shown::new("/v1/steps/a_b").to_string(), "/v1/steps/a_b");
        assert_eq!(Shown::new("x status=200").to_string(), "\"x status=200\"");
        assert_eq!(Shown::new("a\nb\"c").to_string(), "\"a\\nb\\\"c\"");
        assert_eq!(Shown::new("").to_string(), "\"\"");
        let long = "s".repeat(10_000);
        assert_eq!(
            Shown::new(&long).to_string(),
            format!("{}…", "s".repeat(MAX_LOGGED_CHARS))
        );
    }

    /// A subscriber writing text lines with [`TextFields`] into a buffer.
    fn logged(event: impl FnOnce()) -> String {
        let buffer = Arc::new(Mutex::new(Vec::<u8>::new()));
        let sink = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .fmt_fields(TextFields)
            .with_ansi(false)
            .without_time()
            .with_target(false)
            .with_writer(move || SharedWriter(sink.clone()))
            .finish();
        tracing::subscriber::with_default(subscriber, event);
        let text = String::from_utf8(buffer.lock().unwrap().clone()).unwrap();
        text
    }

    struct SharedWriter(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for SharedWriter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_plugin_file_name_with_a_newline_stays_on_its_line() {
        let id = "evil\nINFO forged line step=x";
        let text = logged(|| {
            let why = "is not valid\nINFO forged";
            tracing::warn!(step = %id, size = 3, "step failed to load: the id {why}");
        });
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(
            text.contains(r#"step="evil\nINFO forged line step=x""#),
            "{text}"
        );
        assert!(text.contains("size=3"), "{text}");
        assert!(text.contains(r"is not valid\nINFO forged"), "{text}");
    }
}
