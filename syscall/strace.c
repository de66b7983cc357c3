/* SPDX-License-Identifier: MIT */
/*
 * -d strace output in qemu's -strace format: "PID name(args) = ret", with
 * strings for path arguments, symbolic flags, and errno names on failure.
 * Arguments are formatted from the kinds in table.def; guest memory is
 * only read through the checked accessors.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sys-internal.h"
#include "translator/log.h"

struct strace_buf {
    char s[1024];
    size_t n;
};

struct flag_name {
    uint64_t v;
    const char *name;
};

/* Set between enter and leave; cleared when the line was cut short. */
/*
 * Lines of several threads interleave as in strace -f: a thread's call
 * line stays open (no newline) until its result; if another thread
 * prints meanwhile, the open line is closed with "<unfinished ...>" and
 * the result later comes as "TID <... NAME resumed> = R".  open_tid is
 * the thread whose line is open (0: none); the lock keeps lines whole.
 */
static pthread_mutex_t strace_lock = PTHREAD_MUTEX_INITIALIZER;
static pid_t open_tid;

static pid_t strace_tid(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static void sb_printf(struct strace_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void sb_printf(struct strace_buf *b, const char *fmt, ...)
{
    va_list ap;

    if (b->n >= sizeof(b->s) - 1) {
        return;
    }
    va_start(ap, fmt);
    int r = vsnprintf(b->s + b->n, sizeof(b->s) - b->n, fmt, ap);
    va_end(ap);
    if (r > 0) {
        b->n += (size_t)r;
        if (b->n > sizeof(b->s) - 1) {
            b->n = sizeof(b->s) - 1;
        }
    }
}

/* Quoted, escaped bytes; "..." when cut at max. */
static void sb_quote(struct strace_buf *b, const char *p, size_t len,
                     size_t max, bool more)
{
    sb_printf(b, "\"");
    for (size_t i = 0; i < len && i < max; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\n') {
            sb_printf(b, "\\n");
        } else if (c == '\t') {
            sb_printf(b, "\\t");
        } else if (c == '"' || c == '\\') {
            sb_printf(b, "\\%c", c);
        } else if (c < 32 || c >= 127) {
            sb_printf(b, "\\%o", c);
        } else {
            sb_printf(b, "%c", c);
        }
    }
    sb_printf(b, "\"%s", (len > max || more) ? "..." : "");
}

static void sb_ptr(struct strace_buf *b, uint64_t v)
{
    if (v == 0) {
        sb_printf(b, "NULL");
    } else {
        sb_printf(b, "0x%llx", (unsigned long long)v);
    }
}

static void sb_string(struct strace_buf *b, uint64_t addr)
{
    char s[SYS_PATH_MAX];

    if (addr == 0 || sys_strcpy(addr, s, sizeof(s)) < 0) {
        sb_ptr(b, addr);
        return;
    }
    sb_quote(b, s, strlen(s), sizeof(s), false);
}

static void sb_inbuf(struct strace_buf *b, uint64_t addr, uint64_t len)
{
    size_t show = len < 32 ? (size_t)len : 32;
    const char *p = sys_lock(addr, show, SYS_R);

    if (p == NULL || (addr == 0 && len != 0)) {
        sb_ptr(b, addr);
        return;
    }
    sb_quote(b, p, show, show, len > show);
}

static void sb_flags(struct strace_buf *b, uint64_t v,
                     const struct flag_name *t, const char *zero)
{
    bool any = false;

    if (v == 0 && zero != NULL) {
        sb_printf(b, "%s", zero);
        return;
    }
    for (; t->name != NULL; t++) {
        if (t->v != 0 && (v & t->v) == t->v) {
            sb_printf(b, "%s%s", any ? "|" : "", t->name);
            v &= ~t->v;
            any = true;
        }
    }
    if (v != 0 || !any) {
        sb_printf(b, "%s0x%llx", any ? "|" : "", (unsigned long long)v);
    }
}

/* A value that is one of a list of names, else decimal. */
static void sb_enum(struct strace_buf *b, uint64_t v,
                    const struct flag_name *t)
{
    for (; t->name != NULL; t++) {
        if (t->v == v) {
            sb_printf(b, "%s", t->name);
            return;
        }
    }
    sb_printf(b, "%lld", (long long)v);
}

static const struct flag_name oflag_names[] = {
    {00000100, "O_CREAT"}, {00000200, "O_EXCL"}, {00000400, "O_NOCTTY"},
    {00001000, "O_TRUNC"}, {00002000, "O_APPEND"}, {00004000, "O_NONBLOCK"},
    {04010000, "O_SYNC"}, {00010000, "O_DSYNC"}, {00020000, "O_ASYNC"},
    {00040000, "O_DIRECT"}, {00100000, "O_LARGEFILE"},
    {020200000, "O_TMPFILE"}, {00200000, "O_DIRECTORY"},
    {00400000, "O_NOFOLLOW"}, {01000000, "O_NOATIME"},
    {02000000, "O_CLOEXEC"}, {010000000, "O_PATH"}, {0, NULL},
};

static void sb_oflags(struct strace_buf *b, uint64_t v)
{
    /* Names are the host's: translate first so arm64's bits read right. */
    int h = sys_oflags_to_host(sys_quirks(), (uint32_t)v);
    static const char *const acc[4] = {"O_RDONLY", "O_WRONLY", "O_RDWR",
                                       "O_ACCMODE"};

    sb_printf(b, "%s", acc[h & 3]);
    if ((h & ~3) != 0) {
        sb_printf(b, "|");
        sb_flags(b, (uint64_t)(h & ~3), oflag_names, NULL);
    }
}

static const struct flag_name atflag_names[] = {
    {0x100, "AT_SYMLINK_NOFOLLOW"}, {0x200, "AT_REMOVEDIR"},
    {0x400, "AT_SYMLINK_FOLLOW"}, {0x800, "AT_NO_AUTOMOUNT"},
    {0x1000, "AT_EMPTY_PATH"}, {0x2000, "AT_STATX_FORCE_SYNC"},
    {0x4000, "AT_STATX_DONT_SYNC"}, {0, NULL},
};

static const struct flag_name prot_names[] = {
    {1, "PROT_READ"}, {2, "PROT_WRITE"}, {4, "PROT_EXEC"},
    {0x01000000, "PROT_GROWSDOWN"}, {0x02000000, "PROT_GROWSUP"}, {0, NULL},
};

static const struct flag_name mflag_names[] = {
    {0x01, "MAP_SHARED"}, {0x02, "MAP_PRIVATE"}, {0x10, "MAP_FIXED"},
    {0x20, "MAP_ANONYMOUS"}, {0x100, "MAP_GROWSDOWN"},
    {0x800, "MAP_DENYWRITE"}, {0x1000, "MAP_EXECUTABLE"},
    {0x2000, "MAP_LOCKED"}, {0x4000, "MAP_NORESERVE"},
    {0x8000, "MAP_POPULATE"}, {0x10000, "MAP_NONBLOCK"},
    {0x20000, "MAP_STACK"}, {0x40000, "MAP_HUGETLB"},
    {0x100000, "MAP_FIXED_NOREPLACE"}, {0, NULL},
};

static const struct flag_name clone_names[] = {
    {0x100, "CLONE_VM"}, {0x200, "CLONE_FS"}, {0x400, "CLONE_FILES"},
    {0x800, "CLONE_SIGHAND"}, {0x1000, "CLONE_PIDFD"},
    {0x2000, "CLONE_PTRACE"}, {0x4000, "CLONE_VFORK"},
    {0x8000, "CLONE_PARENT"}, {0x10000, "CLONE_THREAD"},
    {0x20000, "CLONE_NEWNS"}, {0x40000, "CLONE_SYSVSEM"},
    {0x80000, "CLONE_SETTLS"}, {0x100000, "CLONE_PARENT_SETTID"},
    {0x200000, "CLONE_CHILD_CLEARTID"}, {0x400000, "CLONE_DETACHED"},
    {0x800000, "CLONE_UNTRACED"}, {0x1000000, "CLONE_CHILD_SETTID"},
    {0, NULL},
};

static const struct flag_name clock_names[] = {
    {0, "CLOCK_REALTIME"}, {1, "CLOCK_MONOTONIC"},
    {2, "CLOCK_PROCESS_CPUTIME_ID"}, {3, "CLOCK_THREAD_CPUTIME_ID"},
    {4, "CLOCK_MONOTONIC_RAW"}, {5, "CLOCK_REALTIME_COARSE"},
    {6, "CLOCK_MONOTONIC_COARSE"}, {7, "CLOCK_BOOTTIME"}, {0, NULL},
};

static const struct flag_name whence_names[] = {
    {0, "SEEK_SET"}, {1, "SEEK_CUR"}, {2, "SEEK_END"}, {3, "SEEK_DATA"},
    {4, "SEEK_HOLE"}, {0, NULL},
};

static const struct flag_name sighow_names[] = {
    {0, "SIG_BLOCK"}, {1, "SIG_UNBLOCK"}, {2, "SIG_SETMASK"}, {0, NULL},
};

static const struct flag_name fcntl_names[] = {
    {0, "F_DUPFD"}, {1, "F_GETFD"}, {2, "F_SETFD"}, {3, "F_GETFL"},
    {4, "F_SETFL"}, {5, "F_GETLK"}, {6, "F_SETLK"}, {7, "F_SETLKW"},
    {8, "F_SETOWN"}, {9, "F_GETOWN"}, {10, "F_SETSIG"}, {11, "F_GETSIG"},
    {36, "F_OFD_GETLK"}, {37, "F_OFD_SETLK"}, {38, "F_OFD_SETLKW"},
    {1024, "F_SETLEASE"}, {1025, "F_GETLEASE"}, {1030, "F_DUPFD_CLOEXEC"},
    {1031, "F_SETPIPE_SZ"}, {1032, "F_GETPIPE_SZ"}, {1033, "F_ADD_SEALS"},
    {1034, "F_GET_SEALS"}, {0, NULL},
};

static const struct flag_name futex_names[] = {
    {0, "FUTEX_WAIT"}, {1, "FUTEX_WAKE"}, {2, "FUTEX_FD"},
    {3, "FUTEX_REQUEUE"}, {4, "FUTEX_CMP_REQUEUE"}, {5, "FUTEX_WAKE_OP"},
    {6, "FUTEX_LOCK_PI"}, {7, "FUTEX_UNLOCK_PI"}, {8, "FUTEX_TRYLOCK_PI"},
    {9, "FUTEX_WAIT_BITSET"}, {10, "FUTEX_WAKE_BITSET"}, {0, NULL},
};

static const struct flag_name policy_names[] = {
    {0, "SCHED_OTHER"}, {1, "SCHED_FIFO"}, {2, "SCHED_RR"},
    {3, "SCHED_BATCH"}, {5, "SCHED_IDLE"}, {6, "SCHED_DEADLINE"}, {0, NULL},
};

static void sb_policy(struct strace_buf *b, uint64_t v)
{
    sb_enum(b, v & ~(uint64_t)0x40000000, policy_names);
    if (v & 0x40000000) {
        sb_printf(b, "|SCHED_RESET_ON_FORK");
    }
}

/* SysV *ctl commands: IPC_* (0..3) are shared, 11 and up per call. */
#define IPC_CMD_NAMES                                                       \
    {0, "IPC_RMID"}, {1, "IPC_SET"}, {2, "IPC_STAT"}, {3, "IPC_INFO"}
static const struct flag_name semcmd_names[] = {
    IPC_CMD_NAMES, {11, "GETPID"}, {12, "GETVAL"}, {13, "GETALL"},
    {14, "GETNCNT"}, {15, "GETZCNT"}, {16, "SETVAL"}, {17, "SETALL"},
    {18, "SEM_STAT"}, {19, "SEM_INFO"}, {20, "SEM_STAT_ANY"}, {0, NULL},
};
static const struct flag_name msgcmd_names[] = {
    IPC_CMD_NAMES, {11, "MSG_STAT"}, {12, "MSG_INFO"}, {13, "MSG_STAT_ANY"},
    {0, NULL},
};
static const struct flag_name shmcmd_names[] = {
    IPC_CMD_NAMES, {11, "SHM_LOCK"}, {12, "SHM_UNLOCK"}, {13, "SHM_STAT"},
    {14, "SHM_INFO"}, {15, "SHM_STAT_ANY"}, {0, NULL},
};

static void sb_futex(struct strace_buf *b, uint64_t v)
{
    sb_enum(b, v & 127, futex_names);
    if (v & 128) {
        sb_printf(b, "|FUTEX_PRIVATE_FLAG");
    }
    if (v & 256) {
        sb_printf(b, "|FUTEX_CLOCK_REALTIME");
    }
}

/* asm-generic signal numbers (the same as x86_64's). */
static const char *const sig_names[32] = {
    NULL, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
    "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",
    "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
    "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
    "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR",
    "SIGSYS",
};

static void sb_sig(struct strace_buf *b, uint64_t v)
{
    if (v > 0 && v < 32) {
        sb_printf(b, "%s", sig_names[v]);
    } else {
        sb_printf(b, "%lld", (long long)v);
    }
}

static void sb_argv(struct strace_buf *b, uint64_t addr)
{
    sb_printf(b, "[");
    for (int i = 0; i < 16; i++) {
        const uint64_t *p = sys_lock(addr + 8 * (uint64_t)i, 8, SYS_R);
        if (p == NULL) {
            sb_printf(b, "?");
            break;
        }
        if (*p == 0) {
            break;
        }
        sb_printf(b, "%s", i ? "," : "");
        if (i == 15) {
            sb_printf(b, "...");
            break;
        }
        sb_string(b, *p);
    }
    sb_printf(b, "]");
}

/* Kinds that are a list of names: flag sets (with the text for 0) or
 * enumerations (is_enum, decimal when unknown). */
static const struct named_kind {
    const char *kind;
    const struct flag_name *names;
    bool is_enum;
    const char *zero;
} named_kinds[] = {
    {"atflags", atflag_names, false, "0"},
    {"prot", prot_names, false, "PROT_NONE"},
    {"mflags", mflag_names, false, "0"},
    {"sighow", sighow_names, true, NULL},
    {"clock", clock_names, true, NULL},
    {"whence", whence_names, true, NULL},
    {"fcntl", fcntl_names, true, NULL},
    {"semcmd", semcmd_names, true, NULL},
    {"msgcmd", msgcmd_names, true, NULL},
    {"shmcmd", shmcmd_names, true, NULL},
};

static const struct named_kind *named_kind(const char *k, size_t klen)
{
    for (size_t i = 0; i < sizeof(named_kinds) / sizeof(named_kinds[0]); i++) {
        const char *n = named_kinds[i].kind;
        if (strlen(n) == klen && memcmp(n, k, klen) == 0) {
            return &named_kinds[i];
        }
    }
    return NULL;
}

/* Format argument i of kind k (a word of the table's kind string). */
static void sb_arg(struct strace_buf *b, const char *k, size_t klen,
                   const uint64_t a[6], int i)
{
    uint64_t v = a[i];
    const struct named_kind *nk = named_kind(k, klen);
#define KIND(s) (klen == sizeof(s) - 1 && memcmp(k, s, klen) == 0)
    if (nk != NULL && nk->is_enum) {
        sb_enum(b, v, nk->names);
    } else if (nk != NULL) {
        sb_flags(b, v, nk->names, nk->zero);
    } else if (KIND("int") || KIND("fd")) {
        sb_printf(b, "%d", (int)v);
    } else if (KIND("uint")) {
        sb_printf(b, "%u", (unsigned)v);
    } else if (KIND("size")) {
        sb_printf(b, "%llu", (unsigned long long)v);
    } else if (KIND("off")) {
        sb_printf(b, "%lld", (long long)v);
    } else if (KIND("dfd")) {
        if ((int)v == -100) {
            sb_printf(b, "AT_FDCWD");
        } else {
            sb_printf(b, "%d", (int)v);
        }
    } else if (KIND("path")) {
        sb_string(b, v);
    } else if (KIND("inbuf")) {
        sb_inbuf(b, v, i < 5 ? a[i + 1] : 0);
    } else if (KIND("mode")) {
        sb_printf(b, v ? "0%llo" : "%llo", (unsigned long long)v);
    } else if (KIND("oflags")) {
        sb_oflags(b, v);
    } else if (KIND("clone")) {
        /* Flags, then the exit signal (none for a thread). */
        sb_flags(b, v & ~(uint64_t)0xff, clone_names, "0");
        if ((v & 0xff) != 0) {
            sb_printf(b, "|");
            sb_sig(b, v & 0xff);
        }
    } else if (KIND("sig")) {
        sb_sig(b, v);
    } else if (KIND("futex")) {
        sb_futex(b, v);
    } else if (KIND("policy")) {
        sb_policy(b, v);
    } else if (KIND("ioctl")) {
        const char *n = sys_ioctl_name(v);
        if (n != NULL) {
            sb_printf(b, "%s", n);
        } else {
            sb_printf(b, "0x%llx", (unsigned long long)v);
        }
    } else if (KIND("argv")) {
        sb_argv(b, v);
    } else if (KIND("ptr") || KIND("outbuf")) {
        sb_ptr(b, v);
    } else {
        sb_printf(b, "0x%llx", (unsigned long long)v);
    }
#undef KIND
}

/* Under strace_lock: close another thread's open line first. */
static void strace_write(struct strace_buf *b, pid_t me)
{
    FILE *f = log_file();

    if (open_tid != 0 && open_tid != me) {
        fputs(" <unfinished ...>\n", f);
        open_tid = 0;
    }
    fwrite(b->s, 1, b->n, f);
    fflush(f);
}

void strace_enter(const struct sys_entry *e, uint64_t nr, const uint64_t a[6])
{
    struct strace_buf b = {.n = 0};
    pid_t me = strace_tid();

    sb_printf(&b, "%d ", (int)me);
    if (e == NULL) {
        sb_printf(&b, "syscall_%llu(", (unsigned long long)nr);
    } else {
        sb_printf(&b, "%s(", e->name);
    }
    const char *k = (e != NULL && e->fmt != NULL) ? e->fmt : NULL;
    int argc = e != NULL ? e->argc : 6;
    for (int i = 0; i < argc; i++) {
        size_t klen = 0;
        if (k != NULL) {
            k += strspn(k, " ");
            klen = strcspn(k, " ");
            if (klen > 0 && k[0] == '=') {
                klen = 0;
            }
        }
        sb_printf(&b, "%s", i ? "," : "");
        sb_arg(&b, k != NULL ? k : "hex", k != NULL ? klen : 3, a, i);
        if (k != NULL) {
            k += klen;
        }
    }
    sb_printf(&b, ")");
    pthread_mutex_lock(&strace_lock);
    strace_write(&b, me);
    open_tid = me;
    pthread_mutex_unlock(&strace_lock);
}

void strace_interrupt(const char *tail)
{
    if (!log_enabled(LOG_STRACE)) {
        return;
    }
    pid_t me = strace_tid();
    pthread_mutex_lock(&strace_lock);
    if (open_tid == me) {
        fprintf(log_file(), "%s\n", tail);
        fflush(log_file());
        open_tid = 0;
    }
    pthread_mutex_unlock(&strace_lock);
}

void strace_leave(const struct sys_entry *e, uint64_t nr, int64_t ret)
{
    struct strace_buf b = {.n = 0};
    pid_t me = strace_tid();

    pthread_mutex_lock(&strace_lock);
    if (open_tid != me) {
        sb_printf(&b, "%d <... %s resumed>", (int)me,
                  e != NULL ? e->name : "syscall");
    }
    if (ret < 0 && ret >= -GUEST_ERRNO_MAX) {
        const char *name = sys_errno_name((int)-ret);
        int host = sys_errno_to_host((int)-ret);
        sb_printf(&b, " = -1 %s (%s)\n", name != NULL ? name : "E?",
                  host != 0 ? strerror(host) : "Unknown error");
    } else if (e != NULL && e->fmt != NULL && strstr(e->fmt, "=ptr")) {
        sb_printf(&b, " = 0x%llx\n", (unsigned long long)ret);
    } else {
        sb_printf(&b, " = %lld\n", (long long)ret);
    }
    strace_write(&b, me);
    open_tid = 0;
    pthread_mutex_unlock(&strace_lock);
    (void)nr;
}
