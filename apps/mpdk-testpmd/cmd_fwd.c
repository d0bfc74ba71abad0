/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding commands, testpmd's:
 *
 *   set fwd io|mac|txonly|rxonly|l2fwd|responder
 *   set burst <N>        NBLs per mpdk_send_nbls() call (and tx_first)
 *   set txpkts <LEN>     length of generated frames (txonly, tx_first)
 *   start, start tx_first, stop
 *   show config fwd
 */

#include <stdio.h>
#include <string.h>

#include "testpmd.h"

static void
cmd_set_fwd(int argc __rte_unused, char **argv)
{
	const struct tp_engine *eng = tp_engine_find(argv[2]);

	if (eng == NULL) {
		tp_err("Bad forwarding mode '%s': io, mac, txonly, rxonly, l2fwd or responder",
		       argv[2]);
		return;
	}
	if (tp_fwd_state() != TP_FWD_STOPPED) {
		tp_err("Please stop forwarding first");
		return;
	}
	tp_engine = eng;
	printf("Set %s packet forwarding mode\n", eng->name);
}

static void
cmd_set_burst(int argc __rte_unused, char **argv)
{
	uint64_t v;

	if (tp_parse_u64("burst", argv[2], 1, TP_MAX_BURST, &v) != 0)
		return;
	__atomic_store_n(&tp_cfg.burst, (unsigned int)v, __ATOMIC_RELAXED);
	printf("Number of packets per burst set to %u\n", tp_cfg.burst);
}

static void
cmd_set_txpkts(int argc __rte_unused, char **argv)
{
	uint64_t v;

	if (strchr(argv[2], ',') != NULL) {
		tp_err("Bad txpkts '%s': one frame length (segments follow the mbuf size)",
		       argv[2]);
		return;
	}
	if (tp_parse_u64("txpkts", argv[2], TP_MIN_PKT_LEN, TP_MAX_PKT_LEN,
			 &v) != 0)
		return;
	if (tp_fwd_state() != TP_FWD_STOPPED) {
		tp_err("Please stop forwarding first");
		return;
	}
	tp_cfg.txpkts = (unsigned int)v;
	printf("Generated frames are %u bytes long\n", tp_cfg.txpkts);
}

static void
cmd_start(int argc, char **argv __rte_unused)
{
	tp_fwd_start(argc == 2);
}

static void
cmd_stop(int argc __rte_unused, char **argv __rte_unused)
{
	tp_fwd_stop();
}

static void
cmd_show_config_fwd(int argc __rte_unused, char **argv __rte_unused)
{
	struct tp_port *p;
	unsigned int i;
	char buf[160];

	printf("%s packet forwarding (%s), %s\n", tp_engine->name, tp_engine->desc,
	       tp_fwd_state() == TP_FWD_RUNNING ? "running" : "stopped");
	printf("  packets/burst=%u  packet len=%u  ports=%u  queues per port=%u\n",
	       tp_cfg.burst, tp_cfg.txpkts, tp_nb_ports, tp_cfg.nb_queues);
	for (i = 0; i < tp_nb_pollers(); i++)
		printf("  %s\n", tp_poller_desc(i, buf, sizeof(buf)));
	TP_FOREACH_PORT(p, i)
		printf("  port %u (%s): partner %u%s\n", p->port_id, p->dev_name,
		       p->peer, p->stopped ? ", stopped" : "");
}

static const struct tp_cmd fwd_cmds[] = {
	{ "set fwd <mode>",
	  "Forwarding engine: io, mac, txonly, rxonly, l2fwd, responder.",
	  cmd_set_fwd },
	{ "set burst <N>", "NBLs per send, 1..512.", cmd_set_burst },
	{ "set txpkts <LEN>", "Length of generated frames, 14..16128.",
	  cmd_set_txpkts },
	{ "start", "Start forwarding.", cmd_start },
	{ "start tx_first", "Send a burst on each port, then start forwarding.",
	  cmd_start },
	{ "stop", "Stop forwarding and show the forward statistics.", cmd_stop },
	{ "show config fwd", "Show the forwarding configuration and pollers.",
	  cmd_show_config_fwd },
};

static struct tp_cmd_group fwd_group = {
	.name = "fwd",
	.title = "Forwarding commands",
	.order = 20,
	.cmds = fwd_cmds,
	.n_cmds = RTE_DIM(fwd_cmds),
};

TP_CLI_REGISTER(fwd_group)
