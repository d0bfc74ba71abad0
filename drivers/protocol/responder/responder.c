/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Sample protocol driver "responder": the driver around the core of
 * responder_parse.c.  It registers the protocol (built in, from
 * mpdk_init()), binds one responder per (adapter, IPv4 address), and
 * answers on the poller that indicated the frames:
 *
 *  receive_nbls      each NB goes through mpdk_responder_process(); a
 *                    reply is copied into an NBL of the responder's own
 *                    pools (mpdk_nbl_add_copy), the replies of one
 *                    indication are sent as one chain on the queue they
 *                    came in on, and the indicated NBLs are returned at
 *                    once (not at all with MPDK_RECEIVE_F_RESOURCES: they
 *                    are the miniport's again when the handler returns,
 *                    and nothing of them is kept, since replies are copies);
 *  send_nbls_complete  counts and frees the replies.
 *
 * Counters are shared by the pollers of the adapter's queues and read from
 * any thread: relaxed atomic adds, once per handler call.
 *
 * The MAC address is the adapter's (mpdk_m_get_attributes(), hence
 * mpdk_miniport.h: the attributes are only published on the lower edge).
 *
 * Lookahead indications: frames longer than the lookahead are answered
 * from what the NB shows; an ARP request always fits a lookahead of 42
 * bytes or more, an echo request cut short is dropped as truncated.
 */

#include <inttypes.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <rte_errno.h>
#include <rte_ether.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_builtin_drivers.h"
#include "mpdk_miniport.h"
#include "mpdk_responder.h"

#define RESP_PROTO_NAME "responder"
#define RESP_NBL_POOL 512u      /* replies outstanding at most */
#define RESP_MBUF_POOL 1023u    /* one mbuf per reply up to 2 KB frames */
#define RESP_MBUF_CACHE 32u
/* Longest reply built (on the stack of the receive handler): a jumbo
 * frame.  Longer requests are dropped with NO_BUFFER. */
#define RESP_REPLY_MAX RTE_ETHER_MAX_JUMBO_FRAME_LEN

static int resp_logtype = RTE_LOGTYPE_USER1;

#define RESP_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, resp_logtype, "MPDK_RESPONDER: " fmt "\n", \
		##__VA_ARGS__)

/* Counter slots, in struct mpdk_responder_stats order. */
struct resp_counters {
	uint64_t rx_frames;
	uint64_t arp_replies;
	uint64_t echo_replies;
	uint64_t tx_completed;
	uint64_t tx_failed;
	uint64_t drops[MPDK_RESP_DROP__COUNT];
};

struct mpdk_responder {
	struct mpdk_responder_addr addr;
	struct mpdk_adapter *adapter;
	struct mpdk_binding *binding;    /* set by the bind handler */
	struct mpdk_nbl_pool *nbl_pool;
	struct rte_mempool *mp;
	int closed;                      /* binding closed */
	/* Written by the pollers, read by anyone: a line of their own. */
	struct resp_counters cnt __rte_cache_aligned;
};

static struct mpdk_protocol_driver *resp_proto;
static uint32_t resp_seq;        /* unique pool names */

static inline void
cnt_add(uint64_t *c, uint64_t n)
{
	if (n != 0)
		__atomic_fetch_add(c, n, __ATOMIC_RELAXED);
}

/*
 * The binding the frames were indicated to.  The bind handler stores it
 * once mpdk_open_adapter() returns, but the binding is published to the
 * adapter's receive path before that, so a poller may indicate first:
 * the NBL itself names its receiver then.
 */
static inline struct mpdk_binding *
resp_binding(struct mpdk_responder *r, const struct mpdk_nbl *chain)
{
	struct mpdk_binding *b = __atomic_load_n(&r->binding, __ATOMIC_ACQUIRE);

	return b != NULL ? b : chain->rx_binding;
}

/* A reply is ARP or IPv4 (an echo reply): its ethertype tells. */
static inline bool
resp_is_arp(const uint8_t *frame)
{
	rte_be16_t type;

	memcpy(&type, frame + offsetof(struct rte_ether_hdr, ether_type),
	       sizeof(type));
	return type == RTE_BE16(RTE_ETHER_TYPE_ARP);
}

