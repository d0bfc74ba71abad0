/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Generic ethdev miniport, OID requests (MiniportOidRequest), each mapped
 * to ethdev.  The table is in docs/oids.md.  Queries and sets answer at
 * once except the MTU (OID_GEN_MAXIMUM_FRAME_SIZE set), which pends and
 * runs on the mpdk control thread since it may restart the port.
 *
 * Statuses: an OID mpdk does not know gives INVALID_OID; one it knows but
 * this request type or PMD cannot do gives NOT_SUPPORTED; a bad value
 * INVALID_DATA; buffer sizes follow the mpdk_oid_answer()/mpdk_oid_take()
 * rules.
 */

#include <stdio.h>
#include <string.h>

#include <rte_ethdev.h>

#include "ethdev_private.h"

static const uint32_t supported_oids[] = {
	MPDK_OID_GEN_SUPPORTED_LIST,
	MPDK_OID_GEN_HARDWARE_STATUS,
	MPDK_OID_GEN_MEDIA_SUPPORTED,
	MPDK_OID_GEN_MEDIA_IN_USE,
	MPDK_OID_GEN_MAXIMUM_LOOKAHEAD,
	MPDK_OID_GEN_MAXIMUM_FRAME_SIZE,
	MPDK_OID_GEN_LINK_SPEED,
	MPDK_OID_GEN_VENDOR_ID,
	MPDK_OID_GEN_VENDOR_DESCRIPTION,
	MPDK_OID_GEN_CURRENT_PACKET_FILTER,
	MPDK_OID_GEN_CURRENT_LOOKAHEAD,
	MPDK_OID_GEN_DRIVER_VERSION,
	MPDK_OID_GEN_MAXIMUM_TOTAL_SIZE,
	MPDK_OID_GEN_MEDIA_CONNECT_STATUS,
	MPDK_OID_GEN_VENDOR_DRIVER_VERSION,
	MPDK_OID_GEN_MAX_LINK_SPEED,
	MPDK_OID_GEN_LINK_STATE,
	MPDK_OID_GEN_XMIT_OK,
	MPDK_OID_GEN_RCV_OK,
	MPDK_OID_GEN_XMIT_ERROR,
	MPDK_OID_GEN_RCV_ERROR,
	MPDK_OID_GEN_RCV_NO_BUFFER,
	MPDK_OID_GEN_BYTES_RCV,
	MPDK_OID_GEN_BYTES_XMIT,
	MPDK_OID_GEN_RCV_DISCARDS,
	MPDK_OID_802_3_PERMANENT_ADDRESS,
	MPDK_OID_802_3_CURRENT_ADDRESS,
	MPDK_OID_802_3_MULTICAST_LIST,
	MPDK_OID_802_3_MAXIMUM_LIST_SIZE,
	MPDK_OID_MPDK_TX_QUEUE_COUNT,
	MPDK_OID_MPDK_RX_QUEUE_COUNT,
	MPDK_OID_MPDK_XSTAT,
	MPDK_OID_MPDK_DRIVER_NAME,
};

/* Packet filter bits this miniport can honour. */
#define FILTER_SUPPORTED (MPDK_PACKET_TYPE_DIRECTED | MPDK_PACKET_TYPE_MULTICAST | \
			  MPDK_PACKET_TYPE_ALL_MULTICAST | \
			  MPDK_PACKET_TYPE_BROADCAST | MPDK_PACKET_TYPE_PROMISCUOUS)

static mpdk_status_t
errno_status(int ret)
{
	switch (ret) {
	case 0:
		return MPDK_STATUS_SUCCESS;
	case -ENOTSUP:
		return MPDK_STATUS_NOT_SUPPORTED;
	case -EINVAL:
		return MPDK_STATUS_INVALID_DATA;
	case -ENOMEM:
		return MPDK_STATUS_RESOURCES;
	default:
		return MPDK_STATUS_FAILURE;
	}
}

/* Frames this miniport received and dropped itself: packet filter 0, no
 * NBL for another pool's mbuf, pausing or paused.  Each counter has one
 * writer, the queue's poller. */
static uint64_t
miniport_drops(const struct eth_adapter *ea)
{
	uint64_t v = 0;
	uint16_t q;

	for (q = 0; q < ea->n_queues; q++)
		v += __atomic_load_n(&ea->rxq[q].filtered, __ATOMIC_RELAXED) +
		     __atomic_load_n(&ea->rxq[q].no_nbl, __ATOMIC_RELAXED) +
		     __atomic_load_n(&ea->rxq[q].paused_drops, __ATOMIC_RELAXED);
	return v;
}

