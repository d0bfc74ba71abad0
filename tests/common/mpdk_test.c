/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_bus_vdev.h>
#include <rte_eal.h>
#include <rte_ethdev.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>

#include "mpdk_miniport.h"
#include "mpdk_test.h"

int
mpdk_test_init(const char *name)
{
	char prefix[64];
	char *argv[] = {
		(char *)name, "--no-huge", "-m", "512", "--no-pci", "--no-shconf",
		"-l", "0-1", "--log-level=lib.eal:error", "--log-level=pmd.*:error",
		prefix, NULL,
	};
	int argc = (int)RTE_DIM(argv) - 1;

	snprintf(prefix, sizeof(prefix), "--file-prefix=%s_%d", name, getpid());
	if (rte_eal_init(argc, argv) < 0) {
		fprintf(stderr, "%s: rte_eal_init failed\n", name);
		return -1;
	}
	if (mpdk_init() != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "%s: mpdk_init failed\n", name);
		return -1;
	}
	return 0;
}

void
mpdk_test_fini(void)
{
	mpdk_fini();
	rte_eal_cleanup();
}

int
mpdk_test_vdev(const char *name, const char *args)
{
	uint16_t port;

	if (rte_vdev_init(name, args) != 0) {
		fprintf(stderr, "cannot create vdev %s (%s)\n", name,
			args != NULL ? args : "");
		return -1;
	}
	if (rte_eth_dev_get_port_by_name(name, &port) != 0)
		return -1;
	return port;
}

int
mpdk_test_sh(const char *fmt, ...)
{
	char cmd[1024];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = system(cmd);
	return rc == -1 ? -1 : WEXITSTATUS(rc);
}

static void
tp_send_complete(void *ctx, struct mpdk_nbl *chain, uint32_t flags)
{
	struct tp_binding *tb = ctx;
	struct mpdk_nbl *nbl, *next;
	unsigned int len = 0;

	rte_spinlock_lock(&tb->lock);
	tb->complete_calls++;
	if (flags & MPDK_SEND_COMPLETE_F_INLINE)
		tb->inline_calls++;
	for (nbl = chain; nbl != NULL; nbl = next) {
		uint32_t id = (uint32_t)nbl->protocol_reserved[0];

		next = nbl->next;
		len++;
		if (nbl->source_handle != tb->binding)
			tb->foreign++;
		if (nbl->status == MPDK_STATUS_PENDING)
			tb->pending_status++;
		if (id >= TP_MAX_IDS || !tb->out[id]) {
			tb->twice++;
			continue;
		}
		tb->out[id] = 0;
		tb->completed++;
		if ((uint32_t)nbl->status < MPDK_STATUS__COUNT)
			tb->by_status[nbl->status]++;
		if (tb->on_complete != NULL)
			tb->on_complete(tb, nbl);
	}
	if (len > tb->max_chain)
		tb->max_chain = len;
	rte_spinlock_unlock(&tb->lock);
}

static void
tp_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	   uint32_t n, uint32_t flags)
{
	struct tp_binding *tb = ctx;

	__atomic_fetch_add(&tb->rx_nbls, n, __ATOMIC_RELAXED);
	__atomic_fetch_add(&tb->rx_calls, 1, __ATOMIC_RELAXED);
	if (tb->on_receive != NULL)
		tb->on_receive(tb, chain, n, flags);
	else if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls(tb->binding, chain, 0);
}

static void
tp_oid_complete(void *ctx, struct mpdk_oid_request *req, mpdk_status_t st)
{
	struct tp_binding *tb = ctx;

	tb->oid_last_status = st;
	__atomic_fetch_add(&tb->oid_completed, 1, __ATOMIC_RELEASE);
	if (tb->on_oid_complete != NULL)
		tb->on_oid_complete(tb, req, st);
}

static void
tp_status(void *ctx, const struct mpdk_status_indication *ind)
{
	struct tp_binding *tb = ctx;

	if ((uint32_t)ind->code < MPDK_STATUS__COUNT)
		__atomic_fetch_add(&tb->status_count[ind->code], 1,
				   __ATOMIC_RELEASE);
	if (ind->code == MPDK_STATUS_LINK_STATE &&
	    ind->buf_len == sizeof(tb->last_link)) {
		memcpy(&tb->last_link, ind->buf, sizeof(tb->last_link));
		if (tb->last_link.up)
			__atomic_fetch_add(&tb->link_up, 1, __ATOMIC_RELEASE);
		else
			__atomic_fetch_add(&tb->link_down, 1, __ATOMIC_RELEASE);
	}
	if (tb->on_status != NULL)
		tb->on_status(tb, ind);
}

static void
tp_open_complete(void *ctx, struct mpdk_binding *b __rte_unused,
		 mpdk_status_t st)
{
	struct tp_binding *tb = ctx;

	tb->open_completed++;
	tb->open_status = st;
}

