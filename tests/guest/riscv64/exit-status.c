/*
 * main returning 3: the exit status is 3 (exit-status.status), after the
 * buffered stdout line is flushed by exit().
 */
#include <stdio.h>

int main(void)
{
    printf("returning 3\n");
    return 3;
}
