/* SPDX-License-Identifier: MIT */
/*
 * Shared by the socket, epoll and copy families (sys-net.c, sys-epoll.c,
 * sys-copy.c) and their converters (sys-net-conv.c).  The asm-generic
 * LP64 layouts of sockaddr, cmsghdr, linger, timeval, ucred, itimerspec,
 * signalfd_siginfo and inotify_event are x86_64's (checked with the cross
 * compilers' headers), so those pass in place; what needs converting is
 * what holds guest pointers (msghdr, mmsghdr, iovec, sock_fprog) and
 * struct epoll_event, which x86_64 alone packs.
 */
#ifndef XRUN_SYSCALL_SYS_NET_H
#define XRUN_SYSCALL_SYS_NET_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/uio.h>

struct epoll_event;

/* asm-generic values (the same on riscv64 and arm64). */
#define GUEST_SOCK_NONBLOCK 00004000u      /* = the guest's O_NONBLOCK */
#define GUEST_SOCK_CLOEXEC 02000000u       /* = the guest's O_CLOEXEC */
#define GUEST_SOCKADDR_MAX 128             /* sizeof(sockaddr_storage) */


/* linux/socket.h struct user_msghdr, LP64: 56 bytes. */
struct guest_msghdr {
    uint64_t name;
    int32_t namelen;
    uint32_t pad1;
    uint64_t iov;
    uint64_t iovlen;
    uint64_t control;
    uint64_t controllen;
    uint32_t flags;
    uint32_t pad2;
};

/* struct mmsghdr: 64 bytes. */
struct guest_mmsghdr {
    struct guest_msghdr hdr;
    uint32_t len;
    uint32_t pad;
};

/* uapi/linux/eventpoll.h on every 64-bit arch but x86_64: 16 bytes. */
struct guest_epoll_event {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
};

/* linux/filter.h struct sock_fprog: 16 bytes. */
struct guest_sock_fprog {
    uint16_t len;
    uint16_t pad[3];
    uint64_t filter;
};


/*
 * A host msghdr for the guest's at gaddr: name, iovecs and control buffer
 * are guest memory passed in place (checked for writing when recv).
 * Returns 0 or -GUEST_E*; on success net_msg_release(h) frees it.
 */
int64_t net_msg_in(uint64_t gaddr, struct msghdr *h, bool recv);

/* After a recvmsg: namelen, controllen and flags back to the guest's. */
void net_msg_out(struct guest_msghdr *g, const struct msghdr *h);

void net_msg_release(struct msghdr *h);

/*
 * A sockaddr the host reads (bind, connect, sendto): NULL with len 0 is
 * fine; more than sockaddr_storage is -GUEST_EINVAL as for Linux.  The
 * host pointer goes to *out.  Returns 0 or -GUEST_E*.
 */
int64_t net_addr_in(uint64_t addr, uint64_t len, const void **out);

/*
 * A sockaddr the host writes with its length (accept, recvfrom,
 * getsockname): lenp is the guest's socklen_t (in: room, out: real
 * length).  Both NULL is fine (no address wanted).  Sets the host
 * pointers for the call.  Returns 0 or -GUEST_E*.
 */
int64_t net_addr_out(uint64_t addr, uint64_t lenp, void **out,
                     socklen_t **out_len);

/* socket/socketpair/accept4 type or flags: SOCK_NONBLOCK/CLOEXEC bits. */
int net_sock_flags_to_host(uint64_t guest);

/* struct epoll_event both ways (x86_64 packs it to 12 bytes). */
void net_epoll_event_to_host(struct epoll_event *h,
                             const struct guest_epoll_event *g);
void net_epoll_event_to_guest(struct guest_epoll_event *g,
                              const struct epoll_event *h);

/*
 * A socket option value for setsockopt: the bytes at optval in place, or
 * for the options holding a guest pointer (SO_ATTACH_FILTER and
 * SO_ATTACH_REUSEPORT_CBPF: struct sock_fprog) a converted copy in
 * scratch (16 bytes, aligned).  *out and *outlen are what the host call
 * takes.  Returns 0 or -GUEST_E* (-GUEST_ENOPROTOOPT for the options we
 * cannot convert).
 */
int64_t net_sockopt_in(int level, int name, uint64_t optval,
                       uint64_t optlen, void *scratch, const void **out,
                       socklen_t *outlen);

/* Has the socket fd a SO_RCVTIMEO (rcv) or SO_SNDTIMEO timeout set? */
bool net_has_timeout(int fd, bool rcv);

#endif
