/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_H
#define MPDK_H

/**
 * @file
 * mpdk application API: library start-up, adapters, pollers, NBLs.
 *
 * Tiers (as DPDK's rte_ethdev.h / ethdev_driver.h):
 *  - mpdk.h           applications (this file);
 *  - mpdk_protocol.h  protocol drivers (upper edge: send, receive, bind);
 *  - mpdk_miniport.h  miniport drivers (lower edge: adapters over PMDs).
 *
 * Completion rules, stated once (see docs/architecture.md):
 *  - a call that returns a status other than MPDK_STATUS_PENDING finished
 *    synchronously and no completion handler runs for it;
 *  - a call that returns MPDK_STATUS_PENDING gets exactly one completion,
 *    from a poller (never from inside the call, unless asked for);
 *  - a close completes only after everything outstanding on the binding
 *    completed, each with its own final status; an adapter cannot be
 *    halted while bindings are open (MPDK_STATUS_BUSY).
 */

#include <stdint.h>

#include "mpdk_common.h"
#include "mpdk_status.h"
#include "mpdk_nbl.h"
#include "mpdk_oid.h"
#include "mpdk_poller.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Start the library: register the NB mbuf dynamic field, the log type and
 * the built-in drivers (the generic "ethdev" miniport, the "responder" and
 * "l2fwd" sample protocols).
 *
 * Context: main thread, after rte_eal_init().  Calling it again is a
 * no-op.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_FAILURE (EAL not initialised or
 *         the dynamic field could not be registered; see the log).
 */
MPDK_EXPORT mpdk_status_t mpdk_init(void);

/**
 * Stop the library: deregister the built-in drivers.  Adapters, pollers
 * and protocol drivers must have been destroyed first; with an adapter
 * still alive the call logs an error and changes nothing.
 *
 * Context: main thread.
 */
MPDK_EXPORT void mpdk_fini(void);

/** Adapter creation parameters. */
struct mpdk_adapter_config {
	const char *name;     /**< Adapter name; NULL: the miniport picks one. */
	const char *params;   /**< Miniport parameters, "key=value,..." (kvargs). */
	uint16_t n_queues;    /**< TX and RX queues wanted; 0 means 1. */
	int socket_id;        /**< NUMA socket, SOCKET_ID_ANY for any. */
};

/**
 * Create an adapter of a registered miniport driver.  Calls the driver's
 * initialize handler (MiniportInitializeEx).
 *
 * Context: control thread.
 *
 * @param driver  Miniport driver name ("ethdev" for the generic one).
 * @param cfg     Parameters.
 * @param[out] out  The adapter.
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER,
 *         MPDK_STATUS_NOT_FOUND (no such driver), MPDK_STATUS_ALREADY_EXISTS
 *         (adapter name taken), MPDK_STATUS_RESOURCES, or the status the
 *         initialize handler returned.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_create(const char *driver, const struct mpdk_adapter_config *cfg,
		    struct mpdk_adapter **out);

/**
 * Halt and free an adapter (MiniportHaltEx).
 *
 * Context: control thread.  No binding may be open and no poller may
 * hold one of its queues.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_BUSY (bindings still open, queues still polled, or a
 *         reset, pause or restart running; nothing changed).
 */
MPDK_EXPORT mpdk_status_t mpdk_adapter_destroy(struct mpdk_adapter *adapter);

/** Find an adapter by name. Context: control thread. @return it or NULL. */
MPDK_EXPORT struct mpdk_adapter *mpdk_adapter_find(const char *name);

/** Name of an adapter. Context: any thread. */
MPDK_EXPORT const char *mpdk_adapter_name(const struct mpdk_adapter *adapter);

/** Number of queues of an adapter. Context: any thread. */
MPDK_EXPORT uint16_t mpdk_adapter_queue_count(const struct mpdk_adapter *adapter);

/**
 * Choose the TX queue that sends made on @p lcore_id use.  By default an
 * lcore uses queue (lcore index % queue count); a thread that is not an
 * EAL lcore uses queue 0.
 *
 * Context: control thread, before traffic starts on that lcore.
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_set_lcore_queue(struct mpdk_adapter *adapter, unsigned int lcore_id,
			     uint16_t queue);

/** Counters of one adapter queue, or of one binding. */
struct mpdk_send_stats {
	uint64_t sent;        /**< NBLs accepted by mpdk_send_nbls(). */
	uint64_t completed;   /**< NBLs completed (handed back). */
	uint64_t outstanding; /**< sent - completed, at the time of the read. */
	uint64_t rejected;    /**< NBLs refused at submit (no completion). */
	/** Completions per final status (index: mpdk_status_t). */
	uint64_t by_status[MPDK_STATUS__COUNT];
};

