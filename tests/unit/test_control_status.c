/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Status indications and hang detection on the mock miniport (library
 * built with MPDK_DEBUG):
 *
 *  - status indications from another thread reach every open binding,
 *    unchanged link states are dropped, a late binding is told the current
 *    link state, a full queue refuses;
 *  - hang detection of sends and OIDs, once per stall (also while the
 *    status queue is flooded), re-armed by progress, optional reset, no
 *    false report.
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
#include <unistd.h>

#include <cmocka.h>

#include <rte_cycles.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "control_common.h"

/* ------------------------------------------------------------------ */
/* Status indications.                                                  */

struct status_thread {
	struct mock_adapter *ma;
	mpdk_status_t st[2];
};

static void *
status_thread_main(void *arg)
{
	struct status_thread *t = arg;
	static const uint32_t extra = 0xC0FFEE;

	t->st[0] = mock_indicate_link(t->ma, false, 0);
	t->st[1] = mock_indicate_status(t->ma, MPDK_STATUS_MEDIA_DISCONNECTED,
					&extra, sizeof(extra));
	return NULL;
}

static void
test_status_from_thread(void **state)
{
	struct fx *f = *state;
	struct status_thread t = { .ma = f->ma };
	pthread_t th;

	assert_int_equal(pthread_create(&th, NULL, status_thread_main, &t), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	assert_int_equal(t.st[0], MPDK_STATUS_SUCCESS);
	assert_int_equal(t.st[1], MPDK_STATUS_SUCCESS);
	/* Delivered by the poller, not by the indicating thread. */
	assert_int_equal(f->ba->link_down + f->bb->link_down, 0);
	POLL_UNTIL(f, nstatus(f->ba, MPDK_STATUS_MEDIA_DISCONNECTED) == 1 &&
		   nstatus(f->bb, MPDK_STATUS_MEDIA_DISCONNECTED) == 1,
		   "indications from a thread");
	poll_n(f, 50);
	assert_int_equal(f->ba->link_down, 1);
	assert_int_equal(f->bb->link_down, 1);
	assert_int_equal(f->ba->last_link.up, 0);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_LINK_STATE), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_MEDIA_DISCONNECTED), 1);
	/* In the order indicated. */
	assert_true(ev_find(EV_STATUS, 0, MPDK_STATUS_LINK_STATE) <
		    ev_find(EV_STATUS, 0, MPDK_STATUS_MEDIA_DISCONNECTED));

	/* The same link state again: dropped. */
	assert_int_equal(mock_indicate_link(f->ma, false, 0), MPDK_STATUS_SUCCESS);
	poll_n(f, 50);
	assert_int_equal(f->ba->link_down, 1);
	assert_int_equal(f->bb->link_down, 1);
	/* A change: delivered once; repeated: dropped. */
	assert_int_equal(mock_indicate_link(f->ma, true, 10000000000ull),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mock_indicate_link(f->ma, true, 10000000000ull),
			 MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->link_up == 1 && f->bb->link_up == 1, "link up");
	poll_n(f, 50);
	assert_int_equal(f->ba->link_up, 1);
	assert_int_equal(f->bb->link_up, 1);
	assert_true(f->ba->last_link.speed_bps == 10000000000ull);
	assert_int_equal(astats(f).link_changes, 2);

	/* A closed binding hears nothing more. */
	assert_int_equal(mpdk_close_adapter(f->bb->binding), MPDK_STATUS_SUCCESS);
	assert_int_equal(mock_indicate_link(f->ma, false, 0), MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->link_down == 2, "link down to ba");
	poll_n(f, 50);
	assert_int_equal(f->bb->link_down, 1);
	assert_int_equal(astats(f).status_indications, 2 + 2 + 2 + 1);
}

/* A binding that opens after the link was indicated is told the current
 * link state once (NDIS hands it over in the bind parameters); the others
 * hear nothing more, and the next change reaches everyone once. */
static void
test_status_link_for_late_binding(void **state)
{
	struct fx *f = *state;

	assert_int_equal(mock_indicate_link(f->ma, true, 25000000000ull),
			 MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->link_up == 1 && f->bb->link_up == 1, "link up");
	assert_int_equal(tp_register(&f->pc, "ctl-c"), 0);
	f->pc_reg = true;
	assert_int_equal(mpdk_bind(f->pc.proto, f->a, NULL), MPDK_STATUS_SUCCESS);
	f->bc = f->pc.last_bound;
	assert_non_null(f->bc);
	POLL_UNTIL(f, f->bc->link_up == 1, "the late binding hears the link");
	poll_n(f, 50);
	assert_int_equal(nstatus(f->bc, MPDK_STATUS_LINK_STATE), 1);
	assert_true(f->bc->last_link.speed_bps == 25000000000ull);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_LINK_STATE), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_LINK_STATE), 1);
	assert_int_equal(astats(f).link_changes, 1);

	assert_int_equal(mock_indicate_link(f->ma, false, 0), MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->link_down == 1 && f->bb->link_down == 1 &&
		   f->bc->link_down == 1, "link down to all three");
	poll_n(f, 50);
	assert_int_equal(nstatus(f->bc, MPDK_STATUS_LINK_STATE), 2);
	assert_int_equal(astats(f).status_indications, 3 + 3);
}

