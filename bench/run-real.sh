#!/bin/bash
# SPDX-License-Identifier: MIT
# run-real.sh: real workloads from Debian's packages, natively (the host's
# x86-64 programs), under xrun-GUEST and under qemu-GUEST (when installed)
# with the guest's programs from a sysroot (scripts/make-sysroot.sh:
# riscv64 from trixie, arm64 from bookworm), in one run.  For each workload
# it prints the median time of BENCH_RUNS runs, the ratios, and the peak
# resident set of each runner; geometric means per guest; a start-up row
# (a static program that does nothing, run 100 times).  Outputs must agree
# with native (cc1 writes assembly for its own architecture: only its
# exit status counts).  Normally run through `make bench`, after the
# micro benchmarks; results in bench/results/real.txt.
#
# Environment: BENCH_RUNS (3), BENCH_CLOCK (cpu|wall), BENCH_GUESTS,
# BENCH_REAL_LIST (subset of workloads), BENCH_TIMEOUT (s per run),
# XRUN_BACKENDS (default jit: the interpreter is the oracle, not a
# contender), XRUN_RISCV64 / XRUN_AARCH64, QEMU_RISCV64 / QEMU_AARCH64
# (paths or "none"), as run-bench.sh.
set -u
export LC_ALL=C

top_builddir=${top_builddir:-$PWD}
here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=$(cd "$here/.." && pwd)
. "$here/bench-lib.sh"
bdir=$top_builddir/bench
runs=${BENCH_RUNS:-3}
clock=${BENCH_CLOCK:-cpu}
tmo=${BENCH_TIMEOUT:-1800}
rusage=$bdir/rusage
data=$bdir/data
out_dir=$bdir/results
[ -x "$rusage" ] || { echo "run-real: $rusage not built (run 'make bench')" >&2; exit 2; }
mkdir -p "$out_dir"
work=$(mktemp -d "${TMPDIR:-/tmp}/xrun-real.XXXXXX")
trap 'rm -rf "$work"' EXIT
bash "$here/real/gen-data.sh" "$data"

# The workloads, declared once: NAME | PROGRAM (a path in the root: the
# host's for native, the sysroot's for a guest; @CC1 is found there) |
# ARGUMENTS (@D data, @B bench/real; "FILE xN" repeats FILE N times) |
# STDIN (a file or -) | CHECK (out: stdout must equal native's; status:
# only the exit status).
workloads() {
  cat <<'EOF'
xz|/usr/bin/xz|-9 -T1 -c @D/text1m|-|out
gzip|/usr/bin/gzip|-9 -c @D/text8m|-|out
sha256sum|/usr/bin/sha256sum|@D/text64m x5|-|out
python3|/usr/bin/python3|@B/pyloop.py|-|out
perl|/usr/bin/perl|@B/regex.pl @D/text8m|-|out
sqlite3|/usr/bin/sqlite3|:memory:|@B/sqlite.sql|out
cc1|@CC1|-quiet -O2 @D/gen.c -o -|-|status
openssl-sha256|/usr/bin/openssl|dgst -sha256 @D/text256m x4|-|out
openssl-aes|/usr/bin/openssl|enc -aes-128-cbc -K 000102030405060708090a0b0c0d0e0f -iv 0f0e0d0c0b0a09080706050403020100 -in @D/text256m|-|out
EOF
}
PKGS="xz-utils gzip coreutils python3-minimal libpython3-stdlib perl perl-base
      sqlite3 cpp openssl"
names=${BENCH_REAL_LIST:-$(workloads | cut -d'|' -f1)}

