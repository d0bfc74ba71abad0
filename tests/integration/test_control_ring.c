/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the generic miniport's control path on net_null and
 * net_ring.
 *
 * What it proves:
 *  - statistics OIDs agree with rte_eth_stats_get() after traffic in both
 *    directions (net_null, net_ring): OID_GEN_XMIT_OK == opackets,
 *    RCV_OK == ipackets, errors, no-buffer, bytes, discards; a 4-byte
 *    buffer gives the low 32 bits (bytes_written 4, bytes_needed 8);
 *    OID_MPDK_XSTAT by name agrees with rte_eth_xstats_get_by_id(), an
 *    unknown name is INVALID_DATA;
 *  - the OID table on net_ring (docs/oids.md): the supported list names
 *    every OID mpdk knows; each query answers with a large buffer and
 *    gives BUFFER_TOO_SHORT + bytes_needed one byte short (counters: the
 *    low 32 bits); values; INVALID_OID, NOT_SUPPORTED, INVALID_LENGTH,
 *    INVALID_DATA for the documented cases; the MTU set pends; the packet
 *    filter drives promiscuous mode;
 *  - cancel on net_ring: NBLs with the id still in the TX backlog complete
 *    SEND_ABORTED and never reach the ring; the ones in the ring and the
 *    backlog's others complete SUCCESS once the consumer frees them;
 *  - reset under load on net_ring while the consumer (this test, draining
 *    the TX ring) holds mbufs: the reset completes although the consumer
 *    holds frames; the NBLs whose frames it holds stay outstanding and
 *    complete SUCCESS only once it frees them; backlogged NBLs complete
 *    RESET_IN_PROGRESS and never reach the ring; sends during the reset
 *    are refused RESET_IN_PROGRESS; every accepted NBL completes exactly
 *    once, none is lost;
 *  - pause under load on net_ring with the consumer holding mbufs: the
 *    pause does not complete until the consumer frees them, then it does;
 *    sends are refused PAUSED, frames arriving meanwhile are not
 *    indicated; restart: traffic resumes both ways.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_eth_ring.h>
#include <rte_ethdev.h>
#include <rte_ether.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mpdk_test.h"

#define MAX_IDS 16384u         /* NBL ids per test */
#define TX_RING_SIZE 1024u     /* 1023 frames: the rest waits in the backlog */
#define HELD_MAX 16384u
#define TAG_OFF RTE_ETHER_HDR_LEN
#define WAIT_MS 10000u         /* bounded waits */
#define SETTLE_MS 300u         /* "nothing happens" windows */
#define STATS_NBLS 1000u

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;
static unsigned int pool_full;
static unsigned int mp_full;

struct done_rec {
	int calls;
	mpdk_status_t st;
};

struct fx {
	struct rte_ring *rxr;
	struct rte_ring *txr;
	int port;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	bool launched;
	struct test_proto tp;
	struct tp_binding *tb;
	uint32_t next_id;
	/* Final status + 1 per NBL id, written by the completion handler. */
	uint8_t final[MAX_IDS];
	uint32_t double_final;
	/* The consumer: mbufs taken from the TX ring, not freed yet. */
	struct rte_mbuf *held[HELD_MAX];
	unsigned int n_held;
	uint8_t seen[MAX_IDS];      /* the consumer saw a frame of this id */
	uint64_t refused[MPDK_STATUS__COUNT]; /* sends refused, by status */
	uint64_t accepted;
};

static struct fx *cur;          /* for the completion hook */

static uint64_t
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

static void
on_done(struct mpdk_adapter *a __rte_unused, mpdk_status_t st, void *arg)
{
	struct done_rec *d = arg;

	d->st = st;
	__atomic_store_n(&d->calls, d->calls + 1, __ATOMIC_RELEASE);
}

static int
done_calls(const struct done_rec *d)
{
	return __atomic_load_n(&d->calls, __ATOMIC_ACQUIRE);
}

/* One NBL, one NB of @p len bytes, its id after the Ethernet header. */
static struct mpdk_nbl *
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
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, len, 0),
			 MPDK_STATUS_SUCCESS);
	tp_tag(f->tb, nbl, id);
	return nbl;
}

/* Send a chain of @p n NBLs; returns the status, counting refusals (the
 * refused chain is freed here). */
static mpdk_status_t
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

static uint32_t
frame_id(const struct rte_mbuf *m)
{
	uint32_t id;

	memcpy(&id, rte_pktmbuf_mtod(m, const uint8_t *) + TAG_OFF, sizeof(id));
	return id;
}

/* The consumer takes up to @p max frames from the TX ring and holds them. */
static unsigned int
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
static void
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
static void
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

static uint64_t
outstanding(struct fx *f)
{
	return tp_outstanding(f->tb);
}

static uint64_t
rx_count(struct fx *f)
{
	return __atomic_load_n(&f->tb->rx_nbls, __ATOMIC_ACQUIRE);
}

static void
poll_or_sleep(struct fx *f)
{
	if (f->launched)
		usleep(200);
	else
		mpdk_poller_poll(f->p);
}

