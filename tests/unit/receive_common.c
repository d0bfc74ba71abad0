/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The receive tests' shared code (receive_common.h): the receive-test
 * protocol, the helpers and the fixture, whose teardown checks every
 * frame came back once and every pool is full again.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"
#include "receive_common.h"

/* Receivers still holding each frame (counted by the tests). */
uint32_t *holders;
int in_test_poll;            /* inside poll() on the main thread */
static uint64_t event_seq;
struct mpdk_nbl_pool *test_pool; /* NBLs never indicated */
struct rte_mempool *test_mp;

/* Xorshift, fixed seeds: reproducible shuffles. */
uint32_t
rnd(uint32_t *s)
{
	uint32_t x = *s;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*s = x;
	return x;
}

void
shuffle(struct mpdk_nbl **v, unsigned int n, uint32_t *seed)
{
	unsigned int i;

	for (i = n; i > 1; i--) {
		unsigned int j = rnd(seed) % i;
		struct mpdk_nbl *t = v[i - 1];

		v[i - 1] = v[j];
		v[j] = t;
	}
}

static int
frame_ok(const struct mpdk_nbl *nbl, uint32_t id)
{
	uint32_t len = nbl->first_nb->data_len, i;
	const uint8_t *p = rte_pktmbuf_mtod(nbl->first_nb, const uint8_t *);

	if (len > 64)
		len = 64;
	for (i = 0; i < len; i++)
		if (p[i] != mock_rx_byte(id, i))
			return 0;
	return 1;
}

/* ------------------------------------------------------------------ */
/* The receive-test protocol                                           */
/* ------------------------------------------------------------------ */

static mpdk_status_t
rp_bind(void *proto_ctx __rte_unused, struct mpdk_adapter *adapter,
	void *params)
{
	struct rb *r = params;

	return mpdk_open_adapter(r->proto, adapter, r, &r->b);
}

static mpdk_status_t
rp_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	  struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

static void
rp_close_complete(void *ctx)
{
	struct rb *r = ctx;

	r->close_in_poll = in_test_poll;
	r->close_seq = ++event_seq;
	__atomic_fetch_add(&r->close_completed, 1, __ATOMIC_RELEASE);
}

static void
rp_send_complete(void *ctx __rte_unused, struct mpdk_nbl *chain __rte_unused,
		 uint32_t flags __rte_unused)
{
}

/* Give NBLs back in the order of v[]: the test's hold ends first. */
/* Link @p v into a chain and drop the test's holder marks. */
static struct mpdk_nbl *
chain_up(struct mpdk_nbl **v, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		uint32_t id = mock_rx_nbl_id(v[i]);

		v[i]->next = i + 1 < n ? v[i + 1] : NULL;
		__atomic_fetch_sub(&holders[id], 1, __ATOMIC_RELEASE);
	}
	return v[0];
}

void
give_back(struct rb *r, struct mpdk_nbl **v, unsigned int n)
{
	if (n != 0)
		mpdk_return_nbls(r->b, chain_up(v, n), 0);
}

void
give_back_any(struct mpdk_nbl **v, unsigned int n)
{
	if (n != 0)
		mpdk_return_nbls_any(chain_up(v, n), 0);
}

