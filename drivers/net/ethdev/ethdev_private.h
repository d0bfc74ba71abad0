/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_ETHDEV_PRIVATE_H
#define MPDK_ETHDEV_PRIVATE_H

/*
 * The generic ethdev miniport: one mpdk adapter over one DPDK port.
 *
 * TX completion ("the PMD released the buffer"): before rte_eth_tx_burst()
 * every segment of every NB gets one extra mbuf reference, or, for a
 * one-segment NB of an NB pool (mpdk_nb_pool_create()), is lent: marked,
 * and handed over at refcnt 1.  A PMD frees a transmitted mbuf with
 * rte_pktmbuf_free(), which then only drops that reference, or, for a lent
 * NB, reaches the NB pool's mempool driver, which clears the mark and
 * keeps the mbuf out of the pool.  The NBL is complete once every segment
 * is back to refcnt 1 and not lent.
 * Copying PMDs (null, tap, pcap) drop it inside tx_burst, net_ring's
 * consumer when it frees, real NICs on a later tx_burst or
 * rte_eth_tx_done_cleanup().  MBUF_FAST_FREE stays off, since it bypasses
 * the reference count.
 *
 * Parameters and receive: ethdev_adapter.c, ethdev_rx.c, ethdev_xfer.c.
 *
 * Per TX queue:
 *  - lock: serialises senders of the queue and the poller's backlog flush
 *    and cleanup (poller: trylock only, it never spins);
 *  - inflight: rte_ring of NBLs fully accepted by tx_burst, single
 *    producer (senders, under lock) / single consumer (the poller);
 *  - backlog: NBLs not accepted yet (TX ring full), sent first next time;
 *  - pend: poller-private list of NBLs still held by the PMD.
 */

#include <stdbool.h>
#include <stdint.h>

#include <rte_ethdev.h>
#include <rte_log.h>
#include <rte_ring.h>
#include <rte_spinlock.h>

#include "mpdk_miniport.h"

extern int mpdk_ethdev_logtype;

#define ETH_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, mpdk_ethdev_logtype, \
		"MPDK_ETHDEV: " fmt "\n", ##__VA_ARGS__)

#define ETH_MINIPORT_NAME "ethdev"

#define ETH_TX_BURST 32           /* mbufs per rte_eth_tx_burst() */
#define ETH_REAP_BURST 64u        /* NBLs per in-flight ring dequeue */
#define ETH_SEND_CHUNK 64u        /* NBLs of a chain sent per array pass */
#define ETH_PEND_SCAN 256u        /* held NBLs re-checked per poll step */
#define ETH_DEFAULT_TXD 1024
#define ETH_DEFAULT_RXD 1024
#define ETH_DEFAULT_BACKLOG 1024  /* NBLs queued behind a full TX ring */
#define ETH_DEFAULT_INFLIGHT 8192 /* NBLs between tx_burst and release */
#define ETH_RX_POOL_CACHE 256
#define ETH_RX_BURST 256u         /* most frames per rte_eth_rx_burst(); the
				   * poll budget sets the burst below it */
#define ETH_RX_HOLD_SLACK 1024    /* mbufs for protocols to hold, per queue */
#define ETH_DMA_BURST 64u         /* DMA ops reaped per poll */
#define ETH_DMA_DESC 1024         /* DMA ring entries asked for */
#define ETH_DMA_FIFO 1024u        /* transfers pending at once (2^n) */
#define ETH_MC_MAX 32u            /* OID_802_3_MAXIMUM_LIST_SIZE */
#define ETH_LINK_POLL_MS 100u     /* link state polled this often */
#define ETH_LINK_CLOCK_STEPS 16u  /* poll steps between clock reads */
#define ETH_VENDOR_VERSION 0x00000100u /* mpdk 0.1 */

/* miniport_reserved[] slots while the NBL is in this miniport. */
#define ETH_RSV_NEXT_NB 0         /* next NB to give to tx_burst */

struct eth_txq {
	rte_spinlock_t lock;
	uint16_t port_id;
	uint16_t queue_id;
	bool cleanup_ok;              /* rte_eth_tx_done_cleanup() supported */
	struct rte_ring *inflight;
	/* Backlog, under lock. */
	struct mpdk_nbl *bl_head;
	struct mpdk_nbl *bl_tail;
	uint32_t bl_count;
	uint32_t bl_max;
	/* Poller private: NBLs the PMD still holds, oldest first. */
	struct mpdk_nbl *pend_head __rte_cache_aligned;
	struct mpdk_nbl *pend_tail;
	uint32_t pend_count;
	/* Statistics. */
	uint64_t tx_full;             /* tx_burst accepted less than offered */
	uint64_t backlogged;          /* NBLs that waited in the backlog */
	uint64_t resources;           /* NBLs refused: ring and backlog full */
	uint64_t invalid;             /* NBLs refused by validation */
} __rte_cache_aligned;

struct eth_rxq {
	uint32_t busy;                /* the poller is inside rx_burst */
	uint64_t pkts;                /* frames indicated */
	uint64_t filtered;            /* frames dropped: packet filter 0 */
	uint64_t resources;           /* frames indicated with RESOURCES */
	uint64_t no_nbl;              /* frames dropped: NBL pool empty */
	uint64_t paused_drops;        /* frames dropped: pausing or paused */
} __rte_cache_aligned;

