# memory-nested_records_1M-py3.14.10.gp: Memory per worker (PSS) of nested_records@1M, Python 3.14.10. Written by gilbench 0.1.0 for run run.
# Draws memory-nested_records_1M-py3.14.10.png and memory-nested_records_1M-py3.14.10.svg from the CSV named below, read afresh on every run:
#   gnuplot memory-nested_records_1M-py3.14.10.gp
# Edit the parameters or the chart definition below (a copy of plots/memory.gp) to suit a report.

# Work in this script's folder, so the relative paths below hold wherever gnuplot is started.
script_path = ARG0
slash = strlen(script_path)
while (slash > 0 && script_path[slash:slash] ne "/") { slash = slash - 1 }
if (slash > 0) { cd script_path[1:slash] }

csv = '../summary.csv'
workload = 'nested_records@1M'
python_version = '3.14.10'
python_build = 'default'
cores = 2
machine = 'vm (AMD EPYC, 2 cores)'
styles = 'strategy_styles.csv'
lock_strategies = 'threads subinterpreters processes thread-pool process-pool interpreter-pool'
lock_models = 'shared per-interpreter per-process shared per-process per-interpreter'
out = 'memory-nested_records_1M-py3.14.10'

# ---- plots/memory.gp ----

# memory.gp: the memory one worker costs, per strategy, vs the number of workers, for one workload and Python:
# pss_per_worker_bytes = (median peak PSS of the trial - PSS of a 0-worker host) / workers, in MiB.
#
# Reads summary.csv by column name. Parameters (set them above this text, or with gnuplot -e "..."):
#   csv             the CSV to read                       default 'summary.csv'
#   workload        the workload column to keep          e.g. 'nbody'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   styles          optional: the style table (strategy_styles.csv: strategy, colour, point_type, dash_type,
#                   fill_pattern); without it, or for a strategy it lacks, a generated palette
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("machine")) machine = ''
if (!exists("out")) out = 'memory'

set datafile separator comma
set datafile columnheaders
set datafile missing ''

row(s) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq workload && strcol("strategy") eq s
chart_row(x) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq workload
# The strategies this chart draws: those its CSV holds (rows where chart_row is true), in the order of the style
# table `styles` (plots/strategy_styles.csv, written by gilbench from each strategy's descriptor), then any the
# table lacks. Strategy i is linetype i, styled from the table (a generated palette for one it lacks). No strategy
# is named here: a new one is drawn once the CSV holds it.
if (!exists("styles")) styles = ''
style_names = ""; style_colours = ""; style_points = ""; style_dashes = ""; style_fills = ""
if (strlen(styles) > 0) {
    stats styles using (style_names = style_names." ".strcol("strategy"), style_colours = style_colours." ".strcol("colour"), \
        style_points = style_points." ".strcol("point_type"), style_dashes = style_dashes." ".strcol("dash_type"), \
        style_fills = style_fills." ".strcol("fill_pattern"), 0) nooutput
}
held = ""
stats csv using (chart_row(0) && strstrt(held." ", " ".strcol("strategy")." ") == 0 ? (held = held." ".strcol("strategy"), 1) : 0) nooutput
strategies = ""
do for [s in style_names] { if (strstrt(held." ", " ".s." ") > 0) { strategies = strategies." ".s } }
do for [s in held] { if (strstrt(style_names." ", " ".s." ") == 0) { strategies = strategies." ".s } }
count = words(strategies)
palette = "#0072B2 #D55E00 #009E73 #CC79A7 #E69F00 #56B4E9 #F0E442 #000000"
index_of(s, list, j) = j > words(list) ? 0 : word(list, j) eq s ? j : index_of(s, list, j + 1)
style_k(i) = index_of(word(strategies, i), style_names, 1)
colour_of(i) = style_k(i) > 0 ? word(style_colours, style_k(i)) : word(palette, (i - 1) % words(palette) + 1)
point_of(i) = style_k(i) > 0 ? int(word(style_points, style_k(i))) : (i - 1) % 13 + 1
dash_of(i) = style_k(i) > 0 ? int(word(style_dashes, style_k(i))) : (i - 1) % 5 + 1
fill_of(i) = style_k(i) > 0 ? int(word(style_fills, style_k(i))) : i % 8
do for [i=1:count] { set linetype i linecolor rgb colour_of(i) linewidth 2 pointtype point_of(i) dashtype dash_of(i) }

mib(c) = column(c) / 1048576.0
# Strategies with a per-worker value on this Python and workload.
present = ""
do for [i=1:count] {
    stats csv using (row(word(strategies, i)) && column("pss_per_worker_bytes") == column("pss_per_worker_bytes") ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
stats csv using (row(strcol("strategy")) ? column("workers") : 0) nooutput
max_workers = STATS_max > 1 ? STATS_max : 2

set title sprintf("Memory per worker (PSS) of %s on Python %s%s\n%s", workload, python_version, python_build eq 'default' ? '' : ' ('.python_build.')', machine)
set xlabel "workers"
set ylabel "PSS per worker, MiB ((M(N) - M(0 workers)) / N)"
set xrange [0.5:max_workers + 0.5]
# From 0, or below it: a per-worker cost within the noise of the no-worker baseline can come out negative.
stats csv using (row(strcol("strategy")) && column("pss_per_worker_bytes") == column("pss_per_worker_bytes") ? mib("pss_per_worker_bytes") : 0) nooutput
y_low = STATS_min < 0 ? STATS_min * 1.15 : 0
y_high = STATS_max > 0 ? STATS_max * 1.15 : 1
set yrange [y_low:y_high]
if (max_workers <= 16) { set xtics 1 } else { set xtics autofreq }
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal maxrows 2 reverse Left spacing 1.2 samplen 3 width 1

do for [format in "png svg"] {
    if (format eq "png") { set terminal pngcairo size 1000,650 font "sans,12" noenhanced }
    else { set terminal svg size 1000,650 font "sans,14" noenhanced dynamic background rgb "white" }
    set output out.".".format
    if (strlen(present) == 0) {
        set label 2 "no memory measured" at graph 0.5, graph 0.5 center
        plot NaN notitle
        unset label 2
    } else {
        plot for [k in present] csv using "workers":(row(word(strategies, int(k))) ? mib("pss_per_worker_bytes") : NaN) \
             with linespoints linetype int(k) title word(strategies, int(k))
    }
    unset output
}
