/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_TESTPMD_H
#define MPDK_TESTPMD_H

/*
 * mpdk-testpmd: dpdk-testpmd's command line over the NDIS model.
 *
 * Every DPDK ethdev port found at start-up becomes an "ethdev" adapter.
 * The application registers one protocol driver, "testpmd", bound to every
 * adapter for the whole session: its binding receives the status
 * indications (link events), carries the OID requests, the one-shot sends
 * and the forwarding engines io, mac, txonly and rxonly.  The engines
 * l2fwd and responder bind the library's sample protocols instead.
 *
 * Files: main.c (EAL, options, adapters, pollers, lifecycle), cli.c
 * (librte_cmdline glue, scripts, interactive prompt), cmd_*.c (command
 * groups, each registering itself), fwd.c (the testpmd protocol and the
 * forwarding state), fwd_*.c (engines: small ops tables), telemetry.c.
 */

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_ethdev.h>
#include <rte_spinlock.h>

#include "mpdk_protocol.h"

#define TP_PROMPT "mpdk-testpmd> "
#define TP_MAX_PORTS RTE_MAX_ETHPORTS
#define TP_MAX_BURST 512            /* as testpmd's MAX_PKT_BURST */
#define TP_DEFAULT_BURST 32
#define TP_MIN_PKT_LEN RTE_ETHER_HDR_LEN
#define TP_MAX_PKT_LEN 16128        /* a jumbo frame, in several mbufs */
#define TP_DEFAULT_PKT_LEN 64
#define TP_NBL_POOL 32767           /* NBLs of the application's pool */
#define TP_MBUF_POOL 32767          /* mbufs of each of the application's pools */
#define TP_TXONLY_WINDOW 1024       /* txonly NBLs in flight per port, at most */
#define TP_WAIT_MS 5000             /* longest a command waits for a completion */
#define TP_SEND_MAX 65536           /* NBLs of one 'send' */
#define TP_EVENTS 64                /* status indications kept per port */
#define TP_SESSIONS 64              /* 'send' commands tracked at once */

/* Latency histogram: log-linear, 8 buckets per power of two (12.5 %). */
#define TP_LAT_BUCKETS 496

/* protocol_reserved[] slots of the NBLs the testpmd binding sends: the
 * kind, and its argument (the session slot of a 'send', the port a
 * forwarded frame came in on). */
#define TP_RSV_KIND 0
#define TP_RSV_ARG 1

/* What an NBL sent on the testpmd binding is, hence what its completion
 * does with it. */
enum tp_kind {
	TP_KIND_NONE = 0,
	TP_KIND_FWD,        /* an indicated NBL sent on: returned to its binding */
	TP_KIND_COPY,       /* our copy of an indicated frame: freed */
	TP_KIND_GEN,        /* txonly: sent again while txonly runs, else freed */
	TP_KIND_GEN_ONCE,   /* tx_first burst: freed */
	TP_KIND_SEND,       /* 'send' command: counted in its session, freed */
};

/* Per (port, queue) completion counters: one writer, the poller that owns
 * the queue (completions of a queue come only from its owner). */
struct tp_qstats {
	uint64_t completed;
	uint64_t by_status[MPDK_STATUS__COUNT];
	uint64_t lat_max;                 /* cycles */
	uint64_t lat[TP_LAT_BUCKETS];
} __rte_cache_aligned;

/* A snapshot of a port's testpmd-binding counters. */
struct tp_counts {
	uint64_t rx;             /* frames indicated to the testpmd binding */
	uint64_t rx_dropped;     /* frames an engine could not forward */
	uint64_t tx_sent;        /* NBLs accepted by mpdk_send_nbls() */
	uint64_t tx_refused;     /* NBLs refused at submit */
	uint64_t tx_copied;      /* frames copied before sending */
	uint64_t completed;
	uint64_t by_status[MPDK_STATUS__COUNT];
	uint64_t lat[TP_LAT_BUCKETS];
	uint64_t lat_max;
};

