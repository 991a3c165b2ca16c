#!/usr/bin/env bash
# Runs fuzz targets to 10 million executions each and prints one line of figures per target
# (for BENCHMARKS.md, "Fuzzing"). Hours of work on a small machine: run it where it may take
# all night. Corpora are kept in fuzz/corpus/<target>/ (not in git): seed them first with
# `python3 fuzz/seed.py`. A crash leaves its input in artifacts/<target>/ and stops that target.
#   bash fuzz/run-all.sh [TARGET…]      (default: every target of fuzz/Cargo.toml)
# Environment: FUZZ_RUNS (10000000), FUZZ_MAX_LEN (4096), FUZZ_JOBS (targets run side by side,
# one per core: 2), FUZZ_MAX_TIME (seconds per target, 0: no cap), FUZZ_BUILD_FLAGS (passed to
# `cargo fuzz build`; empty: compare tracing on).
# Built without libFuzzer's comparison tracing by default: on `import_libraries` it made each
# execution 3.7 times as slow for 1.5 % more coverage after 300,000 runs (BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")"
export runs=${FUZZ_RUNS:-10000000} max_len=${FUZZ_MAX_LEN:-4096} max_time=${FUZZ_MAX_TIME:-0}
jobs=${FUZZ_JOBS:-2}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^toutpres-fuzz$')
fi
# One build for every target; the runs call the binaries, so no run rebuilds.
# shellcheck disable=SC2086
cargo +nightly fuzz build -s none ${FUZZ_BUILD_FLAGS---no-trace-compares}
export bin=target/x86_64-unknown-linux-gnu/release

one() {
  local t=$1 start=$SECONDS log="artifacts/$1-run.log" len=$max_len
  # A real delta from the bundled edition to the next is about 5 KB: its seed must fit.
  [ "$t" = delta_apply ] && [ "$len" -lt 8192 ] && len=8192
  mkdir -p "corpus/$t" "artifacts/$t"
  if ! nice -n 19 "$bin/$t" "corpus/$t" -runs="$runs" -max_len="$len" \
    -max_total_time="$max_time" -print_final_stats=1 -artifact_prefix="artifacts/$t/" \
    >"$log" 2>&1; then
    echo "$t: stopped, see fuzz/$log (its input is in fuzz/artifacts/$t/)"
    return 0
  fi
  local execs rate cov corp
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  # libFuzzer's own count of the corpus it keeps (the folder also holds every unit it dropped).
  corp=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1)
  echo "$t: $execs executions in $((SECONDS - start)) s, $rate exec/s, $cov, $corp, no crash"
}
export -f one
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'one {}'
