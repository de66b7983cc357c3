#!/bin/bash
# SPDX-License-Identifier: MIT
# Real dynamically linked Debian programs under xrun-ARCH -L SYSROOT (riscv64:
# trixie, arm64: bookworm): bash, coreutils, tar/xz/gzip, perl, python3,
# sqlite3, git and make from a sysroot that scripts/make-sysroot.sh builds
# from the packages and all their dependencies.  Once per backend in
# XRUN_BACKENDS; run as "real.sh ARCH" by real-riscv64.sh / real-aarch64.sh.
# Harness: lib.sh.  Expected values come from the same command run natively
# on the host (every check is architecture-independent), or, for a tool the
# host may lack (python3, sqlite3, git), from the host when it has it and
# else the literal it prints (derived by hand, next to the check).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
it_init "${1:?usage: real.sh riscv64|aarch64}"

PKGS="bash coreutils dash sed grep findutils diffutils perl-base python3-minimal
      libpython3-stdlib sqlite3 git make tar xz-utils gzip"
err=$(mktemp)
# shellcheck disable=SC2086
R=$("$top_srcdir/scripts/make-sysroot.sh" "$debarch" $PKGS 2>"$err")
rc=$?
if [ $rc -ne 0 ] || [ -z "$R" ]; then
  why=$(grep -m1 'cannot fetch' "$err" || tail -n1 "$err")
  rm -f "$err"
  skip_all "sysroot for $debarch unavailable: $why"
fi
rm -f "$err"

# The guest runs with the sysroot as its root (-L) and a usual PATH, which
# its lookups find under the sysroot.  Same harness contract as lib.sh's
# run_guest: $PROG ARGS, stdin $IN, stdout .out, stderr .err, status.
GPATH=/usr/bin:/bin
run_guest() {
  local rc em
  if [ "$timeouts" -ge 3 ]; then
    : > "$W/.out"; echo "not run: 3 earlier checks timed out under $backend" > "$W/.err"
    return 124
  fi
  emu_prefix
  (cd "$W/grun" && timeout -k 5 "${TMO:-$timeout_s}" env -i PATH="$GPATH" HOME="$W" \
     LC_ALL=C TZ=UTC "${em[@]}" -L "$R" "$PROG" "$@" \
     < "${IN:-/dev/null}" > "$W/.out" 2> "$W/.err")
  rc=$?
  if [ $rc = 124 ] || [ $rc = 137 ]; then
    timeouts=$((timeouts + 1))
    echo "timed out after ${TMO:-$timeout_s}s" >> "$W/.err"
  fi
  return $rc
}

# The same command natively on the host, in a fresh copy of the data, with
# the same environment.  With a literal for a tool the host may lack:
# native_or LITERAL TOOL ARGS.
native() {
  rm -rf "$W/nrun" && cp -a "$W/data" "$W/nrun" &&
    (cd "$W/nrun" && env -i PATH=/usr/bin:/bin HOME="$W" LC_ALL=C TZ=UTC "$@" 2>/dev/null)
}
native_or() {
  local lit=$1; shift
  if [ -x "/usr/bin/$1" ] || [ -x "/bin/$1" ]; then native "$@"; else printf '%s\n' "$lit"; fi
}
# Each guest check starts from the same fresh copy.
fresh() { rm -rf "$W/grun" && cp -a "$W/data" "$W/grun"; }
gcheck() { fresh; check "$@"; }

