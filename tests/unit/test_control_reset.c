/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Reset, pause / restart and cancel on the mock miniport (library built
 * with MPDK_DEBUG):
 *
 *  - reset: new sends and OIDs refused RESET_IN_PROGRESS, pending sends
 *    complete RESET_IN_PROGRESS, OIDs REQUEST_ABORTED, all of them before
 *    the reset's done callback and the RESET_END indication (miniport
 *    aborting inside its handler, or later from another thread);
 *    RESET_START / RESET_END once per binding; a reset during a reset or a
 *    pause refused; an open during a reset pends until it ends;
 *  - pause / restart: new sends refused PAUSED, nothing indicated, OIDs
 *    and status still work, done only once sends and receives drained,
 *    cannot fail, restart resumes;
 *  - cancel: only the NBLs with the id (any binding's: ids are
 *    process-wide), SEND_ABORTED; bad ids; no handler;
 *    mpdk_cancel_id_generate() unique and non-zero.
 *
 * The fixture and helpers of the control-path tests are in
 * control_common.c.
 */

#include <inttypes.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "control_common.h"

/* ------------------------------------------------------------------ */
/* Reset.                                                               */

/* Check what a reset with sends and OIDs outstanding delivered, and that
 * every aborted completion came before the done callback and RESET_END. */
static void
check_reset_outcome(struct fx *f, const struct done_rec *d, unsigned int n_a,
		    unsigned int n_b, struct oreq *o, unsigned int n_o)
{
	int done_idx = ev_find(EV_DONE, -1, MPDK_STATUS_SUCCESS);
	int end_idx[2], start_idx[2];
	unsigned int i, late = 0, early = 0;

	assert_int_equal(d->calls, 1);
	assert_int_equal(d->st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_RESET_IN_PROGRESS], n_a);
	assert_int_equal(f->bb->by_status[MPDK_STATUS_RESET_IN_PROGRESS], n_b);
	assert_int_equal(tp_outstanding(f->ba), 0);
	assert_int_equal(tp_outstanding(f->bb), 0);
	for (i = 0; i < n_o; i++) {
		assert_int_equal(o[i].done, 1);
		assert_int_equal(o[i].st, MPDK_STATUS_REQUEST_ABORTED);
	}
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_START), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_RESET_START), 1);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(astats(f).resets, 1);
	assert_int_equal(astats(f).oids_aborted, n_o);

	start_idx[0] = ev_find(EV_STATUS, 0, MPDK_STATUS_RESET_START);
	start_idx[1] = ev_find(EV_STATUS, 1, MPDK_STATUS_RESET_START);
	end_idx[0] = ev_find(EV_STATUS, 0, MPDK_STATUS_RESET_END);
	end_idx[1] = ev_find(EV_STATUS, 1, MPDK_STATUS_RESET_END);
	for (i = 0; i < n_ev; i++) {
		const struct ev *e = &evlog[i];

		if (!((e->kind == EV_SEND &&
		       e->code == MPDK_STATUS_RESET_IN_PROGRESS) ||
		      (e->kind == EV_OID &&
		       e->code == MPDK_STATUS_REQUEST_ABORTED)))
			continue;
		if ((int)i > done_idx || (int)i > end_idx[e->who])
			late++;
		if ((int)i < start_idx[e->who])
			early++;
	}
	if (late != 0 || early != 0) {
		ev_dump("reset ordering");
		fail_msg("%u aborted completions delivered after the reset's done callback (event %d) or RESET_END (events %d, %d); %u before RESET_START",
			 late, done_idx, end_idx[0], end_idx[1], early);
	}
}

/* Outstanding work for a reset: 5 + 3 sends at the mock, one OID pending
 * at the mock (bb) and two queued (ba). */
