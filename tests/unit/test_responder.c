/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The "responder" sample protocol.
 *
 * Its core, mpdk_responder_process(), on hand-built frames: the exact ARP
 * reply, echo replies checked field by field and byte for byte against a
 * reply built here with an independent (byte-wise) checksum, every drop
 * reason with the frame that provokes it, frames split into mbuf chains
 * inside their headers, and random frames of every length from 0 to 60.
 *
 * Frames are external buffers that end right at a PROT_NONE page, and so
 * does the reply buffer: reading a byte past a segment, or writing one past
 * reply_size, faults at once (with or without ASan).
 *
 * The driver around it, on a small miniport of this file's own that
 * indicates frames from its poll handler and captures what is sent:
 * replies go out as one chain on the queue the requests came in on,
 * indicated NBLs go back (not with MPDK_RECEIVE_F_RESOURCES), a refused
 * send is counted, a stop waits for replies in flight, two responders
 * share an adapter, and the counters add up.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_ether.h>
#include <rte_ip.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_miniport.h"
#include "mpdk_responder.h"
#include "mpdk_test.h"

#define IP4(a, b, c, d) ((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | \
			 (uint32_t)(c) << 8 | (uint32_t)(d))
#define US_IP IP4(198, 18, 0, 1)
#define PEER_IP IP4(198, 18, 0, 2)
#define OTHER_IP IP4(198, 18, 0, 3)

static const uint8_t us_mac[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x01 };
static const uint8_t peer_mac[6] = { 0x02, 0x00, 0x5e, 0x10, 0x00, 0x02 };

static struct mpdk_responder_addr us;

/* Offsets in a frame without IP options. */
#define ETH_LEN 14u
#define IP_OFF 14u
#define ICMP_OFF 34u
#define ECHO_HDRS 42u          /* Ethernet + IPv4 + ICMP header */
#define ARP_LEN 42u
#define MAX_FRAME 1514u

/* ------------------------------------------------------------------ */
/* Guarded buffers: data that ends where an inaccessible page begins.  */

#define MAX_SEGS 64
#define SLOT_PAGES 4            /* usable pages per slot, then a guard */

static uint8_t *arena;
static size_t arena_len;
static size_t slot_bytes;
static uint8_t *slot_end[MAX_SEGS + 1]; /* [MAX_SEGS]: the reply buffer */
static struct rte_mbuf_ext_shared_info shinfo[MAX_SEGS];
static struct rte_mempool *hdr_mp;      /* mbuf headers of guarded frames */

static void
noop_free(void *addr __rte_unused, void *opaque __rte_unused)
{
}

static int
guard_setup(void)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	unsigned int i;

	slot_bytes = SLOT_PAGES * page;
	arena_len = (MAX_SEGS + 1) * (slot_bytes + page);
	arena = mmap(NULL, arena_len, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (arena == MAP_FAILED)
		return -1;
	for (i = 0; i <= MAX_SEGS; i++) {
		uint8_t *base = arena + i * (slot_bytes + page);

		if (mprotect(base + slot_bytes, page, PROT_NONE) != 0)
			return -1;
		slot_end[i] = base + slot_bytes;
	}
	return 0;
}

/*
 * A frame as an mbuf chain: segment k holds bytes [cuts[k-1], cuts[k]),
 * each in its own slot, ending at the slot's guard page.  No cut: one
 * segment.
 */
static struct rte_mbuf *
mk_frame(const uint8_t *bytes, uint32_t len, const uint32_t *cuts,
	 unsigned int n_cuts)
{
	struct rte_mbuf *head = NULL, *tail = NULL, *m;
	uint32_t start = 0;
	unsigned int k;

	assert_true(n_cuts < MAX_SEGS);
	for (k = 0; k <= n_cuts; k++) {
		uint32_t end = k < n_cuts ? cuts[k] : len;
		uint16_t seg = (uint16_t)(end - start);
		uint8_t *data;

		assert_true(end >= start && end <= len && seg <= slot_bytes);
		data = slot_end[k] - seg;
		memcpy(data, bytes + start, seg);
		m = rte_pktmbuf_alloc(hdr_mp);
		assert_non_null(m);
		shinfo[k].free_cb = noop_free;
		shinfo[k].fcb_opaque = NULL;
		rte_mbuf_ext_refcnt_set(&shinfo[k], 1);
		rte_pktmbuf_attach_extbuf(m, data, RTE_BAD_IOVA, seg, &shinfo[k]);
		m->data_len = seg;
		if (head == NULL) {
			head = m;
		} else {
			tail->next = m;
			head->nb_segs++;
		}
		tail = m;
		start = end;
	}
	head->pkt_len = len;
	return head;
}

/* The reply buffer: @p size bytes ending at a guard page. */
static uint8_t *
reply_buf(uint32_t size)
{
	assert_true(size <= slot_bytes);
	memset(slot_end[MAX_SEGS] - size, 0xEE, size);
	return slot_end[MAX_SEGS] - size;
}

/* Run the core on a frame; the reply (if any) in *reply. */
static int
run(const uint8_t *bytes, uint32_t len, const uint32_t *cuts,
    unsigned int n_cuts, uint32_t reply_size, uint8_t **reply,
    uint32_t *reply_len, enum mpdk_responder_drop *why)
{
	struct rte_mbuf *m = mk_frame(bytes, len, cuts, n_cuts);
	uint8_t *out = reply_buf(reply_size);
	int ret;

	*why = MPDK_RESP_DROP__COUNT;
	*reply_len = UINT32_MAX;
	ret = mpdk_responder_process(&us, m, out, reply_size, reply_len, why);
	rte_pktmbuf_free(m);
	if (reply != NULL)
		*reply = out;
	return ret;
}

