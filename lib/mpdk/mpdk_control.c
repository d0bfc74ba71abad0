/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The control path: reset (MiniportResetEx), pause and restart, status
 * indications (NdisMIndicateStatusEx), cancel (MiniportCancelSend), hang
 * detection (MiniportCheckForHang), and the control thread for work that
 * blocks (NdisQueueIoWorkItem).
 *
 * Everything a protocol sees from here runs in the adapter's control step,
 * which the poller owning queue 0 runs at every poll step; it is cheap when
 * there is nothing to do (a few loads).  Requests from the control thread
 * and completions from any thread reach it through 'ctl_kick'.
 */

#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_lcore.h>

#include "mpdk_private.h"

#define HANG_SEND_MS_DEFAULT 30000u   /* NDIS's send time-out */
#define HANG_OID_MS_DEFAULT 12000u    /* NDIS's OID time-out */
#define HANG_CHECK_MS 10u             /* how often the limits are checked */
/* The clock is read every this many control steps, not at each one: a
 * step on the data path is ~100 ns and a TSC read costs tens of cycles. */
#define HANG_CLOCK_STEPS 16u

void
mpdk__control_init(struct mpdk_adapter *a)
{
	rte_spinlock_init(&a->oid_lock);
	rte_spinlock_init(&a->status_lock);
	a->hang_send_ms = HANG_SEND_MS_DEFAULT;
	a->hang_oid_ms = HANG_OID_MS_DEFAULT;
}

void
mpdk__kick(struct mpdk_adapter *a)
{
	__atomic_store_n(&a->ctl_kick, 1, __ATOMIC_RELEASE);
}

/* ---------------------------------------------------------------- status */

