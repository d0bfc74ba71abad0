/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Sample protocol driver "l2fwd": a two-port forwarder written against the
 * protocol SDK only (mpdk_protocol.h), as an NDIS protocol driver would be.
 *
 * One l2fwd instance holds two bindings, side 0 on adapter a and side 1 on
 * adapter b.  A chain indicated on one side is sent as is on the other
 * side's binding (zero copy).  When the send completes, the NBLs go back
 * to the binding they were indicated to (nbl->rx_binding), in runs of one
 * binding per mpdk_return_nbls() call, whatever their final status.  A
 * send refused at submit (the other side closing, say) returns the NBLs
 * at once and counts them as dropped.
 *
 * Copies, from the instance's own NBL and mbuf pools, freed on completion:
 *  - every frame of a MPDK_RECEIVE_F_RESOURCES indication (the NBLs are
 *    the miniport's again when the handler returns);
 *  - a frame that other receivers hold too (our NBL is a receiver's copy,
 *    rx_parent set, or the original still has other holders): its data is
 *    shared and read-only, and two senders of the same mbufs would fight
 *    over their reference counts, so it is never sent zero copy.
 * MPDK_RECEIVE_F_LOOKAHEAD indications show only the start of each frame:
 * they are dropped (and returned, unless RESOURCES is set too).
 *
 * Counters are per direction (frames from adapter a, from adapter b),
 * updated with relaxed atomics from whichever poller runs the handler, so
 * they can be read from any thread.
 *
 * Stop closes both bindings.  A closing binding refuses new sends and
 * takes no new indications; each close finishes once its sends completed
 * and its indicated NBLs came back, so frames in flight are returned to
 * their miniport before the l2fwd reports closed.
 */

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_builtin_drivers.h"
#include "mpdk_l2fwd.h"

#define L2FWD_NAME "l2fwd"
#define L2FWD_COPY_NBLS 1024u     /* NBLs for copies, per instance */
#define L2FWD_COPY_MBUFS 2047u    /* mbufs for copies, per instance (2^n-1) */
#define L2FWD_COPY_CACHE 64u
#define L2FWD_COPY_MAX 16128u     /* largest frame copied (jumbo) */

/* protocol_reserved[] slot telling what an NBL we sent is. */
#define L2FWD_RSV_KIND 0
#define L2FWD_KIND_FWD 1u         /* an indicated NBL, sent zero copy */
#define L2FWD_KIND_COPY 2u        /* our copy, freed on completion */

static int l2fwd_logtype = RTE_LOGTYPE_USER1;

#define L2FWD_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, l2fwd_logtype, "L2FWD: %s(): " fmt "\n", \
		__func__, ##__VA_ARGS__)

/* Counters of one direction; relaxed atomics. */
struct l2fwd_counters {
	uint64_t rx;
	uint64_t forwarded;
	uint64_t copied;
	uint64_t tx_failed;
	uint64_t dropped;
} __rte_cache_aligned;

struct mpdk_l2fwd;

/* One side: the binding context. */
struct l2fwd_side {
	struct mpdk_l2fwd *f;
	unsigned int idx;               /* 0: adapter a, 1: adapter b */
	struct mpdk_adapter *adapter;
	struct mpdk_binding *binding;   /* atomic: NULL until open */
	uint32_t closed;                /* atomic: close finished */
};

struct mpdk_l2fwd {
	struct l2fwd_side side[2];
	struct mpdk_nbl_pool *copy_nbl;
	struct rte_mempool *copy_mp;
	uint32_t orphan;                /* atomic: free on close completion */
	struct l2fwd_counters cnt[2];   /* [i]: frames from side i */
};

/* mpdk_bind() parameters: which instance, which side. */
struct l2fwd_bind_params {
	struct mpdk_l2fwd *f;
	unsigned int idx;
};

static struct mpdk_protocol_driver *l2fwd_proto;

#define CNT_ADD(f, v) __atomic_fetch_add(&(f), (v), __ATOMIC_RELAXED)
#define CNT_READ(f) __atomic_load_n(&(f), __ATOMIC_RELAXED)

/* True if other receivers hold this frame too. */
static inline bool
frame_shared(const struct mpdk_nbl *nbl)
{
	return mpdk_nbl_is_shared(nbl);
}

/* A copy of the frames (NBs) of @p nbl in our own pools, or NULL. */
static struct mpdk_nbl *
copy_frame(struct mpdk_l2fwd *f, const struct mpdk_nbl *nbl)
{
	uint8_t buf[L2FWD_COPY_MAX];
	const struct rte_mbuf *m;
	struct mpdk_nbl *c;
	const void *data;

	if (unlikely(nbl->first_nb == NULL))
		return NULL;
	c = mpdk_nbl_alloc(f->copy_nbl);
	if (unlikely(c == NULL))
		return NULL;
	MPDK_NB_FOREACH(m, nbl) {
		/* The whole frame, contiguous (a pointer into the mbuf when
		 * it has one segment, else copied into buf). */
		data = m->pkt_len != 0 && m->pkt_len <= sizeof(buf) ?
			rte_pktmbuf_read(m, 0, m->pkt_len, buf) : NULL;
		if (unlikely(data == NULL ||
			     mpdk_nbl_add_copy(c, f->copy_mp, data, m->pkt_len,
					       0) != MPDK_STATUS_SUCCESS)) {
			mpdk_nbl_free(c);
			return NULL;
		}
	}
	c->protocol_reserved[L2FWD_RSV_KIND] = L2FWD_KIND_COPY;
	return c;
}

/*
 * Take back a chain we sent, or tried to send: our copies are freed, the
 * indicated NBLs go back to the binding each was indicated to.  Counts
 * the NBLs by status when @p ok / @p failed are given.
 */
static void
take_back(struct mpdk_nbl *chain, uint64_t *ok, uint64_t *failed)
{
	struct mpdk_nbl *ret = NULL, **ret_tail = &ret;
	struct mpdk_nbl *nbl, *tmp;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		if (ok != NULL) {
			if (likely(nbl->status == MPDK_STATUS_SUCCESS))
				(*ok)++;
			else
				(*failed)++;
		}
		if (nbl->protocol_reserved[L2FWD_RSV_KIND] == L2FWD_KIND_COPY) {
			nbl->next = NULL;
			mpdk_nbl_free(nbl);
			continue;
		}
		*ret_tail = nbl;
		ret_tail = &nbl->next;
	}
	*ret_tail = NULL;
	mpdk_return_nbls_any(ret, 0);
}

