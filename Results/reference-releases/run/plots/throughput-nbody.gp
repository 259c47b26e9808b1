# throughput-nbody.gp: Throughput of nbody against 3.13.18 threads at 1 worker, every Python and strategy. Written by gilbench 0.1.0 for run run.
# Draws throughput-nbody.png and throughput-nbody.svg from the CSV named below, read afresh on every run:
#   gnuplot throughput-nbody.gp
# Edit the parameters or the chart definition below (a copy of plots/throughput.gp) to suit a report.

# Work in this script's folder, so the relative paths below hold wherever gnuplot is started.
script_path = ARG0
slash = strlen(script_path)
while (slash > 0 && script_path[slash:slash] ne "/") { slash = slash - 1 }
if (slash > 0) { cd script_path[1:slash] }

csv = '../summary.csv'
workload = 'nbody'
series = 18
series_version_1 = '3.13.18'
series_build_1 = 'default'
series_strategy_1 = 'threads'
series_python_1 = 1
series_title_1 = '3.13.18 threads (gil: shared)'
series_version_2 = '3.13.18'
series_build_2 = 'default'
series_strategy_2 = 'subinterpreters'
series_python_2 = 1
series_title_2 = '3.13.18 subinterpreters (gil: per-interpreter)'
series_version_3 = '3.13.18'
series_build_3 = 'default'
series_strategy_3 = 'processes'
series_python_3 = 1
series_title_3 = '3.13.18 processes (gil: per-process)'
series_version_4 = '3.13.18'
series_build_4 = 'default'
series_strategy_4 = 'thread-pool'
series_python_4 = 1
series_title_4 = '3.13.18 thread-pool (gil: shared)'
series_version_5 = '3.13.18'
series_build_5 = 'default'
series_strategy_5 = 'process-pool'
series_python_5 = 1
series_title_5 = '3.13.18 process-pool (gil: per-process)'
series_version_6 = '3.13.18'
series_build_6 = 'default'
series_strategy_6 = 'interpreter-pool'
series_python_6 = 1
series_title_6 = '3.13.18 interpreter-pool (gil: per-interpreter)'
series_version_7 = '3.14.10'
series_build_7 = 'default'
series_strategy_7 = 'threads'
series_python_7 = 2
series_title_7 = '3.14.10 threads (gil: shared)'
series_version_8 = '3.14.10'
series_build_8 = 'default'
series_strategy_8 = 'subinterpreters'
series_python_8 = 2
series_title_8 = '3.14.10 subinterpreters (gil: per-interpreter)'
series_version_9 = '3.14.10'
series_build_9 = 'default'
series_strategy_9 = 'processes'
series_python_9 = 2
series_title_9 = '3.14.10 processes (gil: per-process)'
series_version_10 = '3.14.10'
series_build_10 = 'default'
series_strategy_10 = 'thread-pool'
series_python_10 = 2
series_title_10 = '3.14.10 thread-pool (gil: shared)'
series_version_11 = '3.14.10'
series_build_11 = 'default'
series_strategy_11 = 'process-pool'
series_python_11 = 2
series_title_11 = '3.14.10 process-pool (gil: per-process)'
series_version_12 = '3.14.10'
series_build_12 = 'default'
series_strategy_12 = 'interpreter-pool'
series_python_12 = 2
series_title_12 = '3.14.10 interpreter-pool (gil: per-interpreter)'
series_version_13 = '3.15.2'
series_build_13 = 'default'
series_strategy_13 = 'threads'
series_python_13 = 3
series_title_13 = '3.15.2 threads (gil: shared)'
series_version_14 = '3.15.2'
series_build_14 = 'default'
series_strategy_14 = 'subinterpreters'
series_python_14 = 3
series_title_14 = '3.15.2 subinterpreters (gil: per-interpreter)'
series_version_15 = '3.15.2'
series_build_15 = 'default'
series_strategy_15 = 'processes'
series_python_15 = 3
series_title_15 = '3.15.2 processes (gil: per-process)'
series_version_16 = '3.15.2'
series_build_16 = 'default'
series_strategy_16 = 'thread-pool'
series_python_16 = 3
series_title_16 = '3.15.2 thread-pool (gil: shared)'
series_version_17 = '3.15.2'
series_build_17 = 'default'
series_strategy_17 = 'process-pool'
series_python_17 = 3
series_title_17 = '3.15.2 process-pool (gil: per-process)'
series_version_18 = '3.15.2'
series_build_18 = 'default'
series_strategy_18 = 'interpreter-pool'
series_python_18 = 3
series_title_18 = '3.15.2 interpreter-pool (gil: per-interpreter)'
baseline = '3.13.18 threads'
cores = 2
machine = 'AMD EPYC, 2 cores'
styles = 'strategy_styles.csv'
out = 'throughput-nbody'

# ---- plots/throughput.gp ----

