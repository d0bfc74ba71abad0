/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * fwd test: the l2fwd sample protocol between two ports against
 * testpmd-style raw io forwarding (rte_eth_rx_burst on one port,
 * rte_eth_tx_burst on the other), same ports and burst, rounds
 * interleaved.
 *
 * net_null pair: both directions; each port makes up frames on receive
 * and frees what it sends.
 * net_ring pair: one direction, A to B.  A closed ring loop cannot be
 * used: a frame would come back to A while its send on B is outstanding
 * (the mbuf is "held by the consumer" and then received again).  So the
 * loop itself feeds A's RX ring with fresh mbufs and drains B's TX ring,
 * freeing what arrives: the same generator and sink work in the raw and
 * the mpdk rounds.
 */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_eth_ring.h>
#include <rte_ethdev.h>
#include <rte_mbuf.h>
#include <rte_ring.h>

#include "bench.h"
#include "mpdk_l2fwd.h"

#define FWD_RING_SIZE 1024

static struct {
	bool ring;
	uint16_t port[2];
	const char *pmd;
	struct rte_ring *rx_a;       /* ring mode: A's RX (we feed it) */
	struct rte_ring *tx_b;       /* ring mode: B's TX (we drain it) */
	struct rte_ring *spare[2];   /* the other two rings of the pair */
	struct rte_mempool *gen_mp;  /* ring mode: frames we feed */
	struct mpdk_adapter *adapter[2];
	struct mpdk_poller *poller;
	struct mpdk_l2fwd *fwd;
	uint64_t fed;
	uint64_t drained;
} fw;

static int
make_ring_pair(void)
{
	struct rte_ring *r[4];
	unsigned int i;
	int a, b;
	char name[RTE_RING_NAMESIZE];

	for (i = 0; i < 4; i++) {
		snprintf(name, sizeof(name), "bench_fwd_r%u", i);
		r[i] = rte_ring_create(name, FWD_RING_SIZE, SOCKET_ID_ANY,
				       RING_F_SP_ENQ | RING_F_SC_DEQ);
		if (r[i] == NULL)
			return -1;
	}
	/* A: rx r0, tx r1 (unused); B: rx r2 (unused), tx r3. */
	fw.rx_a = r[0];
	fw.spare[0] = r[1];
	fw.spare[1] = r[2];
	fw.tx_b = r[3];
	a = rte_eth_from_rings("fwd_a", &r[0], 1, &r[1], 1, SOCKET_ID_ANY);
	b = rte_eth_from_rings("fwd_b", &r[2], 1, &r[3], 1, SOCKET_ID_ANY);
	if (a < 0 || b < 0)
		return -1;
	fw.port[0] = (uint16_t)a;
	fw.port[1] = (uint16_t)b;
	fw.gen_mp = rte_pktmbuf_pool_create("bench_fwd_gen", BENCH_MBUFS,
					    BENCH_MBUF_CACHE, 0,
					    RTE_MBUF_DEFAULT_BUF_SIZE,
					    SOCKET_ID_ANY);
	return fw.gen_mp != NULL ? 0 : -1;
}

int
bench_fwd_init(const struct bench_opts *o)
{
	struct mpdk_adapter_config cfg = { .n_queues = 1, .socket_id = SOCKET_ID_ANY };
	static struct rte_eth_dev_info info;
	char params[64];
	unsigned int i;

	memset(&fw, 0, sizeof(fw));
	fw.ring = o->fwd_pmd != NULL && strcmp(o->fwd_pmd, "ring") == 0;
	if (fw.ring) {
		if (make_ring_pair() != 0) {
			fprintf(stderr, "fwd: cannot make the net_ring pair\n");
			return -1;
		}
	} else {
		char args[32];

		snprintf(args, sizeof(args), "size=%u", o->size);
		if (bench_port("net_null_fwd_a", args, &fw.port[0]) != 0 ||
		    bench_port("net_null_fwd_b", args, &fw.port[1]) != 0)
			return -1;
	}
	if (rte_eth_dev_info_get(fw.port[0], &info) != 0)
		return -1;
	fw.pmd = info.driver_name;
	if (mpdk_poller_create("bench-fwd", o->burst, &fw.poller) !=
	    MPDK_STATUS_SUCCESS)
		return -1;
	for (i = 0; i < 2; i++) {
		snprintf(params, sizeof(params), "port=%u", fw.port[i]);
		cfg.params = params;
		if (mpdk_adapter_create("ethdev", &cfg, &fw.adapter[i]) !=
		    MPDK_STATUS_SUCCESS ||
		    mpdk_poller_add_queue(fw.poller, fw.adapter[i], 0) !=
		    MPDK_STATUS_SUCCESS)
			return -1;
	}
	if (mpdk_l2fwd_create(fw.adapter[0], fw.adapter[1], &fw.fwd) !=
	    MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "fwd: cannot start l2fwd\n");
		return -1;
	}
	return 0;
}

