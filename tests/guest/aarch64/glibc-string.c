/* expected: native */
/*
 * glibc string functions on many lengths and alignments (memcpy, memmove,
 * memset, memcmp, strlen, strchr, strcmp, strcpy): the static glibc
 * versions use Advanced SIMD, so this needs the FP/SIMD side too.
 */
#include <stdio.h>
#include <string.h>

static char src[512], dst[512];

int main(void)
{
    unsigned long h = 0;
    for (int i = 0; i < 512; i++) {
        src[i] = (char)('a' + i % 26);
    }
    for (int off = 0; off < 17; off++) {
        for (int len = 0; len < 300; len += 7) {
            memset(dst, 0, sizeof(dst));
            memcpy(dst + off, src + (off * 3) % 16, (size_t)len);
            h = h * 33 + (unsigned long)strlen(dst + off);
            memmove(dst + off + 5, dst + off, (size_t)len);
            h = h * 33 + (unsigned long)(memcmp(dst + off + 5, src + (off * 3) % 16, (size_t)len) == 0);
            char *c = strchr(dst + off, 'q');
            h = h * 33 + (unsigned long)(c ? c - dst : -1);
            h = h * 33 + (unsigned long)(strcmp(dst + off, src) > 0);
        }
    }
    strcpy(dst, "copied");
    printf("hash %lx %s\n", h, dst);
    return 0;
}
