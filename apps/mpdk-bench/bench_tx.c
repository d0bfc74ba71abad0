/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * tx test: a protocol sending NBLs through the generic miniport and
 * getting them back after the PMD released them, against the raw loop a
 * DPDK application would write (rte_pktmbuf_alloc_bulk + rte_eth_tx_burst),
 * same port, burst and frame size, rounds interleaved.
 */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_ring.h>

#include "bench.h"

struct txgen {
	struct mpdk_protocol_driver *proto;
	struct mpdk_binding *binding;
	/*
	 * NBLs ready to send.  Inline mode reuses them last-in first-out from
	 * a plain stack, as a zero-copy sender reusing hot buffers does (and
	 * as the mempool cache of the raw loop does); with a dedicated poller
	 * completions arrive on another lcore, through the ring.
	 */
	bool use_stack;
	unsigned int n_stack;
	struct mpdk_nbl *stack[BENCH_NBLS];
	struct rte_ring *free;
	uint64_t completed;             /* written by the completing thread */
	uint64_t by_status[MPDK_STATUS__COUNT];
};

static void
txgen_send_complete(void *ctx, struct mpdk_nbl *chain, uint32_t flags __rte_unused)
{
	struct txgen *t = ctx;
	void *objs[BENCH_MAX_BURST];
	struct mpdk_nbl *nbl, *next;
	unsigned int n = 0;
	uint64_t total = 0;

	if (t->use_stack) {
		unsigned int top = t->n_stack;

		MPDK_NBL_FOREACH(nbl, chain) {
			t->by_status[nbl->status]++;
			t->stack[top++] = nbl;
		}
		t->completed += top - t->n_stack;
		t->n_stack = top;
		return;
	}
	/* _SAFE: an NBL in the ring is the sender's, which relinks next. */
	MPDK_NBL_FOREACH_SAFE(nbl, chain, next) {
		t->by_status[nbl->status]++;
		total++;
		objs[n++] = nbl;
		if (n == RTE_DIM(objs)) {
			rte_ring_enqueue_bulk(t->free, objs, n, NULL);
			n = 0;
		}
	}
	if (n != 0)
		rte_ring_enqueue_bulk(t->free, objs, n, NULL);
	__atomic_store_n(&t->completed, t->completed + total, __ATOMIC_RELEASE);
}

static mpdk_status_t
txgen_bind(void *proto_ctx, struct mpdk_adapter *adapter, void *params __rte_unused)
{
	struct txgen *t = proto_ctx;

	return mpdk_open_adapter(t->proto, adapter, t, &t->binding);
}

static mpdk_status_t
txgen_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	     struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

/* A sender: whatever arrives goes straight back. */
static void
txgen_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	      uint32_t n __rte_unused, uint32_t flags)
{
	struct txgen *t = ctx;

	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls(t->binding, chain, 0);
}

static const struct mpdk_protocol_ops txgen_ops = {
	.name = "bench-txgen",
	.bind_adapter = txgen_bind,
	.unbind_adapter = txgen_unbind,
	.send_nbls_complete = txgen_send_complete,
	.receive_nbls = txgen_receive,
};

static __rte_noinline void
raw_round(uint16_t port, struct rte_mempool *mp, const struct bench_opts *o,
	  struct bench_run *run)
{
	struct rte_mbuf *pkts[BENCH_MAX_BURST];
	uint64_t start = rte_rdtsc();
	uint64_t end = start + (uint64_t)(o->duration * rte_get_tsc_hz());
	uint64_t sent_total = 0, now;
	unsigned int i, burst = o->burst;

	do {
		if (rte_pktmbuf_alloc_bulk(mp, pkts, burst) == 0) {
			uint16_t sent;

			for (i = 0; i < burst; i++) {
				pkts[i]->data_len = (uint16_t)o->size;
				pkts[i]->pkt_len = o->size;
			}
			sent = rte_eth_tx_burst(port, 0, pkts, (uint16_t)burst);
			if (sent < burst)
				rte_pktmbuf_free_bulk(pkts + sent, burst - sent);
			sent_total += sent;
		}
		now = rte_rdtsc();
	} while (now < end);
	run->pkts = sent_total;
	run->tsc = now - start;
}

/* Send one burst from the free ring; false if nothing was free. */
static inline bool
mpdk_send_burst(struct txgen *t, unsigned int burst, uint64_t *refused)
{
	struct mpdk_nbl *nbls[BENCH_MAX_BURST];
	unsigned int n, i;
	mpdk_status_t st;

	if (t->use_stack) {
		n = RTE_MIN(burst, t->n_stack);
		t->n_stack -= n;
		memcpy(nbls, &t->stack[t->n_stack], n * sizeof(nbls[0]));
	} else {
		n = rte_ring_sc_dequeue_burst(t->free, (void **)nbls, burst, NULL);
	}
	if (n == 0)
		return false;
	for (i = 0; i + 1 < n; i++)
		nbls[i]->next = nbls[i + 1];
	nbls[n - 1]->next = NULL;
	st = mpdk_send_nbls(t->binding, nbls[0], 0);
	if (unlikely(st != MPDK_STATUS_PENDING)) {
		*refused += n;
		if (t->use_stack) {
			memcpy(&t->stack[t->n_stack], nbls, n * sizeof(nbls[0]));
			t->n_stack += n;
		} else {
			rte_ring_enqueue_bulk(t->free, (void **)nbls, n, NULL);
		}
	}
	return true;
}

