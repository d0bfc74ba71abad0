/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The receive path on the mock miniport (library built with MPDK_DEBUG):
 * indicate and return with one and three receivers (each receiver owns an
 * NBL of its own; a frame goes back to the miniport once, after its last
 * holder let go), returns out of order, in chains mixing indications, from
 * another thread while the poller runs (bindings opening and closing
 * meanwhile); no receiver; RESOURCES indications (nothing to return,
 * clones recycled, nothing exhausted over 20000 frames); an exhausted
 * clone pool; a close that waits for held NBLs.
 *
 * Transfer data is tested in test_receive_transfer.c, the MPDK_DEBUG
 * detector in test_receive_debug.c; the receive-test protocol and the
 * fixture (whose teardown checks every frame came back once and every
 * pool is full again) are in receive_common.c.
 */

#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_ring.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"
#include "receive_common.h"

/* ------------------------------------------------------------------ */
/* Indicate and return                                                 */
/* ------------------------------------------------------------------ */

/* One receiver: every frame in one call, on the miniport's own NBLs; back
 * to the miniport exactly when returned, in one return_nbls. */
static void
test_one_receiver(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_receive_stats st;
	int64_t id0;
	unsigned int i;

	id0 = queue_frames(f, 0, 32, 100, 0);
	assert_int_equal(r->calls, 0);        /* only from the poll step */
	poll(f);
	assert_int_equal(r->calls, 1);
	assert_int_equal(r->nbls, 32);
	assert_int_equal(r->last_n, 32);
	assert_int_equal(r->last_queue, 0);
	assert_int_equal(r->n_held, 32);
	for (i = 0; i < 32; i++) {
		struct mpdk_nbl *nbl = r->held[i];

		assert_int_equal(r->got[id0 + i], 1);
		assert_null(nbl->rx_parent);
		assert_ptr_equal(nbl->pool, f->ma->rx_nbl_pool);
		assert_int_equal(mpdk_nbl_frame_length(nbl), 100);
	}
	st = rstats(r);
	assert_int_equal(st.indicated, 32);
	assert_int_equal(st.returned, 0);
	assert_int_equal(st.held, 32);
	assert_int_equal(st.missed, 0);
	assert_int_equal(st.resources, 0);
	assert_int_equal(f->ma->rx_returned, 0);
	assert_int_equal(count_state(f, (uint32_t)id0, 32, MOCK_RXS_INDICATED), 32);

	give_back_all(r);
	assert_int_equal(f->ma->rx_returned, 32);
	assert_int_equal(f->ma->rx_return_calls, 1);
	assert_int_equal(count_state(f, (uint32_t)id0, 32, MOCK_RXS_RETURNED), 32);
	st = rstats(r);
	assert_int_equal(st.returned, 32);
	assert_int_equal(st.held, 0);

	/* Returned inside the handler: back within the same poll step. */
	r->mode = RB_RETURN;
	id0 = queue_frames(f, 0, 10, 60, 0);
	poll(f);
	assert_int_equal(f->ma->rx_returned, 42);
	assert_int_equal(f->ma->rx_returned_in_poll, 10);
	assert_int_equal(count_state(f, (uint32_t)id0, 10, MOCK_RXS_RETURNED), 10);
}

/* Three receivers: each gets every frame in one call, on an NBL of its own
 * (the first the miniport's, the others clones pointing at it and sharing
 * its NB); a frame reaches return_nbls only after the third return. */
