/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The NBL model over rte_mbuf, without any driver: NBL pools (bad
 * arguments, size and fill), alloc/free resetting what an owner sees, the
 * all-or-nothing bulk alloc, NB lists (append, iterate, take, remove),
 * copied NBs (one segment, segment chains, bad input, an empty mbuf pool
 * leaving the NBL unchanged), zero-copy NBs over caller memory (the mbuf
 * points at the caller's bytes and the free callback runs once, after the
 * NBL is freed), chain helpers and the per-NBL context area.  Every test
 * ends with every NBL and mbuf back in its pool.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <rte_errno.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_test.h"

#define MAIN_POOL_N 64
#define CTX_POOL_N 8
#define CTX_SIZE 64
#define MBUF_N 256
#define HDR_N 128
#define SMALL_N 4

static struct mpdk_nbl_pool *pool;      /* MAIN_POOL_N NBLs, no context */
static struct mpdk_nbl_pool *ctx_pool;  /* CTX_POOL_N NBLs, CTX_SIZE bytes */
static struct mpdk_nbl_pool *one_pool;  /* a single NBL */
static struct rte_mempool *mp;          /* packet mbufs */
static struct rte_mempool *hdr_mp;      /* mbuf headers, no data room */
static struct rte_mempool *small_mp;    /* SMALL_N packet mbufs */
static unsigned int mp_room;            /* bytes per mbuf of mp */

/* Zero-copy free callback bookkeeping. */
struct cb_rec {
	unsigned int calls;
	void *addr;
	void *opaque;
};

static void
ext_free_cb(void *addr, void *opaque)
{
	struct cb_rec *r = opaque;

	r->calls++;
	r->addr = addr;
	r->opaque = opaque;
}

static void
fill_pattern(uint8_t *buf, size_t len, uint8_t seed)
{
	size_t i;

	for (i = 0; i < len; i++)
		buf[i] = (uint8_t)(seed + i * 7);
}

static void
assert_pools_full(void)
{
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N);
	assert_int_equal(mpdk_nbl_pool_avail(ctx_pool), CTX_POOL_N);
	assert_int_equal(mpdk_nbl_pool_avail(one_pool), 1);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);
	assert_int_equal(rte_mempool_avail_count(hdr_mp), HDR_N);
	assert_int_equal(rte_mempool_avail_count(small_mp), SMALL_N);
}

/* An NBL from the main pool with one copied NB of @p len bytes. */
static struct mpdk_nbl *
mk_nbl(uint32_t len)
{
	static uint8_t frame[1024];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_true(len <= sizeof(frame));
	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, len, 0),
			 MPDK_STATUS_SUCCESS);
	return nbl;
}

/* A chain of @p n NBLs; nbls[] receives them in order. */
static struct mpdk_nbl *
mk_chain(struct mpdk_nbl **nbls, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		nbls[i] = mk_nbl(60);
		if (i > 0)
			nbls[i - 1]->next = nbls[i];
	}
	return nbls[0];
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_nbl") != 0)
		return -1;
	pool = mpdk_nbl_pool_create("nbl_main", MAIN_POOL_N, 0, SOCKET_ID_ANY);
	ctx_pool = mpdk_nbl_pool_create("nbl_ctx", CTX_POOL_N, CTX_SIZE,
					SOCKET_ID_ANY);
	one_pool = mpdk_nbl_pool_create("nbl_one", 1, 0, SOCKET_ID_ANY);
	mp = rte_pktmbuf_pool_create("nbl_mbuf", MBUF_N, 0, 0,
				     RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	hdr_mp = rte_pktmbuf_pool_create("nbl_hdr", HDR_N, 0, 0, 0,
					 SOCKET_ID_ANY);
	small_mp = rte_pktmbuf_pool_create("nbl_small", SMALL_N, 0, 0,
					   RTE_MBUF_DEFAULT_BUF_SIZE,
					   SOCKET_ID_ANY);
	if (pool == NULL || ctx_pool == NULL || one_pool == NULL ||
	    mp == NULL || hdr_mp == NULL || small_mp == NULL)
		return -1;
	mp_room = rte_pktmbuf_data_room_size(mp) - RTE_PKTMBUF_HEADROOM;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	mpdk_nbl_pool_free(pool);
	mpdk_nbl_pool_free(ctx_pool);
	mpdk_nbl_pool_free(one_pool);
	rte_mempool_free(mp);
	rte_mempool_free(hdr_mp);
	rte_mempool_free(small_mp);
	mpdk_test_fini();
	return 0;
}

static int
setup(void **state __rte_unused)
{
	/* A test starts with every pool full, or it proves nothing. */
	if (mpdk_nbl_pool_avail(pool) != MAIN_POOL_N ||
	    rte_mempool_avail_count(mp) != MBUF_N ||
	    rte_mempool_avail_count(hdr_mp) != HDR_N ||
	    rte_mempool_avail_count(small_mp) != SMALL_N)
		return -1;
	return 0;
}

