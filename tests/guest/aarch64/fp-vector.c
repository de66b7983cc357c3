/* expected: native */
/* Vector FP (4S and 2D) in the default mode: fadd fsub fmul fdiv fmla fmls
 * fabd fabs fneg fsqrt, pairwise faddp fmaxp fminnmp, across fmaxv
 * fminnmv, by element fmul, fcvtl/fcvtn, scvtf/ucvtf/fcvtzs vectors.
 * Inputs are finite (no NaN payloads); the model is C's IEEE arithmetic
 * and fmaf/fma for the fused forms. */
#include <math.h>
#include "simd-common.h"

static float rf(void) { return (float)((int32_t)(t_rand() >> 40) - 8388608) / (float)(1 << (t_rand() % 20)); }

int main(void)
{
    float a[4], b[4], c[4], r[4];
    double da[2], db[2], dr[2];
    for (int it = 0; it < 20; it++) {
        for (int i = 0; i < 4; i++) { a[i] = rf(); b[i] = rf(); c[i] = rf(); }
        if (b[1] == 0) b[1] = 1;
        for (int i = 0; i < 2; i++) { da[i] = (double)rf() * 1.1; db[i] = (double)rf() / 3.0 + 0.5; }
#ifdef __aarch64__
        float32x4_t va = vld1q_f32(a), vb = vld1q_f32(b), vc = vld1q_f32(c);
        vst1q_f32(r, vaddq_f32(va, vb)); t_hex("fadd", r, 16);
        vst1q_f32(r, vdivq_f32(va, vb)); t_hex("fdiv", r, 16);
        vst1q_f32(r, vfmaq_f32(vc, va, vb)); t_hex("fmla", r, 16);
        vst1q_f32(r, vfmsq_f32(vc, va, vb)); t_hex("fmls", r, 16);
        vst1q_f32(r, vabdq_f32(va, vb)); t_hex("fabd", r, 16);
        vst1q_f32(r, vsqrtq_f32(vabsq_f32(va))); t_hex("fsqrt", r, 16);
        vst1q_f32(r, vnegq_f32(vmulq_laneq_f32(va, vb, 2))); t_hex("fneg(fmul[2])", r, 16);
        vst1q_f32(r, vpaddq_f32(va, vb)); t_hex("faddp", r, 16);
        vst1q_f32(r, vpmaxq_f32(va, vb)); t_hex("fmaxp", r, 16);
        vst1q_f32(r, vpminnmq_f32(va, vb)); t_hex("fminnmp", r, 16);
        r[0] = vmaxvq_f32(va); r[1] = vminnmvq_f32(vb); r[2] = vaddvq_f32(vc); r[3] = 0;
        t_hex("across", r, 16);
        float64x2_t vda = vld1q_f64(da), vdb = vld1q_f64(db);
        vst1q_f64(dr, vmulq_f64(vda, vdb)); t_hex("d mul", dr, 16);
        vst1q_f64(dr, vsubq_f64(vda, vdb)); t_hex("d sub", dr, 16);
        vst1q_f64(dr, vfmaq_laneq_f64(vda, vda, vdb, 1)); t_hex("d fmla[1]", dr, 16);
        vst1q_f64(dr, vcvt_f64_f32(vget_low_f32(va))); t_hex("fcvtl", dr, 16);
        vst1q_f32(r, vcvt_high_f32_f64(vcvt_f32_f64(vda), vdb)); t_hex("fcvtn2", r, 16);
        vst1q_s32((int32_t *)r, vcvtq_s32_f32(va)); t_hex("fcvtzs", r, 16);
        vst1q_f32(r, vcvtq_f32_s32(vcvtq_s32_f32(vb))); t_hex("scvtf", r, 16);
        vst1q_f32(r, vcvtq_n_f32_u32(vreinterpretq_u32_f32(vc), 12)); t_hex("ucvtf #12", r, 16);
#else
        for (int i = 0; i < 4; i++) r[i] = a[i] + b[i];
        t_hex("fadd", r, 16);
        for (int i = 0; i < 4; i++) r[i] = a[i] / b[i];
        t_hex("fdiv", r, 16);
        for (int i = 0; i < 4; i++) r[i] = fmaf(a[i], b[i], c[i]);
        t_hex("fmla", r, 16);
        for (int i = 0; i < 4; i++) r[i] = fmaf(-a[i], b[i], c[i]);
        t_hex("fmls", r, 16);
        for (int i = 0; i < 4; i++) r[i] = fabsf(a[i] - b[i]);
        t_hex("fabd", r, 16);
        for (int i = 0; i < 4; i++) r[i] = sqrtf(fabsf(a[i]));
        t_hex("fsqrt", r, 16);
        for (int i = 0; i < 4; i++) r[i] = -(a[i] * b[2]);
        t_hex("fneg(fmul[2])", r, 16);
        r[0] = a[0] + a[1]; r[1] = a[2] + a[3]; r[2] = b[0] + b[1]; r[3] = b[2] + b[3];
        t_hex("faddp", r, 16);
        r[0] = fmaxf(a[0], a[1]); r[1] = fmaxf(a[2], a[3]); r[2] = fmaxf(b[0], b[1]); r[3] = fmaxf(b[2], b[3]);
        t_hex("fmaxp", r, 16);
        r[0] = fminf(a[0], a[1]); r[1] = fminf(a[2], a[3]); r[2] = fminf(b[0], b[1]); r[3] = fminf(b[2], b[3]);
        t_hex("fminnmp", r, 16);
        r[0] = fmaxf(fmaxf(a[0], a[1]), fmaxf(a[2], a[3]));
        r[1] = fminf(fminf(b[0], b[1]), fminf(b[2], b[3]));
        r[2] = (c[0] + c[1]) + (c[2] + c[3]); r[3] = 0;
        t_hex("across", r, 16);
        for (int i = 0; i < 2; i++) dr[i] = da[i] * db[i];
        t_hex("d mul", dr, 16);
        for (int i = 0; i < 2; i++) dr[i] = da[i] - db[i];
        t_hex("d sub", dr, 16);
        for (int i = 0; i < 2; i++) dr[i] = fma(da[i], db[1], da[i]);
        t_hex("d fmla[1]", dr, 16);
        for (int i = 0; i < 2; i++) dr[i] = (double)a[i];
        t_hex("fcvtl", dr, 16);
        for (int i = 0; i < 2; i++) { r[i] = (float)da[i]; r[2 + i] = (float)db[i]; }
        t_hex("fcvtn2", r, 16);
        for (int i = 0; i < 4; i++) { int32_t v = (int32_t)a[i]; memcpy(&r[i], &v, 4); }
        t_hex("fcvtzs", r, 16);
        for (int i = 0; i < 4; i++) r[i] = (float)(int32_t)b[i];
        t_hex("scvtf", r, 16);
        for (int i = 0; i < 4; i++) { uint32_t v; memcpy(&v, &c[i], 4); r[i] = (float)((double)v / 4096.0); }
        t_hex("ucvtf #12", r, 16);
#endif
    }
    return 0;
}
