/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MOCK_MINIPORT_PRIV_H
#define MOCK_MINIPORT_PRIV_H

/*
 * Between the files of the mock miniport, not for the tests: the handlers
 * mock_miniport.c puts in the driver's ops, and the receive helpers its
 * halt and poll handlers call.
 */

#include "mock_miniport.h"

/* mock_miniport_rx.c */
/* Free the RX pools, id table and queues (halt). */
void mock_rx_release(struct mock_adapter *ma);
/* Indicate what is queued on @p queue (poll handler). */
unsigned int mock_rx_indicate(struct mock_adapter *ma, uint16_t queue,
			      unsigned int budget);
/* Complete every pending transfer (poll handler). */
unsigned int mock_xfer_complete(struct mock_adapter *ma, mpdk_status_t status);
void mock_return(void *ctx, struct mpdk_nbl *chain, uint32_t flags);
mpdk_status_t mock_transfer(void *ctx, struct mpdk_transfer *t);

/* mock_miniport_ctrl.c */
mpdk_status_t mock_oid_request(void *ctx, struct mpdk_oid_request *req);
mpdk_status_t mock_reset(void *ctx);
mpdk_status_t mock_pause(void *ctx);
mpdk_status_t mock_restart(void *ctx);
mpdk_status_t mock_cancel_send(void *ctx, uint64_t cancel_id);

#endif /* MOCK_MINIPORT_PRIV_H */
