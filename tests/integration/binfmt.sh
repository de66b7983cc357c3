#!/bin/bash
# SPDX-License-Identifier: MIT
# tests/integration/binfmt.sh: xrun-binfmt and the binfmt_misc flags end to
# end, in a PRIVATE binfmt_misc instance: the script re-runs itself in a new
# user + mount namespace (unshare --user --map-root-user --mount) and mounts
# binfmt_misc there (Linux 6.7 and later), so the host's table is never
# touched.  TAP output.
#
# The guest programs are static aarch64 and riscv64 "hello"s built with
# $AARCH64_CC / $RISCV64_CC: they print argv[0] and their arguments and exit
# with status 3; "exec"s run the program they are given with the rest of
# their arguments.  Checks: registration, direct execution by path (output,
# exit status, argv[0] without and with P), F from inside a chroot that has
# no emulator and no /proc (also a guest exec there: only binfmt_misc can
# start the next xrun), O/C, status, a foreign entry (refused without
# --force), uninstall, and the "not mounted" error.
#
# The emulators: the F-in-chroot checks need a STATIC xrun, which
# static-build.sh --dir gives: $XRUN_STATIC_DIR when set, else the build
# under test when it is static, else one it builds in tests/static-xrun of
# the build tree (musl-gcc, libelf.a, libz.a).  Without those, the chroot
# checks SKIP and the others run with the (dynamic) emulators of the build
# under test.
#
# SKIPs as a whole without unshare, user namespaces or a mountable private
# binfmt_misc, or without either cross compiler.
set -u
export LC_ALL=C

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

here=$(cd "$(dirname "$0")" && pwd)
top_builddir=$(cd "${top_builddir:-$PWD}" && pwd)
tool=$top_builddir/xrun-binfmt

if [ "${XRUN_BINFMT_INNER:-}" != 1 ]; then
  [ -x "$tool" ] || skip_all "xrun-binfmt is not built ($tool)"
  command -v unshare >/dev/null || skip_all "no unshare(1)"
  [ -n "${AARCH64_CC:-}${RISCV64_CC:-}" ] || skip_all "no cross compiler (AARCH64_CC, RISCV64_CC)"
  W=$(mktemp -d "${TMPDIR:-/tmp}/xrun-binfmt.XXXXXX") || exit 99
  trap 'rm -rf "$W"' EXIT
  mkdir "$W/mnt"
  # Before entering the namespace: the build writes to the build tree.
  XRUN_STATIC_DIR=$(bash "$here/static-build.sh" --dir 2> "$W/static.why") ||
    XRUN_STATIC_DIR=
  export XRUN_STATIC_DIR
  # Probe: a private instance must mount and start empty.
  probe=$(unshare --user --map-root-user --mount sh -c \
    'mount -t binfmt_misc binfmt_misc "$1" 2>&1 && ls "$1"' sh "$W/mnt" 2>&1) ||
    skip_all "no private binfmt_misc in a user namespace: $(echo "$probe" | head -1)"
  [ "$(echo $probe)" = "register status" ] ||
    skip_all "the binfmt_misc mounted in a user namespace is not empty (not private?)"
  XRUN_BINFMT_INNER=1 W=$W unshare --user --map-root-user --mount \
    bash "$0" "$@"
  exit $?
fi

# ---- inside the namespace --------------------------------------------------
M=$W/mnt
mount -t binfmt_misc binfmt_misc "$M" || { echo "Bail out! mount failed"; exit 99; }
# Nothing but register and status: a private, empty instance.
[ "$(echo $(ls "$M"))" = "register status" ] ||
  { echo "Bail out! binfmt_misc instance not private"; exit 99; }

static_dir=${XRUN_STATIC_DIR:-}
emudir=${static_dir:-$top_builddir}

n=0 fails=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
notok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n - $* # SKIP ${why:-}"; }
# t NAME EXPECTED_STATUS EXPECTED_OUTPUT CMD...: stdout+stderr contains
# EXPECTED_OUTPUT (a fixed string; "" for anything) and the status matches.
t() {
  local name=$1 want_rc=$2 want=$3; shift 3
  local out rc
  out=$("$@" 2>&1); rc=$?
  if [ "$rc" = "$want_rc" ] && { [ -z "$want" ] || [[ $out == *"$want"* ]]; }; then
    ok "$name"
  else
    notok "$name"
    echo "# command: $*"
    echo "# status $rc (expected $want_rc); output:"
    echo "$out" | sed 's/^/#   /'
    echo "# expected to contain: $want"
  fi
}
bf() { "$tool" "$@" --binfmt-dir "$M"; }

cd "$W" || exit 99
arches=
for a in aarch64 riscv64; do
  cc_var=$(echo "$a" | tr a-z A-Z)_CC
  cc=${!cc_var:-}
  [ -n "$cc" ] || continue
  cat > hello.c <<'EOF'
#include <stdio.h>
int main(int argc, char **argv)
{
    printf("argv0=%s argc=%d", argv[0], argc);
    for (int i = 1; i < argc; i++) {
        printf(" [%s]", argv[i]);
    }
    printf("\n");
    return 3;
}
EOF
  cat > exec.c <<'EOF'
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv)
{
    if (argc > 1) {
        execv(argv[1], argv + 1);
        perror("execv");
    }
    return 127;
}
EOF
  "$cc" -static -O2 -o "hello-$a" hello.c &&
    "$cc" -static -O2 -o "exec-$a" exec.c && arches="$arches $a"
