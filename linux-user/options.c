/* SPDX-License-Identifier: MIT */
/*
 * Command-line options, qemu-user compatible: one table gives each option
 * its name, its environment variable (QEMU_<X>, or XRUN_<X> which wins),
 * its help line and its handler.  Variables are applied first, then the
 * command line, which is read up to the first non-option or "--".  An
 * option may be written with one or two dashes, as in qemu.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "config.h"
#include "host/interp/interp.h"
#if defined(__x86_64__)
#include "host/x86_64/jit.h"
#endif
#include "linux-user/lu.h"
#include "target/guest-abi.h"
#include "translator/log.h"

struct lu_opt {
    const char *name;     /* without the dash */
    const char *env;      /* QEMU_/XRUN_ suffix, or NULL */
    const char *arg;      /* argument name for the help, NULL: no argument */
    void (*handle)(struct lu_options *o, const char *arg);
    const char *help;
};

/* CPU models per guest: -cpu help lists them, -cpu NAME checks them. */
static const struct {
    const char *arch, *name, *help;
} lu_cpu_models[] = {
    {"riscv64", "rv64", "RV64GC: rv64imafdc_zicsr_zifencei (default)"},
    {"riscv64", "max", "the same as rv64"},
};

/* -accel values: the portable interpreter, and the JIT on x86-64 hosts;
 * the last one is the default. */
static const struct {
    const char *name;
    const struct backend *backend;
} lu_accels[] = {
    {"interp", &interp_backend},
#if defined(__x86_64__)
    {"jit", &jit_backend},
#endif
};

static void lu_opt_help(struct lu_options *o, const char *arg)
{
    lu_usage(o);
    exit(0);
}

static void lu_opt_version(struct lu_options *o, const char *arg)
{
    printf("%s version %s\n", o->progname, PACKAGE_VERSION);
    exit(0);
}

/* Absolute, so a guest chdir() does not move its root. */
static void lu_opt_sysroot(struct lu_options *o, const char *arg)
{
    char *abs = realpath(arg, NULL);
    o->sysroot = abs ? abs : arg;
    if (o->sysroot[0] == '\0' || strcmp(o->sysroot, "/") == 0) {
        o->sysroot = NULL;
    }
}

static void lu_opt_argv0(struct lu_options *o, const char *arg)
{
    o->argv0 = arg;
}

/* -E and -U take comma-separated lists, as qemu's do. */
static void lu_opt_env_list(struct lu_options *o, const char *arg, bool set)
{
    char *copy = strdup(arg), *p = copy, *tok;
    if (copy == NULL) {
        fatal("out of memory");
    }
    while ((tok = strsep(&p, ",")) != NULL) {
        if (*tok == '\0') {
            continue;
        }
        if (set && strchr(tok, '=') == NULL) {
            fatal("-E %s: expected VAR=VALUE", tok);
        }
        if (set) {
            lu_env_set(o, tok);
        } else {
            lu_env_unset(o, tok);
        }
    }
    free(copy);
}

static void lu_opt_setenv(struct lu_options *o, const char *arg)
{
    lu_opt_env_list(o, arg, true);
}

static void lu_opt_unsetenv(struct lu_options *o, const char *arg)
{
    lu_opt_env_list(o, arg, false);
}

static void lu_opt_strace(struct lu_options *o, const char *arg)
{
    log_mask |= 1u << LOG_STRACE;
}

static void lu_opt_log(struct lu_options *o, const char *arg)
{
    const char *bad = NULL;
    bool help = false;
    if (!log_parse(arg, &bad, &help)) {
        fatal("-d: unknown log item '%s' (try -d help)", bad);
    }
    if (help) {
        log_print_help(stdout);
        exit(0);
    }
    o->log_list = arg;
}

static void lu_opt_logfile(struct lu_options *o, const char *arg)
{
    if (!log_set_file(arg)) {
        fatal("-D %s: cannot open the log file", arg);
    }
}

