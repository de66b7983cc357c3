#!/bin/bash
# SPDX-License-Identifier: MIT
# make-sysroot.sh ARCH PKG...
#
# Build a guest root file system (a "sysroot" for xrun -L) for a foreign
# architecture from Debian binary packages and everything they need:
# all Depends and Pre-Depends, recursively (no Recommends or Suggests),
# resolved by apt with a private configuration (its own sources, lists and
# cache, an empty dpkg status: nothing on the host is touched).  Every
# package is unpacked with dpkg -x into one root; no maintainer script runs.
# Then the root is given the merged-/usr layout (bin, sbin, lib, lib64 are
# symlinks into usr/, as base-files/usrmerge make them) and every absolute
# symbolic link in it is made relative, so that it points into the root
# and not into the host when xrun looks a guest path up under -L.
#
#   ARCH  riscv64 (Debian trixie) or arm64 / aarch64 (Debian bookworm)
#   PKG   binary package names; Essential packages are not implied: name
#         what the programs run (coreutils, dash for /bin/sh, ...)
#
# Prints the root directory on stdout (one line), messages on stderr.  The
# root is cached per ARCH and package list: a second call with the same
# list prints it at once, without any network access.
#
# Environment: as scripts/fetch-debian-pkg.sh (XRUN_CACHE, XRUN_DEBIAN_SUITE,
# XRUN_DEBIAN_MIRROR, XRUN_DEBIAN_KEYRING, XRUN_FETCH_REFRESH=1), whose apt
# lists it shares.
#
# Exit status: 0 success; 77 the packages could not be fetched (offline,
# mirror or package missing: callers should SKIP); 2 usage error.
set -euo pipefail

. "$(dirname "$0")/debian-apt.sh"
debian_parse "$@"
shift
debian_cache

# One root per architecture, suite and (sorted, unique) package list.
pkgs=$(printf '%s\n' "$@" | LC_ALL=C sort -u | tr '\n' ' ')
pkgs=${pkgs% }
key=$(printf '%s %s\n' "$suite" "$pkgs" | sha1sum | cut -c1-12)
root=$cache/$arch/sysroot-$key
if [ -e "$root/.xrun-sysroot-done" ]; then
  echo "$root"
  exit 0
fi

# Serialize with fetch-debian-pkg.sh: both use the same apt lists.
debian_lock
if [ -e "$root/.xrun-sysroot-done" ]; then echo "$root"; exit 0; fi

debian_apt_setup
archives=$aptdir/cache/archives

# The closure: what "apt-get install" of the packages on an empty system
# would install, as "name version arch" lines.
resolve() {
  # shellcheck disable=SC2086
  apt-get "${apt_opts[@]}" -s install $pkgs 2>>"$log" |
    sed -n 's/^Inst \([^ ]*\) (\([^ ]*\) [^[]*\[\([^]]*\)\]).*/\1 \2 \3/p'
}
# shellcheck disable=SC2086
download() { apt-get "${apt_opts[@]}" -y --download-only install $pkgs >>"$log" 2>&1; }

closure=$(resolve) || true
if [ -z "$closure" ] || ! download; then
  # Stale lists (the archive moved on): refresh once and retry.
  debian_update || true
  closure=$(resolve) || true
  if [ -z "$closure" ] || ! download; then
    sed 's/^/  /' "$log" | tail -n 8 >&2
    skip "apt-get install --download-only $pkgs for $suite/$arch failed"
  fi
fi
echo "$me: $(echo "$closure" | wc -l) packages for $pkgs" >&2

# Unpack everything into a fresh root, then move it into place.
tmp=$root.tmp
rm -rf "$tmp"
mkdir -p "$tmp"
while read -r name ver a; do
  deb=$archives/${name}_${ver//:/%3a}_$a.deb
  [ -f "$deb" ] || skip "$deb missing after download"
  dpkg -x "$deb" "$tmp" || { rm -f "$deb"; skip "dpkg -x $deb failed (corrupt download?)"; }
  echo "$name $ver $a" >> "$tmp/.xrun-packages"
done <<< "$closure"

# Merged /usr: fold what packages put in /bin, /sbin, /lib* into /usr and
# leave the symlinks base-files makes (bookworm's packages still ship
# /bin/bash, /lib/ld-linux-aarch64.so.1, ...).
for d in bin sbin lib lib64; do
  if [ -d "$tmp/$d" ] && [ ! -L "$tmp/$d" ]; then
    mkdir -p "$tmp/usr/$d"
    cp -a "$tmp/$d/." "$tmp/usr/$d/"
    rm -rf "${tmp:?}/$d"
  fi
  if [ -d "$tmp/usr/$d" ] && [ ! -e "$tmp/$d" ]; then
    ln -s "usr/$d" "$tmp/$d"
  fi
done

# Absolute links are followed by the host kernel from the host's root:
# make each one relative to where it lies, so it stays inside the root.
find "$tmp" -type l -lname '/*' -print0 |
  while IFS= read -r -d '' l; do
    t=$(readlink "$l")
    dir=${l%/*}
    rel=$(realpath -m -s --relative-to="$dir" "$tmp$t")
    ln -sfn "$rel" "$l"
  done

# What a booted system would have and no package ships.
mkdir -p "$tmp/tmp" "$tmp/etc"
chmod 1777 "$tmp/tmp"
[ -e "$tmp/usr/bin/sh" ] || { [ -e "$tmp/usr/bin/dash" ] && ln -s dash "$tmp/usr/bin/sh"; } || true
[ -e "$tmp/usr/bin/awk" ] || { [ -e "$tmp/usr/bin/mawk" ] && ln -s mawk "$tmp/usr/bin/awk"; } || true

echo "$pkgs" > "$tmp/.xrun-sysroot-done"
rm -rf "$root"
mv "$tmp" "$root"
echo "$me: sysroot for $pkgs in $root" >&2
echo "$root"
