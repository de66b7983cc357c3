/* expected: native */
/*
 * AF_UNIX: a socketpair passes a pipe's write end with SCM_RIGHTS (the
 * receiver writes through it and the reader sees the bytes), then
 * credentials with SCM_CREDENTIALS (SO_PASSCRED on the receiver), and
 * SO_PEERCRED names our own pid/uid/gid.  A named SOCK_DGRAM socket pair
 * in a temporary directory checks recvfrom's sun_path; MSG_PEEK,
 * MSG_DONTWAIT (EAGAIN) and MSG_CTRUNC with a short control buffer too.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static void send_fd(int s, int fd)
{
    char byte = 'F';
    struct iovec iov = {&byte, 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } u;
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof(u.buf);
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof(int));
    printf("sendmsg SCM_RIGHTS: %zd\n", sendmsg(s, &m, 0));
}

static int recv_fd(int s)
{
    char byte = 0;
    struct iovec iov = {&byte, 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } u;
    struct msghdr m = {0};
    int fd = -1;
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof(u.buf);
    ssize_t n = recvmsg(s, &m, MSG_CMSG_CLOEXEC);
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    printf("recvmsg: %zd '%c' controllen %zu flags %d\n", n, byte,
           (size_t)m.msg_controllen, m.msg_flags);
    if (c != NULL && c->cmsg_level == SOL_SOCKET &&
        c->cmsg_type == SCM_RIGHTS && c->cmsg_len == CMSG_LEN(sizeof(int))) {
        memcpy(&fd, CMSG_DATA(c), sizeof(int));
        printf("got SCM_RIGHTS, cloexec %d\n",
               (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    }
    return fd;
}

static void creds(int a, int b)
{
    int one = 1;
    setsockopt(b, SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
    struct ucred uc = {getpid(), getuid(), getgid()};
    char byte = 'C';
    struct iovec iov = {&byte, 1};
    union {
        char buf[CMSG_SPACE(sizeof(struct ucred))];
        struct cmsghdr align;
    } u;
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof(u.buf);
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof(uc));
    memcpy(CMSG_DATA(c), &uc, sizeof(uc));
    printf("sendmsg SCM_CREDENTIALS: %zd\n", sendmsg(a, &m, 0));

    memset(&u, 0, sizeof(u));
    memset(&m, 0, sizeof(m));
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof(u.buf);
    byte = 0;
    ssize_t n = recvmsg(b, &m, 0);
    c = CMSG_FIRSTHDR(&m);
    struct ucred got = {0, 0, 0};
    if (c != NULL && c->cmsg_type == SCM_CREDENTIALS) {
        memcpy(&got, CMSG_DATA(c), sizeof(got));
    }
    printf("recvmsg creds: %zd '%c' type %d pid %d uid %d gid %d\n", n, byte,
           c != NULL ? c->cmsg_type : -1, got.pid == getpid(),
           got.uid == getuid(), got.gid == getgid());
}

static void peercred(int s)
{
    struct ucred uc;
    socklen_t len = sizeof(uc);
    int r = getsockopt(s, SOL_SOCKET, SO_PEERCRED, &uc, &len);
    printf("SO_PEERCRED: %d len %u pid %d uid %d gid %d\n", r, (unsigned)len,
           uc.pid == getpid(), uc.uid == getuid(), uc.gid == getgid());
}

static void short_control(int a, int b)
{
    int p[2];
    pipe(p);
    send_fd(a, p[0]);
    char byte = 0;
    struct iovec iov = {&byte, 1};
    char small[8];
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = small;
    m.msg_controllen = sizeof(small);
    ssize_t n = recvmsg(b, &m, 0);
    printf("short control: %zd ctrunc %d controllen %zu\n", n,
           (m.msg_flags & MSG_CTRUNC) != 0, (size_t)m.msg_controllen);
    close(p[0]);
    close(p[1]);
}

static void named_dgram(void)
{
    char dir[] = "/tmp/xrun-unix-XXXXXX";
    struct sockaddr_un sa = {AF_UNIX, ""}, sb = {AF_UNIX, ""}, from;
    socklen_t len = sizeof(from);
    char buf[32];

    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return;
    }
    snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/a", dir);
    snprintf(sb.sun_path, sizeof(sb.sun_path), "%s/b", dir);
    int a = socket(AF_UNIX, SOCK_DGRAM, 0), b = socket(AF_UNIX, SOCK_DGRAM, 0);
    bind(a, (struct sockaddr *)&sa, sizeof(sa));
    bind(b, (struct sockaddr *)&sb, sizeof(sb));
    ssize_t w = sendto(a, "datagram", 8, 0, (struct sockaddr *)&sb,
                       sizeof(sb));
    ssize_t pk = recv(b, buf, sizeof(buf), MSG_PEEK);
    ssize_t n = recvfrom(b, buf, sizeof(buf), 0, (struct sockaddr *)&from,
                         &len);
    printf("dgram: sent %zd peek %zd got %zd '%.*s' from-path-ok %d "
           "len-ok %d\n", w, pk, n, (int)(n > 0 ? n : 0), buf,
           strcmp(from.sun_path, sa.sun_path) == 0,
           len == offsetof(struct sockaddr_un, sun_path) +
                      strlen(sa.sun_path) + 1);
    errno = 0;
    n = recv(b, buf, sizeof(buf), MSG_DONTWAIT);
    printf("dgram: empty recv %zd EAGAIN %d\n", n, errno == EAGAIN);
    close(a);
    close(b);
    unlink(sa.sun_path);
    unlink(sb.sun_path);
    rmdir(dir);
}

int main(void)
{
    int sv[2], p[2];
    char buf[16];

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0 || pipe(p) != 0) {
        perror("socketpair");
        return 1;
    }
    send_fd(sv[0], p[1]);
    close(p[1]);
    int w = recv_fd(sv[1]);
    printf("received fd differs from sent one %d\n", w != p[1]);
    write(w, "through", 7);
    close(w);
    ssize_t n = read(p[0], buf, sizeof(buf));
    printf("pipe read: %zd '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);
    close(p[0]);
    peercred(sv[0]);
    creds(sv[0], sv[1]);
    close(sv[0]);
    close(sv[1]);

    socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, sv);
    printf("SOCK_NONBLOCK: %d\n", (fcntl(sv[0], F_GETFL) & O_NONBLOCK) != 0);
    short_control(sv[0], sv[1]);
    close(sv[0]);
    close(sv[1]);
    named_dgram();
    return 0;
}
