#!/bin/bash
# SPDX-License-Identifier: MIT
# tests/integration/debootstrap.sh ARCH: issue #5's scenario.  A foreign
# Debian root made by debootstrap --foreign --variant=minbase (aarch64:
# arm64 bookworm, riscv64: riscv64 trixie), then its second stage run
# INSIDE the chroot with the static xrun registered in binfmt_misc with the
# F flag: the guest's own dash runs debootstrap, dpkg unpacks and
# configures every package, maintainer scripts run perl, adduser, ...
# (thousands of fork/execs, each one a new xrun).  Then, in the chroot:
# dpkg -l, dpkg --audit, apt-cache policy, apt-get check, sh -c 'uname -m'
# and perl -e.  TAP output; the second stage's time is in its description.
#
# Expected values come from the host: the package list debootstrap's first
# stage chose (all must end "ii"), dpkg's version from its .deb (host
# dpkg-deb), the mirror the lists came from, the host perl's output for the
# same program, and the guest's uname -m, which is the ARCH name.
#
# Isolation: the first stage runs as root on the host (it makes device
# nodes); the rest in a new user namespace that maps all uids and gids to
# themselves (written from outside: maintainer scripts chown to _apt,
# shadow, ...), with its own mount, pid and network namespaces, so that
# debootstrap can mount /proc and /sys in the root itself: a private
# binfmt_misc instance (Linux 6.7+; the host's table is never touched)
# and the host's device nodes bound into the root.  mknod is not allowed
# there, so debootstrap runs with container=lxc, which skips its mknod
# check of the target.  Until debootstrap mounts /proc and after it
# unmounts it, the chroot has neither xrun nor /proc/self/exe: each guest
# exec goes through binfmt_misc again.
#
# The package set is downloaded once (debootstrap --make-tarball) into the
# cache of scripts/fetch-debian-pkg.sh (tests/cache/ARCH/ or $XRUN_CACHE);
# later runs unpack it offline (--unpack-tarball).
#
# SKIPs: not root, no debootstrap (or no script for the suite), no unshare,
# no private binfmt_misc in a user namespace, no static xrun (see
# static-build.sh), the packages cannot be downloaded.
#
# Time on 2 shared cores, per guest: the second stage takes about 1 min
# under the JIT, 2-7 min under the interpreter (qemu-user 7.2: 2.5-3.5
# min).  So make check runs it with the JIT only (the interpreter where
# there is no JIT); the interpreter's run is opt-in.
#
# Environment:
#   XRUN_DEBOOTSTRAP=0     SKIP the whole test
#   XRUN_DEBOOTSTRAP_BACKENDS  backends, one full second stage each, given
#                          to xrun as XRUN_ACCEL (default: jit on x86-64
#                          hosts, else interp; "interp jit" for both)
#   XRUN_DEBOOTSTRAP_EMU   another emulator instead of xrun, registered the
#                          same way: e.g. /usr/bin/qemu-aarch64-static, to
#                          compare times (one pseudo-backend "emu")
#   XRUN_DEBOOTSTRAP_TIMEOUT  seconds for one second stage (default 1800)
#   KEEP_WORKDIR=1         keep the roots (tests/debootstrap-ARCH-BACKEND)
set -u
export LC_ALL=C

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(cd "$here/../.." && pwd)}
top_builddir=$(cd "${top_builddir:-$PWD}" && pwd)
arch=${1:-}
case $arch in
  aarch64) debarch=arm64 suite=bookworm ;;
  riscv64) debarch=riscv64 suite=trixie ;;
  *) echo "Bail out! usage: debootstrap.sh aarch64|riscv64"; exit 99 ;;
esac
# One guest program for the perl check; the host perl gives the expected.
perl_prog='my %h = map { $_ => $_ * $_ } 1..9; print join(",", map { "$_=$h{$_}" } sort keys %h), "\n"; printf("%.3f %s\n", atan2(1, 1) * 4, scalar reverse "xrun")'

