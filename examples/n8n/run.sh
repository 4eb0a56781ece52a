#!/usr/bin/env bash
# Runs the step in a real n8n (2.41.1, on Node 24 from npm), end to end and offline: the step
# service (`host-test serve`) with its embedded Plaid simulator, the n8n community node from
# integrations/n8n, and a workflow that sends a good user and a not-ready user through it.
#
# Sets up what it needs (Node 24 and n8n in $N8N_HOME, default ~/.cache/plaid-step-n8n, once:
# a few minutes and ~3 GB; the node package; the component and host-test unless HOST_TEST_BIN
# and HOST_TEST_PLUGIN name prebuilt ones), imports a credential and workflow.json into a
# throwaway n8n user folder, runs it with `n8n execute`, checks the result (check.mjs), and
# stops what it started. Exits non-zero on any miss. Not part of scripts/test.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source "$here/install.sh"
started=$(date +%s)
step() { echo "== $*" >&2; }
fail() { echo "FAIL: $*" >&2; exit 1; }

install_n8n
N8N_DIR="$N8N_HOME/n8n-$N8N_VERSION"

step "building the n8n node package (integrations/n8n)"
(cd "$repo/integrations/n8n" && npm ci --no-audit --no-fund --silent && npm run --silent build)

if [ -n "${HOST_TEST_BIN:-}" ] && [ -n "${HOST_TEST_PLUGIN:-}" ]; then
  HOST_TEST="$HOST_TEST_BIN"; WASM="$HOST_TEST_PLUGIN"
else
  step "building the component and host-test"
  source "$repo/scripts/setup.sh"
  build_component
  cargo build --locked -p host-test
  HOST_TEST="$CARGO_TARGET_DIR/debug/host-test"
  WASM="$CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm"
fi

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${N8N_EXAMPLE_KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

TOKEN="n8n-example-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$work/plugins"
cp "$WASM" "$work/plugins/plaid_partner_insights.wasm"
step "starting the step service (embedded simulator)"
STEP_SERVICE_TOKEN="$TOKEN" PLAID_CLIENT_ID='' PLAID_SECRET='' \
  "$HOST_TEST" serve --listen 127.0.0.1:0 --plugins "$work/plugins" > "$work/service.out" 2> "$work/service.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/service.out" ] && break; sleep 0.1; done
SERVICE_URL="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).listening)' "$work/service.out")" \
  || fail "the step service did not start: $(cat "$work/service.log")"
for _ in $(seq 300); do curl -sf "$SERVICE_URL/readyz" >/dev/null && break; sleep 0.1; done

# The n8n node package as a custom extension; n8n-workflow resolves to n8n's own copy.
mkdir -p "$work/custom/node_modules"
cp -r "$repo/integrations/n8n/dist" "$work/custom/n8n-nodes-step-service"
ln -s "$N8N_DIR/node_modules/n8n-workflow" "$work/custom/node_modules/n8n-workflow"

export PATH="$NODE24_HOME/bin:$PATH"
export N8N_USER_FOLDER="$work/n8n" N8N_CUSTOM_EXTENSIONS="$work/custom/n8n-nodes-step-service"
export N8N_ENCRYPTION_KEY="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false N8N_TEMPLATES_ENABLED=false
# `n8n execute` prints its result through the logger at level info.
export N8N_PERSONALIZATION_ENABLED=false N8N_HIRING_BANNER_ENABLED=false N8N_LOG_LEVEL=info
free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
# A free port for n8n's task broker (its default, 5679, may be taken by another n8n).
export N8N_RUNNERS_BROKER_PORT="$(free_port)"
export N8N_RUNNERS_ENABLED=true N8N_BLOCK_ENV_ACCESS_IN_NODE=true N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false
# An array, not a function: a backgrounded function would leave n8n orphaned on cleanup.
n8n=(node "$N8N_DIR/node_modules/n8n/bin/n8n")

step "importing the credential and the workflow into a new n8n user folder"
node -e '
  const [url, token] = process.argv.slice(1);
  console.log(JSON.stringify([{ id: "plaidStepSvcCred1", name: "Step service (example)", type: "stepServiceApi", data: { url, token } }]));
' "$SERVICE_URL" "$TOKEN" > "$work/credentials.json"
"${n8n[@]}" import:credentials --input="$work/credentials.json" > "$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail "importing the credential"; }
rm "$work/credentials.json"
"${n8n[@]}" import:workflow --input="$here/workflow.json" >> "$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail "importing the workflow"; }

step "running the workflow with n8n execute"
"${n8n[@]}" execute --id plaidStepN8nWf01 --rawOutput > "$work/execution.json" 2> "$work/n8n.log" \
  || { tail -n 40 "$work/execution.json" "$work/n8n.log" >&2; fail "n8n execute"; }

node "$here/check.mjs" "$work/execution.json" "$TOKEN" || { tail -n 60 "$work/n8n.log" >&2; fail "the workflow's result"; }
for log in "$work/n8n.log" "$work/import.log" "$work/service.log"; do
  if grep -qF "$TOKEN" "$log"; then fail "$(basename "$log") contains the service token"; fi
done
if [ -n "${N8N_SCREENSHOT_DIR:-}" ]; then
  step "screenshots of n8n's editor into $N8N_SCREENSHOT_DIR"
  [ -d "$repo/host-test/editor-tests/node_modules/playwright-core" ] || (cd "$repo/host-test/editor-tests" && npm ci --no-audit --no-fund --silent)
  N8N_PORT="$(free_port)"
  N8N_PORT="$N8N_PORT" N8N_LISTEN_ADDRESS=127.0.0.1 N8N_SECURE_COOKIE=false N8N_COMMUNITY_PACKAGES_ENABLED=false N8N_LOG_LEVEL=warn "${n8n[@]}" start > "$work/n8n-server.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 600); do curl -sf "http://127.0.0.1:$N8N_PORT/healthz/readiness" >/dev/null && break; sleep 0.2; done
  node "$here/screenshot.mjs" "http://127.0.0.1:$N8N_PORT" "$N8N_SCREENSHOT_DIR" || { tail -n 40 "$work/n8n-server.log" >&2; fail "screenshots"; }
fi
echo "n8n example passed in $(( $(date +%s) - started )) s"
