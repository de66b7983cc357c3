/* SPDX-License-Identifier: MIT */
/*
 * Shared by the syscall/ files only: handler prototypes (from the tables),
 * safe access to guest memory and guest strings, path lookup under the
 * sysroot, and the per-ABI quirks (open flags, sigaction layout).
 */
#ifndef XRUN_SYSCALL_SYS_INTERNAL_H
#define XRUN_SYSCALL_SYS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "syscall/errno.h"
#include "syscall/syscall.h"
#include "translator/cpu.h"

/* A handler: guest args in, >= 0 or -GUEST_E* out. */
typedef int64_t sys_fn(struct cpu *cpu, const uint64_t a[6]);

#define SYSCALL(nr, name, argc, fn, fmt) sys_fn fn;
#define SYSCALL_NONE(nr, name)
#include "syscall/table.def"
#include "syscall/table-riscv64.def"
#undef SYSCALL
#undef SYSCALL_NONE

/* Guest protection bits asked of a range (same values as PROT_*). */
#define SYS_R 1
#define SYS_W 2

/*
 * Host pointer for the guest range [addr, addr+len) if it is mapped with
 * prot, else NULL.  len 0 is always fine (the kernel accepts any pointer
 * then); the result is then g2h(addr), not to be dereferenced.
 */
void *sys_lock(uint64_t addr, uint64_t len, int prot);

/* struct iovec of the asm-generic 64-bit guests, and UIO_MAXIOV. */
struct guest_iovec {
    uint64_t base;
    uint64_t len;
};
#define GUEST_UIO_MAXIOV 1024

/*
 * Host iovecs for the guest's array of cnt iovecs at addr, each buffer
 * checked for prot.  Returns a malloc'd array (NULL for cnt 0 too) or
 * sets *err to -GUEST_EINVAL (too many) or -GUEST_EFAULT.
 */
struct iovec *sys_iov_lock(uint64_t addr, uint64_t cnt, int prot,
                           int64_t *err);

/*
 * Copy the NUL-terminated guest string at addr into buf (cap bytes).
 * Returns its length, -GUEST_EFAULT or -GUEST_ENAMETOOLONG.
 */
int64_t sys_strcpy(uint64_t addr, char *buf, size_t cap);

/* The same into a malloc'd copy; NULL on fault (or no memory). */
char *sys_strdup(uint64_t addr);

/* Longest path we copy in (PATH_MAX on Linux) plus a sysroot prefix. */
#define SYS_PATH_MAX 4096
#define SYS_PATHBUF (2 * SYS_PATH_MAX)

/*
 * Copy a guest path and resolve it as the guest sees it: "/proc/self/exe"
 * is the guest program, absolute paths that exist under the sysroot (-L)
 * are taken from there.  out must hold SYS_PATHBUF bytes.  Returns 0 or
 * -GUEST_E*.
 */
int64_t sys_get_path(uint64_t addr, char *out);

/* Apply the -L sysroot and /proc/self/exe rules to a host copy in place. */
void sys_resolve_path(char *path);

/* Is this /proc/self/exe (or /proc/<our pid>/exe)? */
bool sys_is_proc_exe(const char *path);

/*
 * For /proc/self/X, /proc/thread-self/X, /proc/<our pid or tid>/X: the X
 * part; NULL for any other path.
 */
const char *sys_proc_self_entry(const char *path);

/*
 * A host path as the guest names it: under the sysroot, the path without
 * the sysroot prefix (which sys_resolve_path leads back to); else itself.
 */
const char *sys_guest_view(const char *host_path);

/*
 * open() of a file the emulator shows in its own way (syscall/proc.c:
 * /proc/self/maps, cpuinfo, ...): true with *ret the new fd or
 * -GUEST_E*; false for any other path.  path is the guest's, unresolved;
 * flags are host open flags.
 */
bool sys_proc_open(const char *path, int flags, int64_t *ret);

/* dirfd argument: the guest's AT_FDCWD is -100 like the host's. */
static inline int sys_dirfd(uint64_t a)
{
    return (int)a;
}

