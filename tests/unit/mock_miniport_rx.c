/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The mock miniport's receive path and transfer data (mock_miniport.h):
 * frames built and queued by the test, indicated from the poll handler,
 * checked and freed when they come back through return_nbls (or taken
 * back after a RESOURCES indication); the transfer_data handler and the
 * completion of pending transfers.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_mempool.h>

#include "mock_miniport.h"
#include "mock_miniport_priv.h"

/* ------------------------------------------------------------------ */
/* Receive                                                             */
/* ------------------------------------------------------------------ */

static int
rx_ready(struct mock_adapter *ma)
{
	return __atomic_load_n(&ma->rx_state, __ATOMIC_ACQUIRE) != NULL;
}

/* Pools, id table and queues, on first use. */
static int
rx_init(struct mock_adapter *ma)
{
	static uint32_t seq;
	char name[RTE_MEMPOOL_NAMESIZE];
	uint32_t s;
	uint8_t *state;
	uint16_t q;

	if (rx_ready(ma))
		return 0;
	s = __atomic_fetch_add(&seq, 1, __ATOMIC_RELAXED);
	snprintf(name, sizeof(name), "mock_rxnbl_%u", s);
	ma->rx_nbl_pool = mpdk_nbl_pool_create(name, MOCK_RX_NBLS, 0,
					       SOCKET_ID_ANY);
	snprintf(name, sizeof(name), "mock_rxmb_%u", s);
	ma->rx_mp = rte_pktmbuf_pool_create(name, MOCK_RX_MBUFS, 256, 0,
					    RTE_MBUF_DEFAULT_BUF_SIZE,
					    SOCKET_ID_ANY);
	state = calloc(MOCK_RX_MAX_IDS, 1);
	for (q = 0; q < ma->n_queues; q++)
		ma->rxq[q] = calloc(1, sizeof(*ma->rxq[q]));
	if (ma->rx_nbl_pool == NULL || ma->rx_mp == NULL || state == NULL) {
		fprintf(stderr, "mock: RX pools: no memory\n");
		free(state);
		return -1;
	}
	for (q = 0; q < ma->n_queues; q++)
		if (ma->rxq[q] == NULL)
			return -1;
	ma->rx_nbl_full = mpdk_nbl_pool_avail(ma->rx_nbl_pool);
	ma->rx_mp_full = rte_mempool_avail_count(ma->rx_mp);
	__atomic_store_n(&ma->rx_state, state, __ATOMIC_RELEASE);
	return 0;
}

void
mock_rx_release(struct mock_adapter *ma)
{
	uint16_t q;

	for (q = 0; q < MPDK_MAX_QUEUES; q++) {
		struct mock_rx_queue *rq = ma->rxq[q];

		if (rq == NULL)
			continue;
		for (; rq->head != rq->tail; rq->head++)
			mpdk_nbl_free_chain(rq->b[rq->head % MOCK_RX_MAX_BATCHES].head);
		free(rq);
		ma->rxq[q] = NULL;
	}
	mpdk_nbl_pool_free(ma->rx_nbl_pool);
	rte_mempool_free(ma->rx_mp);
	free(ma->rx_state);
	ma->rx_nbl_pool = NULL;
	ma->rx_mp = NULL;
	ma->rx_state = NULL;
}

static void
fill_frame(uint8_t *buf, uint32_t id, uint32_t len)
{
	uint32_t i;

	for (i = 0; i < len; i++)
		buf[i] = mock_rx_byte(id, i);
}

