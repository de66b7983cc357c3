#!/bin/bash
# SPDX-License-Identifier: MIT
# fetch-debian-pkg.sh ARCH PKG...
#
# Download Debian binary packages for a foreign architecture and unpack them
# (dpkg -x) into a cache directory, without installing anything on the host.
# apt runs with a private configuration: its own deb822 sources file, lists,
# cache and an empty dpkg status, so the host's apt state is never touched.
#
#   ARCH      riscv64 (Debian trixie) or arm64 (Debian bookworm)
#   PKG       binary package names, e.g. busybox-static
#
# Prints the unpacked root directory on stdout (one line; all packages are
# unpacked into the same root), messages on stderr.
#
# Environment:
#   XRUN_CACHE           cache directory (default: $top_builddir/tests/cache when
#                        top_builddir is set, else ./tests/cache)
#   XRUN_DEBIAN_SUITE    override the suite (default per ARCH, see above)
#   XRUN_DEBIAN_MIRROR   override the mirror URI (default: the host's Debian mirror
#                        from /etc/apt/sources.list.d/debian.sources)
#   XRUN_DEBIAN_KEYRING  override the Signed-By keyring
#   XRUN_FETCH_REFRESH=1 run apt-get update even when the lists are cached
#
# Exit status: 0 success; 77 the packages could not be fetched (offline, mirror
# or package missing: callers should SKIP); 2 usage error.
set -euo pipefail

. "$(dirname "$0")/debian-apt.sh"
debian_parse "$@"
shift
debian_cache

root=$cache/$arch/root
debs=$cache/$arch/debs
mkdir -p "$root" "$debs"

# Already unpacked?  Then no network at all.  (Sets missing.)
unpacked_all() {
  missing=()
  for p; do
    [ -e "$root/.stamp-$p" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ]
}
if unpacked_all "$@"; then echo "$root"; exit 0; fi
debian_lock
if unpacked_all "$@"; then echo "$root"; exit 0; fi

debian_apt_setup

for p in "${missing[@]}"; do
  deb=$(ls "$debs/${p}_"*"_$arch.deb" "$debs/${p}_"*"_all.deb" 2>/dev/null | head -n1 || true)
  if [ -z "$deb" ]; then
    echo "$me: downloading $p:$arch" >&2
    if ! (cd "$debs" && apt-get "${apt_opts[@]}" download "$p") >>"$log" 2>&1; then
      # Stale lists (the archive moved on): refresh once and retry.
      debian_update || true
      if ! (cd "$debs" && apt-get "${apt_opts[@]}" download "$p") >>"$log" 2>&1; then
        sed 's/^/  /' "$log" | tail -n 8 >&2
        skip "apt-get download $p for $suite/$arch failed"
      fi
    fi
    deb=$(ls "$debs/${p}_"*"_$arch.deb" "$debs/${p}_"*"_all.deb" 2>/dev/null | head -n1 || true)
    [ -n "$deb" ] || skip "apt-get download $p left no .deb in $debs"
  fi
  dpkg -x "$deb" "$root" || { rm -f "$deb"; skip "dpkg -x $deb failed (corrupt download?)"; }
  echo "${deb##*/}" > "$root/.stamp-$p"
  echo "$me: unpacked ${deb##*/} into $root" >&2
done

echo "$root"
