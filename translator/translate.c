/* SPDX-License-Identifier: MIT */
/*
 * The guest-neutral translation loop: asks the target for one insn at a
 * time until it ends the block, the block is full, or the next insn would
 * start on another page; then optimizes the IR into a struct tb.
 */
#include "translator/translate.h"

#include <stdlib.h>
#include <string.h>

#include "translator/backend.h"
#include "translator/log.h"
#include "translator/opt.h"
#include "translator/scratch.h"

#define TR_MAX_GUEST_INSNS 128
#define TR_PAGE_MASK (~(uint64_t)4095)

static __thread sigjmp_buf probe_jmp;
static __thread volatile bool probe_active;

bool tr_probe_recover(void)
{
    if (probe_active) {
        probe_active = false;
        siglongjmp(probe_jmp, 1);
    }
    return false;
}

/* Copy len bytes of guest memory, false if any of it faults. */
static bool probe_copy(struct cpu *cpu, uint64_t addr, void *dst,
                       unsigned len)
{
    if (sigsetjmp(probe_jmp, 0)) {
        return false;
    }
    probe_active = true;
    memcpy(dst, cpu_g2h(cpu, addr), len);
    probe_active = false;
    return true;
}

bool (*tr_exec_check)(uint64_t addr, uint64_t len);

bool tr_fetch(struct tr_ctx *c, uint64_t pc, void *dst, unsigned len)
{
    uint64_t last = (pc + len - 1) & TR_PAGE_MASK;
    if ((pc & TR_PAGE_MASK) == c->page_ok && last == c->page_ok) {
        memcpy(dst, cpu_g2h(c->cpu, pc), len);
        return true;
    }
    enum cpu_excp fault = EXCP_NONE;
    if (!probe_copy(c->cpu, pc, dst, len)) {
        fault = EXCP_SEGV_MAPERR;
    } else if (tr_exec_check != NULL && !tr_exec_check(pc, len)) {
        fault = EXCP_SEGV_ACCERR;
    }
    if (fault != EXCP_NONE) {
        if (c->n_insns == 0) {
            ir_raise(c->ir, c->pc, fault);
        } else {
            ir_exit_tb(c->ir, c->pc, 0);
        }
        c->end = true;
        return false;
    }
    if (last == (pc & TR_PAGE_MASK)) {
        c->page_ok = last;
    }
    return true;
}

static struct tb *tb_from_block(struct ir_block *b, uint64_t pc,
                                uint64_t end_pc, int n_insns)
{
    int n = ir_optimize(b->insn, b->n, b->n_labels);
    struct tb *tb = calloc(1, sizeof(*tb) + (size_t)n * sizeof(tb->insn[0]));
    if (tb == NULL) {
        fatal("out of memory translating block at 0x%llx",
              (unsigned long long)pc);
    }
    tb->pc = pc;
    tb->guest_size = (uint32_t)(end_pc - pc);
    tb->n_guest_insns = (uint32_t)n_insns;
    tb->n = n;
    memcpy(tb->insn, b->insn, (size_t)n * sizeof(tb->insn[0]));
    return tb;
}

static void log_block_in(struct cpu *cpu, uint64_t pc, uint64_t end)
{
    char buf[128];
    fprintf(log_file(), "IN: %016llx\n", (unsigned long long)pc);
    for (uint64_t p = pc; p < end;) {
        int len = cpu->arch->disas(cpu, p, buf, sizeof(buf));
        fprintf(log_file(), "0x%016llx:  %s\n", (unsigned long long)p, buf);
        p += len > 0 ? (uint64_t)len : 4;
    }
    fputc('\n', log_file());
}

struct tb *tr_translate(struct cpu *cpu, uint64_t pc)
{
    struct ir_block *blk = scratch_get(SCRATCH_IR_BLOCK, sizeof(*blk));
    const struct guest_arch *arch = cpu->arch;
    int limit = TR_MAX_GUEST_INSNS;
    for (;;) {
        struct tr_ctx c = {.ir = blk, .cpu = cpu, .pc = pc, .page_ok = ~0ull};
        ir_block_init(blk, pc, 1, CPU_TEMP_SLOTS);
        while (!c.end) {
            blk->cur_pc = c.pc;
            ir_emit(blk, IR_insn_start, IR_I64, IR_NOSLOT, IR_NOSLOT,
                    IR_NOSLOT, (int64_t)c.pc);
            c.next_pc = c.pc;
            arch->translate_insn(&c);
            if (c.end) {
                if (c.next_pc > c.pc) {
                    c.n_insns++;
                    c.pc = c.next_pc;
                }
                break;
            }
            c.n_insns++;
            c.pc = c.next_pc;
            bool same_page = (c.pc & TR_PAGE_MASK) == (pc & TR_PAGE_MASK);
            if (c.n_insns >= limit || !same_page ||
                blk->n + (int)arch->max_insn_ir >= IR_MAX_INSNS ||
                !ir_block_has_room(blk)) {
                ir_exit_tb(blk, c.pc, 0);
                break;
            }
        }
        if (blk->overflow && limit > 1) {
            limit = c.n_insns > 2 ? c.n_insns / 2 : 1;
            continue;
        }
        if (log_enabled(LOG_IN_ASM)) {
            log_block_in(cpu, pc, c.pc);
        }
        if (log_enabled(LOG_OP)) {
            fprintf(log_file(), "OP:\n");
            ir_dump(blk->insn, blk->n, log_file());
        }
        struct tb *tb = tb_from_block(blk, pc, c.pc, c.n_insns);
        if (log_enabled(LOG_OP_OPT)) {
            fprintf(log_file(), "OP after optimization:\n");
            ir_dump(tb->insn, tb->n, log_file());
        }
        return tb;
    }
}
