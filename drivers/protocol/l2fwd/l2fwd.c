/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */
/* Placeholder while the protocol is written: registers nothing. */
#include "mpdk_builtin_drivers.h"

mpdk_status_t
mpdk_l2fwd_driver_entry(void)
{
	return MPDK_STATUS_SUCCESS;
}

void
mpdk_l2fwd_driver_unload(void)
{
}
