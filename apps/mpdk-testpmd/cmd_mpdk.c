/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Commands of the NDIS model, which dpdk-testpmd has no words for:
 *
 *   show bindings                       every binding the application made
 *   show completions <port|all>         sent, completed per final status,
 *                                       outstanding, latency p50/p99
 *   show link events <port|all>         status indications received
 *   send <port> <count> [len] [nowait]  one-shot NBLs, tagged with a fresh
 *                                       cancel id; waits for completions
 *   cancel <port> <cancel-id>           NdisCancelSendNetBufferLists
 *   port pause|restart <port> [nowait]  MiniportPause / MiniportRestart
 *   set responder <port> <ipv4>         the responder engine's address
 *   set hang <port> <send_ms> <oid_ms> [reset]   hang detection limits
 *
 * Reset, pause and restart return PENDING; the command waits for the done
 * callback (the pollers run meanwhile) unless 'nowait' is given, in which
 * case the end is printed when it comes.
 */

#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>

#include "mpdk_l2fwd.h"
#include "mpdk_responder.h"
#include "testpmd.h"

/* ------------------------------------------------ reset, pause, restart */

const char *
tp_op_name(enum tp_op_kind kind)
{
	switch (kind) {
	case TP_OP_RESET:
		return "reset";
	case TP_OP_PAUSE:
		return "pause";
	case TP_OP_RESTART:
		return "restart";
	default:
		return "operation";
	}
}

static void
op_done(struct mpdk_adapter *a __rte_unused, mpdk_status_t st, void *arg)
{
	struct tp_port *p = arg;

	p->op.status = st;
	__atomic_store_n(&p->op.done, 1, __ATOMIC_RELEASE);
}

static bool
op_finished(void *arg)
{
	struct tp_port *p = arg;

	return __atomic_load_n(&p->op.done, __ATOMIC_ACQUIRE) != 0;
}

bool
tp_async_print(void)
{
	struct tp_port *p;
	unsigned int i;
	bool printed = false;

	TP_FOREACH_PORT(p, i) {
		if (p->op.kind == TP_OP_NONE || !p->op.nowait || !op_finished(p))
			continue;
		printf("\nPort %u: %s done: %s\n", p->port_id,
		       tp_op_name(p->op.kind), mpdk_status_str(p->op.status));
		p->op.kind = TP_OP_NONE;
		printed = true;
	}
	return printed;
}

int
tp_port_op(struct tp_port *p, enum tp_op_kind kind, bool nowait)
{
	const char *what = tp_op_name(kind);
	mpdk_status_t st;

	tp_async_print();
	if (p->op.kind != TP_OP_NONE) {
		tp_err("Port %u: a %s is still in progress", p->port_id,
		       tp_op_name(p->op.kind));
		return -1;
	}
	p->op.kind = kind;
	p->op.nowait = nowait;
	p->op.status = MPDK_STATUS_PENDING;
	__atomic_store_n(&p->op.done, 0, __ATOMIC_RELEASE);
	switch (kind) {
	case TP_OP_RESET:
		st = mpdk_adapter_reset(p->adapter, op_done, p);
		break;
	case TP_OP_PAUSE:
		st = mpdk_adapter_pause(p->adapter, op_done, p);
		break;
	default:
		st = mpdk_adapter_restart(p->adapter, op_done, p);
		break;
	}
	if (st != MPDK_STATUS_PENDING) {
		p->op.kind = TP_OP_NONE;
		tp_err("Port %u: %s refused: %s", p->port_id, what,
		       mpdk_status_str(st));
		return -1;
	}
	if (nowait) {
		printf("Port %u: %s pending; its end is reported when it comes\n",
		       p->port_id, what);
		return 0;
	}
	if (!tp_wait(op_finished, p, 2 * TP_WAIT_MS)) {
		p->op.nowait = true;
		tp_err("Port %u: %s not done after %d ms (reported when it is)",
		       p->port_id, what, 2 * TP_WAIT_MS);
		return -1;
	}
	p->op.kind = TP_OP_NONE;
	if (p->op.status != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: %s done: %s", p->port_id, what,
		       mpdk_status_str(p->op.status));
		return -1;
	}
	printf("Port %u: %s done: SUCCESS\n", p->port_id, what);
	return 0;
}

