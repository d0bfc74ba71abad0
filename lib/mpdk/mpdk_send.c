/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The send path: mpdk_send_nbls() (NdisSendNetBufferLists) and
 * mpdk_m_send_nbls_complete() (NdisMSendNetBufferListsComplete), with the
 * routing of completions back to the binding that sent each NBL.
 *
 * Where a completion goes:
 *  - inside a send that asked for inline completion, NBLs of that sender
 *    are handed back before mpdk_send_nbls() returns;
 *  - inside a poll step of the poller owning the NBL's queue, they join
 *    the step's per-binding batches, flushed at the end of the step;
 *  - anywhere else (inside any other send, another thread) they go to the
 *    queue's deferred list, drained by the owning poller's next step.
 * So a protocol's handler is never re-entered from its own send call.
 */

#include <rte_cycles.h>
#include <rte_lcore.h>

#include "mpdk_private.h"

void
mpdk__counters_read(const struct mpdk__send_counters *c,
		    struct mpdk_send_stats *out)
{
	uint64_t not_success = 0;
	unsigned int i;

	out->completed = MPDK__READ(&c->completed);
	out->sent = MPDK__READ(&c->sent);
	out->rejected = MPDK__READ(&c->rejected);
	out->outstanding = out->sent > out->completed ?
		out->sent - out->completed : 0;
	for (i = 0; i < MPDK_STATUS__COUNT; i++) {
		out->by_status[i] = MPDK__READ(&c->by_status[i]);
		not_success += out->by_status[i];
	}
	out->by_status[MPDK_STATUS_SUCCESS] = out->completed > not_success ?
		out->completed - not_success : 0;
}

/* Set every NBL of a refused chain to @p st; the caller keeps the chain. */
static void
refuse_chain(struct mpdk_nbl *chain, mpdk_status_t st, bool untag)
{
	struct mpdk_nbl *nbl;

	MPDK_NBL_FOREACH(nbl, chain) {
		nbl->status = st;
#ifdef MPDK_DEBUG
		if (untag)
			nbl->state = nbl->prev_state;
#endif
	}
	RTE_SET_USED(untag);
}

/* Count refusals on the binding (always alive) and the queue. */
static void
count_refused(struct mpdk_binding *b, struct mpdk__queue *qs, uint32_t n)
{
	MPDK__ADD(&b->cnt.rejected, n);
	if (qs != NULL)
		MPDK__ADD(&qs->cnt.rejected, n);
}

/* Hand @p n NBLs of one binding back to its protocol. */
void
mpdk__deliver(struct mpdk_binding *b, struct mpdk_nbl *head, uint32_t n,
	      uint32_t flags)
{
	b->send_complete(b->ctx, head, flags);
	/* After the handler: a drained count means the protocol has seen
	 * every completion, so a close may finish. */
	__atomic_fetch_add(&b->cnt.completed, n, __ATOMIC_RELEASE);
}

void
mpdk__batch_flush(struct mpdk_poller *p)
{
	unsigned int i, n_batch = p->n_batch;

	/* Reset first: a handler may complete more NBLs into this poller. */
	p->n_batch = 0;
	for (i = 0; i < n_batch; i++) {
		struct mpdk__batch *e = &p->batch[i];

		mpdk__deliver(e->binding, e->head, e->n, 0);
		p->stats.completions += e->n;
		p->stats.complete_calls++;
	}
	for (i = 0; i < p->n_items; i++) {
		struct mpdk__poll_item *it = &p->items[i];

		if (it->done != 0) {
			__atomic_fetch_add(&it->adapter->q[it->queue].cnt.completed,
					   it->done, __ATOMIC_RELEASE);
			it->done = 0;
		}
		if (it->deferred_taken != 0) {
			__atomic_fetch_sub(&it->adapter->q[it->queue].deferred_undelivered,
					   it->deferred_taken, __ATOMIC_RELEASE);
			it->deferred_taken = 0;
		}
	}
}

/* Append a run of @p n NBLs of binding @p b, all from queue @p qs, to the
 * poll step's batches. */
static inline void
batch_add_run(struct mpdk_poller *p, struct mpdk_binding *b,
	      struct mpdk__queue *qs, struct mpdk_nbl *head,
	      struct mpdk_nbl *tail, uint32_t n)
{
	struct mpdk__batch *e;
	unsigned int i;

	p->items[qs->owner_slot].done += n;
	for (i = 0; i < p->n_batch; i++) {
		e = &p->batch[i];
		if (e->binding == b) {
			e->tail->next = head;
			e->tail = tail;
			e->n += n;
			return;
		}
	}
	if (p->n_batch == MPDK__BATCH_SLOTS)
		mpdk__batch_flush(p);
	e = &p->batch[p->n_batch++];
	e->binding = b;
	e->head = head;
	e->tail = tail;
	e->n = n;
}

