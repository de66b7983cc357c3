/* SPDX-License-Identifier: MIT */
/*
 * SysV shared memory: shmget, shmctl, shmat, shmdt.  shmid64_ds,
 * shminfo64 and shm_info have the host's layout (checked below), so
 * shmctl's buffers pass through; shmat and shmdt map guest memory, so
 * they are linux-user's (gmm-shm.c), which keeps the mapping record.
 */
#include <asm/shmbuf.h>
#include <linux/shm.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-ipc.h"

_Static_assert(sizeof(struct shmid64_ds) == sizeof(struct guest_shmid64_ds) &&
                   offsetof(struct shmid64_ds, shm_segsz) ==
                       offsetof(struct guest_shmid64_ds, segsz) &&
                   offsetof(struct shmid64_ds, shm_cpid) ==
                       offsetof(struct guest_shmid64_ds, cpid) &&
                   offsetof(struct shmid64_ds, shm_nattch) ==
                       offsetof(struct guest_shmid64_ds, nattch),
               "shmid64_ds: x86_64 uses asm-generic's");
_Static_assert(sizeof(struct shminfo64) == GUEST_SHMINFO64_SIZE, "shminfo64");
_Static_assert(sizeof(struct shm_info) == GUEST_SHM_INFO_SIZE, "shm_info");

static const struct ipc_cmd shm_cmds[] = {
    {GUEST_IPC_RMID, IPC_BUF_NONE, 0, 0},
    {GUEST_IPC_SET, IPC_BUF_IN, sizeof(struct guest_shmid64_ds), 0},
    {GUEST_IPC_STAT, IPC_BUF_OUT, sizeof(struct guest_shmid64_ds), 0},
    {GUEST_IPC_INFO, IPC_BUF_OUT, GUEST_SHMINFO64_SIZE, 0},
    {SHM_LOCK, IPC_BUF_NONE, 0, 0},
    {SHM_UNLOCK, IPC_BUF_NONE, 0, 0},
    {SHM_STAT, IPC_BUF_OUT, sizeof(struct guest_shmid64_ds), 0},
    {SHM_INFO, IPC_BUF_OUT, GUEST_SHM_INFO_SIZE, 0},
    {SHM_STAT_ANY, IPC_BUF_OUT, sizeof(struct guest_shmid64_ds), 0},
    {-1, IPC_BUF_NONE, 0, 0},
};

int64_t sys_shmget(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_shmget, (int)a[0], (size_t)a[1], (int)a[2]));
}

int64_t sys_shmctl(struct cpu *cpu, const uint64_t a[6])
{
    const struct ipc_cmd *c = ipc_cmd_find(shm_cmds, (int)a[1]);
    void *buf = NULL;
    if (c != NULL && c->buf != IPC_BUF_NONE &&
        (buf = sys_lock(a[2], c->size,
                        c->buf == IPC_BUF_OUT ? SYS_W : SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_shmctl, (int)a[0], (int)a[1],
                           c != NULL && c->buf != IPC_BUF_NONE
                               ? buf : (void *)(uintptr_t)a[2]));
}

int64_t sys_shmat(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret_neg(gmm_shmat((int)a[0], a[1], (int)a[2]));
}

int64_t sys_shmdt(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret_neg(gmm_shmdt(a[0]));
}
