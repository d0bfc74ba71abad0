/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The MPDK_DEBUG detector on the receive path (mock miniport, library
 * built with MPDK_DEBUG): NBLs returned twice (alone or sharing a frame
 * with clones), through the wrong binding or never indicated; mbufs of a
 * pool not prepared for the adapter; transfers completed twice or started
 * from an NBL the binding does not hold; and a miniport completing a
 * transfer with PENDING.
 *
 * The receive-test protocol and the fixture (whose teardown checks the
 * violations each test expects) are in receive_common.c.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"
#include "receive_common.h"

/* ------------------------------------------------------------------ */
/* MPDK_DEBUG detection                                                */
/* ------------------------------------------------------------------ */

static uint64_t
viol(const struct fx *f)
{
	return mpdk_debug_violations() - f->v0;
}

static void
test_debug_return_twice(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *nbl;
	int64_t id;

	id = queue_frames(f, 0, 2, 64, 0);
	poll(f);
	nbl = take_id(r, (uint32_t)id);
	give_back(r, &nbl, 1);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(viol(f), 0);
	/* Again (the mock freed it meanwhile). */
	nbl->next = NULL;
	mpdk_return_nbls(r->b, nbl, 0);
	assert_int_equal(viol(f), 1);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(rstats(r).returned, 1);
	assert_int_equal(rstats(r).held, 1);
	give_back_id(r, (uint32_t)id + 1);
	assert_int_equal(f->ma->rx_returned, 2);
	f->expect_violations = 1;
}

/* Shared frame: a clone returned twice, the original returned twice while
 * clones are out, a clone returned twice after the frame went back. */
static void
test_debug_return_twice_shared(void **state)
{
	struct fx *f = *state;
	struct rb *r[3], *ro = NULL, *rc[2];
	struct mpdk_nbl *n[3], *orig = NULL, *c[2];
	unsigned int k, m = 0;
	int64_t id;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	id = queue_frames(f, 0, 1, 64, 0);
	poll(f);
	for (k = 0; k < 3; k++) {
		n[k] = take_id(r[k], (uint32_t)id);
		assert_non_null(n[k]);
		if (n[k]->rx_parent == NULL) {
			orig = n[k];
			ro = r[k];
		} else {
			c[m] = n[k];
			rc[m++] = r[k];
		}
	}
	assert_non_null(orig);
	assert_int_equal(m, 2);

	give_back(rc[0], &c[0], 1);
	c[0]->next = NULL;
	mpdk_return_nbls(rc[0]->b, c[0], 0);               /* clone twice */
	assert_int_equal(viol(f), 1);
	assert_int_equal(f->ma->rx_returned, 0);

	give_back(ro, &orig, 1);
	orig->next = NULL;
	mpdk_return_nbls(ro->b, orig, 0);                  /* original twice */
	assert_int_equal(viol(f), 2);
	assert_int_equal(f->ma->rx_returned, 0);            /* c[1] holds it */

	give_back(rc[1], &c[1], 1);
	assert_int_equal(f->ma->rx_returned, 1);
	c[1]->next = NULL;
	mpdk_return_nbls(rc[1]->b, c[1], 0);               /* after the frame went */
	assert_int_equal(viol(f), 3);
	assert_int_equal(f->ma->rx_returned, 1);
	for (k = 0; k < 3; k++) {
		assert_int_equal(rstats(r[k]).returned, 1);
		assert_int_equal(rstats(r[k]).held, 0);
	}
	f->expect_violations = 3;
}

