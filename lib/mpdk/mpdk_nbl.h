/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_NBL_H
#define MPDK_NBL_H

/**
 * @file
 * The NET_BUFFER_LIST model over rte_mbuf.
 *
 * An NBL (struct mpdk_nbl) is a descriptor taken from an NBL pool (an
 * rte_mempool).  It holds one or more NBs.  An NB (NET_BUFFER) is the head
 * rte_mbuf of a segment chain (the MDL chain): a frame.  The NBs of one NBL
 * are linked through an mbuf dynamic field, so an NB is an ordinary mbuf
 * that any PMD can transmit.
 *
 * Ownership: whoever holds an NBL owns its NBs.  mpdk_nbl_free() frees
 * both.  An NB handed to mpdk_send_nbls() must be referenced by that NBL
 * only (mbuf refcnt 1 on every segment).  While the PMD holds it the
 * miniport either takes one extra reference per segment, "released"
 * meaning the count fell back to 1, or, for one-segment NBs of an NB pool
 * (mpdk_nb_pool_create()), lends it: the PMD frees it as its own and the
 * pool's mempool driver tells the miniport instead of taking it back.
 */

#include <stddef.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>

#include "mpdk_common.h"
#include "mpdk_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Pointer-sized slots the protocol may use while it owns the NBL. */
#define MPDK_NBL_PROTOCOL_RESERVED 4
/** Pointer-sized slots the miniport may use while it owns the NBL. */
#define MPDK_NBL_MINIPORT_RESERVED 4

/**
 * NET_BUFFER_LIST.
 *
 * Fields marked (owner) belong to whoever currently owns the NBL; fields
 * marked (library) are set by mpdk on send or indicate and must not be
 * written by drivers.
 */
struct mpdk_nbl {
	/* Line 0: what every send, completion and indication touches. */
	struct mpdk_nbl *next;        /**< (owner) Next NBL in a chain. */
	struct rte_mbuf *first_nb;    /**< (owner) First NB, NULL if none. */
	struct rte_mbuf *last_nb;     /**< (owner) Last NB, for O(1) append. */
	struct mpdk_binding *source_handle; /**< (library) Binding that sent it. */
	uint64_t send_tsc;            /**< (library) TSC when handed to the miniport. */
	uint32_t nb_count;            /**< (owner) Number of NBs. */
	int32_t status;               /**< Final status on completion (mpdk_status_t). */
	uint16_t flags;               /**< (owner) Free for the NBL's owner. */
	uint16_t lib_flags;           /**< (library) MPDK__NBLF_* */
	uint16_t queue;               /**< (library) Queue it was sent or received on. */
	uint8_t state;                /**< (library) Ownership state. */
	uint8_t prev_state;           /**< (library) State before the send. */
	uint32_t rx_refs;             /**< (library) Holders left (original only). */
	uint32_t rx_frame_len;        /**< (miniport) Whole frame when the NB shows
				       *   only a lookahead; 0 otherwise. */
	/* Line 1: the receive side (set while indicated, RX NBLs only), the
	 * owner's rarer fields. */
	struct mpdk_adapter *rx_adapter; /**< (library) Adapter that indicated it. */
	struct mpdk_binding *rx_binding; /**< (library) Receiver holding this NBL. */
	struct mpdk_nbl *rx_parent;   /**< (library) Original, for a receiver's copy. */
	uint64_t cancel_id;           /**< (owner) Cancel id, 0 = none. */
	void *context;                /**< (owner) Free for the NBL's owner. */
	struct mpdk_nbl_pool *pool;   /**< (library) Pool it came from; NULL
				       *   for an NBL embedded in its NB's mbuf. */
	/** (miniport) Scratch of the indicating miniport, kept while a
	 *  protocol sends the NBL on (miniport_reserved is the sender's). */
	uintptr_t rx_reserved[2];
	/* Line 2: scratch areas. */
	/** (protocol) Scratch for the protocol that sent or received it. */
	uintptr_t protocol_reserved[MPDK_NBL_PROTOCOL_RESERVED];
	/** (miniport) Scratch for the miniport while it owns the NBL. */
	uintptr_t miniport_reserved[MPDK_NBL_MINIPORT_RESERVED];
} __rte_cache_aligned;

/** Receive flag: buffers are low; copy what you keep, the NBLs are the
 *  miniport's again when the handler returns (NDIS_RECEIVE_FLAGS_RESOURCES). */