#define WAIT_UNTIL(f, cond, ms, what) do {				\
	uint64_t end_ = now_ms() + (ms);				\
	while (!(cond) && now_ms() < end_)				\
		poll_or_sleep(f);					\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u ms", (what),	\
			 #cond, (unsigned int)(ms));			\
} while (0)

static void
wait_ms(struct fx *f, unsigned int ms)
{
	uint64_t end = now_ms() + ms;

	while (now_ms() < end)
		poll_or_sleep(f);
}

/* ------------------------------------------------------------------ */
/* Fixtures.                                                            */

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_control_ring") != 0)
		return -1;
	pool = mpdk_nbl_pool_create("ctlring_nbl", MAX_IDS, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("ctlring_mbuf", 2 * MAX_IDS - 1, 256, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL) {
		fprintf(stderr, "cannot create the pools\n");
		return -1;
	}
	pool_full = mpdk_nbl_pool_avail(pool);
	mp_full = rte_mempool_avail_count(mp);
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
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
setup_ring(void **state)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32], params[64];

	if (f == NULL)
		return -1;
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

static int
setup_null(void **state)
{
	static unsigned int seq;
	struct fx *f = calloc(1, sizeof(*f));
	char name[32], params[64];

	if (f == NULL)
		return -1;
	snprintf(name, sizeof(name), "net_null_ctl%u", seq++);
	f->port = mpdk_test_vdev(name, NULL);
	if (f->port < 0)
		return -1;
	snprintf(params, sizeof(params), "port=%d", f->port);
	*state = f;
	return fx_finish(f, params);
}

static int
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
	return 0;
}

/* ------------------------------------------------------------------ */
/* OID helpers.                                                         */

static mpdk_status_t
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

static mpdk_status_t
oid_xstat(struct fx *f, const char *name, uint64_t *v)
{
	struct mpdk_oid_request req;
	uint8_t buf[RTE_ETH_XSTATS_NAME_SIZE + 8];
	mpdk_status_t st;

	memset(&req, 0, sizeof(req));
	memset(buf, 0, sizeof(buf));
	strcpy((char *)buf, name);
	req.type = MPDK_OID_METHOD;
	req.oid = MPDK_OID_MPDK_XSTAT;
	req.buf = buf;
	req.buf_len = sizeof(buf);
	req.input_len = (uint32_t)strlen(name) + 1;
	st = mpdk_oid_request(f->tb->binding, &req);
	if (st == MPDK_STATUS_SUCCESS) {
		assert_int_equal(req.bytes_written, 8);
		memcpy(v, buf, sizeof(*v));
	}
	return st;
}

/* Every statistics OID against rte_eth_stats_get(), nothing polled in
 * between (the poller is driven by this thread). */
