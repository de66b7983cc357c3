# SPDX-License-Identifier: MIT
# tests/integration/lib.sh: the harness every integration suite shares; the
# suites (busybox.sh, static-progs.sh, real.sh) source it and are run once per
# guest architecture through thin wrappers (busybox-ARCH.sh, static-ARCH.sh,
# real-ARCH.sh).
# TAP output, one line per check and backend.
#
#   it_init ARCH           riscv64 or aarch64: emulator command, backends,
#                          scratch directory $W (the current directory)
#   it_fetch PKG           unpack Debian's PKG for ARCH (riscv64: trixie,
#                          arm64: bookworm) and set $it_root to its root; fails
#                          when it cannot be fetched (reason in $it_fetch_why)
#   it_find ROOT NAME...   first of ROOT/{bin,usr/bin,sbin,usr/sbin}/NAME or
#                          ROOT/NAME that is executable
#   it_data                the common test files in $W
#   it_gpath BB MODE       fill $W/gpath, the guest's only PATH entry, from the
#                          guest busybox BB: MODE=links puts a symlink per
#                          applet there (a guest program exec'ing "sort" runs
#                          the guest busybox through xrun's execve); MODE=empty
#                          leaves it empty under xrun, so that a busybox that
#                          fails to re-execute itself cannot fall back on
#                          anything.  Under a stand-in EMU (no binfmt_misc)
#                          both get wrapper scripts that re-enter the emulator.
#   use PROG NAME          the guest program of the following checks
#   check EXPECTED ARGS... stdout equals EXPECTED, exit status ${RC:-0} (RC=fail:
#                          any of 1..123); stdin ${IN:-/dev/null}, working
#                          directory $W/${CWD:-.}, timeout ${TMO:-XRUN_TEST_TIMEOUT},
#                          PATH $W/gpath (and $XPATH when set)
#   check_then 'TEST' ARGS...  exit status ${RC:-0}, then the host-side TEST
#                          (run in $W; may read .out and .err) succeeds
#   skip_checks N REASON   N checks reported as SKIP
#   needs TOOL...          true when the host has every TOOL (the expected
#                          values come from them); else one SKIP: needs bc && check ...
#   todo ARCHES REASON     prints REASON when this run's ARCH (or "all") is in
#                          ARCHES: a known failure, TAP "# TODO" (automake:
#                          XFAIL; once it passes, XPASS fails the suite so that
#                          the marker is removed).  TODO=$(todo ...) check ...
#   it_run FUNC            FUNC once per backend, then the plan and a summary
#
# Every expected value comes from the HOST's own tools run on the same input,
# or is an obvious literal.
#
# Environment:
#   XRUN_BACKENDS   backends to test, space separated (default: interp jit)
#   EMU             stand-in emulator command instead of xrun-ARCH, e.g.
#                   EMU=qemu-aarch64-static (one pseudo-backend "emu")
#   XRUN_CACHE      where scripts/fetch-debian-pkg.sh keeps downloads
#   XRUN_TEST_TIMEOUT  seconds per check (default 120; after 3 timeouts the
#                   remaining checks of that backend fail without running)
#   KEEP_WORKDIR=1  keep the scratch directory for inspection

set -u
export LC_ALL=C TZ=UTC

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

it_init() {
  arch=$1
  case $arch in
    riscv64) debarch=riscv64 ;;
    aarch64) debarch=arm64 ;;
    *) echo "Bail out! it_init: unknown architecture '$arch'"; exit 99 ;;
  esac
  here=${here:-$(cd "$(dirname "$0")" && pwd)}
  top_srcdir=${top_srcdir:-$(cd "$here/../.." && pwd)}
  top_builddir=${top_builddir:-$PWD}
  timeout_s=${XRUN_TEST_TIMEOUT:-120}
  if [ -n "${EMU:-}" ]; then
    read -r -a emu_cmd <<< "$EMU"
    command -v "${emu_cmd[0]}" >/dev/null || skip_all "EMU=$EMU not found"
    emu_cmd[0]=$(command -v "${emu_cmd[0]}")
    backends=emu
  else
    xrun=$top_builddir/xrun-$arch
    [ -x "$xrun" ] || skip_all "xrun-$arch is not built ($xrun)"
    backends=${XRUN_BACKENDS:-interp jit}
  fi
  W=$(mktemp -d "${TMPDIR:-/tmp}/xrun-it-$arch.XXXXXX") || exit 99
  [ "${KEEP_WORKDIR:-0}" = 1 ] || trap 'rm -rf "$W"' EXIT
  cd "$W" || exit 99
  mkdir -p gpath
  n=0 pass=0 fail=0 xfail=0 xpass=0 skipped=0
}

it_root= it_fetch_why=
it_fetch() {
  local err rc
  err=$(mktemp)
  it_root=$("$top_srcdir/scripts/fetch-debian-pkg.sh" "$debarch" "$1" 2>"$err")
  rc=$?
  if [ $rc -ne 0 ] || [ -z "$it_root" ]; then
    it_fetch_why="$1:$debarch unavailable: $(grep -m1 'cannot fetch' "$err" || tail -n1 "$err")"
    rm -f "$err"
    return 1
  fi
  rm -f "$err"
}