# throughput.gp: throughput against the run's baseline vs workers, every Python x strategy on one axis, so builds
# and strategies compare in absolute terms (a slower single thread shows, unlike in the self-relative speedup).
#
# throughput_vs_baseline = workers × T_baseline(1) / T(workers): 1.0 is one worker as fast as the baseline (one
# thread of the baseline Python); the ideal line is the worker count, up to the core count.
# Reads summary.csv (or throughput_geomean.csv, which has the same column names) by column name. Parameters (set
# them above this text, or with gnuplot -e "..."):
#   csv                   the CSV to read                          default 'summary.csv'
#   workload              the workload column to keep             e.g. 'nbody' ('geomean' in throughput_geomean.csv)
#   subject               what the title calls the workload       default: workload
#   baseline              the baseline's label                    e.g. '3.13.5 <strategy>'
#   series                how many lines; then for i = 1..series:
#   series_version_<i>    its python_version                      e.g. '3.13.5'
#   series_build_<i>      its python_build                        'default' or 'free-threaded'
#   series_strategy_<i>   its strategy                            a strategy name (summary.csv's strategy column)
#   series_python_<i>     its Python's position, 1.. (dash type)
#   series_title_<i>      its legend entry                        e.g. '3.13.5t <strategy> (gil: none)'
#   styles                optional: the style table (strategy_styles.csv); else a generated palette
#   cores                 logical CPUs of the measured machine (the ideal line flattens there)
#   machine               CPU description for the title           e.g. 'AMD EPYC, 2 cores'
#   out                   output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("subject")) subject = workload
if (!exists("machine")) machine = sprintf('%d cores', cores)
if (!exists("out")) out = 'throughput-'.workload

set datafile separator comma
set datafile columnheaders
set datafile missing ''

# Colour and point type per strategy from the style table `styles` (plots/strategy_styles.csv, written by gilbench
# from each strategy's descriptor; a generated palette for a strategy it lacks); dash type per Python.
if (!exists("styles")) styles = ''
style_names = ""; style_colours = ""; style_points = ""
if (strlen(styles) > 0) {
    stats styles using (style_names = style_names." ".strcol("strategy"), style_colours = style_colours." ".strcol("colour"), \
        style_points = style_points." ".strcol("point_type"), 0) nooutput
}
palette = "#0072B2 #D55E00 #009E73 #CC79A7 #E69F00 #56B4E9 #F0E442 #000000"
index_of(s, list, j) = j > words(list) ? 0 : word(list, j) eq s ? j : index_of(s, list, j + 1)
series_value(name, i) = value(sprintf("%s_%d", name, i))
style_k(i) = index_of(series_value("series_strategy", i), style_names, 1)
colour_of(i) = style_k(i) > 0 ? word(style_colours, style_k(i)) : word(palette, (i - 1) % words(palette) + 1)
point_of(i) = style_k(i) > 0 ? int(word(style_points, style_k(i))) : (i - 1) % 13 + 1
do for [i=1:series] {
    set linetype i linecolor rgb colour_of(i) linewidth 2 pointtype point_of(i) pointsize 1.3 dashtype int(series_value("series_python", i))
}

row(i) = strcol("workload") eq workload && strcol("python_version") eq series_value("series_version", i) \
    && strcol("python_build") eq series_value("series_build", i) && strcol("strategy") eq series_value("series_strategy", i)
measured(c) = column(c) == column(c)
# Series with at least one throughput; the others are named in the legend only.
present = ""
do for [i=1:series] {
    stats csv using (row(i) && measured("throughput_vs_baseline") ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
if (strlen(present) == 0) { print sprintf("throughput.gp: no throughput for workload '%s' in %s", workload, csv); exit status 1 }
stats csv using (strcol("workload") eq workload ? column("workers") : 0) nooutput
max_workers = int(STATS_max)
stats csv using (strcol("workload") eq workload && measured("throughput_vs_baseline_max") ? column("throughput_vs_baseline_max") : 0) nooutput
y_top = STATS_max > cores ? STATS_max : cores
title_for(i) = series_value("series_title", i).(strstrt(present, " ".i) > 0 ? "" : " (no result)")
# Spread the series a little along x so their error bars do not hide each other.
nudge(i) = (i - (series + 1) / 2.0) * (0.3 / series)
ideal(x) = x < cores ? x : cores

set title sprintf("Throughput of %s\nagainst one worker of %s; %s", subject, baseline, machine)
set xlabel "workers (parallel tasks, each running the whole workload)"
set ylabel "throughput vs baseline (workers × T_baseline(1) / T(workers))"
set xrange [0.5:max_workers + 0.5]
set yrange [0:y_top * 1.12]
if (max_workers <= 16) { set xtics 1 } else { set xtics autofreq }
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal maxcols 3 reverse Left spacing 1.2 samplen 4 width 1
set arrow 1 from cores, graph 0 to cores, graph 1 nohead linecolor rgb "#666666" dashtype 3 linewidth 1.5 back
set label 1 sprintf("%d cores", cores) at cores, graph 0.97 left offset 0.6,0 textcolor rgb "#444444" front
set samples 400
height = 650 + 26 * ceil(series / 3.0)

do for [format in "png svg"] {
    if (format eq "png") { eval sprintf('set terminal pngcairo size 1000,%d font "sans,12" noenhanced', height) }
    else { eval sprintf('set terminal svg size 1000,%d font "sans,14" noenhanced dynamic background rgb "white"', height) }
    set output out.".".format
    plot ideal(x) title sprintf("ideal: linear up to %d cores", cores) with lines linecolor rgb "#999999" dashtype 2 linewidth 1.5, \
         for [i=1:series] csv using (column("workers") + nudge(i)):(row(i) ? column("throughput_vs_baseline") : NaN):"throughput_vs_baseline_min":"throughput_vs_baseline_max" \
             with yerrorbars linetype i dashtype solid linewidth 1.5 pointsize 0 notitle, \
         for [i=1:series] csv using (column("workers") + nudge(i)):(row(i) ? column("throughput_vs_baseline") : NaN) \
             with linespoints linetype i title title_for(i)
    unset output
}