static void
rp_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue, uint32_t n,
	   uint32_t flags)
{
	struct rb *r = ctx;
	struct mpdk_nbl *nbl, *v[MOCK_RX_MAX_BATCH];
	unsigned int len = 0, i;

	__atomic_fetch_add(&r->calls, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&r->nbls, n, __ATOMIC_RELAXED);
	if (flags & MPDK_RECEIVE_F_RESOURCES)
		__atomic_fetch_add(&r->res_nbls, n, __ATOMIC_RELAXED);
	r->flags_or |= flags;
	r->last_n = n;
	r->last_queue = queue;
	MPDK_NBL_FOREACH(nbl, chain) {
		uint32_t id = mock_rx_nbl_id(nbl);

		if (len < RTE_DIM(v))
			v[len] = nbl;
		len++;
		if (nbl->rx_binding != r->b || nbl->rx_adapter != r->f->a ||
		    nbl->queue != queue || nbl->nb_count != 1)
			r->wrong_field++;
		if (!frame_ok(nbl, id))
			r->bad_data++;
		if (id < MOCK_RX_MAX_IDS && r->got[id]++ != 0)
			r->dup++;
		if (!(flags & MPDK_RECEIVE_F_RESOURCES))
			__atomic_fetch_add(&holders[id], 1, __ATOMIC_ACQ_REL);
	}
	if (len != n)
		r->chain_mismatch++;

	switch (r->mode) {
	case RB_RETURN:
		if (!(flags & MPDK_RECEIVE_F_RESOURCES) && len <= RTE_DIM(v))
			give_back(r, v, len);
		break;
	case RB_KEEP:
		if (flags & MPDK_RECEIVE_F_RESOURCES)
			break;
		rte_spinlock_lock(&r->lock);
		MPDK_NBL_FOREACH(nbl, chain) {
			if (r->n_held == MAX_HELD) {
				r->held_full++;
				continue;
			}
			r->held[r->n_held++] = nbl;
		}
		rte_spinlock_unlock(&r->lock);
		break;
	case RB_RING:
		/* From v[], not by following next: once an NBL is in the ring
		 * the returning thread owns it and relinks its next. */
		for (i = 0; i < len && i < RTE_DIM(v); i++)
			if (rte_ring_enqueue(r->ring, v[i]) != 0)
				r->held_full++;
		if (len > RTE_DIM(v))
			r->held_full += len - RTE_DIM(v);
		break;
	case RB_HOOK:
		r->hook(r, chain, n, flags);
		break;
	}
}

static void
rp_xfer_complete(void *ctx, struct mpdk_transfer *t, mpdk_status_t st)
{
	struct rb *r = ctx;
	struct xrec *x = t->context;

	r->xfer_cb++;
	if (__atomic_load_n(&r->f->ma->in_poll, __ATOMIC_RELAXED) != 0)
		r->xfer_cb_in_mock_poll++;
	if (t->status != (int32_t)st)
		r->xfer_cb_status_mismatch++;
	r->xfer_last_status = st;
	r->xfer_cb_seq = ++event_seq;
	if (x != NULL) {
		x->done++;
		x->status = st;
		x->mock_returned_at_cb = r->f->ma->rx_returned;
		x->state_at_cb = mock_rx_state(r->f->ma, x->id);
	}
}

static const struct mpdk_protocol_ops rp_ops_tmpl = {
	.bind_adapter = rp_bind,
	.unbind_adapter = rp_unbind,
	.close_adapter_complete = rp_close_complete,
	.send_nbls_complete = rp_send_complete,
	.receive_nbls = rp_receive,
	.transfer_data_complete = rp_xfer_complete,
};

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

struct rb *
bind_rb(struct fx *f, int mode)
{
	struct rb *r = calloc(1, sizeof(*r));
	unsigned int i = f->n_rb;

	assert_non_null(r);
	assert_true(i < N_PROTO);
	r->held = calloc(MAX_HELD, sizeof(*r->held));
	r->got = calloc(MOCK_RX_MAX_IDS, 1);
	assert_non_null(r->held);
	assert_non_null(r->got);
	r->f = f;
	r->idx = (int)i;
	r->mode = mode;
	r->proto = f->proto[i];
	rte_spinlock_init(&r->lock);
	if (mode == RB_RING) {
		static unsigned int ring_seq;
		char name[32];

		snprintf(name, sizeof(name), "rx_ret_%u", ring_seq++);
		r->ring = rte_ring_create(name, 16384, SOCKET_ID_ANY,
					  RING_F_SP_ENQ | RING_F_SC_DEQ);
		assert_non_null(r->ring);
	}
	assert_int_equal(mpdk_bind(f->proto[i], f->a, r), MPDK_STATUS_SUCCESS);
	f->rb[i] = r;
	f->n_rb++;
	return r;
}

