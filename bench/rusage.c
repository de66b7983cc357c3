/* SPDX-License-Identifier: MIT */
/* rusage CMD ARGS...: run CMD, then print to stderr one line
 * "rusage: WALL USER SYS MAXRSS_KB STATUS" (seconds; the peak resident set
 * of the largest process of the tree) so the real-workload bench can
 * report time and memory without GNU time.  CMD's stdout and stderr pass
 * through; the exit status is CMD's. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double secs(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int main(int argc, char **argv)
{
    struct timespec t0, t1;
    int status;
    if (argc < 2) {
        fprintf(stderr, "usage: rusage CMD [ARGS...]\n");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror(argv[1]);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0) {
        perror("rusage");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(stderr, "rusage: %.4f %.4f %.4f %ld %d\n",
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
            secs(ru.ru_utime), secs(ru.ru_stime), ru.ru_maxrss, code);
    return code;
}
