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
 * clone pool; a close that waits for held NBLs; transfer data
 * (synchronous, pending, failed, refused, bad ranges and arguments, no
 * handler, a close waiting for a transfer, a transfer pending across a
 * RESOURCES indication); and the MPDK_DEBUG detector on bad returns, bad
 * transfers and double transfer completions.
 *
 * The mock checks, for every frame, that it comes back exactly once, with
 * no holder counted by the library (rx_refs == 0), none counted by this
 * test (holders[]) and no transfer of its own still reading it; the
 * teardown checks every frame came back and every pool is full again.
 */

#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"

#define N_PROTO 3
#define MAX_HELD 8192
#define WAIT_SECONDS 60

enum rb_mode {
	RB_RETURN = 0,   /* return every NBL inside the handler */
	RB_KEEP,         /* keep them in held[] (RESOURCES ones are not kept) */
	RB_RING,         /* put them on ring for another thread */
	RB_HOOK,         /* call hook() */
};

struct fx;

/* One binding of a receive-test protocol. */
struct rb {
	struct mpdk_binding *b;
	struct mpdk_protocol_driver *proto;
	struct fx *f;
	int idx;
	int mode;
	int closed;                     /* close finished (SUCCESS or cb) */
	rte_spinlock_t lock;
	struct mpdk_nbl **held;
	unsigned int n_held;
	struct rte_ring *ring;
	uint8_t *got;                   /* per frame id: times received */
	/* Receive counters. */
	uint64_t calls;
	uint64_t nbls;
	uint64_t res_nbls;              /* received with RESOURCES */
	uint64_t chain_mismatch;        /* n differs from the chain length */
	uint64_t wrong_field;           /* rx_binding/rx_adapter/queue wrong */
	uint64_t dup;                   /* a frame received twice */
	uint64_t bad_data;              /* frame bytes not what the mock built */
	uint64_t held_full;
	uint32_t flags_or;
	uint32_t last_n;
	uint16_t last_queue;
	/* Close and transfer completions. */
	int close_completed;
	int close_in_poll;
	uint64_t close_seq;
	uint64_t xfer_cb;
	uint64_t xfer_cb_in_mock_poll;
	uint64_t xfer_cb_status_mismatch;
	uint64_t xfer_cb_seq;
	mpdk_status_t xfer_last_status;
	void (*hook)(struct rb *r, struct mpdk_nbl *chain, uint32_t n,
		     uint32_t flags);
	void *user;
};

struct fx {
	struct mock_adapter *ma;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct mpdk_protocol_driver *proto[N_PROTO];
	struct rb *rb[N_PROTO];
	unsigned int n_rb;
	uint64_t v0;                    /* violations at the start */
	int64_t expect_violations;      /* -1: not checked */
};

/* Receivers still holding each frame (counted by this test). */
static uint32_t *holders;
static int in_test_poll;            /* inside poll() on the main thread */
static uint64_t event_seq;
static struct mpdk_nbl_pool *test_pool; /* NBLs never indicated */
static struct rte_mempool *test_mp;

/* Xorshift, fixed seeds: reproducible shuffles. */
static uint32_t
rnd(uint32_t *s)
{
	uint32_t x = *s;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*s = x;
	return x;
}

static void
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
static void
give_back(struct rb *r, struct mpdk_nbl **v, unsigned int n)
{
	unsigned int i;

	if (n == 0)
		return;
	for (i = 0; i < n; i++) {
		uint32_t id = mock_rx_nbl_id(v[i]);

		v[i]->next = i + 1 < n ? v[i + 1] : NULL;
		__atomic_fetch_sub(&holders[id], 1, __ATOMIC_RELEASE);
	}
	mpdk_return_nbls(r->b, v[0], 0);
}

static void
rp_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue, uint32_t n,
	   uint32_t flags)
{
	struct rb *r = ctx;
	struct mpdk_nbl *nbl, *v[MOCK_RX_MAX_BATCH];
	unsigned int len = 0;

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
		MPDK_NBL_FOREACH(nbl, chain)
			if (rte_ring_enqueue(r->ring, nbl) != 0)
				r->held_full++;
		break;
	case RB_HOOK:
		r->hook(r, chain, n, flags);
		break;
	}
}

/* Record of one transfer the test started. */
struct xrec {
	struct mpdk_transfer t;
	uint32_t id;
	uint8_t *buf;
	int done;
	mpdk_status_t status;
	uint64_t mock_returned_at_cb;   /* ma->rx_returned when the cb ran */
	enum mock_rx_state state_at_cb;
};

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

static void
poll(struct fx *f)
{
	in_test_poll = 1;
	mpdk_poller_poll(f->p);
	in_test_poll = 0;
}

static void
poll_n(struct fx *f, unsigned int n)
{
	while (n-- > 0)
		poll(f);
}

