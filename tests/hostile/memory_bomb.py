"""Allocate and touch MB MiB, 16 MiB at a time."""

import sys


def main() -> None:
    target = int(sys.argv[1])
    blocks = []
    try:
        while len(blocks) * 16 < target:
            blocks.append(b"\1" * (16 << 20))
    except MemoryError:
        held = len(blocks) * 16
        blocks.clear()
        print(f"BLOCKED allocate after {held} MiB MemoryError", flush=True)
        return
    print(f"DID allocate {len(blocks) * 16} MiB", flush=True)


main()
