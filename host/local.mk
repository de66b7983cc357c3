# host/: backends that execute IR.
libxrun_core_a_SOURCES += host/interp/interp.c host/interp/interp.h
