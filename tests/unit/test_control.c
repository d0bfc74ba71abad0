/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The control path on the mock miniport (library built with MPDK_DEBUG):
 *
 *  - OID requests: one at the miniport at a time, the others queued and
 *    completed in submission order, each exactly once; a request answered
 *    at once with nothing queued returns its status and gets no callback,
 *    one queued behind another always completes through the callback;
 *    NDIS's buffer rules (docs/oids.md) through a fake OID table built with
 *    the buffer helpers, synchronously and through the callback; refusals
 *    on a closing/closed binding and during a reset; a close aborts the
 *    binding's queued requests and waits for its pending one;
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
 *    mpdk_cancel_id_generate() unique and non-zero;
 *  - status indications from another thread reach every open binding,
 *    unchanged link states are dropped, a full queue refuses;
 *  - hang detection of sends and OIDs, once per stall, re-armed by
 *    progress, optional reset, no false report;
 *  - a miniport may complete inside its handler and return PENDING;
 *  - MPDK_DEBUG catches double completions of OIDs, resets and pauses
 *    (also a handler that answers at once and calls the completion too),
 *    and nothing is delivered twice.
 */

#include <inttypes.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_cycles.h>
#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"

#define FRAME_LEN 64
#define POLL_MAX 100000u      /* poll steps before a bounded wait fails */
#define WAIT_MS 5000u         /* time-bounded waits (hang detection) */
#define HANG_MS 50u           /* hang limit used by the hang tests */
#define SETTLE_MS 300u        /* window proving nothing more arrives */
#define N_SERIAL 101u         /* the first request plus 100 queued */
#define EV_MAX 8192u

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;
static unsigned int pool_full;
static unsigned int mp_full;

/* ------------------------------------------------------------------ */
/* Event log: the order in which handlers ran.                          */

enum ev_kind {
	EV_SEND = 0,     /* an NBL completed (code: its status, id: its id) */
	EV_OID,          /* oid_request_complete (code: status, id: index) */
	EV_STATUS,       /* a status indication (code) */
	EV_DONE,         /* a reset/pause/restart done callback (code) */
};

struct ev {
	enum ev_kind kind;
	int who;         /* binding index, -1 for the adapter */
	int code;
	uint64_t id;
};

static struct ev evlog[EV_MAX];
static unsigned int n_ev;
static rte_spinlock_t ev_lock = RTE_SPINLOCK_INITIALIZER;

static void
ev_add(enum ev_kind kind, int who, int code, uint64_t id)
{
	rte_spinlock_lock(&ev_lock);
	if (n_ev < EV_MAX)
		evlog[n_ev++] = (struct ev){ kind, who, code, id };
	rte_spinlock_unlock(&ev_lock);
}

static const char *
ev_name(enum ev_kind k)
{
	static const char *const names[] = { "send", "oid", "status", "done" };

	return names[k];
}

static void
ev_dump(const char *why)
{
	unsigned int i;

	print_message("event log (%s), %u events:\n", why, n_ev);
	for (i = 0; i < n_ev; i++)
		print_message("  %3u %-6s b%-2d %-20s id %" PRIu64 "\n", i,
			      ev_name(evlog[i].kind), evlog[i].who,
			      mpdk_status_str((mpdk_status_t)evlog[i].code),
			      evlog[i].id);
}

/* First event of @p kind with @p code (and binding @p who unless -2). */
static int
ev_find(enum ev_kind kind, int who, int code)
{
	unsigned int i;

	for (i = 0; i < n_ev; i++)
		if (evlog[i].kind == kind && evlog[i].code == code &&
		    (who == -2 || evlog[i].who == who))
			return (int)i;
	return -1;
}

/* ------------------------------------------------------------------ */
/* Bindings, requests, done callbacks.                                  */

struct bctx {
	int idx;
	bool hold_rx;               /* keep indicated NBLs */
	struct mpdk_nbl *held;      /* held receives, linked through next */
	unsigned int n_held;
	struct mpdk_hang_info hang; /* the last HANG_DETECTED buffer */
	uint32_t hang_len;
};

struct oreq {
	struct mpdk_oid_request r;
	uint8_t buf[64];
	unsigned int idx;
	int done;                   /* callbacks */
	mpdk_status_t st;           /* status the callback got */
	int close_done_at_cb;       /* the binding's close had completed */
	struct tp_binding *tb;
};

struct done_rec {
	int calls;
	mpdk_status_t st;
};

struct fx {
	struct mock_adapter *ma;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto pa;
	struct test_proto pb;
	struct tp_binding *ba;
	struct tp_binding *bb;
	struct bctx ca;
	struct bctx cb;
	uint64_t viol0;             /* violations expected at the end */
	/* A third protocol some tests bind during the test. */
	struct test_proto pc;
	bool pc_reg;
	struct tp_binding *bc;
	struct bctx cc;
};

/* Order of OID callbacks (indices), for the serialization test. */
static unsigned int oid_order[N_SERIAL * 2];
static unsigned int n_oid_order;

static int
who(const struct tp_binding *tb)
{
	return tb->user != NULL ? ((const struct bctx *)tb->user)->idx : -1;
}

static void
on_send_complete(struct tp_binding *tb, struct mpdk_nbl *nbl)
{
	ev_add(EV_SEND, who(tb), nbl->status, nbl->protocol_reserved[0]);
	mpdk_nbl_free(nbl);
}