done
[ -n "$arches" ] || { echo "1..0 # SKIP the cross compilers fail"; exit 0; }
if [ -n "$static_dir" ]; then
  echo "# emulators: $emudir (static)"
else
  echo "# emulators: $emudir (dynamic: the F-in-chroot checks SKIP)"
  sed 's/^/# /' "$W/static.why"
fi
echo "# guests:$arches"

t "status on an empty instance" 0 "aarch64: not registered" bf status
t "unknown architecture is a usage error" 2 "unknown architecture 'sparc'" bf install sparc
t "install (no flags)" 0 "xrun-aarch64: registered" bf install --path "$emudir"
for a in $arches; do
  t "$a: entry has no flags" 0 "" grep -qx "flags: *" "$M/xrun-$a"
  t "$a: run by path: output, status 3, argv[0] = the path" 3 \
    "argv0=./hello-$a argc=3 [a b] [-L]" "./hello-$a" "a b" -L
  t "$a: exec -a is not seen without P" 3 "argv0=$W/hello-$a argc=1" \
    bash -c "exec -a other $W/hello-$a"
  t "status shows $a" 0 "$a: xrun-$a enabled flags=- interpreter=$emudir/xrun-$a" bf status
done
t "install again: already registered" 0 "already registered" bf install --path "$emudir"

# F: the chroot has the guest programs only, no emulator.
mkdir root
cp hello-* exec-* root/
t "install -p --preserve-argv0 (replaces ours)" 0 "with flags 'PF'" \
  bf install -p --preserve-argv0 --path "$emudir"
for a in $arches; do
  t "$a: entry flags PF" 0 "" grep -qx "flags: PF" "$M/xrun-$a"
  t "$a: P gives the original argv[0]" 3 "argv0=myname argc=2 [x]" \
    bash -c "exec -a myname $W/hello-$a x"
  t "$a: P, run by path" 3 "argv0=./hello-$a argc=1" "./hello-$a"
  if [ -n "$static_dir" ]; then
    t "$a: F: runs in a chroot without the emulator" 3 \
      "argv0=/hello-$a argc=2 [in]" chroot root "/hello-$a" in
    t "$a: F: a guest execs a guest there, without /proc" 3 \
      "argv0=/hello-$a argc=2 [again]" chroot root "/exec-$a" "/hello-$a" again
  else
    why="no static xrun: $(cat "$W/static.why")" skip "$a: F in a chroot"
    why="no static xrun" skip "$a: F: a guest exec in a chroot"
  fi
done
first=${arches# }; first=${first%% *}
t "status shows the flags and the interpreter's kind" 0 \
  "$first: xrun-$first enabled flags=PF interpreter=$emudir/xrun-$first (" bf status
if [ -n "$static_dir" ]; then
  t "status says static" 0 "(static)" bf status
  # Without F the chroot has no interpreter: the exec fails.
  bf install --path "$emudir" >/dev/null 2>&1
  for a in $arches; do
    t "$a: without F the chroot cannot run it" 127 "" chroot root "/hello-$a"
  done
fi

# C (implies O): the program comes as an open fd, AT_SECURE stays clear.
t "install --credential warns" 0 "setuid guest programs run with their owner" \
  bf install --credential --path "$emudir"
for a in $arches; do
  t "$a: entry flags OC" 0 "" grep -qx "flags: OC" "$M/xrun-$a"
  t "$a: C/O: runs from the kernel's fd" 3 "argv0=./hello-$a argc=2 [o]" \
    "./hello-$a" o
done

# An entry of another emulator for the same programs: refused, never
# replaced; --force registers in front of it and leaves it alone.
a=$first
case $a in aarch64) m='\xb7' ;; *) m='\xf3' ;; esac
magic='\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00'$m'\x00'
mask='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
bf uninstall >/dev/null
# magic and mask as %s arguments, never in the format string.
printf ':%s:M:0:%s:%s:%s:\n' "qemu-$a" "$magic" "$mask" /nonexistent/qemu-$a \
  > "$M/register" || echo "# could not register the foreign entry"
t "$a: foreign entry: refused without --force (status 3)" 3 \
  "already handled by qemu-$a" bf install --path "$emudir" "$a"
t "$a: foreign entry left alone" 0 "" test -e "$M/qemu-$a" -a ! -e "$M/xrun-$a"
t "status marks the other emulator" 0 \
  "$a: qemu-$a enabled flags=- interpreter=/nonexistent/qemu-$a (missing) [another emulator]" bf status
t "$a: --force registers in front" 0 "shadows qemu-$a" \
  bf install --force --path "$emudir" "$a"
t "$a: ours runs, not the other" 3 "argv0=./hello-$a" "./hello-$a"
t "uninstall removes ours" 0 "xrun-$a: removed" bf uninstall
t "uninstall leaves no xrun entry, keeps the other" 0 "" \
  test ! -e "$M/xrun-aarch64" -a ! -e "$M/xrun-riscv64" -a -e "$M/qemu-$a"
echo -1 > "$M/qemu-$a"
t "uninstall when nothing is registered" 0 "not registered" bf uninstall

# binfmt_misc not mounted: the message gives the mount command.
mkdir notmounted
t "not mounted: error with the mount command (status 1)" 1 \
  "mount -t binfmt_misc binfmt_misc $W/notmounted" \
  "$tool" status --binfmt-dir "$W/notmounted"
t "install with a missing emulator fails" 1 "No such file" \
  bf install --path "$W/nothing"

echo "1..$n"
[ "$fails" = 0 ]
