/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Bindings: bind/unbind, open/close (NdisOpenAdapterEx,
 * NdisCloseAdapterEx) and the drain that finishes a close.
 */

#include <stdio.h>

#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_mempool.h>

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
	bool pend;

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
	b->receive = proto->ops.receive_nbls;

	if (adapter->n_bindings == 1 && adapter->clone_pool == NULL) {
		/* A second receiver: frames will be shared from now on. */
		static unsigned int seq;
		char name[RTE_MEMPOOL_NAMESIZE];

		snprintf(name, sizeof(name), "mpdk_clone_%u", seq++);
		adapter->clone_pool = mpdk_nbl_pool_create(name,
			MPDK__CLONE_POOL_SIZE, 0, adapter->socket_id);
		if (adapter->clone_pool == NULL)
			MPDK_LOG(WARNING, "adapter '%s': no clone pool (%s); frames reach only the first binding",
				 adapter->name, rte_strerror(rte_errno));
	}

	rte_spinlock_lock(&adapter->ctl_lock);
	if (adapter->n_bindings == MPDK_MAX_BINDINGS) {
		rte_spinlock_unlock(&adapter->ctl_lock);
		rte_free(b);
		MPDK_LOG(ERR, "adapter '%s' already has %d bindings",
			 adapter->name, MPDK_MAX_BINDINGS);
		return MPDK_STATUS_RESOURCES;
	}
	/* The protocol learns its handle before a poller can indicate to
	 * it (pollers see the binding once it is in the table). */
	*out = b;
	/* An open during a reset completes when the reset does
	 * (open_adapter_complete); a pause does not delay it, since sends
	 * are gated by the adapter state as well.  The reset finishes under
	 * ctl_lock, so it cannot slip between this test and the table. */
	pend = __atomic_load_n(&adapter->state, __ATOMIC_ACQUIRE) ==
	       MPDK__A_RESETTING;
	__atomic_store_n(&b->state, pend ? MPDK__B_OPENING : MPDK__B_OPEN,
			 __ATOMIC_RELEASE);
	mpdk__binding_table_write_begin(adapter);
	adapter->bindings[adapter->n_bindings] = b;
	__atomic_store_n(&adapter->n_bindings, adapter->n_bindings + 1,
			 __ATOMIC_RELAXED);
	mpdk__binding_table_write_end(adapter);
	TAILQ_INSERT_TAIL(&adapter->all_bindings, b, adapter_link);
	rte_spinlock_unlock(&adapter->ctl_lock);
	TAILQ_INSERT_TAIL(&proto->bindings, b, proto_link);
	b->proto_linked = true;
	/* The control step tells it the current link state. */
	mpdk__kick(adapter);
	return pend ? MPDK_STATUS_PENDING : MPDK_STATUS_SUCCESS;
}

/* The reset is over: bindings opened meanwhile are open now.  Called by
 * the control step after the adapter runs again. */
void
mpdk__binding_complete_opens(struct mpdk_adapter *a)
{
	struct mpdk_binding *done[MPDK_MAX_BINDINGS];
	unsigned int i, n = 0;

	rte_spinlock_lock(&a->ctl_lock);
	for (i = 0; i < a->n_bindings; i++) {
		uint32_t expect = MPDK__B_OPENING;

		if (__atomic_compare_exchange_n(&a->bindings[i]->state, &expect,
						MPDK__B_OPEN, false,
						__ATOMIC_ACQ_REL,
						__ATOMIC_ACQUIRE))
			done[n++] = a->bindings[i];
	}
	rte_spinlock_unlock(&a->ctl_lock);
	for (i = 0; i < n; i++)
		if (done[i]->proto->ops.open_adapter_complete != NULL)
			done[i]->proto->ops.open_adapter_complete(done[i]->ctx,
				done[i], MPDK_STATUS_SUCCESS);
	if (n != 0)
		mpdk__kick(a); /* their link state */
}

/* Seqcount writer side of the bindings table; ctl_lock held. */
void
mpdk__binding_table_write_begin(struct mpdk_adapter *a)
{
	__atomic_store_n(&a->bind_seq, a->bind_seq + 1, __ATOMIC_RELAXED);
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

void
mpdk__binding_table_write_end(struct mpdk_adapter *a)
{
	__atomic_store_n(&a->bind_seq, a->bind_seq + 1, __ATOMIC_RELEASE);
}

/*
 * Every send of the binding completed, every indicated NBL came back,
 * every transfer and every OID request finished.  Counts raised before a gate check ('sent',
 * 'indicated', 'xfer_started') are read first: once the gate is closed, a
 * count missing from this read belongs to a refused call.  Transfers are
 * read after the receive counts, since a protocol starts a transfer before
 * it returns the NBL.
 */
static bool
binding_drained(struct mpdk_binding *b)
{
	uint64_t sent = __atomic_load_n(&b->cnt.sent, __ATOMIC_SEQ_CST);
	uint64_t done = __atomic_load_n(&b->cnt.completed, __ATOMIC_SEQ_CST);
	uint64_t ind = __atomic_load_n(&b->rx.indicated, __ATOMIC_SEQ_CST);
	uint64_t ret = __atomic_load_n(&b->rx.returned, __ATOMIC_SEQ_CST);
	uint64_t xs = __atomic_load_n(&b->rx.xfer_started, __ATOMIC_SEQ_CST);
	uint64_t xd = __atomic_load_n(&b->rx.xfer_done, __ATOMIC_SEQ_CST);
	uint64_t os = __atomic_load_n(&b->rx.oids_started, __ATOMIC_SEQ_CST);
	uint64_t od = __atomic_load_n(&b->rx.oids_done, __ATOMIC_SEQ_CST);

	return done == sent && ret == ind && xd == xs && od == os;
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
	mpdk__binding_table_write_begin(a);
	for (i = 0; i < a->n_bindings; i++) {
		if (a->bindings[i] == b) {
			unsigned int last = a->n_bindings - 1;

			__atomic_store_n(&a->bindings[i], a->bindings[last],
					 __ATOMIC_RELAXED);
			__atomic_store_n(&a->bindings[last], NULL,
					 __ATOMIC_RELAXED);
			__atomic_store_n(&a->n_bindings, last, __ATOMIC_RELAXED);
			break;
		}
	}
	mpdk__binding_table_write_end(a);
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
		rte_spinlock_unlock(&a->ctl_lock);
		/* As NDIS: an open completes before its binding closes. */
		return expect == MPDK__B_OPENING ? MPDK_STATUS_ADAPTER_NOT_READY :
			expect == MPDK__B_CLOSING ? MPDK_STATUS_CLOSING :
			MPDK_STATUS_ADAPTER_NOT_OPEN;
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
