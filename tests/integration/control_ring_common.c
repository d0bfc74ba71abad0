/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The control-path tests' shared code on net_null and net_ring
 * (control_ring_common.h): the consumer of the TX ring, send, OID and
 * wait helpers, and the fixtures.
 */

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
#include <rte_eth_ring.h>
#include <rte_ethdev.h>
#include <rte_ether.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mpdk_test.h"
#include "control_ring_common.h"

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;     /* packet pool */
static struct rte_mempool *nb_mp;  /* NB pool */
static unsigned int pool_full;
static unsigned int mp_full;
static unsigned int nb_mp_full;

static struct fx *cur;          /* for the completion hook */

uint64_t
now_ms(void)
{
	return rte_get_timer_cycles() * 1000 / rte_get_timer_hz();
}

static void
on_complete(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	uint32_t id = (uint32_t)nbl->protocol_reserved[0];

	if (id < MAX_IDS) {
		if (cur->final[id] != 0)
			cur->double_final++;
		__atomic_store_n(&cur->final[id], (uint8_t)(nbl->status + 1),
				 __ATOMIC_RELEASE);
	}
	mpdk_nbl_free(nbl);
}

void
on_done(struct mpdk_adapter *a __rte_unused, mpdk_status_t st, void *arg)
{
	struct done_rec *d = arg;

	d->st = st;
	__atomic_store_n(&d->calls, d->calls + 1, __ATOMIC_RELEASE);
}

int
done_calls(const struct done_rec *d)
{
	return __atomic_load_n(&d->calls, __ATOMIC_ACQUIRE);
}

/* One NBL, one NB of @p len bytes, its id after the Ethernet header. */
struct mpdk_nbl *
mk_nbl(struct fx *f, uint32_t len)
{
	uint8_t frame[RTE_ETHER_MAX_LEN];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	uint32_t id = f->next_id++;

	assert_non_null(nbl);
	assert_true(id < MAX_IDS);
	memset(frame, 0x5a, sizeof(frame));
	memset(frame, 0xff, RTE_ETHER_ADDR_LEN);
	frame[12] = 0x88;
	frame[13] = 0xb5;
	memcpy(frame + TAG_OFF, &id, sizeof(id));
	assert_int_equal(mpdk_nbl_add_copy(nbl, f->nb_mp, frame, len, 0),
			 MPDK_STATUS_SUCCESS);
	tp_tag(f->tb, nbl, id);
	return nbl;
}

/* Send a chain of @p n NBLs; returns the status, counting refusals (the
 * refused chain is freed here). */
mpdk_status_t
send_chain(struct fx *f, unsigned int n)
{
	struct mpdk_nbl *head = NULL, **tailp = &head;
	mpdk_status_t st;
	unsigned int i;

	for (i = 0; i < n; i++) {
		*tailp = mk_nbl(f, 64 + (f->next_id * 37) % 1000);
		tailp = &(*tailp)->next;
	}
	st = tp_send(f->tb, head, 0);
	if (st == MPDK_STATUS_PENDING) {
		f->accepted += n;
	} else {
		f->refused[st] += n;
		mpdk_nbl_free_chain(head);
	}
	return st;
}

uint32_t
frame_id(const struct rte_mbuf *m)
{
	uint32_t id;

	memcpy(&id, rte_pktmbuf_mtod(m, const uint8_t *) + TAG_OFF, sizeof(id));
	return id;
}

/* The consumer takes up to @p max frames from the TX ring and holds them. */
unsigned int
consumer_take(struct fx *f, unsigned int max)
{
	unsigned int n, i;

	if (max > HELD_MAX - f->n_held)
		max = HELD_MAX - f->n_held;
	n = rte_ring_dequeue_burst(f->txr, (void **)&f->held[f->n_held], max,
				   NULL);
	for (i = 0; i < n; i++) {
		uint32_t id = frame_id(f->held[f->n_held + i]);

		if (id < MAX_IDS)
			f->seen[id] = 1;
	}
	f->n_held += n;
	return n;
}