/* ProtocolReceiveNetBufferLists. */
static void
l2fwd_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	      uint32_t n, uint32_t flags)
{
	struct l2fwd_side *rx = ctx;
	struct mpdk_l2fwd *f = rx->f;
	struct l2fwd_counters *c = &f->cnt[rx->idx];
	struct mpdk_binding *out;
	struct mpdk_nbl *tx = NULL, **tx_tail = &tx;
	struct mpdk_nbl *back = NULL, **back_tail = &back;
	struct mpdk_nbl *nbl, *tmp, *cp;
	bool resources = flags & MPDK_RECEIVE_F_RESOURCES;
	uint32_t n_tx = 0, n_copy = 0, dropped = 0;

	CNT_ADD(c->rx, n);
	out = __atomic_load_n(&f->side[rx->idx ^ 1].binding, __ATOMIC_ACQUIRE);

	if (unlikely(out == NULL || (flags & MPDK_RECEIVE_F_LOOKAHEAD))) {
		/* The other side is not open yet, or the frames are
		 * truncated (lookahead): nothing to forward. */
		CNT_ADD(c->dropped, n);
		if (!resources)
			mpdk_return_nbls_any(chain, 0);
		return;
	}

	/* One chain to send, in the order received: the NBLs themselves,
	 * or copies where we may not keep them (RESOURCES: they are the
	 * miniport's again when we return) or must not send them (shared
	 * with other receivers). */
	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		if (likely(!resources && !frame_shared(nbl))) {
			nbl->protocol_reserved[L2FWD_RSV_KIND] = L2FWD_KIND_FWD;
			*tx_tail = nbl;
			tx_tail = &nbl->next;
			n_tx++;
			continue;
		}
		cp = copy_frame(f, nbl);
		if (likely(cp != NULL)) {
			*tx_tail = cp;
			tx_tail = &cp->next;
			n_tx++;
			n_copy++;
		} else {
			dropped++;
		}
		if (!resources) {
			/* Copied (or not): ours to give back now. */
			*back_tail = nbl;
			back_tail = &nbl->next;
		}
	}
	*tx_tail = NULL;
	*back_tail = NULL;

	if (tx != NULL && mpdk_send_nbls(out, tx, 0) != MPDK_STATUS_PENDING) {
		/* Refused at submit (the other side closing): still ours. */
		dropped += n_tx;
		take_back(tx, NULL, NULL);
	}
	if (back != NULL)
		mpdk_return_nbls_any(back, 0);
	if (n_copy != 0)
		CNT_ADD(c->copied, n_copy);
	if (dropped != 0)
		CNT_ADD(c->dropped, dropped);
}

