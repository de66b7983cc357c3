/* SPDX-License-Identifier: MIT */
/*
 * Opening the emulated /proc files: the content is written once, at
 * open(), into a memfd that the guest then reads, seeks and maps like the
 * real file.  For /proc/self/X, /proc/thread-self/X and /proc/<our pid or
 * tid>/X (sys_proc_self_entry), and /proc/cpuinfo.  Other processes'
 * files are the host's: a child under its own emulator answers for itself.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/proc.h"
#include "syscall/sys-internal.h"

struct proc_entry {
    const char *name;
    proc_fill_fn *fill;
};

/* Under /proc/self/. */
static const struct proc_entry proc_self[] = {
    {"maps", proc_maps},
    {"smaps", proc_smaps},
    {"auxv", proc_auxv},
    {"cmdline", proc_cmdline},
    {"environ", proc_environ},
    {"stat", proc_stat},
};

/* Directly under /proc/. */
static const struct proc_entry proc_top[] = {
    {"cpuinfo", proc_cpuinfo},
};

static proc_fill_fn *proc_lookup(const struct proc_entry *t, size_t n,
                                 const char *name)
{
    for (size_t k = 0; k < n; k++) {
        if (strcmp(t[k].name, name) == 0) {
            return t[k].fill;
        }
    }
    return NULL;
}

/* A read-only memfd holding what fill writes; fd or -GUEST_E*. */
static int64_t proc_materialize(const char *name, proc_fill_fn *fill,
                                int flags)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f == NULL) {
        return -GUEST_ENOMEM;
    }
    int err = fill(f);
    if (fclose(f) != 0 && err == 0) {
        err = -GUEST_ENOMEM;
    }
    if (err != 0) {
        free(buf);
        return err;
    }
    unsigned mfd = (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0;
    int fd = (int)syscall(SYS_memfd_create, name, mfd | MFD_ALLOW_SEALING);
    if (fd < 0) {
        free(buf);
        return sys_ret(fd);
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, buf + done, len - done);
        if (w <= 0) {
            free(buf);
            close(fd);
            return -GUEST_EIO;
        }
        done += (size_t)w;
    }
    free(buf);
    /* Sealed like the real file is read-only; reads start at 0. */
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE |
                               F_SEAL_SEAL);
    lseek(fd, 0, SEEK_SET);
    if (flags & O_NONBLOCK) {
        fcntl(fd, F_SETFL, O_NONBLOCK);
    }
    return fd;
}

bool sys_proc_open(const char *path, int flags, int64_t *ret)
{
    proc_fill_fn *fill = NULL;
    const char *name = sys_proc_self_entry(path);

    if (name != NULL) {
        fill = proc_lookup(proc_self, sizeof(proc_self) / sizeof(proc_self[0]),
                           name);
    } else if (strncmp(path, "/proc/", 6) == 0) {
        name = path + 6;
        fill = proc_lookup(proc_top, sizeof(proc_top) / sizeof(proc_top[0]),
                           name);
    }
    if (fill == NULL || sys_proc.abi == NULL) {
        return false;
    }
    if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_CREAT)) {
        *ret = -GUEST_EACCES;
    } else if (flags & O_DIRECTORY) {
        *ret = -GUEST_ENOTDIR;
    } else {
        *ret = proc_materialize(name, fill, flags);
    }
    return true;
}
