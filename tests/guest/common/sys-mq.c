/* expected: native */
/*
 * POSIX message queues (a queue named after our pid, unlinked at the
 * end): mq_open with attributes read back by mq_getattr, O_EXCL on an
 * existing queue, messages received highest priority first with their
 * priorities, a full queue with O_NONBLOCK (EAGAIN) and with a timeout
 * in the past (ETIMEDOUT), an empty one likewise, EMSGSIZE for a short
 * buffer, mq_setattr of O_NONBLOCK, a receive that blocks in a thread
 * until the main thread sends, mq_notify with SIGEV_SIGNAL (si_code
 * SI_MESGQ, the sigval) and with glibc's SIGEV_THREAD (netlink, the
 * function runs with the sigval), EBUSY for a second registration, and
 * ENOENT after mq_unlink.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *ename(long r)
{
    return r >= 0 ? "ok" : errno == EAGAIN ? "EAGAIN" : errno == ETIMEDOUT
         ? "ETIMEDOUT" : errno == EMSGSIZE ? "EMSGSIZE" : errno == EEXIST
         ? "EEXIST" : errno == ENOENT ? "ENOENT" : errno == EBUSY ? "EBUSY"
         : errno == EBADF ? "EBADF" : "other";
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static mqd_t q;
static char got[64];
static volatile int thread_done;

static void *receiver(void *arg)
{
    unsigned prio = 0;
    (void)arg;
    ssize_t n = mq_receive(q, got, 64, &prio);
    thread_done = n > 0 ? (int)prio : -1;
    return NULL;
}

static volatile sig_atomic_t sig_calls, sig_code, sig_value;

static void on_usr1(int s, siginfo_t *si, void *uc)
{
    (void)s;
    (void)uc;
    sig_calls++;
    sig_code = si->si_code;
    sig_value = si->si_value.sival_int;
}

static volatile int notify_calls, notify_value;

static void notified(union sigval v)
{
    notify_value = v.sival_int;
    __atomic_add_fetch(&notify_calls, 1, __ATOMIC_SEQ_CST);
}

int main(void)
{
    char name[64], buf[64];
    struct mq_attr at = {0, 4, 64, 0}, cur;
    unsigned prio;
    struct timespec past = {1, 0};
    setvbuf(stdout, NULL, _IOLBF, 0);
    snprintf(name, sizeof(name), "/xrun-sys-mq-%d", (int)getpid());

    q = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &at);
    printf("open %s\n", ename(q));
    mq_getattr(q, &cur);
    printf("attr: flags %ld maxmsg %ld msgsize %ld curmsgs %ld\n",
           cur.mq_flags, cur.mq_maxmsg, cur.mq_msgsize, cur.mq_curmsgs);
    mqd_t again = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &at);
    printf("O_EXCL again %s\n", ename(again));

    mq_send(q, "low", 4, 1);
    mq_send(q, "high", 5, 9);
    mq_send(q, "mid", 4, 5);
    mq_send(q, "mid2", 5, 5);
    mq_getattr(q, &cur);
    printf("curmsgs %ld\n", cur.mq_curmsgs);
    long r = mq_timedsend(q, "x", 2, 0, &past);
    printf("full, timeout in the past: %s\n", ename(r));
    for (int i = 0; i < 4; i++) {
        ssize_t n = mq_receive(q, buf, sizeof(buf), &prio);
        printf("received %zd \"%s\" prio %u\n", n, buf, prio);
    }
    r = mq_timedreceive(q, buf, sizeof(buf), &prio, &past);
    printf("empty, timeout in the past: %s\n", ename(r));
    r = mq_receive(q, buf, 10, &prio);
    printf("short buffer: %s\n", ename(r));

    struct mq_attr nb = {O_NONBLOCK, 0, 0, 0}, old;
    mq_setattr(q, &nb, &old);
    mq_getattr(q, &cur);
    printf("setattr: old flags %ld now O_NONBLOCK %d\n", old.mq_flags,
           cur.mq_flags == O_NONBLOCK);
    r = mq_receive(q, buf, sizeof(buf), &prio);
    printf("nonblocking empty: %s\n", ename(r));
    for (int i = 0; i < 4; i++) {
        mq_send(q, "fill", 5, 0);
    }
    r = mq_send(q, "over", 5, 0);
    printf("nonblocking full: %s\n", ename(r));
    for (int i = 0; i < 4; i++) {
        mq_receive(q, buf, sizeof(buf), &prio);
    }
    nb.mq_flags = 0;
    mq_setattr(q, &nb, NULL);

    pthread_t th;
    pthread_create(&th, NULL, receiver, NULL);
    sleep_ms(50);
    printf("receiver still waiting %d\n", thread_done == 0);
    mq_send(q, "wake up", 8, 3);
    pthread_join(th, NULL);
    printf("receiver got \"%s\" prio %d\n", got, thread_done);

    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_usr1;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    struct sigevent ev;
    memset(&ev, 0, sizeof(ev));
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGUSR1;
    ev.sigev_value.sival_int = 31;
    printf("notify signal: %s\n", ename(mq_notify(q, &ev)));
    printf("second registration: %s\n", ename(mq_notify(q, &ev)));
    mq_send(q, "ping", 5, 0);
    for (int i = 0; i < 500 && sig_calls == 0; i++) {
        sleep_ms(2);
    }
    printf("signal: calls %d SI_MESGQ %d value %d\n", (int)sig_calls,
           sig_code == SI_MESGQ, (int)sig_value);
    mq_receive(q, buf, sizeof(buf), &prio);

    memset(&ev, 0, sizeof(ev));
    ev.sigev_notify = SIGEV_THREAD;
    ev.sigev_notify_function = notified;
    ev.sigev_value.sival_int = 77;
    printf("notify thread: %s\n", ename(mq_notify(q, &ev)));
    mq_send(q, "pong", 5, 0);
    for (int i = 0; i < 1000 && notify_calls == 0; i++) {
        sleep_ms(2);
    }
    printf("thread: calls %d value %d\n", notify_calls, notify_value);
    printf("unregister: %s\n", ename(mq_notify(q, NULL)));

    mq_close(q);
    printf("unlink %s\n", ename(mq_unlink(name)));
    printf("open after unlink: %s\n", ename(mq_open(name, O_RDONLY)));
    printf("unlink again: %s\n", ename(mq_unlink(name)));
    return 0;
}
