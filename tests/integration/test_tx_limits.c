/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: a full TX ring, the backlog, and closing with sends in
 * flight, on a real PMD (net_ring over a 64-slot TX ring whose consumer,
 * the test, does not drain at first).  What it proves:
 *  - backlog=0: the ring takes what fits (its capacity), the rest
 *    completes with RESOURCES from the poller, nothing is lost and no
 *    frame of a refused NBL reaches the wire; once the consumer drains,
 *    the accepted NBLs complete with SUCCESS.  With multi-NB NBLs, an
 *    NBL partly on the wire is never refused: it finishes later;
 *  - backlog=1000: nothing is refused; what the ring cannot take waits in
 *    the backlog, the poller pushes it out as the consumer drains, every
 *    NBL completes with SUCCESS and the frames leave in send order;
 *  - bad input: sends on a closed binding are refused with
 *    ADAPTER_NOT_OPEN and the chain stays the caller's; a close with
 *    sends outstanding returns PENDING, refuses new sends with CLOSING,
 *    and completes only after every outstanding NBL completed (SUCCESS),
 *    exactly once.
 * Every completed NBL has all its segments back at refcnt 1 and none lent,
 * and the pools are full at the end.  The ring-full tests run twice: with
 * NBs from a packet pool (held by references) and from an NB pool (its
 * one-segment NBs lent, and taken back when tx_burst refuses them).
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_eth_ring.h>
#include <rte_ether.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mpdk_test.h"

#define N_NBLS 200u           /* NBLs per test */
#define MAX_NB 3u
#define TX_RING_SIZE 64u      /* a small TX ring: 63 usable slots */
#define SEND_BURST 25u        /* NBLs per send call */
#define HOLD_POLLS 2000u      /* poll steps while the consumer holds */
#define IDLE_LIMIT 100000u    /* poll steps without progress before failing */
#define SETTLE_POLLS 1000u
#define TAG_OFF RTE_ETHER_HDR_LEN

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;     /* packet pool: NBs held */
static struct rte_mempool *nb_mp;  /* NB pool: one-segment NBs lent */
static unsigned int pool_full;
static unsigned int mp_full;
static unsigned int nb_mp_full;

struct fx {
	struct rte_mempool *mp;       /* where the NBs come from */
	struct rte_ring *rxr;
	struct rte_ring *txr;
	unsigned int cap;             /* usable slots of the TX ring */
	int port;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto tp;
	struct tp_binding *tb;
	uint32_t nb_count[N_NBLS];
	uint32_t total_nbs;
	/* Checks made on each completion. */
	uint64_t still_held;          /* a segment refcnt != 1 */
	uint64_t after_close;         /* completed after close_adapter_complete */
	int32_t status[N_NBLS];       /* final status, by id */
	/* The consumer: frames seen, in order. */
	uint32_t seen_nbs[N_NBLS];
	unsigned int n_seen;
	uint32_t last_id;
	uint8_t last_nb;
	unsigned int out_of_order;
	unsigned int unknown;
};

static void
frame_tag(const struct rte_mbuf *m, uint32_t *id, uint8_t *nb)
{
	const uint8_t *p = rte_pktmbuf_mtod(m, const uint8_t *) + TAG_OFF;

	memcpy(id, p, sizeof(*id));
	*nb = p[sizeof(*id)];
}

/* Completion hook: record the status and the order against the close,
 * check the buffers are released, free the NBL. */
static void
on_complete(struct tp_binding *tb, struct mpdk_nbl *nbl)
{
	struct fx *f = tb->user;
	uint32_t id = (uint32_t)nbl->protocol_reserved[0];

	if (id < N_NBLS)
		f->status[id] = nbl->status;
	if (!tp_nbl_released(nbl))
		f->still_held++;
	if (__atomic_load_n(&tb->close_completed, __ATOMIC_ACQUIRE) != 0)
		f->after_close++;
	mpdk_nbl_free(nbl);
}

