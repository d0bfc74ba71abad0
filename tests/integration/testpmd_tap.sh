#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# mpdk-testpmd on net_tap, in a network namespace the test makes (and
# deletes, also on failure); commands come through a FIFO on stdin, each
# sent once the previous one's answer is in the output:
#
#   kernel 198.18.0.2/24 on tptap0  <-- tap -->  net_tap0, adapter ethdev0
#   (MAC 02:00:5e:c6:12:02)                      set fwd responder,
#                                                 set responder 0 198.18.0.1
#
#  - the kernel's ping of 198.18.0.1 is answered (every reply), and its
#    neighbour entry holds the adapter's MAC;
#  - 'oid set 0 OID_GEN_MAXIMUM_FRAME_SIZE 1400' shows as "mtu 1400" in
#    'ip link show', and OID_802_3_CURRENT_ADDRESS as the link address;
#  - taking tptap0 down and up in the kernel shows in 'show link events';
#  - stop and quit: exit status 0.
#
# Needs root, /dev/net/tun, iproute2 and iputils-ping; a missing one is a
# failure with its name, never a skip.  Only 198.18.0.0/15 addresses.
#
# Usage: testpmd_tap.sh <mpdk-testpmd binary>

. "$(dirname "$0")/testpmd_lib.sh"
tp_begin testpmd_tap "$1"
tp_need_root
tp_need_cmd ip iproute2
tp_need_cmd ping iputils-ping
[ -w /dev/net/tun ] || tp_fatal "/dev/net/tun is missing or not writable: net_tap needs it"

NS=testpmd_tap_$$
IFACE=tptap0
RESP_IP=198.18.0.1
KERNEL_IP=198.18.0.2
KERNEL_MAC=02:00:5e:c6:12:02
NEW_MAC=02:00:5e:c6:12:34
fifo=$TP_TMP/cmds
out=$TP_TMP/tap.out
apid=

cleanup() {
    exec 3>&- 2>/dev/null
    if [ -n "$apid" ] && kill -0 "$apid" 2>/dev/null; then
        kill "$apid" 2>/dev/null
        sleep 1
        kill -9 "$apid" 2>/dev/null
    fi
    ip netns del "$NS" 2>/dev/null
}
trap cleanup EXIT

in_ns() { ip netns exec "$NS" "$@"; }

# Send a command; wait for REGEX in the output (SECONDS, default 10).
cmd() {
    echo "$1" >&3
    if ! tp_wait_for "$out" "$2" "${3:-10}"; then
        tp_fail "'$1': no line matching /$2/ in ${3:-10} s"
        tail -n 20 "$out" | sed 's/^/    /'
        return 1
    fi
}

ip netns add "$NS" || tp_fatal "cannot create network namespace $NS"
mkfifo "$fifo"
echo "+ ip netns exec $NS mpdk-testpmd ... --vdev=net_tap0,iface=$IFACE < fifo"
ip netns exec "$NS" timeout -k 5 120 "$TP_APP" "${TP_EAL[@]}" \
    --vdev=net_tap0,iface=$IFACE --file-prefix="$(tp_prefix tap)" \
    < "$fifo" > "$out" 2>&1 &
apid=$!
exec 3> "$fifo"
tp_wait_for "$out" "Run to completion" 20 || tp_fatal "mpdk-testpmd did not start: $(tail -n 5 "$out")"
in_ns ip link show "$IFACE" > /dev/null || tp_fatal "net_tap did not create $IFACE in $NS"
PORT_MAC=$(grep -Eo "^Port 0: ([0-9A-F]{2}:){5}[0-9A-F]{2}" "$out" | cut -d' ' -f3)
echo "adapter MAC: $PORT_MAC"

# --------------------------------------------------- responder and ping
cmd "set responder 0 $RESP_IP" "Port 0: responder address $RESP_IP"
cmd "set fwd responder" "Set responder packet forwarding mode"
cmd "start" "Port 0: responder answers ARP and ping for $RESP_IP" &&
    tp_ok "the responder engine started"
in_ns ip link set lo up
in_ns ip link set "$IFACE" down
in_ns ip link set "$IFACE" address "$KERNEL_MAC"
in_ns ip addr add "$KERNEL_IP/24" dev "$IFACE"
in_ns ip link set "$IFACE" up
ping_out=$TP_TMP/ping.out
in_ns ping -c 20 -i 0.05 -W 2 "$RESP_IP" > "$ping_out" 2>&1
rc=$?
cat "$ping_out"
tp_expect_rc "$rc" 0 "ping $RESP_IP through the responder"
tp_expect_fixed "$ping_out" "20 packets transmitted, 20 received, 0% packet loss" "every echo request answered"
neigh=$(in_ns ip neigh show "$RESP_IP" dev "$IFACE")
echo "neighbour: $neigh"
if echo "$neigh" | grep -qi "lladdr $PORT_MAC"; then
    tp_ok "the kernel learnt $RESP_IP at the adapter's MAC $PORT_MAC"
else
    tp_fail "neighbour entry '$neigh' does not hold $PORT_MAC"
