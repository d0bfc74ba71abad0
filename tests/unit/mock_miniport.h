/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MOCK_MINIPORT_H
#define MOCK_MINIPORT_H

/*
 * A miniport without hardware, for unit tests.
 *
 * Send: the send handler either finishes every NBL inside the call with a
 * chosen status (MOCK_SYNC) or keeps them (MOCK_PEND) until the test
 * completes them, from the test thread (outside any poll step) or from the
 * poll handler.
 *
 * Receive: mock_rx_queue() builds frames (NBLs with one NB each, from the
 * adapter's own RX pools) and queues them on a queue; the poll handler of
 * that queue indicates them with mpdk_m_indicate_receive_nbls(), one
 * indication per mock_rx_queue() call.  Every frame has an id (in
 * rx_reserved[0] and in its first 4 bytes, little endian); byte i of frame
 * id is mock_rx_byte(id, i).  The return_nbls handler checks each frame
 * comes back exactly once, while the library counts no holder
 * (rx_refs == 0) and no transfer of the mock still reads it, then frees it.
 * With MPDK_RECEIVE_F_RESOURCES the mock reclaims (poisons and frees) the
 * frames itself right after the indicate call.
 *
 * Transfer data: MOCK_XFER_SYNC copies at once (SUCCESS); MOCK_XFER_PEND
 * keeps the request and copies when it completes it (from the poll
 * handler of queue 0 when xfer_complete_in_poll is set, or from
 * mock_xfer_complete_all()); MOCK_XFER_RESOURCES refuses.  The driver
 * "mock-noxfer" (mock_register_noxfer()) has no transfer_data handler.
 */

#include <stdbool.h>
#include <stdint.h>

#include <rte_mbuf.h>
#include <rte_spinlock.h>

#include "mpdk_miniport.h"

enum mock_mode {
	MOCK_PEND = 0,     /* keep NBLs until mock_complete*() */
	MOCK_SYNC,         /* complete inside send_nbls with sync_status */
};

enum mock_xfer_mode {
	MOCK_XFER_SYNC = 0,    /* copy inside the call, SUCCESS */
	MOCK_XFER_PEND,        /* PENDING; copy and complete later */
	MOCK_XFER_RESOURCES,   /* refuse with RESOURCES */
};

/* State of a frame id (mock_rx_state()). */
enum mock_rx_state {
	MOCK_RXS_NONE = 0,     /* never built */
	MOCK_RXS_QUEUED,       /* built, waiting for the poll handler */
	MOCK_RXS_INDICATED,    /* with the library (not RESOURCES) */
	MOCK_RXS_RES,          /* inside a RESOURCES indication */
	MOCK_RXS_RETURNED,     /* came back through return_nbls, freed */
	MOCK_RXS_RECLAIMED,    /* RESOURCES: taken back after the call, freed */
};

#define MOCK_MAX_PENDING 65536
#define MOCK_RX_MAX_IDS (1u << 20)    /* frame ids per adapter */
#define MOCK_RX_NBLS 8192             /* RX NBL pool */
#define MOCK_RX_MBUFS 16383           /* RX mbuf pool (2 KB data room) */
#define MOCK_RX_MAX_BATCH 1024        /* frames per mock_rx_queue() */
#define MOCK_RX_MAX_BATCHES 1024      /* queued indications per queue */
#define MOCK_MAX_XFER 4096            /* pending transfers */
#define MOCK_RX_POISON 0xEE           /* data of a frame taken back */

struct mock_rx_batch {
	struct mpdk_nbl *head;
	uint32_t n;
	uint32_t flags;
};

struct mock_rx_queue {
	struct mock_rx_batch b[MOCK_RX_MAX_BATCHES];
	unsigned int head;                 /* next to indicate */
	unsigned int tail;                 /* next free */
};

struct mock_xfer {
	struct mpdk_transfer *t;
	struct mpdk_nbl *frame;            /* t->lib_frame at submit */
	uint32_t id;                       /* its frame id */
};

struct mock_adapter {
	struct mpdk_adapter *adapter;
	enum mock_mode mode;
	mpdk_status_t sync_status;
	bool complete_in_poll;          /* poll handler completes pending NBLs */
	rte_spinlock_t lock;
	struct mpdk_nbl *pending[MOCK_MAX_PENDING];
	unsigned int n_pending;
	unsigned int send_calls;
	unsigned int poll_calls;
	unsigned int nbls_seen;
	int halted;