static void
reset_load(struct fx *f, struct oreq *o)
{
	unsigned int i;

	send_n(f->ba, 0, 5, 0);
	send_n(f->bb, 100, 3, 0);
	f->ma->oid_mode = MOCK_OID_PEND;
	for (i = 0; i < 3; i++) {
		oreq_init(&o[i], i, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
		assert_int_equal(oreq_submit(&o[i], i == 0 ? f->bb : f->ba),
				 MPDK_STATUS_PENDING);
	}
	assert_int_equal(f->ma->n_pending, 8);
	assert_ptr_equal(mock_oid_pending(f->ma), &o[0].r);
	n_ev = 0;
}

/* What must be refused while a reset runs. */
static void
reset_refusals(struct fx *f)
{
	static struct oreq o;

	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RESETTING);
	send_refused(f->ba, 900, MPDK_STATUS_RESET_IN_PROGRESS);
	send_refused(f->bb, 901, MPDK_STATUS_RESET_IN_PROGRESS);
	oreq_init(&o, 99, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_RESET_IN_PROGRESS);
	assert_int_equal(mpdk_adapter_reset(f->a, NULL, NULL),
			 MPDK_STATUS_RESET_IN_PROGRESS);
	assert_int_equal(mpdk_adapter_pause(f->a, NULL, NULL),
			 MPDK_STATUS_RESET_IN_PROGRESS);
	assert_int_equal(mpdk_adapter_restart(f->a, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
}

/* The miniport finishes its queued work inside its reset handler and
 * answers SUCCESS at once (the handler runs in the queue-0 poll step). */
static void
test_reset_sync_handler_order(void **state)
{
	struct fx *f = *state;
	static struct done_rec d;
	static struct oreq o[3];

	d = (struct done_rec){ 0 };
	reset_load(f, o);
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	reset_refusals(f);
	POLL_UNTIL(f, d.calls != 0, "reset done");
	poll_n(f, 20);
	assert_int_equal(f->ma->reset_calls, 1);
	assert_int_equal(f->ma->reset_aborted_sends, 8);
	check_reset_outcome(f, &d, 5, 3, o, 3);
	/* Running again. */
	send_n(f->ba, 200, 1, 0);
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->ba) == 0, "send after the reset");
}

/* The miniport pends its reset and finishes it later from another thread
 * (the test's), aborting its sends and OID there, just before
 * mpdk_m_reset_complete(). */
static void
test_reset_pended_order(void **state)
{
	struct fx *f = *state;
	static struct done_rec d;
	static struct oreq o[3];

	d = (struct done_rec){ 0 };
	f->ma->reset_mode = MOCK_CTL_PEND;
	f->ma->reset_abort_at_complete = true;
	reset_load(f, o);
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->reset_calls == 1, "reset handler called");
	poll_n(f, 20);
	reset_refusals(f);
	assert_int_equal(d.calls, 0);
	/* Queued OIDs are the library's to abort: already done. */
	assert_int_equal(o[1].st, MPDK_STATUS_REQUEST_ABORTED);
	assert_int_equal(o[2].st, MPDK_STATUS_REQUEST_ABORTED);
	assert_int_equal(o[0].done, 0);
	assert_int_equal(tp_outstanding(f->ba), 5);
	mock_reset_complete(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, d.calls != 0, "reset done");
	poll_n(f, 20);
	check_reset_outcome(f, &d, 5, 3, o, 3);
}

/* The miniport aborts inside its handler and pends; completes later. */
static void
test_reset_pended_abort_in_handler(void **state)
{
	struct fx *f = *state;
	static struct done_rec d;
	static struct oreq o[3];

	d = (struct done_rec){ 0 };
	f->ma->reset_mode = MOCK_CTL_PEND;
	reset_load(f, o);
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->reset_calls == 1, "reset handler called");
	poll_n(f, 20);
	assert_int_equal(d.calls, 0);
	assert_int_equal(tp_outstanding(f->ba), 0);
	reset_refusals(f);
	mock_reset_complete(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, d.calls != 0, "reset done");
	poll_n(f, 20);
	check_reset_outcome(f, &d, 5, 3, o, 3);
}

/* An open during a reset pends and completes when the reset does
 * (open_adapter_complete); meanwhile the binding is not usable. */