/* The copy engine for transfer data (dev_id < 0: CPU copies). */
struct eth_dma {
	rte_spinlock_t lock;          /* senders of copies, and the reaper */
	int16_t dev_id;
	uint32_t fifo_mask;
	uint32_t head_idx;            /* transfers, in submission order */
	uint32_t tail_idx;
	struct mpdk_transfer **fifo;
	uint64_t *seq_end;            /* op count once a transfer is done */
	uint8_t *failed;
	uint64_t ops_enqueued;
	uint64_t ops_done;
	uint64_t busy;                /* transfers refused with RESOURCES */
	uint64_t errors;              /* ops the device failed */
};

struct eth_adapter {
	struct mpdk_adapter *adapter;
	uint16_t port_id;
	uint16_t n_queues;
	uint32_t max_frame;           /* largest frame, Ethernet header included */
	uint16_t max_segs;            /* segments per frame the PMD takes */
	uint16_t txd;
	uint16_t rxd;
	struct rte_mempool *rx_pool;
	struct mpdk_nbl_pool *rx_nbl_pool;
	uint32_t rx_held;             /* NBLs indicated and not returned */
	uint32_t rx_hold_max;         /* beyond: indicate with RESOURCES */
	uint32_t lookahead;           /* 0: whole frames */
	struct eth_dma dma;
	/* Control path (ethdev_ctrl.c, ethdev_oid.c). */
	uint32_t offline;             /* port being stopped or reconfigured */
	uint32_t paused;              /* no receive indication */
	uint32_t lsc_pending;         /* the LSC callback fired */
	bool lsc_registered;
	uint64_t link_next_tsc;
	uint32_t link_steps;          /* poll steps until the clock is read */
	int socket;
	struct rte_eth_conf conf;     /* kept to reconfigure after a reset */
	struct rte_eth_txconf txconf;
	/* Settings a reset replays. */
	uint32_t mtu;
	uint32_t packet_filter;
	struct rte_ether_addr mac;
	struct rte_ether_addr perm_mac;
	uint32_t n_mc;
	struct rte_ether_addr mc[ETH_MC_MAX];
	/* The MTU change the control thread is making. */
	struct mpdk_oid_request *mtu_req;
	uint32_t mtu_new;
	uint64_t resets;
	struct eth_txq txq[MPDK_MAX_QUEUES];
	struct eth_rxq rxq[MPDK_MAX_QUEUES];
};

/* ethdev_tx.c */
void mpdk_ethdev_send_nbls(void *ctx, uint16_t queue, struct mpdk_nbl *chain,
		   uint32_t flags);
void mpdk_ethdev_send_nbl_burst(void *ctx, uint16_t queue,
				struct mpdk_nbl *const *nbls, unsigned int n,
				uint32_t flags);
unsigned int mpdk_ethdev_tx_reap(struct eth_adapter *ea, struct eth_txq *txq,
			 unsigned int budget);
/* ethdev_adapter.c */
int mpdk_ethdev_port_bringup(struct eth_adapter *ea);

/* ethdev_ctrl.c */
void mpdk_ethdev_quiesce(struct eth_adapter *ea);
void mpdk_ethdev_online(struct eth_adapter *ea);
mpdk_status_t mpdk_ethdev_reset(void *ctx);
mpdk_status_t mpdk_ethdev_pause(void *ctx);
mpdk_status_t mpdk_ethdev_restart(void *ctx);
mpdk_status_t mpdk_ethdev_cancel_send(void *ctx, uint64_t cancel_id);
void mpdk_ethdev_link_poll(struct eth_adapter *ea);
int mpdk_ethdev_lsc_setup(struct eth_adapter *ea);
void mpdk_ethdev_lsc_release(struct eth_adapter *ea);
mpdk_status_t mpdk_ethdev_set_mtu(struct eth_adapter *ea,
				  struct mpdk_oid_request *req, uint32_t mtu);

/* ethdev_oid.c */
mpdk_status_t mpdk_ethdev_oid_request(void *ctx, struct mpdk_oid_request *req);

/* ethdev_rx.c */
unsigned int mpdk_ethdev_rx_poll(struct eth_adapter *ea, uint16_t queue,
				 unsigned int budget);
void mpdk_ethdev_return_nbls(void *ctx, struct mpdk_nbl *chain, uint32_t flags);
void mpdk_ethdev_return_mbufs(void *ctx, struct rte_mbuf *const *m,
			      unsigned int n);
void mpdk_ethdev_la_restore(struct mpdk_nbl *nbl);

/* ethdev_xfer.c */
mpdk_status_t mpdk_ethdev_transfer_data(void *ctx, struct mpdk_transfer *t);
unsigned int mpdk_ethdev_dma_poll(struct eth_adapter *ea);
int mpdk_ethdev_dma_setup(struct eth_adapter *ea, const char *name, int socket);
void mpdk_ethdev_dma_release(struct eth_adapter *ea);

int mpdk_ethdev_txq_setup(struct eth_adapter *ea, struct eth_txq *txq, uint16_t qid,
		  uint32_t backlog, uint32_t inflight, int socket);
void mpdk_ethdev_txq_release(struct eth_txq *txq);

#endif /* MPDK_ETHDEV_PRIVATE_H */
