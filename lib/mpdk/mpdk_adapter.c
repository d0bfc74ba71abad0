/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Adapter lifecycle (MiniportInitializeEx / MiniportHaltEx), attributes,
 * queue selection and the adapter's deferred control work.
 */

#include <stdio.h>
#include <string.h>

#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_string_fns.h>

#include "mpdk_private.h"

static TAILQ_HEAD(, mpdk_adapter) adapters = TAILQ_HEAD_INITIALIZER(adapters);
static unsigned int adapter_seq;

unsigned int
mpdk__adapter_count(void)
{
	struct mpdk_adapter *a;
	unsigned int n = 0;

	TAILQ_FOREACH(a, &adapters, link)
		n++;
	return n;
}

struct mpdk_adapter *
mpdk_adapter_find(const char *name)
{
	struct mpdk_adapter *a;

	if (name == NULL)
		return NULL;
	TAILQ_FOREACH(a, &adapters, link)
		if (strcmp(a->name, name) == 0)
			return a;
	return NULL;
}

const char *
mpdk_adapter_name(const struct mpdk_adapter *adapter)
{
	return adapter != NULL ? adapter->name : NULL;
}

uint16_t
mpdk_adapter_queue_count(const struct mpdk_adapter *adapter)
{
	return adapter != NULL ? adapter->n_queues : 0;
}

void *
mpdk_m_adapter_context(const struct mpdk_adapter *adapter)
{
	return adapter->ctx;
}