static mpdk_status_t
status_queue(struct mpdk_adapter *a, mpdk_status_t code, const void *buf,
	     uint32_t len)
{
	struct mpdk__status_slot *slot;
	bool link;

	if (len > MPDK_STATUS_BUF_MAX || (buf == NULL && len != 0))
		return MPDK_STATUS_INVALID_PARAMETER;
	rte_spinlock_lock(&a->status_lock);
	link = code == MPDK_STATUS_LINK_STATE && len == sizeof(a->last_link);
	/* The same link state again (an LSC callback and polling both saw
	 * it): not a change, no indication. */
	if (link && a->link_known && memcmp(&a->last_link, buf, len) == 0) {
		rte_spinlock_unlock(&a->status_lock);
		return MPDK_STATUS_SUCCESS;
	}
	if (a->status_tail - a->status_head == MPDK__STATUS_QUEUE) {
		rte_spinlock_unlock(&a->status_lock);
		MPDK_LOG(WARNING, "adapter '%s': status queue full, %s dropped",
			 a->name, mpdk_status_str(code));
		return MPDK_STATUS_RESOURCES;
	}
	slot = &a->status_q[a->status_tail % MPDK__STATUS_QUEUE];
	slot->link_gen = 0;
	if (link) {
		/* Remembered only once it will be delivered. */
		memcpy(&a->last_link, buf, len);
		a->link_known = true;
		a->stats.link_changes++;
		slot->link_gen = ++a->link_gen;
	}
	slot->code = code;
	slot->len = len;
	if (len != 0)
		memcpy(slot->buf, buf, len);
	a->status_tail++;
	rte_spinlock_unlock(&a->status_lock);
	mpdk__kick(a);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_m_indicate_status(struct mpdk_adapter *a,
		       const struct mpdk_status_indication *ind)
{
	if (a == NULL || ind == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	return status_queue(a, ind->code, ind->buf, ind->buf_len);
}

/* A binding opened after the adapter's last link indication has not
 * heard it (NDIS gives the link state in the bind parameters): give it the
 * current one, once.  After status_deliver(), so the ring holds no newer
 * link state. */
static void
link_catch_up(struct mpdk_adapter *a, struct mpdk_binding *const *b,
	      unsigned int n)
{
	struct mpdk_status_indication ind = { .code = MPDK_STATUS_LINK_STATE };
	struct mpdk_link_state link;
	unsigned int i;
	uint64_t gen;

	rte_spinlock_lock(&a->status_lock);
	gen = a->link_known ? a->link_gen : 0;
	link = a->last_link;
	rte_spinlock_unlock(&a->status_lock);
	if (gen == 0)
		return;
	ind.buf = &link;
	ind.buf_len = sizeof(link);
	for (i = 0; i < n; i++) {
		if (b[i]->link_gen >= gen ||
		    __atomic_load_n(&b[i]->state, __ATOMIC_ACQUIRE) != MPDK__B_OPEN)
			continue;
		b[i]->link_gen = gen;
		if (b[i]->proto->ops.status == NULL)
			continue;
		b[i]->proto->ops.status(b[i]->ctx, &ind);
		a->stats.status_indications++;
	}
}

/* Deliver the queued indications to every open binding, then the current
 * link state to bindings that have not heard one. */
static void
status_deliver(struct mpdk_adapter *a)
{
	struct mpdk_binding *b[MPDK_MAX_BINDINGS];
	struct mpdk__status_slot slot;
	struct mpdk_status_indication ind;
	unsigned int n, i;

	for (;;) {
		rte_spinlock_lock(&a->status_lock);
		if (a->status_head == a->status_tail) {
			rte_spinlock_unlock(&a->status_lock);
			n = mpdk__snapshot_bindings(a, b);
			link_catch_up(a, b, n);
			return;
		}
		slot = a->status_q[a->status_head % MPDK__STATUS_QUEUE];
		a->status_head++;
		rte_spinlock_unlock(&a->status_lock);

		ind.code = slot.code;
		ind.buf = slot.len != 0 ? slot.buf : NULL;
		ind.buf_len = slot.len;
		n = mpdk__snapshot_bindings(a, b);
		for (i = 0; i < n; i++) {
			if (__atomic_load_n(&b[i]->state, __ATOMIC_ACQUIRE) !=
			    MPDK__B_OPEN)
				continue;
			if (slot.link_gen != 0) {
				/* Caught up already (it opened after this
				 * was queued), or now it has it. */
				if (b[i]->link_gen >= slot.link_gen)
					continue;
				b[i]->link_gen = slot.link_gen;
			}
			if (b[i]->proto->ops.status == NULL)
				continue;
			b[i]->proto->ops.status(b[i]->ctx, &ind);
			a->stats.status_indications++;
		}
	}
}

/*
 * RESET_START to every open binding; RESET_END only to those that got
 * RESET_START and are still open, so a binding whose open pended during
 * the reset (or that opened as it finished) never sees an end without a
 * start.  Delivered directly rather than through the status ring, which
 * could be full, after whatever the ring holds, so indications keep their
 * order.  Control step only.
 */
static void
reset_indicate(struct mpdk_adapter *a, mpdk_status_t code)
{
	struct mpdk_status_indication ind = { .code = code };
	struct mpdk_binding *b[MPDK_MAX_BINDINGS];
	bool start = code == MPDK_STATUS_RESET_START;
	unsigned int n, i;

	status_deliver(a);
	n = mpdk__snapshot_bindings(a, b);
	for (i = 0; i < n; i++) {
		bool open = __atomic_load_n(&b[i]->state, __ATOMIC_ACQUIRE) ==
			    MPDK__B_OPEN;
		bool started = b[i]->reset_indicated;

		b[i]->reset_indicated = start && open;
		if (!open || (!start && !started) ||
		    b[i]->proto->ops.status == NULL)
			continue;
		b[i]->proto->ops.status(b[i]->ctx, &ind);
		a->stats.status_indications++;
	}
}

/* ------------------------------------------------ reset, pause, restart */

/* Publish a new operation for the control step; ctl_lock held. */
static void
op_begin(struct mpdk_adapter *a, enum mpdk__op op, uint32_t state,
	 mpdk_adapter_done_fn done, void *arg)
{
	a->op_phase = MPDK__PH_START;
	a->op_done = done;
	a->op_arg = arg;
	a->op_miniport_status = MPDK_STATUS_SUCCESS;
	__atomic_store_n(&a->op_miniport_done, 0, __ATOMIC_RELAXED);
	/* The gate closes before the control step can see the operation. */
	__atomic_store_n(&a->state, state, __ATOMIC_SEQ_CST);
	__atomic_store_n(&a->op, op, __ATOMIC_RELEASE);
	mpdk__kick(a);
}

static mpdk_status_t
op_check(struct mpdk_adapter *a)
{
	if (a == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	/* The control step runs on queue 0's poller: without one, nothing
	 * would ever complete. */
	if (__atomic_load_n(&a->q[0].poller, __ATOMIC_ACQUIRE) == NULL) {
		MPDK_LOG(ERR, "adapter '%s': no poller owns queue 0", a->name);
		return MPDK_STATUS_ADAPTER_NOT_READY;
	}
	return MPDK_STATUS_SUCCESS;
}

/*
 * Start a reset or a pause: only from RUNNING with no operation finishing
 * (a restart that has set RUNNING but not ended yet answers PAUSED).
 * During a reset the answer is RESET_IN_PROGRESS, while pausing, paused or
 * restarting PAUSED.
 */
static mpdk_status_t
op_start_running(struct mpdk_adapter *a, enum mpdk__op op, uint32_t state,
		 mpdk_adapter_done_fn done, void *arg)
{
	mpdk_status_t st = op_check(a);

	if (st != MPDK_STATUS_SUCCESS)
		return st;
	rte_spinlock_lock(&a->ctl_lock);
	switch (__atomic_load_n(&a->state, __ATOMIC_ACQUIRE)) {
	case MPDK__A_RUNNING:
		if (a->op != MPDK__OP_NONE) {
			st = MPDK_STATUS_PAUSED; /* a restart finishing */
			break;
		}
		op_begin(a, op, state, done, arg);
		st = MPDK_STATUS_PENDING;
		break;
	case MPDK__A_RESETTING:
		st = MPDK_STATUS_RESET_IN_PROGRESS;
		break;
	case MPDK__A_PAUSING:
	case MPDK__A_PAUSED:
	case MPDK__A_RESTARTING:
		st = MPDK_STATUS_PAUSED;
		break;
	default:
		st = MPDK_STATUS_ADAPTER_NOT_READY;
	}
	rte_spinlock_unlock(&a->ctl_lock);
	return st;
}

mpdk_status_t
mpdk_adapter_reset(struct mpdk_adapter *a, mpdk_adapter_done_fn done, void *arg)
{
	return op_start_running(a, MPDK__OP_RESET, MPDK__A_RESETTING, done, arg);
}

mpdk_status_t
mpdk_adapter_pause(struct mpdk_adapter *a, mpdk_adapter_done_fn done, void *arg)
{
	return op_start_running(a, MPDK__OP_PAUSE, MPDK__A_PAUSING, done, arg);
}

mpdk_status_t
mpdk_adapter_restart(struct mpdk_adapter *a, mpdk_adapter_done_fn done,
		     void *arg)
{
	mpdk_status_t st = op_check(a);

	if (st != MPDK_STATUS_SUCCESS)
		return st;
	rte_spinlock_lock(&a->ctl_lock);
	if (__atomic_load_n(&a->state, __ATOMIC_ACQUIRE) == MPDK__A_PAUSED &&
	    a->op == MPDK__OP_NONE) {
		op_begin(a, MPDK__OP_RESTART, MPDK__A_RESTARTING, done, arg);
		st = MPDK_STATUS_PENDING;
	} else {
		st = MPDK_STATUS_ADAPTER_NOT_READY;
	}
	rte_spinlock_unlock(&a->ctl_lock);
	return st;
}

/* A completion of a reset, pause or restart that must not be. */
static void
op_violation(struct mpdk_adapter *a, const char *what)
{
#ifdef MPDK_DEBUG
	RTE_SET_USED(a);
	mpdk__debug_violation(what, NULL);
#else
	MPDK_LOG(ERR, "adapter '%s': %s", a->name, what);
#endif
}

/* The miniport finished its part of the current operation. */
static void
op_miniport_done(struct mpdk_adapter *a, enum mpdk__op op, mpdk_status_t st,
		 const char *what)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	uint32_t phase = __atomic_load_n(&a->op_phase, __ATOMIC_ACQUIRE);
	uint32_t none = 0;

	/* Claim the completion (0 -> 2) before writing its status, so two
	 * racing completions cannot both pass: the loser is reported.  The
	 * control step reads the status only once it sees 1. */
	if (__atomic_load_n(&a->op, __ATOMIC_ACQUIRE) != op ||
	    phase == MPDK__PH_START ||
	    !__atomic_compare_exchange_n(&a->op_miniport_done, &none, 2, false,
					 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
		op_violation(a, what);
		return;
	}
	/* Sends the miniport completed earlier in this poll step (with
	 * RESET_IN_PROGRESS) wait in the step's batches.  The control step
	 * flushes its own poller's batches before it ends a reset, but not
	 * another poller's: flush those now, so they reach their protocols
	 * before the done callback and RESET_END.  Never from inside a send
	 * call, whose sender must not be re-entered. */
	if (op == MPDK__OP_RESET && lc->poller != NULL && lc->send_depth == 0 &&
	    lc->poller != __atomic_load_n(&a->q[0].poller, __ATOMIC_ACQUIRE))
		mpdk__batch_flush(lc->poller);
	a->op_miniport_status = st;
	__atomic_store_n(&a->op_miniport_done, 1, __ATOMIC_RELEASE);
	mpdk__kick(a);
}

void
mpdk_m_reset_complete(struct mpdk_adapter *a, mpdk_status_t st)
{
	op_miniport_done(a, MPDK__OP_RESET, st,
			 "reset completed twice, or with no reset pending");
}

void
mpdk_m_pause_complete(struct mpdk_adapter *a)
{
	op_miniport_done(a, MPDK__OP_PAUSE, MPDK_STATUS_SUCCESS,
			 "pause completed twice, or with no pause pending");
}

void
mpdk_m_restart_complete(struct mpdk_adapter *a, mpdk_status_t st)
{
	op_miniport_done(a, MPDK__OP_RESTART, st,
			 "restart completed twice, or with no restart pending");
}

/* Every queue's sends completed (and were handed back). */
static bool
sends_drained(struct mpdk_adapter *a)
{
	uint16_t q;

	/* Sequentially consistent, to pair with the senders' count-then-gate
	 * (they raise 'sent' before they read the state this pause set). */
	for (q = 0; q < a->n_queues; q++)
		if (__atomic_load_n(&a->q[q].cnt.sent, __ATOMIC_SEQ_CST) !=
		    __atomic_load_n(&a->q[q].cnt.completed, __ATOMIC_SEQ_CST))
			return false;
	return true;
}

/* Completions made outside a poll step (RESET_IN_PROGRESS ones) were
 * handed to their protocols: not just taken off the deferred lists, but
 * delivered (the count drops after the batches are flushed). */
static bool
deferred_empty(struct mpdk_adapter *a)
{
	uint16_t q;

	for (q = 0; q < a->n_queues; q++)
		if (__atomic_load_n(&a->q[q].deferred_undelivered,
				    __ATOMIC_ACQUIRE) != 0)
			return false;
	return true;
}

/* Every indicated NBL and every transfer came back. */
static bool
receives_drained(struct mpdk_adapter *a)
{
	struct mpdk_binding *b[MPDK_MAX_BINDINGS];
	unsigned int n = mpdk__snapshot_bindings(a, b), i;

	/* 'indicated' sequentially consistent, as 'sent' above. */
	for (i = 0; i < n; i++) {
		if (__atomic_load_n(&b[i]->rx.indicated, __ATOMIC_SEQ_CST) !=
		    __atomic_load_n(&b[i]->rx.returned, __ATOMIC_SEQ_CST) ||
		    __atomic_load_n(&b[i]->rx.xfer_started, __ATOMIC_ACQUIRE) !=
		    __atomic_load_n(&b[i]->rx.xfer_done, __ATOMIC_ACQUIRE))
			return false;
	}
	return true;
}

static void
op_finish(struct mpdk_adapter *a, uint32_t state, mpdk_status_t st)
{
	mpdk_adapter_done_fn done = a->op_done;
	void *arg = a->op_arg;

	rte_spinlock_lock(&a->ctl_lock);
	a->op_done = NULL;
	__atomic_store_n(&a->op, MPDK__OP_NONE, __ATOMIC_RELEASE);
	__atomic_store_n(&a->state, state, __ATOMIC_SEQ_CST);
	rte_spinlock_unlock(&a->ctl_lock);
	if (done != NULL)
		done(a, st, arg);
}

/* What a handler that answered at once and completed too did wrong. */
static const char *
op_twice_what(enum mpdk__op op)
{
	switch (op) {
	case MPDK__OP_RESET:
		return "reset answered at once and completed through mpdk_m_reset_complete() too";
	case MPDK__OP_PAUSE:
		return "pause answered at once and completed through mpdk_m_pause_complete() too";
	default:
		return "restart answered at once and completed through mpdk_m_restart_complete() too";
	}
}

static void
op_step(struct mpdk_adapter *a, enum mpdk__op op)
{
	struct mpdk__lcore_ctx *lc = mpdk__lctx_get();
	mpdk_status_t st = MPDK_STATUS_SUCCESS;

	if (a->op_phase == MPDK__PH_START) {
		__atomic_store_n(&a->op_phase, MPDK__PH_MINIPORT, __ATOMIC_RELEASE);
		switch (op) {
		case MPDK__OP_RESET:
			reset_indicate(a, MPDK_STATUS_RESET_START);
			mpdk__oid_abort_queued(a, NULL);
			if (a->drv->ops.reset != NULL)
				st = a->drv->ops.reset(a->ctx);
			break;
		case MPDK__OP_PAUSE:
			if (a->drv->ops.pause != NULL)
				st = a->drv->ops.pause(a->ctx);
			break;
		case MPDK__OP_RESTART:
			if (a->drv->ops.restart != NULL)
				st = a->drv->ops.restart(a->ctx);
			break;
		default:
			break;
		}
		if (st != MPDK_STATUS_PENDING) {
			/* Completing inside the handler and returning PENDING
			 * is allowed (the completion raced the return); doing
			 * it and answering at once is a double completion.
			 * The returned status wins, as for OID requests. */
			if (__atomic_exchange_n(&a->op_miniport_done, 1,
						__ATOMIC_ACQ_REL) != 0)
				op_violation(a, op_twice_what(op));
			a->op_miniport_status = st;
		}
		__atomic_store_n(&a->op_phase, MPDK__PH_DRAIN, __ATOMIC_RELEASE);
	}
	if (__atomic_load_n(&a->op_miniport_done, __ATOMIC_ACQUIRE) != 1)
		return; /* not done, or its status is being written */

	switch (op) {
	case MPDK__OP_RESET:
		/* Aborted OIDs and RESET_IN_PROGRESS sends reach their
		 * protocols before the reset completes.  A request that
		 * slipped into the queue as the reset started is aborted
		 * here; the sends the miniport completed in this step (from
		 * a handler that answered at once, or a completion made on
		 * this poller) sit in the step's batches: hand them over now
		 * rather than at the end of the step. */
		mpdk__oid_abort_queued(a, NULL);
		mpdk__oid_control(a);
		if (lc->poller != NULL)
			mpdk__batch_flush(lc->poller);
		if (!mpdk__oid_idle(a) || !deferred_empty(a))
			return;
		a->stats.resets++;
		op_finish(a, MPDK__A_RUNNING, a->op_miniport_status);
		mpdk__binding_complete_opens(a);
		reset_indicate(a, MPDK_STATUS_RESET_END);
		break;
	case MPDK__OP_PAUSE:
		if (!sends_drained(a) || !receives_drained(a))
			return;
		a->stats.pauses++;
		op_finish(a, MPDK__A_PAUSED, MPDK_STATUS_SUCCESS);
		break;
	case MPDK__OP_RESTART:
		op_finish(a, a->op_miniport_status == MPDK_STATUS_SUCCESS ?
			  MPDK__A_RUNNING : MPDK__A_PAUSED,
			  a->op_miniport_status);
		break;
	default:
		break;
	}
}

/* -------------------------------------------------------------- closing */

static void
close_step(struct mpdk_adapter *a)
{
	struct mpdk_binding *b[MPDK_MAX_BINDINGS], *done[MPDK_MAX_BINDINGS];
	unsigned int i, n, n_done = 0;

	/* Requests a closing binding still queues will not run. */
	n = mpdk__snapshot_bindings(a, b);
	for (i = 0; i < n; i++)
		if (__atomic_load_n(&b[i]->state, __ATOMIC_ACQUIRE) ==
		    MPDK__B_CLOSING)
			mpdk__oid_abort_queued(a, b[i]);

	rte_spinlock_lock(&a->ctl_lock);
	for (i = 0; i < a->n_bindings;) {
		struct mpdk_binding *bb = a->bindings[i];

		if (mpdk__binding_try_finish_close(bb)) {
			/* Removed from the table; its close returned PENDING
			 * (a close that drains at once finishes under this
			 * lock before returning). */
			done[n_done++] = bb;
			continue;
		}
		i++;
	}
	rte_spinlock_unlock(&a->ctl_lock);

	for (i = 0; i < n_done; i++)
		if (done[i]->proto->ops.close_adapter_complete != NULL)
			done[i]->proto->ops.close_adapter_complete(done[i]->ctx);
}

/* ---------------------------------------------------------------- hangs */

/* A hang seen for the first time: counted, logged, reset if asked for. */
static void
hang_count(struct mpdk_adapter *a, uint32_t what, uint64_t age_ms)
{
	a->stats.hangs++;
	MPDK_LOG(WARNING, "adapter '%s': %s hung for %" PRIu64 " ms", a->name,
		 what == 1 ? "send queue" : "OID request", age_ms);
	if (__atomic_load_n(&a->reset_on_hang, __ATOMIC_RELAXED))
		mpdk_adapter_reset(a, NULL, NULL);
}

/* Queue its HANG_DETECTED indication.  False when the status queue is
 * full: the caller tries again at its next check while the hang lasts,
 * so a flood of other indications cannot make it be lost. */
static bool
hang_tell(struct mpdk_adapter *a, uint32_t what, uint32_t queue,
	  uint64_t age_ms)
{
	struct mpdk_hang_info info = { .what = what, .queue = queue,
				       .age_ms = age_ms };

	return status_queue(a, MPDK_STATUS_HANG_DETECTED, &info,
			    sizeof(info)) == MPDK_STATUS_SUCCESS;
}

static void
hang_check(struct mpdk_adapter *a, uint64_t now)
{
	uint64_t hz_ms = rte_get_timer_hz() / 1000;
	uint32_t send_ms = __atomic_load_n(&a->hang_send_ms, __ATOMIC_RELAXED);
	uint32_t oid_ms = __atomic_load_n(&a->hang_oid_ms, __ATOMIC_RELAXED);
	struct mpdk_oid_request *cur;
	uint64_t submit = 0, seq = 0;
	uint16_t q;

	for (q = 0; send_ms != 0 && q < a->n_queues; q++) {
		struct mpdk__queue *qs = &a->q[q];
		uint64_t sent = __atomic_load_n(&qs->cnt.sent, __ATOMIC_ACQUIRE);
		uint64_t done = __atomic_load_n(&qs->cnt.completed,
						__ATOMIC_ACQUIRE);

		if (sent == done) {
			/* Idle: no clock runs. */
			qs->hang_busy = false;
			qs->hang_reported = false;
			qs->hang_told = false;
			continue;
		}
		if (!qs->hang_busy || done != qs->hang_seen_completed) {
			/* Busy since the last check (the clock starts now,
			 * not at the last check, which may be long ago if
			 * nobody polled), or progress: count afresh. */
			qs->hang_busy = true;
			qs->hang_seen_completed = done;
			qs->hang_since_tsc = now;
			qs->hang_reported = false;
			qs->hang_told = false;
			continue;
		}
		if (!qs->hang_reported &&
		    now - qs->hang_since_tsc > send_ms * hz_ms) {
			qs->hang_reported = true;
			hang_count(a, 1, (now - qs->hang_since_tsc) / hz_ms);
		}
		if (qs->hang_reported && !qs->hang_told)
			qs->hang_told = hang_tell(a, 1, q,
				(now - qs->hang_since_tsc) / hz_ms);
	}

	/* Each request at the miniport is reported once: by the sequence
	 * number it got when it went there, so the next one (dispatched in
	 * the same step the hung one completed) is watched afresh. */
	rte_spinlock_lock(&a->oid_lock);
	cur = a->oid_cur;
	if (cur != NULL) {
		submit = cur->lib_submit_tsc;
		seq = a->oid_cur_seq;
	}
	rte_spinlock_unlock(&a->oid_lock);
	if (cur != NULL && oid_ms != 0 && seq != a->oid_hang_seq &&
	    now - submit > oid_ms * hz_ms) {
		a->oid_hang_seq = seq;
		a->oid_hang_told = false;
		hang_count(a, 2, (now - submit) / hz_ms);
	}
	if (cur != NULL && seq == a->oid_hang_seq && !a->oid_hang_told)
		a->oid_hang_told = hang_tell(a, 2, 0, (now - submit) / hz_ms);
}

mpdk_status_t
mpdk_adapter_set_hang_limits(struct mpdk_adapter *a, uint32_t send_ms,
			     uint32_t oid_ms, int reset_on_hang)
{
	if (a == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	/* Read by the control step on another thread. */
	__atomic_store_n(&a->hang_send_ms, send_ms, __ATOMIC_RELAXED);
	__atomic_store_n(&a->hang_oid_ms, oid_ms, __ATOMIC_RELAXED);
	__atomic_store_n(&a->reset_on_hang, reset_on_hang != 0, __ATOMIC_RELAXED);
	return MPDK_STATUS_SUCCESS;
}

/* ---------------------------------------------------------- control step */

void
mpdk__adapter_control(struct mpdk_adapter *a)
{
	enum mpdk__op op;
	uint64_t now;

	if (__atomic_load_n(&a->ctl_kick, __ATOMIC_ACQUIRE) != 0 &&
	    __atomic_exchange_n(&a->ctl_kick, 0, __ATOMIC_SEQ_CST) != 0) {
		status_deliver(a);
		mpdk__oid_control(a);
		mpdk__xfer_control(a);
	}
	op = __atomic_load_n(&a->op, __ATOMIC_ACQUIRE);
	if (op != MPDK__OP_NONE)
		op_step(a, op);
	if (__atomic_load_n(&a->n_closing, __ATOMIC_ACQUIRE) != 0)
		close_step(a);
	if (likely(a->hang_steps-- > 1))
		return;
	a->hang_steps = HANG_CLOCK_STEPS;
	now = rte_get_timer_cycles();
	if (now >= a->hang_next_tsc) {
		a->hang_next_tsc = now + rte_get_timer_hz() / 1000 * HANG_CHECK_MS;
		hang_check(a, now);
	}
}

enum mpdk_adapter_state
mpdk_adapter_get_state(const struct mpdk_adapter *a)
{
	switch (__atomic_load_n(&a->state, __ATOMIC_ACQUIRE)) {
	case MPDK__A_RUNNING:
		return MPDK_ADAPTER_RUNNING;
	case MPDK__A_PAUSING:
		return MPDK_ADAPTER_PAUSING;
	case MPDK__A_PAUSED:
		return MPDK_ADAPTER_PAUSED;
	case MPDK__A_RESTARTING:
		return MPDK_ADAPTER_RESTARTING;
	case MPDK__A_RESETTING:
		return MPDK_ADAPTER_RESETTING;
	default:
		return MPDK_ADAPTER_OTHER;
	}
}

mpdk_status_t
mpdk_adapter_stats_get(const struct mpdk_adapter *a,
		       struct mpdk_adapter_stats *st)
{
	if (a == NULL || st == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	st->resets = MPDK__READ(&a->stats.resets);
	st->pauses = MPDK__READ(&a->stats.pauses);
	st->hangs = MPDK__READ(&a->stats.hangs);
	st->oids = MPDK__READ(&a->stats.oids);
	st->oids_aborted = MPDK__READ(&a->stats.oids_aborted);
	st->status_indications = MPDK__READ(&a->stats.status_indications);
	st->link_changes = MPDK__READ(&a->stats.link_changes);
	return MPDK_STATUS_SUCCESS;
}

/* --------------------------------------------------------------- cancel */

mpdk_status_t
mpdk_cancel_send_nbls(struct mpdk_binding *b, uint64_t cancel_id)
{
	struct mpdk_adapter *a;

	if (b == NULL || cancel_id == 0)
		return MPDK_STATUS_INVALID_PARAMETER;
	a = b->adapter;
	if (a->drv->ops.cancel_send == NULL)
		return MPDK_STATUS_NOT_SUPPORTED;
	return a->drv->ops.cancel_send(a->ctx, cancel_id);
}

uint64_t
mpdk_cancel_id_generate(void)
{
	static uint64_t next_id;

	return __atomic_add_fetch(&next_id, 1, __ATOMIC_RELAXED);
}

/* --------------------------------------------------------- control thread */

struct work_item {
	struct work_item *next;
	mpdk_work_fn fn;
	void *arg;
};

static struct {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t tid;
	bool started;
	bool stop;
	struct work_item *head;
	struct work_item *tail;
} work = {
	.mu = PTHREAD_MUTEX_INITIALIZER,
	.cv = PTHREAD_COND_INITIALIZER,
};

static void *
work_main(void *arg __rte_unused)
{
	struct work_item *w;

	pthread_mutex_lock(&work.mu);
	for (;;) {
		while (work.head == NULL && !work.stop)
			pthread_cond_wait(&work.cv, &work.mu);
		w = work.head;
		if (w == NULL)
			break; /* stop, nothing left */
		work.head = w->next;
		if (work.head == NULL)
			work.tail = NULL;
		pthread_mutex_unlock(&work.mu);
		w->fn(w->arg);
		free(w);
		pthread_mutex_lock(&work.mu);
	}
	pthread_mutex_unlock(&work.mu);
	return NULL;
}

mpdk_status_t
mpdk_m_queue_work(mpdk_work_fn fn, void *arg)
{
	struct work_item *w;

	if (fn == NULL)
		return MPDK_STATUS_INVALID_PARAMETER;
	w = malloc(sizeof(*w));
	if (w == NULL)
		return MPDK_STATUS_RESOURCES;
	w->next = NULL;
	w->fn = fn;
	w->arg = arg;
	pthread_mutex_lock(&work.mu);
	if (!work.started) {
		work.stop = false;
		if (rte_ctrl_thread_create(&work.tid, "mpdk-ctrl", NULL,
					   work_main, NULL) != 0) {
			pthread_mutex_unlock(&work.mu);
			free(w);
			MPDK_LOG(ERR, "cannot start the mpdk control thread");
			return MPDK_STATUS_RESOURCES;
		}
		work.started = true;
	}
	if (work.tail != NULL)
		work.tail->next = w;
	else
		work.head = w;
	work.tail = w;
	pthread_cond_signal(&work.cv);
	pthread_mutex_unlock(&work.mu);
	return MPDK_STATUS_SUCCESS;
}

/* Run what is queued, then stop the control thread. */
void
mpdk__work_fini(void)
{
	pthread_mutex_lock(&work.mu);
	if (!work.started) {
		pthread_mutex_unlock(&work.mu);
		return;
	}
	work.stop = true;
	pthread_cond_signal(&work.cv);
	pthread_mutex_unlock(&work.mu);
	pthread_join(work.tid, NULL);
	work.started = false;
}