fi
cmd "show bindings" "responder +open +$RESP_IP: rx [0-9]+ arp replies [1-9][0-9]* echo replies (2[0-9]|[3-9][0-9]|[1-9][0-9]{2,})" &&
    tp_ok "show bindings: the responder's ARP and echo replies"

# ------------------------------------------------- OIDs seen by the kernel
cmd "oid set 0 OID_GEN_MAXIMUM_FRAME_SIZE 1400" \
    "Port 0: OID_GEN_MAXIMUM_FRAME_SIZE set (to 1400|1400: )" &&
    tp_expect_fixed "$out" "Port 0: OID_GEN_MAXIMUM_FRAME_SIZE set to 1400" "oid set of the MTU succeeded"
link=$(in_ns ip link show "$IFACE")
echo "$link"
if echo "$link" | grep -q " mtu 1400 "; then
    tp_ok "ip link show: mtu 1400"
else
    tp_fail "ip link show does not show mtu 1400"
fi
cmd "oid query 0 OID_GEN_MAXIMUM_FRAME_SIZE" "Port 0: OID_GEN_MAXIMUM_FRAME_SIZE = " &&
    tp_expect_fixed "$out" "Port 0: OID_GEN_MAXIMUM_FRAME_SIZE = 1400" "oid query reads the MTU back"
cmd "oid set 0 OID_802_3_CURRENT_ADDRESS $NEW_MAC" \
    "Port 0: OID_802_3_CURRENT_ADDRESS set" &&
    tp_expect_fixed "$out" "Port 0: OID_802_3_CURRENT_ADDRESS set to $NEW_MAC" "oid set of the MAC address succeeded"
link=$(in_ns ip link show "$IFACE")
echo "$link"
if echo "$link" | grep -q "link/ether $NEW_MAC "; then
    tp_ok "ip link show: link/ether $NEW_MAC"
else
    tp_fail "ip link show does not show link/ether $NEW_MAC"
fi
cmd "oid query 0 OID_802_3_CURRENT_ADDRESS" "Port 0: OID_802_3_CURRENT_ADDRESS = " &&
    tp_expect_fixed "$out" "Port 0: OID_802_3_CURRENT_ADDRESS = ${NEW_MAC^^}" "oid query reads the MAC back"
cmd "oid query 0 OID_802_3_PERMANENT_ADDRESS" "Port 0: OID_802_3_PERMANENT_ADDRESS = " &&
    tp_expect_fixed "$out" "Port 0: OID_802_3_PERMANENT_ADDRESS = $PORT_MAC" "the permanent address stays"

# ------------------------------------------------------------ link events
# 'show link events 0'; sets EV_N (indications so far) and EV_LAST (the
# last one's line).
show_events() {
    local before
    before=$(grep -Ec "^Port 0: [0-9]+ status indication" "$out")
    echo "show link events 0" >&3
    for _ in $(seq 100); do
        [ "$(grep -Ec "^Port 0: [0-9]+ status indication" "$out")" -gt "$before" ] && break
        sleep 0.1
    done
    sleep 0.2
    EV_N=$(grep -E "^Port 0: [0-9]+ status indication" "$out" | tail -n 1 | awk '{ print $3 }')
    EV_LAST=$(awk '/^Port 0: [0-9]+ status indication/ { last = "" }
                   /^  \+[0-9.]+ s / { last = $0 }
                   END { print last }' "$out")
}
show_events
n0=$EV_N
echo "indications so far: $n0; last: $EV_LAST"
tp_expect_gt "$n0" 0 "show link events: the first link state"
in_ns ip link set "$IFACE" down
sleep 0.5
show_events
echo "after down: $EV_N; last: $EV_LAST"
tp_expect_eq "$EV_N" $((n0 + 1)) "the kernel taking $IFACE down: one more indication"
if echo "$EV_LAST" | grep -q "LINK_STATE *link down"; then
    tp_ok "it is a link-down indication"
else
    tp_fail "last indication '$EV_LAST' is not a link down"
fi
in_ns ip link set "$IFACE" up
sleep 0.5
show_events
echo "after up: $EV_N; last: $EV_LAST"
tp_expect_eq "$EV_N" $((n0 + 2)) "$IFACE up again: one more indication"
if echo "$EV_LAST" | grep -q "LINK_STATE *link up"; then
    tp_ok "it is a link-up indication"
else
    tp_fail "last indication '$EV_LAST' is not a link up"
fi

# ------------------------------------------------------------------ end
cmd "stop" "Accumulated forward statistics" && tp_ok "stop"
echo quit >&3
exec 3>&-
wait "$apid"
rc=$?
apid=
tp_expect_rc "$rc" 0 "quit"
tp_expect_fixed "$out" "Bye..." "the application shut down"
tp_expect_not "$out" "command(s)? failed" "no command failed"
ip netns del "$NS"
if ip netns list | grep -qw "$NS"; then
    tp_fail "namespace $NS still present"
else
    tp_ok "namespace $NS deleted"
fi
tp_end