/* NBL @p id with @p n_nb NBs of 64-1463 bytes, 1-3 segments each.  Ids
 * from N_NBLS up are for NBLs that must never be accepted. */
static struct mpdk_nbl *
mk_nbl(struct fx *f, uint32_t id, uint32_t n_nb)
{
	uint8_t frame[RTE_ETHER_MAX_LEN];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	uint32_t k;

	assert_non_null(nbl);
	memset(frame, 0x5a, sizeof(frame));
	memset(frame, 0x02, RTE_ETHER_ADDR_LEN);
	for (k = 0; k < n_nb; k++) {
		uint32_t len = 64 + (id * 37 + k * 101) % 1400;
		uint32_t segs = 1 + (id + k) % 3;

		memcpy(frame + TAG_OFF, &id, sizeof(id));
		frame[TAG_OFF + sizeof(id)] = (uint8_t)k;
		assert_int_equal(mpdk_nbl_add_copy(nbl, f->mp, frame, len,
						   (uint16_t)((len + segs - 1) / segs)),
				 MPDK_STATUS_SUCCESS);
	}
	tp_tag(f->tb, nbl, id);
	if (id < N_NBLS) {
		f->status[id] = MPDK_STATUS_PENDING;
		f->nb_count[id] = n_nb;
		f->total_nbs += n_nb;
	}
	return nbl;
}

/* A chain of NBLs first..first+n-1; multi: 1-3 NBs, else 1. */
static struct mpdk_nbl *
mk_chain(struct fx *f, uint32_t first, unsigned int n, bool multi)
{
	struct mpdk_nbl *head = NULL, **tailp = &head;
	uint32_t id;

	for (id = first; id < first + n; id++) {
		*tailp = mk_nbl(f, id, multi ? 1 + (2 * id) % MAX_NB : 1);
		tailp = &(*tailp)->next;
	}
	return head;
}

/* Send NBLs 0..N_NBLS-1 in chains of SEND_BURST: all accepted. */
static void
send_all(struct fx *f, bool multi)
{
	uint32_t id;

	for (id = 0; id < N_NBLS; id += SEND_BURST)
		assert_int_equal(tp_send(f->tb, mk_chain(f, id, SEND_BURST, multi), 0),
				 MPDK_STATUS_PENDING);
}

/* The consumer takes up to @p max frames from the TX ring, checks their
 * order and frees them.  Returns the number taken. */
static unsigned int
consumer_take(struct fx *f, unsigned int max)
{
	struct rte_mbuf *m[64];
	unsigned int n, i, total = 0;

	while (total < max) {
		n = rte_ring_dequeue_burst(f->txr, (void **)m,
					   RTE_MIN(max - total, RTE_DIM(m)), NULL);
		if (n == 0)
			break;
		for (i = 0; i < n; i++) {
			uint32_t id;
			uint8_t nb;

			frame_tag(m[i], &id, &nb);
			if (id >= N_NBLS) {
				f->unknown++;
			} else {
				if (f->n_seen != 0 &&
				    (id < f->last_id ||
				     (id == f->last_id && nb <= f->last_nb)))
					f->out_of_order++;
				f->seen_nbs[id]++;
				f->last_id = id;
				f->last_nb = nb;
				f->n_seen++;
			}
			rte_pktmbuf_free(m[i]);
		}
		total += n;
	}
	return total;
}

/* Poll (and let the consumer drain, if @p drain) until @p want NBLs
 * completed; then SETTLE_POLLS more steps: no more may come. */
static void
poll_until_completed(struct fx *f, uint64_t want, bool drain, const char *when)
{
	unsigned int idle = 0, i, work;

	while (f->tb->completed < want) {
		work = mpdk_poller_poll(f->p);
		if (drain)
			work += consumer_take(f, UINT32_MAX);
		if (work != 0)
			idle = 0;
		else if (++idle == IDLE_LIMIT)
			fail_msg("%s: %" PRIu64 " of %" PRIu64 " NBLs completed, none more after %u poll steps (TX ring holds %u frames)",
				 when, f->tb->completed, want, IDLE_LIMIT,
				 rte_ring_count(f->txr));
	}
	for (i = 0; i < SETTLE_POLLS; i++) {
		mpdk_poller_poll(f->p);
		if (drain)
			consumer_take(f, UINT32_MAX);
	}
	if (f->tb->completed != want)
		fail_msg("%s: %" PRIu64 " NBLs completed, expected %" PRIu64,
			 when, f->tb->completed, want);
}

