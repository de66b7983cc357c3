/* SPDX-License-Identifier: MIT */
/*
 * Guest (asm-generic, LP64) structure layouts with fixed-width fields, and
 * the converters to and from the host's.  Field offsets follow the kernel
 * uapi headers; tests/unit/test_syscall_conv.c checks each one.  Names
 * avoid st_atime & co., which libc defines as macros.
 */
#ifndef XRUN_SYSCALL_GUEST_TYPES_H
#define XRUN_SYSCALL_GUEST_TYPES_H

#include <stdbool.h>
#include <stdint.h>

struct stat;
struct statfs;
struct rusage;
struct sysinfo;
struct utsname;

/* asm-generic/stat.h struct stat: 128 bytes (x86_64's is 144). */
struct guest_stat {
    uint64_t dev;
    uint64_t ino;
    uint32_t mode;
    uint32_t nlink;
    uint32_t uid;
    uint32_t gid;
    uint64_t rdev;
    uint64_t pad1;
    int64_t size;
    int32_t blksize;
    int32_t pad2;
    int64_t blocks;
    int64_t atime;
    uint64_t atime_nsec;
    int64_t mtime;
    uint64_t mtime_nsec;
    int64_t ctime;
    uint64_t ctime_nsec;
    uint32_t unused4;
    uint32_t unused5;
};

/* asm-generic/statfs.h with __statfs_word = long: 120 bytes. */
struct guest_statfs {
    int64_t type;
    int64_t bsize;
    uint64_t blocks;
    uint64_t bfree;
    uint64_t bavail;
    uint64_t files;
    uint64_t ffree;
    int32_t fsid[2];
    int64_t namelen;
    int64_t frsize;
    int64_t flags;
    int64_t spare[4];
};

struct guest_timespec {
    int64_t sec;
    int64_t nsec;
};

struct guest_timeval {
    int64_t sec;
    int64_t usec;
};

/* linux/resource.h struct rusage: two timevals and 14 longs, 144 bytes. */
struct guest_rusage {
    struct guest_timeval utime;
    struct guest_timeval stime;
    int64_t maxrss, ixrss, idrss, isrss, minflt, majflt, nswap;
    int64_t inblock, oublock, msgsnd, msgrcv, nsignals, nvcsw, nivcsw;
};

struct guest_rlimit {
    uint64_t cur;
    uint64_t max;
};

/* linux/sysinfo.h, LP64: _f[] is empty, mem_unit padded out: 112 bytes. */
struct guest_sysinfo {
    int64_t uptime;
    uint64_t loads[3];
    uint64_t totalram, freeram, sharedram, bufferram;
    uint64_t totalswap, freeswap;
    uint16_t procs;
    uint16_t pad;
    uint64_t totalhigh, freehigh;  /* aligned to 88 */
    uint32_t mem_unit;
};

/* linux/utsname.h struct new_utsname: six 65-byte strings. */
#define GUEST_UTS_LEN 65
struct guest_utsname {
    char sysname[GUEST_UTS_LEN];
    char nodename[GUEST_UTS_LEN];
    char release[GUEST_UTS_LEN];
    char version[GUEST_UTS_LEN];
    char machine[GUEST_UTS_LEN];
    char domainname[GUEST_UTS_LEN];
};

/* asm-generic/termbits.h kernel struct termios (not libc's): 36 bytes. */
#define GUEST_NCCS 19
struct guest_termios {
    uint32_t iflag;
    uint32_t oflag;
    uint32_t cflag;
    uint32_t lflag;
    uint8_t line;
    uint8_t cc[GUEST_NCCS];
};

struct guest_winsize {
    uint16_t row, col, xpixel, ypixel;
};

struct guest_tms {
    int64_t utime, stime, cutime, cstime;
};

/*
 * asm-generic/signal.h struct sigaction: handler, flags, [restorer,] mask.
 * riscv64 has no SA_RESTORER (24 bytes), arm64 has (32 bytes); the
 * converters take the layout as an argument.
 */
struct sys_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};
#define GUEST_SIGACTION_SIZE(restorer) ((restorer) ? 32u : 24u)

/* linux/sched.h struct clone_args (clone3), version 2: 88 bytes. */
struct guest_clone_args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal;
    uint64_t stack, stack_size, tls, set_tid, set_tid_size, cgroup;
};

/* The host's kernel termios, for TCGETS/TCSETS (libc's struct differs). */
struct host_ktermios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t c_line;
    uint8_t c_cc[19];
};

/* Converters: fill the guest structure from the host's, field by field. */
void conv_stat_to_guest(struct guest_stat *g, const struct stat *h);
void conv_statfs_to_guest(struct guest_statfs *g, const struct statfs *h);
void conv_rusage_to_guest(struct guest_rusage *g, const struct rusage *h);
void conv_sysinfo_to_guest(struct guest_sysinfo *g, const struct sysinfo *h);
/* machine is the guest's utsname.machine ("riscv64"). */
void conv_utsname_to_guest(struct guest_utsname *g, const struct utsname *h,
                           const char *machine);
void conv_termios_to_guest(struct guest_termios *g,
                           const struct host_ktermios *h);
void conv_termios_to_host(struct host_ktermios *h,
                          const struct guest_termios *g);

/* Guest struct sigaction bytes <-> sys_sigaction. */
void conv_sigaction_from_guest(struct sys_sigaction *s, const void *guest,
                               bool has_restorer);
void conv_sigaction_to_guest(void *guest, const struct sys_sigaction *s,
                             bool has_restorer);

#endif