static void
test_three_receivers_share(void **state)
{
	struct fx *f = *state;
	struct rb *r[3];
	int64_t id0;
	unsigned int i, k;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	id0 = queue_frames(f, 0, 32, 200, 0);
	poll(f);
	for (k = 0; k < 3; k++) {
		struct mpdk_receive_stats st = rstats(r[k]);

		assert_int_equal(r[k]->calls, 1);
		assert_int_equal(r[k]->nbls, 32);
		assert_int_equal(r[k]->n_held, 32);
		assert_int_equal(st.indicated, 32);
		assert_int_equal(st.held, 32);
		assert_int_equal(st.missed, 0);
	}
	for (i = 0; i < 32; i++) {
		uint32_t id = (uint32_t)id0 + i;
		struct mpdk_nbl *n[3], *orig = NULL;
		unsigned int n_orig = 0;

		for (k = 0; k < 3; k++) {
			n[k] = peek_id(r[k], id);
			assert_non_null(n[k]);
			if (n[k]->rx_parent == NULL) {
				orig = n[k];
				n_orig++;
			}
		}
		assert_int_equal(n_orig, 1);
		assert_ptr_not_equal(n[0], n[1]);
		assert_ptr_not_equal(n[0], n[2]);
		assert_ptr_not_equal(n[1], n[2]);
		assert_ptr_equal(orig->pool, f->ma->rx_nbl_pool);
		for (k = 0; k < 3; k++) {
			assert_ptr_equal(n[k]->first_nb, orig->first_nb);
			assert_ptr_equal(n[k]->rx_binding, r[k]->b);
			assert_int_equal(mpdk_nbl_frame_length(n[k]), 200);
			if (n[k] != orig) {
				assert_ptr_equal(n[k]->rx_parent, orig);
				assert_ptr_not_equal(n[k]->pool, f->ma->rx_nbl_pool);
			}
		}
	}
	/* Frame by frame, the three returns in a rotating order. */
	for (i = 0; i < 32; i++) {
		uint32_t id = (uint32_t)id0 + i;
		uint64_t before = f->ma->rx_returned;

		give_back_id(r[i % 3], id);
		assert_int_equal(mock_rx_state(f->ma, id), MOCK_RXS_INDICATED);
		assert_int_equal(f->ma->rx_returned, before);
		give_back_id(r[(i + 1) % 3], id);
		assert_int_equal(mock_rx_state(f->ma, id), MOCK_RXS_INDICATED);
		assert_int_equal(f->ma->rx_returned, before);
		give_back_id(r[(i + 2) % 3], id);
		assert_int_equal(mock_rx_state(f->ma, id), MOCK_RXS_RETURNED);
		assert_int_equal(f->ma->rx_returned, before + 1);
	}
	for (k = 0; k < 3; k++)
		assert_int_equal(rstats(r[k]).held, 0);

	/* All three return inside their handlers: each frame once. */
	for (k = 0; k < 3; k++)
		r[k]->mode = RB_RETURN;
	id0 = queue_frames(f, 0, 200, 64, 0);
	poll(f);
	assert_int_equal(count_state(f, (uint32_t)id0, 200, MOCK_RXS_RETURNED), 200);
	assert_int_equal(f->ma->rx_returned, 232);
}

/* Returns out of order, in chains mixing indications. */
static void
test_out_of_order_mixed_chains(void **state)
{
	struct fx *f = *state;
	struct rb *r[3];
	struct mpdk_nbl *v[64];
	uint32_t seed = 0x1234567;
	int64_t a0, b0;
	unsigned int i, k, n;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	a0 = queue_frames(f, 0, 16, 80, 0);
	b0 = queue_frames(f, 0, 16, 90, 0);
	poll(f);
	for (k = 0; k < 3; k++) {
		assert_int_equal(r[k]->calls, 2);  /* one call per indication */
		assert_int_equal(r[k]->n_held, 32);
	}

	/* Receiver 0: one shuffled chain of all 32. */
	n = take_all(r[0], v);
	shuffle(v, n, &seed);
	give_back(r[0], v, n);
	assert_int_equal(f->ma->rx_returned, 0);

	/* Receiver 1: three chains, each mixing both indications, reversed. */
	for (k = 0; k < 3; k++) {
		struct mpdk_nbl *c[16];
		unsigned int m = 0;

		for (i = 0; i < 16; i++) {
			if (i % 3 != k)
				continue;
			c[m++] = take_id(r[1], (uint32_t)b0 + 15 - i);
			c[m++] = take_id(r[1], (uint32_t)a0 + 15 - i);
		}
		give_back(r[1], c, m);
		assert_int_equal(f->ma->rx_returned, 0);
	}

	/* Receiver 2: its copies of 5 frames of each indication, interleaved:
	 * exactly those 10 go back. */
	n = 0;
	for (i = 0; i < 5; i++) {
		v[n++] = take_id(r[2], (uint32_t)b0 + 2 * i + 1);
		v[n++] = take_id(r[2], (uint32_t)a0 + 3 * i);
	}
	give_back(r[2], v, n);
	assert_int_equal(f->ma->rx_returned, 10);
	for (i = 0; i < 5; i++) {
		assert_int_equal(mock_rx_state(f->ma, (uint32_t)b0 + 2 * i + 1),
				 MOCK_RXS_RETURNED);
		assert_int_equal(mock_rx_state(f->ma, (uint32_t)a0 + 3 * i),
				 MOCK_RXS_RETURNED);
	}
	assert_int_equal(count_state(f, (uint32_t)a0, 32, MOCK_RXS_INDICATED), 22);
	n = take_all(r[2], v);
	shuffle(v, n, &seed);
	give_back(r[2], v, n);
	assert_int_equal(f->ma->rx_returned, 32);
	assert_int_equal(count_state(f, (uint32_t)a0, 32, MOCK_RXS_RETURNED), 32);
}

