# elfload/: parsing, mapping and starting guest ELF programs.
libxrun_core_a_SOURCES += \
	elfload/elf.h elfload/elf-parse.c elfload/elf-map.c \
	elfload/elf-auxv.c elfload/elf-stack.c elfload/elf-load.c
