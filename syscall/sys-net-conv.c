/* SPDX-License-Identifier: MIT */
/*
 * Conversions for the socket and epoll calls: guest msghdr/iovec/
 * sock_fprog (which hold guest pointers) to host ones, checked sockaddr
 * buffers, SOCK_* flags through the per-ABI open flag table, and the
 * 16-byte guest struct epoll_event against x86_64's packed 12 bytes.
 * Everything else (sockaddrs, cmsgs, option values) has the host layout
 * and is passed in place.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include "linux-user/guest-mm.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-net.h"
#include "translator/log.h"

_Static_assert(sizeof(struct guest_msghdr) == 56, "user_msghdr");
_Static_assert(sizeof(struct guest_mmsghdr) == 64, "mmsghdr");
_Static_assert(sizeof(struct guest_epoll_event) == 16, "epoll_event");
_Static_assert(sizeof(struct epoll_event) == 12, "host epoll_event packed");
_Static_assert(sizeof(struct msghdr) == 56 && sizeof(struct cmsghdr) == 16,
               "host msghdr and cmsghdr: the guest's layout");
_Static_assert(SOCK_NONBLOCK == 04000 && SOCK_CLOEXEC == 02000000,
               "host SOCK_ flags");

int64_t net_msg_in(uint64_t gaddr, struct msghdr *h, bool recv)
{
    const struct guest_msghdr *g = sys_lock(gaddr, sizeof(*g),
                                            recv ? SYS_R | SYS_W : SYS_R);
    int prot = recv ? SYS_W : SYS_R;
    int64_t err;

    memset(h, 0, sizeof(*h));
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    if (g->namelen < 0) {
        return -GUEST_EINVAL;
    }
    /* copy_msghdr_from_user: a recv's room is cut to sockaddr_storage,
     * a send's name must fit it. */
    uint64_t namelen = (uint64_t)g->namelen;
    if (namelen > GUEST_SOCKADDR_MAX) {
        if (!recv) {
            return -GUEST_EINVAL;
        }
        namelen = GUEST_SOCKADDR_MAX;
    }
    if (g->iovlen > GUEST_UIO_MAXIOV) {
        return -GUEST_EMSGSIZE;
    }
    if (g->name != 0) {
        h->msg_name = sys_lock(g->name, namelen, prot);
        h->msg_namelen = (socklen_t)namelen;
        if (h->msg_name == NULL) {
            return -GUEST_EFAULT;
        }
    }
    if (g->controllen != 0) {
        /* cmsghdr and the SCM_RIGHTS/CREDENTIALS/TIMESTAMP payloads have
         * the host layout: the buffer is used in place. */
        h->msg_control = sys_lock(g->control, g->controllen, prot);
        h->msg_controllen = g->controllen;
        if (h->msg_control == NULL) {
            return -GUEST_EFAULT;
        }
    }
    h->msg_iov = sys_iov_lock(g->iov, g->iovlen, prot, &err);
    h->msg_iovlen = g->iovlen;
    h->msg_flags = (int)g->flags;
    return err;
}

void net_msg_out(struct guest_msghdr *g, const struct msghdr *h)
{
    if (g->name != 0) {
        g->namelen = (int32_t)h->msg_namelen;
    }
    g->controllen = h->msg_controllen;
    g->flags = (uint32_t)h->msg_flags;
}

void net_msg_release(struct msghdr *h)
{
    free(h->msg_iov);
    h->msg_iov = NULL;
}

int64_t net_addr_in(uint64_t addr, uint64_t len, const void **out)
{
    *out = NULL;
    if ((int32_t)len < 0 || (uint32_t)len > GUEST_SOCKADDR_MAX) {
        return -GUEST_EINVAL;
    }
    if (addr == 0 && (uint32_t)len == 0) {
        return 0;
    }
    *out = sys_lock(addr, (uint32_t)len, SYS_R);
    return *out != NULL ? 0 : -GUEST_EFAULT;
}