static void
deferred_push(struct mpdk__queue *qs, struct mpdk_nbl *head,
	      struct mpdk_nbl *tail, uint32_t n)
{
	rte_spinlock_lock(&qs->deferred_lock);
	if (qs->deferred_tail != NULL)
		qs->deferred_tail->next = head;
	else
		qs->deferred_head = head;
	qs->deferred_tail = tail;
	__atomic_fetch_add(&qs->deferred_undelivered, n, __ATOMIC_RELEASE);
	__atomic_fetch_add(&qs->deferred_n, n, __ATOMIC_RELEASE);
	rte_spinlock_unlock(&qs->deferred_lock);
}

/* Split a chain of one queue's checked NBLs into runs of one binding. */
static void
batch_add_chain(struct mpdk_poller *p, struct mpdk__queue *qs,
		struct mpdk_nbl *chain)
{
	while (chain != NULL) {
		struct mpdk_binding *b = chain->source_handle;
		struct mpdk_nbl *head = chain, *tail = chain;
		uint32_t n = 1;

		while (tail->next != NULL && tail->next->source_handle == b) {
			tail = tail->next;
			n++;
		}
		chain = tail->next;
		tail->next = NULL;
		batch_add_run(p, b, qs, head, tail, n);
	}
}

unsigned int
mpdk__drain_deferred(struct mpdk_poller *p, struct mpdk_adapter *a,
		     uint16_t queue)
{
	struct mpdk__queue *qs = &a->q[queue];
	struct mpdk_nbl *head;
	uint32_t n;

	if (__atomic_load_n(&qs->deferred_n, __ATOMIC_ACQUIRE) == 0)
		return 0;
	rte_spinlock_lock(&qs->deferred_lock);
	head = qs->deferred_head;
	n = qs->deferred_n;
	qs->deferred_head = NULL;
	qs->deferred_tail = NULL;
	__atomic_store_n(&qs->deferred_n, 0, __ATOMIC_RELAXED);
	rte_spinlock_unlock(&qs->deferred_lock);
	/* Still undelivered until the step's batches are flushed. */
	p->items[qs->owner_slot].deferred_taken += n;

	batch_add_chain(p, qs, head);
	return n;
}

/* Send a run of one binding's NBLs from one queue where it belongs. */
static void
route_run(struct mpdk__lcore_ctx *lc, struct mpdk__queue *qs,
	  struct mpdk_binding *b, struct mpdk_nbl *head, struct mpdk_nbl *tail,
	  uint32_t n)
{
	tail->next = NULL;
	if (lc->send_depth > 0) {
		if (lc->inline_binding == b) {
			if (lc->inline_tail != NULL)
				lc->inline_tail->next = head;
			else
				lc->inline_head = head;
			lc->inline_tail = tail;
			lc->inline_n += n;
			return;
		}
	} else if (lc->poller != NULL && qs->poller == lc->poller) {
		batch_add_run(lc->poller, b, qs, head, tail, n);
		return;
	}
	deferred_push(qs, head, tail, n);
}

/* Checks on one completed NBL; false if it must not be handed back. */
static inline bool
complete_one(struct mpdk_adapter *a, struct mpdk_nbl *nbl)
{
#ifdef MPDK_DEBUG
	if (unlikely(nbl->state != MPDK__NBL_SENT)) {
		mpdk__debug_violation(nbl->state == MPDK__NBL_FREE ?
			"completion of a free NBL" :
			"double completion, or completion of an NBL never sent",
			nbl);
		return false;
	}
	if (unlikely(nbl->queue >= a->n_queues || nbl->source_handle == NULL ||
		     nbl->source_handle->adapter != a)) {
		mpdk__debug_violation("completion on the wrong adapter", nbl);
		return false;
	}
	nbl->state = nbl->prev_state;
#endif
	if (unlikely(nbl->status != MPDK_STATUS_SUCCESS)) {
		if (unlikely((uint32_t)nbl->status >= MPDK_STATUS__COUNT ||
			     nbl->status == MPDK_STATUS_PENDING)) {
#ifdef MPDK_DEBUG
			mpdk__debug_violation("completion without a final status",
					      nbl);
#endif
			nbl->status = MPDK_STATUS_FAILURE;
		}
		MPDK__ADD(&nbl->source_handle->cnt.by_status[nbl->status], 1);
		MPDK__ADD(&a->q[nbl->queue].cnt.by_status[nbl->status], 1);
	}
	RTE_SET_USED(a);
	return true;
}