/* The consumer frees what it holds (the first @p n, or all). */
void
consumer_free(struct fx *f, unsigned int n)
{
	unsigned int i;

	if (n > f->n_held)
		n = f->n_held;
	for (i = 0; i < n; i++)
		rte_pktmbuf_free(f->held[i]);
	memmove(&f->held[0], &f->held[n], (f->n_held - n) * sizeof(f->held[0]));
	f->n_held -= n;
}

/* Frames for the adapter to receive, through the RX ring. */
void
rx_inject(struct fx *f, unsigned int n)
{
	struct rte_mbuf *m[64];
	unsigned int i;

	assert_true(n <= RTE_DIM(m));
	for (i = 0; i < n; i++) {
		uint8_t *p;

		m[i] = rte_pktmbuf_alloc(mp);
		assert_non_null(m[i]);
		p = (uint8_t *)rte_pktmbuf_append(m[i], 60);
		assert_non_null(p);
		memset(p, 0x33, 60);
		memset(p, 0xff, RTE_ETHER_ADDR_LEN);
	}
	assert_int_equal(rte_ring_enqueue_burst(f->rxr, (void **)m, n, NULL), n);
}

uint64_t
outstanding(struct fx *f)
{
	return tp_outstanding(f->tb);
}

uint64_t
rx_count(struct fx *f)
{
	return __atomic_load_n(&f->tb->rx_nbls, __ATOMIC_ACQUIRE);
}

void
poll_or_sleep(struct fx *f)
{
	if (f->launched)
		usleep(200);
	else
		mpdk_poller_poll(f->p);
}

void
wait_ms(struct fx *f, unsigned int ms)
{
	uint64_t end = now_ms() + ms;

	while (now_ms() < end)
		poll_or_sleep(f);
}

/* ------------------------------------------------------------------ */
/* Fixtures.                                                            */

int
control_ring_group_setup(const char *name)
{
	if (mpdk_test_init(name) != 0)
		return -1;
	pool = mpdk_nbl_pool_create("ctlring_nbl", MAX_IDS, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("ctlring_mbuf", 2 * MAX_IDS - 1, 256, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	nb_mp = mpdk_nb_pool_create("ctlring_nb", MAX_IDS, 0,
				    RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL || nb_mp == NULL) {
		fprintf(stderr, "cannot create the pools\n");
		return -1;
	}
	pool_full = mpdk_nbl_pool_avail(pool);
	mp_full = rte_mempool_avail_count(mp);
	nb_mp_full = rte_mempool_avail_count(nb_mp);
	return 0;
}

int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	rte_mempool_free(nb_mp);
	mpdk_test_fini();
	return 0;
}

static int
fx_finish(struct fx *f, const char *params)
{
	struct mpdk_adapter_config cfg = {
		.params = params, .n_queues = 1, .socket_id = SOCKET_ID_ANY,
	};

	if (mpdk_adapter_create("ethdev", &cfg, &f->a) != MPDK_STATUS_SUCCESS)
		return -1;
	if (mpdk_poller_create("ctlring", 0, &f->p) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(f->p, f->a, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	if (tp_register(&f->tp, "proto-ctlring") != 0)
		return -1;
	f->tb = tp_bind(&f->tp, f->a);
	if (f->tb == NULL)
		return -1;
	f->tb->on_complete = on_complete;
	cur = f;
	return 0;
}

static int
setup_ring_with(void **state, struct rte_mempool *nbs)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32], params[64];

	if (f == NULL)
		return -1;
	f->nb_mp = nbs;
	snprintf(name, sizeof(name), "cr_rx%u", seq);
	f->rxr = rte_ring_create(name, 256, (int)rte_socket_id(),
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	snprintf(name, sizeof(name), "cr_tx%u", seq);
	f->txr = rte_ring_create(name, TX_RING_SIZE, (int)rte_socket_id(),
				 RING_F_SP_ENQ | RING_F_SC_DEQ);
	if (f->rxr == NULL || f->txr == NULL)
		return -1;
	snprintf(name, sizeof(name), "ctl_ring%u", seq++);
	f->port = rte_eth_from_rings(name, &f->rxr, 1, &f->txr, 1,
				     rte_socket_id());
	if (f->port < 0) {
		fprintf(stderr, "rte_eth_from_rings(%s) failed\n", name);
		return -1;
	}
	snprintf(params, sizeof(params), "port=%d", f->port);
	*state = f;
	return fx_finish(f, params);
}

int
setup_ring(void **state)
{
	return setup_ring_with(state, mp);
}

int
setup_ring_nb(void **state)
{
	return setup_ring_with(state, nb_mp);
}

int
setup_null(void **state)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32], params[64];

	if (f == NULL)
		return -1;
	f->nb_mp = mp;
	snprintf(name, sizeof(name), "net_null_ctl%u", seq++);
	f->port = mpdk_test_vdev(name, NULL);
	if (f->port < 0)
		return -1;
	snprintf(params, sizeof(params), "port=%d", f->port);
	*state = f;
	return fx_finish(f, params);
}