/* Open flags of the running guest ABI <-> host values. */
struct sys_oflag_map {
    uint32_t guest;
    int host;
};
struct sys_abi_quirks {
    uint16_t machine;                    /* ELF e_machine */
    const struct sys_oflag_map *oflags;  /* bits that differ, {0,0} ends */
    bool sa_restorer;                    /* sigaction has sa_restorer */
};
/* Quirks of the running guest (riscv64's if no ABI is set yet). */
const struct sys_abi_quirks *sys_quirks(void);
const struct sys_abi_quirks *sys_quirks_for_machine(uint16_t machine);
int sys_oflags_to_host(const struct sys_abi_quirks *q, uint32_t guest);
uint32_t sys_oflags_to_guest(const struct sys_abi_quirks *q, int host);

/*
 * struct sigevent as Linux takes it (asm-generic/siginfo.h: 64 bytes on
 * every 64-bit ABI, the guests' and x86_64's alike, whatever names the C
 * library gives its fields), for the raw timer_create and mq_notify.
 * sys_sigevent_get (sys-timer.c): the guest's at addr, 0 or
 * -GUEST_EFAULT.  sys_sigevent_inproc: does it ask for a signal the host
 * cannot carry (linux-user's in-process signals)?
 */
struct sys_sigevent {
    uint64_t value;            /* sigval_t */
    int32_t signo;
    int32_t notify;
    int32_t tid;               /* SIGEV_THREAD_ID's thread */
    int32_t pad[11];
};
#define SYS_SIGEV_SIGNAL 0
#define SYS_SIGEV_NONE 1
#define SYS_SIGEV_THREAD 2
#define SYS_SIGEV_THREAD_ID 4
int64_t sys_sigevent_get(uint64_t addr, struct sys_sigevent *out);
bool sys_sigevent_inproc(const struct sys_sigevent *ev);

/* Flush before fork/exec/exit so buffered logs are neither lost nor doubled. */
void sys_flush_logs(void);

/*
 * The memory a CLONE_VFORK child shares with its parent (sys-vfork.c):
 * the parent's stack above its stack pointer.  sys_vfork_range: that
 * range, in the parent before the fork; sys_vfork_child: in the child,
 * with its end of the vfork socket (sys_vfork_forget: a child that is
 * not a vfork child, or one that stops being one); sys_vfork_sync: send
 * the bytes the child changed there, before execve and at exit;
 * sys_vfork_wait: the parent until the child exec'd or exited, then it
 * stores them;
 * sys_vfork_keeps / sys_vfork_fd: the socket's fd, which close and
 * close_range leave open.
 */
struct sys_vfork {
    uint64_t addr, len;
};
void sys_vfork_range(struct cpu *cpu, struct sys_vfork *v);
void sys_vfork_child(int fd, const struct sys_vfork *v);
void sys_vfork_forget(void);
void sys_vfork_sync(void);
void sys_vfork_wait(int fd, const struct sys_vfork *v);
bool sys_vfork_keeps(int fd);
int sys_vfork_fd(void);

#endif

/* One row of the dispatch table (dispatch.c), for strace. */
struct sys_entry {
    const char *name;
    sys_fn *fn;          /* NULL: known number, not implemented */
    const char *fmt;     /* strace argument kinds, space-separated */
    const char *unimp;   /* "syscall <name>" for log_unimp_once */
    uint8_t argc;
};

/*
 * strace (-d strace), qemu-style: "PID name(args)" before the call and
 * " = ret" after.  e is NULL for a number we do not know.
 */
void strace_enter(const struct sys_entry *e, uint64_t nr, const uint64_t a[6]);
void strace_leave(const struct sys_entry *e, uint64_t nr, int64_t ret);

/*
 * The call is about to fork, exec or exit: end the open strace line now
 * (with tail, e.g. " = ?") and flush, so no half line is lost or doubled.
 * strace_leave() then prints a "<... name resumed>" line.
 */
void strace_interrupt(const char *tail);

/* "TCGETS" for a guest ioctl number, or NULL (ioctl.c). */
const char *sys_ioctl_name(uint64_t cmd);

/* CLONE_CHILD_CLEARTID address of this thread (sys-thread.c). */
void sys_thread_set_clear_tid(uint64_t addr);

/*
 * Would Linux restart socket call nr (args a) with SA_RESTART?  Not when
 * the socket has a SO_RCVTIMEO (input) or SO_SNDTIMEO (output) timeout,
 * nor recvmmsg with a timeout (sys-net.c); true for any other call.
 */
bool sys_net_restartable(uint64_t nr, const uint64_t a[6]);
