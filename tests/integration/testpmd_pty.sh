#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# mpdk-testpmd -i under a pseudo-terminal (util-linux's 'script', Debian
# package bsdutils): the prompt shows, 'help' lists the commands, TAB
# completes a command (librte_cmdline's completion), a bad command gets
# its one-line error, 'quit' ends the session with exit status 0.
# Keystrokes go through a FIFO, each sent once the previous output
# arrived.
#
# Usage: testpmd_pty.sh <mpdk-testpmd binary>

. "$(dirname "$0")/testpmd_lib.sh"
tp_begin testpmd_pty "$1"
tp_need_cmd script bsdutils
tp_need_cmd timeout coreutils

fifo=$TP_TMP/keys
out=$TP_TMP/pty.out
mkfifo "$fifo"
cmd="$TP_APP ${TP_EAL[*]} --vdev=net_null0 --file-prefix=$(tp_prefix pty) -- -i"
echo "+ script -qefc '$cmd' /dev/null"
timeout -k 5 60 script -qefc "$cmd" /dev/null < "$fifo" > "$out" 2>&1 &
spid=$!
exec 3> "$fifo"
cleanup() {
    exec 3>&- 2>/dev/null
    kill "$spid" 2>/dev/null
}
trap cleanup EXIT

# type TEXT, then wait for REGEX to be the Nth match in the output.
prompts() { grep -o "mpdk-testpmd> " "$out" 2>/dev/null | wc -l; }
type_wait() {
    local n
    n=$(prompts)
    printf '%b' "$1" >&3
    for _ in $(seq 100); do
        [ "$(prompts)" -gt "$n" ] && return 0
        sleep 0.1
    done
    return 1
}

if tp_wait_for "$out" "mpdk-testpmd> " 20; then
    tp_ok "the prompt shows on the terminal"
else
    tp_fail "no prompt within 20 s"
fi
type_wait 'help\r' || tp_fail "no prompt after 'help'"
tp_expect "$out" "mpdk-testpmd> help" "the typed command is echoed after the prompt"
tp_expect_fixed "$out" "General commands (help general):" "help: general commands"
tp_expect_fixed "$out" "mpdk commands (the NDIS model) (help mpdk):" "help: mpdk commands"
type_wait 'show bind\t\r' || tp_fail "no prompt after 'show bind<TAB>'"
tp_expect "$out" "mpdk-testpmd> show bindings" "TAB completes 'show bind' to 'show bindings'"
tp_expect "$out" "testpmd +open +sent" "the completed command ran"
type_wait 'show port frob 0\r' || tp_fail "no prompt after a bad command"
tp_expect_fixed "$out" "Bad arguments: 'show port frob 0'; usage: show port info|stats <port|all>" "a bad command: one line, the prompt comes back"
printf 'quit\r' >&3
wait "$spid"
rc=$?
tp_expect_rc "$rc" 0 "quit ends the session"
tp_expect_fixed "$out" "Bye..." "the application shut down"
echo "--- the session, as the terminal showed it:"
tr -d '\r' < "$out" | grep -v '^EAL\|^TELEMETRY' | sed 's/^/    /' | tail -n 40
tp_end
