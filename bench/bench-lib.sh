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

# The tables of both scripts: results in T[NAME,native] and
# T[GUEST,NAME,LABEL]; the caller sets names, labels (runner columns),
# xlabels (the xrun ones) and have_qemu (1 when a qemu column exists).
val() { # guest name label -> median (native is shared by the guests)
  if [ "$3" = native ]; then echo "${T[$2,native]:--}"; else echo "${T[$1,$2,$3]:--}"; fi
}
geo() { # guest a-label b-label: geometric mean of a/b over $names where both ran
  local n a b
  for n in $names; do
    a=$(num "$(val "$1" "$n" "$2")") b=$(num "$(val "$1" "$n" "$3")")
    case "$a$b" in *FAIL*|*-*) continue ;; esac
    echo "$a $b"
  done | awk '$1 > 0 && $2 > 0 { s += log($1 / $2); k++ } END { if (k) printf "%.2fx", exp(s / k); else print "-" }'
}
ratio_cells() { # guest name: each xrun runner and qemu to native, each xrun runner to qemu
  local l
  for l in "${xlabels[@]}"; do printf '\t%s' "$(ratio "$(num "$(val "$1" "$2" "$l")")" "$(val "$1" "$2" native)")"; done
  if [ "$have_qemu" = 1 ]; then
    printf '\t%s' "$(ratio "$(num "$(val "$1" "$2" qemu)")" "$(val "$1" "$2" native)")"
    for l in "${xlabels[@]}"; do printf '\t%s' "$(ratio "$(num "$(val "$1" "$2" "$l")")" "$(num "$(val "$1" "$2" qemu)")")"; done
  fi
}
ratio_heads() { # the column titles of ratio_cells
  local l
  for l in "${xlabels[@]}"; do printf '\t%s/native' "$l"; done
  if [ "$have_qemu" = 1 ]; then printf '\tqemu/native'; for l in "${xlabels[@]}"; do printf '\t%s/qemu' "$l"; done; fi
}
geomean_row() { # guest: its geometric-mean row
  local l
  printf '%s\tgeomean\t' "$1"
  for l in "${labels[@]}"; do printf '\t'; done
  for l in "${xlabels[@]}"; do printf '\t%s' "$(geo "$1" "$l" native)"; done
  if [ "$have_qemu" = 1 ]; then
    printf '\t%s' "$(geo "$1" qemu native)"
    for l in "${xlabels[@]}"; do printf '\t%s' "$(geo "$1" "$l" qemu)"; done
  fi
  printf '\n'
}
