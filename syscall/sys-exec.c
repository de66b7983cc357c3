/* SPDX-License-Identifier: MIT */
/*
 * execve/execveat.  A guest ELF of a machine we emulate is run by a new
 * emulator process (sys_proc.emulator_path + emulator_args, "-0 argv0" to
 * keep argv[0]); host ELFs and #! scripts are exec'd natively (a script
 * whose interpreter is a guest ELF then goes through binfmt_misc).
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "syscall/sys-internal.h"
#include "target/abi.h"

/* Most strings we take from argv or envp (the kernel's limit is larger). */
#define EXEC_MAX_STRINGS 65536

static void free_strv(char **v)
{
    if (v != NULL) {
        for (char **p = v; *p != NULL; p++) {
            free(*p);
        }
        free(v);
    }
}

/* Copy a guest NULL-terminated array of strings; NULL array is empty. */
static int64_t copy_strv(uint64_t addr, char ***out)
{
    size_t n = 0;
    char **v = calloc(1, sizeof(*v));

    *out = NULL;
    for (; v != NULL && addr != 0; n++) {
        const uint64_t *p = sys_lock(addr + 8 * n, 8, SYS_R);
        if (p == NULL || n >= EXEC_MAX_STRINGS) {
            free_strv(v);
            return p == NULL ? -GUEST_EFAULT : -GUEST_E2BIG;
        }
        if (*p == 0) {
            break;
        }
        char **nv = realloc(v, (n + 2) * sizeof(*v));
        char *s = nv != NULL ? sys_strdup(*p) : NULL;
        if (nv == NULL || s == NULL) {
            free_strv(nv != NULL ? nv : v);
            return -GUEST_EFAULT;
        }
        v = nv;
        v[n] = s;
        v[n + 1] = NULL;
    }
    if (v == NULL) {
        return -GUEST_ENOMEM;
    }
    *out = v;
    return 0;
}

/* Is path an ELF for a guest machine we emulate? */
static bool is_guest_elf(const char *path)
{
    Elf64_Ehdr eh;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0) {
        return false;
    }
    ssize_t n = read(fd, &eh, sizeof(eh));
    close(fd);
    if (n < (ssize_t)sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
        eh.e_ident[EI_CLASS] != ELFCLASS64) {
        return false;
    }
    return guest_abi_for_machine(eh.e_machine) != NULL;
}

/* argv for the emulator: emu [args] [-0 argv0] path argv[1..]. */
static char **emulator_argv(const char *path, char **argv)
{
    size_t ne = 0, na = 0;
    while (sys_proc.emulator_args != NULL && sys_proc.emulator_args[ne]) {
        ne++;
    }
    while (argv[na] != NULL) {
        na++;
    }
    char **v = calloc(ne + na + 5, sizeof(*v));
    size_t k = 0;
    if (v == NULL) {
        return NULL;
    }
    v[k++] = (char *)(sys_proc.emulator_path ? sys_proc.emulator_path
                                             : "/proc/self/exe");
    for (size_t i = 0; i < ne; i++) {
        v[k++] = sys_proc.emulator_args[i];
    }
    if (na > 0) {
        v[k++] = (char *)"-0";
        v[k++] = argv[0];
    }
    v[k++] = (char *)path;
    for (size_t i = 1; i < na; i++) {
        v[k++] = argv[i];
    }
    v[k] = NULL;
    return v;
}

/* Linux's BINPRM_BUF_SIZE: how much of a "#!" line it reads. */
#define SHEBANG_MAX 256

/*
 * The "#!interpreter [argument]" line of a script, split as Linux's
 * binfmt_script does (one optional argument: the rest of the line,
 * trimmed).  True with interp and arg (maybe ""), false if path is not a
 * script.
 */
static bool read_shebang(const char *path, char *interp, char *arg)
{
    char buf[SHEBANG_MAX + 1];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    ssize_t n = read(fd, buf, SHEBANG_MAX);
    close(fd);
    if (n < 3 || buf[0] != '#' || buf[1] != '!') {
        return false;
    }
    buf[n] = '\0';
    buf[strcspn(buf, "\n")] = '\0';
    char *p = buf + 2;
    p += strspn(p, " \t");
    size_t len = strcspn(p, " \t");
    if (len == 0) {
        return false;
    }
    memcpy(interp, p, len);
    interp[len] = '\0';
    p += len;
    p += strspn(p, " \t");
    len = strlen(p);
    while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t')) {
        len--;
    }
    memcpy(arg, p, len);
    arg[len] = '\0';
    return true;
}

/*
 * The program path to give the new emulator, which looks it up again as a
 * guest path: the guest's own name for it (it becomes AT_EXECFN and comm,
 * as the kernel would make them), except /proc/self/exe and the like,
 * which name the emulator itself once it runs: then the host path.
 */
static const char *emulator_path_arg(const char *host, const char *guest)
{
    return sys_is_proc_exe(guest) ? host : guest;
}