static void lu_opt_accel(struct lu_options *o, const char *arg)
{
    if (strcmp(arg, "help") == 0) {
        printf("Accelerators supported in this build:\n");
        for (size_t k = 0; k < sizeof(lu_accels) / sizeof(lu_accels[0]);
             k++) {
            printf("%s\n", lu_accels[k].name);
        }
        exit(0);
    }
    for (size_t k = 0; k < sizeof(lu_accels) / sizeof(lu_accels[0]); k++) {
        if (strcmp(arg, lu_accels[k].name) == 0) {
            o->accel = arg;
            return;
        }
    }
    if (strcmp(arg, "jit") == 0) {
        fatal("-accel jit: not available on this host (use -accel interp)");
    }
    fatal("-accel %s: unknown accelerator (try -accel help)", arg);
}

static void lu_opt_cpu(struct lu_options *o, const char *arg)
{
    if (strcmp(arg, "help") != 0) {
        o->cpu_model = arg;
        return;
    }
    printf("Available CPUs:\n");
    for (size_t k = 0; k < sizeof(lu_cpu_models) / sizeof(lu_cpu_models[0]);
         k++) {
        if (o->abi == NULL || strcmp(o->abi->arch->name,
                                     lu_cpu_models[k].arch) == 0) {
            printf("  %-8s %-6s %s\n", lu_cpu_models[k].arch,
                   lu_cpu_models[k].name, lu_cpu_models[k].help);
        }
    }
    exit(0);
}

static const struct lu_opt lu_opts[] = {
    {"h", NULL, NULL, lu_opt_help, "print this help"},
    {"help", NULL, NULL, lu_opt_help, "print this help"},
    {"L", "LD_PREFIX", "path", lu_opt_sysroot,
     "the guest's root: its ELF interpreter and absolute paths"},
    {"E", "SET_ENV", "var=value", lu_opt_setenv,
     "set variables in the guest environment (comma list)"},
    {"U", "UNSET_ENV", "var", lu_opt_unsetenv,
     "remove variables from the guest environment (comma list)"},
    {"0", "ARGV0", "argv0", lu_opt_argv0, "the guest's argv[0]"},
    {"cpu", "CPU", "model", lu_opt_cpu, "CPU model (-cpu help lists them)"},
    {"accel", "ACCEL", "name", lu_opt_accel,
     "execution engine: jit (default on x86-64) or interp"},
    {"d", "LOG", "item[,...]", lu_opt_log,
     "log the items given (-d help lists them)"},
    {"D", "LOG_FILENAME", "logfile", lu_opt_logfile,
     "write the log to logfile instead of stderr"},
    {"strace", "STRACE", NULL, lu_opt_strace, "trace the guest's syscalls"},
    {"version", "VERSION", NULL, lu_opt_version,
     "print the version and exit"},
};

#define LU_N_OPTS (sizeof(lu_opts) / sizeof(lu_opts[0]))

void lu_usage(const struct lu_options *o)
{
    printf("usage: %s [options] program [arguments...]\n"
           "Linux user-mode emulator%s%s\n\n"
           "Options and associated environment variables:\n\n"
           "%-24s %-20s %s\n",
           o->progname, o->abi ? " for " : "",
           o->abi ? o->abi->arch->name : " (the guest comes from the ELF)",
           "Argument", "Env-variable", "Description");
    for (size_t k = 0; k < LU_N_OPTS; k++) {
        char arg[64], env[32] = "";
        snprintf(arg, sizeof(arg), "-%s %s", lu_opts[k].name,
                 lu_opts[k].arg ? lu_opts[k].arg : "");
        if (lu_opts[k].env != NULL) {
            snprintf(env, sizeof(env), "QEMU_%s", lu_opts[k].env);
        }
        printf("%-24s %-20s %s\n", arg, env, lu_opts[k].help);
    }
    printf("\nEvery QEMU_ variable may also be spelled XRUN_ (which wins).\n"
           "-- ends the options.  See xrun(1).\n");
}

/* XRUN_<suffix>, else QEMU_<suffix>, else NULL. */
static const char *lu_opt_getenv(const char *suffix)
{
    char name[64];
    snprintf(name, sizeof(name), "XRUN_%s", suffix);
    const char *v = getenv(name);
    if (v == NULL) {
        snprintf(name, sizeof(name), "QEMU_%s", suffix);
        v = getenv(name);
    }
    return v;
}

