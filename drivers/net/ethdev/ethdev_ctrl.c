/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Generic ethdev miniport, control path: reset (MiniportResetEx), pause
 * and restart, cancel (MiniportCancelSend), link state, MTU changes.
 *
 * Stopping the port while pollers and senders run: mpdk_ethdev_quiesce()
 * sets 'offline', then takes each TX queue's lock once (a sender inside
 * tx_burst holds it; later ones see 'offline' under the lock and keep
 * their NBLs in the backlog) and waits until no poller is inside
 * rx_burst (each announces itself in rxq->busy before it looks at
 * 'offline').  It runs on the mpdk control thread, which may block; the
 * pollers never wait.
 *
 * Reset: rte_eth_dev_reset() where the PMD has it, else stop; then
 * configure, queues and start again, and replay the MAC address and MTU
 * (where the port's differ from the adapter's), the packet filter and the
 * multicast list.  NBLs still in the backlog complete with
 * RESET_IN_PROGRESS; those the PMD holds complete when it lets them go
 * (stopping a queue frees its mbufs on most PMDs).
 */

#include <rte_cycles.h>
#include <rte_ethdev.h>
#include <rte_pause.h>

#include "ethdev_private.h"

void
mpdk_ethdev_quiesce(struct eth_adapter *ea)
{
	uint16_t q;

	__atomic_store_n(&ea->offline, 1, __ATOMIC_SEQ_CST);
	for (q = 0; q < ea->n_queues; q++) {
		rte_spinlock_lock(&ea->txq[q].lock);
		rte_spinlock_unlock(&ea->txq[q].lock);
	}
	for (q = 0; q < ea->n_queues; q++)
		while (__atomic_load_n(&ea->rxq[q].busy, __ATOMIC_SEQ_CST) != 0)
			rte_pause();
}

void
mpdk_ethdev_online(struct eth_adapter *ea)
{
	__atomic_store_n(&ea->offline, 0, __ATOMIC_RELEASE);
}

/* Complete what every backlog holds with @p st; the lock is taken per
 * queue and the completions made outside it. */
static void
backlog_abort(struct eth_adapter *ea, mpdk_status_t st, uint64_t cancel_id)
{
	uint16_t q;

	for (q = 0; q < ea->n_queues; q++) {
		struct eth_txq *txq = &ea->txq[q];
		struct mpdk_nbl *done = NULL, **donep = &done;
		struct mpdk_nbl *keep = NULL, **keepp = &keep, *tail = NULL;
		struct mpdk_nbl *nbl, *next;
		uint32_t n_keep = 0;

		rte_spinlock_lock(&txq->lock);
		for (nbl = txq->bl_head; nbl != NULL; nbl = next) {
			bool partial = nbl->miniport_reserved[ETH_RSV_NEXT_NB] !=
				       (uintptr_t)nbl->first_nb;

			next = nbl->next;
			nbl->next = NULL;
			/* A partly sent NBL has NBs on the wire: it stays
			 * (a cancel cannot take them back; a reset sends the
			 * rest once the port is up). */
			if (!partial &&
			    (cancel_id == 0 || nbl->cancel_id == cancel_id)) {
				nbl->status = st;
				*donep = nbl;
				donep = &nbl->next;
				continue;
			}
			*keepp = nbl;
			keepp = &nbl->next;
			tail = nbl;
			n_keep++;
		}
		txq->bl_head = keep;
		txq->bl_tail = tail;
		__atomic_store_n(&txq->bl_count, n_keep, __ATOMIC_RELAXED);
		rte_spinlock_unlock(&txq->lock);
		if (done != NULL)
			mpdk_m_send_nbls_complete(ea->adapter, done, 0);
	}
}

mpdk_status_t
mpdk_ethdev_cancel_send(void *ctx, uint64_t cancel_id)
{
	backlog_abort(ctx, MPDK_STATUS_SEND_ABORTED, cancel_id);
	return MPDK_STATUS_SUCCESS;
}

/*
 * Put back what the application set: after a reset the PMD may start from
 * its defaults.  The MAC address and MTU are set only where the port's
 * differ from the adapter's: a port nobody changed has nothing to replay,
 * and some PMDs refuse their own defaults (net_ring's all-zero MAC is not
 * a valid address to set, so setting it back fails with -EINVAL).  Any
 * other refusal, -ENOTSUP aside, fails the reset.
 */
