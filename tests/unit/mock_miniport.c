/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#include <stdlib.h>
#include <string.h>

#include "mock_miniport.h"

static struct mpdk_miniport_driver *mock_drv;

static mpdk_status_t
mock_initialize(void *driver_ctx __rte_unused, struct mpdk_adapter *adapter,
		const struct mpdk_adapter_config *cfg, void **adapter_ctx)
{
	struct mpdk_adapter_attrs attrs = {
		.n_queues = cfg->n_queues != 0 ? cfg->n_queues : 1,
		.mtu = 1500,
		.max_frame = 1514,
	};
	struct mock_adapter *ma = calloc(1, sizeof(*ma));
	mpdk_status_t st;

	if (ma == NULL)
		return MPDK_STATUS_RESOURCES;
	ma->adapter = adapter;
	rte_spinlock_init(&ma->lock);
	st = mpdk_m_set_attributes(adapter, &attrs);
	if (st != MPDK_STATUS_SUCCESS) {
		free(ma);
		return st;
	}
	*adapter_ctx = ma;
	return MPDK_STATUS_SUCCESS;
}

static void
mock_halt(void *ctx)
{
	struct mock_adapter *ma = ctx;

	ma->halted = 1;
	free(ma);
}

static void
mock_send(void *ctx, uint16_t queue __rte_unused, struct mpdk_nbl *chain,
	  uint32_t flags __rte_unused)
{
	struct mock_adapter *ma = ctx;
	struct mpdk_nbl *nbl, *next;

	ma->send_calls++;
	if (ma->mode == MOCK_SYNC) {
		MPDK_NBL_FOREACH(nbl, chain) {
			nbl->status = ma->sync_status;
			ma->nbls_seen++;
		}
		mpdk_m_send_nbls_complete(ma->adapter, chain, 0);
		return;
	}
	rte_spinlock_lock(&ma->lock);
	for (nbl = chain; nbl != NULL; nbl = next) {
		next = nbl->next;
		ma->nbls_seen++;
		if (ma->n_pending == MOCK_MAX_PENDING) {
			/* Full: finish it now rather than lose it. */
			nbl->status = MPDK_STATUS_RESOURCES;
			nbl->next = NULL;
			rte_spinlock_unlock(&ma->lock);
			mpdk_m_send_nbls_complete(ma->adapter, nbl, 0);
			rte_spinlock_lock(&ma->lock);
			continue;
		}
		ma->pending[ma->n_pending++] = nbl;
	}
	rte_spinlock_unlock(&ma->lock);
}

static void
mock_return(void *ctx __rte_unused, struct mpdk_nbl *chain __rte_unused,
	    uint32_t flags __rte_unused)
{
}

unsigned int
mock_complete_all(struct mock_adapter *ma, mpdk_status_t status)
{
	struct mpdk_nbl *head = NULL, *tail = NULL;
	unsigned int i, n;

	rte_spinlock_lock(&ma->lock);
	n = ma->n_pending;
	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = ma->pending[i];

		nbl->status = status;
		nbl->next = NULL;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	ma->n_pending = 0;
	rte_spinlock_unlock(&ma->lock);
	if (head != NULL)
		mpdk_m_send_nbls_complete(ma->adapter, head, 0);
	return n;
}

void
mock_complete_chain(struct mock_adapter *ma, const unsigned int *order,
		    unsigned int n, mpdk_status_t status)
{
	struct mpdk_nbl *head = NULL, *tail = NULL;
	struct mpdk_nbl **taken = calloc(ma->n_pending, sizeof(*taken));
	unsigned int i, k = 0;

	rte_spinlock_lock(&ma->lock);
	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = ma->pending[order[i]];

		taken[order[i]] = nbl;
		nbl->status = status;
		nbl->next = NULL;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	for (i = 0; i < ma->n_pending; i++)
		if (taken[i] == NULL)
			ma->pending[k++] = ma->pending[i];
	ma->n_pending = k;
	rte_spinlock_unlock(&ma->lock);
	free(taken);
	if (head != NULL)
		mpdk_m_send_nbls_complete(ma->adapter, head, 0);
}

void
mock_complete_again(struct mock_adapter *ma, struct mpdk_nbl *nbl)
{
	nbl->next = NULL;
	mpdk_m_send_nbls_complete(ma->adapter, nbl, 0);
}

static unsigned int
mock_poll(void *ctx, uint16_t queue __rte_unused, unsigned int budget __rte_unused)
{
	struct mock_adapter *ma = ctx;

	ma->poll_calls++;
	if (!ma->complete_in_poll)
		return 0;
	return mock_complete_all(ma, MPDK_STATUS_SUCCESS);
}

int
mock_register(void)
{
	static const struct mpdk_miniport_ops ops = {
		.name = "mock",
		.initialize = mock_initialize,
		.halt = mock_halt,
		.send_nbls = mock_send,
		.return_nbls = mock_return,
		.poll = mock_poll,
	};

	return mpdk_miniport_register(&ops, NULL, &mock_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

void
mock_deregister(void)
{
	mpdk_miniport_deregister(mock_drv);
	mock_drv = NULL;
}

struct mock_adapter *
mock_adapter_create(const char *name, uint16_t n_queues)
{
	struct mpdk_adapter_config cfg = {
		.name = name, .n_queues = n_queues, .socket_id = SOCKET_ID_ANY,
	};
	struct mpdk_adapter *a;

	if (mpdk_adapter_create("mock", &cfg, &a) != MPDK_STATUS_SUCCESS)
		return NULL;
	return mpdk_m_adapter_context(a);
}
