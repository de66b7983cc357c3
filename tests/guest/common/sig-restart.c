/*
 * A read() from an empty pipe interrupted by SIGALRM from alarm(1).  By
 * hand from signal(7) ("Interruption of system calls and library functions
 * by signal handlers": read on a pipe is restarted with SA_RESTART, else
 * fails with EINTR):
 *  - SA_RESTART: the handler writes one byte 'x' into the pipe and
 *    returns; the read is restarted and returns that byte
 *    -> "SA_RESTART: read 1 'x' handler 1";
 *  - no SA_RESTART: the read fails with EINTR, the handler's byte stays
 *    in the pipe (a second read gets it)
 *    -> "no SA_RESTART: read -1 EINTR 1 handler 1 then 1 'x'".
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int fds[2];
static volatile int hits;

static void alrm(int sig)
{
    (void)sig;
    hits++;
    (void)!write(fds[1], "x", 1);
}

static void run(int flags, const char *label)
{
    struct sigaction sa;
    char c = '?';
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = alrm;
    sa.sa_flags = flags;
    sigaction(SIGALRM, &sa, NULL);
    hits = 0;
    alarm(1);
    errno = 0;
    ssize_t n = read(fds[0], &c, 1);
    int e = errno;
    if (flags & SA_RESTART) {
        printf("%s: read %zd '%c' handler %d\n", label, n, c, hits);
    } else {
        ssize_t m = read(fds[0], &c, 1);
        printf("%s: read %zd EINTR %d handler %d then %zd '%c'\n", label, n,
               e == EINTR, hits, m, c);
    }
}

int main(void)
{
    if (pipe(fds) != 0) {
        return 1;
    }
    run(SA_RESTART, "SA_RESTART");
    run(0, "no SA_RESTART");
    return 0;
}
