"""Try the network: TCP connections to HOST:PORT arguments, UDP, and a DNS lookup."""

import socket
import sys


def main() -> None:
    for target in sys.argv[1:]:
        host, port = target.rsplit(":", 1)
        try:
            with socket.create_connection((host, int(port)), timeout=3):
                print(f"DID connect {target} connected")
        except OSError as exc:
            print(f"BLOCKED connect {target} {exc!r}")
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.sendto(b"\0", ("1.1.1.1", 53))
            print("DID udp 1.1.1.1:53 sent")
    except OSError as exc:
        print(f"BLOCKED udp 1.1.1.1:53 {exc!r}")
    try:
        addresses = socket.getaddrinfo("example.com", 443)
        print(f"DID resolve example.com {addresses[0][4]}")
    except OSError as exc:
        print(f"BLOCKED resolve example.com {exc!r}")


main()
