/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the generic "ethdev" miniport over a net_null port.
 *
 * What it proves:
 *  - volume: 1,000,000 NBLs of mixed shapes (1-4 NBs, 1-3 segments per
 *    NB, frames of 60-1514 bytes, drawn from a fixed-seed PRNG so a run is
 *    reproducible), sent from a run-to-completion loop that recycles a pool
 *    of a few thousand NBLs, each come back exactly once, with SUCCESS,
 *    intact (same bytes, same segments, every segment back to refcnt 1);
 *    the binding, queue and poller counters agree with what the protocol
 *    saw, and at the end both the NBL pool and the mbuf pool are full;
 *    with NBs from a packet pool (held by references while net_null has
 *    them) and from an NB pool (one-segment NBs lent, the others held);
 *  - validation on a real PMD: frames over MTU + 14 (1515 bytes, 9000
 *    bytes in 5 segments), runts and NBs whose segment count or lengths
 *    disagree with their chain complete with INVALID_LENGTH, an NB
 *    whose segment has another reference completes with INVALID_DATA with
 *    that reference untouched, an NBL without NB with INVALID_DATA, while
 *    the good NBLs of the same chain complete with SUCCESS.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_ether.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_test.h"

#define N_NBLS 1000000u      /* NBLs sent by the volume test */
#define POOL_NBLS 4096u      /* NBL descriptors, recycled */
#define MBUFS 65535u         /* worst case: 4096 NBLs x 4 NBs x 3 segs */
#define NB_MBUFS 49152u      /* the same, exactly (no cache to fill) */
#define MAX_BURST 64u        /* NBLs per send call */
#define MIN_FRAME 60u
#define MAX_FRAME 1514u
#define BIG_FRAME 9000u
#define IDLE_LIMIT 1000000u  /* poll steps without progress before failing */

/* protocol_reserved[] slots of the test (slot 0 is the test protocol's id). */
#define RSV_BYTES 1          /* bytes of the NBL when sent */
#define RSV_SEGS 2           /* segments of the NBL when sent */

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;        /* the current test's NBs: one of */
static struct rte_mempool *plain_mp;  /* a packet pool (NBs held) */
static struct rte_mempool *nb_mp;     /* an NB pool (one-segment NBs lent) */
static unsigned int pool_full;
static unsigned int mp_full;
static unsigned int plain_full;
static unsigned int nb_full;
static uint8_t pattern[BIG_FRAME];

struct fx {
	int port;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto tp;
	struct tp_binding *tb;
};

/* xorshift64*: fixed seed, same shapes on every run. */
static uint64_t rng_state;

static uint32_t
rng_next(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 2685821657736338717ull) >> 32);
}

static uint32_t
rng_range(uint32_t lo, uint32_t hi)
{
	return lo + rng_next() % (hi - lo + 1);
}

/* Segments and bytes of an NBL, counted from its mbufs. */
static void
nbl_shape(const struct mpdk_nbl *nbl, uint32_t *segs, uint64_t *bytes)
{
	const struct rte_mbuf *nb, *seg;

	*segs = 0;
	*bytes = 0;
	MPDK_NB_FOREACH(nb, nbl) {
		for (seg = nb; seg != NULL; seg = seg->next) {
			(*segs)++;
			*bytes += seg->data_len;
		}
	}
}

/* Every segment of every NB of an NBL has refcnt @p want. */
static bool
nbl_refcnt_is(const struct mpdk_nbl *nbl, uint16_t want)
{
	const struct rte_mbuf *nb, *seg;

	MPDK_NB_FOREACH(nb, nbl)
		for (seg = nb; seg != NULL; seg = seg->next)
			if (rte_mbuf_refcnt_read(seg) != want)
				return false;
	return true;
}

/* Free the NBs of an NBL and keep the (empty) descriptor. */
static void
nbl_drop_nbs(struct mpdk_nbl *nbl)
{
	struct rte_mbuf *nb = mpdk_nbl_take_nbs(nbl), *next;

	for (; nb != NULL; nb = next) {
		next = mpdk_nb_next(nb);
		rte_pktmbuf_free(nb);
	}
}

/* Append one NB of @p len bytes in exactly @p segs segments. */
static void
add_nb(struct mpdk_nbl *nbl, uint32_t len, uint32_t segs)
{
	uint16_t seg_len = (uint16_t)((len + segs - 1) / segs);

	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, pattern, len, seg_len),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl->last_nb->nb_segs, segs);
	assert_int_equal(nbl->last_nb->pkt_len, len);
}

