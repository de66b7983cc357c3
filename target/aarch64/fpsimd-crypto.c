/* SPDX-License-Identifier: MIT */
/*
 * Crypto extension and CRC32: AESE/AESD/AESMC/AESIMC (AES-NI when the host
 * has it, tables otherwise), SHA1 (the Arm ARM's pseudocode), SHA256 (the
 * host's SHA extensions when present, else the pseudocode),
 * PMULL/PMULL2 of 64-bit elements (pclmulqdq or a shift-and-xor loop) and
 * CRC32/CRC32C (reflected tables; SSE4.2's crc32 for Castagnoli).  The
 * AES state is the register's bytes in order, as FIPS-197 maps its input
 * and as AES-NI holds it in an xmm register: no byte swapping is needed.
 */
#include "target/aarch64/fpsimd.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#define A64_HOST_X86 1
#endif

/* ---- AES ---------------------------------------------------------------- */

static uint8_t a64_aes_sbox[256], a64_aes_inv_sbox[256];
static uint32_t a64_crc_tab[2][256];
static bool a64_have_aesni, a64_have_pclmul, a64_have_sse42, a64_have_sha;

static uint8_t a64_gf_mul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    while (b) {
        if (b & 1) {
            r ^= a;
        }
        a = (uint8_t)((a << 1) ^ ((a & 0x80) ? 0x1b : 0));
        b >>= 1;
    }
    return r;
}

static uint8_t a64_rotl8(uint8_t x, unsigned n)
{
    return (uint8_t)((x << n) | (x >> (8 - n)));
}

/* S-box from its definition (GF(2^8) inverse and affine map); CRC tables. */
__attribute__((constructor)) static void a64_crypto_init(void)
{
    for (unsigned x = 0; x < 256; x++) {
        uint8_t inv = 0;
        for (unsigned y = 1; y < 256 && x != 0; y++) {
            if (a64_gf_mul((uint8_t)x, (uint8_t)y) == 1) {
                inv = (uint8_t)y;
                break;
            }
        }
        uint8_t s = (uint8_t)(inv ^ a64_rotl8(inv, 1) ^ a64_rotl8(inv, 2) ^
                              a64_rotl8(inv, 3) ^ a64_rotl8(inv, 4) ^ 0x63);
        a64_aes_sbox[x] = s;
        a64_aes_inv_sbox[s] = (uint8_t)x;
    }
    static const uint32_t poly[2] = {0xedb88320u, 0x82f63b78u};
    for (unsigned p = 0; p < 2; p++) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) {
                c = (c >> 1) ^ (poly[p] & (0u - (c & 1)));
            }
            a64_crc_tab[p][i] = c;
        }
    }
    a64_crypto_use_host(true);
}

void a64_crypto_use_host(bool on)
{
#ifdef A64_HOST_X86
    unsigned a, b, c, d;
    __builtin_cpu_init();
    a64_have_aesni = on && __builtin_cpu_supports("aes");
    a64_have_pclmul = on && __builtin_cpu_supports("pclmul");
    a64_have_sse42 = on && __builtin_cpu_supports("sse4.2");
    /* CPUID.(EAX=7,ECX=0):EBX bit 29: SHA extensions. */
    a64_have_sha = on && __builtin_cpu_supports("ssse3") &&
                   __builtin_cpu_supports("sse4.1") &&
                   __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b >> 29) & 1;
#else
    (void)on;
#endif
}

/* AddRoundKey, then (Inv)ShiftRows and (Inv)SubBytes: AESE / AESD. */
void a64_aes_round(uint8_t st[16], const uint8_t key[16], bool decrypt)
{
    uint8_t t[16];
    for (int i = 0; i < 16; i++) {
        t[i] = st[i] ^ key[i];
    }
    for (int c = 0; c < 4; c++) {
        for (int r = 0; r < 4; r++) {
            if (decrypt) { /* row r moves right by r */
                st[r + 4 * ((c + r) % 4)] = a64_aes_inv_sbox[t[r + 4 * c]];
            } else {
                st[r + 4 * c] = a64_aes_sbox[t[r + 4 * ((c + r) % 4)]];
            }
        }
    }
}

