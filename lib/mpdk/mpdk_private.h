/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_PRIVATE_H
#define MPDK_PRIVATE_H

/*
 * Library internals shared between the lib/mpdk sources.  Never installed.
 * Names: mpdk__ for functions and objects used across files.
 */

#include <stdbool.h>
#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_per_lcore.h>
#include <rte_spinlock.h>

#include "mpdk.h"
#include "mpdk_miniport.h"
#include "mpdk_protocol.h"

extern int mpdk__logtype;

#define MPDK_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, mpdk__logtype, "MPDK: %s(): " fmt "\n", \
		__func__, ##__VA_ARGS__)

/* Ownership state of an NBL (nbl->state). */
enum mpdk__nbl_state {
	MPDK__NBL_FREE = 0,    /* in its pool */
	MPDK__NBL_OWNED,       /* owned by a protocol (or whoever allocated it) */
	MPDK__NBL_SENT,        /* handed to a miniport by mpdk_send_nbls() */
	MPDK__NBL_INDICATED,   /* indicated to protocols, not yet returned */
};

/* Relaxed counter helpers: statistics only, never used for ordering. */
#define MPDK__ADD(ptr, v) __atomic_fetch_add((ptr), (v), __ATOMIC_RELAXED)
#define MPDK__READ(ptr) __atomic_load_n((ptr), __ATOMIC_RELAXED)

struct mpdk_nbl_pool {
	struct rte_mempool *mp;
	unsigned int n;
	unsigned int ctx_size;
};

struct mpdk_miniport_driver {
	TAILQ_ENTRY(mpdk_miniport_driver) link;
	struct mpdk_miniport_ops ops;
	void *ctx;
	char name[MPDK_NAME_LEN];
	unsigned int n_adapters;
};

struct mpdk_protocol_driver {
	TAILQ_ENTRY(mpdk_protocol_driver) link;
	struct mpdk_protocol_ops ops;
	void *ctx;
	char name[MPDK_NAME_LEN];
	TAILQ_HEAD(, mpdk_binding) bindings;   /* every binding, closed too */
};

enum mpdk__binding_state {
	MPDK__B_OPENING = 0,
	MPDK__B_OPEN,
	MPDK__B_CLOSING,
	MPDK__B_CLOSED,
};

/*
 * Send counters.  'sent' is raised by senders before they look at the
 * gates, so a drain that reads it after closing a gate sees every send
 * that got through (sent == completed means drained).  by_status[] counts
 * only non-SUCCESS completions; SUCCESS is derived at read time.
 */
struct mpdk__send_counters {
	uint64_t sent;
	uint64_t rejected;
	uint64_t completed;
	uint64_t by_status[MPDK_STATUS__COUNT];
};

/*
 * Receive counters of a binding.  'indicated' is raised before the gate is
 * looked at, like 'sent'; a drain reads indicated, returned, then the
 * transfer counters (a protocol starts a transfer before it returns the
 * NBL, so a drained rx count with a transfer still pending is caught).
 */
struct mpdk__rx_counters {
	uint64_t indicated;
	uint64_t returned;
	uint64_t resources;
	uint64_t missed;
	uint64_t xfer_started;
	uint64_t xfer_done;
	uint64_t xfers;                 /* transfers the miniport took */
	uint64_t oids_started;          /* accepted PENDING, raised first */
	uint64_t oids_done;             /* delivered */
};

struct mpdk_binding {
	/* Read-mostly: looked at on every send and completion. */
	struct mpdk_adapter *adapter;
	struct mpdk_protocol_driver *proto;
	void *ctx;
	mpdk_protocol_send_complete_fn send_complete;
	mpdk_protocol_receive_fn receive;
	uint32_t state;                 /* enum mpdk__binding_state, atomic */
	TAILQ_ENTRY(mpdk_binding) proto_link;
	TAILQ_ENTRY(mpdk_binding) adapter_link;
	bool proto_linked;              /* still on its protocol's list */
	bool reset_indicated;           /* got RESET_START (control step only) */
	uint64_t link_gen;              /* last link state it was given (control step) */
	/* Written by senders and pollers of every queue. */
	struct mpdk__send_counters cnt __rte_cache_aligned;
	struct mpdk__rx_counters rx __rte_cache_aligned;
};