void
mpdk_m_send_nbls_complete(struct mpdk_adapter *a, struct mpdk_nbl *chain,
			  uint32_t flags __rte_unused)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	struct mpdk_nbl *nbl = chain, *head, *tail;

	/* Runs of NBLs from one binding and one queue move as a whole. */
	while (nbl != NULL) {
		struct mpdk_binding *b = nbl->source_handle;
		uint16_t q = nbl->queue;
		uint32_t n = 0;

		head = NULL;
		tail = NULL;
		while (nbl != NULL && nbl->source_handle == b && nbl->queue == q) {
			struct mpdk_nbl *next = nbl->next;

			if (likely(complete_one(a, nbl))) {
				if (tail != NULL)
					tail->next = nbl;
				else
					head = nbl;
				tail = nbl;
				n++;
			}
			nbl = next;
		}
		if (n != 0)
			route_run(lc, &a->q[q], b, head, tail, n);
	}
}

void
mpdk_m_send_nbls_complete_bulk(struct mpdk_adapter *a,
			       struct mpdk_nbl *const *nbls, unsigned int n,
			       uint32_t flags __rte_unused)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	unsigned int i = 0;

	while (i < n) {
		struct mpdk_nbl *nbl = nbls[i];
		struct mpdk_binding *b = nbl->source_handle;
		uint16_t q = nbl->queue;
		struct mpdk_nbl *head, **tailp = &head;
		uint32_t run = 0;

		/* One run: the NBLs of one binding and one queue, linked as
		 * they come (a miniport's reap is usually one run). */
		for (;;) {
			if (likely(complete_one(a, nbl))) {
				*tailp = nbl;
				tailp = &nbl->next;
				run++;
			}
			if (++i == n)
				break;
			nbl = nbls[i];
			if (nbl->source_handle != b || nbl->queue != q)
				break;
		}
		if (run != 0)
			route_run(lc, &a->q[q], b, head,
				  container_of(tailp, struct mpdk_nbl, next), run);
	}
}

