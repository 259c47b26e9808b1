# speedup-by-python-nbody.gp: Speedup of nbody by Python release. Written by gilbench 0.1.0 for run run.
# Draws speedup-by-python-nbody.png and speedup-by-python-nbody.svg from the CSV named below, read afresh on every run:
#   gnuplot speedup-by-python-nbody.gp
# Edit the parameters or the chart definition below (a copy of plots/speedup_by_python.gp) to suit a report.

# Work in this script's folder, so the relative paths below hold wherever gnuplot is started.
script_path = ARG0
slash = strlen(script_path)
while (slash > 0 && script_path[slash:slash] ne "/") { slash = slash - 1 }
if (slash > 0) { cd script_path[1:slash] }

csv = '../summary.csv'
workload = 'nbody'
python_versions = '3.13.18 3.14.10 3.15.2'
python_builds = 'default default default'
cores = 2
machine = 'vm (AMD EPYC, 2 cores)'
styles = 'strategy_styles.csv'
out = 'speedup-by-python-nbody'

# ---- plots/speedup_by_python.gp ----

# speedup_by_python.gp: the speedup chart once per Python, side by side on one y scale, so releases can be
# compared at a glance.
#
# Reads summary.csv (or speedup_geomean.csv, which has the same column names) by column name. Parameters (set
# them above this text, or with gnuplot -e "..."):
#   csv              the CSV to read                      default 'summary.csv'
#   workload         the workload column to keep         e.g. 'nbody' ('geomean' in speedup_geomean.csv)
#   subject          what the title calls the workload   default: workload
#   python_versions  the Pythons, space-separated        e.g. '3.12.1 3.13.0'
#   python_builds    their builds, in the same order     default: 'default' for each
#   cores            logical CPUs of the measured machine (the ideal line flattens there)
#   styles           optional: the style table (strategy_styles.csv: strategy, colour, point_type, dash_type,
#                    fill_pattern); without it, or for a strategy it lacks, a generated palette
#   machine          CPU description for the title       e.g. 'AMD EPYC, 2 cores'
#   out              output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("subject")) subject = workload
if (!exists("machine")) machine = sprintf('%d cores', cores)
if (!exists("out")) out = 'speedup-by-python-'.workload
panels = words(python_versions)
if (!exists("python_builds")) { python_builds = ""; do for [p=1:panels] { python_builds = python_builds." default" } }

set datafile separator comma
set datafile columnheaders
set datafile missing ''

chart_row(x) = strcol("workload") eq workload
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

row(p, s) = strcol("python_version") eq word(python_versions, p) && strcol("python_build") eq word(python_builds, p) && strcol("workload") eq workload && strcol("strategy") eq s
any(p) = strcol("python_version") eq word(python_versions, p) && strcol("python_build") eq word(python_builds, p) && strcol("workload") eq workload
# Strategies measured on any of the Pythons; one y range for every panel.
present = ""
do for [i=1:count] {
    stats csv using (strcol("workload") eq workload && strcol("strategy") eq word(strategies, i) ? 1 : 0) nooutput
    if (STATS_sum > 0) { present = present." ".i }
}
if (strlen(present) == 0) { print sprintf("speedup_by_python.gp: no rows for workload '%s' in %s", workload, csv); exit status 1 }
stats csv using (strcol("workload") eq workload ? column("workers") : 0) nooutput
max_workers = int(STATS_max)
stats csv using (strcol("workload") eq workload && column("speedup_max") == column("speedup_max") ? column("speedup_max") : 0) nooutput
y_top = (STATS_max > cores ? STATS_max : cores) * 1.12
nudge(i) = (i - (count + 1) / 2.0) * 0.06
ideal(x) = x < cores ? x : cores

# A tic per worker count while they fit; beyond 16, gnuplot spaces them.
tics_step = max_workers <= 16 ? 1 : ceil(max_workers / 8.0)
rows = panels <= 3 ? 1 : 2
columns = ceil(panels * 1.0 / rows)
width = columns <= 2 ? 1000 : 460 * columns
height = rows == 1 ? 600 : 1000

