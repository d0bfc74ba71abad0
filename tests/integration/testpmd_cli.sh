#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# mpdk-testpmd driven by scripts, on net_null and net_ring ports:
#
#  1. options: --help, bad options (exit 2), no port (exit 1);
#  2. every command from a --cmdline-file, all succeeding: exit 0, and
#     each one's output (forwarding engines move frames, OIDs answer,
#     sends complete, pause/restart/reset finish, link events recorded);
#  3. each kind of bad input from stdin: one line saying what is wrong,
#     the session goes on, nothing is sent, commands on a paused,
#     resetting or stopped port say so, and the exit status is 1 with the
#     exact number of failed commands;
#  4. net_ring (loopback rings): a 'send ... nowait' that fills the ring
#     and the backlog, 'cancel' aborting what stays queued
#     (SEND_ABORTED), io and txonly over the loopback;
#  5. pollers on a worker lcore (--nb-cores=1) with --stats-period,
#     --adapter-params, --rxd and --txd;
#  6. --auto-start with stdin at EOF; a failing line in a file gives exit
#     1 and the next lines still run; 'quit' ends a file.
#
# Usage: testpmd_cli.sh <mpdk-testpmd binary>

. "$(dirname "$0")/testpmd_lib.sh"
tp_begin testpmd_cli "$1"
NULL2=(--vdev=net_null0 --vdev=net_null1)
RING2=(--vdev=net_ring0 --vdev=net_ring1)

# ------------------------------------------------------------- 1. options
out=$TP_TMP/help.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix help)" -- --help < /dev/null
tp_expect_rc "$rc" 0 "--help"
tp_expect "$out" "^Usage: .* \[EAL options\] -- \[mpdk-testpmd options\]" "--help prints the usage"
tp_expect "$out" "--forward-mode=MODE" "--help lists --forward-mode"

out=$TP_TMP/badopt.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix badopt)" -- --burst=0 < /dev/null
tp_expect_rc "$rc" 2 "--burst=0 is refused"
tp_expect_fixed "$out" "bad --burst '0': expected 1..512" "--burst=0: says why"

out=$TP_TMP/badcores.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix badcores)" -- --nb-cores=4 < /dev/null
tp_expect_rc "$rc" 2 "--nb-cores=4 with -l 0-1 is refused"
tp_expect_fixed "$out" "bad --nb-cores=4: EAL has 1 worker lcore(s)" "--nb-cores=4: says why"

out=$TP_TMP/badmode.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix badmode)" -- --forward-mode=foo < /dev/null
tp_expect_rc "$rc" 2 "--forward-mode=foo is refused"

out=$TP_TMP/badparams.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix badparams)" -- --adapter-params=bogus=1 < /dev/null
tp_expect_rc "$rc" 1 "--adapter-params with an unknown key: exit 1"
tp_expect_fixed "$out" "Port 0: cannot create its adapter (port=0,bogus=1): INVALID_PARAMETER" "--adapter-params: the adapter refused says why"

out=$TP_TMP/noport.out
tp_run "$out" rc -- "${TP_EAL[@]}" --file-prefix="$(tp_prefix noport)" < /dev/null
tp_expect_rc "$rc" 1 "no ethdev port: exit 1"
tp_expect_fixed "$out" "No ethdev port: give some to EAL" "no ethdev port: says what to do"

