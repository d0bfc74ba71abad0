/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * NBL pools, NB construction (copy and zero copy), chain helpers.
 */

#include <string.h>

#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_mempool.h>

#include "mpdk_private.h"

/* Per-lcore cache of an NBL pool, capped so small pools keep their NBLs
 * visible to every lcore (mempool wants cache <= n / 1.5). */
#define NBL_POOL_CACHE_MAX 256u

/* Segments one zero-copy NB may have. */
#define EXTBUF_MAX_SEGS 64u

static void
nbl_obj_init(struct rte_mempool *mp, void *arg, void *obj,
	     unsigned int idx __rte_unused)
{
	struct mpdk_nbl *nbl = obj;

	memset(nbl, 0, mp->elt_size);
	nbl->pool = arg;
	nbl->state = MPDK__NBL_FREE;
}

struct mpdk_nbl_pool *
mpdk_nbl_pool_create(const char *name, unsigned int n, unsigned int ctx_size,
		     int socket_id)
{
	struct mpdk_nbl_pool *pool;
	unsigned int elt, cache;

	if (!mpdk__initialized() || name == NULL || n == 0) {
		rte_errno = EINVAL;
		return NULL;
	}
	pool = rte_zmalloc_socket("mpdk_nbl_pool", sizeof(*pool), 0, socket_id);
	if (pool == NULL) {
		rte_errno = ENOMEM;
		return NULL;
	}
	elt = RTE_ALIGN_CEIL(sizeof(struct mpdk_nbl) + ctx_size,
			     RTE_CACHE_LINE_SIZE);
	cache = RTE_MIN(NBL_POOL_CACHE_MAX, n / 4);
	pool->mp = rte_mempool_create(name, n, elt, cache, 0, NULL, NULL,
				      nbl_obj_init, pool, socket_id, 0);
	if (pool->mp == NULL) {
		int err = rte_errno;

		MPDK_LOG(ERR, "NBL pool %s: %s", name, rte_strerror(err));
		rte_free(pool);
		rte_errno = err;
		return NULL;
	}
	pool->n = n;
	pool->ctx_size = ctx_size;
	return pool;
}

void
mpdk_nbl_pool_free(struct mpdk_nbl_pool *pool)
{
	if (pool == NULL)
		return;
	rte_mempool_free(pool->mp);
	rte_free(pool);
}

unsigned int
mpdk_nbl_pool_avail(const struct mpdk_nbl_pool *pool)
{
	return pool != NULL ? rte_mempool_avail_count(pool->mp) : 0;
}

unsigned int
mpdk_nbl_pool_size(const struct mpdk_nbl_pool *pool)
{
	return pool != NULL ? pool->n : 0;
}

/* Reset the fields an owner sees; reserved areas are left to the owner
 * (two cache lines: line 0 and the receive/owner line). */
static inline void
nbl_reset(struct mpdk_nbl *nbl)
{
	nbl->next = NULL;
	nbl->first_nb = NULL;
	nbl->last_nb = NULL;
	nbl->source_handle = NULL;
	nbl->nb_count = 0;
	nbl->status = MPDK_STATUS_SUCCESS;
	nbl->flags = 0;
	nbl->lib_flags = 0;
	nbl->queue = 0;
	nbl->state = MPDK__NBL_OWNED;
	nbl->rx_refs = 0;
	nbl->rx_frame_len = 0;
	nbl->rx_adapter = NULL;
	nbl->rx_binding = NULL;
	nbl->rx_parent = NULL;
	nbl->cancel_id = 0;
	nbl->context = NULL;
}

struct mpdk_nbl *
mpdk_nbl_embed(struct rte_mbuf *m)
{
	/* What nbl_reset() does, for an NBL holding one NB. */
	return mpdk__nbl_embed(m);
}

struct mpdk_nbl *
mpdk_nbl_alloc(struct mpdk_nbl_pool *pool)
{
	void *obj;

	if (pool == NULL || rte_mempool_get(pool->mp, &obj) < 0)
		return NULL;
	nbl_reset(obj);
	return obj;
}