static void
tp_close_complete(void *ctx)
{
	struct tp_binding *tb = ctx;

	__atomic_fetch_add(&tb->close_completed, 1, __ATOMIC_RELEASE);
}

static mpdk_status_t
tp_bind_handler(void *proto_ctx, struct mpdk_adapter *adapter,
		void *params __rte_unused)
{
	struct test_proto *tp = proto_ctx;
	struct tp_binding *tb = calloc(1, sizeof(*tb));
	mpdk_status_t st;

	if (tb == NULL)
		return MPDK_STATUS_RESOURCES;
	tb->out = calloc(TP_MAX_IDS, 1);
	if (tb->out == NULL) {
		free(tb);
		return MPDK_STATUS_RESOURCES;
	}
	tb->tp = tp;
	rte_spinlock_init(&tb->lock);
	st = mpdk_open_adapter(tp->proto, adapter, tb, &tb->binding);
	if (st != MPDK_STATUS_SUCCESS && st != MPDK_STATUS_PENDING) {
		free(tb->out);
		free(tb);
		return st;
	}
	tp->last_bound = tb;
	return st;
}

static mpdk_status_t
tp_unbind_handler(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
		  struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

int
tp_register(struct test_proto *tp, const char *name)
{
	struct mpdk_protocol_ops ops = {
		.name = name,
		.bind_adapter = tp_bind_handler,
		.unbind_adapter = tp_unbind_handler,
		.open_adapter_complete = tp_open_complete,
		.close_adapter_complete = tp_close_complete,
		.send_nbls_complete = tp_send_complete,
		.receive_nbls = tp_receive,
		.oid_request_complete = tp_oid_complete,
		.status = tp_status,
	};

	memset(tp, 0, sizeof(*tp));
	return mpdk_protocol_register(&ops, tp, &tp->proto) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

void
tp_deregister(struct test_proto *tp)
{
	mpdk_protocol_deregister(tp->proto);
	tp->proto = NULL;
}

struct tp_binding *
tp_bind(struct test_proto *tp, struct mpdk_adapter *adapter)
{
	tp->last_bound = NULL;
	if (mpdk_bind(tp->proto, adapter, NULL) != MPDK_STATUS_SUCCESS)
		return NULL;
	return tp->last_bound;
}

void
tp_binding_free(struct tp_binding *tb)
{
	if (tb == NULL)
		return;
	free(tb->out);
	free(tb);
}

void
tp_tag(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl, uint32_t id)
{
	nbl->protocol_reserved[0] = id;
}

static void
mark_out(struct tp_binding *tb, struct mpdk_nbl *chain, uint8_t v)
{
	struct mpdk_nbl *nbl;

	rte_spinlock_lock(&tb->lock);
	MPDK_NBL_FOREACH(nbl, chain) {
		uint32_t id = (uint32_t)nbl->protocol_reserved[0];

		if (id < TP_MAX_IDS)
			tb->out[id] = v;
		if (v)
			tb->sent++;
		else
			tb->sent--;
	}
	rte_spinlock_unlock(&tb->lock);
}

static mpdk_status_t
send_marked(struct tp_binding *tb, int queue, struct mpdk_nbl *chain,
	    uint32_t flags)
{
	mpdk_status_t st;

	/* Mark first: the completion may arrive before the call returns. */
	mark_out(tb, chain, 1);
	st = queue < 0 ? mpdk_send_nbls(tb->binding, chain, flags) :
		mpdk_send_nbls_on_queue(tb->binding, (uint16_t)queue, chain,
					flags);
	if (st != MPDK_STATUS_PENDING)
		mark_out(tb, chain, 0); /* refused: the chain is still ours */
	return st;
}

mpdk_status_t
tp_send(struct tp_binding *tb, struct mpdk_nbl *chain, uint32_t flags)
{
	return send_marked(tb, -1, chain, flags);
}

mpdk_status_t
tp_send_on_queue(struct tp_binding *tb, uint16_t queue, struct mpdk_nbl *chain,
		 uint32_t flags)
{
	return send_marked(tb, queue, chain, flags);
}

uint64_t
tp_outstanding(struct tp_binding *tb)
{
	uint64_t n;

	rte_spinlock_lock(&tb->lock);
	n = tb->sent - tb->completed;
	rte_spinlock_unlock(&tb->lock);
	return n;
}

bool
tp_nbl_released(const struct mpdk_nbl *nbl)
{
	const struct rte_mbuf *nb, *seg;

	MPDK_NB_FOREACH(nb, nbl)
		for (seg = nb; seg != NULL; seg = seg->next)
			if (rte_mbuf_refcnt_read(seg) != 1 ||
			    mpdk_nb_is_lent(seg))
				return false;
	return true;
}
