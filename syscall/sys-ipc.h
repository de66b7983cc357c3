/* SPDX-License-Identifier: MIT */
/*
 * SysV IPC structures as the asm-generic 64-bit guests see them
 * (asm-generic/ipcbuf.h, sembuf.h, msgbuf.h, shmbuf.h; arm64 and riscv64
 * use those unchanged), and how each *ctl command uses its buffer.
 * x86_64 takes msqid64_ds, shmid64_ds and shminfo64 from asm-generic too,
 * so those pass through (checked against the host's uapi headers where
 * they are used); only semid64_ds differs: x86_64 has a padding word
 * after each time.  The command numbers are the same everywhere, and
 * neither these guests nor x86_64 take the IPC_64 bit (Linux without
 * ARCH_WANT_IPC_PARSE_VERSION rejects a command that has it).
 */
#ifndef XRUN_SYSCALL_SYS_IPC_H
#define XRUN_SYSCALL_SYS_IPC_H

#include <stddef.h>
#include <stdint.h>

/* asm-generic/ipcbuf.h: 32-bit mode_t, so no __pad1. */
struct guest_ipc64_perm {
    int32_t key;
    uint32_t uid, gid, cuid, cgid;
    uint32_t mode;
    uint16_t seq;
    uint16_t pad2;
    uint32_t pad3;             /* alignment of __unused1 */
    uint64_t unused1, unused2;
};
_Static_assert(sizeof(struct guest_ipc64_perm) == 48, "ipc64_perm");
_Static_assert(offsetof(struct guest_ipc64_perm, seq) == 24, "ipc64_perm");

/* asm-generic/sembuf.h, __BITS_PER_LONG 64: no padding after the times. */
struct guest_semid64_ds {
    struct guest_ipc64_perm perm;
    int64_t otime;
    int64_t ctime;
    uint64_t nsems;
    uint64_t unused3, unused4;
};
_Static_assert(sizeof(struct guest_semid64_ds) == 88, "semid64_ds");

/* asm-generic/msgbuf.h, 64-bit. */
struct guest_msqid64_ds {
    struct guest_ipc64_perm perm;
    int64_t stime, rtime, ctime;
    uint64_t cbytes, qnum, qbytes;
    int32_t lspid, lrpid;
    uint64_t unused4, unused5;
};
_Static_assert(sizeof(struct guest_msqid64_ds) == 120, "msqid64_ds");

/* asm-generic/shmbuf.h, 64-bit. */
struct guest_shmid64_ds {
    struct guest_ipc64_perm perm;
    uint64_t segsz;
    int64_t atime, dtime, ctime;
    int32_t cpid, lpid;
    uint64_t nattch;
    uint64_t unused4, unused5;
};
_Static_assert(sizeof(struct guest_shmid64_ds) == 112, "shmid64_ds");

/* Sizes of the *_INFO results: seminfo (10 ints), msginfo (7 ints and
 * an unsigned short), shminfo64 (9 longs), shm_info (an int, 5 longs). */
#define GUEST_SEMINFO_SIZE 40
#define GUEST_MSGINFO_SIZE 32
#define GUEST_SHMINFO64_SIZE 72
#define GUEST_SHM_INFO_SIZE 48

#define GUEST_IPC_RMID 0
#define GUEST_IPC_SET 1
#define GUEST_IPC_STAT 2
#define GUEST_IPC_INFO 3

/* What a *ctl command does with its pointer argument. */
enum ipc_buf {
    IPC_BUF_NONE,              /* a scalar or nothing */
    IPC_BUF_OUT,               /* the kernel writes size bytes */
    IPC_BUF_IN,                /* the kernel reads size bytes */
};
struct ipc_cmd {
    int cmd;
    enum ipc_buf buf;
    uint32_t size;             /* of the guest's buffer */
    int conv;                  /* the caller's special case, 0: none */
};

/* The row for cmd in rows (ended by cmd -1), or NULL. */
static inline const struct ipc_cmd *ipc_cmd_find(const struct ipc_cmd *rows,
                                                 int cmd)
{
    for (; rows->cmd >= 0; rows++) {
        if (rows->cmd == cmd) {
            return rows;
        }
    }
    return NULL;
}

#endif
