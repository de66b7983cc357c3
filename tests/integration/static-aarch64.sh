#!/bin/bash
# SPDX-License-Identifier: MIT
# Debian bookworm's static arm64 programs under xrun-aarch64 (checks: static-progs.sh).
exec bash "$(dirname "$0")/static-progs.sh" aarch64
