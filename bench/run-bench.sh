#!/bin/bash
# SPDX-License-Identifier: MIT
# run-bench.sh: time each micro benchmark natively, under xrun-riscv64 (every
# backend in XRUN_BACKENDS) and under qemu-riscv64 when installed, in one run;
# print a table of medians and ratios with geometric means, check that all
# checksums agree, and write the table to bench/results/latest.txt.
# Normally run through `make bench` from the build directory.
#
# Environment:
#   BENCH_RUNS=3        runs per benchmark and runner; the median is reported
#   BENCH_SCALE=1       work scale factor passed to every benchmark (0.05: smoke test)
#   BENCH_LIST="..."    subset of benchmarks (default: all built)
#   BENCH_TIMEOUT=1800  seconds per single run
#   BENCH_CLOCK=cpu     cpu: user+system CPU seconds of the run (default; stable
#                       when other jobs share the machine); wall: elapsed time
#   XRUN_BACKENDS=interp  xrun backends to time (-accel NAME)
#   XRUN=path           xrun-riscv64 binary (default $top_builddir/xrun-riscv64)
#   EMU="cmd args"      stand-in emulator instead of xrun (column "emu")
#   QEMU_RISCV64=path   qemu-riscv64 binary (default: qemu-riscv64-static from PATH;
#                       QEMU_RISCV64=none to leave qemu out)
set -u
export LC_ALL=C

top_builddir=${top_builddir:-$PWD}
bdir=$top_builddir/bench
runs=${BENCH_RUNS:-3}
scale=${BENCH_SCALE:-1}
tmo=${BENCH_TIMEOUT:-1800}
clock=${BENCH_CLOCK:-cpu}
case $clock in cpu|wall) ;; *) echo "BENCH_CLOCK must be cpu or wall" >&2; exit 2 ;; esac
TIMEFORMAT='%3U %3S'
names=${BENCH_LIST:-intloop memcopy calls dispatch nbody}
out_dir=$bdir/results
mkdir -p "$out_dir"
work=$(mktemp -d "${TMPDIR:-/tmp}/xrun-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

case $runs in ''|*[!0-9]*|0) echo "BENCH_RUNS must be a positive integer" >&2; exit 2 ;; esac

# Runners: a label and a command prefix each.
labels=() cmds=()
add_runner() { labels+=("$1"); cmds+=("$2"); }
add_runner native ""
notes=()
if [ -n "${EMU:-}" ]; then
  add_runner emu "$EMU"
  xrun_labels=(emu)
else
  xrun=${XRUN:-$top_builddir/xrun-riscv64}
  xrun_labels=()
  if [ -x "$xrun" ]; then
    for b in ${XRUN_BACKENDS:-interp}; do
      add_runner "xrun-$b" "$xrun -accel $b"
      xrun_labels+=("xrun-$b")
    done
  else
    notes+=("xrun-riscv64 not built ($xrun): xrun columns left out")
  fi
fi
qemu=${QEMU_RISCV64:-$(command -v qemu-riscv64-static || command -v qemu-riscv64 || true)}
[ "$qemu" = none ] && qemu=
if [ -n "$qemu" ] && [ -x "$qemu" ]; then
  add_runner qemu "$qemu"
else
  qemu=
  notes+=("qemu-riscv64 not installed: qemu columns left out")
fi

now() { echo "${EPOCHREALTIME/,/.}"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_runs LABEL CMD BINARY -> sets $med (seconds, or FAIL) and leaves the
# checksum line of the first run in $work/LABEL.out
time_runs() {
  local label=$1 cmd=$2 bin=$3 i t0 t1 rc
  local -a pre
  read -r -a pre <<< "$cmd"
  : > "$work/times"
  for ((i = 0; i < runs; i++)); do
    t0=$(now)
    { time timeout -k 5 "$tmo" "${pre[@]}" "$bin" "$scale" > "$work/run.out" 2> "$work/run.err"; } 2> "$work/cpu"
    rc=$?
    t1=$(now)
    # CPU time = user + system of the process tree (robust on a busy machine).
    [ "$clock" = cpu ] && read -r t0 t1 < <(awk '{ print 0, $1 + $2 }' "$work/cpu")
    if [ $rc -ne 0 ]; then
      med=FAIL
      echo "  $label: exit status $rc$([ $rc = 124 ] && echo " (timeout after ${tmo}s)")" >> "$work/failures"
      sed -n '1,5s/^/    /p' "$work/run.err" >> "$work/failures"
      return
    fi
    [ $i -eq 0 ] && cp "$work/run.out" "$work/$label.out"
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }' >> "$work/times"
  done
  med=$(median < "$work/times")
}

ratio() { # a b -> a/b formatted, or "-"
  case "$1$2" in *FAIL*|*-*) echo "-" ;; *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }' ;; esac
}

# Columns: native time, one time per emulator, then ratios.
ratio_cols=()
for l in "${xrun_labels[@]}"; do ratio_cols+=("$l/native"); done
[ -n "$qemu" ] && ratio_cols+=("qemu/native")
if [ -n "$qemu" ]; then for l in "${xrun_labels[@]}"; do ratio_cols+=("$l/qemu"); done; fi

