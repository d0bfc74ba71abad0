/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding engine "mac": each frame goes back out of the port it came
 * in on with its source and destination MAC addresses swapped, in place
 * (the NBL is ours: not shared, not a RESOURCES indication; otherwise a
 * copy is swapped and sent).  The NBL returns to its miniport when the
 * send completes.
 */

#include <rte_ether.h>
#include <rte_mbuf.h>

#include "testpmd.h"

static void
mac_swap(struct rte_mbuf *m)
{
	struct rte_ether_hdr *eth;
	struct rte_ether_addr tmp;

	if (m == NULL || m->data_len < 2 * RTE_ETHER_ADDR_LEN)
		return;
	eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	rte_ether_addr_copy(&eth->src_addr, &tmp);
	rte_ether_addr_copy(&eth->dst_addr, &eth->src_addr);
	rte_ether_addr_copy(&tmp, &eth->dst_addr);
}

static void
mac_rx(struct tp_port *p, struct mpdk_nbl *chain, uint32_t n __rte_unused,
       uint32_t flags)
{
	tp_forward(p, p, chain, flags, mac_swap);
}

const struct tp_engine tp_engine_mac = {
	.name = "mac",
	.desc = "swap the MAC addresses and send back out of the same port",
	.own_binding = true,
	.rx = mac_rx,
};
