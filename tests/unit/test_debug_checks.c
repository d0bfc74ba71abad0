/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The MPDK_DEBUG exactly-once detector, on the mock miniport: a double
 * completion, the completion of an NBL never sent, a send of an NBL still
 * outstanding (alone or inside a chain), a free of an outstanding NBL and
 * a completion through the wrong adapter are each counted once by
 * mpdk_debug_violations(), and none of them reaches the protocol or loses
 * the NBL: the legitimate completion still arrives, exactly once.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"

#define FRAME_LEN 64
#define NBL_N 64
#define MBUF_N 63

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;

struct fx {
	struct mock_adapter *ma;        /* adapter A: 1 queue */
	struct mock_adapter *mb;        /* adapter B: 1 queue */
	struct mpdk_poller *p;          /* owns both queues */
	struct test_proto pa;
	struct tp_binding *ba;          /* bound to A */
	uint64_t v0;                    /* violations at the start */
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

static uint64_t
violations(const struct fx *f)
{
	return mpdk_debug_violations() - f->v0;
}

static void
poll_n(struct fx *f, unsigned int n)
{
	while (n-- > 0)
		mpdk_poller_poll(f->p);
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_debug_checks") != 0 || mock_register() != 0)
		return -1;
	pool = mpdk_nbl_pool_create("dbg_nbl", NBL_N, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("dbg_mbuf", MBUF_N, 0, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL)
		return -1;
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
	snprintf(name, sizeof(name), "dbga%u", seq);
	f->ma = mock_adapter_create(name, 1);
	snprintf(name, sizeof(name), "dbgb%u", seq++);
	f->mb = mock_adapter_create(name, 1);
	if (f->ma == NULL || f->mb == NULL)
		return -1;
	if (mpdk_poller_create("dbg-p", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->ma->adapter, 0) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->mb->adapter, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	if (tp_register(&f->pa, "dbg-proto") != 0)
		return -1;
	f->ba = tp_bind(&f->pa, f->ma->adapter);
	if (f->ba == NULL)
		return -1;
	f->v0 = mpdk_debug_violations();
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	mpdk_status_t st;
	int i;

	/* Whatever the test left with the mock comes back first. */
	st = mpdk_close_adapter(f->ba->binding);
	for (i = 0; i < 100 && st == MPDK_STATUS_PENDING &&
		    __atomic_load_n(&f->ba->close_completed, __ATOMIC_ACQUIRE) == 0;
	     i++) {
		mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
		mpdk_poller_poll(f->p);
	}
	assert_int_equal(tp_outstanding(f->ba), 0);
	assert_int_equal(f->ba->twice, 0);
	assert_int_equal(f->ba->foreign, 0);
	tp_deregister(&f->pa);
	tp_binding_free(f->ba);
	mpdk_poller_destroy(f->p);
	assert_int_equal(mpdk_adapter_destroy(f->ma->adapter), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(f->mb->adapter), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), NBL_N);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);
	free(f);
	return 0;
}

/* Send one NBL on A and let the mock keep it. */
static struct mpdk_nbl *
send_one(struct fx *f, uint32_t id)
{
	struct mpdk_nbl *nbl = mk_nbl(id);
	unsigned int pending = f->ma->n_pending;

	assert_int_equal(tp_send(f->ba, nbl, 0), MPDK_STATUS_PENDING);
	assert_int_equal(f->ma->n_pending, pending + 1);
	return nbl;
}

/* Complete everything the mock holds and deliver it. */
static void
complete_and_deliver(struct fx *f, unsigned int expect)
{
	assert_int_equal(mock_complete_all(f->ma, MPDK_STATUS_SUCCESS), expect);
	poll_n(f, 2);
}

/* The binding's own counters agree with the test protocol's. */
static void
assert_binding_stats(struct fx *f, uint64_t sent, uint64_t completed,
		     uint64_t rejected)
{
	struct mpdk_send_stats st;

	assert_int_equal(mpdk_binding_stats(f->ba->binding, &st),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(st.sent, sent);
	assert_int_equal(st.completed, completed);
	assert_int_equal(st.rejected, rejected);
	assert_int_equal(st.outstanding, sent - completed);
}

/* A second completion of an NBL already handed back is counted and never
 * reaches the protocol. */
static void
test_double_completion(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl = send_one(f, 1);

	complete_and_deliver(f, 1);
	assert_int_equal(f->ba->completed, 1);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(violations(f), 0);

	/* The protocol owns it again; the miniport completes it again. */
	mock_complete_again(f->ma, nbl);
	assert_int_equal(violations(f), 1);
	poll_n(f, 3);
	assert_int_equal(f->ba->completed, 1);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->ba->twice, 0);
	assert_binding_stats(f, 1, 1, 0);

	/* Still the protocol's: it frees without complaint. */
	mpdk_nbl_free(nbl);
	assert_int_equal(violations(f), 1);
}

/* The same, through the bulk completion call. */
static void
test_double_completion_bulk(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl = send_one(f, 2);

	complete_and_deliver(f, 1);
	assert_int_equal(f->ba->completed, 1);
	mpdk_m_send_nbls_complete_bulk(f->ma->adapter, &nbl, 1, 0);
	assert_int_equal(violations(f), 1);
	poll_n(f, 3);
	assert_int_equal(f->ba->completed, 1);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->ba->twice, 0);
	mpdk_nbl_free(nbl);
}

