"""Leave a double-forked daemon that appends to heartbeat.txt, then spin forever.

Usage: loop.py TOKEN (TOKEN is on the daemon's command line, for finding it afterwards).
"""

import os
import sys

DAEMON = """
import sys, time
while True:
    with open("heartbeat.txt", "a") as handle:
        handle.write("beat\\n")
    time.sleep(0.1)
"""


def main() -> None:
    pid = os.fork()
    if pid == 0:
        os.setsid()
        if os.fork() > 0:
            os._exit(0)
        os.execv(sys.executable, [sys.executable, "-c", DAEMON, sys.argv[1]])
    os.waitpid(pid, 0)
    print("DID daemonize heartbeat.txt started", flush=True)
    while True:
        pass


main()
