/* SPDX-License-Identifier: MIT */
/*
 * The x86-64 encoders against hand-checked bytes.  Every expected string
 * was checked with objdump -D -b binary -mi386:x86-64; the disassembly is
 * the comment on its line.  The cases cover the REX corner cases: r8-r15
 * in each field, byte registers that need an empty REX (sil, dil), rbp and
 * r13 bases (always a displacement), rsp and r12 bases (always a SIB).
 */
#include <criterion/criterion.h>

#include "host/x86_64/enc-sse.h"
#include "host/x86_64/enc.h"

static struct x64_buf buf;

static void setup(void)
{
    buf = (struct x64_buf){.growable = true};
}

static void teardown(void)
{
    free(buf.start);
}

TestSuite(x64_enc, .init = setup, .fini = teardown);

static void expect_bytes(const char *what, const uint8_t *want, size_t n)
{
    size_t got = x64_pos(&buf);
    cr_assert_eq(got, n, "%s: %zu bytes, want %zu", what, got, n);
    for (size_t k = 0; k < n; k++) {
        cr_assert_eq(buf.start[k], want[k], "%s: byte %zu is %02x, want %02x",
                     what, k, buf.start[k], want[k]);
    }
    buf.p = buf.start;
}

/* ENC(call, bytes...): encode with call, compare with the bytes. */
#define ENC(call, ...)                                                       \
    do {                                                                     \
        static const uint8_t want_[] = {__VA_ARGS__};                        \
        call;                                                                \
        expect_bytes(#call, want_, sizeof(want_));                           \
    } while (0)

Test(x64_enc, moves)
{
    ENC(x64_mov_rr(&buf, 8, X64_RAX, X64_R12), 0x4c, 0x89, 0xe0);   /* mov %r12,%rax */
    ENC(x64_mov_rr(&buf, 4, X64_R9, X64_RSI), 0x41, 0x89, 0xf1);    /* mov %esi,%r9d */
    ENC(x64_mov_ri(&buf, X64_RDX, 0), 0x31, 0xd2);                  /* xor %edx,%edx */
    ENC(x64_mov_ri(&buf, X64_R11, 0x12345678),
        0x41, 0xbb, 0x78, 0x56, 0x34, 0x12);                        /* mov $0x12345678,%r11d */
    ENC(x64_mov_ri(&buf, X64_RCX, (uint64_t)-5),
        0x48, 0xc7, 0xc1, 0xfb, 0xff, 0xff, 0xff);                  /* mov $-5,%rcx */
    ENC(x64_mov_ri(&buf, X64_R13, 0x123456789abcdefull),
        0x49, 0xbd, 0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01); /* movabs */
    ENC(x64_movzx_rr(&buf, 1, X64_RAX, X64_RDI), 0x40, 0x0f, 0xb6, 0xc7); /* movzbl %dil,%eax */
    ENC(x64_movzx_rr(&buf, 2, X64_R9, X64_RBX), 0x44, 0x0f, 0xb7, 0xcb);  /* movzwl %bx,%r9d */
    ENC(x64_movsx_rr(&buf, 8, 1, X64_RDX, X64_RSI), 0x48, 0x0f, 0xbe, 0xd6); /* movsbq %sil,%rdx */
    ENC(x64_movsx_rr(&buf, 8, 4, X64_R12, X64_RAX), 0x4c, 0x63, 0xe0);    /* movslq %eax,%r12 */
}

Test(x64_enc, memory_operands)
{
    ENC(x64_load(&buf, 8, X64_RBX, x64_mb(X64_RBP, 0x2008)),
        0x48, 0x8b, 0x9d, 0x08, 0x20, 0x00, 0x00);       /* mov 0x2008(%rbp),%rbx */
    ENC(x64_load(&buf, 4, X64_R10, x64_mbi(X64_R15, X64_RSI, 16)),
        0x45, 0x8b, 0x54, 0x37, 0x10);                   /* mov 0x10(%r15,%rsi,1),%r10d */
    ENC(x64_load(&buf, 8, X64_RAX, x64_mbi(X64_R15, X64_R13, 0)),
        0x4b, 0x8b, 0x04, 0x2f);                         /* mov (%r15,%r13,1),%rax */
    ENC(x64_load(&buf, 8, X64_RAX, x64_mb(X64_R12, 0)),
        0x49, 0x8b, 0x04, 0x24);                         /* mov (%r12),%rax */
    ENC(x64_load(&buf, 8, X64_RAX, x64_mb(X64_R13, 0)),
        0x49, 0x8b, 0x45, 0x00);                         /* mov 0x0(%r13),%rax */
    ENC(x64_store(&buf, 1, x64_mbi(X64_R15, X64_RDI, -1), X64_RSI),
        0x41, 0x88, 0x74, 0x3f, 0xff);                   /* mov %sil,-0x1(%r15,%rdi,1) */
    ENC(x64_store(&buf, 2, x64_mbi(X64_R15, X64_RDI, 0x100), X64_R8),
        0x66, 0x45, 0x89, 0x84, 0x3f, 0x00, 0x01, 0x00, 0x00); /* mov %r8w,0x100(%r15,%rdi,1) */
    ENC(x64_store_i32(&buf, 8, x64_mb(X64_RBP, 0x2000), -1),
        0x48, 0xc7, 0x85, 0x00, 0x20, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff); /* movq $-1,0x2000(%rbp) */
    ENC(x64_movzx_rm(&buf, 1, X64_RCX, x64_mbi(X64_R15, X64_RBX, 3)),
        0x41, 0x0f, 0xb6, 0x4c, 0x1f, 0x03);             /* movzbl 0x3(%r15,%rbx,1),%ecx */
    ENC(x64_movsx_rm(&buf, 8, 2, X64_RAX, x64_mbi(X64_R15, X64_R8, 0)),
        0x4b, 0x0f, 0xbf, 0x04, 0x07);                   /* movswq (%r15,%r8,1),%rax */
    ENC(x64_lea(&buf, 8, X64_RDX, x64_mbi(X64_RSI, X64_RDI, 0)),
        0x48, 0x8d, 0x14, 0x3e);                         /* lea (%rsi,%rdi,1),%rdx */
    ENC(x64_lea(&buf, 4, X64_RAX, x64_mb(X64_R13, -8)),
        0x41, 0x8d, 0x45, 0xf8);                         /* lea -0x8(%r13),%eax */
}

Test(x64_enc, arithmetic)
{
    ENC(x64_alu_rr(&buf, X64_ADD, 8, X64_RBX, X64_R10), 0x4c, 0x01, 0xd3); /* add %r10,%rbx */
    ENC(x64_alu_rr(&buf, X64_SUB, 4, X64_RSI, X64_RDI), 0x29, 0xfe);       /* sub %edi,%esi */
    ENC(x64_alu_rr(&buf, X64_CMP, 8, X64_R8, X64_R9), 0x4d, 0x39, 0xc8);   /* cmp %r9,%r8 */
    ENC(x64_alu_ri(&buf, X64_AND, 8, X64_RDI, 0xff),
        0x48, 0x81, 0xe7, 0xff, 0x00, 0x00, 0x00);                        /* and $0xff,%rdi */
    ENC(x64_alu_ri(&buf, X64_XOR, 4, X64_R12, -1), 0x41, 0x83, 0xf4, 0xff); /* xor $-1,%r12d */
    ENC(x64_alu_mi(&buf, X64_CMP, 4, x64_mb(X64_RBP, 0x2018), 0),
        0x83, 0xbd, 0x18, 0x20, 0x00, 0x00, 0x00);                        /* cmpl $0,0x2018(%rbp) */
    ENC(x64_test_rr(&buf, 8, X64_RAX, X64_RCX), 0x48, 0x85, 0xc8);          /* test %rcx,%rax */
    ENC(x64_test_ri(&buf, 4, X64_R11, 0x100),
        0x41, 0xf7, 0xc3, 0x00, 0x01, 0x00, 0x00);                        /* test $0x100,%r11d */
    ENC(x64_unary(&buf, X64_NEG, 8, X64_R13), 0x49, 0xf7, 0xdd);            /* neg %r13 */
    ENC(x64_unary(&buf, X64_IDIV, 4, X64_R11), 0x41, 0xf7, 0xfb);           /* idiv %r11d */
    ENC(x64_unary(&buf, X64_MUL, 8, X64_RSI), 0x48, 0xf7, 0xe6);            /* mul %rsi */
    ENC(x64_imul_rr(&buf, 8, X64_RBX, X64_R9), 0x49, 0x0f, 0xaf, 0xd9);     /* imul %r9,%rbx */
    ENC(x64_imul_rri(&buf, 4, X64_RAX, X64_RDI, 1000),
        0x69, 0xc7, 0xe8, 0x03, 0x00, 0x00);                              /* imul $1000,%edi,%eax */
    ENC(x64_cqo(&buf, 8), 0x48, 0x99);                                     /* cqto */
    ENC(x64_cqo(&buf, 4), 0x99);                                           /* cltd */
    ENC(x64_shift_cl(&buf, X64_SAR, 8, X64_RDI), 0x48, 0xd3, 0xff);         /* sar %cl,%rdi */
    ENC(x64_shift_ri(&buf, X64_ROR, 4, X64_R10, 7), 0x41, 0xc1, 0xca, 0x07); /* ror $7,%r10d */
    ENC(x64_bswap(&buf, 8, X64_R9), 0x49, 0x0f, 0xc9);                      /* bswap %r9 */
    ENC(x64_bswap(&buf, 4, X64_RAX), 0x0f, 0xc8);                           /* bswap %eax */
}

Test(x64_enc, bit_counts_and_conditions)
{
    ENC(x64_lzcnt(&buf, 8, X64_RAX, X64_R8), 0xf3, 0x49, 0x0f, 0xbd, 0xc0);   /* lzcnt %r8,%rax */
    ENC(x64_tzcnt(&buf, 4, X64_R11, X64_RSI), 0xf3, 0x44, 0x0f, 0xbc, 0xde);  /* tzcnt %esi,%r11d */
    ENC(x64_popcnt(&buf, 8, X64_RDX, X64_RBX), 0xf3, 0x48, 0x0f, 0xb8, 0xd3); /* popcnt %rbx,%rdx */
    ENC(x64_bsr(&buf, 8, X64_R11, X64_RDI), 0x4c, 0x0f, 0xbd, 0xdf);          /* bsr %rdi,%r11 */
    ENC(x64_bsf(&buf, 4, X64_RCX, X64_R13), 0x41, 0x0f, 0xbc, 0xcd);          /* bsf %r13d,%ecx */
    ENC(x64_setcc(&buf, X64_CC_L, X64_RSI), 0x40, 0x0f, 0x9c, 0xc6);          /* setl %sil */
    ENC(x64_setcc(&buf, X64_CC_E, X64_R11), 0x41, 0x0f, 0x94, 0xc3);          /* sete %r11b */
    ENC(x64_cmov(&buf, X64_CC_G, 8, X64_R11, X64_RBX), 0x4c, 0x0f, 0x4f, 0xdb); /* cmovg %rbx,%r11 */
}

Test(x64_enc, atomics)
{
    ENC(x64_lock_xadd(&buf, 8, x64_mbi(X64_R15, X64_RSI, 0), X64_R11),
        0xf0, 0x4d, 0x0f, 0xc1, 0x1c, 0x37);      /* lock xadd %r11,(%r15,%rsi,1) */
    ENC(x64_lock_cmpxchg(&buf, 2, x64_mb(X64_RDX, 0), X64_R11),
        0xf0, 0x66, 0x44, 0x0f, 0xb1, 0x1a);      /* lock cmpxchg %r11w,(%rdx) */
    ENC(x64_lock_cmpxchg(&buf, 1, x64_mb(X64_RDX, 0), X64_RSI),
        0xf0, 0x40, 0x0f, 0xb0, 0x32);            /* lock cmpxchg %sil,(%rdx) */
    ENC(x64_xchg_mr(&buf, 4, x64_mbi(X64_R15, X64_RBX, 0), X64_R11),
        0x45, 0x87, 0x1c, 0x1f);                  /* xchg %r11d,(%r15,%rbx,1) */
    ENC(x64_mfence(&buf), 0x0f, 0xae, 0xf0);      /* mfence */
}

Test(x64_enc, control_flow)
{
    ENC(x64_jmp_rel32(&buf), 0xe9, 0, 0, 0, 0);             /* jmp .+5 */
    ENC(x64_jcc_rel32(&buf, X64_CC_NE), 0x0f, 0x85, 0, 0, 0, 0); /* jne .+6 */
    ENC(x64_call_rel32(&buf), 0xe8, 0, 0, 0, 0);            /* call .+5 */
    ENC(x64_call_r(&buf, X64_RAX), 0xff, 0xd0);              /* call *%rax */
    ENC(x64_jmp_r(&buf, X64_R11), 0x41, 0xff, 0xe3);         /* jmp *%r11 */
    ENC(x64_push(&buf, X64_R15), 0x41, 0x57);                /* push %r15 */
    ENC(x64_pop(&buf, X64_RBX), 0x5b);                       /* pop %rbx */
    ENC(x64_ret(&buf), 0xc3);                                /* ret */
}

Test(x64_enc, branch_patching)
{
    size_t j = x64_jcc_rel8(&buf, X64_CC_E);
    x64_ret(&buf);
    x64_bind_rel8(&buf, j);
    size_t k = x64_jmp_rel32(&buf);
    x64_patch_rel32(&buf, k, 0);
    static const uint8_t want[] = {0x74, 0x01, 0xc3, 0xe9, 0xf8, 0xff, 0xff, 0xff};
    expect_bytes("je +1; ret; jmp 0", want, sizeof(want));
}

Test(x64_enc, fixed_buffer_overflows_without_writing_past_the_end)
{
    uint8_t mem[40];
    memset(mem, 0xaa, sizeof(mem));
    struct x64_buf b = {.start = mem, .p = mem, .end = mem + 32};
    for (int k = 0; k < 10; k++) {
        x64_mov_ri64(&b, X64_RAX, 0);
    }
    cr_assert(b.overflow);
    for (size_t k = 32; k < sizeof(mem); k++) {
        cr_assert_eq(mem[k], 0xaa);
    }
}

/* Scalar and packed SSE, FMA3 and MXCSR forms of the FP fast paths. */
Test(x64_enc, sse)
{
    ENC(x64_movq_xr(&buf, 8, X64_XMM1, X64_R9),
        0x66, 0x49, 0x0f, 0x6e, 0xc9); /* movq   %r9,%xmm1 */
    ENC(x64_movq_xr(&buf, 4, X64_XMM0, X64_RSI),
        0x66, 0x0f, 0x6e, 0xc6); /* movd   %esi,%xmm0 */
    ENC(x64_movq_rx(&buf, 8, X64_R10, X64_XMM0),
        0x66, 0x49, 0x0f, 0x7e, 0xc2); /* movq   %xmm0,%r10 */
    ENC(x64_movq_rx(&buf, 4, X64_RAX, X64_XMM2),
        0x66, 0x0f, 0x7e, 0xd0); /* movd   %xmm2,%eax */
    ENC(x64_sse_arith(&buf, X64_ADDS, 8, X64_XMM0, X64_XMM1),
        0xf2, 0x0f, 0x58, 0xc1); /* addsd  %xmm1,%xmm0 */
    ENC(x64_sse_arith(&buf, X64_DIVS, 4, X64_XMM0, X64_XMM1),
        0xf3, 0x0f, 0x5e, 0xc1); /* divss  %xmm1,%xmm0 */
    ENC(x64_sse_arith(&buf, X64_SQRTS, 8, X64_XMM0, X64_XMM0),
        0xf2, 0x0f, 0x51, 0xc0); /* sqrtsd %xmm0,%xmm0 */
    ENC(x64_ucomis(&buf, 8, X64_XMM0, X64_XMM1),
        0x66, 0x0f, 0x2e, 0xc1); /* ucomisd %xmm1,%xmm0 */
    ENC(x64_ucomis(&buf, 4, X64_XMM0, X64_XMM0),
        0x0f, 0x2e, 0xc0); /* ucomiss %xmm0,%xmm0 */
    ENC(x64_cvt_f2f(&buf, 8, X64_XMM0, X64_XMM0),
        0xf2, 0x0f, 0x5a, 0xc0); /* cvtsd2ss %xmm0,%xmm0 */
    ENC(x64_cvt_f2f(&buf, 4, X64_XMM0, X64_XMM0),
        0xf3, 0x0f, 0x5a, 0xc0); /* cvtss2sd %xmm0,%xmm0 */
    ENC(x64_cvt_f2i(&buf, 8, 64, true, X64_RAX, X64_XMM0),
        0xf2, 0x48, 0x0f, 0x2c, 0xc0); /* cvttsd2si %xmm0,%rax */
    ENC(x64_cvt_f2i(&buf, 4, 32, false, X64_RAX, X64_XMM0),
        0xf3, 0x0f, 0x2d, 0xc0); /* cvtss2si %xmm0,%eax */
    ENC(x64_cvt_i2f(&buf, 8, X64_XMM0, X64_RAX),
        0xf2, 0x48, 0x0f, 0x2a, 0xc0); /* cvtsi2sd %rax,%xmm0 */
    ENC(x64_cvt_i2f(&buf, 4, X64_XMM0, X64_RAX),
        0xf3, 0x48, 0x0f, 0x2a, 0xc0); /* cvtsi2ss %rax,%xmm0 */
    ENC(x64_xorps(&buf, X64_XMM2, X64_XMM2),
        0x0f, 0x57, 0xd2); /* xorps  %xmm2,%xmm2 */
    ENC(x64_pcmpeqd(&buf, X64_XMM1, X64_XMM1),
        0x66, 0x0f, 0x76, 0xc9); /* pcmpeqd %xmm1,%xmm1 */
    ENC(x64_unpcklps(&buf, X64_XMM0, X64_XMM1),
        0x0f, 0x14, 0xc1); /* unpcklps %xmm1,%xmm0 */
    ENC(x64_vfmadd213(&buf, 8, X64_XMM0, X64_XMM1, X64_XMM2),
        0xc4, 0xe2, 0xf1, 0xa9, 0xc2); /* vfmadd213sd %xmm2,%xmm1,%xmm0 */
    ENC(x64_vfmadd213(&buf, 4, X64_XMM0, X64_XMM1, X64_XMM2),
        0xc4, 0xe2, 0x71, 0xa9, 0xc2); /* vfmadd213ss %xmm2,%xmm1,%xmm0 */
    ENC(x64_btc_ri(&buf, 8, X64_RAX, 63),
        0x48, 0x0f, 0xba, 0xf8, 0x3f); /* btc    $0x3f,%rax */
    ENC(x64_btc_ri(&buf, 4, X64_RAX, 31),
        0x0f, 0xba, 0xf8, 0x1f); /* btc    $0x1f,%eax */
    ENC(x64_test_mi(&buf, x64_mb(X64_RBP, 0x2010), 0x01c00000),
        0xf7, 0x85, 0x10, 0x20, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x01); /* testl  $0x1c00000,0x2010(%rbp) */
    ENC(x64_vload(&buf, true, X64_XMM0, x64_mb(X64_RBP, 0x2100)),
        0x0f, 0x10, 0x85, 0x00, 0x21, 0x00, 0x00); /* movups 0x2100(%rbp),%xmm0 */
    ENC(x64_vload(&buf, false, X64_XMM1, x64_mb(X64_RBP, 0x2110)),
        0xf3, 0x0f, 0x7e, 0x8d, 0x10, 0x21, 0x00, 0x00); /* movq   0x2110(%rbp),%xmm1 */
    ENC(x64_vstore(&buf, true, x64_mb(X64_RBP, 0x2120), X64_XMM0),
        0x0f, 0x11, 0x85, 0x20, 0x21, 0x00, 0x00); /* movups %xmm0,0x2120(%rbp) */
    ENC(x64_vstore(&buf, false, x64_mb(X64_RBP, 0x2120), X64_XMM0),
        0x66, 0x0f, 0xd6, 0x85, 0x20, 0x21, 0x00, 0x00); /* movq   %xmm0,0x2120(%rbp) */
    ENC(x64_sse_packed(&buf, X64_MULS, 3, X64_XMM0, X64_XMM1),
        0x66, 0x0f, 0x59, 0xc1); /* mulpd  %xmm1,%xmm0 */
    ENC(x64_sse_packed(&buf, X64_SUBS, 2, X64_XMM0, X64_XMM1),
        0x0f, 0x5c, 0xc1); /* subps  %xmm1,%xmm0 */
    ENC(x64_movaps(&buf, X64_XMM2, X64_XMM0),
        0x0f, 0x28, 0xd0); /* movaps %xmm0,%xmm2 */
    ENC(x64_cmpunordp(&buf, 3, X64_XMM2, X64_XMM0),
        0x66, 0x0f, 0xc2, 0xd0, 0x03); /* cmpunordpd %xmm0,%xmm2 */
    ENC(x64_cmpunordp(&buf, 2, X64_XMM2, X64_XMM0),
        0x0f, 0xc2, 0xd0, 0x03); /* cmpunordps %xmm0,%xmm2 */
    ENC(x64_movmskp(&buf, 3, X64_RAX, X64_XMM2),
        0x66, 0x0f, 0x50, 0xc2); /* movmskpd %xmm2,%eax */
    ENC(x64_movmskp(&buf, 2, X64_RAX, X64_XMM2),
        0x0f, 0x50, 0xc2); /* movmskps %xmm2,%eax */
    ENC(x64_pshift(&buf, 3, true, X64_XMM2, 1),
        0x66, 0x0f, 0x73, 0xf2, 0x01); /* psllq  $0x1,%xmm2 */
    ENC(x64_pshift(&buf, 2, false, X64_XMM2, 24),
        0x66, 0x0f, 0x72, 0xd2, 0x18); /* psrld  $0x18,%xmm2 */
    ENC(x64_padd(&buf, 3, X64_XMM2, X64_XMM3),
        0x66, 0x0f, 0xd4, 0xd3); /* paddq  %xmm3,%xmm2 */
    ENC(x64_padd(&buf, 2, X64_XMM2, X64_XMM3),
        0x66, 0x0f, 0xfe, 0xd3); /* paddd  %xmm3,%xmm2 */
    ENC(x64_pxor(&buf, X64_XMM3, X64_XMM3),
        0x66, 0x0f, 0xef, 0xdb); /* pxor   %xmm3,%xmm3 */
    ENC(x64_stmxcsr(&buf, x64_mb(X64_RSP, -8)),
        0x0f, 0xae, 0x5c, 0x24, 0xf8); /* stmxcsr -0x8(%rsp) */
    ENC(x64_ldmxcsr(&buf, x64_mb(X64_RSP, -8)),
        0x0f, 0xae, 0x54, 0x24, 0xf8); /* ldmxcsr -0x8(%rsp) */
}
