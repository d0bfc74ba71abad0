/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The "testpmd" protocol driver and the forwarding state.
 *
 * One binding per adapter, open for the whole session (closed only while
 * the l2fwd engine holds the port, since a second receiver would make
 * every frame shared and l2fwd would have to copy it).  Its handlers:
 *
 *  receive        counts, then hands the frames to the running engine, or
 *                 returns them at once;
 *  send complete  one place for every NBL the application sent, whatever
 *                 the engine: latency (rte_rdtsc() - nbl->send_tsc) into a
 *                 per-queue histogram, a count per final status, then by
 *                 its kind (protocol_reserved[0]): an indicated NBL goes
 *                 back to the binding it was indicated to, a txonly NBL is
 *                 sent again while txonly runs, the rest is freed;
 *  status         kept per port for 'show link events';
 *  OID complete   wakes the command waiting for it (cmd_oid.c).
 *
 * Per (port, queue) counters have one writer, the poller owning the
 * queue; counters several lcores write are relaxed atomics.  Forwarding
 * starts and stops on the main lcore; handlers read the state with
 * acquire loads, and stop waits for every poller to take two more steps
 * before it looks at what is still in flight.
 */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>

#include "testpmd.h"

#define RELAXED __ATOMIC_RELAXED
#define ADD(ptr, v) __atomic_fetch_add((ptr), (v), RELAXED)
#define SUB(ptr, v) __atomic_fetch_sub((ptr), (v), RELAXED)
#define READ(ptr) __atomic_load_n((ptr), RELAXED)
/* Single writer: no read-modify-write needed, only untorn values. */
#define INC1(ptr, v) __atomic_store_n((ptr), READ(ptr) + (v), RELAXED)

const struct tp_engine *const tp_engines[] = {
	&tp_engine_io, &tp_engine_mac, &tp_engine_txonly, &tp_engine_rxonly,
	&tp_engine_l2fwd, &tp_engine_responder, NULL,
};
const struct tp_engine *tp_engine = &tp_engine_io;

/* The engine between 'start' and the end of 'stop'. */
static const struct tp_engine *run_engine;
static uint32_t fwd_state = TP_FWD_STOPPED;
static struct mpdk_protocol_driver *proto;

const struct tp_engine *
tp_engine_find(const char *name)
{
	unsigned int i;

	for (i = 0; tp_engines[i] != NULL; i++)
		if (strcmp(tp_engines[i]->name, name) == 0)
			return tp_engines[i];
	return NULL;
}

enum tp_fwd_state
tp_fwd_state(void)
{
	return __atomic_load_n(&fwd_state, __ATOMIC_ACQUIRE);
}

bool
tp_fwd_running(void)
{
	return tp_fwd_state() == TP_FWD_RUNNING;
}

struct mpdk_binding *
tp_binding(struct tp_port *p)
{
	return __atomic_load_n(&p->binding, __ATOMIC_ACQUIRE);
}

/* -------------------------------------------------------------- sending */

/* The port a forwarded NBL came in on. */
static struct tp_port *
in_port(const struct mpdk_nbl *nbl)
{
	return tp_port_get((uint16_t)nbl->protocol_reserved[TP_RSV_ARG]);
}

/* NBLs that will not be sent after all (refused at submit): undo what
 * their sending counted and give each back or free it. */
static void
take_back(struct tp_port *p, struct mpdk_nbl *chain)
{
	struct mpdk_nbl *ret = NULL, **ret_tail = &ret, *nbl, *tmp;
	struct tp_port *in;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		nbl->next = NULL;
		switch (nbl->protocol_reserved[TP_RSV_KIND]) {
		case TP_KIND_FWD:
			SUB(&p->fwd_inflight, 1);
			in = in_port(nbl);
			if (in != NULL)
				ADD(&in->rx_dropped, 1);
			*ret_tail = nbl;
			ret_tail = &nbl->next;
			continue;
		case TP_KIND_COPY:
			SUB(&p->fwd_inflight, 1);
			in = in_port(nbl);
			if (in != NULL)
				ADD(&in->rx_dropped, 1);
			break;
		case TP_KIND_GEN_ONCE:
			SUB(&p->fwd_inflight, 1);
			break;
		case TP_KIND_GEN:
			SUB(&p->gen_live, 1);
			break;
		case TP_KIND_SEND:
			__atomic_fetch_sub(&tp_session_at(nbl->protocol_reserved[TP_RSV_ARG])->sent,
					   1, __ATOMIC_RELEASE);
			break;
		default:
			break;
		}
		mpdk_nbl_free(nbl);
	}
	mpdk_return_nbls_any(ret, 0);
}