/* A status indication received by the testpmd binding. */
struct tp_event {
	uint64_t tsc;
	mpdk_status_t code;
	uint32_t len;
	uint8_t buf[64];
};

/* A reset, pause or restart the command line asked for. */
enum tp_op_kind { TP_OP_NONE = 0, TP_OP_RESET, TP_OP_PAUSE, TP_OP_RESTART };

struct tp_op {
	enum tp_op_kind kind;
	uint32_t done;                /* atomic: the done callback ran */
	mpdk_status_t status;
	bool nowait;                  /* report it when it comes */
};

struct tp_port {
	bool used;
	uint16_t port_id;
	uint16_t nq;                  /* queues of the adapter */
	uint16_t peer;                /* io/l2fwd partner (itself when odd) */
	char dev_name[RTE_ETH_NAME_MAX_LEN];
	struct mpdk_adapter *adapter;
	struct mpdk_binding *binding; /* atomic: the testpmd binding, or NULL */
	uint32_t closed;              /* atomic: its close completed */
	bool stopped;                 /* 'port stop' */
	/* Counters written by several lcores: relaxed atomics. */
	uint64_t rx;
	uint64_t rx_dropped;
	uint64_t tx_sent;
	uint64_t tx_refused;
	uint64_t tx_copied;
	uint64_t fwd_inflight;        /* FWD/COPY/GEN_ONCE NBLs sent, not back */
	uint64_t gen_live;            /* txonly NBLs alive */
	struct tp_qstats *q;          /* [nq] */
	/* Baselines: 'clear port stats' and the last 'start'. */
	struct tp_counts *clear_base;
	struct tp_counts *fwd_base;
	struct rte_eth_stats eth_base;
	struct rte_eth_stats eth_last;  /* for "since last show" */
	uint64_t eth_last_tsc;
	/* Status indications. */
	rte_spinlock_t ev_lock;
	uint64_t ev_total;
	struct tp_event ev[TP_EVENTS];
	/* Engines of the library's sample protocols. */
	bool resp_set;
	uint32_t resp_ip;             /* network order */
	struct mpdk_responder *resp;
	struct mpdk_l2fwd *l2fwd;     /* on the first port of a pair */
	/* txonly frame of the current --txpkts. */
	uint8_t *tmpl;
	uint32_t tmpl_len;
	struct tp_op op;
};

/* A 'send' command's NBLs. */
struct tp_session {
	uint32_t in_use;
	uint16_t port;
	uint64_t cancel_id;
	uint32_t waiting;             /* a command waits for it */
	uint64_t sent;                /* accepted */
	uint64_t completed;           /* atomics: several pollers */
	uint64_t by_status[MPDK_STATUS__COUNT];
	uint64_t lat[TP_LAT_BUCKETS];
};

/* Forwarding statistics of one port, as 'stop' prints them. */
struct tp_fwd_stats {
	uint64_t rx;
	uint64_t rx_dropped;
	uint64_t tx;                  /* completed SUCCESS */
	uint64_t tx_dropped;          /* refused, or completed otherwise */
	uint64_t copied;
	uint64_t outstanding;
};

/* A forwarding engine, as testpmd's struct fwd_engine. */
struct tp_engine {
	const char *name;
	const char *desc;
	/* Runs in the testpmd binding (false: it takes the port over). */
	bool own_binding;
	/* Sends generated frames: --txpkts matters. */
	bool generates;
	int (*start)(void);                       /* may refuse (-1) */
	void (*stop)(void);                       /* begin stopping */
	bool (*stopped)(void);                    /* resources released? */
	void (*release)(void);                    /* after stopped() */
	/* Frames indicated while it runs; NULL: count them and return. */
	void (*rx)(struct tp_port *p, struct mpdk_nbl *chain, uint32_t n,
		   uint32_t flags);
	/* Main lcore, between commands: keep the generator full. */
	void (*kick)(struct tp_port *p);
	/* Its own counters, when it does not use the testpmd binding. */
	bool (*port_stats)(struct tp_port *p, struct tp_fwd_stats *st);
};

