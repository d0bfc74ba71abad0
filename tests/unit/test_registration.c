/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Registration errors and object lifecycles: miniport and protocol
 * registration refuse bad characteristics (NULL, bad names, each mandatory
 * handler missing) and duplicates, and deregistration refuses while
 * adapters or bindings live; adapter creation reports the right status for
 * each bad input and for a failing or careless initialize handler, and
 * leaves no adapter behind; adapter names, given or picked, are unique; an
 * adapter with a binding or a polled queue cannot be destroyed; pollers
 * own queues exclusively (all-or-nothing for MPDK_ALL_QUEUES), refuse
 * changes while launched and refuse nested poll steps; bind/unbind reach
 * the protocol's handlers; the binding table of an adapter is bounded;
 * every status code has its name.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"

#define NBL_N 32
#define MBUF_N 63

/* 32 characters: one more than a name may have (MPDK_NAME_LEN - 1). */
#define NAME_TOO_LONG "abcdefghijklmnopqrstuvwxyz012345"
/* 31 characters: the longest name allowed. */
#define NAME_LONGEST "abcdefghijklmnopqrstuvwxyz01234"

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;

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

static mpdk_status_t
rec_initialize(void *driver_ctx, struct mpdk_adapter *adapter,
	       const struct mpdk_adapter_config *cfg, void **adapter_ctx)
{
	struct drv_rec *d = driver_ctx;
	struct mpdk_adapter_attrs attrs = { .mtu = 1500, .max_frame = 1514 };

	d->init_calls++;
	d->adapter = adapter;
	if (d->set_attrs) {
		attrs.n_queues = d->attr_queues != 0 ? d->attr_queues :
			(cfg->n_queues != 0 ? cfg->n_queues : 1);
		d->attrs_status = mpdk_m_set_attributes(adapter, &attrs);
	}
	*adapter_ctx = d;
	return d->init_status;
}

static mpdk_status_t
fail_initialize(void *driver_ctx __rte_unused,
		struct mpdk_adapter *adapter __rte_unused,
		const struct mpdk_adapter_config *cfg __rte_unused,
		void **adapter_ctx __rte_unused)
{
	return MPDK_STATUS_FAILURE;
}

static void
rec_halt(void *ctx)
{
	struct drv_rec *d = ctx;

	d->halt_calls++;
	d->halt_ctx = ctx;
}

static void
rec_send(void *ctx, uint16_t queue __rte_unused, struct mpdk_nbl *chain,
	 uint32_t flags __rte_unused)
{
	struct drv_rec *d = ctx;
	struct mpdk_nbl *nbl;

	MPDK_NBL_FOREACH(nbl, chain)
		nbl->status = MPDK_STATUS_SUCCESS;
	mpdk_m_send_nbls_complete(d->adapter, chain, 0);
}

static void
rec_return(void *ctx __rte_unused, struct mpdk_nbl *chain __rte_unused,
	   uint32_t flags __rte_unused)
{
}

/* Only the mandatory handlers. */
static const struct mpdk_miniport_ops min_ops = {
	.name = "minimal",
	.initialize = rec_initialize,
	.halt = rec_halt,
	.send_nbls = rec_send,
	.return_nbls = rec_return,
};

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

static mpdk_status_t
rp_bind(void *proto_ctx, struct mpdk_adapter *adapter, void *bind_params)
{
	struct rp *r = proto_ctx;
	mpdk_status_t st;

	r->bind_calls++;
	r->bind_proto_ctx = proto_ctx;
	r->bind_adapter = adapter;
	r->bind_params = bind_params;
	if (r->open_on_bind) {
		st = mpdk_open_adapter(r->proto, adapter, &r->bctx, &r->binding);
		if (st != MPDK_STATUS_SUCCESS)
			return st;
	}
	return r->bind_ret;
}

static mpdk_status_t
rp_unbind(void *proto_ctx, void *binding_ctx, struct mpdk_binding *binding)
{
	struct rp *r = proto_ctx;

	r->unbind_calls++;
	r->unbind_proto_ctx = proto_ctx;
	r->unbind_binding_ctx = binding_ctx;
	r->unbind_binding = binding;
	r->close_status = mpdk_close_adapter(binding);
	return r->unbind_ret;
}

static void
rp_probe_self(struct rp *r)
{
	struct mpdk_poller_stats ps;

	r->probe_self = false;
	/* Work is waiting on the queue: a recursive step would reap it. */
	r->rec_pending_before = r->ma->n_pending;
	r->rec_poll_calls_before = r->ma->poll_calls;
	r->ma->complete_in_poll = true;
	mpdk_poller_stats_get(r->self, &ps);
	r->rec_steps_before = ps.steps;
	r->rec_ret = mpdk_poller_poll(r->self);
	mpdk_poller_stats_get(r->self, &ps);
	r->rec_steps_after = ps.steps;
	r->ma->complete_in_poll = false;
	r->rec_pending_after = r->ma->n_pending;
	r->rec_poll_calls_after = r->ma->poll_calls;
}

static void
rp_probe_other(struct rp *r)
{
	struct mpdk_poller_stats ps;

	r->probe_other = false;
	r->other_poll_calls_before = r->other_ma->poll_calls;
	mpdk_poller_stats_get(r->other, &ps);
	r->other_steps_before = ps.steps;
	r->other_ret = mpdk_poller_poll(r->other);
	mpdk_poller_stats_get(r->other, &ps);
	r->other_steps_after = ps.steps;
	r->other_poll_calls_after = r->other_ma->poll_calls;
}

