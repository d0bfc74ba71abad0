/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Generic ethdev miniport, data path: send (MiniportSendNetBufferLists)
 * and TX completion reaping (the TX half of MiniportInterruptDPC).
 */

#include <stdio.h>

#include <rte_errno.h>
#include <rte_ether.h>
#include <rte_mbuf.h>

#include "ethdev_private.h"

/* Length checks of one NB, and its segment chain consistent (nb_segs
 * segments whose data_len add up to pkt_len): the release check of a
 * one-segment NB looks at nb_segs alone. */
static inline bool
nb_shape_ok(const struct eth_adapter *ea, const struct rte_mbuf *nb)
{
	const struct rte_mbuf *seg;
	uint32_t len = 0, n = 0;

	if (nb->pkt_len < RTE_ETHER_HDR_LEN ||
	    nb->pkt_len > __atomic_load_n(&ea->max_frame, __ATOMIC_RELAXED) ||
	    nb->nb_segs > ea->max_segs)
		return false;
	for (seg = nb; seg != NULL && n <= nb->nb_segs; seg = seg->next) {
		len += seg->data_len;
		n++;
	}
	return n == nb->nb_segs && len == nb->pkt_len;
}

/*
 * Checks of an NBL queued for later (backlog): lengths, and every segment
 * ours alone (refcnt 1, not lent), or "refcnt back to 1" could not mean
 * "released".
 */
static inline mpdk_status_t
eth_validate(const struct eth_adapter *ea, struct mpdk_nbl *nbl)
{
	struct rte_mbuf *nb, *seg;

	MPDK_NB_FOREACH(nb, nbl) {
		if (unlikely(!nb_shape_ok(ea, nb)))
			return MPDK_STATUS_INVALID_LENGTH;
		for (seg = nb; seg != NULL; seg = seg->next)
			if (unlikely(rte_mbuf_refcnt_read(seg) != 1 ||
				     mpdk_nb_is_lent(seg)))
				return MPDK_STATUS_INVALID_DATA;
	}
	nbl->miniport_reserved[ETH_RSV_NEXT_NB] = (uintptr_t)nbl->first_nb;
	return MPDK_STATUS_SUCCESS;
}

/* The PMD's hold on an NB: lent (NB pools) or one more reference per
 * segment.  Released when every segment is at refcnt 1 and not lent. */
static inline void
nb_hold(struct rte_mbuf *nb)
{
	struct rte_mbuf *seg;

	if (mpdk_nb_lendable(nb)) {
		mpdk_nb_lend(nb);
		return;
	}
	for (seg = nb; seg != NULL; seg = seg->next)
		rte_mbuf_refcnt_update(seg, 1);
}

/* Undo nb_hold() for an NB the PMD did not take. */
static inline void
nb_unhold(struct rte_mbuf *nb)
{
	struct rte_mbuf *seg;

	if (mpdk_nb_is_lent(nb)) {
		mpdk_nb_unlend(nb);
		return;
	}
	for (seg = nb; seg != NULL; seg = seg->next)
		rte_mbuf_refcnt_update(seg, -1);
}

/*
 * Fast path: validate an NBL, take the PMD's hold on each NB and put its
 * NBs in @p pkts, in one pass.  On error nothing is held.  The usual NBL,
 * one NB of one segment, takes no loop.  NBs of NB pools are lent, the
 * others held by a reference on each segment.  An NB whose nb_segs
 * disagrees with its chain never passes (the fast path checks next, the
 * loop nb_shape_ok()), so the release check may trust nb_segs.
 */
static inline mpdk_status_t
eth_take(const struct eth_adapter *ea, uint32_t max_frame,
	 struct mpdk_nbl *nbl, struct rte_mbuf **pkts)
{
	struct rte_mbuf *nb = nbl->first_nb, *seg, *s;
	uint32_t i;
	bool lend;

