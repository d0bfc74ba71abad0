/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Port commands, in testpmd's spelling and output format:
 *
 *   show port info <port|all>    the ethdev, the adapter, its bindings
 *   show port stats <port|all>   NIC counters, the mpdk view, throughput
 *   clear port stats <port|all>
 *   port start|stop <port|all>   stop: the adapter pauses (MiniportPause)
 *                                and the port leaves forwarding; start:
 *                                it restarts.  (Halting the adapter would
 *                                close the ethdev for good.)
 *   port reset <port> [nowait]   NdisReset on the adapter
 *
 * Also the per-port statistics 'stop' and --stats-period print.
 */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_ethdev.h>

#include "testpmd.h"

static void
print_port_info(struct tp_port *p)
{
	char mac[RTE_ETHER_ADDR_FMT_SIZE];
	struct mpdk_adapter_stats as;
	struct rte_eth_dev_info info;
	struct rte_ether_addr ea;
	struct rte_eth_link link;
	uint16_t mtu = 0;

	printf("\n********************* Infos for port %-2u *********************\n",
	       p->port_id);
	if (rte_eth_macaddr_get(p->port_id, &ea) == 0) {
		rte_ether_format_addr(mac, sizeof(mac), &ea);
		printf("MAC address: %s\n", mac);
	}
	printf("Device name: %s\n", p->dev_name);
	if (rte_eth_dev_info_get(p->port_id, &info) == 0)
		printf("Driver name: %s\n", info.driver_name);
	if (rte_eth_link_get_nowait(p->port_id, &link) == 0) {
		printf("Link status: %s\n", link.link_status ? "up" : "down");
		printf("Link speed: %s\n",
		       rte_eth_link_speed_to_str(link.link_speed));
		printf("Link duplex: %s\n", link.link_duplex ==
		       RTE_ETH_LINK_FULL_DUPLEX ? "full-duplex" : "half-duplex");
	}
	if (rte_eth_dev_get_mtu(p->port_id, &mtu) == 0)
		printf("MTU: %u\n", mtu);
	printf("Promiscuous mode: %s\n",
	       rte_eth_promiscuous_get(p->port_id) == 1 ? "enabled" : "disabled");
	printf("Allmulticast mode: %s\n",
	       rte_eth_allmulticast_get(p->port_id) == 1 ? "enabled" : "disabled");
	printf("Current number of RX queues: %u\n", p->nq);
	printf("Current number of TX queues: %u\n", p->nq);
	printf("mpdk adapter: %s (miniport ethdev), state %s%s\n",
	       mpdk_adapter_name(p->adapter),
	       tp_state_str(mpdk_adapter_get_state(p->adapter)),
	       p->stopped ? ", port stopped" : "");
	printf("mpdk bindings: testpmd (%s)%s%s\n",
	       tp_binding(p) != NULL ? "open" :
	       "closed while l2fwd forwards",
	       p->l2fwd != NULL || (tp_port_get(p->peer) != NULL &&
				    tp_port_get(p->peer)->l2fwd != NULL) ?
	       ", l2fwd" : "", p->resp != NULL ? ", responder" : "");
	if (mpdk_adapter_stats_get(p->adapter, &as) == MPDK_STATUS_SUCCESS)
		printf("mpdk control: resets %" PRIu64 ", pauses %" PRIu64
		       ", hangs %" PRIu64 ", OID requests %" PRIu64
		       " (aborted %" PRIu64 "), status indications %" PRIu64
		       ", link changes %" PRIu64 "\n", as.resets, as.pauses,
		       as.hangs, as.oids, as.oids_aborted, as.status_indications,
		       as.link_changes);
}

static void
cmd_show_port(int argc __rte_unused, char **argv)
{
	struct tp_port *sel, *p;
	unsigned int i;

	if (tp_parse_port(argv[3], true, &sel) != 0)
		return;
	TP_FOREACH_PORT(p, i) {
		if (sel != NULL && p != sel)
			continue;
		if (strcmp(argv[2], "info") == 0)
			print_port_info(p);
		else
			tp_print_port_stats(p);
	}
}

