/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_PROTOCOL_H
#define MPDK_PROTOCOL_H

/**
 * @file
 * Protocol driver SDK: the upper edge (NdisRegisterProtocolDriver,
 * NdisOpenAdapterEx, NdisSendNetBufferLists, NdisReturnNetBufferLists).
 *
 * Handlers run in these contexts:
 *  - bind_adapter / unbind_adapter: the thread calling mpdk_bind() /
 *    mpdk_unbind();
 *  - open/close complete, send complete, receive, status, OID complete:
 *    the poller that owns the queue (or the adapter's queue 0 for control
 *    events).  Never from inside the protocol's own mpdk_send_nbls() call,
 *    unless it passed MPDK_SEND_FLAG_INLINE_COMPLETE.
 */

#include <stdint.h>

#include "mpdk.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * ProtocolBindAdapterEx: an application asked this protocol to bind to
 * @p adapter (mpdk_bind()).  The handler normally calls
 * mpdk_open_adapter().
 *
 * @return Its status, returned by mpdk_bind().
 */
typedef mpdk_status_t (*mpdk_protocol_bind_adapter_fn)(void *proto_ctx,
	struct mpdk_adapter *adapter, void *bind_params);

/**
 * ProtocolUnbindAdapterEx: the binding must go (mpdk_unbind()).  The
 * handler normally calls mpdk_close_adapter().
 *
 * @return Its status, returned by mpdk_unbind().
 */
typedef mpdk_status_t (*mpdk_protocol_unbind_adapter_fn)(void *proto_ctx,
	void *binding_ctx, struct mpdk_binding *binding);

/** ProtocolOpenAdapterCompleteEx: a PENDING open finished with @p status. */
typedef void (*mpdk_protocol_open_complete_fn)(void *binding_ctx,
	struct mpdk_binding *binding, mpdk_status_t status);

/** ProtocolCloseAdapterCompleteEx: a PENDING close finished. */
typedef void (*mpdk_protocol_close_complete_fn)(void *binding_ctx);

/** Send-complete flag: delivered inside the sender's mpdk_send_nbls() call
 *  (it passed MPDK_SEND_FLAG_INLINE_COMPLETE). */
#define MPDK_SEND_COMPLETE_F_INLINE (1u << 0)

/**
 * ProtocolSendNetBufferListsComplete: NBLs this binding sent are back,
 * each with its final status in nbl->status.  The chain holds only this
 * binding's NBLs; the protocol owns them again.
 *
 * @param flags  MPDK_SEND_COMPLETE_F_* flags.
 */
typedef void (*mpdk_protocol_send_complete_fn)(void *binding_ctx,
	struct mpdk_nbl *chain, uint32_t flags);

/**
 * ProtocolReceiveNetBufferLists: frames arrived on @p queue, one NB per
 * frame.  Unless @p flags has MPDK_RECEIVE_F_RESOURCES, the protocol owns
 * the NBLs until it gives them back with mpdk_return_nbls(), from any
 * thread, now or later, in any order and in chains it builds (nbl->next is
 * the protocol's).  With MPDK_RECEIVE_F_RESOURCES it copies what it needs
 * (transfers complete before mpdk_transfer_data() returns) and leaves the
 * chain linked as it got it.  Each receiver of a frame has an NBL of its
 * own; the frame data is shared and read-only.
 */
typedef void (*mpdk_protocol_receive_fn)(void *binding_ctx,
	struct mpdk_nbl *chain, uint16_t queue, uint32_t n_nbls, uint32_t flags);

/** ProtocolStatusEx: a status indication from the adapter.  A binding
 *  that opens after the adapter indicated a link state is given the
 *  current MPDK_STATUS_LINK_STATE once, after its open. */
typedef void (*mpdk_protocol_status_fn)(void *binding_ctx,
	const struct mpdk_status_indication *ind);


/** ProtocolTransferDataComplete (NDIS 5): a PENDING transfer finished. */
typedef void (*mpdk_protocol_transfer_complete_fn)(void *binding_ctx,
	struct mpdk_transfer *t, mpdk_status_t status);

/** ProtocolOidRequestComplete: a PENDING OID request finished. */
typedef void (*mpdk_protocol_oid_complete_fn)(void *binding_ctx,
	struct mpdk_oid_request *req, mpdk_status_t status);