/* Not inlined, so profilers can single it out. */
static __rte_noinline void
mpdk_round(struct txgen *t, struct mpdk_poller *poller, bool inline_mode,
	   const struct bench_opts *o, struct bench_run *run, uint64_t *refused)
{
	uint64_t done0 = __atomic_load_n(&t->completed, __ATOMIC_ACQUIRE);
	uint64_t start = rte_rdtsc();
	uint64_t end = start + (uint64_t)(o->duration * rte_get_tsc_hz());
	uint64_t now;

	do {
		if (!mpdk_send_burst(t, o->burst, refused) && !inline_mode)
			rte_pause();
		if (inline_mode)
			mpdk_poller_poll(poller);
		now = rte_rdtsc();
	} while (now < end);
	run->pkts = __atomic_load_n(&t->completed, __ATOMIC_ACQUIRE) - done0;
	run->tsc = now - start;
}

/* State kept across modes: halting the adapter closes its port. */
static struct {
	uint16_t port;
	struct mpdk_protocol_driver *proto;
	struct mpdk_adapter *adapter;
	struct mpdk_poller *poller;
	struct mpdk_nbl_pool *nbl_pool;
	struct rte_mempool *mp;
	struct rte_mempool *raw_mp;
	const char *pmd;
	struct txgen t;
} tx;

int
bench_tx_init(const struct bench_opts *o)
{
	struct mpdk_adapter_config cfg = { .n_queues = 1, .socket_id = SOCKET_ID_ANY };
	uint8_t frame[RTE_MBUF_DEFAULT_DATAROOM];
	static struct rte_eth_dev_info info;
	char params[128];
	unsigned int i;

	if (bench_port(o->dev != NULL ? o->dev : BENCH_TX_DEV,
		       o->dev != NULL ? NULL : "no-rx=1", &tx.port) != 0)
		return -1;
	if (rte_eth_dev_info_get(tx.port, &info) != 0)
		return -1;
	tx.pmd = info.driver_name;
	snprintf(params, sizeof(params), "port=%u", tx.port);
	cfg.params = params;
	if (mpdk_adapter_create("ethdev", &cfg, &tx.adapter) != MPDK_STATUS_SUCCESS)
		return -1;

	tx.mp = bench_nb_pool(o, "bench_tx", BENCH_MBUFS);
	tx.raw_mp = rte_pktmbuf_pool_create("bench_raw", BENCH_MBUFS,
					    BENCH_MBUF_CACHE, 0,
					    RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	tx.nbl_pool = mpdk_nbl_pool_create("bench_nbl", BENCH_NBLS, 0, SOCKET_ID_ANY);
	tx.t.free = rte_ring_create("bench_free", BENCH_NBLS, SOCKET_ID_ANY,
				    RING_F_SP_ENQ | RING_F_SC_DEQ | RING_F_EXACT_SZ);
	if (tx.mp == NULL || tx.raw_mp == NULL || tx.nbl_pool == NULL ||
	    tx.t.free == NULL) {
		fprintf(stderr, "out of memory for pools\n");
		return -1;
	}
	bench_fill_frame(frame, o->size);
	for (i = 0; i < BENCH_NBLS; i++) {
		struct mpdk_nbl *nbl = mpdk_nbl_alloc(tx.nbl_pool);

		if (nbl == NULL ||
		    mpdk_nbl_add_copy(nbl, tx.mp, frame, o->size, 0) != MPDK_STATUS_SUCCESS) {
			fprintf(stderr, "cannot build NBL %u\n", i);
			mpdk_nbl_free(nbl);
			return -1;
		}
		rte_ring_enqueue(tx.t.free, nbl);
	}
	if (mpdk_protocol_register(&txgen_ops, &tx.t, &tx.proto) != MPDK_STATUS_SUCCESS)
		return -1;
	tx.t.proto = tx.proto;
	if (mpdk_bind(tx.proto, tx.adapter, NULL) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_create("bench", 0, &tx.poller) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(tx.poller, tx.adapter, 0) != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "cannot set up the protocol and poller\n");
		return -1;
	}
	return 0;
}

