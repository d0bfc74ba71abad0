/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Generic ethdev miniport: driver entry, parameters, adapter
 * initialize/halt (MiniportInitializeEx / MiniportHaltEx) and the ops
 * table.
 *
 * Parameters ("key=value,..."):
 *   dev=NAME      ethdev name (e.g. net_null0), or
 *   port=N        ethdev port id;
 *   txd=N rxd=N   descriptors per queue (default 1024);
 *   backlog=N     NBLs queued per TX queue when its ring is full (1024);
 *   inflight=N    NBLs between tx_burst and release per queue (8192);
 *   rx_pool=N     RX mbufs (and NBLs): queues * (rxd + 1024) by default;
 *   rx_low=N      indicate with RESOURCES when fewer RX mbufs would stay
 *                 free (rx_pool / 8);
 *   lookahead=N   indicate the first N bytes of each frame, the rest by
 *                 transfer data (0: whole frames);
 *   dma=NAME      dmadev for transfer data (CPU copies without it).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_errno.h>
#include <rte_kvargs.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>

#include "ethdev_private.h"
#include "mpdk_builtin_drivers.h"

int mpdk_ethdev_logtype = RTE_LOGTYPE_PMD;

static struct mpdk_miniport_driver *eth_driver;

struct eth_params {
	int port;                   /* -1: not given */
	char dev[RTE_ETH_NAME_MAX_LEN];
	char dma[RTE_ETH_NAME_MAX_LEN];
	uint32_t txd;
	uint32_t rxd;
	uint32_t backlog;
	uint32_t inflight;
	uint32_t rx_pool;           /* 0: default */
	uint32_t rx_low;            /* UINT32_MAX: default */
	uint32_t lookahead;
};

static const char *const eth_param_keys[] = {
	"dev", "port", "txd", "rxd", "backlog", "inflight", "rx_pool", "rx_low",
	"lookahead", "dma", NULL,
};

static int
parse_u32(const char *key, const char *value, void *opaque)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(value, &end, 0);
	if (errno != 0 || end == value || *end != '\0' || v > UINT32_MAX) {
		ETH_LOG(ERR, "bad value '%s' for %s", value, key);
		return -EINVAL;
	}
	*(uint32_t *)opaque = (uint32_t)v;
	return 0;
}

static int
parse_str(const char *key __rte_unused, const char *value, void *opaque)
{
	rte_strlcpy(opaque, value, RTE_ETH_NAME_MAX_LEN);
	return 0;
}