static int
teardown(void **state __rte_unused)
{
	assert_pools_full();
	return 0;
}

/* Bad arguments give NULL and EINVAL; a taken name gives NULL; a good pool
 * reports its size and fill. */
static void
test_pool_create(void **state __rte_unused)
{
	struct mpdk_nbl_pool *p;

	rte_errno = 0;
	assert_null(mpdk_nbl_pool_create(NULL, 8, 0, SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EINVAL);
	rte_errno = 0;
	assert_null(mpdk_nbl_pool_create("nbl_zero", 0, 0, SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EINVAL);
	rte_errno = 0;
	assert_null(mpdk_nbl_pool_create("nbl_main", 8, 0, SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EEXIST);

	p = mpdk_nbl_pool_create("nbl_tmp", 5, 16, SOCKET_ID_ANY);
	assert_non_null(p);
	assert_int_equal(mpdk_nbl_pool_size(p), 5);
	assert_int_equal(mpdk_nbl_pool_avail(p), 5);
	mpdk_nbl_pool_free(p);
	/* The name is free again once the pool is gone. */
	p = mpdk_nbl_pool_create("nbl_tmp", 3, 0, SOCKET_ID_ANY);
	assert_non_null(p);
	assert_int_equal(mpdk_nbl_pool_size(p), 3);
	mpdk_nbl_pool_free(p);
	mpdk_nbl_pool_free(NULL);

	assert_int_equal(mpdk_nbl_pool_size(NULL), 0);
	assert_int_equal(mpdk_nbl_pool_avail(NULL), 0);
}

static void
assert_nbl_reset(const struct mpdk_nbl *nbl)
{
	assert_null(nbl->next);
	assert_null(nbl->first_nb);
	assert_null(nbl->last_nb);
	assert_int_equal(nbl->nb_count, 0);
	assert_int_equal(nbl->status, MPDK_STATUS_SUCCESS);
	assert_null(nbl->source_handle);
	assert_int_equal(nbl->cancel_id, 0);
	assert_null(nbl->context);
	assert_int_equal(nbl->flags, 0);
	assert_int_equal(nbl->queue, 0);
}

/* An NBL comes out of its pool reset, even when its last owner left every
 * field dirty; an empty pool gives NULL. */
static void
test_alloc_free_reset(void **state __rte_unused)
{
	static const uint8_t frame[60];
	struct mpdk_nbl *nbl, *again;
	int dummy;

	assert_null(mpdk_nbl_alloc(NULL));
	nbl = mpdk_nbl_alloc(one_pool);
	assert_non_null(nbl);
	assert_nbl_reset(nbl);
	assert_int_equal(mpdk_nbl_pool_avail(one_pool), 0);
	assert_null(mpdk_nbl_alloc(one_pool));

	/* Dirty everything an owner may touch. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, frame, sizeof(frame), 0),
			 MPDK_STATUS_SUCCESS);
	nbl->next = nbl;
	nbl->status = MPDK_STATUS_FAILURE;
	nbl->cancel_id = 42;
	nbl->context = &dummy;
	nbl->flags = 0x5;
	mpdk_nbl_free(nbl);
	assert_int_equal(mpdk_nbl_pool_avail(one_pool), 1);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);

	again = mpdk_nbl_alloc(one_pool);
	assert_ptr_equal(again, nbl);    /* the pool's only NBL */
	assert_nbl_reset(again);
	assert_ptr_equal(again->pool, one_pool);
	mpdk_nbl_free(again);
	mpdk_nbl_free(NULL);
}

/* Bulk alloc takes all it was asked for, or nothing. */
static void
test_alloc_bulk_all_or_nothing(void **state __rte_unused)
{
	struct mpdk_nbl *nbls[MAIN_POOL_N + 1];
	unsigned int i, j;

	assert_int_equal(mpdk_nbl_alloc_bulk(NULL, nbls, 1),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_alloc_bulk(pool, NULL, 1),
			 MPDK_STATUS_INVALID_PARAMETER);

	assert_int_equal(mpdk_nbl_alloc_bulk(pool, nbls, MAIN_POOL_N + 1),
			 MPDK_STATUS_RESOURCES);
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N);

	/* A few, then more than what is left: the second call takes none. */
	assert_int_equal(mpdk_nbl_alloc_bulk(pool, nbls, 4), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 4);
	assert_int_equal(mpdk_nbl_alloc_bulk(pool, nbls + 4, MAIN_POOL_N - 3),
			 MPDK_STATUS_RESOURCES);
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 4);

	/* Exactly what is left: all of it, each distinct and reset. */
	assert_int_equal(mpdk_nbl_alloc_bulk(pool, nbls + 4, MAIN_POOL_N - 4),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), 0);
	for (i = 0; i < MAIN_POOL_N; i++) {
		assert_non_null(nbls[i]);
		assert_nbl_reset(nbls[i]);
		for (j = 0; j < i; j++)
			assert_ptr_not_equal(nbls[i], nbls[j]);
	}
	assert_null(mpdk_nbl_alloc(pool));
	assert_int_equal(mpdk_nbl_alloc_bulk(pool, nbls + MAIN_POOL_N, 1),
			 MPDK_STATUS_RESOURCES);
	for (i = 0; i < MAIN_POOL_N; i++)
		mpdk_nbl_free(nbls[i]);
}

