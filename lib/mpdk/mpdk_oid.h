/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_OID_H
#define MPDK_OID_H

/**
 * @file
 * OID requests (NDIS_OID_REQUEST) and status indications
 * (NDIS_STATUS_INDICATION).
 */

#include <stdint.h>

#include "mpdk_common.h"
#include "mpdk_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Kind of OID request (NDIS_REQUEST_TYPE). */
enum mpdk_oid_type {
	MPDK_OID_QUERY = 0,  /**< NdisRequestQueryInformation */
	MPDK_OID_SET,        /**< NdisRequestSetInformation */
	MPDK_OID_METHOD,     /**< NdisRequestMethod: input, then output, in buf */
};

/**
 * An OID request.  The requester owns it and its buffer until the request
 * completes (synchronously, or through the protocol's
 * oid_request_complete handler).
 */
struct mpdk_oid_request {
	enum mpdk_oid_type type;  /**< Query, set or method. */
	uint32_t oid;             /**< OID code (MPDK_OID_*, NDIS values). */
	void *buf;                /**< InformationBuffer. */
	uint32_t buf_len;         /**< InformationBufferLength. */
	uint32_t input_len;       /**< Method: bytes of input at buf. */
	uint32_t bytes_written;   /**< Query/method: bytes written; set: bytes read. */
	uint32_t bytes_needed;    /**< Bytes the request needs when buf_len is short. */
	int32_t status;           /**< Final status (mpdk_status_t). */
	void *context;            /**< Free for the requester. */
	/* Library private. */
	struct mpdk_oid_request *lib_next;
	struct mpdk_binding *lib_binding;
	uint64_t lib_submit_tsc;
	uint32_t lib_state;
};

/** Link state carried by an MPDK_STATUS_LINK_STATE indication. */
struct mpdk_link_state {
	uint32_t up;              /**< 1 connected, 0 disconnected. */
	uint32_t full_duplex;     /**< 1 full, 0 half or unknown. */
	uint64_t speed_bps;       /**< Bits per second, 0 if unknown. */
};

/** A status indication (NDIS_STATUS_INDICATION). */
struct mpdk_status_indication {
	mpdk_status_t code;       /**< MPDK_STATUS_LINK_STATE, ... */
	const void *buf;          /**< StatusBuffer, meaning set by code. */
	uint32_t buf_len;         /**< StatusBufferSize. */
};

#ifdef __cplusplus
}
#endif

#endif /* MPDK_OID_H */
