#!/bin/bash
# SPDX-License-Identifier: MIT
# run-bench.sh: time each micro benchmark natively and, for every guest
# architecture (riscv64, aarch64), under xrun-GUEST (every backend in
# XRUN_BACKENDS) and under qemu-GUEST when installed, in one run; print one
# table of medians and ratios with geometric means per guest, check that all
# checksums agree with native, and write the table to bench/results/latest.txt.
# Normally run through `make bench` from the build directory.
#
# Environment:
#   BENCH_RUNS=3        runs per benchmark and runner; the median is reported
#   BENCH_SCALE=1       work scale factor passed to every benchmark (0.05: smoke test)
#   BENCH_LIST="..."    subset of benchmarks (default: every bench/NAME.native)
#   BENCH_GUESTS="riscv64 aarch64"  guests to time (make bench: those with a
#                       cross compiler); a guest's programs are bench/NAME.rv64
#                       and bench/NAME.a64
#   BENCH_TIMEOUT=1800  seconds per single run
#   BENCH_CLOCK=cpu     cpu: user+system CPU seconds of the run (default; stable
#                       when other jobs share the machine); wall: elapsed time
#   XRUN_BACKENDS="..."  xrun backends to time (-accel NAME; default: every
#                       backend the build has, as "xrun-GUEST -accel help" lists)
#   XRUN_RISCV64=path, XRUN_AARCH64=path   the xrun binaries (default
#                       $top_builddir/xrun-GUEST; XRUN is the old name of
#                       XRUN_RISCV64)
#   EMU_RISCV64="cmd args", EMU_AARCH64=...  stand-in emulator instead of xrun
#                       for that guest (column "emu"; EMU = EMU_RISCV64)
#   QEMU_RISCV64=path, QEMU_AARCH64=path   qemu-user binaries (default:
#                       qemu-GUEST-static or qemu-GUEST from PATH; "none" to
#                       leave qemu out)
set -u
export LC_ALL=C

top_builddir=${top_builddir:-$PWD}
. "$(dirname "$0")/bench-lib.sh"
bdir=$top_builddir/bench
runs=${BENCH_RUNS:-3}
scale=${BENCH_SCALE:-1}
tmo=${BENCH_TIMEOUT:-1800}
clock=${BENCH_CLOCK:-cpu}
case $clock in cpu|wall) ;; *) echo "BENCH_CLOCK must be cpu or wall" >&2; exit 2 ;; esac
TIMEFORMAT='%3U %3S'
# make bench passes bench/local.mk's BENCH_NAMES; by hand, every micro
# benchmark built (true.native belongs to run-real.sh's start-up row).
names=${BENCH_LIST:-$(cd "$bdir" 2>/dev/null && ls -- *.native 2>/dev/null | sed 's/\.native$//' | grep -vx true)}
out_dir=$bdir/results
mkdir -p "$out_dir"
work=$(mktemp -d "${TMPDIR:-/tmp}/xrun-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

case $runs in ''|*[!0-9]*|0) echo "BENCH_RUNS must be a positive integer" >&2; exit 2 ;; esac

suffix_of() { case $1 in riscv64) echo rv64 ;; aarch64) echo a64 ;; esac; }

# Guests whose programs are all built.
guests=()
notes=()
for g in ${BENCH_GUESTS:-riscv64 aarch64}; do
  sfx=$(suffix_of "$g")
  if [ -z "$sfx" ]; then echo "run-bench: unknown guest '$g' (riscv64 or aarch64)" >&2; exit 2; fi
  missing=
  for n in $names; do [ -x "$bdir/$n.$sfx" ] || missing+=" $n.$sfx"; done
  if [ -n "$missing" ]; then
    notes+=("$g left out: not built:$missing (run 'make bench')")
  else
    guests+=("$g")
  fi
done
for n in $names; do
  if [ ! -x "$bdir/$n.native" ]; then echo "run-bench: $bdir/$n.native not built (run 'make bench')" >&2; exit 2; fi
done
if [ ${#guests[@]} -eq 0 ]; then
  printf 'run-bench: no guest programs built\n' >&2
  printf '  %s\n' "${notes[@]}" >&2
  exit 2
fi

# Runners per guest: labels (the same set for every guest so that the table
# has one set of columns) and a command prefix per guest and label.
declare -A CMD
xlabels=()          # xrun-BACKEND or emu
have_qemu=0
qemu_versions=()
for g in "${guests[@]}"; do
  G=${g^^}
  emu_var=EMU_$G; emu=${!emu_var:-}
  [ "$g" = riscv64 ] && [ -z "$emu" ] && emu=${EMU:-}
  if [ -n "$emu" ]; then
    CMD[$g,emu]=$emu
    case " ${xlabels[*]} " in *" emu "*) ;; *) xlabels+=(emu) ;; esac
  else
    xvar=XRUN_$G; xrun=${!xvar:-}
    [ "$g" = riscv64 ] && [ -z "$xrun" ] && xrun=${XRUN:-}
    xrun=${xrun:-$top_builddir/xrun-$g}
    if [ -x "$xrun" ]; then
      bk=${XRUN_BACKENDS:-$("$xrun" -accel help 2>/dev/null | awk 'NR > 1 && NF == 1 { print $1 }')}
      for b in ${bk:-interp}; do
        CMD[$g,xrun-$b]="$xrun -accel $b"
        case " ${xlabels[*]} " in *" xrun-$b "*) ;; *) xlabels+=("xrun-$b") ;; esac
      done
    else
      notes+=("xrun-$g not built ($xrun): its xrun columns left out")
    fi
  fi
  qvar=QEMU_$G; qemu=${!qvar:-}
  [ -z "$qemu" ] && qemu=$(command -v "qemu-$g-static" || command -v "qemu-$g" || true)
  [ "$qemu" = none ] && qemu=
  if [ -n "$qemu" ] && [ -x "$qemu" ]; then
    CMD[$g,qemu]=$qemu
    have_qemu=1
    qemu_versions+=("$("$qemu" --version 2>/dev/null | head -n1)")
  else
    notes+=("qemu-$g not installed: its qemu columns left out")
  fi