static void
cmd_port_pause_restart(int argc, char **argv)
{
	bool pause = strcmp(argv[1], "pause") == 0;
	enum mpdk_adapter_state st;
	struct tp_port *p;

	if (tp_parse_port(argv[2], false, &p) != 0)
		return;
	st = mpdk_adapter_get_state(p->adapter);
	if (pause && st == MPDK_ADAPTER_PAUSED) {
		tp_err("Port %u is already paused", p->port_id);
		return;
	}
	if (pause && st != MPDK_ADAPTER_RUNNING) {
		tp_err("Port %u is %s: not paused", p->port_id, tp_state_str(st));
		return;
	}
	if (!pause && p->stopped) {
		tp_err("Port %u is stopped: 'port start %u' restarts it",
		       p->port_id, p->port_id);
		return;
	}
	if (!pause && st != MPDK_ADAPTER_PAUSED) {
		tp_err("Port %u is %s, not paused: nothing to restart",
		       p->port_id, tp_state_str(st));
		return;
	}
	tp_port_op(p, pause ? TP_OP_PAUSE : TP_OP_RESTART, argc == 4);
}

/* ---------------------------------------------------------- show ... */

static void
show_port_bindings(struct tp_port *p)
{
	struct mpdk_receive_stats rs;
	struct mpdk_send_stats ss;
	struct mpdk_l2fwd_stats ls;
	struct mpdk_responder_stats r;
	struct mpdk_binding *b = tp_binding(p);
	struct tp_port *a;
	char ip[INET_ADDRSTRLEN];
	unsigned int i;

	printf("Port %u (adapter %s, %s):\n", p->port_id,
	       mpdk_adapter_name(p->adapter),
	       tp_state_str(mpdk_adapter_get_state(p->adapter)));
	if (b != NULL && mpdk_binding_stats(b, &ss) == MPDK_STATUS_SUCCESS &&
	    mpdk_binding_receive_stats(b, &rs) == MPDK_STATUS_SUCCESS)
		printf("  testpmd    %-7s sent %" PRIu64 " completed %" PRIu64
		       " outstanding %" PRIu64 " rejected %" PRIu64
		       " | indicated %" PRIu64 " returned %" PRIu64 " held %"
		       PRIu64 "\n", mpdk_binding_is_open(b) ? "open" : "closing",
		       ss.sent, ss.completed, ss.outstanding, ss.rejected,
		       rs.indicated, rs.returned, rs.held);
	else
		printf("  testpmd    closed  (l2fwd holds the port)\n");
	pthread_mutex_lock(&tp_lock);
	a = p->l2fwd != NULL ? p : tp_port_get(p->peer);
	if (a != NULL && a->l2fwd != NULL &&
	    mpdk_l2fwd_stats_get(a->l2fwd, &ls) == MPDK_STATUS_SUCCESS) {
		i = a == p ? 0 : 1;
		printf("  l2fwd      %-7s with port %u: rx %" PRIu64 " forwarded %"
		       PRIu64 " copied %" PRIu64 " failed %" PRIu64 " dropped %"
		       PRIu64 "\n", mpdk_l2fwd_closed(a->l2fwd) ? "closed" : "open",
		       p->peer, ls.dir[i].rx, ls.dir[i].forwarded,
		       ls.dir[i].copied, ls.dir[i].tx_failed, ls.dir[i].dropped);
	}
	if (p->resp != NULL &&
	    mpdk_responder_stats_get(p->resp, &r) == MPDK_STATUS_SUCCESS) {
		inet_ntop(AF_INET, &p->resp_ip, ip, sizeof(ip));
		printf("  responder  %-7s %s: rx %" PRIu64 " arp replies %" PRIu64
		       " echo replies %" PRIu64 " completed %" PRIu64
		       " failed %" PRIu64 "\n",
		       mpdk_responder_closed(p->resp) ? "closed" : "open", ip,
		       r.rx_frames, r.arp_replies, r.echo_replies,
		       r.tx_completed, r.tx_failed);
	}
	pthread_mutex_unlock(&tp_lock);
}

static void
cmd_show_bindings(int argc __rte_unused, char **argv __rte_unused)
{
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i)
		show_port_bindings(p);
}