/* Size is fixed; avail follows every alloc and free (the leak check). */
static void
test_pool_avail_size(void **state __rte_unused)
{
	struct mpdk_nbl *nbls[10];
	unsigned int i;

	assert_int_equal(mpdk_nbl_pool_size(pool), MAIN_POOL_N);
	assert_int_equal(mpdk_nbl_pool_size(ctx_pool), CTX_POOL_N);
	assert_int_equal(mpdk_nbl_pool_size(one_pool), 1);
	for (i = 0; i < 10; i++) {
		nbls[i] = mpdk_nbl_alloc(pool);
		assert_non_null(nbls[i]);
		assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - i - 1);
		assert_int_equal(mpdk_nbl_pool_size(pool), MAIN_POOL_N);
	}
	for (i = 0; i < 10; i++) {
		mpdk_nbl_free(nbls[i]);
		assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 9 + i);
	}
}

/* NBs appended by hand link in order and iterate in order; a stale link
 * left in an mbuf is cleared by the append. */
static void
test_append_and_iterate(void **state __rte_unused)
{
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	struct rte_mbuf *m[3], *nb;
	unsigned int i;

	assert_non_null(nbl);
	for (i = 0; i < 3; i++) {
		m[i] = rte_pktmbuf_alloc(mp);
		assert_non_null(m[i]);
		assert_non_null(rte_pktmbuf_append(m[i], (uint16_t)(10 * (i + 1))));
		/* Garbage in the NB link: append must not trust it. */
		*RTE_MBUF_DYNFIELD(m[i], mpdk_nb_dynfield_offset,
				   struct rte_mbuf **) = m[0];
	}
	for (i = 0; i < 3; i++) {
		mpdk_nbl_append_nb(nbl, m[i]);
		assert_int_equal(nbl->nb_count, i + 1);
		assert_ptr_equal(nbl->first_nb, m[0]);
		assert_ptr_equal(nbl->last_nb, m[i]);
		assert_null(mpdk_nb_next(m[i]));
	}
	assert_ptr_equal(mpdk_nb_next(m[0]), m[1]);
	assert_ptr_equal(mpdk_nb_next(m[1]), m[2]);

	i = 0;
	MPDK_NB_FOREACH(nb, nbl) {
		assert_true(i < 3);
		assert_ptr_equal(nb, m[i]);
		i++;
	}
	assert_int_equal(i, 3);
	assert_int_equal(mpdk_nbl_data_length(nbl), 10 + 20 + 30);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N - 3);
	mpdk_nbl_free(nbl);
}

/* A copy that fits one mbuf: one segment, the bytes copied (not shared). */
static void
test_add_copy_single_segment(void **state __rte_unused)
{
	uint8_t data[100], data2[50];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	const char *reason = NULL;
	struct rte_mbuf *m, *m2;

	assert_non_null(nbl);
	fill_pattern(data, sizeof(data), 1);
	fill_pattern(data2, sizeof(data2), 99);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, sizeof(data), 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl->nb_count, 1);
	m = nbl->first_nb;
	assert_non_null(m);
	assert_ptr_equal(nbl->last_nb, m);
	assert_int_equal(m->nb_segs, 1);
	assert_int_equal(m->pkt_len, sizeof(data));
	assert_int_equal(m->data_len, sizeof(data));
	assert_null(m->next);
	assert_int_equal(rte_mbuf_check(m, 1, &reason), 0);
	assert_memory_equal(rte_pktmbuf_mtod(m, void *), data, sizeof(data));
	assert_ptr_not_equal(rte_pktmbuf_mtod(m, void *), data);
	data[0] ^= 0xff;                /* a copy: the NB does not change */
	assert_int_not_equal(*rte_pktmbuf_mtod(m, uint8_t *), data[0]);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N - 1);

	/* A second frame is a second NB. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data2, sizeof(data2), 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl->nb_count, 2);
	m2 = nbl->last_nb;
	assert_ptr_equal(mpdk_nb_next(m), m2);
	assert_null(mpdk_nb_next(m2));
	assert_int_equal(m2->pkt_len, sizeof(data2));
	assert_memory_equal(rte_pktmbuf_mtod(m2, void *), data2, sizeof(data2));
	assert_int_equal(mpdk_nbl_data_length(nbl), sizeof(data) + sizeof(data2));
	mpdk_nbl_free(nbl);
}

/* Check one copied NB: its chain, its lengths and its bytes. */
static void
check_chain(const struct rte_mbuf *m, const uint8_t *data, uint32_t len,
	    const uint16_t *seg_lens, unsigned int n_segs)
{
	static uint8_t out[8192];
	const struct rte_mbuf *s;
	const char *reason = NULL;
	const void *p;
	unsigned int i = 0;

	assert_true(len <= sizeof(out));
	assert_int_equal(m->nb_segs, n_segs);
	assert_int_equal(m->pkt_len, len);
	assert_int_equal(rte_mbuf_check(m, 1, &reason), 0);
	for (s = m; s != NULL; s = s->next) {
		assert_true(i < n_segs);
		assert_int_equal(s->data_len, seg_lens[i]);
		i++;
	}
	assert_int_equal(i, n_segs);
	memset(out, 0, len);
	p = rte_pktmbuf_read(m, 0, len, out);
	assert_non_null(p);
	assert_memory_equal(p, data, len);
	/* A read past the end fails: pkt_len is exact. */
	assert_null(rte_pktmbuf_read(m, 0, len + 1, out));
}

