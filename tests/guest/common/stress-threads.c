/* expected: native */
/*
 * Reliability stress: many threads, futexes, thread-directed signals and
 * fork+exec from a multithreaded process at the same time.  The output is
 * counts and checksums only (never timing or ordering):
 *  - NPAIRS pairs of threads (2 * NPAIRS threads, all started together
 *    behind a barrier) play futex ping-pong on a shared int with raw
 *    syscall(SYS_futex) FUTEX_WAIT / FUTEX_WAKE (even pairs with the
 *    _PRIVATE ops, odd pairs with the shared ones), ROUNDS round trips per
 *    pair.  A shared per-pair value is advanced by each side in turn, so a
 *    lost or doubled hand-off shows as a wrong sequence;
 *  - every SIG_EVERY rounds each thread sends SIGUSR1 to its partner with
 *    pthread_kill and waits (futex on the partner's counter) until the
 *    partner's handler has counted it, so signals never coalesce and the
 *    counts are exact; the handler (SA_SIGINFO, no SA_RESTART, so futex
 *    waits see EINTR) also checks si_code SI_TKILL and si_pid getpid();
 *  - meanwhile the main thread forks NFORK children, one at a time, that
 *    exec /proc/self/exe with "stress-child K"; the child prints a line
 *    into a pipe and exits with status 10 + K;
 *  - leaks: the number of open fds (from /proc/self/fd) before and after
 *    must be equal, and after all joins /proc/self/task holds 1 thread
 *    (within 5 s: an exiting thread is released shortly after the join).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define NPAIRS 25
#define NTHREADS (2 * NPAIRS)
#define ROUNDS 2000
#define SIG_EVERY 40
#define SIGS_PER_THREAD (ROUNDS / SIG_EVERY)
#define NFORK 20

struct pair {
    int turn;       /* futex word: whose turn, 0 or 1 */
    unsigned value; /* advanced by the side whose turn it is */
    int private_ops;
    unsigned bad;   /* sequence errors seen */
    unsigned trips; /* round trips completed (counted by side 0) */
};

static struct pair pairs[NPAIRS];
static pthread_t threads[NTHREADS];
static int recv_count[NTHREADS];   /* futex words: signals handled */
static int bad_info[NTHREADS];
static unsigned futex_eintr;       /* informational only, never printed */
static pthread_barrier_t start_barrier, end_barrier;
static __thread int my_index = -1;
static pid_t main_pid;

/*
 * Untimed waits: a wake-up that depends on a signal handler must come
 * even when the signal lands just before the host futex call starts.
 */
static long futex(int *uaddr, int op, int val)
{
    return syscall(SYS_futex, uaddr, op, val, NULL, NULL, 0);
}

static void usr1_handler(int sig, siginfo_t *si, void *uc)
{
    int saved = errno;
    int i = my_index;
    (void)uc;
    if (i < 0 || i >= NTHREADS) {
        /* Delivered to a thread that is not a worker: count it nowhere. */
        errno = saved;
        return;
    }
    if (sig != SIGUSR1 || si->si_signo != SIGUSR1 || si->si_code != SI_TKILL ||
        si->si_pid != main_pid) {
        __atomic_add_fetch(&bad_info[i], 1, __ATOMIC_RELAXED);
    }
    __atomic_add_fetch(&recv_count[i], 1, __ATOMIC_SEQ_CST);
    syscall(SYS_futex, &recv_count[i], FUTEX_WAKE, INT32_MAX, NULL, NULL, 0);
    errno = saved;
}

/* Wait until *word != val (futex, tolerating EINTR/EAGAIN). */
static void wait_change(int *word, int val, int priv)
{
    int op = priv ? FUTEX_WAIT_PRIVATE : FUTEX_WAIT;
    while (__atomic_load_n(word, __ATOMIC_SEQ_CST) == val) {
        if (futex(word, op, val) != 0) {
            if (errno == EINTR) {
                __atomic_add_fetch(&futex_eintr, 1, __ATOMIC_RELAXED);
            } else if (errno != EAGAIN) {
                perror("futex wait");
                exit(2);
            }
        }
    }
}

static void send_and_wait_ack(int partner)
{
    int before = __atomic_load_n(&recv_count[partner], __ATOMIC_SEQ_CST);
    int err = pthread_kill(threads[partner], SIGUSR1);
    if (err != 0) {
        fprintf(stderr, "pthread_kill: %s\n", strerror(err));
        exit(2);
    }
    /* Shared futex ops: the handler wakes with FUTEX_WAKE (not private). */
    wait_change(&recv_count[partner], before, 0);
}

static void *worker(void *arg)
{
    int idx = (int)(intptr_t)arg;
    int side = idx & 1;
    int partner = idx ^ 1;
    struct pair *p = &pairs[idx / 2];
    int priv = p->private_ops;
    int wake = priv ? FUTEX_WAKE_PRIVATE : FUTEX_WAKE;

    my_index = idx;
    pthread_barrier_wait(&start_barrier);
    for (int r = 0; r < ROUNDS; r++) {
        /* Wait for our turn: turn == side. */
        wait_change(&p->turn, !side, priv);
        unsigned expect = 2u * (unsigned)r + (unsigned)side;
        if (p->value != expect) {
            p->bad++;
        }
        p->value = expect + 1;
        if (side == 1) {
            p->trips++;
        }
        __atomic_store_n(&p->turn, !side, __ATOMIC_SEQ_CST);
        futex(&p->turn, wake, 1);
        if (r % SIG_EVERY == SIG_EVERY - 1) {
            send_and_wait_ack(partner);
        }
    }
    /* Keep every thread alive until all signals were sent and counted. */
    pthread_barrier_wait(&end_barrier);
    return NULL;
}

