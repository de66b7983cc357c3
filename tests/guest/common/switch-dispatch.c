/* expected: native */
/*
 * Switch-heavy dispatch: a small bytecode interpreter (dense switch,
 * compiled to a jump table) running a program that computes primes and a
 * checksum, plus a sparse switch (compare trees) and computed gotos.
 */
#include <stdint.h>
#include <stdio.h>

enum { PUSH, ADD, SUB, MUL, MOD, DUP, SWAP, DROP, JZ, JMP, LT, LOAD, STORE,
       PRINT, HALT, INC, OVER, NOP1, NOP2, NOP3 };

static uint64_t run(const int64_t *code)
{
    int64_t st[64], mem[8] = {0};
    int sp = 0, pc = 0;
    uint64_t out = 0;
    for (;;) {
        int64_t op = code[pc++];
        switch (op) {
        case PUSH: st[sp++] = code[pc++]; break;
        case ADD: sp--; st[sp - 1] += st[sp]; break;
        case SUB: sp--; st[sp - 1] -= st[sp]; break;
        case MUL: sp--; st[sp - 1] *= st[sp]; break;
        case MOD: sp--; st[sp - 1] %= st[sp]; break;
        case DUP: st[sp] = st[sp - 1]; sp++; break;
        case SWAP: { int64_t t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } break;
        case DROP: sp--; break;
        case JZ: sp--; if (st[sp] == 0) pc = code[pc]; else pc++; break;
        case JMP: pc = code[pc]; break;
        case LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
        case LOAD: st[sp++] = mem[code[pc++]]; break;
        case STORE: mem[code[pc++]] = st[--sp]; break;
        case PRINT: out = out * 31 + (uint64_t)st[--sp]; break;
        case HALT: return out;
        case INC: st[sp - 1]++; break;
        case OVER: st[sp] = st[sp - 2]; sp++; break;
        case NOP1: case NOP2: case NOP3: break;
        default: return 0;
        }
    }
}

/* sparse switch: a compare tree, not a table */
static int classify(uint64_t v)
{
    switch (v) {
    case 1: return 10;
    case 1000: return 11;
    case 65536: return 12;
    case 0x80000000ull: return 13;
    case 0xffffffffull: return 14;
    case 0x100000000ull: return 15;
    case 0x7fffffffffffffffull: return 16;
    case 0x8000000000000000ull: return 17;
    case 0xffffffffffffffffull: return 18;
    default: return (int)(v & 7);
    }
}

static int gotos(int n)
{
    static void *tbl[] = {&&l0, &&l1, &&l2, &&l3};
    int acc = 0, i = 0;
next:
    if (i >= n)
        return acc;
    goto *tbl[(i * 7 + 3) & 3];
l0: acc += 1; i++; goto next;
l1: acc *= 3; i++; goto next;
l2: acc -= 2; i++; goto next;
l3: acc ^= 0x55; i++; goto next;
}

int main(void)
{
    /* count primes below 2000 by trial division; print each 100th */
    /* mem[0] = n, mem[1] = d, mem[2] = count */
    static const int64_t prog[] = {
        PUSH, 2, STORE, 0,                  /* 0: n = 2 */
        /* 4: outer: if !(n < 2000) halt */
        LOAD, 0, PUSH, 2000, LT, JZ, 60,
        PUSH, 2, STORE, 1,                  /* 11: d = 2 */
        /* 15: inner: if !(d*d < n+1) prime */
        LOAD, 1, LOAD, 1, MUL, LOAD, 0, PUSH, 1, ADD, LT, JZ, 44,
        /* 28: if n % d == 0 -> not prime */
        LOAD, 0, LOAD, 1, MOD, JZ, 53,
        LOAD, 1, INC, STORE, 1, JMP, 15,    /* 35: d++ */
        NOP1, NOP2,
        /* 44: prime: count++, print n */
        LOAD, 2, INC, STORE, 2, LOAD, 0, PRINT, NOP3,
        /* 53: next n */
        LOAD, 0, INC, STORE, 0, JMP, 4,
        /* 60: */
        LOAD, 2, PRINT, HALT,
    };
    printf("bytecode result %016llx\n", (unsigned long long)run(prog));

    static const uint64_t vals[] = {0, 1, 2, 999, 1000, 1001, 65536,
        0x7fffffff, 0x80000000ull, 0xffffffffull, 0x100000000ull,
        0x7fffffffffffffffull, 0x8000000000000000ull, 0xffffffffffffffffull,
        0x8000000000000001ull};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
        printf("classify %llx = %d\n", (unsigned long long)vals[i],
               classify(vals[i]));
    printf("gotos %d %d %d\n", gotos(5), gotos(50), gotos(501));
    return 0;
}
