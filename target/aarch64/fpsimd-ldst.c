/* SPDX-License-Identifier: MIT */
/*
 * LD1-LD4 / ST1-ST4 (multiple and single structures) and LD1R-LD4R: the
 * element (de)interleaving of the Arm ARM's pseudocode.  The guest address
 * comes in operand b; the descriptor names the first register (rd), the
 * element size, Q, the lane index (imm) and x = rpt | selem << 3.  Loads
 * read all their memory before writing a register, so a fault leaves the
 * registers as they were.  Write-back of the base is the translator's.
 */
#include "target/aarch64/fpsimd.h"

enum { A64_LDST_MAX = 64 }; /* 4 registers of 16 bytes */

static inline unsigned a64_ldst_rpt(const struct a64_vdesc *v)
{
    return v->x & 7;
}

static inline unsigned a64_ldst_selem(const struct a64_vdesc *v)
{
    return (v->x >> 3) & 7;
}

/* Bytes a structure access moves (also the post-index immediate). */
static unsigned a64_ldst_bytes(const struct a64_vdesc *v,
                               enum a64_vldst_kind k)
{
    unsigned ebytes = 1u << v->esz;
    if (k == A64_LDST_MULT) {
        return a64_ldst_rpt(v) * a64_ldst_selem(v) * (8u << v->q);
    }
    return a64_ldst_selem(v) * ebytes;
}

static uint64_t a64_vld(struct cpu *c, uint64_t desc, uint64_t addr,
                        enum a64_vldst_kind k)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    uint8_t buf[A64_LDST_MAX];
    unsigned len = a64_ldst_bytes(&v, k), selem = a64_ldst_selem(&v);
    unsigned ebytes = 1u << v.esz, lanes = (8u << v.q) >> v.esz;
    memcpy(buf, cpu_g2h(c, addr), len); /* may fault: nothing written yet */
    if (k == A64_LDST_MULT) {
        union a64_vec r[4] = {{{0, 0}}};
        unsigned off = 0, rpt = a64_ldst_rpt(&v);
        for (unsigned rr = 0; rr < rpt; rr++) {
            for (unsigned e = 0; e < lanes; e++) {
                for (unsigned s = 0; s < selem; s++) {
                    uint64_t x = 0;
                    memcpy(&x, buf + off, ebytes);
                    a64_lane_set(&r[rr + s], v.esz, e, x);
                    off += ebytes;
                }
            }
        }
        for (unsigned i = 0; i < rpt * selem; i++) {
            a64_vwrite(cpu, (v.rd + i) % 32, &r[i]);
        }
        return 0;
    }
    for (unsigned s = 0; s < selem; s++) {
        unsigned reg = (v.rd + s) % 32;
        uint64_t x = 0;
        memcpy(&x, buf + s * ebytes, ebytes);
        union a64_vec r = a64_vread(cpu, reg);
        if (k == A64_LDST_REPL) {
            r.d[0] = r.d[1] = 0;
            for (unsigned e = 0; e < lanes; e++) {
                a64_lane_set(&r, v.esz, e, x);
            }
        } else {
            a64_lane_set(&r, v.esz, v.imm, x);
        }
        a64_vwrite(cpu, reg, &r);
    }
    return 0;
}

static uint64_t a64_vst(struct cpu *c, uint64_t desc, uint64_t addr,
                        enum a64_vldst_kind k)
{
    struct a64_cpu *cpu = a64_cpu(c);
    struct a64_vdesc v = a64_vd(desc);
    uint8_t buf[A64_LDST_MAX];
    unsigned len = a64_ldst_bytes(&v, k), selem = a64_ldst_selem(&v);
    unsigned ebytes = 1u << v.esz, lanes = (8u << v.q) >> v.esz;
    unsigned off = 0;
    if (k == A64_LDST_MULT) {
        unsigned rpt = a64_ldst_rpt(&v);
        for (unsigned rr = 0; rr < rpt; rr++) {
            for (unsigned e = 0; e < lanes; e++) {
                for (unsigned s = 0; s < selem; s++) {
                    union a64_vec r = a64_vread(cpu, (v.rd + rr + s) % 32);
                    uint64_t x = a64_lane(&r, v.esz, e);
                    memcpy(buf + off, &x, ebytes);
                    off += ebytes;
                }
            }
        }
    } else {
        for (unsigned s = 0; s < selem; s++) {
            union a64_vec r = a64_vread(cpu, (v.rd + s) % 32);
            uint64_t x = a64_lane(&r, v.esz, v.imm);
            memcpy(buf + s * ebytes, &x, ebytes);
        }
    }
    memcpy(cpu_g2h(c, addr), buf, len);
    return 0;
}

#define A64_VLDST_DEFINE(kind)                                                \
    static uint64_t a64_vld_##kind(struct cpu *c, uint64_t desc,              \
                                   uint64_t addr, uint64_t c3, uint64_t aux)  \
    {                                                                         \
        (void)c3;                                                             \
        (void)aux;                                                            \
        return a64_vld(c, desc, addr, A64_LDST_##kind);                       \
    }                                                                         \
    static uint64_t a64_vst_##kind(struct cpu *c, uint64_t desc,              \
                                   uint64_t addr, uint64_t c3, uint64_t aux)  \
    {                                                                         \
        (void)c3;                                                             \
        (void)aux;                                                            \
        return a64_vst(c, desc, addr, A64_LDST_##kind);                       \
    }
A64_VLDST_DEFINE(MULT)
A64_VLDST_DEFINE(SINGLE)
A64_VLDST_DEFINE(REPL)
#undef A64_VLDST_DEFINE

const struct ir_helper a64_vld_helpers[3] = {
    [A64_LDST_MULT] = {a64_vld_MULT, "a64_ldn", IRH_FAULTS},
    [A64_LDST_SINGLE] = {a64_vld_SINGLE, "a64_ldn_lane", IRH_FAULTS},
    [A64_LDST_REPL] = {a64_vld_REPL, "a64_ldnr", IRH_FAULTS},
};

const struct ir_helper a64_vst_helpers[3] = {
    [A64_LDST_MULT] = {a64_vst_MULT, "a64_stn", IRH_FAULTS},
    [A64_LDST_SINGLE] = {a64_vst_SINGLE, "a64_stn_lane", IRH_FAULTS},
    [A64_LDST_REPL] = {a64_vst_REPL, "a64_stnr", IRH_FAULTS},
};
