/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: two TX queues, two pollers, two lcores, two bindings.
 *
 * One net_null adapter with two queues.  Lcore 0 (main) owns queue 0 and
 * runs poller 0; lcore 1 (worker) owns queue 1 and runs poller 1.  Each
 * lcore runs its own run-to-completion loop: it sends on its own queue
 * for both bindings (binding A through the lcore-to-queue map,
 * mpdk_send_nbls; binding B naming the queue, mpdk_send_nbls_on_queue),
 * polls its own poller and resends the NBLs that came back.  So each
 * binding gets completions from both pollers, concurrently.  What it
 * proves:
 *  - every NBL completes exactly once, on the binding that sent it
 *    (foreign == 0, twice == 0), with SUCCESS and its buffers released;
 *  - a completion comes from the poller owning the NBL's queue, on that
 *    poller's lcore, and a send through the lcore map used that lcore's
 *    queue;
 *  - per-queue and per-binding counters agree (sent == completed), and
 *    the pools are full at the end.
 * It runs twice: with NBs of a packet pool (held by a reference while the
 * PMD has them) and of an NB pool (one-segment NBs lent; the two lcores
 * allocate, lend and free in it at once).
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_ether.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_spinlock.h>

#include "mpdk_test.h"

#define N_QUEUES 2u
#define N_BIND 2u
#define PER_QUEUE 200000u     /* NBLs per binding per queue */
#define LOCAL_NBLS 1024u      /* NBLs per binding per lcore, recycled */
#define BURST 32u             /* NBLs per send call */
#define MIN_FRAME 60u
#define MAX_FRAME 1514u
#define IDLE_LIMIT 1000000u   /* loop turns without progress before failing */

/* protocol_reserved[] slots of the test (slot 0 is the test protocol's id). */
#define RSV_LANE 1
#define RSV_SIDE 2

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;        /* the current test's NBs: one of */
static struct rte_mempool *plain_mp;  /* a packet pool (NBs held) */
static struct rte_mempool *nb_mp;     /* an NB pool (one-segment NBs lent) */
static unsigned int pool_full;
static unsigned int mp_full;
static uint8_t pattern[MAX_FRAME];

/* What one lcore does for one binding. */
struct side {
	struct tp_binding *tb;
	struct mpdk_nbl *free_head;   /* completed, ready to resend */
	unsigned int n_free;
	uint32_t next_seq;            /* NBLs sent so far on this queue */
	uint64_t done;                /* completed */
};

/* One lcore: its queue, its poller, its loop. */
struct lane {
	unsigned int lcore;
	uint16_t queue;
	struct mpdk_poller *p;
	struct mpdk_adapter *a;
	rte_spinlock_t lock;          /* free lists and counters */
	struct side side[N_BIND];
	/* Checks made on each completion. */
	uint64_t wrong_lcore;         /* completed on another lcore */
	uint64_t wrong_queue;         /* sent on another queue */
	uint64_t not_success;
	uint64_t still_held;          /* a segment refcnt != 1 */
	/* Result of the loop. */
	int rc;
	char msg[256];
};

static struct lane lanes[N_QUEUES];

/* xorshift64*: fixed seed, same shapes on every run. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint32_t
rng_range(uint32_t lo, uint32_t hi)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return lo + (uint32_t)((rng_state * 2685821657736338717ull) >> 32) %
		(hi - lo + 1);
}

/*
 * Completion hook, called by the test protocol's handler under the
 * binding's lock, from whichever poller delivers: check where it came
 * from, then hand the NBL back to the lane that sent it.  The lane lock
 * keeps that safe even if a completion came from the wrong lcore.
 */