/**
 * Protocol driver characteristics (NDIS_PROTOCOL_DRIVER_CHARACTERISTICS).
 * Mandatory: name, bind_adapter, unbind_adapter, send_nbls_complete,
 * receive_nbls.
 */
struct mpdk_protocol_ops {
	const char *name;
	mpdk_protocol_bind_adapter_fn bind_adapter;
	mpdk_protocol_unbind_adapter_fn unbind_adapter;
	mpdk_protocol_open_complete_fn open_adapter_complete;
	mpdk_protocol_close_complete_fn close_adapter_complete;
	mpdk_protocol_send_complete_fn send_nbls_complete;
	mpdk_protocol_receive_fn receive_nbls;
	mpdk_protocol_status_fn status;
	mpdk_protocol_oid_complete_fn oid_request_complete;
	mpdk_protocol_transfer_complete_fn transfer_data_complete;
};

/**
 * Register a protocol driver (NdisRegisterProtocolDriver).  The ops table
 * is copied.
 *
 * Context: control thread, after mpdk_init().
 *
 * @return MPDK_STATUS_SUCCESS; MPDK_STATUS_INVALID_PARAMETER for NULL ops
 *         or out, a missing name or mandatory handler (the log names it);
 *         MPDK_STATUS_ALREADY_EXISTS; MPDK_STATUS_RESOURCES;
 *         MPDK_STATUS_ADAPTER_NOT_READY (mpdk_init() not called).
 */
MPDK_EXPORT mpdk_status_t
mpdk_protocol_register(const struct mpdk_protocol_ops *ops, void *proto_ctx,
		       struct mpdk_protocol_driver **out);

/**
 * Deregister a protocol driver (NdisDeregisterProtocolDriver).
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_BUSY (bindings not closed yet; nothing changed).
 */
MPDK_EXPORT mpdk_status_t
mpdk_protocol_deregister(struct mpdk_protocol_driver *proto);

/** Find a registered protocol by name. Context: control thread. */
MPDK_EXPORT struct mpdk_protocol_driver *mpdk_protocol_find(const char *name);

/**
 * Ask a protocol to bind to an adapter: calls its bind_adapter handler.
 *
 * Context: control thread.
 *
 * @return The handler's status, or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_bind(struct mpdk_protocol_driver *proto, struct mpdk_adapter *adapter,
	  void *bind_params);

/**
 * Ask the protocol of a binding to unbind: calls its unbind_adapter handler.
 *
 * Context: control thread.
 *
 * @return The handler's status, or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t mpdk_unbind(struct mpdk_binding *binding);

/**
 * Open a binding between a protocol and an adapter (NdisOpenAdapterEx).
 *
 * Context: control thread (usually from bind_adapter).
 *
 * @param proto        The protocol.
 * @param adapter      The adapter.
 * @param binding_ctx  Passed back to every handler of this binding.
 * @param[out] out     The binding, valid until its adapter is destroyed.
 * An open completes at once, except while the adapter resets: it then
 * pends and completes when the reset does, through open_adapter_complete
 * (from the adapter's queue-0 poller), without the reset's RESET_START
 * and RESET_END indications.  Sends are gated by the adapter state
 * besides, so a binding may be open while its adapter pauses.
 *
 * @return MPDK_STATUS_SUCCESS (open now), MPDK_STATUS_PENDING (the adapter
 *         resets; *out is set, open_adapter_complete follows),
 *         MPDK_STATUS_INVALID_PARAMETER, MPDK_STATUS_RESOURCES
 *         (MPDK_MAX_BINDINGS already open), MPDK_STATUS_ADAPTER_NOT_READY
 *         (adapter initializing or halting).
 */
MPDK_EXPORT mpdk_status_t
mpdk_open_adapter(struct mpdk_protocol_driver *proto,
		  struct mpdk_adapter *adapter, void *binding_ctx,
		  struct mpdk_binding **out);

/**
 * Close a binding (NdisCloseAdapterEx).  New sends and OID requests are
 * refused with MPDK_STATUS_CLOSING and its queued OID requests complete
 * with REQUEST_ABORTED; the close finishes once every outstanding send
 * completed, every indicated NBL came back, and every transfer and OID
 * request of the binding completed.
 *
 * Context: control thread; not from a handler of this binding.
 *
 * @return MPDK_STATUS_SUCCESS (closed now), MPDK_STATUS_PENDING
 *         (close_adapter_complete follows, from the adapter's queue-0
 *         poller), MPDK_STATUS_INVALID_PARAMETER, MPDK_STATUS_CLOSING
 *         (already closing), MPDK_STATUS_ADAPTER_NOT_OPEN (closed) or
 *         MPDK_STATUS_ADAPTER_NOT_READY (its open has not completed).
 */