struct mpdk_receive_stats
rstats(const struct rb *r)
{
	struct mpdk_receive_stats st;

	assert_int_equal(mpdk_binding_receive_stats(r->b, &st),
			 MPDK_STATUS_SUCCESS);
	return st;
}

uint64_t
ld64(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

int64_t
queue_frames(struct fx *f, uint16_t q, unsigned int n, uint32_t len,
	     uint32_t flags)
{
	int64_t id = mock_rx_queue(f->ma, q, n, len, flags);

	assert_true(id >= 0);
	return id;
}

/* Remove and return the NBL @p r holds for frame @p id (NULL if none). */
struct mpdk_nbl *
take_id(struct rb *r, uint32_t id)
{
	struct mpdk_nbl *nbl = NULL;
	unsigned int i;

	rte_spinlock_lock(&r->lock);
	for (i = 0; i < r->n_held; i++) {
		if (mock_rx_nbl_id(r->held[i]) == id) {
			nbl = r->held[i];
			memmove(&r->held[i], &r->held[i + 1],
				(r->n_held - i - 1) * sizeof(*r->held));
			r->n_held--;
			break;
		}
	}
	rte_spinlock_unlock(&r->lock);
	return nbl;
}

/* Peek without removing. */
struct mpdk_nbl *
peek_id(struct rb *r, uint32_t id)
{
	struct mpdk_nbl *nbl = NULL;
	unsigned int i;

	rte_spinlock_lock(&r->lock);
	for (i = 0; i < r->n_held; i++)
		if (mock_rx_nbl_id(r->held[i]) == id)
			nbl = r->held[i];
	rte_spinlock_unlock(&r->lock);
	return nbl;
}

unsigned int
take_all(struct rb *r, struct mpdk_nbl **out)
{
	unsigned int n;

	rte_spinlock_lock(&r->lock);
	n = r->n_held;
	memcpy(out, r->held, n * sizeof(*out));
	r->n_held = 0;
	rte_spinlock_unlock(&r->lock);
	return n;
}

void
give_back_all(struct rb *r)
{
	struct mpdk_nbl **v = malloc(MAX_HELD * sizeof(*v));
	unsigned int n;

	assert_non_null(v);
	n = take_all(r, v);
	give_back(r, v, n);
	free(v);
}

void
give_back_id(struct rb *r, uint32_t id)
{
	struct mpdk_nbl *nbl = take_id(r, id);

	assert_non_null(nbl);
	give_back(r, &nbl, 1);
}

/* Number of frame ids in [first, first + n) in state @p s. */
unsigned int
count_state(struct fx *f, uint32_t first, unsigned int n, enum mock_rx_state s)
{
	unsigned int i, k = 0;

	for (i = 0; i < n; i++)
		if (mock_rx_state(f->ma, first + i) == s)
			k++;
	return k;
}

static void
clone_walk_cb(struct rte_mempool *mp, void *arg)
{
	struct clone_walk *w = arg;

	if (strncmp(mp->name, "mpdk_clone_", 11) != 0)
		return;
	w->pools++;
	w->avail += rte_mempool_avail_count(mp);
	w->size += mp->size;
}

struct clone_walk
clones(void)
{
	struct clone_walk w = { 0, 0, 0 };

	rte_mempool_walk(clone_walk_cb, &w);
	return w;
}

static int
holders_hook(struct mock_adapter *ma __rte_unused, uint32_t id,
	     void *arg __rte_unused)
{
	return __atomic_load_n(&holders[id], __ATOMIC_ACQUIRE) != 0;
}

struct xrec *
xrec_new(const struct mpdk_nbl *nbl, uint32_t off, uint32_t len)
{
	struct xrec *x = calloc(1, sizeof(*x));

	assert_non_null(x);
	x->buf = malloc((size_t)len + 1);
	assert_non_null(x->buf);
	memset(x->buf, 0x5A, (size_t)len + 1);
	x->id = mock_rx_nbl_id(nbl);
	x->t.nbl = (struct mpdk_nbl *)(uintptr_t)nbl;
	x->t.offset = off;
	x->t.length = len;
	x->t.dst = x->buf;
	x->t.dst_iova = RTE_BAD_IOVA;
	x->t.context = x;
	return x;
}

void
xrec_free(struct xrec *x)
{
	if (x == NULL)
		return;
	free(x->buf);
	free(x);
}

/* Bytes of a finished transfer that differ from the frame. */
unsigned int
xrec_bad_bytes(const struct xrec *x)
{
	unsigned int i, bad = 0;

	for (i = 0; i < x->t.length; i++)
		if (x->buf[i] != mock_rx_byte(x->id, x->t.offset + i))
			bad++;
	if (x->buf[x->t.length] != 0x5A)
		bad++; /* wrote past the end */
	return bad;
}

/* ------------------------------------------------------------------ */
/* Fixture                                                             */
/* ------------------------------------------------------------------ */

int
receive_group_setup(const char *name)
{
	if (mpdk_test_init(name) != 0 || mock_register() != 0 ||
	    mock_register_noxfer() != 0)
		return -1;
	holders = calloc(MOCK_RX_MAX_IDS, sizeof(*holders));
	test_pool = mpdk_nbl_pool_create("rx_test_nbl", 64, 0, SOCKET_ID_ANY);
	test_mp = rte_pktmbuf_pool_create("rx_test_mbuf", 63, 0, 0,
					  RTE_MBUF_DEFAULT_BUF_SIZE,
					  SOCKET_ID_ANY);
	if (holders == NULL || test_pool == NULL || test_mp == NULL)
		return -1;
	return 0;
}

int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(test_pool);
	rte_mempool_free(test_mp);
	free(holders);
	mock_deregister();
	mpdk_test_fini();
	return 0;
}

