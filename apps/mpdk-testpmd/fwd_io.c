/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding engine "io": what arrives on a port leaves by its partner
 * (ports paired 0<->1, 2<->3, ...; an odd last port sends back out of
 * itself), zero copy: the indicated NBL itself is sent on the partner's
 * testpmd binding and returned to its miniport when that send completes.
 * Frames indicated with RESOURCES, or shared with another receiver, are
 * copied first.
 */

#include "testpmd.h"

static void
io_rx(struct tp_port *p, struct mpdk_nbl *chain, uint32_t n __rte_unused,
      uint32_t flags)
{
	tp_forward(p, tp_port_get(p->peer), chain, flags, NULL);
}

const struct tp_engine tp_engine_io = {
	.name = "io",
	.desc = "zero-copy forwarding between paired ports",
	.own_binding = true,
	.rx = io_rx,
};