static void
on_oid(struct tp_binding *tb, struct mpdk_oid_request *req, mpdk_status_t st)
{
	struct oreq *o = req->context;

	ev_add(EV_OID, who(tb), st, o != NULL ? o->idx : UINT64_MAX);
	if (o == NULL)
		return;
	o->done++;
	o->st = st;
	o->close_done_at_cb = __atomic_load_n(&tb->close_completed,
					      __ATOMIC_ACQUIRE);
	if (n_oid_order < RTE_DIM(oid_order))
		oid_order[n_oid_order++] = o->idx;
}

static void
on_status(struct tp_binding *tb, const struct mpdk_status_indication *ind)
{
	struct bctx *c = tb->user;

	ev_add(EV_STATUS, who(tb), ind->code, ind->buf_len);
	if (ind->code == MPDK_STATUS_HANG_DETECTED && c != NULL) {
		c->hang_len = ind->buf_len;
		if (ind->buf_len == sizeof(c->hang))
			memcpy(&c->hang, ind->buf, sizeof(c->hang));
	}
}

static void
on_receive(struct tp_binding *tb, struct mpdk_nbl *chain, uint32_t n,
	   uint32_t flags __rte_unused)
{
	struct bctx *c = tb->user;

	if (c == NULL || !c->hold_rx) {
		mpdk_return_nbls(tb->binding, chain, 0);
		return;
	}
	mpdk_nbl_chain_last(chain)->next = c->held;
	c->held = chain;
	c->n_held += n;
}

/* The binding gives back every receive it holds. */
static void
return_held(struct tp_binding *tb)
{
	struct bctx *c = tb->user;

	if (c->held != NULL)
		mpdk_return_nbls(tb->binding, c->held, 0);
	c->held = NULL;
	c->n_held = 0;
}

static void
on_done(struct mpdk_adapter *a __rte_unused, mpdk_status_t st, void *arg)
{
	struct done_rec *d = arg;

	ev_add(EV_DONE, -1, st, 0);
	d->calls++;
	d->st = st;
}

static void
oreq_init(struct oreq *o, unsigned int idx, enum mpdk_oid_type type,
	  uint32_t oid, uint32_t buf_len)
{
	memset(o, 0, sizeof(*o));
	o->idx = idx;
	o->r.type = type;
	o->r.oid = oid;
	o->r.buf = buf_len != 0 ? o->buf : NULL;
	o->r.buf_len = buf_len;
	o->r.context = o;
	memset(o->buf, 0xAB, sizeof(o->buf));
}

static mpdk_status_t
oreq_submit(struct oreq *o, struct tp_binding *tb)
{
	o->tb = tb;
	return mpdk_oid_request(tb->binding, &o->r);
}

static uint32_t
buf_u32(const struct oreq *o)
{
	uint32_t v;

	memcpy(&v, o->buf, sizeof(v));
	return v;
}

static uint64_t
buf_u64(const struct oreq *o)
{
	uint64_t v;

	memcpy(&v, o->buf, sizeof(v));
	return v;
}

static struct mpdk_nbl *
mk_nbl(uint32_t id, uint64_t cancel_id)
{
	static const uint8_t frame[FRAME_LEN] = { 0x02, 0, 0, 0, 0, 1 };
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, FRAME_LEN, 0),
			 MPDK_STATUS_SUCCESS);
	nbl->protocol_reserved[0] = id;
	nbl->cancel_id = cancel_id;
	return nbl;
}

/* Send NBLs first..first+n-1, each alone, all accepted. */
static void
send_n(struct tp_binding *tb, uint32_t first, unsigned int n,
       uint64_t cancel_id)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		assert_int_equal(tp_send(tb, mk_nbl(first + i, cancel_id), 0),
				 MPDK_STATUS_PENDING);
}

/* A send the adapter must refuse with @p want: no completion follows. */
static void
send_refused(struct tp_binding *tb, uint32_t id, mpdk_status_t want)
{
	struct mpdk_nbl *nbl = mk_nbl(id, 0);
	uint64_t completed = tb->completed, sent = tb->sent;

	assert_int_equal(tp_send(tb, nbl, 0), want);
	assert_int_equal(nbl->status, want);
	assert_int_equal(tb->sent, sent);
	assert_int_equal(tb->completed, completed);
	mpdk_nbl_free(nbl);
}

static void
poll_n(struct fx *f, unsigned int n)
{
	while (n-- > 0)
		mpdk_poller_poll(f->p);
}

#define POLL_UNTIL(f, cond, what) do {					\
	unsigned int i_;						\
	for (i_ = 0; i_ < POLL_MAX && !(cond); i_++)			\
		mpdk_poller_poll((f)->p);				\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u poll steps",	\
			 (what), #cond, POLL_MAX);			\
} while (0)

static uint64_t
now_ms(void)
{
	return rte_get_timer_cycles() * 1000 / rte_get_timer_hz();
}

/* Poll (with short sleeps) until @p cond or @p ms milliseconds. */
#define WAIT_UNTIL(f, cond, ms, what) do {				\
	uint64_t end_ = now_ms() + (ms);				\
	while (!(cond) && now_ms() < end_) {				\
		mpdk_poller_poll((f)->p);				\
		usleep(200);						\
	}								\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u ms", (what),	\
			 #cond, (unsigned int)(ms));			\
} while (0)