static void
print_by_status(const uint64_t *by_status)
{
	unsigned int k;
	bool any = false;

	for (k = 0; k < MPDK_STATUS__COUNT; k++) {
		if (by_status[k] == 0)
			continue;
		printf(" %s %" PRIu64, mpdk_status_str(k), by_status[k]);
		any = true;
	}
	if (!any)
		printf(" none");
	printf("\n");
}

static void
cmd_show_completions(int argc __rte_unused, char **argv)
{
	struct mpdk_send_stats qs, sum;
	struct tp_port *sel, *p;
	struct tp_counts c;
	unsigned int i, k;
	uint16_t q;

	if (tp_parse_port(argv[2], true, &sel) != 0)
		return;
	TP_FOREACH_PORT(p, i) {
		if (sel != NULL && p != sel)
			continue;
		tp_counts_get(p, &c);
		tp_counts_sub(&c, p->clear_base);
		printf("Port %u: completions of the testpmd binding (since 'clear port stats')\n",
		       p->port_id);
		printf("  NBLs sent: %" PRIu64 "  completed: %" PRIu64
		       "  outstanding: %" PRIu64 "  refused at submit: %" PRIu64
		       "\n", c.tx_sent, c.completed, c.tx_sent - c.completed,
		       c.tx_refused);
		printf("  completed per status:");
		print_by_status(c.by_status);
		printf("  completion latency: p50 %.2f us  p99 %.2f us  max %.2f us  (%"
		       PRIu64 " NBLs)\n",
		       tp_cycles_to_us(tp_lat_percentile(c.lat, 50)),
		       tp_cycles_to_us(tp_lat_percentile(c.lat, 99)),
		       tp_cycles_to_us(c.lat_max), c.completed);
		memset(&sum, 0, sizeof(sum));
		for (q = 0; q < p->nq; q++) {
			if (mpdk_adapter_queue_stats(p->adapter, q, &qs) !=
			    MPDK_STATUS_SUCCESS)
				continue;
			sum.sent += qs.sent;
			sum.completed += qs.completed;
			sum.outstanding += qs.outstanding;
			sum.rejected += qs.rejected;
			for (k = 0; k < MPDK_STATUS__COUNT; k++)
				sum.by_status[k] += qs.by_status[k];
		}
		printf("  adapter, every binding, since start: sent %" PRIu64
		       " completed %" PRIu64 " outstanding %" PRIu64
		       " rejected %" PRIu64 "; per status:", sum.sent,
		       sum.completed, sum.outstanding, sum.rejected);
		print_by_status(sum.by_status);
	}
}

static void
print_event(const struct tp_event *ev)
{
	struct mpdk_link_state ls;
	struct mpdk_hang_info hi;

	printf("  +%.3f s  %-14s", (double)(ev->tsc - tp_start_tsc) /
	       (double)rte_get_tsc_hz(), mpdk_status_str(ev->code));
	if (ev->code == MPDK_STATUS_LINK_STATE && ev->len >= sizeof(ls)) {
		memcpy(&ls, ev->buf, sizeof(ls));
		printf(" link %s, %s, %" PRIu64 " Mbps", ls.up ? "up" : "down",
		       ls.full_duplex ? "full-duplex" : "half-duplex",
		       ls.speed_bps / 1000000);
	} else if (ev->code == MPDK_STATUS_HANG_DETECTED && ev->len >= sizeof(hi)) {
		memcpy(&hi, ev->buf, sizeof(hi));
		if (hi.what == 1)
			printf(" send queue %u: no progress for %" PRIu64 " ms",
			       hi.queue, hi.age_ms);
		else
			printf(" OID request outstanding for %" PRIu64 " ms",
			       hi.age_ms);
	}
	printf("\n");
}

static void
cmd_show_link_events(int argc __rte_unused, char **argv)
{
	struct tp_event ev[TP_EVENTS];
	struct tp_port *sel, *p;
	uint64_t total, first, k;
	unsigned int i;

	if (tp_parse_port(argv[3], true, &sel) != 0)
		return;
	TP_FOREACH_PORT(p, i) {
		if (sel != NULL && p != sel)
			continue;
		rte_spinlock_lock(&p->ev_lock);
		total = p->ev_total;
		memcpy(ev, p->ev, sizeof(ev));
		rte_spinlock_unlock(&p->ev_lock);
		first = total > TP_EVENTS ? total - TP_EVENTS : 0;
		printf("Port %u: %" PRIu64 " status indication%s (testpmd binding)%s\n",
		       p->port_id, total, total == 1 ? "" : "s",
		       first != 0 ? ", the last ones:" : "");
		for (k = first; k < total; k++)
			print_event(&ev[k % TP_EVENTS]);
	}
}

