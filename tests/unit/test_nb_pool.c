/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Unit: NB pools (mpdk_nb_pool_create()) and lending.
 *
 * An NB pool is a packet pool like any other for allocations and frees;
 * only an NB marked lent (mpdk_nb_lend()) is kept out of it when freed,
 * and its mark cleared: that is the miniport's release signal.  These
 * tests free the way PMDs do (rte_pktmbuf_free(), rte_pktmbuf_free_bulk(),
 * rte_mempool_put_bulk()) and count the pool after each step.
 */

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <rte_errno.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_miniport.h"
#include "mpdk_test.h"

#define NB_N 255u
#define DATA_ROOM 512u

static struct rte_mempool *nb_mp;
static struct rte_mempool *plain_mp;

static void
alloc_n(struct rte_mempool *mp, struct rte_mbuf **m, unsigned int n)
{
	assert_int_equal(rte_pktmbuf_alloc_bulk(mp, m, n), 0);
}

/* A packet pool in every respect: size, data room, fresh mbufs, and
 * every mbuf back after an ordinary free. */
static void
test_pool_is_a_packet_pool(void **state __rte_unused)
{
	struct rte_mbuf *m[NB_N];
	unsigned int i;

	assert_int_equal(rte_mempool_avail_count(nb_mp), NB_N);
	assert_int_equal(rte_pktmbuf_data_room_size(nb_mp), DATA_ROOM);
	assert_int_equal(rte_pktmbuf_priv_size(nb_mp), 0);
	alloc_n(nb_mp, m, NB_N);
	assert_int_equal(rte_mempool_avail_count(nb_mp), 0);
	assert_null(rte_pktmbuf_alloc(nb_mp));
	for (i = 0; i < NB_N; i++) {
		assert_int_equal(rte_mbuf_refcnt_read(m[i]), 1);
		assert_int_equal(m[i]->nb_segs, 1);
		assert_false(mpdk_nb_is_lent(m[i]));
		assert_true(mpdk_nb_lendable(m[i]));
		assert_non_null(rte_pktmbuf_append(m[i], 60));
	}
	rte_pktmbuf_free_bulk(m, NB_N / 2);
	for (i = NB_N / 2; i < NB_N; i++)
		rte_pktmbuf_free(m[i]);
	assert_int_equal(rte_mempool_avail_count(nb_mp), NB_N);
}

/* A lent NB freed (by a PMD) stays out of the pool, unmarked; freed again
 * by its owner, it is back. */
static void
test_lent_free_is_a_signal(void **state __rte_unused)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(nb_mp);

	assert_non_null(m);
	mpdk_nb_lend(m);
	assert_true(mpdk_nb_is_lent(m));
	rte_pktmbuf_free(m);
	assert_false(mpdk_nb_is_lent(m));
	assert_int_equal(rte_mbuf_refcnt_read(m), 1);
	assert_int_equal(rte_mempool_avail_count(nb_mp), NB_N - 1);
	/* Still a valid mbuf of its owner's. */
	assert_ptr_equal(m->pool, nb_mp);
	assert_non_null(rte_pktmbuf_append(m, 64));
	rte_pktmbuf_free(m);
	assert_int_equal(rte_mempool_avail_count(nb_mp), NB_N);
}

/* Bulk frees mixing lent and other NBs, in every arrangement a burst can
 * have (runs at the start, middle and end): exactly the others go back. */
static void
test_bulk_mixed(void **state __rte_unused)
{
	struct rte_mbuf *m[64], *lent[64];
	unsigned int pattern, i, n_lent;

	for (pattern = 0; pattern < 16; pattern++) {
		alloc_n(nb_mp, m, RTE_DIM(m));
		for (i = 0, n_lent = 0; i < RTE_DIM(m); i++) {
			/* 0: none, 1: all, then assorted runs. */
			bool lend = pattern == 1 ||
				    (pattern > 1 && ((i / pattern) + i) % 3 == 0);

			if (lend) {
				mpdk_nb_lend(m[i]);
				lent[n_lent++] = m[i];
			}
		}
		if (pattern % 2 == 0)
			rte_pktmbuf_free_bulk(m, RTE_DIM(m));
		else
			rte_mempool_put_bulk(nb_mp, (void **)m, RTE_DIM(m));
		assert_int_equal(rte_mempool_avail_count(nb_mp),
				 NB_N - n_lent);
		for (i = 0; i < n_lent; i++)
			assert_false(mpdk_nb_is_lent(lent[i]));
		rte_pktmbuf_free_bulk(lent, n_lent);
		assert_int_equal(rte_mempool_avail_count(nb_mp), NB_N);
	}
}

