#!/bin/bash
# SPDX-License-Identifier: MIT
# Real-program integration test: the statically linked programs Debian ships
# for the guest architecture (riscv64: trixie, arm64: bookworm), each doing a
# few real operations under xrun-ARCH, once per backend in XRUN_BACKENDS.
# Run as "static-progs.sh ARCH" by the static-riscv64.sh and static-aarch64.sh
# wrappers; harness and environment variables: lib.sh.
#
# The programs and their C libraries (both architectures unless noted):
#   bash-static  /bin/bash-static (bookworm) or /usr/bin/bash-static   glibc
#   zsh-static   zsh-static                                          glibc
#   mksh         lksh, and mksh built with musl, klibc and (arm64 only)
#                dietlibc under /usr/lib/...                 musl, klibc, diet
#   sash         sash with its built-in -commands                    glibc
#   tini         tini-static, a container init that forks and reaps  glibc
#   gpgv-static  OpenPGP signature checks (libgcrypt: SHA-2, RSA)    glibc
#   e2fsck-static  e2fsck.static on ext4 images the host makes        glibc
#   dar-static   dar_static, encrypted compressed archives (C++)     glibc
#   klibc-utils  the static klibc zcat                               klibc
#   libc-bin     ldconfig, a static-pie program                      glibc
# Shell scripts exec what they need from the guest's busybox (busybox-static,
# linked into the guest PATH), never a host tool.  Expected values: the same
# script under the host's bash or dash, the host's tools on the same input,
# or obvious literals.
# Looked at and left out: cdebootstrap-static (needs a mirror and root to do
# anything real); toybox, dash, mksh's /bin/mksh (dynamically linked).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
it_init "${1:?usage: static-progs.sh riscv64|aarch64}"

# ---- Packages ---------------------------------------------------------------------
# busybox-static first: the shells need it, and when it cannot be fetched
# (offline) the others are not tried.
it_fetch busybox-static || skip_all "$it_fetch_why (the shells' commands)"
root=$it_root
BB=$(it_find "$root" busybox) || skip_all "no busybox in busybox-static:$debarch"
declare -A have why
for p in bash-static zsh-static mksh sash tini gpgv-static e2fsck-static dar-static klibc-utils libc-bin; do
  if it_fetch "$p"; then have[$p]=1; else why[$p]=$it_fetch_why; fi
done

# want PKG NAME PATH...: use the first PATH (see it_find) of PKG as NAME for the
# following checks; else report one SKIP and fail.
want() {
  local pkg=$1 name=$2 path
  shift 2
  PROG_NAME=$name
  if [ -z "${have[$pkg]:-}" ]; then
    skip_checks 1 "${why[$pkg]}"; return 1
  fi
  if ! path=$(it_find "$root" "$@"); then
    skip_checks 1 "$pkg:$debarch has no $name"; return 1
  fi
  use "$path" "$name"
}

# ---- Test data and host-side expectations -----------------------------------------------
it_data
it_gpath "$BB" links

host_sh() { # SHELL SCRIPT: the script's stdout under the host's SHELL in $W
  (cd "$W" && env -i PATH=/usr/bin:/bin HOME="$W" LC_ALL=C TZ=UTC "$1" -c "$2" 2>/dev/null)
}
like_host() { # HOSTSHELL SCRIPT: the guest shell's -c SCRIPT prints what the host's does
  check "$(host_sh "$1" "$2")" -c "$2"
}


# sash: its own tar and gzip.
tar -cf sash.tar tree
mkdir -p sashx

