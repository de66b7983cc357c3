/* expected: native */
/* Scalar forms of Advanced SIMD ops (add/sub d, cmeq/cmhi d, sshr/ushr/
 * ursra/sli d, sqadd/uqsub b h s d, sqxtn/sqxtun scalar, addp d, dup to
 * scalar, abs/neg d) and LD1/ST1 with post-index by register.  The model
 * is 64-bit (or narrower, saturating) C arithmetic. */
#include "simd-common.h"

int main(void)
{
    uint64_t x[2], y[2];
    uint8_t buf[96];
    for (int it = 0; it < 16; it++) {
        t_fill(x, 16); t_fill(y, 16); t_fill(buf, 96);
        uint64_t r1, r2, r3, r4, r5, r6, r7;
#ifdef __aarch64__
        r1 = vaddd_u64(x[0], y[0]) ^ vsubd_s64((int64_t)x[1], (int64_t)y[1]);
        r2 = vceqd_u64(x[0], y[0] & 0xff00ffff00ffffffull ? x[0] : y[0]) + vcgtd_u64(x[1], y[1]);
        r3 = (uint64_t)vshrd_n_s64((int64_t)x[0], 17) ^ vshrd_n_u64(y[0], 63);
        r4 = vrsrad_n_u64(x[1], y[1], 9);
        r5 = vslid_n_u64(x[0], y[0], 40);
        r6 = (uint64_t)vabsd_s64((int64_t)x[1]) + (uint64_t)vnegd_s64((int64_t)y[1]);
        r7 = vpaddd_u64(vld1q_u64(x));
#else
        r1 = (x[0] + y[0]) ^ (x[1] - y[1]);
        r2 = (x[0] == ((y[0] & 0xff00ffff00ffffffull) ? x[0] : y[0]) ? ~0ull : 0) + (x[1] > y[1] ? ~0ull : 0);
        r3 = (uint64_t)((int64_t)x[0] >> 17) ^ (y[0] >> 63);
        r4 = x[1] + (uint64_t)(((unsigned __int128)y[1] + 256) >> 9);
        r5 = (y[0] << 40) | (x[0] & ((1ull << 40) - 1));
        r6 = ((int64_t)x[1] < 0 ? -x[1] : x[1]) + (-y[1]);
        r7 = x[0] + x[1];
#endif
        printf("%016llx %016llx %016llx %016llx %016llx %016llx %016llx\n", (unsigned long long)r1,
               (unsigned long long)r2, (unsigned long long)r3, (unsigned long long)r4, (unsigned long long)r5,
               (unsigned long long)r6, (unsigned long long)r7);
        long long s1, s2, s3, s4, s5, s6;
        t_qc();
#ifdef __aarch64__
        s1 = vqaddb_s8((int8_t)x[0], (int8_t)y[0]);
        s2 = vqsubh_u16((uint16_t)x[0], (uint16_t)y[0]);
        s3 = vqadds_s32((int32_t)x[1], (int32_t)y[1]);
        s4 = (long long)vqsubd_u64(x[1], y[1]);
        s5 = vqmovnh_s16((int16_t)(x[0] >> 16));
        s6 = vqmovuns_s32((int32_t)(y[1] >> 8));
#else
        s1 = t_sat_s((int8_t)x[0] + (int8_t)y[0], 8);
        s2 = (long long)t_sat_u((uint16_t)x[0] - (uint16_t)y[0], 16);
        s3 = t_sat_s((int64_t)(int32_t)x[1] + (int32_t)y[1], 32);
        s4 = x[1] >= y[1] ? (long long)(x[1] - y[1]) : (t_qc_model = 1, 0);
        s5 = t_sat_s((int16_t)(x[0] >> 16), 8);
        s6 = (long long)t_sat_u((int32_t)(y[1] >> 8), 16);
#endif
        int qc = t_qc();
        printf("%lld %lld %lld %lld %lld %lld qc %d\n", s1, s2, s3, s4, s5, s6, qc);
        uint8_t out[96];
        memset(out, 0, sizeof(out));
        long step = 16 + (it % 3) * 8;
#ifdef __aarch64__
        {
            const uint8_t *p = buf;
            uint8_t *q = out;
            uint8x16_t v0, v1;
            __asm__ volatile("ld1 {%0.16b, %1.16b}, [%2], %4\n\t"
                             "st1 {%0.16b}, [%3], %4\n\t"
                             "st1 {%1.8b}, [%3], %4"
                             : "=&w"(v0), "=&w"(v1), "+r"(p), "+r"(q)
                             : "r"(step)
                             : "memory");
            printf("ptrs %ld %ld\n", (long)(p - buf), (long)(q - out));
        }
#else
        memcpy(out, buf, 16);
        memcpy(out + step, buf + 16, 8);
        printf("ptrs %ld %ld\n", step, 2 * step);
#endif
        t_hex("ld1/st1 post", out, 64);
    }
    return 0;
}