/* Expect a drop for @p why (single segment, ample reply room). */
static void
expect_drop(const uint8_t *bytes, uint32_t len, enum mpdk_responder_drop want)
{
	enum mpdk_responder_drop why;
	uint32_t rlen;

	assert_int_equal(run(bytes, len, NULL, 0, 2048, NULL, &rlen, &why), 0);
	if (why != want)
		fail_msg("dropped as %s, expected %s", mpdk_responder_drop_str(why),
			 mpdk_responder_drop_str(want));
}

/* ------------------------------------------------------------------ */
/* Frames, and a reference checksum that shares nothing with DPDK's.    */

static void
put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void
put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)(v >> 16));
	put16(p + 2, (uint16_t)v);
}

static uint16_t
get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

/* RFC 1071, one byte pair at a time; an odd last byte is the high half. */
static uint16_t
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

static void
fix_ip_cksum(uint8_t *f)
{
	uint32_t hlen = (f[IP_OFF] & 0xf) * 4u;

	put16(f + IP_OFF + 10, 0);
	put16(f + IP_OFF + 10, ref_cksum(f + IP_OFF, hlen));
}

static void
fix_icmp_cksum(uint8_t *f, uint32_t icmp_off, uint32_t icmp_len)
{
	put16(f + icmp_off + 2, 0);
	put16(f + icmp_off + 2, ref_cksum(f + icmp_off, icmp_len));
}

/* An ARP frame from the peer (42 bytes). */
static uint32_t
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

static uint32_t
build_arp_request(uint8_t *f)
{
	return build_arp(f, 1, 0x0800, 6, 4, 1, US_IP);
}