static void
check_stats_oids(struct fx *f, const char *pmd)
{
	static const struct {
		uint32_t oid;
		const char *name;
	} oids[] = {
		{ MPDK_OID_GEN_XMIT_OK, "XMIT_OK" },
		{ MPDK_OID_GEN_RCV_OK, "RCV_OK" },
		{ MPDK_OID_GEN_XMIT_ERROR, "XMIT_ERROR" },
		{ MPDK_OID_GEN_RCV_ERROR, "RCV_ERROR" },
		{ MPDK_OID_GEN_RCV_NO_BUFFER, "RCV_NO_BUFFER" },
		{ MPDK_OID_GEN_BYTES_RCV, "BYTES_RCV" },
		{ MPDK_OID_GEN_BYTES_XMIT, "BYTES_XMIT" },
		{ MPDK_OID_GEN_RCV_DISCARDS, "RCV_DISCARDS" },
	};
	static const char *const xstats[] = {
		"rx_good_packets", "tx_good_packets", "rx_good_bytes",
		"tx_good_bytes", "rx_errors", "tx_errors",
	};
	struct rte_eth_stats es;
	struct mpdk_oid_request req;
	uint64_t v8, want, xv, xid;
	uint32_t v4;
	unsigned int i;

	assert_false(f->launched);
	for (i = 0; i < RTE_DIM(oids); i++) {
		assert_int_equal(oid_query(f, oids[i].oid, &v8, 8, &req),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(req.bytes_written, 8);
		assert_int_equal(oid_query(f, oids[i].oid, &v4, 4, &req),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(req.bytes_written, 4);
		assert_int_equal(req.bytes_needed, 8);
		assert_int_equal(rte_eth_stats_get(f->port, &es), 0);
		switch (oids[i].oid) {
		case MPDK_OID_GEN_XMIT_OK: want = es.opackets; break;
		case MPDK_OID_GEN_RCV_OK: want = es.ipackets; break;
		case MPDK_OID_GEN_XMIT_ERROR: want = es.oerrors; break;
		case MPDK_OID_GEN_RCV_ERROR: want = es.ierrors; break;
		case MPDK_OID_GEN_RCV_NO_BUFFER: want = es.rx_nombuf; break;
		case MPDK_OID_GEN_BYTES_RCV: want = es.ibytes; break;
		case MPDK_OID_GEN_BYTES_XMIT: want = es.obytes; break;
		default: want = es.ierrors + es.rx_nombuf + es.imissed; break;
		}
		print_message("%s: OID_GEN_%s = %" PRIu64 " (4-byte: %u), rte_eth_stats: %" PRIu64 "\n",
			      pmd, oids[i].name, v8, v4, want);
		if (v8 != want || v4 != (uint32_t)want)
			fail_msg("%s: OID_GEN_%s %" PRIu64 " / %u (4 bytes), rte_eth_stats_get says %" PRIu64,
				 pmd, oids[i].name, v8, v4, want);
		/* Too short for even the low half. */
		assert_int_equal(oid_query(f, oids[i].oid, &v4, 3, &req),
				 MPDK_STATUS_BUFFER_TOO_SHORT);
		assert_int_equal(req.bytes_needed, 8);
		assert_int_equal(req.bytes_written, 0);
	}
	for (i = 0; i < RTE_DIM(xstats); i++) {
		assert_int_equal(oid_xstat(f, xstats[i], &v8), MPDK_STATUS_SUCCESS);
		assert_int_equal(rte_eth_xstats_get_id_by_name(f->port, xstats[i],
							       &xid), 0);
		assert_int_equal(rte_eth_xstats_get_by_id(f->port, &xid, &xv, 1), 1);
		print_message("%s: xstat %s = %" PRIu64 " (rte_eth_xstats_get_by_id %" PRIu64 ")\n",
			      pmd, xstats[i], v8, xv);
		if (v8 != xv)
			fail_msg("%s: OID_MPDK_XSTAT %s %" PRIu64 ", rte_eth_xstats_get_by_id %" PRIu64,
				 pmd, xstats[i], v8, xv);
	}
	assert_int_equal(oid_xstat(f, "no_such_counter", &v8),
			 MPDK_STATUS_INVALID_DATA);
}

/* Traffic both ways, then the OIDs.  @p ring: the test drains the TX ring
 * and feeds the RX ring; net_null does both itself. */
static void
stats_run(struct fx *f, bool ring, const char *pmd)
{
	struct rte_eth_stats es;
	uint64_t want_tx = 0, want_txb = 0;
	unsigned int i, rx_fed = 0;
	struct mpdk_oid_request req;
	uint64_t v8;

	for (i = 0; i < STATS_NBLS / 10; i++) {
		uint32_t first = f->next_id;
		unsigned int k;

		assert_int_equal(send_chain(f, 10), MPDK_STATUS_PENDING);
		for (k = 0; k < 10; k++)
			want_txb += 64 + ((first + k) * 37) % 1000;
		want_tx += 10;
		if (ring && i % 10 == 0 && rx_fed < 500) {
			rx_inject(f, 50);
			rx_fed += 50;
		}
		mpdk_poller_poll(f->p);
		if (ring) {
			consumer_take(f, HELD_MAX);
			consumer_free(f, f->n_held);
		}
	}
	WAIT_UNTIL(f, (ring ? (consumer_take(f, HELD_MAX), consumer_free(f, f->n_held), 1) : 1) &&
		   outstanding(f) == 0 && (!ring || rx_count(f) == rx_fed),
		   WAIT_MS, "traffic done");
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], STATS_NBLS);
	assert_true(rx_count(f) > 0);

	check_stats_oids(f, pmd);
	/* The PMD counted what mpdk sent. */
	assert_int_equal(rte_eth_stats_get(f->port, &es), 0);
	assert_int_equal(oid_query(f, MPDK_OID_GEN_XMIT_OK, &v8, 8, &req),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(v8, want_tx);
	if (ring)
		assert_int_equal(es.ipackets, rx_fed);
	print_message("%s: sent %" PRIu64 " frames (%" PRIu64 " bytes), received %" PRIu64 "\n",
		      pmd, want_tx, want_txb, rx_count(f));
}

static void
test_stats_null(void **state)
{
	stats_run(*state, false, "net_null");
}

static void
test_stats_ring(void **state)
{
	stats_run(*state, true, "net_ring");
}

/* ------------------------------------------------------------------ */
/* The generic miniport's OID table (docs/oids.md) on net_ring.         */

static bool
is_counter(uint32_t oid)
{
	return (oid & 0xFFFF0000u) == 0x00020000u;
}

/* Submit; a PENDING request is polled for.  Returns the final status. */
static mpdk_status_t
oid_run(struct fx *f, struct mpdk_oid_request *req, enum mpdk_oid_type type,
	uint32_t oid, void *buf, uint32_t len)
{
	mpdk_status_t st;

	memset(req, 0, sizeof(*req));
	req->type = type;
	req->oid = oid;
	req->buf = buf;
	req->buf_len = len;
	req->bytes_written = 777;
	req->bytes_needed = 777;
	st = mpdk_oid_request(f->tb->binding, req);
	if (st == MPDK_STATUS_PENDING) {
		uint64_t n = f->tb->oid_completed;

		WAIT_UNTIL(f, f->tb->oid_completed == n + 1, WAIT_MS,
			   "pended OID");
		st = f->tb->oid_last_status;
		assert_int_equal(req->status, st);
	}
	if (req->bytes_written > len)
		fail_msg("OID 0x%08x: bytes_written %u > buf_len %u", oid,
			 req->bytes_written, len);
	return st;
}

#define EXPECT_OID(f, req, type, oid, buf, len, want) do {		\
	mpdk_status_t st_ = oid_run((f), (req), (type), (oid), (buf), (len)); \
	if (st_ != (want))						\
		fail_msg("%s %s (0x%08x), %u bytes: %s, expected %s",	\
			 (type) == MPDK_OID_QUERY ? "query" :		\
			 (type) == MPDK_OID_SET ? "set" : "method",	\
			 mpdk_oid_name(oid) != NULL ? mpdk_oid_name(oid) : "?", \
			 (oid), (len), mpdk_status_str(st_),		\
			 mpdk_status_str(want));			\
} while (0)

