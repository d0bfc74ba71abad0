/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * mpdk-testpmd: EAL start-up, options, one "ethdev" adapter per DPDK
 * port, the pollers, the command sources and the orderly shutdown.
 *
 *   mpdk-testpmd [EAL options] -- [-i] [--cmdline-file=FILE] [--auto-start]
 *                [--tx-first] [--forward-mode=MODE] [--burst=N]
 *                [--txpkts=LEN] [--nb-cores=N] [--stats-period=SECONDS]
 *                [--rxq=N] [--txq=N] [--rxd=N] [--txd=N]
 *                [--adapter-params=KEY=VALUE,...] [--help]
 *
 * Pollers: with --nb-cores=N the adapters' queues are spread over N
 * pollers launched on worker lcores (mpdk_poller_launch) for the whole
 * session.  Without it one poller owns every queue and the main lcore runs
 * it (run to completion): while the prompt waits for a key, during 'sleep',
 * and while a command waits for a completion (tp_wait), so a reset, a
 * pause or an OID request that pends always completes.
 */

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_pause.h>

#include "mpdk_l2fwd.h"
#include "mpdk_responder.h"
#include "testpmd.h"

struct tp_config tp_cfg = {
	.fwd_mode = "io",
	.burst = TP_DEFAULT_BURST,
	.txpkts = TP_DEFAULT_PKT_LEN,
	.nb_queues = 1,
};
struct tp_port tp_ports[TP_MAX_PORTS];
uint16_t tp_port_list[TP_MAX_PORTS];
unsigned int tp_nb_ports;
struct mpdk_nbl_pool *tp_nbl_pool;
struct rte_mempool *tp_mbuf_pool;
struct rte_mempool *tp_nb_pool;
volatile int tp_force_quit;
pthread_mutex_t tp_lock = PTHREAD_MUTEX_INITIALIZER;
uint64_t tp_start_tsc;

/* Pollers: [0] alone in run-to-completion mode. */
static struct {
	unsigned int n;
	struct mpdk_poller *p[RTE_MAX_LCORE];
	unsigned int lcore[RTE_MAX_LCORE];   /* worker lcore, or the main one */
	bool launched[RTE_MAX_LCORE];
} pollers;

static uint64_t next_kick_tsc;
static uint64_t next_stats_tsc;

static void
usage(const char *prog)
{
	printf("Usage: %s [EAL options] -- [mpdk-testpmd options]\n\n"
	       "  -i, --interactive       run an interactive prompt\n"
	       "  --cmdline-file=FILE     run the commands in FILE, then exit unless -i\n"
	       "  --auto-start            start forwarding at start-up\n"
	       "  --tx-first              start forwarding with a burst sent first\n"
	       "  --forward-mode=MODE     io|mac|txonly|rxonly|l2fwd|responder (default io)\n"
	       "  --burst=N               NBLs per send, 1..%d (default %d)\n"
	       "  --txpkts=LEN            generated frame length, %d..%d (default %d)\n"
	       "  --nb-cores=N            pollers on N worker lcores (default: none, the\n"
	       "                          main lcore polls: run to completion)\n"
	       "  --stats-period=SECONDS  print per-port rates every SECONDS\n"
	       "  --rxq=N, --txq=N        queues per adapter (mpdk adapters have as many\n"
	       "                          RX as TX queues: the larger is used), 1..%d\n"
	       "  --rxd=N, --txd=N        descriptors per queue\n"
	       "  --adapter-params=KV     more ethdev miniport parameters for every\n"
	       "                          adapter, e.g. backlog=512,inflight=4096\n"
	       "  --help                  this message\n\n"
	       "Without -i and --cmdline-file, commands are read from stdin when it is\n"
	       "not a terminal; on a terminal forwarding starts and Enter quits.\n"
	       "Exit status: 1 when a command of a file or of stdin failed.\n\n"
	       "Example: %s --no-huge -m 512 --no-pci --no-shconf -l 0-1 \\\n"
	       "    --vdev=net_null0 --vdev=net_null1 -- -i\n",
	       prog, TP_MAX_BURST, TP_DEFAULT_BURST, TP_MIN_PKT_LEN,
	       TP_MAX_PKT_LEN, TP_DEFAULT_PKT_LEN, MPDK_MAX_QUEUES, prog);
}

