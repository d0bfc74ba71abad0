/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Transfer data through the generic ethdev miniport, with a real dmadev
 * (dma_skeleton, whose copy thread plays the device) and with the CPU.
 *
 * Frames of 64 to 9000 bytes come from a net_ring port: the test builds
 * each one as an mbuf chain of random segment sizes with known bytes and
 * puts it on the port's RX ring.  A protocol, for every frame it receives,
 * transfers the whole frame and a random sub-range into rte_malloc'ed
 * buffers (half with dst_iova from rte_malloc_virt2iova, half with
 * RTE_BAD_IOVA), returns the NBL as soon as both transfers are accepted
 * (a pending transfer keeps the frame) and checks every byte when the
 * transfer completes.  Runs: DMA with lookahead=128 and without, CPU with
 * and without; a busy DMA ring (start transfers without polling until
 * RESOURCES, then poll: every accepted one completes, the refused NBLs
 * are still the protocol's and transfer later); zero-length transfers; and
 * a transfer pending across a RESOURCES indication.
 *
 * The protocol and the frame builder are in dma_transfer_proto.c.
 */

#define ALLOW_EXPERIMENTAL_API 1

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include <rte_bus_vdev.h>
#include <rte_dmadev.h>
#include <rte_eth_ring.h>
#include <rte_ethdev.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mpdk_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"
#include "dma_transfer_proto.h"

#define DMA_NAME "dma_skeleton"
#define POOL_MBUFS 16383u
#define WAIT_SECONDS 60

static unsigned int run_seq;

/* ------------------------------------------------------------------ */
/* One port + adapter + binding                                        */
/* ------------------------------------------------------------------ */

struct run {
	struct rte_ring *rxr;
	struct rte_ring *txr;
	int port;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct xp *xp;
};

/* The run of the test in progress, for the teardown of a failed test. */
static struct run *cur;

static void
run_open(struct run *r, const char *params_fmt, int mode, int dma,
	 uint32_t lookahead)
{
	char name[RTE_RING_NAMESIZE], params[160];
	struct mpdk_adapter_config cfg = { .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	unsigned int s = run_seq++;

	memset(r, 0, sizeof(*r));
	cur = r;
	snprintf(name, sizeof(name), "dmat_rx%u", s);
	r->rxr = rte_ring_create(name, 4096, SOCKET_ID_ANY,
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	snprintf(name, sizeof(name), "dmat_tx%u", s);
	r->txr = rte_ring_create(name, 1024, SOCKET_ID_ANY,
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	assert_non_null(r->rxr);
	assert_non_null(r->txr);
	snprintf(name, sizeof(name), "net_dmat%u", s);
	r->port = rte_eth_from_rings(name, &r->rxr, 1, &r->txr, 1,
				     SOCKET_ID_ANY);
	assert_true(r->port >= 0);
	snprintf(params, sizeof(params), params_fmt, r->port);
	cfg.params = params;
	if (mpdk_adapter_create("ethdev", &cfg, &r->a) != MPDK_STATUS_SUCCESS)
		fail_msg("adapter with '%s' refused", params);
	assert_int_equal(mpdk_poller_create("dmat", 0, &r->p),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(r->p, r->a, 0),
			 MPDK_STATUS_SUCCESS);
	r->xp = rte_zmalloc("dmat_xp", sizeof(*r->xp), 0);
	assert_non_null(r->xp);
	r->xp->mode = mode;
	r->xp->dma = dma;
	r->xp->lookahead = lookahead;
	r->xp->seed = 0x9E3779B9u ^ s;
	assert_int_equal(mpdk_bind(proto, r->a, r->xp), MPDK_STATUS_SUCCESS);
}

/* Poll (and retry refused transfers) until @p done says so; false after
 * WAIT_SECONDS. */
static int
poll_until_retry(struct run *r, int (*done)(struct run *r), int retry)
{
	time_t deadline = time(NULL) + WAIT_SECONDS;

	while (!done(r)) {
		mpdk_poller_poll(r->p);
		if (retry)
			retry_parked(r->xp);
		if (time(NULL) > deadline)
			return 0;
	}
	return 1;
}

static int
all_done(struct run *r)
{
	struct xp *xp = r->xp;
	uint32_t id;
	int k;

	if (rte_ring_count(r->rxr) != 0)
		return 0;
	for (id = 0; id < xp->n_ids; id++) {
		const struct frame *fr = &xp->fr[id];

		if (!fr->received || !fr->returned)
			return 0;
		for (k = 0; k < 2; k++)
			if (fr->x[k] != NULL && !fr->x[k]->done)
				return 0;
	}
	return 1;
}

static void
run_close(struct run *r)
{
	struct xp *xp = r->xp;
	struct mpdk_receive_stats st;
	mpdk_status_t cs;
	uint32_t id;
	int i, k;

	assert_int_equal(mpdk_binding_receive_stats(xp->b, &st),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(st.held, 0);
	cs = mpdk_close_adapter(xp->b);
	assert_true(cs == MPDK_STATUS_SUCCESS || cs == MPDK_STATUS_PENDING);
	for (i = 0; i < 1000 && cs == MPDK_STATUS_PENDING &&
		    xp->close_completed == 0; i++)
		mpdk_poller_poll(r->p);
	assert_true(cs == MPDK_STATUS_SUCCESS || xp->close_completed == 1);
	mpdk_poller_remove_queue(r->p, r->a, MPDK_ALL_QUEUES);
	mpdk_poller_destroy(r->p);
	assert_int_equal(mpdk_adapter_destroy(r->a), MPDK_STATUS_SUCCESS);
	rte_ring_free(r->rxr);
	rte_ring_free(r->txr);
	for (id = 0; id < xp->n_ids; id++)
		for (k = 0; k < 2; k++)
			xreq_free(xp->fr[id].x[k]);
	rte_free(xp);
	cur = NULL;
	/* Every frame went back to the pool. */
	assert_int_equal(mbufs_out(), 0);
}

static int
poll_until(struct run *r, int (*done)(struct run *r))
{
	return poll_until_retry(r, done, 1);
}

/* Feed every size, in rounds, through a protocol that transfers each
 * frame twice and returns the NBL at once. */
static void
run_sizes(const char *params_fmt, int dma, uint32_t lookahead)
{
	uint32_t sizes[256], seed = 12345;
	struct rte_mbuf *m[16];
	struct run r;
	struct xp *xp;
	unsigned int n, i, covered = 0;

	run_open(&r, params_fmt, XP_AUTO, dma, lookahead);
	xp = r.xp;
	n = frame_sizes(sizes);
	xp->n_ids = n;
	/* Rounds of up to 16 frames, built after the previous round was
	 * polled, so freed mbufs are reused by new frames. */
	for (i = 0; i < n;) {
		unsigned int k = 0;

		while (k < RTE_DIM(m) && i < n) {
			m[k] = build_frame(&xp->fr[i], i, sizes[i], &seed);
			k++;
			i++;
		}
		assert_int_equal(rte_ring_enqueue_burst(r.rxr, (void **)m, k,
							NULL), k);
		mpdk_poller_poll(r.p);
		retry_parked(xp);
	}
	if (!poll_until(&r, all_done))
		fail_msg("after %d s: %" PRIu64 " frames received of %u, %"
			 PRIu64 " transfers completed of %" PRIu64 " started",
			 WAIT_SECONDS, xp->frames, n, xp->completed,
			 xp->started);

	print_message("%s%s: %u frames, %" PRIu64 " transfers (%" PRIu64
		      " pending, %" PRIu64 " synchronous, %" PRIu64
		      " refused then retried)\n", dma ? "dma" : "cpu",
		      lookahead ? ", lookahead 128" : "", n, xp->started,
		      xp->pending, xp->sync_ok, xp->refused);
	assert_int_equal(xp->frames, n);
	assert_int_equal(xp->unknown, 0);
	assert_int_equal(xp->len_bad, 0);
	assert_int_equal(xp->view_bad, 0);
	assert_int_equal(xp->other, 0);
	assert_int_equal(xp->wrong_kind, 0);
	assert_int_equal(xp->started, 2 * n);
	assert_int_equal(xp->completed_twice, 0);
	assert_int_equal(xp->completed_bad, 0);
	assert_int_equal(xp->bytes_bad, 0);
	if (dma) {
		assert_int_equal(xp->completed, 2 * n);
		assert_int_equal(xp->sync_ok, 0);
	} else {
		assert_int_equal(xp->completed, 0);   /* no completion calls */
		assert_int_equal(xp->sync_ok, 2 * n);
		assert_int_equal(xp->refused, 0);
	}
	for (i = 0; i < n; i++)
		if (xp->whole_ok[sizes[i]] != 0)
			covered++;
	assert_int_equal(covered, n);
	assert_true(xp->whole_ok[64] != 0 && xp->whole_ok[MAX_FRAME] != 0);
	run_close(&r);
}

static void
test_dma_lookahead(void **state __rte_unused)
{
	run_sizes("port=%d,dma=" DMA_NAME ",lookahead=128", 1, 128);
}

static void
test_dma_whole_frames(void **state __rte_unused)
{
	run_sizes("port=%d,dma=" DMA_NAME, 1, 0);
}

static void
test_cpu_lookahead(void **state __rte_unused)
{
	run_sizes("port=%d,lookahead=128", 0, 128);
}

static void
test_cpu_whole_frames(void **state __rte_unused)
{
	run_sizes("port=%d", 0, 0);
}

static int
all_received(struct run *r)
{
	return rte_ring_count(r->rxr) == 0 && r->xp->frames == r->xp->n_ids;
}

static int
all_started_done(struct run *r)
{
	struct xp *xp = r->xp;
	uint32_t id;

	for (id = 0; id < xp->n_ids; id++) {
		const struct xreq *x = xp->fr[id].x[0];

		if (x != NULL && x->accepted && !x->done)
			return 0;
	}
	return 1;
}

/* The copy engine fills up: transfers started without polling end in
 * RESOURCES; the NBL is still the protocol's; every accepted transfer
 * completes once the poller runs, the refused ones transfer later, and a
 * returned NBL's frame stays out of the pool until its transfer is done. */
static void
test_dma_busy(void **state __rte_unused)
{
	const unsigned int n = 600;
	uint32_t seed = 777, id;
	struct rte_mbuf *m[64];
	struct mpdk_receive_stats st;
	struct run r;
	struct xp *xp;
	unsigned int first_refused = UINT32_MAX, accepted = 0, i;
	unsigned int out_before;

	run_open(&r, "port=%d,dma=" DMA_NAME, XP_HOLD, 1, 0);
	xp = r.xp;
	xp->n_ids = n;
	for (i = 0; i < n;) {
		unsigned int k = 0;

		while (k < RTE_DIM(m) && i < n) {
			m[k] = build_frame(&xp->fr[i], i, MAX_FRAME, &seed);
			k++;
			i++;
		}
		assert_int_equal(rte_ring_enqueue_burst(r.rxr, (void **)m, k,
							NULL), k);
		mpdk_poller_poll(r.p);
	}
	assert_true(poll_until(&r, all_received));
	assert_int_equal(mpdk_binding_receive_stats(xp->b, &st),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(st.held, n);
	assert_int_equal(xp->res_frames, 0);

	/* No polling: start until the engine refuses, then a few more. */
	for (id = 0; id < n; id++) {
		struct frame *fr = &xp->fr[id];

		fr->x[0] = xreq_new(xp, id, 0, fr->len, 1);
		if (xreq_start(xp, fr->x[0], fr->nbl)) {
			accepted++;
			continue;
		}
		fr->n_parked = 1;
		if (first_refused == UINT32_MAX)
			first_refused = id;
		/* Nothing lost: the NBL is still ours, whole. */
		assert_int_equal(fr->x[0]->t.status, MPDK_STATUS_RESOURCES);
		assert_int_equal(mpdk_nbl_frame_length(fr->nbl), fr->len);
		if (id > first_refused + 20)
			break;
	}
	if (first_refused == UINT32_MAX)
		fail_msg("%u transfers of %u bytes accepted without polling, "
			 "none refused", accepted, MAX_FRAME);
	print_message("busy: %u transfers accepted before RESOURCES\n",
		      accepted);
	assert_int_equal(xp->completed, 0);
	assert_int_equal(mpdk_binding_receive_stats(xp->b, &st),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(st.held, n);

	/* Return the NBLs of the accepted ones now: the frames must stay. */
	out_before = mbufs_out();
	for (id = 0; id < n; id++) {
		struct frame *fr = &xp->fr[id];

		if (fr->x[0] != NULL && fr->x[0]->accepted)
			frame_try_return(xp, fr);
	}
	assert_int_equal(mbufs_out(), out_before);

	/* Poll: every accepted transfer completes, exactly once. */
	if (!poll_until_retry(&r, all_started_done, 0))
		fail_msg("after %d s: %" PRIu64 " of %u accepted transfers "
			 "completed", WAIT_SECONDS, xp->completed, accepted);
	assert_int_equal(xp->completed, accepted);
	assert_int_equal(xp->bytes_bad, 0);
	assert_int_equal(xp->completed_bad, 0);
	/* The refused ones and the rest transfer now. */
	for (id = 0; id < n; id++) {
		struct frame *fr = &xp->fr[id];

		if (fr->x[0] == NULL) {
			fr->x[0] = xreq_new(xp, id, 0, fr->len, 1);
			if (!xreq_start(xp, fr->x[0], fr->nbl))
				fr->n_parked = 1;
			frame_try_return(xp, fr);
		}
	}
	if (!poll_until(&r, all_done))
		fail_msg("after %d s: %" PRIu64 " transfers completed",
			 WAIT_SECONDS, xp->completed);
	assert_int_equal(xp->whole_ok[MAX_FRAME], n);
	assert_int_equal(xp->completed_twice, 0);
	assert_int_equal(xp->bytes_bad, 0);
	assert_int_equal(xp->other, 0);
	assert_int_equal(xp->wrong_kind, 0);
	assert_int_equal(mpdk_binding_receive_stats(xp->b, &st),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(st.held, 0);
	run_close(&r);
}

/* A zero-length transfer inside the frame (offset == frame length
 * included) is within the frame: SUCCESS with 0 bytes, DMA or CPU. */
static void
zero_length(const char *params_fmt, int dma)
{
	uint32_t seed = 5, offs[3] = { 0, 100, 1000 }, i;
	struct rte_mbuf *m;
	struct run r;
	struct xp *xp;
	mpdk_status_t st[3];

	run_open(&r, params_fmt, XP_HOLD, dma, 0);
	xp = r.xp;
	xp->n_ids = 1;
	m = build_frame(&xp->fr[0], 0, 1000, &seed);
	assert_int_equal(rte_ring_enqueue(r.rxr, m), 0);
	assert_true(poll_until(&r, all_received));
	for (i = 0; i < 3; i++) {
		struct xreq *x = xreq_new(xp, 0, offs[i], 0, 1);

		x->t.nbl = xp->fr[0].nbl;
		st[i] = mpdk_transfer_data(xp->b, &x->t);
		if (st[i] == MPDK_STATUS_PENDING) {
			unsigned int k;

			for (k = 0; k < 1000000 && !x->done; k++)
				mpdk_poller_poll(r.p);
			assert_int_equal(x->done, 1);
		}
		xreq_free(x);
	}
	frame_try_return(xp, &xp->fr[0]);
	xp->fr[0].received = 1;
	mpdk_poller_poll(r.p);
	run_close(&r);
	for (i = 0; i < 3; i++) {
		if (st[i] != MPDK_STATUS_SUCCESS && st[i] != MPDK_STATUS_PENDING)
			fail_msg("%s: 0 bytes at offset %u of a 1000-byte frame: "
				 "%s", dma ? "dma" : "cpu", offs[i],
				 mpdk_status_str(st[i]));
	}
}

static void
test_zero_length_cpu(void **state __rte_unused)
{
	zero_length("port=%d", 0);
}

static void
test_zero_length_dma(void **state __rte_unused)
{
	zero_length("port=%d,dma=" DMA_NAME, 1);
}

/* A DMA transfer that pends inside a RESOURCES indication: the miniport
 * frees the frame as the indication returns.  Either the transfer is not
 * allowed to pend, or the frame stays until it completes. */
static void
test_dma_pending_in_resources_indication(void **state __rte_unused)
{
	const unsigned int hold = 80;   /* rx_pool=400,rxd=64,rx_low=0 */
	uint32_t seed = 31, id;
	struct rte_mbuf *m[16];
	struct run r;
	struct xp *xp;
	unsigned int i, out_after_ind, out_held, segs = 0;
	int ok_pend = 1;

	run_open(&r, "port=%d,dma=" DMA_NAME ",rxd=64,rx_pool=400,rx_low=0",
		 XP_HOLD, 1, 0);
	xp = r.xp;
	xp->n_ids = hold + 8;
	for (i = 0; i < hold;) {
		unsigned int k = 0;

		while (k < RTE_DIM(m) && i < hold) {
			m[k] = build_frame(&xp->fr[i], i, 64, &seed);
			k++;
			i++;
		}
		assert_int_equal(rte_ring_enqueue_burst(r.rxr, (void **)m, k,
							NULL), k);
		mpdk_poller_poll(r.p);
	}
	assert_int_equal(xp->frames, hold);
	assert_int_equal(xp->res_frames, 0);

	out_held = mbufs_out();      /* the held frames' mbufs */
	/* Past the limit: the next frames come with RESOURCES. */
	xp->mode = XP_RES;
	for (i = hold; i < hold + 8; i++) {
		m[i - hold] = build_frame(&xp->fr[i], i, MAX_FRAME, &seed);
		segs += xp->fr[i].segs;
	}
	assert_int_equal(rte_ring_enqueue_burst(r.rxr, (void **)m, 8, NULL), 8);
	mpdk_poller_poll(r.p);
	out_after_ind = mbufs_out();
	assert_int_equal(xp->res_frames, 8);
	if (!poll_until(&r, all_started_done))
		fail_msg("transfers of RESOURCES frames never completed");
	print_message("RESOURCES frames: %" PRIu64 " transfers pended, %u "
		      "mbufs out after the indication (the %u held frames "
		      "account for %u, the 8 RESOURCES frames for %u)\n",
		      xp->resv_pending, out_after_ind, hold, out_held, segs);
	for (i = hold; i < hold + 8; i++) {
		const struct xreq *x = xp->fr[i].x[0];

		/* A pending transfer whose frame went back to the pool before
		 * it completed read freed mbufs. */
		if (x != NULL && x->accepted && x->mbufs_out_at_cb <= out_held)
			ok_pend = 0;
	}
	for (id = 0; id < hold; id++)
		xp->fr[id].n_parked = 0, frame_try_return(xp, &xp->fr[id]);
	for (id = hold; id < hold + 8; id++)
		xp->fr[id].received = 1;
	mpdk_poller_poll(r.p);
	{
		uint64_t pend = xp->resv_pending, bad = xp->bytes_bad;

		run_close(&r);
		if (pend != 0) {
			/* Frames freed under pending DMA: 8 frames, segs mbufs. */
			if (!ok_pend || out_after_ind < out_held + segs)
				fail_msg("%" PRIu64 " transfers pended in a RESOURCES "
					 "indication but the miniport freed their "
					 "frames when the indication returned (%u "
					 "mbufs out, %u needed); %" PRIu64
					 " transfers had wrong bytes", pend,
					 out_after_ind, out_held + segs, bad);
		}
		assert_int_equal(bad, 0);
	}
}

/* After a failed test: give back what the protocol holds, let pending
 * transfers finish, close and destroy, so the next test starts clean. */
static int
teardown(void **state __rte_unused)
{
	struct run *r = cur;
	struct xp *xp;
	uint32_t id;
	int i, k;

	if (r == NULL)
		return 0;
	cur = NULL;
	xp = r->xp;
	if (r->p == NULL || xp == NULL || xp->b == NULL)
		return -1;
	for (i = 0; i < 100000; i++) {
		int busy = 0;

		mpdk_poller_poll(r->p);
		for (id = 0; id < xp->n_ids; id++)
			for (k = 0; k < 2; k++)
				if (xp->fr[id].x[k] != NULL &&
				    xp->fr[id].x[k]->accepted &&
				    !xp->fr[id].x[k]->done)
					busy = 1;
		if (!busy)
			break;
	}
	for (id = 0; id < xp->n_ids; id++) {
		struct frame *fr = &xp->fr[id];

		if (fr->nbl != NULL && !fr->returned) {
			fr->n_parked = 0;
			frame_try_return(xp, fr);
		}
	}
	if (mpdk_close_adapter(xp->b) == MPDK_STATUS_PENDING)
		for (i = 0; i < 1000 && xp->close_completed == 0; i++)
			mpdk_poller_poll(r->p);
	mpdk_poller_remove_queue(r->p, r->a, MPDK_ALL_QUEUES);
	mpdk_poller_destroy(r->p);
	mpdk_adapter_destroy(r->a);
	rte_ring_free(r->rxr);
	rte_ring_free(r->txr);
	for (id = 0; id < xp->n_ids; id++)
		for (k = 0; k < 2; k++)
			xreq_free(xp->fr[id].x[k]);
	rte_free(xp);
	return 0;
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	static const struct mpdk_protocol_ops ops = {
		.name = "dma-xfer",
		.bind_adapter = xp_bind,
		.unbind_adapter = xp_unbind,
		.close_adapter_complete = xp_close_complete,
		.send_nbls_complete = xp_send_complete,
		.receive_nbls = xp_receive,
		.transfer_data_complete = xp_xfer_complete,
	};

	if (mpdk_test_init("test_dma_transfer") != 0)
		return -1;
	if (rte_vdev_init(DMA_NAME, NULL) != 0) {
		fprintf(stderr, "cannot create the %s dmadev\n", DMA_NAME);
		return -1;
	}
	if (rte_dma_get_dev_id_by_name(DMA_NAME) < 0) {
		fprintf(stderr, "no dmadev named %s\n", DMA_NAME);
		return -1;
	}
	mp = rte_pktmbuf_pool_create("dmat_mbuf", POOL_MBUFS, 256, 0,
				     RTE_PKTMBUF_HEADROOM + SEG_ROOM,
				     SOCKET_ID_ANY);
	if (mp == NULL)
		return -1;
	mp_full = rte_mempool_avail_count(mp);
	if (mpdk_protocol_register(&ops, NULL, &proto) != MPDK_STATUS_SUCCESS)
		return -1;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_protocol_deregister(proto);
	rte_vdev_uninit(DMA_NAME);
	rte_mempool_free(mp);
	mpdk_test_fini();
	return 0;
}

#define TD(fn) cmocka_unit_test_teardown(fn, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		TD(test_dma_lookahead),
		TD(test_dma_whole_frames),
		TD(test_cpu_lookahead),
		TD(test_cpu_whole_frames),
		TD(test_dma_busy),
		TD(test_zero_length_cpu),
		TD(test_zero_length_dma),
		TD(test_dma_pending_in_resources_indication),
	};

	return cmocka_run_group_tests_name("dma_transfer", tests, group_setup,
					   group_teardown);
}
