/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the aarch64 FP/SIMD/crypto helpers (target/aarch64/
 * fpsimd*.c).  Every expected value is derived by hand from the Arm ARM
 * pseudocode, IEEE 754 or the published test vectors (FIPS-197 appendix B,
 * FIPS 180-4 "abc", the CRC catalogue's check values); the derivation is
 * in the comment next to it.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "target/aarch64/fpsimd-fp.h"
#include "target/aarch64/fpsimd.h"

static struct a64_cpu cpu;

static void set_v(int n, uint64_t lo, uint64_t hi)
{
    cpu.v[n][0] = lo;
    cpu.v[n][1] = hi;
}

/* Run vector helper h on (d=0, n=1, m=2) with esz, q. */
static void vcall(const struct ir_helper *h, unsigned esz, unsigned q,
                  unsigned scalar, unsigned imm)
{
    h->fn(&cpu.common, a64_vd_pack(0, 1, 2, esz, q, scalar, imm), 0, 0, 0);
}

/* ---- saturation and QC --------------------------------------------------- */

Test(a64_simd, sqadd_saturates_and_sets_qc)
{
    cpu.fpsr = 0;
    set_v(1, 0x017f, 0); /* bytes 0x7f, 0x01 */
    set_v(2, 0x8001, 0); /* bytes 0x01, 0x80 */
    vcall(&a64_vint_helpers[A64_VI_sqadd], 0, 0, 0, 0);
    /* 127 + 1 saturates to 127; 1 + -128 = -127 (0x81); others 0 */
    cr_expect_eq(cpu.v[0][0], 0x817f);
    cr_expect_eq(cpu.v[0][1], 0);
    cr_expect(cpu.fpsr & A64_FPSR_QC);
}

Test(a64_simd, uqsub_and_no_qc)
{
    cpu.fpsr = 0;
    set_v(1, 0x0500, 0); /* bytes 0x00, 0x05 */
    set_v(2, 0x0301, 0); /* bytes 0x01, 0x03 */
    vcall(&a64_vint_helpers[A64_VI_uqsub], 0, 0, 0, 0);
    cr_expect_eq(cpu.v[0][0], 0x0200); /* 0 - 1 -> 0 (QC); 5 - 3 = 2 */
    cr_expect(cpu.fpsr & A64_FPSR_QC);
    cpu.fpsr = 0;
    set_v(1, 0x0500, 0);
    set_v(2, 0x0300, 0);
    vcall(&a64_vint_helpers[A64_VI_uqsub], 0, 0, 0, 0);
    cr_expect_eq(cpu.fpsr & A64_FPSR_QC, 0);
}

Test(a64_simd, sqdmulh_min_times_min)
{
    cpu.fpsr = 0;
    /* 2 * -32768 * -32768 >> 16 = 32768: saturates to 0x7fff */
    set_v(1, 0x8000, 0);
    set_v(2, 0x8000, 0);
    vcall(&a64_vint_helpers[A64_VI_sqdmulh], 1, 0, 0, 0);
    cr_expect_eq(cpu.v[0][0] & 0xffff, 0x7fff);
    cr_expect(cpu.fpsr & A64_FPSR_QC);
    /* sqrdmulh 0x4000 * 0x4000: (2 * 2^28 + 2^15) >> 16 = 0x2000 */
    cpu.fpsr = 0;
    set_v(1, 0x4000, 0);
    set_v(2, 0x4000, 0);
    vcall(&a64_vint_helpers[A64_VI_sqrdmulh], 1, 0, 0, 0);
    cr_expect_eq(cpu.v[0][0] & 0xffff, 0x2000);
    cr_expect_eq(cpu.fpsr & A64_FPSR_QC, 0);
}

Test(a64_simd, sqxtn_and_sqshrun)
{
    cpu.fpsr = 0;
    /* halfwords 0x0123 -> 0x7f (sat), 0xff80 (-128) -> 0x80, 0x0005 -> 5 */
    set_v(1, 0x0005ff800123ull, 0);
    vcall(&a64_vint_helpers[A64_VI_sqxtn], 0, 0, 0, 0);
    cr_expect_eq(cpu.v[0][0], 0x05807f);
    cr_expect(cpu.fpsr & A64_FPSR_QC);
    /* sqshrun #4 of halfwords 0x0123 -> 0x12, 0xff80 (neg) -> 0 (QC) */
    cpu.fpsr = 0;
    set_v(1, 0xff800123ull, 0);
    vcall(&a64_vshift_helpers[A64_VS_sqshrun], 0, 0, 0, 4);
    cr_expect_eq(cpu.v[0][0], 0x0012);
    cr_expect(cpu.fpsr & A64_FPSR_QC);
}

Test(a64_simd, shifts_by_register)
{
    /* srshl of bytes by -1: 3 -> (3 + 1) >> 1 = 2; -3 -> (-3 + 1) >> 1 = -1 */
    set_v(1, 0xfd03, 0);
    set_v(2, 0xffff, 0);
    vcall(&a64_vint_helpers[A64_VI_srshl], 0, 0, 0, 0);
    cr_expect_eq(cpu.v[0][0], 0xff02);
    /* ushl by 8 of a byte: 0 */
    set_v(1, 0xff, 0);
    set_v(2, 0x08, 0);
    vcall(&a64_vint_helpers[A64_VI_ushl], 0, 0, 0, 0);
    cr_expect_eq(cpu.v[0][0], 0);
}

/* ---- FP rounding, NaNs, estimates --------------------------------------- */

#define RM(m) ((uint64_t)(m) << A64_FPCR_RMODE_SHIFT)

Test(a64_fp, fadd_rounding_modes)
{
    /* 1 + 2^-24 lies halfway between 1 and 1 + 2^-23 (0x3f800001) */
    static const uint64_t want[4] = {0x3f800000, 0x3f800001, 0x3f800000,
                                     0x3f800000};
    for (unsigned m = 0; m < 4; m++) {
        cpu.fpcr = RM(m);
        cpu.fpsr = 0;
        uint64_t r = a64_fp_add(&cpu, 2, 0x3f800000, 0x33800000, 0);
        cr_expect_eq(r, want[m], "mode %u: %#llx", m, (unsigned long long)r);
        cr_expect_eq(cpu.fpsr, A64_FPSR_IXC);
    }
    /* -1 + -2^-24 in RM: -(1 + 2^-23) = 0xbf800001 */
    cpu.fpcr = RM(A64_RM);
    cr_expect_eq(a64_fp_add(&cpu, 2, 0xbf800000, 0xb3800000, 0), 0xbf800001);
    /* x - x is -0 in RM, +0 otherwise */
    cr_expect_eq(a64_fp_sub(&cpu, 3, 0x3ff0000000000000ull,
                            0x3ff0000000000000ull, 0),
                 0x8000000000000000ull);
    cpu.fpcr = 0;
    cr_expect_eq(a64_fp_sub(&cpu, 3, 0x3ff0000000000000ull,
                            0x3ff0000000000000ull, 0), 0);
}

Test(a64_fp, overflow_in_rz_gives_max)
{
    cpu.fpcr = RM(A64_RZ);
    cpu.fpsr = 0;
    /* FLT_MAX * 2 rounds toward zero to FLT_MAX 0x7f7fffff; OFC, IXC */
    cr_expect_eq(a64_fp_mul(&cpu, 2, 0x7f7fffff, 0x40000000, 0), 0x7f7fffff);
    cr_expect_eq(cpu.fpsr, A64_FPSR_OFC | A64_FPSR_IXC);
    cpu.fpcr = 0;
}

Test(a64_fp, nan_rules)
{
    cpu.fpcr = 0;
    cpu.fpsr = 0;
    /* qNaN first, sNaN second: the sNaN wins, quieted; IOC */
    cr_expect_eq(a64_fp_add(&cpu, 2, 0x7fc00001, 0x7f800002, 0), 0x7fc00002);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IOC);
    /* two qNaNs: the first; no flag */
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_mul(&cpu, 2, 0xffc00005, 0x7fc00001, 0), 0xffc00005);
    cr_expect_eq(cpu.fpsr, 0);
    /* DN: default NaN 0x7fc00000 / 0x7ff8000000000000 */
    cpu.fpcr = A64_FPCR_DN;
    cr_expect_eq(a64_fp_add(&cpu, 2, 0xffc00005, 0x3f800000, 0), 0x7fc00000);
    cr_expect_eq(a64_fp_div(&cpu, 3, 0, 0, 0), 0x7ff8000000000000ull);
    /* invalid 0/0 without DN gives the default NaN too, IOC */
    cpu.fpcr = 0;
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_div(&cpu, 2, 0, 0x80000000, 0), 0x7fc00000);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IOC);
    /* fmadd: qNaN addend with inf * 0 is the default NaN and IOC */
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_muladd(&cpu, 2, 0x7fc00009, 0x7f800000, 0), 0x7fc00000);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IOC);
}

