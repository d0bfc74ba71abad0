/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The registration and poller tests' shared code
 * (registration_common.h): the recording miniport and protocol, and the
 * fixture.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include <rte_common.h>
#include <rte_mbuf.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "registration_common.h"

static struct mpdk_nbl_pool *pool;
static struct rte_mempool *mp;

/* ------------------------------------------------------------------ */
/* A miniport whose initialize does what the test asks. */

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

mpdk_status_t
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
const struct mpdk_miniport_ops min_ops = {
	.name = "minimal",
	.initialize = rec_initialize,
	.halt = rec_halt,
	.send_nbls = rec_send,
	.return_nbls = rec_return,
};

/* ------------------------------------------------------------------ */
/* A protocol that records what its handlers were given. */

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

const struct mpdk_protocol_ops rp_ops = {
	.name = "recorder",
	.bind_adapter = rp_bind,
	.unbind_adapter = rp_unbind,
	.send_nbls_complete = rp_send_complete,
	.receive_nbls = rp_receive,
};

/* ------------------------------------------------------------------ */
/* Fixture: everything a test made, released at teardown whatever the test
 * got to; a test that releases an object itself forgets it first. */

void
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

void
forget(void **slots, const void *obj)
{
	unsigned int i;

	for (i = 0; i < FX_SLOTS; i++)
		if (slots[i] == obj)
			slots[i] = NULL;
}

struct mock_adapter *
mk_mock(struct fx *f, const char *name, uint16_t n_queues)
{
	struct mock_adapter *ma = mock_adapter_create(name, n_queues);

	assert_non_null(ma);
	TRACK(f, ad, ma->adapter);
	return ma;
}

struct mpdk_poller *
mk_poller(struct fx *f, const char *name)
{
	struct mpdk_poller *p = NULL;

	assert_int_equal(mpdk_poller_create(name, 0, &p), MPDK_STATUS_SUCCESS);
	assert_non_null(p);
	TRACK(f, pl, p);
	return p;
}

struct mpdk_miniport_driver *
mk_miniport(struct fx *f, const struct mpdk_miniport_ops *ops)
{
	struct mpdk_miniport_driver *drv = NULL;

	assert_int_equal(mpdk_miniport_register(ops, &f->drec, &drv),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(drv);
	TRACK(f, drv, drv);
	return drv;
}

struct mpdk_protocol_driver *
mk_recorder(struct fx *f)
{
	assert_int_equal(mpdk_protocol_register(&rp_ops, &f->rp, &f->rp.proto),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(f->rp.proto);
	TRACK(f, proto, f->rp.proto);
	return f->rp.proto;
}

struct mpdk_nbl *
mk_nbl(void)
{
	static const uint8_t frame[60] = { 0x02 };
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	return nbl;
}

int
registration_group_setup(const char *name)
{
	if (mpdk_test_init(name) != 0 || mock_register() != 0)
		return -1;
	pool = mpdk_nbl_pool_create("reg_nbl", NBL_N, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("reg_mbuf", MBUF_N, 0, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL || mp == NULL)
		return -1;
	return 0;
}

int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	mock_deregister();
	mpdk_test_fini();
	return 0;
}

int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	*state = f;
	return 0;
}

int
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
