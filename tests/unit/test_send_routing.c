/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Send completion routing, batching and the completion rules, on the mock
 * miniport: completion chains that mix bindings go back to each binding
 * separately, one call per binding per poll step; a protocol is not
 * re-entered from its own send; bad input is refused or completed with a
 * clear status; a close drains outstanding sends first.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"

#define FRAME_LEN 64

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;
static unsigned int pool_full;
static unsigned int mp_full;

struct fx {
	struct mock_adapter *ma;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto pa;
	struct test_proto pb;
	struct tp_binding *ba;
	struct tp_binding *bb;
};

static struct mpdk_nbl *
mk_nbl(uint32_t id)
{
	static const uint8_t frame[FRAME_LEN] = { 0x02, 0, 0, 0, 0, 1 };
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, FRAME_LEN, 0),
			 MPDK_STATUS_SUCCESS);
	nbl->protocol_reserved[0] = id;
	return nbl;
}

/* A chain of n NBLs with ids first..first+n-1. */
static struct mpdk_nbl *
mk_chain(uint32_t first, unsigned int n)
{
	struct mpdk_nbl *head = NULL, *tail = NULL;
	unsigned int i;

	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = mk_nbl(first + i);

		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	return head;
}

/* Free what a binding got back: every test recycles through this. */
static void
free_on_complete(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	mpdk_nbl_free(nbl);
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_send_routing") != 0 || mock_register() != 0)
		return -1;
	pool = mpdk_nbl_pool_create("routing_nbl", 4096, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("routing_mbuf", 4095, 0, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL)
		return -1;
	pool_full = mpdk_nbl_pool_avail(pool);
	mp_full = rte_mempool_avail_count(mp);
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	mock_deregister();
	mpdk_test_fini();
	return 0;
}

static int
setup(void **state)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32];

	if (f == NULL)
		return -1;
	snprintf(name, sizeof(name), "mock%u", seq++);
	f->ma = mock_adapter_create(name, 2);
	if (f->ma == NULL)
		return -1;
	f->a = f->ma->adapter;
	if (mpdk_poller_create("p", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	if (tp_register(&f->pa, "proto-a") != 0 ||
	    tp_register(&f->pb, "proto-b") != 0)
		return -1;
	f->ba = tp_bind(&f->pa, f->a);
	f->bb = tp_bind(&f->pb, f->a);
	if (f->ba == NULL || f->bb == NULL)
		return -1;
	f->ba->on_complete = free_on_complete;
	f->bb->on_complete = free_on_complete;
	*state = f;
	return 0;
}

static void
close_binding(struct fx *f, struct tp_binding *tb)
{
	mpdk_status_t st;
	int i;

	if (!mpdk_binding_is_open(tb->binding))
		return;
	st = mpdk_close_adapter(tb->binding);
	for (i = 0; i < 100 && st == MPDK_STATUS_PENDING &&
		    __atomic_load_n(&tb->close_completed, __ATOMIC_ACQUIRE) == 0; i++) {
		mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
		mpdk_poller_poll(f->p);
	}
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	close_binding(f, f->ba);
	close_binding(f, f->bb);
	assert_int_equal(tp_outstanding(f->ba), 0);
	assert_int_equal(tp_outstanding(f->bb), 0);
	tp_deregister(&f->pa);
	tp_deregister(&f->pb);
	tp_binding_free(f->ba);
	tp_binding_free(f->bb);
	mpdk_poller_remove_queue(f->p, f->a, MPDK_ALL_QUEUES);
	mpdk_poller_destroy(f->p);
	assert_int_equal(mpdk_adapter_destroy(f->a), MPDK_STATUS_SUCCESS);
	/* Nothing leaked: both pools are full again. */
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
	free(f);
	return 0;
}

/* A completion chain interleaving two bindings' NBLs, made outside any
 * poll step, reaches each binding in one call holding only its NBLs. */
static void
test_mixed_chain_routed_per_binding(void **state)
{
	struct fx *f = *state;
	unsigned int order[20], i;
	struct mpdk_send_stats st;

	assert_int_equal(tp_send(f->ba, mk_chain(0, 10), 0), MPDK_STATUS_PENDING);
	assert_int_equal(tp_send(f->bb, mk_chain(100, 10), 0), MPDK_STATUS_PENDING);
	assert_int_equal(f->ma->n_pending, 20);

	for (i = 0; i < 10; i++) {
		order[2 * i] = i;       /* A's i-th */
		order[2 * i + 1] = 10 + i; /* B's i-th */
	}
	mock_complete_chain(f->ma, order, 20, MPDK_STATUS_SUCCESS);
	/* Not from the poller yet: deferred to it. */
	assert_int_equal(f->ba->completed, 0);
	assert_int_equal(f->bb->completed, 0);

	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 10);
	assert_int_equal(f->bb->completed, 10);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->bb->complete_calls, 1);
	assert_int_equal(f->ba->max_chain, 10);
	assert_int_equal(f->ba->foreign + f->bb->foreign, 0);
	assert_int_equal(f->ba->twice + f->bb->twice, 0);

	assert_int_equal(mpdk_binding_stats(f->ba->binding, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.sent, 10);
	assert_int_equal(st.completed, 10);
	assert_int_equal(st.outstanding, 0);
	assert_int_equal(st.by_status[MPDK_STATUS_SUCCESS], 10);
	assert_int_equal(mpdk_adapter_queue_stats(f->a, 0, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.sent, 20);
	assert_int_equal(st.completed, 20);
	assert_int_equal(st.outstanding, 0);
}

/*
 * mpdk_m_send_nbls_complete_bulk(), the miniports' array entry point: an
 * array of runs of two bindings (A A B A B B A A A B B B), some with
 * failure statuses and one with PENDING.  Made outside any poll step (the
 * runs go to the deferred list) and inside one (they join the step's
 * batches directly).  Each binding gets exactly its six NBLs in one call,
 * in the order they had in the array, with their statuses (PENDING turned
 * into FAILURE), and the counters agree.
 */
static const unsigned int bulk_order[12] = {
	0, 1, 6, 2, 7, 8, 3, 4, 5, 9, 10, 11,
};
static const mpdk_status_t bulk_st[12] = {
	MPDK_STATUS_SUCCESS, MPDK_STATUS_SUCCESS, MPDK_STATUS_SUCCESS,
	MPDK_STATUS_INVALID_LENGTH, MPDK_STATUS_RESOURCES,
	MPDK_STATUS_SUCCESS, MPDK_STATUS_PENDING, MPDK_STATUS_SUCCESS,
	MPDK_STATUS_SUCCESS, MPDK_STATUS_SUCCESS, MPDK_STATUS_SUCCESS,
	MPDK_STATUS_SUCCESS,
};

static void
bulk_in_step(struct mock_adapter *ma)
{
	ma->poll_hook = NULL;
	mock_complete_bulk(ma, bulk_order, bulk_st, 12);
}

static void
check_bulk(struct fx *f, bool in_step, uint64_t round)
{
	struct mpdk_send_stats bs;
	struct mpdk_nbl *seen[12];
	unsigned int i, n_a = 0;

	assert_int_equal(tp_send(f->ba, mk_chain(0, 6), 0), MPDK_STATUS_PENDING);
	assert_int_equal(tp_send(f->bb, mk_chain(100, 6), 0), MPDK_STATUS_PENDING);
	assert_int_equal(f->ma->n_pending, 12);
	for (i = 0; i < 12; i++)
		seen[i] = f->ma->pending[bulk_order[i]];
	f->ba->on_complete = NULL;
	f->bb->on_complete = NULL;

	if (in_step) {
		f->ma->poll_hook = bulk_in_step;
	} else {
		mock_complete_bulk(f->ma, bulk_order, bulk_st, 12);
		assert_int_equal(f->ba->completed + f->bb->completed, 12 * round);
	}
	mpdk_poller_poll(f->p);

	assert_int_equal(f->ma->n_pending, 0);
	assert_int_equal(f->ba->completed, 6 * (round + 1));
	assert_int_equal(f->bb->completed, 6 * (round + 1));
	assert_int_equal(f->ba->complete_calls, round + 1);
	assert_int_equal(f->bb->complete_calls, round + 1);
	assert_int_equal(f->ba->foreign + f->bb->foreign, 0);
	assert_int_equal(f->ba->twice + f->bb->twice, 0);
	assert_int_equal(f->ba->pending_status, 0);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SUCCESS], 4 * (round + 1));
	assert_int_equal(f->ba->by_status[MPDK_STATUS_INVALID_LENGTH], round + 1);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_FAILURE], round + 1);
	assert_int_equal(f->bb->by_status[MPDK_STATUS_SUCCESS], 5 * (round + 1));
	assert_int_equal(f->bb->by_status[MPDK_STATUS_RESOURCES], round + 1);

	/* Each binding's chain kept the array's order: the NBLs still link
	 * as delivered (the protocol did not relink them). */
	for (i = 0; i < 12; i++) {
		struct mpdk_nbl *want_next = NULL;
		unsigned int k;

		for (k = i + 1; k < 12; k++)
			if (seen[k]->source_handle == seen[i]->source_handle) {
				want_next = seen[k];
				break;
			}
		assert_ptr_equal(seen[i]->next, want_next);
		n_a += seen[i]->source_handle == f->ba->binding;
	}
	assert_int_equal(n_a, 6);

	assert_int_equal(mpdk_binding_stats(f->ba->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.outstanding, 0);
	assert_int_equal(bs.by_status[MPDK_STATUS_INVALID_LENGTH], round + 1);
	assert_int_equal(bs.by_status[MPDK_STATUS_FAILURE], round + 1);
	assert_int_equal(mpdk_binding_stats(f->bb->binding, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.by_status[MPDK_STATUS_RESOURCES], round + 1);
	assert_int_equal(mpdk_adapter_queue_stats(f->a, 0, &bs),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(bs.sent, 12 * (round + 1));
	assert_int_equal(bs.completed, 12 * (round + 1));
	for (i = 0; i < 12; i++) {
		seen[i]->next = NULL;
		mpdk_nbl_free(seen[i]);
	}
}

static void
test_mixed_bulk_routed_per_run(void **state)
{
	struct fx *f = *state;

	check_bulk(f, false, 0);
	check_bulk(f, true, 1);
}

/* Completions made inside the poll step are batched: several sends of a
 * binding come back in one call per step. */
static void
test_poll_step_batches(void **state)
{
	struct fx *f = *state;
	struct mpdk_poller_stats ps;
	int i;

	for (i = 0; i < 3; i++)
		assert_int_equal(tp_send(f->ba, mk_chain(5 * i, 5), 0),
				 MPDK_STATUS_PENDING);
	assert_int_equal(tp_send(f->bb, mk_chain(100, 5), 0), MPDK_STATUS_PENDING);
	f->ma->complete_in_poll = true;
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 15);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->ba->max_chain, 15);
	assert_int_equal(f->bb->completed, 5);
	assert_int_equal(f->bb->complete_calls, 1);
	assert_int_equal(mpdk_poller_stats_get(f->p, &ps), MPDK_STATUS_SUCCESS);
	assert_int_equal(ps.completions, 20);
	assert_int_equal(ps.complete_calls, 2);
	f->ma->complete_in_poll = false;
}