/* Per adapter queue state owned by the library. */
struct mpdk__queue {
	struct mpdk_poller *poller;     /* the one poller that owns it */
	uint16_t owner_slot;            /* index in poller->items[] */
	/* Completions made outside the owner's poll step, for the owner. */
	rte_spinlock_t deferred_lock;
	uint32_t deferred_n;            /* on the list (atomic hint) */
	uint32_t deferred_undelivered;  /* pushed, not yet handed back */
	struct mpdk_nbl *deferred_head;
	struct mpdk_nbl *deferred_tail;
	struct mpdk__send_counters cnt __rte_cache_aligned;
	/* Hang detection, by the control step only.  The clock runs only
	 * while the queue is busy: it starts when a check first sees work
	 * outstanding, so idle time (or time nobody polled) never counts. */
	uint64_t hang_seen_completed;
	uint64_t hang_since_tsc;
	bool hang_busy;
	bool hang_reported;             /* counted (and reset asked for) */
	bool hang_told;                 /* HANG_DETECTED queued */
} __rte_cache_aligned;

enum mpdk__adapter_state {
	MPDK__A_INITIALIZING = 0,
	MPDK__A_RUNNING,
	MPDK__A_PAUSING,
	MPDK__A_PAUSED,
	MPDK__A_RESTARTING,
	MPDK__A_RESETTING,
	MPDK__A_HALTING,
};

/* A reset, pause or restart in progress (one at a time per adapter). */
enum mpdk__op {
	MPDK__OP_NONE = 0,
	MPDK__OP_RESET,
	MPDK__OP_PAUSE,
	MPDK__OP_RESTART,
};

enum mpdk__op_phase {
	MPDK__PH_START = 0,     /* requested; the control step starts it */
	MPDK__PH_MINIPORT,      /* the miniport handler runs */
	MPDK__PH_DRAIN,         /* waiting for queues, OIDs, receives */
};

/* OID request states (req->lib_state), for the exactly-once checks. */
enum mpdk__oid_state {
	MPDK__OID_IDLE = 0,
	MPDK__OID_QUEUED,
	MPDK__OID_DISPATCHING,  /* in the miniport's handler */
	MPDK__OID_DONE_IN_HANDLER, /* completed before the handler returned */
	MPDK__OID_AT_MINIPORT,  /* the handler pended it */
	MPDK__OID_COMPLETING,   /* miniport done, delivery pending */
};

/* Status indications waiting for the control step. */
#define MPDK__STATUS_QUEUE 64
struct mpdk__status_slot {
	mpdk_status_t code;
	uint32_t len;
	uint64_t link_gen;              /* LINK_STATE: its generation */
	uint8_t buf[MPDK_STATUS_BUF_MAX];
};

struct mpdk_adapter {
	TAILQ_ENTRY(mpdk_adapter) link;
	char name[MPDK_NAME_LEN];
	struct mpdk_miniport_driver *drv;
	void *ctx;                      /* miniport adapter context */
	struct mpdk_adapter_attrs attrs;
	uint32_t state;                 /* enum mpdk__adapter_state, atomic */
	uint16_t n_queues;
	int socket_id;
	/* Control path: bindings table and deferred control work.  The table
	 * is read by pollers under the bind_seq seqcount (odd while written,
	 * under ctl_lock); binding memory lives until the adapter is freed,
	 * so a stale pointer is never dangling. */
	rte_spinlock_t ctl_lock;
	uint32_t bind_seq;
	struct mpdk_binding *bindings[MPDK_MAX_BINDINGS];
	unsigned int n_bindings;
	TAILQ_HEAD(, mpdk_binding) all_bindings;
	/* Receivers' own NBLs when a frame goes to several bindings. */
	struct mpdk_nbl_pool *clone_pool;
	uint32_t n_closing;             /* atomic: bindings waiting to drain */
	uint16_t lcore_queue[RTE_MAX_LCORE];
	/* OID requests: one at the miniport, the rest queued in order; those
	 * the miniport completed wait for delivery by the control step. */
	rte_spinlock_t oid_lock;
	struct mpdk_oid_request *oid_cur;
	uint64_t oid_cur_seq;           /* raised each time oid_cur is set */
	struct mpdk_oid_request *oid_head;
	struct mpdk_oid_request *oid_tail;
	struct mpdk_oid_request *oid_done_head;
	struct mpdk_oid_request *oid_done_tail;
	/* Transfers completed outside a poll step (under oid_lock). */
	struct mpdk_transfer *xfer_done_head;
	struct mpdk_transfer *xfer_done_tail;
	/* Status indications, and the last link state indicated. */
	rte_spinlock_t status_lock;
	uint32_t status_head;
	uint32_t status_tail;
	struct mpdk__status_slot status_q[MPDK__STATUS_QUEUE];
	struct mpdk_link_state last_link;
	bool link_known;
	uint64_t link_gen;              /* bumped per link state queued */
	/* Reset / pause / restart. */
	uint32_t op;                    /* enum mpdk__op */
	uint32_t op_phase;              /* enum mpdk__op_phase */
	uint32_t op_miniport_done;      /* atomic: 0, 2 being completed, 1 done */
	mpdk_status_t op_miniport_status;
	mpdk_adapter_done_fn op_done;
	void *op_arg;
	uint32_t ctl_kick;              /* atomic: control work is waiting */
	/* Hang detection. */
	uint32_t hang_send_ms;
	uint32_t hang_oid_ms;
	bool reset_on_hang;
	uint64_t oid_hang_seq;          /* oid_cur_seq of the request reported */
	bool oid_hang_told;             /* ... and its HANG_DETECTED queued */
	uint64_t hang_next_tsc;
	uint32_t hang_steps;            /* poll steps until the clock is read */
	struct mpdk_adapter_stats stats;
	struct mpdk__queue q[MPDK_MAX_QUEUES];
};

