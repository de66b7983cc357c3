/* SPDX-License-Identifier: MIT */
/*
 * The file system tree: mount, umount2, pivot_root and chroot.  Paths go
 * through the guest's path rules (sys_get_path: the -L sysroot first); a
 * mount source is a path when it is absolute (bind and move mounts, a
 * block device), a name otherwise ("proc", "tmpfs").  The MS_* flags are
 * the same on every Linux ABI.  Without privilege the host says EPERM, as
 * Linux would to the guest.
 *
 * chroot: -L says where the guest's "/" is; after a chroot the guest's
 * "/" is the new root, which the host process now has too, so the
 * sysroot prefix no longer applies: paths are then the host's own, and a
 * guest execve passes no -L on (debootstrap's second stage, a chroot into
 * the sysroot's target directory, then finds its programs in the chroot).
 * The emulator binary may not exist inside the new root: then execve
 * runs it as /proc/self/exe, which needs /proc mounted there (as
 * debootstrap's second stage does first) and, for a dynamically linked
 * xrun, its host libraries in the new root: chroots want the static
 * build, as they want qemu-user-static.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

#define PAGE 4096u

/* A NUL-terminated guest string of at most one page, or NULL for 0. */
static int64_t get_string(uint64_t addr, char *buf, const char **out)
{
    *out = NULL;
    if (addr == 0) {
        return 0;
    }
    int64_t r = sys_strcpy(addr, buf, PAGE);
    if (r < 0) {
        return r;
    }
    *out = buf;
    return 0;
}

/*
 * Mount data: Linux copies up to a page, less if the page after the
 * pointer's is unmapped.  The copy keeps the host from reading past the
 * guest's memory.
 */
static int64_t get_mount_data(uint64_t addr, char *buf)
{
    uint64_t first = PAGE - (addr & (PAGE - 1));
    const void *whole = sys_lock(addr, PAGE, SYS_R);
    const void *part = sys_lock(addr, first, SYS_R);
    memset(buf, 0, PAGE);
    if (part == NULL) {
        return -GUEST_EFAULT;
    }
    memcpy(buf, whole != NULL ? whole : part, whole != NULL ? PAGE : first);
    return 0;
}

int64_t sys_mount(struct cpu *cpu, const uint64_t a[6])
{
    char src[SYS_PATHBUF], target[SYS_PATHBUF], type[PAGE], data[PAGE];
    const char *srcp, *typep = NULL;
    int64_t r = get_string(a[0], src, &srcp);

    if (r == 0 && srcp != NULL && src[0] == '/') {
        sys_resolve_path(src);
    }
    if (r == 0) {
        r = sys_get_path(a[1], target);
    }
    if (r == 0) {
        r = get_string(a[2], type, &typep);
    }
    if (r == 0 && a[4] != 0) {
        r = get_mount_data(a[4], data);
    }
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_mount, srcp, target, typep,
                           (unsigned long)a[3], a[4] != 0 ? data : NULL));
}

int64_t sys_umount2(struct cpu *cpu, const uint64_t a[6])
{
    char target[SYS_PATHBUF];
    int64_t r = sys_get_path(a[0], target);
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_umount2, target, (int)a[1]));
}

int64_t sys_pivot_root(struct cpu *cpu, const uint64_t a[6])
{
    char new_root[SYS_PATHBUF], put_old[SYS_PATHBUF];
    int64_t r = sys_get_path(a[0], new_root);
    if (r == 0) {
        r = sys_get_path(a[1], put_old);
    }
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_pivot_root, new_root, put_old));
}

/* Drop "-L dir" from the options a guest execve passes to xrun. */
static void drop_sysroot_option(void)
{
    char **v = sys_proc.emulator_args;
    for (size_t i = 0; v != NULL && v[i] != NULL; i++) {
        if (strcmp(v[i], "-L") == 0 && v[i + 1] != NULL) {
            size_t j = i;
            do {
                v[j] = v[j + 2];
            } while (v[j++] != NULL);
            return;
        }
    }
}

int64_t sys_chroot(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    struct stat before, after;
    int64_t r = sys_get_path(a[0], path);
    if (r < 0) {
        return r;
    }
    bool known = stat("/", &before) == 0;
    if (syscall(SYS_chroot, path) != 0) {
        return sys_ret(-1);
    }
    /* chroot("/") and the like change nothing, the sysroot included. */
    if (known && stat("/", &after) == 0 && after.st_dev == before.st_dev &&
        after.st_ino == before.st_ino) {
        return 0;
    }
    if (sys_proc.sysroot != NULL) {
        sys_proc.sysroot = NULL;
        drop_sysroot_option();
    }
    if (sys_proc.emulator_path != NULL &&
        access(sys_proc.emulator_path, X_OK) != 0) {
        sys_proc.emulator_path = NULL;   /* sys-exec.c: /proc/self/exe */
    }
    return 0;
}