Test(a64_fp, flush_to_zero)
{
    cpu.fpcr = A64_FPCR_FZ;
    cpu.fpsr = 0;
    /* denormal input 0x00000001 reads as +0: 0 + 1.0 = 1.0, IDC */
    cr_expect_eq(a64_fp_add(&cpu, 2, 0x00000001, 0x3f800000, 0), 0x3f800000);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IDC);
    /* 2^-126 * 0.5 = 2^-127 is tiny: flushed to +0 with UFC (no IXC) */
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_mul(&cpu, 2, 0x00800000, 0x3f000000, 0), 0);
    cr_expect_eq(cpu.fpsr, A64_FPSR_UFC);
    /* without FZ: 0x00400000, exact, no flag */
    cpu.fpcr = 0;
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_mul(&cpu, 2, 0x00800000, 0x3f000000, 0), 0x00400000);
    cr_expect_eq(cpu.fpsr, 0);
}

Test(a64_fp, minmax_zeros_and_nm)
{
    cpu.fpcr = 0;
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_max(&cpu, 2, 0x80000000, 0, 0), 0);          /* +0 */
    cr_expect_eq(a64_fp_min(&cpu, 2, 0, 0x80000000, 0), 0x80000000); /* -0 */
    /* maxnm(qNaN, 1.0) = 1.0; max(qNaN, 1.0) = the NaN */
    cr_expect_eq(a64_fp_maxnm(&cpu, 2, 0x7fc00000, 0x3f800000, 0), 0x3f800000);
    cr_expect_eq(a64_fp_max(&cpu, 2, 0x7fc00000, 0x3f800000, 0), 0x7fc00000);
    cr_expect_eq(cpu.fpsr, 0);
}

