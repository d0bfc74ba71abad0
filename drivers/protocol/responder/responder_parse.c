/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The responder's core, without any I/O: mpdk_responder_process() decides
 * on one frame (an mbuf chain) and builds the ARP reply or ICMP echo reply
 * it deserves, or names the reason it is dropped.  Also the names of the
 * drop reasons.
 *
 * Every byte is read through rte_pktmbuf_read() with an explicit length, so
 * a frame of any shape (short, multi-segment, split inside a header) is
 * never read past pkt_len.  Headers are copied into local structures before
 * use: the bytes may sit at any alignment.
 */

#include <stddef.h>
#include <string.h>

#include <rte_arp.h>
#include <rte_byteorder.h>
#include <rte_ether.h>
#include <rte_icmp.h>
#include <rte_ip.h>
#include <rte_mbuf.h>

#include "mpdk_responder.h"

#define RESP_ARP_FRAME_LEN (RTE_ETHER_HDR_LEN + sizeof(struct rte_arp_hdr))
#define RESP_IPV4_HDR_LEN ((uint32_t)sizeof(struct rte_ipv4_hdr))
#define RESP_ICMP_HDR_LEN ((uint32_t)sizeof(struct rte_icmp_hdr))
#define RESP_IP_OFF RTE_ETHER_HDR_LEN
#define RESP_ICMP_OFF (RESP_IP_OFF + RESP_IPV4_HDR_LEN)
#define RESP_TTL 64
/* Bytes summed per read when a region is not contiguous; even, so every
 * chunk but the last starts on a 16-bit word boundary of the region. */
#define RESP_CKSUM_CHUNK 256u

static const char *const drop_names[MPDK_RESP_DROP__COUNT] = {
	[MPDK_RESP_DROP_TRUNCATED] = "truncated",
	[MPDK_RESP_DROP_ETHERTYPE] = "ethertype",
	[MPDK_RESP_DROP_ARP_MALFORMED] = "arp_malformed",
	[MPDK_RESP_DROP_ARP_NOT_REQUEST] = "arp_not_request",
	[MPDK_RESP_DROP_ARP_NOT_FOR_US] = "arp_not_for_us",
	[MPDK_RESP_DROP_IP_VERSION] = "ip_version",
	[MPDK_RESP_DROP_IP_OPTIONS] = "ip_options",
	[MPDK_RESP_DROP_IP_LENGTH] = "ip_length",
	[MPDK_RESP_DROP_IP_CHECKSUM] = "ip_checksum",
	[MPDK_RESP_DROP_IP_FRAGMENT] = "ip_fragment",
	[MPDK_RESP_DROP_IP_NOT_FOR_US] = "ip_not_for_us",
	[MPDK_RESP_DROP_IP_PROTO] = "ip_proto",
	[MPDK_RESP_DROP_ICMP_CHECKSUM] = "icmp_checksum",
	[MPDK_RESP_DROP_ICMP_TYPE] = "icmp_type",
	[MPDK_RESP_DROP_NO_BUFFER] = "no_buffer",
	[MPDK_RESP_DROP_SEND_REFUSED] = "send_refused",
};

const char *
mpdk_responder_drop_str(enum mpdk_responder_drop why)
{
	if ((unsigned int)why >= RTE_DIM(drop_names) || drop_names[why] == NULL)
		return "unknown";
	return drop_names[why];
}

/* Copy @p len bytes at @p off of the frame to @p dst; -1 beyond pkt_len. */
static inline int
frame_copy(const struct rte_mbuf *m, uint32_t off, uint32_t len, void *dst)
{
	const void *p;

	if (len == 0)
		return 0;
	p = rte_pktmbuf_read(m, off, len, dst);
	if (p == NULL)
		return -1;
	if (p != dst)
		memcpy(dst, p, len);
	return 0;
}

/*
 * Non-complemented ones' complement sum of @p len bytes at @p off, which
 * the caller checked lie inside the frame.  A contiguous region is summed
 * in place; otherwise in even-sized chunks, so each partial sum covers
 * whole 16-bit words of the region and the partial sums simply add up.
 */
static uint16_t
frame_cksum(const struct rte_mbuf *m, uint32_t off, uint32_t len)
{
	uint8_t buf[RESP_CKSUM_CHUNK];
	uint32_t sum = 0, chunk;
	const void *p;

	if (off + len <= rte_pktmbuf_data_len(m))
		return rte_raw_cksum(rte_pktmbuf_mtod_offset(m, const void *,
							     off), len);
	while (len > 0) {
		chunk = RTE_MIN(len, RESP_CKSUM_CHUNK);
		p = rte_pktmbuf_read(m, off, chunk, buf);
		if (p == NULL) /* cannot happen: the caller checked */
			return 0;
		sum += rte_raw_cksum(p, chunk);
		off += chunk;
		len -= chunk;
	}
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)sum;
}