set xtics tics_step
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
# Panel geometry in screen coordinates: the bottom strip holds the shared legend.
left = 0.09; right = 0.98; top = 0.84; bottom = rows == 1 ? 0.22 : 0.13; gap_x = 0.06; gap_y = 0.1
panel_w = (right - left - (columns - 1) * gap_x) / columns
panel_h = (top - bottom - (rows - 1) * gap_y) / rows

do for [format in "png svg"] {
    if (format eq "png") { eval sprintf('set terminal pngcairo size %d,%d font "sans,12" noenhanced', width, height) }
    else { eval sprintf('set terminal svg size %d,%d font "sans,14" noenhanced dynamic background rgb "white"', width, height) }
    # SVG draws points larger than pngcairo at the same size.
    do for [i=1:count] { set linetype i pointsize (format eq "png" ? 1.3 : 1.0) }
    set output out.".".format
    set multiplot title sprintf("Speedup of %s by Python release\n%s", subject, machine)
    unset key
    set xrange [0.5:max_workers + 0.5]
    set yrange [0:y_top]
    set xlabel "workers"
    do for [p=1:panels] {
        column_index = (p - 1) % columns
        row_index = (p - 1) / columns
        set lmargin at screen left + column_index * (panel_w + gap_x)
        set rmargin at screen left + column_index * (panel_w + gap_x) + panel_w
        set tmargin at screen top - row_index * (panel_h + gap_y)
        set bmargin at screen top - row_index * (panel_h + gap_y) - panel_h
        build = word(python_builds, p)
        set title sprintf("Python %s%s", word(python_versions, p), build eq 'default' ? '' : ' ('.build.')')
        set ylabel column_index == 0 ? "speedup (workers × T(1) / T(workers))" : ""
        # Name the strategies this Python could not run, inside the panel, since their lines are missing.
        missing = ""
        do for [k in present] {
            stats csv using (row(p, word(strategies, int(k))) && column("speedup") == column("speedup") ? 1 : 0) nooutput
            if (STATS_sum == 0) { missing = missing.(strlen(missing) > 0 ? ", " : "").word(strategies, int(k)) }
        }
        if (strlen(missing) > 0) { set label 2 "no result: ".missing at graph 0.03, graph 0.95 left textcolor rgb "#444444" front } else { unset label 2 }
        set arrow 1 from cores, graph 0 to cores, graph 1 nohead linecolor rgb "#666666" dashtype 3 linewidth 1.5 back
        plot ideal(x) with lines linecolor rgb "#999999" dashtype 2 linewidth 1.5, \
             for [k in present] csv using (column("workers") + nudge(int(k))):(row(p, word(strategies, int(k))) ? column("speedup") : NaN):"speedup_min":"speedup_max" \
                 with yerrorbars linetype int(k) dashtype solid linewidth 1.5 pointsize 0, \
             for [k in present] csv using (column("workers") + nudge(int(k))):(row(p, word(strategies, int(k))) ? column("speedup") : NaN) \
                 with linespoints linetype int(k)
    }
    # The shared legend: an empty plot across the bottom strip whose only visible part is its key.
    set lmargin at screen 0.02
    set rmargin at screen 0.98
    set bmargin at screen 0.0
    set tmargin at screen 0.09
    unset title; unset xlabel; unset ylabel; unset label; unset arrow; unset grid; unset border; unset tics
    set xrange [0:1]
    set yrange [0:1]
    set key inside center center horizontal reverse Left spacing 1.2 samplen 3 width 0 maxcols 5
    plot NaN title "ideal" with lines linecolor rgb "#999999" dashtype 2 linewidth 1.5, \
         for [k in present] NaN with linespoints linetype int(k) title word(strategies, int(k))
    unset multiplot
    unset output
    # Restore what the legend strip turned off, for the next format.
    set border 3
    set xtics tics_step
    set ytics autofreq
    set tics nomirror
    set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
}
