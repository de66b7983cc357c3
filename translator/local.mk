# translator/: the guest- and host-neutral core.
libxrun_core_a_SOURCES += \
	translator/ir-ops.def translator/ir.h translator/ir-emit.h \
	translator/ir-sem.h translator/ir.c translator/opt.c translator/opt.h \
	translator/cpu.h translator/guest.h translator/backend.h \
	translator/tb.h translator/tb.c translator/translate.c \
	translator/translate.h translator/exec.c translator/log.c \
	translator/log.h translator/log-categories.def \
	translator/scratch.c translator/scratch.h \
	translator/fp-round.h translator/fp-round.c translator/fp-env.h \
	translator/fp-fast.def translator/fp-fast.h translator/fp-fast.c \
	translator/exclusive.h translator/exclusive.c
