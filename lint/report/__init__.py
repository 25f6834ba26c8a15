"""`cablelint report`: one self-contained HTML page about a whole collection.

summary.py turns a lint run into the tables a reader asks for (pure Python); charts.py draws
them with Altair (Vega-Lite); page.py writes the page with the Vega JavaScript inlined, so it
opens with no network; command.py is the command. Altair and vl-convert-python come with the
`report` extra.
"""