Test(a64_fp, recip_estimates)
{
    cpu.fpcr = 0;
    cpu.fpsr = 0;
    /* FRECPE(1.0f): scaled 256, RecipEstimate: 2^19 / 513 = 1022,
     * (1022 + 1) / 2 = 511; exp 253 - 127 = 126: 0x3f000000 | 0xff << 15 */
    cr_expect_eq(a64_fp_recpe(&cpu, 2, 0x3f800000, 0, 0), 0x3f7f8000);
    /* FRECPE(2.0f): same fraction, exponent 125 */
    cr_expect_eq(a64_fp_recpe(&cpu, 2, 0x40000000, 0, 0), 0x3eff8000);
    /* FRSQRTE(1.0f): odd exponent, scaled 128 -> a = 257, largest b with
     * 257 (b + 1)^2 < 2^28 is 1021, (1021 + 1) / 2 = 511; exp
     * (380 - 127) / 2 = 126 */
    cr_expect_eq(a64_fp_rsqrte(&cpu, 2, 0x3f800000, 0, 0), 0x3f7f8000);
    /* FRECPE(+0) = +inf with DZC; FRSQRTE(-1) = default NaN with IOC */
    cr_expect_eq(a64_fp_recpe(&cpu, 2, 0, 0, 0), 0x7f800000);
    cr_expect_eq(cpu.fpsr, A64_FPSR_DZC);
    cr_expect_eq(a64_fp_rsqrte(&cpu, 2, 0xbf800000, 0, 0), 0x7fc00000);
    /* the table directly: RecipEstimate(511) = (2^19 / 1023 + 1) / 2 = 256 */
    cr_expect_eq(a64_recip_estimate(511), 256);
    /* FRECPS(2, 0.5) = 2 - 1 = 1.0; FRECPS(inf, 0) = 2.0 */
    cr_expect_eq(a64_fp_recps(&cpu, 2, 0x40000000, 0x3f000000, 0), 0x3f800000);
    cr_expect_eq(a64_fp_recps(&cpu, 2, 0x7f800000, 0, 0), 0x40000000);
    /* FRSQRTS(1, 1) = (3 - 1) / 2 = 1.0 */
    cr_expect_eq(a64_fp_rsqrts(&cpu, 2, 0x3f800000, 0x3f800000, 0), 0x3f800000);
}

