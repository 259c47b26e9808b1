# payload.gp: throughput vs payload size for one workload swept with --input-bytes, one Python and one worker
# count, a line per strategy: where moving the input starts to cost more than the parallelism gains.
#
# Reads payload.csv by column name. Parameters (set them above this text, or with gnuplot -e "..."):
#   csv             the CSV to read                       default 'payload.csv'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   workload        the workload column to keep          e.g. 'word_count'
#   workers         the worker count to draw             e.g. 2
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'payload.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("machine")) machine = ''
if (!exists("out")) out = 'payload-'.workload

set datafile separator comma
set datafile columnheaders
set datafile missing ''

# The C-API strategies keep the colours of the other charts; each Python-level strategy takes its
# counterpart's colour with a dashed line (Okabe-Ito palette).
strategies = "threads subinterpreters shared-subinterpreters processes thread-pool process-pool process-pool-forkserver process-pool-fork interpreter-pool"
colours = "#0072B2 #D55E00 #009E73 #CC79A7 #0072B2 #CC79A7 #E69F00 #56B4E9 #D55E00"
points = "7 5 9 13 6 12 4 8 4"
dashes = "1 1 1 1 2 2 3 4 2"
count = words(strategies)
do for [i=1:count] { set linetype i linecolor rgb word(colours, i) linewidth 2 pointtype int(word(points, i)) pointsize 1.3 dashtype int(word(dashes, i)) }

row(s) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq workload && strcol("strategy") eq s && column("workers") == workers
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
