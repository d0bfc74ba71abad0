# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# Plot an mpdk-bench sweep:
#   gnuplot -e "csv='docs/bench-sweep.csv'; out='docs/bench-sweep.svg'" docs/bench-sweep.gp
# Top: mpdk/raw ratio against burst, one line per frame size, for tx
# (inline) and rx.  Bottom: the Mpps of both, 64-byte frames.
if (!exists("csv")) csv = 'docs/bench-sweep.csv'
if (!exists("out")) out = 'docs/bench-sweep.svg'
if (out[strlen(out)-2:] eq "png") { set terminal pngcairo size 1100,820 font "sans,10" } else { set terminal svg size 1100,820 dynamic font "sans,11" background rgb "white" }
set output out
set datafile separator ","
set datafile missing ""
set logscale x 2
set xrange [0.8:320]
set xtics (1, 2, 4, 8, 16, 32, 64, 128, 256)
set grid
set key outside right top
set multiplot layout 2,2 title "mpdk-bench sweep: mpdk against the raw DPDK loop, same run (net\\_null, one lcore)"

sizes = "64 128 256 512 1024 1514"
# The rows of one test, mode and size, so each line is unbroken.
rows(t, m, s) = sprintf("< awk -F, '$1==\"%s\" && $2==\"%s\" && $5==%s' %s", t, m, s, csv)

set title "tx (inline): mpdk / raw"
set xlabel "burst"
set ylabel "ratio"
set yrange [0:1.2]
plot for [s in sizes] rows("tx", "inline", s) using 4:9 with linespoints title s." B"

set title "rx: mpdk / raw"
plot for [s in sizes] rows("rx", "inline", s) using 4:9 with linespoints title s." B"

set title "tx (inline), 64 B: Mpps"
set ylabel "Mpps"
set autoscale y
set yrange [0:*]
plot rows("tx", "inline", "64") using 4:7 with linespoints title "raw", \
     rows("tx", "inline", "64") using 4:8 with linespoints title "mpdk"

set title "rx, 64 B: Mpps"
plot rows("rx", "inline", "64") using 4:7 with linespoints title "raw", \
     rows("rx", "inline", "64") using 4:8 with linespoints title "mpdk"
unset multiplot
