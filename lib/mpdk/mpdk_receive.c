/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The receive path: mpdk_m_indicate_receive_nbls()
 * (NdisMIndicateReceiveNetBufferLists), mpdk_return_nbls()
 * (NdisReturnNetBufferLists) and transfer data (NdisTransferData).
 *
 * Sharing a frame: the first receiver gets the miniport's NBL, every other
 * receiver an NBL of the adapter's clone pool pointing at the same NBs
 * (rx_parent = the original).  So each receiver owns its NBL and its next
 * link, and may keep, chain and return it as it likes.  The original counts
 * its holders (rx_refs); the last return hands it to the miniport.
 */

#include <assert.h>
#include <stddef.h>
#include <string.h>

#include <rte_pause.h>

#include "mpdk_private.h"

/* Copy the adapter's open bindings, consistently (seqcount reader). */
unsigned int
mpdk__snapshot_bindings(struct mpdk_adapter *a, struct mpdk_binding **out)
{
	uint32_t s1, s2;
	unsigned int n, i;

	for (;;) {
		s1 = __atomic_load_n(&a->bind_seq, __ATOMIC_ACQUIRE);
		if (unlikely(s1 & 1)) {
			rte_pause();
			continue;
		}
		n = __atomic_load_n(&a->n_bindings, __ATOMIC_RELAXED);
		if (unlikely(n > MPDK_MAX_BINDINGS))
			n = MPDK_MAX_BINDINGS; /* torn read; retried below */
		for (i = 0; i < n; i++)
			out[i] = __atomic_load_n(&a->bindings[i], __ATOMIC_RELAXED);
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		s2 = __atomic_load_n(&a->bind_seq, __ATOMIC_RELAXED);
		if (likely(s1 == s2))
			return n;
	}
}

/* Receivers' own NBLs for one frame chain; NULL and *missed set when the
 * clone pool ran dry for some (those frames skip this receiver). */
static struct mpdk_nbl *
clone_chain(struct mpdk_adapter *a, struct mpdk_nbl *chain,
	    struct mpdk_binding *b, uint32_t *n_out, uint32_t *missed)
{
	struct mpdk_nbl *head = NULL, **tailp = &head, *nbl, *c;
	uint32_t n = 0;

	MPDK_NBL_FOREACH(nbl, chain) {
		c = a->clone_pool != NULL ? mpdk_nbl_alloc(a->clone_pool) : NULL;
		if (unlikely(c == NULL)) {
			nbl->rx_refs--; /* not published yet: no receiver runs */
			(*missed)++;
			continue;
		}
		c->first_nb = nbl->first_nb;
		c->last_nb = nbl->last_nb;
		c->nb_count = nbl->nb_count;
		c->queue = nbl->queue;
		c->rx_adapter = a;
		c->rx_binding = b;
		c->rx_parent = nbl;
		c->rx_frame_len = nbl->rx_frame_len;
		c->lib_flags = nbl->lib_flags;
#ifdef MPDK_DEBUG
		c->state = MPDK__NBL_INDICATED;
#endif
		*tailp = c;
		tailp = &c->next;
		n++;
	}
	*tailp = NULL;
	*n_out = n;
	return head;
}

/* The clone pool holds only descriptors: give them back, NBs untouched. */
static void
free_clones(struct mpdk_nbl *chain)
{
	struct mpdk_nbl *nbl, *tmp;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp)
		mpdk__nbl_put(nbl);
}

/*
 * The bindings that receive an indication of @p n frames, in recv[]:
 * each one's count raised, and the adapter's and its own gates passed.
 */
