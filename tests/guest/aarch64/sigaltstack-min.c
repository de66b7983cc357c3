/*
 * sigaltstack refuses a stack smaller than the architecture's
 * MINSIGSTKSZ with ENOMEM: 5120 on aarch64 (arch/arm64/include/uapi/asm/signal.h).  The kernel
 * compares the size only; the memory is never touched here.
 * Expected (by the rule above): one byte short fails, exactly 5120 works.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>

static char mem[65536];

static void try(size_t size)
{
    stack_t ss = {.ss_sp = mem, .ss_size = size, .ss_flags = 0};
    int r = sigaltstack(&ss, NULL);
    printf("size %zu: %d%s\n", size, r, r != 0 && errno == ENOMEM ? " ENOMEM" : "");
}

int main(void)
{
    try(5120 - 1);
    try(5120);
    return 0;
}
