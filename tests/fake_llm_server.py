"""A scripted OpenAI / Anthropic HTTP server on loopback, for testing the real SDKs.

The ``openai`` 3.x SDK talks through httpx2, which respx cannot intercept, so the SDKs are
pointed at this server instead. It records every request and answers from a queue of
scripted behaviours (a reply, an HTTP error, malformed text); an empty queue gives
``FakeLLMServer.default``.

    with running_server() as server:
        server.script(HTTPError.rate_limited(), Reply(text='{"ok": true}'))
        ...  # call an SDK with base_url=server.openai_url or server.anthropic_url
        assert len(server.requests) == 2
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

OPENAI_PATH = "/v1/chat/completions"
ANTHROPIC_PATH = "/v1/messages"


@dataclass(frozen=True)
class Reply:
    """A successful completion. Token counts go on the wire as each vendor defines them:
    OpenAI's ``prompt_tokens`` (= ``input_tokens``) includes ``cached_tokens``; Anthropic's
    ``input_tokens`` excludes ``cached_tokens`` (cache reads) and ``cache_write_tokens``."""

    text: str = '{"ok": true}'
    input_tokens: int = 10
    output_tokens: int = 5
    cached_tokens: int = 0
    cache_write_tokens: int = 0


@dataclass(frozen=True)
class HTTPError:
    """An error status with the vendor's error body and optional headers."""

    status: int
    message: str = "scripted error"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def rate_limited(cls) -> HTTPError:
        """429 that asks for an immediate retry."""
        return cls(429, "rate limited", {"retry-after": "0"})

    @classmethod
    def server_error(cls) -> HTTPError:
        return cls(500, "internal server error")

    @classmethod
    def bad_request(cls) -> HTTPError:
        return cls(400, "invalid request")


def malformed(text: str = "Sure! Here is the answer you asked for.") -> Reply:
    """A successful reply whose text is not the JSON the caller asked for."""
    return Reply(text=text)


Behaviour = Reply | HTTPError


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; header names are lower-cased."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: bytes


class FakeLLMServer:
    """The server's state: the script, the recorded requests, and its address."""

    def __init__(self, default: Behaviour | None = None) -> None:
        self.default: Behaviour = default or Reply()
        self._script: deque[Behaviour] = deque()
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def openai_url(self) -> str:
        """``base_url`` for the openai SDK (it appends ``/chat/completions``)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def anthropic_url(self) -> str:
        """``base_url`` for the anthropic SDK (it appends ``/v1/messages``)."""
        return f"http://127.0.0.1:{self.port}"

    def script(self, *behaviours: Behaviour) -> None:
        """Queue behaviours, answered one per request in order."""
        with self._lock:
            self._script.extend(behaviours)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self, request: RecordedRequest) -> Behaviour:
        with self._lock:
            self._requests.append(request)
            return self._script.popleft() if self._script else self.default


@contextmanager
def running_server(default: Behaviour | None = None) -> Iterator[FakeLLMServer]:
    """A started server, stopped on exit."""
    server = FakeLLMServer(default)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _handler_for(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: one request per connection, so no handler thread outlives a test
        protocol_version = "HTTP/1.0"

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            try:
                body = json.loads(raw) if raw else {}
            except json.JSONDecodeError:
                body = {}
            headers = {k.lower(): v for k, v in self.headers.items()}
            path = self.path.split("?", 1)[0]
            if path not in (OPENAI_PATH, ANTHROPIC_PATH):
                self._send(404, {"error": {"message": f"no route {path}"}})
                return
            behaviour = server._next(RecordedRequest(path, headers, body, raw))
            if isinstance(behaviour, HTTPError):
                self._send(behaviour.status, _error_body(path, behaviour), behaviour.headers)
            elif path == OPENAI_PATH:
                self._send(200, _openai_reply(body, behaviour))
            else:
                self._send(200, _anthropic_reply(body, behaviour))

        def _send(self, status: int, payload: dict, headers: dict[str, str] | None = None):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return Handler


def _openai_reply(body: dict, reply: Reply) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "unknown"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.text},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": reply.input_tokens,
            "completion_tokens": reply.output_tokens,
            "total_tokens": reply.input_tokens + reply.output_tokens,
            "prompt_tokens_details": {"cached_tokens": reply.cached_tokens},
        },
    }


def _anthropic_reply(body: dict, reply: Reply) -> dict:
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": body.get("model", "unknown"),
        "content": [{"type": "text", "text": reply.text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": reply.input_tokens,
            "output_tokens": reply.output_tokens,
            "cache_read_input_tokens": reply.cached_tokens,
            "cache_creation_input_tokens": reply.cache_write_tokens,
        },
    }


def _error_body(path: str, error: HTTPError) -> dict:
    if path == ANTHROPIC_PATH:
        kinds = {429: "rate_limit_error", 500: "api_error", 529: "overloaded_error"}
        kind = kinds.get(error.status, "invalid_request_error")
        return {"type": "error", "error": {"type": kind, "message": error.message}}
    return {"error": {"message": error.message, "type": "fake_error", "code": str(error.status)}}