# ------------------------------------------- 2. every command, from a file
cmds=$TP_TMP/good.cmds
cat > "$cmds" <<'EOF'
# Every command once, on two net_null ports; nothing here may fail.
help
help oid
show port info all
show port stats all
show port stats 1
clear port stats all
show config fwd
show bindings
show link events all
show completions all
set burst 64
set txpkts 128
set fwd io
start
sleep 0.3
show port stats all
show completions 0
stop
start tx_first
sleep 0.2
stop
set fwd mac
start
sleep 0.2
stop
set fwd txonly
start
sleep 0.3
show completions all
stop
set fwd rxonly
start
sleep 0.2
stop
set fwd l2fwd
start
sleep 0.3
show bindings
stop
show bindings
set responder 0 198.18.0.1
set responder 1 198.19.0.1
set fwd responder
start
set responder 1 198.19.0.9
sleep 0.1
show bindings
stop
set hang 0 30000 12000
set hang 1 0 0 reset
oid list 0
oid query 0 OID_GEN_LINK_SPEED
oid query 0 oid_gen_maximum_frame_size
oid query 0 OID_802_3_CURRENT_ADDRESS
oid query 0 OID_GEN_LINK_STATE
oid query 0 OID_GEN_XMIT_OK 4
oid query 1 OID_MPDK_XSTAT tx_good_packets
oid set 0 OID_GEN_CURRENT_PACKET_FILTER DIRECTED|MULTICAST|ALL_MULTICAST|BROADCAST|PROMISCUOUS
oid query 0 OID_GEN_CURRENT_PACKET_FILTER
oid set 0 OID_GEN_CURRENT_PACKET_FILTER 0x2f
send 0 100
send 1 1000 1514
send 0 10 9000
show completions all
port pause 0
port restart 0
port stop all
port start all
port reset 1
sleep 0.3
show link events all
show port info 1
quit
show port info 0
EOF
out=$TP_TMP/good.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix good)" -- --cmdline-file="$cmds" < /dev/null
tp_expect_rc "$rc" 0 "every command from a file, none failing"
tp_expect_not "$out" "command(s)? failed" "no command failed"
tp_expect_fixed "$out" "CLI commands to be read from $cmds" "the file is announced"
tp_expect_fixed "$out" "Port commands (help port):" "help lists the port commands"
tp_expect_fixed "$out" "OID commands (NdisOidRequest) (help oid):" "help oid"
tp_expect "$out" "Infos for port 0" "show port info all: port 0"
tp_expect "$out" "mpdk adapter: ethdev1 \(miniport ethdev\), state running" "show port info: the adapter"
tp_expect "$out" "NIC statistics for port 1" "show port stats"
tp_expect_fixed "$out" "NIC statistics for port 0 cleared" "clear port stats"
tp_expect_fixed "$out" "Number of packets per burst set to 64" "set burst"
tp_expect_fixed "$out" "Generated frames are 128 bytes long" "set txpkts"
tp_expect "$out" "poller 0 on lcore 0 \(main, run to completion\)" "show config fwd: the poller"
for mode in io mac txonly l2fwd responder; do
    tp_expect_fixed "$out" "Set $mode packet forwarding mode" "set fwd $mode"
