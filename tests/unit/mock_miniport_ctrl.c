/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The mock miniport's control path (mock_miniport.h): the OID request
 * handler and its fake OID table, reset, pause, restart and cancel_send
 * handlers and their later completions, and status indications.
 */

#include <string.h>

#include "mock_miniport.h"
#include "mock_miniport_priv.h"

static const uint32_t fake_oids[] = {
	MPDK_OID_GEN_SUPPORTED_LIST,
	MPDK_OID_GEN_MAXIMUM_FRAME_SIZE,
	MPDK_OID_GEN_LINK_SPEED,
	MPDK_OID_GEN_VENDOR_DESCRIPTION,
	MPDK_OID_GEN_CURRENT_PACKET_FILTER,
	MPDK_OID_GEN_DRIVER_VERSION,
	MPDK_OID_GEN_XMIT_OK,
	MPDK_OID_GEN_RCV_OK,
	MPDK_OID_802_3_PERMANENT_ADDRESS,
	MPDK_OID_802_3_CURRENT_ADDRESS,
	MPDK_OID_MPDK_XSTAT,
};

/* Known to mpdk but not in this table, or not for this request type. */
static mpdk_status_t
fake_unsupported(const struct mpdk_oid_request *req)
{
	return mpdk_oid_name(req->oid) != NULL ? MPDK_STATUS_NOT_SUPPORTED :
		MPDK_STATUS_INVALID_OID;
}

static mpdk_status_t
fake_query(struct mock_adapter *ma, struct mpdk_oid_request *req)
{
	static const char descr[] = MOCK_FAKE_DESCR;
	uint16_t ver = 0x0600;

	switch (req->oid) {
	case MPDK_OID_GEN_SUPPORTED_LIST:
		return mpdk_oid_answer(req, fake_oids, sizeof(fake_oids));
	case MPDK_OID_GEN_MAXIMUM_FRAME_SIZE:
		return mpdk_oid_answer_u32(req, ma->fake_mtu);
	case MPDK_OID_GEN_LINK_SPEED:
		return mpdk_oid_answer_u32(req, MOCK_FAKE_LINK_SPEED);
	case MPDK_OID_GEN_VENDOR_DESCRIPTION:
		return mpdk_oid_answer(req, descr, sizeof(descr));
	case MPDK_OID_GEN_CURRENT_PACKET_FILTER:
		return mpdk_oid_answer_u32(req, ma->fake_filter);
	case MPDK_OID_GEN_DRIVER_VERSION:
		return mpdk_oid_answer(req, &ver, sizeof(ver));
	case MPDK_OID_GEN_XMIT_OK:
		return mpdk_oid_answer_counter(req, MOCK_FAKE_XMIT_OK);
	case MPDK_OID_GEN_RCV_OK:
		return mpdk_oid_answer_counter(req, MOCK_FAKE_RCV_OK);
	case MPDK_OID_802_3_PERMANENT_ADDRESS:
		return mpdk_oid_answer(req, &ma->fake_perm_mac, RTE_ETHER_ADDR_LEN);
	case MPDK_OID_802_3_CURRENT_ADDRESS:
		return mpdk_oid_answer(req, &ma->fake_mac, RTE_ETHER_ADDR_LEN);
	default:
		return fake_unsupported(req);
	}
}