static int
opt_uint(const char *name, const char *arg, unsigned long lo, unsigned long hi,
	 unsigned int *out)
{
	unsigned long v;
	char *end;

	errno = 0;
	v = strtoul(arg, &end, 0);
	if (errno != 0 || end == arg || *end != '\0' || arg[0] == '-' ||
	    v < lo || v > hi) {
		fprintf(stderr, "bad --%s '%s': expected %lu..%lu\n", name, arg,
			lo, hi);
		return -1;
	}
	*out = (unsigned int)v;
	return 0;
}

enum {
	OPT_CMDLINE_FILE = 256, OPT_AUTO_START, OPT_TX_FIRST, OPT_FWD_MODE,
	OPT_BURST, OPT_TXPKTS, OPT_NB_CORES, OPT_STATS_PERIOD, OPT_RXQ,
	OPT_TXQ, OPT_RXD, OPT_TXD, OPT_ADAPTER_PARAMS, OPT_HELP,
};

/* 0, 1 (--help: exit 0) or -1 (bad option: exit 2). */
static int
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "interactive", no_argument, NULL, 'i' },
		{ "cmdline-file", required_argument, NULL, OPT_CMDLINE_FILE },
		{ "auto-start", no_argument, NULL, OPT_AUTO_START },
		{ "tx-first", no_argument, NULL, OPT_TX_FIRST },
		{ "forward-mode", required_argument, NULL, OPT_FWD_MODE },
		{ "burst", required_argument, NULL, OPT_BURST },
		{ "txpkts", required_argument, NULL, OPT_TXPKTS },
		{ "nb-cores", required_argument, NULL, OPT_NB_CORES },
		{ "stats-period", required_argument, NULL, OPT_STATS_PERIOD },
		{ "rxq", required_argument, NULL, OPT_RXQ },
		{ "txq", required_argument, NULL, OPT_TXQ },
		{ "rxd", required_argument, NULL, OPT_RXD },
		{ "txd", required_argument, NULL, OPT_TXD },
		{ "adapter-params", required_argument, NULL, OPT_ADAPTER_PARAMS },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	unsigned int rxq = 1, txq = 1;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "ih", longopts, NULL)) != -1) {
		switch (c) {
		case 'i':
			tp_cfg.interactive = true;
			break;
		case OPT_CMDLINE_FILE:
			tp_cfg.cmdline_file = optarg;
			break;
		case OPT_AUTO_START:
			tp_cfg.auto_start = true;
			break;
		case OPT_TX_FIRST:
			tp_cfg.tx_first = true;
			break;
		case OPT_FWD_MODE:
			if (tp_engine_find(optarg) == NULL) {
				fprintf(stderr, "bad --forward-mode '%s': io, mac, txonly, rxonly, l2fwd or responder\n",
					optarg);
				return -1;
			}
			tp_cfg.fwd_mode = optarg;
			break;
		case OPT_BURST:
			if (opt_uint("burst", optarg, 1, TP_MAX_BURST, &tp_cfg.burst))
				return -1;
			break;
		case OPT_TXPKTS:
			if (opt_uint("txpkts", optarg, TP_MIN_PKT_LEN, TP_MAX_PKT_LEN,
				     &tp_cfg.txpkts))
				return -1;
			break;
		case OPT_NB_CORES:
			if (opt_uint("nb-cores", optarg, 0, RTE_MAX_LCORE,
				     &tp_cfg.nb_cores))
				return -1;
			break;
		case OPT_STATS_PERIOD:
			if (opt_uint("stats-period", optarg, 1, 86400,
				     &tp_cfg.stats_period))
				return -1;
			break;
		case OPT_RXQ:
			if (opt_uint("rxq", optarg, 1, MPDK_MAX_QUEUES, &rxq))
				return -1;
			break;
		case OPT_TXQ:
			if (opt_uint("txq", optarg, 1, MPDK_MAX_QUEUES, &txq))
				return -1;
			break;
		case OPT_RXD:
			if (opt_uint("rxd", optarg, 1, UINT16_MAX, &tp_cfg.rxd))
				return -1;
			break;
		case OPT_TXD:
			if (opt_uint("txd", optarg, 1, UINT16_MAX, &tp_cfg.txd))
				return -1;
			break;
		case OPT_ADAPTER_PARAMS:
			if (optarg[0] == '\0' || strlen(optarg) > 160 ||
			    strstr(optarg, "port=") != NULL ||
			    strstr(optarg, "dev=") != NULL) {
				fprintf(stderr, "bad --adapter-params '%s': key=value,... of the ethdev miniport (not port= or dev=)\n",
					optarg);
				return -1;
			}
			tp_cfg.adapter_params = optarg;
			break;
		case OPT_HELP:
		case 'h':
			usage(argv[0]);
			return 1;
		default:
			usage(argv[0]);
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "unexpected argument '%s' (options go after '--')\n",
			argv[optind]);
		return -1;
	}
	tp_cfg.nb_queues = RTE_MAX(rxq, txq);
	if (tp_cfg.nb_cores > rte_lcore_count() - 1) {
		fprintf(stderr, "bad --nb-cores=%u: EAL has %u worker lcore(s) (give more with -l)\n",
			tp_cfg.nb_cores, rte_lcore_count() - 1);
		return -1;
	}
	return 0;
}