/* seg_len splits a frame into a segment chain; seg_len 0 (or over the
 * mbuf room) means as much as an mbuf holds. */
static void
test_add_copy_multi_segment(void **state __rte_unused)
{
	static uint8_t big[8192];
	static const uint16_t lens3[] = { 128, 128, 44 };
	uint16_t room_lens[3];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	struct rte_mbuf *m;
	uint32_t len;

	assert_non_null(nbl);
	fill_pattern(big, sizeof(big), 3);

	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, big, 300, 128),
			 MPDK_STATUS_SUCCESS);
	m = nbl->first_nb;
	check_chain(m, big, 300, lens3, 3);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N - 3);

	/* Two mbufs' worth and a bit, seg_len 0: three full-room segments. */
	len = 2 * mp_room + 100;
	assert_true(len <= sizeof(big));
	room_lens[0] = (uint16_t)mp_room;
	room_lens[1] = (uint16_t)mp_room;
	room_lens[2] = 100;
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, big, len, 0),
			 MPDK_STATUS_SUCCESS);
	m = nbl->last_nb;
	check_chain(m, big, len, room_lens, 3);

	/* seg_len over the room is capped to the room. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, big, len, UINT16_MAX),
			 MPDK_STATUS_SUCCESS);
	m = nbl->last_nb;
	check_chain(m, big, len, room_lens, 3);

	assert_int_equal(nbl->nb_count, 3);
	assert_int_equal(mpdk_nbl_data_length(nbl), 300 + 2 * (uint64_t)len);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N - 9);
	mpdk_nbl_free(nbl);
}

static void
assert_nbl_empty(const struct mpdk_nbl *nbl)
{
	assert_null(nbl->first_nb);
	assert_null(nbl->last_nb);
	assert_int_equal(nbl->nb_count, 0);
}

/* Bad input is refused and takes no mbuf. */
static void
test_add_copy_bad_params(void **state __rte_unused)
{
	static uint8_t data[RTE_MBUF_MAX_NB_SEGS + 1];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_add_copy(NULL, mp, data, 10, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_copy(nbl, NULL, data, 10, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, NULL, 10, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, 0, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	/* One byte per segment: one segment too many. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, sizeof(data), 1),
			 MPDK_STATUS_INVALID_PARAMETER);
	/* A pool whose mbufs hold no data. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, hdr_mp, data, 10, 0),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_nbl_empty(nbl);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);
	assert_int_equal(rte_mempool_avail_count(hdr_mp), HDR_N);
	mpdk_nbl_free(nbl);
}

/* An mbuf pool too small for the frame: RESOURCES, the NBL as it was, the
 * segments already taken given back. */
static void
test_add_copy_pool_exhausted(void **state __rte_unused)
{
	static uint8_t data[5 * 64];
	struct rte_mbuf *held[SMALL_N];
	struct mpdk_nbl *nbl = mk_nbl(60);
	struct rte_mbuf *old = nbl->first_nb;

	fill_pattern(data, sizeof(data), 5);
	/* Five segments from a pool of four. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, small_mp, data, 5 * 64, 64),
			 MPDK_STATUS_RESOURCES);
	assert_int_equal(rte_mempool_avail_count(small_mp), SMALL_N);
	assert_int_equal(nbl->nb_count, 1);
	assert_ptr_equal(nbl->first_nb, old);
	assert_ptr_equal(nbl->last_nb, old);
	assert_null(mpdk_nb_next(old));

	/* An empty pool: not even one segment. */
	assert_int_equal(rte_pktmbuf_alloc_bulk(small_mp, held, SMALL_N), 0);
	assert_int_equal(mpdk_nbl_add_copy(nbl, small_mp, data, 10, 0),
			 MPDK_STATUS_RESOURCES);
	assert_int_equal(nbl->nb_count, 1);
	assert_ptr_equal(nbl->last_nb, old);
	rte_pktmbuf_free_bulk(held, SMALL_N);
	assert_int_equal(rte_mempool_avail_count(small_mp), SMALL_N);

	/* Exactly as many segments as the pool holds: fine. */
	assert_int_equal(mpdk_nbl_add_copy(nbl, small_mp, data, 4 * 64, 64),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(rte_mempool_avail_count(small_mp), 0);
	assert_int_equal(nbl->nb_count, 2);
	assert_int_equal(nbl->last_nb->nb_segs, 4);
	mpdk_nbl_free(nbl);
}

/*
 * A length whose segment count is far over RTE_MBUF_MAX_NB_SEGS is
 * INVALID_PARAMETER, found before any mbuf is taken or byte copied, even
 * when len + seg_len overflows 32 bits.  The buffer covers what a faulty
 * check could copy out of the 4-mbuf pool, so a failure stays a failed
 * assertion, not an overread.
 */
static void
test_add_copy_huge_len(void **state __rte_unused)
{
	static uint8_t data[SMALL_N * 64];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	unsigned int nb_count;
	mpdk_status_t st;

	assert_non_null(nbl);
	st = mpdk_nbl_add_copy(nbl, small_mp, data, UINT32_MAX, 64);
	/* Give everything back before judging, so a failure stays here. */
	nb_count = nbl->nb_count;
	mpdk_nbl_free(nbl);
	assert_int_equal(st, MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(nb_count, 0);
	assert_int_equal(rte_mempool_avail_count(small_mp), SMALL_N);
}

/* Zero copy, one segment: the mbuf points at the caller's bytes; the free
 * callback runs once, when the NBL is freed, not before. */
static void
test_add_extbuf_single(void **state __rte_unused)
{
	static uint8_t buf[200];
	struct rte_mbuf_ext_shared_info shinfo;
	struct cb_rec rec = { 0 };
	struct mpdk_buf_seg seg = {
		.addr = buf, .iova = RTE_BAD_IOVA, .len = sizeof(buf),
	};
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	struct rte_mbuf *m;

	assert_non_null(nbl);
	fill_pattern(buf, sizeof(buf), 11);
	mpdk_extbuf_shinfo_init(&shinfo, ext_free_cb, &rec);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, &seg, 1, &shinfo),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl->nb_count, 1);
	m = nbl->first_nb;
	assert_non_null(m);
	assert_true(RTE_MBUF_HAS_EXTBUF(m));
	assert_ptr_equal(m->shinfo, &shinfo);
	assert_ptr_equal(rte_pktmbuf_mtod(m, void *), buf);
	assert_int_equal(m->data_len, sizeof(buf));
	assert_int_equal(m->pkt_len, sizeof(buf));
	assert_int_equal(m->nb_segs, 1);
	assert_int_equal(rte_mbuf_ext_refcnt_read(&shinfo), 1);
	assert_int_equal(rte_mempool_avail_count(hdr_mp), HDR_N - 1);
	/* Shared, not copied: a write by the caller shows through. */
	buf[7] = 0xee;
	assert_int_equal(rte_pktmbuf_mtod(m, uint8_t *)[7], 0xee);
	assert_int_equal(rec.calls, 0);

	mpdk_nbl_free(nbl);
	assert_int_equal(rec.calls, 1);
	assert_ptr_equal(rec.opaque, &rec);
	assert_ptr_equal(rec.addr, buf);
	assert_int_equal(rte_mempool_avail_count(hdr_mp), HDR_N);

	/* A given IO address is used as it is. */
	rec.calls = 0;
	nbl = mpdk_nbl_alloc(pool);
	assert_non_null(nbl);
	mpdk_extbuf_shinfo_init(&shinfo, ext_free_cb, &rec);
	seg.iova = 0x123000;
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, &seg, 1, &shinfo),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(rte_mbuf_iova_get(nbl->first_nb), 0x123000);
	assert_int_equal(rte_pktmbuf_iova(nbl->first_nb), 0x123000);
	mpdk_nbl_free(nbl);
	assert_int_equal(rec.calls, 1);
}

/* Zero copy, several segments of one buffer and a second NB with its own
 * shared info: each callback once, only after the NBL is freed. */
static void
test_add_extbuf_multi_segment(void **state __rte_unused)
{
	static uint8_t buf[600], buf2[40];
	struct rte_mbuf_ext_shared_info shinfo, shinfo2;
	struct cb_rec rec = { 0 }, rec2 = { 0 };
	const struct mpdk_buf_seg segs[3] = {
		{ .addr = buf, .iova = RTE_BAD_IOVA, .len = 100 },
		{ .addr = buf + 300, .iova = RTE_BAD_IOVA, .len = 50 },
		{ .addr = buf + 500, .iova = RTE_BAD_IOVA, .len = 70 },
	};
	const struct mpdk_buf_seg seg2 = {
		.addr = buf2, .iova = RTE_BAD_IOVA, .len = sizeof(buf2),
	};
	uint8_t expect[220], out[220];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	const char *reason = NULL;
	struct rte_mbuf *m, *s;
	unsigned int i;
	const void *p;

	assert_non_null(nbl);
	fill_pattern(buf, sizeof(buf), 21);
	memcpy(expect, segs[0].addr, 100);
	memcpy(expect + 100, segs[1].addr, 50);
	memcpy(expect + 150, segs[2].addr, 70);
	mpdk_extbuf_shinfo_init(&shinfo, ext_free_cb, &rec);
	mpdk_extbuf_shinfo_init(&shinfo2, ext_free_cb, &rec2);

	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 3, &shinfo),
			 MPDK_STATUS_SUCCESS);
	m = nbl->first_nb;
	assert_int_equal(m->nb_segs, 3);
	assert_int_equal(m->pkt_len, 220);
	assert_int_equal(rte_mbuf_check(m, 1, &reason), 0);
	for (s = m, i = 0; s != NULL; s = s->next, i++) {
		assert_true(i < 3);
		assert_ptr_equal(rte_pktmbuf_mtod(s, void *), segs[i].addr);
		assert_int_equal(s->data_len, segs[i].len);
		assert_true(RTE_MBUF_HAS_EXTBUF(s));
	}
	assert_int_equal(i, 3);
	p = rte_pktmbuf_read(m, 0, sizeof(out), out);
	assert_non_null(p);
	assert_memory_equal(p, expect, sizeof(expect));
	assert_int_equal(rte_mbuf_ext_refcnt_read(&shinfo), 3);

	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, &seg2, 1, &shinfo2),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl->nb_count, 2);
	assert_ptr_equal(mpdk_nb_next(m), nbl->last_nb);
	assert_int_equal(mpdk_nbl_data_length(nbl), 220 + sizeof(buf2));
	assert_int_equal(rte_mempool_avail_count(hdr_mp), HDR_N - 4);
	assert_int_equal(rec.calls, 0);
	assert_int_equal(rec2.calls, 0);

	mpdk_nbl_free(nbl);
	assert_int_equal(rec.calls, 1);
	assert_ptr_equal(rec.opaque, &rec);
	assert_int_equal(rec2.calls, 1);
	assert_ptr_equal(rec2.opaque, &rec2);
	assert_ptr_equal(rec2.addr, buf2);
}