/* Give an empty NBL a new random shape and remember it. */
static void
nbl_build_random(struct mpdk_nbl *nbl)
{
	uint32_t n_nb = rng_range(1, 4), i, segs = 0;
	uint64_t bytes = 0;

	for (i = 0; i < n_nb; i++) {
		uint32_t len = rng_range(MIN_FRAME, MAX_FRAME);
		uint32_t s = rng_range(1, 3);

		add_nb(nbl, len, s);
		segs += s;
		bytes += len;
	}
	nbl->protocol_reserved[RSV_BYTES] = (uintptr_t)bytes;
	nbl->protocol_reserved[RSV_SEGS] = segs;
}

/* State of the run-to-completion loop of the volume test. */
struct volume {
	struct mpdk_nbl *free_head;  /* completed NBLs, ready to resend */
	unsigned int n_free;
	uint64_t not_success;        /* completed with another status */
	uint64_t changed;            /* came back with other bytes/segments */
	uint64_t still_held;         /* came back with a segment refcnt != 1 */
};

/* Completion hook: check the NBL came back as sent, then recycle it. */
static void
volume_on_complete(struct tp_binding *tb, struct mpdk_nbl *nbl)
{
	struct volume *v = tb->user;
	uint64_t bytes;
	uint32_t segs;

	if (nbl->status != MPDK_STATUS_SUCCESS)
		v->not_success++;
	nbl_shape(nbl, &segs, &bytes);
	if (bytes != nbl->protocol_reserved[RSV_BYTES] ||
	    segs != nbl->protocol_reserved[RSV_SEGS])
		v->changed++;
	if (!nbl_refcnt_is(nbl, 1))
		v->still_held++;
	nbl->next = v->free_head;
	v->free_head = nbl;
	v->n_free++;
}

static int
group_setup(void **state __rte_unused)
{
	unsigned int i;

	if (mpdk_test_init("test_null_tx") != 0)
		return -1;
	pool = mpdk_nbl_pool_create("nulltx_nbl", POOL_NBLS, 0, SOCKET_ID_ANY);
	plain_mp = rte_pktmbuf_pool_create("nulltx_mbuf", MBUFS, 256, 0,
					   RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nb_mp = mpdk_nb_pool_create("nulltx_nb", NB_MBUFS, 0,
				    RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || plain_mp == NULL || nb_mp == NULL) {
		fprintf(stderr, "cannot create the pools: %s\n",
			rte_strerror(rte_errno));
		return -1;
	}
	pool_full = mpdk_nbl_pool_avail(pool);
	plain_full = rte_mempool_avail_count(plain_mp);
	nb_full = rte_mempool_avail_count(nb_mp);
	for (i = 0; i < sizeof(pattern); i++)
		pattern[i] = (uint8_t)(i * 7 + 3);
	/* A unicast destination MAC, as on any real frame. */
	memset(pattern, 0x02, RTE_ETHER_ADDR_LEN);
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(plain_mp);
	rte_mempool_free(nb_mp);
	mpdk_test_fini();
	return 0;
}

static int
setup_with(void **state, struct rte_mempool *nbs)
{
	static unsigned int seq;
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	char dev[32], params[64];
	struct fx *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	mp = nbs;
	mp_full = rte_mempool_avail_count(nbs);
	snprintf(dev, sizeof(dev), "net_null_tx%u", seq++);
	f->port = mpdk_test_vdev(dev, "");
	if (f->port < 0)
		return -1;
	snprintf(params, sizeof(params), "dev=%s", dev);
	cfg.params = params;
	if (mpdk_adapter_create("ethdev", &cfg, &f->a) != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "cannot create an ethdev adapter on %s\n", dev);
		return -1;
	}
	if (mpdk_poller_create("nulltx", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, MPDK_ALL_QUEUES) !=
	    MPDK_STATUS_SUCCESS)
		return -1;
	if (tp_register(&f->tp, "proto-nulltx") != 0)
		return -1;
	f->tb = tp_bind(&f->tp, f->a);
	if (f->tb == NULL)
		return -1;
	*state = f;
	return 0;
}

static int
setup(void **state)
{
	return setup_with(state, plain_mp);
}

