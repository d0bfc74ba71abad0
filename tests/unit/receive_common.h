/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef RECEIVE_COMMON_H
#define RECEIVE_COMMON_H

/*
 * What the receive tests share (test_receive.c, test_receive_transfer.c,
 * test_receive_debug.c; code in receive_common.c): the receive-test
 * protocol, whose bindings (struct rb) return, keep, queue or hand to a
 * hook every NBL they receive and count what they see; the fixture (a
 * two-queue mock adapter, its poller, N_PROTO protocols); helpers to poll,
 * queue frames, find and give back held NBLs, and record transfers.
 *
 * The mock checks, for every frame, that it comes back exactly once, with
 * no holder counted by the library (rx_refs == 0), none counted by the
 * tests (holders[]) and no transfer of its own still reading it; the
 * teardown checks every frame came back and every pool is full again.
 */

#include <stdint.h>

#include <rte_mempool.h>
#include <rte_ring.h>
#include <rte_spinlock.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"

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

/* The library's clone pools (there is one per adapter with 2+ bindings),
 * found by name: the test cannot reach the adapter's fields. */
struct clone_walk {
	unsigned int pools;
	unsigned int avail;
	unsigned int size;
};

/* Receivers still holding each frame (counted by the tests). */
extern uint32_t *holders;
extern int in_test_poll;            /* inside poll() on the main thread */
extern struct mpdk_nbl_pool *test_pool; /* NBLs never indicated */
extern struct rte_mempool *test_mp;

/* Xorshift, fixed seeds: reproducible shuffles. */
uint32_t rnd(uint32_t *s);
void shuffle(struct mpdk_nbl **v, unsigned int n, uint32_t *seed);

/* Give NBLs back in the order of v[]: the test's hold ends first. */
void give_back(struct rb *r, struct mpdk_nbl **v, unsigned int n);
/* The same with mpdk_return_nbls_any(): @p v may mix receivers. */
void give_back_any(struct mpdk_nbl **v, unsigned int n);

/* One poll step of the fixture's poller (static: no global symbol that
 * would stand in for poll(2)). */
static inline void
poll(struct fx *f)
{
	in_test_poll = 1;
	mpdk_poller_poll(f->p);
	in_test_poll = 0;
}

static inline void
poll_n(struct fx *f, unsigned int n)
{
	while (n-- > 0)
		poll(f);
}

/* Open a binding of the next protocol in @p mode (enum rb_mode). */
struct rb *bind_rb(struct fx *f, int mode);
struct mpdk_receive_stats rstats(const struct rb *r);
uint64_t ld64(const uint64_t *p);
/* mock_rx_queue() that must succeed; returns the first frame id. */
int64_t queue_frames(struct fx *f, uint16_t q, unsigned int n, uint32_t len,
		     uint32_t flags);
/* Remove and return the NBL @p r holds for frame @p id (NULL if none). */
struct mpdk_nbl *take_id(struct rb *r, uint32_t id);
/* Peek without removing. */
struct mpdk_nbl *peek_id(struct rb *r, uint32_t id);
/* Take every NBL @p r holds into @p out (room for MAX_HELD). */
unsigned int take_all(struct rb *r, struct mpdk_nbl **out);
void give_back_all(struct rb *r);
void give_back_id(struct rb *r, uint32_t id);
/* Number of frame ids in [first, first + n) in state @p s. */
unsigned int count_state(struct fx *f, uint32_t first, unsigned int n,
			 enum mock_rx_state s);
/* The library's clone pools (there is one per adapter with 2+ bindings). */
struct clone_walk clones(void);

/* A transfer of @p len bytes at @p off of @p nbl's frame into a buffer of
 * its own (one guard byte past the end). */
struct xrec *xrec_new(const struct mpdk_nbl *nbl, uint32_t off, uint32_t len);
void xrec_free(struct xrec *x);
/* Bytes of a finished transfer that differ from the frame. */
unsigned int xrec_bad_bytes(const struct xrec *x);

/* Fixture.  Group: EAL (@p name: the program), "mock" and "mock-noxfer",
 * the pools of test_pool / test_mp.  Test: struct fx in *state, on driver
 * "mock" (setup) or "mock-noxfer" (setup_noxfer); the teardown checks. */
int receive_group_setup(const char *name);
int group_teardown(void **state);
int setup(void **state);
int setup_noxfer(void **state);
int teardown(void **state);

#endif /* RECEIVE_COMMON_H */
