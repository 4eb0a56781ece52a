#!/usr/bin/env bash
# Runs Plaid's Check Report flow in a real n8n (2.41.1, on Node 24 from npm), end to end and
# offline: the Plaid simulator (`host-test sim`), the step service (`host-test serve`) with its
# three steps (plaid_check_report_create, plaid_webhook_verify, plaid_partner_insights), the
# n8n community node installed from its `npm pack` tarball (integrations/n8n), and `n8n start`
# serving partner-insights-flow.json.
#
# Sets up what it needs (Node 24 and n8n in $N8N_HOME, default ~/.cache/plaid-step-n8n, once:
# a few minutes and ~3 GB; the node package; the components and host-test unless
# HOST_TEST_BIN names a prebuilt host-test and HOST_TEST_PLUGINS a folder holding the three
# .wasm files, or HOST_TEST_PLUGIN one of them with the other two beside it), then in a
# throwaway n8n user folder:
#   0. installs the node package from the tarball `npm pack` makes of integrations/n8n, the way
#      n8n's Settings -> Community nodes installs a package it has fetched with `npm pack`
#      (n8n 2.41's CommunityPackagesService.downloadPackage): unpacked into
#      <user folder>/.n8n/nodes/node_modules/<name>, its dev/peer/optional dependencies dropped
#      (n8n-workflow is then n8n's own), `npm install --ignore-scripts` there, and recorded in
#      .n8n/nodes/package.json. Only the registry steps are left out (fetching by name, n8n's
#      package vetting): the tarball is the one `npm publish` would upload;
#   1. imports a credential and the two workflows the package ships (its examples/, the same
#      files as workflow.json and partner-insights-flow.json here);
#   2. runs workflow.json with `n8n execute` and checks it (check.mjs);
#   3. publishes partner-insights-flow.json, starts `n8n start` on free loopback ports and runs
#      the flow (check-flow.mjs): creates reports, waits for the simulator's signed webhooks
#      and the executions, checks the branches taken, then posts forged webhooks and checks
#      they get 401 and start no Partner Insights call;
#   4. checks that no credential or token appears in any output or log.
# Stops what it started. Exits non-zero on any miss. Not part of scripts/test.sh.
# N8N_EXAMPLE_KEEP=1 keeps the work folder (logs); N8N_SCREENSHOT_DIR=DIR adds screenshots.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source "$here/install.sh"
started=$(date +%s)
phase_started=$started
step() { echo "== $*" >&2; }
fail() { echo "FAIL: $*" >&2; exit 1; }
times=()
phase_done() { local now; now=$(date +%s); times+=("$1: $(( now - phase_started )) s"); phase_started=$now; }

install_n8n
N8N_DIR="$N8N_HOME/n8n-$N8N_VERSION"
phase_done "install (Node 24, n8n $N8N_VERSION)"

step "building the n8n node package (integrations/n8n)"
pkg_build_log="$(mktemp)"
(cd "$repo/integrations/n8n" && npm ci --no-audit --no-fund --silent && npm run --silent build) > "$pkg_build_log" 2>&1 \
  || { cat "$pkg_build_log" >&2; rm -f "$pkg_build_log"; fail "building integrations/n8n"; }
rm -f "$pkg_build_log"

COMPONENTS=(plaid_check_report_create plaid_webhook_verify plaid_partner_insights)
if [ -z "${HOST_TEST_PLUGINS:-}" ] && [ -n "${HOST_TEST_PLUGIN:-}" ]; then HOST_TEST_PLUGINS="$(dirname "$HOST_TEST_PLUGIN")"; fi
have_components() { local c; for c in "${COMPONENTS[@]}"; do [ -f "${HOST_TEST_PLUGINS:-/nonexistent}/$c.wasm" ] || return 1; done; }
if [ -n "${HOST_TEST_BIN:-}" ] && have_components; then
  HOST_TEST="$HOST_TEST_BIN"
else
  step "building the components and host-test"
  source "$repo/scripts/setup.sh"
  build_component
  cargo build --locked -p host-test
  HOST_TEST="$CARGO_TARGET_DIR/debug/host-test"
  HOST_TEST_PLUGINS="$CARGO_TARGET_DIR/wasm32-wasip2/release"
fi
phase_done "node package and binaries"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${N8N_EXAMPLE_KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
export PATH="$NODE24_HOME/bin:$PATH"
listening() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).listening)' "$1"; }
free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

