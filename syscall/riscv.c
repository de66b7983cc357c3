/* SPDX-License-Identifier: MIT */
/*
 * The riscv64-only calls: riscv_hwprobe (what glibc's ifunc resolvers ask)
 * and riscv_flush_icache (guest code was written: drop translations).
 * Key numbers: the kernel's arch/riscv/include/uapi/asm/hwprobe.h.
 */
#include "syscall/sys-internal.h"
#include "translator/tb.h"

#define HWPROBE_KEY_MVENDORID 0
#define HWPROBE_KEY_MARCHID 1
#define HWPROBE_KEY_MIMPID 2
#define HWPROBE_KEY_BASE_BEHAVIOR 3
#define HWPROBE_BASE_BEHAVIOR_IMA (1ull << 0)
#define HWPROBE_KEY_IMA_EXT_0 4
#define HWPROBE_IMA_FD (1ull << 0)
#define HWPROBE_IMA_C (1ull << 1)
#define HWPROBE_EXT_ZBA (1ull << 3)
#define HWPROBE_EXT_ZBB (1ull << 4)
#define HWPROBE_EXT_ZBS (1ull << 5)
#define HWPROBE_KEY_CPUPERF_0 5
#define HWPROBE_MISALIGNED_FAST 3ull

/* The value for key, or false if we do not know the key. */
static bool hwprobe_value(int64_t key, uint64_t *value)
{
    switch (key) {
    case HWPROBE_KEY_MVENDORID:
    case HWPROBE_KEY_MARCHID:
    case HWPROBE_KEY_MIMPID:
        *value = 0;
        return true;
    case HWPROBE_KEY_BASE_BEHAVIOR:
        *value = HWPROBE_BASE_BEHAVIOR_IMA;
        return true;
    case HWPROBE_KEY_IMA_EXT_0:
        *value = HWPROBE_IMA_FD | HWPROBE_IMA_C | HWPROBE_EXT_ZBA |
                 HWPROBE_EXT_ZBB | HWPROBE_EXT_ZBS;
        return true;
    case HWPROBE_KEY_CPUPERF_0:
        /* Guest loads are host loads: misaligned ones are fast on x86. */
        *value = HWPROBE_MISALIGNED_FAST;
        return true;
    default:
        return false;
    }
}

/* riscv_hwprobe(pairs, pair_count, cpusetsize, cpus, flags) */
int64_t sys_riscv_hwprobe(struct cpu *cpu, const uint64_t a[6])
{
    if (a[4] != 0) {
        return -GUEST_EINVAL;
    }
    if (a[1] > 1024) {
        return -GUEST_EINVAL;
    }
    int64_t *pairs = sys_lock(a[0], a[1] * 16, SYS_R | SYS_W);
    if (pairs == NULL) {
        return -GUEST_EFAULT;
    }
    /* Every guest cpu is the same, so the cpu set does not matter. */
    for (uint64_t i = 0; i < a[1]; i++) {
        uint64_t v = 0;
        if (!hwprobe_value(pairs[2 * i], &v)) {
            pairs[2 * i] = -1;
        }
        pairs[2 * i + 1] = (int64_t)v;
    }
    return 0;
}

/*
 * riscv_flush_icache(start, end, flags): the guest changed code.  We run
 * outside any block here, so the translations can go at once.
 */
int64_t sys_riscv_flush_icache(struct cpu *cpu, const uint64_t a[6])
{
    if (a[2] & ~1ull) {   /* only SYS_RISCV_FLUSH_ICACHE_LOCAL is defined */
        return -GUEST_EINVAL;
    }
    tb_flush_all();
    return 0;
}
