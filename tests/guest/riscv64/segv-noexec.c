/*
 * Jumping into a mapping without PROT_EXEC faults (instruction page
 * fault; Linux: SIGSEGV, segv-noexec.status) even though the bytes there
 * are a valid function (addi a0, x0, 1; ret = 0x00100513 0x00008067) and
 * the page is readable.  The same code in a PROT_EXEC copy runs first.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

int main(void)
{
    static const uint32_t code[] = {0x00100513, 0x00008067};
    uint32_t *x = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    uint32_t *nx = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memcpy(x, code, sizeof code);
    memcpy(nx, code, sizeof code);
    mprotect(x, 4096, PROT_READ | PROT_EXEC);
    __asm__ volatile("fence.i" ::: "memory");
    printf("exec page returns %ld\n", ((long (*)(void))x)());
    fflush(stdout);
    long r = ((long (*)(void))nx)();
    printf("non-exec page returned %ld\n", r);
    return 0;
}
