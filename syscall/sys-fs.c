/* SPDX-License-Identifier: MIT */
/*
 * Calls that take a path: open, access, mkdir/unlink/rename/link, chmod,
 * chown, utimes, readlink, chdir/getcwd, truncate.  Paths are copied from
 * the guest and resolved by sys_get_path() (sysroot, /proc/self/exe).
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sys-internal.h"
#include "syscall/safe-syscall.h"

int64_t sys_openat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_strcpy(a[1], path, SYS_PATH_MAX);
    if (r < 0) {
        return r;
    }
    int flags = sys_oflags_to_host(sys_quirks(), (uint32_t)a[2]);
    /* /proc/self/maps, cpuinfo, ...: the guest's, not the emulator's. */
    if (sys_proc_open(path, flags, &r)) {
        return r;
    }
    sys_resolve_path(path);
    return sys_ret(safe_syscall(SYS_openat, sys_dirfd(a[0]), path, flags,
                                (mode_t)a[3]));
}

/* faccessat has no flags argument in the kernel; faccessat2 has. */
int64_t sys_faccessat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_faccessat, sys_dirfd(a[0]), path, (int)a[2]));
}

int64_t sys_faccessat2(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_faccessat2, sys_dirfd(a[0]), path, (int)a[2],
                           (int)a[3]));
}

int64_t sys_mkdirat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(mkdirat(sys_dirfd(a[0]), path, (mode_t)a[2]));
}

int64_t sys_mknodat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(mknodat(sys_dirfd(a[0]), path, (mode_t)a[2],
                           (dev_t)(uint32_t)a[3]));
}

int64_t sys_unlinkat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(unlinkat(sys_dirfd(a[0]), path, (int)a[2]));
}

int64_t sys_symlinkat(struct cpu *cpu, const uint64_t a[6])
{
    char target[SYS_PATH_MAX], path[SYS_PATHBUF];
    /* The target is link content, not a lookup: no sysroot for it. */
    int64_t r = sys_strcpy(a[0], target, sizeof(target));
    if (r < 0 || (r = sys_get_path(a[2], path)) < 0) {
        return r;
    }
    return sys_ret(symlinkat(target, sys_dirfd(a[1]), path));
}

int64_t sys_linkat(struct cpu *cpu, const uint64_t a[6])
{
    char from[SYS_PATHBUF], to[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], from);
    if (r < 0 || (r = sys_get_path(a[3], to)) < 0) {
        return r;
    }
    return sys_ret(linkat(sys_dirfd(a[0]), from, sys_dirfd(a[2]), to,
                          (int)a[4]));
}

int64_t sys_renameat2(struct cpu *cpu, const uint64_t a[6])
{
    char from[SYS_PATHBUF], to[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], from);
    if (r < 0 || (r = sys_get_path(a[3], to)) < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_renameat2, sys_dirfd(a[0]), from,
                           sys_dirfd(a[2]), to, (unsigned)a[4]));
}

int64_t sys_renameat(struct cpu *cpu, const uint64_t a[6])
{
    uint64_t b[6] = {a[0], a[1], a[2], a[3], 0, 0};
    return sys_renameat2(cpu, b);
}

int64_t sys_fchmod(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(fchmod((int)a[0], (mode_t)a[1]));
}

int64_t sys_fchmodat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    /* The kernel call has no flags (libc's fchmodat does). */
    return sys_ret(syscall(SYS_fchmodat, sys_dirfd(a[0]), path,
                           (mode_t)a[2]));
}

int64_t sys_fchown(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]));
}

int64_t sys_fchownat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[1], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(fchownat(sys_dirfd(a[0]), path, (uid_t)a[2], (gid_t)a[3],
                            (int)a[4]));
}

int64_t sys_utimensat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    const char *p = NULL;
    const void *times = NULL;

    /* A NULL path is the futimens() form: the kernel takes it as is. */
    if (a[1] != 0) {
        int64_t r = sys_get_path(a[1], path);
        if (r < 0) {
            return r;
        }
        p = path;
    }
    if (a[2] != 0 && (times = sys_lock(a[2], 32, SYS_R)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_utimensat, sys_dirfd(a[0]), p, times,
                           (int)a[3]));
}

int64_t sys_readlinkat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    char *buf = sys_lock(a[2], a[3], SYS_W);
    int64_t r = sys_strcpy(a[1], path, SYS_PATH_MAX);

    if (r < 0) {
        return r;
    }
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    if ((int64_t)a[3] <= 0) {
        return -GUEST_EINVAL;
    }
    if (sys_proc.exe_path != NULL && sys_is_proc_exe(path)) {
        /* The guest program, not the emulator; no NUL, like readlink. */
        const char *exe = sys_guest_view(sys_proc.exe_path);
        size_t n = strlen(exe);
        n = n < a[3] ? n : (size_t)a[3];
        memcpy(buf, exe, n);
        return (int64_t)n;
    }
    if (sys_proc_self_entry(path) != NULL) {
        /* cwd, fd/N, ...: host paths; under the sysroot, the guest's. */
        char host[SYS_PATHBUF];
        ssize_t n = readlinkat(sys_dirfd(a[0]), path, host, sizeof(host) - 1);
        if (n < 0) {
            return sys_ret(-1);
        }
        host[n] = '\0';
        const char *view = host[0] == '/' ? sys_guest_view(host) : host;
        size_t len = strlen(view);
        len = len < a[3] ? len : (size_t)a[3];
        memcpy(buf, view, len);
        return (int64_t)len;
    }
    sys_resolve_path(path);
    return sys_ret(readlinkat(sys_dirfd(a[0]), path, buf, a[3]));
}

int64_t sys_chdir(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[0], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(chdir(path));
}

int64_t sys_fchdir(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(fchdir((int)a[0]));
}

int64_t sys_getcwd(struct cpu *cpu, const uint64_t a[6])
{
    /* The kernel call returns the length with the NUL, not the pointer. */
    char *buf = sys_lock(a[0], a[1], SYS_W);
    char cwd[SYS_PATHBUF];
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    long n = syscall(SYS_getcwd, cwd, sizeof(cwd));
    if (n < 0) {
        return sys_ret(n);
    }
    /* Under the sysroot, the guest's name for it. */
    const char *view = cwd[0] == '/' ? sys_guest_view(cwd) : cwd;
    size_t len = strlen(view) + 1;
    if (len > a[1]) {
        return -GUEST_ERANGE;
    }
    memmove(buf, view, len);
    return (int64_t)len;
}

int64_t sys_truncate(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    int64_t r = sys_get_path(a[0], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(truncate(path, (off_t)a[1]));
}

int64_t sys_umask(struct cpu *cpu, const uint64_t a[6])
{
    return umask((mode_t)a[0]);
}

int64_t sys_memfd_create(struct cpu *cpu, const uint64_t a[6])
{
    char name[256];
    int64_t r = sys_strcpy(a[0], name, sizeof(name));
    if (r < 0) {
        return r == -GUEST_ENAMETOOLONG ? -GUEST_EINVAL : r;
    }
    return sys_ret(syscall(SYS_memfd_create, name, (unsigned)a[1]));
}