/* Run the guest ELF at path under a new emulator. */
static int64_t exec_guest(const char *path, char **argv, char **envp)
{
    /*
     * Started by binfmt_misc's F flag in a chroot that has neither this
     * emulator nor /proc (debootstrap's second stage before it mounts
     * /proc): only the kernel can start the next one, through
     * binfmt_misc again, as with qemu-user.
     */
    if (sys_proc.emulator_path == NULL &&
        access("/proc/self/exe", X_OK) != 0) {
        strace_interrupt(" = ?");
        sys_flush_logs();
        sys_vfork_sync();
        return sys_ret(execve(path, argv, envp));
    }
    char **ev = emulator_argv(path, argv);
    if (ev == NULL) {
        return -GUEST_ENOMEM;
    }
    strace_interrupt(" = ?");
    sys_flush_logs();
    sys_vfork_sync();
    int64_t r = sys_ret(execve(ev[0], ev, envp));
    free(ev);
    return r;
}

/*
 * A script whose interpreter is a guest ELF (looked up like any guest
 * path: under the sysroot first): the kernel would run the host's file
 * of that name, so start the interpreter ourselves with Linux's argv:
 * interpreter as written, its argument if any, the script as the guest
 * named it, then argv[1..].  false (nothing done) for other files.
 */
static bool exec_script(const char *path, const char *guest_path,
                        char **argv, char **envp, int64_t *ret)
{
    char interp[SYS_PATHBUF], arg[SHEBANG_MAX];
    if (!read_shebang(path, interp, arg)) {
        return false;
    }
    char host_interp[SYS_PATHBUF];
    snprintf(host_interp, sizeof(host_interp), "%s", interp);
    sys_resolve_path(host_interp);
    if (!is_guest_elf(host_interp)) {
        return false;
    }
    size_t na = 0;
    while (argv[na] != NULL) {
        na++;
    }
    char **v = calloc(na + 4, sizeof(*v));
    if (v == NULL) {
        *ret = -GUEST_ENOMEM;
        return true;
    }
    size_t k = 0;
    v[k++] = interp;
    if (arg[0] != '\0') {
        v[k++] = arg;
    }
    v[k++] = (char *)guest_path;
    for (size_t i = 1; i < na; i++) {
        v[k++] = argv[i];
    }
    v[k] = NULL;
    *ret = exec_guest(emulator_path_arg(host_interp, interp), v, envp);
    free(v);
    return true;
}

/* path: the host path to run; guest_path: as the guest named it. */
static int64_t do_exec(const char *path, const char *guest_path,
                       uint64_t gargv, uint64_t genvp)
{
    char **argv, **envp;
    int64_t r = copy_strv(gargv, &argv);
    if (r < 0) {
        return r;
    }
    if ((r = copy_strv(genvp, &envp)) < 0) {
        free_strv(argv);
        return r;
    }
    if (access(path, F_OK) < 0) {
        r = sys_ret(-1);
    } else if (access(path, X_OK) < 0) {
        r = -GUEST_EACCES;
    } else if (is_guest_elf(path)) {
        r = exec_guest(emulator_path_arg(path, guest_path), argv, envp);
    } else if (exec_script(path, guest_path, argv, envp, &r)) {
        /* r is set: the exec failed */
    } else {
        strace_interrupt(" = ?");
        sys_flush_logs();
        sys_vfork_sync();
        r = sys_ret(execve(path, argv, envp));
    }
    free_strv(argv);
    free_strv(envp);
    return r;
}

int64_t sys_execve(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF], guest[SYS_PATH_MAX];
    int64_t r = sys_strcpy(a[0], guest, sizeof(guest));
    if (r < 0) {
        return r;
    }
    memcpy(path, guest, (size_t)r + 1);
    sys_resolve_path(path);
    return do_exec(path, guest, a[1], a[2]);
}

#define GUEST_AT_FDCWD (-100)
#define GUEST_AT_EMPTY_PATH 0x1000

/*
 * host and guest names of the file open at fd, for execveat(fd, "",
 * AT_EMPTY_PATH): /proc/self/fd/N, which the new emulator opens itself,
 * unless fd is close-on-exec (fexecve of an fd from Python's os.open):
 * it is gone by then, so the path it was opened at, while that still
 * names it.
 */
static void exec_fd_paths(int fd, char *host, char *guest, size_t size)
{
    char target[SYS_PATHBUF];
    snprintf(host, size, "/proc/self/fd/%d", fd);
    snprintf(guest, size, "%s", host);
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0 || !(fl & FD_CLOEXEC)) {
        return;
    }
    ssize_t n = readlink(host, target, sizeof(target) - 1);
    if (n <= 0 || target[0] != '/') {
        return;
    }
    target[n] = '\0';
    if (access(target, F_OK) == 0) {
        snprintf(host, size, "%s", target);
        snprintf(guest, size, "%s", sys_guest_view(target));
    }
}

int64_t sys_execveat(struct cpu *cpu, const uint64_t a[6])
{
    char rel[SYS_PATHBUF], path[SYS_PATHBUF + 64], guest[SYS_PATHBUF + 64];
    int dfd = sys_dirfd(a[0]);
    int64_t r = sys_get_path(a[1], rel);
    if (r < 0) {
        return r;
    }
    /* Name the file by a path the new emulator can open itself. */
    if (rel[0] == 0 && (a[4] & GUEST_AT_EMPTY_PATH)) {
        exec_fd_paths(dfd, path, guest, sizeof(path));
        return do_exec(path, guest, a[2], a[3]);
    } else if (rel[0] == '/' || dfd == GUEST_AT_FDCWD) {
        snprintf(path, sizeof(path), "%s", rel);
    } else {
        snprintf(path, sizeof(path), "/proc/self/fd/%d/%s", dfd, rel);
    }
    return do_exec(path, path, a[2], a[3]);
}