# ---- Test data (in $W/data, copied for every run) ---------------------------
mkdir -p data/lsdir/sub data/proj
( cd data
  printf 'hello\n' > lsdir/a.txt
  head -c 1000 /dev/zero | tr '\0' x > lsdir/b.dat
  printf 'deep\n' > lsdir/sub/c.txt
  ln -s a.txt lsdir/link
  chmod 644 lsdir/a.txt; chmod 600 lsdir/b.dat; chmod 755 lsdir/sub
  touch -h -d '2020-01-02 03:04:05' lsdir/link
  touch -d '2020-01-02 03:04:05' lsdir/a.txt lsdir/sub/c.txt lsdir/sub
  touch -d '2021-06-07 08:09:10' lsdir/b.dat
  touch -d '2019-12-31 23:59:59' lsdir
  printf '10 apple\n2 pear\n33 fig\n-7 kiwi\n100 plum\n9 apple\n' > nums
  printf 'root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000:Alice:/home/alice:/bin/bash\n' > passwd
  seq 1 3000 | sed 's/$/ lorem ipsum dolor sit amet/' > text
  printf 'PART1\n' > proj/a.in; printf 'part2\n' > proj/b.in; printf 'Part3\n' > proj/c.in
  printf '#!/bin/sh\necho "script $0 $1"; uname -m\n' > script.sh
  printf '#!/usr/bin/env python3\nimport sys\nprint("py", sys.argv[1:])\n' > script.py
  chmod 755 script.sh script.py
  cat > proj/Makefile <<'EOF'
all: out.txt
out.txt: a.up b.up c.up
	cat a.up b.up c.up > $@
%.up: %.in
	tr a-z A-Z < $< > $@
clean:
	rm -f *.up out.txt
EOF
)

BASH_PROG=/usr/bin/bash  # a guest path: xrun looks it up under -L

