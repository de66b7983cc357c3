/* SPDX-License-Identifier: MIT */
/*
 * The socket/epoll converters (syscall/sys-net-conv.c) and the calls
 * built on them.  Layouts are checked against offsets worked out by hand
 * from the uapi headers (linux/socket.h user_msghdr, mmsghdr,
 * eventpoll.h without the x86_64 packing, filter.h sock_fprog), not from
 * our own definitions; the calls run through sys_dispatch on real host
 * sockets with the guest buffers in a guest mapping.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>

#include "linux-user/guest-mm.h"
#include "syscall/errno.h"
#include "syscall/sigstate.h"
#include "syscall/sys-internal.h"
#include "syscall/sys-net.h"

/* asm-generic numbers used below. */
enum {
    NR_EPOLL_CREATE1 = 20, NR_EPOLL_CTL = 21, NR_EPOLL_PWAIT = 22,
    NR_SOCKETPAIR = 199, NR_SENDTO = 206, NR_RECVFROM = 207,
    NR_SETSOCKOPT = 208, NR_GETSOCKOPT = 209, NR_SENDMSG = 211,
    NR_RECVMSG = 212, NR_RECVMMSG = 243,
};

/* Guest memory: two RW pages, then an inaccessible one. */
static uint64_t guest_pages(void)
{
    cr_assert_eq(gmm_init(), 0);
    int64_t g = gmm_mmap(0, 3 * 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert_geq(g, 0);
    cr_assert_eq(gmm_mprotect((uint64_t)g + 8192, 4096, PROT_NONE), 0);
    return (uint64_t)g;
}

static void put64(uint64_t g, uint64_t v)
{
    memcpy(g2h(g), &v, 8);
}

static void put32(uint64_t g, uint32_t v)
{
    memcpy(g2h(g), &v, 4);
}

static uint64_t get64(uint64_t g)
{
    uint64_t v;
    memcpy(&v, g2h(g), 8);
    return v;
}

static uint32_t get32(uint64_t g)
{
    uint32_t v;
    memcpy(&v, g2h(g), 4);
    return v;
}

Test(net_layout, msghdr_mmsghdr_iovec)
{
    /* user_msghdr: void *name; int namelen; (pad) iovec *iov; size_t
     * iovlen; void *control; size_t controllen; unsigned flags. */
    cr_expect_eq(sizeof(struct guest_msghdr), 56);
    cr_expect_eq(offsetof(struct guest_msghdr, name), 0);
    cr_expect_eq(offsetof(struct guest_msghdr, namelen), 8);
    cr_expect_eq(offsetof(struct guest_msghdr, iov), 16);
    cr_expect_eq(offsetof(struct guest_msghdr, iovlen), 24);
    cr_expect_eq(offsetof(struct guest_msghdr, control), 32);
    cr_expect_eq(offsetof(struct guest_msghdr, controllen), 40);
    cr_expect_eq(offsetof(struct guest_msghdr, flags), 48);
    /* mmsghdr: the msghdr, then unsigned msg_len, padded to 8. */
    cr_expect_eq(offsetof(struct guest_mmsghdr, len), 56);
    cr_expect_eq(sizeof(struct guest_mmsghdr), 64);
    cr_expect_eq(sizeof(struct guest_iovec), 16);
    cr_expect_eq(offsetof(struct guest_iovec, len), 8);
    /* sock_fprog: unsigned short len; (pad) sock_filter *filter. */
    cr_expect_eq(offsetof(struct guest_sock_fprog, filter), 8);
    cr_expect_eq(sizeof(struct guest_sock_fprog), 16);
}

Test(net_layout, epoll_event)
{
    /* __u32 events; __u64 data: natural alignment puts data at 8. */
    cr_expect_eq(sizeof(struct guest_epoll_event), 16);
    cr_expect_eq(offsetof(struct guest_epoll_event, data), 8);
    /* The x86_64 host's is packed: 12 bytes, data at 4. */
    cr_expect_eq(sizeof(struct epoll_event), 12);

    uint8_t gbuf[16];
    memset(gbuf, 0xee, sizeof(gbuf));
    struct epoll_event h = {.events = EPOLLIN | EPOLLET,
                            .data.u64 = 0x1122334455667788ull};
    net_epoll_event_to_guest((struct guest_epoll_event *)gbuf, &h);
    uint32_t ev;
    uint64_t data;
    memcpy(&ev, gbuf, 4);
    memcpy(&data, gbuf + 8, 8);
    cr_expect_eq(ev, 0x80000001u);
    cr_expect_eq(data, 0x1122334455667788ull);
    cr_expect_eq(gbuf[4] | gbuf[5] | gbuf[6] | gbuf[7], 0, "padding zeroed");

    struct epoll_event back;
    net_epoll_event_to_host(&back, (const struct guest_epoll_event *)gbuf);
    cr_expect_eq(back.events, h.events);
    cr_expect_eq(back.data.u64, h.data.u64);
}

Test(net_flags, sock_type_riscv64)
{
    /* SOCK_STREAM 1 | SOCK_NONBLOCK 04000 | SOCK_CLOEXEC 02000000. */
    cr_expect_eq(net_sock_flags_to_host(1 | 04000 | 02000000),
                 SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    cr_expect_eq(net_sock_flags_to_host(2), SOCK_DGRAM);
}

Test(net_flags, sock_type_arm64)
{
    sys_proc.abi = &a64_abi;
    /* arm64's O_NONBLOCK/O_CLOEXEC are x86_64's; only type bits that
     * are SOCK_ flags go through the open flag table: an arm64
     * O_DIRECTORY bit (040000) in the type is not turned into the
     * host's (0200000), so the host still rejects it. */
    cr_expect_eq(net_sock_flags_to_host(1 | 04000 | 02000000),
                 SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    cr_expect_eq(net_sock_flags_to_host(1 | 040000), 1 | 040000);
    sys_proc.abi = NULL;
}

/* A guest msghdr at m: name at nm (namelen), iov at iv (n entries). */
static void put_msg(uint64_t m, uint64_t nm, int32_t namelen, uint64_t iv,
                    uint64_t n, uint64_t ctl, uint64_t ctllen)
{
    memset(g2h(m), 0, sizeof(struct guest_msghdr));
    put64(m, nm);
    put32(m + 8, (uint32_t)namelen);
    put64(m + 16, iv);
    put64(m + 24, n);
    put64(m + 32, ctl);
    put64(m + 40, ctllen);
}

Test(net_msg, pointers_translated_and_checked)
{
    uint64_t g = guest_pages();
    uint64_t m = g, iv = g + 64, nm = g + 128, ctl = g + 256;
    struct msghdr h;

    put64(iv, g + 1024);
    put64(iv + 8, 10);
    put64(iv + 16, g + 2048);
    put64(iv + 24, 20);
    put_msg(m, nm, 16, iv, 2, ctl, 64);
    cr_assert_eq(net_msg_in(m, &h, true), 0);
    cr_expect_eq(h.msg_name, g2h(nm));
    cr_expect_eq(h.msg_namelen, 16);
    cr_expect_eq(h.msg_iovlen, 2);
    cr_expect_eq(h.msg_iov[0].iov_base, g2h(g + 1024));
    cr_expect_eq(h.msg_iov[0].iov_len, 10);
    cr_expect_eq(h.msg_iov[1].iov_base, g2h(g + 2048));
    cr_expect_eq(h.msg_iov[1].iov_len, 20);
    cr_expect_eq(h.msg_control, g2h(ctl), "cmsgs are used in place");
    cr_expect_eq(h.msg_controllen, 64);
    net_msg_release(&h);

    /* A recv's name room is cut to sockaddr_storage; a send's is EINVAL. */
    put_msg(m, nm, 200, iv, 2, 0, 0);
    cr_assert_eq(net_msg_in(m, &h, true), 0);
    cr_expect_eq(h.msg_namelen, 128);
    net_msg_release(&h);
    cr_expect_eq(net_msg_in(m, &h, false), -GUEST_EINVAL);
    put_msg(m, nm, -1, iv, 2, 0, 0);
    cr_expect_eq(net_msg_in(m, &h, true), -GUEST_EINVAL);
    /* Too many iovecs, an iovec into the hole, a control buffer there. */
    put_msg(m, 0, 0, iv, 1025, 0, 0);
    cr_expect_eq(net_msg_in(m, &h, false), -GUEST_EMSGSIZE);
    put64(iv + 16, g + 8192 - 8);
    put_msg(m, 0, 0, iv, 2, 0, 0);
    cr_expect_eq(net_msg_in(m, &h, false), -GUEST_EFAULT);
    put_msg(m, 0, 0, iv, 1, g + 8000, 400);
    cr_expect_eq(net_msg_in(m, &h, false), -GUEST_EFAULT);
    cr_expect_eq(net_msg_in(g + 8192, &h, false), -GUEST_EFAULT);
}

Test(net_msg, sendmsg_recvmsg_scm_rights)
{
    uint64_t g = guest_pages();
    int sv[2], p[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    cr_assert_eq(pipe(p), 0);

    /* Send "hi" with one SCM_RIGHTS cmsg carrying p[1]. */
    uint64_t m = g, iv = g + 64, data = g + 128, ctl = g + 256;
    memcpy(g2h(data), "hi", 2);
    put64(iv, data);
    put64(iv + 8, 2);
    put64(ctl, 20);                 /* cmsg_len = CMSG_LEN(4) */
    put32(ctl + 8, SOL_SOCKET);
    put32(ctl + 12, SCM_RIGHTS);
    put32(ctl + 16, (uint32_t)p[1]);
    put_msg(m, 0, 0, iv, 1, ctl, 24);
    const uint64_t s[6] = {(uint64_t)sv[0], m, 0, 0, 0, 0};
    cr_assert_eq(sys_dispatch(NULL, NR_SENDMSG, s), 2);

    /* Receive into fresh buffers; msg_controllen/flags written back. */
    uint64_t rm = g + 1024, riv = g + 1088, rdata = g + 1152,
             rctl = g + 1280;
    put64(riv, rdata);
    put64(riv + 8, 16);
    put_msg(rm, 0, 0, riv, 1, rctl, 64);
    const uint64_t r[6] = {(uint64_t)sv[1], rm, 0, 0, 0, 0};
    cr_assert_eq(sys_dispatch(NULL, NR_RECVMSG, r), 2);
    cr_expect_eq(memcmp(g2h(rdata), "hi", 2), 0);
    cr_expect_eq(get64(rm + 40), 24, "controllen = CMSG_SPACE(4)");
    cr_expect_eq(get32(rm + 48), 0, "no MSG_CTRUNC");
    cr_expect_eq(get64(rctl), 20);
    cr_expect_eq(get32(rctl + 12), SCM_RIGHTS);
    int fd = (int)get32(rctl + 16);
    cr_expect_neq(fd, p[1], "a new host fd");
    cr_expect_eq(write(fd, "x", 1), 1);
    char c = 0;
    cr_expect_eq(read(p[0], &c, 1), 1);
    cr_expect_eq(c, 'x');
    close(fd);
    close(p[0]);
    close(p[1]);
    close(sv[0]);
    close(sv[1]);
}

Test(net_msg, recvmmsg_lengths_written_back)
{
    uint64_t g = guest_pages();
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
    cr_assert_eq(send(sv[0], "one", 3, 0), 3);
    cr_assert_eq(send(sv[0], "three", 5, 0), 5);
    uint64_t vec = g, iv = g + 512;
    for (int i = 0; i < 3; i++) {
        uint64_t e = vec + 64 * (uint64_t)i;
        put64(iv + 16 * (uint64_t)i, g + 1024 + 64 * (uint64_t)i);
        put64(iv + 16 * (uint64_t)i + 8, 32);
        put_msg(e, 0, 0, iv + 16 * (uint64_t)i, 1, 0, 0);
        put32(e + 56, 0xdead);
    }
    /* MSG_DONTWAIT: two datagrams, then nothing more. */
    const uint64_t a[6] = {(uint64_t)sv[1], vec, 3, MSG_DONTWAIT, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_RECVMMSG, a), 2);
    cr_expect_eq(get32(vec + 56), 3);
    cr_expect_eq(get32(vec + 64 + 56), 5);
    cr_expect_eq(get32(vec + 128 + 56), 0xdead, "third untouched");
    cr_expect_eq(memcmp(g2h(g + 1088), "three", 5), 0);
    close(sv[0]);
    close(sv[1]);
}

Test(net_addr, lengths)
{
    uint64_t g = guest_pages();
    const void *in;
    void *out;
    socklen_t *outlen;

    cr_expect_eq(net_addr_in(g, 16, &in), 0);
    cr_expect_eq(in, g2h(g));
    cr_expect_eq(net_addr_in(0, 0, &in), 0);
    cr_expect_null(in);
    cr_expect_eq(net_addr_in(g, 129, &in), -GUEST_EINVAL);
    cr_expect_eq(net_addr_in(g, (uint32_t)-1, &in), -GUEST_EINVAL);
    cr_expect_eq(net_addr_in(g + 8190, 16, &in), -GUEST_EFAULT);

    put32(g + 256, 16);
    cr_expect_eq(net_addr_out(g, g + 256, &out, &outlen), 0);
    cr_expect_eq(out, g2h(g));
    cr_expect_eq(outlen, g2h(g + 256));
    cr_expect_eq(net_addr_out(0, 0, &out, &outlen), 0, "no address wanted");
    cr_expect_null(out);
    put32(g + 256, (uint32_t)-5);
    cr_expect_eq(net_addr_out(g, g + 256, &out, &outlen), -GUEST_EINVAL);
    cr_expect_eq(net_addr_out(g, g + 8192, &out, &outlen), -GUEST_EFAULT);
}

Test(net_sockopt, fprog_converted_and_attached)
{
    uint64_t g = guest_pages();
    _Alignas(8) uint8_t scratch[16];
    const void *val;
    socklen_t len;

    /* One BPF insn: BPF_RET | BPF_K, k = 0xffffffff (accept all). */
    struct sock_filter f = {0x06, 0, 0, 0xffffffffu};
    memcpy(g2h(g + 512), &f, sizeof(f));
    memset(g2h(g), 0, 16);
    uint16_t n = 1;
    memcpy(g2h(g), &n, 2);
    put64(g + 8, g + 512);
    cr_assert_eq(net_sockopt_in(SOL_SOCKET, SO_ATTACH_FILTER, g, 16,
                                scratch, &val, &len), 0);
    const struct sock_fprog *h = val;
    cr_expect_eq(len, sizeof(struct sock_fprog));
    cr_expect_eq(h->len, 1);
    cr_expect_eq((void *)h->filter, g2h(g + 512));
    cr_expect_eq(net_sockopt_in(SOL_SOCKET, SO_ATTACH_FILTER, g, 8, scratch,
                                &val, &len), -GUEST_EINVAL);
    cr_expect_eq(net_sockopt_in(IPPROTO_TCP, TCP_ZEROCOPY_RECEIVE, g, 16,
                                scratch, &val, &len), -GUEST_ENOPROTOOPT);
    /* A plain int option goes in place. */
    cr_expect_eq(net_sockopt_in(SOL_SOCKET, SO_REUSEADDR, g + 64, 4, scratch,
                                &val, &len), 0);
    cr_expect_eq(val, g2h(g + 64));

    int s = socket(AF_INET, SOCK_DGRAM, 0);
    cr_assert_geq(s, 0);
    const uint64_t a[6] = {(uint64_t)s, SOL_SOCKET, SO_ATTACH_FILTER, g, 16,
                           0};
    cr_expect_eq(sys_dispatch(NULL, NR_SETSOCKOPT, a), 0);
    /* getsockopt fills in place and writes the length back. */
    put32(g + 1024, 16);
    const uint64_t b[6] = {(uint64_t)s, SOL_SOCKET, SO_TYPE, g + 1100,
                           g + 1024, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_GETSOCKOPT, b), 0);
    cr_expect_eq(get32(g + 1024), 4);
    cr_expect_eq(get32(g + 1100), SOCK_DGRAM);
    close(s);
}

Test(net_restart, socket_timeouts)
{
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    const uint64_t rd[6] = {(uint64_t)sv[0], 0, 0, 0, 0, 0};
    cr_expect(sys_net_restartable(NR_RECVFROM, rd));
    cr_expect(sys_syscall_restartable(NR_RECVFROM, rd));
    cr_expect(sys_syscall_restartable(63, rd), "read, no timeout");

    struct timeval tv = {1, 0};
    cr_assert_eq(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)),
                 0);
    cr_expect_not(sys_syscall_restartable(NR_RECVFROM, rd));
    cr_expect_not(sys_syscall_restartable(63, rd), "read on it too");
    cr_expect_not(sys_syscall_restartable(NR_RECVMSG, rd));
    cr_expect(sys_syscall_restartable(NR_SENDTO, rd), "no SO_SNDTIMEO");
    cr_expect_not(sys_syscall_restartable(NR_EPOLL_PWAIT, rd));

    const uint64_t mm[6] = {(uint64_t)sv[1], 0, 1, 0, 0x1000, 0};
    cr_expect_not(sys_syscall_restartable(NR_RECVMMSG, mm),
                  "recvmmsg with a timeout");
    const uint64_t mm0[6] = {(uint64_t)sv[1], 0, 1, 0, 0, 0};
    cr_expect(sys_syscall_restartable(NR_RECVMMSG, mm0));
    const uint64_t notsock[6] = {0, 0, 0, 0, 0, 0};
    cr_expect(sys_syscall_restartable(NR_RECVFROM, notsock));
    close(sv[0]);
    close(sv[1]);
}

