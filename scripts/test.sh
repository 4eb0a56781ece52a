#!/usr/bin/env bash
# The whole test suite: formatting, lints for both targets, native unit tests, the
# integration tests that run the real release component in the real host, and the
# editor's end-to-end test in headless Chromium.
source "$(dirname "$0")/setup.sh"

# Test tools from Debian and npm (nothing is downloaded at test time beyond these).
missing=()
command -v jq >/dev/null || missing+=(jq)
command -v chromium >/dev/null || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd host-test/editor-tests && npm ci --no-audit --no-fund --silent)

cargo fmt --all --check
build_component
# A deliberately misbehaving component for the host's fault tests (never shipped).
cargo build --locked --release --target wasm32-wasip2 \
  --manifest-path host-test/test-guests/misbehaving/Cargo.toml --target-dir "$CARGO_TARGET_DIR/test-guests"
cargo clippy --locked --target wasm32-wasip2 -p plaid-partner-insights -- -D warnings
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo test --locked --workspace
# Screenshots land in $CARGO_TARGET_DIR/editor-artifacts.
(cd host-test/editor-tests && node --test)
# Short fuzz runs of the component's native logic (longer: scripts/fuzz.sh 600).
scripts/fuzz.sh 10
