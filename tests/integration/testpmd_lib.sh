# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# Helpers for the mpdk-testpmd tests (sourced, not run): checks that print
# "ok" or "FAIL" with what was expected, a summary at the end, and a
# failure (never a skip) when a prerequisite is missing.
#
#   tp_begin NAME APP        start a test; APP is the mpdk-testpmd binary
#   tp_need_root, tp_need_cmd CMD PACKAGE
#   tp_run OUT RC_VAR -- ARGS...    run the app (stdin as given), output
#                            to OUT, exit status into RC_VAR
#   tp_expect FILE REGEX DESC        the output holds a line matching REGEX
#   tp_expect_fixed FILE STRING DESC
#   tp_expect_not FILE REGEX DESC
#   tp_expect_rc RC WANT DESC
#   tp_count FILE REGEX              number of matching lines
#   tp_number FILE REGEX             first integer after the REGEX match
#   tp_end                   summary; exit 1 if a check failed

TP_CHECKS=0
TP_FAILED=0
TP_NAME=
TP_APP=
TP_TMP=
TP_EAL=()

tp_begin() {
    TP_NAME=$1
    TP_APP=$2
    TP_TMP=$(mktemp -d "/tmp/${TP_NAME}.XXXXXX")
    echo "=== $TP_NAME: $TP_APP (work dir $TP_TMP)"
    if [ -z "$TP_APP" ] || [ ! -x "$TP_APP" ]; then
        tp_fatal "mpdk-testpmd binary '$TP_APP' missing or not executable"
    fi
    # No hugepages, no PCI: virtual devices only; one prefix per run.
    TP_EAL=(--no-huge -m 512 --no-pci --no-shconf -l 0-1
            --log-level=lib.eal:error --log-level=pmd.*:error)
}

tp_fatal() {
    tp_clean_runtime
    echo "FAIL - $TP_NAME: $*"
    echo "=== $TP_NAME: FAILED (prerequisite or setup)"
    exit 1
}

tp_need_root() {
    [ "$(id -u)" -eq 0 ] || tp_fatal "must run as root (network namespace, telemetry socket in /var/run/dpdk)"
}

tp_need_cmd() {
    command -v "$1" >/dev/null 2>&1 ||
        tp_fatal "'$1' not found in PATH (install the Debian package $2)"
}

tp_ok() {
    TP_CHECKS=$((TP_CHECKS + 1))
    echo "ok - $*"
}

tp_fail() {
    TP_CHECKS=$((TP_CHECKS + 1))
    TP_FAILED=$((TP_FAILED + 1))
    echo "FAIL - $*"
}

# A unique EAL file prefix for one run.
tp_prefix() {
    echo "${TP_NAME}_$$_$1"
}

# tp_run OUT RCVAR -- args...  (stdin: the caller's)
tp_run() {
    local _out=$1 _rcvar=$2 _rc
    shift 3
    echo "+ mpdk-testpmd $*" > "$_out"
    timeout -k 5 120 "$TP_APP" "$@" >> "$_out" 2>&1
    _rc=$?
    printf -v "$_rcvar" '%d' "$_rc"
    if [ "$_rc" -ge 124 ]; then
        echo "--- $_out (exit $_rc: timeout or crash)"
        tail -n 40 "$_out"
    fi
}

tp_expect() {
    if grep -Eq -- "$2" "$1"; then
        tp_ok "$3"
    else
        tp_fail "$3 (no line matches /$2/ in $(basename "$1"))"
        echo "--- last lines of $1:"
        tail -n 25 "$1" | sed 's/^/    /'
    fi
}

# Fixed string (no regex).
tp_expect_fixed() {
    if grep -Fq -- "$2" "$1"; then
        tp_ok "$3"
    else
        tp_fail "$3 (no line contains '$2' in $(basename "$1"))"
        echo "--- last lines of $1:"
        tail -n 25 "$1" | sed 's/^/    /'
    fi
}

# "RX TX" of the accumulated forward statistics of the first 'stop' after
# 'set fwd MODE' in FILE.
tp_fwd_totals() {
    awk -v mode="$2" '
        $0 == "mpdk-testpmd> set fwd " mode { on = 1; next }
        on && /Accumulated forward statistics/ { acc = 1; next }
        on && acc && /RX-packets:/ { rx = $2 }
        on && acc && /TX-packets:/ { print rx, $2; exit }' "$1"
}

# Wait until FILE has a line matching REGEX (up to SECONDS).
tp_wait_for() {
    local i
    for i in $(seq $(($3 * 10))); do
        grep -Eq -- "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

tp_expect_not() {
    if grep -Eq -- "$2" "$1"; then
        tp_fail "$3 (unexpected line: $(grep -Em1 -- "$2" "$1"))"
    else
        tp_ok "$3"
    fi
}

tp_expect_rc() {
    if [ "$1" -eq "$2" ]; then
        tp_ok "$3 (exit status $1)"
    else
        tp_fail "$3 (exit status $1, expected $2)"
    fi
}

tp_count() {
    grep -Ec -- "$2" "$1"
}

tp_number() {
    grep -Eo -- "$2[^0-9]*[0-9]+" "$1" | head -n 1 | grep -Eo '[0-9]+$'
}

# tp_expect_gt VALUE MIN DESC
tp_expect_gt() {
    if [ -n "$1" ] && [ "$1" -gt "$2" ]; then
        tp_ok "$3 ($1 > $2)"
    else
        tp_fail "$3 (got '${1:-nothing}', expected > $2)"
    fi
}

tp_expect_eq() {
    if [ "$1" = "$2" ]; then
        tp_ok "$3 ($1)"
    else
        tp_fail "$3 (got '${1:-nothing}', expected $2)"
    fi
}

# EAL leaves <runtime dir>/dpdk/<file-prefix>/ behind: remove this test's
# (empty) ones, named by tp_prefix.
tp_clean_runtime() {
    local base
    if [ "$(id -u)" -eq 0 ]; then
        base=/var/run/dpdk
    else
        base=${XDG_RUNTIME_DIR:-/tmp}/dpdk
    fi
    rmdir "$base/${TP_NAME}_$$_"* 2>/dev/null
    return 0
}

tp_end() {
    tp_clean_runtime
    echo "=== $TP_NAME: $TP_CHECKS checks, $TP_FAILED failed"
    if [ "$TP_FAILED" -ne 0 ]; then
        echo "=== $TP_NAME: FAILED (outputs kept in $TP_TMP)"
        exit 1
    fi
    [ -n "$TP_KEEP" ] || rm -rf "$TP_TMP"
    echo "=== $TP_NAME: PASSED"
    exit 0
}