static int
setup_nb(void **state)
{
	return setup_with(state, nb_mp);
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	assert_int_equal(tp_outstanding(f->tb), 0);
	assert_int_equal(mpdk_close_adapter(f->tb->binding), MPDK_STATUS_SUCCESS);
	tp_deregister(&f->tp);
	tp_binding_free(f->tb);
	assert_int_equal(mpdk_poller_destroy(f->p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(f->a), MPDK_STATUS_SUCCESS);
	/* Nothing leaked: both pools are full again. */
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(plain_mp), plain_full);
	assert_int_equal(rte_mempool_avail_count(nb_mp), nb_full);
	free(f);
	return 0;
}

/* 1,000,000 NBLs of mixed shapes through net_null, recycled as they
 * complete: each comes back exactly once, SUCCESS, unchanged. */
static void
test_million_mixed(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *all[POOL_NBLS];
	struct mpdk_send_stats bs, qs;
	struct mpdk_poller_stats ps;
	struct volume v;
	uint64_t next_id = 0, segs_sent = 0, nbs_sent = 0, idle = 0;
	unsigned int i;

	memset(&v, 0, sizeof(v));
	rng_state = 0x2545F4914F6CDD1Dull;
	f->tb->user = &v;
	f->tb->on_complete = volume_on_complete;

	assert_int_equal(mpdk_nbl_alloc_bulk(pool, all, POOL_NBLS),
			 MPDK_STATUS_SUCCESS);
	for (i = 0; i < POOL_NBLS; i++) {
		all[i]->next = v.free_head;
		v.free_head = all[i];
	}
	v.n_free = POOL_NBLS;

	while (f->tb->completed < N_NBLS) {
		struct mpdk_nbl *head = NULL, **tailp = &head;
		unsigned int burst = rng_range(1, MAX_BURST), n = 0, work;

		while (n < burst && next_id < N_NBLS && v.free_head != NULL) {
			struct mpdk_nbl *nbl = v.free_head;

			v.free_head = nbl->next;
			v.n_free--;
			nbl->next = NULL;
			nbl_drop_nbs(nbl);
			nbl_build_random(nbl);
			segs_sent += nbl->protocol_reserved[RSV_SEGS];
			nbs_sent += nbl->nb_count;
			tp_tag(f->tb, nbl, (uint32_t)next_id++);
			*tailp = nbl;
			tailp = &nbl->next;
			n++;
		}
		if (head != NULL) {
			mpdk_status_t st = tp_send(f->tb, head, 0);

			if (st != MPDK_STATUS_PENDING)
				fail_msg("send of NBLs %" PRIu64 "..: %s",
					 next_id - n, mpdk_status_str(st));
		}
		work = mpdk_poller_poll(f->p);
		if (n != 0 || work != 0)
			idle = 0;
		else if (++idle == IDLE_LIMIT)
			fail_msg("no progress for %u poll steps: %" PRIu64
				 " of %u NBLs completed, %" PRIu64 " outstanding",
				 IDLE_LIMIT, f->tb->completed, N_NBLS,
				 tp_outstanding(f->tb));
	}
	/* A few more steps: nothing else may come back. */
	for (i = 0; i < 16; i++)
		mpdk_poller_poll(f->p);

	print_message("sent %u NBLs, %" PRIu64 " NBs, %" PRIu64 " segments, %"
		      PRIu64 " send-complete calls (longest chain %u)\n",
		      N_NBLS, nbs_sent, segs_sent, f->tb->complete_calls,
		      f->tb->max_chain);

	/* The protocol's view: each NBL exactly once, with SUCCESS. */
	assert_int_equal(next_id, N_NBLS);
	assert_int_equal(f->tb->sent, N_NBLS);
	assert_int_equal(f->tb->completed, N_NBLS);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->tb->foreign, 0);
	assert_int_equal(f->tb->pending_status, 0);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], N_NBLS);
	assert_int_equal(v.not_success, 0);
	assert_int_equal(v.changed, 0);
	assert_int_equal(v.still_held, 0);
	assert_int_equal(v.n_free, POOL_NBLS);

	/* The library's view agrees. */
	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.sent, N_NBLS);
	assert_int_equal(bs.completed, N_NBLS);
	assert_int_equal(bs.outstanding, 0);
	assert_int_equal(bs.rejected, 0);
	assert_int_equal(bs.by_status[MPDK_STATUS_SUCCESS], N_NBLS);
	assert_int_equal(mpdk_adapter_queue_stats(f->a, 0, &qs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(qs.sent, N_NBLS);
	assert_int_equal(qs.completed, N_NBLS);
	assert_int_equal(qs.outstanding, 0);
	assert_int_equal(qs.rejected, 0);
	assert_int_equal(qs.by_status[MPDK_STATUS_SUCCESS], N_NBLS);
	assert_int_equal(mpdk_poller_stats_get(f->p, &ps), MPDK_STATUS_SUCCESS);
	assert_int_equal(ps.completions, N_NBLS);
	assert_int_equal(ps.complete_calls, f->tb->complete_calls);

	/* Every descriptor and every mbuf goes back to its pool. */
	for (i = 0; i < POOL_NBLS; i++) {
		struct mpdk_nbl *nbl = v.free_head;

		assert_non_null(nbl);
		v.free_head = nbl->next;
		mpdk_nbl_free(nbl);
	}
	assert_null(v.free_head);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
	f->tb->on_complete = NULL;
	f->tb->user = NULL;
}

/* Expected outcome of one NBL of the bad-input chain. */
struct bad_case {
	const char *what;
	mpdk_status_t want;
	struct mpdk_nbl *nbl;
	struct rte_mbuf *extra_ref;  /* segment the test holds a reference on */
};

static struct mpdk_nbl *
mk_nbl(uint32_t id)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	nbl->protocol_reserved[0] = id;
	return nbl;
}

