# payload.gp: throughput vs payload size for one workload swept with --input-bytes, one Python and one worker
# count, a line per strategy: where moving the input starts to cost more than the parallelism gains.
#
# Reads payload.csv by column name. Parameters (set them above this text, or with gnuplot -e "..."):
#   csv             the CSV to read                       default 'payload.csv'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   workload        the workload column to keep          e.g. 'word_count'
#   workers         the worker count to draw             e.g. 2
#   styles          optional: the style table (strategy_styles.csv: strategy, colour, point_type, dash_type,
#                   fill_pattern); without it, or for a strategy it lacks, a generated palette
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'payload.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("machine")) machine = ''
if (!exists("out")) out = 'payload-'.workload

set datafile separator comma
set datafile columnheaders
set datafile missing ''

row(s) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq workload && strcol("strategy") eq s && column("workers") == workers
chart_row(x) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq workload && column("workers") == workers
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
do for [i=1:count] { set linetype i linecolor rgb colour_of(i) linewidth 2 pointtype point_of(i) pointsize 1.3 dashtype dash_of(i) }
present = ""
do for [i=1:count] {
    stats csv using (row(word(strategies, i)) ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
if (strlen(present) == 0) { print sprintf("payload.gp: no rows for workload '%s', %d workers, Python %s (%s) in %s", workload, workers, python_version, python_build, csv); exit status 1 }

set title sprintf("Throughput of %s vs payload size, %d workers, Python %s%s\n%s", workload, workers, python_version, python_build eq 'default' ? '' : ' ('.python_build.')', machine)
set xlabel "input per worker (bytes, log scale)"
set ylabel "input processed by all workers (MiB/s; median wall time, transfers included)"
set logscale xy 2
# A little room left and right, so the first and last payload sizes keep their tic labels.
set offsets graph 0.04, graph 0.04, 0, 0
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal maxrows 3 reverse Left spacing 1.2 samplen 3 width 1

do for [format in "png svg"] {
    if (format eq "png") { set terminal pngcairo size 1000,650 font "sans,12" noenhanced }
    else { set terminal svg size 1000,650 font "sans,14" noenhanced dynamic background rgb "white" }
    do for [i=1:count] { set linetype i pointsize (format eq "png" ? 1.3 : 1.0) }
    set output out.".".format
    plot for [k in present] csv using (column("input_bytes")):(row(word(strategies, int(k))) ? column("mib_per_second") : NaN):xtic(strcol("input")) \
             with linespoints linetype int(k) title word(strategies, int(k))
    unset output
}
