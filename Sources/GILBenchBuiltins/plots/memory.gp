# memory.gp: the memory one worker costs, per strategy, vs the number of workers, for one workload and Python:
# pss_per_worker_bytes = (median peak PSS of the trial - PSS of a 0-worker host) / workers, in MiB.
#
# Reads summary.csv by column name. Parameters (set them above this text, or with gnuplot -e "..."):
#   csv             the CSV to read                       default 'summary.csv'
#   workload        the workload column to keep          e.g. 'nbody'
#   python_version  the python_version column to keep    e.g. '3.13.0'
#   python_build    the python_build column to keep      default 'default'
#   machine         CPU description for the title        e.g. 'AMD EPYC, 2 cores'
#   out             output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'summary.csv'
if (!exists("python_build")) python_build = 'default'
if (!exists("machine")) machine = ''
if (!exists("out")) out = 'memory'

set datafile separator comma
set datafile columnheaders
set datafile missing ''

strategies = "threads subinterpreters shared-subinterpreters processes"
colours = "#0072B2 #D55E00 #009E73 #CC79A7"
do for [i=1:4] { set linetype i linecolor rgb word(colours, i) linewidth 2 pointtype (i + 4) dashtype i }

row(s) = strcol("python_version") eq python_version && strcol("python_build") eq python_build && strcol("workload") eq workload && strcol("strategy") eq s
mib(c) = column(c) / 1048576.0
# Strategies with a per-worker value on this Python and workload.
present = ""
do for [i=1:4] {
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
