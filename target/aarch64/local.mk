# target/aarch64/: the A64 guest (base ISA here; FP/SIMD/crypto in fpsimd.mk).
libxrun_core_a_SOURCES += \
	target/aarch64/cpu.h target/aarch64/trans.h target/aarch64/trans-base.h \
	target/aarch64/insn.def target/aarch64/decode.h \
	target/aarch64/decode.c target/aarch64/disas.c \
	target/aarch64/trans-flags.c target/aarch64/trans-dpimm.c \
	target/aarch64/trans-dpreg.c target/aarch64/trans-muldiv.c \
	target/aarch64/trans-branch.c target/aarch64/trans-mem.c \
	target/aarch64/trans-atomic.c target/aarch64/trans-system.c \
	target/aarch64/sysreg.h target/aarch64/sysreg.c \
	target/aarch64/arch.c target/aarch64/abi.c
libxrun_core_a_SOURCES += target/aarch64/signal.h target/aarch64/signal.c \
	target/aarch64/cpuinfo.c
include target/aarch64/fpsimd.mk