static void
rp_send_complete(void *binding_ctx, struct mpdk_nbl *chain,
		 uint32_t flags __rte_unused)
{
	struct rp *r = container_of(binding_ctx, struct rp, bctx);

	r->complete_calls++;
	r->completed += mpdk_nbl_chain_count(chain);
	if (r->probe_self)
		rp_probe_self(r);
	if (r->probe_other)
		rp_probe_other(r);
	mpdk_nbl_free_chain(chain);
}

static void
rp_receive(void *binding_ctx __rte_unused, struct mpdk_nbl *chain __rte_unused,
	   uint16_t queue __rte_unused, uint32_t n __rte_unused,
	   uint32_t flags __rte_unused)
{
}

static const struct mpdk_protocol_ops rp_ops = {
	.name = "recorder",
	.bind_adapter = rp_bind,
	.unbind_adapter = rp_unbind,
	.send_nbls_complete = rp_send_complete,
	.receive_nbls = rp_receive,
};

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

static void
track(void **slots, void *obj)
{
	unsigned int i;

	for (i = 0; i < FX_SLOTS; i++) {
		if (slots[i] == NULL) {
			slots[i] = obj;
			return;
		}
	}
	fail_msg("fixture full");
}

static void
forget(void **slots, const void *obj)
{
	unsigned int i;

	for (i = 0; i < FX_SLOTS; i++)
		if (slots[i] == obj)
			slots[i] = NULL;
}

#define TRACK(f, kind, obj) track((void **)(f)->kind, (obj))
#define FORGET(f, kind, obj) forget((void **)(f)->kind, (obj))

static struct mock_adapter *
mk_mock(struct fx *f, const char *name, uint16_t n_queues)
{
	struct mock_adapter *ma = mock_adapter_create(name, n_queues);

	assert_non_null(ma);
	TRACK(f, ad, ma->adapter);
	return ma;
}

static struct mpdk_poller *
mk_poller(struct fx *f, const char *name)
{
	struct mpdk_poller *p = NULL;

	assert_int_equal(mpdk_poller_create(name, 0, &p), MPDK_STATUS_SUCCESS);
	assert_non_null(p);
	TRACK(f, pl, p);
	return p;
}

