/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Generic ethdev miniport, receive path: rte_eth_rx_burst() to NBLs,
 * indicated in bursts (the RX half of MiniportInterruptDPC), and
 * MiniportReturnNetBufferLists.
 *
 * Buffers low: the NBLs protocols hold are counted (rx_held); when the RX
 * mbuf pool would keep fewer than rx_low free mbufs, frames are indicated
 * with MPDK_RECEIVE_F_RESOURCES and taken back as soon as the indication
 * returns, so a protocol hoarding frames cannot starve the RX ring.
 *
 * Lookahead: with lookahead=N the NB of each frame longer than N shows its
 * first N bytes (at most its first segment); the rest is read with
 * transfer data.  The original chain is kept in rx_reserved and restored
 * before the frame is freed or copied.
 */

#include <rte_ethdev.h>
#include <rte_mbuf.h>

#include "ethdev_private.h"

/* rx_reserved[0]: pkt_len | data_len << 32 | nb_segs << 48 before the
 * lookahead cut; rx_reserved[1]: the head's next segment. */
static inline void
la_cut(struct mpdk_nbl *nbl, struct rte_mbuf *m, uint32_t lookahead)
{
	if (m->pkt_len <= lookahead)
		return;
	nbl->rx_reserved[0] = (uintptr_t)m->pkt_len |
			      (uint64_t)m->data_len << 32 |
			      (uint64_t)m->nb_segs << 48;
	nbl->rx_reserved[1] = (uintptr_t)m->next;
	nbl->rx_frame_len = m->pkt_len;
	m->data_len = (uint16_t)RTE_MIN((uint32_t)m->data_len, lookahead);
	m->pkt_len = m->data_len;
	m->nb_segs = 1;
	m->next = NULL;
}

void
mpdk_ethdev_la_restore(struct mpdk_nbl *nbl)
{
	struct rte_mbuf *m = nbl->first_nb;
	uint64_t saved = nbl->rx_reserved[0];

	if (nbl->rx_frame_len == 0)
		return;
	m->pkt_len = (uint32_t)saved;
	m->data_len = (uint16_t)(saved >> 32);
	m->nb_segs = (uint16_t)(saved >> 48);
	m->next = (struct rte_mbuf *)nbl->rx_reserved[1];
	nbl->rx_frame_len = 0;
}

/* Back to the pools.  Frames from the RX pool carry their NBL: freeing
 * the mbufs is all; the others go through mpdk_nbl_free_bulk(). */
static void
eth_rx_free(struct eth_adapter *ea, struct mpdk_nbl *const *nbls,
	    unsigned int n)
{
	struct rte_mbuf *m[ETH_RX_BURST];
	struct mpdk_nbl *other[ETH_RX_BURST];
	unsigned int i, k = 0, o = 0;

	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = nbls[i];

		if (ea->lookahead != 0)
			mpdk_ethdev_la_restore(nbl);
		if (likely(nbl->pool == NULL))
			m[k++] = nbl->first_nb;
		else
			other[o++] = nbl;
	}
	if (k != 0)
		rte_pktmbuf_free_bulk(m, k);
	if (o != 0)
		mpdk_nbl_free_bulk(other, o);
	__atomic_fetch_sub(&ea->rx_held, n, __ATOMIC_RELEASE);
}

/* The indication of frames that all carry their NBL (no lookahead). */
static inline unsigned int
rx_indicate_own(struct eth_adapter *ea, struct eth_rxq *rxq, uint16_t queue,
		struct rte_mbuf **m, unsigned int n)
{
	uint32_t held, flags = 0;

	held = __atomic_add_fetch(&ea->rx_held, n, __ATOMIC_RELAXED);
	if (unlikely(held > ea->rx_hold_max))
		flags |= MPDK_RECEIVE_F_RESOURCES;
	rxq->pkts += n;
	mpdk_m_indicate_receive_mbufs(ea->adapter, m, n, queue, flags);
	if (unlikely(flags & MPDK_RECEIVE_F_RESOURCES)) {
		/* Ours again: the receivers copied what they keep. */
		rxq->resources += n;
		rte_pktmbuf_free_bulk(m, n);
		__atomic_fetch_sub(&ea->rx_held, n, __ATOMIC_RELEASE);
	}
	return n;
}

