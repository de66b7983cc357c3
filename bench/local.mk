# bench/: micro benchmarks, built and run only by `make bench` (not by `make check`).
# Each bench/NAME.c is built natively (bench/NAME.native) and as a static
# program for every guest with a cross compiler: riscv64 (bench/NAME.rv64) and
# aarch64 (bench/NAME.a64).  bench/run-bench.sh times, in one run, native and
# per guest xrun-GUEST (each backend in XRUN_BACKENDS) and qemu-GUEST when
# installed, and writes bench/results/latest.txt.  BENCH_RUNS, BENCH_SCALE,
# BENCH_LIST, BENCH_GUESTS: see the script.
BENCH_NAMES = intloop memcopy calls dispatch nbody clock
BENCH_NATIVE = bench/intloop.native bench/memcopy.native bench/calls.native \
	bench/dispatch.native bench/nbody.native bench/clock.native
BENCH_RISCV64 = bench/intloop.rv64 bench/memcopy.rv64 bench/calls.rv64 \
	bench/dispatch.rv64 bench/nbody.rv64 bench/clock.rv64
BENCH_AARCH64 = bench/intloop.a64 bench/memcopy.a64 bench/calls.a64 \
	bench/dispatch.a64 bench/nbody.a64 bench/clock.a64
# -ffp-contract=off: no fused multiply-add on riscv64 or aarch64, so FP
# checksums match x86-64.
BENCH_CFLAGS = -O2 -ffp-contract=off
# Real workloads (bench/run-real.sh): guest programs from Debian sysroots,
# the native rusage runner and a static "true" per guest for start-up.
BENCH_REAL_NATIVE = bench/rusage bench/true.native
BENCH_REAL_RISCV64 = bench/true.rv64
BENCH_REAL_AARCH64 = bench/true.a64
bench/rusage: $(srcdir)/bench/rusage.c
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(NATIVE_CC) -O2 -o $@ $(srcdir)/bench/rusage.c
EXTRA_DIST += bench/bench-lib.sh bench/run-real.sh bench/rusage.c bench/true.c \
	bench/real/gen-data.sh bench/real/pyloop.py bench/real/regex.pl bench/real/sqlite.sql
CLEANFILES += $(BENCH_REAL_NATIVE) $(BENCH_REAL_RISCV64) $(BENCH_REAL_AARCH64)
EXTRA_DIST += bench/bench.h bench/run-bench.sh bench/intloop.c bench/memcopy.c \
	bench/calls.c bench/dispatch.c bench/nbody.c bench/clock.c
CLEANFILES += $(BENCH_NATIVE) $(BENCH_RISCV64) $(BENCH_AARCH64)

SUFFIXES = .native .rv64 .a64
.c.native:
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(NATIVE_CC) $(BENCH_CFLAGS) -o $@ $< -lm
.c.rv64:
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(RISCV64_CC) $(BENCH_CFLAGS) -static -o $@ $< -lm
.c.a64:
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(AARCH64_CC) $(BENCH_CFLAGS) -static -o $@ $< -lm
$(BENCH_NATIVE) $(BENCH_RISCV64) $(BENCH_AARCH64): $(srcdir)/bench/bench.h

# The guests that have a cross compiler.
BENCH_GUEST_PROGS =
BENCH_GUEST_LIST =
if HAVE_RISCV64_CC
BENCH_GUEST_PROGS += $(BENCH_RISCV64) $(BENCH_REAL_RISCV64)
BENCH_GUEST_LIST += riscv64
endif
if HAVE_AARCH64_CC
BENCH_GUEST_PROGS += $(BENCH_AARCH64) $(BENCH_REAL_AARCH64)
BENCH_GUEST_LIST += aarch64
endif

bench: all $(BENCH_NATIVE) $(BENCH_REAL_NATIVE) $(BENCH_GUEST_PROGS)
	@if test -z '$(BENCH_GUEST_LIST)'; then \
	  echo "make bench needs a cross compiler (riscv64-linux-gnu-gcc or aarch64-linux-gnu-gcc); re-run configure" >&2; \
	  exit 1; \
	fi
	top_builddir='$(abs_top_builddir)' BENCH_GUESTS="$${BENCH_GUESTS-$(BENCH_GUEST_LIST)}" \
	  BENCH_LIST="$${BENCH_LIST-$(BENCH_NAMES)}" \
	  QEMU_RISCV64="$${QEMU_RISCV64-$(QEMU_RISCV64)}" QEMU_AARCH64="$${QEMU_AARCH64-$(QEMU_AARCH64)}" \
	  $(SHELL) $(srcdir)/bench/run-bench.sh
	@if test "$${BENCH_REAL-1}" != 0; then \
	  top_builddir='$(abs_top_builddir)' BENCH_GUESTS="$${BENCH_GUESTS-$(BENCH_GUEST_LIST)}" \
	    QEMU_RISCV64="$${QEMU_RISCV64-$(QEMU_RISCV64)}" QEMU_AARCH64="$${QEMU_AARCH64-$(QEMU_AARCH64)}" \
	    $(SHELL) $(srcdir)/bench/run-real.sh; \
	fi
.PHONY: bench