static mpdk_status_t
eth_parse(const char *params, struct eth_params *p)
{
	struct rte_kvargs *kv;
	uint32_t port = UINT32_MAX;
	int ret = 0;

	memset(p, 0, sizeof(*p));
	p->port = -1;
	p->txd = ETH_DEFAULT_TXD;
	p->rxd = ETH_DEFAULT_RXD;
	p->backlog = ETH_DEFAULT_BACKLOG;
	p->inflight = ETH_DEFAULT_INFLIGHT;
	p->rx_low = UINT32_MAX;
	if (params == NULL || params[0] == '\0') {
		ETH_LOG(ERR, "parameters needed: dev=NAME or port=N");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	kv = rte_kvargs_parse(params, eth_param_keys);
	if (kv == NULL) {
		ETH_LOG(ERR, "cannot parse '%s' (keys: dev port txd rxd backlog inflight rx_pool rx_low lookahead dma)",
			params);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	ret |= rte_kvargs_process(kv, "dev", parse_str, p->dev);
	ret |= rte_kvargs_process(kv, "port", parse_u32, &port);
	ret |= rte_kvargs_process(kv, "txd", parse_u32, &p->txd);
	ret |= rte_kvargs_process(kv, "rxd", parse_u32, &p->rxd);
	ret |= rte_kvargs_process(kv, "backlog", parse_u32, &p->backlog);
	ret |= rte_kvargs_process(kv, "inflight", parse_u32, &p->inflight);
	ret |= rte_kvargs_process(kv, "rx_pool", parse_u32, &p->rx_pool);
	ret |= rte_kvargs_process(kv, "rx_low", parse_u32, &p->rx_low);
	ret |= rte_kvargs_process(kv, "lookahead", parse_u32, &p->lookahead);
	ret |= rte_kvargs_process(kv, "dma", parse_str, p->dma);
	rte_kvargs_free(kv);
	if (ret != 0)
		return MPDK_STATUS_INVALID_PARAMETER;
	if (port != UINT32_MAX) {
		if (port >= RTE_MAX_ETHPORTS) {
			ETH_LOG(ERR, "port %u out of range", port);
			return MPDK_STATUS_INVALID_PARAMETER;
		}
		p->port = (int)port;
	}
	if (p->port < 0 && p->dev[0] == '\0') {
		ETH_LOG(ERR, "parameters need dev=NAME or port=N");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	if (p->txd == 0 || p->txd > UINT16_MAX || p->rxd == 0 ||
	    p->rxd > UINT16_MAX || p->inflight == 0) {
		ETH_LOG(ERR, "txd/rxd must be 1..65535 and inflight > 0");
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	return MPDK_STATUS_SUCCESS;
}

/* Configure the port from ea->conf, set its queues up and start it: at
 * initialize, and again after a reset. */
int
mpdk_ethdev_port_bringup(struct eth_adapter *ea)
{
	uint16_t port = ea->port_id, q;
	int ret;

	ret = rte_eth_dev_configure(port, ea->n_queues, ea->n_queues, &ea->conf);
	if (ret != 0)
		return ret;
	for (q = 0; q < ea->n_queues; q++) {
		ret = rte_eth_rx_queue_setup(port, q, ea->rxd, ea->socket, NULL,
					     ea->rx_pool);
		if (ret != 0)
			return ret;
		ret = rte_eth_tx_queue_setup(port, q, ea->txd, ea->socket,
					     &ea->txconf);
		if (ret != 0)
			return ret;
	}
	return rte_eth_dev_start(port);
}

static mpdk_status_t
eth_port_setup(struct eth_adapter *ea, const struct eth_params *prm,
	       int socket)
{
	struct rte_eth_dev_info info;
	char name[RTE_MEMPOOL_NAMESIZE];
	uint16_t port = ea->port_id, txd = (uint16_t)prm->txd;
	uint16_t rxd = (uint16_t)prm->rxd, mtu, q;
	unsigned int pool_n, rx_low;
	uint64_t reserved;
	int ret;

	ret = rte_eth_dev_info_get(port, &info);
	if (ret != 0)
		goto fail;
	if (ea->n_queues > info.max_tx_queues ||
	    ea->n_queues > info.max_rx_queues) {
		ETH_LOG(ERR, "port %u: %u queues asked, PMD %s has %u TX / %u RX",
			port, ea->n_queues, info.driver_name,
			info.max_tx_queues, info.max_rx_queues);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	ea->socket = socket;
	memset(&ea->conf, 0, sizeof(ea->conf));
	/* Chains need MULTI_SEGS where the PMD asks for it; FAST_FREE stays
	 * off because it bypasses the reference count we watch. */
	if (info.tx_offload_capa & RTE_ETH_TX_OFFLOAD_MULTI_SEGS)
		ea->conf.txmode.offloads |= RTE_ETH_TX_OFFLOAD_MULTI_SEGS;
	/* Link changes by interrupt where the PMD has them (polled anyway). */
	if (*info.dev_flags & RTE_ETH_DEV_INTR_LSC)
		ea->conf.intr_conf.lsc = 1;
	ea->txconf = info.default_txconf;
	ea->txconf.offloads = ea->conf.txmode.offloads;
	rte_eth_dev_stop(port);
	ret = rte_eth_dev_configure(port, ea->n_queues, ea->n_queues, &ea->conf);
	if (ret != 0)
		goto fail;
	ret = rte_eth_dev_adjust_nb_rx_tx_desc(port, &rxd, &txd);
	if (ret != 0)
		goto fail;
	ea->txd = txd;
	ea->rxd = rxd;

	/* Room for the RX rings, the per-lcore caches, and frames the
	 * protocols hold; past rx_hold_max they are indicated with RESOURCES. */
	pool_n = prm->rx_pool != 0 ? prm->rx_pool :
		ea->n_queues * ((uint32_t)rxd + ETH_RX_HOLD_SLACK) +
		ETH_RX_POOL_CACHE * 2u;
	rx_low = prm->rx_low != UINT32_MAX ? prm->rx_low : pool_n / 8;
	reserved = (uint64_t)ea->n_queues * (rxd + ETH_RX_BURST) + rx_low;
	if (reserved >= pool_n) {
		ETH_LOG(ERR, "port %u: rx_pool=%u leaves no mbuf to hold beyond the rings and rx_low=%u",
			port, pool_n, rx_low);
		return MPDK_STATUS_INVALID_PARAMETER;
	}
	ea->rx_hold_max = pool_n - (uint32_t)reserved;
	snprintf(name, sizeof(name), "mpdk_rx_%u", port);
	/* Each RX mbuf carries its own NBL in its private area: no NBL to
	 * allocate per frame.  The NBL pool serves frames from other pools
	 * (a net_ring producer's mbufs). */
	ea->rx_pool = rte_pktmbuf_pool_create(name, pool_n, ETH_RX_POOL_CACHE,
					      MPDK_NBL_MBUF_PRIV_SIZE,
					      RTE_MBUF_DEFAULT_BUF_SIZE, socket);
	snprintf(name, sizeof(name), "mpdk_rxnbl_%u", port);
	ea->rx_nbl_pool = mpdk_nbl_pool_create(name, pool_n, 0, socket);
	if (ea->rx_pool == NULL || ea->rx_nbl_pool == NULL) {
		ETH_LOG(ERR, "port %u: RX pools: %s", port, rte_strerror(rte_errno));
		return MPDK_STATUS_RESOURCES;
	}
	if (mpdk_m_rx_pool_prepare(ea->adapter, ea->rx_pool) != MPDK_STATUS_SUCCESS)
		return MPDK_STATUS_FAILURE;
	ea->lookahead = prm->lookahead;

	ret = mpdk_ethdev_port_bringup(ea);
	if (ret != 0)
		goto fail;

	for (q = 0; q < ea->n_queues; q++) {
		/* -ENOTSUP: the PMD frees eagerly (or its consumer does). */
		ea->txq[q].cleanup_ok =
			rte_eth_tx_done_cleanup(port, q, 0) != -ENOTSUP;
	}
	if (rte_eth_dev_get_mtu(port, &mtu) != 0)
		mtu = RTE_ETHER_MTU;
	ea->mtu = mtu;
	ea->max_frame = (uint32_t)mtu + RTE_ETHER_HDR_LEN;
	ea->max_segs = info.tx_desc_lim.nb_mtu_seg_max != 0 ?
		info.tx_desc_lim.nb_mtu_seg_max : UINT16_MAX;
	rte_eth_macaddr_get(port, &ea->mac);
	ea->perm_mac = ea->mac;
	ea->packet_filter = MPDK_PACKET_TYPE_DIRECTED | MPDK_PACKET_TYPE_MULTICAST |
			    MPDK_PACKET_TYPE_BROADCAST;
	if (rte_eth_promiscuous_get(port) == 1)
		ea->packet_filter |= MPDK_PACKET_TYPE_PROMISCUOUS;
	if (rte_eth_allmulticast_get(port) == 1)
		ea->packet_filter |= MPDK_PACKET_TYPE_ALL_MULTICAST;
	ETH_LOG(DEBUG, "port %u (%s): %u queues, txd %u rxd %u, max frame %u, tx cleanup %s",
		port, info.driver_name, ea->n_queues, txd, rxd, ea->max_frame,
		ea->txq[0].cleanup_ok ? "yes" : "no");
	return MPDK_STATUS_SUCCESS;
fail:
	ETH_LOG(ERR, "port %u: setup failed: %s", port, rte_strerror(-ret));
	return ret == -ENOMEM ? MPDK_STATUS_RESOURCES : MPDK_STATUS_FAILURE;
}

static void eth_halt(void *ctx);

static mpdk_status_t
eth_initialize(void *driver_ctx __rte_unused, struct mpdk_adapter *adapter,
	       const struct mpdk_adapter_config *cfg, void **adapter_ctx)
{
	struct mpdk_adapter_attrs attrs;
	struct eth_params prm;
	struct eth_adapter *ea;
	uint16_t port, q;
	mpdk_status_t st;

	st = eth_parse(cfg->params, &prm);
	if (st != MPDK_STATUS_SUCCESS)
		return st;
	if (prm.port >= 0) {
		port = (uint16_t)prm.port;
		if (!rte_eth_dev_is_valid_port(port)) {
			ETH_LOG(ERR, "no ethdev port %u", port);
			return MPDK_STATUS_NOT_FOUND;
		}
	} else if (rte_eth_dev_get_port_by_name(prm.dev, &port) != 0) {
		ETH_LOG(ERR, "no ethdev named '%s' (did you pass --vdev=%s?)",
			prm.dev, prm.dev);
		return MPDK_STATUS_NOT_FOUND;
	}

	ea = rte_zmalloc_socket("mpdk_eth_adapter", sizeof(*ea),
				RTE_CACHE_LINE_SIZE, cfg->socket_id);
	if (ea == NULL)
		return MPDK_STATUS_RESOURCES;
	ea->adapter = adapter;
	ea->port_id = port;
	ea->n_queues = cfg->n_queues != 0 ? cfg->n_queues : 1;
	for (q = 0; q < ea->n_queues; q++) {
		if (mpdk_ethdev_txq_setup(ea, &ea->txq[q], q, prm.backlog, prm.inflight,
				  cfg->socket_id) != 0) {
			eth_halt(ea);
			return MPDK_STATUS_RESOURCES;
		}
	}
	st = eth_port_setup(ea, &prm, cfg->socket_id);
	if (st == MPDK_STATUS_SUCCESS &&
	    mpdk_ethdev_dma_setup(ea, prm.dma, cfg->socket_id) != 0)
		st = MPDK_STATUS_NOT_FOUND;
	if (st == MPDK_STATUS_SUCCESS && mpdk_ethdev_lsc_setup(ea) != 0)
		st = MPDK_STATUS_FAILURE;
	if (st != MPDK_STATUS_SUCCESS) {
		eth_halt(ea);
		return st;
	}

	memset(&attrs, 0, sizeof(attrs));
	attrs.n_queues = ea->n_queues;
	attrs.max_frame = ea->max_frame;
	attrs.mtu = ea->mtu;
	attrs.mac = ea->mac;
	attrs.perm_mac = ea->perm_mac;
	st = mpdk_m_set_attributes(adapter, &attrs);
	if (st != MPDK_STATUS_SUCCESS) {
		eth_halt(ea);
		return st;
	}
	*adapter_ctx = ea;
	return MPDK_STATUS_SUCCESS;
}

static void
eth_halt(void *ctx)
{
	struct eth_adapter *ea = ctx;
	uint16_t q;

	mpdk_ethdev_lsc_release(ea);
	mpdk_ethdev_dma_release(ea);
	if (ea->rx_pool != NULL) {
		/* Close returns the RX queues' mbufs before the pool goes. */
		rte_eth_dev_stop(ea->port_id);
		rte_eth_dev_close(ea->port_id);
		rte_mempool_free(ea->rx_pool);
	}
	mpdk_nbl_pool_free(ea->rx_nbl_pool);
	for (q = 0; q < MPDK_MAX_QUEUES; q++)
		mpdk_ethdev_txq_release(&ea->txq[q]);
	rte_free(ea);
}

/* MiniportInterruptDPC: TX completions, receive, and (queue 0) the copy
 * engine, each within the budget. */
static unsigned int
eth_poll(void *ctx, uint16_t queue, unsigned int budget)
{
	struct eth_adapter *ea = ctx;
	unsigned int work;

	work = mpdk_ethdev_tx_reap(ea, &ea->txq[queue], budget);
	work += mpdk_ethdev_rx_poll(ea, queue, budget);
	if (queue == 0) {
		if (ea->dma.dev_id >= 0)
			work += mpdk_ethdev_dma_poll(ea);
		mpdk_ethdev_link_poll(ea);
	}
	return work;
}

static const struct mpdk_miniport_ops eth_ops = {
	.name = ETH_MINIPORT_NAME,
	.initialize = eth_initialize,
	.halt = eth_halt,
	.send_nbls = mpdk_ethdev_send_nbls,
	.send_nbl_burst = mpdk_ethdev_send_nbl_burst,
	.return_nbls = mpdk_ethdev_return_nbls,
	.return_mbufs = mpdk_ethdev_return_mbufs,
	.poll = eth_poll,
	.transfer_data = mpdk_ethdev_transfer_data,
	.oid_request = mpdk_ethdev_oid_request,
	.reset = mpdk_ethdev_reset,
	.pause = mpdk_ethdev_pause,
	.restart = mpdk_ethdev_restart,
	.cancel_send = mpdk_ethdev_cancel_send,
};

mpdk_status_t
mpdk_ethdev_driver_entry(void)
{
	int lt = rte_log_register_type_and_pick_level("pmd.mpdk.ethdev",
						      RTE_LOG_INFO);

	if (lt >= 0)
		mpdk_ethdev_logtype = lt;
	return mpdk_miniport_register(&eth_ops, NULL, &eth_driver);
}

void
mpdk_ethdev_driver_unload(void)
{
	if (eth_driver != NULL && mpdk_miniport_deregister(eth_driver) ==
	    MPDK_STATUS_SUCCESS)
		eth_driver = NULL;
}
