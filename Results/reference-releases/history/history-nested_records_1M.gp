# history-nested_records_1M.gp: draws history-nested_records_1M.png and .svg from history-nested_records_1M.csv with history.gp (edit that one for the looks).
datafile = 'history-nested_records_1M.csv'; styles = 'strategy_styles.csv'; outbase = 'history-nested_records_1M'; chart_title = 'nested_records@1M'; workers = 2
load 'history.gp'
