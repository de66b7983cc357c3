/* SPDX-License-Identifier: MIT */
/*
 * fcntl: the status flags of F_GETFL/F_SETFL go through the ABI's open
 * flag translation; struct flock (32 bytes, same layout on every 64-bit
 * Linux) and the plain integer commands pass through.
 */
#include <sys/syscall.h>
#include <fcntl.h>

#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"
#include "translator/log.h"

/* Commands whose argument is an integer (or unused), same numbers. */
static bool fcntl_int_cmd(int cmd)
{
    switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_GETFD:
    case F_SETFD:
    case F_SETOWN:
    case F_GETOWN:
    case F_SETSIG:
    case F_GETSIG:
    case F_SETLEASE:
    case F_GETLEASE:
    case F_NOTIFY:
    case F_SETPIPE_SZ:
    case F_GETPIPE_SZ:
    case F_ADD_SEALS:
    case F_GET_SEALS:
        return true;
    default:
        return false;
    }
}

static bool fcntl_lock_cmd(int cmd)
{
    switch (cmd) {
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_GETLK:
    case F_OFD_SETLK:
    case F_OFD_SETLKW:
        return true;
    default:
        return false;
    }
}

_Static_assert(sizeof(struct flock) == 32, "asm-generic struct flock");

int64_t sys_fcntl(struct cpu *cpu, const uint64_t a[6])
{
    int fd = (int)a[0];
    int cmd = (int)a[1];
    const struct sys_abi_quirks *q = sys_quirks();

    if (cmd == F_GETFL) {
        int r = fcntl(fd, F_GETFL);
        return r < 0 ? sys_ret(r) : (int64_t)sys_oflags_to_guest(q, r);
    }
    if (cmd == F_SETFL) {
        return sys_ret(fcntl(fd, F_SETFL, sys_oflags_to_host(q,
                                                          (uint32_t)a[2])));
    }
    if (fcntl_int_cmd(cmd)) {
        return sys_ret(fcntl(fd, cmd, (int)a[2]));
    }
    if (fcntl_lock_cmd(cmd)) {
        struct flock *fl = sys_lock(a[2], sizeof(*fl), SYS_R | SYS_W);
        if (fl == NULL) {
            return -GUEST_EFAULT;
        }
        /* F_SETLKW and F_OFD_SETLKW wait for the lock. */
        return sys_ret(safe_syscall(SYS_fcntl, fd, cmd, fl));
    }
    if (cmd == F_GETOWN_EX || cmd == F_SETOWN_EX) {
        struct f_owner_ex *o = sys_lock(a[2], sizeof(*o), SYS_R | SYS_W);
        if (o == NULL) {
            return -GUEST_EFAULT;
        }
        return sys_ret(fcntl(fd, cmd, o));
    }
    log_unimp_once("fcntl", (unsigned long)cmd);
    return -GUEST_EINVAL;
}
