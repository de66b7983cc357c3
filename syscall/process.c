/* SPDX-License-Identifier: MIT */
/*
 * The process-wide facts the syscall layer works from (struct sys_process):
 * defined here, filled in by linux-user before the guest starts.
 */
#include <stdio.h>

#include "syscall/sys-internal.h"
#include "translator/log.h"

struct sys_process sys_proc;

void sys_flush_logs(void)
{
    fflush(stdout);
    fflush(stderr);
    fflush(log_file());
}
