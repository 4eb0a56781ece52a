# Sourced by run.sh and cluster.sh: installing Obelisk, building the step, the work directory
# and its cleanup, the simulator, Obelisk nodes and the step's configuration.
# shellcheck shell=bash
obelisk_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$obelisk_dir/../../scripts/setup.sh"

OBELISK_VERSION=0.38.3
OBELISK_HOME="${OBELISK_HOME:-$HOME/.cache/plaid-step-obelisk}"
OBELISK="$OBELISK_HOME/bin/obelisk"
FFQN="plaid:partner-insights/step@0.3.0.execute"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*" >&2; }
# Obelisk's CLI prints a Rust backtrace with every error result otherwise.
export RUST_BACKTRACE=0

# protoc and obelisk, when missing (obelisk is built once into $OBELISK_HOME).
install_obelisk() {
  if ! command -v protoc >/dev/null; then
    step "installing protoc (Debian protobuf-compiler)"
    apt-get update -qq && apt-get install -y -qq protobuf-compiler >/dev/null
  fi
  if [ ! -x "$OBELISK" ] || ! "$OBELISK" --version | grep -q "$OBELISK_VERSION"; then
    step "installing obelisk $OBELISK_VERSION into $OBELISK_HOME (about 40 minutes on 2 cores, once)"
    CARGO_TARGET_DIR="$HOME/.cache/obelisk-build" cargo install obelisk --version "$OBELISK_VERSION" --locked --root "$OBELISK_HOME"
  fi
}

# The release component and host-test (for its simulator); sets WASM and HOST_TEST.
build_step() {
  step "building the component and host-test"
  build_component
  cargo build --locked -p host-test
  HOST_TEST="$CARGO_TARGET_DIR/debug/host-test"
  WASM="$CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm"
}

# A temporary work directory, removed on exit after stopping everything started here:
# first the processes in `pids` (SIGTERM, SIGKILL for any still there after 10 s), then
# the commands in `on_exit` (last added, first run), such as stopping a database the
# processes used.
work="$(mktemp -d)"
pids=()
on_exit=()
cleanup() {
  local i pid watchdog
  if [ "${#pids[@]}" -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null || true
    # An Obelisk node can hang in its graceful shutdown; the watchdog ends it.
    (sleep 10; kill -KILL "${pids[@]}" 2>/dev/null) &
    watchdog=$!
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    kill "$watchdog" 2>/dev/null || true
    wait "$watchdog" 2>/dev/null || true
  fi
  for ((i = ${#on_exit[@]} - 1; i >= 0; i--)); do eval "${on_exit[i]}" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The real credentials: only the simulator and Obelisk's secret store ever see them.
REAL_CLIENT_ID="obelisk-client-$(date +%s%N | sha256sum | head -c 16)"
REAL_SECRET="obelisk-secret-$(date +%s%N | sha256sum | head -c 24)"

# start_sim [host-test sim flags…]: the Plaid simulator on a free port, logging every
# request to $work/sim.log; sets SIM_URL.
start_sim() {
  step "starting the Plaid simulator $*"
  PLAID_CLIENT_ID="$REAL_CLIENT_ID" PLAID_SECRET="$REAL_SECRET" "$HOST_TEST" -v sim --port 0 "$@" \
    > "$work/sim.out" 2> "$work/sim.log" &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$work/sim.out" ] && break; sleep 0.1; done
  SIM_URL="$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["listening"])' "$work/sim.out")"
  [ -n "$SIM_URL" ] || fail "the simulator did not start"
}

# render_deployment OUT: deployment.toml with this run's component and simulator.
render_deployment() {
  sed -e "s|@WASM@|$WASM|" -e "s|@SIM_ORIGIN@|$SIM_URL|" "$obelisk_dir/deployment.toml" > "$1"
}

# start_obelisk API_ADDR LOG [obelisk server run args…]: an Obelisk node with the real
# credentials in its environment (its secrets refer to them), ready when its API answers;
# sets OBELISK_PID.
start_obelisk() {
  local addr="$1" log="$2"
  shift 2
  OBELISK_PLAID_CLIENT_ID="$REAL_CLIENT_ID" OBELISK_PLAID_SECRET="$REAL_SECRET" \
    "$OBELISK" server run "$@" > "$log" 2>&1 &
  OBELISK_PID=$!
  pids+=("$OBELISK_PID")
  for _ in $(seq 300); do
    if (exec 3<>"/dev/tcp/${addr%:*}/${addr#*:}") 2>/dev/null; then return 0; fi
    kill -0 "$OBELISK_PID" 2>/dev/null || { cat "$log" >&2; fail "obelisk ($log) exited"; }
    sleep 0.2
  done
  cat "$log" >&2
  fail "obelisk ($log) did not open $addr within 60 s"
}

# step_config BASE_URL: the step's configuration record (the second parameter of execute).
step_config() {
  printf '{"settings": "{}", "base-url": "%s", "connect-timeout-ms": null, "first-byte-timeout-ms": 15000, "between-bytes-timeout-ms": null}' "$1"
}

# assert_no_credentials FILE…: fails when a real credential appears in any of the files.
assert_no_credentials() {
  local file
  for file in "$@"; do
    if grep -q -e "$REAL_SECRET" -e "$REAL_CLIENT_ID" "$file"; then fail "a credential appears in $(basename "$file")"; fi
  done
}
