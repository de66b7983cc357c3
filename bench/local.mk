# bench/: micro benchmarks, built and run only by `make bench` (not by `make check`).
# Each bench/NAME.c is built natively (bench/NAME.native) and as a static
# riscv64 program (bench/NAME.rv64); bench/run-bench.sh times native, xrun (each
# backend in XRUN_BACKENDS) and qemu-riscv64 when installed, and writes
# bench/results/latest.txt.  BENCH_RUNS, BENCH_SCALE, BENCH_LIST: see the script.
BENCH_NAMES = intloop memcopy calls dispatch nbody
BENCH_NATIVE = bench/intloop.native bench/memcopy.native bench/calls.native \
	bench/dispatch.native bench/nbody.native
BENCH_RISCV64 = bench/intloop.rv64 bench/memcopy.rv64 bench/calls.rv64 \
	bench/dispatch.rv64 bench/nbody.rv64
# -ffp-contract=off: no fused multiply-add on riscv64, so FP checksums match x86-64.
BENCH_CFLAGS = -O2 -ffp-contract=off
EXTRA_DIST += bench/bench.h bench/run-bench.sh bench/intloop.c bench/memcopy.c \
	bench/calls.c bench/dispatch.c bench/nbody.c
CLEANFILES += $(BENCH_NATIVE) $(BENCH_RISCV64)

SUFFIXES = .native .rv64
.c.native:
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(NATIVE_CC) $(BENCH_CFLAGS) -o $@ $< -lm
.c.rv64:
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(RISCV64_CC) $(BENCH_CFLAGS) -static -o $@ $< -lm
$(BENCH_NATIVE) $(BENCH_RISCV64): $(srcdir)/bench/bench.h

if HAVE_RISCV64_CC
bench: all $(BENCH_NATIVE) $(BENCH_RISCV64)
	top_builddir='$(abs_top_builddir)' QEMU_RISCV64="$${QEMU_RISCV64-$(QEMU_RISCV64)}" \
	  $(SHELL) $(srcdir)/bench/run-bench.sh
else
bench:
	@echo "make bench needs a riscv64 cross compiler (riscv64-linux-gnu-gcc); re-run configure" >&2; exit 1
endif
.PHONY: bench
