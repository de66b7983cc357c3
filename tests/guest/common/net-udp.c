/* expected: native */
/*
 * UDP over loopback: sendto/recvfrom between two bound sockets (the
 * source address is the sender's), a datagram cut short (MSG_TRUNC),
 * connect + send/recv, sendmmsg of three datagrams and recvmmsg of them
 * (with MSG_WAITFORONE and a timeout), IPv6 ::1 when the host has it
 * (printed the same way either way), and SO_RCVBUF/SO_BROADCAST.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int bound(struct sockaddr_in *a)
{
    socklen_t len = sizeof(*a);
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    memset(a, 0, sizeof(*a));
    a->sin_family = AF_INET;
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(s, (struct sockaddr *)a, sizeof(*a));
    getsockname(s, (struct sockaddr *)a, &len);
    return s;
}

static void mmsg(int a, int b, const struct sockaddr_in *bb)
{
    struct mmsghdr out[3], in[4];
    struct iovec oiov[3], iiov[4];
    char bufs[4][16];
    const char *words[3] = {"one", "three", "fifteen"};
    struct sockaddr_in from[4];

    memset(out, 0, sizeof(out));
    for (int i = 0; i < 3; i++) {
        oiov[i].iov_base = (void *)words[i];
        oiov[i].iov_len = strlen(words[i]);
        out[i].msg_hdr.msg_iov = &oiov[i];
        out[i].msg_hdr.msg_iovlen = 1;
        out[i].msg_hdr.msg_name = (void *)bb;
        out[i].msg_hdr.msg_namelen = sizeof(*bb);
    }
    int n = sendmmsg(a, out, 3, 0);
    printf("sendmmsg: %d lens %u %u %u\n", n, out[0].msg_len,
           out[1].msg_len, out[2].msg_len);
    memset(in, 0, sizeof(in));
    for (int i = 0; i < 4; i++) {
        iiov[i].iov_base = bufs[i];
        iiov[i].iov_len = sizeof(bufs[i]);
        in[i].msg_hdr.msg_iov = &iiov[i];
        in[i].msg_hdr.msg_iovlen = 1;
        in[i].msg_hdr.msg_name = &from[i];
        in[i].msg_hdr.msg_namelen = sizeof(from[i]);
    }
    struct timespec ts = {1, 0};
    n = recvmmsg(b, in, 4, MSG_WAITFORONE, &ts);
    printf("recvmmsg: %d\n", n);
    for (int i = 0; i < n; i++) {
        printf("  %u '%.*s' namelen %u\n", in[i].msg_len, (int)in[i].msg_len,
               bufs[i], (unsigned)in[i].msg_hdr.msg_namelen);
    }
}

static void ipv6(void)
{
    struct sockaddr_in6 a = {0}, b = {0}, from;
    socklen_t len = sizeof(a);
    char buf[16];

    int s = socket(AF_INET6, SOCK_DGRAM, 0);
    a.sin6_family = AF_INET6;
    a.sin6_addr = in6addr_loopback;
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) != 0) {
        printf("ipv6: not available\n");
        if (s >= 0) {
            close(s);
        }
        return;
    }
    getsockname(s, (struct sockaddr *)&a, &len);
    int t = socket(AF_INET6, SOCK_DGRAM, 0);
    b.sin6_family = AF_INET6;
    b.sin6_addr = in6addr_loopback;
    bind(t, (struct sockaddr *)&b, sizeof(b));
    sendto(t, "six", 3, 0, (struct sockaddr *)&a, sizeof(a));
    len = sizeof(from);
    ssize_t n = recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from,
                         &len);
    char txt[INET6_ADDRSTRLEN];
    inet_ntop(AF_INET6, &from.sin6_addr, txt, sizeof(txt));
    printf("ipv6: %zd '%.*s' from %s len %u\n", n, (int)(n > 0 ? n : 0), buf,
           txt, (unsigned)len);
    close(s);
    close(t);
}

int main(void)
{
    struct sockaddr_in aa, bb, from;
    socklen_t len = sizeof(from);
    char buf[64];

    int a = bound(&aa), b = bound(&bb);
    ssize_t w = sendto(a, "ping", 4, 0, (struct sockaddr *)&bb, sizeof(bb));
    ssize_t n = recvfrom(b, buf, sizeof(buf), 0, (struct sockaddr *)&from,
                         &len);
    printf("recvfrom: sent %zd got %zd '%.*s' from sender %d len %u\n", w, n,
           (int)(n > 0 ? n : 0), buf,
           from.sin_port == aa.sin_port &&
               from.sin_addr.s_addr == htonl(INADDR_LOOPBACK),
           (unsigned)len);

    sendto(a, "a long datagram", 15, 0, (struct sockaddr *)&bb, sizeof(bb));
    n = recv(b, buf, 6, MSG_TRUNC);
    printf("MSG_TRUNC: %zd '%.6s'\n", n, buf);

    connect(a, (struct sockaddr *)&bb, sizeof(bb));
    send(a, "connected", 9, 0);
    n = recv(b, buf, sizeof(buf), 0);
    printf("connected send: %zd '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);
    errno = 0;
    n = sendto(b, "x", 1, 0, NULL, 0);
    printf("sendto without address: %zd EDESTADDRREQ %d\n", n,
           errno == EDESTADDRREQ);

    mmsg(a, b, &bb);

    int v = 0, one = 1;
    len = sizeof(v);
    setsockopt(b, SOL_SOCKET, SO_BROADCAST, &one, sizeof(one));
    getsockopt(b, SOL_SOCKET, SO_BROADCAST, &v, &len);
    printf("SO_BROADCAST %d\n", v);
    v = 65536;
    setsockopt(b, SOL_SOCKET, SO_RCVBUF, &v, sizeof(v));
    len = sizeof(v);
    getsockopt(b, SOL_SOCKET, SO_RCVBUF, &v, &len);
    printf("SO_RCVBUF doubled %d\n", v == 131072);
    int c = socket(AF_INET, SOCK_DGRAM, 0);
    errno = 0;
    int r = bind(c, (struct sockaddr *)&aa, 200);
    printf("bad bind length: %d EINVAL %d\n", r, errno == EINVAL);
    close(c);
    ipv6();
    close(a);
    close(b);
    return 0;
}
