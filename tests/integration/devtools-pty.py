#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""devtools-pty.py SESSION -- COMMAND...: run COMMAND (an interactive shell)
as the session leader of a new pseudo-terminal of 40 rows and 100 columns,
type SESSION into it step by step, and print the transcript normalized.

devtools.sh runs the same session with the host's bash and with the guest's
bash under xrun and compares the transcripts.  Timing must not change them,
so every step waits for something before the next one is typed:

  cmd TEXT     type TEXT and Enter, then wait for the next prompt
  start TEXT   type TEXT and Enter, then wait until a foreground job owns
               the terminal (readline is done and has restored the modes)
               and no longer ignores the signals the keyboard sends (the
               shell's child resets them after it took the terminal)
  send TEXT    type TEXT (Python escapes: \\x1a is Ctrl-Z), wait for nothing
  expect TEXT  wait until the output since the last cmd/start contains TEXT
  prompt       wait for the prompt after the last start
  resize R C   make the terminal R rows by C columns (SIGWINCH to the shell)
  last TEXT    type TEXT and Enter (exit): the shell closes the terminal

The prompt is PS1 as COMMAND sets it and must end with "$ " after a "]" (the
session's prompt is "[$?]$ ").  The transcript gets \\n line ends, no
terminal control sequences, and PID for the process ids bash prints.
Exit status 0, or 1 with a message on a step that timed out or when the
shell did not exit after the last step.
"""
import os
import re
import select
import signal
import struct
import sys
import termios
import time
import fcntl
import pty

PROMPT = re.compile(rb"\[\d+\]\$ ")
STEP_TIMEOUT = float(os.environ.get("PTY_STEP_TIMEOUT", "60"))


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def spawn(argv):
    """Fork COMMAND with the pty's slave as its controlling terminal."""
    master, slave = pty.openpty()
    set_size(slave, 40, 100)
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        if slave > 2:
            os.close(slave)
        # Signals ignored or blocked where the test runs stay so in the
        # shell and its jobs (a trap cannot take an ignored one): a fresh
        # login has them all at their defaults.
        for s in signal.valid_signals():
            if s not in (signal.SIGKILL, signal.SIGSTOP):
                try:
                    signal.signal(s, signal.SIG_DFL)
                except (OSError, ValueError):
                    pass        # the real-time signals libc keeps for itself
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    os.close(slave)
    return pid, master


class Session:
    def __init__(self, master):
        self.master = master
        self.out = bytearray()
        self.mark = 0       # where the output of the current step starts
        self.eof = False

    def pump(self, deadline):
        """Read what is there, waiting until deadline at most, and no more
        than 20 ms: some conditions are not news on the terminal."""
        wait = min(0.02, max(0.0, deadline - time.monotonic()))
        r, _, _ = select.select([self.master], [], [], wait)
        if not r:
            return
        try:
            data = os.read(self.master, 4096)
        except OSError:         # EIO: every slave descriptor is closed
            data = b""
        if not data:
            self.eof = True
            return
        self.out += data

    def wait_for(self, what, pred):
        deadline = time.monotonic() + STEP_TIMEOUT
        while not pred():
            if self.eof or time.monotonic() >= deadline:
                sys.stderr.write("devtools-pty: timed out waiting for %s; transcript so far:\n%s\n"
                                 % (what, self.out.decode("utf-8", "replace")))
                return False
            self.pump(deadline)
        return True

    def prompts(self):
        return len(PROMPT.findall(self.out, self.mark))

    def type(self, data):
        os.write(self.master, data)


KEY_SIGNALS = (1 << (signal.SIGINT - 1)) | (1 << (signal.SIGTSTP - 1))


def job_takes_keys(pgrp, shell):
    """Is pgrp a job of the shell whose leader no longer ignores ^C and ^Z?"""
    if pgrp == shell:
        return False
    try:
        with open("/proc/%d/status" % pgrp) as f:
            ign = next(l for l in f if l.startswith("SigIgn:"))
    except (OSError, StopIteration):
        return False
    return int(ign.split()[1], 16) & KEY_SIGNALS == 0


def unescape(text):
    return text.encode("utf-8").decode("unicode_escape").encode("latin-1")


def normalize(raw):
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)     # stray terminal controls
    text = re.sub(r"^(\[\d+\][+-]?) +\d+", r"\1 PID", text, flags=re.M)   # [1] 1234, jobs -l
    return text


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit("usage: devtools-pty.py SESSION -- COMMAND...")
    with open(sys.argv[1]) as f:
        steps = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    pid, master = spawn(sys.argv[3:])
    s = Session(master)
    ok = s.wait_for("the first prompt", lambda: s.prompts() >= 1)
    last = ""
    for step in steps:
        if not ok:
            break
        op, _, arg = step.partition(" ")
        if op in ("cmd", "start", "last"):
            s.mark = len(s.out)
            last = arg
            s.type(arg.encode() + b"\r")
        if op in ("cmd", "prompt"):
            ok = s.wait_for("the prompt after %r" % last, lambda: s.prompts() >= 1)
        elif op == "start":
            ok = s.wait_for("a foreground job after %r" % last,
                            lambda: job_takes_keys(os.tcgetpgrp(master), pid))
        elif op == "resize":
            rows, cols = arg.split()
            set_size(master, int(rows), int(cols))
        elif op == "last":
            break
        elif op == "send":
            s.type(unescape(arg))
        elif op == "expect":
            want = unescape(arg)
            ok = s.wait_for(repr(arg), lambda: want in s.out[s.mark:])
        else:
            sys.exit("devtools-pty: bad step %r" % step)
    if ok:
        # Read until the shell has closed the pty.
        deadline = time.monotonic() + STEP_TIMEOUT
        while not s.eof and time.monotonic() < deadline:
            s.pump(deadline)
        ok = s.eof
        if not ok:
            sys.stderr.write("devtools-pty: the shell did not exit\n")
    if not ok:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(normalize(bytes(s.out)))
    sys.stdout.write("[shell exit status %d]\n" % (os.waitstatus_to_exitcode(status)))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