static void
test_open_during_reset(void **state)
{
	struct fx *f = *state;
	static struct done_rec d;
	static struct oreq o;
	struct mpdk_nbl *nbl;

	d = (struct done_rec){ 0 };
	f->ma->reset_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->reset_calls == 1, "reset handler called");
	assert_int_equal(tp_register(&f->pc, "ctl-c"), 0);
	f->pc_reg = true;
	assert_int_equal(mpdk_bind(f->pc.proto, f->a, NULL), MPDK_STATUS_PENDING);
	f->bc = f->pc.last_bound;
	assert_non_null(f->bc);
	hook_binding(f->bc, &f->cc, 2);
	assert_false(mpdk_binding_is_open(f->bc->binding));
	/* Not usable until its open completes. */
	nbl = mk_nbl(0, 0);
	assert_int_equal(tp_send(f->bc, nbl, 0), MPDK_STATUS_ADAPTER_NOT_READY);
	mpdk_nbl_free(nbl);
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o, f->bc), MPDK_STATUS_ADAPTER_NOT_READY);
	assert_int_equal(mpdk_close_adapter(f->bc->binding),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	poll_n(f, 50);
	assert_int_equal(f->bc->open_completed, 0);

	mock_reset_complete(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, d.calls != 0 && f->bc->open_completed != 0, "reset and open done");
	poll_n(f, 20);
	assert_int_equal(f->bc->open_completed, 1);
	assert_int_equal(f->bc->open_status, MPDK_STATUS_SUCCESS);
	assert_true(mpdk_binding_is_open(f->bc->binding));
	/* It was not open when the reset started: neither half of the pair. */
	assert_int_equal(nstatus(f->bc, MPDK_STATUS_RESET_START), 0);
	assert_int_equal(nstatus(f->bc, MPDK_STATUS_RESET_END), 0);
	send_n(f->bc, 0, 1, 0);
	assert_int_equal(oreq_submit(&o, f->bc), MPDK_STATUS_SUCCESS);
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->bc) == 0, "send on the new binding");
}

