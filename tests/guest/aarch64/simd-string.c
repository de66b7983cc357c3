/* expected: native */
/* glibc's string and memory functions (which use Advanced SIMD on
 * aarch64: ld1, cmeq, umaxp, shrn, addp, ...) over many lengths and
 * alignments, with the terminator or the match in every position. */
#include <stdlib.h>
#include <string.h>
#include "simd-common.h"

static char buf[512], buf2[512];

int main(void)
{
    unsigned long h = 0;
    for (int al = 0; al < 16; al++) {
        for (int len = 0; len < 80; len += (len < 40 ? 1 : 7)) {
            memset(buf, 'a', sizeof(buf));
            for (int i = 0; i < len; i++) buf[al + i] = (char)('a' + (i * 7) % 26);
            buf[al + len] = 0;
            h = h * 31 + strlen(buf + al);
            h = h * 31 + (unsigned long)(strchr(buf + al, 'z') ? strchr(buf + al, 'z') - (buf + al) : -1);
            h = h * 31 + (unsigned long)(strrchr(buf + al, 'h') ? strrchr(buf + al, 'h') - (buf + al) : -1);
            h = h * 31 + (unsigned long)(memchr(buf + al, 'q', (size_t)len) ? (char *)memchr(buf + al, 'q', (size_t)len) - (buf + al) : -1);
            h = h * 31 + strnlen(buf + al, (size_t)len / 2);
            memcpy(buf2 + (al ^ 5), buf + al, (size_t)len + 1);
            h = h * 31 + (unsigned long)(strcmp(buf2 + (al ^ 5), buf + al) == 0);
            if (len > 0) {
                buf2[(al ^ 5) + len - 1] ^= 1;
                h = h * 31 + (unsigned long)(strcmp(buf2 + (al ^ 5), buf + al) > 0);
                h = h * 31 + (unsigned long)(memcmp(buf2 + (al ^ 5), buf + al, (size_t)len) < 0);
                h = h * 31 + (unsigned long)(strncmp(buf2 + (al ^ 5), buf + al, (size_t)len - 1) == 0);
            }
            memset(buf2 + al, al, (size_t)len);
            for (int i = 0; i < len; i++) h = h * 3 + (unsigned char)buf2[al + i];
            memmove(buf + al + 3, buf + al, (size_t)len);
            buf[al + len + 3] = 0;
            h = h * 31 + (unsigned long)(unsigned char)buf[al + len + 2];
            char *d = strcpy(buf2, buf + al);
            h = h * 31 + strlen(d);
        }
    }
    printf("hash %016lx\n", h);
    printf("%s|%zu|%d\n", strstr("the quick brown fox", "brown"), strspn("aaab", "a"), strcasecmp("HeLLo", "hello"));
    return 0;
}
