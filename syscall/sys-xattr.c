/* SPDX-License-Identifier: MIT */
/*
 * Extended attributes: get/set/list/remove, each on a path (following
 * symlinks), an lpath (not following) and an fd.  Paths go through the
 * guest's path rules (sysroot); names and values are plain bytes, so the
 * value buffers are guest memory passed in place.
 */
#include <sys/xattr.h>

#include "syscall/sys-internal.h"

/* linux/limits.h: XATTR_NAME_MAX and XATTR_SIZE_MAX. */
#define XATTR_NAME_LEN 255
#define XATTR_VALUE_MAX 65536

/* Which object a call names: a[0] is a path, an lpath or an fd. */
enum xattr_on { XA_PATH, XA_LPATH, XA_FD };

struct xattr_obj {
    enum xattr_on on;
    int fd;
    char path[SYS_PATHBUF];
};

static int64_t xattr_obj_in(struct xattr_obj *o, enum xattr_on on,
                            uint64_t a0)
{
    o->on = on;
    o->fd = (int)a0;
    return on == XA_FD ? 0 : sys_get_path(a0, o->path);
}

/* The kernel's strncpy_from_user of the name: empty or too long: ERANGE. */
static int64_t xattr_name_in(uint64_t addr, char name[XATTR_NAME_LEN + 1])
{
    int64_t n = sys_strcpy(addr, name, XATTR_NAME_LEN + 1);
    if (n == -GUEST_ENAMETOOLONG || n == 0) {
        return -GUEST_ERANGE;
    }
    return n < 0 ? n : 0;
}

/* Room the kernel would use for a get/list buffer of size bytes. */
static uint64_t xattr_room(uint64_t size)
{
    return size > XATTR_VALUE_MAX ? XATTR_VALUE_MAX : size;
}

static int64_t xattr_set(const uint64_t a[6], enum xattr_on on)
{
    struct xattr_obj o;
    char name[XATTR_NAME_LEN + 1];
    int64_t err = xattr_obj_in(&o, on, a[0]);
    if (err == 0) {
        err = xattr_name_in(a[1], name);
    }
    if (err != 0) {
        return err;
    }
    if (a[3] > XATTR_VALUE_MAX) {
        return -GUEST_E2BIG;
    }
    const void *v = sys_lock(a[2], a[3], SYS_R);
    if (v == NULL) {
        return -GUEST_EFAULT;
    }
    int flags = (int)a[4];
    switch (on) {
    case XA_PATH: return sys_ret(setxattr(o.path, name, v, a[3], flags));
    case XA_LPATH: return sys_ret(lsetxattr(o.path, name, v, a[3], flags));
    default: return sys_ret(fsetxattr(o.fd, name, v, a[3], flags));
    }
}

static int64_t xattr_get(const uint64_t a[6], enum xattr_on on)
{
    struct xattr_obj o;
    char name[XATTR_NAME_LEN + 1];
    int64_t err = xattr_obj_in(&o, on, a[0]);
    if (err == 0) {
        err = xattr_name_in(a[1], name);
    }
    if (err != 0) {
        return err;
    }
    uint64_t size = xattr_room(a[3]);
    void *v = sys_lock(a[2], size, SYS_W);
    if (v == NULL) {
        return -GUEST_EFAULT;
    }
    switch (on) {
    case XA_PATH: return sys_ret(getxattr(o.path, name, v, size));
    case XA_LPATH: return sys_ret(lgetxattr(o.path, name, v, size));
    default: return sys_ret(fgetxattr(o.fd, name, v, size));
    }
}

static int64_t xattr_list(const uint64_t a[6], enum xattr_on on)
{
    struct xattr_obj o;
    int64_t err = xattr_obj_in(&o, on, a[0]);
    if (err != 0) {
        return err;
    }
    uint64_t size = xattr_room(a[2]);
    char *list = sys_lock(a[1], size, SYS_W);
    if (list == NULL) {
        return -GUEST_EFAULT;
    }
    switch (on) {
    case XA_PATH: return sys_ret(listxattr(o.path, list, size));
    case XA_LPATH: return sys_ret(llistxattr(o.path, list, size));
    default: return sys_ret(flistxattr(o.fd, list, size));
    }
}

static int64_t xattr_remove(const uint64_t a[6], enum xattr_on on)
{
    struct xattr_obj o;
    char name[XATTR_NAME_LEN + 1];
    int64_t err = xattr_obj_in(&o, on, a[0]);
    if (err == 0) {
        err = xattr_name_in(a[1], name);
    }
    if (err != 0) {
        return err;
    }
    switch (on) {
    case XA_PATH: return sys_ret(removexattr(o.path, name));
    case XA_LPATH: return sys_ret(lremovexattr(o.path, name));
    default: return sys_ret(fremovexattr(o.fd, name));
    }
}

int64_t sys_setxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_set(a, XA_PATH);
}

int64_t sys_lsetxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_set(a, XA_LPATH);
}

int64_t sys_fsetxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_set(a, XA_FD);
}

int64_t sys_getxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_get(a, XA_PATH);
}

int64_t sys_lgetxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_get(a, XA_LPATH);
}

int64_t sys_fgetxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_get(a, XA_FD);
}

int64_t sys_listxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_list(a, XA_PATH);
}

int64_t sys_llistxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_list(a, XA_LPATH);
}

int64_t sys_flistxattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_list(a, XA_FD);
}

int64_t sys_removexattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_remove(a, XA_PATH);
}

int64_t sys_lremovexattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_remove(a, XA_LPATH);
}

int64_t sys_fremovexattr(struct cpu *cpu, const uint64_t a[6])
{
    return xattr_remove(a, XA_FD);
}
