#!/bin/bash
# SPDX-License-Identifier: MIT
# tests/integration/static-build.sh: the fully static xrun of
# ./configure --enable-static (musl-gcc, libelf.a, libz.a), which binfmt_misc
# registrations with the F flag and chroots need.  TAP output.
#
# Which static build: $XRUN_STATIC_DIR when set (a build directory of
# ./configure --enable-static); else the build under test when it is
# static; else one configured and built from the same sources in
# $top_builddir/tests/static-xrun (about 15 s on 2 cores the first time,
# then make only rebuilds what changed).
#
# Checks: it builds; ldd calls it "not a dynamic executable" and it has no
# PT_INTERP; the emulator files for both guests (xrun, xrun-riscv64 and
# xrun-aarch64, hard links of one file) take under 3 MB together; a handful
# of guest test programs pass under it for each guest and backend, among
# them the fault tests that failed when musl's malloc put the emulator's
# memory between the guest's mappings.  SKIPs without musl-gcc or the static
# libelf/zlib (libelf-dev, zlib1g-dev).
#
#   static-build.sh --dir   build if needed and print the directory (for
#                           binfmt.sh and debootstrap.sh); exit 77 with the
#                           reason on stderr when there cannot be one, 1
#                           when the build fails
set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(cd "$here/../.." && pwd)}
top_builddir=$(cd "${top_builddir:-$PWD}" && pwd)
# The guest programs that run under the static build.
guest_tests=${XRUN_STATIC_TESTS:-"sig-segv-longjmp riscv64/segv-precise
  aarch64/sig-segv-precise fork-exec thread-basic malloc-stress proc-exe
  proc-maps signal-handler file-io"}
size_limit=$((3 * 1024 * 1024))

is_static() {
  [ -x "$1/xrun" ] && ! readelf -l "$1/xrun" 2>/dev/null | grep -q INTERP
}

# Why a static build cannot be made here, or nothing.
missing() {
  command -v musl-gcc >/dev/null || { echo "no musl-gcc (musl-tools)"; return; }
  command -v readelf >/dev/null || { echo "no readelf (binutils)"; return; }
  local multi
  multi=$(gcc -print-multiarch 2>/dev/null)
  for f in "/usr/lib/$multi/libelf.a:libelf-dev" "/usr/lib/$multi/libz.a:zlib1g-dev"; do
    [ -f "${f%%:*}" ] || { echo "no ${f%%:*} (${f##*:})"; return; }
  done
}

# Sets dir to the static build (building it if needed), or why and the
# exit status (77 cannot, 1 build failed).
static_dir() {
  dir= why= status=0
  if [ -n "${XRUN_STATIC_DIR:-}" ]; then
    if is_static "$XRUN_STATIC_DIR"; then dir=$(cd "$XRUN_STATIC_DIR" && pwd)
    else why="XRUN_STATIC_DIR=$XRUN_STATIC_DIR has no static xrun"; status=1
    fi
    return
  fi
  if is_static "$top_builddir"; then dir=$top_builddir; return; fi
  why=$(missing)
  if [ -n "$why" ]; then status=77; return; fi
  local d=$top_builddir/tests/static-xrun
  mkdir -p "$d" || { why="cannot create $d"; status=1; return; }
  # One builder at a time: make check runs the scripts that need it in
  # parallel; the others wait and reuse its result.
  if command -v flock >/dev/null; then
    exec 8> "$d.lock"
    flock 8
  fi
  # Makes of their own, not the jobserver of the make check running us.
  local mk="env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make"
  local src=$top_srcdir
  # A source tree configured in place (as .ci/run does) cannot serve a
  # second build (automake refuses): build from a copy of the distributed
  # files, which make distdir refreshes keeping their times.
  if [ -f "$top_srcdir/config.status" ]; then src=$d/src; fi
  if ( { [ "$src" = "$top_srcdir" ] ||
         $mk -C "$top_builddir" distdir distdir="$src"; } &&
       cd "$d" &&
       { [ -f Makefile ] ||
         CC=musl-gcc CFLAGS=-O2 "$src/configure" --enable-static \
           --enable-werror; } &&
       $mk -j2 ) > "$d.log" 2>&1 && is_static "$d"; then
    dir=$d
  else
    why="the static build failed: see $d.log"; status=1
  fi
  if command -v flock >/dev/null; then exec 8>&-; fi
}

if [ "${1:-}" = --dir ]; then
  static_dir
  if [ -n "$dir" ]; then echo "$dir"; exit 0; fi
  echo "static-build.sh: $why" >&2
  exit "$status"
fi

started=$(date +%s)
static_dir
if [ "$status" = 77 ]; then echo "1..0 # SKIP $why"; exit 0; fi
n=0 fails=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
notok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $*"; }
if [ -z "$dir" ]; then
  notok "static build"
  echo "# $why"
  [ -f "$top_builddir/tests/static-xrun.log" ] &&
    tail -n 20 "$top_builddir/tests/static-xrun.log" | sed 's/^/#   /'
  echo "1..$n"
  exit 1
fi
ok "static build in $dir ($(($(date +%s) - started)) s)"

out=$(ldd "$dir/xrun" 2>&1)
if [[ $out == *"not a dynamic executable"* ]]; then ok "ldd: not a dynamic executable"
else notok "ldd: not a dynamic executable"; echo "$out" | sed 's/^/#   /'
fi
if readelf -l "$dir/xrun" | grep -q INTERP; then notok "no PT_INTERP"
else ok "no PT_INTERP"
fi

# Distinct files only: the per-guest names are hard links (or copies).
size=$(stat -c '%i %s' "$dir/xrun" "$dir/xrun-riscv64" "$dir/xrun-aarch64" |
       sort -u | awk '{ s += $2 } END { print s + 0 }')
echo "# emulator files for both guests: $size bytes"
if [ "$size" -gt 0 ] && [ "$size" -lt "$size_limit" ]; then
  ok "xrun, xrun-riscv64, xrun-aarch64 take $size bytes (< $size_limit)"
else
  notok "xrun, xrun-riscv64, xrun-aarch64 take $size bytes (< $size_limit)"
fi

# The guest programs, as run-guest-tests.sh reports them, renumbered.
# shellcheck disable=SC2086
while IFS= read -r line; do
  case $line in
    "ok "*) ok "static: ${line#ok [0-9]* - }" ;;
    "not ok "*) notok "static: ${line#not ok [0-9]* - }" ;;
    "#"*) echo "$line" ;;
  esac
done < <(top_builddir=$dir top_srcdir=$top_srcdir \
         "$top_srcdir/tests/guest/run-guest-tests.sh" $guest_tests 2>&1)

echo "1..$n"
[ "$fails" = 0 ]