static uint32_t
q_u32(struct fx *f, uint32_t oid)
{
	struct mpdk_oid_request req;
	uint32_t v = 0;

	EXPECT_OID(f, &req, MPDK_OID_QUERY, oid, &v, 4, MPDK_STATUS_SUCCESS);
	assert_int_equal(req.bytes_written, 4);
	return v;
}

/* Every OID of the table answers a query by the buffer rules: a large
 * buffer gets the value, one byte less gets BUFFER_TOO_SHORT with
 * bytes_needed (or, for statistics counters, the low 32 bits). */
static void
test_oid_table_ring(void **state)
{
	struct fx *f = *state;
	struct mpdk_oid_request req;
	uint32_t list[64], known = 0, n_list, i, j, v32;
	uint8_t big[256], mcl[33 * 6];
	struct rte_eth_link link;
	uint16_t mtu = 0, v16 = 0;
	uint64_t v64;
	char text[256];

	/* The supported list names every OID mpdk knows (docs/oids.md). */
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_GEN_SUPPORTED_LIST, list, 4,
		   MPDK_STATUS_BUFFER_TOO_SHORT);
	assert_int_equal(req.bytes_written, 0);
	n_list = req.bytes_needed / 4;
	assert_true(n_list > 1 && n_list <= RTE_DIM(list));
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_GEN_SUPPORTED_LIST, list,
		   sizeof(list), MPDK_STATUS_SUCCESS);
	assert_int_equal(req.bytes_written, n_list * 4);
	while (mpdk_oid_known(known) != 0)
		known++;
	for (i = 0; i < known; i++) {
		for (j = 0; j < n_list && list[j] != mpdk_oid_known(i); j++)
			;
		if (j == n_list)
			fail_msg("%s missing from OID_GEN_SUPPORTED_LIST",
				 mpdk_oid_name(mpdk_oid_known(i)));
	}
	assert_int_equal(n_list, known);

	for (i = 0; i < n_list; i++) {
		uint32_t oid = list[i], n;

		if (oid == MPDK_OID_MPDK_XSTAT) {
			/* A method: not a query. */
			EXPECT_OID(f, &req, MPDK_OID_QUERY, oid, big, sizeof(big),
				   MPDK_STATUS_NOT_SUPPORTED);
			continue;
		}
		EXPECT_OID(f, &req, MPDK_OID_QUERY, oid, big, sizeof(big),
			   MPDK_STATUS_SUCCESS);
		n = req.bytes_written;
		assert_int_equal(req.bytes_needed, 0);
		if (n == 0)
			continue;   /* an empty multicast list */
		EXPECT_OID(f, &req, MPDK_OID_QUERY, oid, big, n - 1,
			   is_counter(oid) ? MPDK_STATUS_SUCCESS :
			   MPDK_STATUS_BUFFER_TOO_SHORT);
		if (is_counter(oid)) {
			assert_int_equal(req.bytes_written, 4);
			assert_int_equal(req.bytes_needed, 8);
		} else {
			if (req.bytes_written != 0 || req.bytes_needed != n)
				fail_msg("%s into %u bytes: written %u, needed %u (expected 0, %u)",
					 mpdk_oid_name(oid), n - 1, req.bytes_written,
					 req.bytes_needed, n);
		}
		EXPECT_OID(f, &req, MPDK_OID_QUERY, oid, NULL, 0,
			   MPDK_STATUS_BUFFER_TOO_SHORT);
		assert_int_equal(req.bytes_needed, is_counter(oid) ? 8 : n);
	}

	/* Values (docs/oids.md). */
	assert_int_equal(rte_eth_dev_get_mtu(f->port, &mtu), 0);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE), mtu);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MAXIMUM_TOTAL_SIZE), mtu + 14u);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MAXIMUM_LOOKAHEAD), mtu);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_CURRENT_LOOKAHEAD), mtu);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_HARDWARE_STATUS), 0);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MEDIA_SUPPORTED), 0);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MEDIA_IN_USE), 0);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_VENDOR_DRIVER_VERSION), 0x100);
	assert_int_equal(q_u32(f, MPDK_OID_802_3_MAXIMUM_LIST_SIZE), 32);
	assert_int_equal(q_u32(f, MPDK_OID_MPDK_TX_QUEUE_COUNT), 1);
	assert_int_equal(q_u32(f, MPDK_OID_MPDK_RX_QUEUE_COUNT), 1);
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_GEN_DRIVER_VERSION, &v16, 2,
		   MPDK_STATUS_SUCCESS);
	assert_int_equal(v16, 0x0600);
	assert_int_equal(rte_eth_link_get_nowait(f->port, &link), 0);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MEDIA_CONNECT_STATUS),
			 link.link_status == RTE_ETH_LINK_UP ? 0 : 1);
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_GEN_MAX_LINK_SPEED, &v64, 8,
		   MPDK_STATUS_SUCCESS);
	assert_true(v64 == (uint64_t)link.link_speed * 1000000);
	v32 = q_u32(f, MPDK_OID_GEN_LINK_SPEED);
	assert_true(v32 == (uint32_t)RTE_MIN(v64 / 100, (uint64_t)UINT32_MAX));
	memset(text, 0, sizeof(text));
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_MPDK_DRIVER_NAME, text,
		   sizeof(text) - 1, MPDK_STATUS_SUCCESS);
	assert_string_equal(text, "net_ring");
	assert_int_equal(req.bytes_written, strlen("net_ring") + 1);
	memset(text, 0, sizeof(text));
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_GEN_VENDOR_DESCRIPTION, text,
		   sizeof(text) - 1, MPDK_STATUS_SUCCESS);
	assert_string_equal(text, "mpdk generic ethdev miniport over net_ring");

	/* Unknown OIDs; known ones the wrong way. */
	EXPECT_OID(f, &req, MPDK_OID_QUERY, 0x00ABCDEFu, big, 8, MPDK_STATUS_INVALID_OID);
	EXPECT_OID(f, &req, MPDK_OID_SET, 0x00ABCDEFu, big, 8, MPDK_STATUS_INVALID_OID);
	EXPECT_OID(f, &req, MPDK_OID_METHOD, 0x00ABCDEFu, big, 8, MPDK_STATUS_INVALID_OID);
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_XMIT_OK, big, 8,
		   MPDK_STATUS_NOT_SUPPORTED);
	EXPECT_OID(f, &req, MPDK_OID_METHOD, MPDK_OID_GEN_XMIT_OK, big, 8,
		   MPDK_STATUS_NOT_SUPPORTED);
	/* XSTAT without a name. */
	EXPECT_OID(f, &req, MPDK_OID_METHOD, MPDK_OID_MPDK_XSTAT, big, 8,
		   MPDK_STATUS_INVALID_LENGTH);

	/* Sets: lengths, values. */
	v32 = 1400;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, &v32, 2,
		   MPDK_STATUS_INVALID_LENGTH);
	assert_int_equal(req.bytes_needed, 4);
	v32 = 20;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, &v32, 4,
		   MPDK_STATUS_INVALID_DATA);
	v32 = 70000;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, &v32, 4,
		   MPDK_STATUS_INVALID_DATA);
	memset(big, 0, 6);
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_CURRENT_ADDRESS, big, 5,
		   MPDK_STATUS_INVALID_LENGTH);
	assert_int_equal(req.bytes_needed, 6);
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_CURRENT_ADDRESS, big, 6,
		   MPDK_STATUS_INVALID_DATA);
	big[0] = 0x01;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_CURRENT_ADDRESS, big, 6,
		   MPDK_STATUS_INVALID_DATA);
	v32 = 0x100;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_CURRENT_PACKET_FILTER, &v32, 4,
		   MPDK_STATUS_NOT_SUPPORTED);
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_CURRENT_PACKET_FILTER, &v32, 3,
		   MPDK_STATUS_INVALID_LENGTH);
	/* Multicast list: 7 bytes, 33 addresses, a unicast one, then a good
	 * one (net_ring has no multicast list: NOT_SUPPORTED). */
	for (i = 0; i < 33; i++) {
		static const uint8_t mc[6] = { 0x01, 0x00, 0x5e, 0x00, 0x00, 0x00 };

		memcpy(&mcl[i * 6], mc, 6);
		mcl[i * 6 + 5] = (uint8_t)i;
	}
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_MULTICAST_LIST, mcl, 7,
		   MPDK_STATUS_INVALID_LENGTH);
	assert_int_equal(req.bytes_needed, 12);
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_MULTICAST_LIST, mcl,
		   sizeof(mcl), MPDK_STATUS_INVALID_DATA);
	mcl[6] = 0x02;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_MULTICAST_LIST, mcl, 12,
		   MPDK_STATUS_INVALID_DATA);
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_802_3_MULTICAST_LIST, mcl, 6,
		   MPDK_STATUS_NOT_SUPPORTED);
	EXPECT_OID(f, &req, MPDK_OID_QUERY, MPDK_OID_802_3_MULTICAST_LIST, big,
		   sizeof(big), MPDK_STATUS_SUCCESS);
	assert_int_equal(req.bytes_written, 0);
	/* The MTU set pends (the mpdk control thread); net_ring cannot. */
	v32 = 1400;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, &v32, 4,
		   MPDK_STATUS_NOT_SUPPORTED);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE), mtu);

	/* Packet filter: promiscuous on and off, as ethdev sees it. */
	v32 = MPDK_PACKET_TYPE_DIRECTED | MPDK_PACKET_TYPE_BROADCAST |
	      MPDK_PACKET_TYPE_PROMISCUOUS;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_CURRENT_PACKET_FILTER, &v32, 4,
		   MPDK_STATUS_SUCCESS);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_CURRENT_PACKET_FILTER), v32);
	assert_int_equal(rte_eth_promiscuous_get(f->port), 1);
	v32 = MPDK_PACKET_TYPE_DIRECTED | MPDK_PACKET_TYPE_BROADCAST |
	      MPDK_PACKET_TYPE_MULTICAST;
	EXPECT_OID(f, &req, MPDK_OID_SET, MPDK_OID_GEN_CURRENT_PACKET_FILTER, &v32, 4,
		   MPDK_STATUS_SUCCESS);
	assert_int_equal(q_u32(f, MPDK_OID_GEN_CURRENT_PACKET_FILTER), v32);
	assert_int_equal(rte_eth_promiscuous_get(f->port), 0);
	assert_int_equal(f->tb->oid_completed, 1);   /* only the MTU pended */
}

