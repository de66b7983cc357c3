/* SPDX-License-Identifier: MIT */
/*
 * Process-wide settings for administrators and sandboxes: personality,
 * capget/capset, sethostname/setdomainname, unshare, acct and vhangup.
 * Guest threads are host threads, so these act on the host thread or
 * process with the host's permission checks (an unprivileged guest gets
 * EPERM where Linux gives it).
 */
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall/sys-internal.h"

#define PERSONALITY_QUERY 0xffffffffu
#define PER_LINUX 0x0000u
#define PER_MASK 0x00ffu

/*
 * Flags the host honours for us: the address-space layout ones take
 * effect at the next execve, which re-executes xrun (whose mmap then
 * picks the guest's addresses); UNAME26 changes the release uname
 * reports; STICKY_TIMEOUTS is select's, done by the host; SHORT_INODE
 * and WHOLE_SECONDS do nothing on Linux.  Refused with EINVAL, as arm64
 * refuses PER_LINUX32 without 32-bit support: other personas (PER_LINUX32
 * would make uname report the host's 32-bit machine), READ_IMPLIES_EXEC
 * (guest mappings would have to become executable), the address limits
 * and MMAP_PAGE_ZERO, FDPIC_FUNCPTRS.
 */
#define PER_HONOURED (0x0020000u /* UNAME26 */ |                          \
                      0x0040000u /* ADDR_NO_RANDOMIZE */ |                \
                      0x0200000u /* ADDR_COMPAT_LAYOUT */ |               \
                      0x1000000u /* SHORT_INODE */ |                      \
                      0x2000000u /* WHOLE_SECONDS */ |                    \
                      0x4000000u /* STICKY_TIMEOUTS */)

int64_t sys_personality(struct cpu *cpu, const uint64_t a[6])
{
    uint32_t p = (uint32_t)a[0];
    if (p != PERSONALITY_QUERY &&
        ((p & PER_MASK) != PER_LINUX || (p & ~PER_MASK & ~PER_HONOURED))) {
        return -GUEST_EINVAL;
    }
    return sys_ret(syscall(SYS_personality, (unsigned long)p));
}

/* _LINUX_CAPABILITY_VERSION_1 has one 32-bit set, _2 and _3 two. */
static uint64_t cap_data_size(uint32_t version)
{
    switch (version) {
    case 0x19980330u: return 12;
    case 0x20071026u: case 0x20080522u: return 24;
    default: return 0;   /* Linux writes its version back, EINVAL */
    }
}

/* struct __user_cap_header_struct {u32 version; int pid}; data: n x 12. */
static int64_t cap_call(long nr, const uint64_t a[6], int data_prot)
{
    uint32_t *hdr = sys_lock(a[0], 8, SYS_R | SYS_W);
    void *data = NULL;
    if (hdr == NULL) {
        return -GUEST_EFAULT;
    }
    if (a[1] != 0 &&
        (data = sys_lock(a[1], cap_data_size(hdr[0]), data_prot)) == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(syscall(nr, hdr, data));
}

int64_t sys_capget(struct cpu *cpu, const uint64_t a[6])
{
    return cap_call(SYS_capget, a, SYS_W);
}

int64_t sys_capset(struct cpu *cpu, const uint64_t a[6])
{
    return cap_call(SYS_capset, a, SYS_R);
}

/*
 * Linux checks the privilege, then the length, then copies: a bad guest
 * buffer goes to the host as NULL, which faults only where Linux would
 * have read it (EPERM comes first for an unprivileged caller).
 */
static int64_t uts_set(long nr, const uint64_t a[6])
{
    int len = (int)a[1];
    const void *name = NULL;
    if (len > 0) {
        name = sys_lock(a[0], (uint64_t)len, SYS_R);
    }
    return sys_ret(syscall(nr, name, len));
}

int64_t sys_sethostname(struct cpu *cpu, const uint64_t a[6])
{
    return uts_set(SYS_sethostname, a);
}

int64_t sys_setdomainname(struct cpu *cpu, const uint64_t a[6])
{
    return uts_set(SYS_setdomainname, a);
}

/*
 * The CLONE_* bits are the same on every Linux ABI.  Namespaces and
 * private fs/files tables apply to the host process as they would to the
 * guest; the kernel refuses what a multi-threaded process may not do
 * (CLONE_NEWUSER, CLONE_VM, ...), and xrun runs a host thread of its own
 * once a guest uses a POSIX timer of a reserved signal (sys-timer.h).
 */
int64_t sys_unshare(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_unshare, (unsigned long)a[0]));
}

int64_t sys_acct(struct cpu *cpu, const uint64_t a[6])
{
    char path[SYS_PATHBUF];
    if (a[0] == 0) {
        return sys_ret(syscall(SYS_acct, NULL));
    }
    int64_t r = sys_get_path(a[0], path);
    if (r < 0) {
        return r;
    }
    return sys_ret(syscall(SYS_acct, path));
}

int64_t sys_vhangup(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(syscall(SYS_vhangup));
}