/* ---------------------------------------------------------- send, cancel */

static bool
session_done(void *arg)
{
	struct tp_session *s = arg;

	return __atomic_load_n(&s->completed, __ATOMIC_ACQUIRE) ==
	       __atomic_load_n(&s->sent, __ATOMIC_ACQUIRE);
}

#define SEND_GROUP 512u
#define SEND_WINDOW 2048u

/* A 'send' in progress: NBLs handed over so far, of count. */
struct send_progress {
	struct tp_session *s;
	uint64_t count;
	uint64_t submitted;
};

/* Room for another group in flight (refused ones left 's->sent'). */
static bool
session_room(void *arg)
{
	const struct send_progress *sp = arg;
	uint64_t refused = sp->count -
			   __atomic_load_n(&sp->s->sent, __ATOMIC_ACQUIRE);
	uint64_t done = __atomic_load_n(&sp->s->completed, __ATOMIC_ACQUIRE);

	return sp->submitted - refused - done < SEND_WINDOW;
}

static void
cmd_send(int argc, char **argv)
{
	struct mpdk_nbl *head = NULL, **tail = &head, *nbl, *rest;
	uint64_t count, len = tp_cfg.txpkts, t0;
	uint8_t *frame;
	struct send_progress sp;
	bool nowait = argc == 5;
	struct tp_session *s;
	struct tp_port *p;
	unsigned int i;

	if (tp_parse_port(argv[1], false, &p) != 0 ||
	    tp_parse_u64("count", argv[2], 1, TP_SEND_MAX, &count) != 0 ||
	    (argc >= 4 && tp_parse_u64("length", argv[3], TP_MIN_PKT_LEN,
					TP_MAX_PKT_LEN, &len) != 0))
		return;
	if (tp_binding(p) == NULL) {
		tp_err("Port %u: l2fwd holds the port (its testpmd binding is closed): nothing sent",
		       p->port_id);
		return;
	}
	if (tp_port_ready(p, "nothing sent") != 0)
		return;
	if (mpdk_nbl_pool_avail(tp_nbl_pool) < count) {
		tp_err("Only %u NBLs free in the pool: nothing sent",
		       mpdk_nbl_pool_avail(tp_nbl_pool));
		return;
	}
	frame = malloc(len);
	s = frame != NULL ? tp_session_new(p) : NULL;
	if (s == NULL) {
		free(frame);
		tp_err("Too many 'send' commands still outstanding: nothing sent");
		return;
	}
	tp_frame_fill(p, frame, (uint32_t)len);
	/* Everything built first: a shortage sends nothing. */
	for (i = 0; i < count; i++) {
		nbl = tp_gen_nbl(p, frame, (uint32_t)len, TP_KIND_SEND);
		if (nbl == NULL) {
			mpdk_nbl_free_chain(head);
			tp_session_put(s);
			free(frame);
			tp_err("Out of mbufs for %" PRIu64 " frames of %" PRIu64
			       " bytes: nothing sent", count, len);
			return;
		}
		nbl->protocol_reserved[TP_RSV_ARG] = tp_session_slot(s);
		nbl->cancel_id = s->cancel_id;
		*tail = nbl;
		tail = &nbl->next;
	}
	*tail = NULL;
	free(frame);
	__atomic_store_n(&s->sent, count, __ATOMIC_RELEASE);
	t0 = rte_get_timer_cycles();
	/* Waiting: groups of SEND_GROUP, each once fewer than SEND_WINDOW
	 * are in flight, so any count goes through the rings; nowait: all
	 * at once, nothing polled (what stays queued can be cancelled). */
	sp.s = s;
	sp.count = count;
	sp.submitted = 0;
	while (head != NULL) {
		rest = nowait ? NULL : mpdk_nbl_chain_split(head, SEND_GROUP);
		sp.submitted += rest != NULL ? SEND_GROUP :
				mpdk_nbl_chain_count(head);
		tp_send_list(p, head);
		head = rest;
		if (head != NULL)
			tp_wait(session_room, &sp, TP_WAIT_MS);
	}
	if (__atomic_load_n(&s->sent, __ATOMIC_ACQUIRE) == 0) {
		tp_session_put(s);
		tp_err("Port %u: all %" PRIu64 " NBLs refused at submit (%s): nothing sent",
		       p->port_id, count,
		       tp_state_str(mpdk_adapter_get_state(p->adapter)));
		return;
	}
	printf("Port %u: %" PRIu64 " NBLs of %" PRIu64 " bytes sent, cancel id %"
	       PRIu64 "\n", p->port_id, __atomic_load_n(&s->sent, __ATOMIC_ACQUIRE),
	       len, s->cancel_id);
	if (nowait) {
		tp_session_put(s);
		printf("Port %u: not waiting: 'show completions %u' counts them, 'cancel %u %"
		       PRIu64 "' aborts those still queued\n", p->port_id,
		       p->port_id, p->port_id, s->cancel_id);
		return;
	}
	tp_wait(session_done, s, TP_WAIT_MS);
	printf("Port %u: %" PRIu64 " completed in %.3f ms:", p->port_id,
	       __atomic_load_n(&s->completed, __ATOMIC_ACQUIRE),
	       (double)(rte_get_timer_cycles() - t0) * 1000.0 /
	       (double)rte_get_timer_hz());
	print_by_status(s->by_status);
	printf("Port %u: completion latency p50 %.2f us  p99 %.2f us\n", p->port_id,
	       tp_cycles_to_us(tp_lat_percentile(s->lat, 50)),
	       tp_cycles_to_us(tp_lat_percentile(s->lat, 99)));
	if (!session_done(s))
		printf("Port %u: %" PRIu64 " still outstanding after %d ms: 'cancel %u %"
		       PRIu64 "' aborts those still queued\n", p->port_id,
		       __atomic_load_n(&s->sent, __ATOMIC_ACQUIRE) -
		       __atomic_load_n(&s->completed, __ATOMIC_ACQUIRE),
		       TP_WAIT_MS, p->port_id, s->cancel_id);
	tp_session_put(s);
}