enum tp_fwd_state { TP_FWD_STOPPED = 0, TP_FWD_RUNNING, TP_FWD_STOPPING };

/* Application configuration and state (main.c). */
struct tp_config {
	bool interactive;
	const char *cmdline_file;
	bool auto_start;
	bool tx_first;
	const char *fwd_mode;
	unsigned int burst;
	unsigned int txpkts;
	unsigned int nb_cores;        /* 0: run to completion on the main lcore */
	unsigned int stats_period;    /* seconds, 0: off */
	unsigned int nb_queues;
	unsigned int rxd;
	unsigned int txd;
	const char *adapter_params;   /* more ethdev miniport parameters */
};

extern struct tp_config tp_cfg;
extern struct tp_port tp_ports[TP_MAX_PORTS];
extern uint16_t tp_port_list[TP_MAX_PORTS];  /* used port ids, in order */
extern unsigned int tp_nb_ports;
extern struct mpdk_nbl_pool *tp_nbl_pool;
extern struct rte_mempool *tp_mbuf_pool;      /* copies of received frames */
extern struct rte_mempool *tp_nb_pool;        /* frames it makes (NB pool) */
extern volatile int tp_force_quit;           /* SIGINT, SIGTERM */
extern pthread_mutex_t tp_lock;              /* engine instances vs telemetry */
extern uint64_t tp_start_tsc;

/* main.c */
bool tp_rtc(void);
unsigned int tp_poll_once(void);
void tp_pollers_sync(void);
void tp_settle(void);
bool tp_wait(bool (*cond)(void *), void *arg, unsigned int timeout_ms);
void tp_idle(unsigned int ms);
void tp_periodic(void);
unsigned int tp_nb_pollers(void);
const char *tp_poller_desc(unsigned int i, char *buf, size_t len);
const char *tp_state_str(enum mpdk_adapter_state st);

/* cli.c: command groups and the command reader. */
struct tp_cmd {
	const char *spec;     /* "show port info <port|all>": words, a|b, <arg> */
	const char *help;
	void (*fn)(int argc, char **argv);
};

struct tp_cmd_group {
	const char *name;     /* for 'help <name>' */
	const char *title;
	int order;
	const struct tp_cmd *cmds;
	unsigned int n_cmds;
	struct tp_cmd_group *next;
};

