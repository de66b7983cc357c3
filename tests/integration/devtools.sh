#!/bin/bash
# SPDX-License-Identifier: MIT
# Developer tools under xrun-ARCH -L SYSROOT (riscv64: trixie, arm64:
# bookworm), from a sysroot that scripts/make-sysroot.sh builds:
#   gcc      the guest's gcc -O2 compiles and links devtools-sample.c (the
#            driver execs cc1, as, collect2 and ld, each a guest ELF under
#            xrun), dynamically and statically; the guest runs the results;
#            the guest's make -j2 builds a small project with a library
#   git      branches, checkout, status, diff, a merge, a conflicting merge
#            resolved by hand, gc and fsck
#   perl     fork, pipe and waitpid; captures over a generated file; programs
#            run from perl through pipes, backticks and system
#   coreutils  what real.sh leaves out: ls -l and its kin, sort keys, cut,
#            tr classes, date -d @N formats, stat -c formats
#   bash -i  job control in a pseudo-terminal of 40x100 (devtools-pty.py):
#            background jobs, jobs, kill %N, Ctrl-Z, bg, fg, Ctrl-C, SIGTTIN
#            and SIGTTOU stops, suspend of a nested shell, stty, the window
#            size and SIGWINCH
# Once per backend in XRUN_BACKENDS; run as "devtools.sh ARCH" by
# devtools-riscv64.sh / devtools-aarch64.sh.  Harness: lib.sh.  Every
# expected value is the same thing done natively on the host: its gcc,
# make, git, perl, coreutils, and its bash in the same pseudo-terminal
# session (process ids normalized); a check whose host tool is missing is
# a SKIP.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
it_init "${1:?usage: devtools.sh riscv64|aarch64}"

PKGS="bash coreutils dash sed grep findutils diffutils gcc cpp binutils libc6-dev
      make git perl"
# shellcheck disable=SC2086
it_sysroot $PKGS
CWD=grun