static inline unsigned int
receivers_gate(struct mpdk_adapter *a, uint32_t n, struct mpdk_binding **recv)
{
	struct mpdk_binding *cand[MPDK_MAX_BINDINGS];
	unsigned int n_cand, k = 0, i;

	/* Pausing, paused or resetting: nobody may receive.  This first look
	 * only skips the work; the gate that counts is the second one. */
	n_cand = likely(__atomic_load_n(&a->state, __ATOMIC_ACQUIRE) ==
			MPDK__A_RUNNING) ? mpdk__snapshot_bindings(a, cand) : 0;
	/* Count first, then the gates, as sends do: a close or a pause that
	 * drains after closing its gate sees this indication or none (a
	 * pause whose drain check ran between a state check and the count
	 * would otherwise finish with a receive on its way). */
	for (i = 0; i < n_cand; i++)
		__atomic_fetch_add(&cand[i]->rx.indicated, n, __ATOMIC_SEQ_CST);
	if (unlikely(n_cand != 0 &&
		     __atomic_load_n(&a->state, __ATOMIC_SEQ_CST) !=
		     MPDK__A_RUNNING)) {
		for (i = 0; i < n_cand; i++)
			__atomic_fetch_sub(&cand[i]->rx.indicated, n,
					   __ATOMIC_SEQ_CST);
		n_cand = 0;
	}
	for (i = 0; i < n_cand; i++) {
		struct mpdk_binding *b = cand[i];

		if (likely(__atomic_load_n(&b->state, __ATOMIC_SEQ_CST) ==
			   MPDK__B_OPEN))
			recv[k++] = b;
		else
			__atomic_fetch_sub(&b->rx.indicated, n, __ATOMIC_SEQ_CST);
	}
	return k;
}

static inline uint16_t
rx_lib_flags(unsigned int k, uint32_t flags)
{
	return (k > 1 ? MPDK__NBLF_SHARED : 0) |
	       ((flags & MPDK_RECEIVE_F_RESOURCES) ? MPDK__NBLF_RESOURCES : 0);
}

/* Hand an indication whose NBLs carry their receive fields to the @p k
 * receivers (the first gets the chain, the others clones). */
static void
indicate_to(struct mpdk_adapter *a, struct mpdk_nbl *chain, uint16_t queue,
	    uint32_t n, uint32_t flags, struct mpdk_binding *const *recv,
	    unsigned int k)
{
	struct mpdk_nbl *views[MPDK_MAX_BINDINGS];
	uint32_t counts[MPDK_MAX_BINDINGS];
#ifdef MPDK_DEBUG
	struct mpdk_nbl *nbl;
#endif
	unsigned int i;

	if (k == 0) {
		/* Nobody listens: straight back to the miniport. */
#ifdef MPDK_DEBUG
		MPDK_NBL_FOREACH(nbl, chain)
			nbl->state = MPDK__NBL_OWNED;
#endif
		if (!(flags & MPDK_RECEIVE_F_RESOURCES))
			a->drv->ops.return_nbls(a->ctx, chain, 0);
		return;
	}

	/* Every receiver's NBLs exist before anyone sees a frame, so
	 * rx_refs is final when the first return may come. */
	views[0] = chain;
	counts[0] = n;
	for (i = 1; i < k; i++) {
		uint32_t missed = 0;

		views[i] = clone_chain(a, chain, recv[i], &counts[i], &missed);
		if (missed != 0) {
			MPDK__ADD(&recv[i]->rx.missed, missed);
			__atomic_fetch_sub(&recv[i]->rx.indicated, missed,
					   __ATOMIC_RELEASE);
		}
	}
	for (i = 0; i < k; i++) {
		if (unlikely(counts[i] == 0))
			continue;
		if (flags & MPDK_RECEIVE_F_RESOURCES)
			MPDK__ADD(&recv[i]->rx.resources, counts[i]);
		recv[i]->receive(recv[i]->ctx, views[i], queue, counts[i], flags);
	}
	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		return;

	/* The receivers had to copy: everything is the miniport's again. */
	for (i = 0; i < k; i++) {
		if (counts[i] == 0)
			continue;
		if (i != 0)
			free_clones(views[i]);
		__atomic_fetch_add(&recv[i]->rx.returned, counts[i],
				   __ATOMIC_RELEASE);
	}
#ifdef MPDK_DEBUG
	MPDK_NBL_FOREACH(nbl, chain)
		nbl->state = MPDK__NBL_OWNED;
#endif
}

void
mpdk_m_indicate_receive_nbls(struct mpdk_adapter *a, struct mpdk_nbl *chain,
			     uint16_t queue, uint32_t n, uint32_t flags)
{
	struct mpdk_binding *recv[MPDK_MAX_BINDINGS];
	struct mpdk_nbl *nbl;
	unsigned int k;
	uint16_t lf;

	if (unlikely(chain == NULL || n == 0))
		return;
	k = receivers_gate(a, n, recv);
	lf = rx_lib_flags(k, flags);
	MPDK_NBL_FOREACH(nbl, chain) {
		nbl->rx_adapter = a;
		nbl->rx_binding = k != 0 ? recv[0] : NULL;
		nbl->rx_parent = NULL;
		nbl->rx_refs = k;
		nbl->queue = queue;
		nbl->lib_flags = lf;
#ifdef MPDK_DEBUG
		nbl->state = MPDK__NBL_INDICATED;
#endif
	}
	indicate_to(a, chain, queue, n, flags, recv, k);
}

