/* expected: native */
/*
 * 64-bit hashing: FNV-1a 64, bitwise CRC-32 (reflected 0xedb88320),
 * CRC-32C, a splitmix64/murmur-style finalizer, and a 64-bit xorshift
 * PRNG, over text and generated buffers.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t fnv1a64(const unsigned char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

static uint32_t crc32_bitwise(const unsigned char *p, size_t n, uint32_t poly)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (poly & (0u - (c & 1)));
    }
    return ~c;
}

static uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}

static uint64_t xs = 88172645463325252ull;
static uint64_t xorshift64(void)
{
    xs ^= xs << 13;
    xs ^= xs >> 7;
    xs ^= xs << 17;
    return xs;
}

int main(void)
{
    const char *texts[] = {"", "a", "abc", "123456789",
                           "The quick brown fox jumps over the lazy dog"};
    for (unsigned i = 0; i < 5; i++) {
        const unsigned char *t = (const unsigned char *)texts[i];
        size_t n = strlen(texts[i]);
        printf("\"%s\": fnv1a64=%016llx crc32=%08x crc32c=%08x\n", texts[i],
               (unsigned long long)fnv1a64(t, n),
               crc32_bitwise(t, n, 0xedb88320u),
               crc32_bitwise(t, n, 0x82f63b78u));
    }
    static unsigned char big[100000];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (unsigned char)(xorshift64() >> 56);
    printf("big: fnv1a64=%016llx crc32=%08x\n",
           (unsigned long long)fnv1a64(big, sizeof big),
           crc32_bitwise(big, sizeof big, 0xedb88320u));
    uint64_t acc = 0;
    for (uint64_t i = 0; i < 100000; i++)
        acc += fmix64(i) ^ (acc >> 3);
    printf("fmix64 sum=%016llx fmix64(0x8000000000000000)=%016llx\n",
           (unsigned long long)acc,
           (unsigned long long)fmix64(0x8000000000000000ull));
    printf("xorshift64 now=%016llx\n", (unsigned long long)xorshift64());
    return 0;
}