static struct mpdk_miniport_driver *
mk_miniport(struct fx *f, const struct mpdk_miniport_ops *ops)
{
	struct mpdk_miniport_driver *drv = NULL;

	assert_int_equal(mpdk_miniport_register(ops, &f->drec, &drv),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(drv);
	TRACK(f, drv, drv);
	return drv;
}

static struct mpdk_protocol_driver *
mk_recorder(struct fx *f)
{
	assert_int_equal(mpdk_protocol_register(&rp_ops, &f->rp, &f->rp.proto),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(f->rp.proto);
	TRACK(f, proto, f->rp.proto);
	return f->rp.proto;
}

static struct mpdk_nbl *
mk_nbl(void)
{
	static const uint8_t frame[60] = { 0x02 };
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	return nbl;
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_registration") != 0 || mock_register() != 0)
		return -1;
	pool = mpdk_nbl_pool_create("reg_nbl", NBL_N, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("reg_mbuf", MBUF_N, 0, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL)
		return -1;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	mock_deregister();
	mpdk_test_fini();
	return 0;
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	unsigned int i;

	for (i = 0; i < FX_SLOTS; i++) {
		if (f->pl[i] == NULL)
			continue;
		mpdk_poller_stop(f->pl[i]);     /* INVALID_PARAMETER if idle */
		assert_int_equal(mpdk_poller_destroy(f->pl[i]),
				 MPDK_STATUS_SUCCESS);
	}
	for (i = 0; i < FX_SLOTS; i++)
		if (f->b[i] != NULL && mpdk_binding_is_open(f->b[i]))
			assert_int_equal(mpdk_close_adapter(f->b[i]),
					 MPDK_STATUS_SUCCESS);
	for (i = 0; i < RTE_DIM(f->tb); i++)
		if (f->tb[i] != NULL && mpdk_binding_is_open(f->tb[i]->binding))
			assert_int_equal(mpdk_close_adapter(f->tb[i]->binding),
					 MPDK_STATUS_SUCCESS);
	for (i = 0; i < FX_SLOTS; i++)
		if (f->proto[i] != NULL)
			assert_int_equal(mpdk_protocol_deregister(f->proto[i]),
					 MPDK_STATUS_SUCCESS);
	for (i = 0; i < RTE_DIM(f->tp); i++) {
		if (f->tp_on[i])
			tp_deregister(&f->tp[i]);
		tp_binding_free(f->tb[i]);
	}
	for (i = 0; i < FX_SLOTS; i++)
		if (f->ad[i] != NULL)
			assert_int_equal(mpdk_adapter_destroy(f->ad[i]),
					 MPDK_STATUS_SUCCESS);
	for (i = 0; i < FX_SLOTS; i++)
		if (f->drv[i] != NULL)
			assert_int_equal(mpdk_miniport_deregister(f->drv[i]),
					 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), NBL_N);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);
	free(f);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Miniport registration. */

static void
expect_miniport_refused(const struct mpdk_miniport_ops *ops)
{
	struct mpdk_miniport_driver *drv = NULL;
	struct mpdk_adapter_config cfg = { .name = "refused", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_adapter *a = NULL;

	assert_int_equal(mpdk_miniport_register(ops, NULL, &drv),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(drv);
	/* Not registered: no adapter can be made of it. */
	if (ops->name != NULL)
		assert_int_equal(mpdk_adapter_create(ops->name, &cfg, &a),
				 MPDK_STATUS_NOT_FOUND);
}

/* NULL ops or out, a missing, empty or too long name, and each mandatory
 * handler missing in turn: INVALID_PARAMETER and nothing registered. */
static void
test_miniport_register_errors(void **state __rte_unused)
{
	struct mpdk_miniport_driver *drv = NULL;
	struct mpdk_miniport_ops ops;

	assert_int_equal(mpdk_miniport_register(NULL, NULL, &drv),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_miniport_register(&min_ops, NULL, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(drv);

	ops = min_ops;
	ops.name = NULL;
	expect_miniport_refused(&ops);
	ops.name = "";
	expect_miniport_refused(&ops);
	ops.name = NAME_TOO_LONG;
	expect_miniport_refused(&ops);

	ops = min_ops;
	ops.initialize = NULL;
	expect_miniport_refused(&ops);
	ops = min_ops;
	ops.halt = NULL;
	expect_miniport_refused(&ops);
	ops = min_ops;
	ops.send_nbls = NULL;
	expect_miniport_refused(&ops);
	ops = min_ops;
	ops.return_nbls = NULL;
	expect_miniport_refused(&ops);
}

/* Mandatory handlers only: registers, makes working adapters (the ops
 * table and the name are copied); a second driver of the same name is
 * refused; deregister waits for the last adapter. */
static void
test_miniport_lifecycle(void **state)
{
	struct fx *f = *state;
	struct mpdk_miniport_ops ops = min_ops, dup = min_ops;
	struct mpdk_adapter_config cfg = { .name = "min0", .n_queues = 2,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_driver *drv, *drv2 = NULL;
	struct mpdk_adapter_attrs attrs;
	struct mpdk_adapter *a = NULL;
	char name[MPDK_NAME_LEN];

	snprintf(name, sizeof(name), "%s", NAME_LONGEST);
	ops.name = name;
	f->drec.set_attrs = true;
	drv = mk_miniport(f, &ops);
	/* The library keeps its own copy of the table and of the name. */
	ops.initialize = fail_initialize;
	memset(name, 'x', sizeof(name) - 1);

	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(a);
	assert_int_equal(f->drec.init_calls, 1);
	assert_ptr_equal(mpdk_adapter_find("min0"), a);
	assert_string_equal(mpdk_adapter_name(a), "min0");
	assert_int_equal(mpdk_adapter_queue_count(a), 2);
	assert_ptr_equal(mpdk_m_adapter_context(a), &f->drec);
	mpdk_m_get_attributes(a, &attrs);
	assert_int_equal(attrs.n_queues, 2);
	assert_int_equal(attrs.mtu, 1500);

	/* Same name twice (and the name of the mock): refused. */
	dup.name = NAME_LONGEST;
	assert_int_equal(mpdk_miniport_register(&dup, NULL, &drv2),
			 MPDK_STATUS_ALREADY_EXISTS);
	dup.name = "mock";
	assert_int_equal(mpdk_miniport_register(&dup, NULL, &drv2),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_null(drv2);

	assert_int_equal(mpdk_miniport_deregister(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_BUSY);
	assert_ptr_equal(mpdk_adapter_find("min0"), a);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_SUCCESS);
	assert_int_equal(f->drec.halt_calls, 1);
	assert_ptr_equal(f->drec.halt_ctx, &f->drec);
	assert_null(mpdk_adapter_find("min0"));
	FORGET(f, drv, drv);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_SUCCESS);
	/* Gone: its name is unknown again, and free to take. */
	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a),
			 MPDK_STATUS_NOT_FOUND);
	dup.name = NAME_LONGEST;
	drv2 = mk_miniport(f, &dup);
	assert_non_null(drv2);
}

/* ------------------------------------------------------------------ */
/* Protocol registration. */

static void
expect_protocol_refused(const struct mpdk_protocol_ops *ops)
{
	struct mpdk_protocol_driver *p = NULL;

	assert_int_equal(mpdk_protocol_register(ops, NULL, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(p);
	if (ops->name != NULL)
		assert_null(mpdk_protocol_find(ops->name));
}

static void
test_protocol_register_errors(void **state __rte_unused)
{
	struct mpdk_protocol_driver *p = NULL;
	struct mpdk_protocol_ops ops;

	assert_int_equal(mpdk_protocol_register(NULL, NULL, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_protocol_register(&rp_ops, NULL, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(p);
	assert_null(mpdk_protocol_find(rp_ops.name));

	ops = rp_ops;
	ops.name = NULL;
	expect_protocol_refused(&ops);
	ops.name = "";
	expect_protocol_refused(&ops);
	ops.name = NAME_TOO_LONG;
	expect_protocol_refused(&ops);

	ops = rp_ops;
	ops.bind_adapter = NULL;
	expect_protocol_refused(&ops);
	ops = rp_ops;
	ops.unbind_adapter = NULL;
	expect_protocol_refused(&ops);
	ops = rp_ops;
	ops.send_nbls_complete = NULL;
	expect_protocol_refused(&ops);
	ops = rp_ops;
	ops.receive_nbls = NULL;
	expect_protocol_refused(&ops);
}

/* Mandatory handlers only: registers and binds; the same name twice is
 * refused; deregister waits for the binding to close. */
static void
test_protocol_lifecycle(void **state)
{
	struct fx *f = *state;
	struct mpdk_protocol_driver *p, *p2 = NULL;
	struct mock_adapter *ma = mk_mock(f, "pl0", 1);

	p = mk_recorder(f);
	assert_ptr_equal(mpdk_protocol_find("recorder"), p);
	assert_int_equal(mpdk_protocol_register(&rp_ops, NULL, &p2),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_null(p2);

	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(p, ma->adapter, NULL), MPDK_STATUS_SUCCESS);
	assert_non_null(f->rp.binding);
	TRACK(f, b, f->rp.binding);
	assert_true(mpdk_binding_is_open(f->rp.binding));

	assert_int_equal(mpdk_protocol_deregister(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_protocol_deregister(p), MPDK_STATUS_BUSY);
	assert_ptr_equal(mpdk_protocol_find("recorder"), p);
	assert_int_equal(mpdk_close_adapter(f->rp.binding), MPDK_STATUS_SUCCESS);
	FORGET(f, b, f->rp.binding);
	FORGET(f, proto, p);
	assert_int_equal(mpdk_protocol_deregister(p), MPDK_STATUS_SUCCESS);
	assert_null(mpdk_protocol_find("recorder"));
}

/* ------------------------------------------------------------------ */
/* Adapters. */

static void
test_adapter_create_errors(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = "ac0", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_adapter *a = NULL, *a2 = NULL;

	assert_int_equal(mpdk_adapter_create(NULL, &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_create("mock", NULL, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_create("mock", &cfg, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_create("no-such-driver", &cfg, &a),
			 MPDK_STATUS_NOT_FOUND);
	cfg.n_queues = MPDK_MAX_QUEUES + 1;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	cfg.n_queues = 1;
	cfg.name = "";
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	cfg.name = NAME_TOO_LONG;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(a);
	assert_null(mpdk_adapter_find("ac0"));

	/* The most queues allowed. */
	cfg.name = "ac0";
	cfg.n_queues = MPDK_MAX_QUEUES;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a);
	assert_int_equal(mpdk_adapter_queue_count(a), MPDK_MAX_QUEUES);

	/* A taken name, even on another driver. */
	cfg.n_queues = 1;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a2),
			 MPDK_STATUS_ALREADY_EXISTS);
	mk_miniport(f, &min_ops);
	f->drec.set_attrs = true;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a2),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_int_equal(f->drec.init_calls, 0);
	assert_null(a2);
	assert_ptr_equal(mpdk_adapter_find("ac0"), a);

	/* No name: the library picks a unique one. */
	cfg.name = NULL;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a2),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a2);
	assert_non_null(mpdk_adapter_name(a2));
	assert_true(strlen(mpdk_adapter_name(a2)) > 0);
	assert_string_not_equal(mpdk_adapter_name(a2), "ac0");
	assert_ptr_equal(mpdk_adapter_find(mpdk_adapter_name(a2)), a2);

	assert_int_equal(mpdk_adapter_destroy(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(mpdk_adapter_find(NULL));
}

/* A name the library picks (cfg->name NULL) is unique among live adapters
 * like any other (mpdk_adapter_find() finds by name): here the next picked
 * name is already taken by a named adapter. */
static void
test_adapter_picked_name_not_taken(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = NULL, .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_adapter *a1 = NULL, *a2 = NULL, *named = NULL;
	char next[MPDK_NAME_LEN * 2];
	unsigned int seq;

	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a1),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a1);
	/* "mock<N>": take "mock<N+1>" by name before the library does. */
	assert_int_equal(sscanf(mpdk_adapter_name(a1), "mock%u", &seq), 1);
	snprintf(next, sizeof(next), "mock%u", seq + 1);
	cfg.name = next;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &named),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, named);
	cfg.name = NULL;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a2),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a2);
	assert_string_not_equal(mpdk_adapter_name(a2), mpdk_adapter_name(named));
	assert_ptr_equal(mpdk_adapter_find(mpdk_adapter_name(a2)), a2);
}

/* The same for a driver whose name fills the whole name length, leaving
 * no room for a number. */
static void
test_adapter_picked_name_long_driver(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = NULL, .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_ops ops = min_ops;
	struct mpdk_adapter *a1 = NULL, *a2 = NULL;

	ops.name = NAME_LONGEST;
	mk_miniport(f, &ops);
	f->drec.set_attrs = true;
	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a1),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a1);
	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a2),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a2);
	assert_string_not_equal(mpdk_adapter_name(a1), mpdk_adapter_name(a2));
	assert_ptr_equal(mpdk_adapter_find(mpdk_adapter_name(a2)), a2);
}

