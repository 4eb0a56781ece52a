#!/usr/bin/env bash
# The benchmark: one command, one run, every runtime of the same component against the same
# loopback simulator and inputs: native Rust (the limit), the host in-process, `host-test
# serve` over HTTP, jco under Node (worker threads) and wasmtime-py. Installs what it needs
# (the wasm32-wasip2 target, jco from host-test/bench/peers/jco's lockfile, wasmtime-py from
# host-test/bench/peers/wasmtime-py's hash-pinned requirements in a venv); a peer that cannot be
# installed is reported as skipped. Table on stderr, JSON in $CARGO_TARGET_DIR/bench.json.
#   scripts/bench.sh            # the full run
#   scripts/bench.sh --quick    # a tenth of the iterations
source "$(dirname "$0")/setup.sh"
build_component
cargo build --locked --release -p host-test

if ! (cd host-test/bench/peers/jco && npm ci --no-audit --no-fund --silent); then
  echo "bench: jco could not be installed; its rows will be skipped" >&2
fi
venv="$CARGO_TARGET_DIR/bench-venv"
if [ ! -x "$venv/bin/python" ] && ! python3 -m venv "$venv"; then
  echo "bench: no Python venv; the wasmtime-py rows will be skipped" >&2
fi
if [ -x "$venv/bin/python" ] &&
  ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes \
    -r host-test/bench/peers/wasmtime-py/requirements.txt; then
  echo "bench: wasmtime-py could not be installed; its rows will be skipped" >&2
fi

exec "$CARGO_TARGET_DIR/release/host-test" --plugin "$HOST_TEST_PLUGIN" bench \
  --python "$venv/bin/python" --out "$CARGO_TARGET_DIR/bench.json" "$@" >/dev/null
