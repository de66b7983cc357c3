/* expected: native */
/*
 * signalfd: SIGUSR1 and SIGUSR2 blocked, raised, then read from a
 * signalfd as struct signalfd_siginfo (128 bytes: ssi_signo, ssi_code
 * SI_TKILL from raise, ssi_pid our pid, ssi_uid our uid); poll sees it
 * readable; a non-blocking read with nothing pending is EAGAIN; updating
 * the mask with signalfd(fd, ...) changes what is read; a signal sent
 * with kill() reads SI_USER.  The handler never runs.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

static volatile int handled;

static void handler(int sig)
{
    (void)sig;
    handled++;
}

static void show(int fd)
{
    struct signalfd_siginfo si;
    memset(&si, 0, sizeof(si));
    ssize_t n = read(fd, &si, sizeof(si));
    if (n < 0) {
        printf("read: -1 errno EAGAIN %d\n", errno == EAGAIN);
        return;
    }
    printf("read %zd: signo %u code %d pid ours %d uid ours %d\n", n,
           si.ssi_signo, si.ssi_code, si.ssi_pid == (uint32_t)getpid(),
           si.ssi_uid == (uint32_t)getuid());
}

int main(void)
{
    sigset_t m;
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGUSR1, handler);
    signal(SIGUSR2, handler);
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGUSR2);
    sigprocmask(SIG_BLOCK, &m, NULL);

    sigset_t only1;
    sigemptyset(&only1);
    sigaddset(&only1, SIGUSR1);
    int fd = signalfd(-1, &only1, SFD_NONBLOCK | SFD_CLOEXEC);
    printf("signalfd %d\n", fd >= 0);
    show(fd);
    raise(SIGUSR1);
    raise(SIGUSR2);
    struct pollfd p = {fd, POLLIN, 0};
    int pr = poll(&p, 1, 1000);
    printf("poll %d revents %#x\n", pr, p.revents);
    show(fd);
    show(fd);
    /* Now SIGUSR2 too (it is still pending). */
    printf("update mask %d\n", signalfd(fd, &m, 0) == fd);
    show(fd);
    kill(getpid(), SIGUSR1);
    show(fd);
    sigset_t pend;
    sigpending(&pend);
    printf("nothing pending %d, handler ran %d\n",
           !sigismember(&pend, SIGUSR1) && !sigismember(&pend, SIGUSR2),
           handled);
    return 0;
}