/* Poll for @p ms milliseconds. */
static void
poll_for_ms(struct fx *f, unsigned int ms)
{
	uint64_t end = now_ms() + ms;

	while (now_ms() < end) {
		mpdk_poller_poll(f->p);
		usleep(200);
	}
}

static uint64_t
nstatus(const struct tp_binding *tb, mpdk_status_t code)
{
	return __atomic_load_n(&tb->status_count[code], __ATOMIC_ACQUIRE);
}

static struct mpdk_adapter_stats
astats(const struct fx *f)
{
	struct mpdk_adapter_stats s;

	assert_int_equal(mpdk_adapter_stats_get(f->a, &s), MPDK_STATUS_SUCCESS);
	return s;
}

/* ------------------------------------------------------------------ */
/* Fixture.                                                             */

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_control") != 0 || mock_register() != 0 ||
	    mock_register_noctl() != 0)
		return -1;
	pool = mpdk_nbl_pool_create("control_nbl", 4096, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("control_mbuf", 4095, 0, 0,
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

static void
hook_binding(struct tp_binding *tb, struct bctx *c, int idx)
{
	memset(c, 0, sizeof(*c));
	c->idx = idx;
	tb->user = c;
	tb->on_complete = on_send_complete;
	tb->on_oid_complete = on_oid;
	tb->on_status = on_status;
	tb->on_receive = on_receive;
}

static int
setup(void **state)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32];

	if (f == NULL)
		return -1;
	n_ev = 0;
	n_oid_order = 0;
	snprintf(name, sizeof(name), "ctl%u", seq++);
	f->ma = mock_adapter_create(name, 1);
	if (f->ma == NULL)
		return -1;
	f->a = f->ma->adapter;
	if (mpdk_poller_create("ctl", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, MPDK_ALL_QUEUES) !=
		    MPDK_STATUS_SUCCESS)
		return -1;
	if (tp_register(&f->pa, "ctl-a") != 0 || tp_register(&f->pb, "ctl-b") != 0)
		return -1;
	f->ba = tp_bind(&f->pa, f->a);
	f->bb = tp_bind(&f->pb, f->a);
	if (f->ba == NULL || f->bb == NULL)
		return -1;
	hook_binding(f->ba, &f->ca, 0);
	hook_binding(f->bb, &f->cb, 1);
	f->viol0 = mpdk_debug_violations();
	*state = f;
	return 0;
}

/* Bring the adapter back to running with nothing outstanding, whatever
 * the test left behind (a failed assertion included). */
static void
settle(struct fx *f)
{
	struct mock_adapter *ma = f->ma;
	unsigned int i;

	ma->oid_mode = MOCK_OID_TABLE;
	ma->oid_complete_in_poll = true;
	ma->reset_mode = MOCK_CTL_SYNC;
	ma->pause_mode = MOCK_CTL_SYNC;
	ma->restart_mode = MOCK_CTL_SYNC;
	ma->reset_status = MPDK_STATUS_SUCCESS;
	ma->pause_status = MPDK_STATUS_SUCCESS;
	ma->restart_status = MPDK_STATUS_SUCCESS;
	mpdk_adapter_set_hang_limits(f->a, 0, 0, 0);
	f->ca.hold_rx = false;
	f->cb.hold_rx = false;
	for (i = 0; i < 1000; i++) {
		enum mpdk_adapter_state s = mpdk_adapter_get_state(f->a);

		if (__atomic_load_n(&ma->reset_pending, __ATOMIC_ACQUIRE))
			mock_reset_complete(ma, MPDK_STATUS_SUCCESS);
		if (__atomic_load_n(&ma->pause_pending, __ATOMIC_ACQUIRE))
			mock_pause_complete(ma);
		if (__atomic_load_n(&ma->restart_pending, __ATOMIC_ACQUIRE))
			mock_restart_complete(ma, MPDK_STATUS_SUCCESS);
		if (s == MPDK_ADAPTER_PAUSED)
			mpdk_adapter_restart(f->a, NULL, NULL);
		mock_oid_complete_table(ma);
		mock_complete_all(ma, MPDK_STATUS_SUCCESS);
		if (mpdk_binding_is_open(f->ba->binding))
			return_held(f->ba);
		if (mpdk_binding_is_open(f->bb->binding))
			return_held(f->bb);
		mpdk_poller_poll(f->p);
		if (s == MPDK_ADAPTER_RUNNING && i > 10)
			break;
	}
}