/* Ring mode: what the far ends of the wire do, in both loops alike:
 * feed @p feed fresh frames to A, free what B sent. */
static inline void
ring_feed_and_drain(unsigned int feed, uint16_t size)
{
	struct rte_mbuf *m[BENCH_MAX_BURST];
	unsigned int n, i, burst = feed;

	if (feed != 0 && rte_pktmbuf_alloc_bulk(fw.gen_mp, m, burst) == 0) {
		for (i = 0; i < burst; i++) {
			m[i]->data_len = size;
			m[i]->pkt_len = size;
		}
		n = rte_ring_sp_enqueue_burst(fw.rx_a, (void **)m, burst, NULL);
		if (n < burst)
			rte_pktmbuf_free_bulk(m + n, burst - n);
		fw.fed += n;
	}
	n = rte_ring_sc_dequeue_burst(fw.tx_b, (void **)m, BENCH_MAX_BURST, NULL);
	if (n != 0)
		rte_pktmbuf_free_bulk(m, n);
	fw.drained += n;
}

static inline unsigned int
raw_fwd_one(uint16_t from, uint16_t to, unsigned int burst)
{
	struct rte_mbuf *m[BENCH_MAX_BURST];
	uint16_t n, sent;

	n = rte_eth_rx_burst(from, 0, m, (uint16_t)burst);
	if (n == 0)
		return 0;
	sent = rte_eth_tx_burst(to, 0, m, n);
	if (sent < n)
		rte_pktmbuf_free_bulk(m + sent, n - sent);
	return sent;
}

static __rte_noinline void
raw_fwd_round(const struct bench_opts *o, struct bench_run *run)
{
	uint64_t start = rte_rdtsc();
	uint64_t end = start + (uint64_t)(o->duration * rte_get_tsc_hz());
	uint64_t total = 0, now;

	do {
		if (fw.ring)
			ring_feed_and_drain(o->burst, (uint16_t)o->size);
		total += raw_fwd_one(fw.port[0], fw.port[1], o->burst);
		if (!fw.ring)
			total += raw_fwd_one(fw.port[1], fw.port[0], o->burst);
		now = rte_rdtsc();
	} while (now < end);
	run->pkts = total;
	run->tsc = now - start;
}

static uint64_t
forwarded(void)
{
	struct mpdk_l2fwd_stats st;

	mpdk_l2fwd_stats_get(fw.fwd, &st);
	return st.dir[0].forwarded + st.dir[1].forwarded;
}

static __rte_noinline void
mpdk_fwd_round(const struct bench_opts *o, struct bench_run *run)
{
	uint64_t f0 = forwarded();
	uint64_t start = rte_rdtsc();
	uint64_t end = start + (uint64_t)(o->duration * rte_get_tsc_hz());
	uint64_t now;

	do {
		if (fw.ring)
			ring_feed_and_drain(o->burst, (uint16_t)o->size);
		mpdk_poller_poll(fw.poller);
		now = rte_rdtsc();
	} while (now < end);
	run->pkts = forwarded() - f0;
	run->tsc = now - start;
}

static void
paused_cb(struct mpdk_adapter *a __rte_unused, mpdk_status_t st __rte_unused,
	  void *arg)
{
	(*(unsigned int *)arg)++;
}

