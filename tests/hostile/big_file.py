"""Write a file one MiB larger than the MB argument, in the work dir."""

import sys


def main() -> None:
    mib = int(sys.argv[1]) + 1
    block = b"\0" * (1 << 20)
    written = 0
    try:
        with open("big.bin", "wb") as handle:
            for _ in range(mib):
                handle.write(block)
                written += 1
        print(f"DID write big.bin {written} MiB")
    except OSError as exc:
        print(f"BLOCKED write big.bin after {written} MiB {exc!r}")


main()