done
read -r rx tx <<< "$(tp_fwd_totals "$out" io)"
tp_expect_gt "$tx" 0 "io forwards frames (net_null RX -> partner TX)"
tp_expect_eq "$rx" "$tx" "io: every frame received was forwarded"
tp_expect "$out" "TX-completed per status \(testpmd binding\): SUCCESS [1-9]" "stop: completions per status"
read -r rx tx <<< "$(tp_fwd_totals "$out" mac)"
tp_expect_gt "$tx" 0 "mac swaps and sends back"
read -r rx tx <<< "$(tp_fwd_totals "$out" txonly)"
tp_expect_gt "$tx" 0 "txonly sends generated frames"
read -r rx tx <<< "$(tp_fwd_totals "$out" rxonly)"
tp_expect_gt "$rx" 0 "rxonly receives"
read -r rx tx <<< "$(tp_fwd_totals "$out" l2fwd)"
tp_expect_gt "$tx" 0 "l2fwd forwards"
tp_expect "$out" "l2fwd +open +with port 1: rx [1-9][0-9]* forwarded [1-9][0-9]* copied 0" "l2fwd zero copy (nothing copied) while it runs"
tp_expect "$out" "testpmd +closed +\(l2fwd holds the port\)" "show bindings: testpmd closed while l2fwd runs"
tp_expect "$out" "testpmd +open +sent [0-9]+ completed" "show bindings: testpmd open again after stop"
tp_expect_fixed "$out" "Port 0: responder answers ARP and ping for 198.18.0.1" "set responder + responder engine"
tp_expect_fixed "$out" "Port 1: responder answers ARP and ping for 198.19.0.9" "set responder while it runs: the new address at once"
tp_expect "$out" "responder +open +198.19.0.9" "show bindings: the new responder"
tp_expect_fixed "$out" "Port 0: a send queue stalled 30000 ms or an OID request pending 12000 ms is a hang" "set hang"
tp_expect_fixed "$out" "Port 1: a send queue stalled 0 ms (off) or an OID request pending 0 ms (off) is a hang; the adapter is then reset" "set hang ... reset"
tp_expect "$out" "completed per status: SUCCESS [1-9]" "show completions: per status"
tp_expect "$out" "completion latency: p50 [0-9.]+ us  p99 [0-9.]+ us" "show completions: latency p50/p99"
tp_expect "$out" "Port 0: 3[0-9] OIDs supported" "oid list"
tp_expect_fixed "$out" "OID_802_3_CURRENT_ADDRESS          0x01010102  MAC" "oid list: names, codes, kinds"
tp_expect_fixed "$out" "Port 0: OID_GEN_LINK_SPEED = 100000000 (0x05f5e100) = 10000 Mbps" "oid query: u32"
tp_expect_fixed "$out" "Port 0: OID_GEN_MAXIMUM_FRAME_SIZE = 1500" "oid query: names are case-insensitive"
tp_expect "$out" "Port 0: OID_802_3_CURRENT_ADDRESS = ([0-9A-F]{2}:){5}[0-9A-F]{2}" "oid query: MAC"
tp_expect_fixed "$out" "Port 0: OID_GEN_LINK_STATE = up, full-duplex, 10000 Mbps" "oid query: link state"
tp_expect "$out" "Port 0: OID_GEN_XMIT_OK = [0-9]+ \(low 32 bits: 4-byte buffer, 8 needed\)" "oid query with a 4-byte buffer: a counter's low half"
tp_expect "$out" "Port 1: OID_MPDK_XSTAT = [1-9]" "oid query: the xstat method"
tp_expect_fixed "$out" "Port 0: OID_GEN_CURRENT_PACKET_FILTER set to DIRECTED|MULTICAST|ALL_MULTICAST|BROADCAST|PROMISCUOUS" "oid set: packet filter by names"
tp_expect_fixed "$out" "Port 0: OID_GEN_CURRENT_PACKET_FILTER = 47 (0x0000002f) = DIRECTED MULTICAST ALL_MULTICAST BROADCAST PROMISCUOUS" "oid query: the filter set"
tp_expect_fixed "$out" "Port 0: OID_GEN_CURRENT_PACKET_FILTER set to 0x2f" "oid set: u32 in hex"
tp_expect "$out" "Port 0: 100 NBLs of 128 bytes sent, cancel id [0-9]+" "send: --txpkts/set txpkts length"
tp_expect "$out" "Port 0: 100 completed in [0-9.]+ ms: SUCCESS 100$" "send: every NBL completes SUCCESS"
tp_expect "$out" "Port 1: 1000 completed in [0-9.]+ ms: SUCCESS 1000$" "send with a length"
tp_expect "$out" "Port 0: 10 completed in [0-9.]+ ms: INVALID_LENGTH 10$" "send over the MTU: INVALID_LENGTH completions"
tp_expect_fixed "$out" "Port 0: pause done: SUCCESS" "port pause"
tp_expect_fixed "$out" "Port 0: restart done: SUCCESS" "port restart"
tp_expect_fixed "$out" "Port 1: stopped" "port stop all"
tp_expect_fixed "$out" "Port 1: started" "port start all"
tp_expect_fixed "$out" "Port 1: reset done: SUCCESS" "port reset"
tp_expect "$out" "LINK_STATE +link up, full-duplex, 10000 Mbps" "show link events: the link"
tp_expect "$out" "RESET_START" "show link events: reset start"
tp_expect "$out" "RESET_END" "show link events: reset end"
# Status: the link, RESET_START and RESET_END to the testpmd binding, and
# the current link state to the binding the responder opened later.
tp_expect "$out" "mpdk control: resets 1, pauses 1, hangs 0, OID requests [0-9]+ \\(aborted 0\\), status indications 4" "show port info: control counters"
tp_expect_fixed "$out" "Bye..." "quit"
tp_expect_eq "$(tp_count "$out" "Infos for port 0")" 1 "nothing runs after 'quit'"