/* A miniport finishing NBLs inside send_nbls does not re-enter the
 * protocol: the completion waits for the poller. */
static void
test_sync_completion_is_deferred(void **state)
{
	struct fx *f = *state;

	f->ma->mode = MOCK_SYNC;
	f->ma->sync_status = MPDK_STATUS_SUCCESS;
	assert_int_equal(tp_send(f->ba, mk_chain(0, 4), 0), MPDK_STATUS_PENDING);
	assert_int_equal(f->ba->completed, 0);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 4);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->ba->inline_calls, 0);
}

/* ... unless the sender asked for inline completion. */
static void
test_inline_completion(void **state)
{
	struct fx *f = *state;

	f->ma->mode = MOCK_SYNC;
	f->ma->sync_status = MPDK_STATUS_SUCCESS;
	assert_int_equal(tp_send(f->ba, mk_chain(0, 4),
				 MPDK_SEND_FLAG_INLINE_COMPLETE),
			 MPDK_STATUS_PENDING);
	assert_int_equal(f->ba->completed, 4);
	assert_int_equal(f->ba->inline_calls, 1);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 4);
	assert_int_equal(f->ba->complete_calls, 1);
}

/* Synchronous failure statuses travel with the NBLs and are counted. */
static void
test_sync_failure_status(void **state)
{
	struct fx *f = *state;
	struct mpdk_send_stats st;

	f->ma->mode = MOCK_SYNC;
	f->ma->sync_status = MPDK_STATUS_RESOURCES;
	assert_int_equal(tp_send(f->ba, mk_chain(0, 6), 0), MPDK_STATUS_PENDING);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_RESOURCES], 6);
	mpdk_binding_stats(f->ba->binding, &st);
	assert_int_equal(st.by_status[MPDK_STATUS_RESOURCES], 6);
	assert_int_equal(st.by_status[MPDK_STATUS_SUCCESS], 0);
	assert_int_equal(st.outstanding, 0);
}