int
teardown(void **state)
{
	struct fx *f = *state;
	uint64_t out, twice, dbl;
	mpdk_status_t st_close = MPDK_STATUS_SUCCESS, st_destroy;
	struct done_rec d = { 0 };
	unsigned int i;

	if (f == NULL)
		return 0;
	/* Whatever a failure left: restart, let the consumer go, drain. */
	if (f->tb != NULL) {
		for (i = 0; i < 100000; i++) {
			enum mpdk_adapter_state s = mpdk_adapter_get_state(f->a);

			if (f->txr != NULL) {
				consumer_take(f, HELD_MAX);
				consumer_free(f, f->n_held);
			}
			if (s == MPDK_ADAPTER_PAUSED && d.calls == 0)
				mpdk_adapter_restart(f->a, on_done, &d);
			if (s == MPDK_ADAPTER_RUNNING && outstanding(f) == 0)
				break;
			poll_or_sleep(f);
		}
		st_close = mpdk_close_adapter(f->tb->binding);
		for (i = 0; i < 100000 && st_close == MPDK_STATUS_PENDING &&
			    __atomic_load_n(&f->tb->close_completed,
					    __ATOMIC_ACQUIRE) == 0; i++)
			poll_or_sleep(f);
	}
	if (f->launched) {
		mpdk_poller_stop(f->p);
		f->launched = false;
	}
	out = f->tb != NULL ? outstanding(f) : 0;
	twice = f->tb != NULL ? f->tb->twice : 0;
	dbl = f->double_final;
	if (f->tb != NULL) {
		tp_deregister(&f->tp);
		tp_binding_free(f->tb);
	}
	if (f->p != NULL)
		mpdk_poller_destroy(f->p);
	st_destroy = f->a != NULL ? mpdk_adapter_destroy(f->a) :
		MPDK_STATUS_SUCCESS;
	if (f->txr != NULL) {
		/* The port is closed; the rings are still ours. */
		struct rte_mbuf *m;

		while (rte_ring_dequeue(f->txr, (void **)&m) == 0)
			rte_pktmbuf_free(m);
		while (rte_ring_dequeue(f->rxr, (void **)&m) == 0)
			rte_pktmbuf_free(m);
		rte_ring_free(f->txr);
		rte_ring_free(f->rxr);
	}
	free(f);
	cur = NULL;
	assert_int_equal(out, 0);
	assert_int_equal(twice, 0);
	assert_int_equal(dbl, 0);
	assert_true(st_close == MPDK_STATUS_SUCCESS ||
		    st_close == MPDK_STATUS_PENDING);
	assert_int_equal(st_destroy, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), pool_full);
	assert_int_equal(rte_mempool_avail_count(mp), mp_full);
	assert_int_equal(rte_mempool_avail_count(nb_mp), nb_mp_full);
	return 0;
}

mpdk_status_t
oid_query(struct fx *f, uint32_t oid, void *buf, uint32_t len,
	  struct mpdk_oid_request *req)
{
	memset(req, 0, sizeof(*req));
	req->type = MPDK_OID_QUERY;
	req->oid = oid;
	req->buf = buf;
	req->buf_len = len;
	return mpdk_oid_request(f->tb->binding, req);
}