static unsigned int
count_status(const struct fx *f, mpdk_status_t st)
{
	unsigned int id, n = 0;

	for (id = 0; id < N_NBLS; id++)
		n += f->status[id] == (int32_t)st;
	return n;
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_tx_limits") != 0)
		return -1;
	pool = mpdk_nbl_pool_create("txlim_nbl", 1024, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("txlim_mbuf", 8191, 256, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nb_mp = mpdk_nb_pool_create("txlim_nb", 8191, 0,
				    RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL || nb_mp == NULL) {
		fprintf(stderr, "cannot create the pools\n");
		return -1;
	}
	pool_full = mpdk_nbl_pool_avail(pool);
	mp_full = rte_mempool_avail_count(mp);
	nb_mp_full = rte_mempool_avail_count(nb_mp);
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	rte_mempool_free(nb_mp);
	mpdk_test_fini();
	return 0;
}

/* A net_ring port over a TX ring of TX_RING_SIZE slots, an ethdev adapter
 * on it with "port=N,backlog=@p backlog", a poller and a binding sending
 * NBs of @p nbs. */
static struct fx *
fx_create(unsigned int backlog, struct rte_mempool *nbs)
{
	static unsigned int seq;
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	char name[32], params[64];
	struct fx *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	f->mp = nbs;
	snprintf(name, sizeof(name), "tl_rx%u", seq);
	f->rxr = rte_ring_create(name, 64, (int)rte_socket_id(),
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	snprintf(name, sizeof(name), "tl_tx%u", seq);
	f->txr = rte_ring_create(name, TX_RING_SIZE, (int)rte_socket_id(),
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	assert_non_null(f->rxr);
	assert_non_null(f->txr);
	f->cap = rte_ring_get_capacity(f->txr);
	snprintf(name, sizeof(name), "tx_limits%u", seq++);
	f->port = rte_eth_from_rings(name, &f->rxr, 1, &f->txr, 1,
				     rte_socket_id());
	assert_true(f->port >= 0);
	snprintf(params, sizeof(params), "port=%d,backlog=%u", f->port, backlog);
	cfg.params = params;
	assert_int_equal(mpdk_adapter_create("ethdev", &cfg, &f->a),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_create("txlim", 0, &f->p),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(f->p, f->a, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(tp_register(&f->tp, "proto-txlim"), 0);
	f->tb = tp_bind(&f->tp, f->a);
	assert_non_null(f->tb);
	f->tb->on_complete = on_complete;
	f->tb->user = f;
	return f;
}

static int
setup_backlog0(void **state)
{
	*state = fx_create(0, mp);
	return 0;
}

static int
setup_backlog1000(void **state)
{
	*state = fx_create(1000, mp);
	return 0;
}

static int
setup_backlog0_nb(void **state)
{
	*state = fx_create(0, nb_mp);
	return 0;
}

static int
setup_backlog1000_nb(void **state)
{
	*state = fx_create(1000, nb_mp);
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	unsigned int idle = 0;

	/* After a failure too: drain, so every NBL comes back. */
	while (tp_outstanding(f->tb) != 0 && idle < IDLE_LIMIT)
		idle = (mpdk_poller_poll(f->p) +
			consumer_take(f, UINT32_MAX)) != 0 ? 0 : idle + 1;
	consumer_take(f, UINT32_MAX);
	assert_int_equal(tp_outstanding(f->tb), 0);
	if (mpdk_binding_is_open(f->tb->binding))
		assert_int_equal(mpdk_close_adapter(f->tb->binding),
				 MPDK_STATUS_SUCCESS);
	tp_deregister(&f->tp);
	tp_binding_free(f->tb);
	assert_int_equal(mpdk_poller_destroy(f->p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(f->a), MPDK_STATUS_SUCCESS);
	rte_ring_free(f->txr);
	rte_ring_free(f->rxr);
	assert_int_equal(f->still_held, 0);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
	assert_int_equal(rte_mempool_avail_count(nb_mp), nb_mp_full);
	free(f);
	return 0;
}

/* Final checks shared by the tests: every NBL completed once, the
 * counters agree, the consumer saw exactly the frames of the SUCCESS
 * NBLs, in order. */
static void
check_final(struct fx *f)
{
	struct mpdk_send_stats bs, qs;
	unsigned int id, wrong = 0, n_ok = count_status(f, MPDK_STATUS_SUCCESS);

	assert_int_equal(f->tb->completed, N_NBLS);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->tb->foreign, 0);
	assert_int_equal(f->still_held, 0);
	assert_int_equal(count_status(f, MPDK_STATUS_PENDING), 0);
	for (id = 0; id < N_NBLS; id++) {
		uint32_t want = f->status[id] == MPDK_STATUS_SUCCESS ?
			f->nb_count[id] : 0;

		if (f->seen_nbs[id] == want)
			continue;
		if (wrong++ < 10)
			print_error("NBL %u (%s, %u NBs): the consumer got %u of its frames, expected %u\n",
				    id, mpdk_status_str(f->status[id]),
				    f->nb_count[id], f->seen_nbs[id], want);
	}
	if (wrong != 0)
		fail_msg("%u NBLs with frames lost or sent although refused", wrong);
	assert_int_equal(f->unknown, 0);
	assert_int_equal(f->out_of_order, 0);

	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.sent, N_NBLS);
	assert_int_equal(bs.completed, N_NBLS);
	assert_int_equal(bs.outstanding, 0);
	assert_int_equal(bs.by_status[MPDK_STATUS_SUCCESS], n_ok);
	assert_int_equal(bs.by_status[MPDK_STATUS_RESOURCES],
			 count_status(f, MPDK_STATUS_RESOURCES));
	assert_int_equal(mpdk_adapter_queue_stats(f->a, 0, &qs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(qs.sent, N_NBLS);
	assert_int_equal(qs.completed, N_NBLS);
	assert_int_equal(qs.outstanding, 0);
	assert_int_equal(qs.by_status[MPDK_STATUS_SUCCESS], n_ok);
}

/* a) backlog=0, one NB per NBL: the ring takes exactly its capacity, the
 * rest comes back with RESOURCES; nothing lost. */
static void
test_ring_full_no_backlog(void **state)
{
	struct fx *f = *state;
	unsigned int i, n_res;

	assert_int_equal(f->cap, TX_RING_SIZE - 1);
	send_all(f, false);
	assert_int_equal(f->tb->completed, 0); /* never from inside the send */
	assert_int_equal(rte_ring_count(f->txr), f->cap);

	/* The refusals come from the poller; the accepted ones stay out. */
	n_res = N_NBLS - f->cap;
	poll_until_completed(f, n_res, false, "TX ring full, backlog 0");
	assert_int_equal(count_status(f, MPDK_STATUS_RESOURCES), n_res);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_RESOURCES], n_res);
	assert_int_equal(tp_outstanding(f->tb), f->cap);
	assert_int_equal(count_status(f, MPDK_STATUS_RESOURCES) +
			 rte_ring_count(f->txr), N_NBLS);
	/* The ring holds the first NBLs, in order. */
	for (i = 0; i < f->cap; i++)
		assert_int_equal(f->status[i], MPDK_STATUS_PENDING);
	for (i = 0; i < HOLD_POLLS; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->completed, n_res);

	/* The consumer drains and frees: the accepted ones complete. */
	assert_int_equal(consumer_take(f, UINT32_MAX), f->cap);
	poll_until_completed(f, N_NBLS, true, "consumer drained");
	assert_int_equal(count_status(f, MPDK_STATUS_SUCCESS), f->cap);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], f->cap);
	check_final(f);
}

/* a') backlog=0 with 1-3 NBs per NBL: an NBL the ring took in part is
 * finished later, never refused; the rest is refused whole; nothing is
 * lost and no frame of a refused NBL goes out. */
static void
test_ring_full_no_backlog_multi_nb(void **state)
{
	struct fx *f = *state;
	unsigned int i, k, sum, n_res, n_ok;

	send_all(f, true);
	assert_int_equal(rte_ring_count(f->txr), f->cap);
	/* NBLs 0..k-1 got at least one NB into the ring, NBL k-1 not all:
	 * it is the one partly on the wire (the shapes are chosen so). */
	for (k = 0, sum = 0; sum < f->cap; k++)
		sum += f->nb_count[k];
	assert_true(sum > f->cap);
	for (i = 0; i < HOLD_POLLS; i++)
		mpdk_poller_poll(f->p);
	n_res = count_status(f, MPDK_STATUS_RESOURCES);
	assert_int_equal(f->tb->completed, n_res);
	assert_int_equal(n_res, N_NBLS - k);
	assert_int_equal(f->status[k - 1], MPDK_STATUS_PENDING);

	poll_until_completed(f, N_NBLS, true, "consumer drained");
	n_ok = count_status(f, MPDK_STATUS_SUCCESS);
	print_message("%u NBLs (%u NBs): %u SUCCESS, %u RESOURCES\n", N_NBLS,
		      f->total_nbs, n_ok, n_res);
	assert_int_equal(n_ok, k);
	assert_int_equal(n_ok + n_res, N_NBLS);
	check_final(f);
}

/* b) backlog=1000: nothing is refused; the backlog drains into the ring as
 * the consumer empties it, and every NBL completes with SUCCESS. */
static void
test_backlog_absorbs(void **state)
{
	struct fx *f = *state;
	struct mpdk_send_stats bs;
	unsigned int i;

	send_all(f, true);
	assert_int_equal(rte_ring_count(f->txr), f->cap);
	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.rejected, 0);
	for (i = 0; i < HOLD_POLLS; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->completed, 0);
	assert_int_equal(rte_ring_count(f->txr), f->cap);

	/* The consumer drains a little at a time, the poller refills. */
	for (i = 0; i < IDLE_LIMIT && f->tb->completed < N_NBLS; i++) {
		consumer_take(f, 7);
		mpdk_poller_poll(f->p);
	}
	poll_until_completed(f, N_NBLS, true, "consumer draining");
	assert_int_equal(count_status(f, MPDK_STATUS_SUCCESS), N_NBLS);
	assert_int_equal(f->n_seen, f->total_nbs);
	check_final(f);
}

/* c) Bad input on a real PMD: sends on a closing and on a closed binding
 * are refused and the chain stays the caller's; the close waits for the
 * NBLs held by the consumer (and in the backlog), which complete first. */
static void
test_close_with_sends_outstanding(void **state)
{
	struct fx *f = *state;
	struct mpdk_send_stats bs;
	struct mpdk_nbl *late, *nbl;
	unsigned int i, n = 0;

	send_all(f, true);
	assert_int_equal(rte_ring_count(f->txr), f->cap);

	assert_int_equal(mpdk_close_adapter(f->tb->binding), MPDK_STATUS_PENDING);
	assert_false(mpdk_binding_is_open(f->tb->binding));
	assert_int_equal(mpdk_close_adapter(f->tb->binding), MPDK_STATUS_CLOSING);

	/* New sends: refused with CLOSING, nothing kept, no completion. */
	late = mk_chain(f, N_NBLS, 3, true);
	assert_int_equal(mpdk_send_nbls(f->tb->binding, late, 0),
			 MPDK_STATUS_CLOSING);
	MPDK_NBL_FOREACH(nbl, late) {
		assert_int_equal(nbl->status, MPDK_STATUS_CLOSING);
		assert_true(tp_nbl_released(nbl));
		n++;
	}
	assert_int_equal(n, 3);
	assert_int_equal(mpdk_send_nbls_on_queue(f->tb->binding, 0, late, 0),
			 MPDK_STATUS_CLOSING);
	mpdk_nbl_free_chain(late);

	/* The consumer holds: no completion, no close. */
	for (i = 0; i < HOLD_POLLS; i++) {
		mpdk_poller_poll(f->p);
		if (i % 500 == 0)
			usleep(1000);
	}
	assert_int_equal(f->tb->completed, 0);
	assert_int_equal(__atomic_load_n(&f->tb->close_completed,
					 __ATOMIC_ACQUIRE), 0);
	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.outstanding, N_NBLS);
	assert_int_equal(bs.rejected, 6);

	/* The consumer drains: everything completes, then the close. */
	for (i = 0; i < IDLE_LIMIT &&
		    __atomic_load_n(&f->tb->close_completed, __ATOMIC_ACQUIRE) == 0;
	     i++) {
		mpdk_poller_poll(f->p);
		consumer_take(f, UINT32_MAX);
	}
	if (f->tb->close_completed == 0)
		fail_msg("close not completed after %u poll steps: %" PRIu64 " of %u NBLs completed",
			 IDLE_LIMIT, f->tb->completed, N_NBLS);
	assert_int_equal(f->after_close, 0);
	assert_int_equal(f->tb->completed, N_NBLS);
	assert_int_equal(count_status(f, MPDK_STATUS_SUCCESS), N_NBLS);
	for (i = 0; i < SETTLE_POLLS; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->close_completed, 1);
	assert_int_equal(f->tb->completed, N_NBLS);
	check_final(f);

	/* Closed: refused with ADAPTER_NOT_OPEN, the chain is the caller's. */
	late = mk_chain(f, N_NBLS + 3, 4, true);
	assert_int_equal(mpdk_send_nbls(f->tb->binding, late, 0),
			 MPDK_STATUS_ADAPTER_NOT_OPEN);
	assert_int_equal(mpdk_send_nbls_on_queue(f->tb->binding, 0, late, 0),
			 MPDK_STATUS_ADAPTER_NOT_OPEN);
	n = 0;
	MPDK_NBL_FOREACH(nbl, late) {
		assert_int_equal(nbl->status, MPDK_STATUS_ADAPTER_NOT_OPEN);
		assert_true(tp_nbl_released(nbl));
		n++;
	}
	assert_int_equal(n, 4);
	for (i = 0; i < 100; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->completed, N_NBLS);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->unknown, 0);
	assert_int_equal(rte_ring_count(f->txr), 0);
	mpdk_nbl_free_chain(late);
	assert_int_equal(mpdk_close_adapter(f->tb->binding),
			 MPDK_STATUS_ADAPTER_NOT_OPEN);
	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.sent, N_NBLS);
	assert_int_equal(bs.rejected, 6 + 8);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_ring_full_no_backlog,
						setup_backlog0, teardown),
		cmocka_unit_test_setup_teardown(test_ring_full_no_backlog_multi_nb,
						setup_backlog0, teardown),
		cmocka_unit_test_setup_teardown(test_backlog_absorbs,
						setup_backlog1000, teardown),
		cmocka_unit_test_setup_teardown(test_close_with_sends_outstanding,
						setup_backlog1000, teardown),
		cmocka_unit_test_setup_teardown(test_ring_full_no_backlog,
						setup_backlog0_nb, teardown),
		cmocka_unit_test_setup_teardown(test_ring_full_no_backlog_multi_nb,
						setup_backlog0_nb, teardown),
		cmocka_unit_test_setup_teardown(test_backlog_absorbs,
						setup_backlog1000_nb, teardown),
		cmocka_unit_test_setup_teardown(test_close_with_sends_outstanding,
						setup_backlog1000_nb, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