/* A completion of an NBL that was never sent: counted, not delivered, and
 * the NBL is still its owner's to free. */
static void
test_completion_never_sent(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl = mk_nbl(3);

	nbl->status = MPDK_STATUS_SUCCESS;
	mock_complete_again(f->ma, nbl);
	assert_int_equal(violations(f), 1);
	poll_n(f, 3);
	assert_int_equal(f->ba->complete_calls, 0);
	assert_int_equal(f->ba->twice, 0);
	assert_binding_stats(f, 0, 0, 0);
	mpdk_nbl_free(nbl);
	assert_int_equal(violations(f), 1);
	assert_int_equal(mpdk_nbl_pool_avail(pool), NBL_N);
}

/* Sending an NBL that is still outstanding: refused with
 * INVALID_PARAMETER, counted, never seen by the miniport; the first send
 * completes once. */
static void
test_send_outstanding(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl = send_one(f, 4);

	/* Not tp_send(): its bookkeeping would forget the first send. */
	nbl->next = NULL;
	assert_int_equal(mpdk_send_nbls(f->ba->binding, nbl, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(violations(f), 1);
	assert_int_equal(nbl->status, MPDK_STATUS_PENDING);  /* the mock's */
	assert_int_equal(f->ma->send_calls, 1);
	assert_int_equal(f->ma->nbls_seen, 1);
	assert_int_equal(f->ma->n_pending, 1);
	assert_binding_stats(f, 1, 0, 1);

	complete_and_deliver(f, 1);
	poll_n(f, 2);
	assert_int_equal(f->ba->completed, 1);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->ba->twice, 0);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SUCCESS], 1);
	assert_binding_stats(f, 1, 1, 1);
	assert_int_equal(violations(f), 1);
	mpdk_nbl_free(nbl);
}

/* A chain [good, outstanding, good]: the whole call is refused; the good
 * NBLs get the status and are not left outstanding (each can be sent
 * later and completes once); the offender, the miniport's, is left as it
 * was. */