/* One chain mixing the three receivers' NBLs, as a forwarding protocol
 * holds them, returned with mpdk_return_nbls_any(): each run goes back
 * through the binding it was indicated to, every frame reaches the
 * miniport once, and each binding's counters see its own 32. */
static void
test_return_any_mixed_bindings(void **state)
{
	struct fx *f = *state;
	struct mpdk_nbl *v[96];
	struct rb *r[3];
	unsigned int i, k, n = 0;
	int64_t id0;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	id0 = queue_frames(f, 0, 32, 100, 0);
	poll(f);
	/* Frame by frame, the receivers in a rotating order: runs of one
	 * binding are one or two NBLs long. */
	for (i = 0; i < 32; i++)
		for (k = 0; k < 3; k++) {
			v[n] = take_id(r[(i + k) % 3], (uint32_t)id0 + i);
			assert_non_null(v[n]);
			n++;
		}
	mpdk_return_nbls_any(NULL, 0); /* nothing to do */
	give_back_any(v, n);
	assert_int_equal(f->ma->rx_returned, 32);
	assert_int_equal(count_state(f, (uint32_t)id0, 32, MOCK_RXS_RETURNED), 32);
	for (k = 0; k < 3; k++) {
		struct mpdk_receive_stats st = rstats(r[k]);

		assert_int_equal(r[k]->n_held, 0);
		assert_int_equal(st.indicated, 32);
		assert_int_equal(st.returned, 32);
		assert_int_equal(st.held, 0);
	}
}

/* One receiver, three indications returned in two shuffled chains. */
static void
test_out_of_order_one_receiver(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *v[64];
	uint32_t seed = 99;
	int64_t id0;
	unsigned int n;

	id0 = queue_frames(f, 0, 8, 64, 0);
	queue_frames(f, 0, 8, 1000, 0);
	queue_frames(f, 0, 8, 3000, 0);     /* two segments */
	poll(f);
	assert_int_equal(r->calls, 3);
	n = take_all(r, v);
	assert_int_equal(n, 24);
	shuffle(v, n, &seed);
	give_back(r, v, 11);
	assert_int_equal(f->ma->rx_returned, 11);
	give_back(r, v + 11, 13);
	assert_int_equal(f->ma->rx_returned, 24);
	assert_int_equal(count_state(f, (uint32_t)id0, 24, MOCK_RXS_RETURNED), 24);
}

/* Indications on queue 1 carry the queue to every receiver. */
static void
test_queue_one(void **state)
{
	struct fx *f = *state;
	struct rb *r[2];
	unsigned int k;

	r[0] = bind_rb(f, RB_KEEP);
	r[1] = bind_rb(f, RB_KEEP);
	queue_frames(f, 1, 5, 64, 0);
	poll(f);
	for (k = 0; k < 2; k++) {
		assert_int_equal(r[k]->calls, 1);
		assert_int_equal(r[k]->last_queue, 1);
		assert_int_equal(r[k]->held[0]->queue, 1);
		give_back_all(r[k]);
	}
	assert_int_equal(f->ma->rx_returned, 5);
}

/* Returns from a pthread while the poller runs on lcore 1: the thread
 * drains the receivers' rings and returns what it finds in shuffled
 * chains (mixing indications). */
struct ret_thread {
	struct rb *rb[N_PROTO];
	unsigned int n_rb;              /* atomic: bindings added on the go */
	int stop;
	uint64_t chains;
};

static void *
return_thread(void *arg)
{
	struct ret_thread *rt = arg;
	uint32_t seed = 0xC0FFEE;

	for (;;) {
		unsigned int k, n_rb = __atomic_load_n(&rt->n_rb, __ATOMIC_ACQUIRE);
		int any = 0;

		for (k = 0; k < n_rb; k++) {
			void *objs[64];
			unsigned int want = 1 + rnd(&seed) % 64, n;

			n = rte_ring_dequeue_burst(rt->rb[k]->ring, objs, want, NULL);
			if (n == 0)
				continue;
			shuffle((struct mpdk_nbl **)objs, n, &seed);
			give_back(rt->rb[k], (struct mpdk_nbl **)objs, n);
			rt->chains++;
			any = 1;
		}
		if (!any) {
			if (__atomic_load_n(&rt->stop, __ATOMIC_ACQUIRE))
				break;
			sched_yield();
		}
	}
	return NULL;
}