#define MPDK_RECEIVE_F_RESOURCES (1u << 0)
/** Receive flag: each NB shows only the first bytes of its frame (the
 *  lookahead); mpdk_nbl_frame_length() tells the whole length and
 *  mpdk_transfer_data() fetches the rest. */
#define MPDK_RECEIVE_F_LOOKAHEAD (1u << 1)

/** @internal lib_flags: the frame went to several bindings. */
#define MPDK__NBLF_SHARED 0x0001u
/** @internal lib_flags: indicated with MPDK_RECEIVE_F_RESOURCES. */
#define MPDK__NBLF_RESOURCES 0x0002u
/** @internal lib_flags: indicated by mpdk_m_indicate_receive_mbufs(): the
 *  NBL lives in its one NB's mbuf (return_mbufs may take it back). */
#define MPDK__NBLF_IN_MBUF 0x0004u

/**
 * Whether an indicated NBL's frame was given to several bindings.  Its
 * data is then shared and read-only, and it cannot be sent on as is
 * (mpdk_send_nbls() completes it with MPDK_STATUS_INVALID_DATA): copy it.
 *
 * Context: any thread holding the NBL.
 */
static inline int
mpdk_nbl_is_shared(const struct mpdk_nbl *nbl)
{
	return (nbl->lib_flags & MPDK__NBLF_SHARED) != 0;
}

/**
 * Length of the frame an indicated NBL carries: the whole frame, even when
 * the NB shows only a lookahead (MPDK_RECEIVE_F_LOOKAHEAD).
 *
 * Context: any thread holding the NBL.
 */
static inline uint32_t
mpdk_nbl_frame_length(const struct mpdk_nbl *nbl)
{
	if (nbl->rx_frame_len != 0)
		return nbl->rx_frame_len;
	return nbl->first_nb != NULL ? nbl->first_nb->pkt_len : 0;
}

/** Mbuf dynamic field holding the next NB of the same NBL. */
#define MPDK_NB_DYNFIELD_NAME "mpdk_dynfield_nb_next"

/** Offset of the NB link in struct rte_mbuf; set by mpdk_init(). */
extern MPDK_EXPORT int mpdk_nb_dynfield_offset;

/** @internal Address of the NB link of @p nb. */
static inline struct rte_mbuf **
mpdk__nb_link(const struct rte_mbuf *nb)
{
	return RTE_MBUF_DYNFIELD(nb, mpdk_nb_dynfield_offset, struct rte_mbuf **);
}

/** Mbuf dynamic field marking an NB lent to a PMD (mpdk_nb_pool_create()). */
#define MPDK_NB_LENT_DYNFIELD_NAME "mpdk_dynfield_nb_lent"

/** Offset of the lent mark in struct rte_mbuf; set by mpdk_init(). */
extern MPDK_EXPORT int mpdk_nb_lent_offset;

/** Mempool driver index of NB pools; set by mpdk_init(), -1 before. */
extern MPDK_EXPORT int32_t mpdk_nb_pool_ops_index;

/** @internal Address of the lent mark of @p m (an rte_mbuf). */
static inline uint32_t *
mpdk__nb_lent_mark(const void *m)
{
	return RTE_MBUF_DYNFIELD(m, mpdk_nb_lent_offset, uint32_t *);
}

/**
 * Next NB of the same NBL (NET_BUFFER_NEXT_NB).
 *
 * Context: any thread owning the NBL.
 *
 * @param nb  An NB of an NBL.
 * @return The next NB, or NULL after the last one.
 */
static inline struct rte_mbuf *
mpdk_nb_next(const struct rte_mbuf *nb)
{
	return *mpdk__nb_link(nb);
}

/** Iterate over the NBLs of a chain. */
#define MPDK_NBL_FOREACH(nbl, chain) \
	for ((nbl) = (chain); (nbl) != NULL; (nbl) = (nbl)->next)

/** Iterate over a chain while the body may unlink or complete @p nbl. */
#define MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) \
	for ((nbl) = (chain); \
	     (nbl) != NULL && ((tmp) = (nbl)->next, 1); \
	     (nbl) = (tmp))

/** Iterate over the NBs of an NBL. */
#define MPDK_NB_FOREACH(nb, nbl) \
	for ((nb) = (nbl)->first_nb; (nb) != NULL; (nb) = mpdk_nb_next(nb))

/**
 * Pointer to the context area of an NBL (NET_BUFFER_LIST_CONTEXT_DATA_START).
 * Its size is the ctx_size given to mpdk_nbl_pool_create().
 *
 * Context: any thread owning the NBL.
 */