static int
setup_drv(void **state, const char *driver)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32];
	unsigned int i;

	if (f == NULL)
		return -1;
	memset(holders, 0, MOCK_RX_MAX_IDS * sizeof(*holders));
	snprintf(name, sizeof(name), "rx%u", seq);
	f->ma = mock_adapter_create_drv(driver, name, 2);
	if (f->ma == NULL)
		return -1;
	f->a = f->ma->adapter;
	f->ma->rx_on_return = holders_hook;
	if (mpdk_poller_create("rx-p", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, MPDK_ALL_QUEUES) !=
		    MPDK_STATUS_SUCCESS)
		return -1;
	for (i = 0; i < N_PROTO; i++) {
		struct mpdk_protocol_ops ops = rp_ops_tmpl;
		char pname[32];

		snprintf(pname, sizeof(pname), "rx-proto-%u-%u", seq, i);
		ops.name = pname;
		if (mpdk_protocol_register(&ops, NULL, &f->proto[i]) !=
		    MPDK_STATUS_SUCCESS)
			return -1;
	}
	seq++;
	f->v0 = mpdk_debug_violations();
	*state = f;
	return 0;
}

int
setup(void **state)
{
	return setup_drv(state, "mock");
}

int
setup_noxfer(void **state)
{
	return setup_drv(state, "mock-noxfer");
}

/* Teardown checks do not stop at the first failure: the adapter is
 * destroyed whatever happened, so one failed test leaves nothing behind
 * for the next ones. */
#define TD_CHECK(fails, cond) do { \
	if (!(cond)) { \
		print_error("teardown check failed: %s (line %d)\n", #cond, \
			    __LINE__); \
		(fails)++; \
	} \
} while (0)