/* Bad input: a clear status, nothing lost. */
static void
test_bad_input(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *chain, *empty, *nbl;
	struct mpdk_send_stats st;

	/* NULL binding: refused, the chain is still ours, statuses set. */
	chain = mk_chain(0, 2);
	assert_int_equal(mpdk_send_nbls(NULL, chain, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	MPDK_NBL_FOREACH(nbl, chain)
		assert_int_equal(nbl->status, MPDK_STATUS_INVALID_PARAMETER);
	/* NULL chain. */
	assert_int_equal(mpdk_send_nbls(f->ba->binding, NULL, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	/* Queue out of range. */
	assert_int_equal(tp_send_on_queue(f->ba, 7, chain, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_chain_count(chain), 2);
	mpdk_nbl_free_chain(chain);

	/* An NBL without NB inside a good chain: it alone fails, with
	 * INVALID_DATA, and never reaches the miniport. */
	empty = mpdk_nbl_alloc(pool);
	assert_non_null(empty);
	empty->protocol_reserved[0] = 50;
	chain = mk_nbl(40);
	chain->next = empty;
	empty->next = mk_nbl(41);
	assert_int_equal(tp_send(f->ba, chain, 0), MPDK_STATUS_PENDING);
	assert_int_equal(f->ma->nbls_seen, 2);
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 3);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_INVALID_DATA], 1);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SUCCESS], 2);
	mpdk_binding_stats(f->ba->binding, &st);
	assert_int_equal(st.rejected, 2); /* the queue-7 send */
	assert_int_equal(st.sent, 3);
	assert_int_equal(st.outstanding, 0);
}

