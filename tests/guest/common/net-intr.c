/* expected: native */
/*
 * Blocking socket calls interrupted by a SIGALRM handler (setitimer,
 * 100 ms).  By hand from signal(7), "Interruption of system calls and
 * library functions by signal handlers":
 *  - accept and recv are restarted with SA_RESTART: the handler makes
 *    them able to finish (it connects a client / sends a byte), so the
 *    restarted call returns that;
 *  - without SA_RESTART they fail with EINTR;
 *  - with a SO_RCVTIMEO timeout set, recv is never restarted: EINTR even
 *    with SA_RESTART (the byte the handler sent is read afterwards);
 *  - a SO_RCVTIMEO timeout with no signal: EAGAIN;
 *  - connect with SO_SNDTIMEO is not exercised (loopback connects at
 *    once);
 *  - a thread blocked in recv, sent SIGUSR1 and then SIGRTMAX by another
 *    thread (pthread_kill) with handlers without SA_RESTART: EINTR each
 *    time, the handler ran in that thread.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static struct sockaddr_in addr;
static int sv[2], client = -1;
static volatile int hits;
static volatile int action;   /* 0: connect a client, 1: send a byte */

static void alrm(int sig)
{
    (void)sig;
    hits++;
    if (action == 0) {
        client = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        connect(client, (struct sockaddr *)&addr, sizeof(addr));
    } else {
        send(sv[1], "s", 1, 0);
    }
}

static void arm(int flags, int what)
{
    struct sigaction sa;
    struct itimerval it = {{0, 0}, {0, 100000}};
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = alrm;
    sa.sa_flags = flags;
    sigaction(SIGALRM, &sa, NULL);
    hits = 0;
    action = what;
    setitimer(ITIMER_REAL, &it, NULL);
}

static void try_accept(int l, int flags, const char *label)
{
    arm(flags, 0);
    errno = 0;
    int c = accept(l, NULL, NULL);
    int e = errno;
    printf("%s: accept %s EINTR %d handler %d\n", label,
           c >= 0 ? "fd" : "-1", e == EINTR, hits);
    if (c < 0) {
        c = accept(l, NULL, NULL);   /* the handler's client is queued */
        printf("%s: accept again %s\n", label, c >= 0 ? "fd" : "-1");
    }
    close(c);
    close(client);
}

static void try_recv(int flags, const char *label)
{
    char ch = '?';
    arm(flags, 1);
    errno = 0;
    ssize_t n = recv(sv[0], &ch, 1, 0);
    int e = errno;
    printf("%s: recv %zd '%c' EINTR %d handler %d\n", label, n,
           n == 1 ? ch : '-', e == EINTR, hits);
    if (n < 0) {
        n = recv(sv[0], &ch, 1, 0);
        printf("%s: recv again %zd '%c'\n", label, n, ch);
    }
}

static volatile int thread_hits;
static volatile pthread_t handler_thread;

static void usr(int sig)
{
    (void)sig;
    thread_hits++;
    handler_thread = pthread_self();
}

static void *blocked_reader(void *arg)
{
    int *fd = arg;
    char ch;
    for (int i = 0; i < 2; i++) {
        errno = 0;
        ssize_t n = recv(*fd, &ch, 1, 0);
        int e = errno;
        printf("thread: recv %zd EINTR %d handler ran here %d\n", n,
               e == EINTR, pthread_equal(handler_thread, pthread_self()));
        handler_thread = 0;
        write(fd[1], "k", 1);   /* tell main we are done with this one */
    }
    return NULL;
}

static void thread_kill(void)
{
    int fds[2], sync[2];
    pthread_t th;
    struct sigaction sa;
    char ch;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = usr;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGRTMAX, &sa, NULL);
    socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
    pipe(sync);
    int arg[2] = {fds[0], sync[1]};
    pthread_create(&th, NULL, blocked_reader, arg);
    int sigs[2] = {SIGUSR1, SIGRTMAX};
    for (int i = 0; i < 2; i++) {
        struct timespec nap = {0, 100 * 1000 * 1000};
        nanosleep(&nap, NULL);   /* let it block in recv */
        pthread_kill(th, sigs[i]);
        read(sync[0], &ch, 1);
    }
    pthread_join(th, NULL);
    printf("thread: handler hits %d\n", thread_hits);
}

int main(void)
{
    socklen_t len = sizeof(addr);
    int l = socket(AF_INET, SOCK_STREAM, 0);

    setvbuf(stdout, NULL, _IONBF, 0);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(l, (struct sockaddr *)&addr, sizeof(addr));
    listen(l, 4);
    getsockname(l, (struct sockaddr *)&addr, &len);
    try_accept(l, SA_RESTART, "SA_RESTART");
    try_accept(l, 0, "no SA_RESTART");

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    try_recv(SA_RESTART, "SA_RESTART");
    try_recv(0, "no SA_RESTART");
    struct timeval tv = {5, 0};
    setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    try_recv(SA_RESTART, "SO_RCVTIMEO + SA_RESTART");

    struct timeval shorter = {0, 40000}, got;
    len = sizeof(got);
    setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &shorter, sizeof(shorter));
    getsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &got, &len);
    printf("SO_RCVTIMEO read back: %ld.%06ld len %u\n", (long)got.tv_sec,
           (long)got.tv_usec, (unsigned)len);
    char ch;
    errno = 0;
    ssize_t n = recv(sv[0], &ch, 1, 0);
    printf("timeout: recv %zd EAGAIN %d\n", n, errno == EAGAIN);
    struct linger lg = {1, 3}, lg2;
    len = sizeof(lg2);
    setsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
    getsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg2, &len);
    printf("SO_LINGER: %d %d len %u\n", lg2.l_onoff, lg2.l_linger,
           (unsigned)len);
    thread_kill();
    return 0;
}
