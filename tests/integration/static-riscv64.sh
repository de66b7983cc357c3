#!/bin/bash
# SPDX-License-Identifier: MIT
# Debian trixie's static riscv64 programs under xrun-riscv64 (checks: static-progs.sh).
exec bash "$(dirname "$0")/static-progs.sh" riscv64
