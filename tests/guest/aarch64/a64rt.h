/* SPDX-License-Identifier: MIT */
/*
 * A tiny freestanding runtime for portable C tests that must not need
 * glibc (whose static start-up uses Advanced SIMD): built for aarch64 with
 * "cflags: -nostdlib -ffreestanding -mgeneral-regs-only", it provides
 * _start, raw write/exit, memcpy/memset/memmove/memcmp and a
 * general-register __popcountdi2 (link with -lgcc after it); on the host (expected: native) it
 * maps to libc.  Output helpers: out_str, out_dec, out_hex.
 */
#ifndef A64RT_H
#define A64RT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __aarch64__
static long rt_syscall3(long nr, long a, long b, long c)
{
    register long x8 __asm__("x8") = nr;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2)
                     : "memory");
    return x0;
}
static long rt_write(int fd, const void *p, size_t n)
{
    return rt_syscall3(64, fd, (long)p, (long)n);
}
static void rt_exit(int code)
{
    rt_syscall3(93, code, 0, 0);
    __builtin_unreachable();
}
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    while (n--) {
        *dp++ = *sp++;
    }
    return d;
}
void *memmove(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (dp < sp) {
        while (n--) {
            *dp++ = *sp++;
        }
    } else {
        while (n--) {
            dp[n] = sp[n];
        }
    }
    return d;
}
void *memset(void *d, int c, size_t n)
{
    unsigned char *dp = d;
    while (n--) {
        *dp++ = (unsigned char)c;
    }
    return d;
}
int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++) {
        if (*x != *y) {
            return *x - *y;
        }
    }
    return 0;
}
/* libgcc's version uses SIMD registers: a general-register one. */
int __popcountdi2(long long x);
int __popcountdi2(long long x)
{
    unsigned long long v = (unsigned long long)x;
    v = v - ((v >> 1) & 0x5555555555555555ULL);
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (int)((v * 0x0101010101010101ULL) >> 56);
}
int main(void);
__asm__(".text\n.globl _start\n_start:\n"
        "    mov x29, #0\n    mov x30, #0\n    bl main\n"
        "    mov x8, #93\n    svc #0\n");
#else
#include <unistd.h>
#include <stdlib.h>
static long rt_write(int fd, const void *p, size_t n)
{
    return write(fd, p, n);
}
static void rt_exit(int code)
{
    exit(code);
}
#endif

static void out_str(const char *s)
{
    size_t n = 0;
    while (s[n]) {
        n++;
    }
    rt_write(1, s, n);
}

static void out_hex(const char *label, uint64_t v)
{
    char buf[128];
    size_t n = 0;
    while (*label && n < 100) {
        buf[n++] = *label++;
    }
    buf[n++] = ':';
    buf[n++] = ' ';
    for (int s = 60; s >= 0; s -= 4) {
        buf[n++] = "0123456789abcdef"[(v >> s) & 15];
    }
    buf[n++] = '\n';
    rt_write(1, buf, n);
}

static void out_dec(const char *label, int64_t v)
{
    char buf[128], d[24];
    size_t n = 0, k = 0;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    while (*label && n < 100) {
        buf[n++] = *label++;
    }
    buf[n++] = ':';
    buf[n++] = ' ';
    if (v < 0) {
        buf[n++] = '-';
    }
    do {
        d[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (k) {
        buf[n++] = d[--k];
    }
    buf[n++] = '\n';
    rt_write(1, buf, n);
}

#endif
