/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The "responder" sample protocol's core, mpdk_responder_process(), on
 * hand-built frames: the exact ARP reply, echo replies checked field by
 * field and byte for byte against a reply built here with an independent
 * (byte-wise) checksum, every drop reason with the frame that provokes it,
 * frames split into mbuf chains inside their headers, and random frames
 * of every length from 0 to 60.
 *
 * Frames are external buffers that end right at a PROT_NONE page, and so
 * does the reply buffer: reading a byte past a segment, or writing one past
 * reply_size, faults at once (with or without ASan).
 *
 * The driver around the core is tested in test_responder_driver.c; the
 * frame builders and the reference checksum are in responder_common.c.
 */

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
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
#include "responder_common.h"

static struct mpdk_responder_addr us;

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

static int
group_setup(void **state __rte_unused)
{
	memcpy(us.mac.addr_bytes, us_mac, 6);
	us.ipv4 = rte_cpu_to_be_32(US_IP);
	if (mpdk_test_init("test_responder") != 0 || guard_setup() != 0)
		return -1;
	hdr_mp = rte_pktmbuf_pool_create("rt_hdrs", 1023, 0, 0, 0,
					 SOCKET_ID_ANY);
	if (hdr_mp == NULL)
		return -1;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	rte_mempool_free(hdr_mp);
	mpdk_test_fini();
	if (arena != NULL)
		munmap(arena, arena_len);
	return 0;
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
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
