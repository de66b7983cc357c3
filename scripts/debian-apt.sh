# SPDX-License-Identifier: MIT
# Sourced by fetch-debian-pkg.sh and make-sysroot.sh: a private apt
# configuration for one foreign Debian architecture (riscv64 from trixie,
# arm64 from bookworm), kept under the cache so nothing touches the host's
# apt state.  Sets and uses globals; each function says which.

me=${0##*/}
die() { echo "$me: $*" >&2; exit 2; }
skip() { echo "$me: cannot fetch: $*" >&2; exit 77; }

# debian_parse ARCH PKG...: sets arch and suite, checks the package names.
debian_parse() {
  [ $# -ge 2 ] || die "usage: $me ARCH PKG..."
  arch=$1; shift
  case $arch in
    riscv64) suite=trixie ;;
    arm64|aarch64) arch=arm64; suite=bookworm ;;
    *) die "unsupported architecture '$arch' (riscv64 or arm64)" ;;
  esac
  suite=${XRUN_DEBIAN_SUITE:-$suite}
  local p
  for p in "$@"; do
    case $p in
      *[!a-z0-9.+-]*|"") die "bad package name '$p'" ;;
    esac
  done
}

# debian_cache: sets cache (absolute), with $cache/$arch created.
debian_cache() {
  if [ -n "${XRUN_CACHE:-}" ]; then cache=$XRUN_CACHE
  elif [ -n "${top_builddir:-}" ]; then cache=$top_builddir/tests/cache
  else cache=$PWD/tests/cache
  fi
  mkdir -p "$cache/$arch" || die "cannot create cache directory $cache"
  cache=$(cd "$cache" && pwd)
}

# debian_lock: one apt user per architecture at a time (parallel make
# check); the lock is held until the script exits.
debian_lock() {
  if command -v flock >/dev/null; then
    exec 9> "$cache/$arch/.lock"
    flock 9
  fi
}

# debian_mirror: sets mirror and keyring from the host's main-archive
# sources (deb822 first, then sources.list), or the XRUN_DEBIAN_* overrides.
debian_mirror() {
  local host_sources=/etc/apt/sources.list.d/debian.sources
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
}

# debian_apt_setup: sets aptdir and apt_opts (the private configuration)
# and log (apt's output), and makes sure the package lists exist.
debian_apt_setup() {
  command -v apt-get >/dev/null || skip "apt-get not found"
  command -v dpkg >/dev/null || skip "dpkg not found"
  debian_mirror
  aptdir=$cache/$arch/apt-$suite
  mkdir -p "$aptdir/lists/partial" "$aptdir/cache/archives/partial" "$aptdir/empty.d"
  log=$aptdir/$me.log
  : > "$log"
  local srcfile=$aptdir/xrun.sources
  cat > "$srcfile.new" <<EOS
Types: deb
URIs: $mirror
Suites: $suite
Components: main
Architectures: $arch
Signed-By: $keyring
EOS
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
    -o "Dir::State::extended_states=$aptdir/extended_states"
    -o "APT::Architecture=$arch"
    -o "APT::Architectures::=$arch"
    -o "Dir::Etc::preferencesparts=$aptdir/empty.d"
    -o "Acquire::Languages=none"
    -o "Acquire::Retries=2"
    -o "Acquire::http::Timeout=30"
    -o "APT::Install-Recommends=false"
    -o "APT::Install-Suggests=false"
    -o "Debug::NoLocking=true"
    -q
  )
  # As root apt drops to the _apt user for downloads, which cannot write
  # into our cache; keep root instead.
  if [ "$(id -u)" = 0 ]; then
    apt_opts+=(-o "APT::Sandbox::User=root")
  fi
  if ! debian_have_lists || [ "${XRUN_FETCH_REFRESH:-0}" = 1 ]; then
    if ! debian_update; then
      sed 's/^/  /' "$log" | tail -n 8 >&2
      skip "apt-get update for $suite/$arch failed (offline or mirror unreachable?)"
    fi
  fi
}

debian_have_lists() { ls "$aptdir/lists/"*_Packages* >/dev/null 2>&1; }

# debian_update: refresh the lists (also when the archive moved on).
debian_update() {
  echo "$me: apt-get update ($suite/$arch from $mirror)" >&2
  apt-get "${apt_opts[@]}" --error-on=any update >>"$log" 2>&1 && debian_have_lists
}
