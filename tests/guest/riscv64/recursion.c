/* expected: native */
/*
 * Deep and branchy recursion: Ackermann, naive Fibonacci, mutual
 * recursion, Towers of Hanoi, permutations.  Compiled for rv64gc (the
 * default -march), so the code is mostly compressed instructions: with
 * Debian's gcc 12, riscv64-linux-gnu-objdump -d shows 792 of the 1124
 * instructions of these functions as 2-byte forms (c.mv 319, c.add 96,
 * c.ldsp/c.ld 88, c.sdsp/c.sd 80, c.li 70, c.j 30, c.beqz/c.bnez 39,
 * c.lw/c.sw 28, c.jr 14, c.addw, c.srli, c.slli, c.sub, ...).
 */
#include <stdint.h>
#include <stdio.h>

static uint64_t ack(uint64_t m, uint64_t n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static uint64_t fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int is_odd(unsigned n);
static int is_even(unsigned n)
{
    return n == 0 ? 1 : is_odd(n - 1);
}
static int is_odd(unsigned n)
{
    return n == 0 ? 0 : is_even(n - 1);
}

static uint64_t moves, hcheck;
static void hanoi(int n, int from, int to, int via)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    moves++;
    hcheck = hcheck * 7 + from * 3 + to;
    hanoi(n - 1, via, to, from);
}

static int perm[9], used[9];
static uint64_t nperm, pcheck;
static void permute(int k, int n)
{
    if (k == n) {
        nperm++;
        uint64_t v = 0;
        for (int i = 0; i < n; i++)
            v = v * 10 + perm[i];
        pcheck ^= v * nperm;
        return;
    }
    for (int i = 0; i < n; i++)
        if (!used[i]) {
            used[i] = 1;
            perm[k] = i;
            permute(k + 1, n);
            used[i] = 0;
        }
}

int main(void)
{
    printf("ack(2,3)=%llu ack(3,5)=%llu ack(3,6)=%llu\n",
           (unsigned long long)ack(2, 3), (unsigned long long)ack(3, 5),
           (unsigned long long)ack(3, 6));
    printf("fib(25)=%llu\n", (unsigned long long)fib(25));
    printf("even(10001)=%d odd(10001)=%d\n", is_even(10001), is_odd(10001));
    hanoi(14, 1, 3, 2);
    printf("hanoi(14) moves=%llu check=%016llx\n", (unsigned long long)moves,
           (unsigned long long)hcheck);
    permute(0, 7);
    printf("perms(7)=%llu check=%016llx\n", (unsigned long long)nperm,
           (unsigned long long)pcheck);
    return 0;
}
