/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_MINIPORT_H
#define MPDK_MINIPORT_H

/**
 * @file
 * Miniport driver SDK: the lower edge (NdisMRegisterMiniportDriver,
 * NdisMSetMiniportAttributes, NdisMSendNetBufferListsComplete, ...).
 *
 * Handlers run in these contexts:
 *  - initialize, halt: the control thread (mpdk_adapter_create/destroy);
 *  - send_nbls: the sender's thread, with the queue the library chose;
 *    several threads may call it at once for different queues, and for
 *    the same queue too (non-EAL threads share queue 0): a miniport
 *    serialises per queue;
 *  - poll: the poller that owns the queue, one thread per queue;
 *  - return_nbls, return_mbufs: any thread;
 *  - oid_request: the requesting thread (nothing queued) or the adapter's
 *    queue-0 poller; one request at a time per adapter;
 *  - cancel_send: the thread calling mpdk_cancel_send_nbls();
 *  - reset, pause, restart: the adapter's queue-0 poller;
 *  - transfer_data: the thread calling mpdk_transfer_data().
 *
 * A missing oid_request, cancel_send or transfer_data handler makes the
 * library answer MPDK_STATUS_NOT_SUPPORTED; without reset, pause or
 * restart handlers the library does its own part (gates, drains,
 * indications) and the operation succeeds.  The library never calls a
 * NULL handler.
 */

#include <stdbool.h>
#include <stdint.h>

#include <rte_ether.h>

#include "mpdk.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * MiniportInitializeEx: bring up an adapter.  Before returning SUCCESS
 * the handler calls mpdk_m_set_attributes().
 *
 * @param[out] adapter_ctx  The miniport's context for this adapter,
 *                          passed to every other handler.
 * @return MPDK_STATUS_SUCCESS or a failure status (the adapter is freed).
 */
typedef mpdk_status_t (*mpdk_miniport_initialize_fn)(void *driver_ctx,
	struct mpdk_adapter *adapter, const struct mpdk_adapter_config *cfg,
	void **adapter_ctx);

/** MiniportHaltEx: release everything of the adapter. */
typedef void (*mpdk_miniport_halt_fn)(void *adapter_ctx);

/**
 * MiniportSendNetBufferLists: transmit a chain on @p queue.  Every NBL is
 * finished exactly once with mpdk_m_send_nbls_complete(): inside this call
 * (a synchronous status: SUCCESS, RESOURCES, FAILURE, INVALID_LENGTH...) or
 * later (PENDING).  The library already refused what it could (closed
 * binding, paused adapter, NBL without NB).
 */
typedef void (*mpdk_miniport_send_nbls_fn)(void *adapter_ctx, uint16_t queue,
	struct mpdk_nbl *chain, uint32_t flags);

/**
 * Optional fast path of send_nbls for a chain the library already walked:
 * the same NBLs, in order, in an array (their next fields are
 * meaningless).  Same rules as send_nbls.  The library uses it for chains
 * of at most MPDK_SEND_BURST_MAX NBLs, all with an NB.
 */
typedef void (*mpdk_miniport_send_nbl_burst_fn)(void *adapter_ctx,
	uint16_t queue, struct mpdk_nbl *const *nbls, unsigned int n,
	uint32_t flags);

/** Longest chain handed to send_nbl_burst. */
#define MPDK_SEND_BURST_MAX 64

/** MiniportReturnNetBufferLists: indicated NBLs are back. */
typedef void (*mpdk_miniport_return_nbls_fn)(void *adapter_ctx,
	struct mpdk_nbl *chain, uint32_t flags);

/**
 * Optional MiniportReturnNetBufferLists for NBLs indicated with
 * mpdk_m_indicate_receive_mbufs(), which live in their mbufs: the @p n
 * mbufs of returned NBLs, in an array, for the miniport to free or
 * recycle.  The library gathers them as it walks the returned chain, so
 * the miniport does not walk it again.  Without this handler such NBLs
 * come back through return_nbls; MPDK_DEBUG builds always use return_nbls
 * (they check each NBL on the way).
 */
typedef void (*mpdk_miniport_return_mbufs_fn)(void *adapter_ctx,
	struct rte_mbuf *const *m, unsigned int n);

/**
 * MiniportInterruptDPC: reap TX completions and receive on @p queue, at
 * most @p budget NBLs of each.
 *
 * @return Work done (0 when idle).
 */
