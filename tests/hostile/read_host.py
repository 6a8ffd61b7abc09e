"""Read files and list folders given by their host paths."""

import os
import sys


def main() -> None:
    for path in sys.argv[1:]:
        try:
            if os.path.isdir(path):
                print(f"DID list {path} {sorted(os.listdir(path))!r}")
            else:
                with open(path, "rb") as handle:
                    print(f"DID read {path} {handle.read(4096)!r}")
        except OSError as exc:
            print(f"BLOCKED read {path} {exc!r}")


main()
