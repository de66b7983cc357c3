/* expected: native */
/*
 * A TCP echo server and client over loopback in two threads: socket,
 * setsockopt(SO_REUSEADDR), bind to 127.0.0.1 port 0, getsockname for
 * the port, listen, accept4(SOCK_CLOEXEC), connect, getpeername, send,
 * recv with MSG_WAITALL, writev/readv, shutdown(SHUT_WR) for EOF, and
 * getsockopt(SO_TYPE, SO_ACCEPTCONN, SO_ERROR).  Nothing printed depends
 * on the port or the timing.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static int listen_fd;
static char server_log[512];   /* printed after the join: no interleaving */
static size_t server_len;

#define SLOG(...)                                                          \
    (server_len += (size_t)snprintf(server_log + server_len,              \
                                    sizeof(server_log) - server_len,       \
                                    __VA_ARGS__))

static void *server(void *arg)
{
    struct sockaddr_in peer;
    socklen_t len = sizeof(peer);
    char buf[256];
    long total = 0;
    ssize_t n;

    (void)arg;
    int c = accept4(listen_fd, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
    if (c < 0) {
        perror("accept4");
        return NULL;
    }
    SLOG("server: accepted len %u family %d addr %s cloexec %d\n",
           (unsigned)len, peer.sin_family, inet_ntoa(peer.sin_addr),
           (fcntl(c, F_GETFD) & FD_CLOEXEC) != 0);
    while ((n = recv(c, buf, sizeof(buf), 0)) > 0) {
        total += n;
        if (send(c, buf, (size_t)n, MSG_NOSIGNAL) != n) {
            perror("send");
            break;
        }
    }
    SLOG("server: eof after %ld bytes (n %zd)\n", total, n);
    close(c);
    return NULL;
}

int main(void)
{
    struct sockaddr_in a;
    socklen_t len = sizeof(a);
    int one = 1, v;
    pthread_t th;

    setvbuf(stdout, NULL, _IONBF, 0);
    listen_fd = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listen_fd, (struct sockaddr *)&a, sizeof(a)) != 0 ||
        listen(listen_fd, 4) != 0) {
        perror("bind/listen");
        return 1;
    }
    getsockname(listen_fd, (struct sockaddr *)&a, &len);
    printf("bound: len %u family %d port nonzero %d\n", (unsigned)len,
           a.sin_family, a.sin_port != 0);
    len = sizeof(v);
    getsockopt(listen_fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &len);
    printf("SO_ACCEPTCONN %d len %u\n", v, (unsigned)len);
    pthread_create(&th, NULL, server, NULL);

    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
    if (connect(s, (struct sockaddr *)&a, sizeof(a)) != 0) {
        perror("connect");
        return 1;
    }
    struct sockaddr_in p;
    len = sizeof(p);
    getpeername(s, (struct sockaddr *)&p, &len);
    printf("client: peer port matches %d\n", p.sin_port == a.sin_port);
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    len = sizeof(v);
    getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &len);
    printf("TCP_NODELAY %d\n", v != 0);
    len = sizeof(v);
    getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
    printf("SO_TYPE %d\n", v);

    const char *msgs[] = {"hello", "echo server", "a longer line of text"};
    for (int i = 0; i < 3; i++) {
        char buf[64];
        size_t l = strlen(msgs[i]);
        send(s, msgs[i], l, 0);
        ssize_t n = recv(s, buf, l, MSG_WAITALL);
        printf("client: %zd '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);
    }
    /* writev of two pieces, readv into two buffers */
    char x[4], y[8];
    struct iovec out[2] = {{"abcd", 4}, {"efghijkl", 8}};
    struct iovec in[2] = {{x, 4}, {y, 8}};
    writev(s, out, 2);
    size_t got = 0;
    while (got < 12) {
        ssize_t n = readv(s, in, 2);
        if (n <= 0) {
            break;
        }
        got += (size_t)n;
        /* advance the iovecs past n bytes */
        while (n > 0) {
            size_t k = (size_t)n < in[0].iov_len ? (size_t)n : in[0].iov_len;
            in[0].iov_base = (char *)in[0].iov_base + k;
            in[0].iov_len -= k;
            n -= (ssize_t)k;
            if (in[0].iov_len == 0) {
                in[0] = in[1];
                in[1].iov_len = 0;
            }
        }
    }
    printf("client: readv %zu '%.4s' '%.8s'\n", got, x, y);
    shutdown(s, SHUT_WR);
    char c;
    printf("client: after shutdown recv %zd\n", recv(s, &c, 1, 0));
    pthread_join(th, NULL);
    fputs(server_log, stdout);
    len = sizeof(v);
    getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len);
    printf("SO_ERROR %d\n", v);
    close(s);
    close(listen_fd);
    return 0;
}