static mpdk_status_t
fake_set(struct mock_adapter *ma, struct mpdk_oid_request *req)
{
	struct rte_ether_addr mac;
	mpdk_status_t st;
	uint32_t v;

	switch (req->oid) {
	case MPDK_OID_GEN_MAXIMUM_FRAME_SIZE:
		st = mpdk_oid_take(req, &v, sizeof(v));
		if (st != MPDK_STATUS_SUCCESS)
			return st;
		if (v < MOCK_MTU_MIN || v > MOCK_MTU_MAX)
			return MPDK_STATUS_INVALID_DATA;
		ma->fake_mtu = v;
		return MPDK_STATUS_SUCCESS;
	case MPDK_OID_GEN_CURRENT_PACKET_FILTER:
		st = mpdk_oid_take(req, &v, sizeof(v));
		if (st != MPDK_STATUS_SUCCESS)
			return st;
		if (v & ~MOCK_FAKE_FILTER_BITS)
			return MPDK_STATUS_NOT_SUPPORTED;
		ma->fake_filter = v;
		return MPDK_STATUS_SUCCESS;
	case MPDK_OID_802_3_CURRENT_ADDRESS:
		st = mpdk_oid_take(req, &mac, RTE_ETHER_ADDR_LEN);
		if (st != MPDK_STATUS_SUCCESS)
			return st;
		if (!rte_is_valid_assigned_ether_addr(&mac))
			return MPDK_STATUS_INVALID_DATA;
		ma->fake_mac = mac;
		return MPDK_STATUS_SUCCESS;
	default:
		return fake_unsupported(req);
	}
}

static mpdk_status_t
fake_method(struct mock_adapter *ma __rte_unused, struct mpdk_oid_request *req)
{
	char name[64];
	uint64_t v = MOCK_FAKE_XSTAT_VALUE;

	if (req->oid != MPDK_OID_MPDK_XSTAT)
		return fake_unsupported(req);
	if (req->input_len == 0 || req->input_len > req->buf_len ||
	    req->input_len > sizeof(name)) {
		req->bytes_needed = req->input_len == 0 ? 1 : req->input_len;
		return MPDK_STATUS_INVALID_LENGTH;
	}
	memcpy(name, req->buf, req->input_len);
	name[req->input_len - 1] = '\0';
	if (strcmp(name, MOCK_FAKE_XSTAT_NAME) != 0)
		return MPDK_STATUS_INVALID_DATA;
	return mpdk_oid_answer(req, &v, sizeof(v));
}

mpdk_status_t
mock_oid_table(struct mock_adapter *ma, struct mpdk_oid_request *req)
{
	switch (req->type) {
	case MPDK_OID_QUERY:
		return fake_query(ma, req);
	case MPDK_OID_SET:
		return fake_set(ma, req);
	default:
		return fake_method(ma, req);
	}
}

mpdk_status_t
mock_oid_request(void *ctx, struct mpdk_oid_request *req)
{
	struct mock_adapter *ma = ctx;
	mpdk_status_t st;

	if (ma->on_ctl != NULL)
		ma->on_ctl(ma, "oid", ma->ctl_hook_arg);
	rte_spinlock_lock(&ma->ctl_lock);
	ma->oid_calls++;
	if (__atomic_add_fetch(&ma->oid_at_mock, 1, __ATOMIC_ACQ_REL) != 1 ||
	    ma->oid_pending != NULL)
		ma->oid_overlap++;
	if (ma->n_oid_log < MOCK_OID_LOG)
		ma->oid_log[ma->n_oid_log++] = req;
	if (ma->oid_mode == MOCK_OID_PEND && ma->oid_complete_inside) {
		/* Legal race: completed before the handler returns PENDING
		 * (another CPU finished it at once). */
		rte_spinlock_unlock(&ma->ctl_lock);
		__atomic_sub_fetch(&ma->oid_at_mock, 1, __ATOMIC_ACQ_REL);
		__atomic_fetch_add(&ma->oid_completed, 1, __ATOMIC_RELAXED);
		mpdk_m_oid_request_complete(ma->adapter, req, mock_oid_table(ma, req));
		return MPDK_STATUS_PENDING;
	}
	if (ma->oid_mode == MOCK_OID_PEND) {
		/* Keep the first one; an overlapping one is counted above
		 * and answered at once rather than lost. */
		if (ma->oid_pending == NULL) {
			ma->oid_pending = req;
			ma->oid_pended++;
			rte_spinlock_unlock(&ma->ctl_lock);
			return MPDK_STATUS_PENDING;
		}
	}
	rte_spinlock_unlock(&ma->ctl_lock);
	st = ma->oid_mode == MOCK_OID_STATUS ? ma->oid_status :
		mock_oid_table(ma, req);
	__atomic_sub_fetch(&ma->oid_at_mock, 1, __ATOMIC_ACQ_REL);
	if (ma->oid_complete_inside)
		mpdk_m_oid_request_complete(ma->adapter, req, st); /* misbehave */
	return st;
}