static void
close_binding(struct fx *f, struct tp_binding *tb)
{
	mpdk_status_t st;
	unsigned int i;

	if (!mpdk_binding_is_open(tb->binding))
		goto wait;
	st = mpdk_close_adapter(tb->binding);
	if (st == MPDK_STATUS_SUCCESS)
		return;
wait:
	for (i = 0; i < 10000 && mpdk_binding_is_open(tb->binding) == 0 &&
		    __atomic_load_n(&tb->close_completed, __ATOMIC_ACQUIRE) == 0;
	     i++) {
		mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
		mock_oid_complete_table(f->ma);
		mpdk_poller_poll(f->p);
	}
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	uint64_t out_a, out_b, twice, foreign, overlap, viol;
	mpdk_status_t destroyed;
	unsigned int nbl_avail, mb_avail;

	/* Clean up first, check afterwards: a failed check must not leave
	 * the next test a registered protocol or a live adapter. */
	settle(f);
	close_binding(f, f->ba);
	close_binding(f, f->bb);
	if (f->bc != NULL) {
		close_binding(f, f->bc);
		if (tp_outstanding(f->bc) != 0)
			print_error("third binding: %" PRIu64 " outstanding\n",
				    tp_outstanding(f->bc));
	}
	if (f->pc_reg)
		tp_deregister(&f->pc);
	tp_binding_free(f->bc);
	out_a = tp_outstanding(f->ba);
	out_b = tp_outstanding(f->bb);
	twice = f->ba->twice + f->bb->twice;
	foreign = f->ba->foreign + f->bb->foreign;
	overlap = f->ma->oid_overlap;
	viol = mpdk_debug_violations();
	tp_deregister(&f->pa);
	tp_deregister(&f->pb);
	tp_binding_free(f->ba);
	tp_binding_free(f->bb);
	mpdk_poller_remove_queue(f->p, f->a, MPDK_ALL_QUEUES);
	mpdk_poller_destroy(f->p);
	destroyed = mpdk_adapter_destroy(f->a);
	nbl_avail = mpdk_nbl_pool_avail(pool);
	mb_avail = rte_mempool_avail_count(mp);

	assert_int_equal(out_a, 0);
	assert_int_equal(out_b, 0);
	assert_int_equal(twice, 0);
	assert_int_equal(foreign, 0);
	/* The library never gave the mock two requests at once. */
	assert_int_equal(overlap, 0);
	/* Violations only where a test provoked them. */
	assert_int_equal(viol, f->viol0);
	assert_int_equal(destroyed, MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl_avail, pool_full);
	assert_int_equal(mb_avail, mp_full);
	free(f);
	return 0;
}

/* ------------------------------------------------------------------ */
/* OID requests.                                                        */

/* The first request pends at the miniport; 100 more queue behind it.
 * They reach the miniport one at a time, in submission order, and each
 * completes exactly once, in that order, from the test thread (the first
 * half) or from the poll handler (the rest). */
static void
test_oid_serialization(void **state)
{
	struct fx *f = *state;
	static struct oreq o[N_SERIAL];
	struct mpdk_adapter_stats s;
	unsigned int i;

	f->ma->oid_mode = MOCK_OID_PEND;
	for (i = 0; i < N_SERIAL; i++) {
		oreq_init(&o[i], i, MPDK_OID_QUERY,
			  MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4);
		assert_int_equal(oreq_submit(&o[i], i % 2 ? f->bb : f->ba),
				 MPDK_STATUS_PENDING);
		assert_int_equal(o[i].r.status, MPDK_STATUS_PENDING);
		if (i == 0)
			assert_ptr_equal(mock_oid_pending(f->ma), &o[0].r);
	}
	/* Only the first one went to the miniport. */
	assert_int_equal(f->ma->oid_calls, 1);
	poll_n(f, 50);
	assert_int_equal(f->ma->oid_calls, 1);
	assert_int_equal(n_oid_order, 0);

	/* The test completes the first half, one per step. */
	for (i = 0; i < N_SERIAL / 2; i++) {
		assert_ptr_equal(mock_oid_complete_table(f->ma), &o[i].r);
		assert_int_equal(o[i].done, 0); /* from the poller only */
		mpdk_poller_poll(f->p);
		assert_int_equal(o[i].done, 1);
		assert_int_equal(f->ma->oid_calls, i + 2);
		assert_ptr_equal(mock_oid_pending(f->ma), &o[i + 1].r);
	}
	/* The poll handler completes the rest. */
	f->ma->oid_complete_in_poll = true;
	POLL_UNTIL(f, n_oid_order == N_SERIAL, "the rest completed by the poll handler");
	poll_n(f, 100);

	assert_int_equal(n_oid_order, N_SERIAL);
	for (i = 0; i < N_SERIAL; i++) {
		if (oid_order[i] != i)
			fail_msg("completion %u was request %u (submission order broken)",
				 i, oid_order[i]);
		assert_int_equal(o[i].done, 1);
		assert_int_equal(o[i].st, MPDK_STATUS_SUCCESS);
		assert_int_equal(o[i].r.status, MPDK_STATUS_SUCCESS);
		assert_int_equal(o[i].r.bytes_written, 4);
		assert_int_equal(buf_u32(&o[i]), MOCK_FAKE_MTU);
		/* The miniport got them in submission order. */
		assert_ptr_equal(f->ma->oid_log[i], &o[i].r);
	}
	assert_int_equal(f->ma->n_oid_log, N_SERIAL);
	assert_int_equal(f->ma->oid_calls, N_SERIAL);
	assert_int_equal(f->ma->oid_overlap, 0);
	assert_true(f->ma->oid_completed_in_poll >= N_SERIAL / 2);
	assert_int_equal(f->ba->oid_completed, (N_SERIAL + 1) / 2);
	assert_int_equal(f->bb->oid_completed, N_SERIAL / 2);
	s = astats(f);
	assert_int_equal(s.oids, N_SERIAL);
	assert_int_equal(s.oids_aborted, 0);
}

/* Answered at once with nothing queued: the status is returned, no
 * callback ever follows (success or failure). */
