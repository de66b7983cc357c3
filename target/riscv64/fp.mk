# target/riscv64/ F and D extensions: the rows (insn-fp.def, read by
# decode.c), their translators (trans-fp.c) and the helpers those call
# (fpu*.c, on the shared translator/fp-round.h and fp-env.h).
libxrun_core_a_SOURCES += \
	target/riscv64/insn-fp.def target/riscv64/trans-fp.c \
	target/riscv64/fpu.h target/riscv64/fpu.c \
	target/riscv64/fpu-arith.c target/riscv64/fpu-cvt.c \
	target/riscv64/fpu-cmp.c target/riscv64/fpu-fast.c