/* Cancel on net_ring: NBLs with the id still in the TX backlog complete
 * SEND_ABORTED; those the PMD took (in the ring) and the backlog's other
 * NBLs complete normally once the consumer frees them. */
static void
test_cancel_ring(void **state)
{
	struct fx *f = *state;
	uint64_t c = mpdk_cancel_id_generate(), d = mpdk_cancel_id_generate();
	struct mpdk_nbl *nbl;
	uint32_t first_bl, i;
	unsigned int k;

	/* 1023 fill the ring, the rest waits in the backlog. */
	for (i = 0; i < 1023 + 60 + 40; i++) {
		nbl = mk_nbl(f, 60);
		nbl->cancel_id = i < 1023 + 60 ? c : d;
		assert_int_equal(tp_send(f->tb, nbl, 0), MPDK_STATUS_PENDING);
		f->accepted++;
	}
	for (k = 0; k < 100; k++)
		mpdk_poller_poll(f->p);
	assert_int_equal(rte_ring_count(f->txr), 1023);
	assert_int_equal(outstanding(f), 1123);
	first_bl = 1023;
	assert_int_equal(mpdk_cancel_send_nbls(f->tb->binding, c),
			 MPDK_STATUS_SUCCESS);
	WAIT_UNTIL(f, f->tb->by_status[MPDK_STATUS_SEND_ABORTED] == 60, WAIT_MS,
		   "backlogged NBLs cancelled");
	for (k = 0; k < 100; k++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->completed, 60);
	for (i = first_bl; i < first_bl + 60; i++)
		assert_int_equal(f->final[i], MPDK_STATUS_SEND_ABORTED + 1);
	/* The rest goes out when the consumer makes room and frees. */
	WAIT_UNTIL(f, (consumer_take(f, HELD_MAX), consumer_free(f, f->n_held),
		       outstanding(f) == 0), WAIT_MS, "the rest");
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], 1023 + 40);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SEND_ABORTED], 60);
	for (i = 0; i < 1123; i++) {
		bool aborted = f->final[i] == MPDK_STATUS_SEND_ABORTED + 1;

		assert_true(f->final[i] != 0);
		if (aborted == (f->seen[i] != 0))
			fail_msg("NBL %u: %s, %s by the consumer", i,
				 mpdk_status_str(f->final[i] - 1),
				 f->seen[i] ? "seen" : "never seen");
	}
	/* Nothing queued any more: a cancel finds nothing. */
	assert_int_equal(mpdk_cancel_send_nbls(f->tb->binding, d),
			 MPDK_STATUS_SUCCESS);
	for (k = 0; k < 100; k++)
		mpdk_poller_poll(f->p);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SEND_ABORTED], 60);
}