# gpgv: the Release file of the suite the packages came from, signed by Debian.
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
inrelease=$(ls "$root"/../apt-*/lists/*_InRelease 2>/dev/null | head -n 1)
gpg_ok=
if [ -n "$inrelease" ] && [ -r "$keyring" ] && command -v gpgv >/dev/null; then
  cp "$inrelease" Release.signed
  sed '0,/^Date: /s/^Date: /Date: X/' Release.signed > Release.tampered
  sigs() { grep -E '^\[GNUPG:\] (GOODSIG|VALIDSIG|BADSIG|ERRSIG|EXPKEYSIG|EXPSIG|REVKEYSIG) '; }
  exp_good=$(gpgv --status-fd 1 --keyring "$keyring" Release.signed 2>/dev/null | sigs)
  exp_bad=$(gpgv --status-fd 1 --keyring "$keyring" Release.tampered 2>/dev/null | sigs)
  case $exp_good in *GOODSIG*) case $exp_bad in *BADSIG*) gpg_ok=1 ;; esac ;; esac
fi

# e2fsck: a clean ext4 image with the test tree, one with a cleared inode.
PATH=$PATH:/sbin:/usr/sbin
e2_ok=
if command -v mke2fs >/dev/null && command -v debugfs >/dev/null && command -v e2fsck >/dev/null &&
   mke2fs -q -F -t ext4 -d tree clean.img 4M >/dev/null 2>&1 &&
   cp clean.img bad.img && debugfs -w -R 'clri <13>' bad.img >/dev/null 2>&1; then
  exp_clean=$(e2fsck -fn clean.img 2>/dev/null)
  exp_bad_fs=$(e2fsck -fn bad.img 2>/dev/null)
  e2fsck -fn bad.img >/dev/null 2>&1
  [ $? = 4 ] && e2_ok=1
fi

# ldconfig: two small host shared libraries; ldconfig -n makes their soname links.
ld_ok=
hostldconfig=$(command -v ldconfig)
mkdir -p lddir hostld/lddir
echo 'int xa(void) { return 1; }' > xa.c
if [ -n "$hostldconfig" ] &&
   ${NATIVE_CC:-gcc} -shared -fPIC -Wl,-soname,libxa.so.3 -o lddir/libxa.so.3.1.4 xa.c 2>/dev/null &&
   ${NATIVE_CC:-gcc} -shared -fPIC -Wl,-soname,libxb.so.12 -o lddir/libxb.so.12.0 xa.c 2>/dev/null; then
  cp lddir/* hostld/lddir/
  exp_ld=$(cd hostld && "$hostldconfig" -n -v lddir 2>/dev/null)
  exp_ld_links=$(cd hostld && find lddir -type l -printf '%p -> %l\n' | sort)
  [ -n "$exp_ld_links" ] && ld_ok=1
fi

# dar: libdar starts GPGME, which wants gpgconf and gpg in PATH; the host's
# run natively (xrun execs host programs as they are).
dar_ok=
mkdir -p hostgpg
if command -v gpgconf >/dev/null && command -v gpg >/dev/null; then
  ln -s "$(command -v gpgconf)" "$(command -v gpg)" hostgpg/ && dar_ok=1
fi

# ---- The checks ---------------------------------------------------------------------------
static_checks() {
  if want bash-static bash-static bash-static; then
    like_host bash 'a=(3 1 4 1 5 9 2 6); s=0; for x in "${a[@]}"; do ((s += x)); done; echo ${#a[@]} $s ${a[@]:2:3} ${a[-1]}; declare -A h=([one]=1 [two]=2 [three]=3); echo $((h[one] + h[two] * h[three])) ${#h[@]}'
    like_host bash 's="Hello, World"; echo ${s^^} ${s,,} ${s/World/There} ${s:7} ${#s}; [[ 2024-01-15 =~ ^([0-9]+)-([0-9]+)-([0-9]+)$ ]] && echo ${BASH_REMATCH[@]}; printf -v x "%08.3f|%x|%o|%.4e|%g|%s" 3.14159 255 8 12345.678 0.0001 ok; echo "$x"'
    like_host bash 'x=$(( 2**62 + 2**61 )); echo $x $(( x >> 3 )) $(( -17 % 5 )) $(( 7 ** 3 )) $(( 0x7fffffffffffffff + 1 )) $(( 1 << 63 >> 63 ))'
    like_host bash 'fib() { local n=$1; if ((n < 2)); then echo $n; else echo $(( $(fib $((n - 1))) + $(fib $((n - 2))) )); fi; }; fib 12'
    like_host bash 'printf "%s\n" pear apple fig | sort | tr a-z A-Z; echo "$(echo nested $(echo deeper))"; n=0; while read -r x; do ((n += x)); done < <(seq 1 100); echo $n'
    like_host bash 'mapfile -t l < text; echo ${#l[@]} "${l[1]}"; (exit 3) & wait $!; echo "background job: $?"; trap "echo bye" EXIT; echo end'
    like_host bash 'trap "echo caught USR1" USR1; kill -USR1 $$; echo after'
  fi

  if want zsh-static zsh-static zsh-static; then
    check "$(printf '1 2 3\n3 2 1\none three two\n7')" \
      -c 'a=(3 1 2); print ${(o)a}; print ${(On)a}; typeset -A h; h=(one 1 two 2 three 3); print ${(ko)h}; print $(( h[one] + h[two] * h[three] ))'
    check "$(printf 'HELLO ell 5 Hello\n4611686018427387904 3.5 1')" \
      -c 's=hello; print ${(U)s} ${s[2,4]} ${#s} ${(C)s}; print $(( 2**62 )) $(( 7 / 2.0 )) $(( 10 % 3 ))'
    check "$(host_sh bash 'shopt -s globstar; printf "%s\n" tree/**/*.txt')" -c 'setopt extendedglob; print -l tree/**/*.txt'
    # zsh and mksh sleep in sigsuspend until their SIGCHLD handler has
    # reaped a child: command substitutions and pipelines need guest signals.
    check 144 \
      -c 'fib() { (( $1 < 2 )) && { print $1; return }; print $(( $(fib $(( $1 - 1 ))) + $(fib $(( $1 - 2 ))) )) }; fib 12'
    check "$(printf 'APPLE\nFIG\nPEAR\n'; head -n 1 passwd | tr : '\n')" \
      -c 'print -l pear apple fig | sort | tr a-z A-Z; print -l ${(s/:/)"$(head -n 1 passwd)"}'
  fi

  local m
  for m in lksh "mksh (musl)" "mksh (klibc)" "mksh (dietlibc)"; do
    case $m in
      lksh) want mksh "$m" lksh || continue ;;
      *musl*) want mksh "$m" "usr/lib/$arch-linux-musl/bin/mksh" || continue ;;
      *klibc*) want mksh "$m" usr/lib/klibc/bin/mksh || continue ;;
      *diet*) [ "$arch" = aarch64 ] || continue   # no dietlibc on riscv64
              want mksh "$m" usr/lib/diet/bin/mksh || continue ;;
    esac
    like_host dash 'f() { case $1 in a*) echo A;; *[0-9]) echo N;; *) echo O;; esac; }; f abc; f x9; f zz; x=/usr/lib/file.tar.gz; echo ${x##*/} ${x%.*} ${x#/usr} ${#x}'
    like_host dash 'i=0; s=; while [ $i -lt 10 ]; do s="$s$((i * i % 7))"; i=$((i + 1)); done; echo $s; set -- a b "c d"; echo $# "$3"; for a in "$@"; do echo "[$a]"; done'
    check "$(printf '3 2 3 1 2\nHELLO ell')" \
      -c 'set -A a 3 1 2; echo ${#a[*]} ${a[2]} ${a[*]}; typeset -u u=hello; x=hello; echo $u ${x:1:3}'
    like_host dash 'echo $(echo sub $(echo nested)); echo pear apple fig | tr " " "\n" | sort | tr a-z A-Z'
  done

  if want sash sash sash; then
    check "hello from sash" -c '-echo hello from sash'
    check "$(grep foo text)" -c '-grep foo text'
    check "$(sum big | awk '{ print $1, $3 }')" -c '-sum big'
    rm -f sash.copy sash.txt sash.txt.gz host2.gz host2; cp text200k sash.txt; cp host.gz host2.gz
    check_then 'cmp big sash.copy' -c '-cp big sash.copy'
    check_then 'gunzip -c sash.txt.gz | cmp - text200k' -c '-gzip sash.txt'
    check_then 'cmp host2 text200k' -c '-gunzip host2.gz'
    check_then '[ "$(sort .out)" = "$(find tree -type f | sort)" ]' -c '-find tree -type f'
    rm -rf sashx/tree
    CWD=sashx check_then 'diff -r tree sashx/tree && [ -L sashx/tree/link.txt ]' -c '-tar xf ../sash.tar'
  fi

  if want tini tini-static tini-static; then
    RC=7 check child -- sh -c 'echo child; exit 7'
    RC=143 check "" -g -- sh -c 'kill -TERM $$; echo not reached'
    check remapped -e 7 -- sh -c 'echo remapped; exit 7'
    # -s: prctl(PR_SET_CHILD_SUBREAPER): a grandchild whose parent exits is
    # re-parented to tini (not to init), as the shell it then execs sees.
    RC=5 check "reaped by tini" -s -- sh -c 't=$PPID; ( (sleep 0.3; exec sh -c "echo \$PPID" > ppid) & ); sleep 0.6; read p < ppid; [ "$p" = "$t" ] && echo reaped by tini; exit 5'
    rm -f ppid
    RC=5 check "" -- sh -c 't=$PPID; ( (sleep 0.3; exec sh -c "echo \$PPID" > ppid) & ); sleep 0.6; read p < ppid; [ "$p" = "$t" ] && echo reaped by tini; exit 5'
  fi

  if want gpgv-static gpgv-static gpgv-static; then
    if [ -n "$gpg_ok" ]; then
      check_then '[ "$(sigs < .out)" = "$exp_good" ]' --status-fd 1 --keyring "$keyring" Release.signed
      RC=1 check_then '[ "$(sigs < .out)" = "$exp_bad" ]' --status-fd 1 --keyring "$keyring" Release.tampered
    else
      skip_checks 1 "no InRelease in the package cache, no $keyring or no host gpgv"
    fi
  fi

  if want e2fsck-static e2fsck.static e2fsck.static; then
    if [ -n "$e2_ok" ]; then
      check "$exp_clean" -fn clean.img
      RC=4 check "$exp_bad_fs" -fn bad.img
      rm -f fix.img; cp bad.img fix.img
      RC=1 check_then 'e2fsck -fn fix.img' -fy fix.img
    else
      skip_checks 1 "the host's mke2fs, debugfs or e2fsck is missing or failed"
    fi
  fi

  if want dar-static dar_static dar_static; then
    if [ -n "$dar_ok" ]; then
      rm -rf dar.1.dar dar-out; mkdir dar-out
      XPATH=$W/hostgpg check_then '[ -s dar.1.dar ]' -Q -c dar -R tree -z -K aes256:s3cret --kdf-param 1000:sha512
      XPATH=$W/hostgpg check_then 'grep -q "^OK .*/link.txt" .out && grep -q "^OK .*/sub/deep/d.txt" .out' \
        -Q -t dar -K aes256:s3cret -v
      XPATH=$W/hostgpg RC=fail check_then 'grep -q encrypted .out && ! grep -q "^OK " .out' -Q -t dar -K aes256:wrong
      XPATH=$W/hostgpg check_then 'diff -r tree dar-out && [ -L dar-out/link.txt ]' -Q -x dar -R dar-out -K aes256:s3cret
    else
      skip_checks 1 "no host gpg and gpgconf (libdar's GPGME looks for them in PATH at start-up)"
    fi
  fi

  if want klibc-utils "zcat (klibc)" usr/lib/klibc/bin/zcat; then
    check_then 'cmp .out text200k' host.gz
  fi

  if want libc-bin ldconfig ldconfig; then
    if [ -n "$ld_ok" ]; then
      find lddir -type l -delete
      check_then '[ "$(cat .out)" = "$exp_ld" ] && [ "$(find lddir -type l -printf "%p -> %l\n" | sort)" = "$exp_ld_links" ]' \
        -n -v lddir
    else
      skip_checks 1 "no host ldconfig or C compiler"
    fi
  fi
}

it_run static_checks
