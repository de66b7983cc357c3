/* SPDX-License-Identifier: MIT */
/*
 * xrun-binfmt install|uninstall|status|conf: register xrun-ARCH with
 * binfmt_misc so that guest programs run when executed directly.  Entries
 * are named xrun-ARCH; entries of other names are never written to.
 * Exit status: 0 done, 1 error, 2 usage, 3 refused (another emulator's
 * entry handles the same programs and --force was not given).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "binfmt/binfmt.h"
#include "config.h"

#ifndef XRUN_BINDIR
#define XRUN_BINDIR "/usr/bin"
#endif
#define BF_DEFAULT_DIR "/proc/sys/fs/binfmt_misc"

struct bf_opts {
    const char *dir;           /* --binfmt-dir */
    const char *path;          /* --path: where xrun-ARCH are */
    bool persistent, preserve, credential, force;
    const struct bf_arch *arches[8];
    size_t n_arches;
};

static _Noreturn void bf_die(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("xrun-binfmt: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(status);
}

static void bf_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("xrun-binfmt: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void bf_usage(FILE *f)
{
    fprintf(f,
        "usage: xrun-binfmt install [--persistent|-p] [--preserve-argv0]\n"
        "                   [--credential] [--path DIR] [--binfmt-dir DIR]\n"
        "                   [--force] [ARCH...]\n"
        "       xrun-binfmt uninstall [--binfmt-dir DIR] [ARCH...]\n"
        "       xrun-binfmt status [--binfmt-dir DIR]\n"
        "       xrun-binfmt conf systemd|binfmts [options] ARCH\n"
        "ARCH: aarch64 (arm64), riscv64; default: all.  See xrun-binfmt(8).\n");
}

static void bf_parse(struct bf_opts *o, int argc, char **argv)
{
    o->dir = BF_DEFAULT_DIR;
    o->path = XRUN_BINDIR;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--persistent") == 0 || strcmp(a, "-p") == 0) {
            o->persistent = true;
        } else if (strcmp(a, "--preserve-argv0") == 0) {
            o->preserve = true;
        } else if (strcmp(a, "--credential") == 0) {
            o->credential = true;
        } else if (strcmp(a, "--force") == 0) {
            o->force = true;
        } else if (strcmp(a, "--path") == 0 ||
                   strcmp(a, "--binfmt-dir") == 0) {
            if (i + 1 == argc) {
                bf_die(2, "%s needs a directory", a);
            }
            *(a[2] == 'p' ? &o->path : &o->dir) = argv[++i];
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            bf_usage(stdout);
            exit(0);
        } else if (a[0] == '-') {
            bf_die(2, "unknown option '%s' (try --help)", a);
        } else {
            const struct bf_arch *arch = bf_arch_find(a);
            if (arch == NULL) {
                bf_die(2, "unknown architecture '%s' (aarch64, riscv64)", a);
            }
            if (o->n_arches < sizeof(o->arches) / sizeof(o->arches[0])) {
                o->arches[o->n_arches++] = arch;
            }
        }
    }
    if (o->n_arches == 0) {
        for (size_t k = 0; k < bf_n_arches; k++) {
            o->arches[o->n_arches++] = &bf_arches[k];
        }
    }
}

static void bf_need_mounted(const char *dir)
{
    if (!bf_mounted(dir)) {
        bf_die(1, "binfmt_misc is not mounted on %s: mount it with "
               "'mount -t binfmt_misc binfmt_misc %s'", dir, dir);
    }
}

/* One-line reason for a failed write to binfmt_misc. */
static const char *bf_why(int err)
{
    if (err == -EACCES || err == -EPERM) {
        return "permission denied (run as root)";
    }
    if (err == -EINVAL) {
        return "the kernel rejected the entry (invalid)";
    }
    return strerror(-err);
}

static void bf_flags(const struct bf_opts *o, char *flags)
{
    char *f = flags;
    if (o->preserve) {
        *f++ = 'P';
    }
    if (o->credential) {
        *f++ = 'C';   /* implies O */
    }
    if (o->persistent) {
        *f++ = 'F';
    }
    *f = '\0';
}

/* ":xrun-ARCH:M:0:MAGIC:MASK:INTERP:FLAGS" */
static void bf_line(const struct bf_opts *o, const struct bf_arch *a,
                    char *line, size_t size)
{
    char magic[4 * BF_MAGIC_LEN + 1], mask[4 * BF_MAGIC_LEN + 1], flags[8];
    bf_escape(magic, a->magic, BF_MAGIC_LEN);
    bf_escape(mask, a->mask, BF_MAGIC_LEN);
    bf_flags(o, flags);
    snprintf(line, size, ":xrun-%s:M:0:%s:%s:%s/xrun-%s:%s", a->name, magic,
             mask, o->path, a->name, flags);
}