unsigned int
tp_send_list(struct tp_port *p, struct mpdk_nbl *chain)
{
	struct mpdk_binding *b = tp_binding(p);
	unsigned int burst = __atomic_load_n(&tp_cfg.burst, RELAXED);
	unsigned int done = 0, n;
	struct mpdk_nbl *rest;

	while (chain != NULL) {
		rest = mpdk_nbl_chain_split(chain, burst);
		n = rest != NULL ? burst : mpdk_nbl_chain_count(chain);
		if (b != NULL && mpdk_send_nbls(b, chain, 0) == MPDK_STATUS_PENDING) {
			ADD(&p->tx_sent, n);
			done += n;
		} else {
			ADD(&p->tx_refused, n);
			take_back(p, chain);
		}
		chain = rest;
	}
	return done;
}

void
tp_forward(struct tp_port *in, struct tp_port *out, struct mpdk_nbl *chain,
	   uint32_t flags, void (*edit)(struct rte_mbuf *m))
{
	struct mpdk_nbl *tx = NULL, **tx_tail = &tx, *back = NULL;
	struct mpdk_nbl **back_tail = &back, *nbl, *tmp, *c;
	bool resources = flags & MPDK_RECEIVE_F_RESOURCES;
	uint32_t n_tx = 0, dropped = 0, copied = 0;

	if (tp_binding(out) == NULL || (flags & MPDK_RECEIVE_F_LOOKAHEAD)) {
		ADD(&in->rx_dropped, mpdk_nbl_chain_count(chain));
		if (!resources)
			mpdk_return_nbls_any(chain, 0);
		return;
	}
	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		if (!resources && !mpdk_nbl_is_shared(nbl)) {
			nbl->protocol_reserved[TP_RSV_KIND] = TP_KIND_FWD;
			nbl->protocol_reserved[TP_RSV_ARG] = in->port_id;
			if (edit != NULL)
				edit(nbl->first_nb);
			*tx_tail = nbl;
			tx_tail = &nbl->next;
			n_tx++;
			continue;
		}
		/* Ours only until the handler returns, or shared: a copy. */
		c = tp_copy_nbl(nbl);
		if (c != NULL) {
			c->protocol_reserved[TP_RSV_ARG] = in->port_id;
			if (edit != NULL)
				edit(c->first_nb);
			*tx_tail = c;
			tx_tail = &c->next;
			n_tx++;
			copied++;
		} else {
			dropped++;
		}
		if (!resources) {
			*back_tail = nbl;
			back_tail = &nbl->next;
		}
	}
	*tx_tail = NULL;
	*back_tail = NULL;
	if (copied != 0)
		ADD(&out->tx_copied, copied);
	if (dropped != 0)
		ADD(&in->rx_dropped, dropped);
	if (tx != NULL) {
		ADD(&out->fwd_inflight, n_tx);
		tp_send_list(out, tx);
	}
	if (back != NULL)
		mpdk_return_nbls_any(back, 0);
}

/* ------------------------------------------------------------- counters */

void
tp_fwd_port_stats(struct tp_port *p, struct tp_fwd_stats *st)
{
	const struct tp_engine *eng = __atomic_load_n(&run_engine,
						      __ATOMIC_ACQUIRE);
	struct tp_counts now, d;

	memset(st, 0, sizeof(*st));
	if (eng != NULL && eng->port_stats != NULL && eng->port_stats(p, st))
		return;
	tp_counts_get(p, &now);
	d = now;
	tp_counts_sub(&d, p->fwd_base);
	st->rx = d.rx;
	st->rx_dropped = d.rx_dropped;
	st->tx = d.by_status[MPDK_STATUS_SUCCESS];
	st->tx_dropped = d.tx_refused + d.completed -
			 d.by_status[MPDK_STATUS_SUCCESS];
	st->copied = d.tx_copied;
	st->outstanding = now.tx_sent - now.completed;
}

/* ------------------------------------------------------------- handlers */