mpdk_status_t
mpdk_m_set_attributes(struct mpdk_adapter *adapter,
		      const struct mpdk_adapter_attrs *attrs)
{
	if (adapter == NULL || attrs == NULL || attrs->n_queues == 0 ||
	    attrs->n_queues > MPDK_MAX_QUEUES) {
		MPDK_LOG(ERR, "bad attributes (queues must be 1..%d)",
			 MPDK_MAX_QUEUES);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	/* After initialize, MTU and addresses may change; queues cannot
	 * (pollers own them). */
	if (__atomic_load_n(&adapter->state, __ATOMIC_ACQUIRE) !=
	    MPDK__A_INITIALIZING && attrs->n_queues != adapter->n_queues) {
		MPDK_LOG(ERR, "adapter '%s': the queue count cannot change",
			 adapter->name);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	adapter->attrs = *attrs;
	adapter->n_queues = attrs->n_queues;
	return MPDK_STATUS_SUCCESS;
}

void
mpdk_m_get_attributes(const struct mpdk_adapter *adapter,
		      struct mpdk_adapter_attrs *attrs)
{
	*attrs = adapter->attrs;
}

/* "<driver><n>" with the first n not taken; the driver part is cut to
 * leave room for the number. */
static int
pick_name(const char *driver, char name[MPDK_NAME_LEN])
{
	unsigned int tries;

	for (tries = 0; tries < 1000000; tries++) {
		char num[12];
		int nlen = snprintf(num, sizeof(num), "%u", adapter_seq++);
		size_t dlen = strnlen(driver, MPDK_NAME_LEN - 1 - (size_t)nlen);

		memcpy(name, driver, dlen);
		memcpy(name + dlen, num, (size_t)nlen + 1);
		if (mpdk_adapter_find(name) == NULL)
			return 0;
	}
	return -1;
}

/* Default queue of each lcore: lcore index modulo the queue count. */
static void
default_lcore_map(struct mpdk_adapter *a)
{
	unsigned int lcore;

	for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++) {
		int idx = rte_lcore_index((int)lcore);

		a->lcore_queue[lcore] = idx < 0 ? 0 : (uint16_t)(idx % a->n_queues);
	}
}

mpdk_status_t
mpdk_adapter_create(const char *driver, const struct mpdk_adapter_config *cfg,
		    struct mpdk_adapter **out)
{
	struct mpdk_miniport_driver *drv;
	struct mpdk_adapter *a;
	mpdk_status_t st;
	unsigned int q;

	if (driver == NULL || cfg == NULL || out == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (cfg->name != NULL && !mpdk__name_ok(cfg->name)) {
		MPDK_LOG(ERR, "adapter name empty or longer than %d",
			 MPDK_NAME_LEN - 1);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	if (cfg->n_queues > MPDK_MAX_QUEUES) {
		MPDK_LOG(ERR, "%u queues asked, at most %d", cfg->n_queues,
			 MPDK_MAX_QUEUES);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	drv = mpdk__miniport_find(driver);
	if (drv == NULL) {
		MPDK_LOG(ERR, "no miniport driver '%s'", driver);
		return MPDK_STATUS_NOT_FOUND;
	}
	if (cfg->name != NULL && mpdk_adapter_find(cfg->name) != NULL) {
		MPDK_LOG(ERR, "adapter '%s' exists", cfg->name);
		return MPDK_STATUS_ALREADY_EXISTS;
	}

	a = rte_zmalloc_socket("mpdk_adapter", sizeof(*a), RTE_CACHE_LINE_SIZE,
			       cfg->socket_id);
	if (a == NULL)
		return MPDK_STATUS_RESOURCES;
	if (cfg->name != NULL) {
		rte_strlcpy(a->name, cfg->name, sizeof(a->name));
	} else if (pick_name(drv->name, a->name) != 0) {
		rte_free(a);
		return MPDK_STATUS_RESOURCES;
	}
	a->drv = drv;
	a->socket_id = cfg->socket_id;
	a->state = MPDK__A_INITIALIZING;
	rte_spinlock_init(&a->ctl_lock);
	TAILQ_INIT(&a->all_bindings);
	mpdk__control_init(a);
	for (q = 0; q < MPDK_MAX_QUEUES; q++)
		rte_spinlock_init(&a->q[q].deferred_lock);

	drv->n_adapters++;
	st = drv->ops.initialize(drv->ctx, a, cfg, &a->ctx);
	if (st == MPDK_STATUS_SUCCESS && a->n_queues == 0) {
		MPDK_LOG(ERR, "miniport '%s' did not set attributes", drv->name);
		drv->ops.halt(a->ctx);
		st = MPDK_STATUS_FAILURE;
	}
	if (st != MPDK_STATUS_SUCCESS) {
		MPDK_LOG(ERR, "adapter '%s': initialize failed: %s", a->name,
			 mpdk_status_str(st));
		drv->n_adapters--;
		rte_free(a);
		return st;
	}
	default_lcore_map(a);
	__atomic_store_n(&a->state, MPDK__A_RUNNING, __ATOMIC_RELEASE);
	TAILQ_INSERT_TAIL(&adapters, a, link);
	*out = a;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_adapter_destroy(struct mpdk_adapter *a)
{
	struct mpdk_binding *b;
	unsigned int q;

	if (a == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	rte_spinlock_lock(&a->ctl_lock);
	if (a->op != MPDK__OP_NONE) {
		rte_spinlock_unlock(&a->ctl_lock);
		MPDK_LOG(ERR, "adapter '%s' is resetting, pausing or restarting",
			 a->name);
		return MPDK_STATUS_BUSY;
	}
	if (a->n_bindings > 0) {
		rte_spinlock_unlock(&a->ctl_lock);
		MPDK_LOG(ERR, "adapter '%s' has %u binding(s) not closed",
			 a->name, a->n_bindings);
		return MPDK_STATUS_BUSY;
	}
	for (q = 0; q < a->n_queues; q++) {
		if (a->q[q].poller != NULL) {
			rte_spinlock_unlock(&a->ctl_lock);
			MPDK_LOG(ERR, "adapter '%s' queue %u is owned by poller '%s'",
				 a->name, q, a->q[q].poller->name);
			return MPDK_STATUS_BUSY;
		}
	}
	__atomic_store_n(&a->state, MPDK__A_HALTING, __ATOMIC_RELEASE);
	rte_spinlock_unlock(&a->ctl_lock);

	a->drv->ops.halt(a->ctx);
	TAILQ_REMOVE(&adapters, a, link);
	a->drv->n_adapters--;
	while ((b = TAILQ_FIRST(&a->all_bindings)) != NULL) {
		TAILQ_REMOVE(&a->all_bindings, b, adapter_link);
		if (b->proto_linked)
			TAILQ_REMOVE(&b->proto->bindings, b, proto_link);
		rte_free(b);
	}
	mpdk_nbl_pool_free(a->clone_pool);
	rte_free(a);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_adapter_set_lcore_queue(struct mpdk_adapter *adapter, unsigned int lcore_id,
			     uint16_t queue)
{
	if (adapter == NULL || lcore_id >= RTE_MAX_LCORE ||
	    queue >= adapter->n_queues)
		return MPDK_STATUS_INVALID_PARAMETER;
	adapter->lcore_queue[lcore_id] = queue;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_adapter_queue_stats(const struct mpdk_adapter *adapter, uint16_t queue,
			 struct mpdk_send_stats *stats)
{
	if (adapter == NULL || stats == NULL || queue >= adapter->n_queues)
		return MPDK_STATUS_INVALID_PARAMETER;
	mpdk__counters_read(&adapter->q[queue].cnt, stats);
	return MPDK_STATUS_SUCCESS;
}
