# history.gp: each strategy's speedup at N workers (top) and 1-worker wall time (bottom) across runs x Pythons,
# so a regression between releases or over time shows as a step. Reads a CSV written by `gilbench history`.
#
# Usage: gilbench history writes a driver per chart that sets these variables and loads this file:
#   gnuplot history-nbody.gp    (or: gnuplot -e "datafile='history-nbody.csv'; outbase='history-nbody'; workers=2" history.gp)
# Columns: 1 index, 2 label, 3 run_id, 4 start_time, 5 python_version, 6 python_build, 7 workers, then per strategy
# six columns from 8 + 6*i named <strategy>_speedup, _speedup_min, _speedup_max, _wall1_seconds, _wall1_min_seconds,
# _wall1_max_seconds, then the machine. Empty cells are points a run did not measure. The strategies are read from
# the header (none is named here); `styles` (strategy_styles.csv beside the CSV, written by gilbench from each
# strategy's descriptor) gives their colours, point and dash types, else a generated palette.

if (!exists("datafile")) datafile = 'history-geomean.csv'
if (!exists("outbase")) outbase = 'history-geomean'
if (!exists("chart_title")) chart_title = 'gilbench history'
if (!exists("workers")) workers = 2

if (!exists("styles")) styles = ''
set datafile separator comma
set datafile columnheaders
# The strategies the CSV holds: every six-column block between column 8 and the machine, named by its header,
# kept when it has at least one value (column numbers in `blocks`, names in `strategies`).
stats datafile every ::0::0 nooutput
block_count = int((STATS_columns - 8) / 6)
blocks = ""; strategies = ""
do for [b=0:block_count - 1] {
    header = ""
    stats datafile every ::0::0 using (header = columnhead(8 + 6*b), 0) nooutput
    # valid(): an empty cell is no datum; a block with none at all must still give a point (gnuplot 6 leaves
    # STATS_sum undefined after a stats that found no valid point).
    stats datafile using ((valid(8 + 6*b) || valid(11 + 6*b)) ? 1 : 0) nooutput
    if (STATS_sum > 0) { blocks = blocks." ".(8 + 6*b); strategies = strategies." ".header[1:strlen(header) - strlen("_speedup")] }
}
count = words(strategies)
style_names = ""; style_colours = ""; style_points = ""; style_dashes = ""
if (strlen(styles) > 0) {
    stats styles using (style_names = style_names." ".strcol("strategy"), style_colours = style_colours." ".strcol("colour"), \
        style_points = style_points." ".strcol("point_type"), style_dashes = style_dashes." ".strcol("dash_type"), 0) nooutput
}
palette = "#0072B2 #D55E00 #009E73 #CC79A7 #E69F00 #56B4E9 #F0E442 #000000"
index_of(s, list, j) = j > words(list) ? 0 : word(list, j) eq s ? j : index_of(s, list, j + 1)
style_k(i) = index_of(word(strategies, i), style_names, 1)
colour_of(i) = style_k(i) > 0 ? word(style_colours, style_k(i)) : word(palette, (i - 1) % words(palette) + 1)
point_of(i) = style_k(i) > 0 ? int(word(style_points, style_k(i))) : (i - 1) % 13 + 1
dash_of(i) = style_k(i) > 0 ? int(word(style_dashes, style_k(i))) : (i - 1) % 5 + 1
# The same look per strategy as the run charts (speedup.gp).
do for [i=1:count] { set linetype i linecolor rgb colour_of(i) linewidth 2 pointtype point_of(i) pointsize 1.2 dashtype dash_of(i) }
column_of(i) = int(word(blocks, i))
# Strategies sit side by side around each x position so their error bars do not hide one another.
offset(i) = (i - (count + 1) / 2.0) * 0.05
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
        for [i=1:count] datafile using ($1 + offset(i)):(column(column_of(i))):(column(column_of(i) + 1)):(column(column_of(i) + 2)) \
        title word(strategies, i) lt i lw 2

    set ylabel "1-worker wall time (s)"
    set yrange [0:*]
    plot datafile using 1:(NaN):xtic(2) notitle, \
        for [i=1:count] datafile using ($1 + offset(i)):(column(column_of(i) + 3)):(column(column_of(i) + 4)):(column(column_of(i) + 5)) \
        title word(strategies, i) lt i lw 2

    unset multiplot
    set output
}
