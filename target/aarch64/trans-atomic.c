/* SPDX-License-Identifier: MIT */
/*
 * Exclusives, acquire/release and LSE atomics.
 *
 * The exclusive monitor lives in struct a64_cpu: LDXR/LDXP record the
 * address and the loaded value(s); STXR/STXP succeed iff the address is
 * the monitored one and a compare-and-swap against the loaded value(s)
 * succeeds (the usual user-mode emulation: an ABA store in between goes
 * unnoticed).  Every store-exclusive and CLREX clears the monitor.  The
 * 64-bit pair forms (LDXP/STXP X, CASP X) compare 128 bits with one
 * lock cmpxchg16b on x86_64 hosts (a64_cas128(); other hosts use the
 * compiler's 16-byte __atomic, which may take a lock in libatomic).
 *
 * Ordering on an x86 (TSO) host: loads are acquire loads already, so
 * LDAR/LDAPR/LDLAR are plain loads; STLR/STLLR are an exchange, so that
 * a later LDAR cannot pass them (RCsc); LSE atomics and CAS are lock-
 * prefixed and thus full barriers whatever their A/R bits.
 * Exclusives, atomics and acquire/release accesses must be naturally
 * aligned (no FEAT_LSE2): otherwise SIGBUS, as on such hardware.
 */
#include "target/aarch64/trans-base.h"

#define A64_EXCL_ADDR A64_ENV(excl_addr)
#define A64_EXCL_VAL(k) A64_ENV(excl_val[(k)])
#define A64_CAS_TMP(k) A64_ENV(cas_tmp[(k)])

static uint64_t a64_helper_misaligned(struct cpu *cpu, uint64_t addr,
                                      uint64_t b, uint64_t c, uint64_t aux)
{
    (void)b, (void)c, (void)aux;
    cpu_raise(cpu, EXCP_BUS_ADRALN, addr);
}

static const struct ir_helper a64_misaligned = {
    a64_helper_misaligned, "a64_misaligned", IRH_FAULTS,
};

void a64_gen_check_align(struct a64_ctx *c, ir_slot addr, unsigned log2)
{
    if (log2 == 0) {
        return;
    }
    int ok = ir_new_label(c->ir);
    ir_brcond(c->ir, IR_I64, IR_TSTEQ, addr,
              ir_const(c->ir, (1u << log2) - 1), ok);
    ir_call(c->ir, &a64_misaligned, IR_NOSLOT, addr, IR_NOSLOT, IR_NOSLOT,
            0);
    ir_label(c->ir, ok);
}

/* 16-byte compare-and-swap: *exp gets the old value; true on success. */
static bool a64_cas128(void *p, uint64_t exp[2], uint64_t lo, uint64_t hi)
{
#if defined(__x86_64__)
    bool ok;
    __asm__ __volatile__("lock cmpxchg16b %1"
                         : "=@ccz"(ok), "+m"(*(volatile __int128 *)p),
                           "+a"(exp[0]), "+d"(exp[1])
                         : "b"(lo), "c"(hi)
                         : "memory");
    return ok;
#else
    unsigned __int128 e = (unsigned __int128)exp[1] << 64 | exp[0];
    unsigned __int128 n = (unsigned __int128)hi << 64 | lo;
    bool ok = __atomic_compare_exchange_n((unsigned __int128 *)p, &e, n,
                                          false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST);
    exp[0] = (uint64_t)e;
    exp[1] = (uint64_t)(e >> 64);
    return ok;
#endif
}

/*
 * 1 if the 16 bytes at addr held the expected value (excl_val if aux,
 * else cas_tmp) and now hold hi:lo; cas_tmp gets the old value.
 */
static uint64_t a64_helper_cas128(struct cpu *cpu, uint64_t addr,
                                  uint64_t lo, uint64_t hi, uint64_t aux)
{
    struct a64_cpu *s = a64_cpu(cpu);
    uint64_t exp[2];
    exp[0] = aux ? s->excl_val[0] : s->cas_tmp[0];
    exp[1] = aux ? s->excl_val[1] : s->cas_tmp[1];
    bool ok = a64_cas128(cpu_g2h(cpu, addr), exp, lo, hi);
    s->cas_tmp[0] = exp[0];
    s->cas_tmp[1] = exp[1];
    return ok;
}

static const struct ir_helper a64_cas128_helper = {
    a64_helper_cas128, "a64_cas128", IRH_FAULTS,
};

/* The address in Rn (SP allowed), checked for alignment. */
static ir_slot a64_gen_atomic_addr(struct a64_ctx *c,
                                   const struct a64_args *a, unsigned log2)
{
    ir_slot addr = a64_xreg_read_sp(c, a->rn);
    a64_gen_check_align(c, addr, log2);
    return addr;
}

/* ---- exclusives ---------------------------------------------------------- */

