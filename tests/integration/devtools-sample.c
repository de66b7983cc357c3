/* SPDX-License-Identifier: MIT */
/*
 * tests/integration/devtools-sample.c: the program devtools.sh compiles with
 * the guest's gcc -O2 under xrun and with the host's gcc, then runs both and
 * compares what they print.  It exercises what a compiler must get right at
 * -O2 (loops, inlining, switch tables, 128-bit and floating-point arithmetic,
 * setjmp, varargs, qsort callbacks) while printing only values that are the
 * same on every 64-bit little-endian Linux: no plain char arithmetic (signed
 * on x86-64, unsigned on arm64), no long double, and the build uses
 * -ffp-contract=off so that arm64 does not fuse a*b+c into one rounding.
 */
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- qsort of records, with two orders -------------------------------- */
struct rec {
    int id;
    double score;
    char name[16];
};

static int by_score_desc(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return x->id - y->id;
}

static int by_name(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : x->id - y->id;
}

static uint32_t lcg_state = 12345;
static uint32_t lcg(void)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return lcg_state >> 8;
}

static void sort_records(void)
{
    static const char *syll[] = { "ka", "ri", "mo", "tse", "lu", "vin", "da", "po" };
    struct rec r[24];
    for (int i = 0; i < 24; i++) {
        r[i].id = i;
        r[i].score = (double)(lcg() % 1000) / 8.0;
        /* Two statements: the order of calls in one argument list is unspecified. */
        const char *first = syll[lcg() % 8];
        const char *second = syll[lcg() % 8];
        snprintf(r[i].name, sizeof(r[i].name), "%s%s%s", first, second, syll[i % 8]);
    }
    qsort(r, 24, sizeof(r[0]), by_score_desc);
    printf("by score:");
    for (int i = 0; i < 6; i++)
        printf(" %d:%.3f", r[i].id, r[i].score);
    printf("\n");
    qsort(r, 24, sizeof(r[0]), by_name);
    printf("by name:");
    for (int i = 0; i < 24; i += 4)
        printf(" %s", r[i].name);
    printf("\n");
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void sort_ints(void)
{
    int v[500];
    long sum = 0;
    for (int i = 0; i < 500; i++)
        v[i] = (int)(lcg() % 20001) - 10000;
    qsort(v, 500, sizeof(v[0]), cmp_int);
    for (int i = 0; i < 500; i++)
        sum += (long)v[i] * (i + 1);
    int key = v[250];
    int *hit = bsearch(&key, v, 500, sizeof(v[0]), cmp_int);
    printf("ints: min %d max %d median %d weighted %ld found %s\n", v[0], v[499], v[250], sum,
           hit && *hit == key ? "yes" : "no");
}

/* ---- math library ------------------------------------------------------ */
static void math_values(void)
{
    double acc = 0;
    for (int i = 1; i <= 1000; i++)
        acc += 1.0 / ((double)i * i);
    printf("basel %.12f pi^2/6 %.12f\n", acc, M_PI * M_PI / 6);
    printf("sqrt2 %.15f cbrt %.12f hypot %.12f\n", sqrt(2.0), cbrt(1000.5), hypot(3e150, 4e150) / 1e150);
    printf("trig %.12f %.12f %.12f %.12f\n", sin(1.0), cos(2.5), tan(0.7), atan2(-1.0, -1.0));
    printf("exp/log %.12f %.12f %.12f %.12g\n", exp(3.3), log(12345.678), log10(0.001234), pow(1.0001, 10000));
    printf("round %.1f %.1f %.1f %.1f %ld %ld\n", floor(-2.5), ceil(-2.5), round(-2.5), trunc(2.7),
           lrint(2.5), lrint(3.5));
    printf("fmod %.6f remainder %.6f modf", fmod(-7.5, 2.0), remainder(7.5, 2.0));
    double ip;
    double fp = modf(-3.75, &ip);
    printf(" %.2f %.2f frexp", ip, fp);
    int e;
    double m = frexp(1000.0, &e);
    printf(" %.6f %d ldexp %.1f\n", m, e, ldexp(0.75, 12));
    printf("special %f %f %d %d %a %a\n", INFINITY, -INFINITY, isnan(NAN) != 0, isinf(1.0 / 0.0) != 0,
           0.1, -1.5e-300);
    /* Newton's method for a root of x^3 - 2x - 5. */
    double x = 2.0;
    for (int i = 0; i < 8; i++)
        x -= (x * x * x - 2 * x - 5) / (3 * x * x - 2);
    printf("newton %.15f\n", x);
    float f = 0;
    for (int i = 0; i < 10000; i++)
        f += 0.1f;
    printf("float sum %.6f %.9g\n", (double)f, (double)(f * 3.0f));
}

/* ---- integers ---------------------------------------------------------- */
static uint64_t gcd(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static void integers(void)
{
    enum { N = 100000 };
    static unsigned char composite[N + 1];
    int count = 0, last = 0;
    for (int i = 2; i <= N; i++) {
        if (composite[i])
            continue;
        count++;
        last = i;
        for (long j = (long)i * i; j <= N; j += i)
            composite[j] = 1;
    }
    printf("primes <= %d: %d, largest %d\n", N, count, last);

    uint64_t a = 0, b = 1;
    for (int i = 0; i < 100; i++) {
        uint64_t t = a + b;
        a = b;
        b = t;
    }
    printf("fib(100) mod 2^64 = %" PRIu64 ", gcd %" PRIu64 "\n", a, gcd(1071u * 1000003u, 462u * 1000003u));

    unsigned __int128 p = 1;
    for (int i = 1; i <= 30; i++)
        p *= (unsigned)i;
    printf("30! = %" PRIu64 "%019" PRIu64 "\n", (uint64_t)(p / 10000000000000000000ull),
           (uint64_t)(p % 10000000000000000000ull));

    int64_t s = -7;
    printf("div %lld %lld %lld %lld shifts %lld %llu\n", (long long)(s / 2), (long long)(s % 2),
           (long long)(INT64_MIN / -3), (long long)(-s % 3), (long long)(s >> 1),
           (unsigned long long)((uint64_t)s >> 60));
    uint64_t w = 0xf0e1d2c3b4a59687ull;
    printf("bits %d %d %d %d %016" PRIx64 " %08x\n", __builtin_popcountll(w), __builtin_clzll(w >> 3),
           __builtin_ctzll(w << 5), __builtin_parityll(w), __builtin_bswap64(w),
           (unsigned)((w >> 13 | w << 51) & 0xffffffffu));
    uint32_t h = 2166136261u;
    for (int i = 0; i < 1000; i++)
        h = (h ^ (uint32_t)(i & 0xff)) * 16777619u;
    printf("fnv %08x\n", h);
}

/* ---- strings and a hash table ------------------------------------------ */
struct entry {
    char *word;
    int count;
    struct entry *next;
};

static unsigned hash(const char *s)
{
    unsigned h = 5381;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = h * 33 + *p;
    return h;
}

static int by_count(const void *a, const void *b)
{
    const struct entry *x = *(struct entry *const *)a, *y = *(struct entry *const *)b;
    if (x->count != y->count)
        return y->count - x->count;
    return strcmp(x->word, y->word);
}

static void words(void)
{
    static const char text[] =
        "It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
        "incredulity, it was the season of Light, it was the season of Darkness";
    enum { BUCKETS = 37 };
    struct entry *tab[BUCKETS] = { 0 };
    char *copy = strdup(text);
    int nwords = 0, distinct = 0;
    for (char *tok = strtok(copy, " ,"); tok; tok = strtok(NULL, " ,")) {
        for (char *c = tok; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        unsigned b = hash(tok) % BUCKETS;
        struct entry *e = tab[b];
        while (e && strcmp(e->word, tok))
            e = e->next;
        if (!e) {
            e = malloc(sizeof(*e));
            e->word = strdup(tok);
            e->count = 0;
            e->next = tab[b];
            tab[b] = e;
            distinct++;
        }
        e->count++;
        nwords++;
    }
    struct entry **all = malloc(distinct * sizeof(*all));
    int k = 0;
    for (int b = 0; b < BUCKETS; b++)
        for (struct entry *e = tab[b]; e; e = e->next)
            all[k++] = e;
    qsort(all, distinct, sizeof(*all), by_count);
    printf("words %d distinct %d top:", nwords, distinct);
    for (int i = 0; i < 5; i++)
        printf(" %s=%d", all[i]->word, all[i]->count);
    printf("\n");
    for (int i = 0; i < distinct; i++) {
        free(all[i]->word);
        free(all[i]);
    }
    free(all);
    free(copy);

    char buf[64];
    const char *nums = "  -42 0x1F 0777 3.25e2 junk";
    char *end;
    long l1 = strtol(nums, &end, 10);
    long l2 = strtol(end, &end, 16);
    long l3 = strtol(end, &end, 0);
    double d = strtod(end, &end);
    snprintf(buf, sizeof(buf), "%ld|%ld|%ld|%g|%s|%-6s|%+05d|%x", l1, l2, l3, d, end + 1, "ab", 42, 255u);
    printf("parse %s\n", buf);
    memmove(buf + 2, buf, 10);
    buf[12] = '\0';
    printf("memmove %s strstr %s span %zu %zu\n", buf, strstr(text, "season"), strspn("aabbcxd", "abc"),
           strcspn("hello, world", ",!"));
}

/* ---- control flow: setjmp, varargs, function pointers, switch ----------- */
static jmp_buf env;

static int depth_walk(int n)
{
    if (n < 0)
        return 0;
    if (n == 0)
        longjmp(env, 99);
    return depth_walk(n - 1) + 1;
}

static long sum_va(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += i % 2 ? (long)va_arg(ap, double) : va_arg(ap, long);
    va_end(ap);
    return s;
}

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_xor(int a, int b) { return a ^ b; }

static const char *classify(int v)
{
    switch (v % 11) {
    case 0: return "zero";
    case 1: return "one";
    case 2: case 3: return "few";
    case 4: return "four";
    case 5: return "five";
    case 6: case 7: case 8: return "several";
    case 9: return "nine";
    default: return "many";
    }
}

static unsigned ackermann(unsigned m, unsigned n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static void control(void)
{
    int r = setjmp(env);
    if (r == 0)
        depth_walk(500);
    printf("longjmp %d varargs %ld\n", r, sum_va(6, 10L, 2.75, 100L, -3.5, 1000L, 0.5));
    int (*ops[])(int, int) = { op_add, op_sub, op_mul, op_xor };
    int acc = 7;
    for (int i = 0; i < 40; i++)
        acc = ops[i % 4](acc, i + 3) % 100003;
    printf("ops %d classify", acc);
    for (int i = 0; i < 24; i += 5)
        printf(" %s", classify(i * 7));
    printf(" ackermann(2,3)=%u (3,5)=%u\n", ackermann(2, 3), ackermann(3, 5));
}

/* ---- unions, bitfields, struct layout, matrices ------------------------ */
struct flags {
    unsigned a : 3;
    unsigned b : 5;
    signed c : 4;
    unsigned d : 20;
};

static void layout(void)
{
    union {
        double d;
        uint64_t u;
        uint8_t bytes[8];
    } pun = { .d = -2.5 };
    printf("pun %016" PRIx64 " first byte %02x last %02x\n", pun.u, pun.bytes[0], pun.bytes[7]);
    struct flags f = { 5, 17, -3, 999999 };
    f.a += 4;
    f.c -= 6;
    printf("bitfields %u %u %d %u size %zu\n", f.a, f.b, f.c, f.d, sizeof(f));

    enum { M = 24 };
    static double A[M][M], B[M][M], C[M][M];
    for (int i = 0; i < M; i++)
        for (int j = 0; j < M; j++) {
            A[i][j] = (double)((i * 7 + j * 3) % 11) / 4.0;
            B[i][j] = (double)((i + 2 * j) % 5) - 2.0;
        }
    for (int i = 0; i < M; i++)
        for (int j = 0; j < M; j++) {
            double s = 0;
            for (int k = 0; k < M; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    double trace = 0, total = 0;
    for (int i = 0; i < M; i++) {
        trace += C[i][i];
        for (int j = 0; j < M; j++)
            total += C[i][j] * (j % 2 ? -1 : 1);
    }
    printf("matrix trace %.4f alt-sum %.4f corner %.4f\n", trace, total, C[M - 1][M - 1]);

    uint32_t crc_table[256];
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
    uint32_t crc = 0xffffffffu;
    const char *msg = "The quick brown fox jumps over the lazy dog";
    for (const unsigned char *p = (const unsigned char *)msg; *p; p++)
        crc = crc_table[(crc ^ *p) & 0xff] ^ (crc >> 8);
    printf("crc32 %08x\n", crc ^ 0xffffffffu);
}

int main(int argc, char **argv)
{
    printf("%s with %d argument(s)\n", argc > 1 ? argv[1] : "sample", argc - 1);
    sort_records();
    sort_ints();
    math_values();
    integers();
    words();
    control();
    layout();
    return 0;
}
