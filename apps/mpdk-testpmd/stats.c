/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Counters of the testpmd binding: the completion latency histogram
 * (log-linear, 8 buckets per power of two, so a percentile is within
 * 12.5 %), per-port snapshots and their baselines ('clear port stats',
 * 'start'), and the sessions that track each 'send' command's NBLs.
 */

#include <string.h>

#include <rte_cycles.h>

#include "testpmd.h"

#define READ(ptr) __atomic_load_n((ptr), __ATOMIC_RELAXED)

static struct tp_session sessions[TP_SESSIONS];

/* ------------------------------------------------------------- latency */

/* Middle of a bucket, in cycles. */
static uint64_t
lat_bucket_mid(unsigned int idx)
{
	unsigned int e, sub;

	if (idx < 8)
		return idx;
	e = idx / 8 + 2;
	sub = idx % 8;
	return ((uint64_t)(8 + sub) << (e - 3)) +
	       (((uint64_t)1 << (e - 3)) >> 1);
}

uint64_t
tp_lat_percentile(const uint64_t *lat, double pct)
{
	uint64_t total = 0, target, sum = 0;
	unsigned int i;

	for (i = 0; i < TP_LAT_BUCKETS; i++)
		total += lat[i];
	if (total == 0)
		return 0;
	target = (uint64_t)((double)total * pct / 100.0 + 0.999999);
	if (target == 0)
		target = 1;
	for (i = 0; i < TP_LAT_BUCKETS; i++) {
		sum += lat[i];
		if (sum >= target)
			return lat_bucket_mid(i);
	}
	return lat_bucket_mid(TP_LAT_BUCKETS - 1);
}

double
tp_cycles_to_us(uint64_t cycles)
{
	return (double)cycles * 1e6 / (double)rte_get_tsc_hz();
}

/* ------------------------------------------------------------ counters */

void
tp_counts_get(struct tp_port *p, struct tp_counts *c)
{
	unsigned int q, i;

	memset(c, 0, sizeof(*c));
	c->rx = READ(&p->rx);
	c->rx_dropped = READ(&p->rx_dropped);
	c->tx_sent = READ(&p->tx_sent);
	c->tx_refused = READ(&p->tx_refused);
	c->tx_copied = READ(&p->tx_copied);
	for (q = 0; q < p->nq; q++) {
		const struct tp_qstats *qs = &p->q[q];

		c->completed += READ(&qs->completed);
		for (i = 0; i < MPDK_STATUS__COUNT; i++)
			c->by_status[i] += READ(&qs->by_status[i]);
		for (i = 0; i < TP_LAT_BUCKETS; i++)
			c->lat[i] += READ(&qs->lat[i]);
		c->lat_max = RTE_MAX(c->lat_max, READ(&qs->lat_max));
	}
}

void
tp_counts_sub(struct tp_counts *c, const struct tp_counts *b)
{
	unsigned int i;

	c->rx -= b->rx;
	c->rx_dropped -= b->rx_dropped;
	c->tx_sent -= b->tx_sent;
	c->tx_refused -= b->tx_refused;
	c->tx_copied -= b->tx_copied;
	c->completed -= b->completed;
	for (i = 0; i < MPDK_STATUS__COUNT; i++)
		c->by_status[i] -= b->by_status[i];
	for (i = 0; i < TP_LAT_BUCKETS; i++)
		c->lat[i] -= b->lat[i];
}

void
tp_port_clear(struct tp_port *p)
{
	rte_eth_stats_reset(p->port_id);
	rte_eth_stats_get(p->port_id, &p->eth_base);
	memset(&p->eth_last, 0, sizeof(p->eth_last));
	p->eth_last_tsc = 0;
	tp_counts_get(p, p->clear_base);
	p->clear_base->lat_max = 0;
}

/* ------------------------------------------------------------ sessions */

struct tp_session *
tp_session_new(struct tp_port *p)
{
	unsigned int i;

	for (i = 0; i < TP_SESSIONS; i++) {
		struct tp_session *s = &sessions[i];

		if (__atomic_load_n(&s->waiting, __ATOMIC_ACQUIRE) ||
		    __atomic_load_n(&s->completed, __ATOMIC_ACQUIRE) !=
		    __atomic_load_n(&s->sent, __ATOMIC_ACQUIRE))
			continue;
		memset(s, 0, sizeof(*s));
		s->in_use = 1;
		s->waiting = 1;
		s->port = p->port_id;
		s->cancel_id = mpdk_cancel_id_generate();
		return s;
	}
	return NULL;
}

void
tp_session_put(struct tp_session *s)
{
	__atomic_store_n(&s->waiting, 0, __ATOMIC_RELEASE);
}

unsigned int
tp_session_slot(const struct tp_session *s)
{
	return (unsigned int)(s - sessions);
}

struct tp_session *
tp_session_by_cancel_id(struct tp_port *p, uint64_t id)
{
	unsigned int i;

	for (i = 0; i < TP_SESSIONS; i++)
		if (sessions[i].in_use && sessions[i].port == p->port_id &&
		    sessions[i].cancel_id == id)
			return &sessions[i];
	return NULL;
}

struct tp_session *
tp_session_at(unsigned int slot)
{
	return &sessions[slot % TP_SESSIONS];
}
