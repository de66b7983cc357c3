/* SPDX-License-Identifier: MIT */
/*
 * Guest paths as the guest sees them: /proc/self/exe names the guest
 * program (not the emulator), and with -L an absolute path that exists
 * under the sysroot is taken from there, as qemu-user does, so a guest's
 * dynamic loader and libraries are found.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

bool sys_is_proc_exe(const char *path)
{
    char own[40];

    if (strncmp(path, "/proc/", 6) != 0) {
        return false;
    }
    if (strcmp(path, "/proc/self/exe") == 0 ||
        strcmp(path, "/proc/thread-self/exe") == 0) {
        return true;
    }
    snprintf(own, sizeof(own), "/proc/%d/exe", (int)getpid());
    return strcmp(path, own) == 0;
}

void sys_resolve_path(char *path)
{
    char full[SYS_PATHBUF];

    if (sys_proc.exe_path != NULL && sys_is_proc_exe(path)) {
        snprintf(path, SYS_PATHBUF, "%s", sys_proc.exe_path);
        return;
    }
    /* "/" itself stays the host root: the guest still lists the real one. */
    if (sys_proc.sysroot == NULL || path[0] != '/' || path[1] == 0) {
        return;
    }
    int n = snprintf(full, sizeof(full), "%s%s", sys_proc.sysroot, path);
    if (n > 0 && n < SYS_PATHBUF && access(full, F_OK) == 0) {
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