/* One binding's share of a poll step's completions. */
struct mpdk__batch {
	struct mpdk_binding *binding;
	struct mpdk_nbl *head;
	struct mpdk_nbl *tail;
	uint32_t n;
};

/* NBLs for the second and later receivers of shared frames, per adapter. */
#define MPDK__CLONE_POOL_SIZE 8192

/* Bindings batched per step before an early flush. */
#define MPDK__BATCH_SLOTS 16

struct mpdk__poll_item {
	struct mpdk_adapter *adapter;
	uint16_t queue;
	uint32_t done;                  /* completions this step, for q->cnt */
	uint32_t deferred_taken;        /* deferred NBLs in this step's batches */
};

struct mpdk_poller {
	char name[MPDK_NAME_LEN];
	unsigned int budget;
	unsigned int n_items;
	struct mpdk__poll_item items[MPDK_POLLER_MAX_QUEUES];
	uint32_t running;               /* atomic: launched, or a service */
	uint32_t stop;                  /* atomic: asked to stop */
	unsigned int lcore_id;
	bool service;                   /* registered as a DPDK service */
	uint32_t service_id;
	unsigned int n_batch;
	struct mpdk__batch batch[MPDK__BATCH_SLOTS];
	struct mpdk_poller_stats stats;
};

/*
 * Per-thread context: lets mpdk_m_send_nbls_complete() tell a poll step
 * from a send call from anything else.
 */
struct mpdk__lcore_ctx {
	struct mpdk_poller *poller;     /* non-NULL inside a poll step */
	unsigned int send_depth;        /* nested mpdk_send_nbls() calls */
	struct mpdk_binding *inline_binding; /* sender asking inline completion */
	struct mpdk_nbl *inline_head;
	struct mpdk_nbl *inline_tail;
	uint32_t inline_n;
	unsigned int xfer_depth;        /* inside a transfer_data handler */
};

RTE_DECLARE_PER_LCORE(struct mpdk__lcore_ctx, mpdk__lctx);

/* This thread's context.  The empty asm hides the address from the
 * compiler: GCC 12 with -fsanitize=null tests a local-exec TLS address
 * with the flags of an unrelated compare (a lea sets none) and reports a
 * NULL dereference that is not there. */
static inline struct mpdk__lcore_ctx *
mpdk__lctx_get(void)
{
	struct mpdk__lcore_ctx *lc = &RTE_PER_LCORE(mpdk__lctx);

	__asm__("" : "+r"(lc));
	return lc;
}

/* mpdk_nb_pool.c */
int mpdk__nb_pool_init(void);

/* mpdk_init.c */
bool mpdk__initialized(void);
void mpdk__debug_violation(const char *what, const struct mpdk_nbl *nbl);
extern rte_spinlock_t mpdk__global_lock;

/* mpdk_driver.c */
struct mpdk_miniport_driver *mpdk__miniport_find(const char *name);