static inline int
drop(enum mpdk_responder_drop *why, enum mpdk_responder_drop reason)
{
	*why = reason;
	return 0;
}

/* ARP: answer an Ethernet/IPv4 request for our address, 42 bytes. */
static int
process_arp(const struct mpdk_responder_addr *addr, const struct rte_mbuf *m,
	    uint8_t *reply, uint32_t reply_size, uint32_t *reply_len,
	    enum mpdk_responder_drop *why)
{
	struct rte_arp_hdr req, rep;
	struct rte_ether_hdr reth;

	if (frame_copy(m, RTE_ETHER_HDR_LEN, sizeof(req), &req) != 0)
		return drop(why, MPDK_RESP_DROP_TRUNCATED);
	if (req.arp_hardware != RTE_BE16(RTE_ARP_HRD_ETHER) ||
	    req.arp_protocol != RTE_BE16(RTE_ETHER_TYPE_IPV4) ||
	    req.arp_hlen != RTE_ETHER_ADDR_LEN || req.arp_plen != 4)
		return drop(why, MPDK_RESP_DROP_ARP_MALFORMED);
	if (req.arp_opcode != RTE_BE16(RTE_ARP_OP_REQUEST))
		return drop(why, MPDK_RESP_DROP_ARP_NOT_REQUEST);
	if (req.arp_data.arp_tip != addr->ipv4)
		return drop(why, MPDK_RESP_DROP_ARP_NOT_FOR_US);
	if (reply == NULL || reply_size < RESP_ARP_FRAME_LEN)
		return drop(why, MPDK_RESP_DROP_NO_BUFFER);

	/* RFC 826: the requester's hardware address is in the ARP body. */
	rte_ether_addr_copy(&req.arp_data.arp_sha, &reth.dst_addr);
	rte_ether_addr_copy(&addr->mac, &reth.src_addr);
	reth.ether_type = RTE_BE16(RTE_ETHER_TYPE_ARP);

	rep = req;
	rep.arp_opcode = RTE_BE16(RTE_ARP_OP_REPLY);
	rte_ether_addr_copy(&addr->mac, &rep.arp_data.arp_sha);
	rep.arp_data.arp_sip = addr->ipv4;
	rte_ether_addr_copy(&req.arp_data.arp_sha, &rep.arp_data.arp_tha);
	rep.arp_data.arp_tip = req.arp_data.arp_sip;

	memcpy(reply, &reth, RTE_ETHER_HDR_LEN);
	memcpy(reply + RTE_ETHER_HDR_LEN, &rep, sizeof(rep));
	*reply_len = RESP_ARP_FRAME_LEN;
	return 1;
}

/* IPv4: answer an ICMP echo request for our address. */
static int
process_ipv4(const struct mpdk_responder_addr *addr, const struct rte_mbuf *m,
	     const struct rte_ether_hdr *eth, uint8_t *reply,
	     uint32_t reply_size, uint32_t *reply_len,
	     enum mpdk_responder_drop *why)
{
	struct rte_ipv4_hdr ip;
	struct rte_icmp_hdr icmp;
	struct rte_ether_hdr reth;
	uint32_t tot, icmp_len, rlen;
	uint16_t frag, ck;