static void
tp_send_complete(void *ctx, struct mpdk_nbl *chain, uint32_t flags __rte_unused)
{
	struct tp_port *p = ctx;
	const uint64_t now = rte_rdtsc();
	struct mpdk_nbl *ret = NULL, **ret_tail = &ret;
	struct mpdk_nbl *again = NULL, **again_tail = &again;
	struct mpdk_nbl *to_free[64], *nbl, *tmp;
	unsigned int n_free = 0;
	uint64_t fwd_done = 0, gen_freed = 0;
	bool recycle = tp_fwd_running() &&
		__atomic_load_n(&run_engine, __ATOMIC_ACQUIRE) == &tp_engine_txonly;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		struct tp_qstats *qs = &p->q[nbl->queue < p->nq ? nbl->queue : 0];
		uint32_t st = (uint32_t)nbl->status < MPDK_STATUS__COUNT ?
			(uint32_t)nbl->status : MPDK_STATUS_FAILURE;
		uint64_t lat = now - nbl->send_tsc;
		struct tp_session *s;

		INC1(&qs->completed, 1);
		INC1(&qs->by_status[st], 1);
		INC1(&qs->lat[tp_lat_bucket(lat)], 1);
		if (lat > READ(&qs->lat_max))
			__atomic_store_n(&qs->lat_max, lat, RELAXED);
		nbl->next = NULL;
		switch (nbl->protocol_reserved[TP_RSV_KIND]) {
		case TP_KIND_FWD:
			fwd_done++;
			*ret_tail = nbl;
			ret_tail = &nbl->next;
			continue;
		case TP_KIND_COPY:
		case TP_KIND_GEN_ONCE:
			fwd_done++;
			break;
		case TP_KIND_GEN:
			if (recycle && st == MPDK_STATUS_SUCCESS) {
				*again_tail = nbl;
				again_tail = &nbl->next;
				continue;
			}
			gen_freed++;
			break;
		case TP_KIND_SEND:
			s = tp_session_at(nbl->protocol_reserved[TP_RSV_ARG]);
			__atomic_fetch_add(&s->by_status[st], 1, RELAXED);
			__atomic_fetch_add(&s->lat[tp_lat_bucket(lat)], 1, RELAXED);
			__atomic_fetch_add(&s->completed, 1, __ATOMIC_RELEASE);
			break;
		default:
			break;
		}
		to_free[n_free++] = nbl;
		if (n_free == RTE_DIM(to_free)) {
			mpdk_nbl_free_bulk(to_free, n_free);
			n_free = 0;
		}
	}
	if (n_free != 0)
		mpdk_nbl_free_bulk(to_free, n_free);
	if (fwd_done != 0)
		SUB(&p->fwd_inflight, fwd_done);
	if (gen_freed != 0)
		SUB(&p->gen_live, gen_freed);
	if (ret != NULL)
		mpdk_return_nbls_any(ret, 0);
	/* txonly: the same NBLs again, NBs unchanged (nested sends complete
	 * later, never inside this handler). */
	if (again != NULL)
		tp_send_list(p, again);
}

static void
tp_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	   uint32_t n, uint32_t flags)
{
	struct tp_port *p = ctx;
	const struct tp_engine *eng;

	ADD(&p->rx, n);
	eng = __atomic_load_n(&run_engine, __ATOMIC_ACQUIRE);
	if (tp_fwd_running() && eng != NULL) {
		if (eng->rx != NULL) {
			eng->rx(p, chain, n, flags);
			return;
		}
		/* rxonly, txonly, responder: counted, given back. */
	} else {
		/* Not forwarding: given back unforwarded, hence dropped. */
		ADD(&p->rx_dropped, n);
	}
	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls_any(chain, 0);
}

static void
tp_status(void *ctx, const struct mpdk_status_indication *ind)
{
	struct tp_port *p = ctx;
	struct tp_event *ev;

	rte_spinlock_lock(&p->ev_lock);
	ev = &p->ev[p->ev_total % TP_EVENTS];
	ev->tsc = rte_rdtsc();
	ev->code = ind->code;
	ev->len = RTE_MIN(ind->buf_len, (uint32_t)sizeof(ev->buf));
	if (ind->buf != NULL && ev->len != 0)
		memcpy(ev->buf, ind->buf, ev->len);
	__atomic_store_n(&p->ev_total, p->ev_total + 1, __ATOMIC_RELEASE);
	rte_spinlock_unlock(&p->ev_lock);
}

static void
tp_oid_done(void *ctx __rte_unused, struct mpdk_oid_request *req,
	    mpdk_status_t st)
{
	tp_oid_complete(req, st);
}

static mpdk_status_t
tp_bind_adapter(void *proto_ctx __rte_unused, struct mpdk_adapter *adapter,
		void *params)
{
	struct tp_port *p = params;
	struct mpdk_binding *b = NULL;
	mpdk_status_t st;

	if (p == NULL || p->adapter != adapter)
		return MPDK_STATUS_INVALID_PARAMETER;
	__atomic_store_n(&p->closed, 0, __ATOMIC_RELEASE);
	st = mpdk_open_adapter(proto, adapter, p, &b);
	if (st == MPDK_STATUS_SUCCESS)
		__atomic_store_n(&p->binding, b, __ATOMIC_RELEASE);
	return st;
}

