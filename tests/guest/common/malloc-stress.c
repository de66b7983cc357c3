/* expected: native */
/*
 * malloc/free stress: many small blocks (brk heap), realloc growth and
 * shrink, calloc zeroing, large blocks above the mmap threshold
 * (128 KiB by default: served by mmap/munmap), memalign/posix_memalign,
 * with content checks.  Only deterministic results are printed (no
 * addresses).
 */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t seed = 42;
static uint64_t rnd(void)
{
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return seed >> 33;
}

static void fill(unsigned char *p, size_t n, unsigned tag)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(tag + i * 7);
}

static int check(const unsigned char *p, size_t n, unsigned tag)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(tag + i * 7))
            return 0;
    return 1;
}

int main(void)
{
    enum { SLOTS = 2000 };
    static unsigned char *ptr[SLOTS];
    static size_t len[SLOTS];
    int bad = 0;
    long allocs = 0;

    for (int round = 0; round < 20000; round++) {
        int s = rnd() % SLOTS;
        if (ptr[s]) {
            bad += !check(ptr[s], len[s], s);
            if (rnd() % 3 == 0) {
                size_t nl = 1 + rnd() % 600;
                unsigned char *q = realloc(ptr[s], nl);
                if (!q)
                    return 2;
                size_t keep = nl < len[s] ? nl : len[s];
                bad += !check(q, keep, s);
                fill(q, nl, s);
                ptr[s] = q;
                len[s] = nl;
            } else {
                free(ptr[s]);
                ptr[s] = NULL;
            }
        } else {
            len[s] = 1 + rnd() % 300;
            ptr[s] = malloc(len[s]);
            if (!ptr[s])
                return 2;
            fill(ptr[s], len[s], s);
            allocs++;
        }
    }
    for (int s = 0; s < SLOTS; s++) {
        if (ptr[s])
            bad += !check(ptr[s], len[s], s);
        free(ptr[s]);
    }
    printf("small: allocs=%ld bad=%d\n", allocs, bad);

    /* calloc must zero, also after reuse of dirty memory */
    int nonzero = 0;
    for (int i = 0; i < 200; i++) {
        unsigned char *p = malloc(1000);
        memset(p, 0xff, 1000);
        free(p);
        unsigned char *q = calloc(250, 4);
        for (int k = 0; k < 1000; k++)
            nonzero += q[k] != 0;
        free(q);
    }
    printf("calloc nonzero=%d\n", nonzero);

    /* large blocks: mmap path; touch every page */
    size_t sizes[] = {200 << 10, 1 << 20, 5 << 20, 33 << 20, 300 << 10};
    unsigned char *big[5];
    for (int i = 0; i < 5; i++) {
        big[i] = malloc(sizes[i]);
        if (!big[i])
            return 3;
        for (size_t o = 0; o < sizes[i]; o += 4096)
            big[i][o] = (unsigned char)(o >> 12) ^ i;
        big[i][sizes[i] - 1] = 0x5a;
    }
    long sum = 0;
    for (int i = 0; i < 5; i++) {
        for (size_t o = 0; o < sizes[i]; o += 4096)
            sum += big[i][o] == (unsigned char)((o >> 12) ^ i);
        sum += big[i][sizes[i] - 1] == 0x5a;
    }
    printf("large pages ok=%ld\n", sum);
    /* grow a large block with realloc (mremap path in glibc) */
    big[1] = realloc(big[1], 9 << 20);
    int ok = 1;
    for (size_t o = 0; o < (1 << 20); o += 4096)
        ok &= big[1][o] == (unsigned char)((o >> 12) ^ 1);
    memset(big[1] + (1 << 20), 0x11, (9 << 20) - (1 << 20));
    ok &= big[1][(9 << 20) - 1] == 0x11;
    printf("large realloc ok=%d\n", ok);
    for (int i = 0; i < 5; i++)
        free(big[i]);

    /* many large allocations freed and reallocated (munmap/mmap churn) */
    int churn = 0;
    for (int i = 0; i < 100; i++) {
        unsigned char *p = malloc(256 << 10);
        p[0] = i;
        p[(256 << 10) - 1] = i;
        churn += p[0] == p[(256 << 10) - 1];
        free(p);
    }
    printf("churn ok=%d\n", churn);

    /* alignment */
    int aligned = 0;
    for (size_t al = 16; al <= 65536; al <<= 1) {
        void *p = NULL;
        if (posix_memalign(&p, al, 100) == 0)
            aligned += ((uintptr_t)p & (al - 1)) == 0;
        free(p);
        p = memalign(al, 3000);
        aligned += ((uintptr_t)p & (al - 1)) == 0;
        free(p);
    }
    printf("aligned=%d\n", aligned);
    return 0;
}