/* Reset refusals outside a reset; a failed reset still ends. */
static void
test_reset_refusals_and_failure(void **state)
{
	struct fx *f = *state;
	static struct done_rec d, dp, dr;
	struct mock_adapter *lone;

	d = (struct done_rec){ 0 };
	dp = (struct done_rec){ 0 };
	dr = (struct done_rec){ 0 };
	assert_int_equal(mpdk_adapter_reset(NULL, NULL, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	/* No poller owns queue 0: nothing would ever complete it. */
	lone = mock_adapter_create("ctl-lone", 1);
	assert_non_null(lone);
	assert_int_equal(mpdk_adapter_reset(lone->adapter, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	assert_int_equal(mpdk_adapter_pause(lone->adapter, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	assert_int_equal(mpdk_adapter_restart(lone->adapter, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	assert_int_equal(mpdk_adapter_destroy(lone->adapter), MPDK_STATUS_SUCCESS);

	/* While pausing and paused: PAUSED. */
	f->ma->pause_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &dp), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_adapter_reset(f->a, NULL, NULL), MPDK_STATUS_PAUSED);
	POLL_UNTIL(f, f->ma->pause_calls == 1, "pause handler called");
	assert_int_equal(mpdk_adapter_reset(f->a, NULL, NULL), MPDK_STATUS_PAUSED);
	mock_pause_complete(f->ma);
	POLL_UNTIL(f, dp.calls == 1, "pause done");
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);
	assert_int_equal(mpdk_adapter_reset(f->a, NULL, NULL), MPDK_STATUS_PAUSED);
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &dr), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, dr.calls == 1, "restart done");
	assert_int_equal(f->ma->reset_calls, 0);

	/* The miniport's reset fails: the status reaches the done callback,
	 * RESET_END still comes and the adapter runs again. */
	f->ma->reset_status = MPDK_STATUS_FAILURE;
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, d.calls != 0, "failed reset done");
	poll_n(f, 20);
	assert_int_equal(d.calls, 1);
	assert_int_equal(d.st, MPDK_STATUS_FAILURE);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
}

/* ------------------------------------------------------------------ */
/* Pause and restart.                                                   */

static void
test_pause_drains_sends_and_receives(void **state)
{
	struct fx *f = *state;
	static struct done_rec d, d2, dr;
	static struct oreq o;
	int64_t first;

	d = (struct done_rec){ 0 };
	d2 = (struct done_rec){ 0 };
	dr = (struct done_rec){ 0 };
	f->ca.hold_rx = true;
	f->cb.hold_rx = true;
	send_n(f->ba, 0, 4, 0);
	first = mock_rx_queue(f->ma, 0, 3, FRAME_LEN, 0);
	assert_true(first >= 0);
	POLL_UNTIL(f, f->ba->rx_nbls == 3 && f->bb->rx_nbls == 3, "indication");

	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &d), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSING);
	/* New sends: refused at submit with PAUSED, no completion. */
	send_refused(f->ba, 50, MPDK_STATUS_PAUSED);
	send_refused(f->bb, 51, MPDK_STATUS_PAUSED);
	assert_int_equal(mpdk_adapter_pause(f->a, NULL, NULL), MPDK_STATUS_PAUSED);
	/* Nothing is indicated while pausing. */
	assert_true(mock_rx_queue(f->ma, 0, 2, FRAME_LEN, 0) >= 0);
	poll_n(f, 50);
	assert_int_equal(f->ba->rx_nbls, 3);
	assert_int_equal(f->bb->rx_nbls, 3);
	assert_int_equal(mock_rx_queued(f->ma, 0), 0);
	/* OIDs work, at once and pended; status indications too. */
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	f->ma->oid_mode = MOCK_OID_PEND;
	assert_int_equal(oreq_submit(&o, f->bb), MPDK_STATUS_PENDING);
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o.r);
	POLL_UNTIL(f, o.done == 1, "OID while pausing");
	assert_int_equal(o.st, MPDK_STATUS_SUCCESS);
	f->ma->oid_mode = MOCK_OID_TABLE;
	assert_int_equal(mock_indicate_link(f->ma, false, 0), MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->link_down == 1 && f->bb->link_down == 1,
		   "status while pausing");

	/* Not done while sends or receives are out. */
	poll_n(f, 100);
	assert_int_equal(d.calls, 0);
	assert_int_equal(f->ma->pause_calls, 1);
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->ba) == 0, "sends drained");
	poll_n(f, 100);
	assert_int_equal(d.calls, 0);            /* receives still held */
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSING);
	return_held(f->ba);
	poll_n(f, 100);
	assert_int_equal(d.calls, 0);            /* bb still holds its own */
	return_held(f->bb);
	POLL_UNTIL(f, d.calls != 0, "pause done");
	poll_n(f, 20);
	assert_int_equal(d.calls, 1);
	assert_int_equal(d.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);
	assert_int_equal(astats(f).pauses, 1);

	/* Paused: a second pause and a reset are refused; sends refused,
	 * OIDs answered, nothing indicated. */
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &d2), MPDK_STATUS_PAUSED);
	assert_int_equal(mpdk_adapter_reset(f->a, NULL, NULL), MPDK_STATUS_PAUSED);
	send_refused(f->ba, 52, MPDK_STATUS_PAUSED);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_true(mock_rx_queue(f->ma, 0, 2, FRAME_LEN, 0) >= 0);
	poll_n(f, 50);
	assert_int_equal(f->ba->rx_nbls, 3);
	assert_int_equal(f->bb->rx_nbls, 3);
	assert_int_equal(d2.calls, 0);

	/* Restart: sends and receives resume. */
	f->ca.hold_rx = false;
	f->cb.hold_rx = false;
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &dr), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, dr.calls != 0, "restart done");
	assert_int_equal(dr.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
	assert_int_equal(f->ma->restart_calls, 1);
	assert_int_equal(mpdk_adapter_restart(f->a, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	send_n(f->ba, 60, 2, 0);
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->ba) == 0, "sends after restart");
	assert_true(mock_rx_queue(f->ma, 0, 2, FRAME_LEN, 0) >= 0);
	POLL_UNTIL(f, f->ba->rx_nbls == 5 && f->bb->rx_nbls == 5,
		   "receives after restart");
	assert_int_equal(d.calls, 1);
}

/* A pause cannot fail; a pended pause waits for the miniport; restart
 * from a wrong state is refused; a failed restart leaves it paused. */
