/* SPDX-License-Identifier: MIT */
/*
 * Filling struct sys_process (syscall/syscall.h), the facts the syscall
 * layer needs: the ABI, /proc/self/exe, the sysroot, the auxv, and how to
 * run this emulator again when the guest execve()s another guest ELF.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "elfload/elf.h"
#include "linux-user/guest-mm.h"
#include "linux-user/lu.h"
#include "syscall/syscall.h"
#include "translator/log.h"

static char *lu_strdup(const char *s)
{
    char *d = strdup(s);
    if (d == NULL) {
        fatal("out of memory");
    }
    return d;
}

/* The absolute, symlink-free path of path (what /proc/self/exe shows). */
static char *lu_absolute(const char *path)
{
    char buf[PATH_MAX], cwd[PATH_MAX];
    if (realpath(path, buf) != NULL) {
        return lu_strdup(buf);
    }
    if (path[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL &&
        snprintf(buf, sizeof(buf), "%s/%s", cwd, path) < (int)sizeof(buf)) {
        return lu_strdup(buf);
    }
    return lu_strdup(path);
}

/*
 * Our own binary.  When run as xrun-<arch>, prefer the plain xrun next to
 * it if it is the same file: it picks the guest from each ELF, so a guest
 * may exec a program of another guest architecture.
 */
static char *lu_emulator_path(void)
{
    char self[PATH_MAX], plain[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (n <= 0) {
        return NULL;
    }
    self[n] = '\0';
    char *slash = strrchr(self, '/');
    struct stat a, b;
    /*
     * Started in a chroot through binfmt_misc's F flag, the binary is not
     * reachable by its name (or another file has it): NULL, so a guest
     * execve runs /proc/self/exe, which always is this file.
     */
    if (stat("/proc/self/exe", &a) != 0 || stat(self, &b) != 0 ||
        a.st_dev != b.st_dev || a.st_ino != b.st_ino) {
        return NULL;
    }
    if (slash != NULL && strncmp(slash + 1, "xrun-", 5) == 0 &&
        snprintf(plain, sizeof(plain), "%.*s/xrun", (int)(slash - self),
                 self) < (int)sizeof(plain) &&
        stat(self, &a) == 0 && stat(plain, &b) == 0 &&
        a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
        return lu_strdup(plain);
    }
    return lu_strdup(self);
}

/* The -d list equivalent to log_mask, strace apart; NULL if empty. */
static char *lu_log_list(void)
{
    static const char *const names[LOG__COUNT] = {
#define LOG_CAT(id, name, help) [LOG_##id] = name,
#include "translator/log-categories.def"
#undef LOG_CAT
    };
    char buf[256] = "";
    for (int k = 0; k < LOG__COUNT; k++) {
        if (k != LOG_STRACE && log_enabled((enum log_cat)k)) {
            size_t used = strlen(buf);
            snprintf(buf + used, sizeof(buf) - used, "%s%s",
                     used ? "," : "", names[k]);
        }
    }
    return buf[0] ? lu_strdup(buf) : NULL;
}

/*
 * Options for a guest execve() of another guest ELF: the same sysroot,
 * engine and logging.  Not -D (the child would truncate the log), -E/-U/-0
 * (they were for this image) or -cpu (the child's guest may differ).
 */
static char **lu_emulator_args(const struct lu_options *o)
{
    char **v = calloc(8, sizeof(*v));
    size_t k = 0;
    char *log = lu_log_list();
    if (v == NULL) {
        fatal("out of memory");
    }
    if (o->sysroot != NULL) {
        v[k++] = (char *)"-L";
        v[k++] = (char *)o->sysroot;
    }
    v[k++] = (char *)"-accel";
    v[k++] = (char *)o->accel;
    if (log != NULL) {
        v[k++] = (char *)"-d";
        v[k++] = log;
    }
    if (log_enabled(LOG_STRACE)) {
        v[k++] = (char *)"-strace";
    }
    v[k] = NULL;
    return v;
}

/* The guest string at addr: its end (after the NUL), or addr if unreadable. */
static uint64_t lu_guest_str_end(uint64_t addr)
{
    uint64_t at = addr;
    while (gmm_access_ok(at, 1, PROT_READ)) {
        if (*(const char *)g2h(at++) == '\0') {
            return at;
        }
    }
    return addr;
}

/* The guest pointer at addr, 0 if unreadable. */
static uint64_t lu_guest_ptr(uint64_t addr)
{
    uint64_t v = 0;
    if (gmm_access_ok(addr, 8, PROT_READ)) {
        memcpy(&v, g2h(addr), 8);
    }
    return v;
}

/*
 * Where the argv and environment strings are, as Linux records them for
 * /proc/self/cmdline and environ: the initial stack holds argc, argv[],
 * NULL, envp[], NULL and the strings of each lie back to back.
 */
static void lu_stack_strings(uint64_t sp)
{
    uint64_t argc = lu_guest_ptr(sp), at = sp + 8;
    uint64_t first = 0, last = 0;
    for (uint64_t k = 0; k < argc && k < (1u << 20); k++, at += 8) {
        last = lu_guest_ptr(at);
        first = k == 0 ? last : first;
    }
    sys_proc.arg_start = first;
    sys_proc.arg_end = last ? lu_guest_str_end(last) : first;
    at += 8; /* argv's NULL */
    first = last = 0;
    for (uint64_t p; (p = lu_guest_ptr(at)) != 0; at += 8) {
        last = p;
        first = first ? first : p;
    }
    sys_proc.env_start = first ? first : sys_proc.arg_end;
    sys_proc.env_end = last ? lu_guest_str_end(last) : sys_proc.env_start;
}

void lu_process_setup(const struct lu_options *o,
                      const struct guest_abi *abi, const char *path,
                      const struct elf_process *proc)
{
    sys_proc.abi = abi;
    sys_proc.exe_path = lu_absolute(path);
    sys_proc.sysroot = o->sysroot;
    sys_proc.emulator_path = lu_emulator_path();
    sys_proc.emulator_args = lu_emulator_args(o);
    sys_proc.auxv_addr = proc->auxv_addr;
    sys_proc.auxv_len = proc->auxv_len;
    sys_proc.stack_start = proc->sp;
    lu_stack_strings(proc->sp);
    /* comm is the program's name, as execve() of it would have set. */
    const char *base = strrchr(path, '/');
    prctl(PR_SET_NAME, base != NULL ? base + 1 : path, 0, 0, 0);
}