static struct rb *
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

static struct mpdk_receive_stats
rstats(const struct rb *r)
{
	struct mpdk_receive_stats st;

	assert_int_equal(mpdk_binding_receive_stats(r->b, &st),
			 MPDK_STATUS_SUCCESS);
	return st;
}

static uint64_t
ld64(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static int64_t
queue_frames(struct fx *f, uint16_t q, unsigned int n, uint32_t len,
	     uint32_t flags)
{
	int64_t id = mock_rx_queue(f->ma, q, n, len, flags);

	assert_true(id >= 0);
	return id;
}

/* Remove and return the NBL @p r holds for frame @p id (NULL if none). */
static struct mpdk_nbl *
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
static struct mpdk_nbl *
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

static unsigned int
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

static void
give_back_all(struct rb *r)
{
	struct mpdk_nbl **v = malloc(MAX_HELD * sizeof(*v));
	unsigned int n;

	assert_non_null(v);
	n = take_all(r, v);
	give_back(r, v, n);
	free(v);
}

static void
give_back_id(struct rb *r, uint32_t id)
{
	struct mpdk_nbl *nbl = take_id(r, id);

	assert_non_null(nbl);
	give_back(r, &nbl, 1);
}

/* Number of frame ids in [first, first + n) in state @p s. */
static unsigned int
count_state(struct fx *f, uint32_t first, unsigned int n, enum mock_rx_state s)
{
	unsigned int i, k = 0;

	for (i = 0; i < n; i++)
		if (mock_rx_state(f->ma, first + i) == s)
			k++;
	return k;
}

/* The library's clone pools (there is one per adapter with 2+ bindings),
 * found by name: the test cannot reach the adapter's fields. */
struct clone_walk {
	unsigned int pools;
	unsigned int avail;
	unsigned int size;
};

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

static struct clone_walk
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

static struct xrec *
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

static void
xrec_free(struct xrec *x)
{
	if (x == NULL)
		return;
	free(x->buf);
	free(x);
}

/* Bytes of a finished transfer that differ from the frame. */
static unsigned int
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

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_receive") != 0 || mock_register() != 0 ||
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

static int
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

static int
setup(void **state)
{
	return setup_drv(state, "mock");
}

static int
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

static int
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
	if (queued < total || f->ma->rx_returned != total)
		fail_msg("after %d s: %u of %u frames queued, %" PRIu64
			 " indicated, %" PRIu64 " back to the miniport",
			 WAIT_SECONDS, queued, total, f->ma->rx_indicated,
			 f->ma->rx_returned);
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
	if (queued < total || f->ma->rx_returned != total)
		fail_msg("after %d s: %u of %u frames queued, %" PRIu64
			 " indicated, %" PRIu64 " back to the miniport",
			 WAIT_SECONDS, queued, total, f->ma->rx_indicated,
			 f->ma->rx_returned);
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

/* ------------------------------------------------------------------ */
/* MPDK_DEBUG detection                                                */
/* ------------------------------------------------------------------ */

static uint64_t
viol(const struct fx *f)
{
	return mpdk_debug_violations() - f->v0;
}

static void
test_debug_return_twice(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *nbl;
	int64_t id;

	id = queue_frames(f, 0, 2, 64, 0);
	poll(f);
	nbl = take_id(r, (uint32_t)id);
	give_back(r, &nbl, 1);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(viol(f), 0);
	/* Again (the mock freed it meanwhile). */
	nbl->next = NULL;
	mpdk_return_nbls(r->b, nbl, 0);
	assert_int_equal(viol(f), 1);
	assert_int_equal(f->ma->rx_returned, 1);
	assert_int_equal(rstats(r).returned, 1);
	assert_int_equal(rstats(r).held, 1);
	give_back_id(r, (uint32_t)id + 1);
	assert_int_equal(f->ma->rx_returned, 2);
	f->expect_violations = 1;
}

/* Shared frame: a clone returned twice, the original returned twice while
 * clones are out, a clone returned twice after the frame went back. */
static void
test_debug_return_twice_shared(void **state)
{
	struct fx *f = *state;
	struct rb *r[3], *ro = NULL, *rc[2];
	struct mpdk_nbl *n[3], *orig = NULL, *c[2];
	unsigned int k, m = 0;
	int64_t id;

	for (k = 0; k < 3; k++)
		r[k] = bind_rb(f, RB_KEEP);
	id = queue_frames(f, 0, 1, 64, 0);
	poll(f);
	for (k = 0; k < 3; k++) {
		n[k] = take_id(r[k], (uint32_t)id);
		assert_non_null(n[k]);
		if (n[k]->rx_parent == NULL) {
			orig = n[k];
			ro = r[k];
		} else {
			c[m] = n[k];
			rc[m++] = r[k];
		}
	}
	assert_non_null(orig);
	assert_int_equal(m, 2);

	give_back(rc[0], &c[0], 1);
	c[0]->next = NULL;
	mpdk_return_nbls(rc[0]->b, c[0], 0);               /* clone twice */
	assert_int_equal(viol(f), 1);
	assert_int_equal(f->ma->rx_returned, 0);

	give_back(ro, &orig, 1);
	orig->next = NULL;
	mpdk_return_nbls(ro->b, orig, 0);                  /* original twice */
	assert_int_equal(viol(f), 2);
	assert_int_equal(f->ma->rx_returned, 0);            /* c[1] holds it */

	give_back(rc[1], &c[1], 1);
	assert_int_equal(f->ma->rx_returned, 1);
	c[1]->next = NULL;
	mpdk_return_nbls(rc[1]->b, c[1], 0);               /* after the frame went */
	assert_int_equal(viol(f), 3);
	assert_int_equal(f->ma->rx_returned, 1);
	for (k = 0; k < 3; k++) {
		assert_int_equal(rstats(r[k]).returned, 1);
		assert_int_equal(rstats(r[k]).held, 0);
	}
	f->expect_violations = 3;
}

static void
test_debug_wrong_binding(void **state)
{
	struct fx *f = *state;
	struct rb *ra = bind_rb(f, RB_KEEP);
	struct rb *rb = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *na;
	int64_t id;

	id = queue_frames(f, 0, 1, 64, 0);
	poll(f);
	na = peek_id(ra, (uint32_t)id);
	na->next = NULL;
	mpdk_return_nbls(rb->b, na, 0);       /* ra's NBL through rb */
	assert_int_equal(viol(f), 1);
	assert_int_equal(rstats(rb).returned, 0);
	assert_int_equal(rstats(rb).held, 1);
	assert_int_equal(rstats(ra).held, 1);
	assert_int_equal(f->ma->rx_returned, 0);
	give_back_id(rb, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 0);  /* ra still holds it */
	give_back_id(ra, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	f->expect_violations = 1;
}

static void
test_debug_never_indicated(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	uint8_t frame[64] = { 0 };
	struct mpdk_nbl *nbl;

	nbl = mpdk_nbl_alloc(test_pool);
	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, test_mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	mpdk_return_nbls(r->b, nbl, 0);
	assert_int_equal(viol(f), 1);
	assert_int_equal(f->ma->rx_return_calls, 0);
	assert_int_equal(rstats(r).returned, 0);
	/* Still the caller's: an ordinary free. */
	mpdk_nbl_free(nbl);
	assert_int_equal(viol(f), 1);
	/* NULL chain or binding: nothing at all. */
	mpdk_return_nbls(r->b, NULL, 0);
	mpdk_return_nbls(NULL, NULL, 0);
	assert_int_equal(viol(f), 1);
	f->expect_violations = 1;
}

/* mpdk_m_indicate_receive_mbufs() takes mbufs of a pool prepared for the
 * adapter only: others are refused (a violation), nothing is indicated. */
static void
test_debug_indicate_mbufs_unprepared(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct rte_mempool *plain, *nbl_room;
	struct rte_mbuf *m[4];

	plain = rte_pktmbuf_pool_create("rx_plain", 63, 0, 0,
					RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nbl_room = rte_pktmbuf_pool_create("rx_room", 63, 0,
					   MPDK_NBL_MBUF_PRIV_SIZE,
					   RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	assert_non_null(plain);
	assert_non_null(nbl_room);
	assert_int_equal(mpdk_m_rx_pool_prepare(NULL, nbl_room),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_m_rx_pool_prepare(f->a, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_m_rx_pool_prepare(f->a, plain),
			 MPDK_STATUS_INVALID_PARAMETER);

	/* No room for an NBL. */
	assert_int_equal(rte_pktmbuf_alloc_bulk(plain, m, 4), 0);
	mpdk_m_indicate_receive_mbufs(f->a, m, 4, 0, 0);
	assert_int_equal(viol(f), 1);
	rte_pktmbuf_free_bulk(m, 4);
	/* Room, but never prepared for this adapter. */
	assert_int_equal(rte_pktmbuf_alloc_bulk(nbl_room, m, 4), 0);
	mpdk_m_indicate_receive_mbufs(f->a, m, 4, 0, 0);
	assert_int_equal(viol(f), 2);
	assert_int_equal(rstats(r).indicated, 0);
	rte_pktmbuf_free_bulk(m, 4);
	/* Nothing to indicate: nothing happens. */
	mpdk_m_indicate_receive_mbufs(f->a, NULL, 4, 0, 0);
	mpdk_m_indicate_receive_mbufs(f->a, m, 0, 0, 0);
	assert_int_equal(viol(f), 2);
	rte_mempool_free(plain);
	rte_mempool_free(nbl_room);
	f->expect_violations = 2;
}

static void
test_debug_xfer_complete_twice(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x, *y;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	f->ma->xfer_complete_in_poll = true;
	id = queue_frames(f, 0, 2, 800, 0);
	poll(f);

	/* Completed twice while the NBL is still held. */
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 800);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	mock_xfer_complete_again(f->ma, &x->t, MPDK_STATUS_SUCCESS);
	assert_int_equal(viol(f), 1);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(f->ma->rx_returned, 0);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);

	/* Completed twice after the frame went back. */
	y = xrec_new(peek_id(r, (uint32_t)id + 1), 10, 700);
	assert_int_equal(mpdk_transfer_data(r->b, &y->t), MPDK_STATUS_PENDING);
	give_back_id(r, (uint32_t)id + 1);
	assert_int_equal(f->ma->rx_returned, 1);
	poll(f);
	assert_int_equal(r->xfer_cb, 2);
	assert_int_equal(f->ma->rx_returned, 2);
	mock_xfer_complete_again(f->ma, &y->t, MPDK_STATUS_SUCCESS);
	assert_int_equal(viol(f), 2);
	assert_int_equal(r->xfer_cb, 2);
	assert_int_equal(f->ma->rx_returned, 2);
	assert_int_equal(f->ma->rx_bad_return, 0);
	assert_int_equal(xrec_bad_bytes(x), 0);
	assert_int_equal(xrec_bad_bytes(y), 0);
	xrec_free(x);
	xrec_free(y);
	/* The close is not left waiting for a third transfer. */
	assert_int_equal(mpdk_close_adapter(r->b), MPDK_STATUS_SUCCESS);
	r->closed = 1;
	f->expect_violations = 2;
}

/* A transfer from an NBL the binding does not hold: returned already,
 * or another binding's. */
static void
test_debug_xfer_not_held(void **state)
{
	struct fx *f = *state;
	struct rb *ra = bind_rb(f, RB_KEEP);
	struct rb *rb = bind_rb(f, RB_KEEP);
	struct mpdk_nbl *na;
	struct xrec *x;
	int64_t id;

	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 500, 0);
	poll(f);
	na = peek_id(ra, (uint32_t)id);
	x = xrec_new(na, 0, 500);
	assert_int_equal(mpdk_transfer_data(rb->b, &x->t),   /* ra's NBL */
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(viol(f), 1);
	give_back_id(ra, (uint32_t)id);
	assert_int_equal(mpdk_transfer_data(ra->b, &x->t),   /* returned */
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(viol(f), 2);
	assert_int_equal(f->ma->xfer_calls, 0);
	assert_int_equal(mock_xfer_pending(f->ma), 0);
	give_back_id(rb, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	xrec_free(x);
	f->expect_violations = 2;
}

/* A miniport completing with PENDING: the protocol gets FAILURE. */
static void
test_xfer_complete_with_pending(void **state)
{
	struct fx *f = *state;
	struct rb *r = bind_rb(f, RB_KEEP);
	struct xrec *x;
	int64_t id;

	f->expect_violations = -1;
	f->ma->xfer_mode = MOCK_XFER_PEND;
	id = queue_frames(f, 0, 1, 300, 0);
	poll(f);
	x = xrec_new(peek_id(r, (uint32_t)id), 0, 300);
	assert_int_equal(mpdk_transfer_data(r->b, &x->t), MPDK_STATUS_PENDING);
	f->ma->xfer_status = MPDK_STATUS_PENDING;
	f->ma->xfer_complete_in_poll = true;
	poll(f);
	assert_int_equal(r->xfer_cb, 1);
	assert_int_equal(x->status, MPDK_STATUS_FAILURE);
	assert_int_equal(x->t.status, MPDK_STATUS_FAILURE);
	give_back_id(r, (uint32_t)id);
	assert_int_equal(f->ma->rx_returned, 1);
	xrec_free(x);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_one_receiver),
		T(test_three_receivers_share),
		T(test_out_of_order_mixed_chains),
		T(test_out_of_order_one_receiver),
		T(test_queue_one),
		T(test_returns_from_other_thread),
		T(test_open_close_under_traffic),
		T(test_no_receiver),
		T(test_resources_one_receiver),
		T(test_resources_20000),
		T(test_clone_pool_exhaustion),
		T(test_close_waits_for_held),
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
		T(test_debug_return_twice),
		T(test_debug_return_twice_shared),
		T(test_debug_wrong_binding),
		T(test_debug_never_indicated),
		T(test_debug_indicate_mbufs_unprepared),
		T(test_debug_xfer_complete_twice),
		T(test_debug_xfer_not_held),
		T(test_xfer_complete_with_pending),
	};

	return cmocka_run_group_tests_name("receive", tests, group_setup,
					   group_teardown);
}