/* What the valid request must get back, byte for byte. */
static const uint8_t arp_reply_expected[ARP_LEN] = {
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
static uint32_t
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
static void
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

/* ------------------------------------------------------------------ */
/* Core: ARP.                                                           */

static void
test_arp_request(void **state __rte_unused)
{
	static const uint32_t cuts[] = { 7, 20, 33 };
	uint8_t f[64], *rep;
	enum mpdk_responder_drop why;
	uint32_t len = build_arp_request(f), rlen;

	/* Exact room: 42 bytes. */
	assert_int_equal(run(f, len, NULL, 0, ARP_LEN, &rep, &rlen, &why), 1);
	assert_int_equal(rlen, ARP_LEN);
	assert_memory_equal(rep, arp_reply_expected, ARP_LEN);

	/* Padded to the Ethernet minimum: the same 42-byte reply. */
	memset(f + len, 0x5A, 60 - len);
	assert_int_equal(run(f, 60, NULL, 0, 2048, &rep, &rlen, &why), 1);
	assert_int_equal(rlen, ARP_LEN);
	assert_memory_equal(rep, arp_reply_expected, ARP_LEN);

	/* Split inside the Ethernet header and the ARP body. */
	assert_int_equal(run(f, len, cuts, RTE_DIM(cuts), 2048, &rep, &rlen,
			     &why), 1);
	assert_int_equal(rlen, ARP_LEN);
	assert_memory_equal(rep, arp_reply_expected, ARP_LEN);
}

static void
test_arp_drops(void **state __rte_unused)
{
	uint8_t f[64];
	uint32_t len;

	/* A reply, and other opcodes. */
	len = build_arp(f, 1, 0x0800, 6, 4, 2, US_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_NOT_REQUEST);
	len = build_arp(f, 1, 0x0800, 6, 4, 3, US_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_NOT_REQUEST);
	/* For another address. */
	len = build_arp(f, 1, 0x0800, 6, 4, 1, OTHER_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_NOT_FOR_US);
	/* Not Ethernet/IPv4 ARP. */
	len = build_arp(f, 6, 0x0800, 6, 4, 1, US_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_MALFORMED);
	len = build_arp(f, 1, 0x86dd, 6, 4, 1, US_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_MALFORMED);
	len = build_arp(f, 1, 0x0800, 8, 4, 1, US_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_MALFORMED);
	len = build_arp(f, 1, 0x0800, 6, 16, 1, US_IP);
	expect_drop(f, len, MPDK_RESP_DROP_ARP_MALFORMED);
	/* One byte short, and shorter. */
	len = build_arp_request(f);
	expect_drop(f, 41, MPDK_RESP_DROP_TRUNCATED);
	expect_drop(f, 15, MPDK_RESP_DROP_TRUNCATED);
	expect_drop(f, 14, MPDK_RESP_DROP_TRUNCATED);
	expect_drop(f, 13, MPDK_RESP_DROP_TRUNCATED);
}

/* ------------------------------------------------------------------ */
/* Core: ICMP echo.                                                     */

static void
echo_case(uint32_t payload, uint32_t pad, const uint32_t *cuts,
	  unsigned int n_cuts)
{
	uint8_t f[MAX_FRAME], *rep;
	enum mpdk_responder_drop why;
	uint32_t len = build_echo(f, payload, pad), rlen;

	/* Exact room for the reply (padding is not part of it). */
	if (run(f, len, cuts, n_cuts, len - pad, &rep, &rlen, &why) != 1)
		fail_msg("payload %u pad %u: dropped as %s", payload, pad,
			 mpdk_responder_drop_str(why));
	check_echo_reply(f, rep, rlen);
}

static void
test_echo_request(void **state __rte_unused)
{
	echo_case(56, 0, NULL, 0);     /* ping's default */
	echo_case(0, 0, NULL, 0);      /* headers only: 42 bytes */
	echo_case(1472, 0, NULL, 0);   /* a full 1514-byte frame */
}

static void
test_echo_odd_payload(void **state __rte_unused)
{
	echo_case(57, 0, NULL, 0);
	echo_case(1, 0, NULL, 0);
	echo_case(1471, 0, NULL, 0);
}

static void
test_echo_padding(void **state __rte_unused)
{
	/* 46 bytes of IP in a 60-byte frame: 14 bytes of junk padding that
	 * would break the ICMP checksum if it were counted. */
	echo_case(4, 14, NULL, 0);
	echo_case(5, 13, NULL, 0);
	echo_case(0, 18, NULL, 0);
}

static void
test_echo_chain(void **state __rte_unused)
{
	/* Three segments: cut inside the IPv4 header and the ICMP header. */
	static const uint32_t cuts[] = { 20, 37 };
	/* Odd cuts: segments start at odd offsets of the ICMP message. */
	static const uint32_t odd[] = { 35, 36, 39, 41, 43, 50, 61, 62, 77 };
	/* A full frame in segments of 333 bytes: the checksum reads across
	 * segment boundaries in chunks. */
	static const uint32_t big[] = { 333, 666, 999, 1332 };
	uint32_t tiny[39], i;

	echo_case(56, 0, cuts, RTE_DIM(cuts));
	echo_case(57, 0, cuts, RTE_DIM(cuts));
	echo_case(4, 14, cuts, RTE_DIM(cuts));
	echo_case(57, 0, odd, RTE_DIM(odd));
	echo_case(1472, 0, big, RTE_DIM(big));
	echo_case(1471, 0, big, RTE_DIM(big));
	/* Three bytes per segment. */
	for (i = 0; i < RTE_DIM(tiny); i++)
		tiny[i] = 3 * (i + 1);
	echo_case(77, 0, tiny, RTE_DIM(tiny));
}

static void
test_ip_drops(void **state __rte_unused)
{
	uint8_t f[MAX_FRAME], g[MAX_FRAME];
	uint32_t len, i;

	/* IP version 6 in an IPv4 ethertype. */
	len = build_echo(f, 56, 0);
	f[IP_OFF] = 0x65;
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_VERSION);

	/* IHL 6: four bytes of options (NOP NOP NOP EOL), valid otherwise. */
	len = build_echo(f, 56, 0);
	memcpy(g, f, ICMP_OFF);
	memcpy(g + ICMP_OFF + 4, f + ICMP_OFF, len - ICMP_OFF);
	g[ICMP_OFF] = 1;
	g[ICMP_OFF + 1] = 1;
	g[ICMP_OFF + 2] = 1;
	g[ICMP_OFF + 3] = 0;
	g[IP_OFF] = 0x46;
	put16(g + IP_OFF + 2, (uint16_t)(get16(f + IP_OFF + 2) + 4));
	fix_ip_cksum(g);
	expect_drop(g, len + 4, MPDK_RESP_DROP_IP_OPTIONS);

	/* IHL 4: shorter than the fixed header. */
	len = build_echo(f, 56, 0);
	f[IP_OFF] = 0x44;
	put16(f + IP_OFF + 10, 0);
	put16(f + IP_OFF + 10, ref_cksum(f + IP_OFF, 20));
	expect_drop(f, len, MPDK_RESP_DROP_IP_LENGTH);

	/* total_length 19. */
	len = build_echo(f, 56, 0);
	put16(f + IP_OFF + 2, 19);
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_LENGTH);

	/* total_length one byte beyond the frame; then the frame one byte
	 * shorter than total_length. */
	len = build_echo(f, 56, 0);
	put16(f + IP_OFF + 2, (uint16_t)(len - ETH_LEN + 1));
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_LENGTH);
	len = build_echo(f, 56, 0);
	expect_drop(f, len - 1, MPDK_RESP_DROP_IP_LENGTH);

	/* Bad header checksum. */
	len = build_echo(f, 56, 0);
	f[IP_OFF + 10] ^= 0x01;
	expect_drop(f, len, MPDK_RESP_DROP_IP_CHECKSUM);

	/* More fragments; fragment offset 8 (field value 1: 8-byte units). */
	len = build_echo(f, 56, 0);
	put16(f + IP_OFF + 6, 0x2000);
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_FRAGMENT);
	len = build_echo(f, 56, 0);
	put16(f + IP_OFF + 6, 0x0001);
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_FRAGMENT);

	/* Not for us. */
	len = build_echo(f, 56, 0);
	put32(f + IP_OFF + 16, OTHER_IP);
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_NOT_FOR_US);

	/* UDP. */
	len = build_echo(f, 56, 0);
	f[IP_OFF + 9] = 17;
	fix_ip_cksum(f);
	expect_drop(f, len, MPDK_RESP_DROP_IP_PROTO);

	/* Seven bytes of ICMP, in a frame padded to 60 bytes. */
	len = build_echo(f, 0, 0);
	put16(f + IP_OFF + 2, 27);
	fix_ip_cksum(f);
	for (i = 41; i < 60; i++)
		f[i] = 0;
	expect_drop(f, 60, MPDK_RESP_DROP_TRUNCATED);

	/* Bad ICMP checksum, also when the error is in the last odd byte. */
	len = build_echo(f, 56, 0);
	f[ICMP_OFF + 2] ^= 0x80;
	expect_drop(f, len, MPDK_RESP_DROP_ICMP_CHECKSUM);
	len = build_echo(f, 57, 0);
	f[len - 1] ^= 0x01;
	expect_drop(f, len, MPDK_RESP_DROP_ICMP_CHECKSUM);

	/* ICMP type 0 (a reply), and type 8 code 1. */
	len = build_echo(f, 56, 0);
	f[ICMP_OFF] = 0;
	fix_icmp_cksum(f, ICMP_OFF, len - ICMP_OFF);
	expect_drop(f, len, MPDK_RESP_DROP_ICMP_TYPE);
	len = build_echo(f, 56, 0);
	f[ICMP_OFF + 1] = 1;
	fix_icmp_cksum(f, ICMP_OFF, len - ICMP_OFF);
	expect_drop(f, len, MPDK_RESP_DROP_ICMP_TYPE);

	/* Shorter than an IPv4 header; other ethertypes. */
	len = build_echo(f, 56, 0);
	expect_drop(f, 33, MPDK_RESP_DROP_TRUNCATED);
	put16(f + 12, 0x86dd);
	expect_drop(f, len, MPDK_RESP_DROP_ETHERTYPE);
	put16(f + 12, 0x8100);
	expect_drop(f, len, MPDK_RESP_DROP_ETHERTYPE);
	put16(f + 12, 0x0040); /* an 802.3 length */
	expect_drop(f, len, MPDK_RESP_DROP_ETHERTYPE);

	/* DF alone is not a fragment (build_echo sets it): answered. */
	echo_case(56, 0, NULL, 0);
}

