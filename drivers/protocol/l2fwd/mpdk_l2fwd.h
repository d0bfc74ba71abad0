/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_L2FWD_H
#define MPDK_L2FWD_H

/**
 * @file
 * Sample protocol driver "l2fwd": binds two adapters and forwards every
 * frame received on one out of the other, zero copy: the received NBL is
 * sent as is and returned to its miniport when its send completes.  Frames
 * indicated with MPDK_RECEIVE_F_RESOURCES are copied (the NBL must go back
 * at once); lookahead indications are dropped and counted.
 */

#include <stdint.h>

#include "mpdk_protocol.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Counters of one direction of an l2fwd (frames from one adapter). */
struct mpdk_l2fwd_dir_stats {
	uint64_t rx;            /**< Frames received. */
	uint64_t forwarded;     /**< Sends completed with SUCCESS. */
	uint64_t copied;        /**< Frames copied (RESOURCES indications). */
	uint64_t tx_failed;     /**< Sends completed with another status. */
	uint64_t dropped;       /**< Send refused, no buffer, or lookahead. */
};

/** Counters of an l2fwd: [0] frames from adapter a, [1] from adapter b. */
struct mpdk_l2fwd_stats {
	struct mpdk_l2fwd_dir_stats dir[2];
};

struct mpdk_l2fwd;

/**
 * Forward between two adapters: bind the "l2fwd" protocol (built in,
 * registered by mpdk_init()) to both.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER (NULL, or
 *         a == b), MPDK_STATUS_RESOURCES, or the status of
 *         mpdk_open_adapter().
 */
MPDK_EXPORT mpdk_status_t
mpdk_l2fwd_create(struct mpdk_adapter *a, struct mpdk_adapter *b,
		  struct mpdk_l2fwd **out);

/**
 * Stop forwarding: close both bindings; frames in flight complete and go
 * back to their miniport first.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS (closed; call mpdk_l2fwd_free()),
 *         MPDK_STATUS_PENDING (keep the pollers running until
 *         mpdk_l2fwd_closed() is 1), MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t mpdk_l2fwd_stop(struct mpdk_l2fwd *f);

/** 1 once both bindings are closed. Context: any thread. */
MPDK_EXPORT int mpdk_l2fwd_closed(const struct mpdk_l2fwd *f);

/**
 * Free a stopped l2fwd.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_BUSY (not closed yet).
 */
MPDK_EXPORT mpdk_status_t mpdk_l2fwd_free(struct mpdk_l2fwd *f);

/** Read an l2fwd's counters. Context: any thread. */
MPDK_EXPORT mpdk_status_t
mpdk_l2fwd_stats_get(const struct mpdk_l2fwd *f, struct mpdk_l2fwd_stats *stats);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_L2FWD_H */