mpdk_status_t
mpdk_nbl_alloc_bulk(struct mpdk_nbl_pool *pool, struct mpdk_nbl **nbls,
		    unsigned int n)
{
	unsigned int i;

	if (pool == NULL || nbls == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (rte_mempool_get_bulk(pool->mp, (void **)nbls, n) < 0)
		return MPDK_STATUS_RESOURCES;
	for (i = 0; i < n; i++)
		nbl_reset(nbls[i]);
	return MPDK_STATUS_SUCCESS;
}

void
mpdk_nbl_free(struct mpdk_nbl *nbl)
{
	struct rte_mbuf *nb, *next;

	if (nbl == NULL)
		return;
#ifdef MPDK_DEBUG
	if (nbl->state == MPDK__NBL_SENT || nbl->state == MPDK__NBL_INDICATED ||
	    nbl->state == MPDK__NBL_FREE) {
		mpdk__debug_violation("free of an NBL not owned by the caller",
				      nbl);
		return;
	}
#endif
	if (nbl->pool == NULL) {
		/* Embedded: it goes with its mbuf. */
		nbl->state = MPDK__NBL_FREE;
		rte_pktmbuf_free(nbl->first_nb);
		return;
	}
	for (nb = nbl->first_nb; nb != NULL; nb = next) {
		next = mpdk_nb_next(nb);
		rte_pktmbuf_free(nb);
	}
	nbl->first_nb = NULL;
	nbl->last_nb = NULL;
	nbl->nb_count = 0;
	nbl->state = MPDK__NBL_FREE;
	rte_mempool_put(nbl->pool->mp, nbl);
}

/* Back to its pool, NBs untouched (a receiver's copy does not own them). */
void
mpdk__nbl_put(struct mpdk_nbl *nbl)
{
	nbl->state = MPDK__NBL_FREE;
	rte_mempool_put(nbl->pool->mp, nbl);
}

/* Mbufs and descriptors freed per batch of this many NBLs. */
#define NBL_FREE_BATCH 64u

void
mpdk_nbl_free_bulk(struct mpdk_nbl *const *nbls, unsigned int n)
{
	struct rte_mbuf *nbs[NBL_FREE_BATCH * 2];
	void *objs[NBL_FREE_BATCH];
	struct rte_mempool *mp = NULL;
	unsigned int i, k = 0, m = 0;

	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = nbls[i];
		struct rte_mbuf *nb, *next;

#ifdef MPDK_DEBUG
		if (nbl->state == MPDK__NBL_SENT ||
		    nbl->state == MPDK__NBL_INDICATED ||
		    nbl->state == MPDK__NBL_FREE) {
			mpdk__debug_violation("free of an NBL not owned by the caller",
					      nbl);
			continue;
		}
#endif
		nbl->state = MPDK__NBL_FREE;
		nb = nbl->first_nb;
		if (nbl->nb_count == 1) {
			/* The common case: no walk through the NB links. */
			nbs[m++] = nb;
		} else {
			for (; nb != NULL; nb = next) {
				next = mpdk_nb_next(nb);
				nbs[m++] = nb;
				if (m == RTE_DIM(nbs)) {
					rte_pktmbuf_free_bulk(nbs, m);
					m = 0;
				}
			}
		}
		if (m >= RTE_DIM(nbs) - 1) {
			rte_pktmbuf_free_bulk(nbs, m);
			m = 0;
		}
		if (nbl->pool == NULL)
			continue; /* embedded: freed with its mbuf */
		if (k == RTE_DIM(objs) || (k != 0 && nbl->pool->mp != mp)) {
			rte_mempool_put_bulk(mp, objs, k);
			k = 0;
		}
		mp = nbl->pool->mp;
		objs[k++] = nbl;
	}
	if (m != 0)
		rte_pktmbuf_free_bulk(nbs, m);
	if (k != 0)
		rte_mempool_put_bulk(mp, objs, k);
}

void
mpdk_nbl_free_chain(struct mpdk_nbl *chain)
{
	struct mpdk_nbl *nbl, *tmp;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp)
		mpdk_nbl_free(nbl);
}

struct rte_mbuf *
mpdk_nbl_take_nbs(struct mpdk_nbl *nbl)
{
	struct rte_mbuf *first = nbl->first_nb;

	if (nbl->pool == NULL) {
		MPDK_LOG(ERR, "cannot detach the NB an NBL is embedded in");
		return NULL;
	}
	nbl->first_nb = NULL;
	nbl->last_nb = NULL;
	nbl->nb_count = 0;
	return first;
}

struct rte_mbuf *
mpdk_nbl_remove_first_nb(struct mpdk_nbl *nbl)
{
	struct rte_mbuf *nb = nbl->first_nb;

	if (nb == NULL || nbl->pool == NULL)
		return NULL;
	nbl->first_nb = mpdk_nb_next(nb);
	if (nbl->first_nb == NULL)
		nbl->last_nb = NULL;
	nbl->nb_count--;
	*mpdk__nb_link(nb) = NULL;
	return nb;
}