	if (frame_copy(m, RESP_IP_OFF, RESP_IPV4_HDR_LEN, &ip) != 0)
		return drop(why, MPDK_RESP_DROP_TRUNCATED);
	if ((ip.version_ihl >> 4) != 4)
		return drop(why, MPDK_RESP_DROP_IP_VERSION);
	if ((ip.version_ihl & RTE_IPV4_HDR_IHL_MASK) > 5)
		return drop(why, MPDK_RESP_DROP_IP_OPTIONS);
	/* IHL < 5 is a header shorter than its fixed part: a bad length. */
	if ((ip.version_ihl & RTE_IPV4_HDR_IHL_MASK) < 5)
		return drop(why, MPDK_RESP_DROP_IP_LENGTH);
	tot = rte_be_to_cpu_16(ip.total_length);
	/* Ethernet padding after total_length is fine; missing bytes not. */
	if (tot < RESP_IPV4_HDR_LEN || tot > m->pkt_len - RESP_IP_OFF)
		return drop(why, MPDK_RESP_DROP_IP_LENGTH);
	if (rte_ipv4_cksum(&ip) != 0)
		return drop(why, MPDK_RESP_DROP_IP_CHECKSUM);
	frag = rte_be_to_cpu_16(ip.fragment_offset);
	if (frag & (RTE_IPV4_HDR_MF_FLAG | RTE_IPV4_HDR_OFFSET_MASK))
		return drop(why, MPDK_RESP_DROP_IP_FRAGMENT);
	if (ip.dst_addr != addr->ipv4)
		return drop(why, MPDK_RESP_DROP_IP_NOT_FOR_US);
	if (ip.next_proto_id != IPPROTO_ICMP)
		return drop(why, MPDK_RESP_DROP_IP_PROTO);
	icmp_len = tot - RESP_IPV4_HDR_LEN;
	if (icmp_len < RESP_ICMP_HDR_LEN ||
	    frame_copy(m, RESP_ICMP_OFF, RESP_ICMP_HDR_LEN, &icmp) != 0)
		return drop(why, MPDK_RESP_DROP_TRUNCATED);
	/* A valid message sums to 0xffff, its checksum field included. */
	if (frame_cksum(m, RESP_ICMP_OFF, icmp_len) != 0xffff)
		return drop(why, MPDK_RESP_DROP_ICMP_CHECKSUM);
	if (icmp.icmp_type != RTE_IP_ICMP_ECHO_REQUEST || icmp.icmp_code != 0)
		return drop(why, MPDK_RESP_DROP_ICMP_TYPE);
	rlen = RESP_IP_OFF + tot;
	if (reply == NULL || reply_size < rlen)
		return drop(why, MPDK_RESP_DROP_NO_BUFFER);

	/* The frame up to total_length (padding dropped), then the edits. */
	if (frame_copy(m, 0, rlen, reply) != 0) /* cannot happen: checked */
		return drop(why, MPDK_RESP_DROP_TRUNCATED);

	rte_ether_addr_copy(&eth->src_addr, &reth.dst_addr);
	rte_ether_addr_copy(&addr->mac, &reth.src_addr);
	reth.ether_type = RTE_BE16(RTE_ETHER_TYPE_IPV4);
	memcpy(reply, &reth, RTE_ETHER_HDR_LEN);

	ip.dst_addr = ip.src_addr;
	ip.src_addr = addr->ipv4;
	ip.time_to_live = RESP_TTL;
	ip.hdr_checksum = 0;
	ip.hdr_checksum = rte_ipv4_cksum(&ip);
	memcpy(reply + RESP_IP_OFF, &ip, RESP_IPV4_HDR_LEN);

	/* Same id, sequence and payload; type 0; a new checksum over the
	 * whole message (rte_raw_cksum pads an odd last byte with zero). */
	icmp.icmp_type = RTE_IP_ICMP_ECHO_REPLY;
	icmp.icmp_cksum = 0;
	memcpy(reply + RESP_ICMP_OFF, &icmp, RESP_ICMP_HDR_LEN);
	ck = (uint16_t)~rte_raw_cksum(reply + RESP_ICMP_OFF, icmp_len);
	memcpy(reply + RESP_ICMP_OFF + offsetof(struct rte_icmp_hdr, icmp_cksum),
	       &ck, sizeof(ck));
	*reply_len = rlen;
	return 1;
}

int
mpdk_responder_process(const struct mpdk_responder_addr *addr,
		       const struct rte_mbuf *frame, uint8_t *reply,
		       uint32_t reply_size, uint32_t *reply_len,
		       enum mpdk_responder_drop *why)
{
	enum mpdk_responder_drop why_local;
	struct rte_ether_hdr eth;
	uint32_t len_local;

	if (why == NULL)
		why = &why_local;
	if (reply_len == NULL)
		reply_len = &len_local;
	*reply_len = 0;
	/* Nothing to read, or nobody to answer for. */
	if (addr == NULL || frame == NULL)
		return drop(why, MPDK_RESP_DROP_TRUNCATED);
	if (frame_copy(frame, 0, RTE_ETHER_HDR_LEN, &eth) != 0)
		return drop(why, MPDK_RESP_DROP_TRUNCATED);

	switch (eth.ether_type) {
	case RTE_BE16(RTE_ETHER_TYPE_ARP):
		return process_arp(addr, frame, reply, reply_size, reply_len,
				   why);
	case RTE_BE16(RTE_ETHER_TYPE_IPV4):
		return process_ipv4(addr, frame, &eth, reply, reply_size,
				    reply_len, why);
	default:
		return drop(why, MPDK_RESP_DROP_ETHERTYPE);
	}
}
