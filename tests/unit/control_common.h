/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef CONTROL_COMMON_H
#define CONTROL_COMMON_H

/*
 * What the control-path tests share (test_control_oid.c,
 * test_control_reset.c, test_control_status.c, test_control_debug.c; code
 * in control_common.c): a one-queue mock adapter with its poller and two
 * test-protocol bindings (a, b; a third one some tests open), an event
 * log of the order in which the bindings' handlers ran, OID requests with
 * their own buffers, done callbacks, send and poll helpers.  The teardown
 * brings the adapter back to running, closes everything, then checks no
 * NBL is outstanding or completed twice, the mock never got two OID
 * requests at once, violations happened only where a test provoked them,
 * and every pool is full again.
 */

#include <stdbool.h>
#include <stdint.h>

#include <rte_spinlock.h>

#include "mock_miniport.h"
#include "mpdk_test.h"

#define FRAME_LEN 64
#define POLL_MAX 100000u      /* poll steps before a bounded wait fails */
#define WAIT_MS 5000u         /* time-bounded waits (hang detection) */
#define HANG_MS 50u           /* hang limit used by the hang tests */
#define SETTLE_MS 300u        /* window proving nothing more arrives */
#define N_SERIAL 101u         /* the first request plus 100 queued */
#define EV_MAX 8192u

/* ------------------------------------------------------------------ */
/* Event log: the order in which handlers ran.                          */

enum ev_kind {
	EV_SEND = 0,     /* an NBL completed (code: its status, id: its id) */
	EV_OID,          /* oid_request_complete (code: status, id: index) */
	EV_STATUS,       /* a status indication (code) */
	EV_DONE,         /* a reset/pause/restart done callback (code) */
};

struct ev {
	enum ev_kind kind;
	int who;         /* binding index, -1 for the adapter */
	int code;
	uint64_t id;
};

extern struct ev evlog[EV_MAX];
extern unsigned int n_ev;

void ev_dump(const char *why);
/* First event of @p kind with @p code (and binding @p who unless -2). */
int ev_find(enum ev_kind kind, int who, int code);

/* ------------------------------------------------------------------ */
/* Bindings, requests, done callbacks.                                  */

struct bctx {
	int idx;
	bool hold_rx;               /* keep indicated NBLs */
	struct mpdk_nbl *held;      /* held receives, linked through next */
	unsigned int n_held;
	struct mpdk_hang_info hang; /* the last HANG_DETECTED buffer */
	uint32_t hang_len;
};

struct oreq {
	struct mpdk_oid_request r;
	uint8_t buf[64];
	unsigned int idx;
	int done;                   /* callbacks */
	mpdk_status_t st;           /* status the callback got */
	int close_done_at_cb;       /* the binding's close had completed */
	struct tp_binding *tb;
};

struct done_rec {
	int calls;
	mpdk_status_t st;
};

struct fx {
	struct mock_adapter *ma;
	struct mpdk_adapter *a;
	struct mpdk_poller *p;
	struct test_proto pa;
	struct test_proto pb;
	struct tp_binding *ba;
	struct tp_binding *bb;
	struct bctx ca;
	struct bctx cb;
	uint64_t viol0;             /* violations expected at the end */
	/* A third protocol some tests bind during the test. */
	struct test_proto pc;
	bool pc_reg;
	struct tp_binding *bc;
	struct bctx cc;
};

/* Order of OID callbacks (indices), for the serialization test. */
extern unsigned int oid_order[N_SERIAL * 2];
extern unsigned int n_oid_order;

/* Index of the binding (bctx idx), -1 without one. */
int who(const struct tp_binding *tb);
/* The binding gives back every receive it holds. */
void return_held(struct tp_binding *tb);
/* A reset/pause/restart done callback; arg: a struct done_rec. */
void on_done(struct mpdk_adapter *a, mpdk_status_t st, void *arg);
void oreq_init(struct oreq *o, unsigned int idx, enum mpdk_oid_type type,
	       uint32_t oid, uint32_t buf_len);
mpdk_status_t oreq_submit(struct oreq *o, struct tp_binding *tb);
uint32_t buf_u32(const struct oreq *o);
uint64_t buf_u64(const struct oreq *o);
/* One NBL of FRAME_LEN bytes, id @p id in protocol_reserved[0]. */
struct mpdk_nbl *mk_nbl(uint32_t id, uint64_t cancel_id);
/* Send NBLs first..first+n-1, each alone, all accepted. */
void send_n(struct tp_binding *tb, uint32_t first, unsigned int n,
	    uint64_t cancel_id);
/* A send the adapter must refuse with @p want: no completion follows. */
void send_refused(struct tp_binding *tb, uint32_t id, mpdk_status_t want);
void poll_n(struct fx *f, unsigned int n);

#define POLL_UNTIL(f, cond, what) do {					\
	unsigned int i_;						\
	for (i_ = 0; i_ < POLL_MAX && !(cond); i_++)			\
		mpdk_poller_poll((f)->p);				\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u poll steps",	\
			 (what), #cond, POLL_MAX);			\
} while (0)

uint64_t now_ms(void);

/* Poll (with short sleeps) until @p cond or @p ms milliseconds. */
#define WAIT_UNTIL(f, cond, ms, what) do {				\
	uint64_t end_ = now_ms() + (ms);				\
	while (!(cond) && now_ms() < end_) {				\
		mpdk_poller_poll((f)->p);				\
		usleep(200);						\
	}								\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u ms", (what),	\
			 #cond, (unsigned int)(ms));			\
} while (0)

/* Poll for @p ms milliseconds. */
void poll_for_ms(struct fx *f, unsigned int ms);
uint64_t nstatus(const struct tp_binding *tb, mpdk_status_t code);
struct mpdk_adapter_stats astats(const struct fx *f);

/* Fixture.  Group: EAL (@p name: the program), "mock" and "mock-noctl",
 * the NBL and mbuf pools.  Test: struct fx in *state. */
int control_group_setup(const char *name);
int group_teardown(void **state);
/* The handlers of the fixture's bindings, context @p c, index @p idx. */
void hook_binding(struct tp_binding *tb, struct bctx *c, int idx);
int setup(void **state);
int teardown(void **state);

#endif /* CONTROL_COMMON_H */