static void
test_oid_sync_no_callback(void **state)
{
	struct fx *f = *state;
	static struct oreq o, bad;

	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 8);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_int_equal(o.r.status, MPDK_STATUS_SUCCESS);
	assert_int_equal(o.r.bytes_written, 4);
	assert_int_equal(buf_u32(&o), MOCK_FAKE_MTU);

	oreq_init(&bad, 1, MPDK_OID_QUERY, 0x00FFFF01u, 8);
	assert_int_equal(oreq_submit(&bad, f->bb), MPDK_STATUS_INVALID_OID);
	assert_int_equal(bad.r.status, MPDK_STATUS_INVALID_OID);

	poll_n(f, 100);
	assert_int_equal(o.done + bad.done, 0);
	assert_int_equal(f->ba->oid_completed + f->bb->oid_completed, 0);
	assert_int_equal(f->ma->oid_calls, 2);
	assert_int_equal(astats(f).oids, 2);

	/* Bad arguments: refused before the miniport, no callback. */
	oreq_init(&bad, 2, MPDK_OID_QUERY, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 8);
	bad.r.buf = NULL;
	assert_int_equal(oreq_submit(&bad, f->ba), MPDK_STATUS_INVALID_PARAMETER);
	oreq_init(&bad, 3, (enum mpdk_oid_type)7, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 8);
	assert_int_equal(oreq_submit(&bad, f->ba), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_oid_request(NULL, &o.r), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_oid_request(f->ba->binding, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	poll_n(f, 10);
	assert_int_equal(f->ba->oid_completed + f->bb->oid_completed, 0);
	assert_int_equal(f->ma->oid_calls, 2);
}

/* A request queued behind a pending one completes through the callback,
 * although the miniport answers it at once (success and failure). */
static void
test_oid_queued_completes_via_callback(void **state)
{
	struct fx *f = *state;
	static struct oreq o1, o2, o3;

	f->ma->oid_mode = MOCK_OID_PEND;
	oreq_init(&o1, 1, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
	assert_int_equal(oreq_submit(&o1, f->ba), MPDK_STATUS_PENDING);
	f->ma->oid_mode = MOCK_OID_TABLE;
	oreq_init(&o2, 2, MPDK_OID_QUERY, MPDK_OID_GEN_XMIT_OK, 8);
	assert_int_equal(oreq_submit(&o2, f->bb), MPDK_STATUS_PENDING);
	oreq_init(&o3, 3, MPDK_OID_QUERY, 0x00FFFF02u, 8);
	assert_int_equal(oreq_submit(&o3, f->ba), MPDK_STATUS_PENDING);
	poll_n(f, 20);
	assert_int_equal(f->ma->oid_calls, 1);
	assert_int_equal(o1.done + o2.done + o3.done, 0);

	assert_ptr_equal(mock_oid_complete_table(f->ma), &o1.r);
	POLL_UNTIL(f, o3.done != 0, "queued requests completed");
	poll_n(f, 50);
	assert_int_equal(o1.done, 1);
	assert_int_equal(o2.done, 1);
	assert_int_equal(o3.done, 1);
	assert_int_equal(o1.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(buf_u32(&o1), MOCK_FAKE_LINK_SPEED);
	assert_int_equal(o2.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(o2.r.bytes_written, 8);
	assert_true(buf_u64(&o2) == MOCK_FAKE_XMIT_OK);
	assert_int_equal(o3.st, MPDK_STATUS_INVALID_OID);
	assert_int_equal(o3.r.status, MPDK_STATUS_INVALID_OID);
	assert_int_equal(n_oid_order, 3);
	assert_int_equal(oid_order[0], 1);
	assert_int_equal(oid_order[1], 2);
	assert_int_equal(oid_order[2], 3);
}

/* The buffer rules of docs/oids.md. */
struct bcase {
	const char *what;
	enum mpdk_oid_type type;
	uint32_t oid;
	uint32_t buf_len;
	const void *in;             /* set / method input */
	uint32_t in_len;
	mpdk_status_t want;
	uint32_t written;           /* UINT32_MAX: not checked */
	uint32_t needed;            /* UINT32_MAX: not checked */
};

static const uint32_t v_mtu1400 = 1400, v_mtu_small = 20, v_filter_bad = 0x1000;
static const uint8_t v_mac_ok[6] = { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 };
static const uint8_t v_mac_mc[6] = { 0x01, 0x00, 0x5e, 0x00, 0x00, 0x01 };
static const uint8_t v_mac_zero[6];
static const char v_xstat[] = MOCK_FAKE_XSTAT_NAME;
static const char v_xstat_bad[] = "no_such_counter";

#define Q MPDK_OID_QUERY
#define S MPDK_OID_SET
#define M MPDK_OID_METHOD
#define NC UINT32_MAX
static const struct bcase bcases[] = {
	{ "u32, exact buffer", Q, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4, NULL, 0, MPDK_STATUS_SUCCESS, 4, 0 },
	{ "u32, large buffer", Q, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 64, NULL, 0, MPDK_STATUS_SUCCESS, 4, 0 },
	{ "u32 into 3 bytes", Q, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 3, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 4 },
	{ "u32, no buffer", Q, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 0, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 4 },
	{ "string, 1 short", Q, MPDK_OID_GEN_VENDOR_DESCRIPTION, 13, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 14 },
	{ "string, exact", Q, MPDK_OID_GEN_VENDOR_DESCRIPTION, 14, NULL, 0, MPDK_STATUS_SUCCESS, 14, 0 },
	{ "MAC into 5 bytes", Q, MPDK_OID_802_3_CURRENT_ADDRESS, 5, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 6 },
	{ "u16 into 1 byte", Q, MPDK_OID_GEN_DRIVER_VERSION, 1, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 2 },
	{ "list into 8 bytes", Q, MPDK_OID_GEN_SUPPORTED_LIST, 8, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 44 },
	{ "counter, 8 bytes", Q, MPDK_OID_GEN_XMIT_OK, 8, NULL, 0, MPDK_STATUS_SUCCESS, 8, 0 },
	{ "counter, 64 bytes", Q, MPDK_OID_GEN_XMIT_OK, 64, NULL, 0, MPDK_STATUS_SUCCESS, 8, 0 },
	{ "counter into 4 bytes", Q, MPDK_OID_GEN_XMIT_OK, 4, NULL, 0, MPDK_STATUS_SUCCESS, 4, 8 },
	{ "counter into 7 bytes", Q, MPDK_OID_GEN_XMIT_OK, 7, NULL, 0, MPDK_STATUS_SUCCESS, 4, 8 },
	{ "counter into 3 bytes", Q, MPDK_OID_GEN_XMIT_OK, 3, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 8 },
	{ "counter, no buffer", Q, MPDK_OID_GEN_XMIT_OK, 0, NULL, 0, MPDK_STATUS_BUFFER_TOO_SHORT, 0, 8 },
	{ "set u32 from 2 bytes", S, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 2, &v_mtu1400, 2, MPDK_STATUS_INVALID_LENGTH, 0, 4 },
	{ "set MAC from 5 bytes", S, MPDK_OID_802_3_CURRENT_ADDRESS, 5, v_mac_ok, 5, MPDK_STATUS_INVALID_LENGTH, 0, 6 },
	{ "set u32, no buffer", S, MPDK_OID_GEN_CURRENT_PACKET_FILTER, 0, NULL, 0, MPDK_STATUS_INVALID_LENGTH, 0, 4 },
	{ "set MTU out of range", S, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4, &v_mtu_small, 4, MPDK_STATUS_INVALID_DATA, NC, NC },
	{ "set multicast MAC", S, MPDK_OID_802_3_CURRENT_ADDRESS, 6, v_mac_mc, 6, MPDK_STATUS_INVALID_DATA, NC, NC },
	{ "set zero MAC", S, MPDK_OID_802_3_CURRENT_ADDRESS, 6, v_mac_zero, 6, MPDK_STATUS_INVALID_DATA, NC, NC },
	{ "set unknown filter bit", S, MPDK_OID_GEN_CURRENT_PACKET_FILTER, 4, &v_filter_bad, 4, MPDK_STATUS_NOT_SUPPORTED, NC, NC },
	{ "query unknown OID", Q, 0x00FFFF01u, 8, NULL, 0, MPDK_STATUS_INVALID_OID, 0, 0 },
	{ "set unknown OID", S, 0x00FFFF01u, 4, &v_mtu1400, 4, MPDK_STATUS_INVALID_OID, 0, 0 },
	{ "method unknown OID", M, 0x00FFFF01u, 16, v_xstat, sizeof(v_xstat), MPDK_STATUS_INVALID_OID, 0, 0 },
	{ "query known, not here", Q, MPDK_OID_802_3_MULTICAST_LIST, 64, NULL, 0, MPDK_STATUS_NOT_SUPPORTED, 0, 0 },
	{ "set a query-only OID", S, MPDK_OID_GEN_XMIT_OK, 8, &v_mtu1400, 4, MPDK_STATUS_NOT_SUPPORTED, 0, 0 },
	{ "method, known name", M, MPDK_OID_MPDK_XSTAT, 64, v_xstat, sizeof(v_xstat), MPDK_STATUS_SUCCESS, 8, 0 },
	{ "method, unknown name", M, MPDK_OID_MPDK_XSTAT, 64, v_xstat_bad, sizeof(v_xstat_bad), MPDK_STATUS_INVALID_DATA, NC, NC },
	{ "set MTU 1400", S, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4, &v_mtu1400, 4, MPDK_STATUS_SUCCESS, 4, 0 },
	{ "set MAC", S, MPDK_OID_802_3_CURRENT_ADDRESS, 6, v_mac_ok, 6, MPDK_STATUS_SUCCESS, 6, 0 },
};
#undef Q
#undef S
#undef M

/* Run one case; @p queued: behind a pending request, so it completes
 * through the callback. */
static void
run_bcase(struct fx *f, const struct bcase *c, bool queued)
{
	static struct oreq blocker, o;
	mpdk_status_t st;
	unsigned int i;

	oreq_init(&o, 1, c->type, c->oid, c->buf_len);
	if (c->in != NULL) {
		memcpy(o.buf, c->in, c->in_len);
		if (c->type == MPDK_OID_METHOD)
			o.r.input_len = c->in_len;
	}
	/* Stale values from an earlier use of the request. */
	o.r.bytes_written = 999;
	o.r.bytes_needed = 999;
	if (queued) {
		f->ma->oid_mode = MOCK_OID_PEND;
		oreq_init(&blocker, 0, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
		assert_int_equal(oreq_submit(&blocker, f->ba), MPDK_STATUS_PENDING);
		f->ma->oid_mode = MOCK_OID_TABLE;
		assert_int_equal(oreq_submit(&o, f->bb), MPDK_STATUS_PENDING);
		assert_ptr_equal(mock_oid_complete_table(f->ma), &blocker.r);
		POLL_UNTIL(f, o.done != 0, c->what);
		assert_int_equal(blocker.done, 1);
		assert_int_equal(o.done, 1);
		st = o.st;
		assert_int_equal(o.r.status, st);
	} else {
		st = oreq_submit(&o, f->bb);
		assert_int_equal(o.r.status, st);
	}
	if (st != c->want)
		fail_msg("%s (%s): status %s, expected %s", c->what,
			 queued ? "queued" : "at once", mpdk_status_str(st),
			 mpdk_status_str(c->want));
	if (o.r.bytes_written > c->buf_len)
		fail_msg("%s: bytes_written %u > buf_len %u", c->what,
			 o.r.bytes_written, c->buf_len);
	if (c->written != NC && o.r.bytes_written != c->written)
		fail_msg("%s (%s): bytes_written %u, expected %u", c->what,
			 queued ? "queued" : "at once", o.r.bytes_written,
			 c->written);
	if (c->needed != NC && o.r.bytes_needed != c->needed)
		fail_msg("%s (%s): bytes_needed %u, expected %u", c->what,
			 queued ? "queued" : "at once", o.r.bytes_needed,
			 c->needed);
	/* Nothing written past bytes_written (queries). */
	if (c->type == MPDK_OID_QUERY)
		for (i = o.r.bytes_written; i < sizeof(o.buf); i++)
			if (o.buf[i] != 0xAB)
				fail_msg("%s: byte %u written past bytes_written %u",
					 c->what, i, o.r.bytes_written);
}

static void
test_oid_buffer_rules(void **state)
{
	struct fx *f = *state;
	static struct oreq o;
	unsigned int i, pass;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < RTE_DIM(bcases); i++)
			run_bcase(f, &bcases[i], pass == 1);
		assert_int_equal(f->ma->oid_overlap, 0);
	}

	/* The values behind the statuses. */
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_XMIT_OK, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_int_equal(buf_u32(&o), (uint32_t)MOCK_FAKE_XMIT_OK);
	assert_int_equal(o.r.bytes_written, 4);
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_XMIT_OK, 7);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_int_equal(buf_u32(&o), (uint32_t)MOCK_FAKE_XMIT_OK);
	assert_int_equal(o.buf[4], 0xAB);
	assert_int_equal(o.buf[6], 0xAB);
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_XMIT_OK, 8);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_true(buf_u64(&o) == MOCK_FAKE_XMIT_OK);
	/* The sets took effect (and the refused ones did not). */
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_int_equal(buf_u32(&o), 1400);
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_802_3_CURRENT_ADDRESS, 6);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_memory_equal(o.buf, v_mac_ok, 6);
	assert_int_equal(f->ma->fake_filter, MPDK_PACKET_TYPE_DIRECTED |
			 MPDK_PACKET_TYPE_MULTICAST | MPDK_PACKET_TYPE_BROADCAST);
	oreq_init(&o, 0, MPDK_OID_METHOD, MPDK_OID_MPDK_XSTAT, 64);
	memcpy(o.buf, v_xstat, sizeof(v_xstat));
	o.r.input_len = sizeof(v_xstat);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_SUCCESS);
	assert_true(buf_u64(&o) == MOCK_FAKE_XSTAT_VALUE);
}