static int
replay_settings(struct eth_adapter *ea)
{
	uint16_t port = ea->port_id, mtu;
	struct rte_ether_addr mac;
	int ret = 0, r;

	if (rte_eth_macaddr_get(port, &mac) != 0 ||
	    !rte_is_same_ether_addr(&mac, &ea->mac)) {
		r = rte_eth_dev_default_mac_addr_set(port, &ea->mac);
		if (r != 0 && r != -ENOTSUP)
			ret = r;
	}
	if (rte_eth_dev_get_mtu(port, &mtu) != 0 || mtu != ea->mtu) {
		r = rte_eth_dev_set_mtu(port, (uint16_t)ea->mtu);
		if (r != 0 && r != -ENOTSUP)
			ret = r;
	}
	if (ea->packet_filter & MPDK_PACKET_TYPE_PROMISCUOUS)
		rte_eth_promiscuous_enable(port);
	else
		rte_eth_promiscuous_disable(port);
	if (ea->packet_filter & MPDK_PACKET_TYPE_ALL_MULTICAST)
		rte_eth_allmulticast_enable(port);
	else
		rte_eth_allmulticast_disable(port);
	if (ea->n_mc != 0) {
		r = rte_eth_dev_set_mc_addr_list(port, ea->mc, ea->n_mc);
		if (r != 0 && r != -ENOTSUP)
			ret = r;
	}
	return ret;
}

static void
reset_work(void *arg)
{
	struct eth_adapter *ea = arg;
	mpdk_status_t st = MPDK_STATUS_SUCCESS;
	int ret;

	mpdk_ethdev_quiesce(ea);
	backlog_abort(ea, MPDK_STATUS_RESET_IN_PROGRESS, 0);
	ret = rte_eth_dev_reset(ea->port_id);
	if (ret == -ENOTSUP)
		ret = rte_eth_dev_stop(ea->port_id); /* emulate */
	if (ret == 0)
		ret = mpdk_ethdev_port_bringup(ea);
	if (ret == 0)
		ret = replay_settings(ea);
	if (ret != 0) {
		ETH_LOG(ERR, "port %u: reset failed: %s", ea->port_id,
			rte_strerror(-ret));
		st = MPDK_STATUS_FAILURE;
	}
	ea->resets++;
	/* Read the link at the next poll step, as after an LSC event (the
	 * library indicates it only if it changed).  An atomic flag: the
	 * poller owns the link clock. */
	__atomic_store_n(&ea->lsc_pending, 1, __ATOMIC_RELEASE);
	mpdk_ethdev_online(ea);
	mpdk_m_reset_complete(ea->adapter, st);
}

mpdk_status_t
mpdk_ethdev_reset(void *ctx)
{
	/* Stopping a port blocks: the control thread does it. */
	if (mpdk_m_queue_work(reset_work, ctx) != MPDK_STATUS_SUCCESS)
		return MPDK_STATUS_RESOURCES;
	return MPDK_STATUS_PENDING;
}

/* A pause stops indications (what arrives meanwhile is dropped, see
 * ethdev_rx.c): the library waits for the sends (the
 * backlog still drains) and the receives to come back. */
mpdk_status_t
mpdk_ethdev_pause(void *ctx)
{
	struct eth_adapter *ea = ctx;

	__atomic_store_n(&ea->paused, 1, __ATOMIC_RELEASE);
	return MPDK_STATUS_SUCCESS;
}

mpdk_status_t
mpdk_ethdev_restart(void *ctx)
{
	struct eth_adapter *ea = ctx;

	__atomic_store_n(&ea->paused, 0, __ATOMIC_RELEASE);
	return MPDK_STATUS_SUCCESS;
}

static void
mtu_work(void *arg)
{
	struct eth_adapter *ea = arg;
	struct mpdk_oid_request *req = ea->mtu_req;
	struct mpdk_adapter_attrs attrs;
	uint16_t mtu = (uint16_t)ea->mtu_new;
	mpdk_status_t st = MPDK_STATUS_SUCCESS;
	int ret;

	/* Live where the PMD can; else stop, change, start. */
	ret = rte_eth_dev_set_mtu(ea->port_id, mtu);
	if (ret == -EBUSY) {
		mpdk_ethdev_quiesce(ea);
		ret = rte_eth_dev_stop(ea->port_id);
		if (ret == 0)
			ret = rte_eth_dev_set_mtu(ea->port_id, mtu);
		if (rte_eth_dev_start(ea->port_id) != 0 && ret == 0)
			ret = -EIO;
		mpdk_ethdev_online(ea);
	}
	if (ret == 0) {
		ea->mtu = mtu;
		__atomic_store_n(&ea->max_frame, (uint32_t)mtu + RTE_ETHER_HDR_LEN,
				 __ATOMIC_RELEASE);
		mpdk_m_get_attributes(ea->adapter, &attrs);
		attrs.mtu = mtu;
		attrs.max_frame = ea->max_frame;
		mpdk_m_set_attributes(ea->adapter, &attrs);
	} else {
		ETH_LOG(ERR, "port %u: MTU %u: %s", ea->port_id, mtu,
			rte_strerror(-ret));
		st = ret == -EINVAL || ret == -ENOTSUP ?
			MPDK_STATUS_NOT_SUPPORTED : MPDK_STATUS_FAILURE;
	}
	ea->mtu_req = NULL;
	mpdk_m_oid_request_complete(ea->adapter, req, st);
}

