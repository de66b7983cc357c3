/* SPDX-License-Identifier: MIT */
/*
 * ioctl: a table (ioctl.def) of the terminal and file ioctls C libraries
 * and shells use.  Buffers are checked guest memory; the kernel termios
 * goes through its converter.  Anything else is ENOTTY, reported once.
 */
#include <sys/syscall.h>
#include <sys/ioctl.h>

#include "syscall/safe-syscall.h"
#include "syscall/guest-types.h"
#include "syscall/sys-internal.h"
#include "translator/log.h"

enum ioctl_kind { IOK_NONE, IOK_IN, IOK_OUT, IOK_TERMIOS_GET,
                  IOK_TERMIOS_SET };

struct ioctl_row {
    const char *name;
    uint32_t cmd;
    enum ioctl_kind kind;
    unsigned size;
};

static const struct ioctl_row ioctl_rows[] = {
#define IOCTL(n, cmd, kind, size) {#n, cmd, IOK_##kind, size},
#include "syscall/ioctl.def"
#undef IOCTL
};

_Static_assert(sizeof(struct guest_termios) == 36, "kernel termios");

static const struct ioctl_row *ioctl_find(uint64_t cmd)
{
    for (size_t i = 0; i < sizeof(ioctl_rows) / sizeof(ioctl_rows[0]); i++) {
        if (ioctl_rows[i].cmd == (uint32_t)cmd) {
            return &ioctl_rows[i];
        }
    }
    return NULL;
}

const char *sys_ioctl_name(uint64_t cmd)
{
    const struct ioctl_row *r = ioctl_find(cmd);
    return r != NULL ? r->name : NULL;
}

static int64_t ioctl_termios(int fd, const struct ioctl_row *row,
                             uint64_t addr)
{
    struct host_ktermios hk;
    int prot = row->kind == IOK_TERMIOS_GET ? SYS_W : SYS_R;
    struct guest_termios *g = sys_lock(addr, sizeof(*g), prot);

    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    if (row->kind == IOK_TERMIOS_SET) {
        conv_termios_to_host(&hk, g);
        /* TCSETSW/TCSETSF wait for output to drain. */
        return sys_ret(safe_syscall(SYS_ioctl, fd, row->cmd, &hk));
    }
    int r = ioctl(fd, row->cmd, &hk);
    if (r == 0) {
        conv_termios_to_guest(g, &hk);
    }
    return sys_ret(r);
}

int64_t sys_ioctl(struct cpu *cpu, const uint64_t a[6])
{
    int fd = (int)a[0];
    const struct ioctl_row *row = ioctl_find(a[1]);

    if (row == NULL) {
        log_unimp_once("ioctl", (unsigned long)a[1]);
        return -GUEST_ENOTTY;
    }
    switch (row->kind) {
    case IOK_NONE:
        /* TCSBRK and TCSBRKP wait for output to drain. */
        return sys_ret(safe_syscall(SYS_ioctl, fd, row->cmd, (unsigned long)a[2]));
    case IOK_IN:
    case IOK_OUT: {
        void *p = sys_lock(a[2], row->size,
                           row->kind == IOK_IN ? SYS_R : SYS_W);
        if (p == NULL) {
            return -GUEST_EFAULT;
        }
        return sys_ret(ioctl(fd, row->cmd, p));
    }
    default:
        return ioctl_termios(fd, row, a[2]);
    }
}
