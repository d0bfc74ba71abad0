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

/*
 * OID codes: the NDIS values (ntddndis.h) of the OIDs mpdk knows, and a few
 * of its own in the vendor range (0xFF......).  mpdk_oid_name() and
 * mpdk_oid_from_name() map them to and from their NDIS names.
 */
#define MPDK_OID_GEN_SUPPORTED_LIST        0x00010101u /**< u32[] */
#define MPDK_OID_GEN_HARDWARE_STATUS       0x00010102u /**< u32, 0 = ready */
#define MPDK_OID_GEN_MEDIA_SUPPORTED       0x00010103u /**< u32, 0 = 802.3 */
#define MPDK_OID_GEN_MEDIA_IN_USE          0x00010104u /**< u32, 0 = 802.3 */
#define MPDK_OID_GEN_MAXIMUM_LOOKAHEAD     0x00010105u /**< u32 */
#define MPDK_OID_GEN_MAXIMUM_FRAME_SIZE    0x00010106u /**< u32 MTU; settable */
#define MPDK_OID_GEN_LINK_SPEED            0x00010107u /**< u32, 100 bps units */
#define MPDK_OID_GEN_VENDOR_ID             0x0001010Cu /**< u32 */
#define MPDK_OID_GEN_VENDOR_DESCRIPTION    0x0001010Du /**< string */
#define MPDK_OID_GEN_CURRENT_PACKET_FILTER 0x0001010Eu /**< u32 MPDK_PACKET_TYPE_* */
#define MPDK_OID_GEN_CURRENT_LOOKAHEAD     0x0001010Fu /**< u32 */
#define MPDK_OID_GEN_DRIVER_VERSION        0x00010110u /**< u16 */
#define MPDK_OID_GEN_MAXIMUM_TOTAL_SIZE    0x00010111u /**< u32, header included */
#define MPDK_OID_GEN_MEDIA_CONNECT_STATUS  0x00010114u /**< u32, 0 up, 1 down */
#define MPDK_OID_GEN_VENDOR_DRIVER_VERSION 0x00010116u /**< u32 */
#define MPDK_OID_GEN_MAX_LINK_SPEED        0x00010206u /**< u64 bps */
#define MPDK_OID_GEN_LINK_STATE            0x00010207u /**< struct mpdk_link_state */
#define MPDK_OID_GEN_XMIT_OK               0x00020101u /**< u64 */
#define MPDK_OID_GEN_RCV_OK                0x00020102u /**< u64 */
#define MPDK_OID_GEN_XMIT_ERROR            0x00020103u /**< u64 */
#define MPDK_OID_GEN_RCV_ERROR             0x00020104u /**< u64 */
#define MPDK_OID_GEN_RCV_NO_BUFFER         0x00020105u /**< u64 */
#define MPDK_OID_GEN_BYTES_RCV             0x00020219u /**< u64 */
#define MPDK_OID_GEN_BYTES_XMIT            0x0002021Au /**< u64 */
#define MPDK_OID_GEN_RCV_DISCARDS          0x0002021Bu /**< u64 */
#define MPDK_OID_802_3_PERMANENT_ADDRESS   0x01010101u /**< 6 bytes */
#define MPDK_OID_802_3_CURRENT_ADDRESS     0x01010102u /**< 6 bytes; settable */
#define MPDK_OID_802_3_MULTICAST_LIST      0x01010103u /**< n x 6 bytes */
#define MPDK_OID_802_3_MAXIMUM_LIST_SIZE   0x01010104u /**< u32 */
/* mpdk's own (vendor range). */
#define MPDK_OID_MPDK_TX_QUEUE_COUNT       0xFF4D0001u /**< u32 */
#define MPDK_OID_MPDK_RX_QUEUE_COUNT       0xFF4D0002u /**< u32 */
#define MPDK_OID_MPDK_XSTAT                0xFF4D0003u /**< method: name in, u64 out */
#define MPDK_OID_MPDK_DRIVER_NAME          0xFF4D0004u /**< string: the PMD */

/* OID_GEN_CURRENT_PACKET_FILTER bits (NDIS_PACKET_TYPE_*). */
#define MPDK_PACKET_TYPE_DIRECTED      0x00000001u
#define MPDK_PACKET_TYPE_MULTICAST     0x00000002u
#define MPDK_PACKET_TYPE_ALL_MULTICAST 0x00000004u
#define MPDK_PACKET_TYPE_BROADCAST     0x00000008u
#define MPDK_PACKET_TYPE_PROMISCUOUS   0x00000020u

/** What an OID's information buffer holds (for tools printing values). */
enum mpdk_oid_kind {
	MPDK_OID_KIND_U32 = 0,
	MPDK_OID_KIND_U64,
	MPDK_OID_KIND_U16,
	MPDK_OID_KIND_MAC,
	MPDK_OID_KIND_MAC_LIST,
	MPDK_OID_KIND_STRING,
	MPDK_OID_KIND_U32_LIST,
	MPDK_OID_KIND_LINK_STATE,
	MPDK_OID_KIND_XSTAT,
};

/**
 * NDIS name of an OID ("OID_GEN_LINK_SPEED").
 *
 * Context: any thread.
 *
 * @return A static string, or NULL for an OID mpdk does not know.
 */
MPDK_EXPORT const char *mpdk_oid_name(uint32_t oid);

/**
 * OID code of an NDIS name (case-insensitive).
 *
 * Context: any thread.
 *
 * @param[out] kind  What its buffer holds (may be NULL).
 * @return 0 and *oid set, or -1 for an unknown name.
 */
MPDK_EXPORT int mpdk_oid_from_name(const char *name, uint32_t *oid,
				   enum mpdk_oid_kind *kind);

/**
 * The n-th OID mpdk knows (for listings), or 0 after the last.
 *
 * Context: any thread.
 */
MPDK_EXPORT uint32_t mpdk_oid_known(unsigned int n);

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

/** Carried by an MPDK_STATUS_HANG_DETECTED indication. */
struct mpdk_hang_info {
	uint32_t what;            /**< 1: a send queue, 2: an OID request. */
	uint32_t queue;           /**< The queue (sends). */
	uint64_t age_ms;          /**< How long nothing completed. */
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
