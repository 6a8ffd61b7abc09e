"""Create a file at each path given (outside the work dir, if the sandbox lets it)."""

import sys


def main() -> None:
    for path in sys.argv[1:]:
        try:
            with open(path, "w") as handle:
                handle.write("p2r-hostile\n")
            print(f"DID write {path} created")
        except OSError as exc:
            print(f"BLOCKED write {path} {exc!r}")


main()
