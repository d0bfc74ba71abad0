/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: a poller run as a DPDK service (rte_service) on net_null.
 *
 * The main lcore sends; lcore 1 becomes a service lcore that runs the
 * poller's service.  What it proves:
 *  - every NBL completes exactly once, with SUCCESS and its buffers
 *    released, and every completion is delivered on the service lcore;
 *  - while registered, the poller counts as running: a second
 *    registration, launch, queue changes and destroy are refused, and
 *    mpdk_poller_stop() says it was not launched;
 *  - bad arguments are refused, and unregistering waits for the step in
 *    progress, after which the same poller can be launched on the same
 *    lcore and completes more NBLs;
 *  - an application that stops its service lcore first can still
 *    unregister, in 20 rounds of register, run, stop, unregister.
 */

#define ALLOW_EXPERIMENTAL_API 1 /* rte_service_lcore_may_be_active() */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_cycles.h>
#include <rte_ether.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_service.h>
#include <rte_spinlock.h>

#include "mpdk_test.h"

#define N_NBLS 1024u          /* NBLs in circulation */
#define TOTAL 200000u         /* NBLs sent while the service polls */
#define TOTAL_LAUNCHED 20000u /* and afterwards, launched on the lcore */
#define BURST 32u
#define FRAME 128u
#define SERVICE_LCORE 1u
#define WAIT_S 30u            /* time limit of each phase */
#define STOP_ROUNDS 20u       /* service lcore stopped before unregister */
#define STOP_ROUND_NBLS 2000u

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;
static uint8_t frame[FRAME];

/* Completed NBLs come back here, from the service lcore. */
static rte_spinlock_t free_lock = RTE_SPINLOCK_INITIALIZER;
static struct mpdk_nbl *free_head;
static unsigned int n_free;
static uint64_t on_service_lcore, elsewhere, not_success, still_held;

static void
on_complete(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	rte_spinlock_lock(&free_lock);
	if (rte_lcore_id() == SERVICE_LCORE)
		on_service_lcore++;
	else
		elsewhere++;
	if (nbl->status != MPDK_STATUS_SUCCESS)
		not_success++;
	if (!tp_nbl_released(nbl))
		still_held++;
	nbl->next = free_head;
	free_head = nbl;
	n_free++;
	rte_spinlock_unlock(&free_lock);
}

/* Send @p total NBLs from this lcore, recycling them, and wait until all
 * came back (someone else polls).  Ids continue from *next_id. */
static void
send_all(struct tp_binding *tb, uint32_t total, uint32_t *next_id)
{
	uint64_t deadline = rte_get_timer_cycles() + WAIT_S * rte_get_timer_hz();
	uint32_t sent = 0;

	while (sent < total || tp_outstanding(tb) != 0) {
		struct mpdk_nbl *head = NULL, **tailp = &head;
		unsigned int n = 0;

		if (rte_get_timer_cycles() > deadline)
			fail_msg("after %u s: %u of %u sent, %" PRIu64 " outstanding",
				 WAIT_S, sent, total, tp_outstanding(tb));
		rte_spinlock_lock(&free_lock);
		while (n < BURST && sent + n < total && free_head != NULL) {
			struct mpdk_nbl *nbl = free_head;

			free_head = nbl->next;
			n_free--;
			nbl->next = NULL;
			*tailp = nbl;
			tailp = &nbl->next;
			n++;
		}
		rte_spinlock_unlock(&free_lock);
		if (n == 0) {
			rte_pause();
			continue;
		}
		{
			struct mpdk_nbl *nbl;

			MPDK_NBL_FOREACH(nbl, head)
				tp_tag(tb, nbl, (*next_id)++ % TP_MAX_IDS);
		}
		assert_int_equal(tp_send(tb, head, 0), MPDK_STATUS_PENDING);
		sent += n;
	}
}