/* An initialize that fails: its status comes back, no adapter is left, the
 * driver has no adapter to wait for, halt is not called. */
static void
test_adapter_initialize_fails(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = "if0", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_driver *drv = mk_miniport(f, &min_ops);
	struct mpdk_adapter *a = NULL;

	f->drec.set_attrs = true;
	f->drec.init_status = MPDK_STATUS_MEDIA_DISCONNECTED;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_MEDIA_DISCONNECTED);
	assert_int_equal(f->drec.init_calls, 1);
	assert_int_equal(f->drec.halt_calls, 0);
	assert_null(mpdk_adapter_find("if0"));

	f->drec.init_status = MPDK_STATUS_RESOURCES;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_RESOURCES);
	assert_null(mpdk_adapter_find("if0"));
	assert_null(a);

	/* Nothing left: the driver goes at once, the name is free. */
	FORGET(f, drv, drv);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a);
	assert_ptr_equal(mpdk_adapter_find("if0"), a);
}

/* An initialize that returns SUCCESS without attributes (or with refused
 * ones): FAILURE, halt called once, no adapter. */
static void
test_adapter_initialize_without_attributes(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = "na0", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_driver *drv = mk_miniport(f, &min_ops);
	struct mpdk_adapter *a = NULL;

	f->drec.set_attrs = false;
	f->drec.init_status = MPDK_STATUS_SUCCESS;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_FAILURE);
	assert_int_equal(f->drec.init_calls, 1);
	assert_int_equal(f->drec.halt_calls, 1);
	assert_ptr_equal(f->drec.halt_ctx, &f->drec);
	assert_null(mpdk_adapter_find("na0"));
	assert_null(a);

	/* Attributes with too many queues are refused, so the same. */
	f->drec.set_attrs = true;
	f->drec.attr_queues = MPDK_MAX_QUEUES + 1;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_FAILURE);
	assert_int_equal(f->drec.attrs_status, MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(f->drec.halt_calls, 2);
	assert_null(mpdk_adapter_find("na0"));

	FORGET(f, drv, drv);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_SUCCESS);
}