/* MixColumns (AESMC) or InvMixColumns (AESIMC) in place. */
void a64_aes_mix(uint8_t st[16], bool inverse)
{
    static const uint8_t fwd[4] = {2, 3, 1, 1}, inv[4] = {14, 11, 13, 9};
    const uint8_t *m = inverse ? inv : fwd;
    for (int c = 0; c < 4; c++) {
        uint8_t col[4];
        memcpy(col, st + 4 * c, 4);
        for (int r = 0; r < 4; r++) {
            uint8_t x = 0;
            for (int k = 0; k < 4; k++) {
                x ^= a64_gf_mul(col[k], m[(k - r + 4) % 4]);
            }
            st[4 * c + r] = x;
        }
    }
}

#ifdef A64_HOST_X86
__attribute__((target("aes,sse2"))) static void
a64_aes_ni(uint8_t st[16], const uint8_t key[16], enum a64_vcrypto_op op)
{
    __m128i x = _mm_loadu_si128((const __m128i *)st);
    __m128i z = _mm_setzero_si128();
    switch (op) {
    case A64_VC_aese:
        x = _mm_aesenclast_si128(
            _mm_xor_si128(x, _mm_loadu_si128((const __m128i *)key)), z);
        break;
    case A64_VC_aesd:
        x = _mm_aesdeclast_si128(
            _mm_xor_si128(x, _mm_loadu_si128((const __m128i *)key)), z);
        break;
    case A64_VC_aesmc: /* undo ShiftRows+SubBytes, then a full round */
        x = _mm_aesenc_si128(_mm_aesdeclast_si128(x, z), z);
        break;
    default:
        x = _mm_aesimc_si128(x);
        break;
    }
    _mm_storeu_si128((__m128i *)st, x);
}
#endif

/* ---- SHA ---------------------------------------------------------------- */

static inline uint32_t a64_rol32(uint32_t x, unsigned n)
{
    return (x << n) | (x >> ((32 - n) & 31));
}

static inline uint32_t a64_ror32(uint32_t x, unsigned n)
{
    return (x >> n) | (x << ((32 - n) & 31));
}

static uint32_t a64_sha_choose(uint32_t x, uint32_t y, uint32_t z)
{
    return ((y ^ z) & x) ^ z;
}

static uint32_t a64_sha_parity(uint32_t x, uint32_t y, uint32_t z)
{
    return x ^ y ^ z;
}

static uint32_t a64_sha_majority(uint32_t x, uint32_t y, uint32_t z)
{
    return (x & y) | ((x | y) & z);
}

/* SHA1C/P/M: four rounds on X = Qd, Y = Sn, W = Vm. */
static void a64_sha1_rounds(union a64_vec *x, uint32_t y,
                            const union a64_vec *w,
                            uint32_t (*f)(uint32_t, uint32_t, uint32_t))
{
    for (int e = 0; e < 4; e++) {
        uint32_t t = f(x->s[1], x->s[2], x->s[3]);
        y = y + a64_rol32(x->s[0], 5) + t + w->s[e];
        x->s[1] = a64_rol32(x->s[1], 30);
        uint32_t top = x->s[3]; /* ROL(Y:X, 32) */
        x->s[3] = x->s[2];
        x->s[2] = x->s[1];
        x->s[1] = x->s[0];
        x->s[0] = y;
        y = top;
    }
}

