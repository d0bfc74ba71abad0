/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Transfer data on the mock miniport (library built with MPDK_DEBUG):
 * synchronous, pending (the NBL returned before or after the completion,
 * three receivers), failed, refused, bad ranges and arguments, a miniport
 * without the handler, a close waiting for a transfer, a transfer pending
 * across a RESOURCES indication.
 *
 * The receive-test protocol and the fixture (whose teardown checks every
 * frame came back once, no transfer of the mock still reads a returned
 * frame, and every pool is full again) are in receive_common.c.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"
#include "receive_common.h"

/* ------------------------------------------------------------------ */
/* Transfer data                                                       */
/* ------------------------------------------------------------------ */

static void
test_xfer_sync(void **state)
{
	struct fx *f = *state;
	struct rb *ra = bind_rb(f, RB_KEEP);
	struct rb *rb = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *na, *nb;
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_SYNC;
	id = queue_frames(f, 0, 1, 5000, 0);          /* 3 segments */
	poll(f);
	na = peek_id(ra, (uint32_t)id);
	nb = peek_id(rb, (uint32_t)id);
	assert_non_null(na);
	assert_non_null(nb);
	assert_true(na->first_nb->nb_segs > 1);

	/* Across a segment boundary, through the first receiver. */
	x = xrec_new(na, 1000, 3000);
	assert_int_equal(mpdk_transfer_data(ra->b, &x->t), MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.status, MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.bytes_transferred, 3000);
	assert_int_equal(xrec_bad_bytes(x), 0);
	xrec_free(x);

	/* The whole frame through the other receiver's NBL. */
	x = xrec_new(nb, 0, 5000);
	assert_int_equal(mpdk_transfer_data(rb->b, &x->t), MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.bytes_transferred, 5000);
	assert_int_equal(xrec_bad_bytes(x), 0);
	xrec_free(x);

	/* Edges: the last byte, and nothing at the very end. */
	x = xrec_new(na, 4999, 1);
	assert_int_equal(mpdk_transfer_data(ra->b, &x->t), MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.bytes_transferred, 1);
	assert_int_equal(xrec_bad_bytes(x), 0);
	xrec_free(x);
	/* Nothing to copy: done by the library, the miniport not asked. */
	x = xrec_new(na, 5000, 0);
	assert_int_equal(mpdk_transfer_data(ra->b, &x->t), MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.bytes_transferred, 0);
	xrec_free(x);

	assert_int_equal(ra->xfer_cb + rb->xfer_cb, 0);  /* no completion */
	assert_int_equal(f->ma->xfer_sync, 3);
	assert_int_equal(rstats(ra).transfers, 2);
	assert_int_equal(rstats(rb).transfers, 1);
	assert_int_equal(mock_xfer_pending(f->ma), 0);

	/* The transfers hold nothing: two returns and the frame is back. */
	give_back_id(ra, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 0);
	give_back_id(rb, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
}

/* PENDING, the NBL returned before the transfer completes: the frame goes
 * back only after both, and the completion comes once, from a poll step. */
static void
test_xfer_pending_return_first(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 3000, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 3000);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	assert_int_equal(x->t.status, MPDK_STATUS_PENDING);
	assert_int_equal(mock_xfer_pending(f->ma), 1);
	assert_int_equal(rstats(r).transfers, 1);

	give_back_id(r, (uint32_t)id);
	assert_int_equal(rstats(r).held, 0);
	assert_int_equal(f->ma->rx_returned, 0);          /* the transfer holds it */
	assert_int_equal(mock_rx_state(f->ma, (uint32_t)id), MOCK_RXS_INDICATED);
	poll_n(f, 3);
	assert_int_equal(r->xfer_cb, 0);
	assert_int_equal(f->ma->rx_returned, 0);

	f->ma->xfer_complete_in_poll = true;
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(r->xfer_cb_in_mock_poll, 1);
	assert_int_equal(x->done, 1);
	assert_int_equal(x->status, MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.status, MPDK_STATUS_SUCCESS);
	assert_int_equal(x->t.bytes_transferred, 3000);
	assert_int_equal(xrec_bad_bytes(x), 0);
	/* The frame was still out when the protocol heard of it, and went
	 * back right after. */
	assert_int_equal(x->mock_returned_at_cb, 0);
	assert_int_equal(x->state_at_cb, MOCK_RXS_INDICATED);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(mock_rx_state(f->ma, (uint32_t)id), MOCK_RXS_RETURNED);
	poll_n(f, 3);
	assert_int_equal(r->xfer_cb, 1);
	xrec_free(x);
}

