#!/bin/bash
# SPDX-License-Identifier: MIT
# Real-program integration test: Debian trixie's static riscv64 busybox under
# xrun-riscv64, once per backend in XRUN_BACKENDS (default: interp).  TAP output.
#
# Every expected value comes from the HOST's own tools (coreutils, sed, mawk,
# grep, tar, gzip, dash) run on the same input, or is an obvious literal.
#
# Environment:
#   XRUN_BACKENDS   backends to test, space separated (default: interp)
#   EMU             stand-in emulator command instead of xrun-riscv64, e.g.
#                   EMU=qemu-riscv64-static (one pseudo-backend "emu")
#   XRUN_CACHE      where scripts/fetch-debian-pkg.sh keeps downloads
#   XRUN_TEST_TIMEOUT  seconds per check (default 120; after 3 timeouts the
#                   remaining checks of that backend fail without running)
#   KEEP_WORKDIR=1  keep the scratch directory for inspection
set -u
export LC_ALL=C TZ=UTC

here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(cd "$here/../.." && pwd)}
top_builddir=${top_builddir:-$PWD}
timeout_s=${XRUN_TEST_TIMEOUT:-120}

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

if [ -n "${EMU:-}" ]; then
  read -r -a emu_cmd <<< "$EMU"
  command -v "${emu_cmd[0]}" >/dev/null || skip_all "EMU=$EMU not found"
  emu_cmd[0]=$(command -v "${emu_cmd[0]}")
  backends=emu
else
  xrun=$top_builddir/xrun-riscv64
  [ -x "$xrun" ] || skip_all "xrun-riscv64 is not built ($xrun)"
  backends=${XRUN_BACKENDS:-interp}
fi

fetch_err=$(mktemp)
root=$("$top_srcdir/scripts/fetch-debian-pkg.sh" riscv64 busybox-static 2>"$fetch_err")
rc=$?
if [ $rc -ne 0 ] || [ ! -f "$root/usr/bin/busybox" ]; then
  reason=$(grep -m1 'cannot fetch' "$fetch_err" || tail -n1 "$fetch_err")
  rm -f "$fetch_err"
  skip_all "busybox-static:riscv64 unavailable: ${reason:-fetch failed (rc=$rc)}"
fi
rm -f "$fetch_err"
BB=$root/usr/bin/busybox

W=$(mktemp -d "${TMPDIR:-/tmp}/xrun-bb.XXXXXX")
[ "${KEEP_WORKDIR:-0}" = 1 ] || trap 'rm -rf "$W"' EXIT
cd "$W" || exit 99

# ---- Test data --------------------------------------------------------------
mkdir -p tree/sub/deep tree/empty gpath
printf 'alpha\n' > tree/a.txt
printf 'beta\ngamma\n' > tree/b.txt
printf 'x' > tree/sub/c.dat
printf 'deep file\n' > tree/sub/deep/d.txt
printf 'note\n' > tree/sub/e.txt
ln -s a.txt tree/link.txt
printf 'foo bar foo\nsecond line\nfoo again\nlast\n' > text
cat > passwd <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash
bob:x:1001:1001:Bob:/home/bob:/bin/zsh
EOF
cat > nums <<'EOF'
10 apple 3.5
2 pear 10.25
33 fig 0.5
2 pear 10.25
-7 kiwi 100
100 plum 2
9 apple 1
EOF
printf 'GET /index 200\nPOST /login 302\nGET /missing 404\nGET /api/v1 500\nHEAD / 200\n' > log
# 1 MiB of varied bytes; 200 KiB of compressible text.
head -c 1048576 /dev/urandom > big
seq 1 40000 | sed 's/$/ lorem ipsum dolor/' | head -c 204800 > text200k
gzip -9 -c text200k > host.gz
tar -cf host.tar -C tree .

