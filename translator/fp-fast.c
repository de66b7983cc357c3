/* SPDX-License-Identifier: MIT */
/*
 * Host exception flags left by inline FP fast paths (translator/fp-fast.h):
 * folding them into the guest's flag register, and dropping the ones the
 * guest does not hold.  The host flags are MXCSR's status bits on x86-64
 * (fenv.h elsewhere, where no backend has fast paths and folding finds
 * only flags the guest already holds).  DENORMAL is x86's own: ignored.
 */
#include "translator/fp-fast.h"

#include <string.h>

#include "translator/cpu.h"
#include "translator/fp-env.h"

#ifdef FP_ENV_MXCSR
#include <ucontext.h>
#endif

const uint8_t fp_fast_nfp[FP_FAST__COUNT] = {
#define FP_FAST_OP(name, nfp) [FP_FAST_##name] = (nfp),
#include "translator/fp-fast.def"
#undef FP_FAST_OP
};

enum { FP_FAST_GUEST_FLAGS = FP_FLAG_ALL & ~FP_FLAG_DENORMAL };

#ifdef FP_ENV_MXCSR
static inline unsigned fp_host_flags(void)
{
    return fp_mxcsr_get() & FP_FAST_GUEST_FLAGS;
}

static inline void fp_host_flags_clear(void)
{
    fp_mxcsr_set(fp_mxcsr_get() & ~(unsigned)FP_FLAG_ALL);
}
#else
static inline unsigned fp_host_flags(void)
{
    return fp_env_flags(fetestexcept(FE_ALL_EXCEPT)) & FP_FAST_GUEST_FLAGS;
}

static inline void fp_host_flags_clear(void)
{
    feclearexcept(FE_ALL_EXCEPT);
}
#endif

static inline uint64_t *fp_guest_flags(struct cpu *cpu,
                                       const struct fp_guest *g)
{
    return (uint64_t *)(void *)((char *)cpu + g->flags_off);
}

void fp_flags_fold(struct cpu *cpu, const struct fp_guest *g)
{
    unsigned host = fp_host_flags();
    if (host != 0) {
        *fp_guest_flags(cpu, g) |= g->to_guest[host];
    }
}

void fp_flags_discard(struct cpu *cpu, const struct fp_guest *g)
{
    unsigned host = fp_host_flags();
    if ((host & ~(unsigned)g->from_guest[*fp_guest_flags(cpu, g) & 31]) != 0) {
        fp_host_flags_clear();
    }
}

uint64_t fp_flags_peek(const struct cpu *cpu, const struct fp_guest *g)
{
    uint64_t f;
    memcpy(&f, (const char *)cpu + g->flags_off, sizeof(f));
    return f | g->to_guest[fp_host_flags()];
}

void fp_flags_thread_start(void)
{
    if (fp_host_flags() != 0) {
        fp_host_flags_clear();
    }
}

void fp_flags_restore_from_signal(const void *uc)
{
#ifdef FP_ENV_MXCSR
    const ucontext_t *u = uc;
    if (u != NULL && u->uc_mcontext.fpregs != NULL) {
        fp_mxcsr_set(u->uc_mcontext.fpregs->mxcsr);
    }
#else
    (void)uc;
#endif
}