# ---- Test data (in $W/data, copied for every run) ---------------------------
mkdir -p data/proj data/lsdir/sub
cp "$here/devtools-sample.c" data/sample.c
( cd data || exit 99
  # gcc: the sample program dynamically linked, then through -S, as and a
  # static link (collect2 and ld with libc.a), then the project's sources
  # with -pipe and link-time optimization (lto-wrapper, lto1, make -j2 for
  # the partitions).  Warnings are part of the output.
  cat > gcc.sh <<'EOF'
gcc -O2 -Wall -Wextra -ffp-contract=off -o sample sample.c -lm 2>&1 && ./sample dynamic &&
  gcc -O2 -ffp-contract=off -S -o sample.s sample.c && as -o sample.o sample.s &&
  gcc -static -o sample-static sample.o -lm && ./sample-static static | md5sum &&
  gcc -O2 -Wall -pipe -flto=2 -o app-lto proj/*.c -lm 2>&1 && ./app-lto
EOF
  # make -j2: both library objects at once; touching a source and then the
  # header rebuilds exactly what depends on them (-MMD dependency files).
  cat > make.sh <<'EOF'
cd proj && make -j2 2>&1 | sort && ./app && touch stats.c && make -j2 && touch util.h &&
  make -j2 2>&1 | sort && nm -gP --defined-only libutil.a | cut -d' ' -f1,2 && make -s clean && ls
EOF
  cat > proj/Makefile <<'EOF'
CC = gcc
CFLAGS = -O2 -Wall -MMD -MP
OBJS = main.o stats.o text.o
app: main.o libutil.a
	$(CC) -o $@ main.o -L. -lutil -lm
libutil.a: stats.o text.o
	ar rcs $@ $^
-include $(OBJS:.o=.d)
clean:
	rm -f app libutil.a *.o *.d
EOF
  cat > proj/util.h <<'EOF'
#include <stddef.h>
double mean(const double *v, size_t n);
double stddev(const double *v, size_t n);
double median(double *v, size_t n);
size_t count_words(const char *s);
void caesar(char *s, int shift);
EOF
  cat > proj/stats.c <<'EOF'
#include <math.h>
#include <stdlib.h>
#include "util.h"
double mean(const double *v, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += v[i];
    return s / n;
}
double stddev(const double *v, size_t n)
{
    double m = mean(v, n), s = 0;
    for (size_t i = 0; i < n; i++)
        s += (v[i] - m) * (v[i] - m);
    return sqrt(s / (n - 1));
}
static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
double median(double *v, size_t n)
{
    qsort(v, n, sizeof(*v), cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
EOF
  cat > proj/text.c <<'EOF'
#include <ctype.h>
#include "util.h"
size_t count_words(const char *s)
{
    size_t n = 0;
    int in = 0;
    for (; *s; s++) {
        int sp = isspace((unsigned char)*s);
        n += !sp && !in;
        in = !sp;
    }
    return n;
}
void caesar(char *s, int shift)
{
    for (; *s; s++)
        if (isalpha((unsigned char)*s)) {
            int base = isupper((unsigned char)*s) ? 'A' : 'a';
            *s = (char)(base + (*s - base + shift + 26) % 26);
        }
}
EOF
  cat > proj/main.c <<'EOF'
#include <stdio.h>
#include "util.h"
int main(void)
{
    double v[] = { 4.5, -1.25, 9, 16.75, 3, 3, 0.5, 12, 7.25 };
    size_t n = sizeof(v) / sizeof(v[0]);
    printf("mean %.6f stddev %.6f", mean(v, n), stddev(v, n));
    printf(" median %.3f\n", median(v, n));
    char msg[] = "Attack at Dawn, said the   General";
    caesar(msg, 3);
    printf("%zu words: %s", count_words(msg), msg);
    caesar(msg, -3);
    printf(" / %s\n", msg);
    return 0;
}
EOF

  # git: every commit at a fixed date, so the hashes depend only on the
  # contents.  Porcelain that has not changed between git 2.39 (bookworm)
  # and trixie's; gc --prune=now leaves no cruft pack or loose objects.
  cat > git.sh <<'EOF'
export GIT_AUTHOR_NAME=A GIT_AUTHOR_EMAIL=a@x GIT_COMMITTER_NAME=C GIT_COMMITTER_EMAIL=c@x GIT_CONFIG_NOSYSTEM=1
t=1600000000; tick() { t=$((t + 60)); export GIT_AUTHOR_DATE="@$t +0000" GIT_COMMITTER_DATE="@$t +0000"; }
tick; git init -q -b main repo && cd repo && seq 1 20 > list && cp ../nums . && git add . && git commit -q -m base
git checkout -q -b feature && sed -i 's/^7$/seven/' list && echo "3 kiwi" >> nums && tick && git commit -qam "feature: seven, kiwi"
git checkout -q main && sed -i 's/^15$/fifteen/' list && git status && git diff && tick && git commit -qam "main: fifteen"
tick && git merge -q --no-ff -m "merge feature" feature && git log --graph --format="%h %s" && git show --stat --format=%s HEAD
git branch -v --no-abbrev; git checkout -q -b clash HEAD~1 && echo "clash side" > nums && tick && git commit -qam clash
git checkout -q main && echo "main side" > nums && tick && git commit -qam "main side"
git merge clash > /dev/null; echo "merge rc $?"; git status --short; git diff | head -12
echo resolved > nums && git add nums && tick && git commit -q --no-edit && git log --oneline | wc -l
git gc -q --prune=now && git count-objects -v | grep -E "^(count|in-pack|packs):"; git fsck --no-progress --no-dangling && git rev-parse HEAD
EOF

  # perl: children writing through one pipe, a parser with named and
  # positional captures, numeric sorts, other programs run from perl.
  cat > procs.pl <<'EOF'
use strict; use warnings;
pipe(my $r, my $w) or die "pipe: $!";
my @kids;
for my $k (1 .. 3) {
    my $pid = fork() // die "fork: $!";
    if ($pid == 0) { close $r; print $w "child $k: ", $k * $k, "\n" for 1 .. 2; close $w; exit 10 + $k }
    push @kids, $pid;
}
close $w;
print sort <$r>;
my %st = map { my $p = $_; waitpid($p, 0) == $p ? ($p => $? >> 8) : () } @kids;
print "statuses: ", join(" ", map { $st{$_} } @kids), "\n";
open(my $o, ">", "gen.log") or die;
printf $o "%04d-%02d-%02d %s user%03d took %dms\n", 2020 + int($_ / 700), 1 + $_ % 12, 1 + $_ % 28,
    (qw(GET POST PUT))[$_ % 3], ($_ * 37) % 500, ($_ * $_ * 31 + $_) % 997 for 1 .. 3000;
close $o;
open(my $in, "<", "gen.log") or die;
my (%by_method, %by_year, $max, $slow);
while (<$in>) {
    /^(?<y>\d{4})-(\d\d)-(\d\d) (?<m>[A-Z]+) user(\d+) took (\d+)ms$/ or die "no match: $_";
    $by_method{$+{m}} += $6; $by_year{$+{y}}++;
    ($max, $slow) = ($6, "$+{y}/$2/$3 user$5") if !defined $max || $6 > $max;
}
print "$_ $by_method{$_}\n" for sort keys %by_method;
print join(",", map { "$_:$by_year{$_}" } sort { $by_year{$b} <=> $by_year{$a} || $a <=> $b } keys %by_year), "\n";
print "slowest $max ms: $slow\n";
my @s = sort { $a <=> $b } map { (($_ * 7919) % 1013) - 500 } 1 .. 400;
print "sorted @s[0..4] ... @s[-3..-1]\n";
open(my $sorter, "-|", "sh", "-c", "printf '5\\n40\\n300\\n' | sort -rn") or die;
chomp(my @rev = <$sorter>); close $sorter;
my $posts = `tr a-z A-Z < gen.log | grep -c POST`;
print "sort -rn: @rev; POST lines: $posts";
system("sh", "-c", "exit 3"); print "system: ", $? >> 8, "\n";
EOF

  # coreutils beyond real.sh's.
  cat > coreutils.sh <<'EOF'
ls -l --time-style=+%F.%T lsdir lsdir/sub; ls -laR --full-time lsdir | awk 'NF > 8 {print $1, $5, $6, $7, $9}'
ls -lt --time-style=long-iso lsdir | awk '{print $1, $5, $6, $7, $8}'; ls -F lsdir; ls -1sh lsdir; ls -ld lsdir/fifo lsdir/link
sort -k2,2 -k1,1nr nums; sort -u -k2,2 nums; sort -t' ' -k3g nums; sort -k3h nums | cut -d' ' -f3; sort -n -r -s -k1,1 nums | head -n3
cut -c1-4,8- passwd; cut -d: -f5 --complement passwd; cut -b3-6 --output-delimiter=/ passwd; cut -s -d' ' -f2 passwd
tr -s 'a-z' < passwd | tr -d ':/' | tr -c 'a-z\n' '.'; tr '[:lower:]' '[:upper:]' < nums | tr -cd '[:alpha:]\n' | tr '\n' ' '; echo
for n in 0 86399 951782400 1700000000 4102444800 -1; do date -u -d "@$n" '+%F %T %a %j %U %V %G %s %Z %z %:z %p %I %e'; done
date -u -d '2024-02-29 12:00 +1 year' +%F; date -u -d @1234567890 -R; date -u -d @1234567890 --iso-8601=ns; date -u -d '@1.5' +%s.%N
stat -c '%n %a %A %F %s %h %Y %y' lsdir/a.txt lsdir/b.dat lsdir/sub lsdir/fifo; stat -c '%N %F' lsdir/link; stat -L -c '%n %s' lsdir/link
stat -f -c '%T' . > /dev/null && echo statfs-ok; stat -c '%X %W' lsdir/a.txt | wc -w
ls -l /proc/self/exe | sed 's/.*-> //'; stat -c '%F %N' /proc/self/exe; stat -L -c %F /proc/self/exe
EOF
  printf 'hello\n' > lsdir/a.txt
  head -c 1000 /dev/zero | tr '\0' x > lsdir/b.dat
  printf 'deep\n' > lsdir/sub/c.txt
  ln -s a.txt lsdir/link
  mkfifo lsdir/fifo
  chmod 644 lsdir/a.txt; chmod 4750 lsdir/b.dat; chmod 1755 lsdir/sub
  touch -h -d '2020-01-02 03:04:05' lsdir/link
  touch -d '2020-01-02 03:04:05.123456789' lsdir/a.txt lsdir/sub/c.txt lsdir/sub lsdir/fifo
  touch -d '2021-06-07 08:09:10' lsdir/b.dat
  touch -d '2019-12-31 23:59:59' lsdir
  printf '10 apple 3.5\n2 pear 10.25\n33 fig 0.5\n2 pear 10.25\n-7 kiwi 1e2\n100 plum 2K\n9 apple 1M\n1.5 fig 2\n' > nums
  printf 'root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000:Alice Liddell:/home/alice:/bin/bash\nbob:x:1001:100::/home/bob:/usr/bin/zsh\n' > passwd
)

# ---- bash -i in a pseudo-terminal ---------------------------------------------
# Steps for devtools-pty.py (its header says what each waits for).  Job
# notices are made deterministic: a job's end is always collected by
# "wait %N" or after a sleep, never left to the next prompt's timing.
cat > session <<'EOF'
cmd echo "monitor ${-//[^m]/}"; stty size; echo "$LINES $COLUMNS"
cmd stty -a | tr -s '\n ' '  '; echo
cmd sleep 30 &
cmd jobs
cmd kill %1; wait %1; echo "status $?"
cmd sleep 30 &
cmd kill -STOP %1; sleep 0.5; jobs
cmd kill -CONT %1; sleep 0.5; jobs
cmd kill -TERM %1; wait %1; echo "status $?"
# Ctrl-Z on a job blocked reading the terminal; bg: it reads again, SIGTTIN.
start cat
send first line\r
expect first line\r\nfirst line\r\n
send \x1a
prompt
cmd jobs -l
cmd bg %1; sleep 1; jobs
start fg %1
send again\r
expect again\r\nagain\r\n
send \x04
prompt
start cat
send x\r
expect x\r\nx\r\n
send \x03
prompt
# Ctrl-Z and Ctrl-C on a job that is computing, not in a system call.
start sha256sum /dev/zero
send \x1a
prompt
cmd bg; sleep 0.5; jobs
cmd kill %1; wait %1; echo "status $?"
start sha256sum /dev/zero
send \x03
prompt
# tostop: a background job writing to the terminal stops on SIGTTOU.
cmd stty tostop; echo "to the terminal" & sleep 1; jobs
cmd fg
cmd stty -tostop; sleep 30 & sleep 0.1 & wait -n; echo "rc $?"; kill %1; wait %1; echo "all waited"
cmd trap 'echo got WINCH' WINCH; kill -WINCH $$; trap - WINCH
# set -m in a shell that is not interactive: each job its own process group.
cmd s='set -m; sleep 1 & read -r _ _ _ _ g _ < /proc/$!/stat; echo $((g == $!)); wait'
cmd bash -c "$s" 2>/dev/null
# A nested interactive shell suspends itself and is brought back.
cmd bash --norc --noprofile -i
cmd echo "nested $SHLVL"; suspend
cmd jobs
cmd fg
cmd echo "back in $SHLVL"; exit 3
cmd echo "status $?"; read -t 0.5 -p 'name? ' x; echo " rc $?"
# The terminal resized under a foreground job: its SIGWINCH trap reads the
# new size, and the shell (checkwinsize) has it after the job.
start bash -c 'trap "stty size; exit" WINCH; echo ready; while :; do sleep 0.1; done'
expect ready\r\n
resize 30 80
prompt
cmd echo "$LINES $COLUMNS"
last exit
EOF
# TERM=dumb: no terminfo needed; readline without bracketed-paste controls.
printf 'set enable-bracketed-paste off\n' > inputrc
# The system's python3 (a user's python3 wrapper might not run under env -i).
pty_py=$(PATH=/usr/bin:/bin command -v python3 || true)

# pty_session SHELL...: the session's normalized transcript, in $W/pty.
pty_session() {
  (cd "$W/pty" && timeout -k 5 $((timeout_s * 3)) env -i PS1='[$?]$ ' TERM=dumb HOME="$W/pty" INPUTRC="$W/inputrc" \
     PATH=/usr/bin:/bin LC_ALL=C TZ=UTC "$pty_py" "$here/devtools-pty.py" "$W/session" -- "$@")
}

pty_expected='' pty_expected_rc=''
pty_check() {
  local got rc em
  PROG_NAME='bash -i'
  if [ -z "$pty_py" ]; then
    skip_checks 1 "the host has no python3 for the pseudo-terminal"
    return
  fi
  mkdir -p "$W/pty"
  if [ -z "$pty_expected_rc" ]; then
    pty_expected=$(pty_session /bin/bash --norc --noprofile -i 2> "$W/.err"); pty_expected_rc=$?
  fi
  if [ "$pty_expected_rc" != 0 ]; then
    report 1 "$arch/$backend: host bash -i in a pty (the reference)" \
      "$(head -n1 "$W/.err"; printf '%s\n' "$pty_expected" | tail -n 8)"
    return
  fi
  emu_prefix
  got=$(pty_session "${em[@]}" -L "$R" /usr/bin/bash --norc --noprofile -i 2> "$W/.err"); rc=$?
  if [ "$rc" = 0 ] && [ "$got" = "$pty_expected" ]; then
    report 0 "$arch/$backend: bash -i in a 40x100 pty: job control session"
  else
    report 1 "$arch/$backend: bash -i in a 40x100 pty: job control session" \
      "$(printf 'exit %s\n' "$rc"; diff <(printf '%s\n' "$pty_expected") <(printf '%s\n' "$got"))"
  fi
}

# ---- The checks ----------------------------------------------------------------
devtools_checks() {
  use /usr/bin/bash bash
  if needs gcc as; then gcheck "$(native bash gcc.sh)" gcc.sh; fi
  if needs gcc make nm ar; then gcheck "$(native bash make.sh)" make.sh; fi
  if needs git; then gcheck "$(native bash git.sh)" git.sh; fi
  gcheck "$(native bash coreutils.sh)" coreutils.sh
  use /usr/bin/perl perl
  gcheck "$(native perl procs.pl)" procs.pl
  pty_check
}

it_run devtools_checks
