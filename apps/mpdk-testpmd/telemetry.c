/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Telemetry: /mpdk/... commands beside DPDK's /ethdev/... ones, on the
 * same socket (rte_telemetry_register_cmd):
 *
 *   /mpdk/adapters                 every adapter: port, state, queues,
 *                                  NBL counters, control-path counters
 *   /mpdk/bindings[,<port>]        the bindings of each port
 *   /mpdk/completions[,<port>]     the testpmd binding's completions: per
 *                                  status, outstanding, latency p50/p99
 *   /mpdk/fwd                      the forwarding engine and its state
 *
 * The socket is /var/run/dpdk/<file-prefix>/dpdk_telemetry.v2 for root
 * ($XDG_RUNTIME_DIR/dpdk/<file-prefix>/ otherwise); read it with
 * "dpdk-telemetry.py -f <file-prefix>".  Callbacks run on the telemetry
 * thread: they read counters (atomics) and take tp_lock around the engine
 * instances that 'start' and 'stop' create and free.
 */

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_telemetry.h>

#include "mpdk_l2fwd.h"
#include "mpdk_responder.h"
#include "testpmd.h"

static bool closing;

/* The port named by @p params, all ports (NULL, *all set) or -1. */
static int
tel_port(const char *params, struct tp_port **p, bool *all)
{
	char *end;
	unsigned long v;

	*all = params == NULL || params[0] == '\0';
	*p = NULL;
	if (*all)
		return 0;
	v = strtoul(params, &end, 10);
	if (end == params || *end != '\0' || v >= TP_MAX_PORTS ||
	    tp_port_get((uint16_t)v) == NULL)
		return -1;
	*p = tp_port_get((uint16_t)v);
	return 0;
}

static void
add_adapter(struct rte_tel_data *d, struct tp_port *p)
{
	struct mpdk_send_stats qs, sum;
	struct mpdk_adapter_stats as;
	uint16_t q;

	memset(&sum, 0, sizeof(sum));
	for (q = 0; q < p->nq; q++) {
		if (mpdk_adapter_queue_stats(p->adapter, q, &qs) != MPDK_STATUS_SUCCESS)
			continue;
		sum.sent += qs.sent;
		sum.completed += qs.completed;
		sum.outstanding += qs.outstanding;
		sum.rejected += qs.rejected;
	}
	rte_tel_data_add_dict_u64(d, "port", p->port_id);
	rte_tel_data_add_dict_string(d, "device", p->dev_name);
	rte_tel_data_add_dict_string(d, "state",
				     tp_state_str(mpdk_adapter_get_state(p->adapter)));
	rte_tel_data_add_dict_u64(d, "stopped", p->stopped);
	rte_tel_data_add_dict_u64(d, "queues", p->nq);
	rte_tel_data_add_dict_u64(d, "nbl_sent", sum.sent);
	rte_tel_data_add_dict_u64(d, "nbl_completed", sum.completed);
	rte_tel_data_add_dict_u64(d, "nbl_outstanding", sum.outstanding);
	rte_tel_data_add_dict_u64(d, "nbl_rejected", sum.rejected);
	if (mpdk_adapter_stats_get(p->adapter, &as) == MPDK_STATUS_SUCCESS) {
		rte_tel_data_add_dict_u64(d, "resets", as.resets);
		rte_tel_data_add_dict_u64(d, "pauses", as.pauses);
		rte_tel_data_add_dict_u64(d, "hangs", as.hangs);
		rte_tel_data_add_dict_u64(d, "oid_requests", as.oids);
		rte_tel_data_add_dict_u64(d, "status_indications",
					  as.status_indications);
		rte_tel_data_add_dict_u64(d, "link_changes", as.link_changes);
	}
}

