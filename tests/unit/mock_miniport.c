/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_mempool.h>

#include "mock_miniport.h"

static struct mpdk_miniport_driver *mock_drv;
static struct mpdk_miniport_driver *mock_noxfer_drv;
static struct mpdk_miniport_driver *mock_noctl_drv;

static mpdk_status_t
mock_initialize(void *driver_ctx __rte_unused, struct mpdk_adapter *adapter,
		const struct mpdk_adapter_config *cfg, void **adapter_ctx)
{
	struct mpdk_adapter_attrs attrs = {
		.n_queues = cfg->n_queues != 0 ? cfg->n_queues : 1,
		.mtu = 1500,
		.max_frame = 1514,
	};
	struct mock_adapter *ma = calloc(1, sizeof(*ma));
	mpdk_status_t st;

	if (ma == NULL)
		return MPDK_STATUS_RESOURCES;
	ma->adapter = adapter;
	ma->n_queues = attrs.n_queues;
	ma->xfer_status = MPDK_STATUS_SUCCESS;
	rte_spinlock_init(&ma->lock);
	rte_spinlock_init(&ma->rx_lock);
	rte_spinlock_init(&ma->ctl_lock);
	ma->oid_status = MPDK_STATUS_SUCCESS;
	ma->reset_status = MPDK_STATUS_SUCCESS;
	ma->pause_status = MPDK_STATUS_SUCCESS;
	ma->restart_status = MPDK_STATUS_SUCCESS;
	ma->fake_mtu = MOCK_FAKE_MTU;
	ma->fake_filter = MPDK_PACKET_TYPE_DIRECTED | MPDK_PACKET_TYPE_MULTICAST |
			  MPDK_PACKET_TYPE_BROADCAST;
	ma->fake_mac = (struct rte_ether_addr){
		.addr_bytes = { 0x02, 0x00, 0x5e, 0x00, 0x00, 0x01 } };
	ma->fake_perm_mac = ma->fake_mac;
	st = mpdk_m_set_attributes(adapter, &attrs);
	if (st != MPDK_STATUS_SUCCESS) {
		free(ma);
		return st;
	}
	*adapter_ctx = ma;
	return MPDK_STATUS_SUCCESS;
}

static void rx_release(struct mock_adapter *ma);

static void
mock_halt(void *ctx)
{
	struct mock_adapter *ma = ctx;

	ma->halted = 1;
	rx_release(ma);
	free(ma);
}

static void
mock_send(void *ctx, uint16_t queue __rte_unused, struct mpdk_nbl *chain,
	  uint32_t flags __rte_unused)
{
	struct mock_adapter *ma = ctx;
	struct mpdk_nbl *nbl, *next;

	ma->send_calls++;
	if (ma->mode == MOCK_SYNC) {
		MPDK_NBL_FOREACH(nbl, chain) {
			nbl->status = ma->sync_status;
			ma->nbls_seen++;
		}
		mpdk_m_send_nbls_complete(ma->adapter, chain, 0);
		return;
	}
	rte_spinlock_lock(&ma->lock);
	for (nbl = chain; nbl != NULL; nbl = next) {
		next = nbl->next;
		ma->nbls_seen++;
		if (ma->n_pending == MOCK_MAX_PENDING) {
			/* Full: finish it now rather than lose it. */
			nbl->status = MPDK_STATUS_RESOURCES;
			nbl->next = NULL;
			rte_spinlock_unlock(&ma->lock);
			mpdk_m_send_nbls_complete(ma->adapter, nbl, 0);
			rte_spinlock_lock(&ma->lock);
			continue;
		}
		ma->pending[ma->n_pending++] = nbl;
	}
	rte_spinlock_unlock(&ma->lock);
}

unsigned int
mock_complete_all(struct mock_adapter *ma, mpdk_status_t status)
{
	struct mpdk_nbl *head = NULL, *tail = NULL;
	unsigned int i, n;

	rte_spinlock_lock(&ma->lock);
	n = ma->n_pending;
	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = ma->pending[i];

		nbl->status = status;
		nbl->next = NULL;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	ma->n_pending = 0;
	rte_spinlock_unlock(&ma->lock);
	if (head != NULL)
		mpdk_m_send_nbls_complete(ma->adapter, head, 0);
	return n;
}