/* mpdk_adapter.c */
unsigned int mpdk__adapter_count(void);

/* mpdk_control.c */
void mpdk__adapter_control(struct mpdk_adapter *a);
void mpdk__control_init(struct mpdk_adapter *a);
void mpdk__kick(struct mpdk_adapter *a);
void mpdk__work_fini(void);

/* mpdk_oid.c */
void mpdk__oid_control(struct mpdk_adapter *a);
void mpdk__oid_abort_queued(struct mpdk_adapter *a, struct mpdk_binding *b);
bool mpdk__oid_idle(struct mpdk_adapter *a);

/* mpdk_binding.c */
bool mpdk__binding_try_finish_close(struct mpdk_binding *b);
void mpdk__binding_table_write_begin(struct mpdk_adapter *a);
void mpdk__binding_complete_opens(struct mpdk_adapter *a);
void mpdk__binding_table_write_end(struct mpdk_adapter *a);

/* mpdk_nbl.c */
void mpdk__nbl_put(struct mpdk_nbl *nbl);

/* mpdk_nbl_embed() without the call: the NBL in @p m's private area,
 * holding @p m as its one NB; the receive fields are the indication's. */
static inline struct mpdk_nbl *
mpdk__nbl_embed(struct rte_mbuf *m)
{
	struct mpdk_nbl *nbl = rte_mbuf_to_priv(m);

	nbl->next = NULL;
	nbl->first_nb = m;
	nbl->last_nb = m;
	nbl->source_handle = NULL;
	nbl->nb_count = 1;
	nbl->status = MPDK_STATUS_SUCCESS;
	nbl->flags = 0;
	nbl->lib_flags = 0;
	nbl->state = MPDK__NBL_OWNED;
	nbl->rx_frame_len = 0;
	nbl->cancel_id = 0;
	nbl->context = NULL;
	nbl->pool = NULL;
	*mpdk__nb_link(m) = NULL;
	return nbl;
}

/* mpdk_receive.c */
unsigned int mpdk__snapshot_bindings(struct mpdk_adapter *a,
				     struct mpdk_binding **out);
void mpdk__xfer_control(struct mpdk_adapter *a);

/* mpdk_send.c */
void mpdk__deliver(struct mpdk_binding *b, struct mpdk_nbl *head, uint32_t n,
		   uint32_t flags);
void mpdk__batch_flush(struct mpdk_poller *p);
unsigned int mpdk__drain_deferred(struct mpdk_poller *p, struct mpdk_adapter *a,
				  uint16_t queue);
void mpdk__counters_read(const struct mpdk__send_counters *c,
			 struct mpdk_send_stats *out);

/* Gate for new sends on an adapter, from its state. */
static inline mpdk_status_t
mpdk__adapter_gate(const struct mpdk_adapter *a)
{
	switch (__atomic_load_n(&a->state, __ATOMIC_ACQUIRE)) {
	case MPDK__A_RUNNING:
		return MPDK_STATUS_SUCCESS;
	case MPDK__A_PAUSING:
	case MPDK__A_PAUSED:
	case MPDK__A_RESTARTING:
		return MPDK_STATUS_PAUSED;
	case MPDK__A_RESETTING:
		return MPDK_STATUS_RESET_IN_PROGRESS;
	default:
		return MPDK_STATUS_ADAPTER_NOT_READY;
	}
}

/* Gate for new sends on a binding, from its state. */
static inline mpdk_status_t
mpdk__binding_gate(const struct mpdk_binding *b)
{
	switch (__atomic_load_n(&b->state, __ATOMIC_ACQUIRE)) {
	case MPDK__B_OPEN:
		return MPDK_STATUS_SUCCESS;
	case MPDK__B_OPENING:
		return MPDK_STATUS_ADAPTER_NOT_READY;
	case MPDK__B_CLOSING:
		return MPDK_STATUS_CLOSING;
	default:
		return MPDK_STATUS_ADAPTER_NOT_OPEN;
	}
}

/* Copy a name, refusing NULL, empty and over-long ones. */
static inline bool
mpdk__name_ok(const char *name)
{
	return name != NULL && name[0] != '\0' &&
	       strnlen(name, MPDK_NAME_LEN) < MPDK_NAME_LEN;
}

#endif /* MPDK_PRIVATE_H */
