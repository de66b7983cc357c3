# target/riscv64/: the RV64GC guest.
libxrun_core_a_SOURCES += \
	target/riscv64/cpu.h target/riscv64/trans.h target/riscv64/insn.def \
	target/riscv64/decode.h target/riscv64/decode.c \
	target/riscv64/decode-compressed.c target/riscv64/disas.c \
	target/riscv64/trans-alu.c target/riscv64/trans-muldiv.c \
	target/riscv64/trans-mem.c target/riscv64/trans-branch.c \
	target/riscv64/trans-system.c target/riscv64/trans-atomic.c \
	target/riscv64/trans-csr.c target/riscv64/trans-bitmanip.c \
	target/riscv64/csr.h target/riscv64/csr.c \
	target/riscv64/arch.c target/riscv64/abi.c \
	target/riscv64/signal.h target/riscv64/signal.c target/riscv64/cpuinfo.c
include target/riscv64/fp.mk
