#!/bin/sh
# Smoke test of the self-contained app image (issue 13; docs/operations.md "Self-contained app image").
# Build it first: mvn -B -q -pl launcher -am package -P app-image -DskipTests
# Starts target/app-image/bin/mozart with an empty environment (no JDK on the PATH) in a temp working directory on
# free ports (port 0, read back from the banner), waits for /healthz, registers and authenticates a user over HTTP,
# logs a client in on the game port (SmokeLogin.java on the system JDK), stops the server. Exits 1 on any failure.
set -eu
launcher="$(cd "$(dirname "$0")/../../.." && pwd)"
image="$launcher/target/app-image"
tmp="$(mktemp -d)"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "app-image smoke: FAIL: $*" >&2
    if [ -f "$tmp/server.log" ]; then
        echo "---- server output" >&2
        tail -n 40 "$tmp/server.log" >&2
    fi
    exit 1
}
step() {
    echo "app-image smoke: $*"
}

[ -x "$image/bin/mozart" ] || fail "$image/bin/mozart missing: build with -P app-image first"
[ -x "$image/runtime/bin/java" ] || fail "$image/runtime/bin/java missing"
step "image $image (runtime $(du -sh "$image/runtime" | cut -f1), whole $(du -sh "$image" | cut -f1))"

mkdir "$tmp/work"
(cd "$tmp/work" && exec env -i PATH=/nonexistent HOME="$tmp" "$image/bin/mozart" \
    --Server:Port=0 --Http:Enabled=true --Http:Port=0 >"$tmp/server.log" 2>&1) &
pid=$!
step "started bin/mozart (pid $pid) with env -i PATH=/nonexistent in $tmp/work"

game_port=""
http_port=""
for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || fail "the server exited early"
    game_port="$(sed -n 's/^Mozart .* is listening on 127\.0\.0\.1:\([0-9][0-9]*\) .*/\1/p' "$tmp/server.log")"
    http_port="$(sed -n 's|^HTTP API: http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$tmp/server.log")"
    if [ -n "$game_port" ] && [ -n "$http_port" ]; then
        break
    fi
    sleep 0.5
done
[ -n "$game_port" ] && [ -n "$http_port" ] || fail "no banner with the game and HTTP ports after 60 s"
step "listening: game port $game_port, HTTP port $http_port"

base="http://127.0.0.1:$http_port"
health="$(curl -fsS --max-time 5 "$base/healthz")" || fail "GET /healthz failed"
[ "$health" = "Healthy" ] || fail "GET /healthz answered '$health'"
step "GET /healthz: $health"

user="smoke$$"
password="smoke-secret"
register_token="$(curl -fsS --max-time 10 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\",\"gender\":1}" "$base/register")" \
    || fail "POST /register failed"
[ -n "$register_token" ] || fail "POST /register returned no token"
step "POST /register $user: token received"
token="$(curl -fsS --max-time 10 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$base/authenticate")" \
    || fail "POST /authenticate failed"
[ -n "$token" ] || fail "POST /authenticate returned no token"
step "POST /authenticate $user: token received"

java -cp "$image/mozart.jar" "$launcher/src/test/app-image/SmokeLogin.java" 127.0.0.1 "$game_port" "$token" \
    || fail "game-port login with the token failed"
step "game port: Authorize + ChannelLogin succeeded"

kill "$pid"
status=0
wait "$pid" || status=$?
pid=""
grep -q "Mozart stopped" "$tmp/server.log" || fail "no clean shutdown (exit status $status)"
step "stopped cleanly (SIGTERM, exit status $status)"
step "OK"