Test(a64_fp, conversions)
{
    cpu.fpcr = 0;
    cpu.fpsr = 0;
    /* fcvtzs 1e10 (0x4202a05f20000000) to 32 bits: saturates, IOC */
    cr_expect_eq(a64_fp_to_int(&cpu, 0x4202a05f20000000ull, 3, 32, true, 0,
                               A64_RZ), 0x7fffffff);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IOC);
    /* fcvtzu -1.5: -1 after RZ, below 0: 0 and IOC; NaN -> 0, IOC */
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_to_int(&cpu, 0xbfc00000, 2, 32, false, 0, A64_RZ), 0);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IOC);
    /* fcvtas 2.5 = 3 (ties away), fcvtns 2.5 = 2 (ties even), IXC */
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_to_int(&cpu, 0x40200000, 2, 64, true, 0, A64_RA), 3);
    cr_expect_eq(a64_fp_to_int(&cpu, 0x40200000, 2, 64, true, 0, A64_RN), 2);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IXC);
    /* fixed point: fcvtzs #4 of 1.75 = 28; scvtf #4 of 28 = 1.75 */
    cr_expect_eq(a64_fp_to_int(&cpu, 0x3fe00000, 2, 32, true, 4, A64_RZ), 28);
    cr_expect_eq(a64_fp_from_int(&cpu, 28, 2, 32, true, 4, A64_RFPCR),
                 0x3fe00000);
    /* ucvtf of 2^64 - 1 to single: rounds to 2^64 (0x5f800000) in RN */
    cr_expect_eq(a64_fp_from_int(&cpu, ~0ull, 2, 64, false, 0, A64_RFPCR),
                 0x5f800000);
    /* fcvt: 1.0f -> half 0x3c00; 65520.0f (0x477ff000) -> half: ties to
     * even up to 2^16, overflow: +inf 0x7c00 with OFC, IXC */
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_convert(&cpu, 0x3f800000, 2, 1, A64_RFPCR), 0x3c00);
    cr_expect_eq(a64_fp_convert(&cpu, 0x477ff000, 2, 1, A64_RFPCR), 0x7c00);
    cr_expect_eq(cpu.fpsr, A64_FPSR_OFC | A64_FPSR_IXC);
    /* fcvt d -> s of a signaling NaN: quieted, top payload bits kept */
    cr_expect_eq(a64_fp_convert(&cpu, 0x7ff4000000000000ull, 3, 2,
                                A64_RFPCR), 0x7fe00000);
    /* fcvtxn (round to odd) of 1 + 2^-30: 1 + 2^-23 */
    cr_expect_eq(a64_fp_convert(&cpu, 0x3ff0000004000000ull, 3, 2, A64_RODD),
                 0x3f800001);
    /* fmov immediate: imm8 0x70 is 1.0; 0x00 is 2.0 */
    cr_expect_eq(a64_fp_expand_imm(0x70, 2), 0x3f800000);
    cr_expect_eq(a64_fp_expand_imm(0x00, 3), 0x4000000000000000ull);
}

