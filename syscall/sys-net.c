/* SPDX-License-Identifier: MIT */
/*
 * Sockets: socket, socketpair, bind, listen, accept(4), connect, names,
 * send/recv in their to/from, msg and mmsg forms, options, shutdown, for
 * every address family the host has (AF_UNIX, AF_INET, AF_INET6 and
 * AF_NETLINK are what we test).  Socket fds are host fds, so SCM_RIGHTS
 * passes them through; guest buffers are passed in place (sys-net-conv.c
 * converts what holds guest pointers).  Also which socket calls Linux
 * does not restart after a handler because a timeout is set.
 */
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "syscall/sys-internal.h"
#include "syscall/sys-net.h"
#include "syscall/safe-syscall.h"

int64_t sys_socket(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(socket((int)a[0], net_sock_flags_to_host(a[1]),
                          (int)a[2]));
}

int64_t sys_socketpair(struct cpu *cpu, const uint64_t a[6])
{
    int *sv = sys_lock(a[3], 2 * sizeof(int), SYS_W);
    if (sv == NULL) {
        return -GUEST_EFAULT;
    }
    int fds[2];
    int r = socketpair((int)a[0], net_sock_flags_to_host(a[1]), (int)a[2],
                       fds);
    if (r == 0) {
        memcpy(sv, fds, sizeof(fds));
    }
    return sys_ret(r);
}

int64_t sys_bind(struct cpu *cpu, const uint64_t a[6])
{
    const void *addr;
    int64_t err = net_addr_in(a[1], a[2], &addr);
    if (err != 0) {
        return err;
    }
    return sys_ret(bind((int)a[0], addr, (socklen_t)a[2]));
}

int64_t sys_connect(struct cpu *cpu, const uint64_t a[6])
{
    const void *addr;
    int64_t err = net_addr_in(a[1], a[2], &addr);
    if (err != 0) {
        return err;
    }
    return sys_ret(safe_syscall(SYS_connect, (int)a[0], addr, (socklen_t)a[2]));
}

int64_t sys_listen(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(listen((int)a[0], (int)a[1]));
}

int64_t sys_accept4(struct cpu *cpu, const uint64_t a[6])
{
    void *addr;
    socklen_t *len;
    int64_t err = net_addr_out(a[1], a[2], &addr, &len);
    if (err != 0) {
        return err;
    }
    return sys_ret(safe_syscall(SYS_accept4, (int)a[0], addr, len,
                           net_sock_flags_to_host(a[3])));
}

int64_t sys_accept(struct cpu *cpu, const uint64_t a[6])
{
    const uint64_t b[6] = {a[0], a[1], a[2], 0, 0, 0};
    return sys_accept4(cpu, b);
}

/* getsockname/getpeername: one body. */
static int64_t net_name(const uint64_t a[6], bool peer)
{
    void *addr;
    socklen_t *len;
    if (a[1] == 0) {
        return -GUEST_EFAULT;
    }
    int64_t err = net_addr_out(a[1], a[2], &addr, &len);
    if (err != 0) {
        return err;
    }
    int fd = (int)a[0];
    return sys_ret(peer ? getpeername(fd, addr, len)
                        : getsockname(fd, addr, len));
}

int64_t sys_getsockname(struct cpu *cpu, const uint64_t a[6])
{
    return net_name(a, false);
}

int64_t sys_getpeername(struct cpu *cpu, const uint64_t a[6])
{
    return net_name(a, true);
}

int64_t sys_sendto(struct cpu *cpu, const uint64_t a[6])
{
    const void *buf = sys_lock(a[1], a[2], SYS_R);
    const void *addr;
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    int64_t err = net_addr_in(a[4], a[4] != 0 ? a[5] : 0, &addr);
    if (err != 0) {
        return err;
    }
    return sys_ret(safe_syscall(SYS_sendto, (int)a[0], buf, a[2], (int)a[3], addr,
                          addr != NULL ? (socklen_t)a[5] : 0));
}

int64_t sys_recvfrom(struct cpu *cpu, const uint64_t a[6])
{
    void *buf = sys_lock(a[1], a[2], SYS_W);
    void *addr;
    socklen_t *len;
    if (buf == NULL) {
        return -GUEST_EFAULT;
    }
    int64_t err = net_addr_out(a[4], a[5], &addr, &len);
    if (err != 0) {
        return err;
    }
    return sys_ret(safe_syscall(SYS_recvfrom, (int)a[0], buf, a[2], (int)a[3],
                                addr, len));
}

int64_t sys_setsockopt(struct cpu *cpu, const uint64_t a[6])
{
    _Alignas(8) uint8_t scratch[16];
    const void *val;
    socklen_t len;
    int level = (int)a[1], name = (int)a[2];
    int64_t err = net_sockopt_in(level, name, a[3], a[4], scratch, &val,
                                 &len);
    if (err != 0) {
        return err;
    }
    return sys_ret(setsockopt((int)a[0], level, name, val, len));
}

int64_t sys_getsockopt(struct cpu *cpu, const uint64_t a[6])
{
    /* Every gettable option has the host layout: filled in place. */
    socklen_t *len = sys_lock(a[4], sizeof(*len), SYS_R | SYS_W);
    if (len == NULL) {
        return -GUEST_EFAULT;
    }
    if ((int)*len < 0) {
        return -GUEST_EINVAL;
    }
    void *val = sys_lock(a[3], *len, SYS_W);
    if (val == NULL) {
        return -GUEST_EFAULT;
    }
    return sys_ret(getsockopt((int)a[0], (int)a[1], (int)a[2], val, len));
}

