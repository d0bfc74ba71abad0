/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Completions a miniport gets wrong, on the mock miniport (library built
 * with MPDK_DEBUG):
 *
 *  - a miniport may complete inside its handler and return PENDING;
 *  - MPDK_DEBUG catches double completions of OIDs, resets and pauses
 *    (also a handler that answers at once and calls the completion too,
 *    and two threads completing one reset at the same moment), and
 *    nothing is delivered twice.
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
#include <string.h>

#include <cmocka.h>

#include <rte_pause.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "control_common.h"

/* ------------------------------------------------------------------ */
/* MPDK_DEBUG.                                                          */

static void
test_debug_oid_double_completion(void **state)
{
	struct fx *f = *state;
	uint64_t v0 = mpdk_debug_violations();
	static struct oreq o, never, twice;
	struct mpdk_oid_request *r;

	f->ma->oid_mode = MOCK_OID_PEND;
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_PENDING);
	r = mock_oid_complete_table(f->ma);
	assert_ptr_equal(r, &o.r);
	mock_oid_complete_again(f->ma, r, MPDK_STATUS_FAILURE);
	assert_int_equal(mpdk_debug_violations(), v0 + 1);
	poll_n(f, 50);
	assert_int_equal(o.done, 1);
	assert_int_equal(o.st, MPDK_STATUS_SUCCESS);
	/* Again, after delivery. */
	mock_oid_complete_again(f->ma, r, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_debug_violations(), v0 + 2);
	/* A request that never reached the miniport. */
	oreq_init(&never, 1, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	never.r.context = &never;
	mock_oid_complete_again(f->ma, &never.r, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_debug_violations(), v0 + 3);
	/* Submitted again while outstanding: refused. */
	oreq_init(&twice, 2, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&twice, f->bb), MPDK_STATUS_PENDING);
	assert_int_equal(oreq_submit(&twice, f->bb), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_debug_violations(), v0 + 4);
	assert_ptr_equal(mock_oid_complete_table(f->ma), &twice.r);
	poll_n(f, 50);
	assert_int_equal(twice.done, 1);
	assert_int_equal(o.done, 1);
	assert_int_equal(never.done, 0);
	assert_int_equal(f->ba->oid_completed, 1);
	assert_int_equal(f->bb->oid_completed, 1);
	f->viol0 = v0 + 4;
}

static void
test_debug_reset_complete_twice(void **state)
{
	struct fx *f = *state;
	uint64_t v0 = mpdk_debug_violations();
	static struct done_rec d;

	d = (struct done_rec){ 0 };
	/* No reset at all. */
	mpdk_m_reset_complete(f->a, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_debug_violations(), v0 + 1);
	poll_n(f, 20);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), 0);

	f->ma->reset_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->reset_calls == 1, "reset handler");
	mock_reset_complete(f->ma, MPDK_STATUS_SUCCESS);
	mpdk_m_reset_complete(f->a, MPDK_STATUS_FAILURE);
	assert_int_equal(mpdk_debug_violations(), v0 + 2);
	POLL_UNTIL(f, d.calls != 0, "reset done");
	poll_n(f, 50);
	/* After it finished. */
	mpdk_m_reset_complete(f->a, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_debug_violations(), v0 + 3);
	poll_n(f, 50);
	assert_int_equal(d.calls, 1);
	assert_int_equal(d.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_START), 1);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(astats(f).resets, 1);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
	f->viol0 = v0 + 3;
}

/* Two threads complete one reset at the same moment, many times: each
 * time exactly one completion counts and the other is reported, and the
 * reset finishes once.  (The claim is a compare-and-swap; the window of
 * a check-then-write is a few instructions, too narrow for this test to
 * hit reliably: it checks the outcome, not that window.) */
#define RACE_ROUNDS 100u

struct racer {
	struct mpdk_adapter *a;
	const uint32_t *go;
	mpdk_status_t st;
};

static void *
racer_main(void *arg)
{
	struct racer *r = arg;

	while (!__atomic_load_n(r->go, __ATOMIC_ACQUIRE))
		rte_pause();
	mpdk_m_reset_complete(r->a, r->st);
	return NULL;
}