static void
on_signal(int sig)
{
	(void)sig;
	tp_force_quit = 1;
}

const char *
tp_state_str(enum mpdk_adapter_state st)
{
	switch (st) {
	case MPDK_ADAPTER_RUNNING:
		return "running";
	case MPDK_ADAPTER_PAUSING:
		return "pausing";
	case MPDK_ADAPTER_PAUSED:
		return "paused";
	case MPDK_ADAPTER_RESTARTING:
		return "restarting";
	case MPDK_ADAPTER_RESETTING:
		return "resetting";
	default:
		return "not ready";
	}
}

struct tp_port *
tp_port_get(uint16_t port_id)
{
	if (port_id >= TP_MAX_PORTS || !tp_ports[port_id].used)
		return NULL;
	return &tp_ports[port_id];
}

int
tp_port_ready(struct tp_port *p, const char *what)
{
	enum mpdk_adapter_state st = mpdk_adapter_get_state(p->adapter);

	if (p->stopped) {
		tp_err("Port %u is stopped ('port start %u' first): %s",
		       p->port_id, p->port_id, what);
		return -1;
	}
	switch (st) {
	case MPDK_ADAPTER_RUNNING:
		return 0;
	case MPDK_ADAPTER_PAUSING:
	case MPDK_ADAPTER_PAUSED:
		tp_err("Port %u is %s ('port restart %u' first): %s", p->port_id,
		       tp_state_str(st), p->port_id, what);
		return -1;
	default:
		tp_err("Port %u is %s: %s", p->port_id, tp_state_str(st), what);
		return -1;
	}
}

/* ---------------------------------------------------------------- ports */