load0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
declare -A T
status=0
: > "$work/failures"
: > "$work/mismatch"
echo "running: ${names} (BENCH_SCALE=$scale, BENCH_RUNS=$runs, runners: ${labels[*]})" >&2
for n in $names; do
  nat=$bdir/$n.native rv=$bdir/$n.rv64
  if [ ! -x "$nat" ] || [ ! -x "$rv" ]; then
    echo "run-bench: $nat or $rv not built (run 'make bench')" >&2
    exit 2
  fi
  for ((r = 0; r < ${#labels[@]}; r++)); do
    l=${labels[r]}
    echo "  $n: $l..." >&2
    if [ "$l" = native ]; then time_runs "$l" "" "$nat"; else time_runs "$l" "${cmds[r]}" "$rv"; fi
    if [ "$med" = FAIL ]; then
      sed -i "s/^  $l: /  $n under $l: /" "$work/failures"
      status=1
    elif [ "$l" != native ] && ! cmp -s "$work/native.out" "$work/$l.out"; then
      printf '  %s: %s printed "%s", native printed "%s"\n' "$n" "$l" \
        "$(head -c 200 "$work/$l.out")" "$(head -c 200 "$work/native.out")" >> "$work/mismatch"
      med="$med(!)"
      status=1
    fi
    T[$n,$l]=$med
  done
  T[$n,checksum]=$(head -n1 "$work/native.out")
done

# ---- Report ----------------------------------------------------------------------
num() { echo "${1%(!)}"; }
table() { # align tab-separated columns (no dependency on column(1))
  awk -F'\t' '{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) }
                 if (NF > nf) nf = NF; rows = NR }
       END { for (r = 1; r <= rows; r++) { line = ""
               for (i = 1; i <= nf; i++) line = line sprintf(i == 1 ? "%-" w[i] "s" : "  %" w[i] "s", c[r, i])
               sub(/ +$/, "", line); print line } }'
}
{
  echo "xrun micro benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "host: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null), $(nproc) cpus; $(uname -sr)"
  echo "BENCH_SCALE=$scale BENCH_RUNS=$runs BENCH_CLOCK=$clock: median of $runs runs, $([ "$clock" = cpu ] && echo "user+system CPU seconds" || echo "wall-clock seconds")"
  echo "load average before the run: $load0"
  [ -n "$qemu" ] && echo "qemu: $("$qemu" --version 2>/dev/null | head -n1)"
  for x in "${notes[@]}"; do echo "note: $x"; done
  echo
  {
    printf 'benchmark'
    for l in "${labels[@]}"; do printf '\t%s(s)' "$l"; done
    for c in "${ratio_cols[@]}"; do printf '\t%s' "$c"; done
    printf '\n'
    for n in $names; do
      printf '%s' "$n"
      for l in "${labels[@]}"; do printf '\t%s' "${T[$n,$l]}"; done
      for l in "${xrun_labels[@]}"; do printf '\t%s' "$(ratio "$(num "${T[$n,$l]}")" "${T[$n,native]}")"; done
      [ -n "$qemu" ] && printf '\t%s' "$(ratio "$(num "${T[$n,qemu]}")" "${T[$n,native]}")"
      if [ -n "$qemu" ]; then
        for l in "${xrun_labels[@]}"; do printf '\t%s' "$(ratio "$(num "${T[$n,$l]}")" "$(num "${T[$n,qemu]}")")"; done
      fi
      printf '\n'
    done
    # Geometric means of the ratios over the benchmarks where both sides ran.
    printf 'geomean'
    for l in "${labels[@]}"; do printf '\t'; done
    geo() { # a-label b-label
      for n in $names; do
        a=$(num "${T[$n,$1]}") b=$(num "${T[$n,$2]}")
        case "$a$b" in *FAIL*) continue ;; esac
        echo "$a $b"
      done | awk '$2 > 0 && $1 > 0 { s += log($1 / $2); k++ } END { if (k) printf "%.2fx", exp(s / k); else print "-" }'
    }
    for l in "${xrun_labels[@]}"; do printf '\t%s' "$(geo "$l" native)"; done
    [ -n "$qemu" ] && printf '\t%s' "$(geo qemu native)"
    if [ -n "$qemu" ]; then for l in "${xrun_labels[@]}"; do printf '\t%s' "$(geo "$l" qemu)"; done; fi
    printf '\n'
  } | table
  echo
  echo "checksums (native):"
  for n in $names; do echo "  ${T[$n,checksum]}"; done
  if [ -s "$work/mismatch" ]; then
    echo "CHECKSUM MISMATCH (marked (!) above):"
    cat "$work/mismatch"
  else
    echo "all runners printed the same checksums as native"
  fi
  if [ -s "$work/failures" ]; then
    echo "FAILED runs (FAIL above, left out of the geometric means):"
    cat "$work/failures"
  fi
} | tee "$out_dir/latest.txt"
echo "results written to $out_dir/latest.txt" >&2
exit $status