/* SHA256H (part1: returns X) / SHA256H2 (returns Y). */
static void a64_sha256_hash(union a64_vec *x, union a64_vec *y,
                            const union a64_vec *w)
{
    for (int e = 0; e < 4; e++) {
        uint32_t chs = a64_sha_choose(y->s[0], y->s[1], y->s[2]);
        uint32_t maj = a64_sha_majority(x->s[0], x->s[1], x->s[2]);
        uint32_t s1 = a64_ror32(y->s[0], 6) ^ a64_ror32(y->s[0], 11) ^
                      a64_ror32(y->s[0], 25);
        uint32_t s0 = a64_ror32(x->s[0], 2) ^ a64_ror32(x->s[0], 13) ^
                      a64_ror32(x->s[0], 22);
        uint32_t t = y->s[3] + s1 + chs + w->s[e];
        x->s[3] = t + x->s[3];
        y->s[3] = t + s0 + maj;
        uint32_t xt = x->s[3], yt = y->s[3]; /* ROL(Y:X, 32) */
        for (int i = 3; i > 0; i--) {
            x->s[i] = x->s[i - 1];
            y->s[i] = y->s[i - 1];
        }
        x->s[0] = yt;
        y->s[0] = xt;
    }
}

static void a64_sha256_su0(union a64_vec *d, const union a64_vec *n)
{
    uint32_t t[4] = {d->s[1], d->s[2], d->s[3], n->s[0]};
    for (int e = 0; e < 4; e++) {
        uint32_t x = t[e];
        x = a64_ror32(x, 7) ^ a64_ror32(x, 18) ^ (x >> 3);
        d->s[e] += x;
    }
}

static void a64_sha256_su1(union a64_vec *d, const union a64_vec *n,
                           const union a64_vec *m)
{
    uint32_t t0[4] = {n->s[1], n->s[2], n->s[3], m->s[0]};
    uint32_t t1[2] = {m->s[2], m->s[3]};
    union a64_vec r;
    for (int e = 0; e < 4; e++) {
        uint32_t x = e < 2 ? t1[e] : r.s[e - 2];
        x = a64_ror32(x, 17) ^ a64_ror32(x, 19) ^ (x >> 10);
        r.s[e] = x + d->s[e] + t0[e];
    }
    *d = r;
}

#ifdef A64_HOST_X86
/*
 * SHA256H/H2 with sha256rnds2: the Arm state is X = {a,b,c,d} and
 * Y = {e,f,g,h} (lane 0 first); the x86 one is ABEF = {f,e,b,a} and
 * CDGH = {h,g,d,c} (lane 0 first).  Two instructions of two rounds each
 * are the Arm instruction's four; part1 returns the new X, else Y.
 */
__attribute__((target("sha,sse4.1,ssse3"))) static void
a64_sha256_hash_ni(union a64_vec *out, const union a64_vec *x,
                   const union a64_vec *y, const union a64_vec *w, bool part1)
{
    __m128i vx = _mm_loadu_si128((const __m128i *)x->b);
    __m128i vy = _mm_loadu_si128((const __m128i *)y->b);
    __m128i wk = _mm_loadu_si128((const __m128i *)w->b);
    __m128i abef = _mm_shuffle_epi32(_mm_unpacklo_epi64(vy, vx), 0xb1);
    __m128i cdgh = _mm_shuffle_epi32(_mm_unpackhi_epi64(vy, vx), 0xb1);
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0e));
    /* abef holds the state after four rounds, cdgh after two: the latter
     * is the new CDGH (a round moves A,B,E,F into C,D,G,H). */
    __m128i s_abef = _mm_shuffle_epi32(abef, 0xb1);   /* e f a b */
    __m128i s_cdgh = _mm_shuffle_epi32(cdgh, 0xb1);   /* g h c d */
    __m128i r = part1 ? _mm_unpackhi_epi64(s_abef, s_cdgh)
                      : _mm_unpacklo_epi64(s_abef, s_cdgh);
    _mm_storeu_si128((__m128i *)out->b, r);
}

