#!/usr/bin/env bash
# The main job: build the component and the host, then run a step against the
# embedded Plaid simulator. Any arguments replace the default ones, e.g.
#   scripts/run.sh validate examples/inputs/invalid.json
source "$(dirname "$0")/setup.sh"
build_component
cargo build --locked -p host-test
if [ "$#" -eq 0 ]; then
  set -- run examples/inputs/good.json
fi
exec "$CARGO_TARGET_DIR/debug/host-test" "$@"
