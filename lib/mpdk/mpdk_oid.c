/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * OID requests (NdisOidRequest, MiniportOidRequest, NdisMOidRequestComplete):
 * at most one request per adapter at the miniport, the others queued in
 * order.  A request the miniport finishes at once, with nothing queued
 * before it, returns its status to the caller; every other one completes
 * through the protocol's oid_request_complete handler, delivered by the
 * control step of the poller that owns the adapter's queue 0.
 */

#include <string.h>
#include <strings.h>

#include <rte_cycles.h>

#include "mpdk_private.h"

static const struct {
	const char *name;
	uint32_t oid;
	enum mpdk_oid_kind kind;
} oid_names[] = {
	{ "OID_GEN_SUPPORTED_LIST", MPDK_OID_GEN_SUPPORTED_LIST, MPDK_OID_KIND_U32_LIST },
	{ "OID_GEN_HARDWARE_STATUS", MPDK_OID_GEN_HARDWARE_STATUS, MPDK_OID_KIND_U32 },
	{ "OID_GEN_MEDIA_SUPPORTED", MPDK_OID_GEN_MEDIA_SUPPORTED, MPDK_OID_KIND_U32 },
	{ "OID_GEN_MEDIA_IN_USE", MPDK_OID_GEN_MEDIA_IN_USE, MPDK_OID_KIND_U32 },
	{ "OID_GEN_MAXIMUM_LOOKAHEAD", MPDK_OID_GEN_MAXIMUM_LOOKAHEAD, MPDK_OID_KIND_U32 },
	{ "OID_GEN_MAXIMUM_FRAME_SIZE", MPDK_OID_GEN_MAXIMUM_FRAME_SIZE, MPDK_OID_KIND_U32 },
	{ "OID_GEN_LINK_SPEED", MPDK_OID_GEN_LINK_SPEED, MPDK_OID_KIND_U32 },
	{ "OID_GEN_VENDOR_ID", MPDK_OID_GEN_VENDOR_ID, MPDK_OID_KIND_U32 },
	{ "OID_GEN_VENDOR_DESCRIPTION", MPDK_OID_GEN_VENDOR_DESCRIPTION, MPDK_OID_KIND_STRING },
	{ "OID_GEN_CURRENT_PACKET_FILTER", MPDK_OID_GEN_CURRENT_PACKET_FILTER, MPDK_OID_KIND_U32 },
	{ "OID_GEN_CURRENT_LOOKAHEAD", MPDK_OID_GEN_CURRENT_LOOKAHEAD, MPDK_OID_KIND_U32 },
	{ "OID_GEN_DRIVER_VERSION", MPDK_OID_GEN_DRIVER_VERSION, MPDK_OID_KIND_U16 },
	{ "OID_GEN_MAXIMUM_TOTAL_SIZE", MPDK_OID_GEN_MAXIMUM_TOTAL_SIZE, MPDK_OID_KIND_U32 },
	{ "OID_GEN_MEDIA_CONNECT_STATUS", MPDK_OID_GEN_MEDIA_CONNECT_STATUS, MPDK_OID_KIND_U32 },
	{ "OID_GEN_VENDOR_DRIVER_VERSION", MPDK_OID_GEN_VENDOR_DRIVER_VERSION, MPDK_OID_KIND_U32 },
	{ "OID_GEN_MAX_LINK_SPEED", MPDK_OID_GEN_MAX_LINK_SPEED, MPDK_OID_KIND_U64 },
	{ "OID_GEN_LINK_STATE", MPDK_OID_GEN_LINK_STATE, MPDK_OID_KIND_LINK_STATE },
	{ "OID_GEN_XMIT_OK", MPDK_OID_GEN_XMIT_OK, MPDK_OID_KIND_U64 },
	{ "OID_GEN_RCV_OK", MPDK_OID_GEN_RCV_OK, MPDK_OID_KIND_U64 },
	{ "OID_GEN_XMIT_ERROR", MPDK_OID_GEN_XMIT_ERROR, MPDK_OID_KIND_U64 },
	{ "OID_GEN_RCV_ERROR", MPDK_OID_GEN_RCV_ERROR, MPDK_OID_KIND_U64 },
	{ "OID_GEN_RCV_NO_BUFFER", MPDK_OID_GEN_RCV_NO_BUFFER, MPDK_OID_KIND_U64 },
	{ "OID_GEN_BYTES_RCV", MPDK_OID_GEN_BYTES_RCV, MPDK_OID_KIND_U64 },
	{ "OID_GEN_BYTES_XMIT", MPDK_OID_GEN_BYTES_XMIT, MPDK_OID_KIND_U64 },
	{ "OID_GEN_RCV_DISCARDS", MPDK_OID_GEN_RCV_DISCARDS, MPDK_OID_KIND_U64 },
	{ "OID_802_3_PERMANENT_ADDRESS", MPDK_OID_802_3_PERMANENT_ADDRESS, MPDK_OID_KIND_MAC },
	{ "OID_802_3_CURRENT_ADDRESS", MPDK_OID_802_3_CURRENT_ADDRESS, MPDK_OID_KIND_MAC },
	{ "OID_802_3_MULTICAST_LIST", MPDK_OID_802_3_MULTICAST_LIST, MPDK_OID_KIND_MAC_LIST },
	{ "OID_802_3_MAXIMUM_LIST_SIZE", MPDK_OID_802_3_MAXIMUM_LIST_SIZE, MPDK_OID_KIND_U32 },
	{ "OID_MPDK_TX_QUEUE_COUNT", MPDK_OID_MPDK_TX_QUEUE_COUNT, MPDK_OID_KIND_U32 },
	{ "OID_MPDK_RX_QUEUE_COUNT", MPDK_OID_MPDK_RX_QUEUE_COUNT, MPDK_OID_KIND_U32 },
	{ "OID_MPDK_XSTAT", MPDK_OID_MPDK_XSTAT, MPDK_OID_KIND_XSTAT },
	{ "OID_MPDK_DRIVER_NAME", MPDK_OID_MPDK_DRIVER_NAME, MPDK_OID_KIND_STRING },
};

