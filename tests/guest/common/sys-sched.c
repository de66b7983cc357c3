/* expected: native */
/*
 * Scheduling calls: policy and parameter of this thread (getscheduler,
 * getparam, setscheduler to SCHED_BATCH and SCHED_IDLE and back, which
 * need no privilege), SCHED_RESET_ON_FORK (kept here, cleared in a child,
 * which keeps SCHED_BATCH: only real-time policies are reset),
 * the per-thread meaning of pid (a second thread's tid), the priority
 * ranges of each policy, sched_rr_get_interval, and the errors Linux
 * checks before touching memory (EINVAL) and after (EFAULT).  Then the
 * I/O priority: ioprio_set of a best-effort level read back by
 * ioprio_get, and EINVAL for a bad class.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define IOPRIO_WHO_PROCESS 1
#define IOPRIO_VALUE(cls, lvl) (((cls) << 13) | (lvl))

static void show_policy(const char *what)
{
    struct sched_param p = {-1};
    int r = sched_getparam(0, &p);
    printf("%s: policy %d getparam %d priority %d\n", what,
           sched_getscheduler(0), r, p.sched_priority);
}

static int set(pid_t pid, int policy)
{
    struct sched_param p = {0};
    errno = 0;
    int r = sched_setscheduler(pid, policy, &p);
    return r == 0 ? 0 : -errno;
}

static volatile pid_t other_tid;
static volatile int other_policy, other_done, main_checked;

static void *other(void *arg)
{
    (void)arg;
    other_tid = (pid_t)syscall(SYS_gettid);
    while (!main_checked) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
    other_policy = sched_getscheduler(0);
    return NULL;
}

int main(void)
{
    struct sched_param p;
    struct timespec ts;
    int r;

    show_policy("start");
    printf("set BATCH %d\n", set(0, SCHED_BATCH));
    show_policy("batch");
    printf("set IDLE %d\n", set(0, SCHED_IDLE));
    show_policy("idle");
    printf("set OTHER %d\n", set(0, SCHED_OTHER));
    show_policy("other");

    /* SCHED_RESET_ON_FORK: the child has BATCH without the flag. */
    printf("set BATCH|RESET_ON_FORK %d\n",
           set(0, SCHED_BATCH | SCHED_RESET_ON_FORK));
    printf("reset-on-fork flag kept %d\n",
           sched_getscheduler(0) == (SCHED_BATCH | SCHED_RESET_ON_FORK));
    pid_t child = fork();
    if (child == 0) {
        _exit(sched_getscheduler(0));
    }
    int st;
    waitpid(child, &st, 0);
    printf("child policy %d\n", WEXITSTATUS(st));
    set(0, SCHED_OTHER);

    /* pid is a thread: the other thread's policy, not ours, changes. */
    pthread_t th;
    pthread_create(&th, NULL, other, NULL);
    while (other_tid == 0) {
        struct timespec w = {0, 1000000};
        nanosleep(&w, NULL);
    }
    printf("set BATCH on the other thread %d\n", set(other_tid, SCHED_BATCH));
    printf("main policy %d\n", sched_getscheduler(0));
    main_checked = 1;
    pthread_join(th, NULL);
    printf("other thread policy %d\n", other_policy);

    int pols[] = {SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE};
    for (int i = 0; i < 5; i++) {
        printf("policy %d: priority min %d max %d\n", pols[i],
               sched_get_priority_min(pols[i]),
               sched_get_priority_max(pols[i]));
    }
    errno = 0;
    r = sched_get_priority_max(42);
    printf("policy 42: max %d EINVAL %d\n", r, errno == EINVAL);

    r = sched_rr_get_interval(0, &ts);
    printf("rr_get_interval %d sane %d\n", r,
           ts.tv_sec == 0 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);

    printf("FIFO priority 0: %d (EINVAL %d)\n", set(0, SCHED_FIFO), EINVAL);
    printf("policy 42: %d\n", set(0, 42));
    errno = 0;
    r = (int)syscall(SYS_sched_setparam, 0, NULL);
    printf("setparam NULL %d EINVAL %d\n", r, errno == EINVAL);
    errno = 0;
    r = sched_getparam(-1, &p);
    printf("getparam pid -1 %d EINVAL %d\n", r, errno == EINVAL);
    errno = 0;
    r = (int)syscall(SYS_sched_getparam, 0, (void *)8);
    printf("getparam bad pointer %d EFAULT %d\n", r, errno == EFAULT);
    errno = 0;
    r = (int)syscall(SYS_sched_rr_get_interval, 0, (void *)8);
    printf("rr_get_interval bad pointer %d EFAULT %d\n", r, errno == EFAULT);

    int old = (int)syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0);
    r = (int)syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0,
                     IOPRIO_VALUE(2, 6));
    printf("ioprio_set BE 6: %d now 0x%x\n", r,
           (int)syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0));
    errno = 0;
    r = (int)syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, IOPRIO_VALUE(7, 0));
    printf("ioprio_set class 7: %d EINVAL %d\n", r, errno == EINVAL);
    syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, old);
    return 0;
}