/* The fields of an embedded RX NBL that no indication changes. */
static void
rx_nbl_prepare(struct rte_mempool *mp __rte_unused, void *arg, void *obj,
	       unsigned int idx __rte_unused)
{
	struct rte_mbuf *m = obj;
	struct mpdk_nbl *nbl = mpdk__nbl_embed(m);

	nbl->rx_adapter = arg;
	nbl->rx_parent = NULL;
	nbl->rx_refs = 0;
}

mpdk_status_t
mpdk_m_rx_pool_prepare(struct mpdk_adapter *a, struct rte_mempool *mp)
{
	if (a == NULL || mp == NULL ||
	    rte_pktmbuf_priv_size(mp) < MPDK_NBL_MBUF_PRIV_SIZE)
		return MPDK_STATUS_INVALID_PARAMETER;
	rte_mempool_obj_iter(mp, rx_nbl_prepare, a);
	return MPDK_STATUS_SUCCESS;
}

/*
 * The fields of line 0 an indication sets, flags through rx_frame_len, in
 * struct mpdk_nbl's order: built once per indication, copied into each
 * NBL as one 16-byte store instead of seven narrow ones.
 */
struct rx_stamp {
	uint16_t flags;
	uint16_t lib_flags;
	uint16_t queue;
	uint8_t state;
	uint8_t prev_state;
	uint32_t rx_refs;
	uint32_t rx_frame_len;
};

#define RX_STAMP_AT(f) \
	(offsetof(struct mpdk_nbl, f) - offsetof(struct mpdk_nbl, flags) == \
	 offsetof(struct rx_stamp, f))
static_assert(RX_STAMP_AT(lib_flags) && RX_STAMP_AT(queue) &&
	      RX_STAMP_AT(state) && RX_STAMP_AT(prev_state) &&
	      RX_STAMP_AT(rx_refs) && RX_STAMP_AT(rx_frame_len) &&
	      offsetof(struct mpdk_nbl, rx_frame_len) + sizeof(uint32_t) -
	      offsetof(struct mpdk_nbl, flags) == sizeof(struct rx_stamp),
	      "struct rx_stamp must mirror struct mpdk_nbl, flags to rx_frame_len");

/*
 * The fast path of a miniport whose RX pool carries NBLs: only what
 * changes per indication is written (mpdk_m_rx_pool_prepare() wrote the
 * rest; an embedded NBL's NB cannot be detached or added to), chaining and
 * tagging in one pass over the frames, which are then hot in the cache
 * for the receivers.
 */
void
mpdk_m_indicate_receive_mbufs(struct mpdk_adapter *a, struct rte_mbuf *const *m,
			      uint32_t n, uint16_t queue, uint32_t flags)
{
	struct mpdk_binding *recv[MPDK_MAX_BINDINGS];
	struct mpdk_binding *b0;
	struct rx_stamp stamp;
	struct mpdk_nbl *nbl;
	unsigned int k;
	uint32_t i;

	if (unlikely(m == NULL || n == 0))
		return;
#ifdef MPDK_DEBUG
	for (i = 0; i < n; i++) {
		nbl = rte_mbuf_to_priv(m[i]);
		if (unlikely(!mpdk_nbl_embeddable(m[i]) || nbl->first_nb != m[i] ||
			     nbl->last_nb != m[i] || nbl->nb_count != 1 ||
			     nbl->pool != NULL || nbl->rx_adapter != a ||
			     nbl->rx_parent != NULL ||
			     *mpdk__nb_link(m[i]) != NULL)) {
			mpdk__debug_violation("indicated mbuf not from an RX pool prepared for this adapter",
					      NULL);
			return;
		}
	}
#endif
	k = receivers_gate(a, n, recv);
	b0 = k != 0 ? recv[0] : NULL;
	stamp = (struct rx_stamp){
		.flags = 0,
		.lib_flags = rx_lib_flags(k, flags) | MPDK__NBLF_IN_MBUF,
		.queue = queue,
#ifdef MPDK_DEBUG
		.state = MPDK__NBL_INDICATED,
#else
		.state = MPDK__NBL_OWNED,
#endif
		.prev_state = 0,
		.rx_refs = k,
		.rx_frame_len = 0,
	};
	for (i = 0; i < n; i++) {
		nbl = rte_mbuf_to_priv(m[i]);
		nbl->next = i + 1 < n ? rte_mbuf_to_priv(m[i + 1]) : NULL;
		nbl->status = MPDK_STATUS_SUCCESS;
		memcpy(&nbl->flags, &stamp, sizeof(stamp));
		nbl->rx_binding = b0;
		/* The previous holder's, if it sent the frame on. */
		nbl->cancel_id = 0;
		nbl->context = NULL;
	}
	indicate_to(a, rte_mbuf_to_priv(m[0]), queue, n, flags, recv, k);
}

