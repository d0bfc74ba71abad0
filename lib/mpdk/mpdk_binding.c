/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Bindings: bind/unbind, open/close (NdisOpenAdapterEx,
 * NdisCloseAdapterEx) and the drain that finishes a close.
 */

#include <rte_malloc.h>

#include "mpdk_private.h"

mpdk_status_t
mpdk_bind(struct mpdk_protocol_driver *proto, struct mpdk_adapter *adapter,
	  void *bind_params)
{
	if (proto == NULL || adapter == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	return proto->ops.bind_adapter(proto->ctx, adapter, bind_params);
}

mpdk_status_t
mpdk_unbind(struct mpdk_binding *binding)
{
	if (binding == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	return binding->proto->ops.unbind_adapter(binding->proto->ctx,
						  binding->ctx, binding);
}

mpdk_status_t
mpdk_open_adapter(struct mpdk_protocol_driver *proto,
		  struct mpdk_adapter *adapter, void *binding_ctx,
		  struct mpdk_binding **out)
{
	struct mpdk_binding *b;
	uint32_t astate;

	if (proto == NULL || adapter == NULL || out == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	astate = __atomic_load_n(&adapter->state, __ATOMIC_ACQUIRE);
	if (astate == MPDK__A_HALTING || astate == MPDK__A_INITIALIZING)
		return MPDK_STATUS_ADAPTER_NOT_READY;

	b = rte_zmalloc_socket("mpdk_binding", sizeof(*b), RTE_CACHE_LINE_SIZE,
			       adapter->socket_id);
	if (b == NULL)
		return MPDK_STATUS_RESOURCES;
	b->adapter = adapter;
	b->proto = proto;
	b->ctx = binding_ctx;
	b->send_complete = proto->ops.send_nbls_complete;

	rte_spinlock_lock(&adapter->ctl_lock);
	if (adapter->n_bindings == MPDK_MAX_BINDINGS) {
		rte_spinlock_unlock(&adapter->ctl_lock);
		rte_free(b);
		MPDK_LOG(ERR, "adapter '%s' already has %d bindings",
			 adapter->name, MPDK_MAX_BINDINGS);
		return MPDK_STATUS_RESOURCES;
	}
	adapter->bindings[adapter->n_bindings++] = b;
	/* Sends are gated by the adapter state as well, so a binding may be
	 * open while the adapter pauses or resets. */
	__atomic_store_n(&b->state, MPDK__B_OPEN, __ATOMIC_RELEASE);
	rte_spinlock_unlock(&adapter->ctl_lock);
	TAILQ_INSERT_TAIL(&proto->bindings, b, proto_link);
	*out = b;
	return MPDK_STATUS_SUCCESS;
}

/* Every send of the binding completed.  'sent' is read first: a sender
 * raises it before checking the gate, so once the gate is closed a send
 * missing from this read can only be one that will be refused. */
static bool
binding_drained(struct mpdk_binding *b)
{
	uint64_t sent = __atomic_load_n(&b->cnt.sent, __ATOMIC_SEQ_CST);
	uint64_t done = __atomic_load_n(&b->cnt.completed, __ATOMIC_SEQ_CST);

	return done == sent;
}

/* Called with the adapter's ctl_lock held.  Finishes the close of a
 * CLOSING binding that drained; true if this call finished it. */
bool
mpdk__binding_try_finish_close(struct mpdk_binding *b)
{
	struct mpdk_adapter *a = b->adapter;
	uint32_t expect = MPDK__B_CLOSING;
	unsigned int i;

	if (__atomic_load_n(&b->state, __ATOMIC_ACQUIRE) != MPDK__B_CLOSING ||
	    !binding_drained(b))
		return false;
	if (!__atomic_compare_exchange_n(&b->state, &expect, MPDK__B_CLOSED,
					 false, __ATOMIC_ACQ_REL,
					 __ATOMIC_ACQUIRE))
		return false;
	for (i = 0; i < a->n_bindings; i++) {
		if (a->bindings[i] == b) {
			a->bindings[i] = a->bindings[--a->n_bindings];
			a->bindings[a->n_bindings] = NULL;
			break;
		}
	}
	__atomic_fetch_sub(&a->n_closing, 1, __ATOMIC_RELEASE);
	return true;
}

mpdk_status_t
mpdk_close_adapter(struct mpdk_binding *b)
{
	struct mpdk_adapter *a;
	uint32_t expect = MPDK__B_OPEN;
	bool finished;

	if (b == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	a = b->adapter;
	/* The queue-0 poller finishes closes under the same lock, so it can
	 * only finish this one after we returned PENDING. */
	rte_spinlock_lock(&a->ctl_lock);
	if (!__atomic_compare_exchange_n(&b->state, &expect, MPDK__B_CLOSING,
					 false, __ATOMIC_SEQ_CST,
					 __ATOMIC_SEQ_CST)) {
		expect = MPDK__B_OPENING;
		if (!__atomic_compare_exchange_n(&b->state, &expect,
						 MPDK__B_CLOSING, false,
						 __ATOMIC_SEQ_CST,
						 __ATOMIC_SEQ_CST)) {
			rte_spinlock_unlock(&a->ctl_lock);
			return expect == MPDK__B_CLOSING ?
				MPDK_STATUS_CLOSING :
				MPDK_STATUS_ADAPTER_NOT_OPEN;
		}
	}
	__atomic_fetch_add(&a->n_closing, 1, __ATOMIC_SEQ_CST);
	finished = mpdk__binding_try_finish_close(b);
	rte_spinlock_unlock(&a->ctl_lock);
	return finished ? MPDK_STATUS_SUCCESS : MPDK_STATUS_PENDING;
}

mpdk_status_t
mpdk_binding_stats(const struct mpdk_binding *binding,
		   struct mpdk_send_stats *stats)
{
	if (binding == NULL || stats == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	mpdk__counters_read(&binding->cnt, stats);
	return MPDK_STATUS_SUCCESS;
}

void *
mpdk_binding_context(const struct mpdk_binding *binding)
{
	return binding != NULL ? binding->ctx : NULL;
}

struct mpdk_adapter *
mpdk_binding_adapter(const struct mpdk_binding *binding)
{
	return binding != NULL ? binding->adapter : NULL;
}

int
mpdk_binding_is_open(const struct mpdk_binding *binding)
{
	return binding != NULL &&
	       __atomic_load_n(&binding->state, __ATOMIC_ACQUIRE) ==
		       MPDK__B_OPEN;
}