static int
ports_init(void)
{
	struct mpdk_adapter_config cfg = {
		.n_queues = (uint16_t)tp_cfg.nb_queues,
		.socket_id = SOCKET_ID_ANY,
	};
	char params[256], name[MPDK_NAME_LEN], mac[RTE_ETHER_ADDR_FMT_SIZE];
	struct rte_eth_dev_info info;
	struct rte_ether_addr ea;
	uint16_t pid;
	mpdk_status_t st;
	unsigned int i;

	RTE_ETH_FOREACH_DEV(pid) {
		struct tp_port *p = &tp_ports[pid];

		if (rte_eth_dev_info_get(pid, &info) != 0)
			continue;
		p->port_id = pid;
		rte_eth_dev_get_name_by_port(pid, p->dev_name);
		snprintf(params, sizeof(params), "port=%u", pid);
		if (tp_cfg.rxd != 0)
			snprintf(params + strlen(params), sizeof(params) - strlen(params),
				 ",rxd=%u", tp_cfg.rxd);
		if (tp_cfg.txd != 0)
			snprintf(params + strlen(params), sizeof(params) - strlen(params),
				 ",txd=%u", tp_cfg.txd);
		if (tp_cfg.adapter_params != NULL)
			snprintf(params + strlen(params), sizeof(params) - strlen(params),
				 ",%s", tp_cfg.adapter_params);
		snprintf(name, sizeof(name), "ethdev%u", pid);
		cfg.name = name;
		cfg.params = params;
		printf("Configuring Port %u (%s, %s): adapter %s, %u queue%s\n",
		       pid, p->dev_name, info.driver_name, name, cfg.n_queues,
		       cfg.n_queues > 1 ? "s" : "");
		st = mpdk_adapter_create("ethdev", &cfg, &p->adapter);
		if (st != MPDK_STATUS_SUCCESS) {
			fprintf(stderr, "Port %u: cannot create its adapter (%s): %s\n",
				pid, params, mpdk_status_str(st));
			return -1;
		}
		p->used = true;
		tp_port_list[tp_nb_ports++] = pid;
		p->nq = mpdk_adapter_queue_count(p->adapter);
		p->q = rte_zmalloc("tp_qstats", sizeof(*p->q) * p->nq,
				   RTE_CACHE_LINE_SIZE);
		p->clear_base = calloc(1, sizeof(*p->clear_base));
		p->fwd_base = calloc(1, sizeof(*p->fwd_base));
		if (p->q == NULL || p->clear_base == NULL || p->fwd_base == NULL) {
			fprintf(stderr, "Port %u: out of memory\n", pid);
			return -1;
		}
		rte_spinlock_init(&p->ev_lock);
		rte_eth_macaddr_get(pid, &ea);
		rte_ether_format_addr(mac, sizeof(mac), &ea);
		printf("Port %u: %s\n", pid, mac);
	}
	if (tp_nb_ports == 0) {
		fprintf(stderr, "No ethdev port: give some to EAL, e.g. --vdev=net_null0 --vdev=net_null1\n");
		return -1;
	}
	/* Pairs 0<->1, 2<->3, ...; an odd last port forwards to itself. */
	for (i = 0; i < tp_nb_ports; i++) {
		struct tp_port *p = &tp_ports[tp_port_list[i]];

		p->peer = i + 1 < tp_nb_ports || i % 2 == 1 ?
			tp_port_list[i ^ 1] : p->port_id;
	}
	return 0;
}