int64_t sys_shutdown(struct cpu *cpu, const uint64_t a[6])
{
    return sys_ret(shutdown((int)a[0], (int)a[1]));
}

int64_t sys_sendmsg(struct cpu *cpu, const uint64_t a[6])
{
    struct msghdr h;
    int64_t err = net_msg_in(a[1], &h, false);
    if (err != 0) {
        net_msg_release(&h);
        return err;
    }
    int64_t r = sys_ret(safe_syscall(SYS_sendmsg, (int)a[0], &h, (int)a[2]));
    net_msg_release(&h);
    return r;
}

int64_t sys_recvmsg(struct cpu *cpu, const uint64_t a[6])
{
    struct msghdr h;
    int64_t err = net_msg_in(a[1], &h, true);
    if (err != 0) {
        net_msg_release(&h);
        return err;
    }
    ssize_t n = safe_syscall(SYS_recvmsg, (int)a[0], &h, (int)a[2]);
    int64_t r = sys_ret(n);
    struct guest_msghdr *g = sys_lock(a[1], sizeof(*g), SYS_W);
    if (n >= 0 && g != NULL) {
        net_msg_out(g, &h);
    }
    net_msg_release(&h);
    return r;
}

/*
 * Host mmsghdrs for the guest's vec of vlen.  A bad entry past the first
 * cuts the vector there (Linux returns what it did before the error).
 * Returns the count to use (> 0), 0 for vlen 0, or -GUEST_E*.
 */
static int64_t net_mmsg_in(uint64_t vec, uint64_t vlen, bool recv,
                           struct mmsghdr **out)
{
    *out = NULL;
    if (vlen == 0) {
        return 0;
    }
    if (sys_lock(vec, vlen * sizeof(struct guest_mmsghdr),
                 SYS_R | SYS_W) == NULL) {
        return -GUEST_EFAULT;
    }
    struct mmsghdr *h = calloc(vlen, sizeof(*h));
    if (h == NULL) {
        return -GUEST_ENOMEM;
    }
    for (uint64_t i = 0; i < vlen; i++) {
        uint64_t g = vec + i * sizeof(struct guest_mmsghdr);
        int64_t err = net_msg_in(g, &h[i].msg_hdr, recv);
        if (err != 0) {
            net_msg_release(&h[i].msg_hdr);
            if (i == 0) {
                free(h);
                return err;
            }
            vlen = i;
            break;
        }
    }
    *out = h;
    return (int64_t)vlen;
}

/* recvmmsg (ts: the guest's timeout or 0) and sendmmsg. */
static int64_t net_mmsg(const uint64_t a[6], bool recv, uint64_t ts)
{
    uint64_t vlen = (uint32_t)a[2];
    struct timespec *t = NULL;
    struct mmsghdr *h;

    if (vlen > GUEST_UIO_MAXIOV) {
        vlen = GUEST_UIO_MAXIOV;
    }
    if (ts != 0 && (t = sys_lock(ts, sizeof(*t), SYS_R | SYS_W)) == NULL) {
        return -GUEST_EFAULT;
    }
    int64_t n = net_mmsg_in(a[1], vlen, recv, &h);
    if (n < 0) {
        return n;
    }
    int fd = (int)a[0], flags = (int)a[3];
    int r = (int)(recv ? safe_syscall(SYS_recvmmsg, fd, h, (unsigned)n, flags, t)
                       : safe_syscall(SYS_sendmmsg, fd, h, (unsigned)n, flags));
    int64_t ret = sys_ret(r);
    struct guest_mmsghdr *g = sys_lock(a[1], (uint64_t)n * sizeof(*g),
                                       SYS_W);
    for (int64_t i = 0; i < n; i++) {
        if (i < r && g != NULL) {
            g[i].len = h[i].msg_len;
            if (recv) {
                net_msg_out(&g[i].hdr, &h[i].msg_hdr);
            }
        }
        net_msg_release(&h[i].msg_hdr);
    }
    free(h);
    return ret;
}

int64_t sys_recvmmsg(struct cpu *cpu, const uint64_t a[6])
{
    return net_mmsg(a, true, a[4]);
}

int64_t sys_sendmmsg(struct cpu *cpu, const uint64_t a[6])
{
    return net_mmsg(a, false, 0);
}

/* asm-generic numbers of the calls a socket timeout makes EINTR. */
enum {
    NR_READ = 63, NR_WRITE = 64, NR_READV = 65, NR_WRITEV = 66,
    NR_ACCEPT = 202, NR_CONNECT = 203, NR_SENDTO = 206, NR_RECVFROM = 207,
    NR_SENDMSG = 211, NR_RECVMSG = 212, NR_ACCEPT4 = 242,
    NR_RECVMMSG = 243, NR_SENDMMSG = 269,
};

bool sys_net_restartable(uint64_t nr, const uint64_t a[6])
{
    /* signal(7): never restarted once SO_RCVTIMEO (input) or SO_SNDTIMEO
     * (output, connect) is set; the kernel's sock_intr_errno(timeo).  A
     * read or write on a socket goes the same way. */
    switch (nr) {
    case NR_RECVMMSG:
        if (a[4] != 0) {
            return false;   /* with a timeout argument: never */
        }
        return !net_has_timeout((int)a[0], true);
    case NR_READ: case NR_READV: case NR_ACCEPT: case NR_ACCEPT4:
    case NR_RECVFROM: case NR_RECVMSG:
        return !net_has_timeout((int)a[0], true);
    case NR_WRITE: case NR_WRITEV: case NR_CONNECT: case NR_SENDTO:
    case NR_SENDMSG: case NR_SENDMMSG:
        return !net_has_timeout((int)a[0], false);
    default:
        return true;
    }
}