static void
test_reply_too_small(void **state __rte_unused)
{
	uint8_t f[MAX_FRAME], *rep;
	enum mpdk_responder_drop why;
	uint32_t len, rlen;

	len = build_arp_request(f);
	assert_int_equal(run(f, len, NULL, 0, ARP_LEN - 1, &rep, &rlen, &why), 0);
	assert_int_equal(why, MPDK_RESP_DROP_NO_BUFFER);
	assert_int_equal(run(f, len, NULL, 0, 0, &rep, &rlen, &why), 0);
	assert_int_equal(why, MPDK_RESP_DROP_NO_BUFFER);

	/* One byte short of the echo reply; padding does not count. */
	len = build_echo(f, 57, 0);
	assert_int_equal(run(f, len, NULL, 0, len - 1, &rep, &rlen, &why), 0);
	assert_int_equal(why, MPDK_RESP_DROP_NO_BUFFER);
	len = build_echo(f, 5, 13);
	assert_int_equal(run(f, len, NULL, 0, len - 14, &rep, &rlen, &why), 0);
	assert_int_equal(why, MPDK_RESP_DROP_NO_BUFFER);
	assert_int_equal(run(f, len, NULL, 0, len - 13, &rep, &rlen, &why), 1);

	/* No buffer at all. */
	{
		struct rte_mbuf *m = mk_frame(f, len, NULL, 0);

		assert_int_equal(mpdk_responder_process(&us, m, NULL, 0, &rlen,
							&why), 0);
		assert_int_equal(why, MPDK_RESP_DROP_NO_BUFFER);
		/* NULL out-parameters and arguments: no crash. */
		assert_int_equal(mpdk_responder_process(&us, m, NULL, 0, NULL,
							NULL), 0);
		assert_int_equal(mpdk_responder_process(NULL, m, NULL, 0, &rlen,
							&why), 0);
		rte_pktmbuf_free(m);
		assert_int_equal(mpdk_responder_process(&us, NULL, NULL, 0,
							&rlen, &why), 0);
		assert_int_equal(why, MPDK_RESP_DROP_TRUNCATED);
	}
}

/* ------------------------------------------------------------------ */
/* Core: random frames of every length 0..60.                           */

/* xorshift64*: fixed seed, same frames on every run. */
static uint64_t rng_state = 0x5EED5EED12345678ull;

static uint32_t
rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 2685821657736338717ull) >> 32);
}

#define FUZZ_PER_LEN 3000u

/* Random bytes, often under a plausible header so that the deeper checks
 * run too. */
static void
fuzz_frame(uint8_t *f, uint32_t len)
{
	uint8_t h[64];
	uint32_t i, kind = rng() % 5;

	for (i = 0; i < sizeof(h); i++)
		h[i] = (uint8_t)rng();
	switch (kind) {
	case 1: /* ARP, plausible header */
		build_arp(h, 1, 0x0800, 6, 4, (uint16_t)(rng() % 3),
			  rng() % 2 ? US_IP : (uint32_t)rng());
		for (i = rng() % 3; i > 0; i--)
			h[14 + rng() % 28] = (uint8_t)rng();
		break;
	case 2: /* IPv4, random header after version/IHL */
		put16(h + 12, 0x0800);
		h[IP_OFF] = rng() % 2 ? 0x45 : (uint8_t)rng();
		if (rng() % 2 && len >= ETH_LEN + 20)
			put16(h + IP_OFF + 2, (uint16_t)(len - ETH_LEN));
		break;
	case 3: /* IPv4, valid header, random length, maybe an echo */
	case 4:
		build_echo(h, rng() % 20, 0);
		put16(h + IP_OFF + 2, (uint16_t)(rng() % 48));
		if (kind == 4)
			put16(h + IP_OFF + 2, (uint16_t)(len >= 42 ?
				20 + 8 + rng() % (len - 41) : rng() % 48));
		/* Now and then a bad fragment field, TTL, protocol,
		 * destination, ICMP type or code; checksums mostly right. */
		if (rng() % 4 == 0) {
			static const uint8_t at[] = { 6, 7, 8, 9, 16, 19, 20, 21 };

			h[IP_OFF + at[rng() % RTE_DIM(at)]] = (uint8_t)rng();
		}
		fix_ip_cksum(h);
		if (get16(h + IP_OFF + 2) >= 28 &&
		    get16(h + IP_OFF + 2) <= sizeof(h) - ETH_LEN &&
		    rng() % 8 != 0)
			fix_icmp_cksum(h, ICMP_OFF, get16(h + IP_OFF + 2) - 20u);
		break;
	default: /* raw */
		break;
	}
	memcpy(f, h, len);
}

