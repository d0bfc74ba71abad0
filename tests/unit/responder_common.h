/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef RESPONDER_COMMON_H
#define RESPONDER_COMMON_H

/*
 * What the responder tests share (test_responder.c,
 * test_responder_driver.c; code in responder_common.c): addresses,
 * hand-built ARP and ICMP echo frames, the replies they deserve, and a
 * reference checksum that shares nothing with DPDK's.
 */

#include <stdint.h>

#define IP4(a, b, c, d) ((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | \
			 (uint32_t)(c) << 8 | (uint32_t)(d))
#define US_IP IP4(198, 18, 0, 1)
#define PEER_IP IP4(198, 18, 0, 2)
#define OTHER_IP IP4(198, 18, 0, 3)

/* Our MAC address (the peer's is the builders' own). */
extern const uint8_t us_mac[6];

/* Offsets in a frame without IP options. */
#define ETH_LEN 14u
#define IP_OFF 14u
#define ICMP_OFF 34u
#define ECHO_HDRS 42u          /* Ethernet + IPv4 + ICMP header */
#define ARP_LEN 42u
#define MAX_FRAME 1514u

/* Big-endian stores and loads. */
void put16(uint8_t *p, uint16_t v);
void put32(uint8_t *p, uint32_t v);
uint16_t get16(const uint8_t *p);
/* RFC 1071, one byte pair at a time; an odd last byte is the high half. */
uint16_t ref_cksum(const uint8_t *p, uint32_t n);
/* Recompute the IPv4 header checksum of frame @p f. */
void fix_ip_cksum(uint8_t *f);
void fix_icmp_cksum(uint8_t *f, uint32_t icmp_off, uint32_t icmp_len);

/* An ARP frame from the peer (42 bytes). */
uint32_t build_arp(uint8_t *f, uint16_t htype, uint16_t ptype, uint8_t hlen,
		   uint8_t plen, uint16_t op, uint32_t tip);
/* The valid request: who has US_IP. */
uint32_t build_arp_request(uint8_t *f);
/* What the valid request must get back, byte for byte. */
extern const uint8_t arp_reply_expected[ARP_LEN];

/* An ICMP echo request from the peer to us with @p payload bytes, then
 * @p pad bytes of Ethernet padding; returns the frame length. */
uint32_t build_echo(uint8_t *f, uint32_t payload, uint32_t pad);
/* Check an echo reply to @p req field by field, then byte for byte. */
void check_echo_reply(const uint8_t *req, const uint8_t *rep, uint32_t rlen);

#endif /* RESPONDER_COMMON_H */
