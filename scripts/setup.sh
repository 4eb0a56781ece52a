# Sourced by the project's scripts: one place for toolchain setup and the build dir.
# shellcheck shell=bash
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# rust-toolchain.toml pins 1.95.0; RUSTUP_AUTO_INSTALL=0 machines do not add targets by
# themselves, so add the component's target explicitly (a no-op when present).
rustup target add wasm32-wasip2 >/dev/null 2>&1 || rustup target add wasm32-wasip2
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export HOST_TEST_PLUGIN="${HOST_TEST_PLUGIN:-$CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm}"

# The step components, each its own .wasm in one plugins folder (the host's default):
# $CARGO_TARGET_DIR/wasm32-wasip2/release/<package with _>.wasm.
STEP_PACKAGES=(plaid-partner-insights plaid-check-report-create plaid-webhook-verify)

# The components are compiled for size ("z"; the host's release profile is for speed),
# then shrunk by scripts/shrink_component.py: binaryen's wasm-opt -Oz on their core
# modules and no debug-names section (README, Build). binaryen comes from Debian.
build_component() {
  command -v wasm-opt >/dev/null || { apt-get update -qq && apt-get install -y -qq binaryen >/dev/null; }
  local packages=() package
  for package in "${STEP_PACKAGES[@]}"; do packages+=(-p "$package"); done
  cargo build --locked --release --target wasm32-wasip2 "${packages[@]}" \
    --config 'profile.release.opt-level="z"'
  for package in "${STEP_PACKAGES[@]}"; do
    python3 scripts/shrink_component.py "$CARGO_TARGET_DIR/wasm32-wasip2/release/${package//-/_}.wasm"
  done
}
