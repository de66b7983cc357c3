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

me=${0##*/}
die() { echo "$me: $*" >&2; exit 2; }
skip() { echo "$me: cannot fetch: $*" >&2; exit 77; }

[ $# -ge 2 ] || die "usage: $me ARCH PKG..."
arch=$1; shift

case $arch in
  riscv64) suite=trixie ;;
  arm64|aarch64) arch=arm64; suite=bookworm ;;
  *) die "unsupported architecture '$arch' (riscv64 or arm64)" ;;
esac
suite=${XRUN_DEBIAN_SUITE:-$suite}
for p in "$@"; do
  case $p in
    *[!a-z0-9.+-]*|"") die "bad package name '$p'" ;;
  esac
done

if [ -n "${XRUN_CACHE:-}" ]; then cache=$XRUN_CACHE
elif [ -n "${top_builddir:-}" ]; then cache=$top_builddir/tests/cache
else cache=$PWD/tests/cache
fi
mkdir -p "$cache" || die "cannot create cache directory $cache"
cache=$(cd "$cache" && pwd)

# Where the host's Debian mirror is: the deb822 stanza whose URI is the main
# archive (not debian-security), with its Signed-By keyring.
host_sources=/etc/apt/sources.list.d/debian.sources
mirror= keyring=
if [ -r "$host_sources" ]; then
  read -r mirror keyring < <(awk '
    function flush() {
      if (uri != "" && uri !~ /security/ && !done) { print uri, (key == "" ? "-" : key); done = 1 }
      uri = ""; key = ""
    }
    /^[ \t]*#/ { next }
    /^[ \t]*$/ { flush(); next }
    tolower($1) == "uris:" { uri = $2 }
    tolower($1) == "signed-by:" { key = $2 }
    END { flush() }' "$host_sources") || true
fi
if [ -z "$mirror" ] && [ -r /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
           /etc/apt/sources.list | grep -v security | head -n1 || true)
fi
mirror=${XRUN_DEBIAN_MIRROR:-${mirror:-http://deb.debian.org/debian}}
[ "$keyring" = - ] && keyring=
keyring=${XRUN_DEBIAN_KEYRING:-${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}}
[ -r "$keyring" ] || skip "keyring $keyring not readable (install debian-archive-keyring)"

root=$cache/$arch/root
debs=$cache/$arch/debs
aptdir=$cache/$arch/apt-$suite
mkdir -p "$root" "$debs" "$aptdir/lists/partial" "$aptdir/cache/archives/partial" "$aptdir/empty.d"

# Already unpacked?  Then no network at all.
missing=()
for p in "$@"; do
  [ -e "$root/.stamp-$p" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "$root"
  exit 0
fi

# One fetch per architecture at a time (parallel make check).
if command -v flock >/dev/null; then
  exec 9> "$cache/$arch/.lock"
  flock 9
  missing=()
  for p in "$@"; do
    [ -e "$root/.stamp-$p" ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then echo "$root"; exit 0; fi
fi

command -v apt-get >/dev/null || skip "apt-get not found"
command -v dpkg >/dev/null || skip "dpkg not found"

srcfile=$aptdir/xrun.sources
cat > "$srcfile.new" <<EOF
Types: deb
URIs: $mirror
Suites: $suite
Components: main
Architectures: $arch
Signed-By: $keyring
EOF
# A changed mirror or keyring invalidates the lists.
if ! cmp -s "$srcfile.new" "$srcfile"; then
  mv "$srcfile.new" "$srcfile"
  rm -f "$aptdir/lists/"*_Packages* "$aptdir/lists/"*Release* 2>/dev/null || true
else
  rm -f "$srcfile.new"
fi

apt_opts=(
  -o "Dir::Etc::sourcelist=$srcfile"
  -o "Dir::Etc::sourceparts=-"
  -o "Dir::State::Lists=$aptdir/lists"
  -o "Dir::Cache=$aptdir/cache"
  -o "Dir::State::status=/dev/null"
  -o "APT::Architecture=$arch"
  -o "APT::Architectures::=$arch"
  -o "Dir::Etc::preferencesparts=$aptdir/empty.d"
  -o "Acquire::Languages=none"
  -o "Acquire::Retries=2"
  -o "Acquire::http::Timeout=30"
  -q
)
# As root apt drops to the _apt user for downloads, which cannot write into
# our cache; keep root instead.
if [ "$(id -u)" = 0 ]; then
  apt_opts+=(-o "APT::Sandbox::User=root")
fi

log=$aptdir/last.log
have_lists() { ls "$aptdir/lists/"*_Packages* >/dev/null 2>&1; }
if ! have_lists || [ "${XRUN_FETCH_REFRESH:-0}" = 1 ]; then
  echo "$me: apt-get update ($suite/$arch from $mirror)" >&2
  if ! apt-get "${apt_opts[@]}" --error-on=any update >"$log" 2>&1 || ! have_lists; then
    sed 's/^/  /' "$log" | tail -n 8 >&2
    skip "apt-get update for $suite/$arch failed (offline or mirror unreachable?)"
  fi
fi

for p in "${missing[@]}"; do
  deb=$(ls "$debs/${p}_"*"_$arch.deb" "$debs/${p}_"*"_all.deb" 2>/dev/null | head -n1 || true)
  if [ -z "$deb" ]; then
    echo "$me: downloading $p:$arch" >&2
    if ! (cd "$debs" && apt-get "${apt_opts[@]}" download "$p") >"$log" 2>&1; then
      # Stale lists (the archive moved on): refresh once and retry.
      apt-get "${apt_opts[@]}" --error-on=any update >>"$log" 2>&1 || true
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