# The guest gets a PATH with no host binaries, so that a busybox that fails to
# re-execute itself cannot silently fall back to a host tool.  With a stand-in
# EMU (no binfmt_misc), gpath holds wrappers that re-enter the emulator, the way
# xrun's own execve of a guest binary does.
if [ -n "${EMU:-}" ]; then
  for a in $("${emu_cmd[@]}" "$BB" --list); do
    printf '#!/bin/sh\nexec %s %s %s "$@"\n' "${emu_cmd[*]}" "$BB" "$a" > "gpath/$a"
    chmod +x "gpath/$a"
  done
fi

# ---- Harness ------------------------------------------------------------------
n=0 pass=0 fail=0
show() { # the command as one would type it
  local s= a
  for a in "$@"; do
    case $a in
      *[!A-Za-z0-9_./=:,@%+-]*|'') s+=" '${a//\'/\'\\\'\'}'" ;;
      *) s+=" $a" ;;
    esac
  done
  s=${s# }
  s=${s//$W\//}
  printf '%s' "${s//#/\\#}"
}

# run_guest ARGS...: busybox ARGS under the emulator, stdin from $IN, stdout
# to $W/.out, stderr to $W/.err; returns the exit status.
timeouts=0
run_guest() {
  local cmd rc
  if [ "$timeouts" -ge 3 ]; then   # keep a hanging emulator within the CI budget
    : > "$W/.out"; echo "not run: 3 earlier checks timed out under $backend" > "$W/.err"
    return 124
  fi
  if [ "$backend" = emu ]; then cmd=("${emu_cmd[@]}")
  else cmd=("$xrun" -accel "$backend")
  fi
  timeout -k 5 "$timeout_s" env -i PATH="$W/gpath" HOME="$W" LC_ALL=C TZ=UTC \
    "${cmd[@]}" "$BB" "$@" \
    < "${IN:-/dev/null}" > "$W/.out" 2> "$W/.err"
  rc=$?
  if [ $rc = 124 ] || [ $rc = 137 ]; then
    timeouts=$((timeouts + 1))
    echo "timed out after ${timeout_s}s" >> "$W/.err"
  fi
  return $rc
}

report() { # ok? description
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    pass=$((pass + 1)); echo "ok $n - $2"
  else
    fail=$((fail + 1)); echo "not ok $n - $2"
    if [ -n "${3:-}" ]; then printf '%s\n' "$3" | head -n 20 | sed 's/^/#   /'; fi
    if [ -s "$W/.err" ]; then echo "#   stderr:"; head -n 10 "$W/.err" | sed 's/^/#     /'; fi
  fi
}

# check EXPECTED ARGS...: stdout must equal EXPECTED (as with $(...): trailing
# newlines dropped) and exit status must be ${RC:-0}.
check() {
  local exp=$1; shift
  local rc got
  run_guest "$@"; rc=$?
  got=$(cat "$W/.out")
  if [ "$rc" = "${RC:-0}" ] && [ "$got" = "$exp" ]; then
    report 0 "$backend: busybox $(show "$@")"
  else
    report 1 "$backend: busybox $(show "$@")" \
      "$(printf 'exit %s (want %s)\n--- expected\n%s\n--- got\n%s' "$rc" "${RC:-0}" "$exp" "$got")"
  fi
}

# check_then 'HOST SHELL TEST' ARGS...: the guest exits 0, then the host-side
# test (may use $W/.out) succeeds.
check_then() {
  local verify=$1; shift
  local rc
  : > "$W/.verify"
  run_guest "$@"; rc=$?
  if [ "$rc" = 0 ] && (cd "$W" && eval "$verify") > "$W/.verify" 2>&1; then
    report 0 "$backend: busybox $(show "$@")"
  else
    report 1 "$backend: busybox $(show "$@")" \
      "$(printf 'exit %s; host check: %s\n' "$rc" "$verify"; head -n 10 "$W/.verify")"
  fi
}

sq() { tr -s ' \t' ' ' | sed 's/^ //;s/ $//'; }   # squeeze wc-style padding

# ---- The checks -----------------------------------------------------------------
run_suite() {
  # Shell: pipelines, loops, arithmetic, substitution, functions, exit status.
  check "HELLO" sh -c 'echo hello | tr a-z A-Z'
  check "$(sh -c 'for i in 1 2 3 4 5; do printf "%s," "$((i * i))"; done; echo')" \
    sh -c 'for i in 1 2 3 4 5; do printf "%s," "$((i * i))"; done; echo'
  check "$(sh -c 'a=17; b=23; echo $(( (a * b) % 100 + (1 << 10) - a / 3 )) $(( -7 / 2 )) $(( 0x1f ^ 5 ))')" \
    sh -c 'a=17; b=23; echo $(( (a * b) % 100 + (1 << 10) - a / 3 )) $(( -7 / 2 )) $(( 0x1f ^ 5 ))'
  check "$(sh -c 'x=$(echo abcdef | cut -c2-4); n=$(seq 1 10 | wc -l); echo "x=$x n=$n"' | sq)" \
    sh -c 'x=$(echo abcdef | cut -c2-4); n=$(seq 1 10 | wc -l); echo "x=$x n=$n"'
  check "$(sh -c 'f() { if [ "$1" -le 1 ]; then echo 1; else echo $(( $1 * $(f $(($1 - 1))) )); fi; }; f 10')" \
    sh -c 'f() { if [ "$1" -le 1 ]; then echo 1; else echo $(( $1 * $(f $(($1 - 1))) )); fi; }; f 10'
  check "$(sh -c 'while read -r u x id rest; do case $id in 0) echo "$u is root";; 100?) echo "$u is a user";; esac; done' < <(tr : ' ' < passwd))" \
    sh -c 'tr : " " < passwd | while read -r u x id rest; do case $id in 0) echo "$u is root";; 100?) echo "$u is a user";; esac; done'
  RC=3 check "1 done" sh -c 'false; echo "$? done"; exit 3'
  check "$(sh -c 'f=archive.tar.gz; echo ${f%.gz} ${f%%.*} ${f#*.} ${#f}')" \
    sh -c 'f=archive.tar.gz; echo ${f%.gz} ${f%%.*} ${f#*.} ${#f}'

  # Files and directories.
  check "$(ls tree)" ls tree
  check "$(ls -a tree/sub)" ls -a tree/sub
  check "$(cd tree && find . -name '*.txt' | sort)" sh -c 'cd tree && find . -name "*.txt" | sort'
  check "$(find tree -type d | sort)" sh -c 'find tree -type d | sort'
  check "$(find tree -type f -name '*.t*' | sort)" sh -c 'find tree -type f -name "*.t*" | sort'

  # Text tools.
  check "$(sed -e 's/foo/bar/g' -e '2d' text)" sed -e 's/foo/bar/g' -e 2d text
  check "$(sed -n '/^foo/p;$=' text)" sed -n '/^foo/p;$=' text
  check "$(awk -F: '$3 >= 1000 { print $1, $6 }' passwd)" awk -F: '$3 >= 1000 { print $1, $6 }' passwd
  check "$(awk '{ s += $1; f += $3 } END { printf "%d %.2f %d\n", s, f, NR }' nums)" \
    awk '{ s += $1; f += $3 } END { printf "%d %.2f %d\n", s, f, NR }' nums
  check "$(sort -n nums)" sort -n nums
  check "$(sort -r nums)" sort -r nums
  check "$(sort -u nums)" sort -u nums
  check "$(sort -k2,2 -k1,1n nums)" sort -k2,2 -k1,1n nums
  check "$(grep -E ' (4|5)[0-9]{2}$' log)" grep -E ' (4|5)[0-9]{2}$' log
  check "$(grep -E -v -c '^GET' log)" grep -E -v -c '^GET' log
  check "$(cut -d: -f1,3 passwd)" cut -d: -f1,3 passwd
  check "$(head -n 3 passwd)" head -n 3 passwd
  check "$(tail -n 2 passwd)" tail -n 2 passwd
  check "$(wc -l < text200k) $(wc -w < text200k) $(wc -c < text200k)" sh -c 'wc -l -w -c < text200k | tr -s " " | sed "s/^ //"'
  check "$(seq -s, 1 3 20)" seq -s, 1 3 20
  check "$(seq 5 -2 -5)" seq 5 -2 -5
  check "$(/usr/bin/printf '%05d|%-6s|%x|%o|%.3f|%e|%c\n' 42 ab 255 8 3.14159 12345.678 Z)" \
    printf '%05d|%-6s|%x|%o|%.3f|%e|%c\n' 42 ab 255 8 3.14159 12345.678 Z
  check "$(od -A x -t x1 passwd)" od -A x -t x1 passwd
  check "$(od -A d -t o2 -N 32 big)" od -A d -t o2 -N 32 big
  check "42" expr 6 '*' 7
  check "$(expr length "hello world") $(expr 100 / 7) $(expr abcdef : 'abc\(.*\)')" \
    sh -c 'echo $(expr length "hello world") $(expr 100 / 7) $(expr abcdef : "abc\(.*\)")'
  check "c.txt" basename /a/b/c.txt
  check "c" basename /a/b/c.txt .txt
  check "/a/b" dirname /a/b/c.txt
  check "Thu Jan  1 00:00:00 UTC 1970" date -d @0 -u
  check "$(date -u -d @1234567890 '+%Y-%m-%d %H:%M:%S %j %a')" date -u -d @1234567890 '+%Y-%m-%d %H:%M:%S %j %a'
  check "$(seq 1 10 | xargs -n 3 echo)" sh -c 'seq 1 10 | xargs -n 3 echo'
  check "$(cd tree && find . -name '*.txt' -type f | sort | xargs cat)" \
    sh -c 'cd tree && find . -name "*.txt" -type f | sort | xargs cat'

  # Checksums.
  check "$(sha256sum big)" sha256sum big
  check "$(md5sum text200k)" md5sum text200k
  check "$(sha256sum < big)" sh -c 'cat big | cat | sha256sum'
  IN=$W/big check "$(head -c 1000 big | md5sum)" sh -c 'head -c 1000 | md5sum'

  # Archives: tar round trip in both directions.
  rm -rf bb.tar out; mkdir -p out
  check_then '[ "$(tar -tf bb.tar | sed "s|/\$||" | sort)" = "$(tar -tf host.tar | sed "s|/\$||" | sort)" ]' \
    tar -cf bb.tar -C tree .
  check "$(tar -tf host.tar | sort)" sh -c 'tar -tf host.tar | sort'
  check_then 'diff -r tree out && [ -L out/link.txt ]' tar -xf bb.tar -C out
  rm -rf out2; mkdir -p out2
  check_then 'diff -r tree out2' tar -xf host.tar -C out2

  # gzip: the guest compresses (checked by host gunzip), decompresses its own
  # output and the host's.
  check_then 'gunzip -c < .out | cmp - text200k' gzip -c text200k
  cp "$W/.out" bb.gz
  check_then 'cmp .out text200k' gunzip -c bb.gz
  check_then 'cmp .out text200k' gunzip -c host.gz
  check_then 'gunzip -c < .out | cmp - big' sh -c 'gzip -1 < big'
}

# ---- Run -----------------------------------------------------------------------
suite_start=$(date +%s.%N)
for backend in $backends; do
  t0=$(date +%s.%N)
  timeouts=0
  run_suite
  t1=$(date +%s.%N)
  echo "# backend $backend: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
done
suite_end=$(date +%s.%N)
echo "1..$n"
echo "# $pass passed, $fail failed; whole suite $(awk -v a="$suite_start" -v b="$suite_end" 'BEGIN { printf "%.1f", b - a }') s"
exit 0
