run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
!run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
3run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
6run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
jrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
wrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
3run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Jrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
jrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
3run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
5run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
@run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Wrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
'run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
'run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
>run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
|run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
|run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
|run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
+run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
#run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
@run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
&run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
&run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
*run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
|run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
|run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
@run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
@run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
\run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
yrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
@run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
(run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
!run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
jrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
wrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
jrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
/run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
{run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
[run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
@run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
]run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
}run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
\run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
frun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
qrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
,run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
1run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
\run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
=run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
.run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
vrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
wrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
\run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
krun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
mrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Brun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
_run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Drun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
Rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
prun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
-run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
lrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
*run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
)run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
hrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
orun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
grun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
:run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
$run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
0run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
rrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
urun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
nrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
|run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
"run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
>run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
&run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
xrun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
irun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
trun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
2run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
 run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
;run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
erun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
srun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
arun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
crun)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;

run)
    install_packages
    build
    # The main job: tx, rx and latency on net_null (latency on net_ring
    # too), each against the raw DPDK loop in the same run; ~15 s.
    exec "$BUILD_DIR/apps/mpdk-bench/mpdk-bench" "${EAL_ARGS[@]}" \
        --file-prefix="mpdk_quickstart_$$" \
        --log-level=lib.eal:error --log-level=lib.ethdev:warning \
        -- --test tx,rx,latency --duration 0.5
    ;;
