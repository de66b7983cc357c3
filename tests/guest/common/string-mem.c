/* expected: native */
/*
 * libc string and memory functions on every alignment and length 0..67:
 * memcpy memmove (both overlap directions) memset memcmp strlen strcmp
 * strncmp strchr strrchr strcpy strstr memchr.  Results are folded into
 * checksums and a few are printed.  Bytes are handled as unsigned char
 * (plain char is unsigned on riscv64, signed on x86_64).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned char src[256], dst[256], buf[512];

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static uint64_t sum(const unsigned char *p, size_t n)
{
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++)
        h = mix(h, p[i]);
    return h;
}

static int sgn(int v)
{
    return (v > 0) - (v < 0);
}

int main(void)
{
    uint64_t h;
    for (int i = 0; i < 256; i++)
        src[i] = (unsigned char)(i * 37 + 11);

    /* memcpy: every src/dst alignment 0..7, lengths 0..67 */
    h = 0;
    for (int sa = 0; sa < 8; sa++)
        for (int da = 0; da < 8; da++)
            for (int n = 0; n < 68; n++) {
                memset(dst, 0xee, sizeof dst);
                memcpy(dst + da, src + sa, n);
                h = mix(h, sum(dst, 96));
            }
    printf("memcpy %016llx\n", (unsigned long long)h);

    /* memmove forward and backward overlaps */
    h = 0;
    for (int off = -9; off <= 9; off++)
        for (int n = 0; n < 68; n++) {
            memcpy(buf, src, 256);
            memmove(buf + 100 + off, buf + 100, n);
            h = mix(h, sum(buf, 200));
        }
    printf("memmove %016llx\n", (unsigned long long)h);

    /* memset with values having the top bit set */
    h = 0;
    for (int a = 0; a < 8; a++)
        for (int n = 0; n < 68; n++) {
            memset(dst, 0, sizeof dst);
            memset(dst + a, 0x80 + n, n);
            h = mix(h, sum(dst, 96));
        }
    printf("memset %016llx\n", (unsigned long long)h);

    /* memcmp: sign only (the magnitude is unspecified) */
    h = 0;
    for (int a = 0; a < 8; a++)
        for (int n = 1; n < 40; n++) {
            memcpy(buf, src + a, n);
            memcpy(buf + 256, src + a, n);
            h = mix(h, sgn(memcmp(buf, buf + 256, n)) + 1);
            buf[256 + n - 1] ^= 0x80;
            h = mix(h, sgn(memcmp(buf, buf + 256, n)) + 1);
            h = mix(h, sgn(memcmp(buf + 256, buf, n)) + 1);
        }
    printf("memcmp %016llx\n", (unsigned long long)h);

    /* strlen on every alignment */
    h = 0;
    for (int a = 0; a < 16; a++)
        for (int n = 0; n < 70; n++) {
            memset(buf, 'x', 200);
            buf[a + n] = 0;
            h = mix(h, strlen((char *)buf + a));
        }
    printf("strlen %016llx\n", (unsigned long long)h);

    /* strcmp / strncmp: sign only; high bytes compare as unsigned */
    const char *words[] = {"", "a", "ab", "abc", "abd", "b", "\x80", "\xff",
                           "a\x80", "a\x7f", "abcdefghijklmnopq",
                           "abcdefghijklmnopr"};
    int nw = sizeof words / sizeof words[0];
    h = 0;
    for (int i = 0; i < nw; i++)
        for (int j = 0; j < nw; j++) {
            h = mix(h, sgn(strcmp(words[i], words[j])) + 1);
            h = mix(h, sgn(strncmp(words[i], words[j], 2)) + 1);
        }
    printf("strcmp %016llx\n", (unsigned long long)h);
    printf("strcmp \\x80 vs a: %d\n", sgn(strcmp("\x80", "a")));

    /* strchr / strrchr / memchr on every alignment */
    h = 0;
    for (int a = 0; a < 16; a++) {
        strcpy((char *)buf + a, "hello, riscv world; hello again");
        char *s = (char *)buf + a;
        const char *cs = "hlo,; ra\xe9";
        for (const char *c = cs; *c; c++) {
            char *r1 = strchr(s, *c), *r2 = strrchr(s, *c);
            void *r3 = memchr(s, *c, 20);
            h = mix(h, r1 ? r1 - s : 99);
            h = mix(h, r2 ? r2 - s : 99);
            h = mix(h, r3 ? (char *)r3 - s : 99);
        }
        h = mix(h, strchr(s, 0) - s);
    }
    printf("strchr %016llx\n", (unsigned long long)h);

    /* strstr */
    const char *hay = "the quick brown fox jumps over the lazy dog";
    printf("strstr %td %td %d\n", strstr(hay, "the") - hay,
           strstr(hay + 1, "the") - hay, strstr(hay, "cat") == NULL);
    return 0;
}
