#!/usr/bin/env bash
# The Partner Insights step on two Obelisk 0.38.3 nodes sharing one PostgreSQL database;
# the node holding the in-flight executions' locks is killed mid-run, and every execution
# must still end exactly once, through the other node. Offline: the Plaid simulator stands
# in for Plaid.
#
# Sets up everything itself (protoc, obelisk and PostgreSQL if missing; the component and
# host-test), starts a throwaway PostgreSQL cluster on a Unix socket in a temporary
# directory, the simulator (its usr_slow_* users answer after CLUSTER_SLOW_MS, its rate
# limit lifted: every node shares one client ID), and two `obelisk server run` nodes on
# free loopback ports with examples/obelisk/server-postgres.toml and one deployment
# (deployment.toml). It submits CLUSTER_EXECUTIONS executions (default 200) alternately
# through both nodes' APIs; once two fifths have finished it finds in the database which
# node holds the most locks on running executions and kills it with SIGKILL; it waits for
# every execution to finish and checks each one through the survivor's API. Prints the
# counts, the takeover time and the repeated outbound calls; exits non-zero on any miss.
# Not part of scripts/test.sh.
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"

EXECUTIONS="${CLUSTER_EXECUTIONS:-200}"
SLOW_MS="${CLUSTER_SLOW_MS:-3000}"
# The kill comes once this many have finished (default two fifths: both nodes are busy).
KILL_AFTER="${CLUSTER_KILL_AFTER_FINISHED:-$((EXECUTIONS * 2 / 5))}"
# How long to wait, after the kill, for every execution to finish.
FINISH_TIMEOUT_S="${CLUSTER_FINISH_TIMEOUT_S:-300}"
LOCK_EXPIRY_S="$(sed -n 's/^exec\.lock_expiry\.seconds *= *\([0-9]*\).*/\1/p' "$obelisk_dir/deployment.toml")"
[ -n "$LOCK_EXPIRY_S" ] || fail "deployment.toml sets no exec.lock_expiry.seconds"
[ "$SLOW_MS" -lt $((LOCK_EXPIRY_S * 1000)) ] \
  || fail "CLUSTER_SLOW_MS ($SLOW_MS) must be below the lock expiry ($LOCK_EXPIRY_S s), the per-attempt budget"
started_at=$SECONDS

install_obelisk
# The server's own bin directory (initdb on PATH may be a symlink to it): psql and pg_dump
# of the same version are there.
pg_bin="$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")")"
if [ ! -x "$pg_bin/initdb" ]; then
  step "installing PostgreSQL (Debian postgresql)"
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  pg_bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
fi
build_step

# PostgreSQL refuses to run as root: as root, run it as the `postgres` user (which
# Debian's package creates) in a directory of its own.
pg_dir="$(mktemp -d)"
on_exit+=("rm -rf '$pg_dir'")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
step "starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version)) on a Unix socket in $pg_dir"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --no-sync > "$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; fail "initdb failed"; }
# Obelisk 0.38.3 has no port setting (5432 always); no TCP listener, so nothing clashes.
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w \
  -o "-p 5432 -k $pg_dir -c listen_addresses=''" start > /dev/null \
  || { cat "$pg_dir/postgres.log" >&2; fail "PostgreSQL did not start"; }
on_exit+=("as_pg '$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop >/dev/null 2>&1")
export OBELISK_POSTGRES_HOST="$pg_dir" OBELISK_POSTGRES_USER=postgres \
  OBELISK_POSTGRES_PASSWORD=unused-with-trust OBELISK_POSTGRES_DATABASE=obelisk
sql() { "$pg_bin/psql" -h "$pg_dir" -U postgres -d obelisk -XAtq -c "$1"; }

start_sim --slow-ms "$SLOW_MS" --rate-limit-per-minute 1000000
render_deployment "$work/deployment.toml"

declare -A api pid executor
for node in a b; do
  mkdir -p "$work/$node"
  addr="127.0.0.1:$(free_port)"
  api[$node]="http://$addr"
  sed -e "s|@API_ADDR@|$addr|" -e "s|@NODE_DIR@|$work/$node|" "$obelisk_dir/server-postgres.toml" > "$work/$node/server.toml"
  if [ "$node" = a ]; then
    # The first node creates the database and activates the deployment; the second one
    # joins it (no --deployment: it runs the database's active deployment).
    step "starting obelisk node a on $addr (creates the database, activates the deployment)"
    start_obelisk "$addr" "$work/a/obelisk.log" --server-config "$work/a/server.toml" --deployment "$work/deployment.toml"
  else
    step "starting obelisk node b on $addr (joins the active deployment)"
    start_obelisk "$addr" "$work/b/obelisk.log" --server-config "$work/b/server.toml"
  fi
  pid[$node]=$OBELISK_PID
  for _ in $(seq 50); do grep -q 'Spawned executor' "$work/$node/obelisk.log" && break; sleep 0.1; done
  executor[$node]="$(grep -o -m1 'Spawned executor executor_id=Exr_[0-9A-Z]*' "$work/$node/obelisk.log" | sed 's/.*=//')"
  [ -n "${executor[$node]}" ] || fail "node $node logged no executor ID"