done
labels=("${xlabels[@]}")
[ $have_qemu = 1 ] && labels+=(qemu)

# time_runs KEY CMD BINARY -> sets $med (seconds, or FAIL) and leaves the
# output of the first run in $work/KEY.out
time_runs() {
  local key=$1 cmd=$2 bin=$3 i t0 t1 rc
  local -a pre=()
  [ -n "$cmd" ] && read -r -a pre <<< "$cmd"
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
      echo "  $key: exit status $rc$([ $rc = 124 ] && echo " (timeout after ${tmo}s)")" >> "$work/failures"
      sed -n '1,5s/^/    /p' "$work/run.err" >> "$work/failures"
      return
    fi
    [ $i -eq 0 ] && cp "$work/run.out" "$work/$key.out"
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }' >> "$work/times"
  done
  med=$(median < "$work/times")
}

load0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
declare -A T
status=0
: > "$work/failures"
: > "$work/mismatch"
echo "running: ${names} (guests: ${guests[*]}; BENCH_SCALE=$scale, BENCH_RUNS=$runs, runners: native ${labels[*]})" >&2
for n in $names; do
  echo "  $n: native..." >&2
  time_runs "$n.native" "" "$bdir/$n.native"
  T[$n,native]=$med
  if [ "$med" = FAIL ]; then status=1; fi
  T[$n,checksum]=$(head -n1 "$work/$n.native.out" 2>/dev/null)
  for g in "${guests[@]}"; do
    bin=$bdir/$n.$(suffix_of "$g")
    for l in "${labels[@]}"; do
      [ -n "${CMD[$g,$l]:-}" ] || { T[$g,$n,$l]=-; continue; }
      echo "  $n: $g $l..." >&2
      time_runs "$g-$n-$l" "${CMD[$g,$l]}" "$bin"
      if [ "$med" = FAIL ]; then
        status=1
      elif ! cmp -s "$work/$n.native.out" "$work/$g-$n-$l.out"; then
        printf '  %s: %s under %s printed "%s", native printed "%s"\n' "$n" "$g" "$l" \
          "$(head -c 200 "$work/$g-$n-$l.out")" "$(head -c 200 "$work/$n.native.out" 2>/dev/null)" >> "$work/mismatch"
        med="$med(!)"
        status=1
      fi
      T[$g,$n,$l]=$med
    done
  done
done

# ---- Report ----------------------------------------------------------------------
{
  echo "xrun micro benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "host: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null), $(nproc) cpus; $(uname -sr)"
  echo "BENCH_SCALE=$scale BENCH_RUNS=$runs BENCH_CLOCK=$clock: median of $runs runs, $([ "$clock" = cpu ] && echo "user+system CPU seconds" || echo "wall-clock seconds")"
  echo "guests: ${guests[*]}; native is the same x86-64 program for both"
  echo "load average before the run: $load0"
  for x in "${qemu_versions[@]}"; do echo "qemu: $x"; done
  for x in "${notes[@]}"; do echo "note: $x"; done
  echo
  {
    printf 'guest\tbenchmark\tnative(s)'
    for l in "${labels[@]}"; do printf '\t%s(s)' "$l"; done
    ratio_heads
    printf '\n'
    for g in "${guests[@]}"; do
      for n in $names; do
        printf '%s\t%s\t%s' "$g" "$n" "${T[$n,native]}"
        for l in "${labels[@]}"; do printf '\t%s' "$(val "$g" "$n" "$l")"; done
        ratio_cells "$g" "$n"
        printf '\n'
      done
      geomean_row "$g"
    done
  } | table
  echo
  echo "checksums (native):"
  for n in $names; do echo "  ${T[$n,checksum]}"; done
  if [ -s "$work/mismatch" ]; then
    echo "CHECKSUM MISMATCH (marked (!) above):"
    cat "$work/mismatch"
  else
    echo "all runners of all guests printed the same checksums as native"
  fi
  if [ -s "$work/failures" ]; then
    echo "FAILED runs (FAIL above, left out of the geometric means):"
    cat "$work/failures"
  fi
} | tee "$out_dir/latest.txt"
echo "results written to $out_dir/latest.txt" >&2
exit $status