static int
pools_init(void)
{
	tp_nbl_pool = mpdk_nbl_pool_create("tp_nbl", TP_NBL_POOL, 0, SOCKET_ID_ANY);
	tp_mbuf_pool = rte_pktmbuf_pool_create("tp_mbuf", TP_MBUF_POOL, 256, 0,
					       RTE_MBUF_DEFAULT_BUF_SIZE,
					       SOCKET_ID_ANY);
	/* Frames it makes (txonly resends them as they are): an NB pool,
	 * whose NBs the miniport lends to the PMD.  Copies of received
	 * frames, one allocation each, come from the cached packet pool. */
	tp_nb_pool = mpdk_nb_pool_create("tp_nb", TP_MBUF_POOL, 0,
					 RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (tp_nbl_pool == NULL || tp_mbuf_pool == NULL || tp_nb_pool == NULL) {
		fprintf(stderr, "cannot create the NBL and mbuf pools: %s (more memory: -m)\n",
			rte_strerror(rte_errno));
		return -1;
	}
	return 0;
}

/* -------------------------------------------------------------- pollers */

bool
tp_rtc(void)
{
	return tp_cfg.nb_cores == 0;
}

unsigned int
tp_nb_pollers(void)
{
	return pollers.n;
}

const char *
tp_poller_desc(unsigned int i, char *buf, size_t len)
{
	struct mpdk_poller_stats st;

	if (i >= pollers.n)
		return NULL;
	mpdk_poller_stats_get(pollers.p[i], &st);
	snprintf(buf, len, "poller %u on lcore %u (%s): %" PRIu64 " steps, %"
		 PRIu64 " busy, %" PRIu64 " completions", i, pollers.lcore[i],
		 pollers.launched[i] ? "worker" : "main, run to completion",
		 st.steps, st.busy_steps, st.completions);
	return buf;
}

static int
pollers_init(void)
{
	unsigned int n = tp_rtc() ? 1 : tp_cfg.nb_cores, i, k, items = 0;
	unsigned int lcore = rte_get_main_lcore();
	char name[MPDK_NAME_LEN];
	struct tp_port *p;
	mpdk_status_t st;
	uint16_t q;

	TP_FOREACH_PORT(p, i)
		items += p->nq;
	if (n > items) {
		printf("--nb-cores=%u: only %u queue%s to poll, %u poller%s\n",
		       n, items, items > 1 ? "s" : "", items, items > 1 ? "s" : "");
		n = items;
	}
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "tp-poller%u", i);
		st = mpdk_poller_create(name, 0, &pollers.p[i]);
		if (st != MPDK_STATUS_SUCCESS) {
			fprintf(stderr, "poller %s: %s\n", name, mpdk_status_str(st));
			return -1;
		}
		pollers.n++;
		if (tp_rtc()) {
			pollers.lcore[i] = lcore;
		} else {
			lcore = rte_get_next_lcore(lcore, 1, 0);
			pollers.lcore[i] = lcore;
		}
	}
	/* Queue k of all queues goes to poller k % n; a worker sends on the
	 * first queue it owns of each adapter (else on the default one). */
	k = 0;
	TP_FOREACH_PORT(p, i) {
		bool mapped[RTE_MAX_LCORE] = { false };

		for (q = 0; q < p->nq; q++, k++) {
			unsigned int pi = k % n;

			st = mpdk_poller_add_queue(pollers.p[pi], p->adapter, q);
			if (st != MPDK_STATUS_SUCCESS) {
				fprintf(stderr, "Port %u queue %u: %s\n", p->port_id, q,
					mpdk_status_str(st));
				return -1;
			}
			if (!tp_rtc() && !mapped[pi]) {
				mapped[pi] = true;
				mpdk_adapter_set_lcore_queue(p->adapter,
							     pollers.lcore[pi], q);
			}
		}
	}
	if (tp_rtc()) {
		printf("Run to completion: the main lcore %u polls between commands\n",
		       lcore);
		return 0;
	}
	for (i = 0; i < n; i++) {
		st = mpdk_poller_launch(pollers.p[i], pollers.lcore[i]);
		if (st != MPDK_STATUS_SUCCESS) {
			fprintf(stderr, "poller %u on lcore %u: %s\n", i,
				pollers.lcore[i], mpdk_status_str(st));
			return -1;
		}
		pollers.launched[i] = true;
		printf("Poller %u runs on lcore %u\n", i, pollers.lcore[i]);
	}
	return 0;
}

static void
pollers_stop(void)
{
	unsigned int i;

	for (i = 0; i < pollers.n; i++) {
		if (pollers.launched[i])
			mpdk_poller_stop(pollers.p[i]);
		pollers.launched[i] = false;
	}
}

static void
pollers_fini(void)
{
	unsigned int i;

	pollers_stop();
	for (i = 0; i < pollers.n; i++)
		mpdk_poller_destroy(pollers.p[i]);
	pollers.n = 0;
}

/* Wait until every launched poller started two more steps: a handler that
 * was running when this was called has returned. */
