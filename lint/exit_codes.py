"""The exit codes of the command line, stable for CI.

0: no finding as severe as `--fail-on` (default: error). 1: such findings (a file that is not
a cable at all is an error finding).
2: a usage or configuration error, an internal error, or a file the operating system would not
open. 130: interrupted (Ctrl-C). 143: terminated (SIGTERM), worker processes ended too.
"""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
