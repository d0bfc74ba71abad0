/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_POLLER_H
#define MPDK_POLLER_H

/**
 * @file
 * Completion pollers: the DPC of mpdk.
 *
 * A poller owns a set of adapter queues.  One poll step, for each queue it
 * owns: lets the miniport reap TX completions and receive (its poll
 * handler, MiniportInterruptDPC), drains the completions miniports made
 * outside a poll step, runs the adapter's deferred control work, then
 * hands completed NBLs to protocols in batches: one send-complete call per
 * binding per step, NBLs chained.
 *
 * A queue is owned by exactly one poller, so two pollers on two lcores
 * never share a lock on the data path.  Run a poller on its own lcore
 * (mpdk_poller_launch), as a DPDK service on service lcores
 * (mpdk_poller_service_register), or call mpdk_poller_poll() from your own
 * run-to-completion loop; one of the three at a time.
 */

#include <stdint.h>

#include "mpdk_common.h"
#include "mpdk_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Default work budget per queue per poll step (NBLs reaped). */
#define MPDK_POLLER_DEFAULT_BUDGET 256

/** Maximum number of queues one poller owns. */
#define MPDK_POLLER_MAX_QUEUES 64

/** Pass as @p queue to mpdk_poller_add_queue() to add every queue. */
#define MPDK_ALL_QUEUES UINT16_MAX

/**
 * Create a poller.
 *
 * Context: control thread.
 *
 * @param name    Name (for logs and stats).
 * @param budget  NBLs reaped per queue per step; 0 for the default.
 * @param[out] out  The poller.
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_RESOURCES.
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_create(const char *name, unsigned int budget,
		   struct mpdk_poller **out);

/**
 * Free a poller.  It must be stopped; its queues are released.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_BUSY (still running).
 */
MPDK_EXPORT mpdk_status_t mpdk_poller_destroy(struct mpdk_poller *poller);

/**
 * Give a queue of an adapter to a poller.
 *
 * Context: control thread, while the poller is not running.
 *
 * @param queue  Queue index, or MPDK_ALL_QUEUES.
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (bad queue),
 *         MPDK_STATUS_ALREADY_EXISTS (another poller owns it),
 *         MPDK_STATUS_RESOURCES (poller full), or MPDK_STATUS_BUSY
 *         (poller running).
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_add_queue(struct mpdk_poller *poller, struct mpdk_adapter *adapter,
		      uint16_t queue);

/**
 * Take a queue (or all queues, MPDK_ALL_QUEUES) of an adapter away from a
 * poller.
 *
 * Context: control thread, while the poller is not running.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER,
 *         MPDK_STATUS_NOT_FOUND, or MPDK_STATUS_BUSY (poller running).
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_remove_queue(struct mpdk_poller *poller,
			 struct mpdk_adapter *adapter, uint16_t queue);

/**
 * Run one poll step (run-to-completion mode).  Protocol handlers run
 * from inside this call; they may send and close, but not poll: a poll
 * step inside another one (of any poller, on the same thread) does
 * nothing and returns 0.
 *
 * Context: one thread at a time per poller (usually one lcore).
 *
 * @return Work done: NBLs completed or otherwise processed; 0 when idle
 *         (and when nested).
 */
MPDK_EXPORT unsigned int mpdk_poller_poll(struct mpdk_poller *poller);

/**
 * Run the poller on a worker lcore until mpdk_poller_stop().
 *
 * Context: control thread (main lcore).
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (not a worker
 *         lcore), or MPDK_STATUS_BUSY (lcore or poller busy).
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_launch(struct mpdk_poller *poller, unsigned int lcore_id);

/**
 * Stop a launched poller and wait for its lcore to return.
 *
 * Context: control thread (main lcore).
 *
 * @return MPDK_STATUS_SUCCESS, or MPDK_STATUS_INVALID_PARAMETER (not
 *         launched).
 */
MPDK_EXPORT mpdk_status_t mpdk_poller_stop(struct mpdk_poller *poller);

/**
 * Register the poller's poll step as a DPDK service component
 * (rte_service), for applications that run their background work on
 * service lcores (EAL option -s, or rte_service_lcore_add()).  The service
 * is not MT-safe: DPDK runs it on one service lcore at a time even when
 * it is mapped to several, so the poller keeps a single owner.  mpdk sets
 * the component run state; the application maps the service
 * (rte_service_map_lcore_set), sets its run state
 * (rte_service_runstate_set) and starts the service lcore.  Until
 * mpdk_poller_service_unregister(), the poller counts as running: queues
 * cannot be added or removed, and it cannot be launched or destroyed.
 *
 * Context: control thread (main lcore).
 *
 * @param[out] service_id  The DPDK service id.
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (NULL, or a
 *         name DPDK refuses), MPDK_STATUS_BUSY (launched, or registered
 *         already), or MPDK_STATUS_RESOURCES (no service slot left).
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_service_register(struct mpdk_poller *poller, uint32_t *service_id);

/**
 * Stop the poller's service: no poll step starts after this call, the
 * one running (if any) is waited for (up to one second), then the service
 * is unregistered.  The poller can be launched, polled or destroyed again.
 *
 * Context: control thread (main lcore), not a service lcore.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (not
 *         registered), or MPDK_STATUS_BUSY (a step did not end within a
 *         second; still registered).
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_service_unregister(struct mpdk_poller *poller);

/** Counters of a poller. */
struct mpdk_poller_stats {
	uint64_t steps;          /**< Poll steps run. */
	uint64_t busy_steps;     /**< Steps that did some work. */
	uint64_t completions;    /**< NBLs handed to send-complete handlers. */
	uint64_t complete_calls; /**< Send-complete handler calls (batches). */
};

/**
 * Read a poller's counters.
 *
 * Context: any thread.
 *
 * @return MPDK_STATUS_SUCCESS or MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t
mpdk_poller_stats_get(const struct mpdk_poller *poller,
		      struct mpdk_poller_stats *stats);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_POLLER_H */
