/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef DMA_TRANSFER_PROTO_H
#define DMA_TRANSFER_PROTO_H

/*
 * The protocol of test_dma_transfer.c (code in dma_transfer_proto.c): for
 * every frame it receives it transfers the whole frame and a random
 * sub-range (XP_AUTO), returns the NBL once both transfers are accepted,
 * retries refused ones, and checks every byte when a transfer completes;
 * and the frames the test puts on the RX ring (mbuf chains of random
 * segment sizes with known bytes).
 */

#include <stdint.h>

#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_protocol.h"

#define MAX_FRAME 9000u
#define MAX_IDS 4096u
#define SEG_ROOM 2048u

/* The frames' mbuf pool (SEG_ROOM bytes of data), its size, and the
 * protocol, made by the test's group setup. */
extern struct rte_mempool *mp;
extern unsigned int mp_full;
extern struct mpdk_protocol_driver *proto;

enum xp_mode {
	XP_AUTO = 0,   /* transfer whole + sub-range, return the NBL */
	XP_HOLD,       /* keep the NBLs (the test transfers later) */
	XP_RES,        /* AUTO, and RESOURCES frames: whole-frame transfer */
};

struct xreq {
	struct mpdk_transfer t;
	struct xp *xp;
	uint32_t id;
	int whole;
	int done;
	int accepted;                  /* PENDING or SUCCESS */
	mpdk_status_t status;
	uint8_t *buf;
	unsigned int mbufs_out_at_cb;  /* test pool, when it completed */
};

struct frame {
	uint32_t len;
	uint32_t seg0;                 /* head segment length */
	uint32_t segs;
	struct mpdk_nbl *nbl;          /* while the protocol holds it */
	struct xreq *x[2];
	int n_parked;                  /* transfers refused, to retry */
	int returned;
	int received;
};

struct xp {
	struct mpdk_binding *b;
	int mode;
	int dma;                       /* expect PENDING */
	uint32_t lookahead;
	uint32_t seed;
	struct frame fr[MAX_IDS];
	uint32_t n_ids;
	/* Receive. */
	uint64_t calls;
	uint64_t frames;
	uint64_t res_frames;
	uint64_t len_bad;              /* mpdk_nbl_frame_length wrong */
	uint64_t view_bad;             /* NB shape or visible bytes wrong */
	uint64_t unknown;
	/* Transfers. */
	uint64_t started;              /* accepted: PENDING or SUCCESS */
	uint64_t sync_ok;
	uint64_t pending;
	uint64_t refused;              /* RESOURCES */
	uint64_t other;                /* any other status */
	uint64_t wrong_kind;           /* SUCCESS with DMA / PENDING with CPU */
	uint64_t completed;
	uint64_t completed_twice;
	uint64_t completed_bad;        /* status or bytes_transferred wrong */
	uint64_t bytes_bad;            /* transfers with a wrong byte */
	uint64_t whole_ok[MAX_FRAME + 1]; /* whole-frame transfers verified */
	uint64_t resv_pending;         /* XP_RES: PENDING in a RESOURCES frame */
	int close_completed;
};

/* Mbufs of the pool in use. */
unsigned int mbufs_out(void);

/* A transfer of @p len bytes at @p off of frame @p id (@p whole: the whole
 * frame) into an rte_malloc'ed buffer with one guard byte. */
struct xreq *xreq_new(struct xp *xp, uint32_t id, uint32_t off, uint32_t len,
		      int whole);
void xreq_free(struct xreq *x);
/* Start (or retry) one transfer; true if accepted. */
int xreq_start(struct xp *xp, struct xreq *x, struct mpdk_nbl *nbl);
/* Both transfers of the frame accepted: the NBL goes back at once. */
void frame_try_return(struct xp *xp, struct frame *fr);
/* Retry refused transfers; returns how many are still refused. */
unsigned int retry_parked(struct xp *xp);

/* The protocol's handlers (binding context: the struct xp, given to
 * mpdk_bind() as its parameter). */
mpdk_status_t xp_bind(void *proto_ctx, struct mpdk_adapter *adapter,
		      void *params);
mpdk_status_t xp_unbind(void *proto_ctx, void *binding_ctx,
			struct mpdk_binding *binding);
void xp_close_complete(void *ctx);
void xp_send_complete(void *ctx, struct mpdk_nbl *chain, uint32_t flags);
void xp_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue, uint32_t n,
		uint32_t flags);
void xp_xfer_complete(void *ctx, struct mpdk_transfer *t, mpdk_status_t st);

/* Frame @p id of @p len bytes as a chain of random segment sizes (the head
 * at least 60 bytes), recorded in @p fr. */
struct rte_mbuf *build_frame(struct frame *fr, uint32_t id, uint32_t len,
			     uint32_t *seed);
/* 64..9000 by 61, and the edges around segment and lookahead sizes. */
unsigned int frame_sizes(uint32_t *out);

#endif /* DMA_TRANSFER_PROTO_H */