void
bench_tx_fini(void)
{
	struct mpdk_nbl *nbl;

	if (tx.poller != NULL) {
		mpdk_poller_remove_queue(tx.poller, tx.adapter, MPDK_ALL_QUEUES);
		mpdk_poller_destroy(tx.poller);
	}
	if (tx.t.binding != NULL)
		mpdk_unbind(tx.t.binding);
	if (tx.proto != NULL)
		mpdk_protocol_deregister(tx.proto);
	while (tx.t.n_stack > 0)
		mpdk_nbl_free(tx.t.stack[--tx.t.n_stack]);
	if (tx.t.free != NULL) {
		while (rte_ring_dequeue(tx.t.free, (void **)&nbl) == 0)
			mpdk_nbl_free(nbl);
		rte_ring_free(tx.t.free);
	}
	mpdk_nbl_pool_free(tx.nbl_pool);
	if (tx.adapter != NULL)
		mpdk_adapter_destroy(tx.adapter);
	rte_mempool_free(tx.mp);
	rte_mempool_free(tx.raw_mp);
	memset(&tx, 0, sizeof(tx));
}

int
bench_tx(const struct bench_opts *o, const char *mode, struct bench_result *res)
{
	double raw_mpps[BENCH_MAX_ROUNDS], mpdk_mpps[BENCH_MAX_ROUNDS];
	double raw_cpp[BENCH_MAX_ROUNDS], mpdk_cpp[BENCH_MAX_ROUNDS];
	bool inline_mode = strcmp(mode, "inline") == 0;
	struct mpdk_send_stats st0, st;
	uint64_t refused = 0, done0, by0[MPDK_STATUS__COUNT];
	unsigned int r, i, worker;

	worker = rte_get_next_lcore(rte_lcore_id(), 1, 0);
	if (!inline_mode && worker >= RTE_MAX_LCORE) {
		fprintf(stderr, "poller mode needs a second lcore (-l 0-1)\n");
		return -1;
	}
	/* Every NBL is home between runs: move them to this mode's store. */
	if (inline_mode && !tx.t.use_stack) {
		tx.t.n_stack = rte_ring_dequeue_burst(tx.t.free, (void **)tx.t.stack,
						      BENCH_NBLS, NULL);
		tx.t.use_stack = true;
	} else if (!inline_mode && tx.t.use_stack) {
		rte_ring_enqueue_bulk(tx.t.free, (void **)tx.t.stack, tx.t.n_stack,
				      NULL);
		tx.t.n_stack = 0;
		tx.t.use_stack = false;
	}
	mpdk_binding_stats(tx.t.binding, &st0);
	done0 = __atomic_load_n(&tx.t.completed, __ATOMIC_ACQUIRE);
	memcpy(by0, tx.t.by_status, sizeof(by0));

	for (r = 0; r < o->rounds; r++) {
		struct bench_run run;

		bench_progress_round(o, "tx", mode, r, "raw",
				     raw_mpps, mpdk_mpps);
		raw_round(tx.port, tx.raw_mp, o, &run);
		raw_mpps[r] = bench_mpps(&run);
		raw_cpp[r] = bench_cpp(&run);

		bench_progress_round(o, "tx", mode, r, "mpdk",
				     raw_mpps, mpdk_mpps);
		if (!inline_mode &&
		    mpdk_poller_launch(tx.poller, worker) != MPDK_STATUS_SUCCESS)
			return -1;
		mpdk_round(&tx.t, tx.poller, inline_mode, o, &run, &refused);
		mpdk_mpps[r] = bench_mpps(&run);
		mpdk_cpp[r] = bench_cpp(&run);
		/* Every outstanding NBL comes back before the next round. */
		do {
			if (inline_mode)
				mpdk_poller_poll(tx.poller);
			mpdk_binding_stats(tx.t.binding, &st);
		} while (st.outstanding != 0);
		if (!inline_mode)
			mpdk_poller_stop(tx.poller);
	}

	mpdk_binding_stats(tx.t.binding, &st);
	res->test = "tx";
	res->mode = mode;
	res->pmd = tx.pmd;
	res->burst = o->burst;
	res->size = o->size;
	res->baseline = "raw";
	res->nb_pool = o->nb_pool;
	res->raw_mpps = bench_median(raw_mpps, o->rounds);
	res->mpdk_mpps = bench_median(mpdk_mpps, o->rounds);
	res->raw_cpp = bench_median(raw_cpp, o->rounds);
	res->mpdk_cpp = bench_median(mpdk_cpp, o->rounds);
	res->sent = st.sent - st0.sent;
	res->completed = __atomic_load_n(&tx.t.completed, __ATOMIC_ACQUIRE) - done0;
	for (i = 0; i < MPDK_STATUS__COUNT; i++)
		res->by_status[i] = tx.t.by_status[i] - by0[i];
	res->outstanding = st.outstanding;
	res->exact_once = res->sent == res->completed && st.outstanding == 0 &&
			  (tx.t.use_stack ? tx.t.n_stack :
			   rte_ring_count(tx.t.free)) == BENCH_NBLS &&
			  mpdk_debug_violations() == 0;
	if (refused != 0)
		fprintf(stderr, "%" PRIu64 " NBLs refused at submit\n", refused);
	return 0;
}
