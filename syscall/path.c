/* SPDX-License-Identifier: MIT */
/*
 * Guest paths as the guest sees them, one rule for every call that takes
 * a path (open, stat, access, readlink, execve, chdir, mkdir, ...):
 *  - /proc/self/exe (and /proc/<our pid>/exe, /proc/thread-self/exe) is
 *    the guest program, not the emulator;
 *  - with -L, an absolute path is looked up under the sysroot first and on
 *    the host when the sysroot has nothing there, as qemu-user does, so a
 *    guest's dynamic loader, libraries, /etc and /usr/share are the
 *    guest's own; a path to be created goes to the sysroot when its
 *    directory is only there;
 *  - /proc, /dev, /sys and /tmp are the host's, always (a sysroot has
 *    empty directories of those names); so is "/" itself;
 *  - relative paths are the kernel's business (the cwd is a host path).
 * The reverse, sys_guest_view(), shows a host path under the sysroot as
 * the guest path that leads to it (/proc/self/exe, maps, getcwd).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

/* After "task/<tid>/" of one of our threads: what follows; else e. */
static const char *proc_task_entry(const char *e)
{
    char own[40];
    if (strncmp(e, "task/", 5) != 0) {
        return e;
    }
    int n = snprintf(own, sizeof(own), "/proc/self/task/%.*s",
                     (int)strspn(e + 5, "0123456789"), e + 5);
    struct stat st;
    const char *rest = e + 5 + strspn(e + 5, "0123456789");
    if (rest == e + 5 || *rest != '/' || n >= (int)sizeof(own) ||
        stat(own, &st) != 0) {
        return e;
    }
    return rest + 1;
}

/* Is path /proc/<what> for this process: self, thread-self, our pid/tid? */
static const char *proc_self_entry(const char *path)
{
    static const char *const selves[] = {"/proc/self/", "/proc/thread-self/"};
    char own[40];

    if (strncmp(path, "/proc/", 6) != 0) {
        return NULL;
    }
    for (size_t k = 0; k < sizeof(selves) / sizeof(selves[0]); k++) {
        size_t n = strlen(selves[k]);
        if (strncmp(path, selves[k], n) == 0) {
            return proc_task_entry(path + n);
        }
    }
    int pids[2] = {(int)getpid(), (int)gettid()};
    for (int k = 0; k < 2; k++) {
        int n = snprintf(own, sizeof(own), "/proc/%d/", pids[k]);
        if (strncmp(path, own, (size_t)n) == 0) {
            return proc_task_entry(path + n);
        }
    }
    return NULL;
}

const char *sys_proc_self_entry(const char *path)
{
    return proc_self_entry(path);
}

bool sys_is_proc_exe(const char *path)
{
    const char *e = proc_self_entry(path);
    return e != NULL && strcmp(e, "exe") == 0;
}

/* Trees the sysroot never shadows. */
static bool host_only(const char *path)
{
    static const char *const dirs[] = {"/proc", "/dev", "/sys", "/tmp"};

    while (path[0] == '/' && path[1] == '/') {
        path++;
    }
    if (path[1] == '\0') {
        return true; /* "/" */
    }
    for (size_t k = 0; k < sizeof(dirs) / sizeof(dirs[0]); k++) {
        size_t n = strlen(dirs[k]);
        if (strncmp(path, dirs[k], n) == 0 &&
            (path[n] == '\0' || path[n] == '/')) {
            return true;
        }
    }
    return false;
}

static bool exists_nofollow(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Is the directory part of path (up to the last '/') a directory? */
static bool parent_is_dir(const char *path)
{
    char buf[SYS_PATHBUF];
    struct stat st;
    const char *slash = strrchr(path, '/');

    if (slash == NULL || slash == path) {
        return true;
    }
    size_t n = (size_t)(slash - path);
    if (n >= sizeof(buf)) {
        return false;
    }
    memcpy(buf, path, n);
    buf[n] = '\0';
    return stat(buf, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * ".." in the root directory is the root itself (path_resolution(7)):
 * drop the leading "/.." (and "/.") components, which would otherwise
 * climb out of the sysroot ("/.." is "/" for os.path.ismount).
 */
static void drop_root_dotdot(char *path)
{
    char *p = path;

    for (;;) {
        if (p[0] == '/' && p[1] == '/') {
            p++;
        } else if (p[0] == '/' && p[1] == '.' && p[2] == '.' &&
                   (p[3] == '/' || p[3] == '\0')) {
            p += 3;
        } else if (p[0] == '/' && p[1] == '.' && (p[2] == '/' || p[2] == '\0')) {
            p += 2;
        } else {
            break;
        }
    }
    if (p == path) {
        return;
    }
    if (*p == '\0') {
        strcpy(path, "/");
    } else {
        memmove(path, p, strlen(p) + 1);
    }
}

void sys_resolve_path(char *path)
{
    char full[SYS_PATHBUF];

    if (sys_proc.exe_path != NULL && sys_is_proc_exe(path)) {
        snprintf(path, SYS_PATHBUF, "%s", sys_proc.exe_path);
        return;
    }
    if (sys_proc.sysroot == NULL || path[0] != '/') {
        return;
    }
    drop_root_dotdot(path);
    if (host_only(path)) {
        return;
    }
    int n = snprintf(full, sizeof(full), "%s%s", sys_proc.sysroot, path);
    if (n <= 0 || n >= SYS_PATHBUF) {
        return;
    }
    /* Under the sysroot if it is there, or if only the sysroot has the
     * directory it would be created in. */
    if (exists_nofollow(full) ||
        (!exists_nofollow(path) && !parent_is_dir(path) &&
         parent_is_dir(full))) {
        memcpy(path, full, (size_t)n + 1);
    }
}

int64_t sys_get_path(uint64_t addr, char *out)
{
    int64_t r = sys_strcpy(addr, out, SYS_PATH_MAX);

    if (r < 0) {
        return r;
    }
    sys_resolve_path(out);
    return 0;
}

char *sys_host_path(const char *guest_path)
{
    char buf[SYS_PATHBUF];

    if (strlen(guest_path) >= SYS_PATH_MAX) {
        return strdup(guest_path);
    }
    strcpy(buf, guest_path);
    sys_resolve_path(buf);
    return strdup(buf);
}

const char *sys_guest_view(const char *host_path)
{
    const char *root = sys_proc.sysroot;
    size_t n = root != NULL ? strlen(root) : 0;

    /* Only where looking the result up leads back here. */
    if (n > 0 && strncmp(host_path, root, n) == 0 && host_path[n] == '/' &&
        !host_only(host_path + n)) {
        return host_path + n;
    }
    return host_path;
}