struct mpdk_oid_request *
mock_oid_pending(struct mock_adapter *ma)
{
	struct mpdk_oid_request *req;

	rte_spinlock_lock(&ma->ctl_lock);
	req = ma->oid_pending;
	rte_spinlock_unlock(&ma->ctl_lock);
	return req;
}

/* Take the kept request off the mock. */
static struct mpdk_oid_request *
oid_take_pending(struct mock_adapter *ma)
{
	struct mpdk_oid_request *req;

	rte_spinlock_lock(&ma->ctl_lock);
	req = ma->oid_pending;
	ma->oid_pending = NULL;
	rte_spinlock_unlock(&ma->ctl_lock);
	if (req != NULL)
		__atomic_sub_fetch(&ma->oid_at_mock, 1, __ATOMIC_ACQ_REL);
	return req;
}

struct mpdk_oid_request *
mock_oid_complete(struct mock_adapter *ma, mpdk_status_t status)
{
	struct mpdk_oid_request *req = oid_take_pending(ma);

	if (req == NULL)
		return NULL;
	__atomic_fetch_add(&ma->oid_completed, 1, __ATOMIC_RELAXED);
	if (status == MPDK_STATUS_REQUEST_ABORTED)
		__atomic_fetch_add(&ma->oid_aborted, 1, __ATOMIC_RELAXED);
	mpdk_m_oid_request_complete(ma->adapter, req, status);
	return req;
}

struct mpdk_oid_request *
mock_oid_complete_table(struct mock_adapter *ma)
{
	struct mpdk_oid_request *req = oid_take_pending(ma);

	if (req == NULL)
		return NULL;
	__atomic_fetch_add(&ma->oid_completed, 1, __ATOMIC_RELAXED);
	mpdk_m_oid_request_complete(ma->adapter, req, mock_oid_table(ma, req));
	return req;
}

void
mock_oid_complete_again(struct mock_adapter *ma, struct mpdk_oid_request *req,
			mpdk_status_t status)
{
	mpdk_m_oid_request_complete(ma->adapter, req, status);
}

unsigned int
mock_complete_cancel_id(struct mock_adapter *ma, uint64_t cancel_id,
			mpdk_status_t status)
{
	struct mpdk_nbl *head = NULL, *tail = NULL;
	unsigned int i, k = 0, n = 0;

	rte_spinlock_lock(&ma->lock);
	for (i = 0; i < ma->n_pending; i++) {
		struct mpdk_nbl *nbl = ma->pending[i];

		if (nbl->cancel_id != cancel_id) {
			ma->pending[k++] = nbl;
			continue;
		}
		nbl->status = status;
		nbl->next = NULL;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
		n++;
	}
	ma->n_pending = k;
	rte_spinlock_unlock(&ma->lock);
	if (head != NULL)
		mpdk_m_send_nbls_complete(ma->adapter, head, 0);
	return n;
}

mpdk_status_t
mock_cancel_send(void *ctx, uint64_t cancel_id)
{
	struct mock_adapter *ma = ctx;
	unsigned int n;

	if (ma->on_ctl != NULL)
		ma->on_ctl(ma, "cancel", ma->ctl_hook_arg);
	__atomic_fetch_add(&ma->cancel_calls, 1, __ATOMIC_RELAXED);
	n = mock_complete_cancel_id(ma, cancel_id, MPDK_STATUS_SEND_ABORTED);
	__atomic_fetch_add(&ma->cancelled, n, __ATOMIC_RELAXED);
	return MPDK_STATUS_SUCCESS;
}