static void
test_debug_wrong_binding(void **state)
{
	struct fx *f = *state;
	struct rb *ra = bind_rb(f, RB_KEEP);
	struct rb *rb = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *na;
	int64_t id;

	id = queue_frames(f, 0, 1, 64, 0);
	poll(f);
	na = peek_id(ra, (uint32_t)id);
	na->next = NULL;
	mpdk_return_nbls(rb->b, na, 0);       /* ra's NBL through rb */
	assert_int_equal(viol(f), 1);
	assert_int_equal(rstats(rb).returned, 0);
	assert_int_equal(rstats(rb).held, 1);
	assert_int_equal(rstats(ra).held, 1);
	assert_int_equal(f->ma->rx_returned, 0);
	give_back_id(rb, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 0);  /* ra still holds it */
	give_back_id(ra, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	f->expect_violations = 1;
}

static void
test_debug_never_indicated(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	uint8_t frame[64] = { 0 };
	struct mpdk_nbl *nbl;

	nbl = mpdk_nbl_alloc(test_pool);
	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, test_mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	mpdk_return_nbls(r->b, nbl, 0);
	assert_int_equal(viol(f), 1);
	assert_int_equal(f->ma->rx_return_calls, 0);
	assert_int_equal(rstats(r).returned, 0);
	/* Still the caller's: an ordinary free. */
	mpdk_nbl_free(nbl);
	assert_int_equal(viol(f), 1);
	/* NULL chain or binding: nothing at all. */
	mpdk_return_nbls(r->b, NULL, 0);
	mpdk_return_nbls(NULL, NULL, 0);
	assert_int_equal(viol(f), 1);
	f->expect_violations = 1;
}

/* mpdk_m_indicate_receive_mbufs() takes mbufs of a pool prepared for the
 * adapter only: others are refused (a violation), nothing is indicated. */
static void
test_debug_indicate_mbufs_unprepared(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct rte_mempool *plain, *nbl_room;
	struct rte_mbuf *m[4];

	plain = rte_pktmbuf_pool_create("rx_plain", 63, 0, 0,
					RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nbl_room = rte_pktmbuf_pool_create("rx_room", 63, 0,
					   MPDK_NBL_MBUF_PRIV_SIZE,
					   RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	assert_non_null(plain);
	assert_non_null(nbl_room);
	assert_int_equal(mpdk_m_rx_pool_prepare(NULL, nbl_room),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_m_rx_pool_prepare(f->a, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_m_rx_pool_prepare(f->a, plain),
			 MPDK_STATUS_INVALID_PARAMETER);

	/* No room for an NBL. */
	assert_int_equal(rte_pktmbuf_alloc_bulk(plain, m, 4), 0);
	mpdk_m_indicate_receive_mbufs(f->a, m, 4, 0, 0);
	assert_int_equal(viol(f), 1);
	rte_pktmbuf_free_bulk(m, 4);
	/* Room, but never prepared for this adapter. */
	assert_int_equal(rte_pktmbuf_alloc_bulk(nbl_room, m, 4), 0);
	mpdk_m_indicate_receive_mbufs(f->a, m, 4, 0, 0);
	assert_int_equal(viol(f), 2);
	assert_int_equal(rstats(r).indicated, 0);
	rte_pktmbuf_free_bulk(m, 4);
	/* Nothing to indicate: nothing happens. */
	mpdk_m_indicate_receive_mbufs(f->a, NULL, 4, 0, 0);
	mpdk_m_indicate_receive_mbufs(f->a, m, 0, 0, 0);
	assert_int_equal(viol(f), 2);
	rte_mempool_free(plain);
	rte_mempool_free(nbl_room);
	f->expect_violations = 2;
}

static void
test_debug_xfer_complete_twice(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x, *y;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	f->ma->xfer_complete_in_poll = true;
	id = queue_frames(f, 0, 2, 800, 0);
	poll(f);

	/* Completed twice while the NBL is still held. */
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 800);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	mock_xfer_complete_again(f->ma, &x->t, MPDK_STATUS_SUCCESS);
	assert_int_equal(viol(f), 1);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(f->ma->rx_returned, 0);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);

	/* Completed twice after the frame went back. */
	y = xrec_new(peek_id(r, (uint32_t)id + 1), 10, 700);
	assert_int_equal(mpdk_transfer_data(r->b, &y->t), MPDK_STATUS_PENDING);
	give_back_id(r, (uint32_t)id + 1);
	assert_int_equal(f->ma->rx_returned, 1);
	poll(f);
	assert_int_equal(r->xfer_cb, 2);
	assert_int_equal(f->ma->rx_returned, 2);
	mock_xfer_complete_again(f->ma, &y->t, MPDK_STATUS_SUCCESS);
	assert_int_equal(viol(f), 2);
	assert_int_equal(r->xfer_cb, 2);
	assert_int_equal(f->ma->rx_returned, 2);
	assert_int_equal(f->ma->rx_bad_return, 0);
	assert_int_equal(xrec_bad_bytes(x), 0);
	assert_int_equal(xrec_bad_bytes(y), 0);
	xrec_free(x);
	xrec_free(y);
	/* The close is not left waiting for a third transfer. */
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
	f->expect_violations = 2;
}

/* A transfer from an NBL the binding does not hold: returned already,
 * or another binding's. */
static void
test_debug_xfer_not_held(void **state)
{
	struct fx *f = *state;
	struct rb *ra = bind_rb(f, RB_KEEP);
	struct rb *rb = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *na;
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 500, 0);
	poll(f);
	na = peek_id(ra, (uint32_t)id);
	x = xrec_new(na, 0, 500);
	assert_int_equal(mpdk_transfer_data(rb->b, &x->t),   /* ra's NBL */
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(viol(f), 1);
	give_back_id(ra, (uint32_t)id);
	assert_int_equal(mpdk_transfer_data(ra->b, &x->t),   /* returned */
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(viol(f), 2);
	assert_int_equal(f->ma->xfer_calls, 0);
	assert_int_equal(mock_xfer_pending(f->ma), 0);
	give_back_id(rb, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	xrec_free(x);
	f->expect_violations = 2;
}

/* A miniport completing with PENDING: the protocol gets FAILURE. */
static void
test_xfer_complete_with_pending(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->expect_violations = -1;
	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 300, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 300);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	f->ma->xfer_status = MPDK_STATUS_PENDING;
	f->ma->xfer_complete_in_poll = true;
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(x->status, MPDK_STATUS_FAILURE);
	assert_int_equal(x->t.status, MPDK_STATUS_FAILURE);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	xrec_free(x);
}

static int
group_setup(void **state __rte_unused)
{
	return receive_group_setup("test_receive_debug");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_debug_return_twice),
		T(test_debug_return_twice_shared),
		T(test_debug_wrong_binding),
		T(test_debug_never_indicated),
		T(test_debug_indicate_mbufs_unprepared),
		T(test_debug_xfer_complete_twice),
		T(test_debug_xfer_not_held),
		T(test_xfer_complete_with_pending),
	};

	return cmocka_run_group_tests_name("receive_debug", tests,
					   group_setup, group_teardown);
}
