/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The "responder" sample protocol's driver, on a small miniport of this
 * file's own that indicates frames from its poll handler and captures
 * what is sent: replies go out as one chain on the queue the requests
 * came in on, indicated NBLs go back (not with MPDK_RECEIVE_F_RESOURCES),
 * a refused send is counted, a stop waits for replies in flight, two
 * responders share an adapter, and the counters add up.
 *
 * The core, mpdk_responder_process(), is tested in test_responder.c; the
 * frame builders are in responder_common.c.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <rte_byteorder.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_miniport.h"
#include "mpdk_responder.h"
#include "mpdk_test.h"
#include "responder_common.h"

/* ------------------------------------------------------------------ */
/* The driver, on a miniport of this file's own.                        */

#define RT_MP_NAME "resp_test_mp"
#define RT_QUEUES 2
#define RT_MAX_CAP 32
#define RT_RX_MAX 16

/* The miniport: indicates rx_chain from its queue-0 poll handler,
 * captures every frame sent, completes sends at once (or holds them). */
struct rt_mp {
	struct mpdk_adapter *adapter;
	struct mpdk_nbl *rx[RT_RX_MAX];  /* indicated by the next poll */
	unsigned int rx_n;
	uint32_t rx_flags;
	uint64_t returned;               /* NBLs back through return_nbls */
	uint64_t send_calls;
	bool hold;                       /* keep sent NBLs in held */
	struct mpdk_nbl *held;
	unsigned int n_cap;
	uint16_t cap_queue[RT_MAX_CAP];
	uint32_t cap_len[RT_MAX_CAP];
	uint8_t cap[RT_MAX_CAP][MAX_FRAME];
};

static struct rt_mp rt;
static struct mpdk_miniport_driver *rt_drv;
static struct mpdk_poller *rt_poller;
static struct mpdk_nbl_pool *rt_nbl_pool;  /* indicated NBLs */
static struct rte_mempool *rt_mp_pool;     /* their frames */

static mpdk_status_t
rt_initialize(void *drv_ctx __rte_unused, struct mpdk_adapter *adapter,
	      const struct mpdk_adapter_config *cfg __rte_unused, void **ctx)
{
	struct mpdk_adapter_attrs at = {
		.n_queues = RT_QUEUES,
		.mtu = 1500,
		.max_frame = MAX_FRAME,
	};

	memcpy(at.mac.addr_bytes, us_mac, 6);
	at.perm_mac = at.mac;
	rt.adapter = adapter;
	*ctx = &rt;
	return mpdk_m_set_attributes(adapter, &at);
}

static void
rt_halt(void *ctx __rte_unused)
{
}

static void
rt_send(void *ctx __rte_unused, uint16_t queue, struct mpdk_nbl *chain,
	uint32_t flags __rte_unused)
{
	struct mpdk_nbl *nbl;

	rt.send_calls++;
	MPDK_NBL_FOREACH(nbl, chain) {
		const struct rte_mbuf *nb = nbl->first_nb;

		if (rt.n_cap < RT_MAX_CAP && nb != NULL &&
		    nb->pkt_len <= MAX_FRAME) {
			const void *p = rte_pktmbuf_read(nb, 0, nb->pkt_len,
							 rt.cap[rt.n_cap]);

			if (p != rt.cap[rt.n_cap])
				memcpy(rt.cap[rt.n_cap], p, nb->pkt_len);
			rt.cap_len[rt.n_cap] = nb->pkt_len;
			rt.cap_queue[rt.n_cap] = queue;
			rt.n_cap++;
		}
		nbl->status = MPDK_STATUS_SUCCESS;
	}
	if (rt.hold)
		rt.held = mpdk_nbl_chain_concat(rt.held, chain);
	else
		mpdk_m_send_nbls_complete(rt.adapter, chain, 0);
}

static void
rt_return(void *ctx __rte_unused, struct mpdk_nbl *chain,
	  uint32_t flags __rte_unused)
{
	struct mpdk_nbl *nbl, *tmp;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		rt.returned++;
		mpdk_nbl_free(nbl);
	}
}