static void
add_bindings(struct rte_tel_data *d, struct tp_port *p)
{
	struct mpdk_binding *b = tp_binding(p);
	struct mpdk_receive_stats rs;
	struct mpdk_send_stats ss;
	struct mpdk_l2fwd_stats ls;
	struct mpdk_responder_stats r;
	struct tp_port *a;
	char ip[INET_ADDRSTRLEN];
	unsigned int i;

	rte_tel_data_add_dict_string(d, "adapter", mpdk_adapter_name(p->adapter));
	if (b != NULL && mpdk_binding_stats(b, &ss) == MPDK_STATUS_SUCCESS &&
	    mpdk_binding_receive_stats(b, &rs) == MPDK_STATUS_SUCCESS) {
		rte_tel_data_add_dict_string(d, "testpmd",
					     mpdk_binding_is_open(b) ? "open" : "closing");
		rte_tel_data_add_dict_u64(d, "testpmd_sent", ss.sent);
		rte_tel_data_add_dict_u64(d, "testpmd_completed", ss.completed);
		rte_tel_data_add_dict_u64(d, "testpmd_outstanding", ss.outstanding);
		rte_tel_data_add_dict_u64(d, "testpmd_rejected", ss.rejected);
		rte_tel_data_add_dict_u64(d, "testpmd_indicated", rs.indicated);
		rte_tel_data_add_dict_u64(d, "testpmd_returned", rs.returned);
		rte_tel_data_add_dict_u64(d, "testpmd_held", rs.held);
	} else {
		rte_tel_data_add_dict_string(d, "testpmd", "closed");
	}
	a = p->l2fwd != NULL ? p : tp_port_get(p->peer);
	if (a != NULL && a->l2fwd != NULL &&
	    mpdk_l2fwd_stats_get(a->l2fwd, &ls) == MPDK_STATUS_SUCCESS) {
		i = a == p ? 0 : 1;
		rte_tel_data_add_dict_string(d, "l2fwd",
					     mpdk_l2fwd_closed(a->l2fwd) ? "closed" : "open");
		rte_tel_data_add_dict_u64(d, "l2fwd_peer", p->peer);
		rte_tel_data_add_dict_u64(d, "l2fwd_rx", ls.dir[i].rx);
		rte_tel_data_add_dict_u64(d, "l2fwd_forwarded", ls.dir[i].forwarded);
		rte_tel_data_add_dict_u64(d, "l2fwd_copied", ls.dir[i].copied);
		rte_tel_data_add_dict_u64(d, "l2fwd_failed", ls.dir[i].tx_failed);
		rte_tel_data_add_dict_u64(d, "l2fwd_dropped", ls.dir[i].dropped);
	}
	if (p->resp != NULL &&
	    mpdk_responder_stats_get(p->resp, &r) == MPDK_STATUS_SUCCESS) {
		inet_ntop(AF_INET, &p->resp_ip, ip, sizeof(ip));
		rte_tel_data_add_dict_string(d, "responder", ip);
		rte_tel_data_add_dict_u64(d, "responder_rx", r.rx_frames);
		rte_tel_data_add_dict_u64(d, "responder_arp_replies", r.arp_replies);
		rte_tel_data_add_dict_u64(d, "responder_echo_replies", r.echo_replies);
		rte_tel_data_add_dict_u64(d, "responder_completed", r.tx_completed);
		rte_tel_data_add_dict_u64(d, "responder_failed", r.tx_failed);
	}
}

static void
add_completions(struct rte_tel_data *d, struct tp_port *p)
{
	struct tp_counts *c = malloc(sizeof(*c));
	unsigned int k;

	if (c == NULL)
		return;
	tp_counts_get(p, c);
	tp_counts_sub(c, p->clear_base);
	rte_tel_data_add_dict_u64(d, "port", p->port_id);
	rte_tel_data_add_dict_u64(d, "sent", c->tx_sent);
	rte_tel_data_add_dict_u64(d, "completed", c->completed);
	rte_tel_data_add_dict_u64(d, "outstanding", c->tx_sent - c->completed);
	rte_tel_data_add_dict_u64(d, "refused", c->tx_refused);
	rte_tel_data_add_dict_u64(d, "rx", c->rx);
	for (k = 0; k < MPDK_STATUS__COUNT; k++)
		if (c->by_status[k] != 0 || k == MPDK_STATUS_SUCCESS)
			rte_tel_data_add_dict_u64(d, mpdk_status_str(k),
						  c->by_status[k]);
	rte_tel_data_add_dict_u64(d, "latency_p50_ns", (uint64_t)(1000.0 *
		tp_cycles_to_us(tp_lat_percentile(c->lat, 50))));
	rte_tel_data_add_dict_u64(d, "latency_p99_ns", (uint64_t)(1000.0 *
		tp_cycles_to_us(tp_lat_percentile(c->lat, 99))));
	rte_tel_data_add_dict_u64(d, "latency_max_ns", (uint64_t)(1000.0 *
		tp_cycles_to_us(c->lat_max)));
	free(c);
}

typedef void (*fill_fn)(struct rte_tel_data *d, struct tp_port *p);