int64_t
mock_rx_queue(struct mock_adapter *ma, uint16_t queue, unsigned int n_frames,
	      uint32_t len, uint32_t flags)
{
	struct mpdk_nbl *head = NULL, *tail = NULL, *nbl;
	struct mock_rx_queue *rq;
	uint8_t *buf;
	uint32_t first, i;

	if (queue >= ma->n_queues || n_frames == 0 ||
	    n_frames > MOCK_RX_MAX_BATCH || len < 4 || rx_init(ma) != 0)
		return -1;
	rq = ma->rxq[queue];
	rte_spinlock_lock(&ma->rx_lock);
	if (ma->rx_next_id + n_frames > MOCK_RX_MAX_IDS) {
		rte_spinlock_unlock(&ma->rx_lock);
		fprintf(stderr, "mock: out of frame ids\n");
		return -1;
	}
	first = ma->rx_next_id;
	ma->rx_next_id += n_frames;
	rte_spinlock_unlock(&ma->rx_lock);

	buf = malloc(len);
	if (buf == NULL)
		return -1;
	for (i = 0; i < n_frames; i++) {
		nbl = mpdk_nbl_alloc(ma->rx_nbl_pool);
		fill_frame(buf, first + i, len);
		if (nbl == NULL ||
		    mpdk_nbl_add_copy(nbl, ma->rx_mp, buf, len, 0) !=
			    MPDK_STATUS_SUCCESS) {
			fprintf(stderr, "mock: RX pools empty (%u NBLs, %u mbufs out)\n",
				mock_rx_nbls_out(ma), mock_rx_mbufs_out(ma));
			if (nbl != NULL)
				mpdk_nbl_free(nbl);
			mpdk_nbl_free_chain(head);
			free(buf);
			return -1;
		}
		nbl->rx_reserved[0] = first + i;
		nbl->rx_reserved[1] = 0;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	free(buf);

	rte_spinlock_lock(&ma->rx_lock);
	if (rq->tail - rq->head >= MOCK_RX_MAX_BATCHES) {
		rte_spinlock_unlock(&ma->rx_lock);
		fprintf(stderr, "mock: too many indications queued\n");
		mpdk_nbl_free_chain(head);
		return -1;
	}
	rq->b[rq->tail % MOCK_RX_MAX_BATCHES] = (struct mock_rx_batch){
		.head = head, .n = n_frames, .flags = flags,
	};
	rq->tail++;
	for (i = 0; i < n_frames; i++)
		ma->rx_state[first + i] = MOCK_RXS_QUEUED;
	ma->rx_queued += n_frames;
	rte_spinlock_unlock(&ma->rx_lock);
	return first;
}

unsigned int
mock_rx_queued(struct mock_adapter *ma, uint16_t queue)
{
	struct mock_rx_queue *rq;
	unsigned int i, n = 0;

	if (!rx_ready(ma) || queue >= ma->n_queues)
		return 0;
	rq = ma->rxq[queue];
	rte_spinlock_lock(&ma->rx_lock);
	for (i = rq->head; i != rq->tail; i++)
		n += rq->b[i % MOCK_RX_MAX_BATCHES].n;
	rte_spinlock_unlock(&ma->rx_lock);
	return n;
}

enum mock_rx_state
mock_rx_state(struct mock_adapter *ma, uint32_t id)
{
	enum mock_rx_state s;

	if (!rx_ready(ma) || id >= MOCK_RX_MAX_IDS)
		return MOCK_RXS_NONE;
	rte_spinlock_lock(&ma->rx_lock);
	s = (enum mock_rx_state)ma->rx_state[id];
	rte_spinlock_unlock(&ma->rx_lock);
	return s;
}

unsigned int
mock_rx_nbls_out(struct mock_adapter *ma)
{
	if (!rx_ready(ma))
		return 0;
	return ma->rx_nbl_full - mpdk_nbl_pool_avail(ma->rx_nbl_pool);
}

unsigned int
mock_rx_mbufs_out(struct mock_adapter *ma)
{
	if (!rx_ready(ma))
		return 0;
	return ma->rx_mp_full - rte_mempool_avail_count(ma->rx_mp);
}

/* Overwrite the bytes of a frame the mock takes back, as a NIC refilling
 * its ring would: whoever still reads it sees MOCK_RX_POISON. */
static void
poison(struct mpdk_nbl *nbl)
{
	struct rte_mbuf *m;

	for (m = nbl->first_nb; m != NULL; m = m->next)
		memset(rte_pktmbuf_mtod(m, void *), MOCK_RX_POISON, m->data_len);
}

/* A mock transfer still reading @p frame?  rx_lock held. */
static bool
xfer_reads(const struct mock_adapter *ma, const struct mpdk_nbl *frame)
{
	unsigned int i;

	for (i = 0; i < ma->n_xfer; i++)
		if (ma->xfer[i].frame == frame)
			return true;
	return false;
}

/* MiniportReturnNetBufferLists: any thread. */
void
mock_return(void *ctx, struct mpdk_nbl *chain, uint32_t flags __rte_unused)
{
	struct mock_adapter *ma = ctx;
	struct mpdk_nbl *nbl, *next;

	__atomic_fetch_add(&ma->rx_return_calls, 1, __ATOMIC_RELAXED);
	for (nbl = chain; nbl != NULL; nbl = next) {
		uint32_t id = (uint32_t)nbl->rx_reserved[0];
		bool ok = false;

		next = nbl->next;
		if (!rx_ready(ma) || nbl->pool != ma->rx_nbl_pool ||
		    nbl->rx_parent != NULL) {
			__atomic_fetch_add(&ma->rx_foreign, 1, __ATOMIC_RELAXED);
			continue;
		}
		rte_spinlock_lock(&ma->rx_lock);
		if (id >= MOCK_RX_MAX_IDS ||
		    ma->rx_state[id] != MOCK_RXS_INDICATED) {
			ma->rx_bad_return++;
		} else {
			if (__atomic_load_n(&nbl->rx_refs, __ATOMIC_ACQUIRE) != 0)
				ma->rx_early_return++;
			if (ma->rx_on_return != NULL &&
			    ma->rx_on_return(ma, id, ma->rx_hook_arg) != 0)
				ma->rx_early_return++;
			if (xfer_reads(ma, nbl))
				ma->rx_xfer_held_return++;
			ma->rx_state[id] = MOCK_RXS_RETURNED;
			ma->rx_returned++;
			if (__atomic_load_n(&ma->in_poll, __ATOMIC_RELAXED) != 0)
				ma->rx_returned_in_poll++;
			ok = true;
		}
		rte_spinlock_unlock(&ma->rx_lock);
		if (ok) {
			poison(nbl);
			mpdk_nbl_free(nbl);
		}
	}
}

/* RESOURCES: the frames are the mock's again once the indication returned. */
static void
rx_reclaim(struct mock_adapter *ma, struct mpdk_nbl *const *nbls, unsigned int n)
{
	bool mine[MOCK_RX_MAX_BATCH];
	unsigned int i;

	rte_spinlock_lock(&ma->rx_lock);
	for (i = 0; i < n; i++) {
		uint32_t id = (uint32_t)nbls[i]->rx_reserved[0];

		/* Returned through return_nbls meanwhile (counted there as a
		 * bad return, and not freed): take it back all the same. */
		mine[i] = ma->rx_state[id] == MOCK_RXS_RES;
		if (!mine[i])
			ma->rx_reclaim_lost++;
		ma->rx_state[id] = MOCK_RXS_RECLAIMED;
		ma->rx_reclaimed++;
	}
	rte_spinlock_unlock(&ma->rx_lock);
	for (i = 0; i < n; i++) {
		poison(nbls[i]);
		mpdk_nbl_free(nbls[i]);
	}
}

/* Indicate what is queued on @p queue: whole batches, at least one, up to
 * about @p budget frames.  Inside the poll step of the queue's poller. */
unsigned int
mock_rx_indicate(struct mock_adapter *ma, uint16_t queue, unsigned int budget)
{
	struct mpdk_nbl *nbls[MOCK_RX_MAX_BATCH];
	struct mock_rx_queue *rq;
	unsigned int done = 0;

	if (!rx_ready(ma) || queue >= ma->n_queues)
		return 0;
	rq = ma->rxq[queue];
	for (;;) {
		struct mock_rx_batch b;
		struct mpdk_nbl *nbl;
		unsigned int i = 0;
		uint8_t st;

		rte_spinlock_lock(&ma->rx_lock);
		if (rq->head == rq->tail ||
		    (done != 0 &&
		     done + rq->b[rq->head % MOCK_RX_MAX_BATCHES].n > budget)) {
			rte_spinlock_unlock(&ma->rx_lock);
			break;
		}
		b = rq->b[rq->head % MOCK_RX_MAX_BATCHES];
		rq->head++;
		st = (b.flags & MPDK_RECEIVE_F_RESOURCES) ? MOCK_RXS_RES :
			MOCK_RXS_INDICATED;
		/* Before the call: a receiver may return at once. */
		MPDK_NBL_FOREACH(nbl, b.head) {
			nbls[i++] = nbl;
			ma->rx_state[nbl->rx_reserved[0]] = st;
		}
		ma->rx_indicated += b.n;
		ma->rx_indicate_calls++;
		rte_spinlock_unlock(&ma->rx_lock);

		mpdk_m_indicate_receive_nbls(ma->adapter, b.head, queue, b.n,
					     b.flags);
		if (b.flags & MPDK_RECEIVE_F_RESOURCES)
			rx_reclaim(ma, nbls, b.n);
		done += b.n;
	}
	return done;
}

/* ------------------------------------------------------------------ */
/* Transfer data                                                       */
/* ------------------------------------------------------------------ */

/* Copy from the frame as it is now (the copy engine reads at completion). */
static void
xfer_copy(const struct mpdk_nbl *frame, struct mpdk_transfer *t)
{
	const void *p;

	if (t->length == 0)
		return;
	if (frame->first_nb == NULL ||
	    (uint64_t)t->offset + t->length > frame->first_nb->pkt_len) {
		/* The frame is gone: what the memory holds now. */
		memset(t->dst, MOCK_RX_POISON, t->length);
		return;
	}
	p = rte_pktmbuf_read(frame->first_nb, t->offset, t->length, t->dst);
	if (p != NULL && p != t->dst)
		memcpy(t->dst, p, t->length);
}

mpdk_status_t
mock_transfer(void *ctx, struct mpdk_transfer *t)
{
	struct mock_adapter *ma = ctx;
	struct mpdk_nbl *frame = t->lib_frame;
	const struct mpdk_nbl *own;
	uint32_t id;
	uint8_t st;

	__atomic_fetch_add(&ma->xfer_calls, 1, __ATOMIC_RELAXED);
	own = t->nbl != NULL && t->nbl->rx_parent != NULL ? t->nbl->rx_parent :
		t->nbl;
	if (!rx_ready(ma) || frame == NULL || frame != own ||
	    frame->pool != ma->rx_nbl_pool || frame->rx_parent != NULL ||
	    (uint64_t)t->offset + t->length > frame->first_nb->pkt_len) {
		__atomic_fetch_add(&ma->xfer_bad, 1, __ATOMIC_RELAXED);
		return MPDK_STATUS_INVALID_LENGTH;
	}
	id = (uint32_t)frame->rx_reserved[0];
	rte_spinlock_lock(&ma->rx_lock);
	st = ma->rx_state[id];
	rte_spinlock_unlock(&ma->rx_lock);
	if (st != MOCK_RXS_INDICATED && st != MOCK_RXS_RES) {
		__atomic_fetch_add(&ma->xfer_bad, 1, __ATOMIC_RELAXED);
		return MPDK_STATUS_INVALID_PARAMETER;
	}

	/* The frame goes back when its RESOURCES indication returns: the
	 * miniport contract says copy now, whatever the mode. */
	switch ((t->lib_flags & MPDK_TRANSFER_F_SYNC) ? MOCK_XFER_SYNC :
		ma->xfer_mode) {
	case MOCK_XFER_SYNC:
		xfer_copy(frame, t);
		t->bytes_transferred = t->length;
		__atomic_fetch_add(&ma->xfer_sync, 1, __ATOMIC_RELAXED);
		return MPDK_STATUS_SUCCESS;
	case MOCK_XFER_PEND:
		rte_spinlock_lock(&ma->rx_lock);
		if (ma->n_xfer == MOCK_MAX_XFER) {
			rte_spinlock_unlock(&ma->rx_lock);
			__atomic_fetch_add(&ma->xfer_refused, 1, __ATOMIC_RELAXED);
			return MPDK_STATUS_RESOURCES;
		}
		ma->xfer[ma->n_xfer++] = (struct mock_xfer){
			.t = t, .frame = frame, .id = id,
		};
		ma->xfer_pended++;
		rte_spinlock_unlock(&ma->rx_lock);
		return MPDK_STATUS_PENDING;
	case MOCK_XFER_RESOURCES:
	default:
		__atomic_fetch_add(&ma->xfer_refused, 1, __ATOMIC_RELAXED);
		return MPDK_STATUS_RESOURCES;
	}
}

static void
xfer_remove(struct mock_adapter *ma, const struct mpdk_transfer *t)
{
	unsigned int i;

	rte_spinlock_lock(&ma->rx_lock);
	for (i = 0; i < ma->n_xfer; i++) {
		if (ma->xfer[i].t == t) {
			ma->xfer[i] = ma->xfer[--ma->n_xfer];
			break;
		}
	}
	rte_spinlock_unlock(&ma->rx_lock);
}

/* Complete every pending transfer: copy now (SUCCESS), then tell mpdk. */
unsigned int
mock_xfer_complete(struct mock_adapter *ma, mpdk_status_t status)
{
	struct mock_xfer *x;
	unsigned int n, i;

	if (!rx_ready(ma))
		return 0;
	rte_spinlock_lock(&ma->rx_lock);
	n = ma->n_xfer;
	if (n == 0) {
		rte_spinlock_unlock(&ma->rx_lock);
		return 0;
	}
	x = malloc(n * sizeof(*x));
	if (x == NULL) {
		rte_spinlock_unlock(&ma->rx_lock);
		return 0;
	}
	memcpy(x, ma->xfer, n * sizeof(*x));
	for (i = 0; i < n; i++) {
		/* The frame must still be the one the request named, and
		 * with the library: the transfer holds it. */
		if (ma->rx_state[x[i].id] != MOCK_RXS_INDICATED ||
		    x[i].frame->rx_reserved[0] != x[i].id)
			ma->xfer_dead_frame++;
	}
	rte_spinlock_unlock(&ma->rx_lock);

	for (i = 0; i < n; i++) {
		struct mpdk_transfer *t = x[i].t;

		if (status == MPDK_STATUS_SUCCESS) {
			xfer_copy(x[i].frame, t);
			t->bytes_transferred = t->length;
		}
		/* Out of the list before mpdk hears of it: the frame may go
		 * back to return_nbls from inside the call. */
		xfer_remove(ma, t);
		mpdk_m_transfer_data_complete(ma->adapter, t, status);
		__atomic_fetch_add(&ma->xfer_completed, 1, __ATOMIC_RELAXED);
		if (__atomic_load_n(&ma->in_poll, __ATOMIC_RELAXED) != 0)
			__atomic_fetch_add(&ma->xfer_completed_in_poll, 1,
					   __ATOMIC_RELAXED);
	}
	free(x);
	return n;
}

unsigned int
mock_xfer_complete_all(struct mock_adapter *ma, mpdk_status_t status)
{
	return mock_xfer_complete(ma, status);
}

unsigned int
mock_xfer_pending(struct mock_adapter *ma)
{
	unsigned int n;

	rte_spinlock_lock(&ma->rx_lock);
	n = ma->n_xfer;
	rte_spinlock_unlock(&ma->rx_lock);
	return n;
}

void
mock_xfer_complete_again(struct mock_adapter *ma, struct mpdk_transfer *t,
			 mpdk_status_t status)
{
	mpdk_m_transfer_data_complete(ma->adapter, t, status);
}
