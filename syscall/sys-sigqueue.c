/* SPDX-License-Identifier: MIT */
/*
 * rt_sigqueueinfo and rt_tgsigqueueinfo: a signal with a siginfo of the
 * sender's making (sigqueue(), pthread_sigqueue()).  siginfo_t is 128
 * bytes with the same layout on the asm-generic guests and x86_64, so
 * the guest's bytes go to linux-user as they are: as a host signal, or
 * recorded in-process for the numbers the host cannot carry, exactly as
 * kill and tgkill are sent (linux-user/signal-send.c).
 */
#include <sys/types.h>

#include "linux-user/signal.h"
#include "syscall/sys-internal.h"

int64_t sys_rt_sigqueueinfo(struct cpu *cpu, const uint64_t a[6])
{
    const uint8_t *info = sys_lock(a[2], LU_SIGINFO_SIZE, SYS_R);
    if (info == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret_neg(lu_signal_queue((pid_t)a[0], 0, (int)a[1], info));
}

int64_t sys_rt_tgsigqueueinfo(struct cpu *cpu, const uint64_t a[6])
{
    const uint8_t *info = sys_lock(a[3], LU_SIGINFO_SIZE, SYS_R);
    if (info == NULL) {
        return -GUEST_EFAULT;
    }
    if ((pid_t)a[0] <= 0 || (pid_t)a[1] <= 0) {
        return -GUEST_EINVAL;
    }
    return sys_ret_neg(lu_signal_queue((pid_t)a[0], (pid_t)a[1], (int)a[2],
                                       info));
}