# -------------------------------------------- 3. bad input, from stdin
# "command|what the error line must contain"; no message: must succeed.
bad=(
    "foo bar|Command not found: 'foo bar' (type 'help')"
    "show port foo 0|Bad arguments: 'show port foo 0'; usage: show port info|stats <port|all>"
    "show port info|Bad arguments: 'show port info'; usage: show port info|stats <port|all>"
    "show port stats 7|Invalid port 7: valid ports are 0, 1"
    "show port info x1|Bad port 'x1': expected a port number (0, 1) or 'all'"
    "port reset all|Bad port 'all': this command takes one port (0, 1)"
    "set burst 0|Bad burst '0': expected 1..512"
    "set burst many|Bad burst 'many': expected 1..512"
    "set txpkts 10|Bad txpkts '10': expected 14..16128"
    "set fwd bogus|Bad forwarding mode 'bogus'"
    "send 0 0|Bad count '0': expected 1..65536"
    "send 0 10 9|Bad length '9': expected 14..16128"
    "send 0 10 20000|Bad length '20000': expected 14..16128"
    "send 5 1|Invalid port 5: valid ports are 0, 1"
    "send 0 1 64 later|Bad arguments: 'send 0 1 64 later'"
    "oid query 0 OID_FOO|Unknown OID 'OID_FOO'"
    "oid set 0 OID_802_3_CURRENT_ADDRESS 02:00:00|Bad value '02:00:00' for OID_802_3_CURRENT_ADDRESS: expected a MAC address aa:bb:cc:dd:ee:ff"
    "oid set 0 OID_GEN_CURRENT_PACKET_FILTER lots|Bad value 'lots' for OID_GEN_CURRENT_PACKET_FILTER"
    "oid set 0 OID_GEN_MAXIMUM_FRAME_SIZE -5|Bad value '-5' for OID_GEN_MAXIMUM_FRAME_SIZE"
    "oid set 0 OID_GEN_MAXIMUM_FRAME_SIZE 0x100000000|Bad value '0x100000000' for OID_GEN_MAXIMUM_FRAME_SIZE"
    "oid query 0 OID_GEN_XMIT_OK 2|Port 0: OID_GEN_XMIT_OK query: BUFFER_TOO_SHORT (buffer 2 bytes, 8 needed)"
    "oid query 0 OID_802_3_CURRENT_ADDRESS 3|Port 0: OID_802_3_CURRENT_ADDRESS query: BUFFER_TOO_SHORT (buffer 3 bytes, 6 needed)"
    "oid set 0 OID_GEN_LINK_SPEED 10|Port 0: OID_GEN_LINK_SPEED set 10: NOT_SUPPORTED"
    "oid set 0 OID_802_3_CURRENT_ADDRESS 01:00:5e:00:00:01|Port 0: OID_802_3_CURRENT_ADDRESS set 01:00:5e:00:00:01: INVALID_DATA"
    "oid query 0 0x00ff0000|Port 0: 0x00ff0000 query: INVALID_OID"
    "oid set 0 OID_GEN_LINK_STATE up|OID_GEN_LINK_STATE: no value syntax for a link state OID"
    "oid set 0 OID_802_3_MULTICAST_LIST 01:00:5e:00:00:01,01:00:5e:00:00:02,01:00:5e:00:00:03,01:00:5e:00:00:04,01:00:5e:00:00:05,01:00:5e:00:00:06,01:00:5e:00:00:07,01:00:5e:00:00:08|: NOT_SUPPORTED"
    "oid set 0 OID_802_3_MULTICAST_LIST 01:00:5e:00:00:01,01:00:5e:00:00|Bad value '01:00:5e:00:00' for OID_802_3_MULTICAST_LIST: expected a MAC address"
    "oid query 0 OID_MPDK_XSTAT|OID_MPDK_XSTAT is a method"
    "oid query 0 OID_MPDK_XSTAT no_such_counter|Port 0: OID_MPDK_XSTAT query: INVALID_DATA"
    "cancel 0 0|Bad cancel id '0'"
    "set responder 0 224.0.0.1|Bad address '224.0.0.1': not a unicast address"
    "set responder 0 300.1.1.1|Bad address '300.1.1.1': expected a unicast IPv4 address"
    "stop|Packet forwarding not started"
    "port restart 0|Port 0 is running, not paused: nothing to restart"
    "help nosuch|No help section 'nosuch'"
    "sleep -1|Bad seconds '-1'"
    "set hang 0 x 5|Bad send limit (ms) 'x': expected 0..4294967295"
    "set fwd responder|"
    "start|No port has a responder address: 'set responder <port> <ipv4>' first"
    "set fwd io|"
    "port pause 0|"
    "send 0 1|Port 0 is paused ('port restart 0' first): nothing sent"
    "start|Port 0 is paused ('port restart 0' first): forwarding not started"
    "port reset 0|Port 0 is paused ('port restart 0' first): not reset"
    "port pause 0|Port 0 is already paused"
    "oid query 0 OID_GEN_MEDIA_CONNECT_STATUS|"
    "port restart 0|"
    "port reset 0 nowait|"
    "send 0 1|Port 0 is resetting: nothing sent"
    "oid query 0 OID_GEN_LINK_SPEED|Port 0 is resetting: OID request not sent"
    "start|Port 0 is resetting: forwarding not started"
    "sleep 0.3|"
    "port stop 1|"
    "start|Not all ports were started (port 1 is stopped)"
    "send 1 1|Port 1 is stopped ('port start 1' first): nothing sent"
    "show completions all|"
    "port start 1|"
    "start|"
    "start|Packet forwarding already started"
    "port stop 0|Please stop forwarding first"
    "set fwd mac|Please stop forwarding first"
    "set txpkts 100|Please stop forwarding first"
    "stop|"
    "help general|"
)
script=$TP_TMP/bad.cmds
: > "$script"
nbad=0
for entry in "${bad[@]}"; do
    echo "${entry%%|*}" >> "$script"
    [ -n "${entry#*|}" ] && nbad=$((nbad + 1))