static mpdk_status_t
query_stat(struct eth_adapter *ea, struct mpdk_oid_request *req)
{
	struct rte_eth_stats s;
	uint64_t v;

	if (rte_eth_stats_get(ea->port_id, &s) != 0)
		return MPDK_STATUS_FAILURE;
	switch (req->oid) {
	case MPDK_OID_GEN_XMIT_OK:
		v = s.opackets;
		break;
	case MPDK_OID_GEN_RCV_OK:
		v = s.ipackets;
		break;
	case MPDK_OID_GEN_XMIT_ERROR:
		v = s.oerrors;
		break;
	case MPDK_OID_GEN_RCV_ERROR:
		v = s.ierrors;
		break;
	case MPDK_OID_GEN_RCV_NO_BUFFER:
		v = s.rx_nombuf;
		break;
	case MPDK_OID_GEN_BYTES_RCV:
		v = s.ibytes;
		break;
	case MPDK_OID_GEN_BYTES_XMIT:
		v = s.obytes;
		break;
	default: /* MPDK_OID_GEN_RCV_DISCARDS: errors + no buffer (NDIS) */
		v = s.ierrors + s.rx_nombuf + s.imissed + miniport_drops(ea);
		break;
	}
	return mpdk_oid_answer_counter(req, v);
}

static mpdk_status_t
query_link(struct eth_adapter *ea, struct mpdk_oid_request *req)
{
	struct rte_eth_link link;
	struct mpdk_link_state ls;
	uint64_t bps;

	if (rte_eth_link_get_nowait(ea->port_id, &link) != 0)
		return MPDK_STATUS_FAILURE;
	bps = link.link_speed == RTE_ETH_SPEED_NUM_UNKNOWN ? 0 :
		(uint64_t)link.link_speed * 1000000;
	switch (req->oid) {
	case MPDK_OID_GEN_LINK_SPEED: /* 100 bps units, 32 bits */
		return mpdk_oid_answer_u32(req, (uint32_t)RTE_MIN(bps / 100,
							    (uint64_t)UINT32_MAX));
	case MPDK_OID_GEN_MAX_LINK_SPEED:
		return mpdk_oid_answer(req, &bps, sizeof(bps));
	case MPDK_OID_GEN_MEDIA_CONNECT_STATUS: /* 0 connected, 1 not */
		return mpdk_oid_answer_u32(req, link.link_status ==
					   RTE_ETH_LINK_UP ? 0 : 1);
	default: /* MPDK_OID_GEN_LINK_STATE */
		ls.up = link.link_status == RTE_ETH_LINK_UP;
		ls.full_duplex = link.link_duplex == RTE_ETH_LINK_FULL_DUPLEX;
		ls.speed_bps = bps;
		return mpdk_oid_answer(req, &ls, sizeof(ls));
	}
}

static mpdk_status_t
query_xstat(struct eth_adapter *ea, struct mpdk_oid_request *req)
{
	char name[RTE_ETH_XSTATS_NAME_SIZE];
	uint64_t id, v;

	/* Method: the name in (NUL-terminated, input_len bytes), the value out. */
	if (req->input_len == 0 || req->input_len > req->buf_len ||
	    req->input_len > sizeof(name))
		return MPDK_STATUS_INVALID_LENGTH;
	memcpy(name, req->buf, req->input_len);
	name[req->input_len - 1] = '\0';
	if (rte_eth_xstats_get_id_by_name(ea->port_id, name, &id) != 0)
		return MPDK_STATUS_INVALID_DATA; /* no such counter */
	if (rte_eth_xstats_get_by_id(ea->port_id, &id, &v, 1) != 1)
		return MPDK_STATUS_FAILURE;
	return mpdk_oid_answer(req, &v, sizeof(v));
}