	/* ---- Receive (pools made by the first mock_rx_queue()) ---- */
	uint16_t n_queues;
	struct mpdk_nbl_pool *rx_nbl_pool;
	struct rte_mempool *rx_mp;
	unsigned int rx_nbl_full;          /* pool avail when created */
	unsigned int rx_mp_full;
	rte_spinlock_t rx_lock;            /* rx_state, queues, counters */
	uint8_t *rx_state;                 /* enum mock_rx_state per id */
	uint32_t rx_next_id;
	struct mock_rx_queue *rxq[MPDK_MAX_QUEUES];
	int in_poll;                       /* atomic: inside the poll handler */
	/* Counters (read with __atomic_load_n or after the pollers stopped). */
	uint64_t rx_queued;                /* frames built */
	uint64_t rx_indicated;             /* frames indicated */
	uint64_t rx_indicate_calls;
	uint64_t rx_returned;              /* frames back through return_nbls */
	uint64_t rx_return_calls;
	uint64_t rx_returned_in_poll;      /* ... while the poll handler ran */
	uint64_t rx_reclaimed;             /* RESOURCES frames taken back */
	uint64_t rx_bad_return;            /* returned twice / never indicated /
					    * a RESOURCES frame */
	uint64_t rx_foreign;               /* not a frame of this mock (a clone,
					    * another pool) */
	uint64_t rx_early_return;          /* rx_refs != 0, or the hook said held */
	uint64_t rx_xfer_held_return;      /* returned while a mock transfer
					    * still reads it */
	uint64_t rx_reclaim_lost;          /* RESOURCES frame not free-able */
	/* Called (under rx_lock) for each frame coming back through
	 * return_nbls; returns nonzero if a receiver still holds it. */
	int (*rx_on_return)(struct mock_adapter *ma, uint32_t id, void *arg);
	void *rx_hook_arg;

	/* ---- Transfer data ---- */
	enum mock_xfer_mode xfer_mode;
	bool xfer_complete_in_poll;        /* queue-0 poll completes transfers */
	mpdk_status_t xfer_status;         /* status they complete with */
	struct mock_xfer xfer[MOCK_MAX_XFER];
	unsigned int n_xfer;
	uint64_t xfer_calls;               /* transfer_data handler calls */
	uint64_t xfer_sync;
	uint64_t xfer_pended;
	uint64_t xfer_refused;
	uint64_t xfer_completed;
	uint64_t xfer_completed_in_poll;
	uint64_t xfer_bad;                 /* request the library should have
					    * refused (range, frame) */
	uint64_t xfer_dead_frame;          /* frame returned or reclaimed before
					    * the copy */
};

/* Register the "mock" miniport driver (once per process). */
int mock_register(void);
/* Register "mock-noxfer": the same miniport without transfer_data. */
int mock_register_noxfer(void);
/* Deregister whichever of the two is registered. */
void mock_deregister(void);

/* Create a mock adapter with @p n_queues queues. */
struct mock_adapter *mock_adapter_create(const char *name, uint16_t n_queues);
/* Same, of driver "mock" or "mock-noxfer". */
struct mock_adapter *mock_adapter_create_drv(const char *driver,
					     const char *name, uint16_t n_queues);

/* Complete every pending NBL with @p status, from the calling thread. */
unsigned int mock_complete_all(struct mock_adapter *ma, mpdk_status_t status);

/* Complete the pending NBLs in one chain, in the order given by @p order
 * (indices into the pending array), from the calling thread. */
void mock_complete_chain(struct mock_adapter *ma, const unsigned int *order,
			 unsigned int n, mpdk_status_t status);

/* Complete one NBL again (to provoke a double completion). */
void mock_complete_again(struct mock_adapter *ma, struct mpdk_nbl *nbl);

/*
 * Build @p n_frames frames of @p len bytes (len >= 4; longer than 2048
 * bytes makes multi-segment NBs) and queue them for one indication on
 * @p queue with @p flags (MPDK_RECEIVE_F_*).  Any thread.
 *
 * @return The first frame id (the others follow), or -1 (pools empty,
 *         too many frames or batches, bad queue).
 */
int64_t mock_rx_queue(struct mock_adapter *ma, uint16_t queue,
		      unsigned int n_frames, uint32_t len, uint32_t flags);

/* Frames queued on @p queue and not indicated yet. */
unsigned int mock_rx_queued(struct mock_adapter *ma, uint16_t queue);

/* State of frame @p id (enum mock_rx_state). */
enum mock_rx_state mock_rx_state(struct mock_adapter *ma, uint32_t id);

/* RX NBLs not in the pool (built and not yet freed). */
unsigned int mock_rx_nbls_out(struct mock_adapter *ma);
/* RX mbufs not in the pool. */
unsigned int mock_rx_mbufs_out(struct mock_adapter *ma);

/* Byte @p off of frame @p id. */
static inline uint8_t
mock_rx_byte(uint32_t id, uint32_t off)
{
	if (off < 4)
		return (uint8_t)(id >> (8 * off));
	return (uint8_t)(id * 7u + off * 13u + (off >> 8));
}

/* Frame id of an indicated NBL (a receiver's own NBL or a clone), read
 * from its data. */
static inline uint32_t
mock_rx_nbl_id(const struct mpdk_nbl *nbl)
{
	const uint8_t *p = rte_pktmbuf_mtod(nbl->first_nb, const uint8_t *);

	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

/* Complete every pending transfer with @p status (copying the bytes first
 * when SUCCESS), from the calling thread.  Returns how many. */
unsigned int mock_xfer_complete_all(struct mock_adapter *ma,
				    mpdk_status_t status);

/* Pending transfers. */
unsigned int mock_xfer_pending(struct mock_adapter *ma);

/* Complete @p t again (to provoke a double completion). */
void mock_xfer_complete_again(struct mock_adapter *ma, struct mpdk_transfer *t,
			      mpdk_status_t status);

#endif /* MOCK_MINIPORT_H */
