/* expected: native */
/*
 * Processes: fork with a pipe (child writes, parent reads), exit status
 * through waitpid (WEXITSTATUS), a child killed by a signal (WTERMSIG),
 * copy-on-write separation of memory after fork, and execve of this same
 * program through /proc/self/exe with an argument (the exec'd image must
 * be this program again, so under an emulator it runs emulated too).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int value = 100;

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "exec-child") == 0) {
        printf("exec child: argc %d arg \"%s\" value %d\n", argc, argv[2], value);
        return 9;
    }
    fflush(stdout);

    int fd[2];
    if (pipe(fd) != 0)
        return 1;
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        value = 200;
        char msg[64];
        int n = snprintf(msg, sizeof msg, "hello from child, value %d", value);
        write(fd[1], msg, n);
        close(fd[1]);
        _exit(7);
    }
    close(fd[1]);
    char buf[128];
    ssize_t n, total = 0;
    while ((n = read(fd[0], buf + total, sizeof buf - 1 - total)) > 0)
        total += n;
    buf[total] = 0;
    close(fd[0]);
    int st;
    pid_t w = waitpid(pid, &st, 0);
    printf("pipe read \"%s\"\n", buf);
    printf("waitpid same pid %d exited %d status %d parent value %d\n",
           w == pid, WIFEXITED(st), WEXITSTATUS(st), value);

    pid = fork();
    if (pid == 0) {
        pause();
        _exit(0);
    }
    kill(pid, SIGTERM);
    waitpid(pid, &st, 0);
    printf("killed child: signaled %d sig %d\n", WIFSIGNALED(st),
           WIFSIGNALED(st) ? WTERMSIG(st) : -1);

    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        char *args[] = {argv[0], "exec-child", "arg with spaces", NULL};
        execv("/proc/self/exe", args);
        perror("execv");
        _exit(127);
    }
    waitpid(pid, &st, 0);
    printf("exec child exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
    return 0;
}
