# target/aarch64/ FP, Advanced SIMD and crypto (owned by the FP/SIMD work):
# the rows (insn-fpsimd.def, read by decode.c), their translators
# (trans-fp.c, trans-simd*.c, trans-crypto.c) and the helpers they call
# (fpsimd*.c).
libxrun_core_a_SOURCES += \
	target/aarch64/insn-fpsimd.def target/aarch64/trans-fpsimd.h \
	target/aarch64/trans-fp.c target/aarch64/trans-simd.c \
	target/aarch64/trans-simd-ldst.c target/aarch64/trans-simd-perm.c \
	target/aarch64/trans-simd-shift.c target/aarch64/trans-crypto.c \
	target/aarch64/fpsimd.h target/aarch64/fpsimd-fp.h \
	target/aarch64/fpsimd-int.c \
	target/aarch64/fpsimd-perm.c target/aarch64/fpsimd-ldst.c \
	target/aarch64/fpsimd-fp.c target/aarch64/fpsimd-fpcvt.c \
	target/aarch64/fpsimd-fpvec.c target/aarch64/fpsimd-crypto.c \
	target/aarch64/fpsimd-fpfast.c
