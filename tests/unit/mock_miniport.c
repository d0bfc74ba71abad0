/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The mock miniport (mock_miniport.h): initialize and halt, send and its
 * completions from the test, the poll handler, and the registration of
 * the "mock", "mock-noxfer" and "mock-noctl" drivers.  Receive and
 * transfer data are in mock_miniport_rx.c, the control path (OIDs, reset,
 * pause, restart, cancel, status) in mock_miniport_ctrl.c.
 */

#include <stdlib.h>

#include "mock_miniport.h"
#include "mock_miniport_priv.h"

static struct mpdk_miniport_driver *mock_drv;
static struct mpdk_miniport_driver *mock_noxfer_drv;
static struct mpdk_miniport_driver *mock_noctl_drv;

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
	ma->n_queues = attrs.n_queues;
	ma->xfer_status = MPDK_STATUS_SUCCESS;
	rte_spinlock_init(&ma->lock);
	rte_spinlock_init(&ma->rx_lock);
	rte_spinlock_init(&ma->ctl_lock);
	ma->oid_status = MPDK_STATUS_SUCCESS;
	ma->reset_status = MPDK_STATUS_SUCCESS;
	ma->pause_status = MPDK_STATUS_SUCCESS;
	ma->restart_status = MPDK_STATUS_SUCCESS;
	ma->fake_mtu = MOCK_FAKE_MTU;
	ma->fake_filter = MPDK_PACKET_TYPE_DIRECTED | MPDK_PACKET_TYPE_MULTICAST |
			  MPDK_PACKET_TYPE_BROADCAST;
	ma->fake_mac = (struct rte_ether_addr){
		.addr_bytes = { 0x02, 0x00, 0x5e, 0x00, 0x00, 0x01 } };
	ma->fake_perm_mac = ma->fake_mac;
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
	mock_rx_release(ma);
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

/* Take the pending NBLs named by @p order (indices into the pending
 * array) out of it, in that order, with the statuses given (@p st[i], or
 * @p status for all when @p st is NULL). */
static void
take_ordered(struct mock_adapter *ma, const unsigned int *order,
	     unsigned int n, mpdk_status_t status, const mpdk_status_t *st,
	     struct mpdk_nbl **out)
{
	struct mpdk_nbl **taken = calloc(ma->n_pending, sizeof(*taken));
	unsigned int i, k = 0;

	rte_spinlock_lock(&ma->lock);
	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = ma->pending[order[i]];

		taken[order[i]] = nbl;
		nbl->status = st != NULL ? st[i] : status;
		nbl->next = NULL;
		out[i] = nbl;
	}
	for (i = 0; i < ma->n_pending; i++)
		if (taken[i] == NULL)
			ma->pending[k++] = ma->pending[i];
	ma->n_pending = k;
	rte_spinlock_unlock(&ma->lock);
	free(taken);
}

void
mock_complete_chain(struct mock_adapter *ma, const unsigned int *order,
		    unsigned int n, mpdk_status_t status)
{
	struct mpdk_nbl **nbls = calloc(n + 1, sizeof(*nbls));
	unsigned int i;

	take_ordered(ma, order, n, status, NULL, nbls);
	for (i = 0; i + 1 < n; i++)
		nbls[i]->next = nbls[i + 1];
	if (n != 0)
		mpdk_m_send_nbls_complete(ma->adapter, nbls[0], 0);
	free(nbls);
}

void
mock_complete_bulk(struct mock_adapter *ma, const unsigned int *order,
		   const mpdk_status_t *st, unsigned int n)
{
	struct mpdk_nbl **nbls = calloc(n + 1, sizeof(*nbls));

	take_ordered(ma, order, n, MPDK_STATUS_SUCCESS, st, nbls);
	mpdk_m_send_nbls_complete_bulk(ma->adapter, nbls, n, 0);
	free(nbls);
}

void
mock_complete_again(struct mock_adapter *ma, struct mpdk_nbl *nbl)
{
	nbl->next = NULL;
	mpdk_m_send_nbls_complete(ma->adapter, nbl, 0);
}

/* ------------------------------------------------------------------ */
/* Poll, registration                                                  */
/* ------------------------------------------------------------------ */

static unsigned int
mock_poll(void *ctx, uint16_t queue, unsigned int budget)
{
	struct mock_adapter *ma = ctx;
	unsigned int work = 0;

	__atomic_fetch_add(&ma->poll_calls, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&ma->in_poll, 1, __ATOMIC_RELAXED);
	if (ma->complete_in_poll)
		work += mock_complete_all(ma, MPDK_STATUS_SUCCESS);
	if (ma->poll_hook != NULL)
		ma->poll_hook(ma);
	work += mock_rx_indicate(ma, queue, budget);
	if (queue == 0 && ma->xfer_complete_in_poll)
		work += mock_xfer_complete(ma, ma->xfer_status);
	if (queue == 0 && ma->oid_complete_in_poll &&
	    mock_oid_complete_table(ma) != NULL) {
		__atomic_fetch_add(&ma->oid_completed_in_poll, 1,
				   __ATOMIC_RELAXED);
		work++;
	}
	__atomic_fetch_sub(&ma->in_poll, 1, __ATOMIC_RELAXED);
	return work;
}

static const struct mpdk_miniport_ops mock_ops = {
	.name = "mock",
	.initialize = mock_initialize,
	.halt = mock_halt,
	.send_nbls = mock_send,
	.return_nbls = mock_return,
	.poll = mock_poll,
	.transfer_data = mock_transfer,
	.oid_request = mock_oid_request,
	.reset = mock_reset,
	.pause = mock_pause,
	.restart = mock_restart,
	.cancel_send = mock_cancel_send,
};

int
mock_register(void)
{
	return mpdk_miniport_register(&mock_ops, NULL, &mock_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

int
mock_register_noxfer(void)
{
	struct mpdk_miniport_ops ops = mock_ops;

	ops.name = "mock-noxfer";
	ops.transfer_data = NULL;
	return mpdk_miniport_register(&ops, NULL, &mock_noxfer_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

int
mock_register_noctl(void)
{
	struct mpdk_miniport_ops ops = mock_ops;

	ops.name = "mock-noctl";
	ops.oid_request = NULL;
	ops.reset = NULL;
	ops.pause = NULL;
	ops.restart = NULL;
	ops.cancel_send = NULL;
	return mpdk_miniport_register(&ops, NULL, &mock_noctl_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

void
mock_deregister(void)
{
	if (mock_noctl_drv != NULL)
		mpdk_miniport_deregister(mock_noctl_drv);
	mock_noctl_drv = NULL;
	if (mock_noxfer_drv != NULL)
		mpdk_miniport_deregister(mock_noxfer_drv);
	mock_noxfer_drv = NULL;
	if (mock_drv != NULL)
		mpdk_miniport_deregister(mock_drv);
	mock_drv = NULL;
}

struct mock_adapter *
mock_adapter_create_drv(const char *driver, const char *name, uint16_t n_queues)
{
	struct mpdk_adapter_config cfg = {
		.name = name, .n_queues = n_queues, .socket_id = SOCKET_ID_ANY,
	};
	struct mpdk_adapter *a;

	if (mpdk_adapter_create(driver, &cfg, &a) != MPDK_STATUS_SUCCESS)
		return NULL;
	return mpdk_m_adapter_context(a);
}

struct mock_adapter *
mock_adapter_create(const char *name, uint16_t n_queues)
{
	return mock_adapter_create_drv("mock", name, n_queues);
}