/* Where the frames are when a threaded test fails: per binding, the
 * library's counters and what waits in its ring for the returner. */
static void
rt_dump(struct fx *f, struct ret_thread *rt)
{
	unsigned int k;

	for (k = 0; k < rt->n_rb; k++) {
		struct rb *r = rt->rb[k];
		struct mpdk_receive_stats st = rstats(r);

		fprintf(stderr, "binding %u: %" PRIu64 " frames received; library: "
			"indicated %" PRIu64 " returned %" PRIu64 " held %" PRIu64
			" missed %" PRIu64 "; %u in its ring, %" PRIu64
			" not queued, %" PRIu64 " twice; close completed %d\n",
			k, r->nbls, st.indicated, st.returned, st.held, st.missed,
			rte_ring_count(r->ring), (uint64_t)r->held_full,
			(uint64_t)r->dup, r->close_completed);
	}
	fprintf(stderr, "mock: %u NBLs and %u mbufs out; %" PRIu64
		" chains returned by the thread\n", mock_rx_nbls_out(f->ma),
		mock_rx_mbufs_out(f->ma), rt->chains);
}

static void
rt_add(struct ret_thread *rt, struct rb *r)
{
	rt->rb[rt->n_rb] = r;
	__atomic_store_n(&rt->n_rb, rt->n_rb + 1, __ATOMIC_RELEASE);
}

/* Queue @p batch frames at a time while fewer than 3000 are out; false
 * once the deadline passed. */
static int
feed(struct fx *f, unsigned int *queued, unsigned int upto, unsigned int batch,
     time_t deadline)
{
	while (*queued < upto) {
		if (mock_rx_nbls_out(f->ma) > 3000 ||
		    mock_rx_queued(f->ma, 0) > 1000) {
			if (time(NULL) > deadline)
				return 0;
			usleep(100);
			continue;
		}
		if (mock_rx_queue(f->ma, 0, batch,
				  64 + (*queued / batch % 7) * 200, 0) < 0)
			return 0;
		*queued += batch;
	}
	return 1;
}

static void
test_returns_from_other_thread(void **state)
{
	struct fx *f = *state;
	const unsigned int total = 20000, batch = 100;
	struct ret_thread rt = { .stop = 0 };
	unsigned int queued = 0, k;
	time_t deadline;
	pthread_t th;
	int64_t id0 = -1;
	int fed;

	if (rte_lcore_count() < 2)
		fail_msg("needs lcore 1 (EAL runs with -l 0-1)");
	for (k = 0; k < 3; k++)
		rt_add(&rt, bind_rb(f, RB_RING));
	/* Pools made before the poller runs. */
	id0 = queue_frames(f, 0, batch, 64, 0);
	queued = batch;
	assert_int_equal(pthread_create(&th, NULL, return_thread, &rt), 0);
	assert_int_equal(mpdk_poller_launch(f->p, 1), MPDK_STATUS_SUCCESS);

	deadline = time(NULL) + WAIT_SECONDS;
	fed = feed(f, &queued, total, batch, deadline);
	while (fed && ld64(&f->ma->rx_returned) < total && time(NULL) <= deadline)
		usleep(1000);
	__atomic_store_n(&rt.stop, 1, __ATOMIC_RELEASE);
	pthread_join(th, NULL);
	mpdk_poller_stop(f->p);
	if (queued < total || f->ma->rx_returned != total) {
		rt_dump(f, &rt);
		fail_msg("after %d s: %u of %u frames queued, %" PRIu64
			 " indicated, %" PRIu64 " back to the miniport",
			 WAIT_SECONDS, queued, total, f->ma->rx_indicated,
			 f->ma->rx_returned);
	}
	assert_true(rt.chains > 0);
	assert_int_equal(count_state(f, (uint32_t)id0, total, MOCK_RXS_RETURNED),
			 total);
	for (k = 0; k < 3; k++) {
		struct mpdk_receive_stats st = rstats(rt.rb[k]);

		assert_int_equal(rt.rb[k]->nbls, total);
		assert_int_equal(rt.rb[k]->calls, total / batch);
		assert_int_equal(st.indicated, total);
		assert_int_equal(st.returned, total);
		assert_int_equal(st.held, 0);
		assert_int_equal(st.missed, 0);
	}
	assert_int_equal(f->ma->rx_early_return, 0);
	assert_int_equal(f->ma->rx_bad_return, 0);
}

