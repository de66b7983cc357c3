#!/bin/bash
# SPDX-License-Identifier: MIT
# gen-data.sh DIR: the fixed inputs of bench/run-real.sh, generated the
# same way on every machine (awk with a fixed LCG, no randomness):
#   text1m   1 MiB of word-like text (xz, perl)
#   text8m   8 MiB of it (gzip, sha256sum, openssl dgst)
#   text256m 256 MiB (openssl enc)
#   gen.c    a C file for cc1 -O2
set -eu
d=$1
mkdir -p "$d"
[ -f "$d/.done" ] && exit 0
# Words of 1..9 letters from an LCG (English-like letter weights),
# numbers now and then, punctuation and line breaks: about as
# compressible as prose (xz -9 keeps about 30%).
awk 'BEGIN { x = 12345; n = 0
  L = "eeeeeeeeeeeetttttttttaaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddlllluuucccmmmwwffggyyppbbvkjxqz"
  while (n < 1048576) {
    x = (x * 69069 + 1) % 4294967296
    len = int(x / 65536) % 9 + 1; s = ""
    for (i = 0; i < len; i++) {
      x = (x * 69069 + 1) % 4294967296
      s = s substr(L, int(x / 65536) % length(L) + 1, 1)
    }
    if (x % 19 == 0) s = s int(x / 7) % 100000
    if (x % 17 == 0) s = s ","
    if (x % 23 == 0) s = s ".\n"; else s = s " "
    n += length(s); printf "%s", s
  } }' | head -c 1048576 > "$d/text1m"
for i in 1 2 3 4 5 6 7 8; do cat "$d/text1m"; done > "$d/text8m"
for i in 1 2 3 4 5 6 7 8; do cat "$d/text8m"; done > "$d/text64m"
for i in 1 2 3 4; do cat "$d/text64m"; done > "$d/text256m"
# 150 functions of loops, switches and arithmetic: a few seconds of cc1 -O2.
awk 'BEGIN { for (f = 0; f < 150; f++) {
    printf "static int g%d(int *a, int n) {\n  int s = %d;\n", f, f
    printf "  for (int i = 0; i < n; i++) {\n    switch ((a[i] + %d) %% 5) {\n", f
    for (c = 0; c < 5; c++) printf "    case %d: s += a[i] * %d ^ (s >> %d); break;\n", c, f + c + 1, c + 1
    printf "    }\n    if (s > %d) s -= a[i] / (i + 1);\n  }\n  return s;\n}\n", f * 1000
  }
  printf "int run(int *a, int n) {\n  int t = 0;\n"
  for (f = 0; f < 150; f++) printf "  t += g%d(a, n);\n", f
  printf "  return t;\n}\n" }' > "$d/gen.c"
touch "$d/.done"