typedef unsigned int (*mpdk_miniport_poll_fn)(void *adapter_ctx,
	uint16_t queue, unsigned int budget);

/**
 * MiniportTransferData (NDIS 5): copy t->length bytes (> 0) from t->offset
 * of the frame of t->nbl (t->lib_frame is the miniport's own NBL) to
 * t->dst.  SUCCESS (done, set t->bytes_transferred), PENDING then
 * mpdk_m_transfer_data_complete(), or a failure (nothing started).  With
 * MPDK_TRANSFER_F_SYNC in t->lib_flags it must not pend.
 */
typedef mpdk_status_t (*mpdk_miniport_transfer_data_fn)(void *adapter_ctx,
	struct mpdk_transfer *t);

/** MiniportCancelSend: finish the NBLs still queued that carry @p cancel_id
 *  with MPDK_STATUS_SEND_ABORTED (mpdk_m_send_nbls_complete()). */
typedef mpdk_status_t (*mpdk_miniport_cancel_send_fn)(void *adapter_ctx,
	uint64_t cancel_id);

/** MiniportOidRequest: SUCCESS or a failure (done, bytes set), or PENDING
 *  then mpdk_m_oid_request_complete() (which may come before the handler
 *  returns PENDING).  Never both: completing and answering at once is a
 *  double completion (the returned status is used; MPDK_DEBUG counts a
 *  violation).  One at a time per adapter. */
typedef mpdk_status_t (*mpdk_miniport_oid_request_fn)(void *adapter_ctx,
	struct mpdk_oid_request *req);

/** MiniportResetEx: SUCCESS (done), or PENDING then mpdk_m_reset_complete()
 *  (which may come before the handler returns PENDING; completing and
 *  answering at once is a double completion: the returned status is used,
 *  MPDK_DEBUG counts a violation).  Before completing, finish the sends
 *  still queued with RESET_IN_PROGRESS and complete a pending OID request
 *  (with its own status, or REQUEST_ABORTED); the library hands those
 *  completions to the protocols before the reset ends.  Pause and restart
 *  handlers follow the same rules. */
typedef mpdk_status_t (*mpdk_miniport_reset_fn)(void *adapter_ctx);

/** MiniportPause: stop indicating; SUCCESS or PENDING then
 *  mpdk_m_pause_complete().  Cannot fail. */
typedef mpdk_status_t (*mpdk_miniport_pause_fn)(void *adapter_ctx);

/** MiniportRestart: SUCCESS or PENDING then mpdk_m_restart_complete(). */
typedef mpdk_status_t (*mpdk_miniport_restart_fn)(void *adapter_ctx);

/**
 * Miniport driver characteristics (NDIS_MINIPORT_DRIVER_CHARACTERISTICS).
 * Mandatory: name, initialize, halt, send_nbls, return_nbls.
 */
struct mpdk_miniport_ops {
	const char *name;
	mpdk_miniport_initialize_fn initialize;
	mpdk_miniport_halt_fn halt;
	mpdk_miniport_send_nbls_fn send_nbls;
	mpdk_miniport_return_nbls_fn return_nbls;
	mpdk_miniport_send_nbl_burst_fn send_nbl_burst;
	mpdk_miniport_poll_fn poll;
	mpdk_miniport_cancel_send_fn cancel_send;
	mpdk_miniport_oid_request_fn oid_request;
	mpdk_miniport_reset_fn reset;
	mpdk_miniport_pause_fn pause;
	mpdk_miniport_restart_fn restart;
	mpdk_miniport_transfer_data_fn transfer_data;
	mpdk_miniport_return_mbufs_fn return_mbufs;
};

/**
 * Register a miniport driver (NdisMRegisterMiniportDriver).  The ops table
 * is copied.
 *
 * Context: control thread, after mpdk_init().
 *
 * @return MPDK_STATUS_SUCCESS; MPDK_STATUS_INVALID_PARAMETER for NULL ops,
 *         a missing name or mandatory handler (the log names it);
 *         MPDK_STATUS_ALREADY_EXISTS; MPDK_STATUS_RESOURCES;
 *         MPDK_STATUS_ADAPTER_NOT_READY (mpdk_init() not called).
 */
MPDK_EXPORT mpdk_status_t
mpdk_miniport_register(const struct mpdk_miniport_ops *ops, void *driver_ctx,
		       struct mpdk_miniport_driver **out);