void tp_cli_register(struct tp_cmd_group *g);
#define TP_CLI_REGISTER(g) \
	RTE_INIT(tp_cli_register_ ## g) { tp_cli_register(&(g)); }

int tp_cli_init(void);
void tp_cli_fini(void);
unsigned int tp_cli_run_file(const char *path);
unsigned int tp_cli_run_stream(FILE *f);
void tp_cli_interact(void);
void tp_cli_wait_enter(void);
void tp_cli_quit(void);
bool tp_cli_quitting(void);
void tp_err(const char *fmt, ...) __rte_format_printf(1, 2);
void tp_usage(void);
bool tp_async_print(void);
void tp_cli_redisplay(void);

/* Argument parsers: print the reason and return -1 on bad input. */
int tp_parse_port(const char *s, bool allow_all, struct tp_port **p);
int tp_parse_u64(const char *what, const char *s, uint64_t lo, uint64_t hi,
		 uint64_t *out);
/* Iterate over the ports, in port id order. */
#define TP_FOREACH_PORT(p, i) \
	for ((i) = 0; (i) < tp_nb_ports && \
	     ((p) = &tp_ports[tp_port_list[(i)]], 1); (i)++)

struct tp_port *tp_port_get(uint16_t port_id);
/* 0 if the port takes new work; else prints why (paused, ...) and -1. */
int tp_port_ready(struct tp_port *p, const char *what);

/* fwd.c: the testpmd protocol and the forwarding state; stats.c:
 * counters, latency, sessions; frame.c: frames and the generator. */
int tp_proto_init(void);
int tp_proto_fini(void);
int tp_bind(struct tp_port *p);
int tp_unbind(struct tp_port *p);
struct mpdk_binding *tp_binding(struct tp_port *p);

extern const struct tp_engine *tp_engine;
extern const struct tp_engine *const tp_engines[];
const struct tp_engine *tp_engine_find(const char *name);
enum tp_fwd_state tp_fwd_state(void);
int tp_fwd_start(bool tx_first);
int tp_fwd_stop(void);
void tp_fwd_kick(void);
bool tp_fwd_running(void);

void tp_counts_get(struct tp_port *p, struct tp_counts *c);
void tp_counts_sub(struct tp_counts *c, const struct tp_counts *base);
/* Histogram bucket of a latency in cycles. */
static inline unsigned int
tp_lat_bucket(uint64_t v)
{
	unsigned int e;

	if (v < 8)
		return (unsigned int)v;
	e = 63u - (unsigned int)__builtin_clzll(v);
	return (e - 2) * 8 + (unsigned int)((v >> (e - 3)) & 7);
}

uint64_t tp_lat_percentile(const uint64_t *lat, double pct);
double tp_cycles_to_us(uint64_t cycles);
void tp_port_clear(struct tp_port *p);
void tp_fwd_port_stats(struct tp_port *p, struct tp_fwd_stats *st);

int tp_tmpl_build(struct tp_port *p, uint32_t len);
void tp_frame_fill(struct tp_port *p, uint8_t *buf, uint32_t len);
struct mpdk_nbl *tp_gen_nbl(struct tp_port *p, const uint8_t *frame,
			    uint32_t len, enum tp_kind kind);
unsigned int tp_send_list(struct tp_port *p, struct mpdk_nbl *chain);
void tp_forward(struct tp_port *in, struct tp_port *out,
		struct mpdk_nbl *chain, uint32_t flags,
		void (*edit)(struct rte_mbuf *m));
void tp_gen_topup(struct tp_port *p);
unsigned int tp_txonly_window(void);
void tp_burst_tx_first(struct tp_port *p);

struct mpdk_nbl *tp_copy_nbl(const struct mpdk_nbl *nbl);
struct tp_session *tp_session_at(unsigned int slot);
struct tp_session *tp_session_new(struct tp_port *p);
void tp_session_put(struct tp_session *s);
unsigned int tp_session_slot(const struct tp_session *s);
struct tp_session *tp_session_by_cancel_id(struct tp_port *p, uint64_t id);

/* Engines (fwd_*.c). */
extern const struct tp_engine tp_engine_io;
extern const struct tp_engine tp_engine_mac;
extern const struct tp_engine tp_engine_txonly;
extern const struct tp_engine tp_engine_rxonly;
extern const struct tp_engine tp_engine_l2fwd;
extern const struct tp_engine tp_engine_responder;
int tp_responder_apply(struct tp_port *p);

/* cmd_port.c */
void tp_print_fwd_stats(void);
void tp_print_port_stats(struct tp_port *p);
void tp_print_period_stats(bool print);

/* cmd_oid.c */
struct tp_oid_result {
	mpdk_status_t status;
	uint32_t bytes_written;
	uint32_t bytes_needed;
};
void tp_oid_complete(struct mpdk_oid_request *req, mpdk_status_t st);
int tp_oid_run(struct tp_port *p, enum mpdk_oid_type type, uint32_t oid,
	       void *buf, uint32_t buf_len, uint32_t input_len,
	       struct tp_oid_result *res);

/* cmd_mpdk.c */
int tp_port_op(struct tp_port *p, enum tp_op_kind kind, bool nowait);
const char *tp_op_name(enum tp_op_kind kind);

/* telemetry.c */
int tp_telemetry_init(void);
void tp_telemetry_fini(void);

#endif /* MPDK_TESTPMD_H */
