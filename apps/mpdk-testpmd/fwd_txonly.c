/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding engine "txonly": frames of --txpkts bytes (Ethernet, IPv4
 * 198.18.<port>.1 -> 198.18.<peer>.2, UDP 9 -> 9) built in the
 * application's NBL and mbuf pools.  The main lcore fills each port's
 * window of NBLs in flight; each NBL that completes with SUCCESS is sent
 * again as it is, from the completing poller, so the generator keeps
 * going on worker lcores too; others are freed and the window refilled.
 * Received frames are counted and returned.
 */

#include "testpmd.h"

const struct tp_engine tp_engine_txonly = {
	.name = "txonly",
	.desc = "send generated frames, recycled on completion",
	.own_binding = true,
	.generates = true,
	.kick = tp_gen_topup,
};
