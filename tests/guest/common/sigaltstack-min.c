/*
 * sigaltstack refuses a stack smaller than the architecture's MINSIGSTKSZ
 * with ENOMEM, and the kernel compares the size only (the memory is never
 * touched here).  The constant is the kernel's, not the C library's:
 * 5120 on arm64 (arch/arm64/include/uapi/asm/signal.h), 2048 on riscv64
 * (include/uapi/asm-generic/signal.h; riscv has no value of its own).
 * Expected (by the rule above): one byte short fails, exactly the
 * minimum works.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>

#if defined(__aarch64__)
#define KERNEL_MINSIGSTKSZ 5120
#elif defined(__riscv)
#define KERNEL_MINSIGSTKSZ 2048
#else
#error "which kernel MINSIGSTKSZ?"
#endif

static char mem[65536];

static void try(const char *what, size_t size)
{
    stack_t ss = {.ss_sp = mem, .ss_size = size, .ss_flags = 0};
    int r = sigaltstack(&ss, NULL);
    printf("%s: %d%s\n", what, r, r != 0 && errno == ENOMEM ? " ENOMEM" : "");
}

int main(void)
{
    try("minimum - 1", KERNEL_MINSIGSTKSZ - 1);
    try("minimum", KERNEL_MINSIGSTKSZ);
    return 0;
}