/* What MiniportResetEx must do before it completes: the NBLs it still
 * queues go back RESET_IN_PROGRESS, its pending OID REQUEST_ABORTED. */
static void
reset_abort(struct mock_adapter *ma)
{
	unsigned int n = mock_complete_all(ma, MPDK_STATUS_RESET_IN_PROGRESS);

	__atomic_fetch_add(&ma->reset_aborted_sends, n, __ATOMIC_RELAXED);
	mock_oid_complete(ma, MPDK_STATUS_REQUEST_ABORTED);
}

mpdk_status_t
mock_reset(void *ctx)
{
	struct mock_adapter *ma = ctx;

	if (ma->on_ctl != NULL)
		ma->on_ctl(ma, "reset", ma->ctl_hook_arg);
	__atomic_fetch_add(&ma->reset_calls, 1, __ATOMIC_RELAXED);
	if (!ma->reset_abort_at_complete)
		reset_abort(ma);
	if (ma->reset_mode == MOCK_CTL_PEND) {
		__atomic_store_n(&ma->reset_pending, 1, __ATOMIC_RELEASE);
		return MPDK_STATUS_PENDING;
	}
	if (ma->reset_abort_at_complete)
		reset_abort(ma);
	return ma->reset_status;
}

void
mock_reset_complete(struct mock_adapter *ma, mpdk_status_t status)
{
	if (ma->reset_abort_at_complete)
		reset_abort(ma);
	__atomic_store_n(&ma->reset_pending, 0, __ATOMIC_RELEASE);
	mpdk_m_reset_complete(ma->adapter, status);
}

mpdk_status_t
mock_pause(void *ctx)
{
	struct mock_adapter *ma = ctx;

	if (ma->on_ctl != NULL)
		ma->on_ctl(ma, "pause", ma->ctl_hook_arg);
	__atomic_fetch_add(&ma->pause_calls, 1, __ATOMIC_RELAXED);
	if (ma->pause_mode == MOCK_CTL_PEND) {
		__atomic_store_n(&ma->pause_pending, 1, __ATOMIC_RELEASE);
		return MPDK_STATUS_PENDING;
	}
	return ma->pause_status;
}

void
mock_pause_complete(struct mock_adapter *ma)
{
	__atomic_store_n(&ma->pause_pending, 0, __ATOMIC_RELEASE);
	mpdk_m_pause_complete(ma->adapter);
}

mpdk_status_t
mock_restart(void *ctx)
{
	struct mock_adapter *ma = ctx;

	if (ma->on_ctl != NULL)
		ma->on_ctl(ma, "restart", ma->ctl_hook_arg);
	__atomic_fetch_add(&ma->restart_calls, 1, __ATOMIC_RELAXED);
	if (ma->restart_mode == MOCK_CTL_PEND) {
		__atomic_store_n(&ma->restart_pending, 1, __ATOMIC_RELEASE);
		return MPDK_STATUS_PENDING;
	}
	return ma->restart_status;
}

void
mock_restart_complete(struct mock_adapter *ma, mpdk_status_t status)
{
	__atomic_store_n(&ma->restart_pending, 0, __ATOMIC_RELEASE);
	mpdk_m_restart_complete(ma->adapter, status);
}

mpdk_status_t
mock_indicate_status(struct mock_adapter *ma, mpdk_status_t code,
		     const void *buf, uint32_t len)
{
	struct mpdk_status_indication ind = {
		.code = code, .buf = buf, .buf_len = len,
	};

	return mpdk_m_indicate_status(ma->adapter, &ind);
}

mpdk_status_t
mock_indicate_link(struct mock_adapter *ma, bool up, uint64_t speed_bps)
{
	struct mpdk_link_state ls = {
		.up = up ? 1 : 0, .full_duplex = 1, .speed_bps = speed_bps,
	};

	return mock_indicate_status(ma, MPDK_STATUS_LINK_STATE, &ls, sizeof(ls));
}