int64_t net_addr_out(uint64_t addr, uint64_t lenp, void **out,
                     socklen_t **out_len)
{
    *out = NULL;
    *out_len = NULL;
    if (addr == 0) {
        /* No address wanted: the length is not looked at (accept). */
        return 0;
    }
    socklen_t *l = sys_lock(lenp, sizeof(*l), SYS_R | SYS_W);
    if (l == NULL) {
        return -GUEST_EFAULT;
    }
    if ((int)*l < 0) {
        return -GUEST_EINVAL;
    }
    /* move_addr_to_user writes at most min(room, the real length). */
    uint64_t room = *l < GUEST_SOCKADDR_MAX ? *l : GUEST_SOCKADDR_MAX;
    *out = sys_lock(addr, room, SYS_W);
    *out_len = l;
    return *out != NULL ? 0 : -GUEST_EFAULT;
}

int net_sock_flags_to_host(uint64_t guest)
{
    uint32_t f = (uint32_t)guest & (GUEST_SOCK_NONBLOCK | GUEST_SOCK_CLOEXEC);
    return (int)((uint32_t)guest & ~f) | sys_oflags_to_host(sys_quirks(), f);
}

void net_epoll_event_to_host(struct epoll_event *h,
                             const struct guest_epoll_event *g)
{
    h->events = g->events;
    h->data.u64 = g->data;
}

void net_epoll_event_to_guest(struct guest_epoll_event *g,
                              const struct epoll_event *h)
{
    g->events = h->events;
    g->pad = 0;
    g->data = h->data.u64;
}

/* SO_ATTACH_FILTER & co.: {len, filter *}; the filter array is plain. */
static int64_t net_fprog_in(uint64_t optval, uint64_t optlen, void *scratch,
                            const void **out, socklen_t *outlen)
{
    if (optlen < sizeof(struct guest_sock_fprog)) {
        return -GUEST_EINVAL;
    }
    const struct guest_sock_fprog *g = sys_lock(optval, sizeof(*g), SYS_R);
    if (g == NULL) {
        return -GUEST_EFAULT;
    }
    struct sock_filter *f = sys_lock(g->filter,
                                     (uint64_t)g->len * sizeof(*f), SYS_R);
    if (f == NULL) {
        return -GUEST_EFAULT;
    }
    struct sock_fprog *h = scratch;
    h->len = g->len;
    h->filter = f;
    *out = h;
    *outlen = sizeof(*h);
    return 0;
}

int64_t net_sockopt_in(int level, int name, uint64_t optval,
                       uint64_t optlen, void *scratch, const void **out,
                       socklen_t *outlen)
{
    _Static_assert(sizeof(struct sock_fprog) == 16, "host sock_fprog");
    if ((int32_t)optlen < 0) {
        return -GUEST_EINVAL;
    }
    if (level == SOL_SOCKET &&
        (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF)) {
        return net_fprog_in(optval, optlen, scratch, out, outlen);
    }
    if (level == IPPROTO_TCP && name == TCP_ZEROCOPY_RECEIVE) {
        /* Holds a guest address of an mmap'd area: not converted. */
        log_unimp_once("setsockopt TCP_ZEROCOPY_RECEIVE", 0);
        return -GUEST_ENOPROTOOPT;
    }
    *out = sys_lock(optval, (uint32_t)optlen, SYS_R);
    *outlen = (socklen_t)optlen;
    return *out != NULL ? 0 : -GUEST_EFAULT;
}

bool net_has_timeout(int fd, bool rcv)
{
    struct timeval tv;
    socklen_t len = sizeof(tv);

    if (getsockopt(fd, SOL_SOCKET, rcv ? SO_RCVTIMEO : SO_SNDTIMEO, &tv,
                   &len) != 0) {
        return false;   /* not a socket: no timeout */
    }
    return tv.tv_sec != 0 || tv.tv_usec != 0;
}