step "starting the Plaid simulator and the step service (three steps)"
"$HOST_TEST" sim -v --port 0 > "$work/sim.out" 2> "$work/sim.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/sim.out" ] && break; sleep 0.1; done
SIM_URL="$(listening "$work/sim.out")" || fail "the simulator did not start: $(cat "$work/sim.log")"
# The simulator's test keys: the service holds them; n8n never sees them.
PLAID_CLIENT_ID=sim_client_id_0123456789 PLAID_SECRET=sim_secret_abcdef0123456789
TOKEN="n8n-example-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$work/plugins"
for c in "${COMPONENTS[@]}"; do cp "$HOST_TEST_PLUGINS/$c.wasm" "$work/plugins/"; done
STEP_SERVICE_TOKEN="$TOKEN" PLAID_CLIENT_ID="$PLAID_CLIENT_ID" PLAID_SECRET="$PLAID_SECRET" \
  "$HOST_TEST" serve --listen 127.0.0.1:0 --plugins "$work/plugins" \
  --base-url "$SIM_URL" --allow "$SIM_URL" --credentials-for "$SIM_URL" > "$work/service.out" 2> "$work/service.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/service.out" ] && break; sleep 0.1; done
SERVICE_URL="$(listening "$work/service.out")" || fail "the step service did not start: $(cat "$work/service.log")"
for _ in $(seq 300); do curl -sf "$SERVICE_URL/readyz" | grep -q '"steps":3' && break; sleep 0.1; done
curl -sf "$SERVICE_URL/readyz" | grep -q '"steps":3' || fail "the step service does not serve the three steps: $(curl -s "$SERVICE_URL/readyz")"