static mpdk_status_t
query(struct eth_adapter *ea, struct mpdk_oid_request *req)
{
	struct rte_eth_dev_info info;
	char text[128];

	switch (req->oid) {
	case MPDK_OID_GEN_SUPPORTED_LIST:
		return mpdk_oid_answer(req, supported_oids, sizeof(supported_oids));
	case MPDK_OID_GEN_HARDWARE_STATUS:     /* NdisHardwareStatusReady */
	case MPDK_OID_GEN_MEDIA_SUPPORTED:     /* NdisMedium802_3 */
	case MPDK_OID_GEN_MEDIA_IN_USE:
		return mpdk_oid_answer_u32(req, 0);
	case MPDK_OID_GEN_MAXIMUM_FRAME_SIZE:
		return mpdk_oid_answer_u32(req, ea->mtu);
	case MPDK_OID_GEN_MAXIMUM_TOTAL_SIZE:
		return mpdk_oid_answer_u32(req, ea->mtu + RTE_ETHER_HDR_LEN);
	case MPDK_OID_GEN_MAXIMUM_LOOKAHEAD:
		return mpdk_oid_answer_u32(req, ea->mtu);
	case MPDK_OID_GEN_CURRENT_LOOKAHEAD:
		return mpdk_oid_answer_u32(req, ea->lookahead != 0 ?
					   ea->lookahead : ea->mtu);
	case MPDK_OID_GEN_LINK_SPEED:
	case MPDK_OID_GEN_MAX_LINK_SPEED:
	case MPDK_OID_GEN_MEDIA_CONNECT_STATUS:
	case MPDK_OID_GEN_LINK_STATE:
		return query_link(ea, req);
	case MPDK_OID_GEN_VENDOR_ID: /* the OUI of the permanent address */
		return mpdk_oid_answer_u32(req,
			(uint32_t)ea->perm_mac.addr_bytes[0] << 16 |
			(uint32_t)ea->perm_mac.addr_bytes[1] << 8 |
			ea->perm_mac.addr_bytes[2]);
	case MPDK_OID_GEN_VENDOR_DESCRIPTION:
	case MPDK_OID_MPDK_DRIVER_NAME:
		if (rte_eth_dev_info_get(ea->port_id, &info) != 0)
			return MPDK_STATUS_FAILURE;
		if (req->oid == MPDK_OID_MPDK_DRIVER_NAME)
			snprintf(text, sizeof(text), "%s", info.driver_name);
		else
			snprintf(text, sizeof(text),
				 "mpdk generic ethdev miniport over %s",
				 info.driver_name);
		return mpdk_oid_answer(req, text, (uint32_t)strlen(text) + 1);
	case MPDK_OID_GEN_DRIVER_VERSION: {
		uint16_t v = 0x0600; /* the NDIS 6 model */

		return mpdk_oid_answer(req, &v, sizeof(v));
	}
	case MPDK_OID_GEN_VENDOR_DRIVER_VERSION:
		return mpdk_oid_answer_u32(req, ETH_VENDOR_VERSION);
	case MPDK_OID_GEN_CURRENT_PACKET_FILTER:
		return mpdk_oid_answer_u32(req, ea->packet_filter);
	case MPDK_OID_GEN_XMIT_OK:
	case MPDK_OID_GEN_RCV_OK:
	case MPDK_OID_GEN_XMIT_ERROR:
	case MPDK_OID_GEN_RCV_ERROR:
	case MPDK_OID_GEN_RCV_NO_BUFFER:
	case MPDK_OID_GEN_BYTES_RCV:
	case MPDK_OID_GEN_BYTES_XMIT:
	case MPDK_OID_GEN_RCV_DISCARDS:
		return query_stat(ea, req);
	case MPDK_OID_802_3_PERMANENT_ADDRESS:
		return mpdk_oid_answer(req, &ea->perm_mac, RTE_ETHER_ADDR_LEN);
	case MPDK_OID_802_3_CURRENT_ADDRESS:
		return mpdk_oid_answer(req, &ea->mac, RTE_ETHER_ADDR_LEN);
	case MPDK_OID_802_3_MULTICAST_LIST:
		return mpdk_oid_answer(req, ea->mc, ea->n_mc * RTE_ETHER_ADDR_LEN);
	case MPDK_OID_802_3_MAXIMUM_LIST_SIZE:
		return mpdk_oid_answer_u32(req, ETH_MC_MAX);
	case MPDK_OID_MPDK_TX_QUEUE_COUNT:
	case MPDK_OID_MPDK_RX_QUEUE_COUNT:
		return mpdk_oid_answer_u32(req, ea->n_queues);
	default:
		return mpdk_oid_name(req->oid) != NULL ?
			MPDK_STATUS_NOT_SUPPORTED : MPDK_STATUS_INVALID_OID;
	}
}

static mpdk_status_t
set_filter(struct eth_adapter *ea, uint32_t filter)
{
	uint16_t port = ea->port_id;
	int ret;

	if (filter & ~FILTER_SUPPORTED)
		return MPDK_STATUS_NOT_SUPPORTED;
	ret = (filter & MPDK_PACKET_TYPE_PROMISCUOUS) ?
		rte_eth_promiscuous_enable(port) :
		rte_eth_promiscuous_disable(port);
	if (ret == 0)
		ret = (filter & MPDK_PACKET_TYPE_ALL_MULTICAST) ?
			rte_eth_allmulticast_enable(port) :
			rte_eth_allmulticast_disable(port);
	if (ret != 0)
		return errno_status(ret);
	/* 0 means "receive nothing": the RX path drops what arrives. */
	__atomic_store_n(&ea->packet_filter, filter, __ATOMIC_RELEASE);
	return MPDK_STATUS_SUCCESS;
}