# ---- inside the namespaces: one second stage and the checks --------------
# Prints "ok - ..." / "not ok - ..." lines, numbered by the outer part.
if [ "${XRUN_DEBOOTSTRAP_INNER:-}" = 1 ]; then
  read -r _ <&9 # the outer part has written our uid and gid maps
  exec 9<&-
  T=$ROOT M=$W/mnt
  ok() { echo "ok - $*"; }
  notok() { echo "not ok - $*"; }
  mkdir -p "$M"
  mount -t binfmt_misc binfmt_misc "$M" || { notok "mount binfmt_misc"; exit 1; }
  if [ "$(echo $(ls "$M"))" != "register status" ]; then
    notok "binfmt_misc instance is private"; exit 1
  fi
  if [ "$BACKEND" = emu ]; then
    # The same magic and mask as ours, as %s arguments (they hold \x).
    IFS=: read -r _ _ _ _ magic mask _ < <("$BINFMT_TOOL" conf systemd \
      --persistent --path /unused "$arch" | grep '^:')
    printf ':%s:M:0:%s:%s:%s:F\n' "emu-$arch" "$magic" "$mask" "$EMU_PATH" \
      > "$M/register" || { notok "register $EMU_PATH"; exit 1; }
  else
    out=$("$STATIC_DIR/xrun-binfmt" install --persistent --path "$STATIC_DIR" \
      --binfmt-dir "$M" "$arch" 2>&1) ||
      { notok "xrun-binfmt install"; echo "$out" | sed 's/^/#   /'; exit 1; }
  fi
  # /proc and /sys: debootstrap mounts them, as on a real root, with the
  # guest's mount.  The host's device nodes, in case the build tree is on a
  # nodev file system.
  for d in null zero full random urandom tty; do
    mount --bind "/dev/$d" "$T/dev/$d" || { notok "bind /dev/$d"; exit 1; }
  done
  in_root() {
    chroot "$T" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
      LC_ALL=C XRUN_ACCEL="$ACCEL" "$@"
  }

  # Elapsed and CPU time (user, system: what the machine's load does not
  # change much, to compare emulators on a shared machine).
  start=$(date +%s)
  TIMEFORMAT='%0U s user + %0S s system'
  { time timeout "${XRUN_DEBOOTSTRAP_TIMEOUT:-1800}" env container=lxc \
      XRUN_ACCEL="$ACCEL" chroot "$T" /debootstrap/debootstrap \
      --second-stage > "$W/second-stage.log" 2>&1; } 2> "$W/cpu"
  rc=$? secs=$(($(date +%s) - start))
  name="$BACKEND: debootstrap --second-stage in the chroot ($secs s)"
  echo "# $arch $BACKEND: second stage $secs s ($(cat "$W/cpu")), status $rc"
  if [ $rc = 0 ] && grep -q "^I: Base system installed successfully" "$W/second-stage.log"; then
    ok "$name"
  else
    notok "$name"
    tail -n 15 "$W/second-stage.log" | sed 's/^/#   /'
    log=$T/debootstrap/debootstrap.log
    [ -f "$log" ] && tail -n 25 "$log" | sed 's/^/#   log: /'
    exit 1
  fi

  # debootstrap unmounted /proc and /sys: the programs below run as in a
  # chroot without them, where only binfmt_misc can start the next xrun.
  for d in proc sys; do
    if mountpoint -q "$T/$d"; then notok "$BACKEND: debootstrap unmounted /$d"
    else ok "$BACKEND: debootstrap unmounted /$d"
    fi
  done

  # c NAME EXPECTED CMD...: the output of CMD in the root is EXPECTED.
  c() {
    local name=$1 want=$2 out; shift 2
    out=$(in_root "$@" 2>&1)
    if [ "$out" = "$want" ]; then ok "$BACKEND: $name"
    else
      notok "$BACKEND: $name"
      diff <(echo "$want") <(echo "$out") | head -n 20 | sed 's/^/#   /'
    fi
  }
  # has NAME TEXT CMD...: CMD succeeds and its output has the line TEXT.
  has() {
    local name=$1 want=$2 out rc; shift 2
    out=$(in_root "$@" 2>&1); rc=$?
    if [ $rc = 0 ] && grep -qxF -- "$want" <<< "$out"; then ok "$BACKEND: $name"
    else
      notok "$BACKEND: $name"
      echo "# status $rc, wanted the line '$want' in:"
      echo "$out" | head -n 20 | sed 's/^/#   /'
    fi
  }
  npkgs=$(wc -l < "$W/packages")
  c "dpkg -l | wc -l: $npkgs packages + 5 header lines" "$((npkgs + 5))" \
    sh -c 'dpkg -l | wc -l'
  c "every package debootstrap chose is installed (ii)" \
    "$(sed 's/^/ii |/' "$W/packages")" \
    sh -c "dpkg-query -W -f '\${db:Status-Abbrev}|\${Package}\n' | sort"
  c "dpkg --audit finds nothing" "" dpkg --audit
  has "apt-cache policy: the dpkg status" " 100 /var/lib/dpkg/status" \
    apt-cache policy
  has "apt-cache policy: the mirror's lists" \
    " 500 $MIRROR $suite/main $debarch Packages" apt-cache policy
  has "apt-cache policy dpkg: installed $DPKG_VERSION" \
    "  Installed: $DPKG_VERSION" apt-cache policy dpkg
  c "apt-get check" "Reading package lists...
