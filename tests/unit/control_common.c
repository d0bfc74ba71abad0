/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The control-path tests' shared code (control_common.h): the event log,
 * the bindings' handlers, OID request, send and poll helpers, and the
 * fixture.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_cycles.h>
#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "control_common.h"

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;
static unsigned int pool_full;
static unsigned int mp_full;

struct ev evlog[EV_MAX];
unsigned int n_ev;
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

void
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
int
ev_find(enum ev_kind kind, int who, int code)
{
	unsigned int i;

	for (i = 0; i < n_ev; i++)
		if (evlog[i].kind == kind && evlog[i].code == code &&
		    (who == -2 || evlog[i].who == who))
			return (int)i;
	return -1;
}

/* Order of OID callbacks (indices), for the serialization test. */
unsigned int oid_order[N_SERIAL * 2];
unsigned int n_oid_order;

int
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
void
return_held(struct tp_binding *tb)
{
	struct bctx *c = tb->user;

	if (c->held != NULL)
		mpdk_return_nbls(tb->binding, c->held, 0);
	c->held = NULL;
	c->n_held = 0;
}

void
on_done(struct mpdk_adapter *a __rte_unused, mpdk_status_t st, void *arg)
{
	struct done_rec *d = arg;

	ev_add(EV_DONE, -1, st, 0);
	d->calls++;
	d->st = st;
}

void
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

mpdk_status_t
oreq_submit(struct oreq *o, struct tp_binding *tb)
{
	o->tb = tb;
	return mpdk_oid_request(tb->binding, &o->r);
}

uint32_t
buf_u32(const struct oreq *o)
{
	uint32_t v;

	memcpy(&v, o->buf, sizeof(v));
	return v;
}

uint64_t
buf_u64(const struct oreq *o)
{
	uint64_t v;

	memcpy(&v, o->buf, sizeof(v));
	return v;
}

struct mpdk_nbl *
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
void
send_n(struct tp_binding *tb, uint32_t first, unsigned int n,
       uint64_t cancel_id)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		assert_int_equal(tp_send(tb, mk_nbl(first + i, cancel_id), 0),
				 MPDK_STATUS_PENDING);
}

/* A send the adapter must refuse with @p want: no completion follows. */
void
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

void
poll_n(struct fx *f, unsigned int n)
{
	while (n-- > 0)
		mpdk_poller_poll(f->p);
}

uint64_t
now_ms(void)
{
	return rte_get_timer_cycles() * 1000 / rte_get_timer_hz();
}

/* Poll for @p ms milliseconds. */
void
poll_for_ms(struct fx *f, unsigned int ms)
{
	uint64_t end = now_ms() + ms;

	while (now_ms() < end) {
		mpdk_poller_poll(f->p);
		usleep(200);
	}
}

uint64_t
nstatus(const struct tp_binding *tb, mpdk_status_t code)
{
	return __atomic_load_n(&tb->status_count[code], __ATOMIC_ACQUIRE);
}

struct mpdk_adapter_stats
astats(const struct fx *f)
{
	struct mpdk_adapter_stats s;

	assert_int_equal(mpdk_adapter_stats_get(f->a, &s), MPDK_STATUS_SUCCESS);
	return s;
}

/* ------------------------------------------------------------------ */
/* Fixture.                                                             */

int
control_group_setup(const char *name)
{
	if (mpdk_test_init(name) != 0 || mock_register() != 0 ||
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

int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	mock_deregister();
	mpdk_test_fini();
	return 0;
}

void
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

int
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

int
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
