# history.gp: each strategy's speedup at N workers (top) and 1-worker wall time (bottom) across runs x Pythons,
# so a regression between releases or over time shows as a step. Reads a CSV written by `gilbench history`.
#
# Usage: gilbench history writes a driver per chart that sets these variables and loads this file:
#   gnuplot history-nbody.gp    (or: gnuplot -e "datafile='history-nbody.csv'; outbase='history-nbody'; workers=2" history.gp)
# Columns: 1 index, 2 label, 3 run_id, 4 start_time, 5 python_version, 6 python_build, 7 workers, then per strategy
# (threads, subinterpreters, shared-subinterpreters, processes) six columns from 8 + 6*i: speedup, speedup_min,
# speedup_max, wall1_seconds, wall1_min_seconds, wall1_max_seconds, then the machine. Empty cells are points a run did
# not measure.

if (!exists("datafile")) datafile = 'history-geomean.csv'
if (!exists("outbase")) outbase = 'history-geomean'
if (!exists("chart_title")) chart_title = 'gilbench history'
if (!exists("workers")) workers = 2

strategies = "threads subinterpreters shared-subinterpreters processes"
# The same look per strategy as the run charts (speedup.gp): Okabe-Ito colours, point and dash types.
colours = "#0072B2 #D55E00 #009E73 #CC79A7"
points = "7 5 9 13"
do for [i=1:4] { set linetype i linecolor rgb word(colours, i) linewidth 2 pointtype int(word(points, i)) pointsize 1.2 dashtype i }
# Strategies sit side by side around each x position so their error bars do not hide one another.
offset(i) = (i - 1.5) * 0.05
set datafile separator comma
set datafile columnheaders
stats datafile using 1 nooutput
entries = STATS_records

set xrange [0.5:entries + 0.5]
set xtics rotate by -25 font ",9" nomirror
set grid ytics
set key outside right top vertical
set style data yerrorlines
set bars small

do for [format in "png svg"] {
    if (format eq "png") {
        set terminal pngcairo size 1200,850 font "sans,11" noenhanced
    } else {
        set terminal svg size 1200,850 dynamic font "sans,12" noenhanced background rgb "white"
    }
    set output outbase . "." . format
    set multiplot layout 2,1 title chart_title . " (error bars: slowest and fastest trial)"

    set ylabel sprintf("speedup at %d workers", workers)
    set yrange [0:*]
    plot datafile using 1:(NaN):xtic(2) notitle, \
        for [i=0:3] datafile using ($1 + offset(i)):(column(8 + 6*i)):(column(9 + 6*i)):(column(10 + 6*i)) \
        title word(strategies, i + 1) lt (i + 1) lw 2

    set ylabel "1-worker wall time (s)"
    set yrange [0:*]
    plot datafile using 1:(NaN):xtic(2) notitle, \
        for [i=0:3] datafile using ($1 + offset(i)):(column(11 + 6*i)):(column(12 + 6*i)):(column(13 + 6*i)) \
        title word(strategies, i + 1) lt (i + 1) lw 2

    unset multiplot
    set output
}