/* Destroy refuses while a binding is open or a poller holds a queue, and
 * changes nothing then. */
static void
test_adapter_destroy_busy(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "db0", 2);
	struct mpdk_adapter *a = ma->adapter;
	struct mpdk_poller *p = mk_poller(f, "db-p");

	mk_recorder(f);
	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(f->rp.proto, a, NULL), MPDK_STATUS_SUCCESS);
	TRACK(f, b, f->rp.binding);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_BUSY);
	assert_int_equal(ma->halted, 0);
	assert_ptr_equal(mpdk_adapter_find("db0"), a);
	assert_true(mpdk_binding_is_open(f->rp.binding));
	assert_int_equal(mpdk_close_adapter(f->rp.binding), MPDK_STATUS_SUCCESS);

	assert_int_equal(mpdk_poller_add_queue(p, a, 1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_BUSY);
	assert_ptr_equal(mpdk_adapter_find("db0"), a);
	assert_int_equal(mpdk_poller_remove_queue(p, a, 1), MPDK_STATUS_SUCCESS);

	FORGET(f, ad, a);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_SUCCESS);
	assert_null(mpdk_adapter_find("db0"));
}

/* ------------------------------------------------------------------ */
/* Pollers. */

static void
test_poller_create_errors(void **state)
{
	struct fx *f = *state;
	struct mpdk_poller *p = NULL;

	assert_int_equal(mpdk_poller_create(NULL, 0, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_create("", 0, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_create(NAME_TOO_LONG, 0, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_create("p", 0, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(p);
	assert_int_equal(mpdk_poller_destroy(NULL), MPDK_STATUS_INVALID_PARAMETER);

	assert_int_equal(mpdk_poller_create(NAME_LONGEST, 16, &p),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(p);
	TRACK(f, pl, p);
	/* A poller with no queue polls nothing. */
	assert_int_equal(mpdk_poller_poll(p), 0);
	assert_int_equal(mpdk_poller_poll(NULL), 0);
}

/* Queue ownership: range checks, one owner per queue, NOT_FOUND for a
 * queue the poller does not own. */
static void
test_poller_queue_ownership(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "qo0", 2);
	struct mpdk_adapter *a = ma->adapter;
	struct mpdk_poller *p1 = mk_poller(f, "qo-p1");
	struct mpdk_poller *p2 = mk_poller(f, "qo-p2");

	assert_int_equal(mpdk_poller_add_queue(NULL, a, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_add_queue(p1, NULL, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_add_queue(p1, a, 2),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_add_queue(p1, a, 1000),
			 MPDK_STATUS_INVALID_PARAMETER);

	assert_int_equal(mpdk_poller_add_queue(p1, a, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p2, a, 0),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_int_equal(mpdk_poller_add_queue(p2, a, 1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p1, a, 1),
			 MPDK_STATUS_ALREADY_EXISTS);

	/* Each poller polls only its own queue: one mock poll call each. */
	ma->poll_calls = 0;
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 1);
	mpdk_poller_poll(p2);
	assert_int_equal(ma->poll_calls, 2);

	assert_int_equal(mpdk_poller_remove_queue(NULL, a, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_remove_queue(p1, NULL, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, 1),
			 MPDK_STATUS_NOT_FOUND);
	assert_int_equal(mpdk_poller_remove_queue(p2, a, 0),
			 MPDK_STATUS_NOT_FOUND);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, 0),
			 MPDK_STATUS_NOT_FOUND);
	assert_int_equal(mpdk_poller_remove_queue(p1, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_NOT_FOUND);
	/* Released: another poller may take it. */
	assert_int_equal(mpdk_poller_add_queue(p2, a, 0), MPDK_STATUS_SUCCESS);
	ma->poll_calls = 0;
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 0);
	mpdk_poller_poll(p2);
	assert_int_equal(ma->poll_calls, 2);
	assert_int_equal(mpdk_poller_remove_queue(p2, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_remove_queue(p2, a, 1),
			 MPDK_STATUS_NOT_FOUND);
}

/* MPDK_ALL_QUEUES takes every queue or none. */
static void
test_poller_all_queues(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "aq0", 4);
	struct mpdk_adapter *a = ma->adapter;
	struct mpdk_poller *p1 = mk_poller(f, "aq-p1");
	struct mpdk_poller *p2 = mk_poller(f, "aq-p2");
	struct mpdk_poller *p3 = mk_poller(f, "aq-p3");
	uint16_t q;

	assert_int_equal(mpdk_poller_add_queue(p2, a, 2), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p1, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_ALREADY_EXISTS);
	/* p1 took none of them: each is still free for p3. */
	for (q = 0; q < 4; q++) {
		assert_int_equal(mpdk_poller_remove_queue(p1, a, q),
				 MPDK_STATUS_NOT_FOUND);
		if (q != 2)
			assert_int_equal(mpdk_poller_add_queue(p3, a, q),
					 MPDK_STATUS_SUCCESS);
	}
	ma->poll_calls = 0;
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 0);
	assert_int_equal(mpdk_poller_remove_queue(p3, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);

	/* All free now: p1 takes the four at once. */
	assert_int_equal(mpdk_poller_remove_queue(p2, a, 2), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p1, a, MPDK_ALL_QUEUES),
			 MPDK_STATUS_SUCCESS);
	for (q = 0; q < 4; q++)
		assert_int_equal(mpdk_poller_add_queue(p2, a, q),
				 MPDK_STATUS_ALREADY_EXISTS);
	mpdk_poller_poll(p1);
	assert_int_equal(ma->poll_calls, 4);
	for (q = 0; q < 4; q++)
		assert_int_equal(mpdk_poller_remove_queue(p1, a, q),
				 MPDK_STATUS_SUCCESS);
}

/* A poller holds at most MPDK_POLLER_MAX_QUEUES queues; MPDK_ALL_QUEUES
 * that does not fit takes nothing. */
static void
test_poller_full(void **state)
{
	struct fx *f = *state;
	struct mpdk_poller *p = mk_poller(f, "full-p");
	struct mpdk_poller *p2 = mk_poller(f, "full-p2");
	struct mock_adapter *ma[5];
	unsigned int i, per = MPDK_MAX_QUEUES;
	char name[16];

	_Static_assert(MPDK_POLLER_MAX_QUEUES % MPDK_MAX_QUEUES == 0,
		       "the fill below assumes whole adapters");
	for (i = 0; i < RTE_DIM(ma); i++) {
		snprintf(name, sizeof(name), "full%u", i);
		ma[i] = mk_mock(f, name, (uint16_t)per);
	}
	/* Fill the poller but one queue. */
	for (i = 0; i < MPDK_POLLER_MAX_QUEUES / per - 1; i++)
		assert_int_equal(mpdk_poller_add_queue(p, ma[i]->adapter,
						       MPDK_ALL_QUEUES),
				 MPDK_STATUS_SUCCESS);
	for (i = 0; i < per - 1; i++)
		assert_int_equal(mpdk_poller_add_queue(p, ma[3]->adapter,
						       (uint16_t)i),
				 MPDK_STATUS_SUCCESS);
	/* Sixteen more do not fit in one slot: none taken. */
	assert_int_equal(mpdk_poller_add_queue(p, ma[4]->adapter,
					       MPDK_ALL_QUEUES),
			 MPDK_STATUS_RESOURCES);
	assert_int_equal(mpdk_poller_remove_queue(p, ma[4]->adapter,
						  MPDK_ALL_QUEUES),
			 MPDK_STATUS_NOT_FOUND);
	/* The last slot, then full. */
	assert_int_equal(mpdk_poller_add_queue(p, ma[3]->adapter,
					       (uint16_t)(per - 1)),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, ma[4]->adapter, 0),
			 MPDK_STATUS_RESOURCES);
	/* Another poller can still take it. */
	assert_int_equal(mpdk_poller_add_queue(p2, ma[4]->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	/* destroy releases every queue: the adapters can go. */
	FORGET(f, pl, p);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_SUCCESS);
	for (i = 0; i < 4; i++) {
		FORGET(f, ad, ma[i]->adapter);
		assert_int_equal(mpdk_adapter_destroy(ma[i]->adapter),
				 MPDK_STATUS_SUCCESS);
	}
}

/* A launched poller: not on the main lcore; once running, its queues and
 * its life are frozen until it is stopped. */
static void
test_poller_launch(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "ln0", 2);
	struct mpdk_poller *p = mk_poller(f, "ln-p");
	struct mpdk_poller *p2 = mk_poller(f, "ln-p2");
	struct mpdk_poller_stats ps;
	unsigned int i;

	assert_true(rte_lcore_is_enabled(1));
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_launch(p, rte_get_main_lcore()),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_launch(p, RTE_MAX_LCORE),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_launch(p, 2), /* not in -l 0-1 */
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_launch(NULL, 1),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_INVALID_PARAMETER);

	ma->poll_calls = 0;
	assert_int_equal(mpdk_poller_launch(p, 1), MPDK_STATUS_SUCCESS);
	/* It runs: steps go up (5 s at most). */
	for (i = 0; i < 5000; i++) {
		assert_int_equal(mpdk_poller_stats_get(p, &ps), MPDK_STATUS_SUCCESS);
		if (ps.steps > 0)
			break;
		rte_delay_ms(1);
	}
	assert_true(ps.steps > 0);

	assert_int_equal(mpdk_poller_launch(p, 1), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_launch(p2, 1), MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 1),
			 MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_remove_queue(p, ma->adapter, 0),
			 MPDK_STATUS_BUSY);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_BUSY);
	/* Nothing changed: queue 1 is free for another poller. */
	assert_int_equal(mpdk_poller_add_queue(p2, ma->adapter, 1),
			 MPDK_STATUS_SUCCESS);

	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_SUCCESS);
	assert_true(ma->poll_calls > 0);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_INVALID_PARAMETER);
	/* Stopped: changes allowed again, and a second launch works. */
	assert_int_equal(mpdk_poller_remove_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_launch(p, 1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_stop(p), MPDK_STATUS_SUCCESS);
	FORGET(f, pl, p);
	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_SUCCESS);
}

