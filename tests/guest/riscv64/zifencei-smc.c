/*
 * Zifencei / self-modifying code.  Instructions are written as data into
 * an executable buffer, made visible with fence.i (or
 * __builtin___clear_cache, which calls glibc's __riscv_flush_icache, i.e.
 * the riscv_flush_icache syscall), run, overwritten and run again.  Also a
 * routine that patches an instruction later in its own block and then
 * runs fence.i, a W^X variant (RW then mprotect RX), a compressed variant
 * and 100 rewrites of the same spot.
 * Encodings, by hand from the ISA manual:
 *   addi a0, x0, imm = imm << 20 | 0x513   (rd = 10, rs1 = 0, opcode 0x13)
 *   ret  = jalr x0, 0(ra)  = 0x00008067
 *   sw a1, 16(a0)          = 0x00b52823    (rs2 11 << 20, rs1 10 << 15,
 *                                           funct3 2, imm 16 << 7, 0x23)
 *   fence.i                = 0x0000100f
 *   nop                    = 0x00000013
 *   c.li a0, imm           = 0x4501 | imm[5] << 12 | imm[4:0] << 2
 *   c.jr ra                = 0x8082
 * Expected values (after "=") by hand.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define P(label, v) printf("%s: %016llx\n", label, (unsigned long long)(v))

#define ADDI_A0(imm) ((uint32_t)(imm) << 20 | 0x513)
#define RET 0x00008067u
#define SW_A1_16_A0 0x00b52823u
#define FENCE_I 0x0000100fu
#define NOP 0x00000013u
#define C_LI_A0(imm) (0x4501u | ((imm) & 0x20) << 7 | ((imm) & 0x1f) << 2)
#define C_JR_RA 0x8082u

typedef long (*fn0)(void);
typedef long (*fn2)(void *, long);

static void fence_i(void)
{
    __asm__ volatile("fence.i" ::: "memory");
}

int main(void)
{
    uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    fn0 f = (fn0)p;

    p[0] = ADDI_A0(1);
    p[1] = RET;
    fence_i();
    P("first code", f());                           /* = 1 */
    p[0] = ADDI_A0(2);
    fence_i();
    P("rewritten, fence.i", f());                   /* = 2 */
    p[0] = ADDI_A0(3);
    __builtin___clear_cache((char *)p, (char *)(p + 2));
    P("rewritten, clear_cache", f());               /* = 3 */
    p[0] = ADDI_A0(-1);
    fence_i();
    P("negative imm", f());                         /* = -1 */

    /* code that patches its own later instruction, then fence.i */
    uint32_t *q = p + 16;
    q[0] = SW_A1_16_A0;
    q[1] = FENCE_I;
    q[2] = NOP;
    q[3] = NOP;
    q[4] = ADDI_A0(7);
    q[5] = RET;
    fence_i();
    fn2 g = (fn2)q;
    P("self-patch to 8", g(q, ADDI_A0(8)));         /* = 8 */
    P("self-patch to 9", g(q, ADDI_A0(9)));         /* = 9 */
    P("patched word", q[4]);                        /* = 0x00900513: addi a0, x0, 9 */

    /* compressed code: c.li a0, imm; c.jr ra in one word */
    uint32_t *c = p + 32;
    c[0] = C_JR_RA << 16 | C_LI_A0(10);
    fence_i();
    P("c.li 10", ((fn0)c)());                       /* = 10 */
    c[0] = C_JR_RA << 16 | C_LI_A0(0x3f);
    fence_i();
    P("c.li -1", ((fn0)c)());                       /* = -1 */
    P("c.li -1 word", c[0]);                        /* = 0x8082557d */

    /* 100 rewrites of one instruction: sum of 0..99 */
    long sum = 0;
    for (int i = 0; i < 100; i++) {
        p[0] = ADDI_A0(i);
        fence_i();
        sum += f();
    }
    P("100 rewrites sum", sum);                     /* = 4950 */

    /* W^X: write while RW, then mprotect RX, run; and again */
    uint32_t *x = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (x == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    x[0] = ADDI_A0(4);
    x[1] = RET;
    mprotect(x, 4096, PROT_READ | PROT_EXEC);
    fence_i();
    P("W^X first", ((fn0)x)());                     /* = 4 */
    mprotect(x, 4096, PROT_READ | PROT_WRITE);
    x[0] = ADDI_A0(5);
    mprotect(x, 4096, PROT_READ | PROT_EXEC);
    fence_i();
    P("W^X rewritten", ((fn0)x)());                 /* = 5 */

    /* unmap and map again at the same place: new code */
    munmap(x, 4096);
    uint32_t *y = mmap(x, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    y[0] = ADDI_A0(6);
    y[1] = RET;
    fence_i();
    P("remapped", ((fn0)y)());                      /* = 6 */
    return 0;
}