/* Three receivers each start a transfer and return their NBL at once. */
static void
test_xfer_pending_three(void **state)
{
	struct fx *f = *state;
	struct rb *r[3];
	struct xrec *x[3];
	int64_t id;
	unsigned int k;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	id = queue_frames(f, 0, 1, 4500, 0);
	poll(f);
	for (k = 0; k < 3; k++) {
		x[k] = xrec_new(peek_id(r[k], (uint32_t)id), 1000 * k + 7,
				2000 + 100 * k);
		assert_int_equal(mpdk_transfer_data(r[k]->b, &x[k]->t),
				 MPDK_STATUS_PENDING);
		give_back_id(r[k], (uint32_t)id);
	}
	assert_int_equal(f->ma->rx_returned, 0);
	assert_int_equal(mock_xfer_pending(f->ma), 3);
	f->ma->xfer_complete_in_poll = true;
	poll(f);
	for (k = 0; k < 3; k++) {
		assert_int_equal(x[k]->done, 1);
		assert_int_equal(x[k]->status, MPDK_STATUS_SUCCESS);
		assert_int_equal(xrec_bad_bytes(x[k]), 0);
		assert_int_equal(r[k]->xfer_cb, 1);
		xrec_free(x[k]);
	}
	assert_int_equal(f->ma->rx_returned, 1);
}

/* PENDING completed first, NBL returned after: the return hands the frame
 * back. */
static void
test_xfer_pending_complete_first(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	f->ma->xfer_complete_in_poll = true;
	id = queue_frames(f, 0, 1, 700, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 100, 500);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(x->status, MPDK_STATUS_SUCCESS);
	assert_int_equal(xrec_bad_bytes(x), 0);
	assert_int_equal(f->ma->rx_returned, 0);          /* the NBL holds it */
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	xrec_free(x);
}

/* A pending transfer that fails: its status reaches the protocol and the
 * hold is dropped all the same. */
static void
test_xfer_pending_fails(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 700, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 700);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	give_back_id(r, (uint32_t)id);
	/* Completed from the test thread, outside any poll step: delivered
	 * by the next poll step (queue 0's control step), not here. */
	assert_int_equal(mock_xfer_complete_all(f->ma, MPDK_STATUS_FAILURE), 1);
	assert_int_equal(r->xfer_cb, 0);
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(x->status, MPDK_STATUS_FAILURE);
	assert_int_equal(x->t.status, MPDK_STATUS_FAILURE);
	assert_int_equal(f->ma->rx_returned, 1);
	xrec_free(x);
}

/* The miniport refuses: nothing pends, the frame is not held. */
static void
test_xfer_resources(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_RESOURCES;
	f->ma->xfer_complete_in_poll = true;
	id = queue_frames(f, 0, 1, 500, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 500);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_RESOURCES);
	assert_int_equal(x->t.status, MPDK_STATUS_RESOURCES);
	assert_int_equal(f->ma->xfer_refused, 1);
	assert_int_equal(mock_xfer_pending(f->ma), 0);
	poll_n(f, 3);
	assert_int_equal(r->xfer_cb, 0);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);    /* no hold left behind */
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
	xrec_free(x);
	/* "Transfers started" (mpdk_receive_stats): this one was refused,
	 * "nothing started" (mpdk_transfer_data). */
	assert_int_equal(rstats(r).transfers, 0);
}

static void
check_bad_range(struct rb *r, struct mpdk_nbl *nbl, uint32_t off, uint32_t len)
{
	struct xrec *x = xrec_new(nbl, 0, 0);
	unsigned char probe[64];

	/* A buffer the call must not touch. */
	free(x->buf);
	x->buf = malloc(sizeof(probe));
	assert_non_null(x->buf);
	memset(x->buf, 0x5A, sizeof(probe));
	memset(probe, 0x5A, sizeof(probe));
	x->t.dst = x->buf;
	x->t.offset = off;
	x->t.length = len;
	x->t.bytes_transferred = 12345;
	assert_int_equal(mpdk_transfer_data(r->b, &x->t),
			 MPDK_STATUS_INVALID_LENGTH);
	assert_int_equal(x->t.status, MPDK_STATUS_INVALID_LENGTH);
	assert_int_equal(x->t.bytes_transferred, 0);
	assert_memory_equal(x->buf, probe, sizeof(probe));
	free(x->buf);
	free(x);
}

