/*
 * A store through a NULL pointer: SIGSEGV kills the process
 * (segv-null.status).  The pointer goes through an empty asm so the
 * compiler cannot see it is NULL (it would emit a trap, i.e. ebreak and
 * SIGTRAP, instead).  The line before is flushed, the one after never
 * printed.
 */
#include <stdio.h>

int main(void)
{
    int *p = NULL;
    __asm__ volatile("" : "+r"(p));
    printf("before\n");
    fflush(stdout);
    *p = 1;
    printf("after\n");
    return 0;
}