/* A queue no poller owns cannot complete anything: refuse at submit. */
static void
test_queue_without_poller(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *chain = mk_chain(0, 3), *nbl;
	struct mpdk_send_stats st;

	assert_int_equal(tp_send_on_queue(f->ba, 1, chain, 0),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	MPDK_NBL_FOREACH(nbl, chain)
		assert_int_equal(nbl->status, MPDK_STATUS_ADAPTER_NOT_READY);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->complete_calls, 0);
	mpdk_binding_stats(f->ba->binding, &st);
	assert_int_equal(st.rejected, 3);
	assert_int_equal(st.sent, 0);
	mpdk_nbl_free_chain(chain);
}

/* Close with sends outstanding: new sends are refused, the outstanding
 * ones complete first, then the close completes, once. */
static void
test_close_drains_outstanding(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *late;
	int i;

	assert_int_equal(tp_send(f->ba, mk_chain(0, 8), 0), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_close_adapter(f->ba->binding), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_close_adapter(f->ba->binding), MPDK_STATUS_CLOSING);

	late = mk_nbl(99);
	assert_int_equal(tp_send(f->ba, late, 0), MPDK_STATUS_CLOSING);
	assert_int_equal(late->status, MPDK_STATUS_CLOSING);
	mpdk_nbl_free(late);

	for (i = 0; i < 5; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->close_completed, 0); /* 8 still out */

	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	for (i = 0; i < 5; i++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 8);
	assert_int_equal(f->ba->close_completed, 1);

	late = mk_nbl(98);
	assert_int_equal(tp_send(f->ba, late, 0), MPDK_STATUS_ADAPTER_NOT_OPEN);
	mpdk_nbl_free(late);
	assert_int_equal(mpdk_close_adapter(f->ba->binding),
			 MPDK_STATUS_ADAPTER_NOT_OPEN);
	/* The other binding is unaffected. */
	assert_true(mpdk_binding_is_open(f->bb->binding));
}