static mpdk_status_t
send_common(struct mpdk_binding *b, struct mpdk_adapter *a, uint16_t queue,
	    struct mpdk_nbl *chain, uint32_t flags)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	struct mpdk__queue *qs = &a->q[queue];
	struct mpdk_nbl *burst[MPDK_SEND_BURST_MAX];
	struct mpdk_binding *saved_binding;
	struct mpdk_nbl *saved_head, *saved_tail, *bad = NULL, *bad_tail = NULL;
	struct mpdk_nbl *nbl, *prev, *next;
	uint32_t n = 0, n_bad = 0, saved_n, inline_n;
	uint64_t tsc = rte_rdtsc();
	mpdk_status_t st;

	if (unlikely(__atomic_load_n(&qs->poller, __ATOMIC_ACQUIRE) == NULL)) {
		MPDK_LOG(DEBUG, "adapter '%s' queue %u has no poller", a->name,
			 queue);
		refuse_chain(chain, MPDK_STATUS_ADAPTER_NOT_READY, false);
		count_refused(b, qs, mpdk_nbl_chain_count(chain));
		return MPDK_STATUS_ADAPTER_NOT_READY;
	}

	MPDK_NBL_FOREACH(nbl, chain) {
#ifdef MPDK_DEBUG
		if (unlikely(nbl->state != MPDK__NBL_OWNED &&
			     nbl->state != MPDK__NBL_INDICATED)) {
			/* Undo the tags of the NBLs before it and refuse. */
			struct mpdk_nbl *t;

			mpdk__debug_violation("send of an NBL already outstanding or free",
					      nbl);
			for (t = chain; t != nbl; t = t->next)
				t->state = t->prev_state;
			/* The offender is someone else's now: leave it be. */
			for (t = chain; t != NULL; t = t->next)
				if (t != nbl)
					t->status = MPDK_STATUS_INVALID_PARAMETER;
			count_refused(b, qs, mpdk_nbl_chain_count(chain));
			return MPDK_STATUS_INVALID_PARAMETER;
		}
		nbl->prev_state = nbl->state;
		nbl->state = MPDK__NBL_SENT;
#endif
		nbl->source_handle = b;
		nbl->queue = queue;
		nbl->status = MPDK_STATUS_PENDING;
		nbl->send_tsc = tsc;
		n_bad += unlikely(nbl->nb_count == 0 || nbl->first_nb == NULL ||
				  (nbl->lib_flags & (MPDK__NBLF_SHARED |
						     MPDK__NBLF_RESOURCES)));
		if (n < MPDK_SEND_BURST_MAX)
			burst[n] = nbl;
		n++;
	}

	/* Count first, then look at the gates (see binding_drained()). */
	__atomic_fetch_add(&b->cnt.sent, n, __ATOMIC_SEQ_CST);
	__atomic_fetch_add(&qs->cnt.sent, n, __ATOMIC_SEQ_CST);
	st = mpdk__binding_gate(b);
	if (likely(st == MPDK_STATUS_SUCCESS))
		st = mpdk__adapter_gate(a);
	if (unlikely(st != MPDK_STATUS_SUCCESS)) {
		__atomic_fetch_sub(&qs->cnt.sent, n, __ATOMIC_SEQ_CST);
		__atomic_fetch_sub(&b->cnt.sent, n, __ATOMIC_SEQ_CST);
		refuse_chain(chain, st, true);
		count_refused(b, qs, n);
		return st;
	}

	if (unlikely(n_bad != 0)) {
		/* NBLs without an NB never reach the miniport, nor frames
		 * other receivers hold (two senders of one mbuf could both
		 * lend it to a PMD) or the miniport takes back when its
		 * RESOURCES indication returns: INVALID_DATA. */
		prev = NULL;
		for (nbl = chain; nbl != NULL; nbl = next) {
			next = nbl->next;
			if (nbl->nb_count != 0 && nbl->first_nb != NULL &&
			    !(nbl->lib_flags & (MPDK__NBLF_SHARED |
						MPDK__NBLF_RESOURCES))) {
				prev = nbl;
				continue;
			}
			if (prev != NULL)
				prev->next = next;
			else
				chain = next;
			nbl->status = MPDK_STATUS_INVALID_DATA;
			nbl->next = NULL;
			if (bad_tail != NULL)
				bad_tail->next = nbl;
			else
				bad = nbl;
			bad_tail = nbl;
		}
	}

	saved_binding = lc->inline_binding;
	saved_head = lc->inline_head;
	saved_tail = lc->inline_tail;
	saved_n = lc->inline_n;
	lc->inline_binding = (flags & MPDK_SEND_FLAG_INLINE_COMPLETE) ? b : NULL;
	lc->inline_head = NULL;
	lc->inline_tail = NULL;
	lc->inline_n = 0;
	lc->send_depth++;

	if (bad != NULL)
		mpdk_m_send_nbls_complete(a, bad, 0);
	if (n_bad == 0 && n <= MPDK_SEND_BURST_MAX &&
	    a->drv->ops.send_nbl_burst != NULL)
		a->drv->ops.send_nbl_burst(a->ctx, queue, burst, n, flags);
	else if (chain != NULL)
		a->drv->ops.send_nbls(a->ctx, queue, chain, flags);

	lc->send_depth--;
	nbl = lc->inline_head;
	inline_n = lc->inline_n;
	lc->inline_binding = saved_binding;
	lc->inline_head = saved_head;
	lc->inline_tail = saved_tail;
	lc->inline_n = saved_n;

	if (nbl != NULL) {
		mpdk__deliver(b, nbl, inline_n, MPDK_SEND_COMPLETE_F_INLINE);
		__atomic_fetch_add(&qs->cnt.completed, inline_n,
				   __ATOMIC_RELEASE);
	}
	return MPDK_STATUS_PENDING;
}

mpdk_status_t
mpdk_send_nbls_on_queue(struct mpdk_binding *b, uint16_t queue,
			struct mpdk_nbl *chain, uint32_t flags)
{
	mpdk_status_t st;

	if (unlikely(b == NULL || chain == NULL)) {
		refuse_chain(chain, MPDK_STATUS_INVALID_PARAMETER, false);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	/* A closed binding may outlive its adapter: look at it first. */
	st = mpdk__binding_gate(b);
	if (unlikely(st != MPDK_STATUS_SUCCESS)) {
		refuse_chain(chain, st, false);
		count_refused(b, NULL, mpdk_nbl_chain_count(chain));
		return st;
	}
	if (unlikely(queue >= b->adapter->n_queues)) {
		refuse_chain(chain, MPDK_STATUS_INVALID_PARAMETER, false);
		count_refused(b, NULL, mpdk_nbl_chain_count(chain));
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	return send_common(b, b->adapter, queue, chain, flags);
}

mpdk_status_t
mpdk_send_nbls(struct mpdk_binding *b, struct mpdk_nbl *chain, uint32_t flags)
{
	unsigned int lcore = rte_lcore_id();
	mpdk_status_t st;
	uint16_t queue;

	if (unlikely(b == NULL || chain == NULL)) {
		refuse_chain(chain, MPDK_STATUS_INVALID_PARAMETER, false);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	st = mpdk__binding_gate(b);
	if (unlikely(st != MPDK_STATUS_SUCCESS)) {
		refuse_chain(chain, st, false);
		count_refused(b, NULL, mpdk_nbl_chain_count(chain));
		return st;
	}
	queue = lcore < RTE_MAX_LCORE ? b->adapter->lcore_queue[lcore] : 0;
	return send_common(b, b->adapter, queue, chain, flags);
}