static mpdk_status_t
set_mc_list(struct eth_adapter *ea, struct mpdk_oid_request *req)
{
	struct rte_ether_addr list[ETH_MC_MAX];
	uint32_t n, i;
	int ret;

	if (req->buf_len % RTE_ETHER_ADDR_LEN != 0) {
		req->bytes_needed = (req->buf_len / RTE_ETHER_ADDR_LEN + 1) *
				    RTE_ETHER_ADDR_LEN;
		return MPDK_STATUS_INVALID_LENGTH;
	}
	n = req->buf_len / RTE_ETHER_ADDR_LEN;
	if (n > ETH_MC_MAX)
		return MPDK_STATUS_INVALID_DATA; /* over the maximum list size */
	memcpy(list, req->buf, n * RTE_ETHER_ADDR_LEN);
	for (i = 0; i < n; i++)
		if (!rte_is_multicast_ether_addr(&list[i]))
			return MPDK_STATUS_INVALID_DATA;
	ret = rte_eth_dev_set_mc_addr_list(ea->port_id, n != 0 ? list : NULL, n);
	if (ret != 0)
		return errno_status(ret);
	memcpy(ea->mc, list, n * RTE_ETHER_ADDR_LEN);
	ea->n_mc = n;
	req->bytes_written = req->buf_len;
	return MPDK_STATUS_SUCCESS;
}

static mpdk_status_t
set(struct eth_adapter *ea, struct mpdk_oid_request *req)
{
	struct rte_eth_dev_info info;
	struct rte_ether_addr mac;
	mpdk_status_t st;
	uint32_t v;

	switch (req->oid) {
	case MPDK_OID_GEN_CURRENT_PACKET_FILTER:
		st = mpdk_oid_take(req, &v, sizeof(v));
		return st != MPDK_STATUS_SUCCESS ? st : set_filter(ea, v);
	case MPDK_OID_GEN_MAXIMUM_FRAME_SIZE:
		st = mpdk_oid_take(req, &v, sizeof(v));
		if (st != MPDK_STATUS_SUCCESS)
			return st;
		if (rte_eth_dev_info_get(ea->port_id, &info) != 0)
			return MPDK_STATUS_FAILURE;
		if (v < info.min_mtu || v > info.max_mtu)
			return MPDK_STATUS_INVALID_DATA;
		return mpdk_ethdev_set_mtu(ea, req, v);
	case MPDK_OID_802_3_CURRENT_ADDRESS:
		st = mpdk_oid_take(req, &mac, RTE_ETHER_ADDR_LEN);
		if (st != MPDK_STATUS_SUCCESS)
			return st;
		if (!rte_is_valid_assigned_ether_addr(&mac))
			return MPDK_STATUS_INVALID_DATA;
		st = errno_status(rte_eth_dev_default_mac_addr_set(ea->port_id,
								    &mac));
		if (st == MPDK_STATUS_SUCCESS) {
			struct mpdk_adapter_attrs attrs;

			ea->mac = mac;
			/* Protocols read the address from the attributes. */
			mpdk_m_get_attributes(ea->adapter, &attrs);
			attrs.mac = mac;
			mpdk_m_set_attributes(ea->adapter, &attrs);
		}
		return st;
	case MPDK_OID_802_3_MULTICAST_LIST:
		return set_mc_list(ea, req);
	default:
		return mpdk_oid_name(req->oid) != NULL ?
			MPDK_STATUS_NOT_SUPPORTED : MPDK_STATUS_INVALID_OID;
	}
}

mpdk_status_t
mpdk_ethdev_oid_request(void *ctx, struct mpdk_oid_request *req)
{
	struct eth_adapter *ea = ctx;

	switch (req->type) {
	case MPDK_OID_QUERY:
		return query(ea, req);
	case MPDK_OID_SET:
		return set(ea, req);
	default: /* MPDK_OID_METHOD */
		if (req->oid == MPDK_OID_MPDK_XSTAT)
			return query_xstat(ea, req);
		return mpdk_oid_name(req->oid) != NULL ?
			MPDK_STATUS_NOT_SUPPORTED : MPDK_STATUS_INVALID_OID;
	}
}