Test(net_epoll, guest_events_through_dispatch)
{
    uint64_t g = guest_pages();
    int p[2];
    cr_assert_eq(pipe(p), 0);
    const uint64_t c[6] = {02000000, 0, 0, 0, 0, 0};
    int64_t ep = sys_dispatch(NULL, NR_EPOLL_CREATE1, c);
    cr_assert_geq(ep, 0);
    cr_expect(fcntl((int)ep, F_GETFD) & FD_CLOEXEC);

    put32(g, EPOLLIN);
    put64(g + 8, 0xfeedface00c0ffeeull);
    const uint64_t ctl[6] = {(uint64_t)ep, EPOLL_CTL_ADD, (uint64_t)p[0], g,
                             0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_EPOLL_CTL, ctl), 0);
    cr_assert_eq(write(p[1], "z", 1), 1);
    memset(g2h(g + 256), 0xff, 32);
    const uint64_t w[6] = {(uint64_t)ep, g + 256, 2, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_EPOLL_PWAIT, w), 1);
    cr_expect_eq(get32(g + 256), EPOLLIN);
    cr_expect_eq(get64(g + 264), 0xfeedface00c0ffeeull);
    cr_expect_eq(get64(g + 272), UINT64_MAX, "second slot untouched");
    /* Events into the hole, maxevents 0, a bad sigset size. */
    const uint64_t bad[6] = {(uint64_t)ep, g + 8192 - 8, 1, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_EPOLL_PWAIT, bad), -GUEST_EFAULT);
    const uint64_t zero[6] = {(uint64_t)ep, g + 256, 0, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_EPOLL_PWAIT, zero), -GUEST_EINVAL);
    const uint64_t sz[6] = {(uint64_t)ep, g + 256, 1, 0, g, 4};
    cr_expect_eq(sys_dispatch(NULL, NR_EPOLL_PWAIT, sz), -GUEST_EINVAL);
    /* DEL with a NULL event. */
    const uint64_t del[6] = {(uint64_t)ep, EPOLL_CTL_DEL, (uint64_t)p[0], 0,
                             0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_EPOLL_CTL, del), 0);
    close((int)ep);
    close(p[0]);
    close(p[1]);
}

Test(net_sock, socketpair_through_dispatch)
{
    uint64_t g = guest_pages();
    const uint64_t a[6] = {AF_UNIX, SOCK_STREAM | 04000, 0, g, 0, 0};
    cr_assert_eq(sys_dispatch(NULL, NR_SOCKETPAIR, a), 0);
    int s0 = (int)get32(g), s1 = (int)get32(g + 4);
    cr_expect(fcntl(s0, F_GETFL) & O_NONBLOCK);
    memcpy(g2h(g + 64), "data", 4);
    const uint64_t s[6] = {(uint64_t)s0, g + 64, 4, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_SENDTO, s), 4);
    const uint64_t r[6] = {(uint64_t)s1, g + 128, 16, 0, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_RECVFROM, r), 4);
    cr_expect_eq(memcmp(g2h(g + 128), "data", 4), 0);
    const uint64_t fault[6] = {AF_UNIX, SOCK_STREAM, 0, g + 8190, 0, 0};
    cr_expect_eq(sys_dispatch(NULL, NR_SOCKETPAIR, fault), -GUEST_EFAULT);
    close(s0);
    close(s1);
}