static unsigned int
rt_poll(void *ctx __rte_unused, uint16_t queue, unsigned int budget __rte_unused)
{
	struct mpdk_nbl *nbls[RT_RX_MAX];
	unsigned int n = rt.rx_n, i;
	uint32_t flags = rt.rx_flags;

	if (queue != 0 || n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		nbls[i] = rt.rx[i];
		nbls[i]->next = i + 1 < n ? rt.rx[i + 1] : NULL;
	}
	rt.rx_n = 0;
	mpdk_m_indicate_receive_nbls(rt.adapter, nbls[0], 0, n, flags);
	if (flags & MPDK_RECEIVE_F_RESOURCES) /* ours again */
		for (i = 0; i < n; i++)
			mpdk_nbl_free(nbls[i]);
	return n;
}

static const struct mpdk_miniport_ops rt_ops = {
	.name = RT_MP_NAME,
	.initialize = rt_initialize,
	.halt = rt_halt,
	.send_nbls = rt_send,
	.return_nbls = rt_return,
	.poll = rt_poll,
};

/* Queue a frame for the next poll's indication. */
static void
rt_queue_rx(const uint8_t *bytes, uint32_t len)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(rt_nbl_pool);

	assert_non_null(nbl);
	assert_true(rt.rx_n < RT_RX_MAX);
	assert_int_equal(mpdk_nbl_add_copy(nbl, rt_mp_pool, bytes, len, 0),
			 MPDK_STATUS_SUCCESS);
	rt.rx[rt.rx_n++] = nbl;
}

static void
rt_reset(void)
{
	rt.rx_n = 0;
	rt.rx_flags = 0;
	rt.returned = 0;
	rt.send_calls = 0;
	rt.hold = false;
	rt.held = NULL;
	rt.n_cap = 0;
}

/* Are the responders' reply pools (named resp_*) all full? */
static void
pool_full_cb(struct rte_mempool *mp, void *arg)
{
	bool *ok = arg;

	if (strncmp(mp->name, "resp_", 5) == 0 &&
	    rte_mempool_avail_count(mp) != mp->size) {
		printf("  pool %s: %u of %u free\n", mp->name,
		       rte_mempool_avail_count(mp), mp->size);
		*ok = false;
	}
}

static bool
reply_pools_full(void)
{
	bool ok = true;

	rte_mempool_walk(pool_full_cb, &ok);
	return ok;
}

static struct mpdk_responder *
rt_responder(uint32_t ip)
{
	struct mpdk_responder *r = NULL;

	assert_int_equal(mpdk_responder_create(rt.adapter, rte_cpu_to_be_32(ip),
					       &r), MPDK_STATUS_SUCCESS);
	assert_non_null(r);
	return r;
}

static void
rt_stop_free(struct mpdk_responder *r)
{
	mpdk_status_t st = mpdk_responder_stop(r);
	int i;

	assert_true(st == MPDK_STATUS_SUCCESS || st == MPDK_STATUS_PENDING);
	for (i = 0; i < 100 && !mpdk_responder_closed(r); i++)
		mpdk_poller_poll(rt_poller);
	assert_true(mpdk_responder_closed(r));
	assert_true(reply_pools_full());
	assert_int_equal(mpdk_responder_free(r), MPDK_STATUS_SUCCESS);
}

static void
test_driver_answers(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	uint8_t arp[64], echo[MAX_FRAME], junk[60];
	uint32_t arp_len, echo_len;
	int i;

	rt_reset();
	r = rt_responder(US_IP);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.rx_frames, 0);

	arp_len = build_arp_request(arp);
	echo_len = build_echo(echo, 57, 0);
	memset(junk, 0x11, sizeof(junk));   /* ethertype 0x1111 */
	rt_queue_rx(arp, arp_len);
	rt_queue_rx(junk, sizeof(junk));
	rt_queue_rx(echo, echo_len);
	for (i = 0; i < 4; i++)
		mpdk_poller_poll(rt_poller);

	/* Both replies in one send call, on the queue they came in on; the
	 * source MAC is the adapter's (the miniport's attributes). */
	assert_int_equal(rt.send_calls, 1);
	assert_int_equal(rt.n_cap, 2);
	assert_int_equal(rt.cap_queue[0], 0);
	assert_int_equal(rt.cap_len[0], ARP_LEN);
	assert_memory_equal(rt.cap[0], arp_reply_expected, ARP_LEN);
	check_echo_reply(echo, rt.cap[1], rt.cap_len[1]);
	/* The indicated NBLs went back. */
	assert_int_equal(rt.returned, 3);

	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.rx_frames, 3);
	assert_int_equal(st.arp_replies, 1);
	assert_int_equal(st.echo_replies, 1);
	assert_int_equal(st.tx_completed, 2);
	assert_int_equal(st.tx_failed, 0);
	assert_int_equal(st.drops[MPDK_RESP_DROP_ETHERTYPE], 1);
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		if (i != MPDK_RESP_DROP_ETHERTYPE)
			assert_int_equal(st.drops[i], 0);
	assert_int_equal(mpdk_debug_violations(), 0);
	rt_stop_free(r);
}

