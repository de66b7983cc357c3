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
# shellcheck disable=SC2086
it_sysroot $PKGS
CWD=grun

# With a literal for a tool the host may lack: native_or LITERAL TOOL ARGS.
native_or() {
  local lit=$1; shift
  if [ -x "/usr/bin/$1" ] || [ -x "/bin/$1" ]; then native "$@"; else printf '%s\n' "$lit"; fi
}

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

  # python3: arithmetic, json, re, hashlib, zlib; then threads, a pipeline,
  # signals and timers, sockets, selectors, mmap and a process pool.
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
  # A subprocess pipeline, sort | uniq -c, through Popen pipes, then a shell
  # pipeline, exit statuses (the guest's sort, uniq, sh and echo) and
  # programs that do not exist.
  s='import subprocess
from subprocess import PIPE
sort = subprocess.Popen(["sort"], stdin=PIPE, stdout=PIPE)
uniq = subprocess.Popen(["uniq", "-c"], stdin=sort.stdout, stdout=PIPE)
sort.stdout.close()
sort.stdin.write(b"pear\napple\nfig\npear\napple\npear\n"); sort.stdin.close()
print(uniq.communicate()[0].decode(), end="")
print(sort.wait(), uniq.returncode)
r = subprocess.run("sort -r | uniq -c | sort -n", shell=True, input="b\na\nb\nc\nb\n", capture_output=True, text=True)
print(r.stdout.split("\n"), r.returncode)
print(subprocess.run(["sh", "-c", "exit 3"]).returncode, subprocess.check_output(["echo", "hi"]))
for cmd in (["/no/such/prog"], ["no-such-prog"]):
    try:
        subprocess.run(cmd)
    except FileNotFoundError as e:
        print("not found:", e.filename)'
  # The last two: the exec error reaches the parent, which raises (Python
  # 3.13 spawns with posix_spawn, whose vfork child reports it in memory).
  gcheck "$(native_or "      2 apple
      1 fig
      3 pear
0 0
['      1 a', '      1 c', '      3 b', ''] 0
3 b'hi\n'
not found: /no/such/prog
not found: no-such-prog" python3 -c "$s")" -c "$s"
  # Signals: a periodic ITIMER_REAL (5 SIGALRM ticks, then cancelled), a
  # one-shot ITIMER_VIRTUAL (SIGVTALRM after 10 ms of CPU time), and
  # alarm() whose handler raises out of a sleep.
  s='import signal, time
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.02)
while len(ticks) < 5:
    signal.pause()
old = signal.setitimer(signal.ITIMER_REAL, 0)
print(ticks, old[1] > 0, signal.getitimer(signal.ITIMER_REAL))
vt = []
signal.signal(signal.SIGVTALRM, lambda s, f: vt.append(s))
signal.setitimer(signal.ITIMER_VIRTUAL, 0.01)
t = time.time()
while not vt and time.time() - t < 60:
    pass
print(vt, signal.getitimer(signal.ITIMER_VIRTUAL))
class Alarm(Exception): pass
def on_alarm(s, f): raise Alarm(s)
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    time.sleep(30); print("no alarm")
except Alarm as e:
    print("alarm", e.args[0], signal.alarm(0))'
  # Without a host python3: SIGALRM is 14 and SIGVTALRM 26 on all three.
  gcheck "$(native_or "[14, 14, 14, 14, 14] True (0.0, 0.0)
[26] (0.0, 0.0)
alarm 14 0" python3 -c "$s")" -c "$s"
  # Loopback sockets: a threading TCP server upper-casing lines for 4
  # client threads; a forked child accepting one connection and summing
  # 1..1000 (500500); a UDP datagram and its reversed answer.
  s='import socket, socketserver, threading, os
class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())
out = []
def client(addr, i):
    with socket.create_connection(addr) as c:
        f = c.makefile("rwb")
        f.write(b"hello %d\nagain %d\n" % (i, i)); f.flush()
        c.shutdown(socket.SHUT_WR)
        out.append(f.read())
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper) as srv:
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    cs = [threading.Thread(target=client, args=(srv.server_address, i)) for i in range(4)]
    [c.start() for c in cs]; [c.join() for c in cs]
    srv.shutdown()
print(sorted(out))
ls = socket.socket(); ls.bind(("127.0.0.1", 0)); ls.listen()
port = ls.getsockname()[1]
if os.fork() == 0:
    conn, peer = ls.accept()
    data = b""
    while chunk := conn.recv(7):
        data += chunk
    conn.sendall(b"%d from %s" % (sum(map(int, data.split())), peer[0].encode()))
    conn.close(); os._exit(0)
ls.close()
with socket.create_connection(("127.0.0.1", port)) as c:
    c.sendall(b" ".join(b"%d" % i for i in range(1, 1001))); c.shutdown(socket.SHUT_WR)
    print(c.recv(100).decode(), os.wait()[1])
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); v.sendto(b"ping", u.getsockname())
d, a = u.recvfrom(10); u.sendto(d[::-1], a); print(d, v.recv(10))'
  gcheck "$(native_or "[b'HELLO 0\nAGAIN 0\n', b'HELLO 1\nAGAIN 1\n', b'HELLO 2\nAGAIN 2\n', b'HELLO 3\nAGAIN 3\n']