static inline void *
mpdk_nbl_ctx(struct mpdk_nbl *nbl)
{
	return nbl + 1;
}

/**
 * Append an NB (an mbuf chain) to an NBL.  The NBL takes ownership of
 * the mbufs.  Not for an NBL embedded in its mbuf (mpdk_nbl_embed()),
 * which holds that one NB for good.
 *
 * Context: any thread owning the NBL.
 *
 * @param nbl  NBL to extend.
 * @param nb   Head mbuf of the frame; its nb_segs/next describe the chain.
 */
static inline void
mpdk_nbl_append_nb(struct mpdk_nbl *nbl, struct rte_mbuf *nb)
{
	*mpdk__nb_link(nb) = NULL;
	if (nbl->last_nb != NULL)
		*mpdk__nb_link(nbl->last_nb) = nb;
	else
		nbl->first_nb = nb;
	nbl->last_nb = nb;
	nbl->nb_count++;
}

/** A transfer of received bytes into the protocol's memory
 *  (NdisTransferData, NDIS 5). */
struct mpdk_transfer {
	struct mpdk_nbl *nbl;       /**< An NBL indicated to the binding. */
	uint32_t offset;            /**< First byte, from the frame start. */
	uint32_t length;            /**< Bytes to copy. */
	void *dst;                  /**< Destination. */
	rte_iova_t dst_iova;        /**< Its IO address, or RTE_BAD_IOVA to
				     *   look it up (needed for DMA). */
	uint32_t bytes_transferred; /**< Set on completion. */
	int32_t status;             /**< Final status (mpdk_status_t). */
	void *context;              /**< Free for the protocol. */
	/* Library private (lib_flags is read by miniports). */
	struct mpdk_binding *lib_binding;
	struct mpdk_nbl *lib_frame;
	struct mpdk_transfer *lib_next;
	uint32_t lib_flags;         /**< MPDK_TRANSFER_F_* */
};

/** Transfer flag for miniports: copy before transfer_data returns (the
 *  frame was indicated with MPDK_RECEIVE_F_RESOURCES and goes back to the
 *  miniport when the indication returns); PENDING is not allowed. */
#define MPDK_TRANSFER_F_SYNC 0x0001u

/** Private area an mbuf needs to carry its own NBL (priv_size of its pool). */
#define MPDK_NBL_MBUF_PRIV_SIZE \
	RTE_ALIGN_CEIL(sizeof(struct mpdk_nbl), RTE_MBUF_PRIV_ALIGN)

/**
 * Whether @p m can carry its own NBL: its pool was created with a private
 * area of at least MPDK_NBL_MBUF_PRIV_SIZE bytes.
 *
 * Context: any thread.
 */
static inline int
mpdk_nbl_embeddable(const struct rte_mbuf *m)
{
	return m->pool != NULL &&
	       rte_pktmbuf_priv_size(m->pool) >= MPDK_NBL_MBUF_PRIV_SIZE;
}

/**
 * The NBL in the private area of @p m, made an NBL holding @p m as its one
 * NB: no NBL pool, no allocation.  It lives as long as the mbuf: freeing
 * the NBL frees the mbuf chain, and detaching its NB is not allowed.  This
 * is how a miniport indicates frames cheaply (its RX pool is made with
 * MPDK_NBL_MBUF_PRIV_SIZE of private area).
 *
 * Context: any thread owning @p m, which must be mpdk_nbl_embeddable().
 */
MPDK_EXPORT struct mpdk_nbl *mpdk_nbl_embed(struct rte_mbuf *m);

/**
 * Create a pool of NBLs (NdisAllocateNetBufferListPool).
 *
 * Context: control thread, after mpdk_init().
 *
 * @param name       Pool name (unique among mempools).
 * @param n          Number of NBLs.
 * @param ctx_size   Bytes of context area after each NBL (may be 0).
 * @param socket_id  NUMA socket, or SOCKET_ID_ANY.
 * @return The pool, or NULL (rte_errno: EINVAL for bad arguments or
 *         mpdk_init() not called, ENOMEM, EEXIST).
 */
MPDK_EXPORT struct mpdk_nbl_pool *
mpdk_nbl_pool_create(const char *name, unsigned int n, unsigned int ctx_size,
		     int socket_id);

