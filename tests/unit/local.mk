# tests/unit
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_ir
TESTS += tests/unit/test_ir
tests_unit_test_ir_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_ir_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
check_PROGRAMS += tests/unit/test_syscall_conv
TESTS += tests/unit/test_syscall_conv
tests_unit_test_syscall_conv_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_syscall_conv_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
check_PROGRAMS += tests/unit/test_elfload
TESTS += tests/unit/test_elfload
tests_unit_test_elfload_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_elfload_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_rv_fpu
TESTS += tests/unit/test_rv_fpu
tests_unit_test_rv_fpu_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_rv_fpu_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_rv_decode
TESTS += tests/unit/test_rv_decode
tests_unit_test_rv_decode_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_rv_decode_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_a64_decode
TESTS += tests/unit/test_a64_decode
tests_unit_test_a64_decode_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_a64_decode_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_a64_fpsimd
TESTS += tests/unit/test_a64_fpsimd
tests_unit_test_a64_fpsimd_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_a64_fpsimd_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_signal_frame
TESTS += tests/unit/test_signal_frame
tests_unit_test_signal_frame_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_signal_frame_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_signal_frame_a64
TESTS += tests/unit/test_signal_frame_a64
tests_unit_test_signal_frame_a64_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_signal_frame_a64_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_fp_round
TESTS += tests/unit/test_fp_round
tests_unit_test_fp_round_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_fp_round_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_net_conv
TESTS += tests/unit/test_net_conv
tests_unit_test_net_conv_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_net_conv_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
if WITH_CRITERION
if HOST_X86_64
check_PROGRAMS += tests/unit/test_x64_enc tests/unit/test_jit
TESTS += tests/unit/test_x64_enc tests/unit/test_jit
tests_unit_test_x64_enc_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_x64_enc_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
tests_unit_test_jit_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_jit_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
endif