done
echo quit >> "$script"
out=$TP_TMP/bad.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix bad)" < "$script"
tp_expect_rc "$rc" 1 "bad input from stdin: non-zero exit"
tp_expect_fixed "$out" "mpdk-testpmd: $nbad commands failed" "exactly the $nbad bad lines failed"
for entry in "${bad[@]}"; do
    cmd=${entry%%|*}
    msg=${entry#*|}
    [ -n "$msg" ] || continue
    # The message follows its own command's echo, before the next one.
    if awk -v c="mpdk-testpmd> $cmd" -v m="$msg" '
            $0 == c { on = 1; next }
            on && /^mpdk-testpmd> / { on = 0 }
            on && index($0, m) { found = 1 }
            END { exit !found }' "$out"; then
        tp_ok "'$cmd': $msg"
    else
        tp_fail "'$cmd': expected a line with: $msg"
    fi
done
# Only the lines of the bad commands were errors: one line each.
tp_expect_fixed "$out" "Port 0 is paused: OID requests still run (as in NDIS)" "an OID on a paused port runs and says so"
tp_expect_fixed "$out" "Port 0: reset pending; its end is reported when it comes" "port reset nowait"
tp_expect_fixed "$out" "Port 0: reset done: SUCCESS" "the reset's end is reported"
tp_expect "$out" "NBLs sent: 0  completed: 0  outstanding: 0  refused at submit: 0" "bad input sent nothing"
tp_expect_fixed "$out" "General commands (help general):" "the session went on to the end"

# --------------------------------- 4. net_ring: cancel, loopback forwarding
script=$TP_TMP/ring.cmds
cat > "$script" <<'EOF'
send 0 3000 64 nowait
cancel 0 1
show completions 0
cancel 0 99
set fwd io
start tx_first
sleep 0.3
stop
set fwd txonly
start
sleep 0.3
stop
send 1 500
show completions all
show port stats all
oid set 1 OID_GEN_CURRENT_PACKET_FILTER DIRECTED | BROADCAST
oid query 1 OID_GEN_CURRENT_PACKET_FILTER
oid set 1 OID_GEN_CURRENT_PACKET_FILTER 0
send 1 10
oid set 1 OID_GEN_CURRENT_PACKET_FILTER 0x2b
oid query 1 OID_GEN_CURRENT_PACKET_FILTER
show port info 1
send 0 3000 64 nowait
port pause 0
oid query 0 OID_GEN_RCV_DISCARDS
port restart 0
send 0 100
quit
EOF
out=$TP_TMP/ring.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${RING2[@]}" --file-prefix="$(tp_prefix ring)" < "$script"
tp_expect_rc "$rc" 0 "net_ring session"
tp_expect_fixed "$out" "Port 0: 3000 NBLs of 64 bytes sent, cancel id 1" "send nowait: all accepted, cancel id 1"
aborted=$(tp_number "$out" "Port 0: cancel id 1: ")
tp_expect_gt "$aborted" 0 "cancel aborts the NBLs still queued (ring full, backlog)"
tp_expect "$out" "completed per status:.* RESOURCES [1-9][0-9]* SEND_ABORTED $aborted" "show completions: RESOURCES beyond the backlog, SEND_ABORTED as many as cancelled"
tp_expect_fixed "$out" "Port 0: cancel id 99: no 'send' of this port used it, nothing aborted" "cancel of an unused id"
read -r rx tx <<< "$(tp_fwd_totals "$out" io)"
tp_expect_gt "$tx" 32 "io over the ring loopback after tx_first"
read -r rx tx <<< "$(tp_fwd_totals "$out" txonly)"
tp_expect_gt "$rx" 0 "txonly frames loop back and are received"
tp_expect "$out" "Port 1: 500 completed in [0-9.]+ ms: SUCCESS 500$" "send on net_ring: SUCCESS once the RX side frees them"
tp_expect_fixed "$out" "Port 1: OID_GEN_CURRENT_PACKET_FILTER = 9 (0x00000009) = DIRECTED BROADCAST" "oid set: the packet filter by names"
tp_expect "$out" "Port 1: 10 completed in [0-9.]+ ms: SUCCESS 10$" "packet filter 0: sends still complete (received frames dropped)"
tp_expect_fixed "$out" "Port 1: OID_GEN_CURRENT_PACKET_FILTER = 43 (0x0000002b) = DIRECTED MULTICAST BROADCAST PROMISCUOUS" "oid set: the packet filter in hex"
tp_expect_fixed "$out" "Promiscuous mode: enabled" "PROMISCUOUS reaches the ethdev (show port info)"
# A pause with the loopback ring full of our own frames: they complete
# only once received, so the paused port drops what arrives, and counts it.
tp_expect_fixed "$out" "Port 0: pause done: SUCCESS" "pause with the loopback full finishes"
discards=$(tp_number "$out" "Port 0: OID_GEN_RCV_DISCARDS = ")
tp_expect_gt "$discards" 0 "frames received while pausing are dropped and counted"
tp_expect "$out" "Port 0: 100 completed in [0-9.]+ ms: SUCCESS 100$" "after restart, sends complete again"

# ---------------------------------------- 5. a worker lcore, live stats
script=$TP_TMP/worker.cmds
cat > "$script" <<'EOF'
set fwd txonly
start
sleep 1.3
port pause 1
port restart 1
port reset 0
sleep 0.2
show completions all
stop
set fwd io
start tx_first
sleep 0.4
stop
show config fwd
send 0 1000
quit
EOF
out=$TP_TMP/worker.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix worker)" -- --nb-cores=1 --stats-period=1 --adapter-params=backlog=512,inflight=4096 --rxd=512 --txd=512 < "$script"
tp_expect_rc "$rc" 0 "--nb-cores=1 session"
tp_expect_fixed "$out" "Poller 0 runs on lcore 1" "the poller runs on the worker lcore"
tp_expect "$out" "Port 0: RX +[0-9.]+ Mpps  TX +([1-9][0-9]*\.[0-9]+|0\.[0-9]*[1-9][0-9]*) Mpps  completions +[0-9.]+ M/s" "--stats-period: Mpps per port"
tp_expect "$out" "completed [1-9][0-9]* \(SUCCESS [1-9]" "--stats-period: completion counts"
tp_expect_fixed "$out" "Port 1: pause done: SUCCESS" "pause while txonly runs"
tp_expect_fixed "$out" "Port 1: restart done: SUCCESS" "restart while txonly runs"
tp_expect_fixed "$out" "Port 0: reset done: SUCCESS" "reset while txonly runs"
read -r rx tx <<< "$(tp_fwd_totals "$out" txonly)"
tp_expect_gt "$tx" 1000 "txonly on the worker"
read -r rx tx <<< "$(tp_fwd_totals "$out" io)"
tp_expect_gt "$tx" 0 "io on the worker"
tp_expect "$out" "poller 0 on lcore 1 \(worker\)" "show config fwd: the worker poller"
tp_expect "$out" "Port 0: 1000 completed in [0-9.]+ ms: SUCCESS 1000$" "send with a worker poller"

