/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef CONTROL_RING_COMMON_H
#define CONTROL_RING_COMMON_H

/*
 * What the generic miniport's control-path tests on net_null and net_ring
 * share (test_control_ring.c, test_control_ring_load.c; code in
 * control_ring_common.c): an ethdev adapter on a net_ring port whose TX
 * ring this test drains as the consumer (holding the mbufs it takes until
 * it frees them) and whose RX ring it fills, or on net_null; one
 * test-protocol binding that records each NBL's final status; send, OID
 * and wait helpers.  The teardown restarts and drains whatever a failure
 * left, then checks every NBL completed exactly once and every pool is
 * full again.
 */

#include <stdbool.h>
#include <stdint.h>

#include <rte_ether.h>
#include <rte_mbuf.h>
#include <rte_ring.h>

#include "mpdk_test.h"

#define MAX_IDS 16384u         /* NBL ids per test */
#define TX_RING_SIZE 1024u     /* 1023 frames: the rest waits in the backlog */
#define HELD_MAX 16384u
#define TAG_OFF RTE_ETHER_HDR_LEN
#define WAIT_MS 10000u         /* bounded waits */
#define SETTLE_MS 300u         /* "nothing happens" windows */
#define STATS_NBLS 1000u

struct done_rec {
	int calls;
	mpdk_status_t st;
};

struct fx {
	struct rte_mempool *nb_mp;  /* where sent NBs come from */
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

uint64_t now_ms(void);
/* A reset/pause/restart done callback; arg: a struct done_rec. */
void on_done(struct mpdk_adapter *a, mpdk_status_t st, void *arg);
int done_calls(const struct done_rec *d);
/* One NBL, one NB of @p len bytes, its id after the Ethernet header. */
struct mpdk_nbl *mk_nbl(struct fx *f, uint32_t len);
/* Send a chain of @p n NBLs; returns the status, counting refusals (the
 * refused chain is freed here). */
mpdk_status_t send_chain(struct fx *f, unsigned int n);
uint32_t frame_id(const struct rte_mbuf *m);
/* The consumer takes up to @p max frames from the TX ring and holds them. */
unsigned int consumer_take(struct fx *f, unsigned int max);
/* The consumer frees what it holds (the first @p n, or all). */
void consumer_free(struct fx *f, unsigned int n);
/* Frames for the adapter to receive, through the RX ring. */
void rx_inject(struct fx *f, unsigned int n);
uint64_t outstanding(struct fx *f);
uint64_t rx_count(struct fx *f);
/* A poll step, or a short sleep while the poller runs on its lcore. */
void poll_or_sleep(struct fx *f);

#define WAIT_UNTIL(f, cond, ms, what) do {				\
	uint64_t end_ = now_ms() + (ms);				\
	while (!(cond) && now_ms() < end_)				\
		poll_or_sleep(f);					\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u ms", (what),	\
			 #cond, (unsigned int)(ms));			\
} while (0)

void wait_ms(struct fx *f, unsigned int ms);

/* An OID query of @p oid into @p buf through @p req. */
mpdk_status_t oid_query(struct fx *f, uint32_t oid, void *buf, uint32_t len,
			struct mpdk_oid_request *req);

/* Fixtures.  Group: EAL (@p name: the program), the NBL and mbuf pools.
 * Test: struct fx in *state, on a net_ring port (setup_ring) or net_null
 * (setup_null), sending NBs of a packet pool (held by a reference while
 * the PMD has them), or on net_ring sending NBs of an NB pool (lent:
 * setup_ring_nb). */
int control_ring_group_setup(const char *name);
int group_teardown(void **state);
int setup_ring(void **state);
int setup_ring_nb(void **state);
int setup_null(void **state);
int teardown(void **state);

#endif /* CONTROL_RING_COMMON_H */