static void
on_complete(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	struct lane *ln = (struct lane *)nbl->protocol_reserved[RSV_LANE];
	struct side *sd = &ln->side[nbl->protocol_reserved[RSV_SIDE]];

	rte_spinlock_lock(&ln->lock);
	if (rte_lcore_id() != ln->lcore)
		ln->wrong_lcore++;
	if (nbl->queue != ln->queue)
		ln->wrong_queue++;
	if (nbl->status != MPDK_STATUS_SUCCESS)
		ln->not_success++;
	if (!tp_nbl_released(nbl))
		ln->still_held++;
	nbl->next = sd->free_head;
	sd->free_head = nbl;
	sd->n_free++;
	sd->done++;
	rte_spinlock_unlock(&ln->lock);
}

/* Up to BURST NBLs of one side, tagged with their ids, or NULL. */
static struct mpdk_nbl *
take_burst(struct lane *ln, struct side *sd)
{
	struct mpdk_nbl *head = NULL, **tailp = &head;
	unsigned int n = 0;

	rte_spinlock_lock(&ln->lock);
	while (n < BURST && sd->next_seq < PER_QUEUE && sd->free_head != NULL) {
		struct mpdk_nbl *nbl = sd->free_head;

		sd->free_head = nbl->next;
		sd->n_free--;
		nbl->next = NULL;
		tp_tag(sd->tb, nbl, ln->queue * PER_QUEUE + sd->next_seq++);
		*tailp = nbl;
		tailp = &nbl->next;
		n++;
	}
	rte_spinlock_unlock(&ln->lock);
	return head;
}

/* The run-to-completion loop of one lcore (no cmocka in here: it may run
 * on the worker; failures go to ln->rc and ln->msg). */
static int
lane_run(void *arg)
{
	struct lane *ln = arg;
	unsigned int idle = 0, s;

	for (;;) {
		bool finished = true, sent = false;
		unsigned int work;

		for (s = 0; s < N_BIND; s++) {
			struct side *sd = &ln->side[s];
			struct mpdk_nbl *chain = take_burst(ln, sd);
			mpdk_status_t st;

			if (__atomic_load_n(&sd->done, __ATOMIC_RELAXED) < PER_QUEUE)
				finished = false;
			if (chain == NULL)
				continue;
			/* A: the lcore's queue; B: the queue named. */
			st = s == 0 ? tp_send(sd->tb, chain, 0) :
				tp_send_on_queue(sd->tb, ln->queue, chain, 0);
			if (st != MPDK_STATUS_PENDING) {
				snprintf(ln->msg, sizeof(ln->msg),
					 "lcore %u binding %u: send refused: %s",
					 ln->lcore, s, mpdk_status_str(st));
				ln->rc = -1;
				return -1;
			}
			sent = true;
		}
		if (finished)
			break;
		work = mpdk_poller_poll(ln->p);
		if (sent || work != 0) {
			idle = 0;
		} else if (++idle == IDLE_LIMIT) {
			snprintf(ln->msg, sizeof(ln->msg),
				 "lcore %u: no progress for %u turns: completed %" PRIu64 " (A) and %" PRIu64 " (B) of %u each",
				 ln->lcore, IDLE_LIMIT, ln->side[0].done,
				 ln->side[1].done, PER_QUEUE);
			ln->rc = -1;
			return -1;
		}
	}
	ln->rc = 0;
	return 0;
}

/* A recycled NBL: 1-3 NBs of 60-1514 bytes in 1-2 segments. */
static struct mpdk_nbl *
mk_nbl(struct lane *ln, unsigned int s)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	uint32_t n_nb = rng_range(1, 3), k;

	assert_non_null(nbl);
	for (k = 0; k < n_nb; k++) {
		uint32_t len = rng_range(MIN_FRAME, MAX_FRAME);
		uint32_t segs = rng_range(1, 2);

		assert_int_equal(mpdk_nbl_add_copy(nbl, mp, pattern, len,
						   (uint16_t)((len + segs - 1) / segs)),
				 MPDK_STATUS_SUCCESS);
	}
	nbl->protocol_reserved[RSV_LANE] = (uintptr_t)ln;
	nbl->protocol_reserved[RSV_SIDE] = s;
	return nbl;
}

