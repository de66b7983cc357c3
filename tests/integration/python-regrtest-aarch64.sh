#!/bin/bash
# SPDX-License-Identifier: MIT
# CPython's regression suite under xrun-aarch64 -L SYSROOT (checks: python-regrtest.sh).
exec bash "$(dirname "$0")/python-regrtest.sh" aarch64
