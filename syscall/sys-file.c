/* SPDX-License-Identifier: MIT */
/*
 * Calls on open file descriptors: read/write and their vector and
 * positional forms, lseek, getdents64, dup, fcntl, pipes, sync, close.
 * Buffers are guest memory, checked and passed to the host in place.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"
#include "translator/log.h"

/* Linux's UIO_MAXIOV: more is EINVAL, as the kernel says. */

int64_t sys_read(struct cpu *cpu, const uint64_t a[6])
{
    void *buf = sys_lock(a[1], a[2], SYS_W);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_read, (int)a[0], buf, a[2]));
}

int64_t sys_write(struct cpu *cpu, const uint64_t a[6])
{
    const void *buf = sys_lock(a[1], a[2], SYS_R);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_write, (int)a[0], buf, a[2]));
}

int64_t sys_pread64(struct cpu *cpu, const uint64_t a[6])
{
    void *buf = sys_lock(a[1], a[2], SYS_W);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_pread64, (int)a[0], buf, a[2], (off_t)a[3]));
}

int64_t sys_pwrite64(struct cpu *cpu, const uint64_t a[6])
{
    const void *buf = sys_lock(a[1], a[2], SYS_R);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_pwrite64, (int)a[0], buf, a[2], (off_t)a[3]));
}

/* readv/writev/preadv/pwritev: one body, pos < 0 means "no offset". */
static int64_t sys_rwv(const uint64_t a[6], bool write_, bool positional)
{
    int64_t err;
    struct iovec *v = sys_iov_lock(a[1], a[2], write_ ? SYS_R : SYS_W, &err);
    if (err != 0) {
        return err;
    }
    int fd = (int)a[0];
    int cnt = (int)a[2];
    ssize_t r;
    if (positional) {
        /* pos_l, pos_h: a 64-bit kernel takes the offset whole in pos_l. */
        r = safe_syscall(write_ ? SYS_pwritev : SYS_preadv, fd, v, cnt,
                         (off_t)a[3], 0);
    } else {
        r = safe_syscall(write_ ? SYS_writev : SYS_readv, fd, v, cnt);
    }
    int64_t ret = sys_ret(r);
    free(v);
    return ret;
}

int64_t sys_readv(struct cpu *cpu, const uint64_t a[6])
{
    return sys_rwv(a, false, false);
}

int64_t sys_writev(struct cpu *cpu, const uint64_t a[6])
{
    return sys_rwv(a, true, false);
}

int64_t sys_preadv(struct cpu *cpu, const uint64_t a[6])
{
    return sys_rwv(a, false, true);
}

int64_t sys_pwritev(struct cpu *cpu, const uint64_t a[6])
{
    return sys_rwv(a, true, true);
}

int64_t sys_lseek(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(lseek((int)a[0], (off_t)a[1], (int)a[2]));
}

int64_t sys_getdents64(struct cpu *cpu, const uint64_t a[6])
{
    /* struct linux_dirent64 is the same on every 64-bit Linux. */
    void *buf = sys_lock(a[1], a[2], SYS_W);
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_getdents64, (int)a[0], buf, (size_t)a[2]));
}

int64_t sys_close(struct cpu *cpu, const uint64_t a[6])
{
    if (sys_vfork_keeps((int)a[0])) {
        return 0;   /* the vfork socket, which the guest does not see */
    }
    return sys_ret(close((int)a[0]));
}

#define GUEST_CLOSE_RANGE_CLOEXEC 4u

int64_t sys_close_range(struct cpu *cpu, const uint64_t a[6])
{
    unsigned first = (unsigned)a[0], last = (unsigned)a[1];
    unsigned flags = (unsigned)a[2];
    int keep = sys_vfork_fd();

    /* Around the vfork socket, which must live until the exec. */
    if (keep >= 0 && !(flags & GUEST_CLOSE_RANGE_CLOEXEC) && first <= last &&
        first <= (unsigned)keep && (unsigned)keep <= last) {
        long r = 0;
        if ((unsigned)keep > first) {
            r = syscall(SYS_close_range, first, (unsigned)keep - 1, flags);
        }
        if (r == 0 && (unsigned)keep < last) {
            r = syscall(SYS_close_range, (unsigned)keep + 1, last, flags);
        }
        return sys_ret(r);
    }
    return sys_ret(syscall(SYS_close_range, first, last, flags));
}

int64_t sys_dup(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(dup((int)a[0]));
}

int64_t sys_dup3(struct cpu *cpu, const uint64_t a[6])
{
    int flags = sys_oflags_to_host(sys_quirks(), (uint32_t)a[2]);
    return sys_ret(dup3((int)a[0], (int)a[1], flags));
}

int64_t sys_pipe2(struct cpu *cpu, const uint64_t a[6])
{
    int *fds = sys_lock(a[0], 2 * sizeof(int), SYS_W);
    if (fds == NULL) {
        return -GUEST_EFAULT;
    }
    int flags = sys_oflags_to_host(sys_quirks(), (uint32_t)a[1]);
    return sys_ret(pipe2(fds, flags));
}

int64_t sys_flock(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(safe_syscall(SYS_flock, (int)a[0], (int)a[1]));
}

int64_t sys_ftruncate(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(ftruncate((int)a[0], (off_t)a[1]));
}

int64_t sys_fsync(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(fsync((int)a[0]));
}

int64_t sys_fdatasync(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(fdatasync((int)a[0]));
}

int64_t sys_sync(struct cpu *cpu, const uint64_t a[6])
{
    sync();
    return 0;
}

int64_t sys_fadvise64(struct cpu *cpu, const uint64_t a[6])
{
    /* The raw call: posix_fadvise returns the error number instead. */
    return sys_ret(syscall(SYS_fadvise64, (int)a[0], (off_t)a[1],
                           (off_t)a[2], (int)a[3]));
}