/**
 * Deregister a miniport driver (NdisMDeregisterMiniportDriver).
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_BUSY (adapters of this driver still exist).
 */
MPDK_EXPORT mpdk_status_t
mpdk_miniport_deregister(struct mpdk_miniport_driver *drv);

/** Adapter attributes (NdisMSetMiniportAttributes). */
struct mpdk_adapter_attrs {
	uint16_t n_queues;             /**< TX and RX queues, 1..MPDK_MAX_QUEUES. */
	uint32_t mtu;                  /**< Current MTU (payload bytes). */
	uint32_t max_frame;            /**< Largest frame sent, header included. */
	struct rte_ether_addr mac;     /**< Current MAC address. */
	struct rte_ether_addr perm_mac;/**< Permanent MAC address. */
};

/**
 * Set an adapter's attributes: from initialize, and later when the MTU or
 * the MAC address changes (the queue count is fixed after initialize).
 *
 * Context: the initialize handler; afterwards the miniport's own threads
 * (control thread, OID handler).
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER (bad queue
 *         count, or a different one after initialize).
 */
MPDK_EXPORT mpdk_status_t
mpdk_m_set_attributes(struct mpdk_adapter *adapter,
		      const struct mpdk_adapter_attrs *attrs);

/** Read an adapter's attributes. Context: any thread. */
MPDK_EXPORT void
mpdk_m_get_attributes(const struct mpdk_adapter *adapter,
		      struct mpdk_adapter_attrs *attrs);

/**
 * NdisMSendNetBufferListsComplete: hand NBLs back to their senders.  Each
 * NBL carries its final status (never PENDING).  The chain may mix
 * bindings and queues; the library routes each NBL to the binding that
 * sent it (nbl->source_handle), in batches.
 *
 * Called from a poll step of the queue's poller, the NBLs join that step's
 * batches.  Called anywhere else (inside send_nbls, from another thread),
 * they are queued for the queue's poller; inside a send that asked for
 * MPDK_SEND_FLAG_INLINE_COMPLETE, they reach the sender before
 * mpdk_send_nbls() returns.
 *
 * Context: any thread.
 *
 * @param flags  Reserved, 0.
 */
MPDK_EXPORT void
mpdk_m_send_nbls_complete(struct mpdk_adapter *adapter, struct mpdk_nbl *chain,
			  uint32_t flags);

/**
 * mpdk_m_send_nbls_complete() for NBLs held in an array, the way a poll
 * handler reaps them from a ring: the library links them, so the miniport
 * needs not (and the walk has no dependent loads).  Same rules otherwise.
 *
 * Context: any thread.
 *
 * @param nbls   NBLs, each with its final status; nbls[i]->next is ignored.
 * @param n      Number of NBLs.
 * @param flags  Reserved, 0.
 */
MPDK_EXPORT void
mpdk_m_send_nbls_complete_bulk(struct mpdk_adapter *adapter,
			       struct mpdk_nbl *const *nbls, unsigned int n,
			       uint32_t flags);

/**
 * NdisMIndicateReceiveNetBufferLists: hand received frames to every open
 * binding of the adapter.  Each NBL has one NB (an mbuf chain) and comes
 * from the miniport (an NBL pool, or the mbuf's own private area with
 * mpdk_nbl_embed()).  The first receiver gets these NBLs, the others NBLs
 * of the library's sharing the same NBs.
 *
 * Without MPDK_RECEIVE_F_RESOURCES the NBLs come back through the
 * return_nbls handler once every receiver returned them (at once when no
 * binding is open).  With it, they are the miniport's again when this
 * call returns and return_nbls is not called for them.
 *
 * Context: the poller that owns @p queue, inside its poll step.
 *
 * @param chain  NBLs, linked through next; @p n of them.
 * @param flags  MPDK_RECEIVE_F_RESOURCES, MPDK_RECEIVE_F_LOOKAHEAD (the
 *               miniport set rx_frame_len on each NBL).
 */
MPDK_EXPORT void
mpdk_m_indicate_receive_nbls(struct mpdk_adapter *adapter,
			     struct mpdk_nbl *chain, uint16_t queue, uint32_t n,
			     uint32_t flags);