/**
 * Create a pool of NBs: a packet mbuf pool, used like any other
 * (rte_pktmbuf_alloc(), mpdk_nbl_add_copy(), rte_pktmbuf_free()), whose
 * mbufs a miniport can lend to its PMD instead of taking a reference on
 * them (NdisAllocateNetBufferPool for the buffers a protocol keeps and
 * sends again and again).
 *
 * Sends and their completions work the same with any packet pool.  With
 * this one, a one-segment direct NB goes to the PMD as it is (refcnt 1)
 * and the PMD's free, which reaches this pool's mempool driver because
 * the pool has no per-lcore cache, only tells the miniport that the PMD
 * let go of it; the NB stays with its NBL.  That saves the PMD's locked
 * reference decrement per packet.  The price: allocations and frees that
 * are not sends take the pool's ring every time (bulk calls once per
 * call), so it suits NBs a protocol keeps and reuses, and is not the
 * pool for per-packet allocations.
 *
 * Context: control thread, after mpdk_init().
 *
 * @param name            Pool name (unique among mempools, at most 26
 *                        characters: the ring is named after it).
 * @param n               Number of mbufs.
 * @param priv_size       Private area of each mbuf, a multiple of
 *                        RTE_MBUF_PRIV_ALIGN (MPDK_NBL_MBUF_PRIV_SIZE or
 *                        more lets each mbuf carry its own NBL).
 * @param data_room_size  Data room of each mbuf, headroom included (as
 *                        for rte_pktmbuf_pool_create()).
 * @param socket_id       NUMA socket, or SOCKET_ID_ANY.
 * @return The pool (free it with rte_mempool_free() once every mbuf is
 *         back), or NULL (rte_errno: EINVAL for bad arguments or
 *         mpdk_init() not called, ENAMETOOLONG, ENOMEM, EEXIST).
 */
MPDK_EXPORT struct rte_mempool *
mpdk_nb_pool_create(const char *name, unsigned int n, uint16_t priv_size,
		    uint16_t data_room_size, int socket_id);

/**
 * Free a pool.  Every NBL must have been freed.
 *
 * Context: control thread.
 *
 * @param pool  Pool to free; NULL is ignored.
 */
MPDK_EXPORT void mpdk_nbl_pool_free(struct mpdk_nbl_pool *pool);

/**
 * Number of free NBLs in a pool (per-lcore caches included), for leak
 * checks.
 *
 * Context: any thread.
 */
MPDK_EXPORT unsigned int mpdk_nbl_pool_avail(const struct mpdk_nbl_pool *pool);

/** Number of NBLs a pool was created with. Context: any thread. */
MPDK_EXPORT unsigned int mpdk_nbl_pool_size(const struct mpdk_nbl_pool *pool);

/**
 * Allocate an NBL with no NB (NdisAllocateNetBufferList).
 *
 * Context: any thread.
 *
 * @return The NBL with every field reset, or NULL when the pool is empty.
 */
MPDK_EXPORT struct mpdk_nbl *mpdk_nbl_alloc(struct mpdk_nbl_pool *pool);

/**
 * Allocate @p n NBLs at once, all or none.
 *
 * Context: any thread.
 *
 * @return MPDK_STATUS_SUCCESS, or MPDK_STATUS_RESOURCES (nothing allocated).
 */
MPDK_EXPORT mpdk_status_t
mpdk_nbl_alloc_bulk(struct mpdk_nbl_pool *pool, struct mpdk_nbl **nbls,
		    unsigned int n);

/**
 * Free an NBL and its NBs (NdisFreeNetBufferList).  The NBL must be owned
 * by the caller: not in the miniport, not indicated.
 *
 * Context: any thread.
 *
 * @param nbl  NBL to free; NULL is ignored.  nbl->next is not followed.
 */
MPDK_EXPORT void mpdk_nbl_free(struct mpdk_nbl *nbl);

/**
 * Free @p n NBLs and their NBs, in bulk (one mempool operation per pool
 * rather than per NBL).  Same ownership rule as mpdk_nbl_free().
 *
 * Context: any thread.
 */
MPDK_EXPORT void mpdk_nbl_free_bulk(struct mpdk_nbl *const *nbls, unsigned int n);

/** Free every NBL of a chain (following next). Context: any thread. */
MPDK_EXPORT void mpdk_nbl_free_chain(struct mpdk_nbl *chain);

/**
 * Detach the NBs of an NBL without freeing them; the NBL is left empty.
 *
 * Context: any thread owning the NBL.
 *
 * @return The first NB (linked to the others with mpdk_nb_next()), or NULL.
 */
MPDK_EXPORT struct rte_mbuf *mpdk_nbl_take_nbs(struct mpdk_nbl *nbl);

