#!/usr/bin/env bash
# Runs the Partner Insights component as an activity in a real workflow engine (Obelisk
# 0.38.3), end to end and offline: the Plaid simulator stands in for Plaid.
#
# Sets up everything itself (protoc and obelisk if missing, cached under
# $OBELISK_HOME; the component and host-test), starts `host-test sim` and
# `obelisk server run` on free loopback ports, submits executions, checks them, and stops
# what it started. Exits non-zero on any miss.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../scripts/setup.sh"

OBELISK_VERSION=0.38.3
OBELISK_HOME="${OBELISK_HOME:-$HOME/.cache/plaid-step-obelisk}"
OBELISK="$OBELISK_HOME/bin/obelisk"
FFQN="plaid:partner-insights/step@0.2.0.execute"

fail() { echo "FAIL: $*" >&2; exit 1; }
# Obelisk's CLI prints a Rust backtrace with every error result otherwise.
export RUST_BACKTRACE=0
step() { echo "== $*" >&2; }

if ! command -v protoc >/dev/null; then
  step "installing protoc (Debian protobuf-compiler)"
  apt-get update -qq && apt-get install -y -qq protobuf-compiler >/dev/null
fi
if [ ! -x "$OBELISK" ] || ! "$OBELISK" --version | grep -q "$OBELISK_VERSION"; then
  step "installing obelisk $OBELISK_VERSION into $OBELISK_HOME (about 40 minutes on 2 cores, once)"
  CARGO_TARGET_DIR="$HOME/.cache/obelisk-build" cargo install obelisk --version "$OBELISK_VERSION" --locked --root "$OBELISK_HOME"
fi

step "building the component and host-test"
build_component
cargo build --locked -p host-test
HOST_TEST="$CARGO_TARGET_DIR/debug/host-test"
WASM="$CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The real credentials: only the simulator and Obelisk's secret store ever see them.
REAL_CLIENT_ID="obelisk-client-$(date +%s%N | sha256sum | head -c 16)"
REAL_SECRET="obelisk-secret-$(date +%s%N | sha256sum | head -c 24)"

step "starting the Plaid simulator"
PLAID_CLIENT_ID="$REAL_CLIENT_ID" PLAID_SECRET="$REAL_SECRET" "$HOST_TEST" -v sim --port 0 \
  > "$work/sim.out" 2> "$work/sim.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/sim.out" ] && break; sleep 0.1; done
SIM_URL="$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["listening"])' "$work/sim.out")"
[ -n "$SIM_URL" ] || fail "the simulator did not start"

API_ADDR="127.0.0.1:$(free_port)"
sed -e "s|@API_ADDR@|$API_ADDR|" -e "s|@WORK_DIR@|$work|" "$here/server.toml" > "$work/server.toml"
sed -e "s|@WASM@|$WASM|" -e "s|@SIM_ORIGIN@|$SIM_URL|" "$here/deployment.toml" > "$work/deployment.toml"

step "starting obelisk on $API_ADDR"
OBELISK_PLAID_CLIENT_ID="$REAL_CLIENT_ID" OBELISK_PLAID_SECRET="$REAL_SECRET" \
  "$OBELISK" server run --server-config "$work/server.toml" --deployment "$work/deployment.toml" \
  > "$work/obelisk.log" 2>&1 &
pids+=($!)
for _ in $(seq 300); do
  if (exec 3<>"/dev/tcp/${API_ADDR%:*}/${API_ADDR#*:}") 2>/dev/null; then break; fi
  kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/obelisk.log" >&2; fail "obelisk exited"; }
  sleep 0.2
done

