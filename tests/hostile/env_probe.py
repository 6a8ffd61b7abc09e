"""Print the environment, then every other process's environment it can read."""

import json
import os


def main() -> None:
    print(f"DID env self {json.dumps(dict(os.environ), sort_keys=True)}")
    pids = sorted({"1", str(os.getppid())} | {p for p in os.listdir("/proc") if p.isdigit()})
    for pid in pids:
        if pid == str(os.getpid()):
            continue
        try:
            with open(f"/proc/{pid}/environ", "rb") as handle:
                print(f"DID environ {pid} {handle.read()!r}")
        except OSError as exc:
            print(f"BLOCKED environ {pid} {exc!r}")


main()