Building dependency tree..." apt-get -q check
  c "sh -c 'uname -m'" "$arch" sh -c 'uname -m'
  c "perl -e (hashes, sort, printf, reverse)" "$PERL_EXPECTED" \
    perl -e "$perl_prog"
  exit 0
fi

# ---- outside: requirements, the package cache, the first stage -----------
[ "${XRUN_DEBOOTSTRAP:-1}" != 0 ] || skip_all "XRUN_DEBOOTSTRAP=0"
[ "$(id -u)" = 0 ] ||
  skip_all "needs root (debootstrap's first stage makes device nodes; the user namespace maps every uid)"
for tool in debootstrap unshare chroot timeout perl dpkg-deb; do
  command -v "$tool" >/dev/null || skip_all "no $tool"
done
scripts=${DEBOOTSTRAP_DIR:-/usr/share/debootstrap}/scripts
[ -e "$scripts/$suite" ] || skip_all "this debootstrap has no script for $suite"

if [ -n "${XRUN_DEBOOTSTRAP_EMU:-}" ]; then
  EMU_PATH=$(command -v "$XRUN_DEBOOTSTRAP_EMU") ||
    skip_all "XRUN_DEBOOTSTRAP_EMU=$XRUN_DEBOOTSTRAP_EMU not found"
  BINFMT_TOOL=$top_builddir/xrun-binfmt
  [ -x "$BINFMT_TOOL" ] || skip_all "xrun-binfmt is not built"
  backends=emu STATIC_DIR=
else
  STATIC_DIR=$(bash "$here/static-build.sh" --dir 2>&1)
  case $? in
    0) ;;
    77) skip_all "no static xrun: ${STATIC_DIR#static-build.sh: }" ;;
    *) echo "1..1"; echo "not ok 1 - static xrun: $STATIC_DIR"; exit 1 ;;
  esac
  default=interp
  [ "$(uname -m)" = x86_64 ] && default=jit
  backends=${XRUN_DEBOOTSTRAP_BACKENDS:-$default}
  EMU_PATH= BINFMT_TOOL=
fi

W=$(mktemp -d "${TMPDIR:-/tmp}/xrun-debootstrap.XXXXXX") || exit 99
cleanup() {
  [ "${KEEP_WORKDIR:-0}" = 1 ] || rm -rf "$W" "$top_builddir/tests/debootstrap-$arch-"*
}
trap cleanup EXIT
mkdir "$W/mnt"
probe=$(unshare --user --map-root-user --mount sh -c \
  'mount -t binfmt_misc binfmt_misc "$1" 2>&1 && ls "$1"' sh "$W/mnt" 2>&1) ||
  skip_all "no private binfmt_misc in a user namespace: $(echo "$probe" | head -1)"
[ "$(echo $probe)" = "register status" ] ||
  skip_all "the binfmt_misc mounted in a user namespace is not empty (not private?)"

