# Sourced by the project's scripts: one place for toolchain setup and the build dir.
# shellcheck shell=bash
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# rust-toolchain.toml pins 1.95.0; RUSTUP_AUTO_INSTALL=0 machines do not add targets by
# themselves, so add the component's target explicitly (a no-op when present).
rustup target add wasm32-wasip2 >/dev/null 2>&1 || rustup target add wasm32-wasip2
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export HOST_TEST_PLUGIN="${HOST_TEST_PLUGIN:-$CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm}"

# The component is optimized for size ("z"; the host's release profile is for speed).
build_component() {
  cargo build --locked --release --target wasm32-wasip2 -p plaid-partner-insights \
    --config 'profile.release.opt-level="z"'
}