/* Bindings open and close while frames flow (poller on lcore 1, returns
 * from a pthread): the first binding (receiver of the miniport's own
 * NBLs, whose frames the later ones share) closes while the others still
 * hold clones of its frames; a closed binding gets nothing after its
 * close completed; every frame goes back once. */
static void
test_open_close_under_traffic(void **state)
{
	struct fx *f = *state;
	const unsigned int total = 30000, batch = 100;
	struct ret_thread rt = { .stop = 0 };
	uint64_t calls_at_close = 0;
	unsigned int queued = 0, k;
	mpdk_status_t cs;
	time_t deadline;
	pthread_t th;
	int fed;

	if (rte_lcore_count() < 2)
		fail_msg("needs lcore 1 (EAL runs with -l 0-1)");
	rt_add(&rt, bind_rb(f, RB_RING));
	queue_frames(f, 0, batch, 64, 0);
	queued = batch;
	assert_int_equal(pthread_create(&th, NULL, return_thread, &rt), 0);
	assert_int_equal(mpdk_poller_launch(f->p, 1), MPDK_STATUS_SUCCESS);
	deadline = time(NULL) + WAIT_SECONDS;

	fed = feed(f, &queued, 5000, batch, deadline);
	rt_add(&rt, bind_rb(f, RB_RING));          /* the clone pool appears */
	fed = fed && feed(f, &queued, 10000, batch, deadline);
	rt_add(&rt, bind_rb(f, RB_RING));
	fed = fed && feed(f, &queued, 15000, batch, deadline);
	cs = mpdk_close_adapter(rt.rb[0]->b);
	fed = fed && feed(f, &queued, 25000, batch, deadline);
	while (cs == MPDK_STATUS_PENDING &&
	       __atomic_load_n(&rt.rb[0]->close_completed, __ATOMIC_ACQUIRE) == 0 &&
	       time(NULL) <= deadline)
		usleep(1000);
	calls_at_close = __atomic_load_n(&rt.rb[0]->calls, __ATOMIC_ACQUIRE);
	fed = fed && feed(f, &queued, total, batch, deadline);
	while (fed && ld64(&f->ma->rx_returned) < total && time(NULL) <= deadline)
		usleep(1000);
	__atomic_store_n(&rt.stop, 1, __ATOMIC_RELEASE);
	pthread_join(th, NULL);
	mpdk_poller_stop(f->p);
	if (queued < total || f->ma->rx_returned != total) {
		rt_dump(f, &rt);
		fail_msg("after %d s: %u of %u frames queued, %" PRIu64
			 " indicated, %" PRIu64 " back to the miniport",
			 WAIT_SECONDS, queued, total, f->ma->rx_indicated,
			 f->ma->rx_returned);
	}
	assert_true(cs == MPDK_STATUS_PENDING || cs == MPDK_STATUS_SUCCESS);
	assert_true(cs == MPDK_STATUS_SUCCESS || rt.rb[0]->close_completed == 1);
	rt.rb[0]->closed = 1;
	print_message("under traffic: frames received %" PRIu64 ", %" PRIu64
		      ", %" PRIu64 "; close %s\n", rt.rb[0]->nbls,
		      rt.rb[1]->nbls, rt.rb[2]->nbls, mpdk_status_str(cs));
	assert_int_equal(rt.rb[0]->calls, calls_at_close);
	/* Frames queued before an open or a close may be indicated after it
	 * (at most 1000 + a batch wait in the mock); none queued after the
	 * close reaches the closed binding, all queued after an open reach
	 * the new one. */
	assert_in_range(rt.rb[0]->nbls, 15000 - 1000 - 2 * batch, 15000);
	assert_in_range(rt.rb[1]->nbls, total - 5000, total - 5000 + 1000 + batch);
	assert_in_range(rt.rb[2]->nbls, total - 10000,
			total - 10000 + 1000 + batch);
	for (k = 0; k < 3; k++) {
		struct mpdk_receive_stats st = rstats(rt.rb[k]);

		assert_int_equal(st.indicated, rt.rb[k]->nbls);
		assert_int_equal(st.returned, rt.rb[k]->nbls);
		assert_int_equal(st.held, 0);
		assert_int_equal(st.missed, 0);
		assert_int_equal(rt.rb[k]->dup, 0);
	}
	assert_int_equal(f->ma->rx_early_return, 0);
	assert_int_equal(f->ma->rx_bad_return, 0);
}