/* Does the registered entry say the same as this install would? */
static bool bf_same(const struct bf_entry *e, const char *interp,
                    const char *flags)
{
    char want[8], have[8];
    size_t n = 0;
    /* The kernel lists the flags in its own order, with O for C. */
    for (const char *f = "POCF"; *f; f++) {
        if (strchr(flags, *f) || (*f == 'O' && strchr(flags, 'C'))) {
            want[n++] = *f;
        }
    }
    want[n] = '\0';
    n = 0;
    for (const char *f = "POCF"; *f; f++) {
        if (strchr(e->flags, *f)) {
            have[n++] = *f;
        }
    }
    have[n] = '\0';
    return strcmp(e->interp, interp) == 0 && strcmp(want, have) == 0;
}

/* Each entry of dir but register and status, for fn(entry, arg). */
static void bf_each_entry(const char *dir,
                          void (*fn)(const struct bf_entry *, void *),
                          void *arg)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        bf_die(1, "%s: %s", dir, strerror(errno));
    }
    struct dirent *de;
    struct bf_entry *e = malloc(sizeof(*e));
    if (e == NULL) {
        bf_die(1, "out of memory");
    }
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "register") == 0 ||
            strcmp(de->d_name, "status") == 0) {
            continue;
        }
        if (bf_entry_read(dir, de->d_name, e) == 0) {
            fn(e, arg);
        }
    }
    free(e);
    closedir(d);
}

struct bf_conflict {
    const struct bf_arch *arch;
    char ours[64];
    char names[512];          /* other emulators' entries, space separated */
};

static void bf_find_conflict(const struct bf_entry *e, void *arg)
{
    struct bf_conflict *c = arg;
    if (strcmp(e->name, c->ours) != 0 && bf_entry_overlaps(e, c->arch)) {
        size_t used = strlen(c->names);
        snprintf(c->names + used, sizeof(c->names) - used, "%s%s (%s)",
                 used ? ", " : "", e->name, e->interp);
    }
}

static int bf_install_one(const struct bf_opts *o, const struct bf_arch *a)
{
    char interp[4096], line[8192], entry[4352], flags[8];
    snprintf(interp, sizeof(interp), "%s/xrun-%s", o->path, a->name);
    bf_flags(o, flags);
    struct bf_conflict c = {.arch = a};
    snprintf(c.ours, sizeof(c.ours), "xrun-%s", a->name);
    bf_each_entry(o->dir, bf_find_conflict, &c);
    if (c.names[0] != '\0') {
        if (!o->force) {
            fprintf(stderr, "xrun-binfmt: %s programs are already handled "
                    "by %s: not replaced (--force registers %s in front "
                    "of it)\n", a->name, c.names, c.ours);
            return 3;
        }
        bf_warn("%s shadows %s for %s programs", c.ours, c.names, a->name);
    }
    snprintf(entry, sizeof(entry), "%s/%s", o->dir, c.ours);
    struct bf_entry old;
    if (bf_entry_read(o->dir, c.ours, &old) == 0) {
        if (bf_same(&old, interp, flags)) {
            printf("%s: already registered (%s, flags '%s')\n", c.ours,
                   interp, old.flags);
            return 0;
        }
        /* Ours, registered differently: binfmt_misc cannot update. */
        int err = bf_write_file(entry, "-1");
        if (err < 0) {
            fprintf(stderr, "xrun-binfmt: cannot remove the old %s: %s\n",
                    entry, bf_why(err));
            return 1;
        }
    }
    bf_line(o, a, line, sizeof(line));
    char reg[4352];
    snprintf(reg, sizeof(reg), "%s/register", o->dir);
    int err = bf_write_file(reg, line);
    if (err < 0) {
        fprintf(stderr, "xrun-binfmt: cannot register %s in %s: %s\n",
                c.ours, reg, bf_why(err));
        return 1;
    }
    printf("%s: registered %s with flags '%s'\n", c.ours, interp,
           flags[0] ? flags : "(none)");
    return 0;
}

static int bf_install(const struct bf_opts *o)
{
    bf_need_mounted(o->dir);
    if (strchr(o->path, ':') != NULL || o->path[0] != '/') {
        bf_die(2, "--path %s: must be absolute and without ':'", o->path);
    }
    int status = 0;
    for (size_t k = 0; k < o->n_arches; k++) {
        const struct bf_arch *a = o->arches[k];
        char interp[4096];
        snprintf(interp, sizeof(interp), "%s/xrun-%s", o->path, a->name);
        if (access(interp, X_OK) != 0) {
            fprintf(stderr, "xrun-binfmt: %s: %s (use --path DIR)\n",
                    interp, strerror(errno));
            status = status ? status : 1;
            continue;
        }
        if (o->persistent && strcmp(bf_file_kind(interp), "static") != 0) {
            bf_warn("%s is dynamically linked: with --persistent it still "
                    "needs its libraries inside chroots and containers",
                    interp);
        }
        int s = bf_install_one(o, a);
        status = status ? status : s;
    }
    if (o->credential && status == 0) {
        bf_warn("--credential (C): setuid guest programs run with their "
                "owner's privileges through the emulator; see xrun-binfmt(8)");
    }
    return status;
}