500500 from 127.0.0.1 0
b'ping' b'gnip'" python3 -c "$s")" -c "$s"
  # selectors: the default is epoll on Linux; a timeout with nothing ready,
  # pipes and a socketpair becoming readable, unregister, a writable pipe.
  s='import selectors, socket, os, time
sel = selectors.DefaultSelector()
print(type(sel).__name__)
r1, w1 = os.pipe(); r2, w2 = os.pipe(); a, b = socket.socketpair()
sel.register(r1, selectors.EVENT_READ, "pipe1")
sel.register(r2, selectors.EVENT_READ, "pipe2")
sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "sock")
t = time.monotonic(); sel.modify(a, selectors.EVENT_READ, "sock")
print(sel.select(0.2), time.monotonic() - t >= 0.15)
os.write(w2, b"x"); b.send(b"yz")
print(sorted((k.data, ev) for k, ev in sel.select(5)))
sel.unregister(r2); os.write(w1, b"1")
print(sorted((k.data, ev) for k, ev in sel.select(5)))
sel.register(w1, selectors.EVENT_WRITE, "w1")
print(sorted(k.data for k, ev in sel.select(5) if ev & selectors.EVENT_WRITE))
sel.close()'
  gcheck "$(native_or "EpollSelector
[] True
[('pipe2', 1), ('sock', 1)]
[('pipe1', 1), ('sock', 1)]
['w1']" python3 -c "$s")" -c "$s"
  # mmap: 1 MiB anonymous; MAP_SHARED and MAP_PRIVATE anonymous maps across
  # fork (only the shared one sees the child's write); a file written
  # through the map and through the file, each read back through the
  # other, grown with resize (mremap), then a read-only map at an offset.
  s='import mmap, os
m = mmap.mmap(-1, 1 << 20)
m[:5] = b"hello"; m[-5:] = b"world"; m.seek(100); m.write(b"middle")
print(m[:5], m[-5:], m.find(b"world"), m.find(b"middle", 0), m[5:100].count(0))
shared = mmap.mmap(-1, 4096, flags=mmap.MAP_SHARED)
private = mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE)
pid = os.fork()
if pid == 0:
    shared[:6] = b"child!"; private[:6] = b"child!"; os._exit(0)
os.waitpid(pid, 0); print(shared[:6], private[:6])
with open("mm.bin", "w+b") as f:
    f.write(bytes(range(256)) * 32); f.flush()
    fm = mmap.mmap(f.fileno(), 0)
    fm[4096:4101] = b"HELLO"; fm.flush()
    f.seek(0); f.write(b"ABC"); f.flush()
    print(len(fm), fm[:3], fm[4094:4102])
    fm.resize(16384); fm[-3:] = b"end"; fm.close()
with open("mm.bin", "rb") as f:
    d = f.read()
print(len(d), d[4096:4101], d[-3:], d[8192:8195])
with open("mm.bin", "rb") as f:
    ro = mmap.mmap(f.fileno(), 4096, prot=mmap.PROT_READ, offset=4096)
    print(ro[:5], len(ro))
    try:
        ro[0] = 1
    except TypeError as e:
        print("read-only")'
  gcheck "$(native_or "b'hello' b'world' 1048571 100 95
b'child!' b'\x00\x00\x00\x00\x00\x00'
8192 b'ABC' b'\xfe\xffHELLO\x05'
16384 b'HELLO' b'end' b'\x00\x00\x00'
b'HELLO' 4096
read-only" python3 -c "$s")" -c "$s"

  # Paths as the guest sees them: its executable and prefix under -L, a
  # directory of the sysroot as its cwd, /proc/cpuinfo with a stanza per CPU.
  s='import os, sys
print(sys.executable, sys.prefix, os.path.exists("/usr/lib/python%d.%d/os.py" % sys.version_info[:2]))
os.chdir("/usr/lib"); print(os.getcwd(), os.path.isdir("../bin"))
print(sum(1 for l in open("/proc/cpuinfo") if l.startswith("processor")) == os.cpu_count())'
  gcheck "/usr/bin/python3 /usr True
/usr/lib True
True" -c "$s"

  # A process pool (fork, pipes, semaphores): squares of range(1000) in
  # 4 workers (the sum is 999 * 1000 * 1999 / 6), each computed in a child,
  # apply_async and imap_unordered; then re-executing itself through
  # /proc/self/exe.
  s='import multiprocessing, os, sys
def sq(x):
    return x * x, os.getpid() != parent
parent = os.getpid()
with multiprocessing.Pool(4) as p:
    r = p.map(sq, range(1000), chunksize=50)
print(sum(v for v, _ in r), all(c for _, c in r), len(r))
with multiprocessing.Pool(2) as p:
    print(p.apply_async(divmod, (100, 7)).get(timeout=60), sorted(p.imap_unordered(abs, range(-3, 3))))
sys.stdout.flush()
os.execv("/proc/self/exe", ["python3", "-c", "import sys; print(sys.argv, sys.executable)"])'
  gcheck "332833500 True 1000
(14, 2) [0, 1, 1, 2, 2, 3]
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
