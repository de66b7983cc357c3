/* SPDX-License-Identifier: MIT */
/*
 * The syscall dispatcher: table.def (plus the guest's arch table) expanded
 * into a dense array indexed by number, one call site, strace around it,
 * and -GUEST_ENOSYS with a one-time -d unimp report for the rest.
 */

#include "syscall/sys-internal.h"
#include "translator/log.h"

#define SYS_TABLE_SIZE 512

#define SYSCALL(nr, n, argc_, fn_, fmt_) \
    [nr] = {.name = #n, .fn = fn_, .fmt = fmt_, .argc = argc_},
#define SYSCALL_NONE(nr, n) \
    [nr] = {.name = #n, .unimp = "syscall " #n, .argc = 6},

/* riscv64: asm-generic plus the riscv_* calls. */
static const struct sys_entry sys_table_riscv64[SYS_TABLE_SIZE] = {
#include "syscall/table.def"
#include "syscall/table-riscv64.def"
};

/* aarch64: asm-generic plus its own (none today). */
static const struct sys_entry sys_table_aarch64[SYS_TABLE_SIZE] = {
#include "syscall/table.def"
#include "syscall/table-aarch64.def"
};

#undef SYSCALL
#undef SYSCALL_NONE

static const struct sys_entry *sys_table(void)
{
    if (sys_proc.abi == &a64_abi) {
        return sys_table_aarch64;
    }
    return sys_table_riscv64;
}

static const struct sys_entry *sys_lookup(uint64_t nr)
{
    if (nr >= SYS_TABLE_SIZE) {
        return NULL;
    }
    const struct sys_entry *e = &sys_table()[nr];
    return e->name != NULL ? e : NULL;
}

int64_t sys_dispatch(struct cpu *cpu, uint64_t nr, const uint64_t args[6])
{
    const struct sys_entry *e = sys_lookup(nr);
    bool trace = log_enabled(LOG_STRACE);
    int64_t ret;

    if (trace) {
        strace_enter(e, nr, args);
    }
    if (e != NULL && e->fn != NULL) {
        ret = e->fn(cpu, args);
    } else {
        log_unimp_once(e != NULL ? e->unimp : "syscall", (unsigned long)nr);
        ret = -GUEST_ENOSYS;
    }
    if (trace) {
        strace_leave(e, nr, ret);
    }
    return ret;
}