static mpdk_status_t
tp_unbind_adapter(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
		  struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

static void
tp_close_complete(void *ctx)
{
	struct tp_port *p = ctx;

	__atomic_store_n(&p->closed, 1, __ATOMIC_RELEASE);
}

static const struct mpdk_protocol_ops tp_ops = {
	.name = "testpmd",
	.bind_adapter = tp_bind_adapter,
	.unbind_adapter = tp_unbind_adapter,
	.close_adapter_complete = tp_close_complete,
	.send_nbls_complete = tp_send_complete,
	.receive_nbls = tp_receive,
	.status = tp_status,
	.oid_request_complete = tp_oid_done,
};

int
tp_bind(struct tp_port *p)
{
	mpdk_status_t st;

	if (tp_binding(p) != NULL)
		return 0;
	st = mpdk_bind(proto, p->adapter, p);

	if (st != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: cannot bind the testpmd protocol: %s", p->port_id,
		       mpdk_status_str(st));
		return -1;
	}
	return 0;
}

static bool
port_closed(void *arg)
{
	struct tp_port *p = arg;

	return __atomic_load_n(&p->closed, __ATOMIC_ACQUIRE) != 0;
}

int
tp_unbind(struct tp_port *p)
{
	struct mpdk_binding *b = tp_binding(p);
	mpdk_status_t st;

	if (b == NULL)
		return 0;
	pthread_mutex_lock(&tp_lock);
	__atomic_store_n(&p->binding, NULL, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&tp_lock);
	st = mpdk_unbind(b);
	if (st == MPDK_STATUS_SUCCESS) {
		__atomic_store_n(&p->closed, 1, __ATOMIC_RELEASE);
		return 0;
	}
	if (st != MPDK_STATUS_PENDING) {
		tp_err("Port %u: close of the testpmd binding: %s", p->port_id,
		       mpdk_status_str(st));
		return -1;
	}
	if (!tp_wait(port_closed, p, TP_WAIT_MS)) {
		struct tp_counts c;

		tp_counts_get(p, &c);
		tp_err("Port %u: the testpmd binding did not drain in %d ms (%"
		       PRIu64 " NBLs outstanding)", p->port_id, TP_WAIT_MS,
		       c.tx_sent - c.completed);
		return -1;
	}
	return 0;
}

int
tp_proto_init(void)
{
	struct tp_port *p;
	unsigned int i;
	mpdk_status_t st;

	st = mpdk_protocol_register(&tp_ops, NULL, &proto);
	if (st != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "cannot register the testpmd protocol: %s\n",
			mpdk_status_str(st));
		return -1;
	}
	TP_FOREACH_PORT(p, i) {
		if (tp_bind(p) != 0)
			return -1;
		tp_port_clear(p);
	}
	return 0;
}

int
tp_proto_fini(void)
{
	struct tp_port *p;
	unsigned int i;
	int rc = 0;

	if (proto == NULL)
		return 0;
	TP_FOREACH_PORT(p, i)
		if (tp_unbind(p) != 0)
			rc = -1;
	if (rc == 0 && mpdk_protocol_deregister(proto) == MPDK_STATUS_SUCCESS)
		proto = NULL;
	else
		rc = -1;
	return rc;
}

/* ----------------------------------------------------------- forwarding */

static bool
fwd_drained(void *arg)
{
	const struct tp_engine *eng = arg;
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i)
		if (READ(&p->gen_live) != 0 || READ(&p->fwd_inflight) != 0)
			return false;
	return eng->stopped == NULL || eng->stopped();
}

static void
print_streams(const struct tp_engine *eng)
{
	struct tp_port *p;
	unsigned int i;

	printf("%s packet forwarding - ports=%u - pollers=%u (%s)\n", eng->name,
	       tp_nb_ports, tp_nb_pollers(),
	       tp_rtc() ? "run to completion on the main lcore" : "worker lcores");
	TP_FOREACH_PORT(p, i) {
		if (eng == &tp_engine_io || eng == &tp_engine_l2fwd)
			printf("  RX P=%u -> TX P=%u%s\n", p->port_id, p->peer,
			       eng == &tp_engine_l2fwd && p->peer == p->port_id ?
			       " (no partner: not forwarded)" : "");
		else if (eng == &tp_engine_mac)
			printf("  RX P=%u -> TX P=%u (MACs swapped)\n", p->port_id,
			       p->port_id);
	}
	printf("\n  %s packet forwarding packets/burst=%u\n", eng->name,
	       tp_cfg.burst);
	if (eng->generates)
		printf("  packet len=%u - in flight per port=%u\n", tp_cfg.txpkts,
		       tp_txonly_window());
}