Test(a64_fp, compare_nzcv)
{
    cpu.fpsr = 0;
    cr_expect_eq(a64_fp_compare(&cpu, 2, 0x3f800000, 0x3f800000, false),
                 0x60000000); /* equal: Z C */
    cr_expect_eq(a64_fp_compare(&cpu, 2, 0xbf800000, 0x3f800000, false),
                 0x80000000); /* less: N */
    cr_expect_eq(a64_fp_compare(&cpu, 2, 0x7fc00000, 0x3f800000, false),
                 0x30000000); /* unordered: C V */
    cr_expect_eq(cpu.fpsr, 0);
    a64_fp_compare(&cpu, 2, 0x7fc00000, 0x3f800000, true);
    cr_expect_eq(cpu.fpsr, A64_FPSR_IOC); /* fcmpe: any NaN */
}

/* ---- crypto ----------------------------------------------------------------- */

static void hex16(const uint8_t *p, uint8_t *out)
{
    memcpy(out, p, 16);
}

/* FIPS-197 appendix B, round 1 of the cipher example. */
Test(a64_crypto, aes_round_fips197)
{
    static const uint8_t in[16] = {0x32, 0x43, 0xf6, 0xa8, 0x88, 0x5a, 0x30,
                                   0x8d, 0x31, 0x31, 0x98, 0xa2, 0xe0, 0x37,
                                   0x07, 0x34};
    static const uint8_t key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2,
                                    0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf,
                                    0x4f, 0x3c};
    /* after ShiftRows of round 1 */
    static const uint8_t sr[16] = {0xd4, 0xbf, 0x5d, 0x30, 0xe0, 0xb4, 0x52,
                                   0xae, 0xb8, 0x41, 0x11, 0xf1, 0x1e, 0x27,
                                   0x98, 0xe5};
    /* after MixColumns of round 1 */
    static const uint8_t mc[16] = {0x04, 0x66, 0x81, 0xe5, 0xe0, 0xcb, 0x19,
                                   0x9a, 0x48, 0xf8, 0xd3, 0x7a, 0x28, 0x06,
                                   0x26, 0x4c};
    uint8_t st[16];
    hex16(in, st);
    a64_aes_round(st, key, false); /* the table path */
    cr_expect_arr_eq(st, sr, 16);
    a64_aes_mix(st, false);
    cr_expect_arr_eq(st, mc, 16);
    a64_aes_mix(st, true); /* InvMixColumns undoes it */
    cr_expect_arr_eq(st, sr, 16);
    /* the helpers (AES-NI when present): AESE then AESMC */
    memcpy(cpu.v[0], in, 16);
    memcpy(cpu.v[1], key, 16);
    vcall(&a64_vcrypto_helpers[A64_VC_aese], 0, 1, 0, 0); /* d=0, n=1 */
    cr_expect_arr_eq((uint8_t *)cpu.v[0], sr, 16);
    memcpy(cpu.v[1], cpu.v[0], 16);
    vcall(&a64_vcrypto_helpers[A64_VC_aesmc], 0, 1, 0, 0);
    cr_expect_arr_eq((uint8_t *)cpu.v[0], mc, 16);
    /* AESD with the same key inverts AESE: InvSubBytes(InvShiftRows(sr))
     * ^ ... gives back in ^ key ^ key after a second xor */
    memcpy(cpu.v[0], sr, 16);
    memset(cpu.v[1], 0, 16);
    vcall(&a64_vcrypto_helpers[A64_VC_aesd], 0, 1, 0, 0);
    uint8_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = in[i] ^ key[i];
    }
    cr_expect_arr_eq((uint8_t *)cpu.v[0], x, 16);
}

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void crypto3(enum a64_vcrypto_op op, int d, int n, int m)
{
    a64_vcrypto_helpers[op].fn(&cpu.common, a64_vd_pack(d, n, m, 0, 1, 0, 0),
                               0, 0, 0);
}

