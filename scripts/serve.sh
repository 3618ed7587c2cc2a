#!/usr/bin/env bash
# Serves www/ (the demo page and the built widget) on 127.0.0.1 only.
#   PORT=8080 by default; override: PORT=9000 make serve
# Responses carry Cache-Control: no-store, so a reload after make build always
# picks up the new module.
set -euo pipefail

cd "$(dirname "$0")/.."
port="${PORT:-8080}"
if [ -t 2 ]; then c_err=$'\033[1;31m'; c_off=$'\033[0m'; else c_err=''; c_off=''; fi

fail() {
  printf '%sserve: error:%s %s\n' "$c_err" "$c_off" "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}

case "$port" in
  ''|*[!0-9]*) fail "PORT must be a number, got \"$port\"." "Example: PORT=9000 make serve" ;;
esac
[ -f www/pkg/outage_charts.js ] || fail "www/pkg/outage_charts.js is missing: the widget is not built." "Run: make build   (or make serve, which builds first)"

exec python3 - "$port" <<'PY'
import functools, http.server, socketserver, sys

port = int(sys.argv[1])

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, fmt, *args):
        sys.stderr.write("serve: %s %s\n" % (self.address_string(), fmt % args))

class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True

try:
    httpd = Server(("127.0.0.1", port), functools.partial(Handler, directory="www"))
except OSError as e:
    sys.stderr.write(
        "serve: error: cannot listen on 127.0.0.1:%d (%s).\n"
        "       Another server probably uses that port: stop it, or pick another one, e.g. PORT=%d make serve\n"
        % (port, e.strerror or e, port + 1))
    sys.exit(1)

print("\n  outage-charts demo: http://127.0.0.1:%d/\n  (serving www/ on 127.0.0.1 only; press Ctrl-C to stop)\n" % port, flush=True)
try:
    httpd.serve_forever()
except KeyboardInterrupt:
    print("\nserve: stopped", flush=True)
PY
