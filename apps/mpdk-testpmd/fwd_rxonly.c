/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding engine "rxonly": frames are counted by the testpmd binding's
 * receive handler and returned to their miniport at once.
 */

#include "testpmd.h"

const struct tp_engine tp_engine_rxonly = {
	.name = "rxonly",
	.desc = "count received frames and return them",
	.own_binding = true,
};