static int
group_setup(void **state __rte_unused)
{
	unsigned int i;

	if (mpdk_test_init("test_poller_service") != 0)
		return -1;
	if (rte_get_main_lcore() != 0 || !rte_lcore_is_enabled(SERVICE_LCORE)) {
		fprintf(stderr, "need main lcore 0 and lcore %u\n", SERVICE_LCORE);
		return -1;
	}
	pool = mpdk_nbl_pool_create("svc_nbl", N_NBLS, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("svc_mbuf", 2 * N_NBLS - 1, 64, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL) {
		fprintf(stderr, "cannot create the pools\n");
		return -1;
	}
	for (i = 0; i < sizeof(frame); i++)
		frame[i] = (uint8_t)(i * 7 + 3);
	memset(frame, 0x02, RTE_ETHER_ADDR_LEN);
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	mpdk_test_fini();
	return 0;
}

/* One adapter on a net_null port, a bound test protocol, a poller over
 * its queue and N_NBLS NBLs in the free list. */
struct svc_fx {
	struct test_proto proto;
	struct tp_binding *tb;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	unsigned int mp_full;
};

static void
svc_open(struct svc_fx *f, const char *vdev)
{
	char params[64];
	struct mpdk_adapter_config cfg = {
		.params = params,
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	unsigned int i;

	snprintf(params, sizeof(params), "dev=%s", vdev);
	f->mp_full = rte_mempool_avail_count(mp);
	assert_true(mpdk_test_vdev(vdev, "") >= 0);
	assert_int_equal(mpdk_adapter_create("ethdev", &cfg, &f->a),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(tp_register(&f->proto, "proto-svc"), 0);
	f->tb = tp_bind(&f->proto, f->a);
	assert_non_null(f->tb);
	f->tb->on_complete = on_complete;
	assert_int_equal(mpdk_poller_create("svc", 0, &f->p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(f->p, f->a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);
	for (i = 0; i < N_NBLS; i++) {
		struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

		assert_non_null(nbl);
		assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, FRAME, 0),
				 MPDK_STATUS_SUCCESS);
		nbl->next = free_head;
		free_head = nbl;
		n_free++;
	}
	on_service_lcore = 0;
	elsewhere = 0;
	not_success = 0;
	still_held = 0;
}

/* Every NBL came back once, with SUCCESS and released; then free all. */
static void
svc_close(struct svc_fx *f, uint64_t total)
{
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->tb->foreign, 0);
	assert_int_equal(f->tb->sent, total);
	assert_int_equal(f->tb->completed, total);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], total);
	assert_int_equal(not_success, 0);
	assert_int_equal(still_held, 0);
	assert_int_equal(on_service_lcore + elsewhere, total);

	assert_int_equal(n_free, N_NBLS);
	while (free_head != NULL) {
		struct mpdk_nbl *nbl = free_head;

		free_head = nbl->next;
		mpdk_nbl_free(nbl);
	}
	n_free = 0;
	assert_int_equal(mpdk_poller_remove_queue(f->p, f->a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_destroy(f->p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_close_adapter(f->tb->binding), MPDK_STATUS_SUCCESS);
	tp_deregister(&f->proto);
	tp_binding_free(f->tb);
	assert_int_equal(mpdk_adapter_destroy(f->a), MPDK_STATUS_SUCCESS);
	assert_int_equal(rte_mempool_avail_count(mp), f->mp_full);
}

static void
test_poller_as_service(void **state __rte_unused)
{
	struct mpdk_poller_stats ps0, ps;
	struct svc_fx fx, *f = &fx;
	struct tp_binding *tb;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	uint32_t id, other, next_id = 0;

	svc_open(f, "net_null_svc0");
	tb = f->tb;
	a = f->a;
	p = f->p;

	/* Bad arguments. */
	assert_int_equal(mpdk_poller_service_register(NULL, &id),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_service_register(p, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_service_unregister(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_service_unregister(p),
			 MPDK_STATUS_INVALID_PARAMETER);

	/* Registered: a running poller. */
	assert_int_equal(mpdk_poller_service_register(p, &id),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(rte_service_get_by_name("mpdk_svc", &other), 0);
	assert_int_equal(other, id);
	assert_int_equal(mpdk_poller_service_register(p, &other),
			 MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_launch(p, SERVICE_LCORE), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_remove_queue(p, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_add_queue(p, a, 0), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_INVALID_PARAMETER);

	/* The application's part: a service lcore, the mapping, its run
	 * state. */
	assert_int_equal(rte_service_lcore_add(SERVICE_LCORE), 0);
	assert_int_equal(rte_service_map_lcore_set(id, SERVICE_LCORE, 1), 0);
	assert_int_equal(rte_service_runstate_set(id, 1), 0);
	assert_int_equal(rte_service_lcore_start(SERVICE_LCORE), 0);

	assert_int_equal(mpdk_poller_stats_get(p, &ps0), MPDK_STATUS_SUCCESS);
	send_all(tb, TOTAL, &next_id);
	assert_int_equal(mpdk_poller_stats_get(p, &ps), MPDK_STATUS_SUCCESS);
	assert_true(ps.steps > ps0.steps);
	assert_int_equal(ps.completions - ps0.completions, TOTAL);

	assert_int_equal(mpdk_poller_service_unregister(p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_service_unregister(p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_not_equal(rte_service_get_by_name("mpdk_svc", &other), 0);
	assert_int_equal(rte_service_lcore_stop(SERVICE_LCORE), 0);
	assert_int_equal(rte_service_lcore_del(SERVICE_LCORE), 0);

	if (on_service_lcore != TOTAL || elsewhere != 0)
		fail_msg("%" PRIu64 " completions on the service lcore, %" PRIu64
			 " elsewhere, expected %u and 0", on_service_lcore,
			 elsewhere, TOTAL);

	/* Not a service any more: the same poller launched on that lcore. */
	assert_int_equal(mpdk_poller_launch(p, SERVICE_LCORE), MPDK_STATUS_SUCCESS);
	send_all(tb, TOTAL_LAUNCHED, &next_id);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_SUCCESS);

	assert_int_equal(elsewhere, 0);
	svc_close(f, TOTAL + TOTAL_LAUNCHED);
}

/*
 * The other teardown order: the application stops its service lcore
 * (rte_service_runstate_set(id, 0), rte_service_lcore_stop(), wait until
 * the lcore left its loop) before it unregisters the poller.  Unregistering
 * must still succeed at once, with nothing lost; register, run, stop and
 * unregister again, 20 rounds, the same poller and NBLs.  A service that
 * DPDK still reported active on the stopped lcore would make the
 * unregister wait its second and return BUSY; the rounds where
 * rte_service_may_be_active() said so are printed.
 */
static void
test_service_lcore_stopped_first(void **state __rte_unused)
{
	struct svc_fx fx, *f = &fx;
	uint32_t id, next_id = 0, round, stale = 0;
	uint64_t deadline;

	svc_open(f, "net_null_svc1");
	for (round = 0; round < STOP_ROUNDS; round++) {
		assert_int_equal(mpdk_poller_service_register(f->p, &id),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(rte_service_lcore_add(SERVICE_LCORE), 0);
		assert_int_equal(rte_service_map_lcore_set(id, SERVICE_LCORE, 1), 0);
		assert_int_equal(rte_service_runstate_set(id, 1), 0);
		assert_int_equal(rte_service_lcore_start(SERVICE_LCORE), 0);
		send_all(f->tb, STOP_ROUND_NBLS, &next_id);

		assert_int_equal(rte_service_runstate_set(id, 0), 0);
		assert_int_equal(rte_service_lcore_stop(SERVICE_LCORE), 0);
		deadline = rte_get_timer_cycles() + WAIT_S * rte_get_timer_hz();
		while (rte_service_lcore_may_be_active(SERVICE_LCORE) != 0) {
			if (rte_get_timer_cycles() > deadline)
				fail_msg("service lcore %u did not stop",
					 SERVICE_LCORE);
			rte_pause();
		}
		stale += rte_service_may_be_active(id) == 1;

		assert_int_equal(mpdk_poller_service_unregister(f->p),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(rte_service_lcore_del(SERVICE_LCORE), 0);
	}
	printf("%u of %u rounds: service still reported active after its lcore stopped\n",
	       stale, STOP_ROUNDS);
	assert_int_equal(elsewhere, 0);
	svc_close(f, (uint64_t)STOP_ROUNDS * STOP_ROUND_NBLS);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_poller_as_service),
		cmocka_unit_test(test_service_lcore_stopped_first),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
