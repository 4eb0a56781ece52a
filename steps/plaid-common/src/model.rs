//! The model of a JSON document as a static field tree: a step's input (a Plaid request
//! body) or a response.
//!
//! The validator ([`crate::validate`]) and the JSON Schemas ([`crate::schema`]) are both
//! derived from one tree, so they cannot drift apart.

/// The value shape a field accepts.
#[derive(Debug)]
pub enum Shape {
    /// A JSON string. `printable` refuses control characters (identifiers and
    /// credentials, which travel in headers or are matched byte for byte by Plaid).
    Str {
        /// Whether control characters (Unicode `Cc`) are refused.
        printable: bool,
    },
    /// A JSON integer (a number with no fractional part, as JSON Schema defines it).
    Int,
    /// A JSON integer no greater than this (Plaid's `inclusive_maximum`).
    IntAtMost(u32),
    /// A JSON boolean.
    Bool,
    /// One of a fixed set of strings. `numeric` marks enums whose values Plaid's
    /// spec snapshot wrote as bare numbers: a number equal to a value is accepted and
    /// normalized to its string form, with a warning.
    Enum {
        /// Allowed values.
        values: &'static [&'static str],
        /// Whether a JSON number spelling of a value is normalized to the string.
        numeric: bool,
    },
    /// A JSON object with exactly these fields (unknown fields are errors).
    Object(&'static [Field]),
    /// A JSON object with at least these fields checked; others are kept as they are.
    Open(&'static [Field]),
    /// Any JSON number.
    Number,
    /// Any JSON value.
    Any,
    /// A JSON array.
    Array {
        /// The item shape.
        item: &'static Node,
        /// Minimum item count.
        min: u16,
        /// Maximum item count, if bounded.
        max: Option<u16>,
    },
}

/// Why a field is deprecated, which decides the warning `validate` gives.
#[derive(Debug)]
pub enum Deprecation {
    /// Replaced by another field (warning code `deprecated`, naming the replacement;
    /// a thin reference keeps every node of the model trees small).
    ReplacedBy(&'static &'static str),
    /// A deprecation with a warning of the step's own (e.g. Partner Insights'
    /// request-time configuration, refused for Plaid clients created on or after
    /// 2026-07-01).
    Notice(&'static Notice),
}

/// The warning a [`Deprecation::Notice`] field gives: `"<dotted path> <text><advice>"`.
#[derive(Debug)]
pub struct Notice {
    /// Stable snake_case warning code.
    pub code: &'static str,
    /// What the field is, after its dotted path (e.g. `is request-time configuration, ...: `).
    pub text: &'static str,
    /// What to do instead.
    pub advice: &'static str,
}

/// A value position in the tree.
#[derive(Debug)]
pub struct Node {
    /// Accepted shape.
    pub shape: Shape,
    /// Whether JSON `null` is accepted.
    pub nullable: bool,
    /// Description shown in the reference and the form.
    pub doc: &'static str,
    /// Deprecated: accepted, with a warning.
    pub deprecated: Option<Deprecation>,
    /// A credential: `writeOnly`, shown as a password field, masked everywhere.
    pub secret: bool,
}

/// A named member of an object.
#[derive(Debug)]
pub struct Field {
    /// JSON member name.
    pub name: &'static str,
    /// Whether the member must be present.
    pub required: bool,
    /// The member's value.
    pub node: Node,
}

/// A non-nullable node.
pub const fn node(shape: Shape, doc: &'static str) -> Node {
    Node {
        shape,
        nullable: false,
        doc,
        deprecated: None,
        secret: false,
    }
}

/// A node that also accepts `null`.
pub const fn nullable(shape: Shape, doc: &'static str) -> Node {
    Node {
        nullable: true,
        ..node(shape, doc)
    }
}

/// A nullable member replaced by another (named in the warning).
pub const fn deprecated(
    shape: Shape,
    doc: &'static str,
    replacement: &'static &'static str,
) -> Node {
    Node {
        nullable: true,
        deprecated: Some(Deprecation::ReplacedBy(replacement)),
        ..node(shape, doc)
    }
}

/// A member deprecated with a warning of the step's own.
pub const fn noticed(
    shape: Shape,
    nullable: bool,
    doc: &'static str,
    notice: &'static Notice,
) -> Node {
    Node {
        nullable,
        deprecated: Some(Deprecation::Notice(notice)),
        ..node(shape, doc)
    }
}

/// An optional member.
pub const fn field(name: &'static str, node: Node) -> Field {
    Field {
        name,
        required: false,
        node,
    }
}

/// A required member.
pub const fn required(name: &'static str, node: Node) -> Field {
    Field {
        name,
        required: true,
        node,
    }
}

/// Any string: Plaid's contracts set no minimum length or pattern on most strings.
pub const STR: Shape = Shape::Str { printable: false };
/// An identifier or credential: a string without control characters.
pub const TOKEN: Shape = Shape::Str { printable: true };

/// An enum of fixed strings.
pub const fn one_of(values: &'static [&'static str]) -> Shape {
    Shape::Enum {
        values,
        numeric: false,
    }
}

/// An array of `item`s with no bounds.
pub const fn list(item: &'static Node) -> Shape {
    Shape::Array {
        item,
        min: 0,
        max: None,
    }
}

/// An identity member (`user_id`, `user_token`, ...): a printable string; `null` is
/// accepted and never sent.
pub const fn identity(doc: &'static str) -> Node {
    nullable(TOKEN, doc)
}

/// A credential member: a printable string, `writeOnly`, masked everywhere.
pub const fn credential(doc: &'static str) -> Node {
    Node {
        secret: true,
        ..node(TOKEN, doc)
    }
}

/// The inline `client_id` every Plaid request body may carry (Plaid also takes it as a
/// header, which is where the steps send it).
pub const CLIENT_ID_FIELD: Field = field(
    "client_id",
    credential("Plaid client ID. Prefer the PLAID_CLIENT_ID credential; sent only as a header."),
);

/// The inline `secret` every Plaid request body may carry (sent only as a header).
pub const SECRET_FIELD: Field = field(
    "secret",
    credential("Plaid secret. Prefer the PLAID_SECRET credential; sent only as a header."),
);

/// Names of the members that carry credentials.
pub const SECRET_FIELDS: &[&str] = &["client_id", "secret"];
