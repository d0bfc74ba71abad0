/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * NB pools (NdisAllocateNetBufferPool): packet mbuf pools whose mempool
 * driver is the PMD's release signal.
 *
 * The default signal, a reference held for the PMD (refcnt 2, "released"
 * when it is back to 1), makes the PMD's free a locked decrement per
 * packet, which costs more than the rest of the send path on some CPUs.
 * An NB of this pool is lent instead: the miniport marks it (an mbuf
 * dynamic field) and the PMD frees it as its own, refcnt 1.  The free ends
 * in this driver's enqueue, which the pool reaches for every free because
 * it has no per-lcore cache; there a lent NB is only unmarked, with a
 * release store, and stays with its NBL: the PMD has let go of it, which
 * is what the send completion waits for.  Any other object goes back to
 * the ring, as with the ring_mp_mc driver.
 *
 * Only what the PMD's free leaves intact is lent: direct, one-segment
 * mbufs (rte_pktmbuf_prefree_seg() detaches attached mbufs and unlinks
 * segments).  The miniport holds references on the others, as before.
 */

#include <stdio.h>

#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_mbuf_dyn.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mpdk_private.h"

#define NB_POOL_OPS_NAME "mpdk_nb"

int mpdk_nb_lent_offset = -1;
int32_t mpdk_nb_pool_ops_index = -1;

/* pool_config of the pools mpdk_nb_pool_create() makes: the driver
 * refuses any other (their mbufs would be lent before they exist). */
static const char nb_pool_tag[] = NB_POOL_OPS_NAME;

struct nb_pool {
	struct rte_ring *ring;
	/* Set once every mbuf was initialized: until then the lent mark
	 * of an object enqueued while populating is garbage. */
	bool ready;
};

static int
nb_ops_alloc(struct rte_mempool *mp)
{
	char name[RTE_RING_NAMESIZE];
	struct nb_pool *p;
	int ret;

	if (mp->pool_config != nb_pool_tag)
		return -EINVAL;
	ret = snprintf(name, sizeof(name), "N_%s", mp->name);
	if (ret < 0 || ret >= (int)sizeof(name))
		return -ENAMETOOLONG;
	p = rte_zmalloc_socket("mpdk_nb_pool", sizeof(*p), 0, mp->socket_id);
	if (p == NULL)
		return -ENOMEM;
	p->ring = rte_ring_create(name, rte_align32pow2(mp->size + 1),
				  mp->socket_id, 0);
	if (p->ring == NULL) {
		ret = -rte_errno;
		rte_free(p);
		return ret;
	}
	mp->pool_data = p;
	return 0;
}

static void
nb_ops_free(struct rte_mempool *mp)
{
	struct nb_pool *p = mp->pool_data;

	if (p == NULL)
		return;
	rte_ring_free(p->ring);
	rte_free(p);
	mp->pool_data = NULL;
}

/* Objects really freed: back to the ring.  Cannot fail: the ring holds
 * every object of the pool. */
static __rte_noinline void
nb_put(struct nb_pool *p, void *const *objs, unsigned int n)
{
	rte_ring_mp_enqueue_bulk(p->ring, objs, n, NULL);
}

/* nb_ops_enqueue() for several objects, or before the pool is ready:
 * lent NBs are unmarked and stay out, runs of the others go to the ring. */
static __rte_noinline void
nb_enqueue_bulk(struct nb_pool *p, void *const *objs, unsigned int n)
{
	unsigned int i, run = 0;

	if (unlikely(!p->ready)) {
		nb_put(p, objs, n);
		return;
	}
	for (i = 0; i < n; i++) {
		uint32_t *lent = mpdk__nb_lent_mark(objs[i]);

		if (*lent == 0)
			continue;
		/* Lent: the PMD let go; the NBL still holds it. */
		__atomic_store_n(lent, 0, __ATOMIC_RELEASE);
		if (i > run)
			nb_put(p, objs + run, i - run);
		run = i + 1;
	}
	if (n > run)
		nb_put(p, objs + run, n - run);
}