/* A send that the mock completed from the test thread (waiting for the
 * poller) and one still pending in the mock; rp bound to @p ma. */
static void
recorder_two_sends(struct fx *f, struct mock_adapter *ma)
{
	mk_recorder(f);
	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(f->rp.proto, ma->adapter, NULL),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, b, f->rp.binding);
	assert_int_equal(mpdk_send_nbls(f->rp.binding, mk_nbl(), 0),
			 MPDK_STATUS_PENDING);
	assert_int_equal(mock_complete_all(ma, MPDK_STATUS_SUCCESS), 1);
	assert_int_equal(mpdk_send_nbls(f->rp.binding, mk_nbl(), 0),
			 MPDK_STATUS_PENDING);
	assert_int_equal(ma->n_pending, 1);
}

/* The pending one: complete it and let the poller deliver it. */
static void
recorder_finish(struct fx *f, struct mock_adapter *ma, struct mpdk_poller *p)
{
	assert_int_equal(mock_complete_all(ma, MPDK_STATUS_SUCCESS), 1);
	mpdk_poller_poll(p);
	assert_int_equal(f->rp.complete_calls, 2);
	assert_int_equal(f->rp.completed, 2);
}

/* A poll step cannot be re-entered from a handler it runs: the recursive
 * call returns 0 and reaps nothing, though work is waiting. */