/* The indication queue holds MPDK__STATUS_QUEUE (64) indications: the
 * 65th is refused with RESOURCES; bad arguments are refused. */
static void
test_status_queue_full(void **state)
{
	struct fx *f = *state;
	struct mpdk_status_indication ind = { .code = MPDK_STATUS_LINK_STATE };
	uint8_t big[MPDK_STATUS_BUF_MAX + 1] = { 0 };
	unsigned int i, n_ok = 0;
	mpdk_status_t st = MPDK_STATUS_SUCCESS;

	for (i = 0; i < 1000; i++) {
		st = mock_indicate_status(f->ma, MPDK_STATUS_MEDIA_DISCONNECTED,
					  &i, sizeof(i));
		if (st != MPDK_STATUS_SUCCESS)
			break;
		n_ok++;
	}
	assert_int_equal(st, MPDK_STATUS_RESOURCES);
	assert_int_equal(n_ok, 64);
	POLL_UNTIL(f, nstatus(f->bb, MPDK_STATUS_MEDIA_DISCONNECTED) == 64,
		   "queued indications");
	poll_n(f, 20);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_MEDIA_DISCONNECTED), 64);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_MEDIA_DISCONNECTED), 64);
	/* Room again. */
	assert_int_equal(mock_indicate_status(f->ma, MPDK_STATUS_MEDIA_DISCONNECTED,
					      NULL, 0), MPDK_STATUS_SUCCESS);

	assert_int_equal(mock_indicate_status(f->ma, MPDK_STATUS_MEDIA_DISCONNECTED,
					      big, sizeof(big)),
			 MPDK_STATUS_INVALID_PARAMETER);
	ind.buf = NULL;
	ind.buf_len = 4;
	assert_int_equal(mpdk_m_indicate_status(f->a, &ind),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_m_indicate_status(NULL, &ind),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_m_indicate_status(f->a, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
}

/* A link state refused because the queue was full was never delivered:
 * indicating it again must not be dropped as "unchanged". */
static void
test_status_link_refused_then_retried(void **state)
{
	struct fx *f = *state;
	unsigned int i;

	for (i = 0; i < 64; i++)
		assert_int_equal(mock_indicate_status(f->ma,
			MPDK_STATUS_MEDIA_DISCONNECTED, NULL, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(mock_indicate_link(f->ma, false, 0), MPDK_STATUS_RESOURCES);
	POLL_UNTIL(f, nstatus(f->bb, MPDK_STATUS_MEDIA_DISCONNECTED) == 64,
		   "queued indications");
	/* The source (an LSC callback, link polling) tries again. */
	assert_int_equal(mock_indicate_link(f->ma, false, 0), MPDK_STATUS_SUCCESS);
	poll_n(f, 50);
	if (f->ba->link_down != 1 || f->bb->link_down != 1)
		fail_msg("link down refused with RESOURCES, then indicated again: delivered %" PRIu64 "/%" PRIu64 " times (expected 1 per binding); link_changes %" PRIu64,
			 f->ba->link_down, f->bb->link_down, astats(f).link_changes);
}

/* ------------------------------------------------------------------ */
/* Hang detection.                                                      */

static void
test_hang_send(void **state)
{
	struct fx *f = *state;

	assert_int_equal(mpdk_adapter_set_hang_limits(NULL, 1, 1, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_set_hang_limits(f->a, HANG_MS, 0, 0),
			 MPDK_STATUS_SUCCESS);
	send_n(f->ba, 0, 1, 0);
	WAIT_UNTIL(f, nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) == 1 &&
		   nstatus(f->bb, MPDK_STATUS_HANG_DETECTED) == 1, WAIT_MS,
		   "hang of a stuck send");
	assert_int_equal(f->ca.hang_len, sizeof(struct mpdk_hang_info));
	assert_int_equal(f->ca.hang.what, 1);
	assert_int_equal(f->ca.hang.queue, 0);
	assert_true(f->ca.hang.age_ms >= HANG_MS);
	assert_int_equal(f->cb.hang.what, 1);
	assert_int_equal(astats(f).hangs, 1);

	/* Still stuck: not reported again. */
	poll_for_ms(f, SETTLE_MS);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_HANG_DETECTED), 1);
	assert_int_equal(astats(f).hangs, 1);

	/* Progress re-arms it: one more completes, two stay stuck. */
	send_n(f->ba, 1, 2, 0);
	mock_complete_chain(f->ma, (const unsigned int[]){ 0 }, 1,
			    MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->completed == 1, "one completion");
	WAIT_UNTIL(f, nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) == 2, WAIT_MS,
		   "second hang after progress");
	assert_int_equal(astats(f).hangs, 2);
	assert_int_equal(f->ca.hang.what, 1);

	/* Drained: idle queues never hang. */
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->ba) == 0, "drain");
	poll_for_ms(f, SETTLE_MS);
	assert_int_equal(astats(f).hangs, 2);
	assert_int_equal(f->ma->reset_calls, 0);
}

