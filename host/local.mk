# host/: backends that execute IR.
libxrun_core_a_SOURCES += host/interp/interp.c host/interp/interp.h
if HOST_X86_64
libxrun_core_a_SOURCES += \
	host/x86_64/enc.h host/x86_64/enc.c host/x86_64/jit-internal.h host/x86_64/jit.h \
	host/x86_64/jit.c host/x86_64/code-cache.c host/x86_64/cpuinfo.c \
	host/x86_64/regalloc.c host/x86_64/emit.c host/x86_64/emit-alu.c \
	host/x86_64/emit-mem.c host/x86_64/emit-exit.c \
	host/x86_64/emit-fp.c host/x86_64/emit-fp-cold.c \
	host/x86_64/emit-fp-vec.c host/x86_64/enc-sse.h
endif