int
teardown(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = f->ma;
	struct clone_walk w;
	unsigned int i, k, fails = 0;

	mpdk_poller_stop(f->p);     /* if a failed test left it running */
	/* Everything still held or pending comes back first. */
	for (i = 0; i < f->n_rb; i++) {
		f->rb[i]->mode = RB_RETURN;
		give_back_all(f->rb[i]);
	}
	ma->xfer_complete_in_poll = true;
	ma->xfer_status = MPDK_STATUS_SUCCESS;
	for (k = 0; k < 100 && mock_rx_queued(ma, 0) + mock_rx_queued(ma, 1) +
		    mock_xfer_pending(ma) != 0; k++)
		poll(f);
	mock_xfer_complete_all(ma, MPDK_STATUS_SUCCESS);
	poll(f);

	w = clones();
	TD_CHECK(fails, w.avail == w.size);      /* every clone is back */
	TD_CHECK(fails, mock_rx_nbls_out(ma) == 0);
	TD_CHECK(fails, mock_rx_mbufs_out(ma) == 0);

	for (i = 0; i < f->n_rb; i++) {
		struct rb *r = f->rb[i];
		mpdk_status_t st;

		if (!mpdk_binding_is_open(r->b))
			continue;
		st = mpdk_close_adapter(r->b);
		TD_CHECK(fails, st == MPDK_STATUS_SUCCESS || st == MPDK_STATUS_PENDING);
		for (k = 0; k < 100 && st == MPDK_STATUS_PENDING &&
			    __atomic_load_n(&r->close_completed, __ATOMIC_ACQUIRE) == 0;
		     k++)
			poll(f);
		TD_CHECK(fails, st == MPDK_STATUS_SUCCESS || r->close_completed == 1);
	}
	for (i = 0; i < f->n_rb; i++) {
		struct rb *r = f->rb[i];
		struct mpdk_receive_stats st;

		mpdk_binding_receive_stats(r->b, &st);
		TD_CHECK(fails, st.held == 0);
		TD_CHECK(fails, r->dup == 0);
		TD_CHECK(fails, r->chain_mismatch == 0);
		TD_CHECK(fails, r->wrong_field == 0);
		TD_CHECK(fails, r->bad_data == 0);
		TD_CHECK(fails, r->held_full == 0);
		TD_CHECK(fails, r->xfer_cb_status_mismatch == 0);
	}
	/* Every frame came back once, through the right door. */
	TD_CHECK(fails, ma->rx_bad_return == 0);
	TD_CHECK(fails, ma->rx_foreign == 0);
	TD_CHECK(fails, ma->rx_early_return == 0);
	TD_CHECK(fails, ma->rx_xfer_held_return == 0);
	TD_CHECK(fails, ma->rx_reclaim_lost == 0);
	TD_CHECK(fails, ma->xfer_bad == 0);
	TD_CHECK(fails, ma->xfer_dead_frame == 0);
	TD_CHECK(fails, ma->rx_returned + ma->rx_reclaimed == ma->rx_indicated);
	TD_CHECK(fails, ma->rx_indicated == ma->rx_queued);
	if (f->expect_violations >= 0)
		TD_CHECK(fails, mpdk_debug_violations() - f->v0 ==
			 (uint64_t)f->expect_violations);

	for (i = 0; i < f->n_rb; i++) {
		/* A binding whose close never finished cannot go away. */
		if (mpdk_binding_is_open(f->rb[i]->b) ||
		    mpdk_close_adapter(f->rb[i]->b) == MPDK_STATUS_CLOSING)
			fails++;
	}
	for (i = 0; i < N_PROTO; i++)
		TD_CHECK(fails, mpdk_protocol_deregister(f->proto[i]) ==
			 MPDK_STATUS_SUCCESS);
	mpdk_poller_remove_queue(f->p, f->a, MPDK_ALL_QUEUES);
	mpdk_poller_destroy(f->p);
	TD_CHECK(fails, mpdk_adapter_destroy(f->a) == MPDK_STATUS_SUCCESS);
	for (i = 0; i < f->n_rb; i++) {
		if (f->rb[i]->ring != NULL)
			rte_ring_free(f->rb[i]->ring);
		free(f->rb[i]->held);
		free(f->rb[i]->got);
		free(f->rb[i]);
	}
	free(f);
	return fails == 0 ? 0 : -1;
}