/* ------------------------------------------------------------------ */
/* Reset and pause under load.                                          */

static void
launch(struct fx *f)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);

	assert_true(worker < RTE_MAX_LCORE);
	assert_int_equal(mpdk_poller_launch(f->p, worker), MPDK_STATUS_SUCCESS);
	f->launched = true;
}

/* A reset failed: find which of the settings replayed after it the PMD
 * refuses (ethdev_ctrl.c replay_settings()), for the failure message. */
static void
probe_replay(struct fx *f, const char *st, char *msg, size_t len)
{
	struct mpdk_oid_request req;
	struct rte_ether_addr mac;
	char txt[RTE_ETHER_ADDR_FMT_SIZE];
	uint16_t mtu = 0;
	int r_mac, r_mtu;

	assert_int_equal(oid_query(f, MPDK_OID_802_3_CURRENT_ADDRESS, &mac, 6,
				   &req), MPDK_STATUS_SUCCESS);
	rte_ether_format_addr(txt, sizeof(txt), &mac);
	rte_eth_dev_get_mtu(f->port, &mtu);
	r_mac = rte_eth_dev_default_mac_addr_set(f->port, &mac);
	r_mtu = rte_eth_dev_set_mtu(f->port, mtu);
	snprintf(msg, len, "reset of a net_ring adapter completed %s (expected SUCCESS); replaying its settings by hand: rte_eth_dev_default_mac_addr_set(%s) = %d, rte_eth_dev_set_mtu(%u) = %d",
		 st, txt, r_mac, mtu, r_mtu);
	print_message("%s\n", msg);
}

