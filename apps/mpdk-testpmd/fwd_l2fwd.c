/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding engine "l2fwd": the library's sample protocol (mpdk_l2fwd.h)
 * on each pair of ports (0<->1, 2<->3, ...).  Only one binding may
 * receive a frame for l2fwd to send it zero copy, so the testpmd binding
 * of both ports is closed while l2fwd runs and opened again at stop;
 * meanwhile OID requests, 'send' and 'cancel' on those ports are refused.
 * An odd last port is left alone.
 */

#include <stdio.h>

#include "mpdk_l2fwd.h"
#include "testpmd.h"

static int
l2fwd_start(void)
{
	struct tp_port *a, *b;
	unsigned int i, made = 0;
	mpdk_status_t st;

	if (tp_nb_ports < 2) {
		tp_err("l2fwd needs two ports (there is %u)", tp_nb_ports);
		return -1;
	}
	for (i = 0; i + 1 < tp_nb_ports; i += 2) {
		a = tp_port_get(tp_port_list[i]);
		b = tp_port_get(tp_port_list[i + 1]);
		if (a->l2fwd != NULL) {
			tp_err("Ports %u and %u: the previous l2fwd has not closed yet",
			       a->port_id, b->port_id);
			break;
		}
		if (tp_unbind(a) != 0 || tp_unbind(b) != 0) {
			tp_bind(a);
			tp_bind(b);
			break;
		}
		pthread_mutex_lock(&tp_lock);
		st = mpdk_l2fwd_create(a->adapter, b->adapter, &a->l2fwd);
		if (st != MPDK_STATUS_SUCCESS)
			a->l2fwd = NULL;
		pthread_mutex_unlock(&tp_lock);
		if (st != MPDK_STATUS_SUCCESS) {
			tp_err("l2fwd on ports %u and %u: %s", a->port_id,
			       b->port_id, mpdk_status_str(st));
			tp_bind(a);
			tp_bind(b);
			break;
		}
		made++;
	}
	if (made == 0)
		return -1;
	if (made * 2 < tp_nb_ports - tp_nb_ports % 2) {
		tp_err("l2fwd started on %u pair(s) only", made);
		return -1;
	}
	return 0;
}

static void
l2fwd_stop(void)
{
	struct tp_port *p;
	unsigned int i;
	mpdk_status_t st;

	TP_FOREACH_PORT(p, i) {
		if (p->l2fwd == NULL)
			continue;
		st = mpdk_l2fwd_stop(p->l2fwd);
		if (st != MPDK_STATUS_SUCCESS && st != MPDK_STATUS_PENDING)
			tp_err("Port %u: l2fwd stop: %s", p->port_id,
			       mpdk_status_str(st));
	}
}

static bool
l2fwd_stopped(void)
{
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i)
		if (p->l2fwd != NULL && !mpdk_l2fwd_closed(p->l2fwd))
			return false;
	return true;
}

static void
l2fwd_release(void)
{
	struct mpdk_l2fwd *f;
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i) {
		if (p->l2fwd == NULL)
			continue;
		pthread_mutex_lock(&tp_lock);
		f = p->l2fwd;
		p->l2fwd = NULL;
		pthread_mutex_unlock(&tp_lock);
		mpdk_l2fwd_free(f);
		tp_bind(p);
		tp_bind(tp_port_get(p->peer));
	}
}

/* Port a of a pair: frames from a are dir[0]; port b: dir[1]. */
static bool
l2fwd_port_stats(struct tp_port *p, struct tp_fwd_stats *st)
{
	struct tp_port *a = p->l2fwd != NULL ? p : tp_port_get(p->peer);
	struct mpdk_l2fwd_stats s;
	unsigned int in, out;

	if (a == NULL || a->l2fwd == NULL ||
	    mpdk_l2fwd_stats_get(a->l2fwd, &s) != MPDK_STATUS_SUCCESS)
		return true; /* not forwarded: zeros */
	in = a == p ? 0 : 1;
	out = in ^ 1;
	st->rx = s.dir[in].rx;
	st->rx_dropped = s.dir[in].dropped;
	st->copied = s.dir[in].copied;
	st->tx = s.dir[out].forwarded;
	st->tx_dropped = s.dir[out].tx_failed;
	st->outstanding = s.dir[out].rx - s.dir[out].forwarded -
			  s.dir[out].tx_failed - s.dir[out].dropped;
	return true;
}

const struct tp_engine tp_engine_l2fwd = {
	.name = "l2fwd",
	.desc = "the mpdk_l2fwd sample protocol on each pair of ports",
	.own_binding = false,
	.start = l2fwd_start,
	.stop = l2fwd_stop,
	.stopped = l2fwd_stopped,
	.release = l2fwd_release,
	.port_stats = l2fwd_port_stats,
};
