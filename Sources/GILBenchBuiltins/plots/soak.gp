# soak.gp: a soak test's memory vs cycle (RSS, PSS, USS of the host, MiB), with the fitted growth of RSS.
#
# Reads soak.csv by column name. Parameters (set them above this text, or with gnuplot -e "..."):
#   csv        the CSV to read                                default 'soak.csv'
#   subject    what ran, for the title                        e.g. '<strategy>, tiny, Python 3.13.0'
#   slope      fitted RSS growth in bytes per cycle          (the line drawn over the fitted cycles)
#   intercept  fitted RSS at cycle 0, bytes
#   fit_from   first cycle of the fit
#   verdict    one line under the title                      e.g. 'RSS +12 B/cycle [-40, +64], 95%: no leak shown'
#   out        output file name without extension; writes out.png and out.svg
if (!exists("csv")) csv = 'soak.csv'
if (!exists("subject")) subject = ''
if (!exists("verdict")) verdict = ''
if (!exists("out")) out = 'soak'

set datafile separator comma
set datafile columnheaders
set datafile missing ''
mib(c) = column(c) / 1048576.0

set title sprintf("Memory over create-run-end cycles: %s\n%s", subject, verdict)
set xlabel "cycle (one worker created, run once and ended per cycle)"
set ylabel "host memory, MiB"
set grid ytics xtics linecolor rgb "#dddddd" dashtype 1 linewidth 1
set border 3
set tics nomirror
set key outside below center horizontal reverse Left samplen 3
set linetype 1 linecolor rgb "#0072B2" linewidth 2
set linetype 2 linecolor rgb "#D55E00" linewidth 2
set linetype 3 linecolor rgb "#009E73" linewidth 2
fitted(x) = exists("slope") && x >= fit_from ? (intercept + slope * x) / 1048576.0 : NaN
set samples 400

do for [format in "png svg"] {
    if (format eq "png") { set terminal pngcairo size 1000,650 font "sans,12" noenhanced }
    else { set terminal svg size 1000,650 font "sans,14" noenhanced dynamic background rgb "white" }
    set output out.".".format
    plot csv using "cycle":(mib("rss_bytes")) with linespoints linetype 1 pointsize 0.5 title "RSS", \
         csv using "cycle":(mib("pss_bytes")) with linespoints linetype 2 pointsize 0.5 title "PSS", \
         csv using "cycle":(mib("uss_bytes")) with linespoints linetype 3 pointsize 0.5 title "USS (private)", \
         fitted(x) with lines linecolor rgb "#333333" dashtype 2 linewidth 1.5 title "RSS fit"
    unset output
}