# ------------------------------------------ 6. auto-start, exit statuses
out=$TP_TMP/auto.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix auto)" -- --auto-start --forward-mode=txonly --txpkts=256 --burst=16 < /dev/null
tp_expect_rc "$rc" 0 "--auto-start, stdin at EOF"
tp_expect_fixed "$out" "txonly packet forwarding packets/burst=16" "--auto-start --forward-mode --burst"
tp_expect_fixed "$out" "packet len=256" "--txpkts"
tp_expect "$out" "Accumulated forward statistics" "quitting stops forwarding and prints its statistics"

cmds=$TP_TMP/onefail.cmds
printf 'show port info 0\nnonsense here\nshow port info 1\n' > "$cmds"
out=$TP_TMP/onefail.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix onefail)" -- --cmdline-file="$cmds" < /dev/null
tp_expect_rc "$rc" 1 "one failing line in a file: exit 1"
tp_expect_fixed "$out" "mpdk-testpmd: 1 command failed" "one failure counted"
tp_expect "$out" "Infos for port 1" "the lines after the failure still run"

out=$TP_TMP/nofile.out
tp_run "$out" rc -- "${TP_EAL[@]}" "${NULL2[@]}" --file-prefix="$(tp_prefix nofile)" -- --cmdline-file="$TP_TMP/missing.cmds" < /dev/null
tp_expect_rc "$rc" 1 "a missing command file: exit 1"
tp_expect_fixed "$out" "Cannot open command file $TP_TMP/missing.cmds" "a missing command file: says so"

tp_end