static void
test_random_frames(void **state __rte_unused)
{
	uint64_t hits[MPDK_RESP_DROP__COUNT + 1] = { 0 };
	uint8_t f[64], *rep;
	enum mpdk_responder_drop why;
	uint32_t len, it, rlen, cuts[2];
	unsigned int n_cuts, i;
	int ret;

	for (len = 0; len <= 60; len++) {
		for (it = 0; it < FUZZ_PER_LEN; it++) {
			fuzz_frame(f, len);
			/* 1 to 3 segments, never empty ones (but for len 0). */
			n_cuts = len >= 3 ? rng() % 3 : 0;
			if (n_cuts >= 1)
				cuts[0] = 1 + rng() % (len - 2);
			if (n_cuts == 2)
				cuts[1] = cuts[0] + 1 + rng() % (len - cuts[0] - 1);
			ret = run(f, len, cuts, n_cuts, 64, &rep, &rlen, &why);
			if (ret == 0) {
				assert_in_range(why, 0, MPDK_RESP_DROP__COUNT - 1);
				assert_int_not_equal(why, MPDK_RESP_DROP_NO_BUFFER);
				assert_int_not_equal(why,
						     MPDK_RESP_DROP_SEND_REFUSED);
				hits[why]++;
				continue;
			}
			assert_int_equal(ret, 1);
			hits[MPDK_RESP_DROP__COUNT]++;
			if (get16(rep + 12) == 0x0806) {
				assert_int_equal(rlen, ARP_LEN);
				assert_true(len >= ARP_LEN);
			} else {
				check_echo_reply(f, rep, rlen);
				assert_true(rlen <= len);
			}
		}
	}
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		if (hits[i] != 0)
			printf("  %-16s %" PRIu64 "\n",
			       mpdk_responder_drop_str(i), hits[i]);
	printf("  %-16s %" PRIu64 "\n", "replies", hits[MPDK_RESP_DROP__COUNT]);
	/* The random frames reached every check a short frame can reach. */
	for (i = MPDK_RESP_DROP_TRUNCATED; i <= MPDK_RESP_DROP_ICMP_TYPE; i++)
		if (i != MPDK_RESP_DROP_IP_OPTIONS && hits[i] == 0)
			fail_msg("no random frame dropped as %s",
				 mpdk_responder_drop_str(i));
	assert_true(hits[MPDK_RESP_DROP__COUNT] > 0);
}

static void
test_drop_str(void **state __rte_unused)
{
	unsigned int i, j;

	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++) {
		const char *a = mpdk_responder_drop_str(i);

		assert_non_null(a);
		assert_true(a[0] != '\0');
		assert_string_not_equal(a, "unknown");
		for (j = 0; j < i; j++)
			assert_string_not_equal(a, mpdk_responder_drop_str(j));
	}
	assert_string_equal(mpdk_responder_drop_str(MPDK_RESP_DROP_TRUNCATED),
			    "truncated");
	assert_string_equal(mpdk_responder_drop_str(MPDK_RESP_DROP_IP_CHECKSUM),
			    "ip_checksum");
	assert_non_null(mpdk_responder_drop_str(MPDK_RESP_DROP__COUNT));
	assert_non_null(mpdk_responder_drop_str((enum mpdk_responder_drop)-1));
}

/* ------------------------------------------------------------------ */
/* The driver, on a miniport of this file's own.                        */

#define RT_MP_NAME "resp_test_mp"
#define RT_QUEUES 2
#define RT_MAX_CAP 32
#define RT_RX_MAX 16

/* The miniport: indicates rx_chain from its queue-0 poll handler,
 * captures every frame sent, completes sends at once (or holds them). */
struct rt_mp {
	struct mpdk_adapter *adapter;
	struct mpdk_nbl *rx[RT_RX_MAX];  /* indicated by the next poll */
	unsigned int rx_n;
	uint32_t rx_flags;
	uint64_t returned;               /* NBLs back through return_nbls */
	uint64_t send_calls;
	bool hold;                       /* keep sent NBLs in held */
	struct mpdk_nbl *held;
	unsigned int n_cap;
	uint16_t cap_queue[RT_MAX_CAP];
	uint32_t cap_len[RT_MAX_CAP];
	uint8_t cap[RT_MAX_CAP][MAX_FRAME];
};

static struct rt_mp rt;
static struct mpdk_miniport_driver *rt_drv;
static struct mpdk_poller *rt_poller;
static struct mpdk_nbl_pool *rt_nbl_pool;  /* indicated NBLs */
static struct rte_mempool *rt_mp_pool;     /* their frames */

static mpdk_status_t
rt_initialize(void *drv_ctx __rte_unused, struct mpdk_adapter *adapter,
	      const struct mpdk_adapter_config *cfg __rte_unused, void **ctx)
{
	struct mpdk_adapter_attrs at = {
		.n_queues = RT_QUEUES,
		.mtu = 1500,
		.max_frame = MAX_FRAME,
	};

	memcpy(at.mac.addr_bytes, us_mac, 6);
	at.perm_mac = at.mac;
	rt.adapter = adapter;
	*ctx = &rt;
	return mpdk_m_set_attributes(adapter, &at);
}

