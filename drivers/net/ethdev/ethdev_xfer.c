/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Generic ethdev miniport, transfer data (MiniportTransferData, NDIS 5):
 * copy bytes of a received frame into protocol memory.  With dma=NAME the
 * copy runs on that dmadev (dma_skeleton here, IOAT/DSA on real machines):
 * the request pends and completes from the poller of queue 0, which reaps
 * the device.  Without it the CPU copies and the request completes at once.
 *
 * The dmadev API is experimental in DPDK 22.11; it is confined to this
 * file.
 */

#define ALLOW_EXPERIMENTAL_API 1

#include <string.h>

#include <rte_dmadev.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>

#include "ethdev_private.h"

/* Walks a frame as it was before any lookahead cut (ethdev_rx.c keeps
 * the head's length and next segment in rx_reserved). */
struct frame_cursor {
	const struct mpdk_nbl *frame;
	struct rte_mbuf *seg;
	uint32_t seg_len;   /* data_len of seg in the whole frame */
	bool at_head;
};

static void
cursor_next(struct frame_cursor *c)
{
	c->seg = c->at_head && c->frame->rx_frame_len != 0 ?
		(struct rte_mbuf *)c->frame->rx_reserved[1] : c->seg->next;
	c->seg_len = c->seg != NULL ? c->seg->data_len : 0;
	c->at_head = false;
}

/* Position on byte @p offset; returns the offset inside c->seg. */
static uint32_t
cursor_seek(struct frame_cursor *c, const struct mpdk_nbl *frame,
	    uint32_t offset)
{
	c->frame = frame;
	c->seg = frame->first_nb;
	c->seg_len = frame->rx_frame_len != 0 ?
		(uint16_t)(frame->rx_reserved[0] >> 32) : c->seg->data_len;
	c->at_head = true;
	while (c->seg != NULL && offset >= c->seg_len) {
		offset -= c->seg_len;
		cursor_next(c);
	}
	return offset;
}

static mpdk_status_t
xfer_cpu(struct mpdk_transfer *t)
{
	struct frame_cursor c;
	uint8_t *dst = t->dst;
	uint32_t left = t->length;
	uint32_t off = cursor_seek(&c, t->lib_frame, t->offset);

	while (left > 0 && c.seg != NULL) {
		uint32_t piece = RTE_MIN(left, c.seg_len - off);

		memcpy(dst, rte_pktmbuf_mtod_offset(c.seg, uint8_t *, off), piece);
		dst += piece;
		left -= piece;
		off = 0;
		cursor_next(&c);
	}
	if (left != 0)
		return MPDK_STATUS_INVALID_LENGTH; /* frame shorter than said */
	t->bytes_transferred = t->length;
	return MPDK_STATUS_SUCCESS;
}

/* Segments a transfer touches (DMA ops it needs); 0 if the frame is
 * shorter than the request. */
static unsigned int
xfer_pieces(const struct mpdk_transfer *t)
{
	struct frame_cursor c;
	uint32_t left = t->length;
	uint32_t off = cursor_seek(&c, t->lib_frame, t->offset);
	unsigned int n = 0;

	while (left > 0 && c.seg != NULL) {
		left -= RTE_MIN(left, c.seg_len - off);
		off = 0;
		n++;
		cursor_next(&c);
	}
	return left == 0 ? n : 0;
}

static mpdk_status_t
xfer_dma(struct eth_adapter *ea, struct mpdk_transfer *t)
{
	struct eth_dma *d = &ea->dma;
	rte_iova_t dst = t->dst_iova;
	unsigned int pieces = xfer_pieces(t);
	uint32_t left = t->length, off, slot;
	struct frame_cursor c;

	if (pieces == 0)
		return MPDK_STATUS_INVALID_LENGTH;
	if (dst == RTE_BAD_IOVA)
		dst = rte_mem_virt2iova(t->dst);
	if (dst == RTE_BAD_IOVA)
		return MPDK_STATUS_INVALID_PARAMETER;

	rte_spinlock_lock(&d->lock);
	if (d->tail_idx - d->head_idx > d->fifo_mask ||
	    rte_dma_burst_capacity(d->dev_id, 0) < pieces) {
		d->busy++;
		rte_spinlock_unlock(&d->lock);
		return MPDK_STATUS_RESOURCES; /* nothing started */
	}
	off = cursor_seek(&c, t->lib_frame, t->offset);
	slot = d->tail_idx & d->fifo_mask;
	d->failed[slot] = 0;
	while (left > 0) {
		uint32_t piece = RTE_MIN(left, c.seg_len - off);
		int ret = rte_dma_copy(d->dev_id, 0,
				       rte_pktmbuf_iova_offset(c.seg, off), dst,
				       piece, 0);

		if (unlikely(ret < 0)) {
			/* Capacity was checked under the lock: only a broken
			 * driver gets here.  The ops already queued still
			 * complete; the transfer then fails. */
			ETH_LOG(ERR, "dma %d: copy failed (%d)", d->dev_id, ret);
			d->errors++;
			d->failed[slot] = 1;
			break;
		}
		d->ops_enqueued++;
		dst += piece;
		left -= piece;
		off = 0;
		cursor_next(&c);
	}
	if (left == t->length) {
		/* Nothing queued: nothing will complete; fail now. */
		rte_spinlock_unlock(&d->lock);
		return MPDK_STATUS_FAILURE;
	}
	rte_dma_submit(d->dev_id, 0);
	/* Done once the device finished every op up to ours (a vchan
	 * completes in order). */
	d->tail_idx++;
	d->seq_end[slot] = d->ops_enqueued;
	d->fifo[slot] = t;
	rte_spinlock_unlock(&d->lock);
	return MPDK_STATUS_PENDING;
}

