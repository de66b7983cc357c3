#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Run the guest test programs (tests/guest/ARCH/NAME.{c,S}, ARCH riscv64
# and aarch64, and the portable tests/guest/common/NAME.{c,S} for each ARCH) under every xrun backend and compare stdout and exit status;
# TAP on stdout.  Conventions: tests/guest/README.md.
#
# Usage: run-guest-tests.sh [[ARCH/]NAME...]   (default: every test; a bare
#                                              NAME runs it for each ARCH
#                                              that has it)
#
# Environment (make check sets the first six):
#   top_srcdir, top_builddir   source and build trees
#   RISCV64_CC, AARCH64_CC     cross compilers; empty: that ARCH's tests are
#                              reported as skipped
#   NATIVE_CC                  host compiler for "expected: native" tests
#   XRUN_BACKENDS              backends to run each test under (default: interp jit)
#   XRUN_GUEST_TIMEOUT         seconds per run (default: 30)
#   XRUN_GUEST_EMU             developers only: a command that replaces
#                              "$top_builddir/xrun-ARCH -accel BACKEND"

set -u

top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-.}
RISCV64_CC=${RISCV64_CC-riscv64-linux-gnu-gcc}
AARCH64_CC=${AARCH64_CC-aarch64-linux-gnu-gcc}
NATIVE_CC=${NATIVE_CC:-cc}
backends=${XRUN_BACKENDS:-interp jit}
tmo=${XRUN_GUEST_TIMEOUT:-30}

# The cross compiler of an ARCH, if it is usable.
arch_cc() {
    case $1 in
    riscv64) c=$RISCV64_CC ;;
    aarch64) c=$AARCH64_CC ;;
    *) c= ;;
    esac
    if [ -n "$c" ] && command -v "${c%% *}" >/dev/null 2>&1; then
        echo "$c"
    fi
}

# Every ARCH with tests is listed; one without a cross compiler has its
# tests reported as skipped, and with none at all the whole suite is.
arches=
have_cc=no
missing=
for a in riscv64 aarch64; do
    [ -d "$top_srcdir/tests/guest/$a" ] || continue
    arches="$arches $a"
    if [ -n "$(arch_cc $a)" ]; then
        have_cc=yes
    else
        missing="${missing:+$missing or }$a"
    fi
done
if [ $have_cc = no ]; then
    echo "1..0 # SKIP no $missing cross compiler"
    exit 0
fi

top_builddir=$(cd "$top_builddir" && pwd)
ulimit -c 0 2>/dev/null

# A fixed variable in every guest's (and native run's) environment.
GUEST_TEST_VAR='guest test env'
export GUEST_TEST_VAR

# Portable tests in common/ run for every ARCH; an ARCH's own directory
# holds the rest.  The directory holding test $2 for ARCH $1:
test_dir() {
    for d in "$top_srcdir/tests/guest/$1" "$top_srcdir/tests/guest/common"; do
        if [ -f "$d/$2.c" ] || [ -f "$d/$2.S" ]; then
            echo "$d"
            return
        fi
    done
    echo "$top_srcdir/tests/guest/$1"
}

# The tests of ARCH $1: the arguments that name one, or every NAME.c / NAME.S
# of its directory and of common/.
arch_names() {
    d=$top_srcdir/tests/guest/$1
    c=$top_srcdir/tests/guest/common
    if [ $# -gt 1 ]; then
        a=$1
        shift
        for n; do
            case $n in
            "$a"/*) echo "${n#*/}" ;;
            */*) ;;
            *) # riscv64 also reports a NAME that no ARCH has
               if [ -f "$d/$n.c" ] || [ -f "$d/$n.S" ] ||
                      [ -f "$c/$n.c" ] || [ -f "$c/$n.S" ] ||
                      { [ "$a" = riscv64 ] && ! ls "$top_srcdir"/tests/guest/*/"$n".[cS] \
                            >/dev/null 2>&1; }; then echo "$n"; fi ;;
            esac
        done
    else
        for dir in "$d" "$c"; do
            [ -d "$dir" ] || continue
            (cd "$dir" && for f in *.c *.S; do
                 [ -f "$f" ] && echo "${f%.?}"
             done)
        done | sort -u
    fi
}

ntests=0
for a in $arches; do
    for n in $(arch_names $a "$@"); do ntests=$((ntests + 1)); done