static void
test_debug_reset_complete_race(void **state)
{
	struct fx *f = *state;
	uint64_t v0 = mpdk_debug_violations();
	static struct done_rec d;
	unsigned int i, k;

	f->ma->reset_mode = MOCK_CTL_PEND;
	for (i = 0; i < RACE_ROUNDS; i++) {
		uint32_t go = 0;
		struct racer r[2] = {
			{ .a = f->a, .go = &go, .st = MPDK_STATUS_SUCCESS },
			{ .a = f->a, .go = &go, .st = MPDK_STATUS_FAILURE },
		};
		pthread_t th[2];

		d = (struct done_rec){ 0 };
		assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d),
				 MPDK_STATUS_PENDING);
		POLL_UNTIL(f, f->ma->reset_calls == i + 1, "reset handler");
		for (k = 0; k < 2; k++)
			assert_int_equal(pthread_create(&th[k], NULL, racer_main,
							&r[k]), 0);
		__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
		for (k = 0; k < 2; k++)
			assert_int_equal(pthread_join(th[k], NULL), 0);
		if (mpdk_debug_violations() != v0 + i + 1)
			fail_msg("round %u: two threads completed one reset: %" PRIu64 " violation(s) reported, expected exactly 1",
				 i, mpdk_debug_violations() - (v0 + i));
		POLL_UNTIL(f, d.calls != 0, "reset done");
		poll_n(f, 5);
		assert_int_equal(d.calls, 1);
		assert_true(d.st == MPDK_STATUS_SUCCESS ||
			    d.st == MPDK_STATUS_FAILURE);
		assert_int_equal(mpdk_adapter_get_state(f->a),
				 MPDK_ADAPTER_RUNNING);
	}
	/* Completed behind the mock's back: it must not complete again. */
	f->ma->reset_pending = 0;
	assert_int_equal(astats(f).resets, RACE_ROUNDS);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), RACE_ROUNDS);
	f->viol0 = v0 + RACE_ROUNDS;
}

static void
test_debug_pause_complete_twice(void **state)
{
	struct fx *f = *state;
	uint64_t v0 = mpdk_debug_violations();
	static struct done_rec d, dr;

	d = (struct done_rec){ 0 };
	dr = (struct done_rec){ 0 };
	mpdk_m_pause_complete(f->a);
	assert_int_equal(mpdk_debug_violations(), v0 + 1);
	poll_n(f, 20);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);

	f->ma->pause_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, f->ma->pause_calls == 1, "pause handler");
	mock_pause_complete(f->ma);
	mpdk_m_pause_complete(f->a);
	assert_int_equal(mpdk_debug_violations(), v0 + 2);
	POLL_UNTIL(f, d.calls != 0, "pause done");
	mpdk_m_pause_complete(f->a);
	assert_int_equal(mpdk_debug_violations(), v0 + 3);
	/* Restart completions with no restart pending. */
	mpdk_m_restart_complete(f->a, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_debug_violations(), v0 + 4);
	poll_n(f, 50);
	assert_int_equal(d.calls, 1);
	assert_int_equal(astats(f).pauses, 1);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &dr), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, dr.calls != 0, "restart done");
	poll_n(f, 20);
	assert_int_equal(dr.calls, 1);
	assert_int_equal(d.calls, 1);
	f->viol0 = v0 + 4;
}

static void
reset_complete_inside(struct mock_adapter *ma, const char *what,
		      void *arg __rte_unused)
{
	if (strcmp(what, "reset") == 0)
		mpdk_m_reset_complete(ma->adapter, MPDK_STATUS_SUCCESS);
}

static void
complete_inside_pending(struct mock_adapter *ma, const char *what,
			void *arg __rte_unused)
{
	if (strcmp(what, "reset") == 0)
		mpdk_m_reset_complete(ma->adapter, MPDK_STATUS_SUCCESS);
	else if (strcmp(what, "pause") == 0)
		mpdk_m_pause_complete(ma->adapter);
	else if (strcmp(what, "restart") == 0)
		mpdk_m_restart_complete(ma->adapter, MPDK_STATUS_SUCCESS);
}

/* A miniport may complete inside its handler and still return PENDING
 * (NDIS allows the completion to race the return): one completion each,
 * no violation. */