void
tp_print_port_stats(struct tp_port *p)
{
	struct rte_eth_stats s, d;
	struct mpdk_send_stats qs, sum;
	struct tp_counts c;
	uint64_t now = rte_get_timer_cycles(), dt;
	double secs;
	uint16_t q;
	unsigned int i;

	if (rte_eth_stats_get(p->port_id, &s) != 0)
		memset(&s, 0, sizeof(s));
	s.ipackets -= p->eth_base.ipackets;
	s.opackets -= p->eth_base.opackets;
	s.ibytes -= p->eth_base.ibytes;
	s.obytes -= p->eth_base.obytes;
	s.imissed -= p->eth_base.imissed;
	s.ierrors -= p->eth_base.ierrors;
	s.oerrors -= p->eth_base.oerrors;
	s.rx_nombuf -= p->eth_base.rx_nombuf;
	printf("\n  ######################## NIC statistics for port %-2u ########################\n",
	       p->port_id);
	printf("  RX-packets: %-10" PRIu64 " RX-missed: %-10" PRIu64
	       " RX-bytes:  %-" PRIu64 "\n", s.ipackets, s.imissed, s.ibytes);
	printf("  RX-errors: %-" PRIu64 "\n", s.ierrors);
	printf("  RX-nombuf:  %-10" PRIu64 "\n", s.rx_nombuf);
	printf("  TX-packets: %-10" PRIu64 " TX-errors: %-10" PRIu64
	       " TX-bytes:  %-" PRIu64 "\n", s.opackets, s.oerrors, s.obytes);

	tp_counts_get(p, &c);
	tp_counts_sub(&c, p->clear_base);
	printf("\n  mpdk testpmd binding: RX-indicated: %-10" PRIu64
	       " TX-sent: %-10" PRIu64 " TX-completed: %-10" PRIu64 "\n",
	       c.rx, c.tx_sent, c.completed);
	printf("  mpdk testpmd binding: TX-refused: %-10" PRIu64
	       " TX-outstanding: %-" PRIu64 "\n", c.tx_refused,
	       c.tx_sent - c.completed);
	memset(&sum, 0, sizeof(sum));
	for (q = 0; q < p->nq; q++) {
		if (mpdk_adapter_queue_stats(p->adapter, q, &qs) != MPDK_STATUS_SUCCESS)
			continue;
		sum.sent += qs.sent;
		sum.completed += qs.completed;
		sum.outstanding += qs.outstanding;
		sum.rejected += qs.rejected;
		for (i = 0; i < MPDK_STATUS__COUNT; i++)
			sum.by_status[i] += qs.by_status[i];
	}
	printf("  mpdk adapter (all bindings, since start): NBLs sent: %" PRIu64
	       "  completed: %" PRIu64 "  outstanding: %" PRIu64
	       "  rejected: %" PRIu64 "\n", sum.sent, sum.completed,
	       sum.outstanding, sum.rejected);

	d = s;
	dt = p->eth_last_tsc != 0 ? now - p->eth_last_tsc : 0;
	secs = dt != 0 ? (double)dt / (double)rte_get_timer_hz() : 0;
	d.ipackets -= p->eth_last.ipackets;
	d.opackets -= p->eth_last.opackets;
	d.ibytes -= p->eth_last.ibytes;
	d.obytes -= p->eth_last.obytes;
	p->eth_last = s;
	p->eth_last_tsc = now;
	printf("\n  Throughput (since last show)\n");
	printf("  Rx-pps: %12.0f          Rx-bps: %12.0f\n",
	       secs > 0 ? (double)d.ipackets / secs : 0,
	       secs > 0 ? (double)d.ibytes * 8 / secs : 0);
	printf("  Tx-pps: %12.0f          Tx-bps: %12.0f\n",
	       secs > 0 ? (double)d.opackets / secs : 0,
	       secs > 0 ? (double)d.obytes * 8 / secs : 0);
	printf("  ############################################################################\n");
}

static void
cmd_clear_port_stats(int argc __rte_unused, char **argv)
{
	struct tp_port *sel, *p;
	unsigned int i;

	if (tp_parse_port(argv[3], true, &sel) != 0)
		return;
	TP_FOREACH_PORT(p, i) {
		if (sel != NULL && p != sel)
			continue;
		tp_port_clear(p);
		printf("\n  NIC statistics for port %u cleared\n", p->port_id);
	}
}