static void
rt_halt(void *ctx __rte_unused)
{
}

static void
rt_send(void *ctx __rte_unused, uint16_t queue, struct mpdk_nbl *chain,
	uint32_t flags __rte_unused)
{
	struct mpdk_nbl *nbl;

	rt.send_calls++;
	MPDK_NBL_FOREACH(nbl, chain) {
		const struct rte_mbuf *nb = nbl->first_nb;

		if (rt.n_cap < RT_MAX_CAP && nb != NULL &&
		    nb->pkt_len <= MAX_FRAME) {
			const void *p = rte_pktmbuf_read(nb, 0, nb->pkt_len,
							 rt.cap[rt.n_cap]);

			if (p != rt.cap[rt.n_cap])
				memcpy(rt.cap[rt.n_cap], p, nb->pkt_len);
			rt.cap_len[rt.n_cap] = nb->pkt_len;
			rt.cap_queue[rt.n_cap] = queue;
			rt.n_cap++;
		}
		nbl->status = MPDK_STATUS_SUCCESS;
	}
	if (rt.hold)
		rt.held = mpdk_nbl_chain_concat(rt.held, chain);
	else
		mpdk_m_send_nbls_complete(rt.adapter, chain, 0);
}

static void
rt_return(void *ctx __rte_unused, struct mpdk_nbl *chain,
	  uint32_t flags __rte_unused)
{
	struct mpdk_nbl *nbl, *tmp;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		rt.returned++;
		mpdk_nbl_free(nbl);
	}
}

static unsigned int
rt_poll(void *ctx __rte_unused, uint16_t queue, unsigned int budget __rte_unused)
{
	struct mpdk_nbl *nbls[RT_RX_MAX];
	unsigned int n = rt.rx_n, i;
	uint32_t flags = rt.rx_flags;

	if (queue != 0 || n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		nbls[i] = rt.rx[i];
		nbls[i]->next = i + 1 < n ? rt.rx[i + 1] : NULL;
	}
	rt.rx_n = 0;
	mpdk_m_indicate_receive_nbls(rt.adapter, nbls[0], 0, n, flags);
	if (flags & MPDK_RECEIVE_F_RESOURCES) /* ours again */
		for (i = 0; i < n; i++)
			mpdk_nbl_free(nbls[i]);
	return n;
}

static const struct mpdk_miniport_ops rt_ops = {
	.name = RT_MP_NAME,
	.initialize = rt_initialize,
	.halt = rt_halt,
	.send_nbls = rt_send,
	.return_nbls = rt_return,
	.poll = rt_poll,
};

/* Queue a frame for the next poll's indication. */
static void
rt_queue_rx(const uint8_t *bytes, uint32_t len)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(rt_nbl_pool);

	assert_non_null(nbl);
	assert_true(rt.rx_n < RT_RX_MAX);
	assert_int_equal(mpdk_nbl_add_copy(nbl, rt_mp_pool, bytes, len, 0),
			 MPDK_STATUS_SUCCESS);
	rt.rx[rt.rx_n++] = nbl;
}

static void
rt_reset(void)
{
	rt.rx_n = 0;
	rt.rx_flags = 0;
	rt.returned = 0;
	rt.send_calls = 0;
	rt.hold = false;
	rt.held = NULL;
	rt.n_cap = 0;
}

/* Are the responders' reply pools (named resp_*) all full? */
static void
pool_full_cb(struct rte_mempool *mp, void *arg)
{
	bool *ok = arg;

	if (strncmp(mp->name, "resp_", 5) == 0 &&
	    rte_mempool_avail_count(mp) != mp->size) {
		printf("  pool %s: %u of %u free\n", mp->name,
		       rte_mempool_avail_count(mp), mp->size);
		*ok = false;
	}
}

static bool
reply_pools_full(void)
{
	bool ok = true;

	rte_mempool_walk(pool_full_cb, &ok);
	return ok;
}

static struct mpdk_responder *
rt_responder(uint32_t ip)
{
	struct mpdk_responder *r = NULL;

	assert_int_equal(mpdk_responder_create(rt.adapter, rte_cpu_to_be_32(ip),
					       &r), MPDK_STATUS_SUCCESS);
	assert_non_null(r);
	return r;
}

static void
rt_stop_free(struct mpdk_responder *r)
{
	mpdk_status_t st = mpdk_responder_stop(r);
	int i;

	assert_true(st == MPDK_STATUS_SUCCESS || st == MPDK_STATUS_PENDING);
	for (i = 0; i < 100 && !mpdk_responder_closed(r); i++)
		mpdk_poller_poll(rt_poller);
	assert_true(mpdk_responder_closed(r));
	assert_true(reply_pools_full());
	assert_int_equal(mpdk_responder_free(r), MPDK_STATUS_SUCCESS);
}