static bool a64_gen_ldxr(struct a64_ctx *c, const struct a64_args *a)
{
    struct ir_block *b = c->ir;
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size);
    ir_slot v = ir_temp(b);
    ir_ld(b, v, addr, 0, a->size);
    ir_st_env(b, addr, A64_EXCL_ADDR, IR_MO_64);
    ir_st_env(b, v, A64_EXCL_VAL(0), IR_MO_64);
    ir_mov(b, a64_xreg_dest(c, a->rd), v);
    return true;
}

/*
 * The common frame of the store-exclusives: status = 1 unless the monitor
 * holds addr and gen_cas (called with the status temp) succeeds; then the
 * monitor is cleared and Rs written.
 */
static void a64_gen_stx_frame(struct a64_ctx *c, const struct a64_args *a,
                              ir_slot addr,
                              void (*gen_cas)(struct a64_ctx *,
                                              const struct a64_args *,
                                              ir_slot addr, ir_slot status))
{
    struct ir_block *b = c->ir;
    ir_slot mon = ir_temp(b), status = ir_temp(b);
    int fail = ir_new_label(b), done = ir_new_label(b);
    ir_ld_env(b, mon, A64_EXCL_ADDR, IR_MO_64);
    ir_brcond(b, IR_I64, IR_NE, mon, addr, fail);
    gen_cas(c, a, addr, status);
    ir_br(b, done);
    ir_label(b, fail);
    ir_movi(b, status, 1);
    ir_label(b, done);
    ir_st_env(b, ir_const(b, A64_NO_EXCL), A64_EXCL_ADDR, IR_MO_64);
    ir_mov(b, a64_xreg_dest(c, a->rm), status);
}

/* cmpxchg of a 1..8-byte value (v) against excl_val[0]. */
static void a64_gen_stx_cas(struct a64_ctx *c, ir_slot addr, ir_slot v,
                            uint8_t mo, ir_slot status)
{
    struct ir_block *b = c->ir;
    ir_slot expect = ir_temp(b), old = ir_temp(b);
    ir_ld_env(b, expect, A64_EXCL_VAL(0), IR_MO_64);
    ir_cmpxchg(b, old, addr, expect, v, mo);
    ir_setcond(b, IR_I64, IR_NE, status, old, expect);
}

static void a64_gen_stxr_cas(struct a64_ctx *c, const struct a64_args *a,
                             ir_slot addr, ir_slot status)
{
    a64_gen_stx_cas(c, addr, a64_xreg_read(c, a->rd, 1), a->size, status);
}

static bool a64_gen_stxr(struct a64_ctx *c, const struct a64_args *a)
{
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size);
    a64_gen_stx_frame(c, a, addr, a64_gen_stxr_cas);
    return true;
}

bool a64_trans_ldxr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ldxr(c, a);
}

bool a64_trans_ldaxr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ldxr(c, a);
}

bool a64_trans_stxr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_stxr(c, a);
}

bool a64_trans_stlxr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_stxr(c, a);
}

/* LDXP: sz 0 = two W (one 8-byte access), sz 1 = two X (16 bytes). */
static bool a64_gen_ldxp(struct a64_ctx *c, const struct a64_args *a)
{
    struct ir_block *b = c->ir;
    bool x = a->size & 1;
    ir_slot addr = a64_gen_atomic_addr(c, a, x ? 4 : 3);
    ir_slot v1 = ir_temp(b), v2 = ir_temp(b);
    ir_ld(b, v1, addr, 0, IR_MO_64);
    if (x) {
        ir_ld(b, v2, addr, 8, IR_MO_64);
        ir_st_env(b, v2, A64_EXCL_VAL(1), IR_MO_64);
    } else {
        ir_op2i(b, IR_shri, IR_I64, v2, v1, 32);
    }
    ir_st_env(b, addr, A64_EXCL_ADDR, IR_MO_64);
    ir_st_env(b, v1, A64_EXCL_VAL(0), IR_MO_64);
    if (!x) {
        ir_op1(b, IR_zext, IR_I64, v1, v1, IR_MO_32);
    }
    ir_mov(b, a64_xreg_dest(c, a->rd), v1);
    ir_mov(b, a64_xreg_dest(c, a->ra), v2);
    return true;
}

/* The 8-byte value Rt2:Rt of a W pair (Rt at the lower address). */
static ir_slot a64_gen_wpair(struct a64_ctx *c, int r1, int r2)
{
    struct ir_block *b = c->ir;
    ir_slot lo = ir_temp(b), v = ir_temp(b);
    ir_op1(b, IR_zext, IR_I64, lo, a64_xreg_read(c, r1, 0), IR_MO_32);
    ir_op2i(b, IR_shli, IR_I64, v, a64_xreg_read(c, r2, 0), 32);
    ir_op2(b, IR_or, IR_I64, v, v, lo);
    return v;
}

static void a64_gen_stxp_cas(struct a64_ctx *c, const struct a64_args *a,
                             ir_slot addr, ir_slot status)
{
    struct ir_block *b = c->ir;
    if (!(a->size & 1)) {
        a64_gen_stx_cas(c, addr, a64_gen_wpair(c, a->rd, a->ra), IR_MO_64,
                        status);
        return;
    }
    ir_call(b, &a64_cas128_helper, status, addr, a64_xreg_read(c, a->rd, 1),
            a64_xreg_read(c, a->ra, 1), 1);
    ir_op2i(b, IR_xori, IR_I64, status, status, 1);
}