MPDK_EXPORT mpdk_status_t mpdk_close_adapter(struct mpdk_binding *binding);

/** Send flag: deliver NBLs the miniport finishes inside the send call
 *  to send_nbls_complete before mpdk_send_nbls() returns. */
#define MPDK_SEND_FLAG_INLINE_COMPLETE (1u << 0)

/**
 * Send a chain of NBLs (NdisSendNetBufferLists).
 *
 * Each NBL comes back exactly once through send_nbls_complete with a final
 * status in nbl->status: SUCCESS only once the PMD released every buffer;
 * INVALID_LENGTH (frame over the MTU or shorter than an Ethernet header),
 * INVALID_DATA (no NB, a segment referenced elsewhere, or a received
 * frame other bindings share: mpdk_nbl_is_shared()), RESOURCES (TX ring
 * and backlog full), FAILURE.
 *
 * If the whole call is refused, nothing is kept, every NBL's status is set
 * to the returned status and no completion follows.
 *
 * The send goes to the calling lcore's queue (mpdk_adapter_set_lcore_queue).
 *
 * Context: any thread; the hot path takes no lock but the queue's.
 *
 * @return MPDK_STATUS_PENDING (accepted);
 *         MPDK_STATUS_INVALID_PARAMETER (NULL binding or empty chain);
 *         MPDK_STATUS_ADAPTER_NOT_OPEN (binding closed);
 *         MPDK_STATUS_CLOSING; MPDK_STATUS_ADAPTER_NOT_READY (binding still
 *         opening or queue owned by no poller); MPDK_STATUS_PAUSED;
 *         MPDK_STATUS_RESET_IN_PROGRESS.
 */
MPDK_EXPORT mpdk_status_t
mpdk_send_nbls(struct mpdk_binding *binding, struct mpdk_nbl *chain,
	       uint32_t flags);

/**
 * mpdk_send_nbls() on an explicit queue (a flow hash picked by the
 * caller).
 *
 * Context: any thread.
 *
 * @return As mpdk_send_nbls(), plus MPDK_STATUS_INVALID_PARAMETER for a
 *         queue out of range.
 */
MPDK_EXPORT mpdk_status_t
mpdk_send_nbls_on_queue(struct mpdk_binding *binding, uint16_t queue,
			struct mpdk_nbl *chain, uint32_t flags);

/**
 * Give indicated NBLs back (NdisReturnNetBufferLists).  The chain may mix
 * NBLs of several indications.  A frame goes back to its miniport once
 * every receiver returned its NBL.
 *
 * Context: any thread.
 *
 * @param binding  The binding the NBLs were indicated to.
 * @param chain    NBLs, linked through next.
 * @param flags    Reserved, 0.
 */
MPDK_EXPORT void
mpdk_return_nbls(struct mpdk_binding *binding, struct mpdk_nbl *chain,
		 uint32_t flags);

/**
 * mpdk_return_nbls() for a chain that mixes NBLs indicated to several
 * bindings (a protocol forwarding between adapters holds both sides'):
 * each run of NBLs indicated to one binding (nbl->rx_binding) goes back
 * through that binding.  mpdk_return_nbls() itself takes one binding's
 * NBLs only.
 *
 * Context: any thread.
 *
 * @param chain  Indicated NBLs, linked through next; NULL does nothing.
 * @param flags  Reserved, 0.
 */
MPDK_EXPORT void
mpdk_return_nbls_any(struct mpdk_nbl *chain, uint32_t flags);

/**
 * Copy bytes of a received frame into protocol memory (NdisTransferData).
 * The NBL may be returned while the transfer is pending: the frame stays
 * until the transfer completes.  A close waits for pending transfers.  A
 * frame indicated with MPDK_RECEIVE_F_RESOURCES is copied before the call
 * returns (never PENDING).  A zero-length transfer succeeds at once.
 *
 * Context: any thread holding the NBL.
 *
 * @return MPDK_STATUS_SUCCESS (copied now, bytes_transferred set),
 *         MPDK_STATUS_PENDING (transfer_data_complete follows, from a
 *         poller), MPDK_STATUS_INVALID_LENGTH (offset/length beyond the
 *         frame), MPDK_STATUS_INVALID_PARAMETER (NULL, or an NBL that was
 *         never indicated; one the binding already returned is caught by
 *         MPDK_DEBUG builds only), MPDK_STATUS_RESOURCES (copy engine
 *         busy; nothing started),
 *         MPDK_STATUS_NOT_SUPPORTED (the miniport has no transfer handler).
 */