static int bf_uninstall(const struct bf_opts *o)
{
    bf_need_mounted(o->dir);
    int status = 0;
    for (size_t k = 0; k < o->n_arches; k++) {
        char entry[4352];
        snprintf(entry, sizeof(entry), "%s/xrun-%s", o->dir,
                 o->arches[k]->name);
        if (access(entry, F_OK) != 0) {
            printf("xrun-%s: not registered\n", o->arches[k]->name);
            continue;
        }
        int err = bf_write_file(entry, "-1");
        if (err < 0) {
            fprintf(stderr, "xrun-binfmt: cannot remove %s: %s\n", entry,
                    bf_why(err));
            status = 1;
        } else {
            printf("xrun-%s: removed\n", o->arches[k]->name);
        }
    }
    return status;
}

struct bf_status {
    const struct bf_arch *arch;
    int n;
};

static void bf_print_entry(const struct bf_entry *e, void *arg)
{
    struct bf_status *s = arg;
    if (!bf_entry_overlaps(e, s->arch)) {
        return;
    }
    bool ours = strncmp(e->name, "xrun-", 5) == 0 &&
                strcmp(e->name + 5, s->arch->name) == 0;
    const char *kind = bf_file_kind(e->interp);
    printf("%s: %s %s flags=%s interpreter=%s (%s%s)%s\n", s->arch->name,
           e->name, e->enabled ? "enabled" : "disabled",
           e->flags[0] ? e->flags : "-", e->interp, kind,
           strcmp(kind, "missing") == 0 && strchr(e->flags, 'F')
               ? ", kept open by F" : "",
           ours ? "" : " [another emulator]");
    s->n++;
}

static int bf_status(const struct bf_opts *o)
{
    bf_need_mounted(o->dir);
    char path[4352], buf[32] = "";
    snprintf(path, sizeof(path), "%s/status", o->dir);
    FILE *f = fopen(path, "r");
    if (f != NULL) {
        if (fgets(buf, sizeof(buf), f) == NULL) {
            buf[0] = '\0';
        }
        buf[strcspn(buf, "\n")] = '\0';
        fclose(f);
    }
    printf("binfmt_misc: %s (%s)\n", o->dir, buf[0] ? buf : "unknown");
    for (size_t k = 0; k < o->n_arches; k++) {
        struct bf_status s = {.arch = o->arches[k]};
        bf_each_entry(o->dir, bf_print_entry, &s);
        if (s.n == 0) {
            printf("%s: not registered\n", o->arches[k]->name);
        }
    }
    return 0;
}

/* The distribution files: systemd's binfmt.d(5) and binfmt-support's. */
static int bf_conf(const struct bf_opts *o, const char *format)
{
    if (o->n_arches != 1) {
        bf_die(2, "conf: give one architecture");
    }
    const struct bf_arch *a = o->arches[0];
    if (strcmp(format, "systemd") == 0) {
        char line[8192];
        bf_line(o, a, line, sizeof(line));
        printf("# xrun-%s: run %s programs with xrun (binfmt.d(5))\n%s\n",
               a->name, a->name, line);
        return 0;
    }
    if (strcmp(format, "binfmts") == 0) {
        char magic[4 * BF_MAGIC_LEN + 1], mask[4 * BF_MAGIC_LEN + 1];
        bf_escape(magic, a->magic, BF_MAGIC_LEN);
        bf_escape(mask, a->mask, BF_MAGIC_LEN);
        printf("package xrun\ninterpreter %s/xrun-%s\nmagic %s\noffset 0\n"
               "mask %s\ncredentials %s\npreserve %s\nfix_binary %s\n",
               o->path, a->name, magic, mask, o->credential ? "yes" : "no",
               o->preserve ? "yes" : "no", o->persistent ? "yes" : "no");
        return 0;
    }
    bf_die(2, "conf: unknown format '%s' (systemd, binfmts)", format);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        bf_usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    struct bf_opts o;
    memset(&o, 0, sizeof(o));
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        bf_usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("xrun-binfmt version %s\n", PACKAGE_VERSION);
        return 0;
    }
    if (strcmp(cmd, "conf") == 0) {
        if (argc < 3) {
            bf_die(2, "conf: give a format (systemd, binfmts)");
        }
        bf_parse(&o, argc - 3, argv + 3);
        return bf_conf(&o, argv[2]);
    }
    bf_parse(&o, argc - 2, argv + 2);
    if (strcmp(cmd, "install") == 0) {
        return bf_install(&o);
    }
    if (strcmp(cmd, "uninstall") == 0) {
        return bf_uninstall(&o);
    }
    if (strcmp(cmd, "status") == 0) {
        return bf_status(&o);
    }
    bf_usage(stderr);
    return 2;
}
