/* SPDX-License-Identifier: MIT */
/*
 * The guest's signal dispositions and alternate stack as the syscalls
 * recorded them (sys-signal.c).  Delivery to guest handlers (the signals
 * issue) reads them from here.
 */
#ifndef XRUN_SYSCALL_SIGSTATE_H
#define XRUN_SYSCALL_SIGSTATE_H

#include <stdint.h>

#include "syscall/guest-types.h"

#define GUEST_NSIG 64
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

/* The guest's sigaction for sig (1..64), as it last set it. */
void sys_guest_sigaction(int sig, struct sys_sigaction *out);

/* The guest's sigaltstack: sp, flags (SS_DISABLE = 2), size. */
struct sys_altstack {
    uint64_t sp;
    uint64_t flags;
    uint64_t size;
};
void sys_guest_altstack(struct sys_altstack *out);

#endif