/* A miniport floods status indications while a send hangs: the status
 * queue is full nearly all the time, yet the hang is indicated to every
 * binding exactly once (queued again at the next check while it lasts,
 * never lost) and counted once. */
struct flood {
	struct mock_adapter *ma;
	uint32_t stop;
	uint64_t queued, refused;
};

static void *
flood_main(void *arg)
{
	struct flood *fl = arg;

	while (!__atomic_load_n(&fl->stop, __ATOMIC_ACQUIRE)) {
		if (mock_indicate_status(fl->ma, MPDK_STATUS_MEDIA_DISCONNECTED,
					 NULL, 0) == MPDK_STATUS_SUCCESS)
			fl->queued++;
		else
			fl->refused++;
	}
	return NULL;
}

static void
test_hang_send_status_flood(void **state)
{
	struct fx *f = *state;
	struct flood fl = { .ma = f->ma };
	uint64_t end;
	pthread_t th;

	assert_int_equal(mpdk_adapter_set_hang_limits(f->a, HANG_MS, 0, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(pthread_create(&th, NULL, flood_main, &fl), 0);
	send_n(f->ba, 0, 1, 0);
	/* Long enough for the hang and many checks (every 10 ms) after it. */
	end = now_ms() + 10 * HANG_MS;
	while (now_ms() < end)
		mpdk_poller_poll(f->p);
	__atomic_store_n(&fl.stop, 1, __ATOMIC_RELEASE);
	assert_int_equal(pthread_join(th, NULL), 0);
	poll_for_ms(f, SETTLE_MS);

	if (fl.refused == 0)
		fail_msg("the flood never filled the status queue (%" PRIu64 " queued): nothing tested",
			 fl.queued);
	if (nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) != 1 ||
	    nstatus(f->bb, MPDK_STATUS_HANG_DETECTED) != 1)
		fail_msg("send hung %u ms (limit %u ms) while the status queue was flooded (%" PRIu64 " queued, %" PRIu64 " refused): HANG_DETECTED reached the bindings %" PRIu64 "/%" PRIu64 " times, expected once each",
			 10 * HANG_MS, HANG_MS, fl.queued, fl.refused,
			 nstatus(f->ba, MPDK_STATUS_HANG_DETECTED),
			 nstatus(f->bb, MPDK_STATUS_HANG_DETECTED));
	assert_int_equal(astats(f).hangs, 1);
	assert_int_equal(f->ca.hang.what, 1);
	/* Every indication the queue took was delivered, none twice. */
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_MEDIA_DISCONNECTED),
			 fl.queued);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_MEDIA_DISCONNECTED),
			 fl.queued);

	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, tp_outstanding(f->ba) == 0, "drain");
}

static void
test_hang_oid(void **state)
{
	struct fx *f = *state;
	static struct oreq o, o3;
	uint64_t end;

	assert_int_equal(mpdk_adapter_set_hang_limits(f->a, 0, HANG_MS, 0),
			 MPDK_STATUS_SUCCESS);
	f->ma->oid_mode = MOCK_OID_PEND;
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_PENDING);
	WAIT_UNTIL(f, nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) == 1 &&
		   nstatus(f->bb, MPDK_STATUS_HANG_DETECTED) == 1, WAIT_MS,
		   "hang of a stuck OID");
	assert_int_equal(f->ca.hang.what, 2);
	assert_true(f->ca.hang.age_ms >= HANG_MS);
	assert_int_equal(astats(f).hangs, 1);
	poll_for_ms(f, SETTLE_MS);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_HANG_DETECTED), 1);

	/* Completed; a while later another one sticks: reported again. */
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o.r);
	POLL_UNTIL(f, o.done == 1, "OID completed");
	poll_for_ms(f, 30);
	oreq_init(&o, 1, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o, f->bb), MPDK_STATUS_PENDING);
	WAIT_UNTIL(f, nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) == 2, WAIT_MS,
		   "second OID hang");
	assert_int_equal(astats(f).hangs, 2);

	/* A request queued behind the hung one goes to the miniport when it
	 * completes (same control step), and sticks too: it must be
	 * reported. */
	oreq_init(&o3, 2, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o3, f->ba), MPDK_STATUS_PENDING);
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o.r);
	POLL_UNTIL(f, o.done == 1, "second OID completed");
	assert_ptr_equal(mock_oid_pending(f->ma), &o3.r);
	end = now_ms() + 20 * HANG_MS;
	while (nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) != 3 && now_ms() < end) {
		mpdk_poller_poll(f->p);
		usleep(200);
	}
	if (nstatus(f->ba, MPDK_STATUS_HANG_DETECTED) != 3)
		fail_msg("an OID request that went to the miniport when the previous (hung) one completed stayed there %u ms (limit %u ms) and was never reported: %" PRIu64 " hangs in all, expected 3",
			 20 * HANG_MS, HANG_MS, astats(f).hangs);
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o3.r);
	POLL_UNTIL(f, o3.done == 1, "third OID completed");
}