/* What cannot be lent: another pool's mbuf, a chain, an attached mbuf. */
static void
test_lendable(void **state __rte_unused)
{
	struct rte_mbuf *plain = rte_pktmbuf_alloc(plain_mp);
	struct rte_mbuf *a = rte_pktmbuf_alloc(nb_mp);
	struct rte_mbuf *b = rte_pktmbuf_alloc(nb_mp);
	struct rte_mbuf *clone;

	assert_non_null(plain);
	assert_non_null(a);
	assert_non_null(b);
	assert_false(mpdk_nb_lendable(plain));
	assert_true(mpdk_nb_lendable(a));
	assert_int_equal(rte_pktmbuf_chain(a, b), 0);
	assert_false(mpdk_nb_lendable(a));
	clone = rte_pktmbuf_clone(b, nb_mp);
	assert_non_null(clone);
	assert_false(mpdk_nb_lendable(clone));
	rte_pktmbuf_free(clone);
	rte_pktmbuf_free(a);
	rte_pktmbuf_free(plain);
	assert_int_equal(rte_mempool_avail_count(nb_mp), NB_N);
}

/* Bad arguments, and the driver refusing pools it did not make. */
static void
test_create_errors(void **state __rte_unused)
{
	struct rte_mempool *mp;

	rte_errno = 0;
	assert_null(mpdk_nb_pool_create(NULL, 63, 0, DATA_ROOM, SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EINVAL);
	rte_errno = 0;
	assert_null(mpdk_nb_pool_create("nbp_zero", 0, 0, DATA_ROOM,
					SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EINVAL);
	rte_errno = 0;
	assert_null(mpdk_nb_pool_create("nbp_priv", 63, 3, DATA_ROOM,
					SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EINVAL);
	rte_errno = 0;
	assert_null(mpdk_nb_pool_create("unit_nb", 63, 0, DATA_ROOM,
					SOCKET_ID_ANY));
	assert_int_equal(rte_errno, EEXIST);
	rte_errno = 0;
	assert_null(mpdk_nb_pool_create("nbp_a_name_of_27_characters", 63, 0,
					DATA_ROOM, SOCKET_ID_ANY));
	assert_int_equal(rte_errno, ENAMETOOLONG);
	/* Its mbufs would be lent before they exist: refused. */
	mp = rte_pktmbuf_pool_create_by_ops("nbp_byops", 63, 0, 0, DATA_ROOM,
					    SOCKET_ID_ANY, "mpdk_nb");
	assert_null(mp);
	/* The names are free again: nothing leaked. */
	mp = mpdk_nb_pool_create("nbp_byops", 63, MPDK_NBL_MBUF_PRIV_SIZE,
				 DATA_ROOM, SOCKET_ID_ANY);
	assert_non_null(mp);
	assert_int_equal(rte_pktmbuf_priv_size(mp), MPDK_NBL_MBUF_PRIV_SIZE);
	assert_int_equal(rte_mempool_avail_count(mp), 63);
	rte_mempool_free(mp);
}

static int
group_setup(void **state __rte_unused)
{
	if (mpdk_test_init("test_nb_pool") != 0)
		return -1;
	nb_mp = mpdk_nb_pool_create("unit_nb", NB_N, 0, DATA_ROOM,
				    SOCKET_ID_ANY);
	plain_mp = rte_pktmbuf_pool_create("unit_plain", 63, 0, 0, DATA_ROOM,
					   SOCKET_ID_ANY);
	if (nb_mp == NULL || plain_mp == NULL) {
		fprintf(stderr, "cannot create the pools: %s\n",
			rte_strerror(rte_errno));
		return -1;
	}
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	rte_mempool_free(nb_mp);
	rte_mempool_free(plain_mp);
	mpdk_test_fini();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pool_is_a_packet_pool),
		cmocka_unit_test(test_lent_free_is_a_signal),
		cmocka_unit_test(test_bulk_mixed),
		cmocka_unit_test(test_lendable),
		cmocka_unit_test(test_create_errors),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