/* SHA256SU0 is sha256msg1; SHA256SU1 is sha256msg2 of d + {n1,n2,n3,m0}. */
__attribute__((target("sha,sse4.1,ssse3"))) static void
a64_sha256_su_ni(union a64_vec *d, const union a64_vec *n,
                 const union a64_vec *m, bool su1)
{
    __m128i vd = _mm_loadu_si128((const __m128i *)d->b);
    __m128i vn = _mm_loadu_si128((const __m128i *)n->b);
    if (!su1) {
        vd = _mm_sha256msg1_epu32(vd, vn);
    } else {
        __m128i vm = _mm_loadu_si128((const __m128i *)m->b);
        vd = _mm_sha256msg2_epu32(
            _mm_add_epi32(vd, _mm_alignr_epi8(vm, vn, 4)), vm);
    }
    _mm_storeu_si128((__m128i *)d->b, vd);
}
#endif

/* ---- PMULL (64-bit) ------------------------------------------------------ */

uint64_t a64_clmul64(uint64_t a, uint64_t b, uint64_t *hi)
{
    uint64_t lo = 0, h = 0;
    for (int i = 0; i < 64; i++) {
        if ((b >> i) & 1) {
            lo ^= a << i;
            h ^= i ? a >> (64 - i) : 0;
        }
    }
    *hi = h;
    return lo;
}

#ifdef A64_HOST_X86
__attribute__((target("pclmul,sse2"))) static void
a64_clmul_ni(uint64_t a, uint64_t b, uint64_t r[2])
{
    __m128i x = _mm_clmulepi64_si128(_mm_set_epi64x(0, (long long)a),
                                     _mm_set_epi64x(0, (long long)b), 0);
    _mm_storeu_si128((__m128i *)r, x);
}
#endif

/* ---- the helpers ---------------------------------------------------------- */

static void a64_vc_run(struct a64_cpu *cpu, const struct a64_vdesc *v,
                       enum a64_vcrypto_op op)
{
    union a64_vec d = a64_vread(cpu, v->rd), n = a64_vread(cpu, v->rn);
    union a64_vec m = a64_vread(cpu, v->rm);
    switch (op) {
    case A64_VC_aese: case A64_VC_aesd: case A64_VC_aesmc: case A64_VC_aesimc:
#ifdef A64_HOST_X86
        if (a64_have_aesni) {
            if (op == A64_VC_aesmc || op == A64_VC_aesimc) {
                d = n;
            }
            a64_aes_ni(d.b, n.b, op);
            break;
        }
#endif
        if (op == A64_VC_aese || op == A64_VC_aesd) {
            a64_aes_round(d.b, n.b, op == A64_VC_aesd);
        } else {
            d = n;
            a64_aes_mix(d.b, op == A64_VC_aesimc);
        }
        break;
    case A64_VC_sha1c:
        a64_sha1_rounds(&d, n.s[0], &m, a64_sha_choose);
        break;
    case A64_VC_sha1p:
        a64_sha1_rounds(&d, n.s[0], &m, a64_sha_parity);
        break;
    case A64_VC_sha1m:
        a64_sha1_rounds(&d, n.s[0], &m, a64_sha_majority);
        break;
    case A64_VC_sha1h:
        d.d[0] = a64_rol32(n.s[0], 30);
        d.d[1] = 0;
        break;
    case A64_VC_sha1su0: {
        union a64_vec t = {{d.d[1], n.d[0]}};
        d.d[0] = t.d[0] ^ d.d[0] ^ m.d[0];
        d.d[1] = t.d[1] ^ d.d[1] ^ m.d[1];
        break;
    }
    case A64_VC_sha1su1: {
        uint32_t t[4] = {d.s[0] ^ n.s[1], d.s[1] ^ n.s[2], d.s[2] ^ n.s[3],
                         d.s[3]};
        d.s[0] = a64_rol32(t[0], 1);
        d.s[1] = a64_rol32(t[1], 1);
        d.s[2] = a64_rol32(t[2], 1);
        d.s[3] = a64_rol32(t[3], 1) ^ a64_rol32(t[0], 2);
        break;
    }
    case A64_VC_sha256h:
    case A64_VC_sha256h2:
#ifdef A64_HOST_X86
        if (a64_have_sha) {
            bool part1 = op == A64_VC_sha256h;
            a64_sha256_hash_ni(&d, part1 ? &d : &n, part1 ? &n : &d, &m,
                               part1);
            break;
        }
#endif
        if (op == A64_VC_sha256h) {
            a64_sha256_hash(&d, &n, &m);
        } else {
            a64_sha256_hash(&n, &d, &m);
        }
        break;
    case A64_VC_sha256su0:
    case A64_VC_sha256su1:
#ifdef A64_HOST_X86
        if (a64_have_sha) {
            a64_sha256_su_ni(&d, &n, &m, op == A64_VC_sha256su1);
            break;
        }
#endif
        if (op == A64_VC_sha256su0) {
            a64_sha256_su0(&d, &n);
        } else {
            a64_sha256_su1(&d, &n, &m);
        }
        break;
    default: { /* pmull64: q selects the upper doublewords */
        uint64_t a = n.d[v->q], b = m.d[v->q];
#ifdef A64_HOST_X86
        if (a64_have_pclmul) {
            a64_clmul_ni(a, b, d.d);
            break;
        }
#endif
        d.d[0] = a64_clmul64(a, b, &d.d[1]);
        break;
    }
    }
    a64_vwrite(cpu, v->rd, &d);
}