static void
test_hang_reset(void **state)
{
	struct fx *f = *state;

	assert_int_equal(mpdk_adapter_set_hang_limits(f->a, HANG_MS, 0, 1),
			 MPDK_STATUS_SUCCESS);
	send_n(f->ba, 0, 2, 0);
	WAIT_UNTIL(f, astats(f).resets == 1, WAIT_MS, "reset after a hang");
	poll_for_ms(f, SETTLE_MS);
	assert_int_equal(astats(f).hangs, 1);
	assert_int_equal(astats(f).resets, 1);
	assert_int_equal(f->ma->reset_calls, 1);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_HANG_DETECTED), 1);
	assert_int_equal(nstatus(f->ba, MPDK_STATUS_RESET_START), 1);
	assert_int_equal(nstatus(f->bb, MPDK_STATUS_RESET_END), 1);
	assert_int_equal(f->ba->by_status[MPDK_STATUS_RESET_IN_PROGRESS], 2);
	assert_int_equal(tp_outstanding(f->ba), 0);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
}

/* A fresh adapter (created @p idle_ms ago, never polled since) makes
 * its first busy poll step: a send made just before it is not hung. */
static void
fresh_adapter_first_poll(struct fx *f, unsigned int idle_ms)
{
	static unsigned int seq;
	static struct bctx c;
	struct mock_adapter *ma;
	struct tp_binding *tb;
	struct mpdk_poller *p;
	struct mpdk_adapter_stats s;
	uint64_t hangs;
	char name[32];
	unsigned int i;

	snprintf(name, sizeof(name), "ctl-fresh%u", seq++);
	ma = mock_adapter_create(name, 1);
	assert_non_null(ma);
	assert_int_equal(mpdk_poller_create("fresh", 0, &p), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0), MPDK_STATUS_SUCCESS);
	tb = tp_bind(&f->pa, ma->adapter);
	assert_non_null(tb);
	hook_binding(tb, &c, 2);
	assert_int_equal(mpdk_adapter_set_hang_limits(ma->adapter, HANG_MS, HANG_MS, 0),
			 MPDK_STATUS_SUCCESS);
	if (idle_ms != 0)
		usleep(idle_ms * 1000);
	send_n(tb, 0, 1, 0);
	mpdk_poller_poll(p);
	mpdk_poller_poll(p);
	mock_complete_all(ma, MPDK_STATUS_SUCCESS);
	for (i = 0; i < 20; i++)
		mpdk_poller_poll(p);
	hangs = tb->status_count[MPDK_STATUS_HANG_DETECTED];
	mpdk_adapter_stats_get(ma->adapter, &s);
	/* Clean up before judging. */
	assert_int_equal(tp_outstanding(tb), 0);
	assert_int_equal(mpdk_close_adapter(tb->binding), MPDK_STATUS_SUCCESS);
	tp_binding_free(tb);
	mpdk_poller_destroy(p);
	assert_int_equal(mpdk_adapter_destroy(ma->adapter), MPDK_STATUS_SUCCESS);
	if (hangs != 0 || s.hangs != 0)
		fail_msg("adapter idle %u ms after creation, then a send and its first poll step: reported hung (%" PRIu64 " indication(s), age %" PRIu64 " ms, limit %u ms)",
			 idle_ms, hangs, c.hang.age_ms, HANG_MS);
}

static void
test_no_false_hang_first_poll(void **state)
{
	fresh_adapter_first_poll(*state, 0);
}

static void
test_no_false_hang_first_poll_after_idle(void **state)
{
	fresh_adapter_first_poll(*state, 4 * HANG_MS);
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return control_group_setup("test_control_status");
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_status_from_thread),
		T(test_status_link_for_late_binding),
		T(test_status_queue_full),
		T(test_status_link_refused_then_retried),
		T(test_hang_send),
		T(test_hang_send_status_flood),
		T(test_hang_oid),
		T(test_hang_reset),
		T(test_no_false_hang_first_poll),
		T(test_no_false_hang_first_poll_after_idle),
	};
#undef T

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
