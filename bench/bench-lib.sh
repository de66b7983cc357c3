# SPDX-License-Identifier: MIT
# Shell functions shared by run-bench.sh (micro benchmarks) and
# run-real.sh (real workloads): medians, ratios and the aligned table.
now() { echo "${EPOCHREALTIME/,/.}"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

ratio() { # a b -> a/b formatted, or "-"
  case "$1$2" in *FAIL*|*-*|'') echo "-" ;; *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }' ;; esac
}

num() { echo "${1%(!)}"; }
table() { # align tab-separated columns (no dependency on column(1))
  awk -F'\t' '{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) }
                 if (NF > nf) nf = NF; rows = NR }
       END { for (r = 1; r <= rows; r++) { line = ""
               for (i = 1; i <= nf; i++)   # guest and benchmark left, numbers right
                 line = line sprintf(i == 1 ? "%-" w[i] "s" : i == 2 ? "  %-" w[i] "s" : "  %" w[i] "s", c[r, i])
               sub(/ +$/, "", line); print line } }'
}