void
tp_pollers_sync(void)
{
	struct mpdk_poller_stats st;
	uint64_t seen[RTE_MAX_LCORE], end;
	unsigned int i;
	bool all;

	for (i = 0; i < pollers.n; i++) {
		mpdk_poller_stats_get(pollers.p[i], &st);
		seen[i] = st.steps;
	}
	end = rte_get_timer_cycles() + rte_get_timer_hz() / 10;
	do {
		all = true;
		for (i = 0; i < pollers.n; i++) {
			if (!pollers.launched[i])
				continue;
			mpdk_poller_stats_get(pollers.p[i], &st);
			if (st.steps < seen[i] + 2)
				all = false;
		}
		if (!all)
			rte_pause();
	} while (!all && rte_get_timer_cycles() < end);
}

/* Let completions made outside the pollers (a cancel) reach their
 * protocols: a few poll steps. */
void
tp_settle(void)
{
	unsigned int i;

	for (i = 0; i < 4; i++) {
		if (tp_rtc())
			tp_poll_once();
		else
			tp_pollers_sync();
	}
}

unsigned int
tp_poll_once(void)
{
	if (!tp_rtc() || pollers.n == 0 || !pollers.p[0])
		return 0;
	return mpdk_poller_poll(pollers.p[0]);
}

/* ---------------------------------------------------------------- waits */

void
tp_periodic(void)
{
	uint64_t now = rte_get_timer_cycles(), hz = rte_get_timer_hz();

	if (now >= next_kick_tsc) {
		/* Run to completion: every time; workers: every ms. */
		next_kick_tsc = tp_rtc() ? 0 : now + hz / 1000;
		tp_fwd_kick();
	}
	if (tp_cfg.stats_period != 0 && now >= next_stats_tsc) {
		/* The first time only takes the baseline. */
		tp_print_period_stats(next_stats_tsc != 0);
		if (next_stats_tsc != 0)
			tp_cli_redisplay();
		next_stats_tsc = now + hz * tp_cfg.stats_period;
	}
	if (tp_async_print())
		tp_cli_redisplay();
}

bool
tp_wait(bool (*cond)(void *), void *arg, unsigned int timeout_ms)
{
	uint64_t end = rte_get_timer_cycles() +
		       rte_get_timer_hz() / 1000 * timeout_ms;

	for (;;) {
		if (cond(arg))
			return true;
		if (tp_force_quit || rte_get_timer_cycles() > end)
			return cond(arg);
		if (tp_rtc()) {
			tp_poll_once();
			tp_fwd_kick();
		} else {
			rte_delay_us_sleep(100);
		}
	}
}

void
tp_idle(unsigned int ms)
{
	uint64_t end = rte_get_timer_cycles() + rte_get_timer_hz() / 1000 * ms;

	while (!tp_force_quit && rte_get_timer_cycles() < end) {
		if (tp_rtc())
			tp_poll_once();
		else
			rte_delay_us_sleep(1000);
		tp_periodic();
	}
}

/* ------------------------------------------------------------- teardown */

static bool
ops_idle(void *arg __rte_unused)
{
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i) {
		enum mpdk_adapter_state st = mpdk_adapter_get_state(p->adapter);

		if (st == MPDK_ADAPTER_RESETTING || st == MPDK_ADAPTER_PAUSING ||
		    st == MPDK_ADAPTER_RESTARTING)
			return false;
	}
	return true;
}

