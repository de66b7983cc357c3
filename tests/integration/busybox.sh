#!/bin/bash
# SPDX-License-Identifier: MIT
# Real-program integration test: Debian's static busybox (riscv64: trixie,
# arm64: bookworm) under xrun-ARCH, once per backend in XRUN_BACKENDS.  The
# same checks for every architecture; run as "busybox.sh ARCH" by the
# busybox-riscv64.sh and busybox-aarch64.sh wrappers.  Harness, expected
# values and environment variables: lib.sh.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
it_init "${1:?usage: busybox.sh riscv64|aarch64}"

it_fetch busybox-static || skip_all "$it_fetch_why"
root=$it_root
BB=$(it_find "$root" busybox) || skip_all "no busybox in busybox-static:$debarch"
use "$BB" busybox

it_data
bzip2 -9 -c text200k > host.bz2
xz -c text200k > host.xz
it_gpath "$BB" empty

# ---- The checks -----------------------------------------------------------------
busybox_checks() {
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

  # More archivers: bzip2 and xz (the host makes the input or checks the output).
  check_then 'bunzip2 -c < .out | cmp - text200k' bzip2 -c text200k
  check_then 'cmp .out text200k' bunzip2 -c host.bz2
  check_then 'cmp .out text200k' unxz -c host.xz
  check "$(head -c 100000 big | md5sum)" sh -c 'head -c 100000 big | gzip -c | gunzip -c | md5sum'

  # More checksums, big-number and floating-point arithmetic (busybox awk
  # has no libm functions: FEATURE_AWK_LIBM is off in Debian's build).
  check "$(sha1sum big)" sha1sum big
  check "$(sha512sum text200k)" sha512sum text200k
  check "$(factor 1234567890123 600851475143 2147483647 4294967297)" factor 1234567890123 600851475143 2147483647 4294967297
  needs bc && check "$(echo 'scale=50; 4*a(1); 2^200; 3^-2' | bc -l)" sh -c 'echo "scale=50; 4*a(1); 2^200; 3^-2" | bc -l'
  check "$(awk 'BEGIN { x = 1; for (i = 0; i < 100; i++) x *= 2; printf "%.6f %.4e %d %.3f %d %.10g\n", 1/3, x, int(-7.9), 1e300 * 1e-299, 7 % 3, 355 / 113 }')" \
    awk 'BEGIN { x = 1; for (i = 0; i < 100; i++) x *= 2; printf "%.6f %.4e %d %.3f %d %.10g\n", 1/3, x, int(-7.9), 1e300 * 1e-299, 7 % 3, 355 / 113 }'

  # More text tools.
  check "$(tac text)" tac text
  needs rev && check "$(rev text)" rev text
  check "$(fold -w 7 text)" fold -w 7 text
  check "$(head -n 4 passwd | paste -d, text -; paste -s -d: text)" sh -c 'head -n 4 passwd | paste -d, text -; paste -s -d: text'
  check "$(sort text200k | uniq -c | sort -rn | head -n 3 | sq)" sh -c 'sort text200k | uniq -c | sort -rn | head -n 3 | tr -s " " | sed "s/^ //"'
  needs xxd && check "$(xxd -l 64 big)" xxd -l 64 big
  check "$(dd if=big bs=4096 skip=3 count=5 2>/dev/null | md5sum)" sh -c 'dd if=big bs=4096 skip=3 count=5 2>/dev/null | md5sum'

  # Files: copies that keep links and times, times and types, links, fifos.
  rm -rf cptree stamp p
  check_then 'diff -r tree cptree && [ -L cptree/link.txt ] && [ "$(stat -c %Y tree/sub/c.dat)" = "$(stat -c %Y cptree/sub/c.dat)" ]' \
    cp -a tree cptree
  check_then '[ "$(stat -c %Y stamp)" = 1234567890 ]' touch -d @1234567890 stamp
  check "$(stat -c '%s %F' tree/a.txt tree/sub tree/link.txt)" stat -c '%s %F' tree/a.txt tree/sub tree/link.txt
  check "a.txt $W/tree/a.txt" sh -c 'echo $(readlink tree/link.txt) $(realpath tree/sub/../link.txt)'
  check "through a fifo" sh -c 'mkfifo p && { echo through a fifo > p & } && cat p && wait'
  check "$W/tree/sub" sh -c 'cd tree/sub && pwd'

  # Processes and the system as the guest sees it.
  check "$(id -u) $(id -g) $(id -un) $(id -gn)" sh -c 'echo $(id -u) $(id -g) $(id -un) $(id -gn)'
  check "$arch" uname -m
  check "$(nproc)" nproc
  # ash's "wait" sleeps in sigsuspend until its SIGCHLD handler has run.
  check "waited 0" sh -c 'sleep 0.1 & wait $!; echo waited $?'
  RC=143 check "" sh -c 'kill -TERM $$; echo not reached'
  check "$(sh -c 'trap "echo caught USR1" USR1; kill -USR1 $$; echo after')" \
    sh -c 'trap "echo caught USR1" USR1; kill -USR1 $$; echo after'
}

it_run busybox_checks