/* Bad input and a header pool too small: refused, nothing attached, no
 * reference taken, no callback. */
static void
test_add_extbuf_bad_params(void **state __rte_unused)
{
	static uint8_t buf[64 * 65];
	struct mpdk_buf_seg segs[65];
	struct rte_mbuf_ext_shared_info shinfo, no_cb;
	struct cb_rec rec = { 0 };
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	unsigned int i;

	assert_non_null(nbl);
	for (i = 0; i < RTE_DIM(segs); i++) {
		segs[i].addr = buf + 64 * i;
		segs[i].iova = RTE_BAD_IOVA;
		segs[i].len = 64;
	}
	mpdk_extbuf_shinfo_init(&shinfo, ext_free_cb, &rec);
	mpdk_extbuf_shinfo_init(&no_cb, NULL, NULL);

	assert_int_equal(mpdk_nbl_add_extbuf(NULL, hdr_mp, segs, 1, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, NULL, segs, 1, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, NULL, 1, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 0, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 65, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 1, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 1, &no_cb),
			 MPDK_STATUS_INVALID_PARAMETER);
	segs[1].addr = NULL;
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 3, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	segs[1].addr = buf + 64;
	segs[2].len = 0;
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 3, &shinfo),
			 MPDK_STATUS_INVALID_PARAMETER);
	segs[2].len = 64;

	/* Five headers from a pool of four. */
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, small_mp, segs, 5, &shinfo),
			 MPDK_STATUS_RESOURCES);

	assert_nbl_empty(nbl);
	assert_int_equal(rte_mbuf_ext_refcnt_read(&shinfo), 0);
	assert_int_equal(rec.calls, 0);
	assert_int_equal(rte_mempool_avail_count(hdr_mp), HDR_N);
	assert_int_equal(rte_mempool_avail_count(small_mp), SMALL_N);

	/* The limit itself, 64 segments, is fine. */
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, segs, 64, &shinfo),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(nbl->first_nb->nb_segs, 64);
	assert_int_equal(nbl->first_nb->pkt_len, 64 * 64);
	mpdk_nbl_free(nbl);
	assert_int_equal(rec.calls, 1);
}