/* Frames whose last holder let go, grouped per adapter for return_nbls. */
struct return_run {
	struct mpdk_adapter *a;
	struct mpdk_nbl *head;
	struct mpdk_nbl **tailp;
};

static inline void
run_flush(struct return_run *r)
{
	if (r->head == NULL)
		return;
	*r->tailp = NULL;
	r->a->drv->ops.return_nbls(r->a->ctx, r->head, 0);
	r->head = NULL;
}

/* One holder of @p frame (an original) is done; true if it was the last. */
static inline bool
frame_put(struct mpdk_nbl *frame)
{
	/* A count of 1 has no other holder left to race with. */
	if (__atomic_load_n(&frame->rx_refs, __ATOMIC_ACQUIRE) == 1) {
		frame->rx_refs = 0;
		return true;
	}
	return __atomic_sub_fetch(&frame->rx_refs, 1, __ATOMIC_ACQ_REL) == 0;
}

static inline void
run_add(struct return_run *r, struct mpdk_nbl *frame)
{
	if (r->head != NULL && r->a != frame->rx_adapter)
		run_flush(r);
	if (r->head == NULL) {
		r->a = frame->rx_adapter;
		r->head = frame;
	} else {
		*r->tailp = frame;
	}
	r->tailp = &frame->next;
}

#ifndef MPDK_DEBUG
/* mbufs handed to return_mbufs per call */
#define RETURN_MBUF_BURST 64

/*
 * Fast path of frames that live in their mbufs (mpdk_m_indicate_receive_
 * mbufs()) and that the binding alone holds: the run of them at the head
 * of @p chain goes back as an array of mbufs, gathered in this one walk,
 * to the miniport's return_mbufs.  Returns the rest of the chain.
 */
static inline struct mpdk_nbl *
return_in_mbufs(struct mpdk_adapter *a, struct mpdk_nbl *chain, uint64_t *n)
{
	struct rte_mbuf *m[RETURN_MBUF_BURST];
	struct mpdk_nbl *nbl = chain, *next;
	unsigned int k = 0;

	while (nbl != NULL) {
		if (unlikely((nbl->lib_flags & (MPDK__NBLF_SHARED |
						MPDK__NBLF_RESOURCES |
						MPDK__NBLF_IN_MBUF)) !=
			     MPDK__NBLF_IN_MBUF ||
			     __atomic_load_n(&nbl->rx_refs, __ATOMIC_ACQUIRE) != 1))
			break;
		next = nbl->next; /* the return frees the NBL with its mbuf */
		nbl->rx_refs = 0;
		m[k++] = nbl->first_nb;
		if (unlikely(k == RTE_DIM(m))) {
			a->drv->ops.return_mbufs(a->ctx, m, k);
			*n += k;
			k = 0;
		}
		nbl = next;
	}
	if (k != 0) {
		a->drv->ops.return_mbufs(a->ctx, m, k);
		*n += k;
	}
	return nbl;
}
#endif