/* ------------------------------------------------------------------ */
/* No receiver, RESOURCES                                              */
/* ------------------------------------------------------------------ */

static void
test_no_receiver(void **state)
{
	struct fx *f = *state;
	struct rb *r;
	int64_t id0;

	id0 = queue_frames(f, 0, 10, 64, 0);
	poll(f);
	/* Straight back, inside the indication. */
	assert_int_equal(f->ma->rx_returned, 10);
	assert_int_equal(f->ma->rx_returned_in_poll, 10);
	assert_int_equal(count_state(f, (uint32_t)id0, 10, MOCK_RXS_RETURNED), 10);

	/* RESOURCES and nobody: the miniport takes them back, no return. */
	id0 = queue_frames(f, 0, 10, 64, MPDK_RECEIVE_F_RESOURCES);
	poll(f);
	assert_int_equal(f->ma->rx_returned, 10);
	assert_int_equal(f->ma->rx_reclaimed, 10);
	assert_int_equal(count_state(f, (uint32_t)id0, 10, MOCK_RXS_RECLAIMED), 10);

	/* After the only binding closed: nobody again. */
	r = bind_rb(f, RB_KEEP);
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
	id0 = queue_frames(f, 0, 5, 64, 0);
	poll(f);
	assert_int_equal(r->calls, 0);
	assert_int_equal(f->ma->rx_returned, 15);
	assert_int_equal(mock_rx_nbls_out(f->ma), 0);
}

static void
test_resources_one_receiver(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_receive_stats st;
	int64_t id0;

	id0 = queue_frames(f, 0, 50, 300, MPDK_RECEIVE_F_RESOURCES);
	poll(f);
	assert_int_equal(r->calls, 1);
	assert_int_equal(r->res_nbls, 50);
	assert_true(r->flags_or & MPDK_RECEIVE_F_RESOURCES);
	assert_int_equal(r->bad_data, 0);
	assert_int_equal(r->n_held, 0);
	st = rstats(r);
	assert_int_equal(st.indicated, 50);
	assert_int_equal(st.returned, 50);   /* counted returned by mpdk */
	assert_int_equal(st.held, 0);
	assert_int_equal(st.resources, 50);
	/* The miniport's again right after the call, never through return. */
	assert_int_equal(f->ma->rx_reclaimed, 50);
	assert_int_equal(f->ma->rx_returned, 0);
	assert_int_equal(f->ma->rx_return_calls, 0);
	assert_int_equal(count_state(f, (uint32_t)id0, 50, MOCK_RXS_RECLAIMED), 50);
	assert_int_equal(mock_rx_nbls_out(f->ma), 0);
	/* A close has nothing to wait for. */
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
}

/* A receiver that takes its chain apart to process it, then puts it back
 * as it was before returning (the NDIS rule for RESOURCES). */
static void
split_and_restore(struct rb *r __rte_unused, struct mpdk_nbl *chain,
		  uint32_t n __rte_unused, uint32_t flags __rte_unused)
{
	struct mpdk_nbl *v[MOCK_RX_MAX_BATCH], *nbl, *next;
	unsigned int k = 0, i;

	for (nbl = chain; nbl != NULL; nbl = next) {
		next = nbl->next;
		nbl->next = NULL;
		v[k++] = nbl;
	}
	for (i = 0; i + 1 < k; i++)
		v[i]->next = v[i + 1];
}

/* 20000 frames with RESOURCES to three receivers: the clones are given
 * back at once (the clone pool is as full after each indication as
 * before) and nothing runs dry; frames held from an ordinary indication
 * meanwhile stay held. */
