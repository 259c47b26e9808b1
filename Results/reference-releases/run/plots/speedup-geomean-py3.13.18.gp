# speedup-geomean-py3.13.18.gp: Speedup over all workloads (geometric mean), Python 3.13.18. Written by gilbench 0.1.0 for run run.
# Draws speedup-geomean-py3.13.18.png and speedup-geomean-py3.13.18.svg from the CSV named below, read afresh on every run:
#   gnuplot speedup-geomean-py3.13.18.gp
# Edit the parameters or the chart definition below (a copy of plots/speedup.gp) to suit a report.

# Work in this script's folder, so the relative paths below hold wherever gnuplot is started.
script_path = ARG0
slash = strlen(script_path)
while (slash > 0 && script_path[slash:slash] ne "/") { slash = slash - 1 }
if (slash > 0) { cd script_path[1:slash] }

csv = '../speedup_geomean.csv'
workload = 'geomean'
subject = 'all workloads (geometric mean of nbody, nested_records@1M)'
python_version = '3.13.18'
python_build = 'default'
cores = 2
machine = 'vm (AMD EPYC, 2 cores)'
styles = 'strategy_styles.csv'
lock_strategies = 'threads subinterpreters processes thread-pool process-pool interpreter-pool'
lock_models = 'shared per-interpreter per-process shared per-process per-interpreter'
out = 'speedup-geomean-py3.13.18'

# ---- plots/speedup.gp ----

# speedup.gp: speedup vs workers for one workload and one Python, a line per strategy, against the ideal.
#
# Reads summary.csv (or speedup_geomean.csv, which has the same column names) by column name, so the data
# always comes from the CSV. Parameters (set them above this text, or with gnuplot -e "name='value'; ..."):
#   csv             the CSV to read                       default 'summary.csv'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   workload        the workload column to keep          e.g. 'nbody' ('geomean' in speedup_geomean.csv)
#   subject         what the title calls the workload    default: workload
#   cores           logical CPUs of the measured machine (the ideal line flattens there)
#   lock_strategies optional: strategy names, and lock_models their lock models (the gil column), for the legend
#   styles          optional: the style table (strategy_styles.csv: strategy, colour, point_type, dash_type,
#                   fill_pattern); without it, or for a strategy it lacks, a generated palette
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("subject")) subject = workload
if (!exists("machine")) machine = sprintf('%d cores', cores)
if (!exists("out")) out = 'speedup-'.workload

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

# Which strategies have rows, and which of those have no speedup at all (unsupported or failed everywhere).
present = ""
do for [i=1:count] {
    stats csv using (row(word(strategies, i)) ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
if (strlen(present) == 0) { print sprintf("speedup.gp: no rows for workload '%s', Python %s (%s) in %s", workload, python_version, python_build, csv); exit status 1 }
stats csv using (row(strcol("strategy")) ? column("workers") : 0) nooutput
max_workers = int(STATS_max)
stats csv using (row(strcol("strategy")) && column("speedup_max") == column("speedup_max") ? column("speedup_max") : 0) nooutput
y_top = STATS_max > cores ? STATS_max : cores
# Per strategy: "-" when it has a value to draw, else why not (a legend note).
notes = ""
do for [i=1:count] {
    stats csv using (row(word(strategies, i)) && column("speedup") == column("speedup") ? 1 : 0) nooutput
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
# Spread the strategies a little along x so their error bars do not hide each other.
nudge(i) = (i - (count + 1) / 2.0) * 0.06
ideal(x) = x < cores ? x : cores

set title sprintf("Speedup of %s on Python %s%s\n%s", subject, python_version, python_build eq 'default' ? '' : ' ('.python_build.')', machine)
set xlabel "workers (parallel tasks, each running the whole workload)"
set ylabel "speedup (workers × T(1) / T(workers))"
set xrange [0.5:max_workers + 0.5]
set yrange [0:y_top * 1.12]
# A tic per worker count while they fit; beyond 16, gnuplot spaces them.
if (max_workers <= 16) { set xtics 1 } else { set xtics autofreq }
set mxtics 1
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal maxrows 2 reverse Left spacing 1.2 samplen 3 width 1
set arrow 1 from cores, graph 0 to cores, graph 1 nohead linecolor rgb "#666666" dashtype 3 linewidth 1.5 back
set label 1 sprintf("%d cores", cores) at cores, graph 0.97 left offset 0.6,0 textcolor rgb "#444444" front
set samples 400

do for [format in "png svg"] {
    if (format eq "png") { set terminal pngcairo size 1000,650 font "sans,12" noenhanced }
    else { set terminal svg size 1000,650 font "sans,14" noenhanced dynamic background rgb "white" }
    # SVG draws points larger than pngcairo at the same size.
    do for [i=1:count] { set linetype i pointsize (format eq "png" ? 1.4 : 1.0) }
    set output out.".".format
    # Error bars are drawn solid (in the strategy's colour) and separately, so the dash types stay on the lines.
    plot ideal(x) title sprintf("ideal: linear up to %d cores", cores) with lines linecolor rgb "#999999" dashtype 2 linewidth 1.5, \
         for [k in present] csv using (column("workers") + nudge(int(k))):(row(word(strategies, int(k))) ? column("speedup") : NaN):"speedup_min":"speedup_max" \
             with yerrorbars linetype int(k) dashtype solid linewidth 1.5 pointsize 0 notitle, \
         for [k in present] csv using (column("workers") + nudge(int(k))):(row(word(strategies, int(k))) ? column("speedup") : NaN) \
             with linespoints linetype int(k) title title_for(int(k))
    unset output
}