	if (likely(nbl->nb_count == 1 && nb->nb_segs == 1 && nb->next == NULL)) {
		/* Before the acquire load below: reuses the loads above. */
		lend = mpdk_nb_lendable(nb);

		if (unlikely(nb->pkt_len < RTE_ETHER_HDR_LEN ||
			     nb->pkt_len > max_frame || nb->data_len != nb->pkt_len))
			return MPDK_STATUS_INVALID_LENGTH;
		if (unlikely(rte_mbuf_refcnt_read(nb) != 1 || mpdk_nb_is_lent(nb)))
			return MPDK_STATUS_INVALID_DATA;
		if (lend)
			mpdk_nb_lend(nb);
		else
			rte_mbuf_refcnt_set(nb, 2);
		pkts[0] = nb;
		return MPDK_STATUS_SUCCESS;
	}
	for (i = 0; i < nbl->nb_count; i++) {
		if (unlikely(!nb_shape_ok(ea, nb)))
			goto undo_len;
		/* A lendable NB has one segment: checked, then lent. */
		lend = mpdk_nb_lendable(nb);
		for (seg = nb; seg != NULL; seg = seg->next) {
			if (unlikely(rte_mbuf_refcnt_read(seg) != 1 ||
				     mpdk_nb_is_lent(seg)))
				goto undo_data;
			if (!lend)
				rte_mbuf_refcnt_set(seg, 2);
		}
		if (lend)
			mpdk_nb_lend(nb);
		pkts[i] = nb;
		if (i + 1 < nbl->nb_count)
			nb = mpdk_nb_next(nb);
	}
	return MPDK_STATUS_SUCCESS;

undo_data:
	/* Drop only what this call took: the segments of this NB before the
	 * shared one (whose count belongs to its other holder) and the NBs
	 * before it. */
	for (s = nb; s != seg; s = s->next)
		rte_mbuf_refcnt_set(s, 1);
	while (i-- > 0)
		nb_unhold(pkts[i]);
	return MPDK_STATUS_INVALID_DATA;
undo_len:
	while (i-- > 0)
		nb_unhold(pkts[i]);
	return MPDK_STATUS_INVALID_LENGTH;
}

/* True once the PMD let go of every segment: each back to refcnt 1 (held)
 * and not lent (lent).  Acquire: whatever the PMD or consumer did with the
 * data happened before.  The segment counts were checked at send
 * (nb_shape_ok()). */
static inline bool
nbl_released(const struct mpdk_nbl *nbl)
{
	const struct rte_mbuf *nb = nbl->first_nb, *seg;
	uint32_t n = nbl->nb_count;

	if (likely(n == 1 && nb->nb_segs == 1))
		return __atomic_load_n(&nb->refcnt, __ATOMIC_ACQUIRE) == 1 &&
		       !mpdk_nb_is_lent(nb);
	for (;;) {
		for (seg = nb; seg != NULL; seg = seg->next)
			if (__atomic_load_n(&seg->refcnt, __ATOMIC_ACQUIRE) != 1 ||
			    mpdk_nb_is_lent(seg))
				return false;
		if (--n == 0)
			return true;
		nb = mpdk_nb_next(nb);
	}
}

/*
 * Hand NBLs to tx_burst until the TX ring or the in-flight ring is full.
 * NBLs fully accepted go to the in-flight ring.  Returns the NBLs not
 * fully accepted (the first may be partly sent); *n_done counts the
 * accepted ones.  Called with txq->lock held.
 */