/* OID_GEN_MAXIMUM_FRAME_SIZE set: always on the control thread, since it
 * may have to restart the port. */
mpdk_status_t
mpdk_ethdev_set_mtu(struct eth_adapter *ea, struct mpdk_oid_request *req,
		    uint32_t mtu)
{
	ea->mtu_req = req;
	ea->mtu_new = mtu;
	if (mpdk_m_queue_work(mtu_work, ea) != MPDK_STATUS_SUCCESS) {
		ea->mtu_req = NULL;
		return MPDK_STATUS_RESOURCES;
	}
	return MPDK_STATUS_PENDING;
}

static int
lsc_event(uint16_t port __rte_unused, enum rte_eth_event_type type __rte_unused,
	  void *arg, void *ret_param __rte_unused)
{
	struct eth_adapter *ea = arg;

	/* The interrupt thread only flags it; queue 0's poller reads the
	 * link and indicates. */
	__atomic_store_n(&ea->lsc_pending, 1, __ATOMIC_RELEASE);
	return 0;
}

int
mpdk_ethdev_lsc_setup(struct eth_adapter *ea)
{
	if (!ea->conf.intr_conf.lsc)
		return 0;
	if (rte_eth_dev_callback_register(ea->port_id, RTE_ETH_EVENT_INTR_LSC,
					  lsc_event, ea) != 0)
		return -1;
	ea->lsc_registered = true;
	return 0;
}

void
mpdk_ethdev_lsc_release(struct eth_adapter *ea)
{
	if (!ea->lsc_registered)
		return;
	rte_eth_dev_callback_unregister(ea->port_id, RTE_ETH_EVENT_INTR_LSC,
					lsc_event, ea);
	ea->lsc_registered = false;
}

/* Queue 0's poller: read the link when the callback fired or every
 * ETH_LINK_POLL_MS (net_tap advertises LSC and never fires it); the
 * library drops an unchanged state. */
void
mpdk_ethdev_link_poll(struct eth_adapter *ea)
{
	struct mpdk_status_indication ind;
	struct mpdk_link_state ls;
	struct rte_eth_link link;
	uint64_t now;

	if (__atomic_load_n(&ea->lsc_pending, __ATOMIC_ACQUIRE) == 0) {
		/* The clock only every ETH_LINK_CLOCK_STEPS steps. */
		if (likely(ea->link_steps-- > 1))
			return;
		ea->link_steps = ETH_LINK_CLOCK_STEPS;
		now = rte_get_timer_cycles();
		if (now < ea->link_next_tsc)
			return;
	} else {
		now = rte_get_timer_cycles();
	}
	if (__atomic_load_n(&ea->offline, __ATOMIC_ACQUIRE) != 0)
		return;
	__atomic_store_n(&ea->lsc_pending, 0, __ATOMIC_RELAXED);
	ea->link_next_tsc = now + rte_get_timer_hz() / 1000 * ETH_LINK_POLL_MS;
	if (rte_eth_link_get_nowait(ea->port_id, &link) != 0)
		return;
	ls.up = link.link_status == RTE_ETH_LINK_UP;
	ls.full_duplex = link.link_duplex == RTE_ETH_LINK_FULL_DUPLEX;
	ls.speed_bps = link.link_speed == RTE_ETH_SPEED_NUM_UNKNOWN ? 0 :
		(uint64_t)link.link_speed * 1000000;
	ind.code = MPDK_STATUS_LINK_STATE;
	ind.buf = &ls;
	ind.buf_len = sizeof(ls);
	mpdk_m_indicate_status(ea->adapter, &ind);
}
