/* expected: native */
/*
 * setjmp/longjmp: return values (0, the value passed, 1 for longjmp(.., 0)),
 * unwinding through several frames, volatile locals preserved, nested
 * jump buffers, and sigsetjmp/siglongjmp restoring the signal mask.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

static jmp_buf jb, jb2;
static int depth_reached;

static void dive(int n)
{
    char pad[256];
    pad[n & 255] = (char)n;
    depth_reached = n + pad[n & 255] - (char)n;
    if (n == 50)
        longjmp(jb, n);
    dive(n + 1);
}

static void inner(void)
{
    if (setjmp(jb2) == 0)
        longjmp(jb2, 7);
    longjmp(jb, 0);         /* setjmp returns 1 */
}

int main(void)
{
    volatile int counter = 0;
    int r = setjmp(jb);
    counter++;
    if (r == 0) {
        printf("setjmp first: %d\n", r);
        dive(0);
    }
    printf("after dive: r=%d depth=%d counter=%d\n", r, depth_reached, counter);

    r = setjmp(jb);
    if (r == 0)
        inner();
    printf("longjmp(0) gives %d\n", r);

    volatile long acc = 0;
    for (volatile int i = 0; i < 5; i++) {
        if (setjmp(jb) == 0) {
            acc = acc * 10 + i;
            longjmp(jb, i + 1);
        }
        acc += 100;
    }
    printf("loop acc=%ld\n", (long)acc);

    sigjmp_buf sj;
    sigset_t set, cur;
    sigemptyset(&set);
    sigprocmask(SIG_SETMASK, &set, NULL);
    if (sigsetjmp(sj, 1) == 0) {
        sigaddset(&set, SIGUSR1);
        sigprocmask(SIG_BLOCK, &set, NULL);
        siglongjmp(sj, 1);
    }
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("sigsetjmp restored mask: usr1 blocked=%d\n",
           sigismember(&cur, SIGUSR1));
    return 0;
}