/* One reply: an NBL of ours with a copy of the frame, or NULL. */
static struct mpdk_nbl *
resp_reply_nbl(struct mpdk_responder *r, const uint8_t *frame, uint32_t len)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(r->nbl_pool);

	if (unlikely(nbl == NULL))
		return NULL;
	if (unlikely(mpdk_nbl_add_copy(nbl, r->mp, frame, len, 0) !=
		     MPDK_STATUS_SUCCESS)) {
		mpdk_nbl_free(nbl);
		return NULL;
	}
	return nbl;
}

/* ProtocolReceiveNetBufferLists. */
static void
resp_receive(void *binding_ctx, struct mpdk_nbl *chain, uint16_t queue,
	     uint32_t n_nbls __rte_unused, uint32_t flags)
{
	struct mpdk_responder *r = binding_ctx;
	struct mpdk_binding *b = resp_binding(r, chain);
	uint64_t drops[MPDK_RESP_DROP__COUNT] = { 0 };
	uint64_t frames = 0, n_arp = 0, n_echo = 0;
	struct mpdk_nbl *head = NULL, **tailp = &head, *nbl, *rep;
	uint8_t reply[RESP_REPLY_MAX];
	enum mpdk_responder_drop why;
	const struct rte_mbuf *nb;
	unsigned int i;
	uint32_t len;
	mpdk_status_t st;

	MPDK_NBL_FOREACH(nbl, chain) {
		MPDK_NB_FOREACH(nb, nbl) {
			frames++;
			if (!mpdk_responder_process(&r->addr, nb, reply,
						    sizeof(reply), &len, &why)) {
				/* A lookahead cut makes a whole frame look
				 * shorter than its IP header says. */
				if (why == MPDK_RESP_DROP_IP_LENGTH &&
				    nbl->rx_frame_len > nb->pkt_len)
					why = MPDK_RESP_DROP_TRUNCATED;
				drops[why]++;
				continue;
			}
			rep = resp_reply_nbl(r, reply, len);
			if (rep == NULL) {
				drops[MPDK_RESP_DROP_NO_BUFFER]++;
				continue;
			}
			*tailp = rep;
			tailp = &rep->next;
			if (resp_is_arp(reply))
				n_arp++;
			else
				n_echo++;
		}
	}
	*tailp = NULL;

	/* Everything needed is copied: the indication can go back now. */
	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls(b, chain, 0);

	if (head != NULL) {
		/* Reply on the queue the requests came in on: its poller is
		 * the one running this handler, so the queue is owned. */
		st = mpdk_send_nbls_on_queue(b, queue, head, 0);
		if (st != MPDK_STATUS_PENDING) {
			RESP_LOG(DEBUG, "%" PRIu64 " replies refused: %s",
				 n_arp + n_echo, mpdk_status_str(st));
			drops[MPDK_RESP_DROP_SEND_REFUSED] += n_arp + n_echo;
			mpdk_nbl_free_chain(head);
			n_arp = 0;
			n_echo = 0;
		}
	}

	cnt_add(&r->cnt.rx_frames, frames);
	cnt_add(&r->cnt.arp_replies, n_arp);
	cnt_add(&r->cnt.echo_replies, n_echo);
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		cnt_add(&r->cnt.drops[i], drops[i]);
}

/* ProtocolSendNetBufferListsComplete: the replies are ours again. */
static void
resp_send_complete(void *binding_ctx, struct mpdk_nbl *chain,
		   uint32_t flags __rte_unused)
{
	struct mpdk_responder *r = binding_ctx;
	uint64_t ok = 0, failed = 0;
	struct mpdk_nbl *nbl;

	MPDK_NBL_FOREACH(nbl, chain) {
		if (nbl->status == MPDK_STATUS_SUCCESS)
			ok++;
		else
			failed++;
	}
	mpdk_nbl_free_chain(chain);
	cnt_add(&r->cnt.tx_completed, ok);
	cnt_add(&r->cnt.tx_failed, failed);
}