/*
 * Every free of the pool's mbufs ends here.  Most come one at a time
 * (rte_pktmbuf_free() in the PMD, for an NB lent to it): that case is a
 * leaf that only unmarks the NB, the PMD's whole per-packet cost.
 */
static int
nb_ops_enqueue(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	struct nb_pool *p = mp->pool_data;

	if (likely(n == 1 && p->ready)) {
		uint32_t *lent = mpdk__nb_lent_mark(objs[0]);

		if (likely(*lent != 0)) {
			__atomic_store_n(lent, 0, __ATOMIC_RELEASE);
			return 0;
		}
	}
	nb_enqueue_bulk(p, objs, n);
	return 0;
}

static int
nb_ops_dequeue(struct rte_mempool *mp, void **objs, unsigned int n)
{
	struct nb_pool *p = mp->pool_data;

	return rte_ring_mc_dequeue_bulk(p->ring, objs, n, NULL) == n ?
	       0 : -ENOBUFS;
}

static unsigned int
nb_ops_get_count(const struct rte_mempool *mp)
{
	const struct nb_pool *p = mp->pool_data;

	return rte_ring_count(p->ring);
}

static const struct rte_mempool_ops nb_pool_ops = {
	.name = NB_POOL_OPS_NAME,
	.alloc = nb_ops_alloc,
	.free = nb_ops_free,
	.enqueue = nb_ops_enqueue,
	.dequeue = nb_ops_dequeue,
	.get_count = nb_ops_get_count,
};

/* The lent mark and the mempool driver, once per process; from
 * mpdk_init(). */
int
mpdk__nb_pool_init(void)
{
	static const struct rte_mbuf_dynfield lent = {
		.name = MPDK_NB_LENT_DYNFIELD_NAME,
		.size = sizeof(uint32_t),
		.align = __alignof__(uint32_t),
	};
	int idx;

	mpdk_nb_lent_offset = rte_mbuf_dynfield_register(&lent);
	if (mpdk_nb_lent_offset < 0) {
		MPDK_LOG(ERR, "cannot register mbuf dynfield %s: %s", lent.name,
			 rte_strerror(rte_errno));
		return -rte_errno;
	}
	if (mpdk_nb_pool_ops_index >= 0)
		return 0; /* drivers cannot be unregistered: keep ours */
	idx = rte_mempool_register_ops(&nb_pool_ops);
	if (idx < 0) {
		MPDK_LOG(ERR, "cannot register mempool driver %s: %s",
			 NB_POOL_OPS_NAME, rte_strerror(-idx));
		return idx;
	}
	mpdk_nb_pool_ops_index = idx;
	return 0;
}

struct rte_mempool *
mpdk_nb_pool_create(const char *name, unsigned int n, uint16_t priv_size,
		    uint16_t data_room_size, int socket_id)
{
	struct rte_pktmbuf_pool_private mbp = {
		.mbuf_data_room_size = data_room_size,
		.mbuf_priv_size = priv_size,
	};
	struct rte_mempool *mp;
	int ret;

	if (name == NULL || n == 0 || RTE_ALIGN(priv_size, RTE_MBUF_PRIV_ALIGN) !=
	    priv_size || !mpdk__initialized()) {
		rte_errno = EINVAL;
		return NULL;
	}
	mp = rte_mempool_create_empty(name, n, sizeof(struct rte_mbuf) +
				      priv_size + data_room_size, 0,
				      sizeof(mbp), socket_id, 0);
	if (mp == NULL)
		return NULL;
	ret = rte_mempool_set_ops_byname(mp, NB_POOL_OPS_NAME,
					 (void *)(uintptr_t)nb_pool_tag);
	if (ret != 0)
		goto fail;
	rte_pktmbuf_pool_init(mp, &mbp);
	ret = rte_mempool_populate_default(mp);
	if (ret < 0)
		goto fail;
	/* Zeroes each mbuf, its lent mark included. */
	rte_mempool_obj_iter(mp, rte_pktmbuf_init, NULL);
	((struct nb_pool *)mp->pool_data)->ready = true;
	return mp;
fail:
	rte_mempool_free(mp);
	rte_errno = -ret;
	return NULL;
}
