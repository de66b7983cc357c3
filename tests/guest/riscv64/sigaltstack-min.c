/*
 * sigaltstack refuses a stack smaller than the architecture's
 * MINSIGSTKSZ with ENOMEM: 2048 on riscv64 (include/uapi/asm-generic/signal.h (riscv64 has no own value)).  The kernel
 * compares the size only; the memory is never touched here.
 * Expected (by the rule above): one byte short fails, exactly 2048 works.
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
    try(2048 - 1);
    try(2048);
    return 0;
}