static void
test_xfer_bad_range(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *nbl;
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;  /* would pend if it got through */
	id = queue_frames(f, 0, 1, 200, 0);
	poll(f);
	nbl = peek_id(r, (uint32_t)id);
	check_bad_range(r, nbl, 201, 0);         /* offset past the end */
	check_bad_range(r, nbl, 300, 1);
	check_bad_range(r, nbl, 100, 101);       /* end past the end */
	check_bad_range(r, nbl, 0, 201);
	check_bad_range(r, nbl, 1, UINT32_MAX);  /* wraps */
	check_bad_range(r, nbl, UINT32_MAX, 1);
	check_bad_range(r, nbl, UINT32_MAX, UINT32_MAX);
	assert_int_equal(f->ma->xfer_calls, 0);  /* nothing started */
	assert_int_equal(rstats(r).transfers, 0);

	/* The limits themselves are fine. */
	f->ma->xfer_mode = MOCK_XFER_SYNC;
	x = xrec_new(nbl, 0, 200);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_SUCCESS);
	assert_int_equal(xrec_bad_bytes(x), 0);
	xrec_free(x);
	x = xrec_new(nbl, 200, 0);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_SUCCESS);
	xrec_free(x);

	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
}

static void
test_xfer_null_args(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_receive_stats st;
	struct mpdk_nbl *nbl, *never;
	struct xrec *x;
	uint8_t frame[64] = { 0 };
	int64_t id;

	f->expect_violations = -1;
	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 200, 0);
	poll(f);
	nbl = peek_id(r, (uint32_t)id);
	x = xrec_new(nbl, 0, 10);

	assert_int_equal(mpdk_transfer_data(NULL, &x->t),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(x->t.status, MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_transfer_data(r->b, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	x->t.nbl = NULL;
	x->t.status = 0;
	assert_int_equal(mpdk_transfer_data(r->b, &x->t),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(x->t.status, MPDK_STATUS_INVALID_PARAMETER);
	x->t.nbl = nbl;
	x->t.dst = NULL;
	assert_int_equal(mpdk_transfer_data(r->b, &x->t),
			 MPDK_STATUS_INVALID_PARAMETER);
	x->t.dst = x->buf;

	/* An NBL never indicated. */
	never = mpdk_nbl_alloc(test_pool);
	assert_non_null(never);
	assert_int_equal(mpdk_nbl_add_copy(never, test_mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	x->t.nbl = never;
	assert_int_equal(mpdk_transfer_data(r->b, &x->t),
			 MPDK_STATUS_INVALID_PARAMETER);
	mpdk_nbl_free(never);

	assert_int_equal(f->ma->xfer_calls, 0);
	assert_int_equal(rstats(r).transfers, 0);
	assert_int_equal(mpdk_binding_receive_stats(NULL, &st),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_binding_receive_stats(r->b, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	xrec_free(x);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
}

/* A miniport without a transfer_data handler. */
static void
test_xfer_not_supported(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	id = queue_frames(f, 0, 1, 300, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 300);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t),
			 MPDK_STATUS_NOT_SUPPORTED);
	assert_int_equal(x->t.status, MPDK_STATUS_NOT_SUPPORTED);
	assert_int_equal(f->ma->xfer_calls, 0);
	assert_int_equal(rstats(r).transfers, 0);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
	xrec_free(x);
}

/* A close waits for a pending transfer after every NBL came back. */
static void
test_close_waits_for_transfer(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 1500, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 10, 1400);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(rstats(r).held, 0);

	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_PENDING);
	poll_n(f, 5);
	assert_int_equal(r->close_completed, 0);
	assert_int_equal(f->ma->rx_returned, 0);

	/* The transfer completes in the next step (queue-0 poll), the close
	 * right after it in the same step (queue-0 control work). */
	f->ma->xfer_complete_in_poll = true;
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(r->xfer_cb_in_mock_poll, 1);
	assert_int_equal(xrec_bad_bytes(x), 0);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(r->close_completed, 1);
	assert_int_equal(r->close_in_poll, 1);
	assert_true(r->xfer_cb_seq < r->close_seq);
	r->closed = 1;
	xrec_free(x);
}

/* A transfer started inside a RESOURCES indication that pends: the frame
 * is the miniport's again when the indication returns, so either the
 * library must not let it pend, or the frame must stay until it
 * completes.  The mock takes the frame back (poisons and frees it) right
 * after the call, as the header allows, then indicates a new frame that
 * may reuse the NBL. */
struct res_xfer {
	struct xrec *x;
	mpdk_status_t st;
	int started;
};

static void
xfer_in_resources(struct rb *r, struct mpdk_nbl *chain, uint32_t n __rte_unused,
		  uint32_t flags)
{
	struct res_xfer *rx = r->user;
	struct mpdk_nbl *nbl;

	if (!(flags & MPDK_RECEIVE_F_RESOURCES)) {
		rte_spinlock_lock(&r->lock);
		MPDK_NBL_FOREACH(nbl, chain)
			r->held[r->n_held++] = nbl;
		rte_spinlock_unlock(&r->lock);
		return;
	}
	rx->x = xrec_new(chain, 0, mpdk_nbl_frame_length(chain));
	rx->st = mpdk_transfer_data(r->b, &rx->x->t);
	rx->started = 1;
}

static void
test_xfer_pending_in_resources_indication(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_HOOK);
	struct res_xfer rx = { .x = NULL };
	enum mock_rx_state ystate;
	uint64_t dead, early;
	int64_t idx, idy;
	unsigned int bad;
	int done;

	r->hook = xfer_in_resources;
	r->user = &rx;
	f->ma->xfer_mode = MOCK_XFER_PEND;
	f->expect_violations = -1;
	idx = queue_frames(f, 0, 1, 1000, MPDK_RECEIVE_F_RESOURCES);
	poll(f);
	assert_int_equal(rx.started, 1);
	assert_int_equal(mock_rx_state(f->ma, (uint32_t)idx), MOCK_RXS_RECLAIMED);
	/* A new frame, held by the receiver. */
	idy = queue_frames(f, 0, 1, 1000, 0);
	poll(f);
	assert_int_equal(r->n_held, 1);
	f->ma->xfer_complete_in_poll = true;
	poll(f);

	bad = rx.x->done ? xrec_bad_bytes(rx.x) : 0;
	done = rx.x->done;
	ystate = mock_rx_state(f->ma, (uint32_t)idy);
	dead = f->ma->xfer_dead_frame;
	early = f->ma->rx_early_return;
	print_message("transfer in a RESOURCES indication: %s; completed %d "
		      "(%s), %u bad bytes; mock: %" PRIu64 " transfers read a "
		      "frame it had taken back; frame Y state %d (2 = still "
		      "indicated), %" PRIu64 " early returns\n",
		      mpdk_status_str(rx.st), done,
		      done ? mpdk_status_str(rx.x->status) : "-", bad, dead,
		      (int)ystate, early);
	xrec_free(rx.x);
	/* Give Y back if it is still ours; if the mock got it back already,
	 * the receiver has nothing left to return. */
	if (ystate == MOCK_RXS_INDICATED) {
		give_back_id(r, (uint32_t)idy);
	} else if (r->n_held == 1) {
		/* The mock got Y back behind the receiver's back; with
		 * MPDK_DEBUG its free was refused (Y still counted indicated),
		 * so Y is still there: the receiver returns it as it would
		 * have, which lets the binding close.  Its data is poisoned:
		 * no id to read. */
		struct mpdk_nbl *y = r->held[0];

		r->n_held = 0;
		holders[idy] = 0;
		y->next = NULL;
		mpdk_return_nbls(r->b, y, 0);
	}
	if (rx.st == MPDK_STATUS_PENDING) {
		assert_int_equal(done, 1);
		/* The copy must read frame X, not what the miniport made of
		 * its buffers since. */
		assert_int_equal(dead, 0);
		assert_int_equal(bad, 0);
		/* The completion must not release a frame it does not hold. */
		assert_int_equal(ystate, MOCK_RXS_INDICATED);
		assert_int_equal(early, 0);
	} else {
		assert_int_equal(done, 0);
		assert_int_equal(mock_xfer_pending(f->ma), 0);
	}
}

static int
group_setup(void **state __rte_unused)
{
	return receive_group_setup("test_receive_transfer");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_xfer_sync),
		T(test_xfer_pending_return_first),
		T(test_xfer_pending_three),
		T(test_xfer_pending_complete_first),
		T(test_xfer_pending_fails),
		T(test_xfer_resources),
		T(test_xfer_bad_range),
		T(test_xfer_null_args),
		cmocka_unit_test_setup_teardown(test_xfer_not_supported,
						setup_noxfer, teardown),
		T(test_close_waits_for_transfer),
		T(test_xfer_pending_in_resources_indication),
	};

	return cmocka_run_group_tests_name("receive_transfer", tests,
					   group_setup, group_teardown);
}