export N8N_USER_FOLDER="$work/n8n"
step "installing the node package from its npm pack tarball into $N8N_USER_FOLDER/.n8n/nodes"
mkdir -p "$work/pack"
tarball="$work/pack/$(cd "$repo/integrations/n8n" && npm pack --silent --pack-destination "$work/pack" | tail -n 1)"
[ -f "$tarball" ] || fail "npm pack made no tarball"
install_community_package() {  # TARBALL: as n8n 2.41's CommunityPackagesService.downloadPackage
  local nodes="$N8N_USER_FOLDER/.n8n/nodes" name version dir
  name="$(tar -xzOf "$1" package/package.json | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).name')"
  version="$(tar -xzOf "$1" package/package.json | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).version')"
  dir="$nodes/node_modules/$name"
  mkdir -p "$dir"
  tar -xzf "$1" -C "$dir" --strip-components=1
  node -e '
    const fs = require("fs"), file = process.argv[1];
    const { devDependencies, peerDependencies, optionalDependencies, ...pkg } = JSON.parse(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
  ' "$dir/package.json"
  (cd "$dir" && npm install --audit=false --fund=false --bin-links=false --install-strategy=shallow \
    --ignore-scripts=true --package-lock=false --silent) >&2
  node -e '
    const fs = require("fs"), [file, name, version] = process.argv.slice(1);
    let pkg = { name: "installed-nodes", private: true, dependencies: {} };
    try { pkg = JSON.parse(fs.readFileSync(file, "utf8")); } catch {}
    pkg.dependencies[name] = version;
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
  ' "$nodes/package.json" "$name" "$version"
  echo "$dir"
}
installed="$(install_community_package "$tarball")"
# The workflows imported below are the package's own copies: they must be the ones kept here.
for f in workflow.json partner-insights-flow.json; do
  cmp -s "$here/$f" "$installed/examples/$f" || fail "the package's examples/$f differs from examples/n8n/$f"
done
export N8N_ENCRYPTION_KEY="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false N8N_TEMPLATES_ENABLED=false
export N8N_PERSONALIZATION_ENABLED=false N8N_HIRING_BANNER_ENABLED=false
# Community packages on (the default), unverified ones included (this package is not vetted by
# n8n); n8n's list of vetted packages is off, as it comes from api.n8n.io (unreachable offline).
export N8N_COMMUNITY_PACKAGES_ENABLED=true N8N_UNVERIFIED_PACKAGES_ENABLED=true N8N_VERIFIED_PACKAGES_ENABLED=false
# `n8n execute` prints its result through the logger at level info.
export N8N_LOG_LEVEL=info
# A free port for n8n's task broker (its default, 5679, may be taken by another n8n).
export N8N_RUNNERS_BROKER_PORT="$(free_port)"
# n8n 2.x blocks $env in expressions by default; the flow does not need it.
export N8N_BLOCK_ENV_ACCESS_IN_NODE=true N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false
N8N_PORT="$(free_port)"
N8N_URL="http://127.0.0.1:$N8N_PORT"
# Where Plaid reaches this n8n: the flow gives Plaid <N8N_WEBHOOK_URL>/webhook/plaid.
export N8N_PORT N8N_LISTEN_ADDRESS=127.0.0.1 N8N_HOST=127.0.0.1 N8N_SECURE_COOKIE=false N8N_WEBHOOK_URL="$N8N_URL/"
# An array, not a function: a backgrounded function would leave n8n orphaned on cleanup.
n8n=(node "$N8N_DIR/node_modules/n8n/bin/n8n")
phase_done "simulator and step service"

step "importing the credential and the package's two example workflows into the n8n user folder"
node -e '
  const [url, token] = process.argv.slice(1);
  console.log(JSON.stringify([{ id: "plaidStepSvcCred1", name: "Step service (example)", type: "stepServiceApi", data: { url, token } }]));
' "$SERVICE_URL" "$TOKEN" > "$work/credentials.json"
"${n8n[@]}" import:credentials --input="$work/credentials.json" > "$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail "importing the credential"; }
rm "$work/credentials.json"
mkdir "$work/workflows"
cp "$installed/examples/workflow.json" "$installed/examples/partner-insights-flow.json" "$work/workflows/"
"${n8n[@]}" import:workflow --separate --input="$work/workflows" >> "$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail "importing the workflows"; }
# n8n 2.x imports workflows inactive; publishing the current version activates it at the next start.
"${n8n[@]}" publish:workflow --id=plaidCheckReport >> "$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail "publishing the flow"; }
phase_done "import and publish"

step "running workflow.json with n8n execute"
"${n8n[@]}" execute --id plaidStepN8nWf01 --rawOutput > "$work/execution.json" 2> "$work/n8n.log" \
  || { tail -n 40 "$work/execution.json" "$work/n8n.log" >&2; fail "n8n execute"; }
node "$here/check.mjs" "$work/execution.json" "$TOKEN" "$PLAID_SECRET" || { tail -n 60 "$work/n8n.log" >&2; fail "the workflow's result"; }
phase_done "workflow.json (n8n execute)"

step "starting n8n on $N8N_URL with partner-insights-flow.json active"
# mcp-registry would fetch a list from api.n8n.io (unreachable offline; noise in the log).
N8N_LOG_LEVEL=warn N8N_DISABLED_MODULES=mcp-registry "${n8n[@]}" start > "$work/n8n-server.log" 2>&1 &
pids+=($!)
# Ready when the flow's webhooks are registered (a GET on the POST-only path says so).
for _ in $(seq 900); do
  curl -s "$N8N_URL/webhook/plaid" | grep -q 'not registered for GET' && break
  kill -0 "${pids[-1]}" 2>/dev/null || { tail -n 40 "$work/n8n-server.log" >&2; fail "n8n exited"; }
  sleep 0.2
done
curl -s "$N8N_URL/webhook/plaid" | grep -q 'not registered for GET' || { tail -n 40 "$work/n8n-server.log" >&2; fail "the flow's webhooks are not registered"; }
phase_done "n8n start until the webhooks are registered"

step "running the Check Report flow (check-flow.mjs)"
node "$here/check-flow.mjs" "$N8N_URL" "$work/sim.log" "$TOKEN" "$PLAID_SECRET" "$N8N_ENCRYPTION_KEY" > "$work/check-flow.out" 2>&1 \
  || { cat "$work/check-flow.out" >&2; tail -n 40 "$work/n8n-server.log" >&2; fail "the flow"; }
cat "$work/check-flow.out"
phase_done "the flow (check-flow.mjs)"

for log in "$work"/*.log "$work"/*.out "$work/execution.json"; do
  for secret in "$TOKEN" "$PLAID_SECRET" "$N8N_ENCRYPTION_KEY"; do
    if grep -qF "$secret" "$log"; then fail "$(basename "$log") contains a credential or token"; fi
  done
done
echo "ok: no token or credential in the outputs and logs ($(cd "$work" && echo *.log *.out execution.json))"
if [ -n "${N8N_SCREENSHOT_DIR:-}" ]; then
  step "screenshots of n8n's editor into $N8N_SCREENSHOT_DIR"
  [ -d "$repo/host-test/editor-tests/node_modules/playwright-core" ] || (cd "$repo/host-test/editor-tests" && npm ci --no-audit --no-fund --silent)
  approved="$(sed -n 's/^ok: execution \([0-9]*\), usr_n8n_approve: .*/\1/p' "$work/check-flow.out")"
  node "$here/screenshot.mjs" "$N8N_URL" "$N8N_SCREENSHOT_DIR" "$approved" || { tail -n 40 "$work/n8n-server.log" >&2; fail "screenshots"; }
  phase_done "screenshots"
fi
printf '   %s\n' "${times[@]}"
echo "n8n example passed in $(( $(date +%s) - started )) s"