static void
test_pause_cannot_fail_and_pended(void **state)
{
	struct fx *f = *state;
	static struct done_rec d, d2, dr, dr2;

	d = (struct done_rec){ 0 };
	d2 = (struct done_rec){ 0 };
	dr = (struct done_rec){ 0 };
	dr2 = (struct done_rec){ 0 };
	assert_int_equal(mpdk_adapter_restart(f->a, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	f->ma->pause_status = MPDK_STATUS_FAILURE;
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, d.calls != 0, "pause done");
	assert_int_equal(d.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);

	/* A restart the miniport fails: still paused. */
	f->ma->restart_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &dr), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->restart_calls == 1, "restart handler");
	poll_n(f, 20);
	assert_int_equal(dr.calls, 0);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RESTARTING);
	send_refused(f->ba, 1, MPDK_STATUS_PAUSED);
	mock_restart_complete(f->ma, MPDK_STATUS_FAILURE);
	POLL_UNTIL(f, dr.calls != 0, "restart done");
	assert_int_equal(dr.st, MPDK_STATUS_FAILURE);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);
	f->ma->restart_mode = MOCK_CTL_SYNC;
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &dr2), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, dr2.calls != 0, "second restart done");
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);

	/* Pended pause: done only after the miniport completes it. */
	f->ma->pause_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &d2), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->pause_calls == 2, "pause handler");
	poll_n(f, 50);
	assert_int_equal(d2.calls, 0);
	assert_int_equal(mpdk_adapter_restart(f->a, NULL, NULL),
			 MPDK_STATUS_ADAPTER_NOT_READY);
	mock_pause_complete(f->ma);
	POLL_UNTIL(f, d2.calls != 0, "pended pause done");
	assert_int_equal(d2.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);
	assert_int_equal(astats(f).pauses, 2);
	assert_int_equal(d.calls, 1);
	assert_int_equal(dr.calls, 1);
}

/* ------------------------------------------------------------------ */
/* Cancel.                                                              */

static void
test_cancel(void **state)
{
	struct fx *f = *state;
	uint64_t c1 = mpdk_cancel_id_generate(), c2 = mpdk_cancel_id_generate();
	unsigned int id;

	send_n(f->ba, 0, 3, c1);
	send_n(f->ba, 3, 2, c2);
	send_n(f->ba, 5, 1, 0);
	send_n(f->bb, 100, 2, c2);
	assert_int_equal(mpdk_cancel_send_nbls(f->ba->binding, c1),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(f->ma->cancel_calls, 1);
	POLL_UNTIL(f, f->ba->completed == 3, "cancelled NBLs back");
	poll_n(f, 20);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SEND_ABORTED], 3);
	assert_int_equal(f->ba->completed, 3);
	for (id = 0; id < 3; id++)
		assert_int_equal(f->ba->out[id], 0);
	for (id = 3; id < 6; id++)
		assert_int_equal(f->ba->out[id], 1);
	assert_int_equal(f->bb->completed, 0);
	assert_int_equal(f->ma->n_pending, 5);

	/* Again: nothing left with that id. */
	assert_int_equal(mpdk_cancel_send_nbls(f->ba->binding, c1),
			 MPDK_STATUS_SUCCESS);
	poll_n(f, 20);
	assert_int_equal(f->ba->completed, 3);
	/* Bad arguments. */
	assert_int_equal(mpdk_cancel_send_nbls(f->ba->binding, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_cancel_send_nbls(NULL, c2),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(f->ma->cancel_calls, 2);

	/* The rest completes normally. */
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->ba) == 0 && tp_outstanding(f->bb) == 0,
		   "the rest");
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SUCCESS], 3);
	assert_int_equal(f->bb->by_status[MPDK_STATUS_SUCCESS], 2);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SEND_ABORTED], 3);
}

/* Cancel ids are process-wide (mpdk_protocol.h): a cancel completes every
 * queued NBL with the id, whichever binding sent it; NBLs with other ids
 * stay. */
static void
test_cancel_id_is_process_wide(void **state)
{
	struct fx *f = *state;
	uint64_t c = mpdk_cancel_id_generate(), other = mpdk_cancel_id_generate();

	send_n(f->ba, 0, 2, c);
	send_n(f->bb, 100, 2, c);
	send_n(f->bb, 102, 1, other);
	assert_int_equal(mpdk_cancel_send_nbls(f->ba->binding, c),
			 MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->completed == 2 && f->bb->completed == 2,
		   "NBLs with the id cancelled");
	poll_n(f, 20);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_SEND_ABORTED], 2);
	assert_int_equal(f->bb->by_status[MPDK_STATUS_SEND_ABORTED], 2);
	assert_int_equal(f->bb->out[102], 1);
	assert_int_equal(f->ma->n_pending, 1);
}

struct idgen {
	uint64_t ids[20000];
};