static void
port_start(struct tp_port *p)
{
	enum mpdk_adapter_state st = mpdk_adapter_get_state(p->adapter);

	if (st == MPDK_ADAPTER_RUNNING) {
		if (!p->stopped)
			printf("Port %u is already started\n", p->port_id);
		p->stopped = false;
		return;
	}
	if (st != MPDK_ADAPTER_PAUSED) {
		tp_err("Port %u is %s: cannot start it now", p->port_id,
		       tp_state_str(st));
		return;
	}
	printf("Starting port %u...\n", p->port_id);
	if (tp_port_op(p, TP_OP_RESTART, false) == 0) {
		p->stopped = false;
		printf("Port %u: started\n", p->port_id);
	}
}

static void
port_stop(struct tp_port *p)
{
	enum mpdk_adapter_state st = mpdk_adapter_get_state(p->adapter);

	if (p->stopped) {
		printf("Port %u is already stopped\n", p->port_id);
		return;
	}
	if (st == MPDK_ADAPTER_PAUSED) {
		p->stopped = true;
		printf("Port %u: stopped (it was paused)\n", p->port_id);
		return;
	}
	if (st != MPDK_ADAPTER_RUNNING) {
		tp_err("Port %u is %s: cannot stop it now", p->port_id,
		       tp_state_str(st));
		return;
	}
	printf("Stopping port %u...\n", p->port_id);
	if (tp_port_op(p, TP_OP_PAUSE, false) == 0) {
		p->stopped = true;
		printf("Port %u: stopped\n", p->port_id);
	}
}

static void
cmd_port_start_stop(int argc __rte_unused, char **argv)
{
	bool start = strcmp(argv[1], "start") == 0;
	struct tp_port *sel, *p;
	unsigned int i;

	if (tp_parse_port(argv[2], true, &sel) != 0)
		return;
	if (!start && tp_fwd_state() != TP_FWD_STOPPED) {
		tp_err("Please stop forwarding first");
		return;
	}
	TP_FOREACH_PORT(p, i) {
		if (sel != NULL && p != sel)
			continue;
		if (start)
			port_start(p);
		else
			port_stop(p);
	}
}

static void
cmd_port_reset(int argc, char **argv)
{
	struct tp_port *p;

	if (tp_parse_port(argv[2], false, &p) != 0)
		return;
	if (tp_port_ready(p, "not reset") != 0)
		return;
	printf("Resetting port %u...\n", p->port_id);
	tp_port_op(p, TP_OP_RESET, argc == 4);
}

/* ------------------------------------------------------ forwarding stats */

void
tp_print_fwd_stats(void)
{
	struct tp_fwd_stats st, tot;
	struct tp_counts c;
	struct tp_port *p;
	unsigned int i, k;

	memset(&tot, 0, sizeof(tot));
	TP_FOREACH_PORT(p, i) {
		tp_fwd_port_stats(p, &st);
		printf("\n  ---------------------- Forward statistics for port %-2u ----------------------\n",
		       p->port_id);
		printf("  RX-packets: %-14" PRIu64 " RX-dropped: %-14" PRIu64
		       " RX-total: %-" PRIu64 "\n", st.rx - st.rx_dropped,
		       st.rx_dropped, st.rx);
		printf("  TX-packets: %-14" PRIu64 " TX-dropped: %-14" PRIu64
		       " TX-total: %-" PRIu64 "\n", st.tx, st.tx_dropped,
		       st.tx + st.tx_dropped);
		printf("  TX-copied: %-15" PRIu64 " TX-outstanding: %-" PRIu64 "\n",
		       st.copied, st.outstanding);
		tp_counts_get(p, &c);
		tp_counts_sub(&c, p->fwd_base);
		if (c.completed != 0) {
			printf("  TX-completed per status (testpmd binding):");
			for (k = 0; k < MPDK_STATUS__COUNT; k++)
				if (c.by_status[k] != 0)
					printf(" %s %" PRIu64, mpdk_status_str(k),
					       c.by_status[k]);
			printf("\n");
		}
		printf("  ----------------------------------------------------------------------------\n");
		tot.rx += st.rx;
		tot.rx_dropped += st.rx_dropped;
		tot.tx += st.tx;
		tot.tx_dropped += st.tx_dropped;
	}
	printf("\n  +++++++++++++++ Accumulated forward statistics for all ports+++++++++++++++\n");
	printf("  RX-packets: %-14" PRIu64 " RX-dropped: %-14" PRIu64
	       " RX-total: %-" PRIu64 "\n", tot.rx - tot.rx_dropped,
	       tot.rx_dropped, tot.rx);
	printf("  TX-packets: %-14" PRIu64 " TX-dropped: %-14" PRIu64
	       " TX-total: %-" PRIu64 "\n", tot.tx, tot.tx_dropped,
	       tot.tx + tot.tx_dropped);
	printf("  ++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++\n");
}