#define A64_VCRYPTO_DEFINE(name)                                              \
    static uint64_t a64_vc_##name(struct cpu *c, uint64_t desc, uint64_t b,   \
                                  uint64_t c3, uint64_t aux)                  \
    {                                                                         \
        struct a64_vdesc v = a64_vd(desc);                                    \
        (void)b;                                                              \
        (void)c3;                                                             \
        (void)aux;                                                            \
        a64_vc_run(a64_cpu(c), &v, A64_VC_##name);                            \
        return 0;                                                             \
    }
A64_VCRYPTO_OPS(A64_VCRYPTO_DEFINE)
#undef A64_VCRYPTO_DEFINE

const struct ir_helper a64_vcrypto_helpers[A64_VC__COUNT] = {
#define A64_VCRYPTO_DESCRIBE(name) [A64_VC_##name] = {a64_vc_##name, "a64_" #name, 0},
    A64_VCRYPTO_OPS(A64_VCRYPTO_DESCRIBE)
#undef A64_VCRYPTO_DESCRIBE
};

/* ---- CRC32 ---------------------------------------------------------------- */

#ifdef A64_HOST_X86
__attribute__((target("sse4.2"))) static uint32_t
a64_crc32c_hw(uint32_t crc, uint64_t data, unsigned log2)
{
    switch (log2) {
    case 0: return _mm_crc32_u8(crc, (uint8_t)data);
    case 1: return _mm_crc32_u16(crc, (uint16_t)data);
    case 2: return _mm_crc32_u32(crc, (uint32_t)data);
    default: return (uint32_t)_mm_crc32_u64(crc, data);
    }
}
#endif

uint64_t a64_crc32(struct cpu *cpu, uint64_t a, uint64_t b, uint64_t c,
                   uint64_t aux)
{
    unsigned log2 = (unsigned)aux & 3, castagnoli = (aux >> 2) & 1;
    uint32_t crc = (uint32_t)a;
    (void)cpu;
    (void)c;
#ifdef A64_HOST_X86
    if (castagnoli && a64_have_sse42) {
        return a64_crc32c_hw(crc, b, log2);
    }
#endif
    for (unsigned i = 0; i < (1u << log2); i++) {
        crc = (crc >> 8) ^ a64_crc_tab[castagnoli][(crc ^ (b >> (8 * i))) & 0xff];
    }
    return crc;
}

const struct ir_helper a64_crc32_helper = {a64_crc32, "a64_crc32", IRH_PURE};