static void
test_poller_recursion(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "rc0", 1);
	struct mpdk_poller *p = mk_poller(f, "rc-p");
	unsigned int work;

	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	recorder_two_sends(f, ma);

	f->rp.probe_self = true;
	f->rp.self = p;
	f->rp.ma = ma;
	work = mpdk_poller_poll(p);
	assert_true(work >= 1);
	assert_int_equal(f->rp.complete_calls, 1);
	assert_int_equal(f->rp.completed, 1);
	assert_false(f->rp.probe_self);     /* the probe ran */
	assert_int_equal(f->rp.rec_ret, 0);
	assert_int_equal(f->rp.rec_pending_before, 1);
	assert_int_equal(f->rp.rec_pending_after, 1);
	assert_int_equal(f->rp.rec_poll_calls_after, f->rp.rec_poll_calls_before);
	assert_int_equal(f->rp.rec_steps_after, f->rp.rec_steps_before);

	/* What the recursive call did not reap comes with the next step. */
	recorder_finish(f, ma, p);
}

/* Nor can a handler run a step of another poller: a poll step nested in
 * another one, of any poller, on the same thread, does nothing and returns
 * 0 (mpdk_poller.h).  Outside the step, that poller polls as usual. */
static void
test_poller_poll_other_from_handler(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "po0", 1);
	struct mock_adapter *mb = mk_mock(f, "po1", 1);
	struct mpdk_poller *p = mk_poller(f, "po-p");
	struct mpdk_poller *other = mk_poller(f, "po-other");
	struct mpdk_poller_stats ps;

	assert_int_equal(mpdk_poller_add_queue(p, ma->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(other, mb->adapter, 0),
			 MPDK_STATUS_SUCCESS);
	recorder_two_sends(f, ma);

	f->rp.probe_other = true;
	f->rp.other = other;
	f->rp.other_ma = mb;
	f->rp.other_ret = UINT32_MAX;
	mpdk_poller_poll(p);
	assert_int_equal(f->rp.complete_calls, 1);
	assert_false(f->rp.probe_other);    /* the probe ran */
	assert_int_equal(f->rp.other_ret, 0);
	assert_int_equal(f->rp.other_steps_after, f->rp.other_steps_before);
	assert_int_equal(f->rp.other_poll_calls_after,
			 f->rp.other_poll_calls_before);

	/* From the test thread, the other poller runs its step. */
	mpdk_poller_poll(other);
	assert_int_equal(mb->poll_calls, f->rp.other_poll_calls_before + 1);
	assert_int_equal(mpdk_poller_stats_get(other, &ps), MPDK_STATUS_SUCCESS);
	assert_int_equal(ps.steps, f->rp.other_steps_before + 1);

	recorder_finish(f, ma, p);
}

/* ------------------------------------------------------------------ */
/* Bind and unbind. */

static void
test_bind_unbind_handlers(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "bu0", 1);
	struct mpdk_protocol_driver *p = mk_recorder(f);
	int params;

	assert_int_equal(mpdk_bind(NULL, ma->adapter, &params),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_bind(p, NULL, &params),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_unbind(NULL), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(f->rp.bind_calls, 0);
	assert_int_equal(f->rp.unbind_calls, 0);

	/* The handler's status is mpdk_bind()'s. */
	f->rp.bind_ret = MPDK_STATUS_MEDIA_DISCONNECTED;
	assert_int_equal(mpdk_bind(p, ma->adapter, &params),
			 MPDK_STATUS_MEDIA_DISCONNECTED);
	assert_int_equal(f->rp.bind_calls, 1);
	assert_ptr_equal(f->rp.bind_proto_ctx, &f->rp);
	assert_ptr_equal(f->rp.bind_adapter, ma->adapter);
	assert_ptr_equal(f->rp.bind_params, &params);
	assert_null(f->rp.binding);

	f->rp.bind_ret = MPDK_STATUS_SUCCESS;
	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(p, ma->adapter, NULL), MPDK_STATUS_SUCCESS);
	assert_int_equal(f->rp.bind_calls, 2);
	assert_null(f->rp.bind_params);
	assert_non_null(f->rp.binding);
	TRACK(f, b, f->rp.binding);
	assert_true(mpdk_binding_is_open(f->rp.binding));
	assert_ptr_equal(mpdk_binding_context(f->rp.binding), &f->rp.bctx);
	assert_ptr_equal(mpdk_binding_adapter(f->rp.binding), ma->adapter);

	/* Unbind: the handler gets both contexts and the binding; its status
	 * is mpdk_unbind()'s. */
	f->rp.unbind_ret = MPDK_STATUS_NOT_SUPPORTED;
	assert_int_equal(mpdk_unbind(f->rp.binding), MPDK_STATUS_NOT_SUPPORTED);
	assert_int_equal(f->rp.unbind_calls, 1);
	assert_ptr_equal(f->rp.unbind_proto_ctx, &f->rp);
	assert_ptr_equal(f->rp.unbind_binding_ctx, &f->rp.bctx);
	assert_ptr_equal(f->rp.unbind_binding, f->rp.binding);
	assert_int_equal(f->rp.close_status, MPDK_STATUS_SUCCESS);
	assert_false(mpdk_binding_is_open(f->rp.binding));
	FORGET(f, ad, ma->adapter);
	assert_int_equal(mpdk_adapter_destroy(ma->adapter), MPDK_STATUS_SUCCESS);
}

