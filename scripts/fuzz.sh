#!/usr/bin/env bash
# Fuzzes the component's native logic with cargo-fuzz (libFuzzer): `validate` on bytes
# and on structure-aware JSON, `parse` on a status and body. Seeds come from examples/.
# Runs on the pinned stable toolchain; RUSTC_BOOTSTRAP=1 lets cargo-fuzz use its -Z flags.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [libFuzzer args...]   (default 10 s, as in CI)
# Crashes are saved under fuzz/artifacts/<target>/; turn each into a regression test.
source "$(dirname "$0")/setup.sh"
seconds="${1:-10}"
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
export CARGO_TARGET_DIR="$CARGO_TARGET_DIR/fuzz"
export RUSTC_BOOTSTRAP=1
corpus_root="$CARGO_TARGET_DIR/corpus"

seed_inputs() { cp examples/inputs/*.json examples/plaid/request.docs-sample.json src/examples.json "$1/"; }
seed_responses() { # parse_response reads the status from the first two bytes: 100 + u16 % 500
  for f in examples/plaid/response-200.spec-example-1.json examples/plaid/errors/*.json; do
    status="$(basename "$f" | cut -c1-3)"
    [ "$status" = "res" ] && status=200
    python3 -c 'import sys; s=int(sys.argv[1])-100; sys.stdout.buffer.write(bytes([s & 255, s >> 8]) + open(sys.argv[2],"rb").read())' \
      "$status" "$f" > "$1/$(basename "$f")"
  done
}

for target in validate_bytes validate_json parse_response; do
  corpus="$corpus_root/$target"
  mkdir -p "$corpus"
  case "$target" in
    parse_response) seed_responses "$corpus" ;;
    *) seed_inputs "$corpus" ;;
  esac
  echo "== fuzzing $target for ${seconds}s" >&2
  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -aE "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
done
