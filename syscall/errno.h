/* SPDX-License-Identifier: MIT */
/*
 * Guest errno values (GUEST_E*, from errno.def) and the one place where a
 * host error becomes a guest one.  Handlers return >= 0 or -GUEST_E*.
 */
#ifndef XRUN_SYSCALL_ERRNO_H
#define XRUN_SYSCALL_ERRNO_H

#include <stdint.h>

enum guest_errno {
#define ERRNO(name, nr) GUEST_##name = nr,
#include "syscall/errno.def"
#undef ERRNO
    GUEST_ERRNO_MAX = 4095  /* results in [-4095, -1] are errors */
};

/* Guest errno for host errno e (GUEST_EINVAL if it has no name here). */
int sys_errno_to_guest(int host_errno);

/*
 * The exit point for host results: a libc-style result r (-1 with errno
 * set on failure) becomes r, or -GUEST_E* for the errno.
 */
int64_t sys_ret(int64_t r);

/* The same for internal functions that return -host_errno on failure. */
int64_t sys_ret_neg(int64_t r);

/* "ENOENT" for a guest errno, or NULL if unknown. */
const char *sys_errno_name(int guest_errno);

/* Host errno with the guest number ge, or 0 (for messages). */
int sys_errno_to_host(int guest_errno);

#endif