/* Segment @p idx (0-based) of an NB. */
static struct rte_mbuf *
nb_seg(struct rte_mbuf *nb, unsigned int idx)
{
	while (idx-- > 0) {
		assert_non_null(nb->next);
		nb = nb->next;
	}
	return nb;
}

/* Oversized frames and runts complete with INVALID_LENGTH, a segment with
 * a second reference (or no NB at all) with INVALID_DATA, and the good
 * NBLs of the same chain with SUCCESS. */
static void
test_bad_frames_in_good_chain(void **state)
{
	struct fx *f = *state;
	struct bad_case c[24];
	struct mpdk_nbl *head = NULL, **tailp = &head, *nbl;
	struct mpdk_send_stats bs;
	unsigned int n = 0, i, good = 0, len_bad = 0, data_bad = 0, errors = 0;
	uint32_t max_frame;
	uint16_t mtu;
	mpdk_status_t st;

	assert_int_equal(rte_eth_dev_get_mtu((uint16_t)f->port, &mtu), 0);
	assert_int_equal(mtu, RTE_ETHER_MTU);
	max_frame = (uint32_t)mtu + RTE_ETHER_HDR_LEN;
	assert_true(max_frame + 1 < BIG_FRAME);

#define CASE(desc, status) do { \
		c[n].what = (desc); \
		c[n].want = (status); \
		c[n].nbl = mk_nbl(n); \
		c[n].extra_ref = NULL; \
		nbl = c[n].nbl; \
	} while (0)