config() { # base-url
  printf '{"settings": "{}", "base-url": "%s", "connect-timeout-ms": null, "first-byte-timeout-ms": 15000, "between-bytes-timeout-ms": null}' "$1"
}
submit() { # name input-json base-url → prints output; returns obelisk's exit code
  local name="$1" input="$2" url="$3" params
  params="$(python3 -c 'import json,sys; print(json.dumps([sys.argv[1], json.loads(sys.argv[2])]))' "$input" "$(config "$url")")"
  set +e
  "$OBELISK" execution submit -a "http://$API_ADDR" "$FFQN" "$params" --follow > "$work/$name.out" 2>&1
  local code=$?
  set -e
  echo "--- $name (exit $code)" >&2
  cat "$work/$name.out" >&2
  return $code
}
sim_requests() { grep -c "user=$1 " "$work/sim.log" || true; }
execution_id() { grep -o -m1 'E_[0-9A-Za-z_]*' "$work/$1.out"; }
attempts() { # execution-id → how many times Obelisk locked (ran) it
  "$OBELISK" execution events -a "http://$API_ADDR" "$1" --limit 200 > "$work/events-$1.txt" 2>&1
  grep -ci 'locked' "$work/events-$1.txt" || true
}

step "1. a good input finishes OK with the simulator's report"
submit good '{"user_id": "usr_obelisk_good", "partner_insights": {"prism_versions": {"cashscore": "4"}}}' "$SIM_URL" \
  || fail "the good input did not finish OK"
grep -q 'cash_score' "$work/good.out" || fail "no report in the good result"
grep -q 'sim_report_' "$work/good.out" || fail "the report did not come from the simulator"

step "2. an invalid input fails permanently after exactly one attempt"
if submit invalid '{"user_id": "usr_obelisk_bad", "user_tier": "gold"}' "$SIM_URL"; then fail "the invalid input succeeded"; fi
grep -q 'permanent' "$work/invalid.out" || fail "the invalid input's error is not the permanent validation error"
grep -q 'invalid_enum\|invalid-enum\|user_tier' "$work/invalid.out" || fail "the validation error does not name user_tier"
invalid_attempts="$(attempts "$(execution_id invalid)")"
[ "$invalid_attempts" = 1 ] || fail "the invalid input ran $invalid_attempts times, expected exactly 1"
echo "invalid input: $invalid_attempts attempt(s) in Obelisk's event log" >&2
[ "$(sim_requests usr_obelisk_bad)" = 0 ] || fail "the invalid input reached the network"

step "3. PRODUCT_NOT_READY is retried by Obelisk, then ends with the structured error"
if submit not_ready '{"user_id": "usr_not_ready"}' "$SIM_URL"; then fail "not-ready succeeded"; fi
grep -q 'PRODUCT_NOT_READY' "$work/not_ready.out" || fail "no structured PRODUCT_NOT_READY error"
sim_attempts="$(sim_requests usr_not_ready)"
[ "$sim_attempts" = 3 ] || fail "expected 3 attempts (1 + max_retries 2), the simulator saw $sim_attempts"
engine_attempts="$(attempts "$(execution_id not_ready)")"
[ "$engine_attempts" = 3 ] || fail "Obelisk's events show $engine_attempts attempts, expected 3"
echo "not-ready user: $engine_attempts attempts in Obelisk's event log, $sim_attempts requests at the simulator" >&2

step "4. credentials: Obelisk's placeholders were replaced on the way out, and never shown"
grep -q 'user=usr_obelisk_good credentials_valid=true credential_headers=true' "$work/sim.log" \
  || fail "the real credentials did not reach the simulator as headers"
for file in "$work"/*.out "$work/obelisk.log"; do
  if grep -q -e "$REAL_SECRET" -e "$REAL_CLIENT_ID" "$file"; then fail "a credential appears in $(basename "$file")"; fi
done
for id in $(grep -ho 'E_[0-9A-Za-z_]*' "$work"/*.out | sort -u); do
  "$OBELISK" execution logs -a "http://$API_ADDR" "$id" > "$work/logs-$id.txt" 2>&1 || true
  if grep -q -e "$REAL_SECRET" -e "$REAL_CLIENT_ID" "$work/logs-$id.txt"; then fail "a credential appears in the logs of $id"; fi
done

step "5. a base URL outside Obelisk's allowlist is denied"
other="http://127.0.0.1:$(free_port)"
if submit denied '{"user_id": "usr_obelisk_denied"}' "$other"; then fail "a non-allowed base URL succeeded"; fi
grep -q 'denied' "$work/denied.out" || fail "the error is not kind denied"

step "all Obelisk checks passed"
