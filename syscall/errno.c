/* SPDX-License-Identifier: MIT */
/*
 * Host -> guest errno mapping, built from errno.def.  Every host failure a
 * syscall handler reports goes through sys_ret()/sys_ret_neg(), so the
 * mapping lives only here even though today's hosts and guests agree.
 */
#include <errno.h>
#include <stddef.h>

#include "syscall/errno.h"
#include "syscall/safe-syscall.h"

struct errno_row {
    const char *name;
    int host;
    int guest;
};

static const struct errno_row errno_rows[] = {
#define ERRNO(name, nr) {#name, name, nr},
#include "syscall/errno.def"
#undef ERRNO
};

#define N_ROWS (sizeof(errno_rows) / sizeof(errno_rows[0]))

int sys_errno_to_guest(int host_errno)
{
    /* Host numbers are dense and small on Linux: index first, then scan. */
    if (host_errno > 0 && (size_t)host_errno <= N_ROWS &&
        errno_rows[host_errno - 1].host == host_errno) {
        return errno_rows[host_errno - 1].guest;
    }
    for (size_t i = 0; i < N_ROWS; i++) {
        if (errno_rows[i].host == host_errno) {
            return errno_rows[i].guest;
        }
    }
    return GUEST_EINVAL;
}

int sys_errno_to_host(int guest_errno)
{
    for (size_t i = 0; i < N_ROWS; i++) {
        if (errno_rows[i].guest == guest_errno) {
            return errno_rows[i].host;
        }
    }
    return 0;
}

const char *sys_errno_name(int guest_errno)
{
    for (size_t i = 0; i < N_ROWS; i++) {
        if (errno_rows[i].guest == guest_errno) {
            return errno_rows[i].name;
        }
    }
    return NULL;
}

int64_t sys_ret(int64_t r)
{
    return r == -1 ? -(int64_t)sys_errno_to_guest(errno) : r;
}

int64_t sys_ret_neg(int64_t r)
{
    return r < 0 ? -(int64_t)sys_errno_to_guest((int)-r) : r;
}
