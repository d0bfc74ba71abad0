/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Pollers: creation errors; they own queues exclusively (all-or-nothing
 * for MPDK_ALL_QUEUES) up to MPDK_POLLER_MAX_QUEUES, refuse changes while
 * launched, run on a worker lcore, and refuse nested poll steps (of
 * themselves or of another poller) from a handler they run.
 *
 * The recording miniport and protocol and the fixture are in
 * registration_common.c.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_lcore.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "registration_common.h"

/* ------------------------------------------------------------------ */
/* Pollers. */

static void
test_poller_create_errors(void **state)
{
	struct fx *f = *state;
	struct mpdk_poller *p = NULL;

	assert_int_equal(mpdk_poller_create(NULL, 0, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_create("", 0, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_create(NAME_TOO_LONG, 0, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_create("p", 0, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(p);
	assert_int_equal(mpdk_poller_destroy(NULL), MPDK_STATUS_INVALID_PARAMETER);

	assert_int_equal(mpdk_poller_create(NAME_LONGEST, 16, &p),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(p);
	TRACK(f, pl, p);
	/* A poller with no queue polls nothing. */
	assert_int_equal(mpdk_poller_poll(p), 0);
	assert_int_equal(mpdk_poller_poll(NULL), 0);
}

/* Queue ownership: range checks, one owner per queue, NOT_FOUND for a
 * queue the poller does not own. */
static void
test_poller_queue_ownership(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "qo0", 2);
	struct mpdk_adapter *a = ma->adapter;
	struct mpdk_poller *p1 = mk_poller(f, "qo-p1");
	struct mpdk_poller *p2 = mk_poller(f, "qo-p2");

	assert_int_equal(mpdk_poller_add_queue(NULL, a, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_add_queue(p1, NULL, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_add_queue(p1, a, 2),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_add_queue(p1, a, 1000),
			 MPDK_STATUS_INVALID_PARAMETER);

	assert_int_equal(mpdk_poller_add_queue(p1, a, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p2, a, 0),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_int_equal(mpdk_poller_add_queue(p2, a, 1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p1, a, 1),
			 MPDK_STATUS_ALREADY_EXISTS);

	/* Each poller polls only its own queue: one mock poll call each. */
	ma->poll_calls = 0;
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 1);
	mpdk_poller_poll(p2);
	assert_int_equal(ma->poll_calls, 2);

	assert_int_equal(mpdk_poller_remove_queue(NULL, a, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_remove_queue(p1, NULL, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, 1),
			 MPDK_STATUS_NOT_FOUND);
	assert_int_equal(mpdk_poller_remove_queue(p2, a, 0),
			 MPDK_STATUS_NOT_FOUND);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, 0),
			 MPDK_STATUS_NOT_FOUND);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_NOT_FOUND);
	/* Released: another poller may take it. */
	assert_int_equal(mpdk_poller_add_queue(p2, a, 0), MPDK_STATUS_SUCCESS);
	ma->poll_calls = 0;
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 0);
	mpdk_poller_poll(p2);
	assert_int_equal(ma->poll_calls, 2);
	assert_int_equal(mpdk_poller_remove_queue(p2, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_remove_queue(p2, a, 1),
			 MPDK_STATUS_NOT_FOUND);
}

/* MPDK_ALL_QUEUES takes every queue or none. */
static void
test_poller_all_queues(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "aq0", 4);
	struct mpdk_adapter *a = ma->adapter;
	struct mpdk_poller *p1 = mk_poller(f, "aq-p1");
	struct mpdk_poller *p2 = mk_poller(f, "aq-p2");
	struct mpdk_poller *p3 = mk_poller(f, "aq-p3");
	uint16_t q;

	assert_int_equal(mpdk_poller_add_queue(p2, a, 2), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p1, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_ALREADY_EXISTS);
	/* p1 took none of them: each is still free for p3. */
	for (q = 0; q < 4; q++) {
		assert_int_equal(mpdk_poller_remove_queue(p1, a, q),
				 MPDK_STATUS_NOT_FOUND);
		if (q != 2)
			assert_int_equal(mpdk_poller_add_queue(p3, a, q),
					 MPDK_STATUS_SUCCESS);
	}
	ma->poll_calls = 0;
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 0);
	assert_int_equal(mpdk_poller_remove_queue(p3, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);

	/* All free now: p1 takes the four at once. */
	assert_int_equal(mpdk_poller_remove_queue(p2, a, 2), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p1, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);
	for (q = 0; q < 4; q++)
		assert_int_equal(mpdk_poller_add_queue(p2, a, q),
				 MPDK_STATUS_ALREADY_EXISTS);
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 4);
	for (q = 0; q < 4; q++)
		assert_int_equal(mpdk_poller_remove_queue(p1, a, q),
				 MPDK_STATUS_SUCCESS);
}

/* A poller holds at most MPDK_POLLER_MAX_QUEUES queues; MPDK_ALL_QUEUES
 * that does not fit takes nothing. */
static void
test_poller_full(void **state)
{
	struct fx *f = *state;
	struct mpdk_poller *p = mk_poller(f, "full-p");
	struct mpdk_poller *p2 = mk_poller(f, "full-p2");
	struct mock_adapter *ma[5];
	unsigned int i, per = MPDK_MAX_QUEUES;
	char name[16];

	_Static_assert(MPDK_POLLER_MAX_QUEUES % MPDK_MAX_QUEUES == 0,
		       "the fill below assumes whole adapters");
	for (i = 0; i < RTE_DIM(ma); i++) {
		snprintf(name, sizeof(name), "full%u", i);
		ma[i] = mk_mock(f, name, (uint16_t)per);
	}
	/* Fill the poller but one queue. */
	for (i = 0; i < MPDK_POLLER_MAX_QUEUES / per - 1; i++)
		assert_int_equal(mpdk_poller_add_queue(p, ma[i]->adapter,
						       MPDK_ALL_QUEUES),
				 MPDK_STATUS_SUCCESS);
	for (i = 0; i < per - 1; i++)
		assert_int_equal(mpdk_poller_add_queue(p, ma[3]->adapter,
						       (uint16_t)i),
				 MPDK_STATUS_SUCCESS);
	/* Sixteen more do not fit in one slot: none taken. */
	assert_int_equal(mpdk_poller_add_queue(p, ma[4]->adapter,
					       MPDK_ALL_QUEUES),
			 MPDK_STATUS_RESOURCES);
	assert_int_equal(mpdk_poller_remove_queue(p, ma[4]->adapter,
						  MPDK_ALL_QUEUES),
			 MPDK_STATUS_NOT_FOUND);
	/* The last slot, then full. */
	assert_int_equal(mpdk_poller_add_queue(p, ma[3]->adapter,
					       (uint16_t)(per - 1)),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, ma[4]->adapter, 0),
			 MPDK_STATUS_RESOURCES);
	/* Another poller can still take it. */
	assert_int_equal(mpdk_poller_add_queue(p2, ma[4]->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	/* destroy releases every queue: the adapters can go. */
	FORGET(f, pl, p);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_SUCCESS);
	for (i = 0; i < 4; i++) {
		FORGET(f, ad, ma[i]->adapter);
		assert_int_equal(mpdk_adapter_destroy(ma[i]->adapter),
				 MPDK_STATUS_SUCCESS);
	}
}

/* A launched poller: not on the main lcore; once running, its queues and
 * its life are frozen until it is stopped. */
static void
test_poller_launch(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "ln0", 2);
	struct mpdk_poller *p = mk_poller(f, "ln-p");
	struct mpdk_poller *p2 = mk_poller(f, "ln-p2");
	struct mpdk_poller_stats ps;
	unsigned int i;

	assert_true(rte_lcore_is_enabled(1));
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_launch(p, rte_get_main_lcore()),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_launch(p, RTE_MAX_LCORE),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_launch(p, 2), /* not in -l 0-1 */
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_launch(NULL, 1),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_INVALID_PARAMETER);

	ma->poll_calls = 0;
	assert_int_equal(mpdk_poller_launch(p, 1), MPDK_STATUS_SUCCESS);
	/* It runs: steps go up (5 s at most). */
	for (i = 0; i < 5000; i++) {
		assert_int_equal(mpdk_poller_stats_get(p, &ps), MPDK_STATUS_SUCCESS);
		if (ps.steps > 0)
			break;
		rte_delay_ms(1);
	}
	assert_true(ps.steps > 0);

	assert_int_equal(mpdk_poller_launch(p, 1), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_launch(p2, 1), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 1),
			 MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_remove_queue(p, ma->adapter, 0),
			 MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_BUSY);
	/* Nothing changed: queue 1 is free for another poller. */
	assert_int_equal(mpdk_poller_add_queue(p2, ma->adapter, 1),
			 MPDK_STATUS_SUCCESS);

	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_SUCCESS);
	assert_true(ma->poll_calls > 0);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_INVALID_PARAMETER);
	/* Stopped: changes allowed again, and a second launch works. */
	assert_int_equal(mpdk_poller_remove_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_launch(p, 1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_SUCCESS);
	FORGET(f, pl, p);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_SUCCESS);
}

