/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_STATUS_H
#define MPDK_STATUS_H

/**
 * @file
 * Status codes, mirroring NDIS_STATUS.
 *
 * One enum serves three purposes, as NDIS_STATUS does: the return value of
 * calls, the final status of an NBL, an OID or a reset, and the code of a
 * status indication (MPDK_STATUS_LINK_STATE, ...).
 */

#include "mpdk_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status codes.  The NDIS_STATUS_ equivalent is the name after MPDK_STATUS_. */
typedef enum mpdk_status {
	MPDK_STATUS_SUCCESS = 0,         /**< Done. */
	MPDK_STATUS_PENDING,             /**< Accepted; a completion follows. */
	MPDK_STATUS_RESOURCES,           /**< Out of buffers, ring slots or memory. */
	MPDK_STATUS_FAILURE,             /**< Unspecified failure (see the log). */
	MPDK_STATUS_PAUSED,              /**< Adapter is pausing or paused. */
	MPDK_STATUS_RESET_IN_PROGRESS,   /**< Adapter is resetting. */
	MPDK_STATUS_SEND_ABORTED,        /**< Send cancelled before it reached the PMD. */
	MPDK_STATUS_REQUEST_ABORTED,     /**< OID aborted (reset, close, halt). */
	MPDK_STATUS_INVALID_LENGTH,      /**< Frame or buffer length out of range. */
	MPDK_STATUS_BUFFER_TOO_SHORT,    /**< OID buffer too short; see bytes_needed. */
	MPDK_STATUS_INVALID_OID,         /**< OID unknown to the miniport. */
	MPDK_STATUS_INVALID_DATA,        /**< Malformed NBL or OID value. */
	MPDK_STATUS_INVALID_PARAMETER,   /**< NULL handle, bad argument. */
	MPDK_STATUS_NOT_SUPPORTED,       /**< Handler or feature not provided. */
	MPDK_STATUS_CLOSING,             /**< Binding is closing. */
	MPDK_STATUS_ADAPTER_NOT_OPEN,    /**< Binding is closed. */
	MPDK_STATUS_ADAPTER_NOT_READY,   /**< Opening, halting, or queue not polled. */
	MPDK_STATUS_MEDIA_DISCONNECTED,  /**< Link is down. */
	MPDK_STATUS_ALREADY_EXISTS,      /**< Name already registered. */
	MPDK_STATUS_NOT_FOUND,           /**< No such driver, adapter or binding. */
	MPDK_STATUS_BUSY,                /**< Object still in use (open bindings, running poller). */
	/* Status indication codes (NdisMIndicateStatusEx). */
	MPDK_STATUS_LINK_STATE,          /**< Link state changed. */
	MPDK_STATUS_RESET_START,         /**< Adapter reset started. */
	MPDK_STATUS_RESET_END,           /**< Adapter reset finished. */
	MPDK_STATUS_HANG_DETECTED,       /**< A send or OID outlived its time limit. */
	MPDK_STATUS__COUNT               /**< Number of codes (not a status). */
} mpdk_status_t;

/**
 * Name of a status code, e.g. "SUCCESS", "INVALID_LENGTH".
 *
 * Context: any thread.
 *
 * @param status  Code to name.
 * @return A static string; "UNKNOWN" for a value outside the enum.
 */
MPDK_EXPORT const char *mpdk_status_str(mpdk_status_t status);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_STATUS_H */