/* FIPS 180-4 example "abc" through SHA256H/H2/SU0/SU1 as Arm code does. */
static void sha256_abc(void)
{
    uint32_t w[16] = {0x61626380, 0, 0, 0, 0, 0, 0, 0,
                      0, 0, 0, 0, 0, 0, 0, 0x18};
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                   0xa54ff53a, 0x510e527f, 0x9b05688c,
                                   0x1f83d9ab, 0x5be0cd19};
    static const uint32_t want[8] = {0xba7816bf, 0x8f01cfea, 0x414140de,
                                     0x5dae2223, 0xb00361a3, 0x96177a9c,
                                     0xb410ff61, 0xf20015ad};
    /* v4..v7 message, v0 abcd, v1 efgh, v2 wk, v3 saved abcd */
    for (int i = 0; i < 4; i++) {
        memcpy(cpu.v[4 + i], &w[4 * i], 16);
    }
    memcpy(cpu.v[0], h0, 16);
    memcpy(cpu.v[1], h0 + 4, 16);
    for (int j = 0; j < 16; j++) {
        int m0 = 4 + j % 4;
        uint32_t wk[4];
        memcpy(wk, cpu.v[m0], 16);
        for (int e = 0; e < 4; e++) {
            wk[e] += sha256_k[4 * j + e];
        }
        memcpy(cpu.v[2], wk, 16);
        if (j < 12) {
            crypto3(A64_VC_sha256su0, m0, 4 + (j + 1) % 4, 0);
            crypto3(A64_VC_sha256su1, m0, 4 + (j + 2) % 4, 4 + (j + 3) % 4);
        }
        memcpy(cpu.v[3], cpu.v[0], 16);
        crypto3(A64_VC_sha256h, 0, 1, 2);
        crypto3(A64_VC_sha256h2, 1, 3, 2);
    }
    uint32_t h[8];
    memcpy(h, cpu.v[0], 16);
    memcpy(h + 4, cpu.v[1], 16);
    for (int i = 0; i < 8; i++) {
        cr_expect_eq(h[i] + h0[i], want[i], "word %d: %#x", i, h[i] + h0[i]);
    }
}

/* Both ways: the host's SHA extensions (where it has them) and the Arm
 * ARM's pseudocode. */
Test(a64_crypto, sha256_abc_host)
{
    a64_crypto_use_host(true);
    sha256_abc();
}

Test(a64_crypto, sha256_abc_portable)
{
    a64_crypto_use_host(false);
    sha256_abc();
    a64_crypto_use_host(true);
}

Test(a64_crypto, pmull_products)
{
    uint64_t hi;
    cr_expect_eq(a64_clmul64(3, 3, &hi), 5); /* (x + 1)^2 = x^2 + 1 */
    cr_expect_eq(hi, 0);
    /* squaring spreads the bits: all ones -> 0x5555... in both halves */
    cr_expect_eq(a64_clmul64(~0ull, ~0ull, &hi), 0x5555555555555555ull);
    cr_expect_eq(hi, 0x5555555555555555ull);
    /* x^63 * x = x^64 */
    cr_expect_eq(a64_clmul64(1ull << 63, 2, &hi), 0);
    cr_expect_eq(hi, 1);
    /* the helper (pclmulqdq when present), PMULL2: upper doublewords */
    set_v(1, 0, 1ull << 63);
    set_v(2, 0, 2);
    vcall(&a64_vcrypto_helpers[A64_VC_pmull64], 3, 1, 0, 0);
    cr_expect_eq(cpu.v[0][0], 0);
    cr_expect_eq(cpu.v[0][1], 1);
}

/* CRC-32 and CRC-32C of "123456789": 0xcbf43926 and 0xe3069283. */
Test(a64_crypto, crc32_check_values)
{
    static const char msg[] = "123456789";
    for (int c = 0; c < 2; c++) {
        uint64_t crc = 0xffffffffu;
        for (int i = 0; i < 9; i++) {
            crc = a64_crc32(&cpu.common, crc, (uint8_t)msg[i], 0,
                            (uint64_t)(c << 2));
        }
        cr_expect_eq(crc ^ 0xffffffffu, c ? 0xe3069283u : 0xcbf43926u);
        /* eight bytes with crc32x, then the ninth with crc32b */
        uint64_t word;
        memcpy(&word, msg, 8);
        crc = a64_crc32(&cpu.common, 0xffffffffu, word, 0,
                        (uint64_t)(3 | c << 2));
        crc = a64_crc32(&cpu.common, crc, (uint8_t)msg[8], 0,
                        (uint64_t)(c << 2));
        cr_expect_eq(crc ^ 0xffffffffu, c ? 0xe3069283u : 0xcbf43926u);
    }
}
