/* SPDX-License-Identifier: MIT */
/*
 * The memory a CLONE_VM | CLONE_VFORK child shares with its parent, for
 * the host fork that runs it (sys-proc.c).  Callers count on part of it:
 * glibc's posix_spawn child stores the exec error in the parent's frame
 * (args->err) and exits 127, a vfork() child runs on the parent's stack.
 * So the child keeps a copy of the parent's stack as it was at the clone,
 * from the stack pointer up to the end of that mapping, and before every
 * execve and at exit sends the bytes it changed there through the vfork
 * socket; the parent, waiting for the child to exec or exit, stores them
 * into its own memory before clone returns.  Only the child's changes:
 * what the parent's other threads wrote meanwhile stays.  Memory
 * elsewhere is still not shared.  The child's end of the socket sits at a
 * high fd that close and close_range spare (posix_spawn closes every fd
 * from 3 before it execs), and dies with the exec.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "syscall/sys-internal.h"
#include "translator/exclusive.h"

/* Larger stacks in use are not copied (the child then shares nothing). */
#define VFORK_SHARE_MAX (8u << 20)

struct vfork_record {
    uint64_t addr, len;
};

/* In a vfork child until it execs: its end of the socket, the range and
 * its contents as last sent. */
static int child_fd = -1;
static struct sys_vfork child_share;
static unsigned char *child_copy;

void sys_vfork_range(struct cpu *cpu, struct sys_vfork *v)
{
    uint64_t start, end;
    int prot;
    const struct guest_sigframe *sf = sys_proc.abi->sigframe;

    v->addr = v->len = 0;
    if (sf == NULL) {
        return;
    }
    uint64_t sp = sf->get_sp(cpu) & ~(uint64_t)15;
    if (gmm_range_at(sp, &start, &end, &prot) && (prot & PROT_WRITE) &&
        end - sp <= VFORK_SHARE_MAX) {
        v->addr = sp;
        v->len = end - sp;
    }
}

void sys_vfork_child(int fd, const struct sys_vfork *v)
{
    struct rlimit rl;

    sys_vfork_forget();
    if (fd < 0) {
        return;
    }
    /* High, out of the way of the fds the guest numbers itself. */
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur > 256) {
        int hi = fcntl(fd, F_DUPFD_CLOEXEC,
                       (int)(rl.rlim_cur > 65536 ? 65536 : rl.rlim_cur) - 64);
        if (hi >= 0) {
            close(fd);
            fd = hi;
        }
    }
    child_fd = fd;
    child_share = *v;
    if (v->len > 0 && (child_copy = malloc(v->len)) != NULL) {
        memcpy(child_copy, g2h(v->addr), v->len);
    }
}

void sys_vfork_forget(void)
{
    if (child_fd >= 0) {
        close(child_fd);
        child_fd = -1;
    }
    free(child_copy);
    child_copy = NULL;
}

bool sys_vfork_keeps(int fd)
{
    return fd >= 0 && fd == child_fd;
}

int sys_vfork_fd(void)
{
    return child_fd;
}

static bool send_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}

void sys_vfork_sync(void)
{
    const unsigned char *mem = g2h(child_share.addr);
    uint64_t len = child_share.len, i = 0;

    if (child_fd < 0 || child_copy == NULL ||
        !gmm_access_ok(child_share.addr, len, PROT_READ)) {
        return;
    }
    /* One record per run of changed bytes. */
    while (i < len) {
        if (mem[i] == child_copy[i]) {
            i++;
            continue;
        }
        uint64_t j = i;
        while (j < len && mem[j] != child_copy[j]) {
            j++;
        }
        struct vfork_record r = {child_share.addr + i, j - i};
        if (!send_all(child_fd, &r, sizeof(r)) ||
            !send_all(child_fd, mem + i, j - i)) {
            sys_vfork_forget();
            return;
        }
        memcpy(child_copy + i, mem + i, j - i);
        i = j;
    }
}

static bool recv_all(int fd, void *buf, size_t len)
{
    char *p = buf;
    while (len > 0) {
        ssize_t n = recv(fd, p, len, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}

void sys_vfork_wait(int fd, const struct sys_vfork *v)
{
    struct vfork_record r;
    unsigned char *acc = NULL;   /* the records received, applied at EOF */
    size_t used = 0, cap = 0;
    ssize_t n;

    /* Idle while blocked: other threads may stop the world meanwhile. */
    excl_idle_begin();
    while (recv_all(fd, &r, sizeof(r)) && r.addr >= v->addr &&
           r.len <= v->len && r.addr - v->addr <= v->len - r.len) {
        if (used + sizeof(r) + r.len > cap) {
            size_t ncap = 2 * cap + sizeof(r) + r.len;
            unsigned char *t = realloc(acc, ncap);
            if (t == NULL) {
                break;
            }
            acc = t;
            cap = ncap;
        }
        if (!recv_all(fd, acc + used + sizeof(r), r.len)) {
            break;
        }
        memcpy(acc + used, &r, sizeof(r));
        used += sizeof(r) + r.len;
    }
    /* Up to EOF: the child has exec'd or exited. */
    while ((n = recv(fd, &r, sizeof(r), 0)) > 0 || (n < 0 && errno == EINTR)) {
    }
    excl_idle_end();
    close(fd);
    /* The range is this thread's own stack, still mapped: it waited here. */
    for (size_t off = 0; off < used; off += sizeof(r) + r.len) {
        memcpy(&r, acc + off, sizeof(r));
        if (gmm_access_ok(r.addr, r.len, PROT_WRITE)) {
            memcpy(g2h(r.addr), acc + off + sizeof(r), r.len);
        }
    }
    free(acc);
}