static struct mpdk_nbl *
eth_xmit(struct eth_txq *txq, struct mpdk_nbl *list, uint32_t *n_done)
{
	struct rte_mbuf *pkts[ETH_TX_BURST];
	struct mpdk_nbl *done[ETH_TX_BURST];

	*n_done = 0;
	while (list != NULL) {
		unsigned int room = rte_ring_free_count(txq->inflight);
		unsigned int cnt = 0, n_nbl = 0, nd = 0, k;
		struct mpdk_nbl *nbl = list;
		uint16_t sent;

		if (room == 0)
			break;
		while (nbl != NULL && cnt < ETH_TX_BURST && n_nbl < room) {
			struct rte_mbuf *nb = (struct rte_mbuf *)
				nbl->miniport_reserved[ETH_RSV_NEXT_NB];

			while (nb != NULL && cnt < ETH_TX_BURST) {
				nb_hold(nb);
				pkts[cnt++] = nb;
				nb = mpdk_nb_next(nb);
			}
			n_nbl++;
			if (nb != NULL)
				break; /* the NBL goes on in the next burst */
			nbl = nbl->next;
		}

		sent = rte_eth_tx_burst(txq->port_id, txq->queue_id, pkts,
					(uint16_t)cnt);
		for (k = sent; k < cnt; k++)
			nb_unhold(pkts[k]);

		/* Advance the NBLs by the NBs the PMD took. */
		k = 0;
		while (k < sent) {
			struct rte_mbuf *nb = (struct rte_mbuf *)
				list->miniport_reserved[ETH_RSV_NEXT_NB];

			while (nb != NULL && k < sent) {
				nb = mpdk_nb_next(nb);
				k++;
			}
			list->miniport_reserved[ETH_RSV_NEXT_NB] = (uintptr_t)nb;
			if (nb != NULL)
				break;
			done[nd++] = list;
			list = list->next; /* read before the poller may see it */
		}
		if (nd != 0) {
			/* Cannot fail: nd <= n_nbl <= room, one producer. */
			rte_ring_sp_enqueue_bulk(txq->inflight, (void **)done, nd,
						 NULL);
			*n_done += nd;
		}
		if (sent < cnt) {
			txq->tx_full++;
			break;
		}
	}
	return list;
}

/* Retry the backlog.  Called with txq->lock held. */
static void
eth_backlog_flush(struct eth_txq *txq)
{
	uint32_t n_done;

	txq->bl_head = eth_xmit(txq, txq->bl_head, &n_done);
	__atomic_store_n(&txq->bl_count, txq->bl_count - n_done,
			 __ATOMIC_RELAXED);
	if (txq->bl_head == NULL)
		txq->bl_tail = NULL;
}

/*
 * Queue what tx_burst did not take.  A partly sent NBL always waits (some
 * of it is on the wire); the others wait while the backlog has room and
 * are refused with RESOURCES after that.  Called with txq->lock held.
 */
static void
eth_backlog_add(struct eth_txq *txq, struct mpdk_nbl *list,
		struct mpdk_nbl ***refusedp)
{
	struct mpdk_nbl *next;

	for (; list != NULL; list = next) {
		bool partial = list->miniport_reserved[ETH_RSV_NEXT_NB] !=
			       (uintptr_t)list->first_nb;

		next = list->next;
		list->next = NULL;
		if (partial || txq->bl_count < txq->bl_max) {
			if (txq->bl_tail != NULL)
				txq->bl_tail->next = list;
			else
				txq->bl_head = list;
			txq->bl_tail = list;
			__atomic_store_n(&txq->bl_count, txq->bl_count + 1,
					 __ATOMIC_RELAXED);
			txq->backlogged++;
		} else {
			list->status = MPDK_STATUS_RESOURCES;
			**refusedp = list;
			*refusedp = &list->next;
			txq->resources++;
		}
	}
}

/* Validate a list for the backlog; invalid NBLs go to *refusedp. */
static struct mpdk_nbl *
eth_validate_list(const struct eth_adapter *ea, struct mpdk_nbl *list,
		  struct mpdk_nbl ***refusedp, uint32_t *n_invalid)
{
	struct mpdk_nbl *good = NULL, **goodp = &good, *next;
	mpdk_status_t st;

	for (; list != NULL; list = next) {
		next = list->next;
		st = eth_validate(ea, list);
		if (likely(st == MPDK_STATUS_SUCCESS)) {
			*goodp = list;
			goodp = &list->next;
			continue;
		}
		list->status = st;
		**refusedp = list;
		*refusedp = &list->next;
		(*n_invalid)++;
	}
	*goodp = NULL;
	return good;
}