MPDK_EXPORT mpdk_status_t
mpdk_transfer_data(struct mpdk_binding *binding, struct mpdk_transfer *t);

/** Receive counters of a binding. */
struct mpdk_receive_stats {
	uint64_t indicated;   /**< NBLs indicated to it. */
	uint64_t returned;    /**< NBLs it returned. */
	uint64_t held;        /**< indicated - returned, at the time of the read. */
	uint64_t resources;   /**< NBLs indicated with MPDK_RECEIVE_F_RESOURCES. */
	uint64_t missed;      /**< Frames it did not get (no NBL for its copy). */
	uint64_t transfers;   /**< Transfers the miniport took (done or pending). */
};

/**
 * Read a binding's receive counters.
 *
 * Context: any thread.
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_binding_receive_stats(const struct mpdk_binding *binding,
			   struct mpdk_receive_stats *stats);

/**
 * Query, set or run a method on an adapter (NdisOidRequest).  One request
 * at a time reaches the miniport per adapter; the others wait in order.
 * Buffer rules as NDIS: bytes_written never exceeds buf_len; a short
 * buffer gives MPDK_STATUS_BUFFER_TOO_SHORT (or INVALID_LENGTH) with
 * bytes_needed set; a 64-bit statistics counter queried with a 4-byte
 * buffer gives its low 32 bits.
 *
 * Context: any thread; a request that must wait (an MTU change that
 * restarts the port) pends, never blocking the caller, and
 * oid_request_complete runs from the adapter's queue-0 poller.
 *
 * @return MPDK_STATUS_SUCCESS or a failure status (done now, no callback:
 *         INVALID_OID, NOT_SUPPORTED, INVALID_DATA, BUFFER_TOO_SHORT,
 *         INVALID_LENGTH, INVALID_PARAMETER, RESET_IN_PROGRESS,
 *         ADAPTER_NOT_OPEN, CLOSING); MPDK_STATUS_PENDING (queued behind
 *         another request, or pended by the miniport): oid_request_complete
 *         follows exactly once, with REQUEST_ABORTED if a reset or a close
 *         cancels it.
 */
MPDK_EXPORT mpdk_status_t
mpdk_oid_request(struct mpdk_binding *binding, struct mpdk_oid_request *req);

/**
 * Cancel the sends tagged with @p cancel_id that the miniport still queues
 * (NdisCancelSendNetBufferLists): they complete with
 * MPDK_STATUS_SEND_ABORTED.  NBLs already handed to the PMD complete
 * normally.  Ids are process-wide, as NDIS's are per protocol: take them
 * from mpdk_cancel_id_generate() so no other binding uses the same.
 *
 * Context: any thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (NULL, id 0),
 *         MPDK_STATUS_NOT_SUPPORTED (no cancel handler).
 */
MPDK_EXPORT mpdk_status_t
mpdk_cancel_send_nbls(struct mpdk_binding *binding, uint64_t cancel_id);

/**
 * A cancel id unique in the process, never 0 (NDIS builds them from
 * NdisGeneratePartialCancelId).
 *
 * Context: any thread.
 */
MPDK_EXPORT uint64_t mpdk_cancel_id_generate(void);

/**
 * Read a binding's send counters.
 *
 * Context: any thread.
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_binding_stats(const struct mpdk_binding *binding,
		   struct mpdk_send_stats *stats);

/** Binding context given to mpdk_open_adapter(). Context: any thread. */
MPDK_EXPORT void *mpdk_binding_context(const struct mpdk_binding *binding);

/** Adapter of a binding. Context: any thread. */
MPDK_EXPORT struct mpdk_adapter *
mpdk_binding_adapter(const struct mpdk_binding *binding);

/** True (1) while a binding is open (not opening, closing or closed). */
MPDK_EXPORT int mpdk_binding_is_open(const struct mpdk_binding *binding);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_PROTOCOL_H */
