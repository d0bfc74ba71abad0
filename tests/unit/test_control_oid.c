/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * OID requests on the mock miniport (library built with MPDK_DEBUG): one
 * at the miniport at a time, the others queued and completed in
 * submission order, each exactly once; a request answered at once with
 * nothing queued returns its status and gets no callback, one queued
 * behind another always completes through the callback; NDIS's buffer
 * rules (docs/oids.md) through a fake OID table built with the buffer
 * helpers, synchronously and through the callback; refusals on a
 * closing/closed binding and during a reset; a close aborts the binding's
 * queued requests and waits for its pending one.
 *
 * The fixture and helpers of the control-path tests are in
 * control_common.c.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "control_common.h"

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

static int
group_setup(void **state __rte_unused)
{
	return control_group_setup("test_control_oid");
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
	};
#undef T

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
