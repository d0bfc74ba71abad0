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
 *
 * Control path (MiniportOidRequest, ResetEx, Pause, Restart, CancelSend):
 *  - OID requests: MOCK_OID_TABLE answers at once from a fake OID table
 *    built with the buffer helpers (mpdk_oid_answer*(), mpdk_oid_take());
 *    MOCK_OID_STATUS answers at once with oid_status; MOCK_OID_PEND keeps
 *    the request until mock_oid_complete() / mock_oid_complete_table(), or
 *    until the queue-0 poll handler completes it (oid_complete_in_poll:
 *    from the table).  The mock logs every request it gets, in order, and
 *    counts a request arriving while another one is still with it
 *    (oid_overlap: the library must never do that).
 *  - reset: completes the NBLs it still keeps with RESET_IN_PROGRESS and
 *    its pending OID request with REQUEST_ABORTED (inside the handler, or
 *    in mock_reset_complete() with reset_abort_at_complete), then answers
 *    reset_status (MOCK_CTL_SYNC) or PENDING (MOCK_CTL_PEND, completed by
 *    mock_reset_complete()).  Pause and restart: the same two modes;
 *    pause_status may be a failure (a pause cannot fail: the library must
 *    pause all the same).
 *  - cancel_send: completes the NBLs it keeps that carry the cancel id
 *    with SEND_ABORTED (from the calling thread), leaves the others.
 *  - mock_indicate_status() / mock_indicate_link(): NdisMIndicateStatusEx
 *    from any thread.
 * The driver "mock-noctl" (mock_register_noctl()) has none of the five
 * control handlers.
 *
 * Sources: mock_miniport.c (adapter, send, poll handler, registration),
 * mock_miniport_rx.c (receive, transfer data), mock_miniport_ctrl.c
 * (control path); mock_miniport_priv.h between them.
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

enum mock_oid_mode {
	MOCK_OID_TABLE = 0,    /* answer now from the fake OID table */
	MOCK_OID_STATUS,       /* answer now with oid_status */
	MOCK_OID_PEND,         /* PENDING; completed later */
};

enum mock_ctl_mode {
	MOCK_CTL_SYNC = 0,     /* the handler answers its *_status */
	MOCK_CTL_PEND,         /* PENDING; mock_*_complete() finishes it */
};

#define MOCK_OID_LOG 4096             /* requests remembered, in order */

/* Values of the fake OID table (mock_oid_table()). */
#define MOCK_FAKE_MTU 1500u
#define MOCK_FAKE_LINK_SPEED 100000u          /* 100 bps units: 10 Mb/s */
#define MOCK_FAKE_XMIT_OK 0x00000001A5A5F00Dull /* low 32 bits != value */
#define MOCK_FAKE_RCV_OK 0x0000000000000123ull
#define MOCK_FAKE_DESCR "mock miniport"        /* 14 bytes with the NUL */
#define MOCK_FAKE_XSTAT_NAME "rx_good_packets"
#define MOCK_FAKE_XSTAT_VALUE 0x1122334455667788ull
#define MOCK_FAKE_FILTER_BITS 0x0000002Fu     /* bits the mock accepts */
#define MOCK_MTU_MIN 68u
#define MOCK_MTU_MAX 9000u

struct mock_adapter {
	struct mpdk_adapter *adapter;
	enum mock_mode mode;
	mpdk_status_t sync_status;
	bool complete_in_poll;          /* poll handler completes pending NBLs */
	/* Optional: called by every poll handler call, inside the step. */
	void (*poll_hook)(struct mock_adapter *ma);
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

