/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MOCK_MINIPORT_H
#define MOCK_MINIPORT_H

/*
 * A miniport without hardware, for unit tests.  Its send handler either
 * finishes every NBL inside the call with a chosen status (MOCK_SYNC) or
 * keeps them (MOCK_PEND) until the test completes them, from the test
 * thread (outside any poll step) or from the poll handler.
 */

#include <stdbool.h>

#include <rte_spinlock.h>

#include "mpdk_miniport.h"

enum mock_mode {
	MOCK_PEND = 0,     /* keep NBLs until mock_complete*() */
	MOCK_SYNC,         /* complete inside send_nbls with sync_status */
};

#define MOCK_MAX_PENDING 65536

struct mock_adapter {
	struct mpdk_adapter *adapter;
	enum mock_mode mode;
	mpdk_status_t sync_status;
	bool complete_in_poll;          /* poll handler completes pending NBLs */
	rte_spinlock_t lock;
	struct mpdk_nbl *pending[MOCK_MAX_PENDING];
	unsigned int n_pending;
	unsigned int send_calls;
	unsigned int poll_calls;
	unsigned int nbls_seen;
	int halted;
};

/* Register the "mock" miniport driver (once per process). */
int mock_register(void);
void mock_deregister(void);

/* Create a mock adapter with @p n_queues queues. */
struct mock_adapter *mock_adapter_create(const char *name, uint16_t n_queues);

/* Complete every pending NBL with @p status, from the calling thread. */
unsigned int mock_complete_all(struct mock_adapter *ma, mpdk_status_t status);

/* Complete the pending NBLs in one chain, in the order given by @p order
 * (indices into the pending array), from the calling thread. */
void mock_complete_chain(struct mock_adapter *ma, const unsigned int *order,
			 unsigned int n, mpdk_status_t status);

/* Complete one NBL again (to provoke a double completion). */
void mock_complete_again(struct mock_adapter *ma, struct mpdk_nbl *nbl);

#endif /* MOCK_MINIPORT_H */