const char *
mpdk_oid_name(uint32_t oid)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(oid_names); i++)
		if (oid_names[i].oid == oid)
			return oid_names[i].name;
	return NULL;
}

int
mpdk_oid_from_name(const char *name, uint32_t *oid, enum mpdk_oid_kind *kind)
{
	unsigned int i;

	if (name == NULL || oid == NULL)
		return -1;
	for (i = 0; i < RTE_DIM(oid_names); i++) {
		if (strcasecmp(oid_names[i].name, name) == 0) {
			*oid = oid_names[i].oid;
			if (kind != NULL)
				*kind = oid_names[i].kind;
			return 0;
		}
	}
	return -1;
}

uint32_t
mpdk_oid_known(unsigned int n)
{
	return n < RTE_DIM(oid_names) ? oid_names[n].oid : 0;
}

mpdk_status_t
mpdk_oid_answer(struct mpdk_oid_request *req, const void *data, uint32_t len)
{
	if (req->buf_len < len) {
		req->bytes_written = 0;
		req->bytes_needed = len;
		return MPDK_STATUS_BUFFER_TOO_SHORT;
	}
	memcpy(req->buf, data, len);
	req->bytes_written = len;
	req->bytes_needed = 0;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_oid_answer_u32(struct mpdk_oid_request *req, uint32_t v)
{
	return mpdk_oid_answer(req, &v, sizeof(v));
}

mpdk_status_t
mpdk_oid_answer_counter(struct mpdk_oid_request *req, uint64_t v)
{
	uint32_t low = (uint32_t)v;

	if (req->buf_len >= sizeof(v))
		return mpdk_oid_answer(req, &v, sizeof(v));
	if (req->buf_len >= sizeof(low)) {
		mpdk_oid_answer(req, &low, sizeof(low));
		req->bytes_needed = sizeof(v); /* what a whole counter takes */
		return MPDK_STATUS_SUCCESS;
	}
	req->bytes_written = 0;
	req->bytes_needed = sizeof(v);
	return MPDK_STATUS_BUFFER_TOO_SHORT;
}

mpdk_status_t
mpdk_oid_take(struct mpdk_oid_request *req, void *data, uint32_t len)
{
	if (req->buf_len < len) {
		req->bytes_written = 0;
		req->bytes_needed = len;
		return MPDK_STATUS_INVALID_LENGTH;
	}
	memcpy(data, req->buf, len);
	req->bytes_written = len;
	req->bytes_needed = 0;
	return MPDK_STATUS_SUCCESS;
}

/* Hand a finished request to its protocol (control step, no lock held). */
static void
oid_deliver(struct mpdk_adapter *a, struct mpdk_oid_request *req,
	    mpdk_status_t st)
{
	struct mpdk_binding *b = req->lib_binding;

	req->status = st;
	req->lib_state = MPDK__OID_IDLE;
	MPDK__ADD(&a->stats.oids, 1);
	if (st == MPDK_STATUS_REQUEST_ABORTED)
		MPDK__ADD(&a->stats.oids_aborted, 1);
	b->proto->ops.oid_request_complete(b->ctx, req, st);
	/* After the handler, as for sends: a drained count means the
	 * protocol has seen the completion. */
	__atomic_fetch_add(&b->rx.oids_done, 1, __ATOMIC_RELEASE);
}

/* Make @p req the request at the miniport; oid_lock held. */
static inline void
oid_make_current(struct mpdk_adapter *a, struct mpdk_oid_request *req)
{
	a->oid_cur = req;
	a->oid_cur_seq++;       /* hang detection reports each request once */
	req->lib_state = MPDK__OID_DISPATCHING;
}

/* Queue a request the miniport finished for delivery by the control
 * step; oid_lock held. */
static inline void
oid_done_push(struct mpdk_adapter *a, struct mpdk_oid_request *req)
{
	a->oid_cur = NULL;
	req->lib_state = MPDK__OID_COMPLETING;
	req->lib_next = NULL;
	if (a->oid_done_tail != NULL)
		a->oid_done_tail->lib_next = req;
	else
		a->oid_done_head = req;
	a->oid_done_tail = req;
}

/*
 * Give @p req (the current request, DISPATCHING) to the miniport.
 * PENDING: the miniport owns it, or completed it before its handler
 * returned (allowed, as in NDIS: it is queued for delivery now).  Any
 * other status: the request is off the miniport and the caller finishes
 * it with that status, once.  A handler that answers at once and also
 * called mpdk_m_oid_request_complete() completed twice: the returned
 * status wins and the extra completion is dropped, so the requester hears
 * once and the binding's OID counts stay paired.  oid_cur stays set
 * while the handler runs, so no other request reaches the miniport
 * meanwhile.
 */
static mpdk_status_t
oid_dispatch(struct mpdk_adapter *a, struct mpdk_oid_request *req)
{
	mpdk_status_t st = MPDK_STATUS_NOT_SUPPORTED;
	bool twice;

	if (a->drv->ops.oid_request != NULL)
		st = a->drv->ops.oid_request(a->ctx, req);
	rte_spinlock_lock(&a->oid_lock);
	twice = req->lib_state == MPDK__OID_DONE_IN_HANDLER;
	if (st == MPDK_STATUS_PENDING) {
		if (twice)
			oid_done_push(a, req);
		else
			req->lib_state = MPDK__OID_AT_MINIPORT;
		rte_spinlock_unlock(&a->oid_lock);
		if (twice)
			mpdk__kick(a);
		return st;
	}
	a->oid_cur = NULL;
	req->lib_state = MPDK__OID_IDLE;
	rte_spinlock_unlock(&a->oid_lock);
	if (unlikely(twice)) {
#ifdef MPDK_DEBUG
		mpdk__debug_violation("OID request answered at once and completed through mpdk_m_oid_request_complete() too",
				      NULL);
#else
		MPDK_LOG(ERR, "adapter '%s': OID request answered at once and completed too; completion ignored",
			 a->name);
#endif
	}
	return st;
}

/* A closing binding's queued request never reaches the miniport: it
 * completes REQUEST_ABORTED.  The close aborts what is queued at its next
 * control step, but the request ahead may complete first and this one
 * would go next. */
static bool
oid_binding_closing(const struct mpdk_oid_request *req)
{
	return __atomic_load_n(&req->lib_binding->state, __ATOMIC_ACQUIRE) !=
		MPDK__B_OPEN;
}

mpdk_status_t
mpdk_oid_request(struct mpdk_binding *b, struct mpdk_oid_request *req)
{
	struct mpdk_adapter *a;
	mpdk_status_t st;
	bool now;

	if (b == NULL || req == NULL || (req->buf == NULL && req->buf_len != 0) ||
	    req->type > MPDK_OID_METHOD)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (b->proto->ops.oid_request_complete == NULL) {
		MPDK_LOG(ERR, "protocol '%s' has no oid_request_complete handler",
			 b->proto->name);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
#ifdef MPDK_DEBUG
	if (req->lib_state != MPDK__OID_IDLE) {
		mpdk__debug_violation("OID request submitted while outstanding",
				      NULL);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
#endif
	a = b->adapter;
	req->bytes_written = 0;
	req->bytes_needed = 0;
	req->lib_binding = b;
	req->lib_next = NULL;
	req->lib_submit_tsc = rte_get_timer_cycles();

	/* Count, then the gates (see binding_drained()). */
	__atomic_fetch_add(&b->rx.oids_started, 1, __ATOMIC_SEQ_CST);
	st = mpdk__binding_gate(b);
	if (st == MPDK_STATUS_SUCCESS &&
	    __atomic_load_n(&a->state, __ATOMIC_SEQ_CST) == MPDK__A_RESETTING)
		st = MPDK_STATUS_RESET_IN_PROGRESS;
	if (st != MPDK_STATUS_SUCCESS) {
		__atomic_fetch_sub(&b->rx.oids_started, 1, __ATOMIC_SEQ_CST);
		req->status = st;
		return st;
	}

	/* Before the request is visible: the control step may complete a
	 * queued one before this call returns. */
	req->status = MPDK_STATUS_PENDING;
	rte_spinlock_lock(&a->oid_lock);
	now = a->oid_cur == NULL && a->oid_head == NULL;
	if (now) {
		oid_make_current(a, req);
	} else {
		req->lib_state = MPDK__OID_QUEUED;
		if (a->oid_tail != NULL)
			a->oid_tail->lib_next = req;
		else
			a->oid_head = req;
		a->oid_tail = req;
	}
	rte_spinlock_unlock(&a->oid_lock);
	if (!now)
		return MPDK_STATUS_PENDING;

	st = oid_dispatch(a, req);
	if (st == MPDK_STATUS_PENDING)
		return st;
	/* Done at once: the caller gets the status, no callback. */
	req->status = st;
	MPDK__ADD(&a->stats.oids, 1);
	__atomic_fetch_add(&b->rx.oids_done, 1, __ATOMIC_RELEASE);
	mpdk__kick(a); /* requests queued meanwhile go next */
	return st;
}

void
mpdk_m_oid_request_complete(struct mpdk_adapter *a, struct mpdk_oid_request *req,
			    mpdk_status_t st)
{
	rte_spinlock_lock(&a->oid_lock);
	if (req != a->oid_cur || (req->lib_state != MPDK__OID_AT_MINIPORT &&
				  req->lib_state != MPDK__OID_DISPATCHING)) {
		rte_spinlock_unlock(&a->oid_lock);
#ifdef MPDK_DEBUG
		mpdk__debug_violation("OID completed twice, or never pended", NULL);
#else
		MPDK_LOG(ERR, "adapter '%s': completion of an OID request not at the miniport",
			 a->name);
#endif
		return;
	}
	if (st == MPDK_STATUS_PENDING || (uint32_t)st >= MPDK_STATUS__COUNT)
		st = MPDK_STATUS_FAILURE;
	req->status = st;
	if (req->lib_state == MPDK__OID_DISPATCHING) {
		/* Inside the handler: what it returns decides (oid_dispatch()). */
		req->lib_state = MPDK__OID_DONE_IN_HANDLER;
		rte_spinlock_unlock(&a->oid_lock);
		return;
	}
	oid_done_push(a, req);
	rte_spinlock_unlock(&a->oid_lock);
	mpdk__kick(a);
}

/* Abort the queued requests of @p b (all bindings when NULL). */
void
mpdk__oid_abort_queued(struct mpdk_adapter *a, struct mpdk_binding *b)
{
	struct mpdk_oid_request *keep = NULL, **keepp = &keep, *abort = NULL;
	struct mpdk_oid_request **abortp = &abort, *req, *next;

	rte_spinlock_lock(&a->oid_lock);
	for (req = a->oid_head; req != NULL; req = next) {
		next = req->lib_next;
		req->lib_next = NULL;
		if (b == NULL || req->lib_binding == b) {
			*abortp = req;
			abortp = &req->lib_next;
		} else {
			*keepp = req;
			keepp = &req->lib_next;
		}
	}
	a->oid_head = keep;
	a->oid_tail = keep != NULL ?
		container_of(keepp, struct mpdk_oid_request, lib_next) : NULL;
	rte_spinlock_unlock(&a->oid_lock);

	for (req = abort; req != NULL; req = next) {
		next = req->lib_next;
		oid_deliver(a, req, MPDK_STATUS_REQUEST_ABORTED);
	}
}

bool
mpdk__oid_idle(struct mpdk_adapter *a)
{
	bool idle;

	rte_spinlock_lock(&a->oid_lock);
	idle = a->oid_cur == NULL && a->oid_head == NULL &&
	       a->oid_done_head == NULL;
	rte_spinlock_unlock(&a->oid_lock);
	return idle;
}

/* Control step: deliver what the miniport finished, then start the next
 * queued request (several, while the miniport answers at once). */
void
mpdk__oid_control(struct mpdk_adapter *a)
{
	struct mpdk_oid_request *done, *req, *next;
	mpdk_status_t st;
	bool abort, resetting;

	rte_spinlock_lock(&a->oid_lock);
	done = a->oid_done_head;
	a->oid_done_head = NULL;
	a->oid_done_tail = NULL;
	rte_spinlock_unlock(&a->oid_lock);
	for (req = done; req != NULL; req = next) {
		next = req->lib_next;
		oid_deliver(a, req, (mpdk_status_t)req->status);
	}

	for (;;) {
		/* Nothing goes to a resetting miniport: the reset aborts what
		 * is queued, after RESET_START (op_step()). */
		resetting = __atomic_load_n(&a->state, __ATOMIC_ACQUIRE) ==
			MPDK__A_RESETTING;
		abort = false;
		rte_spinlock_lock(&a->oid_lock);
		req = a->oid_cur == NULL && !resetting ? a->oid_head : NULL;
		if (req != NULL) {
			a->oid_head = req->lib_next;
			if (a->oid_head == NULL)
				a->oid_tail = NULL;
			req->lib_next = NULL;
			abort = oid_binding_closing(req);
			if (!abort)
				oid_make_current(a, req);
		}
		rte_spinlock_unlock(&a->oid_lock);
		if (req == NULL)
			return;
		if (abort) {
			oid_deliver(a, req, MPDK_STATUS_REQUEST_ABORTED);
			continue;
		}
		st = oid_dispatch(a, req);
		if (st == MPDK_STATUS_PENDING)
			return;
		oid_deliver(a, req, st);
	}
}
