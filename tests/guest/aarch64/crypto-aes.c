/* cflags: -march=armv8-a+crypto */
/* AES-128 with AESE/AESMC (encrypt) and AESD/AESIMC (equivalent inverse
 * cipher) on the FIPS-197 appendix C.1 vector: key 000102...0f, plaintext
 * 00112233445566778899aabbccddeeff, ciphertext
 * 69c4e0d86a7b0430d8cdb78070b4c55a.  The key schedule is plain C (its
 * S-box computed from the GF(2^8) definition); a second block encrypts
 * the ciphertext again (expected from "openssl enc -aes-128-ecb -nopad")
 * and decrypts both back. */
#include <arm_neon.h>
#include <stdint.h>
#include <stdio.h>

static uint8_t sbox[256];

static uint8_t gmul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    for (; b; b >>= 1, a = (uint8_t)((a << 1) ^ (a & 0x80 ? 0x1b : 0)))
        if (b & 1) r ^= a;
    return r;
}

static void make_sbox(void)
{
    for (int x = 0; x < 256; x++) {
        uint8_t inv = 0;
        for (int y = 1; y < 256 && x; y++)
            if (gmul((uint8_t)x, (uint8_t)y) == 1) { inv = (uint8_t)y; break; }
        uint8_t s = inv;
        for (int k = 1; k < 5; k++) s ^= (uint8_t)((inv << k) | (inv >> (8 - k)));
        sbox[x] = s ^ 0x63;
    }
}

static void expand(const uint8_t key[16], uint8_t rk[11][16])
{
    uint8_t rcon = 1;
    for (int i = 0; i < 16; i++) rk[0][i] = key[i];
    for (int r = 1; r <= 10; r++) {
        uint8_t t[4] = {sbox[rk[r - 1][13]], sbox[rk[r - 1][14]], sbox[rk[r - 1][15]], sbox[rk[r - 1][12]]};
        t[0] ^= rcon;
        rcon = gmul(rcon, 2);
        for (int i = 0; i < 16; i++) {
            rk[r][i] = rk[r - 1][i] ^ (i < 4 ? t[i] : rk[r][i - 4]);
        }
    }
}

static void show(const char *l, uint8x16_t v)
{
    uint8_t b[16];
    vst1q_u8(b, v);
    printf("%s ", l);
    for (int i = 0; i < 16; i++) printf("%02x", b[i]);
    printf("\n");
}

int main(void)
{
    uint8_t key[16], pt[16], rk[11][16];
    for (int i = 0; i < 16; i++) { key[i] = (uint8_t)i; pt[i] = (uint8_t)(i * 0x11); }
    make_sbox();
    expand(key, rk);
    uint8x16_t s = vld1q_u8(pt);
    for (int pass = 0; pass < 2; pass++) {
        for (int r = 0; r < 9; r++) s = vaesmcq_u8(vaeseq_u8(s, vld1q_u8(rk[r])));
        s = veorq_u8(vaeseq_u8(s, vld1q_u8(rk[9])), vld1q_u8(rk[10]));
        show("enc", s);
    }
    for (int pass = 0; pass < 2; pass++) {
        s = vaesimcq_u8(vaesdq_u8(s, vld1q_u8(rk[10])));
        for (int r = 9; r > 1; r--) s = vaesimcq_u8(vaesdq_u8(s, vaesimcq_u8(vld1q_u8(rk[r]))));
        s = veorq_u8(vaesdq_u8(s, vaesimcq_u8(vld1q_u8(rk[1]))), vld1q_u8(rk[0]));
        show("dec", s);
    }
    return 0;
}
