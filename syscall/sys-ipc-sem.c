/* SPDX-License-Identifier: MIT */
/*
 * SysV semaphores: semget, semctl, semop, semtimedop.  struct sembuf
 * (unsigned short, short, short) is the same everywhere; semid64_ds is
 * converted (sys-ipc.h).  semop and semtimedop block: safe_syscall.
 * A bad sembuf array goes to the host as NULL, so the host reports
 * EINVAL, E2BIG or EFAULT in Linux's order.
 */
#include <asm/sembuf.h>
#include <linux/sem.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "syscall/safe-syscall.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-ipc.h"

_Static_assert(sizeof(struct sembuf) == 6, "sembuf");
_Static_assert(sizeof(struct seminfo) == GUEST_SEMINFO_SIZE, "seminfo");

enum { SEM_CONV_DS = 1, SEM_CONV_ARRAY };

static const struct ipc_cmd sem_cmds[] = {
    {GUEST_IPC_RMID, IPC_BUF_NONE, 0, 0},
    {GUEST_IPC_SET, IPC_BUF_IN, sizeof(struct guest_semid64_ds), SEM_CONV_DS},
    {GUEST_IPC_STAT, IPC_BUF_OUT, sizeof(struct guest_semid64_ds),
     SEM_CONV_DS},
    {GUEST_IPC_INFO, IPC_BUF_OUT, GUEST_SEMINFO_SIZE, 0},
    {GETPID, IPC_BUF_NONE, 0, 0},
    {GETVAL, IPC_BUF_NONE, 0, 0},
    {GETALL, IPC_BUF_OUT, 0, SEM_CONV_ARRAY},
    {GETNCNT, IPC_BUF_NONE, 0, 0},
    {GETZCNT, IPC_BUF_NONE, 0, 0},
    {SETVAL, IPC_BUF_NONE, 0, 0},
    {SETALL, IPC_BUF_IN, 0, SEM_CONV_ARRAY},
    {SEM_STAT, IPC_BUF_OUT, sizeof(struct guest_semid64_ds), SEM_CONV_DS},
    {SEM_INFO, IPC_BUF_OUT, GUEST_SEMINFO_SIZE, 0},
    {SEM_STAT_ANY, IPC_BUF_OUT, sizeof(struct guest_semid64_ds),
     SEM_CONV_DS},
    {-1, IPC_BUF_NONE, 0, 0},
};

static void perm_to_guest(struct guest_ipc64_perm *g,
                          const struct ipc64_perm *h)
{
    memset(g, 0, sizeof(*g));
    g->key = h->key;
    g->uid = h->uid;
    g->gid = h->gid;
    g->cuid = h->cuid;
    g->cgid = h->cgid;
    g->mode = h->mode;
    g->seq = h->seq;
}

static void perm_to_host(struct ipc64_perm *h,
                         const struct guest_ipc64_perm *g)
{
    h->key = g->key;
    h->uid = g->uid;
    h->gid = g->gid;
    h->cuid = g->cuid;
    h->cgid = g->cgid;
    h->mode = g->mode;
    h->seq = g->seq;
}

static void ds_to_guest(struct guest_semid64_ds *g,
                        const struct semid64_ds *h)
{
    memset(g, 0, sizeof(*g));
    perm_to_guest(&g->perm, &h->sem_perm);
    g->otime = (int64_t)h->sem_otime;
    g->ctime = (int64_t)h->sem_ctime;
    g->nsems = h->sem_nsems;
}

static void ds_to_host(struct semid64_ds *h,
                       const struct guest_semid64_ds *g)
{
    memset(h, 0, sizeof(*h));
    perm_to_host(&h->sem_perm, &g->perm);
    h->sem_otime = g->otime;
    h->sem_ctime = g->ctime;
    h->sem_nsems = g->nsems;
}

int64_t sys_semget(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_semget, (int)a[0], (int)a[1], (int)a[2]));
}

/* IPC_STAT, IPC_SET, SEM_STAT(_ANY): through a host semid64_ds. */
static int64_t semctl_ds(int id, int num, const struct ipc_cmd *c,
                         uint64_t addr)
{
    struct semid64_ds h;
    struct guest_semid64_ds *g =
        sys_lock(addr, sizeof(*g), c->buf == IPC_BUF_OUT ? SYS_W : SYS_R);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    memset(&h, 0, sizeof(h));
    if (c->buf == IPC_BUF_IN) {
        ds_to_host(&h, g);
    }
    long r = syscall(SYS_semctl, id, num, c->cmd, &h);
    if (r >= 0 && c->buf == IPC_BUF_OUT) {
        ds_to_guest(g, &h);
    }
    return sys_ret(r);
}

int64_t sys_semctl(struct cpu *cpu, const uint64_t a[6])
{
    int id = (int)a[0], num = (int)a[1], cmd = (int)a[2];
    const struct ipc_cmd *c = ipc_cmd_find(sem_cmds, cmd);

    if (c == NULL || c->buf == IPC_BUF_NONE) {
        /* SETVAL's value is the low word of the union, as on the host. */
        return sys_ret(syscall(SYS_semctl, id, num, cmd, a[3]));
    }
    if (c->conv == SEM_CONV_DS) {
        return semctl_ds(id, num, c, a[3]);
    }
    uint64_t size = c->size;
    if (c->conv == SEM_CONV_ARRAY) {
        /* GETALL/SETALL: one unsigned short per semaphore of the set. */
        struct semid64_ds h;
        if (syscall(SYS_semctl, id, 0, GUEST_IPC_STAT, &h) < 0) {
            return sys_ret(-1);
        }
        size = (uint64_t)h.sem_nsems * sizeof(unsigned short);
    }
    void *buf = sys_lock(a[3], size,
                         c->buf == IPC_BUF_OUT ? SYS_W : SYS_R);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_semctl, id, num, cmd, buf));
}

static void *sops_lock(uint64_t addr, uint64_t nsops)
{
    return sys_lock(addr, (uint64_t)(unsigned)nsops * sizeof(struct sembuf),
                    SYS_R);
}

int64_t sys_semop(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(safe_syscall(SYS_semop, (int)a[0], sops_lock(a[1], a[2]),
                                (unsigned)a[2]));
}

int64_t sys_semtimedop(struct cpu *cpu, const uint64_t a[6])
{
    const struct timespec *ts = NULL;
    if (a[3] != 0 && (ts = sys_lock(a[3], sizeof(*ts), SYS_R)) == NULL) {
        return -GUEST_EFAULT;   /* Linux reads the timeout first */
    }
    return sys_ret(safe_syscall(SYS_semtimedop, (int)a[0],
                                sops_lock(a[1], a[2]), (unsigned)a[2], ts));
}