/* One port's dict, or a dict of "portN" dicts. */
static int
per_port(const char *params, struct rte_tel_data *d, fill_fn fill, bool by_name)
{
	struct rte_tel_data *sub;
	struct tp_port *p;
	char key[64];
	unsigned int i;
	bool all;
	int rc = 0;

	if (tel_port(params, &p, &all) != 0)
		return -EINVAL;
	pthread_mutex_lock(&tp_lock);
	if (closing) {
		pthread_mutex_unlock(&tp_lock);
		return -EBUSY;
	}
	rte_tel_data_start_dict(d);
	if (!all) {
		fill(d, p);
		pthread_mutex_unlock(&tp_lock);
		return 0;
	}
	TP_FOREACH_PORT(p, i) {
		sub = rte_tel_data_alloc();
		if (sub == NULL) {
			rc = -ENOMEM;
			break;
		}
		rte_tel_data_start_dict(sub);
		fill(sub, p);
		if (by_name)
			snprintf(key, sizeof(key), "%s", mpdk_adapter_name(p->adapter));
		else
			snprintf(key, sizeof(key), "port%u", p->port_id);
		if (rte_tel_data_add_dict_container(d, key, sub, 0) != 0) {
			rte_tel_data_free(sub);
			rc = -EINVAL;
			break;
		}
	}
	pthread_mutex_unlock(&tp_lock);
	return rc;
}

static int
tel_adapters(const char *cmd __rte_unused, const char *params,
	     struct rte_tel_data *d)
{
	return per_port(params, d, add_adapter, true);
}

static int
tel_bindings(const char *cmd __rte_unused, const char *params,
	     struct rte_tel_data *d)
{
	return per_port(params, d, add_bindings, false);
}

static int
tel_completions(const char *cmd __rte_unused, const char *params,
		struct rte_tel_data *d)
{
	return per_port(params, d, add_completions, false);
}

static int
tel_fwd(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	static const char *const states[] = { "stopped", "running", "stopping" };
	struct tp_fwd_stats st;
	struct tp_port *p;
	char key[64];
	unsigned int i;

	pthread_mutex_lock(&tp_lock);
	if (closing) {
		pthread_mutex_unlock(&tp_lock);
		return -EBUSY;
	}
	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_string(d, "mode", tp_engine->name);
	rte_tel_data_add_dict_string(d, "state", states[tp_fwd_state()]);
	rte_tel_data_add_dict_u64(d, "burst", tp_cfg.burst);
	rte_tel_data_add_dict_u64(d, "txpkts", tp_cfg.txpkts);
	rte_tel_data_add_dict_u64(d, "pollers", tp_nb_pollers());
	rte_tel_data_add_dict_string(d, "polling",
				     tp_rtc() ? "main lcore" : "worker lcores");
	if (tp_fwd_state() != TP_FWD_STOPPED) {
		TP_FOREACH_PORT(p, i) {
			tp_fwd_port_stats(p, &st);
			snprintf(key, sizeof(key), "port%u_rx", p->port_id);
			rte_tel_data_add_dict_u64(d, key, st.rx);
			snprintf(key, sizeof(key), "port%u_tx", p->port_id);
			rte_tel_data_add_dict_u64(d, key, st.tx);
			snprintf(key, sizeof(key), "port%u_tx_dropped", p->port_id);
			rte_tel_data_add_dict_u64(d, key, st.tx_dropped);
		}
	}
	pthread_mutex_unlock(&tp_lock);
	return 0;
}

int
tp_telemetry_init(void)
{
	int rc = 0;

	rc |= rte_telemetry_register_cmd("/mpdk/adapters", tel_adapters,
		"Every mpdk adapter: state, queues, NBL and control counters. Parameters: none, or a port");
	rc |= rte_telemetry_register_cmd("/mpdk/bindings", tel_bindings,
		"Bindings of each port (testpmd, l2fwd, responder). Parameters: none, or a port");
	rc |= rte_telemetry_register_cmd("/mpdk/completions", tel_completions,
		"Completions of the testpmd binding: per status, outstanding, latency. Parameters: none, or a port");
	rc |= rte_telemetry_register_cmd("/mpdk/fwd", tel_fwd,
		"Forwarding engine, state and per-port counters. Takes no parameters");
	return rc == 0 ? 0 : -1;
}

void
tp_telemetry_fini(void)
{
	pthread_mutex_lock(&tp_lock);
	closing = true;
	pthread_mutex_unlock(&tp_lock);
}
