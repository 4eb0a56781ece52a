#!/usr/bin/env bash
# Runs the Partner Insights component as an activity in a real workflow engine (Obelisk
# 0.38.3), end to end and offline: the Plaid simulator stands in for Plaid.
#
# Sets up everything itself (protoc and obelisk if missing, cached under
# $OBELISK_HOME; the component and host-test), starts `host-test sim` and
# `obelisk server run` on free loopback ports, submits executions, checks them, and stops
# what it started. Exits non-zero on any miss.
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"

install_obelisk
build_step
start_sim

API_ADDR="127.0.0.1:$(free_port)"
sed -e "s|@API_ADDR@|$API_ADDR|" -e "s|@WORK_DIR@|$work|" "$obelisk_dir/server.toml" > "$work/server.toml"
render_deployment "$work/deployment.toml"

step "starting obelisk on $API_ADDR"
start_obelisk "$API_ADDR" "$work/obelisk.log" --server-config "$work/server.toml" --deployment "$work/deployment.toml"

submit() { # name input-json base-url → prints output; returns obelisk's exit code
  local name="$1" input="$2" url="$3" params
  params="$(python3 -c 'import json,sys; print(json.dumps([sys.argv[1], json.loads(sys.argv[2])]))' "$input" "$(step_config "$url")")"
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
assert_no_credentials "$work"/*.out "$work/obelisk.log"
for id in $(grep -ho 'E_[0-9A-Za-z_]*' "$work"/*.out | sort -u); do
  "$OBELISK" execution logs -a "http://$API_ADDR" "$id" > "$work/logs-$id.txt" 2>&1 || true
  assert_no_credentials "$work/logs-$id.txt"
done

step "5. a base URL outside Obelisk's allowlist is denied"
other="http://127.0.0.1:$(free_port)"
if submit denied '{"user_id": "usr_obelisk_denied"}' "$other"; then fail "a non-allowed base URL succeeded"; fi
grep -q 'denied' "$work/denied.out" || fail "the error is not kind denied"

step "all Obelisk checks passed"