done
deployment_a="$(grep -o -m1 'Activated new deployment deployment_id=Dep_[0-9A-Z]*' "$work/a/obelisk.log" | sed 's/.*=//')"
grep -q "Using the currently active deployment deployment_id=$deployment_a" "$work/b/obelisk.log" \
  || fail "node b does not run node a's deployment $deployment_a"
echo "node a: executor ${executor[a]}, node b: executor ${executor[b]}, deployment $deployment_a" >&2

step "submitting $EXECUTIONS executions, alternately through both nodes' APIs"
python3 "$obelisk_dir/batch.py" submit --api "a=${api[a]}" --api "b=${api[b]}" \
  --config "$(step_config "$SIM_URL")" --count "$EXECUTIONS" --out "$work/batch.tsv"
[ "$(wc -l < "$work/batch.tsv")" = "$EXECUTIONS" ] || fail "not every execution was submitted"

# Kill mid-run, at a moment when the victim holds locks: the node with the most locked
# executions (the first listed on a tie).
step "waiting until $KILL_AFTER have finished, then killing the node holding the most locks"
victim=""
for _ in $(seq 600); do
  finished="$(sql "SELECT count(*) FROM t_state WHERE state = 'finished'")"
  if [ "$finished" -ge "$KILL_AFTER" ]; then
    read -r victim_executor locked <<< "$(sql "SELECT executor_id, count(*) FROM t_state WHERE state = 'locked' GROUP BY 1 ORDER BY 2 DESC LIMIT 1" | tr '|' ' ')"
    for node in a b; do [ "${executor[$node]}" = "${victim_executor:-}" ] && victim=$node; done
    [ -n "$victim" ] && break
  fi
  sleep 0.1
done
[ -n "$victim" ] || fail "no node held a lock on a running execution once $KILL_AFTER had finished"
survivor=$([ "$victim" = a ] && echo b || echo a)
sql "SELECT executor_id, count(*) FROM t_state WHERE state = 'locked' GROUP BY 1" > "$work/locks-before-kill.txt"
kill -KILL "${pid[$victim]}"
killed_at="$(date +%s.%N)"
wait "${pid[$victim]}" 2>/dev/null || true
# After the kill the victim's rows cannot change until their locks expire: these are
# exactly the executions it held.
sql "SELECT execution_id FROM t_state WHERE state = 'locked' AND executor_id = '${executor[$victim]}'" > "$work/interrupted.txt"
[ -s "$work/interrupted.txt" ] || fail "the killed node held no lock: nothing was in flight"
echo "locks just before the kill (executor|count): $(tr '\n' ' ' < "$work/locks-before-kill.txt")" >&2
echo "killed node $victim (pid ${pid[$victim]}) with SIGKILL after $finished finished; it held $(wc -l < "$work/interrupted.txt") locked" >&2

step "waiting for every execution to finish on node $survivor (locks expire after $LOCK_EXPIRY_S s)"
deadline=$((SECONDS + FINISH_TIMEOUT_S))
until [ "$(sql "SELECT count(*) FROM t_state WHERE state = 'finished'")" -ge "$EXECUTIONS" ]; do
  kill -0 "${pid[$survivor]}" 2>/dev/null || { tail -50 "$work/$survivor/obelisk.log" >&2; fail "the surviving node exited"; }
  [ "$SECONDS" -lt "$deadline" ] || fail "not finished after $FINISH_TIMEOUT_S s: $(sql "SELECT state, count(*) FROM t_state GROUP BY 1" | tr '\n' ' ')"
  sleep 0.5
done
[ "$(sql "SELECT count(*) FROM t_state")" = "$EXECUTIONS" ] \
  || fail "the database holds $(sql "SELECT count(*) FROM t_state") executions, $EXECUTIONS were submitted"

step "checking every execution through node $survivor's API"
python3 "$obelisk_dir/batch.py" check --api "${api[$survivor]}" --batch "$work/batch.tsv" \
  --sim-log "$work/sim.log" --interrupted "$work/interrupted.txt" \
  --executor "${executor[a]}=a" --executor "${executor[b]}=b" \
  --victim "${executor[$victim]}" --survivor "$survivor" --killed-at "$killed_at" \
  --lock-expiry "$LOCK_EXPIRY_S" | tee "$work/summary.txt"

step "credentials: in no node log, no result, not in the database"
"$pg_bin/pg_dump" -h "$pg_dir" -U postgres obelisk > "$work/db.sql"
assert_no_credentials "$work/a/obelisk.log" "$work/b/obelisk.log" "$work/db.sql" "$work/batch.tsv"
grep -q 'credentials_valid=true credential_headers=true' "$work/sim.log" \
  || fail "the real credentials did not reach the simulator as headers"
if grep -q 'credentials_valid=false' "$work/sim.log"; then fail "a request reached the simulator with wrong credentials"; fi

echo "node $victim killed mid-run; node $survivor finished everything; lock expiry ${LOCK_EXPIRY_S} s" >&2
step "all cluster checks passed ($((SECONDS - started_at)) s)"
