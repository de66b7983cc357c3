/* SPDX-License-Identifier: MIT */
/*
 * Copies the kernel does between descriptors: sendfile, copy_file_range,
 * splice, tee, vmsplice (guest iovecs into a pipe), and fallocate.  The
 * loff_t offsets are 8-byte guest words updated in place.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "syscall/sys-internal.h"
#include "syscall/sys-net.h"
#include "syscall/safe-syscall.h"

/* An optional in/out loff_t; false on fault. */
static bool off_lock(uint64_t addr, loff_t **out)
{
    *out = NULL;
    if (addr == 0) {
        return true;
    }
    *out = sys_lock(addr, sizeof(**out), SYS_R | SYS_W);
    return *out != NULL;
}

int64_t sys_sendfile(struct cpu *cpu, const uint64_t a[6])
{
    loff_t *off;
    if (!off_lock(a[2], &off)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_sendfile, (int)a[0], (int)a[1], off, a[3]));
}

int64_t sys_copy_file_range(struct cpu *cpu, const uint64_t a[6])
{
    loff_t *in, *out;
    if (!off_lock(a[1], &in) || !off_lock(a[3], &out)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_copy_file_range, (int)a[0], in, (int)a[2], out, a[4],
                                   (unsigned)a[5]));
}

int64_t sys_splice(struct cpu *cpu, const uint64_t a[6])
{
    loff_t *in, *out;
    if (!off_lock(a[1], &in) || !off_lock(a[3], &out)) {
        return -GUEST_EFAULT;
    }
    return sys_ret(safe_syscall(SYS_splice, (int)a[0], in, (int)a[2], out, a[4],
                          (unsigned)a[5]));
}

int64_t sys_tee(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(safe_syscall(SYS_tee, (int)a[0], (int)a[1], a[2], (unsigned)a[3]));
}

int64_t sys_vmsplice(struct cpu *cpu, const uint64_t a[6])
{
    /* Into a pipe the host reads the buffers; out of one it writes them.
     * The direction is the pipe end's: ask the fd. */
    int fl = fcntl((int)a[0], F_GETFL);
    if (fl < 0) {
        return sys_ret(fl);
    }
    int prot = (fl & O_ACCMODE) == O_RDONLY ? SYS_W : SYS_R;
    int64_t err;
    struct iovec *v = sys_iov_lock(a[1], a[2], prot, &err);
    if (err != 0) {
        return err;
    }
    int64_t r = sys_ret(vmsplice((int)a[0], v, (unsigned long)a[2],
                                 (unsigned)a[3]));
    free(v);
    return r;
}

int64_t sys_fallocate(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(fallocate((int)a[0], (int)a[1], (off_t)a[2],
                             (off_t)a[3]));
}
