/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: "completed" means "buffer released".
 *
 * The port is a net_ring port (rte_eth_from_rings) whose TX ring the test
 * itself drains, as the consumer at the other end of the wire would: it
 * dequeues the transmitted mbufs and holds them.  What it proves:
 *  - while the consumer holds the mbufs no NBL completes, however often
 *    the poller runs and however long we wait: tx_burst having taken a
 *    frame is not a completion;
 *  - when the consumer frees some mbufs, exactly the NBLs whose every
 *    segment was freed complete (an NBL with only some NBs freed does
 *    not), with SUCCESS, exactly once;
 *  - the order of release does not matter: freeing in reverse completes
 *    everything, and NBLs released while older ones are still held
 *    complete without waiting for the older ones;
 *  - the NBL pool and the mbuf pool are full at the end.
 * Each test runs twice: NBs from a packet pool (held by a reference while
 * the PMD has them) and from an NB pool (mpdk_nb_pool_create(): its
 * one-segment NBs are lent and the consumer's free of one is the signal,
 * its multi-segment NBs are held), so both signals are proved, mixed in
 * the same NBLs.
 * Bad input with loans: an NB the PMD still holds (lent, the consumer has
 * it) sent again in another NBL completes INVALID_DATA and its loan is
 * left alone; the first NBL completes once the consumer frees the NB.
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

#include "mpdk_miniport.h"
#include "mpdk_test.h"

#define N_NBLS 1000u          /* NBLs per test */
#define MAX_NB 3u             /* NBs per NBL */
#define MAX_NBS (N_NBLS * MAX_NB)
#define TX_RING_SIZE 4096u    /* holds every NB of a test: no backlog */
#define SEND_BURST 50u        /* NBLs per send call */
#define HOLD_POLLS 5000u      /* poll steps while the consumer holds */
#define IDLE_LIMIT 100000u    /* poll steps without progress before failing */
#define SETTLE_POLLS 1000u    /* extra steps proving nothing else comes */
#define TAG_OFF RTE_ETHER_HDR_LEN /* where a frame carries its NBL id */

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;     /* packet pool: NBs held */
static struct rte_mempool *nb_mp;  /* NB pool: one-segment NBs lent */
static unsigned int pool_full;
static unsigned int mp_full;
static unsigned int nb_mp_full;

struct fx {
	struct rte_mempool *mp;  /* where the NBs come from */
	struct rte_ring *rxr;
	struct rte_ring *txr;
	int port;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto tp;
	struct tp_binding *tb;
	/* NBLs sent, by id. */
	uint32_t nb_count[N_NBLS];
	uint32_t nbs_freed[N_NBLS];
	uint32_t total_nbs;
	/* The consumer: mbufs taken from the TX ring and not freed yet. */
	struct rte_mbuf *held[MAX_NBS];
	bool freed[MAX_NBS];
	unsigned int n_held;
};

/* Frame tag: NBL id and NB index, right after the Ethernet header. */
static void
frame_tag(const struct rte_mbuf *m, uint32_t *id, uint8_t *nb)
{
	const uint8_t *p = rte_pktmbuf_mtod(m, const uint8_t *) + TAG_OFF;

	memcpy(id, p, sizeof(*id));
	*nb = p[sizeof(*id)];
}

/* Free what a binding gets back: per-NBL results are in tb->out[]. */
static void
free_on_complete(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	mpdk_nbl_free(nbl);
}

