//! What is measured, in table order, and how many times.

/// `validate` of the typical input.
pub const VALIDATE_TYPICAL: &str = "validate, typical input";
/// `validate` of the FICO-heavy input.
pub const VALIDATE_FICO: &str = "validate, FICO-heavy input";
/// `execute` against the simulator, one step at a time.
pub const EXECUTE_1: &str = "execute, concurrency 1";
/// `execute` against the simulator, 64 steps in flight.
pub const EXECUTE_64: &str = "execute, concurrency 64";
/// `parse` of a ~1 MB report.
pub const PARSE: &str = "parse, ~1 MB report";

/// Every measurement, in table order.
pub const ALL: [&str; 5] = [
    VALIDATE_TYPICAL,
    VALIDATE_FICO,
    EXECUTE_1,
    EXECUTE_64,
    PARSE,
];

/// Iteration counts (after warm-up).
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Counts {
    /// `validate` calls per input.
    pub validate: usize,
    /// Untimed `validate` calls first.
    pub validate_warmup: usize,
    /// Steps at concurrency 1.
    pub execute_sequential: usize,
    /// Steps at concurrency 64.
    pub execute_concurrent: usize,
    /// Untimed steps first.
    pub execute_warmup: usize,
    /// `parse` calls.
    pub parse: usize,
    /// Untimed `parse` calls first.
    pub parse_warmup: usize,
}

impl Counts {
    /// The full run, or a tenth of it with `quick`.
    pub fn new(quick: bool) -> Self {
        let scale = if quick { 10 } else { 1 };
        Self {
            validate: 3000 / scale,
            validate_warmup: 200 / scale,
            execute_sequential: 1000 / scale,
            execute_concurrent: 5000 / scale,
            execute_warmup: 50 / scale,
            parse: 50 / scale,
            parse_warmup: 3,
        }
    }
}