/* Refusals: closing and closed bindings, and a resetting adapter. */
static void
test_oid_refused_closing_closed_resetting(void **state)
{
	struct fx *f = *state;
	static struct done_rec d;
	static struct oreq o;

	d = (struct done_rec){ 0 };
	/* ba closes with a send outstanding: it stays CLOSING. */
	send_n(f->ba, 0, 1, 0);
	assert_int_equal(mpdk_close_adapter(f->ba->binding), MPDK_STATUS_PENDING);
	oreq_init(&o, 0, MPDK_OID_QUERY, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, 4);
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_CLOSING);
	assert_int_equal(o.r.status, MPDK_STATUS_CLOSING);
	mock_complete_all(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, f->ba->close_completed != 0, "close of ba");
	assert_int_equal(oreq_submit(&o, f->ba), MPDK_STATUS_ADAPTER_NOT_OPEN);
	assert_int_equal(o.r.status, MPDK_STATUS_ADAPTER_NOT_OPEN);

	/* A reset in progress refuses requests. */
	f->ma->reset_mode = MOCK_CTL_PEND;
	assert_int_equal(mpdk_adapter_reset(f->a, on_done, &d), MPDK_STATUS_PENDING);
	assert_int_equal(oreq_submit(&o, f->bb), MPDK_STATUS_RESET_IN_PROGRESS);
	POLL_UNTIL(f, f->ma->reset_calls == 1, "reset handler called");
	assert_int_equal(oreq_submit(&o, f->bb), MPDK_STATUS_RESET_IN_PROGRESS);
	assert_int_equal(o.r.status, MPDK_STATUS_RESET_IN_PROGRESS);
	mock_reset_complete(f->ma, MPDK_STATUS_SUCCESS);
	POLL_UNTIL(f, d.calls == 1, "reset done");
	assert_int_equal(oreq_submit(&o, f->bb), MPDK_STATUS_SUCCESS);

	poll_n(f, 20);
	assert_int_equal(o.done, 0);
	assert_int_equal(f->ba->oid_completed + f->bb->oid_completed, 0);
	assert_int_equal(f->ma->oid_calls, 1);
}