static void lu_opts_from_env(struct lu_options *o)
{
    for (size_t k = 0; k < LU_N_OPTS; k++) {
        const struct lu_opt *opt = &lu_opts[k];
        const char *v = opt->env ? lu_opt_getenv(opt->env) : NULL;
        /* A flag (QEMU_STRACE) is on when its variable is set at all. */
        if (v != NULL && (opt->arg == NULL || *v != '\0')) {
            opt->handle(o, v);
        }
    }
}

static const struct lu_opt *lu_opt_find(const char *name)
{
    for (size_t k = 0; k < LU_N_OPTS; k++) {
        if (strcmp(lu_opts[k].name, name) == 0) {
            return &lu_opts[k];
        }
    }
    return NULL;
}

/* The guest forced by the program's name: xrun-riscv64[-anything]. */
static void lu_opts_from_name(struct lu_options *o, const char *argv0)
{
    const char *base = strrchr(argv0, '/');
    base = base ? base + 1 : argv0;
    o->progname = base;
    log_progname = base;
    if (strncmp(base, "xrun-", 5) != 0) {
        return;
    }
    char arch[32];
    size_t n = strcspn(base + 5, "-.");
    snprintf(arch, sizeof(arch), "%.*s", (int)n, base + 5);
    o->abi = guest_abi_for_name(arch);
    if (o->abi == NULL) {
        fatal("no guest architecture '%s' in this build", arch);
    }
}

#ifndef AT_FLAGS_PRESERVE_ARGV0
#define AT_FLAGS_PRESERVE_ARGV0 1
#endif

/*
 * binfmt_misc's P flag sets AT_FLAGS_PRESERVE_ARGV0 in our auxv, its O flag
 * (and C, which implies it) AT_EXECFD.  Without either, a binfmt_misc start
 * looks like "xrun-ARCH /path/to/program args", as qemu-user sees it too.
 */
static void lu_opts_from_auxv(struct lu_options *o)
{
    o->execfd = -1;
    o->preserve_argv0 = (getauxval(AT_FLAGS) & AT_FLAGS_PRESERVE_ARGV0) != 0;
    errno = 0;
    unsigned long fd = getauxval(AT_EXECFD);
    if (errno == 0 && fd <= (unsigned long)INT32_MAX) {
        o->execfd = (int)fd;
    }
    o->binfmt = o->preserve_argv0 || o->execfd >= 0;
}

int lu_options_parse(struct lu_options *o, int argc, char **argv)
{
    lu_opts_from_name(o, argc > 0 ? argv[0] : "xrun");
    o->accel = lu_accels[sizeof(lu_accels) / sizeof(lu_accels[0]) - 1].name;
    lu_env_init(o);
    lu_opts_from_env(o);
    lu_opts_from_auxv(o);
    if (o->binfmt) {
        return 1;
    }
    int i = 1;
    while (i < argc && argv[i][0] == '-') {
        const char *name = argv[i++] + 1;
        if (strcmp(name, "-") == 0) {
            break;
        }
        name += name[0] == '-';
        const struct lu_opt *opt = lu_opt_find(name);
        if (opt == NULL) {
            fatal("unknown option '%s' (try -h)", argv[i - 1]);
        }
        if (opt->arg != NULL && i == argc) {
            fatal("option '%s' needs an argument (%s)", argv[i - 1],
                  opt->arg);
        }
        opt->handle(o, opt->arg ? argv[i] : NULL);
        i += opt->arg != NULL;
    }
    return i;
}

const struct backend *lu_backend(const struct lu_options *o)
{
    for (size_t k = 0; k < sizeof(lu_accels) / sizeof(lu_accels[0]); k++) {
        if (strcmp(o->accel, lu_accels[k].name) == 0) {
            return lu_accels[k].backend;
        }
    }
    return &interp_backend;
}

void lu_check_cpu_model(const struct lu_options *o,
                        const struct guest_abi *abi)
{
    if (o->cpu_model == NULL) {
        return;
    }
    for (size_t k = 0; k < sizeof(lu_cpu_models) / sizeof(lu_cpu_models[0]);
         k++) {
        if (strcmp(lu_cpu_models[k].arch, abi->arch->name) == 0 &&
            strcmp(lu_cpu_models[k].name, o->cpu_model) == 0) {
            return;
        }
    }
    fatal("-cpu %s: unknown %s CPU model (try -cpu help)", o->cpu_model,
          abi->arch->name);
}