/* A send that the mock completed from the test thread (waiting for the
 * poller) and one still pending in the mock; rp bound to @p ma. */
static void
recorder_two_sends(struct fx *f, struct mock_adapter *ma)
{
	mk_recorder(f);
	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(f->rp.proto, ma->adapter, NULL),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, b, f->rp.binding);
	assert_int_equal(mpdk_send_nbls(f->rp.binding, mk_nbl(), 0),
			 MPDK_STATUS_PENDING);
	assert_int_equal(mock_complete_all(ma, MPDK_STATUS_SUCCESS), 1);
	assert_int_equal(mpdk_send_nbls(f->rp.binding, mk_nbl(), 0),
			 MPDK_STATUS_PENDING);
	assert_int_equal(ma->n_pending, 1);
}

/* The pending one: complete it and let the poller deliver it. */
static void
recorder_finish(struct fx *f, struct mock_adapter *ma, struct mpdk_poller *p)
{
	assert_int_equal(mock_complete_all(ma, MPDK_STATUS_SUCCESS), 1);
	mpdk_poller_poll(p);
	assert_int_equal(f->rp.complete_calls, 2);
	assert_int_equal(f->rp.completed, 2);
}

/* A poll step cannot be re-entered from a handler it runs: the recursive
 * call returns 0 and reaps nothing, though work is waiting. */