/**
 * Prepare an RX mempool whose mbufs carry their NBL (made with
 * MPDK_NBL_MBUF_PRIV_SIZE of private area) for
 * mpdk_m_indicate_receive_mbufs() on @p adapter: the NBL fields that stay
 * the same from one indication to the next (the one NB, the adapter) are
 * written once here, for every mbuf of the pool, rather than per frame.
 * Call it after creating the pool, before any of its mbufs is used.
 *
 * Context: the adapter's initialize handler.
 *
 * @return MPDK_STATUS_SUCCESS, or MPDK_STATUS_INVALID_PARAMETER (NULL, or
 *         a pool whose private area cannot hold an NBL).
 */
MPDK_EXPORT mpdk_status_t
mpdk_m_rx_pool_prepare(struct mpdk_adapter *adapter, struct rte_mempool *mp);

/**
 * mpdk_m_indicate_receive_nbls() for frames received into mbufs of a pool
 * prepared with mpdk_m_rx_pool_prepare() for this adapter: the library
 * tags each mbuf's own NBL, chains them in order and indicates them, in
 * one pass over the frames.  The same contract otherwise: the NBLs come
 * back through return_mbufs (if the miniport has it) or return_nbls, or,
 * with MPDK_RECEIVE_F_RESOURCES, the mbufs are the miniport's again when
 * this call returns.  No lookahead: each NB
 * is the whole frame.
 *
 * Context: the poller that owns @p queue, inside its poll step.
 *
 * @param m      @p n mbufs, one frame each (a frame may be a chain of
 *               segments), all from a prepared pool (MPDK_DEBUG checks it
 *               and refuses the indication otherwise).
 * @param flags  MPDK_RECEIVE_F_RESOURCES.
 */
MPDK_EXPORT void
mpdk_m_indicate_receive_mbufs(struct mpdk_adapter *adapter,
			      struct rte_mbuf *const *m, uint32_t n,
			      uint16_t queue, uint32_t flags);

/**
 * NdisMTransferDataComplete: a transfer the handler pended is done.
 *
 * Context: any thread; the protocol's handler runs at once from a poll
 * step, else from the adapter's queue-0 poller.
 *
 * @param status  Final status; t->bytes_transferred set by the miniport.
 */
MPDK_EXPORT void
mpdk_m_transfer_data_complete(struct mpdk_adapter *adapter,
			      struct mpdk_transfer *t, mpdk_status_t status);

/**
 * NdisMOidRequestComplete: a request the handler pended is done; req's
 * bytes_written / bytes_needed are set.  The next queued request goes to
 * the miniport afterwards.  May be called before the handler returns
 * PENDING; a request the handler answers at once must not be completed
 * (the call is ignored: MPDK_DEBUG counts a violation, release builds
 * log it).  Completing a request not at the miniport is ignored the same
 * way.
 *
 * Context: any thread; the protocol's handler runs from the adapter's
 * queue-0 poller.
 */
MPDK_EXPORT void
mpdk_m_oid_request_complete(struct mpdk_adapter *adapter,
			    struct mpdk_oid_request *req, mpdk_status_t status);

/*
 * Buffer helpers for OID handlers, so every miniport applies NDIS's rules
 * the same way.  Each returns the status the handler should return.
 */

/**
 * Answer a query with @p len bytes: MPDK_STATUS_SUCCESS and bytes_written,
 * or MPDK_STATUS_BUFFER_TOO_SHORT with bytes_needed (nothing written).
 *
 * Context: the oid_request handler.
 */
MPDK_EXPORT mpdk_status_t
mpdk_oid_answer(struct mpdk_oid_request *req, const void *data, uint32_t len);

/** mpdk_oid_answer() of a 32-bit value. */
MPDK_EXPORT mpdk_status_t
mpdk_oid_answer_u32(struct mpdk_oid_request *req, uint32_t v);

/**
 * Answer a statistics query with a 64-bit counter: 8 bytes, or its low
 * 32 bits into a 4- to 7-byte buffer (NDIS's rule for statistics OIDs);
 * BUFFER_TOO_SHORT with bytes_needed 8 below 4 bytes.
 */
MPDK_EXPORT mpdk_status_t
mpdk_oid_answer_counter(struct mpdk_oid_request *req, uint64_t v);

/**
 * Take the value of a set request: exactly @p len bytes are expected;
 * MPDK_STATUS_SUCCESS (copied, bytes_written = len) or
 * MPDK_STATUS_INVALID_LENGTH with bytes_needed.
 */
