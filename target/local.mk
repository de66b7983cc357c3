# target/: what every guest ISA shares: the ABI contract linux-user reads,
# the one list of ABIs in the build, and frame-layout byte access.
libxrun_core_a_SOURCES += \
	target/abi.h target/guest-abi.h target/guest-abi.c target/frame-bytes.h