static void
test_driver_answers(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	uint8_t arp[64], echo[MAX_FRAME], junk[60];
	uint32_t arp_len, echo_len;
	int i;

	rt_reset();
	r = rt_responder(US_IP);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.rx_frames, 0);

	arp_len = build_arp_request(arp);
	echo_len = build_echo(echo, 57, 0);
	memset(junk, 0x11, sizeof(junk));   /* ethertype 0x1111 */
	rt_queue_rx(arp, arp_len);
	rt_queue_rx(junk, sizeof(junk));
	rt_queue_rx(echo, echo_len);
	for (i = 0; i < 4; i++)
		mpdk_poller_poll(rt_poller);

	/* Both replies in one send call, on the queue they came in on; the
	 * source MAC is the adapter's (the miniport's attributes). */
	assert_int_equal(rt.send_calls, 1);
	assert_int_equal(rt.n_cap, 2);
	assert_int_equal(rt.cap_queue[0], 0);
	assert_int_equal(rt.cap_len[0], ARP_LEN);
	assert_memory_equal(rt.cap[0], arp_reply_expected, ARP_LEN);
	check_echo_reply(echo, rt.cap[1], rt.cap_len[1]);
	/* The indicated NBLs went back. */
	assert_int_equal(rt.returned, 3);

	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.rx_frames, 3);
	assert_int_equal(st.arp_replies, 1);
	assert_int_equal(st.echo_replies, 1);
	assert_int_equal(st.tx_completed, 2);
	assert_int_equal(st.tx_failed, 0);
	assert_int_equal(st.drops[MPDK_RESP_DROP_ETHERTYPE], 1);
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		if (i != MPDK_RESP_DROP_ETHERTYPE)
			assert_int_equal(st.drops[i], 0);
	assert_int_equal(mpdk_debug_violations(), 0);
	rt_stop_free(r);
}

static void
test_driver_resources(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	uint8_t arp[64];
	int i;

	/* With RESOURCES the NBLs are the miniport's when the handler
	 * returns: the responder must not return them, yet still answer. */
	rt_reset();
	r = rt_responder(US_IP);
	rt_queue_rx(arp, build_arp_request(arp));
	rt_queue_rx(arp, build_arp_request(arp));
	rt.rx_flags = MPDK_RECEIVE_F_RESOURCES;
	for (i = 0; i < 4; i++)
		mpdk_poller_poll(rt_poller);
	assert_int_equal(rt.returned, 0);
	assert_int_equal(rt.n_cap, 2);
	assert_memory_equal(rt.cap[0], arp_reply_expected, ARP_LEN);
	assert_memory_equal(rt.cap[1], arp_reply_expected, ARP_LEN);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.arp_replies, 2);
	assert_int_equal(st.tx_completed, 2);
	assert_int_equal(mpdk_debug_violations(), 0);
	rt_stop_free(r);
}

static void
test_driver_send_refused(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	uint8_t arp[64];

	/* Queue 1 has no poller: a reply sent on it is refused.  (The
	 * indication comes from the test thread for that reason.) */
	rt_reset();
	r = rt_responder(US_IP);
	rt_queue_rx(arp, build_arp_request(arp));
	rt.rx[0]->next = NULL;
	rt.rx_n = 0;
	mpdk_m_indicate_receive_nbls(rt.adapter, rt.rx[0], 1, 1, 0);
	assert_int_equal(rt.send_calls, 0);
	assert_int_equal(rt.returned, 1);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.rx_frames, 1);
	assert_int_equal(st.drops[MPDK_RESP_DROP_SEND_REFUSED], 1);
	assert_int_equal(st.arp_replies, 0);
	assert_true(reply_pools_full());
	rt_stop_free(r);
}

static void
test_driver_stop_drains(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r;
	struct mpdk_nbl *held;
	uint8_t echo[MAX_FRAME];
	int i;

	rt_reset();
	rt.hold = true;
	r = rt_responder(US_IP);
	rt_queue_rx(echo, build_echo(echo, 100, 0));
	mpdk_poller_poll(rt_poller);
	assert_int_equal(rt.n_cap, 1);
	assert_non_null(rt.held);

	/* A reply in flight: the stop pends and the responder stays. */
	assert_int_equal(mpdk_responder_stop(r), MPDK_STATUS_PENDING);
	assert_int_equal(mpdk_responder_closed(r), 0);
	assert_int_equal(mpdk_responder_free(r), MPDK_STATUS_BUSY);
	mpdk_poller_poll(rt_poller);
	assert_int_equal(mpdk_responder_closed(r), 0);
	assert_int_equal(mpdk_responder_stop(r), MPDK_STATUS_PENDING);

	/* The miniport lets go, with a failure: counted as such. */
	held = rt.held;
	rt.held = NULL;
	held->status = MPDK_STATUS_RESOURCES;
	mpdk_m_send_nbls_complete(rt.adapter, held, 0);
	for (i = 0; i < 10 && !mpdk_responder_closed(r); i++)
		mpdk_poller_poll(rt_poller);
	assert_int_equal(mpdk_responder_closed(r), 1);
	assert_int_equal(mpdk_responder_stats_get(r, &st), MPDK_STATUS_SUCCESS);
	assert_int_equal(st.echo_replies, 1);
	assert_int_equal(st.tx_completed, 0);
	assert_int_equal(st.tx_failed, 1);
	assert_int_equal(mpdk_responder_stop(r), MPDK_STATUS_SUCCESS);
	assert_true(reply_pools_full());
	assert_int_equal(mpdk_responder_free(r), MPDK_STATUS_SUCCESS);
}