/* eth_validate_list() for an array; returns the valid ones linked. */
static struct mpdk_nbl *
eth_validate_array(const struct eth_adapter *ea, struct mpdk_nbl *const *nbls,
		   unsigned int n, struct mpdk_nbl ***refusedp,
		   uint32_t *n_invalid)
{
	struct mpdk_nbl *good = NULL, **goodp = &good;
	unsigned int i;
	mpdk_status_t st;

	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = nbls[i];

		st = eth_validate(ea, nbl);
		if (likely(st == MPDK_STATUS_SUCCESS)) {
			*goodp = nbl;
			goodp = &nbl->next;
			continue;
		}
		nbl->status = st;
		**refusedp = nbl;
		*refusedp = &nbl->next;
		(*n_invalid)++;
	}
	*goodp = NULL;
	return good;
}

/*
 * Send new NBLs from an array in one pass (validate, hold, gather,
 * tx_burst) while the TX ring takes everything.  Returns what is left,
 * validated and linked, in order, for the general path (eth_xmit) and the
 * backlog.  Called with txq->lock held.
 */
static struct mpdk_nbl *
eth_xmit_array(struct eth_adapter *ea, struct eth_txq *txq,
	       struct mpdk_nbl *const *nbls, unsigned int n,
	       struct mpdk_nbl ***refusedp, uint32_t *n_invalid)
{
	struct rte_mbuf *pkts[ETH_TX_BURST];
	struct mpdk_nbl *took[ETH_TX_BURST];
	struct mpdk_nbl *rest = NULL;
	unsigned int room, cnt, k, i = 0, j, acc, end;
	uint32_t max_frame = __atomic_load_n(&ea->max_frame, __ATOMIC_RELAXED);
	uint16_t sent;
	mpdk_status_t st;

	while (i < n) {
		room = rte_ring_free_count(txq->inflight);
		cnt = 0;
		k = 0;
		/* At most 'room' NBLs look at the ring this pass. */
		end = i + RTE_MIN(n - i, room);
		while (i < end) {
			struct mpdk_nbl *nbl = nbls[i];

			if (unlikely(nbl->nb_count > ETH_TX_BURST - cnt))
				break;
			i++;
			st = eth_take(ea, max_frame, nbl, pkts + cnt);
			if (unlikely(st != MPDK_STATUS_SUCCESS)) {
				nbl->status = st;
				**refusedp = nbl;
				*refusedp = &nbl->next;
				(*n_invalid)++;
				continue;
			}
			took[k++] = nbl;
			cnt += nbl->nb_count;
		}
		if (cnt == 0)
			break; /* no room, or an NBL wider than a burst */

		sent = rte_eth_tx_burst(txq->port_id, txq->queue_id, pkts,
					(uint16_t)cnt);
		if (likely(sent == cnt)) {
			/* Cannot fail: k <= room and we are the one producer. */
			rte_ring_sp_enqueue_bulk(txq->inflight, (void **)took, k,
						 NULL);
			continue;
		}

		/* The ring filled up: keep order, leave the rest for later. */
		txq->tx_full++;
		for (j = sent; j < cnt; j++)
			nb_unhold(pkts[j]);
		for (j = 0, acc = 0; j < k && acc + took[j]->nb_count <= sent; j++)
			acc += took[j]->nb_count;
		if (j != 0)
			rte_ring_sp_enqueue_bulk(txq->inflight, (void **)took, j,
						 NULL);
		rest = eth_validate_array(ea, nbls + i, n - i, refusedp,
					  n_invalid);
		while (k-- > j) {
			took[k]->miniport_reserved[ETH_RSV_NEXT_NB] =
				(uintptr_t)took[k]->first_nb;
			took[k]->next = rest;
			rest = took[k];
		}
		if (acc < sent) {
			/* took[j] is partly on the wire. */
			struct rte_mbuf *nb = took[j]->first_nb;

			for (; acc < sent; acc++)
				nb = mpdk_nb_next(nb);
			took[j]->miniport_reserved[ETH_RSV_NEXT_NB] = (uintptr_t)nb;
		}
		return rest;
	}
	if (i == n)
		return NULL;
	return eth_validate_array(ea, nbls + i, n - i, refusedp, n_invalid);
}