/* NBL @p id: 1-3 NBs of 64-1463 bytes, 1-3 segments each. */
static struct mpdk_nbl *
mk_nbl(struct fx *f, uint32_t id)
{
	uint8_t frame[RTE_ETHER_MAX_LEN];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	uint32_t k, n_nb = 1 + id % MAX_NB;

	assert_non_null(nbl);
	memset(frame, 0x5a, sizeof(frame));
	memset(frame, 0x02, RTE_ETHER_ADDR_LEN);
	for (k = 0; k < n_nb; k++) {
		uint32_t len = 64 + (id * 37 + k * 101) % 1400;
		uint32_t segs = 1 + (id / MAX_NB + k) % 3;

		memcpy(frame + TAG_OFF, &id, sizeof(id));
		frame[TAG_OFF + sizeof(id)] = (uint8_t)k;
		assert_int_equal(mpdk_nbl_add_copy(nbl, f->mp, frame, len,
						   (uint16_t)((len + segs - 1) / segs)),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(nbl->last_nb->nb_segs, segs);
	}
	tp_tag(f->tb, nbl, id);
	f->nb_count[id] = n_nb;
	f->total_nbs += n_nb;
	return nbl;
}

/* Send NBLs 0..N_NBLS-1 in chains of SEND_BURST. */
static void
send_all(struct fx *f)
{
	uint32_t id = 0, i;

	while (id < N_NBLS) {
		struct mpdk_nbl *head = NULL, **tailp = &head;

		for (i = 0; i < SEND_BURST && id < N_NBLS; i++, id++) {
			*tailp = mk_nbl(f, id);
			tailp = &(*tailp)->next;
		}
		assert_int_equal(tp_send(f->tb, head, 0), MPDK_STATUS_PENDING);
	}
	assert_int_equal(f->tb->sent, N_NBLS);
}

/* The consumer takes everything from the TX ring and holds it. */
static void
consumer_drain(struct fx *f)
{
	unsigned int n;

	do {
		n = rte_ring_dequeue_burst(f->txr, (void **)&f->held[f->n_held],
					   MAX_NBS - f->n_held, NULL);
		f->n_held += n;
	} while (n != 0 && f->n_held < MAX_NBS);
}

/* The consumer frees held mbuf @p i. */
static void
consumer_free(struct fx *f, unsigned int i)
{
	uint32_t id;
	uint8_t nb;

	assert_false(f->freed[i]);
	frame_tag(f->held[i], &id, &nb);
	assert_true(id < N_NBLS);
	f->nbs_freed[id]++;
	f->freed[i] = true;
	rte_pktmbuf_free(f->held[i]);
}

/* NBLs whose every NB the consumer freed. */
static unsigned int
fully_freed(const struct fx *f)
{
	unsigned int id, n = 0;

	for (id = 0; id < N_NBLS; id++)
		n += f->nbs_freed[id] == f->nb_count[id];
	return n;
}

/* Poll until @p want NBLs completed (failing after IDLE_LIMIT steps
 * without progress), then SETTLE_POLLS more steps: no more may come. */
static void
poll_until_completed(struct fx *f, uint64_t want, const char *when)
{
	unsigned int idle = 0, i;

	while (f->tb->completed < want) {
		if (mpdk_poller_poll(f->p) != 0) {
			idle = 0;
		} else if (++idle == IDLE_LIMIT) {
			fail_msg("%s: %" PRIu64 " of %" PRIu64 " released NBLs completed, none more after %u poll steps",
				 when, f->tb->completed, want, IDLE_LIMIT);
		}
	}
	for (i = 0; i < SETTLE_POLLS; i++)
		mpdk_poller_poll(f->p);
	if (f->tb->completed != want)
		fail_msg("%s: %" PRIu64 " NBLs completed, only %" PRIu64 " were released",
			 when, f->tb->completed, want);
}

/* Exactly the NBLs the consumer released completed, with SUCCESS, once. */
static void
check_exactly_released(struct fx *f, const char *when)
{
	struct mpdk_send_stats bs, qs;
	unsigned int id, wrong = 0;
	uint64_t released = fully_freed(f);

	for (id = 0; id < N_NBLS; id++) {
		bool done = f->tb->out[id] == 0;
		bool rel = f->nbs_freed[id] == f->nb_count[id];

		if (done == rel)
			continue;
		if (wrong++ < 10)
			print_error("%s: NBL %u (%u NBs, %u freed) %s\n", when, id,
				    f->nb_count[id], f->nbs_freed[id],
				    done ? "completed before all its NBs were freed" :
				    "released but not completed");
	}
	if (wrong != 0)
		fail_msg("%s: %u NBLs wrong", when, wrong);
	assert_int_equal(f->tb->completed, released);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], released);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->tb->foreign, 0);
	assert_int_equal(mpdk_binding_stats(f->tb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.sent, N_NBLS);
	assert_int_equal(bs.completed, released);
	assert_int_equal(bs.outstanding, N_NBLS - released);
	assert_int_equal(bs.by_status[MPDK_STATUS_SUCCESS], released);
	assert_int_equal(mpdk_adapter_queue_stats(f->a, 0, &qs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(qs.sent, N_NBLS);
	assert_int_equal(qs.completed, released);
	assert_int_equal(qs.outstanding, N_NBLS - released);
}

/* Send everything, then show that nothing completes while the consumer
 * holds the frames (in the TX ring, then in its hands). */
static void
send_and_hold(struct fx *f)
{
	unsigned int i, n_lent;

	send_all(f);
	for (i = 0; i < HOLD_POLLS; i++) {
		mpdk_poller_poll(f->p);
		if (i % 500 == 0)
			usleep(1000);
	}
	assert_int_equal(f->tb->completed, 0);
	assert_int_equal(tp_outstanding(f->tb), N_NBLS);
	check_exactly_released(f, "frames still in the TX ring");

	/* Every NB went out (the ring is big enough): the consumer takes
	 * them all, each still referenced by its NBL and by the consumer, or
	 * lent (an NB pool's one-segment NBs: refcnt 1, the consumer's). */
	consumer_drain(f);
	assert_int_equal(f->n_held, f->total_nbs);
	for (i = 0, n_lent = 0; i < f->n_held; i++) {
		struct rte_mbuf *m = f->held[i];

		if (f->mp == nb_mp && m->nb_segs == 1) {
			assert_true(mpdk_nb_is_lent(m));
			assert_int_equal(rte_mbuf_refcnt_read(m), 1);
			n_lent++;
		} else {
			assert_false(mpdk_nb_is_lent(m));
			assert_int_equal(rte_mbuf_refcnt_read(m), 2);
		}
	}
	if (f->mp == nb_mp)
		assert_true(n_lent > 0 && n_lent < f->n_held);
	for (i = 0; i < HOLD_POLLS; i++) {
		mpdk_poller_poll(f->p);
		if (i % 500 == 0)
			usleep(1000);
	}
	assert_int_equal(f->tb->completed, 0);
	check_exactly_released(f, "consumer holding every frame");
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_ring_release") != 0)
		return -1;
	pool = mpdk_nbl_pool_create("ringrel_nbl", 2048, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("ringrel_mbuf", 16383, 256, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nb_mp = mpdk_nb_pool_create("ringrel_nb", 8191, 0,
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

static int
setup_with(void **state, struct rte_mempool *nbs)
{
	static unsigned int seq;
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	char name[32], params[64];
	struct fx *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	f->mp = nbs;
	snprintf(name, sizeof(name), "rr_rx%u", seq);
	f->rxr = rte_ring_create(name, 64, (int)rte_socket_id(),
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	snprintf(name, sizeof(name), "rr_tx%u", seq);
	f->txr = rte_ring_create(name, TX_RING_SIZE, (int)rte_socket_id(),
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	if (f->rxr == NULL || f->txr == NULL)
		return -1;
	snprintf(name, sizeof(name), "ring_rel%u", seq++);
	f->port = rte_eth_from_rings(name, &f->rxr, 1, &f->txr, 1,
				     rte_socket_id());
	if (f->port < 0) {
		fprintf(stderr, "rte_eth_from_rings(%s) failed\n", name);
		return -1;
	}
	snprintf(params, sizeof(params), "port=%d", f->port);
	cfg.params = params;
	if (mpdk_adapter_create("ethdev", &cfg, &f->a) != MPDK_STATUS_SUCCESS)
		return -1;
	if (mpdk_poller_create("ringrel", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	if (tp_register(&f->tp, "proto-ringrel") != 0)
		return -1;
	f->tb = tp_bind(&f->tp, f->a);
	if (f->tb == NULL)
		return -1;
	f->tb->on_complete = free_on_complete;
	*state = f;
	return 0;
}

static int
setup(void **state)
{
	return setup_with(state, mp);
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
	unsigned int i, idle = 0;

	/* After a failure too: the consumer lets go of everything, so every
	 * NBL can come back and the pools can be checked. */
	consumer_drain(f);
	for (i = 0; i < f->n_held; i++)
		if (!f->freed[i])
			consumer_free(f, i);
	while (tp_outstanding(f->tb) != 0 && idle < IDLE_LIMIT)
		idle = mpdk_poller_poll(f->p) != 0 ? 0 : idle + 1;
	assert_int_equal(tp_outstanding(f->tb), 0);
	assert_int_equal(mpdk_close_adapter(f->tb->binding), MPDK_STATUS_SUCCESS);
	tp_deregister(&f->tp);
	tp_binding_free(f->tb);
	assert_int_equal(mpdk_poller_destroy(f->p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(f->a), MPDK_STATUS_SUCCESS);
	/* The port is closed; its rings are still ours. */
	assert_int_equal(rte_ring_count(f->txr), 0);
	rte_ring_free(f->txr);
	rte_ring_free(f->rxr);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
	assert_int_equal(rte_mempool_avail_count(nb_mp), nb_mp_full);
	free(f);
	return 0;
}

/* Release half the frames, in order, with the cut inside a multi-NB NBL:
 * exactly the fully released NBLs complete; then the rest. */
static void
test_release_in_order(void **state)
{
	struct fx *f = *state;
	unsigned int cut, i, partial = 0;
	uint32_t id;
	uint8_t nb;

	send_and_hold(f);

	/* Cut just after the first NB of an NBL that has more than one. */
	for (cut = f->n_held / 2; cut < f->n_held; cut++) {
		frame_tag(f->held[cut], &id, &nb);
		if (nb == 1)
			break;
	}
	assert_true(cut < f->n_held);
	for (i = 0; i < cut; i++)
		consumer_free(f, i);
	for (id = 0; id < N_NBLS; id++)
		partial += f->nbs_freed[id] != 0 &&
			   f->nbs_freed[id] != f->nb_count[id];
	assert_int_equal(partial, 1);
	print_message("consumer freed %u of %u frames: %u of %u NBLs fully released\n",
		      cut, f->n_held, fully_freed(f), N_NBLS);

	poll_until_completed(f, fully_freed(f), "first half freed");
	check_exactly_released(f, "first half freed");

	for (i = cut; i < f->n_held; i++)
		consumer_free(f, i);
	poll_until_completed(f, N_NBLS, "everything freed");
	check_exactly_released(f, "everything freed");
}

/* The consumer frees in reverse order: everything completes. */
static void
test_release_reverse(void **state)
{
	struct fx *f = *state;
	unsigned int i;

	send_and_hold(f);
	for (i = f->n_held; i-- > 0;)
		consumer_free(f, i);
	poll_until_completed(f, N_NBLS, "everything freed in reverse");
	check_exactly_released(f, "everything freed in reverse");
}

/*
 * The consumer frees the newer half first (again cutting a multi-NB NBL)
 * and keeps the older half: the released NBLs complete although older
 * ones are still held; then the older half, and everything completes.
 */
static void
test_release_newest_first(void **state)
{
	struct fx *f = *state;
	unsigned int cut, i, partial = 0;
	uint32_t id;
	uint8_t nb;

	send_and_hold(f);
	for (cut = f->n_held / 2; cut < f->n_held; cut++) {
		frame_tag(f->held[cut], &id, &nb);
		if (nb == 1)
			break;
	}
	assert_true(cut < f->n_held);
	for (i = f->n_held; i-- > cut;)
		consumer_free(f, i);
	for (id = 0; id < N_NBLS; id++)
		partial += f->nbs_freed[id] != 0 &&
			   f->nbs_freed[id] != f->nb_count[id];
	assert_int_equal(partial, 1);
	print_message("consumer freed the newest %u of %u frames: %u of %u NBLs fully released\n",
		      f->n_held - cut, f->n_held, fully_freed(f), N_NBLS);

	poll_until_completed(f, fully_freed(f), "newer half freed, older held");
	check_exactly_released(f, "newer half freed, older held");

	for (i = cut; i-- > 0;)
		consumer_free(f, i);
	poll_until_completed(f, N_NBLS, "everything freed");
	check_exactly_released(f, "everything freed");
}

/* Poll until the binding has @p want completions (IDLE_LIMIT steps
 * without progress fail). */
static void
poll_until(struct fx *f, uint64_t want, const char *when)
{
	unsigned int idle = 0;

	while (f->tb->completed < want)
		if (mpdk_poller_poll(f->p) != 0)
			idle = 0;
		else if (++idle == IDLE_LIMIT)
			fail_msg("%s: %" PRIu64 " of %" PRIu64 " NBLs completed",
				 when, f->tb->completed, want);
}

/* NBL 1 shares its NB with NBL 0: only NBL 0 frees it. */
static void
complete_sharing(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	if (nbl->protocol_reserved[0] == 1)
		(void)mpdk_nbl_take_nbs(nbl);
	mpdk_nbl_free(nbl);
}

/* An NB lent to the PMD and sent again in another NBL. */
static void
test_lent_nb_sent_twice(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *a = mpdk_nbl_alloc(pool), *b = mpdk_nbl_alloc(pool);
	uint8_t frame[64];
	struct rte_mbuf *m;
	uint32_t id = 0;
	unsigned int i;

	assert_non_null(a);
	assert_non_null(b);
	memset(frame, 0x5a, sizeof(frame));
	memset(frame, 0x02, RTE_ETHER_ADDR_LEN);
	memcpy(frame + TAG_OFF, &id, sizeof(id));
	frame[TAG_OFF + sizeof(id)] = 0;
	assert_int_equal(mpdk_nbl_add_copy(a, f->mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	m = a->first_nb;
	tp_tag(f->tb, a, 0);
	f->tb->on_complete = complete_sharing;
	assert_int_equal(tp_send(f->tb, a, 0), MPDK_STATUS_PENDING);
	for (i = 0; i < SETTLE_POLLS; i++)
		mpdk_poller_poll(f->p);
	consumer_drain(f);
	assert_int_equal(f->n_held, 1);
	assert_ptr_equal(f->held[0], m);
	assert_true(mpdk_nb_is_lent(m));
	assert_int_equal(f->tb->completed, 0);

	/* The same mbuf in a second NBL: refused, the loan untouched, nothing
	 * more on the wire. */
	mpdk_nbl_append_nb(b, m);
	tp_tag(f->tb, b, 1);
	assert_int_equal(tp_send(f->tb, b, 0), MPDK_STATUS_PENDING);
	poll_until(f, 1, "second send of a lent NB");
	assert_int_equal(f->tb->by_status[MPDK_STATUS_INVALID_DATA], 1);
	assert_int_equal(f->tb->out[1], 0);
	assert_int_equal(f->tb->out[0], 1);
	assert_true(mpdk_nb_is_lent(m));
	assert_int_equal(rte_mbuf_refcnt_read(m), 1);
	assert_int_equal(rte_ring_count(f->txr), 0);

	/* The consumer lets go: NBL 0 completes, once, with SUCCESS. */
	consumer_free(f, 0);
	assert_false(mpdk_nb_is_lent(m));
	poll_until(f, 2, "consumer freed the NB");
	for (i = 0; i < SETTLE_POLLS; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->completed, 2);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], 1);
	assert_int_equal(f->tb->twice, 0);
	f->tb->on_complete = free_on_complete;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_release_in_order, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_release_reverse, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_release_newest_first, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_release_in_order, setup_nb,
						teardown),
		cmocka_unit_test_setup_teardown(test_release_reverse, setup_nb,
						teardown),
		cmocka_unit_test_setup_teardown(test_release_newest_first,
						setup_nb, teardown),
		cmocka_unit_test_setup_teardown(test_lent_nb_sent_twice,
						setup_nb, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
