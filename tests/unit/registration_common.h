/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef REGISTRATION_COMMON_H
#define REGISTRATION_COMMON_H

/*
 * What the registration and poller tests share (test_registration.c,
 * test_poller.c; code in registration_common.c): a miniport whose
 * initialize does what the test asks, a protocol that records what its
 * handlers were given, and a fixture that releases at teardown everything
 * a test made, whatever the test got to, then checks the NBL and mbuf
 * pools are full again.
 */

#include <stdbool.h>
#include <stdint.h>

#include "mock_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"

#define NBL_N 32
#define MBUF_N 63

/* 32 characters: one more than a name may have (MPDK_NAME_LEN - 1). */
#define NAME_TOO_LONG "abcdefghijklmnopqrstuvwxyz012345"
/* 31 characters: the longest name allowed. */
#define NAME_LONGEST "abcdefghijklmnopqrstuvwxyz01234"

/* ------------------------------------------------------------------ */
/* A miniport whose initialize does what the test asks. */

struct drv_rec {
	mpdk_status_t init_status;      /* what initialize returns */
	bool set_attrs;                 /* call mpdk_m_set_attributes() */
	uint16_t attr_queues;           /* queues to set; 0: cfg's (or 1) */
	mpdk_status_t attrs_status;     /* what mpdk_m_set_attributes() said */
	unsigned int init_calls;
	unsigned int halt_calls;
	void *halt_ctx;
	struct mpdk_adapter *adapter;
};

mpdk_status_t fail_initialize(void *driver_ctx,
			      struct mpdk_adapter *adapter,
			      const struct mpdk_adapter_config *cfg,
			      void **adapter_ctx);

/* Only the mandatory handlers (name "minimal"). */
extern const struct mpdk_miniport_ops min_ops;

/* ------------------------------------------------------------------ */
/* A protocol that records what its handlers were given. */

struct rp {
	struct mpdk_protocol_driver *proto;
	int bctx;                       /* its address is the binding context */
	/* bind_adapter */
	unsigned int bind_calls;
	void *bind_proto_ctx;
	struct mpdk_adapter *bind_adapter;
	void *bind_params;
	bool open_on_bind;
	mpdk_status_t bind_ret;
	struct mpdk_binding *binding;
	/* unbind_adapter */
	unsigned int unbind_calls;
	void *unbind_proto_ctx;
	void *unbind_binding_ctx;
	struct mpdk_binding *unbind_binding;
	mpdk_status_t unbind_ret;
	mpdk_status_t close_status;
	/* send_nbls_complete */
	unsigned int complete_calls;
	unsigned int completed;
	/* Poll probes, run once from send_nbls_complete: poll the poller
	 * running the handler (self), or another one (other); both must do
	 * nothing. */
	bool probe_self;
	bool probe_other;
	struct mpdk_poller *self;
	struct mock_adapter *ma;
	unsigned int rec_ret;
	unsigned int rec_poll_calls_before, rec_poll_calls_after;
	unsigned int rec_pending_before, rec_pending_after;
	uint64_t rec_steps_before, rec_steps_after;
	struct mpdk_poller *other;
	struct mock_adapter *other_ma;
	unsigned int other_ret;
	unsigned int other_poll_calls_before, other_poll_calls_after;
	uint64_t other_steps_before, other_steps_after;
};

/* Its ops (name "recorder"; proto_ctx: the struct rp). */
extern const struct mpdk_protocol_ops rp_ops;

/* ------------------------------------------------------------------ */
/* Fixture: everything a test made, released at teardown whatever the test
 * got to; a test that releases an object itself forgets it first. */

#define FX_SLOTS 16

struct fx {
	struct mpdk_miniport_driver *drv[FX_SLOTS];
	struct mpdk_protocol_driver *proto[FX_SLOTS];
	struct mpdk_adapter *ad[FX_SLOTS];
	struct mpdk_poller *pl[FX_SLOTS];
	struct mpdk_binding *b[FX_SLOTS];
	struct test_proto tp[3];
	bool tp_on[3];
	struct tp_binding *tb[3];
	struct drv_rec drec;
	struct rp rp;
};

void track(void **slots, void *obj);
void forget(void **slots, const void *obj);

#define TRACK(f, kind, obj) track((void **)(f)->kind, (obj))
#define FORGET(f, kind, obj) forget((void **)(f)->kind, (obj))

/* Objects the fixture releases at teardown. */
struct mock_adapter *mk_mock(struct fx *f, const char *name,
			     uint16_t n_queues);
struct mpdk_poller *mk_poller(struct fx *f, const char *name);
/* A miniport of @p ops, driver context &f->drec. */
struct mpdk_miniport_driver *mk_miniport(struct fx *f,
					 const struct mpdk_miniport_ops *ops);
/* The recorder protocol, context &f->rp. */
struct mpdk_protocol_driver *mk_recorder(struct fx *f);
/* A 60-byte NBL from the group's pools. */
struct mpdk_nbl *mk_nbl(void);

/* Fixture.  Group: EAL (@p name: the program), "mock", the NBL and mbuf
 * pools.  Test: struct fx in *state. */
int registration_group_setup(const char *name);
int group_teardown(void **state);
int setup(void **state);
int teardown(void **state);

#endif /* REGISTRATION_COMMON_H */
