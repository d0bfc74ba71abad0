/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_RESPONDER_H
#define MPDK_RESPONDER_H

/**
 * @file
 * Sample protocol driver "responder": owns one IPv4 address on an adapter
 * and answers ARP requests and ICMP echo requests for it.  Everything else
 * is dropped and counted by reason; malformed frames never crash it and
 * are never read past their end.
 */

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_ether.h>

#include "mpdk_protocol.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Why a frame got no answer. */
enum mpdk_responder_drop {
	MPDK_RESP_DROP_TRUNCATED = 0,   /**< Shorter than its headers say. */
	MPDK_RESP_DROP_ETHERTYPE,       /**< Neither ARP nor IPv4. */
	MPDK_RESP_DROP_ARP_MALFORMED,   /**< Not Ethernet/IPv4 ARP. */
	MPDK_RESP_DROP_ARP_NOT_REQUEST, /**< ARP reply or other opcode. */
	MPDK_RESP_DROP_ARP_NOT_FOR_US,  /**< Target address is not ours. */
	MPDK_RESP_DROP_IP_VERSION,      /**< IP version is not 4. */
	MPDK_RESP_DROP_IP_OPTIONS,      /**< IHL > 5. */
	MPDK_RESP_DROP_IP_LENGTH,       /**< Total length < header or > frame. */
	MPDK_RESP_DROP_IP_CHECKSUM,     /**< Bad IPv4 header checksum. */
	MPDK_RESP_DROP_IP_FRAGMENT,     /**< MF set or fragment offset != 0. */
	MPDK_RESP_DROP_IP_NOT_FOR_US,   /**< Destination is not ours. */
	MPDK_RESP_DROP_IP_PROTO,        /**< Not ICMP. */
	MPDK_RESP_DROP_ICMP_CHECKSUM,   /**< Bad ICMP checksum. */
	MPDK_RESP_DROP_ICMP_TYPE,       /**< Not an echo request (type 8 code 0). */
	MPDK_RESP_DROP_NO_BUFFER,       /**< No NBL or mbuf for the reply. */
	MPDK_RESP_DROP_SEND_REFUSED,    /**< mpdk_send_nbls() refused the reply. */
	MPDK_RESP_DROP__COUNT
};

/** Counters of a responder. */
struct mpdk_responder_stats {
	uint64_t rx_frames;         /**< Frames received. */
	uint64_t arp_replies;       /**< ARP replies sent. */
	uint64_t echo_replies;      /**< ICMP echo replies sent. */
	uint64_t tx_completed;      /**< Replies completed with SUCCESS. */
	uint64_t tx_failed;         /**< Replies completed with another status. */
	uint64_t drops[MPDK_RESP_DROP__COUNT]; /**< Per reason. */
};

/** Addresses a responder answers for. */
struct mpdk_responder_addr {
	struct rte_ether_addr mac;  /**< Our MAC (source of the replies). */
	rte_be32_t ipv4;            /**< Our IPv4 address, network order. */
};

struct mpdk_responder;

/** Name of a drop reason ("truncated", "ip_checksum", ...). */
MPDK_EXPORT const char *mpdk_responder_drop_str(enum mpdk_responder_drop why);

/**
 * Decide on one frame and, when it deserves an answer, build the reply:
 * the core of the responder, without any I/O, for tests and reuse.
 *
 * Context: any thread.
 *
 * @param addr       Our addresses.
 * @param frame      The frame (an mbuf chain; read with bounds checks).
 * @param reply      Buffer for the reply frame.
 * @param reply_size Size of @p reply (the reply is never longer than the
 *                   frame, or 42 bytes for ARP).
 * @param[out] reply_len  Length of the reply built.
 * @param[out] why   The drop reason when no reply is built.
 * @return 1 if a reply was built, 0 if the frame is dropped (see @p why).
 */
MPDK_EXPORT int
mpdk_responder_process(const struct mpdk_responder_addr *addr,
		       const struct rte_mbuf *frame, uint8_t *reply,
		       uint32_t reply_size, uint32_t *reply_len,
		       enum mpdk_responder_drop *why);

/**
 * Start a responder on an adapter: bind the "responder" protocol (built
 * in, registered by mpdk_init()) to @p adapter, answering for @p ipv4 with
 * the adapter's MAC address.
 *
 * Context: control thread.
 *
 * @param ipv4  Our address, network order.
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER,
 *         MPDK_STATUS_RESOURCES, or the status of mpdk_open_adapter().
 */
MPDK_EXPORT mpdk_status_t
mpdk_responder_create(struct mpdk_adapter *adapter, rte_be32_t ipv4,
		      struct mpdk_responder **out);

/**
 * Stop a responder: close its binding.  Replies in flight complete first.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS (closed; call mpdk_responder_free()),
 *         MPDK_STATUS_PENDING (keep the adapter's pollers running, then
 *         call mpdk_responder_free() once mpdk_responder_closed() is 1),
 *         MPDK_STATUS_INVALID_PARAMETER.
 */
MPDK_EXPORT mpdk_status_t mpdk_responder_stop(struct mpdk_responder *r);

/** 1 once a responder's binding is closed. Context: any thread. */
MPDK_EXPORT int mpdk_responder_closed(const struct mpdk_responder *r);

/**
 * Free a stopped responder.
 *
 * Context: control thread.
 *
 * @return MPDK_STATUS_SUCCESS, MPDK_STATUS_INVALID_PARAMETER, or
 *         MPDK_STATUS_BUSY (not closed yet).
 */
MPDK_EXPORT mpdk_status_t mpdk_responder_free(struct mpdk_responder *r);

/** Read a responder's counters. Context: any thread. */
MPDK_EXPORT mpdk_status_t
mpdk_responder_stats_get(const struct mpdk_responder *r,
			 struct mpdk_responder_stats *stats);

#ifdef __cplusplus
}
#endif

#endif /* MPDK_RESPONDER_H */