static void
test_resources_20000(void **state)
{
	struct fx *f = *state;
	const unsigned int rounds = 80, per = 250;
	struct rb *r[3];
	struct clone_walk w;
	int64_t kept0, id0;
	unsigned int i, k;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	/* 100 frames held all along by all three: 200 clones in use. */
	kept0 = queue_frames(f, 0, 100, 64, 0);
	poll(f);
	w = clones();
	assert_int_equal(w.pools, 1);
	assert_int_equal(w.avail, w.size - 200);

	for (i = 0; i < rounds; i++) {
		/* One receiver takes its chain apart and restores it. */
		r[i % 3]->mode = RB_HOOK;
		r[i % 3]->hook = split_and_restore;
		id0 = queue_frames(f, 0, per, 64 + (i % 4) * 500,
				   MPDK_RECEIVE_F_RESOURCES);
		poll(f);
		r[i % 3]->mode = RB_KEEP;
		assert_int_equal(count_state(f, (uint32_t)id0, per,
					     MOCK_RXS_RECLAIMED), per);
		w = clones();
		assert_int_equal(w.avail, w.size - 200);
		assert_int_equal(mock_rx_nbls_out(f->ma), 100);
	}
	assert_int_equal(count_state(f, (uint32_t)kept0, 100, MOCK_RXS_INDICATED),
			 100);
	for (k = 0; k < 3; k++) {
		struct mpdk_receive_stats st = rstats(r[k]);

		assert_int_equal(r[k]->res_nbls, rounds * per);
		assert_int_equal(r[k]->n_held, 100);
		assert_int_equal(st.resources, rounds * per);
		assert_int_equal(st.indicated, rounds * per + 100);
		assert_int_equal(st.returned, rounds * per);
		assert_int_equal(st.held, 100);
		assert_int_equal(st.missed, 0);
	}
	assert_int_equal(f->ma->rx_reclaimed, rounds * per);
	assert_int_equal(f->ma->rx_return_calls, 0);
	assert_int_equal(f->ma->rx_returned, 0);

	/* Ordinary indications still reach all three, nothing missed. */
	id0 = queue_frames(f, 0, 200, 64, 0);
	poll(f);
	for (k = 0; k < 3; k++) {
		assert_int_equal(r[k]->n_held, 300);
		assert_int_equal(rstats(r[k]).missed, 0);
		give_back_all(r[k]);
	}
	assert_int_equal(f->ma->rx_returned, 300);
	w = clones();
	assert_int_equal(w.avail, w.size);
	(void)id0;
}

/* The clone pool runs dry: the receivers that get no clone miss the
 * frame (counted), the others get it, and every frame still goes back
 * once. */
static void
test_clone_pool_exhaustion(void **state)
{
	struct fx *f = *state;
	const unsigned int per = 256, rounds = 17, total = per * rounds;
	struct mpdk_nbl **v;
	struct rb *r[3];
	struct clone_walk w;
	uint64_t missed = 0, received = 0;
	uint32_t seed = 7;
	int64_t id0 = -1;
	unsigned int i, k;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	w = clones();
	assert_int_equal(w.pools, 1);
	assert_int_equal(w.avail, w.size);
	assert_true(2 * total > w.size);
	for (i = 0; i < rounds; i++) {
		int64_t id = queue_frames(f, 0, per, 64, 0);

		if (id0 < 0)
			id0 = id;
		poll(f);
	}
	assert_int_equal(mock_rx_queued(f->ma, 0), 0);
	for (k = 0; k < 3; k++) {
		struct mpdk_receive_stats st = rstats(r[k]);

		missed += st.missed;
		received += r[k]->nbls;
		assert_int_equal(st.indicated, r[k]->nbls);
		assert_int_equal(st.held, r[k]->nbls);
		assert_int_equal(r[k]->n_held, r[k]->nbls);
	}
	assert_int_equal(missed, 2 * total - w.size);
	assert_int_equal(received, 3 * total - missed);
	assert_int_equal(clones().avail, 0);
	/* Every frame reached at least the receiver of the originals. */
	for (i = 0; i < total; i++) {
		unsigned int got = 0;

		for (k = 0; k < 3; k++)
			got += r[k]->got[id0 + i];
		assert_true(got >= 1 && got <= 3);
	}

	/* RESOURCES while the pool is empty: only the first receiver gets
	 * them, the others miss them; the miniport takes them back. */
	{
		uint64_t m0 = missed, rx0 = received;
		int64_t rid = queue_frames(f, 0, 10, 64, MPDK_RECEIVE_F_RESOURCES);

		poll(f);
		missed = 0;
		received = 0;
		for (k = 0; k < 3; k++) {
			missed += rstats(r[k]).missed;
			received += r[k]->nbls;
			assert_int_equal(rstats(r[k]).held, r[k]->n_held);
		}
		assert_int_equal(missed, m0 + 20);
		assert_int_equal(received, rx0 + 10);
		assert_int_equal(count_state(f, (uint32_t)rid, 10,
					     MOCK_RXS_RECLAIMED), 10);
		assert_int_equal(clones().avail, 0);
	}

	/* Back in shuffled chains of 100, receiver by receiver. */
	v = malloc(MAX_HELD * sizeof(*v));
	assert_non_null(v);
	for (k = 0; k < 3; k++) {
		unsigned int n = take_all(r[k], v), j;

		shuffle(v, n, &seed);
		for (j = 0; j < n; j += 100)
			give_back(r[k], v + j, RTE_MIN(100u, n - j));
	}
	free(v);
	assert_int_equal(f->ma->rx_returned, total);
	assert_int_equal(count_state(f, (uint32_t)id0, total, MOCK_RXS_RETURNED),
			 total);
	w = clones();
	assert_int_equal(w.avail, w.size);
}

