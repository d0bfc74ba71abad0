/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the generic miniport's cancel, reset and pause on net_ring
 * with sends in flight.
 *
 * What it proves:
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
 * Each runs twice: with NBs of a packet pool (held by a reference while
 * the PMD has them) and with NBs of an NB pool (lent to the PMD).
 *
 * The OIDs are tested in test_control_ring.c; the fixtures and helpers
 * are in control_ring_common.c.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_ring.h>

#include "mpdk_test.h"
#include "control_ring_common.h"

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

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return control_ring_group_setup("test_control_ring_load");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_cancel_ring, setup_ring,
						teardown),
		cmocka_unit_test_setup_teardown(test_reset_under_load_ring,
						setup_ring, teardown),
		cmocka_unit_test_setup_teardown(test_pause_under_load_ring,
						setup_ring, teardown),
		cmocka_unit_test_setup_teardown(test_cancel_ring, setup_ring_nb,
						teardown),
		cmocka_unit_test_setup_teardown(test_reset_under_load_ring,
						setup_ring_nb, teardown),
		cmocka_unit_test_setup_teardown(test_pause_under_load_ring,
						setup_ring_nb, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