# Expand the argument template: @D, @B and "FILE xN".
expand_args() {
  local w out=()
  local -a words
  read -r -a words <<< "$1"
  for ((i = 0; i < ${#words[@]}; i++)); do
    w=${words[i]//@D/$data}
    w=${w//@B/$here/real}
    if [[ ${words[i + 1]:-} =~ ^x([0-9]+)$ ]]; then
      for ((k = 0; k < ${BASH_REMATCH[1]}; k++)); do out+=("$w"); done
      i=$((i + 1))
    else
      out+=("$w")
    fi
  done
  printf '%s\n' "${out[@]}"
}

# cc1 of root $1 (/ for the host).
find_cc1() {
  ls "${1%/}"/usr/lib/gcc/*/*/cc1 "${1%/}"/usr/libexec/gcc/*/*/cc1 2>/dev/null | head -n1
}

# Runners: native, then per guest xrun-BACKEND and qemu.
declare -A CMD ROOT
guests=()
notes=()
for g in ${BENCH_GUESTS:-riscv64 aarch64}; do
  case $g in riscv64) debarch=riscv64 ;; aarch64) debarch=arm64 ;; *) echo "run-real: unknown guest $g" >&2; exit 2 ;; esac
  # shellcheck disable=SC2086
  if ! r=$("$top_srcdir/scripts/make-sysroot.sh" "$debarch" $PKGS 2>"$work/sysroot.err"); then
    notes+=("$g left out: no sysroot ($(tail -n1 "$work/sysroot.err"))")
    continue
  fi
  ROOT[$g]=$r
  G=${g^^}
  xvar=XRUN_$G; xrun=${!xvar:-$top_builddir/xrun-$g}
  for b in ${XRUN_BACKENDS:-jit}; do CMD[$g,xrun-$b]="$xrun -accel $b -L $r"; done
  qvar=QEMU_$G; qemu=${!qvar:-$(command -v "qemu-$g-static" || command -v "qemu-$g" || true)}
  [ "$qemu" = none ] && qemu=
  if [ -n "$qemu" ]; then CMD[$g,qemu]="$qemu -L $r"; else notes+=("qemu-$g not installed"); fi
  guests+=("$g")
done
xlabels=()
for b in ${XRUN_BACKENDS:-jit}; do xlabels+=("xrun-$b"); done
labels=("${xlabels[@]}")
for g in "${guests[@]}"; do [ -n "${CMD[$g,qemu]:-}" ] && { labels+=(qemu); break; }; done

# run_one KEY PREFIX ROOT NAME -> $med (seconds or FAIL), $rss (MiB), and
# $work/KEY.sum (checksum of stdout, or of the exit status).
run_one() {
  local key=$1 prefix=$2 root=$3 n=$4 line prog args stdin check i
  line=$(workloads | grep "^$n|")
  IFS='|' read -r _ prog args stdin check <<< "$line"
  if [ "$prog" = @CC1 ]; then prog=$(find_cc1 "$root"); else prog=${root%/}$prog; fi
  local -a pre argv
  [ -n "$prefix" ] && read -r -a pre <<< "$prefix"
  mapfile -t argv < <(expand_args "$args")
  stdin=${stdin//@B/$here/real}
  [ "$stdin" = - ] && stdin=/dev/null
  : > "$work/times"; : > "$work/rss"
  for ((i = 0; i < runs; i++)); do
    (cd "$work" && timeout -k 5 "$tmo" "$rusage" "${pre[@]}" "$prog" "${argv[@]}" \
       < "$stdin" 2> "$work/err" | sha256sum > "$work/sum")
    local ru
    ru=$(grep '^rusage: ' "$work/err" | tail -n1)
    # shellcheck disable=SC2086
    set -- $ru
    if [ -z "$ru" ] || [ "$6" != 0 ]; then
      med=FAIL rss=-
      { echo "  $key: exit status ${6:-?}"; grep -v '^rusage: ' "$work/err" | head -n 5 | sed 's/^/    /'; } >> "$work/failures"
      return
    fi
    if [ "$clock" = cpu ]; then awk -v u="$3" -v s="$4" 'BEGIN { printf "%.4f\n", u + s }'; else echo "$2"; fi >> "$work/times"
    echo "$5" >> "$work/rss"
    if [ $i = 0 ]; then
      if [ "$check" = out ]; then cp "$work/sum" "$work/$key.sum"; else echo "status 0" > "$work/$key.sum"; fi
    fi
  done
  med=$(median < "$work/times")
  rss=$(sort -n "$work/rss" | tail -n1 | awk '{ printf "%.0f", $1 / 1024 }')
}

# The start-up row: 100 runs of a static true, per run in milliseconds.
run_startup() {
  local key=$1 prefix=$2 bin=$3 i k t0 t1
  local -a pre
  [ -n "$prefix" ] && read -r -a pre <<< "$prefix"
  : > "$work/times"
  for ((i = 0; i < runs; i++)); do
    t0=$(now)
    for ((k = 0; k < 100; k++)); do "${pre[@]}" "$bin" || { med=FAIL; return; }; done
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", (b - a) * 10 }' >> "$work/times"
  done
  med=$(median < "$work/times")
  "$rusage" "${pre[@]}" "$bin" 2> "$work/err"
  rss=$(awk '/^rusage: / { printf "%.0f", $5 / 1024 }' "$work/err")
}

declare -A T R
: > "$work/failures"; : > "$work/mismatch"
load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "running real workloads: $names (guests: ${guests[*]}; runners: native ${labels[*]})" >&2
for n in $names; do
  echo "  $n: native..." >&2
  run_one "$n.native" "" / "$n"
  T[$n,native]=$med R[$n,native]=$rss
  for g in "${guests[@]}"; do
    for l in "${labels[@]}"; do
      [ -n "${CMD[$g,$l]:-}" ] || continue
      echo "  $n: $g $l..." >&2
      run_one "$g-$n-$l" "${CMD[$g,$l]}" "${ROOT[$g]}" "$n"
      if [ "$med" != FAIL ] && ! cmp -s "$work/$n.native.sum" "$work/$g-$n-$l.sum"; then
        echo "  $n: $g under $l: output differs from native" >> "$work/mismatch"
        med="$med(!)"
      fi
      T[$g,$n,$l]=$med R[$g,$n,$l]=$rss
    done
  done
done
# Start-up: the same static program for every runner of a guest.
for g in "${guests[@]}"; do
  sfx=$([ "$g" = riscv64 ] && echo rv64 || echo a64)
  [ -x "$bdir/true.$sfx" ] || continue
  [ -n "${T[startup,native]:-}" ] || { run_startup startup.native "" "$bdir/true.native"; T[startup,native]=$med R[startup,native]=$rss; }
  for l in "${labels[@]}"; do
    [ -n "${CMD[$g,$l]:-}" ] || continue
    run_startup "$g-startup-$l" "${CMD[$g,$l]}" "$bdir/true.$sfx"
    T[$g,startup,$l]=$med R[$g,startup,$l]=$rss
  done
done

rssv() { if [ "$3" = native ]; then echo "${R[$2,native]:--}"; else echo "${R[$1,$2,$3]:--}"; fi; }
have_qemu=0
case " ${labels[*]} " in *" qemu "*) have_qemu=1 ;; esac
{
  echo "xrun real workloads, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "host: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cpus; $(uname -sr)"
  echo "BENCH_RUNS=$runs BENCH_CLOCK=$clock: median seconds ($([ "$clock" = cpu ] && echo "user+system CPU" || echo wall)); startup: wall ms per run of a static 'true' (100 runs); RSS: peak MiB"
  echo "load average before the run: $load0"
  for g in "${guests[@]}"; do echo "sysroot $g: ${ROOT[$g]}"; done
  for x in "${notes[@]}"; do echo "note: $x"; done
  echo
  {
    printf 'guest\tworkload\tnative'
    for l in "${labels[@]}"; do printf '\t%s' "$l"; done
    ratio_heads
    printf '\tRSS native'
    for l in "${labels[@]}"; do printf '\tRSS %s' "$l"; done
    printf '\n'
    for g in "${guests[@]}"; do
      for n in $names startup; do
        printf '%s\t%s\t%s' "$g" "$n" "$(val "$g" "$n" native)"
        for l in "${labels[@]}"; do printf '\t%s' "$(val "$g" "$n" "$l")"; done
        ratio_cells "$g" "$n"
        printf '\t%s' "$(rssv "$g" "$n" native)"
        for l in "${labels[@]}"; do printf '\t%s' "$(rssv "$g" "$n" "$l")"; done
        printf '\n'
      done
      geomean_row "$g"
    done
  } | table
  echo
  if [ -s "$work/mismatch" ]; then echo "OUTPUT MISMATCH (marked (!) above):"; cat "$work/mismatch"
  else echo "every runner's output matched native's"; fi
  [ -s "$work/failures" ] && { echo "FAILED runs:"; cat "$work/failures"; }
} | tee "$out_dir/real.txt"
[ -s "$work/failures" ] || [ -s "$work/mismatch" ] && exit 1
exit 0