/* ProtocolSendNetBufferListsComplete: frames of the other side are back. */
static void
l2fwd_send_complete(void *ctx, struct mpdk_nbl *chain, uint32_t flags __rte_unused)
{
	struct l2fwd_side *tx = ctx;
	struct l2fwd_counters *c = &tx->f->cnt[tx->idx ^ 1];
	uint64_t ok = 0, failed = 0;

	/* Copies freed, the rest back where it was indicated, in runs. */
	take_back(chain, &ok, &failed);
	if (ok != 0)
		CNT_ADD(c->forwarded, ok);
	if (failed != 0)
		CNT_ADD(c->tx_failed, failed);
}

static void
l2fwd_destroy(struct mpdk_l2fwd *f)
{
	if (f->copy_nbl != NULL &&
	    mpdk_nbl_pool_avail(f->copy_nbl) != mpdk_nbl_pool_size(f->copy_nbl))
		L2FWD_LOG(ERR, "%u copy NBLs not back",
			  mpdk_nbl_pool_size(f->copy_nbl) -
			  mpdk_nbl_pool_avail(f->copy_nbl));
	mpdk_nbl_pool_free(f->copy_nbl);
	rte_mempool_free(f->copy_mp);
	rte_free(f);
}

/* ProtocolCloseAdapterCompleteEx. */
static void
l2fwd_close_complete(void *ctx)
{
	struct l2fwd_side *s = ctx;
	struct mpdk_l2fwd *f = s->f;

	__atomic_store_n(&s->closed, 1, __ATOMIC_RELEASE);
	/* A create that failed half way left this side closing. */
	if (__atomic_load_n(&f->orphan, __ATOMIC_ACQUIRE))
		l2fwd_destroy(f);
}