static bool a64_gen_stxp(struct a64_ctx *c, const struct a64_args *a)
{
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size & 1 ? 4 : 3);
    a64_gen_stx_frame(c, a, addr, a64_gen_stxp_cas);
    return true;
}

bool a64_trans_ldxp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ldxp(c, a);
}

bool a64_trans_ldaxp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_ldxp(c, a);
}

bool a64_trans_stxp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_stxp(c, a);
}

bool a64_trans_stlxp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_stxp(c, a);
}

/* ---- acquire / release ------------------------------------------------- */

static bool a64_gen_load_acquire(struct a64_ctx *c, const struct a64_args *a)
{
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size);
    ir_ld(c->ir, a64_xreg_dest(c, a->rd), addr, 0, a->size);
    return true;
}

static bool a64_gen_store_release(struct a64_ctx *c, const struct a64_args *a)
{
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size);
    ir_atomic(c->ir, ir_temp(c->ir), addr, a64_xreg_read(c, a->rd, 1),
              IR_AT(IR_AT_XCHG, a->size));
    return true;
}

bool a64_trans_ldar(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load_acquire(c, a);
}

bool a64_trans_ldlar(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load_acquire(c, a);
}

bool a64_trans_ldapr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_load_acquire(c, a);
}

bool a64_trans_stlr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_store_release(c, a);
}

bool a64_trans_stllr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_store_release(c, a);
}

/* ---- LSE ----------------------------------------------------------------- */

static bool a64_gen_lse(struct a64_ctx *c, const struct a64_args *a,
                        enum ir_atomic_kind kind)
{
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size);
    ir_slot v = a64_xreg_read(c, a->rm, 1);
    ir_atomic(c->ir, a64_xreg_dest(c, a->rd), addr, v, IR_AT(kind, a->size));
    return true;
}

bool a64_trans_ldadd(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_ADD);
}

bool a64_trans_ldclr(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_ANDN);
}

bool a64_trans_ldeor(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_XOR);
}

bool a64_trans_ldset(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_OR);
}

bool a64_trans_ldsmax(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_SMAX);
}

bool a64_trans_ldsmin(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_SMIN);
}

bool a64_trans_ldumax(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_UMAX);
}

bool a64_trans_ldumin(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_UMIN);
}

bool a64_trans_swp(struct a64_ctx *c, const struct a64_args *a)
{
    return a64_gen_lse(c, a, IR_AT_XCHG);
}

/* CAS Rs, Rt, [Rn]: Rs = old; store Rt if old == Rs. */
bool a64_trans_cas(struct a64_ctx *c, const struct a64_args *a)
{
    ir_slot addr = a64_gen_atomic_addr(c, a, a->size);
    ir_cmpxchg(c->ir, a64_xreg_dest(c, a->rm), addr,
               a64_xreg_read(c, a->rm, 1), a64_xreg_read(c, a->rd, 1),
               a->size);
    return true;
}

/* CASP: Rs:Rs+1 compared with the pair at [Rn], Rt:Rt+1 stored. */
bool a64_trans_casp(struct a64_ctx *c, const struct a64_args *a)
{
    if ((a->rm & 1) || (a->rd & 1)) {
        return false;
    }
    struct ir_block *b = c->ir;
    bool x = a->size & 1;
    ir_slot addr = a64_gen_atomic_addr(c, a, x ? 4 : 3);
    ir_slot lo = ir_temp(b), hi = ir_temp(b);
    if (!x) {
        ir_slot expect = a64_gen_wpair(c, a->rm, a->rm + 1);
        ir_slot newv = a64_gen_wpair(c, a->rd, a->rd + 1);
        ir_cmpxchg(b, lo, addr, expect, newv, IR_MO_64);
        ir_op2i(b, IR_shri, IR_I64, hi, lo, 32);
        ir_op1(b, IR_zext, IR_I64, lo, lo, IR_MO_32);
    } else {
        ir_st_env(b, a64_xreg_read(c, a->rm, 1), A64_CAS_TMP(0), IR_MO_64);
        ir_st_env(b, a64_xreg_read(c, a->rm + 1, 1), A64_CAS_TMP(1),
                  IR_MO_64);
        ir_call(b, &a64_cas128_helper, ir_temp(b), addr,
                a64_xreg_read(c, a->rd, 1), a64_xreg_read(c, a->rd + 1, 1),
                0);
        ir_ld_env(b, lo, A64_CAS_TMP(0), IR_MO_64);
        ir_ld_env(b, hi, A64_CAS_TMP(1), IR_MO_64);
    }
    ir_mov(b, a64_xreg_dest(c, a->rm), lo);
    ir_mov(b, a64_xreg_dest(c, a->rm + 1), hi);
    return true;
}