static int
group_setup(void **state __rte_unused)
{
	unsigned int i;

	if (mpdk_test_init("test_null_two_queues") != 0)
		return -1;
	if (rte_get_main_lcore() != 0 || !rte_lcore_is_enabled(1)) {
		fprintf(stderr, "need main lcore 0 and worker lcore 1\n");
		return -1;
	}
	pool = mpdk_nbl_pool_create("twoq_nbl", N_QUEUES * N_BIND * LOCAL_NBLS,
				    0, SOCKET_ID_ANY);
	plain_mp = rte_pktmbuf_pool_create("twoq_mbuf", 32767, 256, 0,
					   RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nb_mp = mpdk_nb_pool_create("twoq_nb", 24576, 0, /* 4096 x 3 x 2 */
				    RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || plain_mp == NULL || nb_mp == NULL) {
		fprintf(stderr, "cannot create the pools\n");
		return -1;
	}
	pool_full = mpdk_nbl_pool_avail(pool);
	for (i = 0; i < sizeof(pattern); i++)
		pattern[i] = (uint8_t)(i * 13 + 1);
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

/* The NBs of the next test: a packet pool or an NB pool. */
static int
setup_plain(void **state __rte_unused)
{
	mp = plain_mp;
	mp_full = rte_mempool_avail_count(mp);
	return 0;
}

static int
setup_nb(void **state __rte_unused)
{
	mp = nb_mp;
	mp_full = rte_mempool_avail_count(mp);
	return 0;
}

/* Both bindings on both queues, from two lcores at once. */
static void
test_two_queues_two_lcores(void **state __rte_unused)
{
	static unsigned int seq;
	struct mpdk_adapter_config cfg = {
		.n_queues = N_QUEUES,
		.socket_id = SOCKET_ID_ANY,
	};
	char dev[32], params[48];
	struct test_proto proto[N_BIND];
	struct tp_binding *tb[N_BIND];
	struct mpdk_adapter *a;
	struct mpdk_send_stats st;
	struct mpdk_poller_stats ps;
	unsigned int q, s, i;
	int rc;

	snprintf(dev, sizeof(dev), "net_null_twoq%u", seq++);
	snprintf(params, sizeof(params), "dev=%s", dev);
	cfg.params = params;
	assert_true(mpdk_test_vdev(dev, "") >= 0);
	assert_int_equal(mpdk_adapter_create("ethdev", &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_queue_count(a), N_QUEUES);
	assert_int_equal(tp_register(&proto[0], "proto-A"), 0);
	assert_int_equal(tp_register(&proto[1], "proto-B"), 0);
	for (s = 0; s < N_BIND; s++) {
		tb[s] = tp_bind(&proto[s], a);
		assert_non_null(tb[s]);
		tb[s]->on_complete = on_complete;
	}

	memset(lanes, 0, sizeof(lanes));
	for (q = 0; q < N_QUEUES; q++) {
		struct lane *ln = &lanes[q];
		char name[16];

		ln->lcore = q;
		ln->queue = (uint16_t)q;
		ln->a = a;
		rte_spinlock_init(&ln->lock);
		snprintf(name, sizeof(name), "twoq%u", q);
		assert_int_equal(mpdk_poller_create(name, 0, &ln->p),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(mpdk_poller_add_queue(ln->p, a, ln->queue),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(mpdk_adapter_set_lcore_queue(a, ln->lcore,
							      ln->queue),
				 MPDK_STATUS_SUCCESS);
		for (s = 0; s < N_BIND; s++) {
			struct side *sd = &ln->side[s];

			sd->tb = tb[s];
			for (i = 0; i < LOCAL_NBLS; i++) {
				struct mpdk_nbl *nbl = mk_nbl(ln, s);

				nbl->next = sd->free_head;
				sd->free_head = nbl;
				sd->n_free++;
			}
		}
	}

	/* Lcore 1 runs lane 1, this lcore (0) lane 0, at the same time. */
	assert_int_equal(rte_eal_remote_launch(lane_run, &lanes[1],
					       lanes[1].lcore), 0);
	lane_run(&lanes[0]);
	rc = rte_eal_wait_lcore(lanes[1].lcore);
	for (q = 0; q < N_QUEUES; q++)
		if (lanes[q].rc != 0)
			print_error("%s\n", lanes[q].msg);
	assert_int_equal(lanes[0].rc, 0);
	assert_int_equal(rc, 0);
	assert_int_equal(lanes[1].rc, 0);

	/* Exactly once, on the right binding, from the right poller. */
	for (s = 0; s < N_BIND; s++) {
		assert_int_equal(tb[s]->sent, N_QUEUES * PER_QUEUE);
		assert_int_equal(tb[s]->completed, N_QUEUES * PER_QUEUE);
		assert_int_equal(tb[s]->twice, 0);
		assert_int_equal(tb[s]->foreign, 0);
		assert_int_equal(tb[s]->pending_status, 0);
		assert_int_equal(tb[s]->by_status[MPDK_STATUS_SUCCESS],
				 N_QUEUES * PER_QUEUE);
		assert_int_equal(tp_outstanding(tb[s]), 0);
		assert_int_equal(mpdk_binding_stats(tb[s]->binding, &st),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(st.sent, N_QUEUES * PER_QUEUE);
		assert_int_equal(st.completed, N_QUEUES * PER_QUEUE);
		assert_int_equal(st.outstanding, 0);
		assert_int_equal(st.rejected, 0);
		assert_int_equal(st.by_status[MPDK_STATUS_SUCCESS],
				 N_QUEUES * PER_QUEUE);
	}
	for (q = 0; q < N_QUEUES; q++) {
		struct lane *ln = &lanes[q];

		assert_int_equal(mpdk_poller_stats_get(ln->p, &ps),
				 MPDK_STATUS_SUCCESS);
		print_message("lcore %u, poller %u: %" PRIu64 " steps, %" PRIu64
			      " NBLs in %" PRIu64 " send-complete calls\n",
			      ln->lcore, q, ps.steps, ps.completions,
			      ps.complete_calls);
		assert_int_equal(ps.completions, N_BIND * PER_QUEUE);
		assert_int_equal(ln->wrong_lcore, 0);
		assert_int_equal(ln->wrong_queue, 0);
		assert_int_equal(ln->not_success, 0);
		assert_int_equal(ln->still_held, 0);
		for (s = 0; s < N_BIND; s++) {
			assert_int_equal(ln->side[s].next_seq, PER_QUEUE);
			assert_int_equal(ln->side[s].done, PER_QUEUE);
			assert_int_equal(ln->side[s].n_free, LOCAL_NBLS);
		}
		assert_int_equal(mpdk_adapter_queue_stats(a, ln->queue, &st),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(st.sent, N_BIND * PER_QUEUE);
		assert_int_equal(st.completed, N_BIND * PER_QUEUE);
		assert_int_equal(st.outstanding, 0);
		assert_int_equal(st.rejected, 0);
		assert_int_equal(st.by_status[MPDK_STATUS_SUCCESS],
				 N_BIND * PER_QUEUE);
	}

	/* Tear down; every NBL and mbuf back in its pool. */
	for (s = 0; s < N_BIND; s++) {
		assert_int_equal(mpdk_close_adapter(tb[s]->binding),
				 MPDK_STATUS_SUCCESS);
		tp_deregister(&proto[s]);
		tp_binding_free(tb[s]);
	}
	for (q = 0; q < N_QUEUES; q++) {
		for (s = 0; s < N_BIND; s++) {
			struct mpdk_nbl *nbl, *next;

			for (nbl = lanes[q].side[s].free_head; nbl != NULL;
			     nbl = next) {
				next = nbl->next;
				mpdk_nbl_free(nbl);
			}
			lanes[q].side[s].free_head = NULL;
		}
		assert_int_equal(mpdk_poller_destroy(lanes[q].p),
				 MPDK_STATUS_SUCCESS);
	}
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_two_queues_two_lcores, setup_plain),
		cmocka_unit_test_setup(test_two_queues_two_lcores, setup_nb),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
