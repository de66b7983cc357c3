/* SPDX-License-Identifier: MIT */
/* Indirect branches: a tiny stack bytecode interpreter with switch dispatch
 * running a nested-loop program (a hash over a counter). */
#include "bench.h"

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, XOR, SHR, AND, DUP, DROP, JNZ, JMP, HALT };

static const int32_t prog[] = {
    /* 0 */  PUSH, 0, STORE, 1,          /* h = 0 */
    /* 4 */  LOAD, 0, STORE, 2,          /* i = n */
    /* 8 */  LOAD, 1, PUSH, 31, MUL,     /* h * 31 */
    /* 13 */ LOAD, 2, XOR,               /* ^ i */
    /* 16 */ LOAD, 1, PUSH, 7, SHR, ADD, /* + (h >> 7) */
    /* 22 */ DUP, PUSH, 3, AND, ADD,     /* + (that & 3) */
    /* 27 */ STORE, 1,
    /* 29 */ LOAD, 2, PUSH, 1, SUB, DUP, STORE, 2,   /* --i */
    /* 37 */ JNZ, 8,
    /* 39 */ LOAD, 1, HALT,
};

__attribute__((noinline)) static int64_t run(const int32_t *code, int64_t *vars)
{
    int64_t stack[64], *sp = stack;
    const int32_t *pc = code;
    for (;;) {
        switch (*pc++) {
        case PUSH:  *sp++ = *pc++; break;
        case LOAD:  *sp++ = vars[*pc++]; break;
        case STORE: vars[*pc++] = *--sp; break;
        case ADD:   sp--; sp[-1] += sp[0]; break;
        case SUB:   sp--; sp[-1] -= sp[0]; break;
        case MUL:   sp--; sp[-1] *= sp[0]; break;
        case XOR:   sp--; sp[-1] ^= sp[0]; break;
        case SHR:   sp--; sp[-1] = (int64_t)((uint64_t)sp[-1] >> sp[0]); break;
        case AND:   sp--; sp[-1] &= sp[0]; break;
        case DUP:   sp[0] = sp[-1]; sp++; break;
        case DROP:  sp--; break;
        case JNZ:   if (*--sp) pc = code + *pc; else pc++; break;
        case JMP:   pc = code + *pc; break;
        case HALT:  return sp[-1];
        default:    abort();
        }
    }
}

int main(int argc, char **argv)
{
    int64_t n = (int64_t)bench_scaled(16000000, bench_scale(argc, argv));
    int64_t vars[4] = { n, 0, 0, 0 };
    int64_t h = run(prog, vars);
    printf("dispatch n=%" PRId64 " checksum=%016" PRIx64 "\n", n, (uint64_t)h);
    return 0;
}