static void
test_driver_resources(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	uint8_t arp[64];
	int i;

	/* With RESOURCES the NBLs are the miniport's when the handler
	 * returns: the responder must not return them, yet still answer. */
	rt_reset();
	r = rt_responder(US_IP);
	rt_queue_rx(arp, build_arp_request(arp));
	rt_queue_rx(arp, build_arp_request(arp));
	rt.rx_flags = MPDK_RECEIVE_F_RESOURCES;
	for (i = 0; i < 4; i++)
		mpdk_poller_poll(rt_poller);
	assert_int_equal(rt.returned, 0);
	assert_int_equal(rt.n_cap, 2);
	assert_memory_equal(rt.cap[0], arp_reply_expected, ARP_LEN);
	assert_memory_equal(rt.cap[1], arp_reply_expected, ARP_LEN);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.arp_replies, 2);
	assert_int_equal(st.tx_completed, 2);
	assert_int_equal(mpdk_debug_violations(), 0);
	rt_stop_free(r);
}

static void
test_driver_send_refused(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	uint8_t arp[64];

	/* Queue 1 has no poller: a reply sent on it is refused.  (The
	 * indication comes from the test thread for that reason.) */
	rt_reset();
	r = rt_responder(US_IP);
	rt_queue_rx(arp, build_arp_request(arp));
	rt.rx[0]->next = NULL;
	rt.rx_n = 0;
	mpdk_m_indicate_receive_nbls(rt.adapter, rt.rx[0], 1, 1, 0);
	assert_int_equal(rt.send_calls, 0);
	assert_int_equal(rt.returned, 1);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.rx_frames, 1);
	assert_int_equal(st.drops[MPDK_RESP_DROP_SEND_REFUSED], 1);
	assert_int_equal(st.arp_replies, 0);
	assert_true(reply_pools_full());
	rt_stop_free(r);
}

static void
test_driver_stop_drains(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	struct mpdk_nbl *held;
	uint8_t echo[MAX_FRAME];
	int i;

	rt_reset();
	rt.hold = true;
	r = rt_responder(US_IP);
	rt_queue_rx(echo, build_echo(echo, 100, 0));
	mpdk_poller_poll(rt_poller);
	assert_int_equal(rt.n_cap, 1);
	assert_non_null(rt.held);

	/* A reply in flight: the stop pends and the responder stays. */
	assert_int_equal(mpdk_responder_stop(r), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_responder_closed(r), 0);
	assert_int_equal(mpdk_responder_free(r), MPDK_STATUS_BUSY);
	mpdk_poller_poll(rt_poller);
	assert_int_equal(mpdk_responder_closed(r), 0);
	assert_int_equal(mpdk_responder_stop(r), MPDK_STATUS_PENDING);

	/* The miniport lets go, with a failure: counted as such. */
	held = rt.held;
	rt.held = NULL;
	held->status = MPDK_STATUS_RESOURCES;
	mpdk_m_send_nbls_complete(rt.adapter, held, 0);
	for (i = 0; i < 10 && !mpdk_responder_closed(r); i++)
		mpdk_poller_poll(rt_poller);
	assert_int_equal(mpdk_responder_closed(r), 1);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.echo_replies, 1);
	assert_int_equal(st.tx_completed, 0);
	assert_int_equal(st.tx_failed, 1);
	assert_int_equal(mpdk_responder_stop(r), MPDK_STATUS_SUCCESS);
	assert_true(reply_pools_full());
	assert_int_equal(mpdk_responder_free(r), MPDK_STATUS_SUCCESS);
}

