#!/usr/bin/env bash
# Runs every fuzz target to 10 million executions, one after the other, and prints one line of
# figures per target (for BENCHMARKS.md, "Fuzzing"). Hours of work on a small machine: run it
# where it may take all night. Corpora are kept in fuzz/corpus/<target>/ (not in git); seed
# them from ../shared/data first (see BENCHMARKS.md).
#   bash fuzz/run-all.sh [TARGET…]      (default: every target of fuzz/Cargo.toml)
set -euo pipefail
cd "$(dirname "$0")"
runs=${FUZZ_RUNS:-10000000}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^toutpres-fuzz$')
fi
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  log="artifacts/$t-run.log"
  mkdir -p artifacts
  start=$SECONDS
  cargo +nightly fuzz run -s none "$t" -- -runs="$runs" -max_len=8192 -print_final_stats=1 >"$log" 2>&1 || {
    echo "$t: stopped, see $log (a crash leaves its input in artifacts/$t/)"; continue; }
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  echo "$t: $execs executions in $((SECONDS - start)) s, $rate exec/s, $cov, no crash"
done