/* A close aborts the binding's queued requests at once (REQUEST_ABORTED),
 * leaves other bindings' requests alone, and finishes only after its
 * pending request completed. */
static void
test_close_aborts_queued_oids(void **state)
{
	struct fx *f = *state;
	static struct oreq o[6];
	unsigned int i;

	f->ma->oid_mode = MOCK_OID_PEND;
	for (i = 0; i < 6; i++) {
		oreq_init(&o[i], i, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
		assert_int_equal(oreq_submit(&o[i], i == 4 ? f->ba : f->bb),
				 MPDK_STATUS_PENDING);
	}
	assert_ptr_equal(mock_oid_pending(f->ma), &o[0].r);
	assert_int_equal(mpdk_close_adapter(f->bb->binding), MPDK_STATUS_PENDING);
	mpdk_poller_poll(f->p);
	poll_n(f, 20);
	for (i = 1; i < 6; i++) {
		if (i == 4)
			continue;
		assert_int_equal(o[i].done, 1);
		assert_int_equal(o[i].st, MPDK_STATUS_REQUEST_ABORTED);
		assert_int_equal(o[i].r.status, MPDK_STATUS_REQUEST_ABORTED);
	}
	assert_int_equal(o[0].done, 0);
	assert_int_equal(o[4].done, 0);
	assert_int_equal(f->bb->close_completed, 0);
	assert_int_equal(astats(f).oids_aborted, 4);
	assert_int_equal(f->ma->oid_calls, 1);

	/* The pending one completes: then the close finishes, and the other
	 * binding's request goes to the miniport. */
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o[0].r);
	POLL_UNTIL(f, f->bb->close_completed != 0, "close after the pending OID");
	assert_int_equal(o[0].done, 1);
	assert_int_equal(o[0].st, MPDK_STATUS_SUCCESS);
	assert_int_equal(o[0].close_done_at_cb, 0);
	POLL_UNTIL(f, mock_oid_pending(f->ma) == &o[4].r, "ba's request dispatched");
	assert_int_equal(f->ma->n_oid_log, 2);
	assert_ptr_equal(f->ma->oid_log[1], &o[4].r);
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o[4].r);
	POLL_UNTIL(f, o[4].done != 0, "ba's request completed");
	assert_int_equal(o[4].st, MPDK_STATUS_SUCCESS);
	for (i = 0; i < 6; i++)
		assert_int_equal(o[i].done, 1);
}

