# tests/unit
if WITH_CRITERION
check_PROGRAMS += tests/unit/test_ir
TESTS += tests/unit/test_ir
tests_unit_test_ir_CFLAGS = $(AM_CFLAGS) $(CRITERION_CFLAGS)
tests_unit_test_ir_LDADD = $(XRUN_LIBS) $(CRITERION_LIBS)
endif