/*
 * Send @p n NBLs of @p nbls, then the chain @p more, in order; what the
 * ring does not take goes to the general path and the backlog.  Invalid
 * NBLs are appended to *refusedp.  Takes the queue's lock.
 */
static void
eth_send(struct eth_adapter *ea, struct eth_txq *txq,
	 struct mpdk_nbl *const *nbls, unsigned int n, struct mpdk_nbl *more,
	 struct mpdk_nbl ***refusedp)
{
	struct mpdk_nbl *chunk[ETH_SEND_CHUNK];
	struct mpdk_nbl *rest = NULL;
	uint32_t n_invalid = 0, n_done;

	rte_spinlock_lock(&txq->lock);
	/* The backlog goes first: a queue keeps its order.  While the port is
	 * being stopped (offline) everything waits in the backlog. */
	if (unlikely(txq->bl_head != NULL) &&
	    __atomic_load_n(&ea->offline, __ATOMIC_ACQUIRE) == 0)
		eth_backlog_flush(txq);
	if (likely(txq->bl_head == NULL) &&
	    likely(__atomic_load_n(&ea->offline, __ATOMIC_ACQUIRE) == 0)) {
		for (;;) {
			rest = eth_xmit_array(ea, txq, nbls, n, refusedp,
					      &n_invalid);
			if (rest != NULL || more == NULL)
				break;
			for (n = 0; more != NULL && n < ETH_SEND_CHUNK; n++) {
				chunk[n] = more;
				more = more->next;
			}
			nbls = chunk;
		}
		if (unlikely(more != NULL))
			rest = mpdk_nbl_chain_concat(rest,
				eth_validate_list(ea, more, refusedp, &n_invalid));
		if (rest != NULL) /* wide NBLs, or ring full */
			rest = eth_xmit(txq, rest, &n_done);
	} else {
		rest = mpdk_nbl_chain_concat(
			eth_validate_array(ea, nbls, n, refusedp, &n_invalid),
			eth_validate_list(ea, more, refusedp, &n_invalid));
	}
	if (rest != NULL)
		eth_backlog_add(txq, rest, refusedp);
	txq->invalid += n_invalid;
	rte_spinlock_unlock(&txq->lock);
}

void
mpdk_ethdev_send_nbls(void *ctx, uint16_t queue, struct mpdk_nbl *chain,
		      uint32_t flags __rte_unused)
{
	struct eth_adapter *ea = ctx;
	struct mpdk_nbl *bad = NULL, **badp = &bad;

	eth_send(ea, &ea->txq[queue], NULL, 0, chain, &badp);
	*badp = NULL;
	if (bad != NULL)
		mpdk_m_send_nbls_complete(ea->adapter, bad, 0);
}

void
mpdk_ethdev_send_nbl_burst(void *ctx, uint16_t queue, struct mpdk_nbl *const *nbls,
			   unsigned int n, uint32_t flags __rte_unused)
{
	struct eth_adapter *ea = ctx;
	struct mpdk_nbl *bad = NULL, **badp = &bad;

	eth_send(ea, &ea->txq[queue], nbls, n, NULL, &badp);
	*badp = NULL;
	if (bad != NULL)
		mpdk_m_send_nbls_complete(ea->adapter, bad, 0);
}

/* Hand back what the reap collected, in bursts. */
static inline void
reap_flush(struct eth_adapter *ea, struct mpdk_nbl **done, unsigned int *nd,
	   unsigned int *n_done)
{
	if (*nd == 0)
		return;
	mpdk_m_send_nbls_complete_bulk(ea->adapter, done, *nd, 0);
	*n_done += *nd;
	*nd = 0;
}

static inline void
pend_push(struct eth_txq *txq, struct mpdk_nbl *nbl)
{
	nbl->next = NULL;
	if (txq->pend_tail != NULL)
		txq->pend_tail->next = nbl;
	else
		txq->pend_head = nbl;
	txq->pend_tail = nbl;
	txq->pend_count++;
}

