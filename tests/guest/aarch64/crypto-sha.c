/* cflags: -march=armv8-a+crypto */
/* SHA-1 (SHA1C/P/M/H/SU0/SU1) and SHA-256 (SHA256H/H2/SU0/SU1) compression
 * in the usual intrinsic style, padding in C.  Expected: FIPS 180-4 /
 * FIPS 180-2 appendix digests of "abc", "" and the 448-bit two-block
 * message "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq". */
#include <arm_neon.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void sha256_block(uint32_t st[8], const uint8_t *p)
{
    uint32x4_t abcd = vld1q_u32(st), efgh = vld1q_u32(st + 4), a0 = abcd, e0 = efgh;
    uint32x4_t m[4];
    for (int i = 0; i < 4; i++) m[i] = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(p + 16 * i)));
    for (int j = 0; j < 16; j++) {
        uint32x4_t wk = vaddq_u32(m[j % 4], vld1q_u32(K256 + 4 * j));
        if (j < 12) m[j % 4] = vsha256su1q_u32(vsha256su0q_u32(m[j % 4], m[(j + 1) % 4]), m[(j + 2) % 4], m[(j + 3) % 4]);
        uint32x4_t t = abcd;
        abcd = vsha256hq_u32(abcd, efgh, wk);
        efgh = vsha256h2q_u32(efgh, t, wk);
    }
    vst1q_u32(st, vaddq_u32(abcd, a0));
    vst1q_u32(st + 4, vaddq_u32(efgh, e0));
}

static void sha1_block(uint32_t st[5], const uint8_t *p)
{
    uint32x4_t abcd = vld1q_u32(st), a0 = abcd;
    uint32_t e = st[4], e0 = e;
    uint32x4_t m[4];
    static const uint32_t k[4] = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};
    for (int i = 0; i < 4; i++) m[i] = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(p + 16 * i)));
    for (int j = 0; j < 20; j++) {
        uint32x4_t wk = vaddq_u32(m[j % 4], vdupq_n_u32(k[j / 5]));
        uint32_t en = vsha1h_u32(vgetq_lane_u32(abcd, 0));
        if (j < 5) abcd = vsha1cq_u32(abcd, e, wk);
        else if (j < 10 || j >= 15) abcd = vsha1pq_u32(abcd, e, wk);
        else abcd = vsha1mq_u32(abcd, e, wk);
        e = en;
        if (j < 16) m[j % 4] = vsha1su1q_u32(vsha1su0q_u32(m[j % 4], m[(j + 1) % 4], m[(j + 2) % 4]), m[(j + 3) % 4]);
    }
    vst1q_u32(st, vaddq_u32(abcd, a0));
    st[4] = e + e0;
}

static void digest(const char *msg, int sha1)
{
    uint8_t buf[128] = {0};
    size_t n = strlen(msg), blocks = (n + 9 + 63) / 64;
    memcpy(buf, msg, n);
    buf[n] = 0x80;
    for (int i = 0; i < 8; i++) buf[blocks * 64 - 1 - i] = (uint8_t)((uint64_t)n * 8 >> (8 * i));
    uint32_t s256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    uint32_t s1[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    for (size_t b = 0; b < blocks; b++) {
        if (sha1) sha1_block(s1, buf + 64 * b);
        else sha256_block(s256, buf + 64 * b);
    }
    printf("%s(\"%.8s%s\") = ", sha1 ? "sha1" : "sha256", msg, n > 8 ? "..." : "");
    for (int i = 0; i < (sha1 ? 5 : 8); i++) printf("%08x", sha1 ? s1[i] : s256[i]);
    printf("\n");
}

int main(void)
{
    static const char *m[3] = {"abc", "", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"};
    for (int i = 0; i < 3; i++) {
        digest(m[i], 0);
        digest(m[i], 1);
    }
    return 0;
}