/* take_nbs detaches the NB list whole and leaves the NBL empty. */
static void
test_take_nbs(void **state __rte_unused)
{
	static const uint8_t data[64];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	struct rte_mbuf *first, *nb, *next, *orig[3];
	unsigned int i;

	assert_non_null(nbl);
	assert_null(mpdk_nbl_take_nbs(nbl));
	for (i = 0; i < 3; i++) {
		assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, 20 + i, 0),
				 MPDK_STATUS_SUCCESS);
		orig[i] = nbl->last_nb;
	}
	first = mpdk_nbl_take_nbs(nbl);
	assert_ptr_equal(first, orig[0]);
	assert_nbl_empty(nbl);
	assert_int_equal(mpdk_nbl_data_length(nbl), 0);
	assert_null(mpdk_nbl_take_nbs(nbl));

	/* The NBs are ours, still linked, still allocated. */
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N - 3);
	for (nb = first, i = 0; nb != NULL; nb = next, i++) {
		assert_true(i < 3);
		assert_ptr_equal(nb, orig[i]);
		assert_int_equal(nb->pkt_len, 20 + i);
		next = mpdk_nb_next(nb);
		rte_pktmbuf_free(nb);
	}
	assert_int_equal(i, 3);
	mpdk_nbl_free(nbl);
}