static void
test_driver_two_responders(void **state __rte_unused)
{
	struct mpdk_responder_stats s1, s2;
	struct mpdk_responder *r1, *r2;
	uint8_t arp[64];
	int i;

	/* Two addresses on one adapter: each frame reaches both, and only
	 * the owner of the address answers. */
	rt_reset();
	r1 = rt_responder(US_IP);
	r2 = rt_responder(OTHER_IP);
	rt_queue_rx(arp, build_arp_request(arp));
	rt_queue_rx(arp, build_arp(arp, 1, 0x0800, 6, 4, 1, OTHER_IP));
	for (i = 0; i < 4; i++)
		mpdk_poller_poll(rt_poller);
	assert_int_equal(rt.n_cap, 2);
	assert_int_equal(rt.returned, 2);
	assert_int_equal(mpdk_responder_stats_get(r1, &s1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_responder_stats_get(r2, &s2), MPDK_STATUS_SUCCESS);
	assert_int_equal(s1.rx_frames, 2);
	assert_int_equal(s2.rx_frames, 2);
	assert_int_equal(s1.arp_replies, 1);
	assert_int_equal(s2.arp_replies, 1);
	assert_int_equal(s1.drops[MPDK_RESP_DROP_ARP_NOT_FOR_US], 1);
	assert_int_equal(s2.drops[MPDK_RESP_DROP_ARP_NOT_FOR_US], 1);
	/* r2's reply says 198.18.0.3. */
	for (i = 0; i < 2; i++)
		if (rt.cap[i][31] == 3)
			break;
	assert_true(i < 2);
	assert_memory_equal(rt.cap[i] + 22, us_mac, 6);
	rt_stop_free(r1);
	rt_stop_free(r2);
	assert_int_equal(mpdk_debug_violations(), 0);
}

static void
test_driver_bad_args(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r = NULL;

	assert_int_equal(mpdk_responder_create(NULL, rte_cpu_to_be_32(US_IP),
					       &r), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter,
					       rte_cpu_to_be_32(US_IP), NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter, 0, &r),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter,
				rte_cpu_to_be_32(IP4(224, 0, 0, 1)), &r),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter, UINT32_MAX, &r),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(r);
	assert_int_equal(mpdk_responder_stop(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_free(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_closed(NULL), 0);
	assert_int_equal(mpdk_responder_stats_get(NULL, &st),
			 MPDK_STATUS_INVALID_PARAMETER);
	/* A bind of the protocol by hand, without a responder. */
	assert_int_equal(mpdk_bind(mpdk_protocol_find("responder"), rt.adapter,
				   NULL), MPDK_STATUS_INVALID_PARAMETER);
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	struct mpdk_adapter_config cfg = {
		.name = "resp0",
		.n_queues = RT_QUEUES,
		.socket_id = SOCKET_ID_ANY,
	};

	if (mpdk_test_init("test_responder_driver") != 0)
		return -1;
	rt_mp_pool = rte_pktmbuf_pool_create("rt_frames", 255, 0, 0,
					     RTE_MBUF_DEFAULT_BUF_SIZE,
					     SOCKET_ID_ANY);
	rt_nbl_pool = mpdk_nbl_pool_create("rt_nbls", 64, 0, SOCKET_ID_ANY);
	if (rt_mp_pool == NULL || rt_nbl_pool == NULL)
		return -1;
	if (mpdk_protocol_find("responder") == NULL) {
		fprintf(stderr, "the built-in responder protocol is not registered\n");
		return -1;
	}
	if (mpdk_miniport_register(&rt_ops, NULL, &rt_drv) != MPDK_STATUS_SUCCESS ||
	    mpdk_adapter_create(RT_MP_NAME, &cfg, &rt.adapter) !=
	    MPDK_STATUS_SUCCESS)
		return -1;
	if (mpdk_poller_create("resp", 0, &rt_poller) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(rt_poller, rt.adapter, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	int rc = 0;

	if (rt_nbl_pool != NULL &&
	    mpdk_nbl_pool_avail(rt_nbl_pool) != mpdk_nbl_pool_size(rt_nbl_pool)) {
		fprintf(stderr, "indicated NBLs leaked\n");
		rc = -1;
	}
	mpdk_poller_destroy(rt_poller);
	if (rt.adapter != NULL &&
	    mpdk_adapter_destroy(rt.adapter) != MPDK_STATUS_SUCCESS)
		rc = -1;
	if (rt_drv != NULL)
		mpdk_miniport_deregister(rt_drv);
	mpdk_nbl_pool_free(rt_nbl_pool);
	rte_mempool_free(rt_mp_pool);
	mpdk_test_fini();
	return rc;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_driver_answers),
		cmocka_unit_test(test_driver_resources),
		cmocka_unit_test(test_driver_send_refused),
		cmocka_unit_test(test_driver_stop_drains),
		cmocka_unit_test(test_driver_two_responders),
		cmocka_unit_test(test_driver_bad_args),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
