/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Frames the application builds: the Ethernet/IPv4/UDP frame of txonly,
 * tx_first and 'send' (198.18.<port>.1 -> 198.18.<peer>.2, UDP 9 -> 9,
 * destination MAC 02:00:00:00:00:<peer> as testpmd's default peers),
 * copies of indicated frames the application may not keep, and the
 * txonly generator that keeps each port's window of NBLs in flight.
 */

#include <stdlib.h>
#include <string.h>

#include <rte_byteorder.h>
#include <rte_ether.h>
#include <rte_ip.h>
#include <rte_udp.h>

#include "testpmd.h"

/* An Ethernet/IPv4/UDP frame of @p len bytes from port @p p to its peer,
 * addresses in 198.18.0.0/15, cut short when len is under 42. */
void
tp_frame_fill(struct tp_port *p, uint8_t *buf, uint32_t len)
{
	uint8_t hdr[sizeof(struct rte_ether_hdr) + sizeof(struct rte_ipv4_hdr) +
		    sizeof(struct rte_udp_hdr)];
	struct rte_ether_hdr *eth = (struct rte_ether_hdr *)hdr;
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)(eth + 1);
	struct rte_udp_hdr *udp = (struct rte_udp_hdr *)(ip + 1);
	uint32_t l3 = len > sizeof(*eth) ? len - (uint32_t)sizeof(*eth) : 0;

	memset(hdr, 0, sizeof(hdr));
	memset(&eth->dst_addr, 0, sizeof(eth->dst_addr));
	eth->dst_addr.addr_bytes[0] = 0x02;
	eth->dst_addr.addr_bytes[5] = (uint8_t)p->peer;
	rte_eth_macaddr_get(p->port_id, &eth->src_addr);
	eth->ether_type = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4);
	ip->version_ihl = RTE_IPV4_VHL_DEF;
	ip->total_length = rte_cpu_to_be_16((uint16_t)RTE_MIN(l3, (uint32_t)UINT16_MAX));
	ip->time_to_live = 64;
	ip->next_proto_id = IPPROTO_UDP;
	/* RTE_IPV4() shifts an int: 198 << 24 overflows it. */
	ip->src_addr = rte_cpu_to_be_32((uint32_t)198 << 24 | 18u << 16 |
					(uint32_t)(p->port_id & 0xff) << 8 | 1u);
	ip->dst_addr = rte_cpu_to_be_32((uint32_t)198 << 24 | 18u << 16 |
					(uint32_t)(p->peer & 0xff) << 8 | 2u);
	ip->hdr_checksum = rte_ipv4_cksum(ip);
	udp->src_port = rte_cpu_to_be_16(9);
	udp->dst_port = rte_cpu_to_be_16(9);
	udp->dgram_len = rte_cpu_to_be_16((uint16_t)RTE_MIN(
		l3 > sizeof(*ip) ? l3 - (uint32_t)sizeof(*ip) : 0u,
		(uint32_t)UINT16_MAX));
	memset(buf, 0, len);
	memcpy(buf, hdr, RTE_MIN(len, (uint32_t)sizeof(hdr)));
}

int
tp_tmpl_build(struct tp_port *p, uint32_t len)
{
	uint8_t *t = realloc(p->tmpl, len);

	if (t == NULL)
		return -1;
	p->tmpl = t;
	p->tmpl_len = len;
	tp_frame_fill(p, t, len);
	return 0;
}

struct mpdk_nbl *
tp_gen_nbl(struct tp_port *p, const uint8_t *frame, uint32_t len,
	   enum tp_kind kind)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(tp_nbl_pool);

	RTE_SET_USED(p);
	if (nbl == NULL)
		return NULL;
	if (mpdk_nbl_add_copy(nbl, tp_nb_pool, frame, len, 0) !=
	    MPDK_STATUS_SUCCESS) {
		mpdk_nbl_free(nbl);
		return NULL;
	}
	nbl->protocol_reserved[TP_RSV_KIND] = kind;
	return nbl;
}

/* Our copy of an indicated frame (its NBs), or NULL. */
struct mpdk_nbl *
tp_copy_nbl(const struct mpdk_nbl *nbl)
{
	uint8_t buf[TP_MAX_PKT_LEN];
	const struct rte_mbuf *m;
	struct mpdk_nbl *c;
	const void *data;

	if (nbl->first_nb == NULL)
		return NULL;
	c = mpdk_nbl_alloc(tp_nbl_pool);
	if (c == NULL)
		return NULL;
	MPDK_NB_FOREACH(m, nbl) {
		data = m->pkt_len != 0 && m->pkt_len <= sizeof(buf) ?
			rte_pktmbuf_read(m, 0, m->pkt_len, buf) : NULL;
		if (data == NULL ||
		    mpdk_nbl_add_copy(c, tp_mbuf_pool, data, m->pkt_len, 0) !=
		    MPDK_STATUS_SUCCESS) {
			mpdk_nbl_free(c);
			return NULL;
		}
	}
	c->protocol_reserved[TP_RSV_KIND] = TP_KIND_COPY;
	return c;
}

/* ------------------------------------------------------------ txonly */

unsigned int
tp_txonly_window(void)
{
	return RTE_MIN((unsigned int)TP_TXONLY_WINDOW,
		       (unsigned int)TP_NBL_POOL / (2 * tp_nb_ports));
}

void
tp_gen_topup(struct tp_port *p)
{
	unsigned int want, i, n;
	struct mpdk_nbl *head, **tail, *nbl;

	if (!tp_fwd_running() || tp_binding(p) == NULL || p->tmpl == NULL ||
	    mpdk_adapter_get_state(p->adapter) != MPDK_ADAPTER_RUNNING)
		return;
	for (;;) {
		uint64_t live = __atomic_load_n(&p->gen_live, __ATOMIC_RELAXED);

		if (live >= tp_txonly_window())
			return;
		want = RTE_MIN(tp_txonly_window() - (unsigned int)live, tp_cfg.burst);
		head = NULL;
		tail = &head;
		for (i = 0, n = 0; i < want; i++) {
			nbl = tp_gen_nbl(p, p->tmpl, p->tmpl_len, TP_KIND_GEN);
			if (nbl == NULL)
				break;
			*tail = nbl;
			tail = &nbl->next;
			n++;
		}
		*tail = NULL;
		if (n == 0)
			return;           /* pools empty: next time */
		__atomic_fetch_add(&p->gen_live, n, __ATOMIC_RELAXED);
		if (tp_send_list(p, head) == 0 || n < want)
			return;
	}
}

void
tp_burst_tx_first(struct tp_port *p)
{
	struct mpdk_nbl *head = NULL, **tail = &head, *nbl;
	unsigned int i, n = 0;

	if (tp_binding(p) == NULL || p->tmpl == NULL)
		return;
	for (i = 0; i < tp_cfg.burst; i++) {
		nbl = tp_gen_nbl(p, p->tmpl, p->tmpl_len, TP_KIND_GEN_ONCE);
		if (nbl == NULL)
			break;
		*tail = nbl;
		tail = &nbl->next;
		n++;
	}
	*tail = NULL;
	if (n == 0)
		return;
	__atomic_fetch_add(&p->fwd_inflight, n, __ATOMIC_RELAXED);
	tp_send_list(p, head);
}
