"""Fork up to MAX children that each sleep a minute; report how far it got.

Usage: fork_bomb.py MAX TOKEN (TOKEN only marks the processes, for finding leftovers).
"""

import os
import sys
import time


def main() -> None:
    limit = int(sys.argv[1])
    for started in range(limit):
        try:
            pid = os.fork()
        except OSError as exc:
            print(f"BLOCKED fork after {started} children {exc!r}", flush=True)
            break
        if pid == 0:
            time.sleep(60)
            os._exit(0)
    else:
        print(f"DID fork {limit} children", flush=True)
    os._exit(0)


main()