# ---- The checks ----------------------------------------------------------------
real_checks() {
  # bash: arrays, associative arrays, subshells, traps, functions.
  use "$BASH_PROG" bash
  local s
  s='a=(one two three); a+=(four); declare -A m=([x]=1 [y]=2); echo ${#a[@]} ${a[2]} "${a[@]:1:2}" ${m[y]} ${!m[@]}'
  gcheck "$(native bash -c "$s")" -c "$s"
  s='x=$( (echo in; exit 3); echo "rc=$?" ); echo "$x" | tr "\n" " "; ( cd /; pwd ); pwd | wc -c'
  gcheck "$(native bash -c "$s")" -c "$s"
  s='trap "echo got USR1" USR1; kill -USR1 $$; trap "echo bye" EXIT; f() { local n=$1; (( n <= 1 )) && { echo 1; return; }; echo $(( n * $(f $((n - 1))) )); }; f 12'
  gcheck "$(native bash -c "$s")" -c "$s"
  s='for i in {1..5}; do printf "%s:" $((i * i)); done; echo; s="Hello World"; echo ${s^^} ${s,,} ${s/World/There} ${#s}'
  gcheck "$(native bash -c "$s")" -c "$s"

  s='printf "%s\n" c a b a | sort | uniq -c | sort -rn | head -n1; seq 1 100 | paste -sd+ | (read e; echo $((e))); set -o pipefail; false | true; echo "pipefail $?"; sleep 0.2 & sleep 0.1 & wait; echo waited; cat <<END | wc -l
one
two
END'
  gcheck "$(native bash -c "$s")" -c "$s"
  # Scripts: "#!/bin/sh" runs the guest's sh (uname -m in it is the guest's);
  # "#!/usr/bin/env python3" the guest's env, then its python3.
  s='./script.sh arg1; ./script.py a "b c"'
  gcheck "script ./script.sh arg1
$arch
py ['a', 'b c']" -c "$s"

  # coreutils, each run as its own program.
  use /usr/bin/ls ls
  gcheck "$(native ls -ln lsdir lsdir/sub)" -ln lsdir lsdir/sub
  use /usr/bin/sort sort
  gcheck "$(native sort -n nums)" -n nums
  use /usr/bin/cut cut
  gcheck "$(native cut -d: -f1,6 passwd)" -d: -f1,6 passwd
  use /usr/bin/tr tr
  IN=$W/data/passwd gcheck "$(native tr a-z: A-Z_ < data/passwd)" a-z: A-Z_
  use /usr/bin/sha256sum sha256sum
  gcheck "$(native sha256sum text nums)" text nums
  use /usr/bin/wc wc
  gcheck "$(native wc text passwd)" text passwd
  use /usr/bin/date date
  gcheck "$(native date -d @0 -u)" -d @0 -u
  use /usr/bin/stat stat
  gcheck "$(native stat -c '%s %n' lsdir/b.dat text)" -c '%s %n' lsdir/b.dat text

  # tar, xz, gzip round trips through guest pipelines; find, xargs, sed, grep.
  use "$BASH_PROG" bash
  s='find lsdir -printf "%p %y %s %m\n" | sort; find . -name "*.txt" -print0 | xargs -0 grep -l deep; sed -n "s/^\([0-9]*\) \(a.*\)/\2=\1/p" nums | grep -E -c "^apple="'
  gcheck "$(native bash -c "$s")" -c "$s"
  s='tar -cf - lsdir | xz -c > t.tar.xz && mkdir x && xz -dc t.tar.xz | tar -xf - -C x && diff -r lsdir x/lsdir && tar -tvf - < <(xz -dc t.tar.xz) | sort -k6 | awk "{print \$1, \$3, \$6}"'
  gcheck "$(native bash -c "$s")" -c "$s"
  s='gzip -9 -c text > text.gz && gzip -dc text.gz | cksum && gzip -l text.gz | tail -n1 | awk "{print \$2}"'
  gcheck "$(native bash -c "$s")" -c "$s"

  # perl: regex, hashes, sort, fork.
  use /usr/bin/perl perl
  s='my %h = (b => 2, a => 1, c => 3); print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
     my $d = "2024-01-15"; print $1 + $2 + $3, "\n" if $d =~ /^(\d+)-(\d+)-(\d+)$/;
     (my $t = "foo bar foo") =~ s/foo/baz/g; print "$t\n";
     print join(" ", sort { $a <=> $b } (10, 9, 100, 1)), "\n";
     my $pid = fork(); if ($pid == 0) { exit 7 } waitpid($pid, 0); print $? >> 8, "\n";'
  gcheck "$(native perl -e "$s")" -e "$s"

  s='use List::Util qw(sum max); use POSIX qw(floor); my @w = split /\s+/, "the quick brown fox";
     printf "%d %d %d %s\n", sum(1..100), max(3, 9, 2), floor(-2.5), join("|", map { ucfirst } reverse @w);'
  gcheck "$(native perl -e "$s")" -e "$s"

  # python3: arithmetic, json, re, hashlib, zlib.
  use /usr/bin/python3 python3
  s='import json, re, hashlib, zlib
print(2**100 % 97, 10 / 4, 7 // 2, -7 // 2, round(2.675, 2), int("ff", 16))
print(json.dumps({"b": [1, 2, {"c": None}], "a": 3.5}, sort_keys=True))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"))
print(hashlib.sha256(b"xrun").hexdigest(), hashlib.md5(b"").hexdigest())
print(zlib.crc32(zlib.decompress(zlib.compress(b"x" * 10000))))'
  # Without a host python3: 2^100 = 2^96 * 16 and 2^96 = 1 mod 97 (Fermat);
  # 2.675 is 2.67499.. in binary; sha256 and md5 from coreutils, the crc32
  # of the 10000 "x" from gzip's trailer.
  gcheck "$(native_or "16 2.5 3 -4 2.67 255
{\"a\": 3.5, \"b\": [1, 2, {\"c\": null}]}
['1', '22', '333'] host at me
$(printf xrun | sha256sum | cut -d' ' -f1) $(printf '' | md5sum | cut -d' ' -f1)
$(head -c 10000 /dev/zero | tr '\0' x | gzip -c | tail -c8 | od -An -tu4 -N4 | tr -d ' ')" python3 -c "$s")" -c "$s"
  # 8 threads incrementing a shared counter under a lock: 8 * 2000.
  s='import threading
lock = threading.Lock(); n = [0]
def work():
    for _ in range(2000):
        with lock:
            n[0] += 1
ts = [threading.Thread(target=work) for _ in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print(n[0], threading.active_count())'
  gcheck "$(native_or "16000 1" python3 -c "$s")" -c "$s"
  # subprocess pipeline (printf | sort), SIGALRM handler, mmap of a file.
  s='import subprocess, signal, time, mmap
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort", "-r"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close(); print(p2.communicate()[0].decode().split(), p1.wait(), p2.returncode)
def on_alarm(sig, frame): raise TimeoutError(sig)
signal.signal(signal.SIGALRM, on_alarm); signal.alarm(1)
try:
    time.sleep(30); print("no alarm")
except TimeoutError as e:
    print("alarm", e.args[0])
with open("mm.bin", "w+b") as f:
    f.write(b"\0" * 8192); f.flush()
    m = mmap.mmap(f.fileno(), 8192); m[4096:4101] = b"hello"; m.flush(); m.close()
with open("mm.bin", "rb") as f:
    f.seek(4096); print(f.read(5), len(mmap.mmap(-1, 12345)))'
  gcheck "$(native_or "['c', 'b', 'a'] 0 0
alarm 14
b'hello' 12345" python3 -c "$s")" -c "$s"

  # Paths as the guest sees them: its executable and prefix under -L, a
  # directory of the sysroot as its cwd, /proc/cpuinfo with a stanza per CPU.
  s='import os, sys
print(sys.executable, sys.prefix, os.path.exists("/usr/lib/python%d.%d/os.py" % sys.version_info[:2]))
os.chdir("/usr/lib"); print(os.getcwd(), os.path.isdir("../bin"))
print(sum(1 for l in open("/proc/cpuinfo") if l.startswith("processor")) == os.cpu_count())'
  gcheck "/usr/bin/python3 /usr True
/usr/lib True
True" -c "$s"

  # A process pool (fork, pipes, semaphores), then re-executing itself
  # through /proc/self/exe.
  s='import multiprocessing, os, sys
with multiprocessing.Pool(2) as p:
    print(p.map(abs, [-1, -2, 3]))
sys.stdout.flush()
os.execv("/proc/self/exe", ["python3", "-c", "import sys; print(sys.argv, sys.executable)"])'
  gcheck "[1, 2, 3]
['-c'] /usr/bin/python3" -c "$s"

  # sqlite3
  use /usr/bin/sqlite3 sqlite3
  s="create table t(a int, b text); insert into t values (3, 'c'), (1, 'a'), (2, 'b');
     select b, a * 10 from t order by a; select count(*), sum(a), group_concat(b, '') from t;"
  gcheck "$(native_or "a|10
b|20
c|30
3|6|cab" sqlite3 db.sqlite "$s")" db.sqlite "$s"

  # git: a repository with two commits at fixed dates; the hashes depend only
  # on the contents, names and dates.
  use "$BASH_PROG" bash
  s='export GIT_AUTHOR_NAME=A GIT_AUTHOR_EMAIL=a@x GIT_COMMITTER_NAME=C GIT_COMMITTER_EMAIL=c@x
     export GIT_AUTHOR_DATE="2020-01-01T00:00:00Z" GIT_COMMITTER_DATE="2020-01-01T00:00:00Z" GIT_CONFIG_NOSYSTEM=1
     git init -q -b main repo && cd repo && cp ../nums ../passwd . &&
     git add nums passwd && git commit -q -m "first commit" &&
     echo more >> nums && git commit -q -a -m "second commit" &&
     git log --format="%s|%an|%at|%H" && git show --stat --format= HEAD | tail -n1 &&
     git status --porcelain && echo x >> passwd && git diff --stat | tail -n1 &&
     cd .. && git clone -q repo copy && git -C copy rev-list --count HEAD'
  gcheck "$(native_or "second commit|A|1577836800|5505d6635ec38bfcc375ae38f43229ccdd0b3b8b
first commit|A|1577836800|845b336768d53dda2678b2cbdfd5be89cc16309b
 1 file changed, 1 insertion(+)
 1 file changed, 1 insertion(+)
2" bash -c "$s")" -c "$s"

  # make -j2: pattern rules running tr and cat through /bin/sh.
  use /usr/bin/make make
  gcheck "$(native make -s -j2 -C proj)" -s -j2 -C proj
  use "$BASH_PROG" bash
  gcheck "$(native bash -c 'make -s -j2 -C proj && cat proj/out.txt && make -s -C proj clean && ls proj')" \
    -c 'make -s -j2 -C proj && cat proj/out.txt && make -s -C proj clean && ls proj'

  # /proc as the guest sees it: its own program, argv and name.
  s='readlink /proc/self/exe; cat /proc/self/cmdline | tr "\0" ,; echo; cat /proc/self/comm; grep -c "r-xp.*/usr/bin/grep$" /proc/self/maps; grep -c "\[stack\]$" /proc/self/maps'
  gcheck "/usr/bin/readlink
cat,/proc/self/cmdline,
cat
1
1" -c "$s"
}

it_run real_checks
