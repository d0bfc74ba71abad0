/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the generic miniport's OIDs on net_null and net_ring.
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
 *    filter drives promiscuous mode.
 *
 * Cancel, reset and pause with sends in flight are tested in
 * test_control_ring_load.c; the fixtures and helpers are in
 * control_ring_common.c.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <rte_ethdev.h>
#include <rte_ether.h>

#include "mpdk_test.h"
#include "control_ring_common.h"

/* ------------------------------------------------------------------ */
/* OID helpers.                                                         */

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

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return control_ring_group_setup("test_control_ring");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_stats_null, setup_null, teardown),
		cmocka_unit_test_setup_teardown(test_stats_ring, setup_ring, teardown),
		cmocka_unit_test_setup_teardown(test_oid_table_ring, setup_ring,
						teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