#define NEXT() do { *tailp = c[n].nbl; tailp = &c[n].nbl->next; n++; } while (0)

	CASE("good 60 bytes", MPDK_STATUS_SUCCESS);
	add_nb(nbl, MIN_FRAME, 1);
	NEXT();
	CASE("1515 bytes, one over MTU + 14", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, max_frame + 1, 1);
	NEXT();
	CASE("good 1514 bytes in 3 segments", MPDK_STATUS_SUCCESS);
	add_nb(nbl, max_frame, 3);
	NEXT();
	CASE("9000 bytes in 5 segments", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, BIG_FRAME, 5);
	NEXT();
	CASE("runt of 10 bytes", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 10, 1);
	NEXT();
	CASE("runt of 13 bytes in 2 segments", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, RTE_ETHER_HDR_LEN - 1, 2);
	NEXT();
	CASE("good 14 bytes (Ethernet header only)", MPDK_STATUS_SUCCESS);
	add_nb(nbl, RTE_ETHER_HDR_LEN, 1);
	NEXT();
	CASE("1 segment, data_len 1 byte short of pkt_len",
	     MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 200, 1);
	nbl->first_nb->data_len--;
	NEXT();
	CASE("nb_segs 2 on a single segment", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 200, 1);
	nbl->first_nb->nb_segs = 2;
	NEXT();
	CASE("nb_segs 1 on a chain of 2 segments", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 300, 2);
	nbl->first_nb->nb_segs = 1;
	NEXT();
	CASE("nb_segs 1 and pkt_len of segment 1, on a chain of 2 segments",
	     MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 300, 2);
	nbl->first_nb->nb_segs = 1;
	nbl->first_nb->pkt_len = nbl->first_nb->data_len;
	NEXT();
	CASE("3 segments whose lengths add up to pkt_len + 1",
	     MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 300, 3);
	nbl->first_nb->pkt_len--;
	NEXT();
	CASE("3 NBs, the last one 1515 bytes", MPDK_STATUS_INVALID_LENGTH);
	add_nb(nbl, 100, 2);
	add_nb(nbl, 200, 1);
	add_nb(nbl, max_frame + 1, 2);
	NEXT();
	CASE("good 4 NBs of 3 segments", MPDK_STATUS_SUCCESS);
	for (i = 0; i < 4; i++)
		add_nb(nbl, 300 + i, 3);
	NEXT();
	CASE("1 segment with refcnt 2", MPDK_STATUS_INVALID_DATA);
	add_nb(nbl, 128, 1);
	c[n].extra_ref = nbl->first_nb;
	NEXT();
	CASE("segment 2 of 3 with refcnt 2", MPDK_STATUS_INVALID_DATA);
	add_nb(nbl, 600, 3);
	c[n].extra_ref = nb_seg(nbl->first_nb, 1);
	NEXT();
	CASE("2 NBs, segment 1 of the second with refcnt 2",
	     MPDK_STATUS_INVALID_DATA);
	add_nb(nbl, 400, 2);
	add_nb(nbl, 500, 3);
	c[n].extra_ref = nbl->last_nb;
	NEXT();
	CASE("NBL without NB", MPDK_STATUS_INVALID_DATA);
	NEXT();
	CASE("good 2 NBs after the bad ones", MPDK_STATUS_SUCCESS);
	add_nb(nbl, 1000, 2);
	add_nb(nbl, 64, 1);
	NEXT();
#undef CASE
#undef NEXT

	for (i = 0; i < n; i++) {
		if (c[i].extra_ref != NULL)
			rte_mbuf_refcnt_update(c[i].extra_ref, 1);
		good += c[i].want == MPDK_STATUS_SUCCESS;
		len_bad += c[i].want == MPDK_STATUS_INVALID_LENGTH;
		data_bad += c[i].want == MPDK_STATUS_INVALID_DATA;
	}

	st = tp_send(f->tb, head, 0);
	assert_int_equal(st, MPDK_STATUS_PENDING);
	/* Completions come from the poller, never from inside the send. */
	assert_int_equal(f->tb->completed, 0);
	for (i = 0; i < 100 && f->tb->completed < n; i++)
		mpdk_poller_poll(f->p);
	if (f->tb->completed != n)
		fail_msg("%" PRIu64 " of %u NBLs completed after %u poll steps",
			 f->tb->completed, n, i);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->tb->foreign, 0);

	for (i = 0; i < n; i++) {
		if (c[i].nbl->status != (int32_t)c[i].want) {
			print_error("NBL %u (%s): status %s, expected %s\n", i,
				    c[i].what, mpdk_status_str(c[i].nbl->status),
				    mpdk_status_str(c[i].want));
			errors++;
		}
	}
	/* The library dropped every reference it took.  (That it left the
	 * test's own extra references alone is test_refused_nb_keeps_other_ref.) */
	for (i = 0; i < n; i++) {
		struct rte_mbuf *nb, *seg;
		unsigned int k = 0;

		MPDK_NB_FOREACH(nb, c[i].nbl) {
			for (seg = nb; seg != NULL; seg = seg->next, k++) {
				uint16_t want = 1;

				if (seg == c[i].extra_ref ||
				    rte_mbuf_refcnt_read(seg) == want)
					continue;
				print_error("NBL %u (%s): segment %u has refcnt %u after completion, expected %u\n",
					    i, c[i].what, k,
					    rte_mbuf_refcnt_read(seg), want);
				errors++;
			}
		}
	}

	/* Give back the test's extra references (only those still there,
	 * so a failure above does not also leak), then free everything. */
	for (i = 0; i < n; i++) {
		if (c[i].extra_ref != NULL &&
		    rte_mbuf_refcnt_read(c[i].extra_ref) > 1)
			rte_mbuf_refcnt_update(c[i].extra_ref, -1);
	}
	for (i = 0; i < n; i++) {
		c[i].nbl->next = NULL;
		mpdk_nbl_free(c[i].nbl);
	}
	if (errors != 0)
		fail_msg("%u NBLs came back wrong (listed above)", errors);

	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], good);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_INVALID_LENGTH], len_bad);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_INVALID_DATA], data_bad);
	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.sent, n);
	assert_int_equal(bs.completed, n);
	assert_int_equal(bs.outstanding, 0);
	assert_int_equal(bs.by_status[MPDK_STATUS_SUCCESS], good);
	assert_int_equal(bs.by_status[MPDK_STATUS_INVALID_LENGTH], len_bad);
	assert_int_equal(bs.by_status[MPDK_STATUS_INVALID_DATA], data_bad);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
}

