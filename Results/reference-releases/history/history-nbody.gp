# history-nbody.gp: draws history-nbody.png and .svg from history-nbody.csv with history.gp (edit that one for the looks).
datafile = 'history-nbody.csv'; styles = 'strategy_styles.csv'; outbase = 'history-nbody'; chart_title = 'nbody'; workers = 2
load 'history.gp'