/* ProtocolBindAdapterEx: @p bind_params is the responder to bind. */
static mpdk_status_t
resp_bind(void *proto_ctx __rte_unused, struct mpdk_adapter *adapter,
	  void *bind_params)
{
	struct mpdk_responder *r = bind_params;
	struct mpdk_binding *b;
	mpdk_status_t st;

	if (r == NULL) {
		RESP_LOG(ERR, "bind without a responder: use mpdk_responder_create()");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	/* Opens complete synchronously (mpdk_open_adapter()). */
	st = mpdk_open_adapter(resp_proto, adapter, r, &b);
	if (st == MPDK_STATUS_SUCCESS)
		__atomic_store_n(&r->binding, b, __ATOMIC_RELEASE);
	return st;
}

/* ProtocolUnbindAdapterEx: close; a pending close completes on the
 * adapter's queue-0 poller once the replies in flight are back. */
static mpdk_status_t
resp_unbind(void *proto_ctx __rte_unused, void *binding_ctx,
	    struct mpdk_binding *binding)
{
	struct mpdk_responder *r = binding_ctx;
	mpdk_status_t st = mpdk_close_adapter(binding);

	if (st == MPDK_STATUS_SUCCESS || st == MPDK_STATUS_ADAPTER_NOT_OPEN)
		__atomic_store_n(&r->closed, 1, __ATOMIC_RELEASE);
	return st;
}

/* ProtocolCloseAdapterCompleteEx. */
static void
resp_close_complete(void *binding_ctx)
{
	struct mpdk_responder *r = binding_ctx;

	__atomic_store_n(&r->closed, 1, __ATOMIC_RELEASE);
}

static const struct mpdk_protocol_ops resp_ops = {
	.name = RESP_PROTO_NAME,
	.bind_adapter = resp_bind,
	.unbind_adapter = resp_unbind,
	.close_adapter_complete = resp_close_complete,
	.send_nbls_complete = resp_send_complete,
	.receive_nbls = resp_receive,
};

static void
resp_release(struct mpdk_responder *r)
{
	if (r->nbl_pool != NULL &&
	    mpdk_nbl_pool_avail(r->nbl_pool) != mpdk_nbl_pool_size(r->nbl_pool))
		RESP_LOG(WARNING, "%u reply NBLs not back at free",
			 mpdk_nbl_pool_size(r->nbl_pool) -
			 mpdk_nbl_pool_avail(r->nbl_pool));
	mpdk_nbl_pool_free(r->nbl_pool);
	rte_mempool_free(r->mp);
	rte_free(r);
}

/* Neither 0.0.0.0, nor multicast, nor limited broadcast. */
static bool
resp_ipv4_ok(rte_be32_t ipv4)
{
	uint32_t a = rte_be_to_cpu_32(ipv4);

	return a != 0 && a != UINT32_MAX && (a >> 28) != 0xe;
}

mpdk_status_t
mpdk_responder_create(struct mpdk_adapter *adapter, rte_be32_t ipv4,
		      struct mpdk_responder **out)
{
	char name[RTE_MEMPOOL_NAMESIZE];
	struct mpdk_adapter_attrs attrs;
	struct mpdk_responder *r;
	mpdk_status_t st;
	uint32_t seq;

	if (adapter == NULL || out == NULL || !resp_ipv4_ok(ipv4))
		return MPDK_STATUS_INVALID_PARAMETER;
	if (resp_proto == NULL) {
		RESP_LOG(ERR, "protocol '%s' not registered (mpdk_init() not called?)",
			 RESP_PROTO_NAME);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	r = rte_zmalloc("mpdk_responder", sizeof(*r), RTE_CACHE_LINE_SIZE);
	if (r == NULL)
		return MPDK_STATUS_RESOURCES;
	mpdk_m_get_attributes(adapter, &attrs);
	rte_ether_addr_copy(&attrs.mac, &r->addr.mac);
	r->addr.ipv4 = ipv4;
	r->adapter = adapter;

	seq = __atomic_fetch_add(&resp_seq, 1, __ATOMIC_RELAXED);
	snprintf(name, sizeof(name), "resp_nbl_%u", seq);
	r->nbl_pool = mpdk_nbl_pool_create(name, RESP_NBL_POOL, 0,
					   SOCKET_ID_ANY);
	snprintf(name, sizeof(name), "resp_mbuf_%u", seq);
	r->mp = rte_pktmbuf_pool_create(name, RESP_MBUF_POOL, RESP_MBUF_CACHE,
					0, RTE_MBUF_DEFAULT_BUF_SIZE,
					SOCKET_ID_ANY);
	if (r->nbl_pool == NULL || r->mp == NULL) {
		RESP_LOG(ERR, "responder %u: reply pools: %s", seq,
			 rte_strerror(rte_errno));
		resp_release(r);
		return MPDK_STATUS_RESOURCES;
	}

	st = mpdk_bind(resp_proto, adapter, r);
	if (st != MPDK_STATUS_SUCCESS) {
		RESP_LOG(ERR, "responder %u: bind to '%s': %s", seq,
			 mpdk_adapter_name(adapter), mpdk_status_str(st));
		resp_release(r);
		return st;
	}
	*out = r;
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_responder_stop(struct mpdk_responder *r)
{
	mpdk_status_t st;

	if (r == NULL || r->binding == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (mpdk_responder_closed(r))
		return MPDK_STATUS_SUCCESS;
	st = mpdk_unbind(r->binding);
	switch (st) {
	case MPDK_STATUS_SUCCESS:
	case MPDK_STATUS_ADAPTER_NOT_OPEN: /* closed already */
		return MPDK_STATUS_SUCCESS;
	case MPDK_STATUS_CLOSING: /* stopped before: still draining */
		return mpdk_responder_closed(r) ? MPDK_STATUS_SUCCESS :
			MPDK_STATUS_PENDING;
	default:
		return st;
	}
}

int
mpdk_responder_closed(const struct mpdk_responder *r)
{
	return r != NULL && __atomic_load_n(&r->closed, __ATOMIC_ACQUIRE);
}

mpdk_status_t
mpdk_responder_free(struct mpdk_responder *r)
{
	if (r == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (!mpdk_responder_closed(r))
		return MPDK_STATUS_BUSY;
	resp_release(r);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_responder_stats_get(const struct mpdk_responder *r,
			 struct mpdk_responder_stats *stats)
{
	unsigned int i;

	if (r == NULL || stats == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	stats->rx_frames = __atomic_load_n(&r->cnt.rx_frames, __ATOMIC_RELAXED);
	stats->arp_replies = __atomic_load_n(&r->cnt.arp_replies,
					     __ATOMIC_RELAXED);
	stats->echo_replies = __atomic_load_n(&r->cnt.echo_replies,
					      __ATOMIC_RELAXED);
	stats->tx_completed = __atomic_load_n(&r->cnt.tx_completed,
					      __ATOMIC_RELAXED);
	stats->tx_failed = __atomic_load_n(&r->cnt.tx_failed, __ATOMIC_RELAXED);
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		stats->drops[i] = __atomic_load_n(&r->cnt.drops[i],
						  __ATOMIC_RELAXED);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_responder_driver_entry(void)
{
	int lt = rte_log_register_type_and_pick_level("lib.mpdk.responder",
						      RTE_LOG_INFO);

	if (lt >= 0)
		resp_logtype = lt;
	return mpdk_protocol_register(&resp_ops, NULL, &resp_proto);
}

void
mpdk_responder_driver_unload(void)
{
	if (resp_proto == NULL)
		return;
	if (mpdk_protocol_deregister(resp_proto) != MPDK_STATUS_SUCCESS) {
		RESP_LOG(ERR, "responders still bound: stop and free them before mpdk_fini()");
		return;
	}
	resp_proto = NULL;
}
