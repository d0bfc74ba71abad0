/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The transfer protocol of test_dma_transfer.c and the frames it receives
 * (dma_transfer_proto.h).
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_miniport.h"
#include "mpdk_protocol.h"
#include "mpdk_test.h"
#include "dma_transfer_proto.h"

struct rte_mempool *mp;
unsigned int mp_full;
struct mpdk_protocol_driver *proto;

static uint8_t
byte_of(uint32_t id, uint32_t off)
{
	if (off < 4)
		return (uint8_t)(id >> (8 * off));
	return (uint8_t)(id * 131u + off * 7u + (off >> 9));
}

static uint32_t
rnd(uint32_t *s)
{
	uint32_t x = *s;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*s = x;
	return x;
}

/* ------------------------------------------------------------------ */
/* The transfer protocol                                               */
/* ------------------------------------------------------------------ */

static int
verify(const struct xreq *x)
{
	uint32_t i;

	for (i = 0; i < x->t.length; i++)
		if (x->buf[i] != byte_of(x->id, x->t.offset + i))
			return 0;
	return x->buf[x->t.length] == 0xA5;    /* nothing written past */
}

unsigned int
mbufs_out(void)
{
	return mp_full - rte_mempool_avail_count(mp);
}

static void
xreq_finish(struct xp *xp, struct xreq *x)
{
	if (x->status == MPDK_STATUS_SUCCESS &&
	    x->t.bytes_transferred == x->t.length) {
		if (!verify(x))
			xp->bytes_bad++;
		else if (x->whole)
			xp->whole_ok[x->t.length]++;
	} else {
		xp->completed_bad++;
	}
}

void
xp_xfer_complete(void *ctx, struct mpdk_transfer *t, mpdk_status_t st)
{
	struct xp *xp = ctx;
	struct xreq *x = t->context;

	if (x->done++ != 0) {
		xp->completed_twice++;
		return;
	}
	xp->completed++;
	x->status = st;
	x->mbufs_out_at_cb = mbufs_out();
	if (t->status != (int32_t)st)
		xp->completed_bad++;
	xreq_finish(xp, x);
}

struct xreq *
xreq_new(struct xp *xp, uint32_t id, uint32_t off, uint32_t len, int whole)
{
	struct xreq *x = calloc(1, sizeof(*x));

	assert_non_null(x);
	x->buf = rte_malloc("dmat_dst", (size_t)len + 1, 0);
	assert_non_null(x->buf);
	memset(x->buf, 0xA5, (size_t)len + 1);
	x->xp = xp;
	x->id = id;
	x->whole = whole;
	x->t.offset = off;
	x->t.length = len;
	x->t.dst = x->buf;
	x->t.dst_iova = (id + whole) & 1 ? rte_malloc_virt2iova(x->buf) :
		RTE_BAD_IOVA;
	x->t.context = x;
	return x;
}

void
xreq_free(struct xreq *x)
{
	if (x == NULL)
		return;
	rte_free(x->buf);
	free(x);
}

/* Start (or retry) one transfer; true if accepted. */
int
xreq_start(struct xp *xp, struct xreq *x, struct mpdk_nbl *nbl)
{
	mpdk_status_t st;

	x->t.nbl = nbl;
	st = mpdk_transfer_data(xp->b, &x->t);
	switch (st) {
	case MPDK_STATUS_PENDING:
		xp->pending++;
		xp->started++;
		x->accepted = 1;
		if (!xp->dma)
			xp->wrong_kind++;
		return 1;
	case MPDK_STATUS_SUCCESS:
		xp->sync_ok++;
		xp->started++;
		x->accepted = 1;
		if (xp->dma && x->t.length != 0)
			xp->wrong_kind++;
		/* Synchronous: done now, no completion follows. */
		x->done = 1;
		x->status = st;
		xreq_finish(xp, x);
		return 1;
	case MPDK_STATUS_RESOURCES:
		xp->refused++;
		if (x->t.status != MPDK_STATUS_RESOURCES)
			xp->other++;
		return 0;
	default:
		xp->other++;
		print_error("transfer id %u off %u len %u: %s\n", x->id,
			    x->t.offset, x->t.length, mpdk_status_str(st));
		x->done = 1;
		x->status = st;
		return 1;   /* not retried */
	}
}

/* Both transfers of the frame accepted: the NBL goes back at once. */
void
frame_try_return(struct xp *xp, struct frame *fr)
{
	if (fr->n_parked != 0 || fr->returned || fr->nbl == NULL)
		return;
	fr->nbl->next = NULL;
	mpdk_return_nbls(xp->b, fr->nbl, 0);
	fr->nbl = NULL;
	fr->returned = 1;
}

static void
frame_start(struct xp *xp, uint32_t id, struct mpdk_nbl *nbl)
{
	struct frame *fr = &xp->fr[id];
	uint32_t len = fr->len, off, sub;
	int k;

	off = rnd(&xp->seed) % len;
	sub = 1 + rnd(&xp->seed) % (len - off);
	fr->nbl = nbl;
	fr->x[0] = xreq_new(xp, id, 0, len, 1);
	fr->x[1] = xreq_new(xp, id, off, sub, 0);
	for (k = 0; k < 2; k++)
		if (!xreq_start(xp, fr->x[k], nbl))
			fr->n_parked++;
	frame_try_return(xp, fr);
}

/* Retry refused transfers (outside the poll step: any thread holding the
 * NBL may call mpdk_transfer_data). */