/*
 * The same, with the pending request completing before the first poll
 * step after the close: the closing binding's queued requests must still
 * be aborted, never handed to the miniport.
 */
static void
test_close_aborts_queued_oids_completion_first(void **state)
{
	struct fx *f = *state;
	static struct oreq o[3];
	unsigned int i;

	f->ma->oid_mode = MOCK_OID_PEND;
	for (i = 0; i < 3; i++) {
		oreq_init(&o[i], i, MPDK_OID_QUERY, MPDK_OID_GEN_LINK_SPEED, 4);
		assert_int_equal(oreq_submit(&o[i], f->bb), MPDK_STATUS_PENDING);
	}
	assert_int_equal(mpdk_close_adapter(f->bb->binding), MPDK_STATUS_PENDING);
	assert_ptr_equal(mock_oid_complete_table(f->ma), &o[0].r);
	poll_n(f, 20);
	if (f->ma->oid_calls != 1)
		fail_msg("request %u of the closing binding went to the miniport after the close (%" PRIu64 " handler calls, expected 1); its status: %s",
			 1u, f->ma->oid_calls, mpdk_status_str(o[1].st));
	assert_int_equal(o[0].st, MPDK_STATUS_SUCCESS);
	assert_int_equal(o[1].st, MPDK_STATUS_REQUEST_ABORTED);
	assert_int_equal(o[2].st, MPDK_STATUS_REQUEST_ABORTED);
	POLL_UNTIL(f, f->bb->close_completed != 0, "close");
}

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

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_oid_serialization),
		T(test_oid_sync_no_callback),
		T(test_oid_queued_completes_via_callback),
		T(test_oid_buffer_rules),
		T(test_oid_refused_closing_closed_resetting),
		T(test_close_aborts_queued_oids),
		T(test_close_aborts_queued_oids_completion_first),
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
		T(test_status_from_thread),
		T(test_status_link_for_late_binding),
		T(test_status_queue_full),
		T(test_status_link_refused_then_retried),
		T(test_hang_send),
		T(test_hang_oid),
		T(test_hang_reset),
		T(test_no_false_hang_first_poll),
		T(test_no_false_hang_first_poll_after_idle),
		T(test_debug_oid_double_completion),
		T(test_debug_reset_complete_twice),
		T(test_debug_pause_complete_twice),
		T(test_completion_before_pending_return),
		T(test_debug_reset_complete_inside_sync_handler),
		cmocka_unit_test(test_debug_oid_complete_inside_sync_handler),
	};
#undef T

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