	/* ---- Control path (mode fields: set before the requests) ---- */
	rte_spinlock_t ctl_lock;           /* oid_pending, oid_log */
	enum mock_oid_mode oid_mode;
	mpdk_status_t oid_status;          /* MOCK_OID_STATUS answer */
	bool oid_complete_in_poll;         /* queue-0 poll completes from the table */
	bool oid_complete_inside;          /* call mpdk_m_oid_request_complete()
					    * inside the handler: with MOCK_OID_PEND
					    * then return PENDING (legal); otherwise
					    * also answer at once (a double
					    * completion) */
	struct mpdk_oid_request *oid_pending; /* the request the mock keeps */
	uint32_t oid_at_mock;              /* atomic: requests in the handler or kept */
	uint64_t oid_calls;                /* oid_request handler calls */
	uint64_t oid_overlap;              /* a request arrived while one was here */
	uint64_t oid_pended;
	uint64_t oid_completed;            /* pended ones completed (any path) */
	uint64_t oid_completed_in_poll;
	uint64_t oid_aborted;              /* pended ones aborted by a reset */
	struct mpdk_oid_request *oid_log[MOCK_OID_LOG]; /* in arrival order */
	unsigned int n_oid_log;
	/* The fake OID table's settable values. */
	uint32_t fake_mtu;
	uint32_t fake_filter;
	struct rte_ether_addr fake_mac;
	struct rte_ether_addr fake_perm_mac;

	enum mock_ctl_mode reset_mode;
	enum mock_ctl_mode pause_mode;
	enum mock_ctl_mode restart_mode;
	mpdk_status_t reset_status;        /* MOCK_CTL_SYNC answers */
	mpdk_status_t pause_status;
	mpdk_status_t restart_status;
	bool reset_abort_at_complete;      /* abort in mock_reset_complete() */
	uint64_t reset_calls;
	uint64_t pause_calls;
	uint64_t restart_calls;
	int reset_pending;                 /* handler returned PENDING */
	int pause_pending;
	int restart_pending;
	uint64_t reset_aborted_sends;      /* NBLs completed RESET_IN_PROGRESS */
	uint64_t cancel_calls;
	uint64_t cancelled;                /* NBLs completed SEND_ABORTED */
	/* Called at the start of each control handler, with its name
	 * ("reset", "pause", "restart", "oid", "cancel"). */
	void (*on_ctl)(struct mock_adapter *ma, const char *what, void *arg);
	void *ctl_hook_arg;
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

/* The same as an array through mpdk_m_send_nbls_complete_bulk(), each NBL
 * with its own status (@p st[i]). */
void mock_complete_bulk(struct mock_adapter *ma, const unsigned int *order,
			const mpdk_status_t *st, unsigned int n);

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

/* ---- Control path ---- */

/* Register "mock-noctl": the mock without oid_request, reset, pause,
 * restart and cancel_send handlers. */
int mock_register_noctl(void);

/* Answer @p req from the fake OID table (what MOCK_OID_TABLE does). */
mpdk_status_t mock_oid_table(struct mock_adapter *ma,
			     struct mpdk_oid_request *req);

/* The request the mock keeps (MOCK_OID_PEND), or NULL. */
struct mpdk_oid_request *mock_oid_pending(struct mock_adapter *ma);

/* Complete the kept request with @p status (bytes untouched), from the
 * calling thread.  Returns it, or NULL if there was none. */
struct mpdk_oid_request *mock_oid_complete(struct mock_adapter *ma,
					   mpdk_status_t status);

/* Answer the kept request from the table now, then complete it with the
 * table's status.  Returns it, or NULL. */
struct mpdk_oid_request *mock_oid_complete_table(struct mock_adapter *ma);

/* Complete @p req again (to provoke a double completion). */
void mock_oid_complete_again(struct mock_adapter *ma,
			     struct mpdk_oid_request *req, mpdk_status_t status);

/* Finish a reset the handler pended (with the aborts first when
 * reset_abort_at_complete), from the calling thread. */
void mock_reset_complete(struct mock_adapter *ma, mpdk_status_t status);
/* Finish a pended pause / restart. */
void mock_pause_complete(struct mock_adapter *ma);
void mock_restart_complete(struct mock_adapter *ma, mpdk_status_t status);

/* Complete the kept NBLs carrying @p cancel_id with @p status (what the
 * cancel handler does with SEND_ABORTED).  Returns how many. */
unsigned int mock_complete_cancel_id(struct mock_adapter *ma,
				     uint64_t cancel_id, mpdk_status_t status);

/* NdisMIndicateStatusEx, from the calling thread. */
mpdk_status_t mock_indicate_status(struct mock_adapter *ma, mpdk_status_t code,
				   const void *buf, uint32_t len);
/* A LINK_STATE indication. */
mpdk_status_t mock_indicate_link(struct mock_adapter *ma, bool up,
				 uint64_t speed_bps);

#endif /* MOCK_MINIPORT_H */