/* remove_first_nb pops NBs in order, unlinked, down to an empty NBL. */
static void
test_remove_first_nb(void **state __rte_unused)
{
	static const uint8_t data[64];
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);
	struct rte_mbuf *nb[3], *got[3];
	unsigned int i;

	assert_non_null(nbl);
	assert_null(mpdk_nbl_remove_first_nb(nbl));
	for (i = 0; i < 3; i++) {
		assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, 30, 0),
				 MPDK_STATUS_SUCCESS);
		nb[i] = nbl->last_nb;
	}
	for (i = 0; i < 3; i++) {
		got[i] = mpdk_nbl_remove_first_nb(nbl);
		assert_ptr_equal(got[i], nb[i]);
		assert_null(mpdk_nb_next(got[i]));
		assert_int_equal(nbl->nb_count, 2 - i);
		if (i < 2) {
			assert_ptr_equal(nbl->first_nb, nb[i + 1]);
			assert_ptr_equal(nbl->last_nb, nb[2]);
		}
	}
	assert_nbl_empty(nbl);
	assert_null(mpdk_nbl_remove_first_nb(nbl));
	assert_int_equal(nbl->nb_count, 0);

	/* The emptied NBL takes an NB again as its first and last. */
	mpdk_nbl_append_nb(nbl, got[1]);
	assert_ptr_equal(nbl->first_nb, got[1]);
	assert_ptr_equal(nbl->last_nb, got[1]);
	assert_int_equal(nbl->nb_count, 1);
	rte_pktmbuf_free(got[0]);
	rte_pktmbuf_free(got[2]);
	mpdk_nbl_free(nbl);
}

/* data_length sums the frames of every NB, segments included. */
static void
test_data_length(void **state __rte_unused)
{
	static uint8_t data[1000], ext[70];
	struct rte_mbuf_ext_shared_info shinfo;
	struct cb_rec rec = { 0 };
	const struct mpdk_buf_seg seg = {
		.addr = ext, .iova = RTE_BAD_IOVA, .len = sizeof(ext),
	};
	struct mpdk_nbl *nbl = mpdk_nbl_alloc(pool);

	assert_non_null(nbl);
	assert_int_equal(mpdk_nbl_data_length(nbl), 0);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, 60, 0),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_data_length(nbl), 60);
	assert_int_equal(mpdk_nbl_add_copy(nbl, mp, data, 1000, 256),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_data_length(nbl), 1060);
	mpdk_extbuf_shinfo_init(&shinfo, ext_free_cb, &rec);
	assert_int_equal(mpdk_nbl_add_extbuf(nbl, hdr_mp, &seg, 1, &shinfo),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_data_length(nbl), 1130);
	mpdk_nbl_free(nbl);
	assert_int_equal(rec.calls, 1);
}

/* count, last, concat and split on chains, including the edge cases. */
static void
test_chain_helpers(void **state __rte_unused)
{
	struct mpdk_nbl *n[5], *a, *b, *rest;

	assert_int_equal(mpdk_nbl_chain_count(NULL), 0);
	assert_null(mpdk_nbl_chain_last(NULL));
	assert_null(mpdk_nbl_chain_split(NULL, 2));
	assert_null(mpdk_nbl_chain_concat(NULL, NULL));

	a = mk_chain(n, 2);
	b = mk_chain(n + 2, 3);
	assert_int_equal(mpdk_nbl_chain_count(a), 2);
	assert_int_equal(mpdk_nbl_chain_count(b), 3);
	assert_ptr_equal(mpdk_nbl_chain_last(a), n[1]);
	assert_ptr_equal(mpdk_nbl_chain_last(n[4]), n[4]);

	assert_ptr_equal(mpdk_nbl_chain_concat(NULL, b), b);
	assert_ptr_equal(mpdk_nbl_chain_concat(a, NULL), a);
	assert_int_equal(mpdk_nbl_chain_count(a), 2);
	assert_ptr_equal(mpdk_nbl_chain_concat(a, b), a);
	assert_int_equal(mpdk_nbl_chain_count(a), 5);
	assert_ptr_equal(n[1]->next, n[2]);
	assert_ptr_equal(mpdk_nbl_chain_last(a), n[4]);

	/* n = 0, n = length, n > length: nothing split, nothing changed. */
	assert_null(mpdk_nbl_chain_split(a, 0));
	assert_int_equal(mpdk_nbl_chain_count(a), 5);
	assert_null(mpdk_nbl_chain_split(a, 5));
	assert_int_equal(mpdk_nbl_chain_count(a), 5);
	assert_null(mpdk_nbl_chain_split(a, 9));
	assert_int_equal(mpdk_nbl_chain_count(a), 5);
	assert_ptr_equal(mpdk_nbl_chain_last(a), n[4]);

	rest = mpdk_nbl_chain_split(a, 2);
	assert_ptr_equal(rest, n[2]);
	assert_int_equal(mpdk_nbl_chain_count(a), 2);
	assert_null(n[1]->next);
	assert_int_equal(mpdk_nbl_chain_count(rest), 3);
	assert_ptr_equal(mpdk_nbl_chain_last(rest), n[4]);

	assert_ptr_equal(mpdk_nbl_chain_split(rest, 1), n[3]);
	assert_int_equal(mpdk_nbl_chain_count(rest), 1);
	assert_int_equal(mpdk_nbl_chain_count(n[3]), 2);

	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 5);
	mpdk_nbl_free_chain(a);
	mpdk_nbl_free_chain(n[2]);
	mpdk_nbl_free_chain(n[3]);
}