/**
 * Read the send counters of one queue of an adapter.
 *
 * Context: any thread; counters are read without stopping traffic.
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_queue_stats(const struct mpdk_adapter *adapter, uint16_t queue,
			 struct mpdk_send_stats *stats);

/** Adapter states seen by applications. */
enum mpdk_adapter_state {
	MPDK_ADAPTER_RUNNING = 0,
	MPDK_ADAPTER_PAUSING,
	MPDK_ADAPTER_PAUSED,
	MPDK_ADAPTER_RESTARTING,
	MPDK_ADAPTER_RESETTING,
	MPDK_ADAPTER_OTHER,         /**< initializing or halting */
};

/** State of an adapter. Context: any thread. */
MPDK_EXPORT enum mpdk_adapter_state
mpdk_adapter_get_state(const struct mpdk_adapter *adapter);

/** Called once when a reset, pause or restart that returned PENDING is
 *  done, from the poller owning the adapter's queue 0. */
typedef void (*mpdk_adapter_done_fn)(struct mpdk_adapter *adapter,
				     mpdk_status_t status, void *arg);

/**
 * Reset an adapter (NdisReset / MiniportResetEx).  New sends are refused
 * with RESET_IN_PROGRESS; sends the miniport still queued complete with
 * RESET_IN_PROGRESS and queued OID requests with REQUEST_ABORTED, all
 * delivered before the done callback and RESET_END; every open binding
 * sees MPDK_STATUS_RESET_START, and MPDK_STATUS_RESET_END follows to each
 * one that saw RESET_START and is still open (a binding whose open pended
 * during the reset sees neither).
 *
 * Context: control thread.
 *
 * @param done  Called when a PENDING reset is done (may be NULL).
 * @return MPDK_STATUS_PENDING (done follows), MPDK_STATUS_RESET_IN_PROGRESS
 *         (a reset runs already), MPDK_STATUS_PAUSED (pausing or paused),
 *         MPDK_STATUS_INVALID_PARAMETER, MPDK_STATUS_ADAPTER_NOT_READY.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_reset(struct mpdk_adapter *adapter, mpdk_adapter_done_fn done,
		   void *arg);

/**
 * Pause an adapter (MiniportPause).  New sends are refused at submit with
 * MPDK_STATUS_PAUSED and nothing is indicated; the pause is done once every
 * outstanding send completed and every indicated NBL (and transfer) came
 * back.  OID requests and status indications still work.  A pause cannot
 * fail.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_PENDING (done follows), MPDK_STATUS_PAUSED (already
 *         pausing or paused), MPDK_STATUS_RESET_IN_PROGRESS,
 *         MPDK_STATUS_INVALID_PARAMETER, MPDK_STATUS_ADAPTER_NOT_READY.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_pause(struct mpdk_adapter *adapter, mpdk_adapter_done_fn done,
		   void *arg);

/**
 * Restart a paused adapter (MiniportRestart).
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_PENDING (done follows), MPDK_STATUS_ADAPTER_NOT_READY
 *         (not paused), MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_restart(struct mpdk_adapter *adapter, mpdk_adapter_done_fn done,
		     void *arg);

/**
 * Hang detection (as NDIS's MiniportCheckForHang): a queue whose sends
 * make no progress for @p send_ms while it has sends outstanding (idle
 * time never counts), or an OID request outstanding for @p oid_ms, is
 * reported with an MPDK_STATUS_HANG_DETECTED indication and counted, once
 * per stall (per request for OIDs); with @p reset_on_hang the adapter is
 * reset.  0 turns a check off.  Defaults: 30000 ms and 12000 ms, no reset
 * (NDIS's limits).
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_set_hang_limits(struct mpdk_adapter *adapter, uint32_t send_ms,
			     uint32_t oid_ms, int reset_on_hang);

/** Control-path counters of an adapter. */
struct mpdk_adapter_stats {
	uint64_t resets;          /**< Resets completed. */
	uint64_t pauses;          /**< Pauses completed. */
	uint64_t hangs;           /**< Hangs detected. */
	uint64_t oids;            /**< OID requests completed (any status). */
	uint64_t oids_aborted;    /**< OID requests completed REQUEST_ABORTED. */
	uint64_t status_indications; /**< Indications delivered (per binding). */
	uint64_t link_changes;    /**< Link state changes indicated. */
};

/** Read an adapter's control-path counters. Context: any thread. */
MPDK_EXPORT mpdk_status_t
mpdk_adapter_stats_get(const struct mpdk_adapter *adapter,
		       struct mpdk_adapter_stats *stats);

/**
 * Number of exactly-once violations seen: completions of NBLs that were not
 * outstanding (double completion, never sent) and NBLs sent while still
 * outstanding.  Counted in MPDK_DEBUG builds only; always 0 otherwise.
 *
 * Context: any thread.
 */
MPDK_EXPORT uint64_t mpdk_debug_violations(void);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_H */