/* Close with nothing outstanding finishes at once, with no callback. */
static void
test_close_idle_is_synchronous(void **state)
{
	struct fx *f = *state;

	assert_int_equal(mpdk_close_adapter(f->ba->binding), MPDK_STATUS_SUCCESS);
	mpdk_poller_poll(f->p);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->close_completed, 0);
	assert_false(mpdk_binding_is_open(f->ba->binding));
}

/* A miniport completing with PENDING (not a final status): the protocol
 * sees FAILURE, never PENDING, and the debug build counts a violation. */
static void
test_pending_is_not_final(void **state)
{
	struct fx *f = *state;
	uint64_t v0 = mpdk_debug_violations();

	assert_int_equal(tp_send(f->ba, mk_chain(0, 2), 0), MPDK_STATUS_PENDING);
	mock_complete_all(f->ma, MPDK_STATUS_PENDING);
	mpdk_poller_poll(f->p);
	assert_int_equal(f->ba->completed, 2);
	assert_int_equal(f->ba->pending_status, 0);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_FAILURE], 2);
	assert_int_equal(mpdk_debug_violations() - v0, 2);
}

/* More bindings in one step than batch slots: every binding still gets
 * exactly its NBLs, in one call. */
static void
test_many_bindings(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *extra[2];
	struct tp_binding *tb[18];
	struct test_proto many;
	unsigned int i, k;
	char name[32];

	assert_int_equal(tp_register(&many, "proto-many"), 0);
	for (i = 0; i < 2; i++) {
		snprintf(name, sizeof(name), "mockx%u", i);
		extra[i] = mock_adapter_create(name, 1);
		assert_non_null(extra[i]);
		assert_int_equal(mpdk_poller_add_queue(f->p, extra[i]->adapter, 0),
				 MPDK_STATUS_SUCCESS);
		extra[i]->complete_in_poll = true;
	}
	f->ma->complete_in_poll = true;
	for (i = 0; i < 18; i++) {
		struct mpdk_adapter *a = i < 6 ? f->a : extra[i / 6 - 1]->adapter;

		tb[i] = tp_bind(&many, a);
		assert_non_null(tb[i]);
		tb[i]->on_complete = free_on_complete;
		assert_int_equal(tp_send(tb[i], mk_chain(10 * i, 2), 0),
				 MPDK_STATUS_PENDING);
	}
	mpdk_poller_poll(f->p);
	for (i = 0; i < 18; i++) {
		assert_int_equal(tb[i]->completed, 2);
		assert_int_equal(tb[i]->complete_calls, 1);
		assert_int_equal(tb[i]->foreign + tb[i]->twice, 0);
		assert_int_equal(mpdk_close_adapter(tb[i]->binding),
				 MPDK_STATUS_SUCCESS);
	}
	f->ma->complete_in_poll = false;
	tp_deregister(&many);
	for (i = 0; i < 18; i++)
		tp_binding_free(tb[i]);
	for (k = 0; k < 2; k++) {
		assert_int_equal(mpdk_poller_remove_queue(f->p, extra[k]->adapter,
							  MPDK_ALL_QUEUES),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(mpdk_adapter_destroy(extra[k]->adapter),
				 MPDK_STATUS_SUCCESS);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_mixed_chain_routed_per_binding,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_mixed_bulk_routed_per_run,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_poll_step_batches, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sync_completion_is_deferred,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_inline_completion, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sync_failure_status, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queue_without_poller, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_close_drains_outstanding, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_close_idle_is_synchronous, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_pending_is_not_final, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_many_bindings, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
