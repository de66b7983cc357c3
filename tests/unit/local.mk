# tests/unit: Criterion tests linked against the core library; every one
# has the same flags (AM_CPPFLAGS carries CRITERION_CFLAGS) and libraries.
if WITH_CRITERION
UNIT_TESTS = \
	tests/unit/test_ir \
	tests/unit/test_syscall_conv \
	tests/unit/test_elfload \
	tests/unit/test_rv_fpu \
	tests/unit/test_rv_decode \
	tests/unit/test_a64_decode \
	tests/unit/test_a64_fpsimd \
	tests/unit/test_signal_frame \
	tests/unit/test_signal_frame_a64 \
	tests/unit/test_fp_round \
	tests/unit/test_net_conv
if HOST_X86_64
UNIT_TESTS += tests/unit/test_x64_enc tests/unit/test_jit
endif
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)
UNIT_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
tests_unit_test_ir_LDADD = $(UNIT_LDADD)
tests_unit_test_syscall_conv_LDADD = $(UNIT_LDADD)
tests_unit_test_elfload_LDADD = $(UNIT_LDADD)
tests_unit_test_rv_fpu_LDADD = $(UNIT_LDADD)
tests_unit_test_rv_decode_LDADD = $(UNIT_LDADD)
tests_unit_test_a64_decode_LDADD = $(UNIT_LDADD)
tests_unit_test_a64_fpsimd_LDADD = $(UNIT_LDADD)
tests_unit_test_signal_frame_LDADD = $(UNIT_LDADD)
tests_unit_test_signal_frame_a64_LDADD = $(UNIT_LDADD)
tests_unit_test_fp_round_LDADD = $(UNIT_LDADD)
tests_unit_test_net_conv_LDADD = $(UNIT_LDADD)
tests_unit_test_x64_enc_LDADD = $(UNIT_LDADD)
tests_unit_test_jit_LDADD = $(UNIT_LDADD)
endif