void
mock_complete_chain(struct mock_adapter *ma, const unsigned int *order,
		    unsigned int n, mpdk_status_t status)
{
	struct mpdk_nbl *head = NULL, *tail = NULL;
	struct mpdk_nbl **taken = calloc(ma->n_pending, sizeof(*taken));
	unsigned int i, k = 0;

	rte_spinlock_lock(&ma->lock);
	for (i = 0; i < n; i++) {
		struct mpdk_nbl *nbl = ma->pending[order[i]];

		taken[order[i]] = nbl;
		nbl->status = status;
		nbl->next = NULL;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	for (i = 0; i < ma->n_pending; i++)
		if (taken[i] == NULL)
			ma->pending[k++] = ma->pending[i];
	ma->n_pending = k;
	rte_spinlock_unlock(&ma->lock);
	free(taken);
	if (head != NULL)
		mpdk_m_send_nbls_complete(ma->adapter, head, 0);
}

void
mock_complete_again(struct mock_adapter *ma, struct mpdk_nbl *nbl)
{
	nbl->next = NULL;
	mpdk_m_send_nbls_complete(ma->adapter, nbl, 0);
}


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

static void
rx_release(struct mock_adapter *ma)
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
static void
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
static unsigned int
rx_indicate(struct mock_adapter *ma, uint16_t queue, unsigned int budget)
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

static mpdk_status_t
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
static unsigned int
xfer_complete(struct mock_adapter *ma, mpdk_status_t status)
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
	return xfer_complete(ma, status);
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

/* ------------------------------------------------------------------ */
/* Control path                                                        */
/* ------------------------------------------------------------------ */

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

static mpdk_status_t
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

static mpdk_status_t
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

static mpdk_status_t
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

static mpdk_status_t
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

static mpdk_status_t
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

/* ------------------------------------------------------------------ */
/* Poll, registration                                                  */
/* ------------------------------------------------------------------ */

static unsigned int
mock_poll(void *ctx, uint16_t queue, unsigned int budget)
{
	struct mock_adapter *ma = ctx;
	unsigned int work = 0;

	__atomic_fetch_add(&ma->poll_calls, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&ma->in_poll, 1, __ATOMIC_RELAXED);
	if (ma->complete_in_poll)
		work += mock_complete_all(ma, MPDK_STATUS_SUCCESS);
	work += rx_indicate(ma, queue, budget);
	if (queue == 0 && ma->xfer_complete_in_poll)
		work += xfer_complete(ma, ma->xfer_status);
	if (queue == 0 && ma->oid_complete_in_poll &&
	    mock_oid_complete_table(ma) != NULL) {
		__atomic_fetch_add(&ma->oid_completed_in_poll, 1,
				   __ATOMIC_RELAXED);
		work++;
	}
	__atomic_fetch_sub(&ma->in_poll, 1, __ATOMIC_RELAXED);
	return work;
}

static const struct mpdk_miniport_ops mock_ops = {
	.name = "mock",
	.initialize = mock_initialize,
	.halt = mock_halt,
	.send_nbls = mock_send,
	.return_nbls = mock_return,
	.poll = mock_poll,
	.transfer_data = mock_transfer,
	.oid_request = mock_oid_request,
	.reset = mock_reset,
	.pause = mock_pause,
	.restart = mock_restart,
	.cancel_send = mock_cancel_send,
};

int
mock_register(void)
{
	return mpdk_miniport_register(&mock_ops, NULL, &mock_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

int
mock_register_noxfer(void)
{
	struct mpdk_miniport_ops ops = mock_ops;

	ops.name = "mock-noxfer";
	ops.transfer_data = NULL;
	return mpdk_miniport_register(&ops, NULL, &mock_noxfer_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

int
mock_register_noctl(void)
{
	struct mpdk_miniport_ops ops = mock_ops;

	ops.name = "mock-noctl";
	ops.oid_request = NULL;
	ops.reset = NULL;
	ops.pause = NULL;
	ops.restart = NULL;
	ops.cancel_send = NULL;
	return mpdk_miniport_register(&ops, NULL, &mock_noctl_drv) ==
		MPDK_STATUS_SUCCESS ? 0 : -1;
}

void
mock_deregister(void)
{
	if (mock_noctl_drv != NULL)
		mpdk_miniport_deregister(mock_noctl_drv);
	mock_noctl_drv = NULL;
	if (mock_noxfer_drv != NULL)
		mpdk_miniport_deregister(mock_noxfer_drv);
	mock_noxfer_drv = NULL;
	if (mock_drv != NULL)
		mpdk_miniport_deregister(mock_drv);
	mock_drv = NULL;
}

struct mock_adapter *
mock_adapter_create_drv(const char *driver, const char *name, uint16_t n_queues)
{
	struct mpdk_adapter_config cfg = {
		.name = name, .n_queues = n_queues, .socket_id = SOCKET_ID_ANY,
	};
	struct mpdk_adapter *a;

	if (mpdk_adapter_create(driver, &cfg, &a) != MPDK_STATUS_SUCCESS)
		return NULL;
	return mpdk_m_adapter_context(a);
}

struct mock_adapter *
mock_adapter_create(const char *name, uint16_t n_queues)
{
	return mock_adapter_create_drv("mock", name, n_queues);
}
