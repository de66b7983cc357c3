# tests/: unit tests, guest programs, integration suites.
include tests/unit/local.mk
include tests/guest/local.mk
include tests/integration/local.mk