it_find() {
  local root=$1 name d
  shift
  for name in "$@"; do
    for d in bin usr/bin sbin usr/sbin .; do
      if [ -f "$root/$d/$name" ] && [ -x "$root/$d/$name" ]; then
        echo "$root/$d/$name"
        return 0
      fi
    done
  done
  return 1
}

it_data() {
  mkdir -p tree/sub/deep tree/empty
  printf 'alpha\n' > tree/a.txt
  printf 'beta\ngamma\n' > tree/b.txt
  printf 'x' > tree/sub/c.dat
  printf 'deep file\n' > tree/sub/deep/d.txt
  printf 'note\n' > tree/sub/e.txt
  ln -s a.txt tree/link.txt
  printf 'foo bar foo\nsecond line\nfoo again\nlast\n' > text
  cat > passwd <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash
bob:x:1001:1001:Bob:/home/bob:/bin/zsh
EOF
  cat > nums <<'EOF'
10 apple 3.5
2 pear 10.25
33 fig 0.5
2 pear 10.25
-7 kiwi 100
100 plum 2
9 apple 1
EOF
  printf 'GET /index 200\nPOST /login 302\nGET /missing 404\nGET /api/v1 500\nHEAD / 200\n' > log
  # 1 MiB of varied bytes; 200 KiB of compressible text.
  head -c 1048576 /dev/urandom > big
  seq 1 40000 | sed 's/$/ lorem ipsum dolor/' | head -c 204800 > text200k
  gzip -9 -c text200k > host.gz
  tar -cf host.tar -C tree .
}

it_gpath() {
  local bb=$1 mode=$2 a
  if [ -n "${EMU:-}" ]; then
    for a in $("${emu_cmd[@]}" "$bb" --list); do
      printf '#!/bin/sh\nexec %s %s %s "$@"\n' "${emu_cmd[*]}" "$bb" "$a" > "gpath/$a"
      chmod +x "gpath/$a"
    done
  elif [ "$mode" = links ]; then
    for a in $(run_cmd_raw "$bb" --list); do
      [ "$a" = busybox ] || ln -sf "$bb" "gpath/$a"
    done
  fi
}

# The emulator command for the current backend.
emu_prefix() {
  if [ "$backend" = emu ]; then em=("${emu_cmd[@]}")
  else em=("$xrun" -accel "$backend")
  fi
}
run_cmd_raw() { # outside the checks (first backend), e.g. busybox --list
  local backend=${backend:-${backends%% *}} em
  emu_prefix
  "${em[@]}" "$@" 2>/dev/null
}

PROG= PROG_NAME=
use() { PROG=$1; PROG_NAME=$2; }

show() { # the command as one would type it
  local s= a
  for a in "$@"; do
    case $a in
      *[!A-Za-z0-9_./=:,@%+-]*|'') s+=" '${a//\'/\'\\\'\'}'" ;;
      *) s+=" $a" ;;
    esac
  done
  s=${s# }
  s=${s//$W\//}
  printf '%s' "${s//#/\\#}"
}

# it_sysroot PKG...: the guest runs programs of a Debian sysroot of its
# architecture holding PKGs (scripts/make-sysroot.sh; R is its directory)
# as its root (-L), with a usual PATH; the whole script SKIPs when the
# packages cannot be fetched.
it_sysroot() {
  local err why
  err=$(mktemp)
  if ! R=$("$top_srcdir/scripts/make-sysroot.sh" "$debarch" "$@" 2>"$err") ||
     [ -z "$R" ]; then
    why=$(grep -m1 'cannot fetch' "$err" || tail -n1 "$err")
    rm -f "$err"
    skip_all "sysroot for $debarch unavailable: $why"
  fi
  rm -f "$err"
  GUEST_ROOT=$R
  GUEST_PATH=/usr/bin:/bin
}

# Sysroot suites keep their files in $W/data; a check runs in a fresh copy
# ($W/grun: gcheck), its native twin in another ($W/nrun: native CMD...).
fresh() { rm -rf "$W/grun" && cp -a "$W/data" "$W/grun"; }
gcheck() { fresh; check "$@"; }
native() {
  rm -rf "$W/nrun" && cp -a "$W/data" "$W/nrun" &&
    (cd "$W/nrun" && env -i PATH=/usr/bin:/bin HOME="$W" LC_ALL=C TZ=UTC "$@" 2>/dev/null)
}

# run_guest ARGS...: $PROG ARGS under the emulator (with -L $GUEST_ROOT
# when set), in $W/$CWD, stdin from $IN, stdout to $W/.out, stderr to
# $W/.err; returns the exit status.
timeouts=0
run_guest() {
  local rc em tmo=${TMO:-$timeout_s}
  # A known failure may be a hang: give it less time, and do not count it
  # against the three timeouts after which a backend's checks are given up.
  [ -n "${TODO:-}" ] && tmo=${TMO:-5}
  if [ "$timeouts" -ge 3 ]; then   # keep a hanging emulator within the CI budget
    : > "$W/.out"; echo "not run: 3 earlier checks timed out under $backend" > "$W/.err"
    return 124
  fi
  emu_prefix
  # The braces keep bash's "Terminated" notices (checks that kill
  # themselves) out of the log.
  { (cd "$W/${CWD:-.}" && exec timeout -k 5 "$tmo" env -i \
      PATH="${GUEST_PATH:-$W/gpath${XPATH:+:$XPATH}}" HOME="$W" LC_ALL=C TZ=UTC \
      "${em[@]}" ${GUEST_ROOT:+-L "$GUEST_ROOT"} "$PROG" "$@" \
      < "${IN:-/dev/null}" > "$W/.out" 2> "$W/.err"); } 2>/dev/null
  rc=$?
  if [ $rc = 124 ] || [ $rc = 137 ]; then
    [ -n "${TODO:-}" ] || timeouts=$((timeouts + 1))
    echo "timed out after ${tmo}s" >> "$W/.err"
  fi
  return $rc
}

# Does exit status $1 match ${RC:-0}?  RC=fail: any failure status 1..123
# (not a timeout, not killed by a signal).
rc_ok() {
  case ${RC:-0} in
    fail) [ "$1" -ge 1 ] && [ "$1" -le 123 ] ;;
    *) [ "$1" = "${RC:-0}" ] ;;
  esac
}

