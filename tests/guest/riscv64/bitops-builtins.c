/* expected: native */
/*
 * Bit-manipulation idioms as the compiler emits them for the default
 * -march=rv64gc (no Zbb: libgcc calls or shift/mask sequences):
 * __builtin_clz/ctz/popcount/parity (32 and 64 bit), bswap16/32/64,
 * rotates, min/max, sign/zero extension, andn-style masks, shNadd-style
 * address arithmetic.  zbb-compiled.c includes this file and builds it
 * with Zba/Zbb/Zbs, where the same source becomes clz/ctz/cpop/rev8/rori/
 * min/max/andn/sext.b/zext.h/sh*add instructions.
 */
#include <stdint.h>
#include <stdio.h>

static const uint64_t bvals[] = {
    1, 2, 3, 0x80, 0xff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
    0x100000000ull, 0x0123456789abcdefull, 0x7fffffffffffffffull,
    0x8000000000000000ull, 0xffffffffffffffffull, 0xf0f0f0f00f0f0f0full,
    0x00000000ffff0000ull, 0x8000000000000001ull,
};

static uint64_t hh = 14695981039346656037ull;
static void mix(uint64_t v)
{
    hh = (hh ^ v) * 1099511628211ull;
}

static uint64_t opq(uint64_t v)
{
    __asm__ volatile("" : "+r"(v));
    return v;
}

static inline uint64_t rotl64(uint64_t x, unsigned r)
{
    return (x << (r & 63)) | (x >> ((64 - r) & 63));
}
static inline uint32_t rotr32(uint32_t x, unsigned r)
{
    return (x >> (r & 31)) | (x << ((32 - r) & 31));
}

int main(void)
{
    unsigned n = sizeof bvals / sizeof bvals[0];
    for (unsigned i = 0; i < n; i++) {
        uint64_t x = opq(bvals[i]);
        uint32_t w = (uint32_t)x;
        printf("%016llx: clz %d ctz %d pop %d par %d", (unsigned long long)x,
               __builtin_clzll(x), __builtin_ctzll(x), __builtin_popcountll(x),
               __builtin_parityll(x));
        if (w)
            printf(" clz32 %d ctz32 %d", __builtin_clz(w), __builtin_ctz(w));
        printf(" pop32 %d bswap64 %016llx bswap32 %08x bswap16 %04x\n",
               __builtin_popcount(w), (unsigned long long)__builtin_bswap64(x),
               __builtin_bswap32(w), __builtin_bswap16((uint16_t)w));
    }
    for (unsigned i = 0; i < n; i++)
        for (unsigned j = 0; j < n; j++) {
            uint64_t a = opq(bvals[i]), b = opq(bvals[j]);
            int64_t sa = (int64_t)a, sb = (int64_t)b;
            mix(a & ~b);
            mix(a | ~b);
            mix(~(a ^ b));
            mix(sa < sb ? sa : sb);
            mix(sa > sb ? sa : sb);
            mix(a < b ? a : b);
            mix(a > b ? a : b);
            mix(rotl64(a, (unsigned)b));
            mix(rotr32((uint32_t)a, (unsigned)b));
            mix(a + (b << 1));
            mix(a + (b << 2));
            mix(a + (b << 3));
            mix(a + ((uint64_t)(uint32_t)b << 3));
            mix(a + (uint32_t)b);
            mix((uint64_t)(uint32_t)a << 7);
            mix(a & ~(1ull << (b & 63)));
            mix(a | (1ull << (b & 63)));
            mix(a ^ (1ull << (b & 63)));
            mix((a >> (b & 63)) & 1);
        }
    printf("pairs hash %016llx\n", (unsigned long long)hh);
    hh = 14695981039346656037ull;
    for (unsigned i = 0; i < n; i++) {
        uint64_t x = opq(bvals[i]);
        mix((uint64_t)(int64_t)(int8_t)x);
        mix((uint64_t)(int64_t)(int16_t)x);
        mix((uint16_t)x);
        mix((uint32_t)x);
        mix(rotl64(x, 13));
        mix(rotr32((uint32_t)x, 7));
    }
    printf("unary hash %016llx\n", (unsigned long long)hh);
    return 0;
}