void
mpdk_return_nbls(struct mpdk_binding *b, struct mpdk_nbl *chain,
		 uint32_t flags __rte_unused)
{
	struct return_run run = { .head = NULL };
	struct mpdk_nbl *nbl, *tmp, *frame;
	uint64_t n = 0;

	if (unlikely(b == NULL || chain == NULL))
		return;
#ifndef MPDK_DEBUG
	{
		/* Fast path: a run of frames this binding alone holds (not
		 * shared, so originals, and rx_refs 1: no transfer holds
		 * them), the usual case, goes back to the binding's adapter,
		 * which indicated them: as mbufs if they live in theirs and
		 * the miniport takes them so, else as the chain it already
		 * is.  Only the NBLs' first cache line is read.  MPDK_DEBUG
		 * checks each NBL below instead. */
		struct mpdk_adapter *a = b->adapter;
		struct mpdk_nbl *last = NULL;

		if (a->drv->ops.return_mbufs != NULL)
			chain = return_in_mbufs(a, chain, &n);
		for (nbl = chain; nbl != NULL; last = nbl, nbl = nbl->next) {
			if (unlikely((nbl->lib_flags & MPDK__NBLF_SHARED) != 0 ||
				     __atomic_load_n(&nbl->rx_refs,
						     __ATOMIC_ACQUIRE) != 1))
				break;
			nbl->rx_refs = 0;
			n++;
		}
		if (last != NULL) {
			last->next = NULL;
			a->drv->ops.return_nbls(a->ctx, chain, 0);
			chain = nbl;
		}
	}
#endif
	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
#ifdef MPDK_DEBUG
		if (unlikely(nbl->state != MPDK__NBL_INDICATED ||
			     nbl->rx_binding != b)) {
			mpdk__debug_violation(nbl->state != MPDK__NBL_INDICATED ?
				"return of an NBL not indicated (twice, or never)" :
				"return through another binding", nbl);
			continue;
		}
		nbl->state = MPDK__NBL_OWNED;
#endif
		n++;
		frame = nbl->rx_parent;
		if (frame != NULL)
			mpdk__nbl_put(nbl);
		else
			frame = nbl;
		if (frame_put(frame))
			run_add(&run, frame);
	}
	if (run.head != NULL)
		run_flush(&run);
	if (n != 0)
		__atomic_fetch_add(&b->rx.returned, n, __ATOMIC_RELEASE);
}

void
mpdk_return_nbls_any(struct mpdk_nbl *chain, uint32_t flags)
{
	while (chain != NULL) {
		struct mpdk_binding *b = chain->rx_binding;
		struct mpdk_nbl *tail = chain, *rest;

		while (tail->next != NULL && tail->next->rx_binding == b)
			tail = tail->next;
		rest = tail->next;
		tail->next = NULL;
		mpdk_return_nbls(b, chain, flags);
		chain = rest;
	}
}

/* A transfer finished (or failed to start): release its hold. */
static void
transfer_release(struct mpdk_binding *b, struct mpdk_nbl *frame)
{
	if (frame_put(frame)) {
		frame->next = NULL;
		frame->rx_adapter->drv->ops.return_nbls(frame->rx_adapter->ctx,
							frame, 0);
	}
	__atomic_fetch_add(&b->rx.xfer_done, 1, __ATOMIC_RELEASE);
}

mpdk_status_t
mpdk_transfer_data(struct mpdk_binding *b, struct mpdk_transfer *t)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	struct mpdk_nbl *nbl, *frame;
	struct mpdk_adapter *a;
	mpdk_status_t st;
	uint32_t len;

	if (b == NULL || t == NULL || t->nbl == NULL || t->dst == NULL ||
	    t->nbl->rx_adapter == NULL) {
		if (t != NULL)
			t->status = MPDK_STATUS_INVALID_PARAMETER;
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	nbl = t->nbl;
#ifdef MPDK_DEBUG
	if (nbl->state != MPDK__NBL_INDICATED || nbl->rx_binding != b) {
		mpdk__debug_violation("transfer from an NBL the binding does not hold",
				      nbl);
		t->status = MPDK_STATUS_INVALID_PARAMETER;
		return MPDK_STATUS_INVALID_PARAMETER;
	}
#endif
	a = nbl->rx_adapter;
	frame = nbl->rx_parent != NULL ? nbl->rx_parent : nbl;
	len = mpdk_nbl_frame_length(nbl);
	t->bytes_transferred = 0;
	if (t->offset > len || t->length > len - t->offset) {
		t->status = MPDK_STATUS_INVALID_LENGTH;
		return MPDK_STATUS_INVALID_LENGTH;
	}
	if (t->length == 0) {
		t->status = MPDK_STATUS_SUCCESS;
		return MPDK_STATUS_SUCCESS;
	}
	if (a->drv->ops.transfer_data == NULL) {
		t->status = MPDK_STATUS_NOT_SUPPORTED;
		return MPDK_STATUS_NOT_SUPPORTED;
	}
	/* The transfer holds the frame: the NBL may be returned meanwhile.
	 * A RESOURCES frame goes back to the miniport when the indication
	 * returns, whatever holds it: the copy must be done by then. */
	__atomic_fetch_add(&frame->rx_refs, 1, __ATOMIC_ACQ_REL);
	__atomic_fetch_add(&b->rx.xfer_started, 1, __ATOMIC_SEQ_CST);
	t->lib_binding = b;
	t->lib_frame = frame;
	t->lib_flags = (nbl->lib_flags & MPDK__NBLF_RESOURCES) ?
		MPDK_TRANSFER_F_SYNC : 0;
	t->status = MPDK_STATUS_PENDING;
	lc->xfer_depth++;
	st = a->drv->ops.transfer_data(a->ctx, t);
	lc->xfer_depth--;
	if (st == MPDK_STATUS_PENDING && (t->lib_flags & MPDK_TRANSFER_F_SYNC)) {
		/* Cannot be: the frame is gone when we return.  The miniport
		 * still owes a completion, which must not reach the protocol
		 * twice: fail loudly, let the completion finish it. */
		MPDK_LOG(ERR, "adapter '%s': transfer pended on a RESOURCES frame",
			 a->name);
	}
	if (st != MPDK_STATUS_RESOURCES && st != MPDK_STATUS_INVALID_PARAMETER &&
	    st != MPDK_STATUS_NOT_SUPPORTED)
		MPDK__ADD(&b->rx.xfers, 1);
	if (st == MPDK_STATUS_PENDING)
		return st;
	t->status = st;
	transfer_release(b, frame);
	return st;
}