/* ------------------------------------------------------------------ */
/* Close                                                               */
/* ------------------------------------------------------------------ */

static void
test_close_waits_for_held(void **state)
{
	struct fx *f = *state;
	struct rb *ra = bind_rb(f, RB_KEEP);
	struct rb *rb = bind_rb(f, RB_RETURN);
	struct mpdk_nbl *v[32];
	int64_t old0, new0;
	unsigned int n;

	old0 = queue_frames(f, 0, 16, 64, 0);
	poll(f);
	assert_int_equal(ra->n_held, 16);
	assert_int_equal(rb->nbls, 16);
	assert_int_equal(f->ma->rx_returned, 0);      /* ra holds them */

	assert_int_equal(mpdk_close_adapter(ra->b), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_close_adapter(ra->b), MPDK_STATUS_CLOSING);
	poll_n(f, 5);
	assert_int_equal(ra->close_completed, 0);

	/* New frames skip the closing binding; the other one gets them. */
	new0 = queue_frames(f, 0, 16, 64, 0);
	poll(f);
	assert_int_equal(ra->calls, 1);
	assert_int_equal(rb->calls, 2);
	assert_int_equal(rb->nbls, 32);
	assert_int_equal(count_state(f, (uint32_t)new0, 16, MOCK_RXS_RETURNED), 16);
	assert_int_equal(count_state(f, (uint32_t)old0, 16, MOCK_RXS_INDICATED), 16);
	assert_int_equal(rstats(ra).indicated, 16);

	n = take_all(ra, v);
	give_back(ra, v, 8);
	poll_n(f, 3);
	assert_int_equal(ra->close_completed, 0);
	assert_int_equal(f->ma->rx_returned, 24);
	give_back(ra, v + 8, n - 8);
	assert_int_equal(ra->close_completed, 0);   /* from a poll step */
	poll(f);
	assert_int_equal(ra->close_completed, 1);
	assert_int_equal(ra->close_in_poll, 1);
	ra->closed = 1;
	poll_n(f, 3);
	assert_int_equal(ra->close_completed, 1);
	assert_int_equal(f->ma->rx_returned, 32);
	assert_int_equal(mpdk_close_adapter(ra->b), MPDK_STATUS_ADAPTER_NOT_OPEN);

	queue_frames(f, 0, 4, 64, 0);
	poll(f);
	assert_int_equal(ra->calls, 1);
	assert_int_equal(rb->nbls, 36);
	assert_int_equal(f->ma->rx_returned, 36);
}

static int
group_setup(void **state __rte_unused)
{
	return receive_group_setup("test_receive");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_one_receiver),
		T(test_three_receivers_share),
		T(test_out_of_order_mixed_chains),
		T(test_return_any_mixed_bindings),
		T(test_out_of_order_one_receiver),
		T(test_queue_one),
		T(test_returns_from_other_thread),
		T(test_open_close_under_traffic),
		T(test_no_receiver),
		T(test_resources_one_receiver),
		T(test_resources_20000),
		T(test_clone_pool_exhaustion),
		T(test_close_waits_for_held),
	};

	/* RX_ONLY=<glob>: run only the matching tests (to repeat one). */
	if (getenv("RX_ONLY") != NULL)
		cmocka_set_test_filter(getenv("RX_ONLY"));
	return cmocka_run_group_tests_name("receive", tests,
					   group_setup, group_teardown);
}