/*
 * An NB refused because one of its segments has another holder (refcnt 2)
 * comes back with INVALID_DATA and that holder's reference intact: after
 * the NBL is freed the segment is still out of the pool, and the holder
 * frees it last.  Position of the shared segment: first segment of a
 * single-segment NB, middle segment of a 3-segment NB, first segment of
 * the second NB of an NBL.
 */
static void
test_refused_nb_keeps_other_ref(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl[4], *chain;
	struct rte_mbuf *shared[3];
	unsigned int i, errors = 0, avail;
	static const char *const where[] = {
		"segment 1 of 1", "segment 2 of 3", "segment 1 of NB 2",
	};

	for (i = 0; i < 4; i++)
		nbl[i] = mk_nbl(i);
	add_nb(nbl[0], 128, 1);
	shared[0] = nbl[0]->first_nb;
	add_nb(nbl[1], 600, 3);
	shared[1] = nb_seg(nbl[1]->first_nb, 1);
	add_nb(nbl[2], 400, 2);
	add_nb(nbl[2], 500, 3);
	shared[2] = nbl[2]->last_nb;
	add_nb(nbl[3], 256, 2); /* a good one behind them */
	for (i = 0; i < 3; i++) {
		rte_mbuf_refcnt_update(shared[i], 1); /* the other holder */
		nbl[i]->next = nbl[i + 1];
	}
	chain = nbl[0];

	assert_int_equal(tp_send(f->tb, chain, 0), MPDK_STATUS_PENDING);
	for (i = 0; i < 100 && f->tb->completed < 4; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->completed, 4);
	assert_int_equal(f->tb->twice, 0);
	for (i = 0; i < 3; i++)
		assert_int_equal(nbl[i]->status, MPDK_STATUS_INVALID_DATA);
	assert_int_equal(nbl[3]->status, MPDK_STATUS_SUCCESS);

	for (i = 0; i < 3; i++) {
		if (rte_mbuf_refcnt_read(shared[i]) != 2) {
			print_error("refused NBL %u: the other holder's reference on %s was dropped (refcnt %u, expected 2)\n",
				    i, where[i], rte_mbuf_refcnt_read(shared[i]));
			errors++;
		}
	}

	/* The owner frees its NBLs: the shared segments stay out. */
	for (i = 0; i < 4; i++) {
		nbl[i]->next = NULL;
		mpdk_nbl_free(nbl[i]);
	}
	avail = rte_mempool_avail_count(mp);
	if (avail != mp_full - 3) {
		print_error("NBLs freed: %u mbufs out of the pool, expected the 3 shared segments (a segment still referenced went back to the pool)\n",
			    mp_full - avail);
		errors++;
	}
	/* The other holder lets go last (unless the segments went back to
	 * the pool already: freeing them again would corrupt it). */
	if (avail == mp_full - 3)
		for (i = 0; i < 3; i++)
			rte_pktmbuf_free_seg(shared[i]);
	if (errors != 0)
		fail_msg("%u reference errors (listed above)", errors);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_million_mixed, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_bad_frames_in_good_chain,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused_nb_keeps_other_ref,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_million_mixed, setup_nb,
						teardown),
		cmocka_unit_test_setup_teardown(test_bad_frames_in_good_chain,
						setup_nb, teardown),
		cmocka_unit_test_setup_teardown(test_refused_nb_keeps_other_ref,
						setup_nb, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
