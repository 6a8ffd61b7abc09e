"""Write MB MiB to stdout, then say so on stderr."""

import sys


def main() -> None:
    mib = int(sys.argv[1])
    block = b"x" * (1 << 20)
    for _ in range(mib):
        sys.stdout.buffer.write(block)
    sys.stdout.flush()
    print(f"DID flood stdout {mib} MiB", file=sys.stderr)


main()