todo() { # ARCHES REASON (xrun's known failures: none under a stand-in EMU)
  [ -n "${EMU:-}" ] && return 0
  case " $1 " in *" $arch "*|*" all "*) printf '%s' "$2" ;; esac
}

report() { # status(0 = ok) description [details]
  local todo_s=${TODO:-}
  n=$((n + 1))
  if [ -n "$todo_s" ]; then
    if [ "$1" = 0 ]; then
      xpass=$((xpass + 1)); echo "ok $n - $2 # TODO ${todo_s//#/}"
    else
      xfail=$((xfail + 1)); echo "not ok $n - $2 # TODO ${todo_s//#/}"
    fi
  elif [ "$1" = 0 ]; then
    pass=$((pass + 1)); echo "ok $n - $2"
  else
    fail=$((fail + 1)); echo "not ok $n - $2"
  fi
  if [ "$1" != 0 ]; then
    if [ -n "${3:-}" ]; then printf '%s\n' "$3" | head -n 20 | sed 's/^/#   /'; fi
    if [ -s "$W/.err" ]; then echo "#   stderr:"; head -n 10 "$W/.err" | sed 's/^/#     /'; fi
  fi
}

label() { printf '%s/%s: %s %s' "$arch" "$backend" "$PROG_NAME" "$(show "$@")"; }

check() {
  local exp=$1; shift
  local rc got
  run_guest "$@"; rc=$?
  got=$(cat "$W/.out")
  if rc_ok "$rc" && [ "$got" = "$exp" ]; then
    report 0 "$(label "$@")"
  else
    report 1 "$(label "$@")" \
      "$(printf 'exit %s (want %s)\n--- expected\n%s\n--- got\n%s' "$rc" "${RC:-0}" "$exp" "$got")"
  fi
}

check_then() {
  local verify=$1; shift
  local rc
  : > "$W/.verify"
  run_guest "$@"; rc=$?
  if rc_ok "$rc" && (cd "$W" && eval "$verify") > "$W/.verify" 2>&1; then
    report 0 "$(label "$@")"
  else
    report 1 "$(label "$@")" \
      "$(printf 'exit %s (want %s); host check: %s\n' "$rc" "${RC:-0}" "$verify"; head -n 10 "$W/.verify")"
  fi
}

skip_checks() { # N REASON
  local i
  for ((i = 0; i < $1; i++)); do
    n=$((n + 1)); skipped=$((skipped + 1))
    echo "ok $n - $arch/$backend: ${PROG_NAME:-checks} # SKIP ${2//#/}"
  done
}

needs() {
  local t missing=
  for t in "$@"; do command -v "$t" >/dev/null || missing+=" $t"; done
  [ -z "$missing" ] && return 0
  skip_checks 1 "the host has no$missing for the expected output"
  return 1
}

sq() { tr -s ' \t' ' ' | sed 's/^ //;s/ $//'; }   # squeeze wc-style padding

it_run() {
  local suite_start t0 t1 suite_end
  suite_start=$(date +%s.%N)
  for backend in $backends; do
    t0=$(date +%s.%N)
    timeouts=0
    "$1"
    t1=$(date +%s.%N)
    echo "# $arch backend $backend: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
  done
  suite_end=$(date +%s.%N)
  echo "1..$n"
  echo "# $arch: $pass passed, $fail failed, $xfail known failures (TODO), $xpass unexpectedly passed, $skipped skipped; whole suite $(awk -v a="$suite_start" -v b="$suite_end" 'BEGIN { printf "%.1f", b - a }') s"
  exit 0
}