static void
test_reset_under_load_ring(void **state)
{
	struct fx *f = *state;
	struct done_rec d = { 0 };
	uint32_t held_ids[HELD_MAX];
	unsigned int n_held_ids = 0, i, rounds = 0, after = 0;
	uint64_t out_at_reset, aborted, success, resources;
	char reset_msg[512] = "";
	mpdk_status_t st;

	launch(f);
	/* Load: the ring fills (1023 frames), the rest waits in the backlog;
	 * the consumer takes 300 frames and holds them. */
	for (i = 0; i < 1500 / 10; i++)
		assert_int_equal(send_chain(f, 10), MPDK_STATUS_PENDING);
	WAIT_UNTIL(f, rte_ring_count(f->txr) >= TX_RING_SIZE - 1, WAIT_MS,
		   "TX ring full");
	assert_int_equal(consumer_take(f, 300), 300);
	for (i = 0; i < f->n_held; i++)
		held_ids[n_held_ids++] = frame_id(f->held[i]);
	/* Keep sending while the reset runs, until it is done. */
	out_at_reset = outstanding(f);
	st = mpdk_adapter_reset(f->a, on_done, &d);
	assert_int_equal(st, MPDK_STATUS_PENDING);
	while (done_calls(&d) == 0 && rounds < 1000000) {
		st = send_chain(f, 4);
		if (st != MPDK_STATUS_PENDING &&
		    st != MPDK_STATUS_RESET_IN_PROGRESS)
			fail_msg("send during the reset: %s", mpdk_status_str(st));
		rounds++;
		if (f->next_id > MAX_IDS - 1000)
			break; /* ids are not reused */
		if (st == MPDK_STATUS_RESET_IN_PROGRESS)
			usleep(100);
	}
	WAIT_UNTIL(f, done_calls(&d) == 1, WAIT_MS, "reset done");
	if (d.st != MPDK_STATUS_SUCCESS)
		probe_replay(f, mpdk_status_str(d.st), reset_msg, sizeof(reset_msg));
	print_message("reset done; %" PRIu64 " NBLs outstanding when it started, %" PRIu64 " sends refused RESET_IN_PROGRESS meanwhile\n",
		      out_at_reset, f->refused[MPDK_STATUS_RESET_IN_PROGRESS]);
	/* The reset completed although the consumer holds frames: those
	 * NBLs are still outstanding. */
	wait_ms(f, SETTLE_MS);
	for (i = 0; i < n_held_ids; i++)
		if (__atomic_load_n(&f->final[held_ids[i]], __ATOMIC_ACQUIRE) != 0)
			fail_msg("NBL %u completed (%s) while the consumer still holds its frame",
				 held_ids[i], mpdk_status_str(f->final[held_ids[i]] - 1));
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);

	/* Traffic after the reset. */
	for (i = 0; i < 20; i++) {
		st = send_chain(f, 10);
		if (st != MPDK_STATUS_PENDING)
			fail_msg("send after the reset: %s", mpdk_status_str(st));
		after += 10;
	}
	/* The consumer lets go of everything and drains the ring. */
	WAIT_UNTIL(f, (consumer_take(f, HELD_MAX), consumer_free(f, f->n_held),
		       outstanding(f) == 0), WAIT_MS, "every NBL back");
	wait_ms(f, SETTLE_MS);
	consumer_take(f, HELD_MAX);
	consumer_free(f, f->n_held);

	success = f->tb->by_status[MPDK_STATUS_SUCCESS];
	aborted = f->tb->by_status[MPDK_STATUS_RESET_IN_PROGRESS];
	resources = f->tb->by_status[MPDK_STATUS_RESOURCES];
	print_message("accepted %" PRIu64 ": SUCCESS %" PRIu64 ", RESET_IN_PROGRESS %" PRIu64 ", RESOURCES %" PRIu64 "; refused at submit %" PRIu64 "; %u sent after the reset\n",
		      f->accepted, success, aborted, resources,
		      f->refused[MPDK_STATUS_RESET_IN_PROGRESS], after);
	assert_int_equal(f->tb->completed, f->accepted);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(f->double_final, 0);
	assert_int_equal(success + aborted + resources, f->accepted);
	assert_int_equal(resources, 0);
	/* The backlog held NBLs when the reset came: aborted. */
	assert_true(aborted > 0);
	for (i = 0; i < n_held_ids; i++)
		assert_int_equal(f->final[held_ids[i]], MPDK_STATUS_SUCCESS + 1);
	for (i = 0; i < f->next_id; i++) {
		if (f->final[i] == MPDK_STATUS_RESET_IN_PROGRESS + 1 && f->seen[i])
			fail_msg("NBL %u completed RESET_IN_PROGRESS but its frame reached the ring",
				 i);
		if (f->final[i] == MPDK_STATUS_SUCCESS + 1 && !f->seen[i])
			fail_msg("NBL %u completed SUCCESS but its frame never reached the consumer",
				 i);
	}
	/* Every NBL is accounted for; the reset's own status last. */
	if (reset_msg[0] != '\0')
		fail_msg("%s", reset_msg);
}

