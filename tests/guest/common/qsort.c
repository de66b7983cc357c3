/* expected: native */
/*
 * qsort and bsearch from libc on ints, 64-bit values, strings and structs
 * (stable order made explicit by a tie-break), with a deterministic LCG.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t seed = 12345;
static uint64_t rnd(void)
{
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return seed >> 17;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_u64_desc(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x < y) - (x > y);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

struct rec {
    int key;
    int idx;
};

static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

int main(void)
{
    enum { N = 5000 };
    static int a[N];
    static uint64_t u[N];
    static struct rec r[N];
    uint64_t h = 0;

    for (int i = 0; i < N; i++)
        a[i] = (int)(rnd() % 200001) - 100000;
    qsort(a, N, sizeof a[0], cmp_int);
    int sorted = 1;
    for (int i = 1; i < N; i++)
        sorted &= a[i - 1] <= a[i];
    for (int i = 0; i < N; i++)
        h = h * 31 + (uint32_t)a[i];
    printf("ints sorted=%d min=%d max=%d median=%d hash=%016llx\n", sorted,
           a[0], a[N - 1], a[N / 2], (unsigned long long)h);

    int found = 0;
    for (int k = -100000; k <= 100000; k += 997)
        found += bsearch(&k, a, N, sizeof a[0], cmp_int) != NULL;
    printf("bsearch found %d\n", found);

    for (int i = 0; i < N; i++)
        u[i] = rnd() * 0x9e3779b97f4a7c15ull;
    qsort(u, N, sizeof u[0], cmp_u64_desc);
    h = 0;
    for (int i = 0; i < N; i++)
        h ^= u[i] * (i + 1);
    printf("u64 desc first=%016llx last=%016llx hash=%016llx\n",
           (unsigned long long)u[0], (unsigned long long)u[N - 1],
           (unsigned long long)h);

    static char words[600][12];
    static char *wp[600];
    for (int i = 0; i < 600; i++) {
        int len = 1 + rnd() % 10;
        for (int j = 0; j < len; j++)
            words[i][j] = 'a' + rnd() % 26;
        words[i][len] = 0;
        wp[i] = words[i];
    }
    qsort(wp, 600, sizeof wp[0], cmp_str);
    printf("strings first=%s last=%s mid=%s\n", wp[0], wp[599], wp[300]);

    for (int i = 0; i < N; i++) {
        r[i].key = rnd() % 50;
        r[i].idx = i;
    }
    qsort(r, N, sizeof r[0], cmp_rec);
    h = 0;
    for (int i = 0; i < N; i++)
        h = h * 1000003 + r[i].key * 10007 + r[i].idx;
    printf("structs first=(%d,%d) last=(%d,%d) hash=%016llx\n", r[0].key,
           r[0].idx, r[N - 1].key, r[N - 1].idx, (unsigned long long)h);
    return 0;
}
