  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
!  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
F  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
'  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
w  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
F  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
`  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
`  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
w  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
J  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
N  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
,  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
`  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
`  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
U  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
B  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
P  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
Z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
N  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
D  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
P  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
F  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
,  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
I  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
<  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
{  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
}  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
k  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
3  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
D  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
I  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
D  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
I  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
U  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
B  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
P  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
C  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
G  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
D  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
I  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
{  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
*  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
j  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
q  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
j  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
j  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
}  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
{  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
#  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
w  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
+  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
6  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
%  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
5  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
j  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
*  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
j  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
3  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
&  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
&  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
3  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
'  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
w  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
&  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
5  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
5  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
,  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
8  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
+  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
,  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
'  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
\  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
}  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
v  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
j  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
k  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
*  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
{  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
}  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
&  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
@  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
&  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
\  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
-  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
^  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
(  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
D  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
m  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
b  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
_  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
I  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
N  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
F  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
O  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
U  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
M  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
M  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
R  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
Y  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
.  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
*  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
p  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
k  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
)  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
{  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
P  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
I  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
P  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
E  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
A  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
T  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
U  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
S  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
[  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
}  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
=  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
0  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
]  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
|  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
{  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
h  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
l  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
:  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
u  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
z  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
f  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
c  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
s  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
/  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
$  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
a  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
r  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
g  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
"  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
>  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
&  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
2  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
x  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
i  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
t  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
1  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
;  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
   log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
}  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
d  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
o  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
n  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
e  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true

  log="$CARGO_TARGET_DIR/fuzz-$target.log"
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" -- -max_total_time="$seconds" -print_final_stats=1 "$@" > "$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the crashing input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" >&2 || true
