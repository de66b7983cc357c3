/* SPDX-License-Identifier: MIT */
/*
 * POSIX timers whose signal the host cannot carry (sys-timer-inproc.c),
 * for the timer syscalls (sys-timer.c).  Those are the numbers of
 * lu_sig_inproc(): the host C library's own real-time signals (32 and
 * 33 for glibc, which the guest's glibc uses for its SIGEV_THREAD timers
 * too) and xrun's kick, 64 (the guest's SIGRTMAX).
 */
#ifndef XRUN_SYSCALL_SYS_TIMER_H
#define XRUN_SYSCALL_SYS_TIMER_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

/*
 * A host timer on clock whose expirations record guest signal sig with
 * sigval value for thread tid of ours (0: the process).  Returns the
 * timer id or a negative host errno.
 */
int64_t sys_timer_inproc_create(clockid_t clock, int sig, pid_t tid,
                                uint64_t value);

/* Timer id is gone (deleted), or is a new host-delivered timer. */
void sys_timer_inproc_forget(int id);

/*
 * timer_getoverrun of id if it is an in-process timer: true with the
 * overrun of its last delivered signal in *overrun.
 */
bool sys_timer_inproc_overrun(int id, int *overrun);

#endif