int
tp_fwd_start(bool tx_first)
{
	const struct tp_engine *eng = tp_engine;
	struct tp_port *p;
	unsigned int i;

	if (tp_fwd_state() != TP_FWD_STOPPED) {
		tp_err("Packet forwarding already started");
		return -1;
	}
	TP_FOREACH_PORT(p, i) {
		if (p->stopped) {
			tp_err("Not all ports were started (port %u is stopped)",
			       p->port_id);
			return -1;
		}
		if (tp_port_ready(p, "forwarding not started") != 0)
			return -1;
	}
	TP_FOREACH_PORT(p, i) {
		if (tp_tmpl_build(p, tp_cfg.txpkts) != 0) {
			tp_err("Out of memory for the frame template");
			return -1;
		}
		tp_counts_get(p, p->fwd_base);
	}
	__atomic_store_n(&run_engine, eng, __ATOMIC_RELEASE);
	__atomic_store_n(&fwd_state, TP_FWD_RUNNING, __ATOMIC_RELEASE);
	if (eng->start != NULL && eng->start() != 0) {
		/* Undo what it made before it failed. */
		__atomic_store_n(&fwd_state, TP_FWD_STOPPING, __ATOMIC_RELEASE);
		if (eng->stop != NULL)
			eng->stop();
		tp_wait(fwd_drained, (void *)(uintptr_t)eng, TP_WAIT_MS);
		if (eng->release != NULL)
			eng->release();
		__atomic_store_n(&fwd_state, TP_FWD_STOPPED, __ATOMIC_RELEASE);
		__atomic_store_n(&run_engine, NULL, __ATOMIC_RELEASE);
		return -1;
	}
	print_streams(eng);
	/* tx_first: a burst on each port for the engines that forward what
	 * they receive through the testpmd binding. */
	if (tx_first && eng->own_binding && !eng->generates &&
	    eng->port_stats == NULL)
		TP_FOREACH_PORT(p, i)
			tp_burst_tx_first(p);
	tp_fwd_kick();
	return 0;
}

void
tp_fwd_kick(void)
{
	const struct tp_engine *eng = __atomic_load_n(&run_engine,
						      __ATOMIC_ACQUIRE);
	struct tp_port *p;
	unsigned int i;

	if (eng == NULL || eng->kick == NULL || !tp_fwd_running())
		return;
	TP_FOREACH_PORT(p, i)
		eng->kick(p);
}

int
tp_fwd_stop(void)
{
	const struct tp_engine *eng = __atomic_load_n(&run_engine,
						      __ATOMIC_ACQUIRE);
	struct tp_port *p;
	unsigned int i;
	bool drained;
	int rc = 0;

	if (tp_fwd_state() == TP_FWD_STOPPED || eng == NULL) {
		tp_err("Packet forwarding not started");
		return -1;
	}
	printf("Telling cores to stop...\nWaiting for lcores to finish...\n");
	__atomic_store_n(&fwd_state, TP_FWD_STOPPING, __ATOMIC_RELEASE);
	/* Handlers that saw RUNNING are done once every poller stepped. */
	tp_pollers_sync();
	if (eng->stop != NULL)
		eng->stop();
	drained = tp_wait(fwd_drained, (void *)(uintptr_t)eng, TP_WAIT_MS);
	if (!drained) {
		TP_FOREACH_PORT(p, i)
			if (READ(&p->gen_live) != 0 || READ(&p->fwd_inflight) != 0)
				tp_err("Port %u: %" PRIu64 " NBLs still in flight after %d ms (the PMD holds them)",
				       p->port_id, READ(&p->gen_live) +
				       READ(&p->fwd_inflight), TP_WAIT_MS);
		rc = -1;
	}
	tp_print_fwd_stats();
	if (eng->release != NULL) {
		if (eng->stopped == NULL || eng->stopped())
			eng->release();
		else
			tp_err("%s: bindings still closing; kept", eng->name);
	}
	__atomic_store_n(&fwd_state, TP_FWD_STOPPED, __ATOMIC_RELEASE);
	__atomic_store_n(&run_engine, NULL, __ATOMIC_RELEASE);
	printf("\nDone.\n");
	return rc;
}
