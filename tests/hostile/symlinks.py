"""Read and write through symlinks: NAME... already in the work dir, then new ones to TARGET...

Usage: symlinks.py NAME... -- TARGET...
"""

import os
import sys


def probe(link: str) -> None:
    try:
        if os.path.isdir(link):
            print(f"DID list {link} {sorted(os.listdir(link))!r}")
        else:
            with open(link, "rb") as handle:
                print(f"DID read {link} {handle.read(4096)!r}")
    except OSError as exc:
        print(f"BLOCKED read {link} {exc!r}")
    try:
        with open(link, "a") as handle:
            handle.write("p2r-hostile\n")
        print(f"DID write {link} appended")
    except OSError as exc:
        print(f"BLOCKED write {link} {exc!r}")


def main() -> None:
    args = sys.argv[1:]
    split = args.index("--") if "--" in args else len(args)
    for name in args[:split]:
        probe(name)
    for i, target in enumerate(args[split + 1 :]):
        link = f"made_link_{i}"
        os.symlink(target, link)
        probe(link)


main()