/* Hand a finished transfer to its protocol and drop its hold. */
static void
transfer_deliver(struct mpdk_transfer *t)
{
	/* Read before the handler, which may reuse t for a new transfer. */
	struct mpdk_binding *b = t->lib_binding;
	struct mpdk_nbl *frame = t->lib_frame;
	mpdk_status_t status = (mpdk_status_t)t->status;

	if (b->proto->ops.transfer_data_complete != NULL)
		b->proto->ops.transfer_data_complete(b->ctx, t, status);
	transfer_release(b, frame);
}

void
mpdk_m_transfer_data_complete(struct mpdk_adapter *a, struct mpdk_transfer *t,
			      mpdk_status_t status)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();

	if (t->status != MPDK_STATUS_PENDING) {
#ifdef MPDK_DEBUG
		mpdk__debug_violation("transfer completed twice or never pended",
				      t->nbl);
#else
		MPDK_LOG(ERR, "adapter '%s': completion of a transfer not pending",
			 a->name);
#endif
		return;
	}
	if (status == MPDK_STATUS_PENDING || (uint32_t)status >= MPDK_STATUS__COUNT) {
#ifdef MPDK_DEBUG
		mpdk__debug_violation("transfer completed without a final status",
				      t->nbl);
#endif
		status = MPDK_STATUS_FAILURE;
	}
	t->status = status;
	/* From a poll step: deliver now.  From inside the transfer call, or
	 * any other thread: the control step of queue 0's poller delivers,
	 * so the protocol is never re-entered from its own call. */
	if (lc->poller != NULL && lc->xfer_depth == 0) {
		transfer_deliver(t);
		return;
	}
	rte_spinlock_lock(&a->oid_lock);
	t->lib_next = NULL;
	if (a->xfer_done_tail != NULL)
		a->xfer_done_tail->lib_next = t;
	else
		a->xfer_done_head = t;
	a->xfer_done_tail = t;
	rte_spinlock_unlock(&a->oid_lock);
	mpdk__kick(a);
}

/* Control step: transfers completed outside a poll step. */
void
mpdk__xfer_control(struct mpdk_adapter *a)
{
	struct mpdk_transfer *t, *next;

	rte_spinlock_lock(&a->oid_lock);
	t = a->xfer_done_head;
	a->xfer_done_head = NULL;
	a->xfer_done_tail = NULL;
	rte_spinlock_unlock(&a->oid_lock);
	for (; t != NULL; t = next) {
		next = t->lib_next;
		transfer_deliver(t);
	}
}

mpdk_status_t
mpdk_binding_receive_stats(const struct mpdk_binding *b,
			   struct mpdk_receive_stats *st)
{
	if (b == NULL || st == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	st->returned = MPDK__READ(&b->rx.returned);
	st->indicated = MPDK__READ(&b->rx.indicated);
	st->held = st->indicated > st->returned ?
		st->indicated - st->returned : 0;
	st->resources = MPDK__READ(&b->rx.resources);
	st->missed = MPDK__READ(&b->rx.missed);
	st->transfers = MPDK__READ(&b->rx.xfers);
	return MPDK_STATUS_SUCCESS;
}
