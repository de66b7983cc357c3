/* SPDX-License-Identifier: MIT */
/*
 * stat family: fstat/newfstatat convert to the asm-generic struct stat,
 * statfs/fstatfs to its statfs; statx has one layout everywhere and is
 * passed through.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/guest-types.h"
#include "syscall/sys-internal.h"

/* The kernel's struct statx size (linux/stat.h). */
#define GUEST_STATX_SIZE 256
#define GUEST_AT_EMPTY_PATH 0x1000
#define GUEST_AT_SYMLINK_NOFOLLOW 0x100

static int64_t stat_out(uint64_t addr, const struct stat *st)
{
    struct guest_stat *g = sys_lock(addr, sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    conv_stat_to_guest(g, st);
    return 0;
}

int64_t sys_fstat(struct cpu *cpu, const uint64_t a[6])
{
    struct stat st;
    if (fstat((int)a[0], &st) < 0) {
        return sys_ret(-1);
    }
    return stat_out(a[1], &st);
}

/*
 * Copy the path argument of an *at call; a NULL path with AT_EMPTY_PATH
 * means "" (newer kernels allow it).  lstat of /proc/self/exe is the
 * host's symbolic link (ls -l shows a link, whose target readlink gives
 * as the guest program), not the program it points to.
 */
static int64_t at_path(uint64_t addr, uint64_t flags, char *out)
{
    if (addr == 0 && (flags & GUEST_AT_EMPTY_PATH)) {
        out[0] = 0;
        return 0;
    }
    if (flags & GUEST_AT_SYMLINK_NOFOLLOW) {
        int64_t r = sys_strcpy(addr, out, SYS_PATH_MAX);
        if (r >= 0 && !sys_is_proc_exe(out)) {
            sys_resolve_path(out);
        }
        return r < 0 ? r : 0;
    }
    return sys_get_path(addr, out);
}

int64_t sys_newfstatat(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    struct stat st;
    int64_t r = at_path(a[1], a[3], path);
    if (r < 0) {
        return r;
    }
    if (fstatat(sys_dirfd(a[0]), path, &st, (int)a[3]) < 0) {
        return sys_ret(-1);
    }
    return stat_out(a[2], &st);
}

int64_t sys_statx(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    void *buf = sys_lock(a[4], GUEST_STATX_SIZE, SYS_W);
    int64_t r = at_path(a[1], a[2], path);
    if (r < 0) {
        return r;
    }
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(SYS_statx, sys_dirfd(a[0]), path, (int)a[2],
                           (unsigned)a[3], buf));
}

static int64_t statfs_out(uint64_t addr, const struct statfs *st)
{
    struct guest_statfs *g = sys_lock(addr, sizeof(*g), SYS_W);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    conv_statfs_to_guest(g, st);
    return 0;
}

int64_t sys_statfs(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    struct statfs st;
    int64_t r = sys_get_path(a[0], path);
    if (r < 0) {
        return r;
    }
    if (statfs(path, &st) < 0) {
        return sys_ret(-1);
    }
    return statfs_out(a[1], &st);
}

int64_t sys_fstatfs(struct cpu *cpu, const uint64_t a[6])
{
    struct statfs st;
    if (fstatfs((int)a[0], &st) < 0) {
        return sys_ret(-1);
    }
    return statfs_out(a[1], &st);
}