static void
test_poller_recursion(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "rc0", 1);
	struct mpdk_poller *p = mk_poller(f, "rc-p");
	unsigned int work;

	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	recorder_two_sends(f, ma);

	f->rp.probe_self = true;
	f->rp.self = p;
	f->rp.ma = ma;
	work = mpdk_poller_poll(p);
	assert_true(work >= 1);
	assert_int_equal(f->rp.complete_calls, 1);
	assert_int_equal(f->rp.completed, 1);
	assert_false(f->rp.probe_self);     /* the probe ran */
	assert_int_equal(f->rp.rec_ret, 0);
	assert_int_equal(f->rp.rec_pending_before, 1);
	assert_int_equal(f->rp.rec_pending_after, 1);
	assert_int_equal(f->rp.rec_poll_calls_after, f->rp.rec_poll_calls_before);
	assert_int_equal(f->rp.rec_steps_after, f->rp.rec_steps_before);

	/* What the recursive call did not reap comes with the next step. */
	recorder_finish(f, ma, p);
}

/* Nor can a handler run a step of another poller: a poll step nested in
 * another one, of any poller, on the same thread, does nothing and returns
 * 0 (mpdk_poller.h).  Outside the step, that poller polls as usual. */
static void
test_poller_poll_other_from_handler(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "po0", 1);
	struct mock_adapter *mb = mk_mock(f, "po1", 1);
	struct mpdk_poller *p = mk_poller(f, "po-p");
	struct mpdk_poller *other = mk_poller(f, "po-other");
	struct mpdk_poller_stats ps;

	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(other, mb->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	recorder_two_sends(f, ma);

	f->rp.probe_other = true;
	f->rp.other = other;
	f->rp.other_ma = mb;
	f->rp.other_ret = UINT32_MAX;
	mpdk_poller_poll(p);
	assert_int_equal(f->rp.complete_calls, 1);
	assert_false(f->rp.probe_other);    /* the probe ran */
	assert_int_equal(f->rp.other_ret, 0);
	assert_int_equal(f->rp.other_steps_after, f->rp.other_steps_before);
	assert_int_equal(f->rp.other_poll_calls_after,
			 f->rp.other_poll_calls_before);

	/* From the test thread, the other poller runs its step. */
	mpdk_poller_poll(other);
	assert_int_equal(mb->poll_calls, f->rp.other_poll_calls_before + 1);
	assert_int_equal(mpdk_poller_stats_get(other, &ps), MPDK_STATUS_SUCCESS);
	assert_int_equal(ps.steps, f->rp.other_steps_before + 1);

	recorder_finish(f, ma, p);
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return registration_group_setup("test_poller");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_poller_create_errors, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_queue_ownership, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_all_queues, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_full, setup, teardown),
		cmocka_unit_test_setup_teardown(test_poller_launch, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_recursion, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_poll_other_from_handler,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
