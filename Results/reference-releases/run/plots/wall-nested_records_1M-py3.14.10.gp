# wall-nested_records_1M-py3.14.10.gp: Wall time of nested_records@1M, Python 3.14.10. Written by gilbench 0.1.0 for run run.
# Draws wall-nested_records_1M-py3.14.10.png and wall-nested_records_1M-py3.14.10.svg from the CSV named below, read afresh on every run:
#   gnuplot wall-nested_records_1M-py3.14.10.gp
# Edit the parameters or the chart definition below (a copy of plots/wall.gp) to suit a report.

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
out = 'wall-nested_records_1M-py3.14.10'

# ---- plots/wall.gp ----

# wall.gp: median wall time vs workers for one workload and one Python, a line per strategy (log y when the
# times span more than a decade).
#
# Reads summary.csv by column name. Parameters (set them above this text, or with gnuplot -e "..."):
#   csv             the CSV to read                       default 'summary.csv'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   workload        the workload column to keep          e.g. 'nbody'
#   cores           logical CPUs of the measured machine
#   styles          optional: the style table (strategy_styles.csv: strategy, colour, point_type, dash_type,
#                   fill_pattern); without it, or for a strategy it lacks, a generated palette
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("machine")) machine = sprintf('%d cores', cores)
if (!exists("out")) out = 'wall-'.workload

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
do for [i=1:count] { set linetype i linecolor rgb colour_of(i) linewidth 2 pointtype point_of(i) pointsize 1.4 dashtype dash_of(i) }

present = ""
do for [i=1:count] {
    stats csv using (row(word(strategies, i)) ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
if (strlen(present) == 0) { print sprintf("wall.gp: no rows for workload '%s', Python %s (%s) in %s", workload, python_version, python_build, csv); exit status 1 }
stats csv using (row(strcol("strategy")) ? column("workers") : 0) nooutput
max_workers = int(STATS_max)
ok(x) = x == x && x > 0
stats csv using (row(strcol("strategy")) && ok(column("max_wall_seconds")) ? column("max_wall_seconds") : 0) nooutput
wall_max = STATS_max
stats csv using (row(strcol("strategy")) && ok(column("min_wall_seconds")) ? column("min_wall_seconds") : wall_max) nooutput
wall_min = STATS_min
# Per strategy: "-" when it has a value to draw, else why not (a legend note).
notes = ""
do for [i=1:count] {
    stats csv using (row(word(strategies, i)) && column("median_wall_seconds") == column("median_wall_seconds") ? 1 : 0) nooutput
    if (STATS_sum == 0) {
        stats csv using (row(word(strategies, i)) && strcol("status") eq "unsupported" ? 1 : 0) nooutput
        notes = notes.(STATS_sum > 0 ? " unsupported" : " no-result")
    } else {
        notes = notes." -"
    }
}
note_text(n) = n eq "unsupported" ? " (unsupported)" : n eq "no-result" ? " (no result)" : ""
if (!exists("lock_strategies")) { lock_strategies = ""; lock_models = "" }
lock_note(s) = index_of(s, lock_strategies, 1) > 0 ? " (gil: ".word(lock_models, index_of(s, lock_strategies, 1)).")" : ""
title_for(i) = word(strategies, i).note_text(word(notes, i)).lock_note(word(strategies, i))
nudge(i) = (i - (count + 1) / 2.0) * 0.06

set title sprintf("Wall time of %s on Python %s%s\n%s", workload, python_version, python_build eq 'default' ? '' : ' ('.python_build.')', machine)
set xlabel "workers (parallel tasks, each running the whole workload)"
set xrange [0.5:max_workers + 0.5]
# A tic per worker count while they fit; beyond 16, gnuplot spaces them.
if (max_workers <= 16) { set xtics 1 } else { set xtics autofreq }
if (wall_min > 0 && wall_max / wall_min > 10) {
    set logscale y
    set ylabel "median wall time (s, log scale)"
    set yrange [wall_min / 1.5:wall_max * 1.5]
} else {
    set ylabel "median wall time (s)"
    set yrange [0:wall_max * 1.1]
}
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal reverse Left spacing 1.2 samplen 3 width 1
set arrow 1 from cores, graph 0 to cores, graph 1 nohead linecolor rgb "#666666" dashtype 3 linewidth 1.5 back
set label 1 sprintf("%d cores", cores) at cores, graph 0.97 left offset 0.6,0 textcolor rgb "#444444" front

do for [format in "png svg"] {
    if (format eq "png") { set terminal pngcairo size 1000,650 font "sans,12" noenhanced }
    else { set terminal svg size 1000,650 font "sans,14" noenhanced dynamic background rgb "white" }
    # SVG draws points larger than pngcairo at the same size.
    do for [i=1:count] { set linetype i pointsize (format eq "png" ? 1.4 : 1.0) }
    set output out.".".format
    plot for [k in present] csv using (column("workers") + nudge(int(k))):(row(word(strategies, int(k))) ? column("median_wall_seconds") : NaN):"min_wall_seconds":"max_wall_seconds" \
             with yerrorbars linetype int(k) dashtype solid linewidth 1.5 pointsize 0 notitle, \
         for [k in present] csv using (column("workers") + nudge(int(k))):(row(word(strategies, int(k))) ? column("median_wall_seconds") : NaN) \
             with linespoints linetype int(k) title title_for(int(k))
    unset output
}