int
bench_fwd(const struct bench_opts *o, struct bench_result *res)
{
	unsigned int n_paused = 0;
	double raw_mpps[BENCH_MAX_ROUNDS], mpdk_mpps[BENCH_MAX_ROUNDS];
	double raw_cpp[BENCH_MAX_ROUNDS], mpdk_cpp[BENCH_MAX_ROUNDS];
	struct mpdk_l2fwd_stats st;
	uint64_t f0 = forwarded(), lost;
	unsigned int r, i;

	for (r = 0; r < o->rounds; r++) {
		struct bench_run run;

		bench_progress_round(o, "fwd", fw.ring ? "ring" : "null", r, "raw",
				     raw_mpps, mpdk_mpps);
		raw_fwd_round(o, &run);
		raw_mpps[r] = bench_mpps(&run);
		raw_cpp[r] = bench_cpp(&run);
		bench_progress_round(o, "fwd", fw.ring ? "ring" : "null", r, "mpdk",
				     raw_mpps, mpdk_mpps);
		mpdk_fwd_round(o, &run);
		mpdk_mpps[r] = bench_mpps(&run);
		mpdk_cpp[r] = bench_cpp(&run);
	}
	/* Pause both adapters: no more frames come in, and the pause
	 * completes once every send completed and every frame went back;
	 * only then do the counts have to add up. */
	for (i = 0; i < 2; i++)
		if (mpdk_adapter_pause(fw.adapter[i], paused_cb, &n_paused) !=
		    MPDK_STATUS_PENDING)
			return -1;
	for (i = 0; n_paused < 2 && i < 10000000; i++) {
		if (fw.ring)
			ring_feed_and_drain(0, 0);
		mpdk_poller_poll(fw.poller);
	}
	if (n_paused < 2) {
		fprintf(stderr, "fwd: the adapters did not pause\n");
		return -1;
	}
	mpdk_l2fwd_stats_get(fw.fwd, &st);
	res->test = "fwd";
	res->mode = fw.ring ? "ring" : "null";
	res->pmd = fw.pmd;
	res->burst = o->burst;
	res->size = o->size;
	res->baseline = "raw";
	res->raw_mpps = bench_median(raw_mpps, o->rounds);
	res->mpdk_mpps = bench_median(mpdk_mpps, o->rounds);
	res->raw_cpp = bench_median(raw_cpp, o->rounds);
	res->mpdk_cpp = bench_median(mpdk_cpp, o->rounds);
	res->completed = forwarded() - f0;
	res->sent = res->completed;
	res->by_status[MPDK_STATUS_SUCCESS] = res->completed;
	lost = st.dir[0].tx_failed + st.dir[1].tx_failed +
	       st.dir[0].dropped + st.dir[1].dropped;
	res->by_status[MPDK_STATUS_FAILURE] = lost;
	res->outstanding = st.dir[0].rx + st.dir[1].rx -
			   (st.dir[0].forwarded + st.dir[1].forwarded + lost);
	res->exact_once = res->outstanding == 0 && lost == 0 &&
			  mpdk_debug_violations() == 0;
	return 0;
}

void
bench_fwd_fini(void)
{
	unsigned int i;

	if (fw.fwd != NULL && mpdk_l2fwd_stop(fw.fwd) == MPDK_STATUS_PENDING) {
		for (i = 0; i < 1000000 && !mpdk_l2fwd_closed(fw.fwd); i++) {
			if (fw.ring)
				ring_feed_and_drain(0, 0);
			mpdk_poller_poll(fw.poller);
		}
	}
	if (fw.fwd != NULL)
		mpdk_l2fwd_free(fw.fwd);
	if (fw.poller != NULL) {
		for (i = 0; i < 2; i++)
			if (fw.adapter[i] != NULL)
				mpdk_poller_remove_queue(fw.poller, fw.adapter[i],
							 MPDK_ALL_QUEUES);
		mpdk_poller_destroy(fw.poller);
	}
	for (i = 0; i < 2; i++)
		if (fw.adapter[i] != NULL)
			mpdk_adapter_destroy(fw.adapter[i]);
	if (fw.ring) {
		struct rte_mbuf *m;

		while (rte_ring_dequeue(fw.tx_b, (void **)&m) == 0)
			rte_pktmbuf_free(m);
		while (rte_ring_dequeue(fw.rx_a, (void **)&m) == 0)
			rte_pktmbuf_free(m);
		rte_ring_free(fw.rx_a);
		rte_ring_free(fw.tx_b);
		rte_ring_free(fw.spare[0]);
		rte_ring_free(fw.spare[1]);
		rte_mempool_free(fw.gen_mp);
	}
	memset(&fw, 0, sizeof(fw));
}