unsigned int
mpdk_ethdev_rx_poll(struct eth_adapter *ea, uint16_t queue, unsigned int budget)
{
	struct rte_mbuf *m[ETH_RX_BURST];
	struct mpdk_nbl *nbls[ETH_RX_BURST];
	struct eth_rxq *rxq = &ea->rxq[queue];
	uint32_t held, flags = 0;
	unsigned int n, i, k;

	/* Announce, then look: the control thread stopping the port sets
	 * 'offline' first, then waits for 'busy' to drop (ethdev_ctrl.c). */
	__atomic_store_n(&rxq->busy, 1, __ATOMIC_SEQ_CST);
	if (unlikely(__atomic_load_n(&ea->offline, __ATOMIC_SEQ_CST) != 0)) {
		__atomic_store_n(&rxq->busy, 0, __ATOMIC_RELEASE);
		return 0;
	}
	n = rte_eth_rx_burst(ea->port_id, queue, m,
			     (uint16_t)RTE_MIN(budget, ETH_RX_BURST));
	__atomic_store_n(&rxq->busy, 0, __ATOMIC_RELEASE);
	if (n == 0)
		return 0;
	if (unlikely(__atomic_load_n(&ea->paused, __ATOMIC_ACQUIRE) != 0)) {
		/* Pausing or paused: nothing is indicated, and what arrives
		 * is dropped, as a NIC with receive off would.  Keeping it in
		 * the PMD instead could stall the pause: on a loopback
		 * (net_ring) our own sends complete only once received. */
		rte_pktmbuf_free_bulk(m, n);
		rxq->paused_drops += n;
		return n;
	}
	if (unlikely(__atomic_load_n(&ea->packet_filter, __ATOMIC_RELAXED) == 0)) {
		/* OID_GEN_CURRENT_PACKET_FILTER 0: receive nothing. */
		rte_pktmbuf_free_bulk(m, n);
		rxq->filtered += n;
		return n;
	}
	if (likely(ea->lookahead == 0)) {
		/* Fast path: every frame in our own pool carries its NBL;
		 * the library makes, chains and indicates them in one pass. */
		const struct rte_mempool *own = ea->rx_pool;

		for (i = 0; i < n && m[i]->pool == own; i++)
			;
		if (likely(i == n))
			return rx_indicate_own(ea, rxq, queue, m, n);
	}
	for (i = 0, k = 0; i < n; i++) {
		struct mpdk_nbl *nbl;

		if (likely(m[i]->pool == ea->rx_pool)) {
			nbl = mpdk_nbl_embed(m[i]);
		} else {
			/* Another pool's mbuf (a ring producer's): a
			 * descriptor from ours; none left, the frame is lost
			 * (the others keep their order). */
			nbl = mpdk_nbl_alloc(ea->rx_nbl_pool);
			if (unlikely(nbl == NULL)) {
				rte_pktmbuf_free(m[i]);
				rxq->no_nbl++;
				continue;
			}
			mpdk_nbl_append_nb(nbl, m[i]);
		}
		if (ea->lookahead != 0)
			la_cut(nbl, m[i], ea->lookahead);
		nbls[k++] = nbl;
	}
	n = k;
	if (unlikely(n == 0))
		return 0;
	for (i = 0; i + 1 < n; i++)
		nbls[i]->next = nbls[i + 1];
	nbls[n - 1]->next = NULL;
	if (ea->lookahead != 0)
		flags |= MPDK_RECEIVE_F_LOOKAHEAD;
	held = __atomic_add_fetch(&ea->rx_held, n, __ATOMIC_RELAXED);
	if (unlikely(held > ea->rx_hold_max))
		flags |= MPDK_RECEIVE_F_RESOURCES;
	rxq->pkts += n;

	mpdk_m_indicate_receive_nbls(ea->adapter, nbls[0], queue, n, flags);

	if (unlikely(flags & MPDK_RECEIVE_F_RESOURCES)) {
		/* Ours again: the receivers copied what they keep. */
		rxq->resources += n;
		eth_rx_free(ea, nbls, n);
	}
	return n;
}

/* Frames of our RX pool coming back as their mbufs (the library gathered
 * them): the NBLs live in the mbufs, freeing is all. */
void
mpdk_ethdev_return_mbufs(void *ctx, struct rte_mbuf *const *m, unsigned int n)
{
	struct eth_adapter *ea = ctx;

	rte_pktmbuf_free_bulk((struct rte_mbuf **)(uintptr_t)m, n);
	__atomic_fetch_sub(&ea->rx_held, n, __ATOMIC_RELEASE);
}

void
mpdk_ethdev_return_nbls(void *ctx, struct mpdk_nbl *chain,
			uint32_t flags __rte_unused)
{
	struct eth_adapter *ea = ctx;
	struct mpdk_nbl *nbls[ETH_RX_BURST];
	struct rte_mbuf *m[ETH_RX_BURST];
	unsigned int n = 0, k = 0;

	if (likely(ea->lookahead == 0)) {
		/* Fast path: frames with their NBL inside go back as mbufs,
		 * in one pass; the others (another pool's mbufs) are freed
		 * with their NBLs. */
		while (chain != NULL) {
			struct mpdk_nbl *next = chain->next;
			struct rte_mbuf *nb = chain->first_nb;

			/* Embedded (nbl->pool == NULL), read from the NBL's
			 * first cache line. */
			if (likely(rte_mbuf_to_priv(nb) == (void *)chain)) {
				m[k++] = nb;
				if (unlikely(k == RTE_DIM(m))) {
					mpdk_ethdev_return_mbufs(ea, m, k);
					k = 0;
				}
			} else {
				chain->next = NULL;
				eth_rx_free(ea, &chain, 1);
			}
			chain = next;
		}
		if (k != 0)
			mpdk_ethdev_return_mbufs(ea, m, k);
		return;
	}
	while (chain != NULL) {
		nbls[n++] = chain;
		chain = chain->next;
		if (n == RTE_DIM(nbls)) {
			eth_rx_free(ea, nbls, n);
			n = 0;
		}
	}
	if (n != 0)
		eth_rx_free(ea, nbls, n);
}