static void
cmd_cancel(int argc __rte_unused, char **argv)
{
	struct mpdk_binding *b;
	struct tp_session *s;
	struct tp_port *p;
	uint64_t id, before = 0, after;
	enum mpdk_adapter_state as;
	mpdk_status_t st;

	if (tp_parse_port(argv[1], false, &p) != 0 ||
	    tp_parse_u64("cancel id", argv[2], 1, UINT64_MAX, &id) != 0)
		return;
	b = tp_binding(p);
	if (b == NULL) {
		tp_err("Port %u: l2fwd holds the port (its testpmd binding is closed): nothing to cancel",
		       p->port_id);
		return;
	}
	as = mpdk_adapter_get_state(p->adapter);
	if (as != MPDK_ADAPTER_RUNNING)
		printf("Port %u is %s: cancelling what it still queues\n",
		       p->port_id, tp_state_str(as));
	s = tp_session_by_cancel_id(p, id);
	if (s != NULL)
		before = __atomic_load_n(&s->by_status[MPDK_STATUS_SEND_ABORTED],
					 __ATOMIC_ACQUIRE);
	st = mpdk_cancel_send_nbls(b, id);
	if (st != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: cancel %" PRIu64 ": %s", p->port_id, id,
		       mpdk_status_str(st));
		return;
	}
	/* The aborted NBLs come back through the next poll steps. */
	tp_settle();
	if (s == NULL) {
		printf("Port %u: cancel id %" PRIu64 ": no 'send' of this port used it, nothing aborted\n",
		       p->port_id, id);
		return;
	}
	after = __atomic_load_n(&s->by_status[MPDK_STATUS_SEND_ABORTED],
				__ATOMIC_ACQUIRE);
	printf("Port %u: cancel id %" PRIu64 ": %" PRIu64
	       " NBLs aborted (SEND_ABORTED), %" PRIu64 " still outstanding\n",
	       p->port_id, id, after - before,
	       __atomic_load_n(&s->sent, __ATOMIC_ACQUIRE) -
	       __atomic_load_n(&s->completed, __ATOMIC_ACQUIRE));
}