static int
teardown(void)
{
	struct tp_port *p;
	unsigned int i, avail;
	mpdk_status_t st;
	int rc = 0;

	tp_telemetry_fini();
	if (tp_fwd_state() != TP_FWD_STOPPED && tp_fwd_stop() != 0)
		rc = -1;
	if (!tp_wait(ops_idle, NULL, TP_WAIT_MS)) {
		fprintf(stderr, "a reset, pause or restart did not finish\n");
		rc = -1;
	}
	tp_async_print();
	if (tp_proto_fini() != 0)
		rc = -1;
	pollers_fini();
	printf("\nStopping ports...\n");
	TP_FOREACH_PORT(p, i) {
		st = mpdk_adapter_destroy(p->adapter);
		if (st != MPDK_STATUS_SUCCESS) {
			fprintf(stderr, "Port %u: adapter not destroyed: %s\n",
				p->port_id, mpdk_status_str(st));
			rc = -1;
			continue;
		}
		printf("Port %u is closed\n", p->port_id);
		rte_free(p->q);
		free(p->clear_base);
		free(p->fwd_base);
		free(p->tmpl);
		p->adapter = NULL;
	}
	if (tp_nbl_pool != NULL) {
		avail = mpdk_nbl_pool_avail(tp_nbl_pool);
		if (avail != mpdk_nbl_pool_size(tp_nbl_pool)) {
			fprintf(stderr, "%u NBLs of the application never came back\n",
				mpdk_nbl_pool_size(tp_nbl_pool) - avail);
			rc = -1;
		} else {
			mpdk_nbl_pool_free(tp_nbl_pool);
			rte_mempool_free(tp_mbuf_pool);
			rte_mempool_free(tp_nb_pool);
		}
	}
	if (rc == 0)
		mpdk_fini();
	return rc;
}

int
main(int argc, char **argv)
{
	unsigned int failed = 0;
	int ret, rc = 0;
	struct sigaction sa;

	setvbuf(stdout, NULL, _IOLBF, 0);
	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "EAL initialisation failed: %s\n"
			"try: %s --no-huge -m 512 --no-pci --no-shconf -l 0-1 "
			"--vdev=net_null0 --vdev=net_null1 -- -i\n",
			rte_strerror(rte_errno), argv[0]);
		return 1;
	}
	/* EAL left the program name just before the application's options. */
	argc -= ret;
	argv += ret;
	ret = parse_args(argc, argv);
	if (ret != 0) {
		rte_eal_cleanup();
		return ret > 0 ? 0 : 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	tp_start_tsc = rte_rdtsc();

	if (mpdk_init() != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "mpdk_init failed\n");
		rte_eal_cleanup();
		return 1;
	}
	tp_engine = tp_engine_find(tp_cfg.fwd_mode);
	if (pools_init() != 0 || ports_init() != 0 || tp_proto_init() != 0 ||
	    pollers_init() != 0 || tp_cli_init() != 0) {
		teardown();
		rte_eal_cleanup();
		return 1;
	}
	if (tp_telemetry_init() != 0)
		printf("telemetry: /mpdk/ commands not registered (EAL --no-telemetry?)\n");

	if ((tp_cfg.auto_start || tp_cfg.tx_first) && tp_fwd_start(tp_cfg.tx_first) != 0)
		failed++;
	if (tp_cfg.cmdline_file != NULL) {
		printf("CLI commands to be read from %s\n", tp_cfg.cmdline_file);
		failed += tp_cli_run_file(tp_cfg.cmdline_file);
	}
	if (!tp_cli_quitting() && !tp_force_quit) {
		if (tp_cfg.interactive) {
			if (isatty(STDIN_FILENO))
				tp_cli_interact();
			else
				failed += tp_cli_run_stream(stdin);
		} else if (tp_cfg.cmdline_file == NULL) {
			if (!isatty(STDIN_FILENO)) {
				failed += tp_cli_run_stream(stdin);
			} else {
				/* testpmd's non-interactive mode. */
				if (tp_fwd_state() == TP_FWD_STOPPED &&
				    tp_fwd_start(false) != 0)
					failed++;
				tp_cli_wait_enter();
			}
		}
	}
	if (tp_force_quit)
		printf("\nSignal received, exiting\n");
	if (teardown() != 0)
		rc = 1;
	tp_cli_fini();
	rte_eal_cleanup();
	if (failed != 0) {
		fprintf(stderr, "mpdk-testpmd: %u command%s failed\n", failed,
			failed > 1 ? "s" : "");
		rc = 1;
	}
	printf("Bye...\n");
	return rc;
}