static void
test_chain_with_outstanding(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *out = send_one(f, 5);
	struct mpdk_nbl *good = mk_nbl(6), *good2 = mk_nbl(7);

	good->next = out;
	out->next = good2;
	good2->next = NULL;
	assert_int_equal(mpdk_send_nbls(f->ba->binding, good, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(violations(f), 1);
	assert_int_equal(good->status, MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(good2->status, MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(out->status, MPDK_STATUS_PENDING);
	assert_int_equal(f->ma->send_calls, 1);
	assert_int_equal(f->ma->n_pending, 1);
	assert_binding_stats(f, 1, 0, 3);

	/* Not outstanding: new sends of them are accepted without
	 * complaint. */
	good->next = NULL;
	out->next = NULL;
	assert_int_equal(tp_send(f->ba, good, 0), MPDK_STATUS_PENDING);
	assert_int_equal(tp_send(f->ba, good2, 0), MPDK_STATUS_PENDING);
	assert_int_equal(violations(f), 1);
	assert_int_equal(f->ma->n_pending, 3);

	complete_and_deliver(f, 3);
	assert_int_equal(f->ba->completed, 3);
	assert_int_equal(f->ba->twice, 0);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SUCCESS], 3);
	assert_binding_stats(f, 3, 3, 3);
	poll_n(f, 2);
	assert_int_equal(f->ba->completed, 3);
	assert_int_equal(violations(f), 1);
	mpdk_nbl_free(good);
	mpdk_nbl_free(good2);
	mpdk_nbl_free(out);
}

/* Freeing an NBL the miniport holds: counted, not freed (NBL and NBs stay
 * out of their pools), and the NBL still completes normally. */
static void
test_free_outstanding(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl = send_one(f, 7);
	struct rte_mbuf *nb = nbl->first_nb;
	unsigned int nbl_avail = mpdk_nbl_pool_avail(pool);
	unsigned int mbuf_avail = rte_mempool_avail_count(mp);

	mpdk_nbl_free(nbl);
	assert_int_equal(violations(f), 1);
	assert_int_equal(mpdk_nbl_pool_avail(pool), nbl_avail);
	assert_int_equal(rte_mempool_avail_count(mp), mbuf_avail);
	assert_ptr_equal(nbl->first_nb, nb);
	assert_int_equal(nbl->nb_count, 1);

	complete_and_deliver(f, 1);
	assert_int_equal(f->ba->completed, 1);
	assert_int_equal(f->ba->twice, 0);
	/* Back with its owner: now it frees. */
	mpdk_nbl_free(nbl);
	assert_int_equal(violations(f), 1);
	assert_int_equal(mpdk_nbl_pool_avail(pool), nbl_avail + 1);
}

/* An NBL of adapter A completed through adapter B: counted, not delivered
 * (B's queue is polled by the same poller, so it would be); A's own
 * completion still arrives once. */
static void
test_completion_wrong_adapter(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *nbl = send_one(f, 8);

	nbl->status = MPDK_STATUS_SUCCESS;
	nbl->next = NULL;
	mpdk_m_send_nbls_complete(f->mb->adapter, nbl, 0);
	assert_int_equal(violations(f), 1);
	mpdk_m_send_nbls_complete_bulk(f->mb->adapter, &nbl, 1, 0);
	assert_int_equal(violations(f), 2);
	poll_n(f, 3);
	assert_int_equal(f->ba->complete_calls, 0);
	assert_binding_stats(f, 1, 0, 0);

	complete_and_deliver(f, 1);
	assert_int_equal(f->ba->completed, 1);
	assert_int_equal(f->ba->complete_calls, 1);
	assert_int_equal(f->ba->twice, 0);
	assert_int_equal(violations(f), 2);
	mpdk_nbl_free(nbl);
}

/* Control: a clean send/complete/free cycle counts nothing. */
static void
test_clean_cycle_counts_nothing(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *a = send_one(f, 9), *b = send_one(f, 10);

	complete_and_deliver(f, 2);
	assert_int_equal(f->ba->completed, 2);
	/* Re-sending after completion is legitimate. */
	a->next = NULL;
	assert_int_equal(tp_send(f->ba, a, 0), MPDK_STATUS_PENDING);
	complete_and_deliver(f, 1);
	assert_int_equal(f->ba->completed, 3);
	mpdk_nbl_free(a);
	mpdk_nbl_free(b);
	assert_int_equal(violations(f), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_clean_cycle_counts_nothing,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_double_completion, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_double_completion_bulk, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_completion_never_sent, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_send_outstanding, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_chain_with_outstanding, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_free_outstanding, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_completion_wrong_adapter,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
