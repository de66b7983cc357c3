#!/bin/bash
# SPDX-License-Identifier: MIT
# Real dynamically linked Debian programs under xrun-riscv64 -L SYSROOT (checks: real.sh).
exec bash "$(dirname "$0")/real.sh" riscv64