static void
test_completion_before_pending_return(void **state)
{
	struct fx *f = *state;
	static struct oreq o, q;
	static struct done_rec dr, dp, ds;

	dr = (struct done_rec){ 0 };
	dp = (struct done_rec){ 0 };
	ds = (struct done_rec){ 0 };
	f->ma->oid_mode = MOCK_OID_PEND;
	f->ma->oid_complete_inside = true;
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_PENDING);
	oreq_init(&q, 1, MPDK_OID_QUERY, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4);
	assert_int_equal(oreq_submit(&q, f->bb), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, o.done != 0 && q.done != 0, "both OIDs");
	poll_n(f, 50);
	f->ma->oid_complete_inside = false;
	assert_int_equal(o.done, 1);
	assert_int_equal(q.done, 1);
	assert_int_equal(o.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(buf_u32(&q), MOCK_FAKE_MTU);

	f->ma->reset_mode = MOCK_CTL_PEND;
	f->ma->pause_mode = MOCK_CTL_PEND;
	f->ma->restart_mode = MOCK_CTL_PEND;
	f->ma->on_ctl = complete_inside_pending;
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &dr), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, dr.calls != 0, "reset");
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &dp), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, dp.calls != 0, "pause");
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &ds), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, ds.calls != 0, "restart");
	poll_n(f, 50);
	f->ma->on_ctl = NULL;
	f->ma->reset_pending = 0;
	f->ma->pause_pending = 0;
	f->ma->restart_pending = 0;
	assert_int_equal(dr.calls + dp.calls + ds.calls, 3);
	assert_int_equal(dr.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(ds.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), 1);
}

/* A reset handler that returns SUCCESS and also calls
 * mpdk_m_reset_complete() completes twice: MPDK_DEBUG counts it, and the
 * reset ends once. */
static void
test_debug_reset_complete_inside_sync_handler(void **state)
{
	struct fx *f = *state;
	uint64_t v0 = mpdk_debug_violations(), v;
	static struct done_rec d;

	d = (struct done_rec){ 0 };
	f->ma->on_ctl = reset_complete_inside;
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	POLL_UNTIL(f, d.calls != 0, "reset done");
	poll_n(f, 50);
	f->ma->on_ctl = NULL;
	v = mpdk_debug_violations() - v0;
	f->viol0 = mpdk_debug_violations();
	assert_int_equal(d.calls, 1);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_END), 1);
	if (v != 1)
		fail_msg("reset handler returned SUCCESS and called mpdk_m_reset_complete() too: %" PRIu64 " violations counted (expected 1)",
			 v);
}

/*
 * An OID handler that answers at once AND calls
 * mpdk_m_oid_request_complete() completes twice: MPDK_DEBUG must count
 * it, and the requester must hear of its request once (the returned
 * status), never again through its callback; its binding must still
 * close.  Runs on an adapter and protocol of its own (last test): if the
 * library gets this wrong the binding may never close.
 */
static void
test_debug_oid_complete_inside_sync_handler(void **state __rte_unused)
{
	struct mock_adapter *ma = mock_adapter_create("ctl-double", 1);
	uint64_t v0 = mpdk_debug_violations(), v;
	static struct test_proto tp;
	static struct bctx c;
	struct tp_binding *tb;
	struct mpdk_poller *p;
	static struct oreq o;
	mpdk_status_t st, cst;
	unsigned int i;

	assert_non_null(ma);
	assert_int_equal(mpdk_poller_create("double", 0, &p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(tp_register(&tp, "ctl-double"), 0);
	tb = tp_bind(&tp, ma->adapter);
	assert_non_null(tb);
	hook_binding(tb, &c, 3);

	ma->oid_complete_inside = true;
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	st = mpdk_oid_request(tb->binding, &o.r);
	ma->oid_complete_inside = false;
	for (i = 0; i < 50; i++)
		mpdk_poller_poll(p);
	v = mpdk_debug_violations() - v0;
	cst = mpdk_close_adapter(tb->binding);
	for (i = 0; i < 10000 && cst == MPDK_STATUS_PENDING &&
		    tb->close_completed == 0; i++)
		mpdk_poller_poll(p);
	if (cst == MPDK_STATUS_SUCCESS || tb->close_completed != 0) {
		tp_deregister(&tp);
		tp_binding_free(tb);
		mpdk_poller_destroy(p);
		mpdk_adapter_destroy(ma->adapter);
	}
	if (o.done != 0 || v != 1)
		fail_msg("OID answered at once (%s returned to the caller) and completed by the miniport too: delivered again %d time(s) through oid_request_complete, %" PRIu64 " violation(s) counted (expected 0 deliveries, 1 violation); the binding's close then %s",
			 mpdk_status_str(st), o.done, v,
			 cst == MPDK_STATUS_SUCCESS || tb->close_completed ?
			 "completed" : "never completes (adapter leaked)");
	assert_int_equal(st, MPDK_STATUS_SUCCESS);
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return control_group_setup("test_control_debug");
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_debug_oid_double_completion),
		T(test_debug_reset_complete_twice),
		T(test_debug_reset_complete_race),
		T(test_debug_pause_complete_twice),
		T(test_completion_before_pending_return),
		T(test_debug_reset_complete_inside_sync_handler),
		cmocka_unit_test(test_debug_oid_complete_inside_sync_handler),
	};
#undef T

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