/*
 * Reap TX completions: NBLs from the in-flight ring (at most @p budget)
 * complete at once if released, else wait in the pending list; the
 * pending list is scanned by rotation, ETH_PEND_SCAN NBLs a step, so held
 * NBLs never stop the ones behind them (a net_ring consumer may free in
 * any order).
 */
unsigned int
mpdk_ethdev_tx_reap(struct eth_adapter *ea, struct eth_txq *txq, unsigned int budget)
{
	struct mpdk_nbl *done[ETH_REAP_BURST];
	unsigned int n_done = 0, nd = 0, taken = 0, i, n;
	struct mpdk_nbl *nbl;

	n = RTE_MIN(txq->pend_count, ETH_PEND_SCAN);
	for (i = 0; i < n; i++) {
		nbl = txq->pend_head;
		txq->pend_head = nbl->next;
		if (txq->pend_head == NULL)
			txq->pend_tail = NULL;
		txq->pend_count--;
		if (!nbl_released(nbl)) {
			pend_push(txq, nbl);
			continue;
		}
		nbl->status = MPDK_STATUS_SUCCESS;
		done[nd++] = nbl;
		if (nd == RTE_DIM(done))
			reap_flush(ea, done, &nd, &n_done);
	}

	while (taken < budget) {
		struct mpdk_nbl *objs[ETH_REAP_BURST];
		unsigned int want = RTE_MIN(ETH_REAP_BURST - nd, budget - taken);

		n = rte_ring_sc_dequeue_burst(txq->inflight, (void **)objs,
					      want, NULL);
		if (n == 0)
			break;
		taken += n;
		for (i = 0; i < n; i++) {
			nbl = objs[i];
			if (likely(nbl_released(nbl))) {
				nbl->status = MPDK_STATUS_SUCCESS;
				done[nd++] = nbl;
			} else {
				pend_push(txq, nbl);
			}
		}
		if (nd == RTE_DIM(done))
			reap_flush(ea, done, &nd, &n_done);
		if (n < want)
			break; /* the ring is empty */
	}

	/* Never spin here: a sender holding the lock makes progress anyway. */
	if ((txq->pend_count != 0 && txq->cleanup_ok) ||
	    __atomic_load_n(&txq->bl_count, __ATOMIC_RELAXED) != 0) {
		if (rte_spinlock_trylock(&txq->lock)) {
			if (__atomic_load_n(&ea->offline, __ATOMIC_ACQUIRE) == 0) {
				if (txq->pend_count != 0 && txq->cleanup_ok)
					rte_eth_tx_done_cleanup(txq->port_id,
								txq->queue_id, 0);
				if (txq->bl_head != NULL)
					eth_backlog_flush(txq);
			}
			rte_spinlock_unlock(&txq->lock);
		}
	}

	reap_flush(ea, done, &nd, &n_done);
	return n_done;
}

int
mpdk_ethdev_txq_setup(struct eth_adapter *ea, struct eth_txq *txq, uint16_t qid,
	      uint32_t backlog, uint32_t inflight, int socket)
{
	char name[RTE_RING_NAMESIZE];

	rte_spinlock_init(&txq->lock);
	txq->port_id = ea->port_id;
	txq->queue_id = qid;
	txq->bl_max = backlog;
	snprintf(name, sizeof(name), "mpdk_if_%u_%u", ea->port_id, qid);
	txq->inflight = rte_ring_create(name, inflight, socket,
					RING_F_SP_ENQ | RING_F_SC_DEQ |
					RING_F_EXACT_SZ);
	if (txq->inflight == NULL) {
		ETH_LOG(ERR, "port %u: in-flight ring %s: %s", ea->port_id,
			name, rte_strerror(rte_errno));
		return -rte_errno;
	}
	return 0;
}

void
mpdk_ethdev_txq_release(struct eth_txq *txq)
{
	rte_ring_free(txq->inflight);
	txq->inflight = NULL;
}
