/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Driver registration: miniport and protocol characteristics
 * (NdisMRegisterMiniportDriver, NdisRegisterProtocolDriver).
 */

#include <string.h>

#include <rte_malloc.h>
#include <rte_string_fns.h>
#include <rte_tailq.h>

#include "mpdk_private.h"

static TAILQ_HEAD(, mpdk_miniport_driver) miniports =
	TAILQ_HEAD_INITIALIZER(miniports);
static TAILQ_HEAD(, mpdk_protocol_driver) protocols =
	TAILQ_HEAD_INITIALIZER(protocols);

/* Log which mandatory handler is missing; true if all are there. */
static bool
check_handler(const char *kind, const char *name, const void *fn,
	      const char *field)
{
	if (fn != NULL)
		return true;
	MPDK_LOG(ERR, "%s driver '%s': mandatory handler '%s' is missing",
		 kind, name != NULL ? name : "(null)", field);
	return false;
}

#define CHECK_OP(kind, ops, field) \
	check_handler(kind, (ops)->name, (const void *)(uintptr_t)(ops)->field, \
		      #field)

struct mpdk_miniport_driver *
mpdk__miniport_find(const char *name)
{
	struct mpdk_miniport_driver *drv;

	if (name == NULL)
		return NULL;
	TAILQ_FOREACH(drv, &miniports, link)
		if (strcmp(drv->name, name) == 0)
			return drv;
	return NULL;
}

mpdk_status_t
mpdk_miniport_register(const struct mpdk_miniport_ops *ops, void *driver_ctx,
		       struct mpdk_miniport_driver **out)
{
	struct mpdk_miniport_driver *drv;
	bool ok;

	if (ops == NULL || out == NULL) {
		MPDK_LOG(ERR, "miniport registration: %s is NULL",
			 ops == NULL ? "ops" : "out");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	if (!mpdk__initialized()) {
		MPDK_LOG(ERR, "miniport registration before mpdk_init()");
		return MPDK_STATUS_ADAPTER_NOT_READY;
	}
	if (!mpdk__name_ok(ops->name)) {
		MPDK_LOG(ERR, "miniport registration: name missing or longer than %d",
			 MPDK_NAME_LEN - 1);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	ok = CHECK_OP("miniport", ops, initialize);
	ok &= CHECK_OP("miniport", ops, halt);
	ok &= CHECK_OP("miniport", ops, send_nbls);
	ok &= CHECK_OP("miniport", ops, return_nbls);
	if (!ok)
		return MPDK_STATUS_INVALID_PARAMETER;

	rte_spinlock_lock(&mpdk__global_lock);
	if (mpdk__miniport_find(ops->name) != NULL) {
		rte_spinlock_unlock(&mpdk__global_lock);
		MPDK_LOG(ERR, "miniport '%s' is already registered", ops->name);
		return MPDK_STATUS_ALREADY_EXISTS;
	}
	drv = rte_zmalloc("mpdk_miniport", sizeof(*drv), 0);
	if (drv == NULL) {
		rte_spinlock_unlock(&mpdk__global_lock);
		return MPDK_STATUS_RESOURCES;
	}
	drv->ops = *ops;
	drv->ctx = driver_ctx;
	rte_strlcpy(drv->name, ops->name, sizeof(drv->name));
	drv->ops.name = drv->name;
	TAILQ_INSERT_TAIL(&miniports, drv, link);
	rte_spinlock_unlock(&mpdk__global_lock);
	*out = drv;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_miniport_deregister(struct mpdk_miniport_driver *drv)
{
	if (drv == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	rte_spinlock_lock(&mpdk__global_lock);
	if (drv->n_adapters > 0) {
		rte_spinlock_unlock(&mpdk__global_lock);
		MPDK_LOG(ERR, "miniport '%s' still has %u adapter(s)", drv->name,
			 drv->n_adapters);
		return MPDK_STATUS_BUSY;
	}
	TAILQ_REMOVE(&miniports, drv, link);
	rte_spinlock_unlock(&mpdk__global_lock);
	rte_free(drv);
	return MPDK_STATUS_SUCCESS;
}

struct mpdk_protocol_driver *
mpdk_protocol_find(const char *name)
{
	struct mpdk_protocol_driver *p;

	if (name == NULL)
		return NULL;
	TAILQ_FOREACH(p, &protocols, link)
		if (strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

mpdk_status_t
mpdk_protocol_register(const struct mpdk_protocol_ops *ops, void *proto_ctx,
		       struct mpdk_protocol_driver **out)
{
	struct mpdk_protocol_driver *p;
	bool ok;

	if (ops == NULL || out == NULL) {
		MPDK_LOG(ERR, "protocol registration: %s is NULL",
			 ops == NULL ? "ops" : "out");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	if (!mpdk__initialized()) {
		MPDK_LOG(ERR, "protocol registration before mpdk_init()");
		return MPDK_STATUS_ADAPTER_NOT_READY;
	}
	if (!mpdk__name_ok(ops->name)) {
		MPDK_LOG(ERR, "protocol registration: name missing or longer than %d",
			 MPDK_NAME_LEN - 1);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	ok = CHECK_OP("protocol", ops, bind_adapter);
	ok &= CHECK_OP("protocol", ops, unbind_adapter);
	ok &= CHECK_OP("protocol", ops, send_nbls_complete);
	ok &= CHECK_OP("protocol", ops, receive_nbls);
	if (!ok)
		return MPDK_STATUS_INVALID_PARAMETER;

	rte_spinlock_lock(&mpdk__global_lock);
	if (mpdk_protocol_find(ops->name) != NULL) {
		rte_spinlock_unlock(&mpdk__global_lock);
		MPDK_LOG(ERR, "protocol '%s' is already registered", ops->name);
		return MPDK_STATUS_ALREADY_EXISTS;
	}
	p = rte_zmalloc("mpdk_protocol", sizeof(*p), 0);
	if (p == NULL) {
		rte_spinlock_unlock(&mpdk__global_lock);
		return MPDK_STATUS_RESOURCES;
	}
	p->ops = *ops;
	p->ctx = proto_ctx;
	rte_strlcpy(p->name, ops->name, sizeof(p->name));
	p->ops.name = p->name;
	TAILQ_INIT(&p->bindings);
	TAILQ_INSERT_TAIL(&protocols, p, link);
	rte_spinlock_unlock(&mpdk__global_lock);
	*out = p;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_protocol_deregister(struct mpdk_protocol_driver *proto)
{
	struct mpdk_binding *b, *tmp;

	if (proto == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	TAILQ_FOREACH(b, &proto->bindings, proto_link) {
		if (__atomic_load_n(&b->state, __ATOMIC_ACQUIRE) !=
		    MPDK__B_CLOSED) {
			MPDK_LOG(ERR, "protocol '%s' has a binding still open",
				 proto->name);
			return MPDK_STATUS_BUSY;
		}
	}
	rte_spinlock_lock(&mpdk__global_lock);
	TAILQ_REMOVE(&protocols, proto, link);
	rte_spinlock_unlock(&mpdk__global_lock);
	/* Closed bindings stay with their adapter (a poller may still hold a
	 * stale pointer from the bindings table) and die with it. */
	RTE_TAILQ_FOREACH_SAFE(b, &proto->bindings, proto_link, tmp) {
		TAILQ_REMOVE(&proto->bindings, b, proto_link);
		b->proto_linked = false;
	}
	rte_free(proto);
	return MPDK_STATUS_SUCCESS;
}