/* Three protocols bound to one adapter at once, each with its binding. */
static void
test_three_protocols_one_adapter(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "tp0", 1);
	unsigned int i, j;
	char name[16];

	for (i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "proto%u", i);
		assert_int_equal(tp_register(&f->tp[i], name), 0);
		f->tp_on[i] = true;
		f->tb[i] = tp_bind(&f->tp[i], ma->adapter);
		assert_non_null(f->tb[i]);
	}
	for (i = 0; i < 3; i++) {
		struct mpdk_binding *b = f->tb[i]->binding;

		assert_true(mpdk_binding_is_open(b));
		assert_ptr_equal(mpdk_binding_adapter(b), ma->adapter);
		assert_ptr_equal(mpdk_binding_context(b), f->tb[i]);
		for (j = 0; j < i; j++)
			assert_ptr_not_equal(b, f->tb[j]->binding);
	}
	/* Each unbinds on its own; the adapter waits for the last one. */
	for (i = 0; i < 3; i++) {
		assert_int_equal(mpdk_adapter_destroy(ma->adapter),
				 MPDK_STATUS_BUSY);
		assert_int_equal(mpdk_unbind(f->tb[i]->binding),
				 MPDK_STATUS_SUCCESS);
		assert_false(mpdk_binding_is_open(f->tb[i]->binding));
		for (j = i + 1; j < 3; j++)
			assert_true(mpdk_binding_is_open(f->tb[j]->binding));
	}
	FORGET(f, ad, ma->adapter);
	assert_int_equal(mpdk_adapter_destroy(ma->adapter), MPDK_STATUS_SUCCESS);
}

/* At most MPDK_MAX_BINDINGS bindings open on one adapter. */
static void
test_max_bindings(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "mb0", 1);
	struct mock_adapter *mb = mk_mock(f, "mb1", 1);
	struct mpdk_protocol_driver *p = mk_recorder(f);
	struct mpdk_binding *b[MPDK_MAX_BINDINGS], *extra, *sentinel;
	unsigned int i;

	for (i = 0; i < MPDK_MAX_BINDINGS; i++) {
		b[i] = NULL;
		assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &b[i]),
				 MPDK_STATUS_SUCCESS);
		assert_non_null(b[i]);
		TRACK(f, b, b[i]);
	}
	sentinel = (struct mpdk_binding *)&sentinel;
	extra = sentinel;
	assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &extra),
			 MPDK_STATUS_RESOURCES);
	assert_ptr_equal(extra, sentinel);
	for (i = 0; i < MPDK_MAX_BINDINGS; i++)
		assert_true(mpdk_binding_is_open(b[i]));

	/* The limit is per adapter. */
	extra = NULL;
	assert_int_equal(mpdk_open_adapter(p, mb->adapter, NULL, &extra),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, b, extra);

	/* A closed binding frees its slot. */
	assert_int_equal(mpdk_close_adapter(b[3]), MPDK_STATUS_SUCCESS);
	extra = NULL;
	assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &extra),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, b, extra);
	assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &extra),
			 MPDK_STATUS_RESOURCES);
}

/* ------------------------------------------------------------------ */

static void
test_status_str(void **state __rte_unused)
{
	static const char *const names[MPDK_STATUS__COUNT] = {
		"SUCCESS", "PENDING", "RESOURCES", "FAILURE", "PAUSED",
		"RESET_IN_PROGRESS", "SEND_ABORTED", "REQUEST_ABORTED",
		"INVALID_LENGTH", "BUFFER_TOO_SHORT", "INVALID_OID",
		"INVALID_DATA", "INVALID_PARAMETER", "NOT_SUPPORTED", "CLOSING",
		"ADAPTER_NOT_OPEN", "ADAPTER_NOT_READY", "MEDIA_DISCONNECTED",
		"ALREADY_EXISTS", "NOT_FOUND", "BUSY", "LINK_STATE",
		"RESET_START", "RESET_END", "HANG_DETECTED",
	};
	unsigned int i;

	/* The table above lists every code, in enum order. */
	_Static_assert(MPDK_STATUS__COUNT == 25, "status added: extend names[]");
	_Static_assert(MPDK_STATUS_BUSY == 20, "status order changed");
	_Static_assert(MPDK_STATUS_HANG_DETECTED == 24, "status order changed");
	for (i = 0; i < MPDK_STATUS__COUNT; i++) {
		const char *s = mpdk_status_str((mpdk_status_t)i);

		assert_non_null(names[i]);
		assert_non_null(s);
		assert_string_equal(s, names[i]);
	}
	assert_string_equal(mpdk_status_str(MPDK_STATUS_INVALID_LENGTH),
			    "INVALID_LENGTH");
	assert_string_equal(mpdk_status_str(MPDK_STATUS__COUNT), "UNKNOWN");
	assert_string_equal(mpdk_status_str((mpdk_status_t)1000), "UNKNOWN");
	assert_string_equal(mpdk_status_str((mpdk_status_t)0x7fffffff),
			    "UNKNOWN");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_miniport_register_errors,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_miniport_lifecycle, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_protocol_register_errors,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_protocol_lifecycle, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_adapter_create_errors, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_adapter_picked_name_not_taken,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_adapter_picked_name_long_driver,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_adapter_initialize_fails,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_adapter_initialize_without_attributes, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_adapter_destroy_busy, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_create_errors, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_queue_ownership, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_all_queues, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_full, setup, teardown),
		cmocka_unit_test_setup_teardown(test_poller_launch, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_recursion, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poller_poll_other_from_handler,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_bind_unbind_handlers, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_three_protocols_one_adapter,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_max_bindings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_status_str, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
