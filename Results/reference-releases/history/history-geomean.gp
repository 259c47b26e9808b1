# history-geomean.gp: draws history-geomean.png and .svg from history-geomean.csv with history.gp (edit that one for the looks).
datafile = 'history-geomean.csv'; styles = 'strategy_styles.csv'; outbase = 'history-geomean'; chart_title = 'geometric mean over nbody, nested_records@1M'; workers = 2
load 'history.gp'