/* FOREACH_SAFE visits every NBL while the body frees it. */
static void
test_foreach_safe_free(void **state __rte_unused)
{
	struct mpdk_nbl *n[6], *chain, *nbl, *tmp;
	unsigned int i = 0;

	chain = mk_chain(n, 6);
	MPDK_NBL_FOREACH(nbl, chain)
		i++;
	assert_int_equal(i, 6);
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 6);

	i = 0;
	MPDK_NBL_FOREACH_SAFE(nbl, chain, tmp) {
		assert_true(i < 6);
		assert_ptr_equal(nbl, n[i]);
		mpdk_nbl_free(nbl);
		i++;
		assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 6 + i);
	}
	assert_int_equal(i, 6);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);
}

/* free_chain frees every NBL of a chain and every NB of each. */
static void
test_free_chain(void **state __rte_unused)
{
	static const uint8_t data[64];
	struct mpdk_nbl *n[4], *chain;
	unsigned int i;

	chain = mk_chain(n, 4);
	for (i = 0; i < 4; i++)
		assert_int_equal(mpdk_nbl_add_copy(n[i], mp, data, 64, 16),
				 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N - 4);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N - 4 - 4 * 4);
	mpdk_nbl_free_chain(chain);
	assert_int_equal(mpdk_nbl_pool_avail(pool), MAIN_POOL_N);
	assert_int_equal(rte_mempool_avail_count(mp), MBUF_N);
	mpdk_nbl_free_chain(NULL);
}

/* The context area follows the NBL, holds ctx_size bytes and belongs to
 * that NBL alone. */
static void
test_ctx_area(void **state __rte_unused)
{
	struct mpdk_nbl *a = mpdk_nbl_alloc(ctx_pool);
	struct mpdk_nbl *b = mpdk_nbl_alloc(ctx_pool);
	uint8_t *ca, *cb;
	uintptr_t lo, hi;
	unsigned int i;

	assert_non_null(a);
	assert_non_null(b);
	ca = mpdk_nbl_ctx(a);
	cb = mpdk_nbl_ctx(b);
	assert_ptr_equal(ca, (uint8_t *)a + sizeof(struct mpdk_nbl));
	assert_ptr_equal(cb, (uint8_t *)b + sizeof(struct mpdk_nbl));
	/* Neither area overlaps the other NBL or its area. */
	lo = (uintptr_t)RTE_MIN(a, b);
	hi = (uintptr_t)RTE_MAX(a, b);
	assert_true(hi - lo >= sizeof(struct mpdk_nbl) + CTX_SIZE);

	memset(ca, 0xa5, CTX_SIZE);
	memset(cb, 0x5a, CTX_SIZE);
	for (i = 0; i < CTX_SIZE; i++) {
		assert_int_equal(ca[i], 0xa5);
		assert_int_equal(cb[i], 0x5a);
	}
	/* Writing the area leaves the NBLs' own fields alone. */
	assert_nbl_reset(a);
	assert_nbl_reset(b);
	assert_ptr_equal(a->pool, ctx_pool);
	assert_ptr_equal(b->pool, ctx_pool);
	assert_int_equal(mpdk_nbl_pool_avail(ctx_pool), CTX_POOL_N - 2);
	mpdk_nbl_free(a);
	mpdk_nbl_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_pool_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alloc_free_reset, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_alloc_bulk_all_or_nothing,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pool_avail_size, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_append_and_iterate, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_add_copy_single_segment,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_add_copy_multi_segment,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_add_copy_bad_params, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_add_copy_pool_exhausted,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_add_copy_huge_len, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_add_extbuf_single, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_add_extbuf_multi_segment,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_add_extbuf_bad_params, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_take_nbs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_remove_first_nb, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_data_length, setup, teardown),
		cmocka_unit_test_setup_teardown(test_chain_helpers, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_foreach_safe_free, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_free_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ctx_area, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