done
nb=0
for b in $backends; do nb=$((nb + 1)); done
echo "1..$((ntests * nb))"

k=0
failed=0

# Print file $1 as TAP diagnostics, at most $2 lines.
diag() {
    head -n "${2:-40}" "$1" | sed 's/^/# /'
}

signum() {
    case $1 in
    SIGHUP) echo 1 ;; SIGINT) echo 2 ;; SIGQUIT) echo 3 ;; SIGILL) echo 4 ;;
    SIGTRAP) echo 5 ;; SIGABRT) echo 6 ;; SIGBUS) echo 7 ;; SIGFPE) echo 8 ;;
    SIGKILL) echo 9 ;; SIGUSR1) echo 10 ;; SIGSEGV) echo 11 ;;
    SIGUSR2) echo 12 ;; SIGPIPE) echo 13 ;; SIGALRM) echo 14 ;;
    SIGTERM) echo 15 ;; SIGSYS) echo 31 ;; *) echo "" ;;
    esac
}

# Is program $1 missing or older than one of the files $2...?
stale() {
    t=$1
    shift
    [ -x "$t" ] || return 0
    for d; do
        [ "$d" -nt "$t" ] && return 0
    done
    return 1
}

# Describe a shell exit status.
describe() {
    if [ "$1" -eq 124 ]; then
        echo "timed out after ${tmo}s"
    elif [ "$1" -gt 128 ]; then
        s=$(kill -l "$(($1 - 128))" 2>/dev/null)
        echo "killed by SIG${s#SIG} (status $1)"
    else
        echo "exit status $1"
    fi
}

# Report result for every backend of the current test: "not ok" with the
# message in file $1 (a failure before any run, like a build error).
fail_all() {
    for b in $backends; do
        k=$((k + 1))
        failed=$((failed + 1))
        echo "not ok $k - $arch/$name [$b]"
        diag "$1"
    done
}

for arch in $arches; do
ARCH_CC=$(arch_cc $arch)
if [ -z "$ARCH_CC" ]; then
    for name in $(arch_names $arch "$@"); do
        for b in $backends; do
            k=$((k + 1))
            echo "ok $k - $arch/$name [$b] # SKIP no $arch cross compiler"
        done
    done
    continue
fi
# riscv64 keeps its historical build directory
builddir=$top_builddir/tests/guest/build
[ "$arch" = riscv64 ] || builddir=$builddir/$arch
mkdir -p "$builddir" || exit 99
builddir=$(cd "$builddir" && pwd)

