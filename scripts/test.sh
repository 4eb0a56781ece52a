#!/usr/bin/env bash
# The whole test suite: formatting, lints for both targets, native unit tests, and the
# integration tests that run the real release component in the real host.
source "$(dirname "$0")/setup.sh"
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }
cargo fmt --all --check
build_component
cargo clippy --locked --target wasm32-wasip2 -p plaid-partner-insights -- -D warnings
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo test --locked --workspace
