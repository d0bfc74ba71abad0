/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Forwarding engine "responder": the library's sample protocol
 * (mpdk_responder.h) on every port given an address with 'set responder
 * <port> <ipv4>': it answers ARP and ICMP echo requests for it.  The
 * testpmd binding stays open beside it (the responder copies its replies,
 * so sharing the frames costs nothing) and returns what it receives.
 */

#include <arpa/inet.h>
#include <stdio.h>

#include "mpdk_responder.h"
#include "testpmd.h"

static bool
resp_closed(void *arg)
{
	struct tp_port *p = arg;

	return p->resp == NULL || mpdk_responder_closed(p->resp);
}

static void
resp_free(struct tp_port *p)
{
	struct mpdk_responder *r;

	pthread_mutex_lock(&tp_lock);
	r = p->resp;
	p->resp = NULL;
	pthread_mutex_unlock(&tp_lock);
	if (r != NULL && mpdk_responder_free(r) != MPDK_STATUS_SUCCESS)
		tp_err("Port %u: responder not closed yet", p->port_id);
}

static int
resp_create(struct tp_port *p)
{
	char ip[INET_ADDRSTRLEN];
	struct mpdk_responder *r = NULL;
	mpdk_status_t st;

	inet_ntop(AF_INET, &p->resp_ip, ip, sizeof(ip));
	st = mpdk_responder_create(p->adapter, p->resp_ip, &r);
	if (st != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: responder for %s: %s", p->port_id, ip,
		       mpdk_status_str(st));
		return -1;
	}
	pthread_mutex_lock(&tp_lock);
	p->resp = r;
	pthread_mutex_unlock(&tp_lock);
	printf("Port %u: responder answers ARP and ping for %s\n", p->port_id, ip);
	return 0;
}

static int
resp_start(void)
{
	struct tp_port *p;
	unsigned int i, made = 0;

	TP_FOREACH_PORT(p, i) {
		if (!p->resp_set)
			continue;
		if (p->resp != NULL) {
			tp_err("Port %u: the previous responder has not closed yet",
			       p->port_id);
			return -1;
		}
		if (resp_create(p) != 0)
			return -1;
		made++;
	}
	if (made == 0) {
		tp_err("No port has a responder address: 'set responder <port> <ipv4>' first");
		return -1;
	}
	return 0;
}

static void
resp_stop(void)
{
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i)
		if (p->resp != NULL)
			mpdk_responder_stop(p->resp);
}

static bool
resp_stopped(void)
{
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i)
		if (!resp_closed(p))
			return false;
	return true;
}

static void
resp_release(void)
{
	struct tp_port *p;
	unsigned int i;

	TP_FOREACH_PORT(p, i)
		resp_free(p);
}

/* 'set responder' while the responder runs: the new address now. */
int
tp_responder_apply(struct tp_port *p)
{
	if (p->resp != NULL) {
		mpdk_responder_stop(p->resp);
		if (!tp_wait(resp_closed, p, TP_WAIT_MS)) {
			tp_err("Port %u: the old responder did not close", p->port_id);
			return -1;
		}
		resp_free(p);
	}
	return resp_create(p);
}

static bool
resp_port_stats(struct tp_port *p, struct tp_fwd_stats *st)
{
	struct mpdk_responder_stats s;
	unsigned int i;

	if (p->resp == NULL ||
	    mpdk_responder_stats_get(p->resp, &s) != MPDK_STATUS_SUCCESS)
		return true;
	st->rx = s.rx_frames;
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		st->rx_dropped += s.drops[i];
	st->tx = s.tx_completed;
	st->tx_dropped = s.tx_failed;
	st->outstanding = s.arp_replies + s.echo_replies - s.tx_completed -
			  s.tx_failed;
	return true;
}

const struct tp_engine tp_engine_responder = {
	.name = "responder",
	.desc = "answer ARP and ping for the address of 'set responder'",
	.own_binding = true,
	.start = resp_start,
	.stop = resp_stop,
	.stopped = resp_stopped,
	.release = resp_release,
	.port_stats = resp_port_stats,
};