static int count_dir(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    int n = 0;
    if (!d) {
        perror(path);
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            n++;
        }
    }
    closedir(d);
    return n;
}

static int child_main(const char *karg)
{
    int k = atoi(karg);
    printf("child %d says hello\n", k);
    return 10 + k;
}

static void fork_exec_loop(const char *argv0, int *out_ok, int *status_ok)
{
    for (int k = 0; k < NFORK; k++) {
        int fd[2];
        if (pipe2(fd, O_CLOEXEC) != 0) {
            perror("pipe2");
            exit(2);
        }
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            exit(2);
        }
        if (pid == 0) {
            char karg[16];
            snprintf(karg, sizeof karg, "%d", k);
            if (dup2(fd[1], 1) != 1) {
                _exit(126);
            }
            char *args[] = {(char *)argv0, "stress-child", karg, NULL};
            execv("/proc/self/exe", args);
            _exit(127);
        }
        close(fd[1]);
        char buf[128], want[64];
        ssize_t n, total = 0;
        for (;;) {
            n = read(fd[0], buf + total, sizeof buf - 1 - (size_t)total);
            if (n > 0) {
                total += n;
            } else if (n == 0 || errno != EINTR) {
                break;
            }
        }
        buf[total] = 0;
        close(fd[0]);
        snprintf(want, sizeof want, "child %d says hello\n", k);
        if (strcmp(buf, want) == 0) {
            (*out_ok)++;
        } else {
            fprintf(stderr, "child %d wrote \"%s\"\n", k, buf);
        }
        int st;
        pid_t w;
        while ((w = waitpid(pid, &st, 0)) < 0 && errno == EINTR) {
        }
        if (w == pid && WIFEXITED(st) && WEXITSTATUS(st) == 10 + k) {
            (*status_ok)++;
        } else {
            fprintf(stderr, "child %d: w %d st %#x\n", k, (int)w, st);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "stress-child") == 0) {
        return child_main(argv[2]);
    }
    main_pid = getpid();
    int fds_before = count_dir("/proc/self/fd");

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = usr1_handler;
    sa.sa_flags = SA_SIGINFO; /* no SA_RESTART: futex waits see EINTR */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);

    pthread_barrier_init(&start_barrier, NULL, NTHREADS + 1);
    pthread_barrier_init(&end_barrier, NULL, NTHREADS);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    for (int i = 0; i < NPAIRS; i++) {
        pairs[i].private_ops = (i % 2 == 0);
    }
    int created = 0;
    for (int i = 0; i < NTHREADS; i++) {
        int err = pthread_create(&threads[i], &attr, worker, (void *)(intptr_t)i);
        if (err != 0) {
            fprintf(stderr, "pthread_create %d: %s\n", i, strerror(err));
            return 2;
        }
        created++;
    }
    pthread_attr_destroy(&attr);
    fflush(stdout);
    pthread_barrier_wait(&start_barrier);

    /* fork+exec while all the workers run. */
    int out_ok = 0, status_ok = 0;
    fork_exec_loop(argv[0], &out_ok, &status_ok);

    int joined = 0;
    for (int i = 0; i < NTHREADS; i++) {
        void *ret;
        if (pthread_join(threads[i], &ret) == 0 && ret == NULL) {
            joined++;
        }
    }
    pthread_barrier_destroy(&start_barrier);
    pthread_barrier_destroy(&end_barrier);

    unsigned trips = 0, bad = 0, values_ok = 0;
    for (int i = 0; i < NPAIRS; i++) {
        trips += pairs[i].trips;
        bad += pairs[i].bad;
        values_ok += pairs[i].value == 2u * ROUNDS && pairs[i].turn == 0;
    }
    long sigs = 0;
    int sigs_exact = 0, infos_bad = 0;
    for (int i = 0; i < NTHREADS; i++) {
        sigs += recv_count[i];
        sigs_exact += recv_count[i] == SIGS_PER_THREAD;
        infos_bad += bad_info[i];
    }
    int fds_after = count_dir("/proc/self/fd");
    /*
     * A joined thread may still be listed for a moment (the kernel clears
     * the tid a joiner waits for before the task is released): allow up
     * to 5 s for the count to settle; a leaked thread never goes away.
     */
    int tasks = count_dir("/proc/self/task");
    for (int ms = 0; tasks != 1 && ms < 5000; ms++) {
        usleep(1000);
        tasks = count_dir("/proc/self/task");
        if (tasks == 1) {
            fprintf(stderr, "tasks settled to 1 after %d ms\n", ms + 1);
        }
    }

    printf("threads: created %d joined %d\n", created, joined);
    printf("futex ping-pong: pairs %d round trips %u (expected %u) "
           "sequence errors %u final values ok %u\n",
           NPAIRS, trips, (unsigned)NPAIRS * ROUNDS, bad, values_ok);
    printf("signals: received %ld (expected %d) threads exact %d/%d "
           "bad siginfo %d\n",
           sigs, NTHREADS * SIGS_PER_THREAD, sigs_exact, NTHREADS, infos_bad);
    printf("fork+exec: runs %d output ok %d status ok %d\n", NFORK, out_ok,
           status_ok);
    printf("fds: before==after %d\n", fds_before == fds_after);
    if (fds_before != fds_after) {
        fprintf(stderr, "fds before %d after %d\n", fds_before, fds_after);
    }
    printf("tasks after join: %d\n", tasks);
    return 0;
}