mpdk_status_t
mpdk_nbl_add_copy(struct mpdk_nbl *nbl, struct rte_mempool *mp,
		  const void *data, uint32_t len, uint16_t seg_len)
{
	struct rte_mbuf *head = NULL, *tail = NULL, *m;
	const uint8_t *src = data;
	uint32_t left = len, nsegs = 0;
	uint16_t room;

	/* An NBL embedded in its mbuf holds that one NB, always. */
	if (nbl == NULL || nbl->pool == NULL || mp == NULL || data == NULL ||
	    len == 0)
		return MPDK_STATUS_INVALID_PARAMETER;
	room = rte_pktmbuf_data_room_size(mp);
	if (room <= RTE_PKTMBUF_HEADROOM)
		return MPDK_STATUS_INVALID_PARAMETER;
	room -= RTE_PKTMBUF_HEADROOM;
	if (seg_len == 0 || seg_len > room)
		seg_len = room;
	/* 64-bit: len + seg_len would wrap for len near UINT32_MAX. */
	if (((uint64_t)len + seg_len - 1) / seg_len > RTE_MBUF_MAX_NB_SEGS)
		return MPDK_STATUS_INVALID_PARAMETER;

	while (left > 0) {
		uint16_t chunk = (uint16_t)RTE_MIN(left, (uint32_t)seg_len);

		m = rte_pktmbuf_alloc(mp);
		if (m == NULL) {
			rte_pktmbuf_free(head);
			return MPDK_STATUS_RESOURCES;
		}
		memcpy(rte_pktmbuf_mtod(m, void *), src, chunk);
		m->data_len = chunk;
		if (head == NULL) {
			head = m;
		} else {
			tail->next = m;
		}
		tail = m;
		nsegs++;
		src += chunk;
		left -= chunk;
	}
	head->pkt_len = len;
	head->nb_segs = (uint16_t)nsegs;
	mpdk_nbl_append_nb(nbl, head);
	return MPDK_STATUS_SUCCESS;
}

void
mpdk_extbuf_shinfo_init(struct rte_mbuf_ext_shared_info *shinfo,
			rte_mbuf_extbuf_free_callback_t free_cb, void *opaque)
{
	shinfo->free_cb = free_cb;
	shinfo->fcb_opaque = opaque;
	/* Each attached segment adds one reference. */
	rte_mbuf_ext_refcnt_set(shinfo, 0);
}

mpdk_status_t
mpdk_nbl_add_extbuf(struct mpdk_nbl *nbl, struct rte_mempool *hdr_pool,
		    const struct mpdk_buf_seg *segs, unsigned int n,
		    struct rte_mbuf_ext_shared_info *shinfo)
{
	struct rte_mbuf *hdrs[EXTBUF_MAX_SEGS];
	struct rte_mbuf *head;
	uint32_t total = 0;
	unsigned int i;

	if (nbl == NULL || nbl->pool == NULL || hdr_pool == NULL ||
	    segs == NULL || n == 0 ||
	    n > RTE_DIM(hdrs) || shinfo == NULL || shinfo->free_cb == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	for (i = 0; i < n; i++) {
		if (segs[i].addr == NULL || segs[i].len == 0)
			return MPDK_STATUS_INVALID_PARAMETER;
		total += segs[i].len;
	}
	if (rte_pktmbuf_alloc_bulk(hdr_pool, hdrs, n) != 0)
		return MPDK_STATUS_RESOURCES;

	for (i = 0; i < n; i++) {
		rte_iova_t iova = segs[i].iova;

		if (iova == RTE_BAD_IOVA)
			iova = rte_mem_virt2iova(segs[i].addr);
		rte_mbuf_ext_refcnt_update(shinfo, 1);
		rte_pktmbuf_attach_extbuf(hdrs[i], segs[i].addr, iova,
					  segs[i].len, shinfo);
		hdrs[i]->data_off = 0;
		hdrs[i]->data_len = segs[i].len;
		if (i > 0)
			hdrs[i - 1]->next = hdrs[i];
	}
	head = hdrs[0];
	head->pkt_len = total;
	head->nb_segs = (uint16_t)n;
	mpdk_nbl_append_nb(nbl, head);
	return MPDK_STATUS_SUCCESS;
}

uint64_t
mpdk_nbl_data_length(const struct mpdk_nbl *nbl)
{
	const struct rte_mbuf *nb;
	uint64_t total = 0;

	MPDK_NB_FOREACH(nb, nbl)
		total += nb->pkt_len;
	return total;
}

unsigned int
mpdk_nbl_chain_count(const struct mpdk_nbl *chain)
{
	unsigned int n = 0;

	for (; chain != NULL; chain = chain->next)
		n++;
	return n;
}

struct mpdk_nbl *
mpdk_nbl_chain_last(struct mpdk_nbl *chain)
{
	if (chain == NULL)
		return NULL;
	while (chain->next != NULL)
		chain = chain->next;
	return chain;
}

struct mpdk_nbl *
mpdk_nbl_chain_concat(struct mpdk_nbl *head, struct mpdk_nbl *tail)
{
	if (head == NULL)
		return tail;
	mpdk_nbl_chain_last(head)->next = tail;
	return head;
}

struct mpdk_nbl *
mpdk_nbl_chain_split(struct mpdk_nbl *chain, unsigned int n)
{
	struct mpdk_nbl *rest;

	if (chain == NULL || n == 0)
		return NULL;
	while (--n > 0 && chain->next != NULL)
		chain = chain->next;
	rest = chain->next;
	chain->next = NULL;
	return rest;
}