# The package set, downloaded once: the tarball and the mirror it came from
# (its apt lists are named after it).
read -r host_mirror keyring < <(bash -c '. "$1/scripts/debian-apt.sh" &&
  debian_mirror && echo "$mirror $keyring"' sh "$top_srcdir" 2>/dev/null)
cache=${XRUN_CACHE:-$top_builddir/tests/cache}/$debarch
mkdir -p "$cache" || exit 99
tgz=$cache/debootstrap-$suite-minbase.tgz
exec 8> "$cache/.lock"
command -v flock >/dev/null && flock 8
if [ ! -s "$tgz" ] || [ ! -s "$tgz.mirror" ]; then
  [ -n "${host_mirror:-}" ] && [ -r "${keyring:-}" ] ||
    skip_all "no Debian mirror or keyring (scripts/debian-apt.sh)"
  echo "# downloading the $suite $debarch minbase package set from $host_mirror"
  if debootstrap --arch="$debarch" --variant=minbase --keyring="$keyring" \
       --make-tarball="$tgz.tmp" "$suite" "$W/download" "$host_mirror" \
       > "$W/download.log" 2>&1; then
    mv "$tgz.tmp" "$tgz" && echo "$host_mirror" > "$tgz.mirror"
  else
    rm -f "$tgz.tmp"
    skip_all "cannot download the $suite $debarch package set: $(grep -m1 '^E:' "$W/download.log")"
  fi
fi
exec 8>&-
MIRROR=$(cat "$tgz.mirror")
MIRROR=${MIRROR%/}
PERL_EXPECTED=$(perl -e "$perl_prog")
export MIRROR PERL_EXPECTED STATIC_DIR EMU_PATH BINFMT_TOOL W

n=0 fails=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
notok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $*"; }
[ -n "$STATIC_DIR" ] && echo "# emulator: $STATIC_DIR/xrun-$arch (static)"
[ -n "$EMU_PATH" ] && echo "# emulator: $EMU_PATH"
for backend in $backends; do
  ROOT=$top_builddir/tests/debootstrap-$arch-$backend
  rm -rf "$ROOT" "$W/second-stage.log"
  start=$(date +%s)
  if ! debootstrap --foreign --arch="$debarch" --variant=minbase \
         --unpack-tarball="$tgz" "$suite" "$ROOT" "$MIRROR" \
         > "$W/first-stage.log" 2>&1; then
    notok "$backend: debootstrap --foreign (first stage)"
    tail -n 10 "$W/first-stage.log" | sed 's/^/#   /'
    continue
  fi
  ok "$backend: debootstrap --foreign (first stage, $(($(date +%s) - start)) s)"
  # In a Docker container debootstrap makes /proc a link to /proc: a loop
  # inside the chroot.  A directory, for our own /proc mount.
  if [ -L "$ROOT/proc" ]; then rm "$ROOT/proc" && mkdir "$ROOT/proc"; fi
  # What the second stage must install: the first stage's choice.
  cat "$ROOT/debootstrap/required" "$ROOT/debootstrap/base" | tr ' ' '\n' |
    grep . | sort -u > "$W/packages"
  DPKG_VERSION=$(dpkg-deb -f "$(ls "$ROOT"/var/cache/apt/archives/dpkg_*.deb | head -n1)" Version)
  accel=$backend
  [ "$backend" = emu ] && accel=
  # The new namespaces wait on fd 9 until their uid and gid maps are in.
  rm -f "$W/go" && mkfifo "$W/go" && exec 9<> "$W/go"
  XRUN_DEBOOTSTRAP_INNER=1 ROOT=$ROOT BACKEND=$backend ACCEL=$accel \
    DPKG_VERSION=$DPKG_VERSION \
    unshare --user --mount --pid --net --fork --kill-child bash "$0" "$arch" \
    > "$W/inner.out" 2>&1 &
  upid=$!
  for _ in $(seq 100); do
    [ "$(readlink "/proc/$upid/ns/user")" != "$(readlink /proc/self/ns/user)" ] && break
    sleep 0.05
  done
  if ! { echo '0 0 4294967295' > "/proc/$upid/uid_map" &&
         echo '0 0 4294967295' > "/proc/$upid/gid_map"; } 2>/dev/null; then
    kill "$upid" 2>/dev/null
    wait "$upid"
    notok "$backend: map every uid in a user namespace"
    continue
  fi
  echo go >&9
  exec 9>&-
  wait "$upid"
  while IFS= read -r line; do
    case $line in
      "ok - "*) ok "${line#ok - }" ;;
      "not ok - "*) notok "${line#not ok - }" ;;
      "#"*) echo "$line" ;;
      *) echo "# $line" ;;
    esac
  done < "$W/inner.out"
  [ "${KEEP_WORKDIR:-0}" = 1 ] || rm -rf "$ROOT"
done
echo "1..$n"
[ "$fails" = 0 ]