unsigned int
retry_parked(struct xp *xp)
{
	unsigned int id, n = 0;
	int k;

	for (id = 0; id < xp->n_ids; id++) {
		struct frame *fr = &xp->fr[id];

		if (fr->n_parked == 0)
			continue;
		for (k = 0; k < 2; k++) {
			if (fr->x[k] == NULL || fr->x[k]->accepted ||
			    fr->x[k]->done)
				continue;
			if (xreq_start(xp, fr->x[k], fr->nbl))
				fr->n_parked--;
		}
		n += (unsigned int)fr->n_parked;
		frame_try_return(xp, fr);
	}
	return n;
}

/* What the receiver sees of a frame: the whole chain, or its lookahead. */
static int
view_ok(const struct xp *xp, const struct mpdk_nbl *nbl, uint32_t id)
{
	const struct frame *fr = &xp->fr[id];
	const struct rte_mbuf *m = nbl->first_nb, *s;
	uint32_t want, off = 0, i;

	if (xp->lookahead != 0 && fr->len > xp->lookahead) {
		want = RTE_MIN(fr->seg0, xp->lookahead);
		if (m->pkt_len != want || m->data_len != want ||
		    m->nb_segs != 1 || m->next != NULL)
			return 0;
	} else {
		if (m->pkt_len != fr->len || m->nb_segs != fr->segs ||
		    nbl->rx_frame_len != 0)
			return 0;
	}
	for (s = m; s != NULL; s = s->next) {
		const uint8_t *p = rte_pktmbuf_mtod(s, const uint8_t *);

		for (i = 0; i < s->data_len; i++)
			if (p[i] != byte_of(id, off + i))
				return 0;
		off += s->data_len;
	}
	return off == m->pkt_len;
}

void
xp_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	   uint32_t n __rte_unused, uint32_t flags)
{
	struct xp *xp = ctx;
	struct mpdk_nbl *nbl, *next;

	xp->calls++;
	for (nbl = chain; nbl != NULL; nbl = next) {
		const uint8_t *p = rte_pktmbuf_mtod(nbl->first_nb, const uint8_t *);
		uint32_t id = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
			      (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

		next = nbl->next;
		xp->frames++;
		if (id >= xp->n_ids) {
			xp->unknown++;
			if (!(flags & MPDK_RECEIVE_F_RESOURCES)) {
				nbl->next = NULL;
				mpdk_return_nbls(xp->b, nbl, 0);
			}
			continue;
		}
		xp->fr[id].received++;
		if (mpdk_nbl_frame_length(nbl) != xp->fr[id].len)
			xp->len_bad++;
		if (!view_ok(xp, nbl, id))
			xp->view_bad++;
		if (flags & MPDK_RECEIVE_F_RESOURCES) {
			xp->res_frames++;
			if (xp->mode == XP_RES) {
				/* Copy what we keep: a whole-frame transfer. */
				struct frame *fr = &xp->fr[id];

				fr->x[0] = xreq_new(xp, id, 0, fr->len, 1);
				if (xreq_start(xp, fr->x[0], nbl) &&
				    !fr->x[0]->done)
					xp->resv_pending++;
				fr->returned = 1;   /* never ours to return */
			}
			continue;
		}
		if (xp->mode == XP_HOLD) {
			xp->fr[id].nbl = nbl;
			continue;
		}
		frame_start(xp, id, nbl);
	}
	/* RESOURCES: the chain must be as it was when we return. */
}

mpdk_status_t
xp_bind(void *proto_ctx __rte_unused, struct mpdk_adapter *adapter,
	void *params)
{
	struct xp *xp = params;

	return mpdk_open_adapter(proto, adapter, xp, &xp->b);
}

mpdk_status_t
xp_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	  struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

void
xp_close_complete(void *ctx)
{
	struct xp *xp = ctx;

	xp->close_completed++;
}

void
xp_send_complete(void *ctx __rte_unused, struct mpdk_nbl *chain __rte_unused,
		 uint32_t flags __rte_unused)
{
}

/* ------------------------------------------------------------------ */
/* Frames on the RX ring                                               */
/* ------------------------------------------------------------------ */

/* A chain of random segment sizes (the head at least 60 bytes). */
struct rte_mbuf *
build_frame(struct frame *fr, uint32_t id, uint32_t len, uint32_t *seed)
{
	struct rte_mbuf *head = NULL;
	uint32_t off = 0;

	fr->len = len;
	fr->segs = 0;
	while (off < len) {
		uint32_t left = len - off, seg;
		struct rte_mbuf *m = rte_pktmbuf_alloc(mp);
		uint8_t *p;
		uint32_t i;

		assert_non_null(m);
		if (off == 0)
			seg = 60 + rnd(seed) % (RTE_MIN(left, SEG_ROOM) - 60 + 1);
		else if (rnd(seed) % 4 == 0)
			seg = 1 + rnd(seed) % 64;           /* a small one */
		else
			seg = 64 + rnd(seed) % (SEG_ROOM - 64 + 1);
		seg = RTE_MIN(seg, left);
		p = (uint8_t *)rte_pktmbuf_append(m, (uint16_t)seg);
		assert_non_null(p);
		for (i = 0; i < seg; i++)
			p[i] = byte_of(id, off + i);
		if (head == NULL) {
			head = m;
			fr->seg0 = seg;
		} else {
			assert_int_equal(rte_pktmbuf_chain(head, m), 0);
		}
		fr->segs++;
		off += seg;
	}
	return head;
}

/* 64..9000 by 61, and the edges around segment and lookahead sizes. */
unsigned int
frame_sizes(uint32_t *out)
{
	static const uint32_t edges[] = {
		64, 65, 127, 128, 129, 2047, 2048, 2049, 4096, 8999, 9000,
	};
	unsigned int n = 0, i;
	uint32_t s;

	for (s = 64; s <= MAX_FRAME; s += 61)
		out[n++] = s;
	for (i = 0; i < RTE_DIM(edges); i++)
		out[n++] = edges[i];
	return n;
}