mpdk_status_t
mpdk_ethdev_transfer_data(void *ctx, struct mpdk_transfer *t)
{
	struct eth_adapter *ea = ctx;

	/* A RESOURCES frame is back in the pool once the indication
	 * returns: copy it now. */
	if (ea->dma.dev_id < 0 || (t->lib_flags & MPDK_TRANSFER_F_SYNC))
		return xfer_cpu(t);
	return xfer_dma(ea, t);
}

/* Reap the copy engine (the poller of queue 0); never spins. */
unsigned int
mpdk_ethdev_dma_poll(struct eth_adapter *ea)
{
	struct eth_dma *d = &ea->dma;
	struct mpdk_transfer *done[ETH_DMA_BURST];
	mpdk_status_t st[ETH_DMA_BURST];
	enum rte_dma_status_code codes[ETH_DMA_BURST];
	unsigned int nd = 0, i;
	uint16_t last, n;
	bool error = false;

	if (d->dev_id < 0 || d->head_idx == d->tail_idx)
		return 0;
	if (!rte_spinlock_trylock(&d->lock))
		return 0;
	n = rte_dma_completed(d->dev_id, 0, ETH_DMA_BURST, &last, &error);
	d->ops_done += n;
	if (unlikely(error)) {
		/* The failed op and those after it, with their codes. */
		uint16_t k = rte_dma_completed_status(d->dev_id, 0, ETH_DMA_BURST,
						      &last, codes);

		for (i = 0; i < k; i++) {
			uint64_t seq = d->ops_done + i + 1;
			uint32_t j;

			if (codes[i] == RTE_DMA_STATUS_SUCCESSFUL)
				continue;
			d->errors++;
			/* Mark the transfer this op belongs to. */
			for (j = d->head_idx; j != d->tail_idx; j++) {
				if (d->seq_end[j & d->fifo_mask] >= seq) {
					d->failed[j & d->fifo_mask] = 1;
					break;
				}
			}
		}
		d->ops_done += k;
	}
	while (d->head_idx != d->tail_idx && nd < RTE_DIM(done) &&
	       d->seq_end[d->head_idx & d->fifo_mask] <= d->ops_done) {
		uint32_t slot = d->head_idx & d->fifo_mask;
		struct mpdk_transfer *t = d->fifo[slot];

		st[nd] = d->failed[slot] ? MPDK_STATUS_FAILURE :
					   MPDK_STATUS_SUCCESS;
		d->failed[slot] = 0;
		if (st[nd] == MPDK_STATUS_SUCCESS)
			t->bytes_transferred = t->length;
		done[nd++] = t;
		d->head_idx++;
	}
	rte_spinlock_unlock(&d->lock);

	for (i = 0; i < nd; i++)
		mpdk_m_transfer_data_complete(ea->adapter, done[i], st[i]);
	return nd;
}

int
mpdk_ethdev_dma_setup(struct eth_adapter *ea, const char *name, int socket)
{
	struct eth_dma *d = &ea->dma;
	struct rte_dma_conf conf = { .nb_vchans = 1 };
	struct rte_dma_vchan_conf vconf = {
		.direction = RTE_DMA_DIR_MEM_TO_MEM,
	};
	struct rte_dma_info info;
	int id;

	rte_spinlock_init(&d->lock);
	d->dev_id = -1;
	if (name == NULL || name[0] == '\0')
		return 0;
	id = rte_dma_get_dev_id_by_name(name);
	if (id < 0) {
		ETH_LOG(ERR, "no dmadev '%s' (did you pass --vdev=%s?)", name,
			name);
		return -ENODEV;
	}
	if (rte_dma_info_get((int16_t)id, &info) != 0 ||
	    !(info.dev_capa & RTE_DMA_CAPA_MEM_TO_MEM)) {
		ETH_LOG(ERR, "dmadev '%s' cannot copy memory to memory", name);
		return -ENOTSUP;
	}
	vconf.nb_desc = RTE_MAX(info.min_desc, RTE_MIN(info.max_desc,
						       (uint16_t)ETH_DMA_DESC));
	if (rte_dma_configure((int16_t)id, &conf) != 0 ||
	    rte_dma_vchan_setup((int16_t)id, 0, &vconf) != 0 ||
	    rte_dma_start((int16_t)id) != 0) {
		ETH_LOG(ERR, "dmadev '%s': setup failed", name);
		return -EIO;
	}
	d->fifo_mask = ETH_DMA_FIFO - 1;
	d->fifo = rte_zmalloc_socket("mpdk_eth_dma", ETH_DMA_FIFO *
				     (sizeof(*d->fifo) + sizeof(*d->seq_end) +
				      sizeof(*d->failed)), 0, socket);
	if (d->fifo == NULL) {
		rte_dma_stop((int16_t)id);
		return -ENOMEM;
	}
	d->seq_end = (uint64_t *)(d->fifo + ETH_DMA_FIFO);
	d->failed = (uint8_t *)(d->seq_end + ETH_DMA_FIFO);
	d->dev_id = (int16_t)id;
	return 0;
}

void
mpdk_ethdev_dma_release(struct eth_adapter *ea)
{
	struct eth_dma *d = &ea->dma;

	if (d->dev_id >= 0) {
		rte_dma_stop(d->dev_id);
		d->dev_id = -1;
	}
	rte_free(d->fifo);
	d->fifo = NULL;
}