static void
test_driver_two_responders(void **state __rte_unused)
{
	struct mpdk_responder_stats s1, s2;
	struct mpdk_responder *r1, *r2;
	uint8_t arp[64];
	int i;

	/* Two addresses on one adapter: each frame reaches both, and only
	 * the owner of the address answers. */
	rt_reset();
	r1 = rt_responder(US_IP);
	r2 = rt_responder(OTHER_IP);
	rt_queue_rx(arp, build_arp_request(arp));
	rt_queue_rx(arp, build_arp(arp, 1, 0x0800, 6, 4, 1, OTHER_IP));
	for (i = 0; i < 4; i++)
		mpdk_poller_poll(rt_poller);
	assert_int_equal(rt.n_cap, 2);
	assert_int_equal(rt.returned, 2);
	assert_int_equal(mpdk_responder_stats_get(r1, &s1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_responder_stats_get(r2, &s2), MPDK_STATUS_SUCCESS);
	assert_int_equal(s1.rx_frames, 2);
	assert_int_equal(s2.rx_frames, 2);
	assert_int_equal(s1.arp_replies, 1);
	assert_int_equal(s2.arp_replies, 1);
	assert_int_equal(s1.drops[MPDK_RESP_DROP_ARP_NOT_FOR_US], 1);
	assert_int_equal(s2.drops[MPDK_RESP_DROP_ARP_NOT_FOR_US], 1);
	/* r2's reply says 198.18.0.3. */
	for (i = 0; i < 2; i++)
		if (rt.cap[i][31] == 3)
			break;
	assert_true(i < 2);
	assert_memory_equal(rt.cap[i] + 22, us_mac, 6);
	rt_stop_free(r1);
	rt_stop_free(r2);
	assert_int_equal(mpdk_debug_violations(), 0);
}

static void
test_driver_bad_args(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	struct mpdk_responder *r = NULL;

	assert_int_equal(mpdk_responder_create(NULL, rte_cpu_to_be_32(US_IP),
					       &r), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter,
					       rte_cpu_to_be_32(US_IP), NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter, 0, &r),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter,
				rte_cpu_to_be_32(IP4(224, 0, 0, 1)), &r),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_create(rt.adapter, UINT32_MAX, &r),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(r);
	assert_int_equal(mpdk_responder_stop(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_free(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_responder_closed(NULL), 0);
	assert_int_equal(mpdk_responder_stats_get(NULL, &st),
			 MPDK_STATUS_INVALID_PARAMETER);
	/* A bind of the protocol by hand, without a responder. */
	assert_int_equal(mpdk_bind(mpdk_protocol_find("responder"), rt.adapter,
				   NULL), MPDK_STATUS_INVALID_PARAMETER);
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	struct mpdk_adapter_config cfg = {
		.name = "resp0",
		.n_queues = RT_QUEUES,
		.socket_id = SOCKET_ID_ANY,
	};

	memcpy(us.mac.addr_bytes, us_mac, 6);
	us.ipv4 = rte_cpu_to_be_32(US_IP);
	if (mpdk_test_init("test_responder") != 0 || guard_setup() != 0)
		return -1;
	hdr_mp = rte_pktmbuf_pool_create("rt_hdrs", 1023, 0, 0, 0,
					 SOCKET_ID_ANY);
	rt_mp_pool = rte_pktmbuf_pool_create("rt_frames", 255, 0, 0,
					     RTE_MBUF_DEFAULT_BUF_SIZE,
					     SOCKET_ID_ANY);
	rt_nbl_pool = mpdk_nbl_pool_create("rt_nbls", 64, 0, SOCKET_ID_ANY);
	if (hdr_mp == NULL || rt_mp_pool == NULL || rt_nbl_pool == NULL)
		return -1;
	if (mpdk_protocol_find("responder") == NULL) {
		fprintf(stderr, "the built-in responder protocol is not registered\n");
		return -1;
	}
	if (mpdk_miniport_register(&rt_ops, NULL, &rt_drv) != MPDK_STATUS_SUCCESS ||
	    mpdk_adapter_create(RT_MP_NAME, &cfg, &rt.adapter) !=
	    MPDK_STATUS_SUCCESS)
		return -1;
	if (mpdk_poller_create("resp", 0, &rt_poller) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(rt_poller, rt.adapter, 0) != MPDK_STATUS_SUCCESS)
		return -1;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	int rc = 0;

	if (rt_nbl_pool != NULL &&
	    mpdk_nbl_pool_avail(rt_nbl_pool) != mpdk_nbl_pool_size(rt_nbl_pool)) {
		fprintf(stderr, "indicated NBLs leaked\n");
		rc = -1;
	}
	mpdk_poller_destroy(rt_poller);
	if (rt.adapter != NULL &&
	    mpdk_adapter_destroy(rt.adapter) != MPDK_STATUS_SUCCESS)
		rc = -1;
	if (rt_drv != NULL)
		mpdk_miniport_deregister(rt_drv);
	mpdk_nbl_pool_free(rt_nbl_pool);
	rte_mempool_free(rt_mp_pool);
	rte_mempool_free(hdr_mp);
	mpdk_test_fini();
	if (arena != NULL)
		munmap(arena, arena_len);
	return rc;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arp_request),
		cmocka_unit_test(test_arp_drops),
		cmocka_unit_test(test_echo_request),
		cmocka_unit_test(test_echo_odd_payload),
		cmocka_unit_test(test_echo_padding),
		cmocka_unit_test(test_echo_chain),
		cmocka_unit_test(test_ip_drops),
		cmocka_unit_test(test_reply_too_small),
		cmocka_unit_test(test_random_frames),
		cmocka_unit_test(test_drop_str),
		cmocka_unit_test(test_driver_answers),
		cmocka_unit_test(test_driver_resources),
		cmocka_unit_test(test_driver_send_refused),
		cmocka_unit_test(test_driver_stop_drains),
		cmocka_unit_test(test_driver_two_responders),
		cmocka_unit_test(test_driver_bad_args),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
