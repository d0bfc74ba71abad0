/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the receive path of the generic "ethdev" miniport over a
 * net_null port, which makes a burst of 64-byte frames on every
 * rte_eth_rx_burst().
 *
 * What it proves:
 *  - two receivers: 1,000,000 frames indicated to two test protocols, one
 *    that returns every chain at once (A, bound first: it gets the
 *    miniport's NBLs) and one that keeps up to 1000 NBLs and returns them
 *    later in chains that mix NBLs of many indications, out of order
 *    (every other one, reversed; B gets the receivers' copies).  Both see
 *    the same frames (no clone missed), each NBL is returned exactly once
 *    (an NBL recycled while B still held it would have lost B's mark),
 *    indicated == returned and held == 0 on both bindings, and once both
 *    bindings are closed the miniport's RX mbuf pool, RX NBL pool and the
 *    adapter's clone pool are full again (looked up by name);
 *  - buffers low: a protocol that keeps everything it gets, on an adapter
 *    with a small RX pool (rx_pool, rx_low), receives frames normally until
 *    it holds the miniport's hold limit, then only with
 *    MPDK_RECEIVE_F_RESOURCES; those it does not own and does not return,
 *    and they are back in the pool as soon as the indication returns (the
 *    pool does not shrink further: exact counts, inside the handler and
 *    after each step).  Once it returns what it held, frames are indicated
 *    normally again, the counters balance and the pools are full: nothing
 *    was lost;
 *  - l2fwd between two net_null ports, both directions, stopped while
 *    frames are in flight: the stop pends until they completed and went
 *    back, every frame received is accounted for (forwarded, failed or
 *    dropped), mpdk_l2fwd_free() refuses while not closed, and both
 *    adapters' RX pools are full afterwards;
 *  - returns from another thread: the poller on lcore 1 indicates to one
 *    protocol, which hands every chain to a pthread; the pthread returns
 *    them in chains that join several indications (frames living in
 *    their mbufs: the library's return_mbufs path, with the miniport's
 *    rx_held and RX pool touched from a non-EAL thread).  Every frame
 *    comes back once, the counters balance, the RX pool is full.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pthread.h>
#include <sched.h>

#include <cmocka.h>

#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_ring.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_l2fwd.h"
#include "mpdk_test.h"

#define N_FRAMES 1000000u     /* frames A must receive */
#define NULL_FRAME_LEN 64u    /* net_null's default packet size */
#define B_HOLD 1000u          /* NBLs B keeps before giving half back */
#define MAX_STEPS 50000000u   /* poll steps before a wait fails */
#define CLOSE_STEPS 100000u   /* poll steps for a pending close */
#define HELD_MARK 0x6d70646bu /* B's mark on the NBLs it holds */

/* B's protocol_reserved[] slots (slot 0 is the test protocol's id). */
#define RSV_IND 1             /* indication number */
#define RSV_MARK 2            /* HELD_MARK while held */

/* The two-receiver case: a pool big enough that B's hoard (B_HOLD plus
 * a burst) stays under the miniport's hold limit, so no RESOURCES. */
#define TWO_POOL 8192u

/* The RESOURCES case: a small pool.  The miniport's hold limit is
 * rx_pool - (rxd + burst cap) - rx_low, the burst cap being its own
 * (ETH_RX_BURST, at most LOW_CAP_MAX); the poller's budget makes bursts of
 * LOW_BURST frames. */
#define LOW_RXD 512u
#define LOW_POOL 4096u
#define LOW_RX_LOW 1024u
#define LOW_BURST 32u
#define LOW_CAP_MAX 256u
#define LOW_LIMIT_HI (LOW_POOL - LOW_RXD - LOW_RX_LOW)
#define LOW_LIMIT_LO (LOW_LIMIT_HI - LOW_CAP_MAX - LOW_BURST)
#define LOW_RES_FRAMES 20000u /* RESOURCES frames to see while holding */
#define LOW_AFTER 20000u      /* normal frames to see after giving back */

/* A receiver that keeps NBLs (B, or the holder). */
struct keeper {
	struct mpdk_nbl **held;
	unsigned int n_held;
	unsigned int cap;
	uint64_t indications;     /* normal indications seen */
	uint64_t returned;        /* NBLs given back by the keeper */
	uint64_t mixed_chains;    /* returns mixing several indications */
	uint64_t unordered;       /* returns not in indication order */
	uint64_t bad_frames;      /* wrong length, NB count, or binding */
	uint64_t bad_mark;        /* held NBL found without its mark */
	uint64_t res_frames;      /* frames indicated with RESOURCES */
	uint64_t res_calls;
	uint64_t normal_after_res; /* normal frames while RESOURCES held */
	int64_t held_at_first_res; /* n_held at the first RESOURCES, or -1 */
	uint64_t pool_mismatch;   /* RX pool count not what it should be */
	bool give_back_at_once;   /* holder: phase after returning all */
	uint64_t normal_after_release;
	/* For the pool checks inside the handler (holder). */
	struct rte_mempool *rx_mp;
	struct rte_mempool *rx_nbl_mp;
};

struct fx {
	int port;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto tpa;
	struct test_proto tpb;
	struct tp_binding *ta;
	struct tp_binding *tb;
	struct keeper k;
	uint64_t a_bad;           /* A: wrong frames */
};

/* A frame as net_null makes it, indicated to @p tb. */
static bool
frame_ok(const struct tp_binding *tb, const struct mpdk_nbl *nbl)
{
	return nbl->nb_count == 1 && nbl->first_nb != NULL &&
	       nbl->first_nb->pkt_len == NULL_FRAME_LEN &&
	       mpdk_nbl_frame_length(nbl) == NULL_FRAME_LEN &&
	       nbl->rx_binding == tb->binding;
}

/* A: check each frame, return the chain at once. */
static void
a_receive(struct tp_binding *tb, struct mpdk_nbl *chain, uint32_t n,
	  uint32_t flags)
{
	struct fx *f = tb->user;
	struct mpdk_nbl *nbl;
	uint32_t cnt = 0;

	MPDK_NBL_FOREACH(nbl, chain) {
		cnt++;
		if (!frame_ok(tb, nbl))
			f->a_bad++;
	}
	if (cnt != n)
		f->a_bad++;
	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls(tb->binding, chain, 0);
}

/*
 * Give back every other held NBL (odd positions), last first, as one
 * chain; the even ones stay, in order.  Everything if @p all.
 */
static void
keeper_give_back(struct tp_binding *tb, struct keeper *k, bool all)
{
	struct mpdk_nbl *head = NULL, **tailp = &head, *nbl;
	unsigned int i, kept = 0, n = 0;
	uint64_t first_ind = 0, prev_ind = 0;
	bool mixed = false, unordered = false;

	for (i = k->n_held; i-- > 0;) {
		nbl = k->held[i];
		if (!all && i % 2 == 0)
			continue;
		if (nbl->protocol_reserved[RSV_MARK] != HELD_MARK ||
		    !frame_ok(tb, nbl))
			k->bad_mark++;
		nbl->protocol_reserved[RSV_MARK] = 0;
		if (n == 0) {
			first_ind = nbl->protocol_reserved[RSV_IND];
		} else {
			mixed |= nbl->protocol_reserved[RSV_IND] != first_ind;
			unordered |= nbl->protocol_reserved[RSV_IND] < prev_ind;
		}
		prev_ind = nbl->protocol_reserved[RSV_IND];
		*tailp = nbl;
		tailp = &nbl->next;
		n++;
	}
	*tailp = NULL;
	if (!all) {
		for (i = 0; i < k->n_held; i += 2)
			k->held[kept++] = k->held[i];
	}
	k->n_held = kept;
	if (head == NULL)
		return;
	k->mixed_chains += mixed;
	k->unordered += unordered;
	k->returned += n;
	mpdk_return_nbls(tb->binding, head, 0);
}

/* Keep every NBL of a normal indication, marked. */
static void
keeper_keep(struct tp_binding *tb, struct keeper *k, struct mpdk_nbl *chain)
{
	struct mpdk_nbl *nbl, *tmp;

	k->indications++;
	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		if (!frame_ok(tb, nbl))
			k->bad_frames++;
		if (k->n_held == k->cap)
			fail_msg("keeper: more than %u NBLs held", k->cap);
		/* protocol_reserved survives a recycle: an NBL indicated
		 * again while still held comes with the mark on. */
		if (nbl->protocol_reserved[RSV_MARK] == HELD_MARK)
			k->bad_mark++;
		nbl->protocol_reserved[RSV_IND] = k->indications;
		nbl->protocol_reserved[RSV_MARK] = HELD_MARK;
		nbl->next = NULL;
		k->held[k->n_held++] = nbl;
	}
}

/* B: keep up to B_HOLD, then give half back, mixed and reversed. */
static void
b_receive(struct tp_binding *tb, struct mpdk_nbl *chain, uint32_t n __rte_unused,
	  uint32_t flags)
{
	struct fx *f = tb->user;

	if (flags & MPDK_RECEIVE_F_RESOURCES) {
		/* Not ours past this call: nothing to keep. */
		f->k.res_frames += n;
		return;
	}
	keeper_keep(tb, &f->k, chain);
	if (f->k.n_held >= B_HOLD)
		keeper_give_back(tb, &f->k, false);
}

static unsigned int
mp_in_use(const struct rte_mempool *mp)
{
	return mp->size - rte_mempool_avail_count(mp);
}

/* The holder: keep everything until told to give back; RESOURCES frames
 * are looked at and left alone. */
static void
holder_receive(struct tp_binding *tb, struct mpdk_nbl *chain, uint32_t n,
	       uint32_t flags)
{
	struct fx *f = tb->user;
	struct keeper *k = &f->k;
	struct mpdk_nbl *nbl;

	if (flags & MPDK_RECEIVE_F_RESOURCES) {
		if (k->held_at_first_res < 0)
			k->held_at_first_res = k->n_held;
		k->res_frames += n;
		k->res_calls++;
		MPDK_NBL_FOREACH(nbl, chain)
			if (!frame_ok(tb, nbl))
				k->bad_frames++;
		/* Out of the pools now: what the holder keeps, and this
		 * burst; nothing else.  net_null's frames come from the RX
		 * pool and carry their NBLs, so the NBL pool stays full. */
		if (mp_in_use(k->rx_mp) != k->n_held + n ||
		    mp_in_use(k->rx_nbl_mp) != 0)
			k->pool_mismatch++;
		return;
	}
	if (k->give_back_at_once) {
		k->normal_after_release += n;
		MPDK_NBL_FOREACH(nbl, chain)
			if (!frame_ok(tb, nbl))
				k->bad_frames++;
		mpdk_return_nbls(tb->binding, chain, 0);
		return;
	}
	if (k->held_at_first_res >= 0)
		k->normal_after_res += n;
	keeper_keep(tb, k, chain);
}

static struct rte_mempool *
rx_pool_lookup(int port, const char *what)
{
	char name[RTE_MEMPOOL_NAMESIZE];

	snprintf(name, sizeof(name), "mpdk_%s_%d", what, port);
	return rte_mempool_lookup(name);
}

/* Every mempool named mpdk_clone_* is full. */
static void
clone_pool_check(struct rte_mempool *mp, void *arg)
{
	unsigned int *bad = arg;

	if (strncmp(mp->name, "mpdk_clone_", 11) != 0)
		return;
	if (rte_mempool_avail_count(mp) != mp->size) {
		print_error("clone pool %s: %u of %u NBLs free\n", mp->name,
			    rte_mempool_avail_count(mp), mp->size);
		(*bad)++;
	}
}

/* The miniport's RX pools (and any clone pool) hold everything. */
static void
check_pools_full(int port, const char *when)
{
	struct rte_mempool *mb = rx_pool_lookup(port, "rx");
	struct rte_mempool *nb = rx_pool_lookup(port, "rxnbl");
	unsigned int bad = 0;

	if (mb == NULL || nb == NULL)
		fail_msg("%s: no mempool mpdk_rx_%d / mpdk_rxnbl_%d", when,
			 port, port);
	if (rte_mempool_avail_count(mb) != mb->size)
		fail_msg("%s: RX mbuf pool %s: %u of %u free", when, mb->name,
			 rte_mempool_avail_count(mb), mb->size);
	if (rte_mempool_avail_count(nb) != nb->size)
		fail_msg("%s: RX NBL pool %s: %u of %u free", when, nb->name,
			 rte_mempool_avail_count(nb), nb->size);
	rte_mempool_walk(clone_pool_check, &bad);
	if (bad != 0)
		fail_msg("%s: %u clone pools not full", when, bad);
}

/* Close a binding, polling until the close finished. */
static void
close_binding(struct fx *f, struct tp_binding *tb)
{
	mpdk_status_t st = mpdk_close_adapter(tb->binding);
	unsigned int i;

	if (st == MPDK_STATUS_SUCCESS)
		return;
	assert_int_equal(st, MPDK_STATUS_PENDING);
	for (i = 0; i < CLOSE_STEPS &&
	     !__atomic_load_n(&tb->close_completed, __ATOMIC_ACQUIRE); i++)
		mpdk_poller_poll(f->p);
	if (!__atomic_load_n(&tb->close_completed, __ATOMIC_ACQUIRE))
		fail_msg("close still pending after %u poll steps", CLOSE_STEPS);
}

/* Returns from another thread: chains the poller's lcore indicated,
 * handed over through a ring, returned by a pthread. */
#define XT_FRAMES 300000u     /* frames to receive */
#define XT_JOIN 8u            /* indications joined per return, at most */

struct xthread {
	struct rte_ring *ring;    /* chain heads; poller -> pthread */
	struct tp_binding *tb;
	int stop;
	uint64_t returned;        /* frames the pthread gave back */
	uint64_t returns;         /* its mpdk_return_nbls() calls */
	uint64_t joined;          /* returns joining several indications */
	uint64_t inline_frames;   /* ring full: returned in the handler */
	uint64_t res_frames;      /* indicated with RESOURCES */
};

static struct xthread xt;

static void
xt_receive(struct tp_binding *tb, struct mpdk_nbl *chain, uint32_t n,
	   uint32_t flags)
{
	if (flags & MPDK_RECEIVE_F_RESOURCES) {
		xt.res_frames += n; /* the miniport's again on return */
		return;
	}
	if (rte_ring_enqueue(xt.ring, chain) != 0) {
		xt.inline_frames += n;
		mpdk_return_nbls(tb->binding, chain, 0);
	}
}

static void *
xt_main(void *arg __rte_unused)
{
	for (;;) {
		struct mpdk_nbl *heads[XT_JOIN], *chain = NULL, *nbl;
		unsigned int want = 1 + xt.returns % XT_JOIN, n, i;
		bool stop = __atomic_load_n(&xt.stop, __ATOMIC_ACQUIRE);
		uint64_t frames = 0;

		/* Wait for @p want indications, to return them as one chain. */
		if (!stop && rte_ring_count(xt.ring) < want) {
			sched_yield();
			continue;
		}
		n = rte_ring_dequeue_burst(xt.ring, (void **)heads, want, NULL);
		if (n == 0) {
			if (stop)
				break;
			sched_yield();
			continue;
		}
		for (i = n; i-- > 0;)
			chain = mpdk_nbl_chain_concat(heads[i], chain);
		MPDK_NBL_FOREACH(nbl, chain)
			frames++;
		mpdk_return_nbls(xt.tb->binding, chain, 0);
		xt.joined += n > 1;
		xt.returns++;
		__atomic_fetch_add(&xt.returned, frames, __ATOMIC_RELEASE);
	}
	return NULL;
}

static void
check_rx_stats(struct tp_binding *tb, const char *who, uint64_t frames,
	       uint64_t resources)
{
	struct mpdk_receive_stats st;

	assert_int_equal(mpdk_binding_receive_stats(tb->binding, &st),
			 MPDK_STATUS_SUCCESS);
	print_message("%s: indicated %" PRIu64 " returned %" PRIu64 " held %" PRIu64
		      " resources %" PRIu64 " missed %" PRIu64 "\n", who,
		      st.indicated, st.returned, st.held, st.resources, st.missed);
	assert_int_equal(st.missed, 0);
	assert_int_equal(st.indicated, frames);
	assert_int_equal(st.returned, frames);
	assert_int_equal(st.held, 0);
	assert_int_equal(st.resources, resources);
}

static int
group_setup(void **state __rte_unused)
{
	return mpdk_test_init("test_null_rx");
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_test_fini();
	return 0;
}

static int
fx_create(void **state, const char *vdev, const char *extra,
	  unsigned int budget)
{
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	char params[128];
	struct fx *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	f->k.cap = 8192;
	f->k.held = calloc(f->k.cap, sizeof(*f->k.held));
	f->k.held_at_first_res = -1;
	if (f->k.held == NULL)
		return -1;
	*state = f;
	/* net_null with RX: "" keeps its defaults (64-byte frames). */
	f->port = mpdk_test_vdev(vdev, "");
	if (f->port < 0)
		return -1;
	snprintf(params, sizeof(params), "dev=%s%s", vdev, extra);
	cfg.params = params;
	if (mpdk_adapter_create("ethdev", &cfg, &f->a) != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "cannot create the adapter (%s)\n", params);
		return -1;
	}
	if (mpdk_poller_create("null_rx", budget, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	return 0;
}

static int
setup_two(void **state)
{
	char extra[32];
	struct fx *f;

	snprintf(extra, sizeof(extra), ",rx_pool=%u", TWO_POOL);
	if (fx_create(state, "net_null_rx0", extra, 0) != 0)
		return -1;
	f = *state;
	if (tp_register(&f->tpa, "proto-rx-a") != 0 ||
	    tp_register(&f->tpb, "proto-rx-b") != 0)
		return -1;
	f->ta = tp_bind(&f->tpa, f->a);
	f->tb = tp_bind(&f->tpb, f->a);
	if (f->ta == NULL || f->tb == NULL)
		return -1;
	f->ta->user = f;
	f->ta->on_receive = a_receive;
	f->tb->user = f;
	f->tb->on_receive = b_receive;
	return 0;
}

static int
setup_low(void **state)
{
	char extra[96];
	struct fx *f;

	snprintf(extra, sizeof(extra), ",rxd=%u,rx_pool=%u,rx_low=%u", LOW_RXD,
		 LOW_POOL, LOW_RX_LOW);
	if (fx_create(state, "net_null_rx1", extra, LOW_BURST) != 0)
		return -1;
	f = *state;
	if (tp_register(&f->tpa, "proto-rx-holder") != 0)
		return -1;
	f->ta = tp_bind(&f->tpa, f->a);
	if (f->ta == NULL)
		return -1;
	f->ta->user = f;
	f->ta->on_receive = holder_receive;
	f->k.rx_mp = rx_pool_lookup(f->port, "rx");
	f->k.rx_nbl_mp = rx_pool_lookup(f->port, "rxnbl");
	if (f->k.rx_mp == NULL || f->k.rx_nbl_mp == NULL)
		return -1;
	return 0;
}

static int
setup_xthread(void **state)
{
	struct fx *f;

	if (fx_create(state, "net_null_rx4", "", LOW_BURST) != 0)
		return -1;
	f = *state;
	if (tp_register(&f->tpa, "proto-rx-xthread") != 0)
		return -1;
	f->ta = tp_bind(&f->tpa, f->a);
	if (f->ta == NULL)
		return -1;
	f->ta->on_receive = xt_receive;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	if (f == NULL)
		return 0;
	/* After a failure: give everything back and close, so the adapter
	 * can go. */
	if (f->k.n_held != 0)
		keeper_give_back(f->tb != NULL ? f->tb : f->ta, &f->k, true);
	if (f->ta != NULL && mpdk_binding_is_open(f->ta->binding))
		close_binding(f, f->ta);
	if (f->tb != NULL && mpdk_binding_is_open(f->tb->binding))
		close_binding(f, f->tb);
	if (f->p != NULL)
		assert_int_equal(mpdk_poller_destroy(f->p), MPDK_STATUS_SUCCESS);
	if (f->tpa.proto != NULL)
		tp_deregister(&f->tpa);
	if (f->tpb.proto != NULL)
		tp_deregister(&f->tpb);
	tp_binding_free(f->ta);
	tp_binding_free(f->tb);
	if (f->a != NULL) {
		assert_int_equal(mpdk_adapter_destroy(f->a), MPDK_STATUS_SUCCESS);
		/* The miniport freed its pools with the adapter. */
		assert_null(rx_pool_lookup(f->port, "rx"));
		assert_null(rx_pool_lookup(f->port, "rxnbl"));
	}
	free(f->k.held);
	free(f);
	return 0;
}

static void
test_two_receivers(void **state)
{
	struct fx *f = *state;
	struct keeper *k = &f->k;
	uint64_t steps = 0;

	while (__atomic_load_n(&f->ta->rx_nbls, __ATOMIC_RELAXED) < N_FRAMES) {
		if (++steps > MAX_STEPS)
			fail_msg("A received %" PRIu64 " of %u frames in %u poll steps",
				 f->ta->rx_nbls, N_FRAMES, MAX_STEPS);
		mpdk_poller_poll(f->p);
	}
	print_message("%" PRIu64 " poll steps; A got %" PRIu64 " frames in %" PRIu64
		      " indications, B %" PRIu64 "; B holds %u, gave back %" PRIu64
		      " in %" PRIu64 " mixed chains\n", steps, f->ta->rx_nbls,
		      f->ta->rx_calls, f->tb->rx_nbls, k->n_held, k->returned,
		      k->mixed_chains);

	/* B still holds some: they come back now, in one chain. */
	assert_true(k->n_held > 0);
	keeper_give_back(f->tb, k, true);
	assert_int_equal(k->n_held, 0);

	assert_int_equal(f->a_bad, 0);
	assert_int_equal(k->bad_frames, 0);
	assert_int_equal(k->bad_mark, 0);
	assert_int_equal(k->res_frames, 0);
	assert_true(k->mixed_chains > 0);
	assert_true(k->unordered > 0);
	assert_true(f->ta->rx_nbls >= N_FRAMES);
	assert_int_equal(f->tb->rx_nbls, f->ta->rx_nbls);
	assert_int_equal(k->returned, f->tb->rx_nbls);
	check_rx_stats(f->ta, "A", f->ta->rx_nbls, 0);
	check_rx_stats(f->tb, "B", f->tb->rx_nbls, 0);

	close_binding(f, f->ta);
	close_binding(f, f->tb);
	/* Indicated to nobody from now on: straight back to the pools. */
	mpdk_poller_poll(f->p);
	check_pools_full(f->port, "both bindings closed");
}

static void
test_resources_when_low(void **state)
{
	struct fx *f = *state;
	struct keeper *k = &f->k;
	struct rte_mempool *mb = k->rx_mp;
	uint64_t steps = 0, held_then;
	unsigned int n;

	/* Phase 1: the holder keeps everything until the miniport runs low;
	 * from then on it gets RESOURCES indications only. */
	while (k->res_frames < LOW_RES_FRAMES) {
		if (++steps > MAX_STEPS)
			fail_msg("%" PRIu64 " RESOURCES frames of %u after %u poll steps (holder keeps %u)",
				 k->res_frames, LOW_RES_FRAMES, MAX_STEPS,
				 k->n_held);
		mpdk_poller_poll(f->p);
		/* Between steps only what the holder keeps is out. */
		if (mp_in_use(mb) != k->n_held)
			fail_msg("after step %" PRIu64 ": %u RX mbufs in use, the holder keeps %u",
				 steps, mp_in_use(mb), k->n_held);
	}
	print_message("holder keeps %u NBLs (hold limit in %u..%u); first RESOURCES indication when it kept %" PRId64
		      "; %" PRIu64 " RESOURCES frames in %" PRIu64 " indications\n",
		      k->n_held, LOW_LIMIT_LO, LOW_LIMIT_HI, k->held_at_first_res,
		      k->res_frames, k->res_calls);
	assert_int_equal(k->bad_frames, 0);
	assert_int_equal(k->pool_mismatch, 0);
	/* RESOURCES started once the hold limit was reached, and no normal
	 * indication came while the holder kept its NBLs. */
	assert_true(k->held_at_first_res >= 0);
	assert_true((uint64_t)k->held_at_first_res > LOW_LIMIT_LO);
	assert_true((uint64_t)k->held_at_first_res <= LOW_LIMIT_HI);
	assert_int_equal(k->normal_after_res, 0);
	assert_int_equal(k->n_held, (unsigned int)k->held_at_first_res);
	assert_int_equal(mp_in_use(mb), k->n_held);
	assert_int_equal(mp_in_use(k->rx_nbl_mp), 0); /* NBLs ride in the mbufs */
	{
		struct mpdk_receive_stats st;

		assert_int_equal(mpdk_binding_receive_stats(f->ta->binding, &st),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(st.resources, k->res_frames);
		assert_int_equal(st.indicated, k->n_held + k->res_frames);
		assert_int_equal(st.held, k->n_held);
		assert_int_equal(st.missed, 0);
	}

	/* Phase 2: give everything back (mixed, out of order); frames are
	 * indicated normally again. */
	held_then = k->n_held;
	keeper_give_back(f->ta, k, false);
	keeper_give_back(f->ta, k, true);
	assert_int_equal(k->returned, held_then);
	assert_int_equal(mp_in_use(mb), 0);
	k->give_back_at_once = true;
	n = (unsigned int)k->res_frames;
	steps = 0;
	while (k->normal_after_release < LOW_AFTER) {
		if (++steps > MAX_STEPS)
			fail_msg("%" PRIu64 " normal frames after giving back, in %u poll steps",
				 k->normal_after_release, MAX_STEPS);
		mpdk_poller_poll(f->p);
	}
	assert_int_equal(k->res_frames, n);
	assert_int_equal(k->bad_frames, 0);
	assert_int_equal(k->bad_mark, 0);
	check_rx_stats(f->ta, "holder", f->ta->rx_nbls, k->res_frames);

	close_binding(f, f->ta);
	mpdk_poller_poll(f->p);
	check_pools_full(f->port, "holder closed");
}

/* l2fwd between two net_null ports, stopped under load. */
static void
test_l2fwd_stop_under_load(void **state __rte_unused)
{
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	static const char *const names[2] = { "net_null_rx2", "net_null_rx3" };
	struct mpdk_adapter *ad[2];
	struct mpdk_l2fwd *fwd;
	struct mpdk_l2fwd_stats st;
	struct mpdk_poller *p;
	char params[64];
	int port[2];
	unsigned int i, d;
	mpdk_status_t s;

	assert_int_equal(mpdk_poller_create("l2fwd_null", 0, &p),
			 MPDK_STATUS_SUCCESS);
	for (i = 0; i < 2; i++) {
		port[i] = mpdk_test_vdev(names[i], "");
		assert_true(port[i] >= 0);
		snprintf(params, sizeof(params), "dev=%s", names[i]);
		cfg.params = params;
		assert_int_equal(mpdk_adapter_create("ethdev", &cfg, &ad[i]),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(mpdk_poller_add_queue(p, ad[i], 0),
				 MPDK_STATUS_SUCCESS);
	}
	assert_int_equal(mpdk_l2fwd_create(ad[0], ad[0], &fwd),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_l2fwd_create(ad[0], ad[1], &fwd),
			 MPDK_STATUS_SUCCESS);

	/* Until each direction forwarded some 100,000 frames. */
	for (i = 0; i < MAX_STEPS; i++) {
		mpdk_poller_poll(p);
		assert_int_equal(mpdk_l2fwd_stats_get(fwd, &st), MPDK_STATUS_SUCCESS);
		if (st.dir[0].forwarded >= 100000 && st.dir[1].forwarded >= 100000)
			break;
	}
	if (i == MAX_STEPS)
		fail_msg("l2fwd forwarded %" PRIu64 " / %" PRIu64 " frames in %u poll steps",
			 st.dir[0].forwarded, st.dir[1].forwarded, MAX_STEPS);

	/* Stop with frames in flight: sent, not yet reaped. */
	s = mpdk_l2fwd_stop(fwd);
	print_message("l2fwd stop under load: %s\n", mpdk_status_str(s));
	assert_true(s == MPDK_STATUS_SUCCESS || s == MPDK_STATUS_PENDING);
	if (s == MPDK_STATUS_PENDING) {
		assert_int_equal(mpdk_l2fwd_closed(fwd), 0);
		assert_int_equal(mpdk_l2fwd_free(fwd), MPDK_STATUS_BUSY);
	}
	for (i = 0; i < CLOSE_STEPS && !mpdk_l2fwd_closed(fwd); i++)
		mpdk_poller_poll(p);
	if (!mpdk_l2fwd_closed(fwd))
		fail_msg("l2fwd not closed after %u poll steps", CLOSE_STEPS);
	/* A second stop finds it closed. */
	assert_int_equal(mpdk_l2fwd_stop(fwd), MPDK_STATUS_SUCCESS);

	assert_int_equal(mpdk_l2fwd_stats_get(fwd, &st), MPDK_STATUS_SUCCESS);
	for (d = 0; d < 2; d++) {
		print_message("dir %u: rx %" PRIu64 " forwarded %" PRIu64 " copied %" PRIu64
			      " tx_failed %" PRIu64 " dropped %" PRIu64 "\n", d,
			      st.dir[d].rx, st.dir[d].forwarded, st.dir[d].copied,
			      st.dir[d].tx_failed, st.dir[d].dropped);
		assert_int_equal(st.dir[d].rx, st.dir[d].forwarded +
				 st.dir[d].tx_failed + st.dir[d].dropped);
		assert_int_equal(st.dir[d].tx_failed, 0);
		assert_int_equal(st.dir[d].copied, 0);
	}
	assert_int_equal(mpdk_l2fwd_free(fwd), MPDK_STATUS_SUCCESS);
	/* Indicated to nobody now: every RX buffer is back. */
	mpdk_poller_poll(p);
	for (i = 0; i < 2; i++)
		check_pools_full(port[i], "l2fwd freed");
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_SUCCESS);
	for (i = 0; i < 2; i++)
		assert_int_equal(mpdk_adapter_destroy(ad[i]), MPDK_STATUS_SUCCESS);
}

static void
test_returns_from_other_thread(void **state)
{
	struct fx *f = *state;
	struct mpdk_receive_stats st;
	uint64_t spins = 0;
	pthread_t th;

	if (!rte_lcore_is_enabled(1))
		fail_msg("needs lcore 1 (EAL runs with -l 0-1)");
	memset(&xt, 0, sizeof(xt));
	xt.tb = f->ta;
	xt.ring = rte_ring_create("nullrx_xt", 4096, SOCKET_ID_ANY,
				  RING_F_SP_ENQ | RING_F_SC_DEQ);
	assert_non_null(xt.ring);
	assert_int_equal(pthread_create(&th, NULL, xt_main, NULL), 0);
	assert_int_equal(mpdk_poller_launch(f->p, 1), MPDK_STATUS_SUCCESS);
	while (__atomic_load_n(&f->ta->rx_nbls, __ATOMIC_RELAXED) < XT_FRAMES) {
		if (++spins > 60000)
			break;
		usleep(1000);
	}
	assert_int_equal(mpdk_poller_stop(f->p), MPDK_STATUS_SUCCESS);
	__atomic_store_n(&xt.stop, 1, __ATOMIC_RELEASE);
	pthread_join(th, NULL);
	rte_ring_free(xt.ring);
	print_message("received %" PRIu64 " frames in %" PRIu64 " indications; "
		      "the pthread returned %" PRIu64 " (%" PRIu64
		      " returns joining indications), %" PRIu64
		      " returned inline, %" PRIu64 " RESOURCES\n",
		      f->ta->rx_nbls, f->ta->rx_calls, xt.returned, xt.joined,
		      xt.inline_frames, xt.res_frames);
	if (f->ta->rx_nbls < XT_FRAMES)
		fail_msg("only %" PRIu64 " of %u frames in 60 s", f->ta->rx_nbls,
			 XT_FRAMES);
	assert_true(xt.joined > 0);
	assert_int_equal(mpdk_binding_receive_stats(f->ta->binding, &st),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(st.indicated, f->ta->rx_nbls);
	assert_int_equal(st.resources, xt.res_frames);
	assert_int_equal(st.returned, st.indicated);
	assert_int_equal(st.held, 0);
	assert_int_equal(st.missed, 0);
	assert_int_equal(xt.returned + xt.inline_frames + xt.res_frames,
			 st.indicated);
	check_pools_full(f->port, "every frame returned");
	close_binding(f, f->ta);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_two_receivers, setup_two,
						teardown),
		cmocka_unit_test_setup_teardown(test_resources_when_low,
						setup_low, teardown),
		cmocka_unit_test(test_l2fwd_stop_under_load),
		cmocka_unit_test_setup_teardown(test_returns_from_other_thread,
						setup_xthread, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
