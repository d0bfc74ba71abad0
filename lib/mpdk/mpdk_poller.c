/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Completion pollers: queue ownership, the poll step, the lcore loop, and
 * the poll step as a DPDK service.
 */

#include <errno.h>
#include <stdio.h>

#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_service.h>
#include <rte_service_component.h>
#include <rte_string_fns.h>

#include "mpdk_private.h"

mpdk_status_t
mpdk_poller_create(const char *name, unsigned int budget,
		   struct mpdk_poller **out)
{
	struct mpdk_poller *p;

	if (!mpdk__name_ok(name) || out == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	p = rte_zmalloc("mpdk_poller", sizeof(*p), RTE_CACHE_LINE_SIZE);
	if (p == NULL)
		return MPDK_STATUS_RESOURCES;
	rte_strlcpy(p->name, name, sizeof(p->name));
	p->budget = budget != 0 ? budget : MPDK_POLLER_DEFAULT_BUDGET;
	p->lcore_id = LCORE_ID_ANY;
	*out = p;
	return MPDK_STATUS_SUCCESS;
}

static bool
poller_running(const struct mpdk_poller *p)
{
	return __atomic_load_n(&p->running, __ATOMIC_ACQUIRE) != 0;
}

mpdk_status_t
mpdk_poller_destroy(struct mpdk_poller *p)
{
	if (p == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (poller_running(p))
		return MPDK_STATUS_BUSY;
	while (p->n_items > 0)
		mpdk_poller_remove_queue(p, p->items[0].adapter,
					 p->items[0].queue);
	rte_free(p);
	return MPDK_STATUS_SUCCESS;
}

static mpdk_status_t
add_one(struct mpdk_poller *p, struct mpdk_adapter *a, uint16_t q)
{
	struct mpdk__queue *qs = &a->q[q];

	if (qs->poller != NULL)
		return qs->poller == p ? MPDK_STATUS_SUCCESS :
			MPDK_STATUS_ALREADY_EXISTS;
	if (p->n_items == MPDK_POLLER_MAX_QUEUES)
		return MPDK_STATUS_RESOURCES;
	p->items[p->n_items].adapter = a;
	p->items[p->n_items].queue = q;
	p->items[p->n_items].done = 0;
	qs->owner_slot = (uint16_t)p->n_items++;
	__atomic_store_n(&qs->poller, p, __ATOMIC_RELEASE);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_poller_add_queue(struct mpdk_poller *p, struct mpdk_adapter *a,
		      uint16_t queue)
{
	mpdk_status_t st = MPDK_STATUS_SUCCESS;
	uint16_t q;

	if (p == NULL || a == NULL ||
	    (queue != MPDK_ALL_QUEUES && queue >= a->n_queues))
		return MPDK_STATUS_INVALID_PARAMETER;
	if (poller_running(p))
		return MPDK_STATUS_BUSY;
	rte_spinlock_lock(&a->ctl_lock);
	if (queue != MPDK_ALL_QUEUES) {
		st = add_one(p, a, queue);
	} else {
		/* All or nothing. */
		for (q = 0; q < a->n_queues; q++) {
			if (a->q[q].poller != NULL && a->q[q].poller != p) {
				st = MPDK_STATUS_ALREADY_EXISTS;
				break;
			}
		}
		if (st == MPDK_STATUS_SUCCESS &&
		    p->n_items + a->n_queues > MPDK_POLLER_MAX_QUEUES)
			st = MPDK_STATUS_RESOURCES;
		for (q = 0; st == MPDK_STATUS_SUCCESS && q < a->n_queues; q++)
			st = add_one(p, a, q);
	}
	rte_spinlock_unlock(&a->ctl_lock);
	if (st != MPDK_STATUS_SUCCESS)
		MPDK_LOG(ERR, "poller '%s': cannot take adapter '%s' queue %u: %s",
			 p->name, a->name, queue, mpdk_status_str(st));
	return st;
}

mpdk_status_t
mpdk_poller_remove_queue(struct mpdk_poller *p, struct mpdk_adapter *a,
			 uint16_t queue)
{
	unsigned int i;
	bool found = false;

	if (p == NULL || a == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (poller_running(p))
		return MPDK_STATUS_BUSY;
	rte_spinlock_lock(&a->ctl_lock);
	for (i = 0; i < p->n_items;) {
		struct mpdk__poll_item *it = &p->items[i];

		if (it->adapter != a ||
		    (queue != MPDK_ALL_QUEUES && it->queue != queue)) {
			i++;
			continue;
		}
		__atomic_store_n(&a->q[it->queue].poller, NULL,
				 __ATOMIC_RELEASE);
		found = true;
		*it = p->items[--p->n_items];
		if (i < p->n_items)
			it->adapter->q[it->queue].owner_slot = (uint16_t)i;
	}
	rte_spinlock_unlock(&a->ctl_lock);
	return found ? MPDK_STATUS_SUCCESS : MPDK_STATUS_NOT_FOUND;
}

unsigned int
mpdk_poller_poll(struct mpdk_poller *p)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	unsigned int i, work = 0;

	if (unlikely(p == NULL || lc->poller != NULL))
		return 0;
	lc->poller = p;
	for (i = 0; i < p->n_items; i++) {
		struct mpdk_adapter *a = p->items[i].adapter;
		uint16_t q = p->items[i].queue;

		if (a->drv->ops.poll != NULL)
			work += a->drv->ops.poll(a->ctx, q, p->budget);
		if (__atomic_load_n(&a->q[q].deferred_n, __ATOMIC_ACQUIRE) != 0)
			work += mpdk__drain_deferred(p, a, q);
		if (q == 0)
			mpdk__adapter_control(a);
	}
	mpdk__batch_flush(p);
	lc->poller = NULL;
	p->stats.steps++;
	if (work != 0)
		p->stats.busy_steps++;
	return work;
}

static int
poller_main(void *arg)
{
	struct mpdk_poller *p = arg;

	while (__atomic_load_n(&p->stop, __ATOMIC_ACQUIRE) == 0)
		mpdk_poller_poll(p);
	return 0;
}

mpdk_status_t
mpdk_poller_launch(struct mpdk_poller *p, unsigned int lcore_id)
{
	if (p == NULL || lcore_id >= RTE_MAX_LCORE ||
	    lcore_id == rte_get_main_lcore() || !rte_lcore_is_enabled(lcore_id))
		return MPDK_STATUS_INVALID_PARAMETER;
	if (poller_running(p))
		return MPDK_STATUS_BUSY;
	__atomic_store_n(&p->stop, 0, __ATOMIC_RELEASE);
	__atomic_store_n(&p->running, 1, __ATOMIC_RELEASE);
	if (rte_eal_remote_launch(poller_main, p, lcore_id) != 0) {
		__atomic_store_n(&p->running, 0, __ATOMIC_RELEASE);
		return MPDK_STATUS_BUSY;
	}
	p->lcore_id = lcore_id;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_poller_stop(struct mpdk_poller *p)
{
	if (p == NULL || !poller_running(p) || p->service)
		return MPDK_STATUS_INVALID_PARAMETER;
	__atomic_store_n(&p->stop, 1, __ATOMIC_RELEASE);
	rte_eal_wait_lcore(p->lcore_id);
	p->lcore_id = LCORE_ID_ANY;
	__atomic_store_n(&p->running, 0, __ATOMIC_RELEASE);
	return MPDK_STATUS_SUCCESS;
}

/* The service callback: one poll step.  DPDK runs it on one service
 * lcore at a time (the service is not MT-safe), as a poller must be. */
static int32_t
poller_service_run(void *arg)
{
	mpdk_poller_poll(arg);
	return 0;
}

mpdk_status_t
mpdk_poller_service_register(struct mpdk_poller *p, uint32_t *service_id)
{
	struct rte_service_spec spec = {
		.callback = poller_service_run,
		.callback_userdata = p,
		.capabilities = 0,
		.socket_id = SOCKET_ID_ANY,
	};
	uint32_t id;
	int rc;

	if (p == NULL || service_id == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (poller_running(p))
		return MPDK_STATUS_BUSY;
	/* "mpdk_" and the poller's name, as far as DPDK's 31 characters go. */
	snprintf(spec.name, sizeof(spec.name), "mpdk_%.26s", p->name);
	rc = rte_service_component_register(&spec, &id);
	if (rc != 0) {
		MPDK_LOG(ERR, "poller '%s': cannot register service '%s': %s",
			 p->name, spec.name, rte_strerror(-rc));
		return rc == -EINVAL ? MPDK_STATUS_INVALID_PARAMETER :
				       MPDK_STATUS_RESOURCES;
	}
	p->service = true;
	p->service_id = id;
	__atomic_store_n(&p->running, 1, __ATOMIC_RELEASE);
	/* Ours is ready; the application maps it to a service lcore and
	 * sets its own run state (rte_service_runstate_set). */
	rte_service_component_runstate_set(id, 1);
	*service_id = id;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_poller_service_unregister(struct mpdk_poller *p)
{
	uint64_t deadline;

	if (p == NULL || !p->service)
		return MPDK_STATUS_INVALID_PARAMETER;
	/* No new step starts after this; wait for the one running. */
	rte_service_component_runstate_set(p->service_id, 0);
	deadline = rte_get_timer_cycles() + rte_get_timer_hz();
	while (rte_service_may_be_active(p->service_id) == 1) {
		if (rte_get_timer_cycles() > deadline) {
			rte_service_component_runstate_set(p->service_id, 1);
			MPDK_LOG(ERR, "poller '%s': its service step did not end",
				 p->name);
			return MPDK_STATUS_BUSY;
		}
		rte_pause();
	}
	rte_service_component_unregister(p->service_id);
	p->service = false;
	__atomic_store_n(&p->running, 0, __ATOMIC_RELEASE);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_poller_stats_get(const struct mpdk_poller *p,
		      struct mpdk_poller_stats *stats)
{
	if (p == NULL || stats == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	stats->steps = MPDK__READ(&p->stats.steps);
	stats->busy_steps = MPDK__READ(&p->stats.busy_steps);
	stats->completions = MPDK__READ(&p->stats.completions);
	stats->complete_calls = MPDK__READ(&p->stats.complete_calls);
	return MPDK_STATUS_SUCCESS;
}
