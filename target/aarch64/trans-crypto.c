/* SPDX-License-Identifier: MIT */
/*
 * Crypto extension (AES, SHA1, SHA256; PMULL is in trans-simd.c's three
 * different group) and CRC32/CRC32C: one helper call each
 * (fpsimd-crypto.c).
 */
#include "target/aarch64/trans-fpsimd.h"

bool a64_trans_crypto_aes(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned op = a64_bits(a->insn, 16, 12);
    if (a64_bits(a->insn, 23, 22) != 0 || op < 4 || op > 7) {
        return false;
    }
    static const uint8_t ops[4] = {A64_VC_aese, A64_VC_aesd, A64_VC_aesmc,
                                   A64_VC_aesimc};
    a64_gen_vcall(c, &a64_vcrypto_helpers[ops[op - 4]],
                  a64_vdesc_of(a, 0, 1, 0, 0));
    return true;
}

bool a64_trans_crypto_sha3(struct a64_ctx *c, const struct a64_args *a)
{
    static const int8_t ops[8] = {A64_VC_sha1c, A64_VC_sha1p, A64_VC_sha1m,
                                  A64_VC_sha1su0, A64_VC_sha256h,
                                  A64_VC_sha256h2, A64_VC_sha256su1, -1};
    int op = ops[a64_bits(a->insn, 14, 12)];
    if (a64_bits(a->insn, 23, 22) != 0 || op < 0) {
        return false;
    }
    a64_gen_vcall(c, &a64_vcrypto_helpers[op], a64_vdesc_of(a, 0, 1, 0, 0));
    return true;
}

bool a64_trans_crypto_sha2(struct a64_ctx *c, const struct a64_args *a)
{
    static const int8_t ops[32] = {A64_VC_sha1h, A64_VC_sha1su1,
                                   A64_VC_sha256su0, -1, -1, -1, -1, -1,
                                   -1, -1, -1, -1, -1, -1, -1, -1,
                                   -1, -1, -1, -1, -1, -1, -1, -1,
                                   -1, -1, -1, -1, -1, -1, -1, -1};
    int op = ops[a64_bits(a->insn, 16, 12)];
    if (a64_bits(a->insn, 23, 22) != 0 || op < 0) {
        return false;
    }
    a64_gen_vcall(c, &a64_vcrypto_helpers[op], a64_vdesc_of(a, 0, 1, 0, 0));
    return true;
}

/* crc32{b,h,w,x} and crc32c*: sz (11:10), C (12); X data needs sf. */
bool a64_trans_crc32(struct a64_ctx *c, const struct a64_args *a)
{
    unsigned sz = a64_bits(a->insn, 11, 10), cc = (a->insn >> 12) & 1;
    if ((sz == 3) != (a->sf != 0)) {
        return false;
    }
    ir_slot t = ir_temp(c->ir);
    ir_call(c->ir, &a64_crc32_helper, t, a64_xreg_read(c, a->rn, 0),
            a64_xreg_read(c, a->rm, a->sf), IR_NOSLOT, (uint8_t)(sz | cc << 2));
    ir_op1(c->ir, IR_zext, IR_I64, a64_xreg_dest(c, a->rd), t, 2);
    return true;
}