/* ProtocolBindAdapterEx: open the side named by the parameters. */
static mpdk_status_t
l2fwd_bind(void *proto_ctx __rte_unused, struct mpdk_adapter *adapter,
	   void *bind_params)
{
	struct l2fwd_bind_params *p = bind_params;
	struct l2fwd_side *s;
	struct mpdk_binding *b = NULL;
	mpdk_status_t st;

	if (p == NULL || p->f == NULL || p->idx > 1) {
		L2FWD_LOG(ERR, "bind without l2fwd parameters (use mpdk_l2fwd_create)");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	s = &p->f->side[p->idx];
	st = mpdk_open_adapter(l2fwd_proto, adapter, s, &b);
	if (st == MPDK_STATUS_SUCCESS)
		__atomic_store_n(&s->binding, b, __ATOMIC_RELEASE);
	return st;
}

/* ProtocolUnbindAdapterEx. */
static mpdk_status_t
l2fwd_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	     struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

mpdk_status_t
mpdk_l2fwd_create(struct mpdk_adapter *a, struct mpdk_adapter *b,
		  struct mpdk_l2fwd **out)
{
	static uint32_t seq;
	char name[RTE_MEMPOOL_NAMESIZE];
	struct l2fwd_bind_params prm;
	struct mpdk_l2fwd *f;
	mpdk_status_t st;
	uint32_t id;
	unsigned int i;

	if (a == NULL || b == NULL || a == b || out == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (l2fwd_proto == NULL) {
		L2FWD_LOG(ERR, "protocol not registered (mpdk_init() not called?)");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	f = rte_zmalloc("mpdk_l2fwd", sizeof(*f), RTE_CACHE_LINE_SIZE);
	if (f == NULL)
		return MPDK_STATUS_RESOURCES;
	for (i = 0; i < 2; i++) {
		f->side[i].f = f;
		f->side[i].idx = i;
		f->side[i].adapter = i == 0 ? a : b;
	}
	id = __atomic_fetch_add(&seq, 1, __ATOMIC_RELAXED);
	snprintf(name, sizeof(name), "l2fwd%u_nbl", id);
	f->copy_nbl = mpdk_nbl_pool_create(name, L2FWD_COPY_NBLS, 0,
					   SOCKET_ID_ANY);
	snprintf(name, sizeof(name), "l2fwd%u_mb", id);
	f->copy_mp = rte_pktmbuf_pool_create(name, L2FWD_COPY_MBUFS,
					     L2FWD_COPY_CACHE, 0,
					     RTE_MBUF_DEFAULT_BUF_SIZE,
					     SOCKET_ID_ANY);
	if (f->copy_nbl == NULL || f->copy_mp == NULL) {
		L2FWD_LOG(ERR, "copy pools: %s", rte_strerror(rte_errno));
		l2fwd_destroy(f);
		return MPDK_STATUS_RESOURCES;
	}

	for (i = 0; i < 2; i++) {
		prm.f = f;
		prm.idx = i;
		st = mpdk_bind(l2fwd_proto, f->side[i].adapter, &prm);
		if (st == MPDK_STATUS_SUCCESS)
			continue;
		L2FWD_LOG(ERR, "cannot bind to adapter '%s': %s",
			  mpdk_adapter_name(f->side[i].adapter),
			  mpdk_status_str(st));
		if (i == 1) {
			/* Undo side 0.  Frames it got were returned at once
			 * (side 1 was not open), but a poller may have to
			 * finish the close: then it frees the instance. */
			__atomic_store_n(&f->orphan, 1, __ATOMIC_RELEASE);
			if (mpdk_close_adapter(f->side[0].binding) ==
			    MPDK_STATUS_PENDING)
				return st;
		}
		l2fwd_destroy(f);
		return st;
	}
	*out = f;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_l2fwd_stop(struct mpdk_l2fwd *f)
{
	unsigned int i;
	mpdk_status_t st;

	if (f == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	for (i = 0; i < 2; i++) {
		st = mpdk_unbind(f->side[i].binding);
		switch (st) {
		case MPDK_STATUS_SUCCESS:
			__atomic_store_n(&f->side[i].closed, 1, __ATOMIC_RELEASE);
			break;
		case MPDK_STATUS_PENDING:      /* close_adapter_complete follows */
		case MPDK_STATUS_CLOSING:      /* stopped before, still draining */
		case MPDK_STATUS_ADAPTER_NOT_OPEN: /* closed before */
			break;
		default:
			L2FWD_LOG(ERR, "close of side %u: %s", i,
				  mpdk_status_str(st));
			return st;
		}
	}
	return mpdk_l2fwd_closed(f) ? MPDK_STATUS_SUCCESS : MPDK_STATUS_PENDING;
}

int
mpdk_l2fwd_closed(const struct mpdk_l2fwd *f)
{
	if (f == NULL)
		return 0;
	return __atomic_load_n(&f->side[0].closed, __ATOMIC_ACQUIRE) &&
	       __atomic_load_n(&f->side[1].closed, __ATOMIC_ACQUIRE);
}

mpdk_status_t
mpdk_l2fwd_free(struct mpdk_l2fwd *f)
{
	if (f == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (!mpdk_l2fwd_closed(f)) {
		L2FWD_LOG(ERR, "l2fwd still open: mpdk_l2fwd_stop() first and poll until mpdk_l2fwd_closed()");
		return MPDK_STATUS_BUSY;
	}
	l2fwd_destroy(f);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_l2fwd_stats_get(const struct mpdk_l2fwd *f, struct mpdk_l2fwd_stats *st)
{
	unsigned int i;

	if (f == NULL || st == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	for (i = 0; i < 2; i++) {
		const struct l2fwd_counters *c = &f->cnt[i];

		st->dir[i].rx = CNT_READ(c->rx);
		st->dir[i].forwarded = CNT_READ(c->forwarded);
		st->dir[i].copied = CNT_READ(c->copied);
		st->dir[i].tx_failed = CNT_READ(c->tx_failed);
		st->dir[i].dropped = CNT_READ(c->dropped);
	}
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_l2fwd_driver_entry(void)
{
	static const struct mpdk_protocol_ops ops = {
		.name = L2FWD_NAME,
		.bind_adapter = l2fwd_bind,
		.unbind_adapter = l2fwd_unbind,
		.close_adapter_complete = l2fwd_close_complete,
		.send_nbls_complete = l2fwd_send_complete,
		.receive_nbls = l2fwd_receive,
	};
	int lt = rte_log_register_type_and_pick_level("mpdk.l2fwd",
						      RTE_LOG_INFO);

	if (lt >= 0)
		l2fwd_logtype = lt;
	return mpdk_protocol_register(&ops, NULL, &l2fwd_proto);
}

void
mpdk_l2fwd_driver_unload(void)
{
	mpdk_status_t st;

	if (l2fwd_proto == NULL)
		return;
	st = mpdk_protocol_deregister(l2fwd_proto);
	if (st == MPDK_STATUS_SUCCESS)
		l2fwd_proto = NULL;
	else
		L2FWD_LOG(ERR, "cannot deregister: %s (l2fwd instances not stopped)",
			  mpdk_status_str(st));
}
