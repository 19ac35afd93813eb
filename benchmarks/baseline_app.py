"""The Flask baseline of ``bench_mock`` (reported beside the floor, ``floor_app``): what a straightforward
Flask mock does for DescribeInstances.

A minimal Flask app on the same threaded werkzeug server (the mock's own keep-alive request handler) holding
the same InstanceInfo dicts in a list and answering a page slice in the same envelope with ``jsonify``. It
does not verify signatures (the client still signs, so both sides pay the same client cost).

``python -m benchmarks.baseline_app DATA.json`` prints ``baseline serving http://127.0.0.1:PORT``.
"""

from __future__ import annotations

import json
import sys
import uuid
from typing import Any

from flask import Flask, Response, jsonify, request
from werkzeug.serving import make_server

from mockserver.http_handler import QuietHandler


def create_app(instances: list[dict[str, Any]]) -> Flask:
    app = Flask("baseline")

    @app.post("/api/v2/bmc")
    def bmc() -> Response:
        body = request.get_json(force=True, silent=True) or {}
        page = int(body.get("pageNum") or 1)
        size = int(body.get("pageSize") or 20)
        start = (page - 1) * size
        rid = "T" + str(uuid.uuid4()).upper()
        return jsonify(
            {"requestId": rid,
             "response": {"requestId": rid, "totalCount": len(instances), "dataSet": instances[start:start + size]}}
        )  # fmt: skip

    return app


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as f:
        instances = json.load(f)
    server = make_server("127.0.0.1", 0, create_app(instances), threaded=True, request_handler=QuietHandler)
    print(f"baseline serving http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