/* --stats-period: rates since the last period, testpmd's layout. */
void
tp_print_period_stats(bool print)
{
	static struct {
		uint64_t tsc, ipackets, opackets, completed;
	} last[TP_MAX_PORTS];
	uint64_t now = rte_get_timer_cycles();
	struct rte_eth_stats s;
	struct tp_counts c;
	struct tp_port *p;
	unsigned int i, k;
	double secs;

	if (print)
		printf("\nPort statistics ====================================\n");
	TP_FOREACH_PORT(p, i) {
		if (rte_eth_stats_get(p->port_id, &s) != 0)
			memset(&s, 0, sizeof(s));
		tp_counts_get(p, &c);
		if (!print)
			goto baseline;
		secs = last[p->port_id].tsc != 0 ?
			(double)(now - last[p->port_id].tsc) /
			(double)rte_get_timer_hz() : 0;
		printf("  Port %u: RX %8.3f Mpps  TX %8.3f Mpps  completions %8.3f M/s\n",
		       p->port_id,
		       secs > 0 ? (double)(s.ipackets - last[p->port_id].ipackets) /
		       secs / 1e6 : 0,
		       secs > 0 ? (double)(s.opackets - last[p->port_id].opackets) /
		       secs / 1e6 : 0,
		       secs > 0 ? (double)(c.completed - last[p->port_id].completed) /
		       secs / 1e6 : 0);
		printf("          completed %" PRIu64 " (", c.completed);
		for (k = 0; k < MPDK_STATUS__COUNT; k++)
			if (c.by_status[k] != 0)
				printf("%s%s %" PRIu64, k == 0 ? "" : " ",
				       mpdk_status_str(k), c.by_status[k]);
		printf(")  outstanding %" PRIu64 "  latency p50 %.2f us p99 %.2f us\n",
		       c.tx_sent - c.completed,
		       tp_cycles_to_us(tp_lat_percentile(c.lat, 50)),
		       tp_cycles_to_us(tp_lat_percentile(c.lat, 99)));
baseline:
		last[p->port_id].tsc = now;
		last[p->port_id].ipackets = s.ipackets;
		last[p->port_id].opackets = s.opackets;
		last[p->port_id].completed = c.completed;
	}
	if (print)
		printf("====================================================\n");
}

static const struct tp_cmd port_cmds[] = {
	{ "show port info|stats <port|all>",
	  "Show port information, or its NIC and mpdk counters.", cmd_show_port },
	{ "clear port stats <port|all>", "Clear the port counters.",
	  cmd_clear_port_stats },
	{ "port start|stop <port|all>",
	  "Restart / pause the adapter; a stopped port does not forward.",
	  cmd_port_start_stop },
	{ "port reset <port>", "Reset the adapter (NdisReset) and wait for it.",
	  cmd_port_reset },
	{ "port reset <port> nowait",
	  "Reset the adapter; its end is reported when it comes.",
	  cmd_port_reset },
};

static struct tp_cmd_group port_group = {
	.name = "port",
	.title = "Port commands",
	.order = 10,
	.cmds = port_cmds,
	.n_cmds = RTE_DIM(port_cmds),
};

TP_CLI_REGISTER(port_group)