/* ------------------------------------------------------------ responder */

static void
cmd_set_responder(int argc __rte_unused, char **argv)
{
	struct in_addr a;
	struct tp_port *p;
	uint32_t h;

	if (tp_parse_port(argv[2], false, &p) != 0)
		return;
	if (inet_pton(AF_INET, argv[3], &a) != 1) {
		tp_err("Bad address '%s': expected a unicast IPv4 address such as 198.18.0.1",
		       argv[3]);
		return;
	}
	h = ntohl(a.s_addr);
	if (h == 0 || h == UINT32_MAX || (h >> 28) == 0xe || (h >> 28) == 0xf ||
	    (h >> 24) == 127) {
		tp_err("Bad address '%s': not a unicast address (no 0.0.0.0, loopback, multicast, broadcast or class E)",
		       argv[3]);
		return;
	}
	p->resp_ip = a.s_addr;
	p->resp_set = true;
	printf("Port %u: responder address %s\n", p->port_id, argv[3]);
	if (tp_fwd_running() && tp_engine == &tp_engine_responder)
		tp_responder_apply(p);
}

static void
cmd_set_hang(int argc, char **argv)
{
	uint64_t send_ms, oid_ms;
	struct tp_port *p;
	bool reset = argc == 6;
	mpdk_status_t st;

	if (tp_parse_port(argv[2], false, &p) != 0 ||
	    tp_parse_u64("send limit (ms)", argv[3], 0, UINT32_MAX, &send_ms) != 0 ||
	    tp_parse_u64("OID limit (ms)", argv[4], 0, UINT32_MAX, &oid_ms) != 0)
		return;
	st = mpdk_adapter_set_hang_limits(p->adapter, (uint32_t)send_ms,
					  (uint32_t)oid_ms, reset);
	if (st != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: hang limits: %s", p->port_id, mpdk_status_str(st));
		return;
	}
	printf("Port %u: a send queue stalled %" PRIu64 " ms%s or an OID request "
	       "pending %" PRIu64 " ms%s is a hang%s\n", p->port_id, send_ms,
	       send_ms == 0 ? " (off)" : "", oid_ms, oid_ms == 0 ? " (off)" : "",
	       reset ? "; the adapter is then reset" : "");
}

static const struct tp_cmd mpdk_cmds[] = {
	{ "show bindings", "Bindings of every port: testpmd, l2fwd, responder.",
	  cmd_show_bindings },
	{ "show completions <port|all>",
	  "NBLs sent, completed per status, outstanding, latency p50/p99.",
	  cmd_show_completions },
	{ "show link events <port|all>",
	  "Status indications received: link, reset start/end, hangs.",
	  cmd_show_link_events },
	{ "send <port> <count>", "Send NBLs of --txpkts bytes, wait for them.",
	  cmd_send },
	{ "send <port> <count> <len>", "Send NBLs of len bytes, wait for them.",
	  cmd_send },
	{ "send <port> <count> <len> nowait",
	  "Send at once and return; 'cancel' aborts what stays queued.",
	  cmd_send },
	{ "cancel <port> <cancel-id>",
	  "Abort the queued NBLs of a 'send' (SEND_ABORTED).", cmd_cancel },
	{ "port pause|restart <port>",
	  "Pause (MiniportPause) or restart the adapter, and wait.",
	  cmd_port_pause_restart },
	{ "port pause|restart <port> nowait",
	  "Pause or restart; the end is reported when it comes.",
	  cmd_port_pause_restart },
	{ "set responder <port> <ipv4>",
	  "Address the responder engine answers for on that port.",
	  cmd_set_responder },
	{ "set hang <port> <send_ms> <oid_ms>",
	  "Hang detection limits (MiniportCheckForHang), 0: off.", cmd_set_hang },
	{ "set hang <port> <send_ms> <oid_ms> reset",
	  "The same, and reset the adapter on a hang.", cmd_set_hang },
};

static struct tp_cmd_group mpdk_group = {
	.name = "mpdk",
	.title = "mpdk commands (the NDIS model)",
	.order = 40,
	.cmds = mpdk_cmds,
	.n_cmds = RTE_DIM(mpdk_cmds),
};

TP_CLI_REGISTER(mpdk_group)