static void
test_pause_under_load_ring(void **state)
{
	struct fx *f = *state;
	struct done_rec d = { 0 }, dr = { 0 };
	struct mpdk_oid_request req;
	uint64_t rx0, disc0, disc;
	unsigned int i;

	launch(f);
	for (i = 0; i < 40; i++)
		assert_int_equal(send_chain(f, 10), MPDK_STATUS_PENDING);
	WAIT_UNTIL(f, (consumer_take(f, HELD_MAX), f->n_held == 400), WAIT_MS,
		   "400 frames with the consumer");
	assert_int_equal(mpdk_adapter_pause(f->a, on_done, &d), MPDK_STATUS_PENDING);
	/* New sends: refused with PAUSED. */
	for (i = 0; i < 10; i++)
		assert_int_equal(send_chain(f, 4), MPDK_STATUS_PAUSED);
	wait_ms(f, SETTLE_MS);
	assert_int_equal(done_calls(&d), 0);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSING);
	assert_int_equal(outstanding(f), 400);
	/* Half freed: still pausing. */
	consumer_free(f, 200);
	wait_ms(f, SETTLE_MS);
	assert_int_equal(done_calls(&d), 0);
	assert_int_equal(outstanding(f), 200);
	/* Frames arriving while pausing are not indicated: dropped, and
	 * counted as discards. */
	rx0 = rx_count(f);
	assert_int_equal(oid_query(f, MPDK_OID_GEN_RCV_DISCARDS, &disc0,
				   sizeof(disc0), &req), MPDK_STATUS_SUCCESS);
	rx_inject(f, 16);
	wait_ms(f, SETTLE_MS);
	assert_int_equal(rx_count(f), rx0);
	assert_int_equal(oid_query(f, MPDK_OID_GEN_RCV_DISCARDS, &disc,
				   sizeof(disc), &req), MPDK_STATUS_SUCCESS);
	assert_int_equal(disc, disc0 + 16);
	/* All freed: the pause completes. */
	consumer_free(f, f->n_held);
	WAIT_UNTIL(f, done_calls(&d) == 1, WAIT_MS, "pause done");
	assert_int_equal(d.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_PAUSED);
	assert_int_equal(outstanding(f), 0);
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], 400);
	assert_int_equal(f->refused[MPDK_STATUS_PAUSED], 40);
	wait_ms(f, SETTLE_MS);
	assert_int_equal(rx_count(f), rx0);

	/* Restart: new frames are indicated again, sends resume. */
	assert_int_equal(mpdk_adapter_restart(f->a, on_done, &dr), MPDK_STATUS_PENDING);
	WAIT_UNTIL(f, done_calls(&dr) == 1, WAIT_MS, "restart done");
	assert_int_equal(dr.st, MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_get_state(f->a), MPDK_ADAPTER_RUNNING);
	rx_inject(f, 16);
	WAIT_UNTIL(f, rx_count(f) == rx0 + 16, WAIT_MS, "frames after restart");
	for (i = 0; i < 10; i++)
		assert_int_equal(send_chain(f, 10), MPDK_STATUS_PENDING);
	WAIT_UNTIL(f, (consumer_take(f, HELD_MAX), consumer_free(f, f->n_held),
		       outstanding(f) == 0), WAIT_MS, "sends after restart");
	assert_int_equal(f->tb->by_status[MPDK_STATUS_SUCCESS], 500);
	assert_int_equal(f->tb->twice, 0);
	assert_int_equal(done_calls(&d), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_stats_null, setup_null, teardown),
		cmocka_unit_test_setup_teardown(test_stats_ring, setup_ring, teardown),
		cmocka_unit_test_setup_teardown(test_oid_table_ring, setup_ring,
						teardown),
		cmocka_unit_test_setup_teardown(test_cancel_ring, setup_ring,
						teardown),
		cmocka_unit_test_setup_teardown(test_reset_under_load_ring,
						setup_ring, teardown),
		cmocka_unit_test_setup_teardown(test_pause_under_load_ring,
						setup_ring, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