static void *
idgen_main(void *arg)
{
	struct idgen *g = arg;
	unsigned int i;

	for (i = 0; i < RTE_DIM(g->ids); i++)
		g->ids[i] = mpdk_cancel_id_generate();
	return NULL;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Unique and non-zero, from two threads at once. */
static void
test_cancel_id_generate(void **state __rte_unused)
{
	struct idgen *g = calloc(2, sizeof(*g));
	uint64_t *all;
	pthread_t t;
	unsigned int i, n = 2 * RTE_DIM(g->ids);

	assert_non_null(g);
	assert_int_equal(pthread_create(&t, NULL, idgen_main, &g[0]), 0);
	idgen_main(&g[1]);
	assert_int_equal(pthread_join(t, NULL), 0);
	all = (uint64_t *)g;
	qsort(all, n, sizeof(*all), cmp_u64);
	for (i = 0; i < n; i++) {
		assert_true(all[i] != 0);
		if (i > 0 && all[i] == all[i - 1])
			fail_msg("cancel id %" PRIu64 " generated twice", all[i]);
	}
	free(g);
}

/* A miniport without the control handlers: cancel and OIDs NOT_SUPPORTED;
 * reset, pause and restart still run the library's part. */
static void
test_no_handlers(void **state __rte_unused)
{
	struct mock_adapter *ma = mock_adapter_create_drv("mock-noctl", "noctl", 1);
	static struct done_rec d, dp, dr;
	struct test_proto tp;
	struct tp_binding *tb;
	struct mpdk_poller *p;
	static struct oreq o;
	unsigned int i;

	d = (struct done_rec){ 0 };
	dp = (struct done_rec){ 0 };
	dr = (struct done_rec){ 0 };
	assert_non_null(ma);
	assert_int_equal(mpdk_poller_create("noctl", 0, &p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(tp_register(&tp, "ctl-noctl"), 0);
	tb = tp_bind(&tp, ma->adapter);
	assert_non_null(tb);

	assert_int_equal(mpdk_cancel_send_nbls(tb->binding, mpdk_cancel_id_generate()),
			 MPDK_STATUS_NOT_SUPPORTED);
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(mpdk_oid_request(tb->binding, &o.r), MPDK_STATUS_NOT_SUPPORTED);
	assert_int_equal(mpdk_adapter_reset(ma->adapter, on_done, &d), MPDK_STATUS_PENDING);
	for (i = 0; i < POLL_MAX && d.calls == 0; i++)
		mpdk_poller_poll(p);
	assert_int_equal(d.calls, 1);
	assert_int_equal(d.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_pause(ma->adapter, on_done, &dp), MPDK_STATUS_PENDING);
	for (i = 0; i < POLL_MAX && dp.calls == 0; i++)
		mpdk_poller_poll(p);
	assert_int_equal(dp.calls, 1);
	assert_int_equal(mpdk_adapter_restart(ma->adapter, on_done, &dr), MPDK_STATUS_PENDING);
	for (i = 0; i < POLL_MAX && dr.calls == 0; i++)
		mpdk_poller_poll(p);
	assert_int_equal(dr.calls, 1);
	for (i = 0; i < 20; i++)
		mpdk_poller_poll(p);
	assert_int_equal(tb->status_count[MPDK_STATUS_RESET_START], 1);
	assert_int_equal(tb->status_count[MPDK_STATUS_RESET_END], 1);
	assert_int_equal(tb->oid_completed, 0);

	assert_int_equal(mpdk_close_adapter(tb->binding), MPDK_STATUS_SUCCESS);
	tp_deregister(&tp);
	tp_binding_free(tb);
	mpdk_poller_destroy(p);
	assert_int_equal(mpdk_adapter_destroy(ma->adapter), MPDK_STATUS_SUCCESS);
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return control_group_setup("test_control_reset");
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_reset_sync_handler_order),
		T(test_reset_pended_order),
		T(test_reset_pended_abort_in_handler),
		T(test_open_during_reset),
		T(test_reset_refusals_and_failure),
		T(test_pause_drains_sends_and_receives),
		T(test_pause_cannot_fail_and_pended),
		T(test_cancel),
		T(test_cancel_id_is_process_wide),
		cmocka_unit_test(test_cancel_id_generate),
		cmocka_unit_test(test_no_handlers),
	};
#undef T

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