/**
 * Remove and return the first NB of an NBL.
 *
 * Context: any thread owning the NBL.
 *
 * @return The NB, or NULL if the NBL has none.
 */
MPDK_EXPORT struct rte_mbuf *mpdk_nbl_remove_first_nb(struct mpdk_nbl *nbl);

/**
 * Append an NB holding a copy of @p data.
 *
 * Context: any thread owning the NBL.
 *
 * @param nbl      NBL to extend.
 * @param mp       Packet mbuf pool for the copy.
 * @param data     Bytes to copy.
 * @param len      Frame length (> 0).
 * @param seg_len  Bytes per segment; 0 = as many as an mbuf holds.  A
 *                 frame longer than one segment becomes a chain.
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (NULL,
 *         len 0, segment count over RTE_MBUF_MAX_NB_SEGS, an NBL
 *         embedded in its mbuf), or
 *         MPDK_STATUS_RESOURCES (mbuf pool empty; the NBL is unchanged).
 */
MPDK_EXPORT mpdk_status_t
mpdk_nbl_add_copy(struct mpdk_nbl *nbl, struct rte_mempool *mp,
		  const void *data, uint32_t len, uint16_t seg_len);

/** One piece of caller-owned memory for mpdk_nbl_add_extbuf(). */
struct mpdk_buf_seg {
	void *addr;        /**< Start of the bytes. */
	rte_iova_t iova;   /**< IO address, or RTE_BAD_IOVA to look it up
			    *   (RTE_BAD_IOVA is fine for virtual PMDs). */
	uint16_t len;      /**< Number of bytes (> 0). */
};

/**
 * Prepare the shared info that tracks caller memory attached by
 * mpdk_nbl_add_extbuf().  Each attached segment takes a reference;
 * @p free_cb runs once the last mbuf using the memory is freed (after the
 * NBL itself is freed), in the thread that frees it.
 *
 * Context: any thread.
 */
MPDK_EXPORT void
mpdk_extbuf_shinfo_init(struct rte_mbuf_ext_shared_info *shinfo,
			rte_mbuf_extbuf_free_callback_t free_cb, void *opaque);

/**
 * Append one NB whose segments point at caller memory: zero copy.  The
 * mbuf headers come from @p hdr_pool (a packet pool; its data room is not
 * used, 0 is fine).
 *
 * Context: any thread owning the NBL.
 *
 * @param nbl       NBL to extend.
 * @param hdr_pool  Pool for the mbuf headers.
 * @param segs      Memory segments, in frame order.
 * @param n         Number of segments, 1 to 64.
 * @param shinfo    Shared info prepared by mpdk_extbuf_shinfo_init().
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (also for
 *         an NBL embedded in its mbuf), or
 *         MPDK_STATUS_RESOURCES (no mbuf header; the NBL is unchanged).
 */
MPDK_EXPORT mpdk_status_t
mpdk_nbl_add_extbuf(struct mpdk_nbl *nbl, struct rte_mempool *hdr_pool,
		    const struct mpdk_buf_seg *segs, unsigned int n,
		    struct rte_mbuf_ext_shared_info *shinfo);

/** Total bytes of all NBs of an NBL. Context: any thread owning the NBL. */
MPDK_EXPORT uint64_t mpdk_nbl_data_length(const struct mpdk_nbl *nbl);

/** Number of NBLs in a chain. Context: any thread owning the chain. */
MPDK_EXPORT unsigned int mpdk_nbl_chain_count(const struct mpdk_nbl *chain);

/** Last NBL of a chain, or NULL for an empty chain. */
MPDK_EXPORT struct mpdk_nbl *mpdk_nbl_chain_last(struct mpdk_nbl *chain);

/**
 * Merge two chains: @p tail follows the last NBL of @p head.
 *
 * Context: any thread owning both chains.
 *
 * @return The merged chain (@p tail if @p head is NULL).
 */
MPDK_EXPORT struct mpdk_nbl *
mpdk_nbl_chain_concat(struct mpdk_nbl *head, struct mpdk_nbl *tail);

/**
 * Split a chain after its first @p n NBLs.
 *
 * Context: any thread owning the chain.
 *
 * @return The NBLs after the first @p n (NULL if the chain has at most
 *         @p n, or if @p n is 0: nothing is split then); @p chain keeps
 *         the first @p n.
 */
MPDK_EXPORT struct mpdk_nbl *
mpdk_nbl_chain_split(struct mpdk_nbl *chain, unsigned int n);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_NBL_H */