for name in $(arch_names $arch "$@"); do
    srcdir=$(test_dir "$arch" "$name")
    bin=$builddir/$name
    log=$builddir/$name.log
    : >"$log"
    if [ -f "$srcdir/$name.c" ] && [ -f "$srcdir/$name.S" ]; then
        echo "both $name.c and $name.S exist" >"$log"
        fail_all "$log"; continue
    elif [ -f "$srcdir/$name.c" ]; then
        src=$srcdir/$name.c
    elif [ -f "$srcdir/$name.S" ]; then
        src=$srcdir/$name.S
    else
        echo "no test source $srcdir/$name.{c,S}" >"$log"
        fail_all "$log"; continue
    fi

    # Extra flags for the cross compiler: a line "/* cflags: ... */".
    cflags=$(sed -n 's,^/\* cflags: \(.*\) \*/$,\1,p' "$src" | head -n 1)
    case $src in
    *.S) if grep -q '^[[:space:]]*main:' "$src"; then link="-lm"
         else link="-nostdlib"; fi ;;
    *)   link="-lm" ;;
    esac

    # Build when missing, built by another command (other source tree,
    # compiler or flags), or older than its source, a file it includes with
    # #include "..." or this script.  (cflags come after the source, so
    # that a -lfoo there links.)
    cmd="$ARCH_CC -static -O2 -I$srcdir -o $bin $src $cflags $link"
    deps="$src $0 $(sed -n 's,^#include "\(.*\)".*,'"$srcdir"'/\1,p' "$src")"
    if stale "$bin" $deps || [ "$(cat "$bin.cmd" 2>/dev/null)" != "$cmd" ]; then
        rm -f "$bin" "$bin.cmd"
        # shellcheck disable=SC2086
        if ! $ARCH_CC -static -O2 -I"$srcdir" -o "$bin.tmp$$" \
                "$src" $cflags $link >"$log" 2>&1; then
            rm -f "$bin.tmp$$"
            echo "build failed: $cmd" >>"$log"
            fail_all "$log"; continue
        fi
        mv -f "$bin.tmp$$" "$bin"
        echo "$cmd" >"$bin.cmd"
    fi

    args=
    [ -f "$srcdir/$name.args" ] && args=$(cat "$srcdir/$name.args")
    # NAME.env: VAR=value words for xrun's environment only.
    xenv=
    [ -f "$srcdir/$name.env" ] && xenv=$(cat "$srcdir/$name.env")

    # Expected status: NAME.status (a number or a signal name), default 0.
    want=0
    [ -f "$srcdir/$name.status" ] && want=$(tr -d ' \t\n' <"$srcdir/$name.status")
    case $want in
    SIG*) num=$(signum "$want")
          if [ -z "$num" ]; then
              echo "unknown signal $want in $name.status" >"$log"
              fail_all "$log"; continue
          fi
          want=$((128 + num)) ;;
    esac

    # Expected stdout: NAME.expected, or the same source run natively.
    expected=$srcdir/$name.expected
    if head -n 1 "$src" | grep -q '^/\* expected: native \*/$'; then
        nbin=$builddir/$name.native
        ncmd="$NATIVE_CC -O2 -o $nbin $src -lm -lpthread"
        if stale "$nbin" $deps || [ "$(cat "$nbin.cmd" 2>/dev/null)" != "$ncmd" ]; then
            rm -f "$nbin" "$nbin.cmd"
            if ! $NATIVE_CC -O2 -o "$nbin.tmp$$" "$src" -lm -lpthread >"$log" 2>&1; then
                rm -f "$nbin.tmp$$"
                echo "native build failed: $ncmd" >>"$log"
                fail_all "$log"; continue
            fi
            mv -f "$nbin.tmp$$" "$nbin"
            echo "$ncmd" >"$nbin.cmd"
        fi
        expected=$builddir/$name.native-out
        # shellcheck disable=SC2086
        # (the braces catch the shell's "Segmentation fault" notice)
        { (cd "$builddir" && exec timeout -k 5 "$tmo" "$nbin" $args) \
              </dev/null >"$expected" 2>"$builddir/$name.native-err"
          st=$?; } 2>/dev/null
        if [ "$st" -ne "$want" ]; then
            { echo "native run: $(describe $st), want $(describe "$want")"
              cat "$builddir/$name.native-err"; } >"$log"
            fail_all "$log"; continue
        fi
    elif [ ! -f "$expected" ]; then
        echo "no $name.expected and no '/* expected: native */' first line" >"$log"
        fail_all "$log"; continue
    fi

    for b in $backends; do
        k=$((k + 1))
        out=$builddir/$name.$b.out
        err=$builddir/$name.$b.err
        if [ -n "${XRUN_GUEST_EMU:-}" ]; then
            emu=$XRUN_GUEST_EMU
        else
            emu="$top_builddir/xrun-$arch -accel $b"
            if [ ! -x "$top_builddir/xrun-$arch" ]; then
                failed=$((failed + 1))
                echo "not ok $k - $arch/$name [$b]"
                echo "# $top_builddir/xrun-$arch not built"
                continue
            fi
        fi
        # shellcheck disable=SC2086
        { (cd "$builddir" && exec env $xenv timeout -k 5 "$tmo" $emu "$bin" $args) \
              </dev/null >"$out" 2>"$err"
          st=$?; } 2>/dev/null
        if [ "$st" -eq "$want" ] && cmp -s "$expected" "$out"; then
            echo "ok $k - $arch/$name [$b]"
        else
            failed=$((failed + 1))
            echo "not ok $k - $arch/$name [$b]"
            [ "$st" -ne "$want" ] &&
                echo "# want $(describe "$want"), got $(describe "$st")"
            if ! cmp -s "$expected" "$out"; then
                echo "# stdout differs (- expected, + actual):"
                diff -u "$expected" "$out" | tail -n +3 >"$out.diff"
                diag "$out.diff" 60
            fi
            if [ -s "$err" ]; then
                echo "# stderr:"
                diag "$err" 20
            fi
        fi
    done
done
done

# Failures are in the TAP stream; a non-zero status would add an ERROR.
echo "# $failed of $k failed"
exit 0
