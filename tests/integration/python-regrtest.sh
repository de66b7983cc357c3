#!/bin/bash
# SPDX-License-Identifier: MIT
# Modules of CPython's own regression suite ("python3 -m test MODULE", from
# Debian's libpython3.X-testsuite) under xrun-ARCH -L SYSROOT: riscv64 runs
# Debian trixie's Python 3.13, arm64 bookworm's 3.11.  Run as
# "python-regrtest.sh ARCH" by python-regrtest-riscv64.sh and
# python-regrtest-aarch64.sh; harness: lib.sh.
#
# One check per module and backend; the verdict is Python's own: the
# module's tests ran ("1 test OK.") and regrtest exited 0.  The jit backend
# runs every module below, the interpreter (several times slower) the
# CPU-bound subset INTERP_MODULES, to keep the suite within CI's budget.
# Tests that cannot pass here for reasons outside the emulator are left
# out with -i (IGNORE), each with its reason.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
it_init "${1:?usage: python-regrtest.sh riscv64|aarch64}"

case $debarch in
  riscv64) pyver=3.13 ;;   # trixie
  arm64) pyver=3.11 ;;     # bookworm
esac

# coreutils and dash: test_subprocess and test_os run sh, echo, cat, ...
PKGS="python3 libpython$pyver-testsuite coreutils dash"
# shellcheck disable=SC2086
it_sysroot $PKGS
[ -f "$R/usr/lib/python$pyver/test/regrtest.py" ] ||
  skip_all "no regression suite in $R/usr/lib/python$pyver/test"

# The language and numbers; text and C-accelerated modules; files,
# processes, signals, threads and polling.  Left out for time (each a
# minute or more under the emulator, or mostly sleeping; they pass under
# the jit backend when run by hand): test_socket (real.sh checks TCP and
# UDP on loopback), test_selectors, test_asyncio, test_io,
# test_concurrent_futures, test_multiprocessing_fork; and for CPU time
# spent on the same paths as modules that stay: test_set, test_json,
# test_decimal, test_exceptions, test_itertools, test_codecs, test_bytes,
# test_str/test_unicode, test_list, test_tuple, test_array, test_csv,
# test_base64, test_collections, test_functools, test_tempfile, test_glob.
# test_socketserver needs the "network" resource, which would also let
# other modules reach out of the machine (real.sh runs a socketserver on
# loopback instead).
MODULES="test_grammar test_scope test_class test_generators test_contextlib
  test_dict test_string test_sort
  test_math test_float test_int test_long test_fractions test_struct
  test_memoryview test_re test_binascii test_hashlib test_zlib test_bisect
  test_heapq
  test_os test_posix test_posixpath test_time test_mmap test_fcntl
  test_shutil test_fileio
  test_threading test_thread test_select test_epoll test_signal
  test_subprocess test_sched"
# Under the interpreter: a few seconds each, the language and the
# system-facing modules.
INTERP_MODULES="test_scope test_class test_generators test_sort
  test_fractions test_binascii test_mmap test_fcntl test_select test_epoll
  test_thread"

# Left out, by test name (regrtest -i matches any part of the test id):
IGNORE=(
  # They set the host's hostname and clock when run as root (as CI is):
  # not something a test suite may do to the machine it runs on.
  test_sethostname test_clock_settime test_monotonic_settime
  # They want a timerfd read back within 0.5 ms of setting it (CPython
  # allows 10 ms on Android emulators only): on a loaded machine the
  # emulator takes some ms for the two calls.  The other timerfd tests stay.
  test_timerfd_initval test_timerfd_ns_initval test_timerfd_interval
  test_timerfd_TFD_TIMER_ABSTIME
)
# 3.11's test_siginterrupt_off waits out a 30 s timeout by design (natively
# too); 3.13 shortened it.
[ "$pyver" = 3.11 ] && IGNORE+=(test_siginterrupt_off)

# Passed: regrtest exited 0 and ran the module ("1 test OK."); else the
# failing tests and regrtest's summary.
regrtest_check() {
  local rc
  run_guest "$@"; rc=$?
  if [ $rc = 0 ] && grep -qx "1 test OK." "$W/.out"; then
    report 0 "$(label "$@")"
  else
    report 1 "$(label "$@")" "$(echo "exit $rc"
      grep -E "^(FAIL|ERROR): |^test.*\.\.\. (FAIL|ERROR)\$" "$W/.out" | head -n 8
      tail -n 4 "$W/.out")"
  fi
}

# A check is named by its module; the options are the same for all.
label() { printf '%s/%s: python3 -m test %s' "$arch" "$backend" "${*: -1}"; }

regrtest_checks() {
  local m list=$MODULES ign=() i
  [ "$backend" = interp ] && list=$INTERP_MODULES
  for i in "${IGNORE[@]}"; do ign+=(-i "$i"); done
  use /usr/bin/python3 python3
  for m in $list; do
    # -v: each test's verdict in .out, for the failure report; a module
    # gets three times a check's time, and regrtest's own timeout dumps
    # the stacks of a hung test before that.
    TMO=$((timeout_s * 3)) regrtest_check \
      -m test -v --timeout $((timeout_s * 3 - 30)) "${ign[@]}" "$m"
  done
}

it_run regrtest_checks
