/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The responder tests' shared code (responder_common.h): hand-built
 * frames, the replies they deserve, a reference checksum.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <rte_ip.h>

#include "responder_common.h"

const uint8_t us_mac[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x01 };
static const uint8_t peer_mac[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x02 };

/* ------------------------------------------------------------------ */
/* Frames, and a reference checksum that shares nothing with DPDK's.    */

void
put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

void
put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)(v >> 16));
	put16(p + 2, (uint16_t)v);
}

uint16_t
get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

/* RFC 1071, one byte pair at a time; an odd last byte is the high half. */
uint16_t
ref_cksum(const uint8_t *p, uint32_t n)
{
	uint64_t sum = 0;
	uint32_t i;

	for (i = 0; i < n; i += 2)
		sum += (uint32_t)p[i] << 8 | (i + 1 < n ? p[i + 1] : 0);
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

void
fix_ip_cksum(uint8_t *f)
{
	uint32_t hlen = (f[IP_OFF] & 0xf) * 4u;

	put16(f + IP_OFF + 10, 0);
	put16(f + IP_OFF + 10, ref_cksum(f + IP_OFF, hlen));
}

void
fix_icmp_cksum(uint8_t *f, uint32_t icmp_off, uint32_t icmp_len)
{
	put16(f + icmp_off + 2, 0);
	put16(f + icmp_off + 2, ref_cksum(f + icmp_off, icmp_len));
}

/* An ARP frame from the peer (42 bytes). */
uint32_t
build_arp(uint8_t *f, uint16_t htype, uint16_t ptype, uint8_t hlen,
	  uint8_t plen, uint16_t op, uint32_t tip)
{
	memset(f, 0xff, 6);
	memcpy(f + 6, peer_mac, 6);
	put16(f + 12, 0x0806);
	put16(f + 14, htype);
	put16(f + 16, ptype);
	f[18] = hlen;
	f[19] = plen;
	put16(f + 20, op);
	memcpy(f + 22, peer_mac, 6);
	put32(f + 28, PEER_IP);
	memset(f + 32, 0, 6);
	put32(f + 38, tip);
	return ARP_LEN;
}

uint32_t
build_arp_request(uint8_t *f)
{
	return build_arp(f, 1, 0x0800, 6, 4, 1, US_IP);
}

/* What the valid request must get back, byte for byte. */
const uint8_t arp_reply_expected[ARP_LEN] = {
	/* Ethernet: to the requester, from us, ARP */
	0x02, 0x00, 0x5e, 0x10, 0x00, 0x02,
	0x02, 0x00, 0x5e, 0x10, 0x00, 0x01,
	0x08, 0x06,
	/* Ethernet/IPv4, hlen 6, plen 4, opcode 2 (reply) */
	0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x02,
	/* sender: us, 198.18.0.1 */
	0x02, 0x00, 0x5e, 0x10, 0x00, 0x01, 198, 18, 0, 1,
	/* target: the requester, 198.18.0.2 */
	0x02, 0x00, 0x5e, 0x10, 0x00, 0x02, 198, 18, 0, 2,
};

/* An ICMP echo request from the peer to us with @p payload bytes, then
 * @p pad bytes of Ethernet padding; returns the frame length. */
uint32_t
build_echo(uint8_t *f, uint32_t payload, uint32_t pad)
{
	uint32_t tot = 20 + 8 + payload, i;

	memcpy(f, us_mac, 6);
	memcpy(f + 6, peer_mac, 6);
	put16(f + 12, 0x0800);
	f[IP_OFF] = 0x45;
	f[IP_OFF + 1] = 0;
	put16(f + IP_OFF + 2, (uint16_t)tot);
	put16(f + IP_OFF + 4, 0x1234);          /* id */
	put16(f + IP_OFF + 6, 0x4000);          /* DF, as ping sets it */
	f[IP_OFF + 8] = 63;                     /* TTL */
	f[IP_OFF + 9] = 1;                      /* ICMP */
	put32(f + IP_OFF + 12, PEER_IP);
	put32(f + IP_OFF + 16, US_IP);
	fix_ip_cksum(f);
	f[ICMP_OFF] = 8;
	f[ICMP_OFF + 1] = 0;
	put16(f + ICMP_OFF + 4, 0xbeef);        /* id */
	put16(f + ICMP_OFF + 6, 7);             /* sequence */
	for (i = 0; i < payload; i++)
		f[ECHO_HDRS + i] = (uint8_t)(i * 7 + 3);
	fix_icmp_cksum(f, ICMP_OFF, tot - 20);
	memset(f + ETH_LEN + tot, 0xA5, pad);
	return ETH_LEN + tot + pad;
}

/* The reply a request deserves, built here independently. */
static uint32_t
expected_echo_reply(const uint8_t *req, uint8_t *exp)
{
	uint32_t tot = get16(req + IP_OFF + 2);

	memcpy(exp, req, ETH_LEN + tot);
	memcpy(exp, req + 6, 6);
	memcpy(exp + 6, us_mac, 6);
	put32(exp + IP_OFF + 12, US_IP);
	memcpy(exp + IP_OFF + 16, req + IP_OFF + 12, 4);
	exp[IP_OFF + 8] = 64;
	fix_ip_cksum(exp);
	exp[ICMP_OFF] = 0;
	fix_icmp_cksum(exp, ICMP_OFF, tot - 20);
	return ETH_LEN + tot;
}

/* Check an echo reply to @p req field by field, then byte for byte. */
void
check_echo_reply(const uint8_t *req, const uint8_t *rep, uint32_t rlen)
{
	uint8_t exp[MAX_FRAME];
	struct rte_ipv4_hdr ip;
	uint32_t tot = get16(req + IP_OFF + 2);
	uint32_t icmp_len = tot - 20;

	assert_int_equal(rlen, ETH_LEN + tot);
	assert_memory_equal(rep, req + 6, 6);          /* to the requester */
	assert_memory_equal(rep + 6, us_mac, 6);       /* from us */
	assert_int_equal(get16(rep + 12), 0x0800);
	assert_int_equal(rep[IP_OFF], 0x45);
	assert_int_equal(get16(rep + IP_OFF + 2), tot);
	assert_int_equal(get16(rep + IP_OFF + 4), get16(req + IP_OFF + 4));
	assert_int_equal(rep[IP_OFF + 8], 64);
	assert_int_equal(rep[IP_OFF + 9], 1);
	assert_memory_equal(rep + IP_OFF + 12, req + IP_OFF + 16, 4);
	assert_memory_equal(rep + IP_OFF + 16, req + IP_OFF + 12, 4);
	/* Both checksums, DPDK's way and the reference way. */
	memcpy(&ip, rep + IP_OFF, sizeof(ip));
	assert_int_equal(rte_ipv4_cksum(&ip), 0);
	assert_int_equal(ref_cksum(rep + IP_OFF, 20), 0);
	assert_int_equal(rte_raw_cksum(rep + ICMP_OFF, icmp_len), 0xffff);
	assert_int_equal(ref_cksum(rep + ICMP_OFF, icmp_len), 0);
	assert_int_equal(rep[ICMP_OFF], 0);
	assert_int_equal(rep[ICMP_OFF + 1], 0);
	assert_memory_equal(rep + ICMP_OFF + 4, req + ICMP_OFF + 4, 4);
	assert_memory_equal(rep + ECHO_HDRS, req + ECHO_HDRS, icmp_len - 8);
	assert_int_equal(expected_echo_reply(req, exp), rlen);
	assert_memory_equal(rep, exp, rlen);
}
