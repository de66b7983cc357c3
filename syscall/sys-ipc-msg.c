/* SPDX-License-Identifier: MIT */
/*
 * SysV message queues: msgget, msgctl, msgsnd, msgrcv.  struct msgbuf is
 * a long type then the text, msqid64_ds and msginfo have the host's
 * layout (checked below), so buffers pass through.  msgsnd and msgrcv
 * block: safe_syscall.  A bad message buffer goes to the host as NULL so
 * the host fails the call where Linux would (EINVAL for a negative size
 * first; a msgrcv into a bad buffer consumes the message, as on Linux).
 */
#include <asm/msgbuf.h>
#include <linux/msg.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/safe-syscall.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-ipc.h"

_Static_assert(sizeof(struct msqid64_ds) == sizeof(struct guest_msqid64_ds) &&
                   offsetof(struct msqid64_ds, msg_stime) ==
                       offsetof(struct guest_msqid64_ds, stime) &&
                   offsetof(struct msqid64_ds, msg_qbytes) ==
                       offsetof(struct guest_msqid64_ds, qbytes) &&
                   offsetof(struct msqid64_ds, msg_lrpid) ==
                       offsetof(struct guest_msqid64_ds, lrpid),
               "msqid64_ds: x86_64 uses asm-generic's");
_Static_assert(sizeof(struct msginfo) == GUEST_MSGINFO_SIZE, "msginfo");

static const struct ipc_cmd msg_cmds[] = {
    {GUEST_IPC_RMID, IPC_BUF_NONE, 0, 0},
    {GUEST_IPC_SET, IPC_BUF_IN, sizeof(struct guest_msqid64_ds), 0},
    {GUEST_IPC_STAT, IPC_BUF_OUT, sizeof(struct guest_msqid64_ds), 0},
    {GUEST_IPC_INFO, IPC_BUF_OUT, GUEST_MSGINFO_SIZE, 0},
    {MSG_STAT, IPC_BUF_OUT, sizeof(struct guest_msqid64_ds), 0},
    {MSG_INFO, IPC_BUF_OUT, GUEST_MSGINFO_SIZE, 0},
    {MSG_STAT_ANY, IPC_BUF_OUT, sizeof(struct guest_msqid64_ds), 0},
    {-1, IPC_BUF_NONE, 0, 0},
};

int64_t sys_msgget(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_msgget, (int)a[0], (int)a[1]));
}

int64_t sys_msgctl(struct cpu *cpu, const uint64_t a[6])
{
    const struct ipc_cmd *c = ipc_cmd_find(msg_cmds, (int)a[1]);
    void *buf = NULL;
    if (c != NULL && c->buf != IPC_BUF_NONE &&
        (buf = sys_lock(a[2], c->size,
                        c->buf == IPC_BUF_OUT ? SYS_W : SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_msgctl, (int)a[0], (int)a[1],
                           c != NULL && c->buf != IPC_BUF_NONE
                               ? buf : (void *)(uintptr_t)a[2]));
}

/* The mtype word and msgsz bytes of text; NULL when not the guest's. */
static void *msgbuf_lock(uint64_t addr, uint64_t msgsz, int prot)
{
    if ((int64_t)msgsz < 0 || msgsz > UINT64_MAX / 2) {
        return NULL;
    }
    return sys_lock(addr, sizeof(int64_t) + msgsz, prot);
}

int64_t sys_msgsnd(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(safe_syscall(SYS_msgsnd, (int)a[0],
                                msgbuf_lock(a[1], a[2], SYS_R), a[2],
                                (int)a[3]));
}

int64_t sys_msgrcv(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(safe_syscall(SYS_msgrcv, (int)a[0],
                                msgbuf_lock(a[1], a[2], SYS_W), a[2],
                                (long)a[3], (int)a[4]));
}
