# setup-py3.13.18.gp: Set-up cost of one worker, Python 3.13.18. Written by gilbench 0.1.0 for run run.
# Draws setup-py3.13.18.png and setup-py3.13.18.svg from the CSV named below, read afresh on every run:
#   gnuplot setup-py3.13.18.gp
# Edit the parameters or the chart definition below (a copy of plots/setup.gp) to suit a report.

# Work in this script's folder, so the relative paths below hold wherever gnuplot is started.
script_path = ARG0
slash = strlen(script_path)
while (slash > 0 && script_path[slash:slash] ne "/") { slash = slash - 1 }
if (slash > 0) { cd script_path[1:slash] }

csv = '../summary.csv'
workloads = 'nbody nested_records@1M'
python_version = '3.13.18'
python_build = 'default'
cores = 2
machine = 'vm (AMD EPYC, 2 cores)'
styles = 'strategy_styles.csv'
lock_strategies = 'threads subinterpreters processes thread-pool process-pool interpreter-pool'
lock_models = 'shared per-interpreter per-process shared per-process per-interpreter'
out = 'setup-py3.13.18'

# ---- plots/setup.gp ----

# setup.gp: the set-up cost of one worker (create a sub-interpreter, spawn a process, start a thread), per
# strategy and workload, for one Python: bars at the median of the 1-worker trials, error bars min to max.
#
# Reads summary.csv by column name (rows with workers = 1). Parameters (set them above this text, or with
# gnuplot -e "..."):
#   csv             the CSV to read                       default 'summary.csv'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   workloads       the workloads to show, space-separated, e.g. 'nbody pidigits'
#   styles          optional: the style table (strategy_styles.csv: strategy, colour, point_type, dash_type,
#                   fill_pattern); without it, or for a strategy it lacks, a generated palette
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("machine")) machine = ''
if (!exists("out")) out = 'setup'

set datafile separator comma
set datafile columnheaders
set datafile missing ''

chart_row(x) = strcol("python_version") eq python_version && strcol("python_build") eq python_build
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
do for [i=1:count] { set linetype i linecolor rgb colour_of(i) linewidth 1.5 dashtype solid }

row(w, s) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq w && strcol("strategy") eq s && column("workers") == 1
ms(c) = column(c) * 1000
# Strategies with rows for this Python (listed), and those of them with set-up times (drawn as bars).
listed = ""
do for [i=1:count] {
    stats csv using (strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("strategy") eq word(strategies, i) ? 1 : 0) nooutput
    if (STATS_sum > 0) { listed = listed." ".i }
}
present = ""
do for [i=1:count] {
    stats csv using (strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("strategy") eq word(strategies, i) && column("median_setup_seconds") == column("median_setup_seconds") ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
# Listed strategies without set-up times (every trial failed): named by their status instead of a bar.
missing = ""
do for [k in listed] { if (strstrt(present." ", " ".k." ") == 0) { missing = missing." ".k } }
if (strlen(present) == 0) { print sprintf("setup.gp: no set-up times for Python %s (%s) in %s", python_version, python_build, csv); exit status 1 }
stats csv using (strcol("python_version") eq python_version && strcol("python_build") eq python_build && column("workers") == 1 && column("max_setup_seconds") == column("max_setup_seconds") ? ms("max_setup_seconds") : 0) nooutput
y_top = STATS_max

n = words(workloads)
bar = 0.8 / count
x_of(j, i) = j + (i - (count + 1) / 2.0) * bar

set title sprintf("Set-up cost of one worker on Python %s%s\n%s", python_version, python_build eq 'default' ? '' : ' ('.python_build.')', machine)
set ylabel "time to start one worker (ms; median, bars: min to max)"
set xlabel "workload (trials with 1 worker)"
set xrange [0.4:n + 0.6]
set yrange [0:y_top * 1.18]
set xtics 1 scale 0
set for [j=1:n] xtics add (word(workloads, j) j)
set grid ytics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal reverse Left spacing 1.2 samplen 2 width 1
set style fill solid 1.0 border
set errorbars 1.5

do for [format in "png svg"] {
    # SVG text looks smaller than pngcairo text of the same size, so SVG gets a larger number.
    if (format eq "png") { set terminal pngcairo size 1000,650 font "sans,12" noenhanced; small_font = "sans,10" }
    else { set terminal svg size 1000,650 font "sans,14" noenhanced dynamic background rgb "white"; small_font = "sans,12" }
    set output out.".".format
    # Labels for strategies without set-up times only where there are some: gnuplot 5.4 segfaults on a labels
    # element with no valid point when the CSV has a single row (a run of one strategy at one worker count).
    if (strlen(missing) > 0) {
        plot for [k in present] for [j=1:n] csv using (x_of(j, int(k))):(row(word(workloads, j), word(strategies, int(k))) ? ms("median_setup_seconds") : NaN):(ms("min_setup_seconds")):(ms("max_setup_seconds")):(bar * 0.9) \
                 with boxerrorbars linetype int(k) fillstyle pattern fill_of(int(k)) border linecolor rgb colour_of(int(k)) title (j == 1 ? word(strategies, int(k)) : ""), \
             for [k in present] for [j=1:n] csv using (x_of(j, int(k))):(row(word(workloads, j), word(strategies, int(k))) ? ms("max_setup_seconds") : NaN):(sprintf("%.1f", ms("median_setup_seconds"))) \
                 with labels offset 0,0.8 font small_font textcolor rgb "#333333" notitle, \
             for [k in missing] for [j=1:n] csv using (x_of(j, int(k))):(row(word(workloads, j), word(strategies, int(k))) && column("median_setup_seconds") != column("median_setup_seconds") ? 0 : NaN):(word(strategies, int(k)).": ".strcol("status")) \
                 with labels rotate by 90 left offset 0,0.5 font small_font textcolor rgb colour_of(int(k)) notitle
    } else {
        plot for [k in present] for [j=1:n] csv using (x_of(j, int(k))):(row(word(workloads, j), word(strategies, int(k))) ? ms("median_setup_seconds") : NaN):(ms("min_setup_seconds")):(ms("max_setup_seconds")):(bar * 0.9) \
                 with boxerrorbars linetype int(k) fillstyle pattern fill_of(int(k)) border linecolor rgb colour_of(int(k)) title (j == 1 ? word(strategies, int(k)) : ""), \
             for [k in present] for [j=1:n] csv using (x_of(j, int(k))):(row(word(workloads, j), word(strategies, int(k))) ? ms("max_setup_seconds") : NaN):(sprintf("%.1f", ms("median_setup_seconds"))) \
                 with labels offset 0,0.8 font small_font textcolor rgb "#333333" notitle
    }
    unset output
}
