/* cflags: -march=armv8-a+crc */
/* CRC32B/H/W/X and CRC32CB/H/W/X.  Expected: the CRC catalogue's check
 * values for "123456789" (CRC-32 cbf43926, CRC-32C e3069283, with the
 * usual ~0 initial value and final inversion), and RFC 3720 B.4's CRC-32C
 * vectors: 32 zero bytes 8a9136aa, 32 bytes of ff 62a8ab43, bytes 00..1f
 * ascending 46dd794e. */
#include <arm_acle.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t crc(const uint8_t *p, size_t n, int c, int width)
{
    uint32_t v = 0xffffffffu;
    size_t i = 0;
    for (; width == 8 && i + 8 <= n; i += 8) { uint64_t x; memcpy(&x, p + i, 8); v = c ? __crc32cd(v, x) : __crc32d(v, x); }
    for (; width >= 4 && i + 4 <= n; i += 4) { uint32_t x; memcpy(&x, p + i, 4); v = c ? __crc32cw(v, x) : __crc32w(v, x); }
    for (; width >= 2 && i + 2 <= n; i += 2) { uint16_t x; memcpy(&x, p + i, 2); v = c ? __crc32ch(v, x) : __crc32h(v, x); }
    for (; i < n; i++) v = c ? __crc32cb(v, p[i]) : __crc32b(v, p[i]);
    return ~v;
}

int main(void)
{
    const uint8_t *s = (const uint8_t *)"123456789";
    uint8_t z[32], f[32], inc[32];
    memset(z, 0, 32); memset(f, 0xff, 32);
    for (int i = 0; i < 32; i++) inc[i] = (uint8_t)i;
    for (int w = 1; w <= 8; w *= 2) {
        printf("width %d: crc32 %08x crc32c %08x zeros %08x ones %08x inc %08x\n", w, crc(s, 9, 0, w),
               crc(s, 9, 1, w), crc(z, 32, 1, w), crc(f, 32, 1, w), crc(inc, 32, 1, w));
    }
    return 0;
}