MPDK_EXPORT mpdk_status_t
mpdk_oid_take(struct mpdk_oid_request *req, void *data, uint32_t len);

/**
 * NdisMResetComplete.  The send completions the miniport made before this
 * call reach their protocols before the reset's done callback and
 * RESET_END (inside a poll step, that step's completions are handed over
 * first).  A second completion, or one with no reset pending, is ignored
 * (counted under MPDK_DEBUG, logged otherwise).
 *
 * Context: any thread.
 */
MPDK_EXPORT void
mpdk_m_reset_complete(struct mpdk_adapter *adapter, mpdk_status_t status);

/** NdisMPauseComplete. Context: any thread. */
MPDK_EXPORT void mpdk_m_pause_complete(struct mpdk_adapter *adapter);

/** NdisMRestartComplete. Context: any thread. */
MPDK_EXPORT void
mpdk_m_restart_complete(struct mpdk_adapter *adapter, mpdk_status_t status);

/** Largest status buffer carried by an indication. */
#define MPDK_STATUS_BUF_MAX 64

/**
 * NdisMIndicateStatusEx: tell every open binding.  The buffer is copied
 * (at most MPDK_STATUS_BUF_MAX bytes).  A MPDK_STATUS_LINK_STATE equal to
 * the last one indicated is dropped, so several sources (an LSC callback,
 * polling) never make duplicates.
 *
 * Context: any thread, interrupt callbacks included; delivered by the
 * adapter's queue-0 poller.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_RESOURCES (indication queue full; dropped).
 */
MPDK_EXPORT mpdk_status_t
mpdk_m_indicate_status(struct mpdk_adapter *adapter,
		       const struct mpdk_status_indication *ind);

/** Work the mpdk control thread runs (it may block). */
typedef void (*mpdk_work_fn)(void *arg);

/**
 * Run @p fn on the mpdk control thread (NdisQueueIoWorkItem): for work
 * that blocks (stopping and starting a port), never on a poller.  Work
 * items run one at a time, in order.
 *
 * Context: any thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (NULL fn) or
 *         MPDK_STATUS_RESOURCES.
 */
MPDK_EXPORT mpdk_status_t mpdk_m_queue_work(mpdk_work_fn fn, void *arg);

/**
 * @name Lending NBs to a PMD
 * The release signal of NBs from an NB pool (mpdk_nb_pool_create()): the
 * miniport lends such an NB to its PMD instead of taking a reference on
 * it, and the NB is back once the PMD freed it, which the pool's mempool
 * driver notes (it unmarks the NB and keeps it out of the pool).
 * @{
 */

/**
 * Whether @p nb can be lent: an NB pool's direct one-segment mbuf.  The
 * caller also checks that the NB is the NBL's alone: refcnt 1 and not
 * lent already (mpdk_nb_is_lent()).
 *
 * Context: the thread that owns @p nb.
 */
static inline bool
mpdk_nb_lendable(const struct rte_mbuf *nb)
{
	return nb->pool->ops_index == mpdk_nb_pool_ops_index &&
	       RTE_MBUF_DIRECT(nb) && nb->nb_segs == 1 && nb->next == NULL;
}

/**
 * Mark @p nb lent, before handing it to the PMD (rte_eth_tx_burst()).
 *
 * Context: the thread that owns @p nb.
 */
static inline void
mpdk_nb_lend(struct rte_mbuf *nb)
{
	*mpdk__nb_lent_mark(nb) = 1;
}

/**
 * Take back a lent NB the PMD did not accept (rte_eth_tx_burst() returned
 * fewer).
 *
 * Context: the thread that lent @p nb.
 */
static inline void
mpdk_nb_unlend(struct rte_mbuf *nb)
{
	*mpdk__nb_lent_mark(nb) = 0;
}

/**
 * Whether @p nb is lent: false once the PMD freed it (acquire: what the
 * PMD did with the data happened before), and for NBs never lent.
 *
 * Context: any thread.
 */
static inline bool
mpdk_nb_is_lent(const struct rte_mbuf *nb)
{
	return __atomic_load_n(mpdk__nb_lent_mark(nb), __ATOMIC_ACQUIRE) != 0;
}

/** @} */

/** Miniport context given by initialize. Context: any thread. */
MPDK_EXPORT void *mpdk_m_adapter_context(const struct mpdk_adapter *adapter);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_MINIPORT_H */
