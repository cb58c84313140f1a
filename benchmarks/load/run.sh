#!/usr/bin/env bash
# Load test of the example HTTP server (examples/server) with wrk.
#
# Builds the server, starts it on a free loopback port with a fresh data directory seeded with
# POSTS published posts, then measures four scenarios one after the other: GET a post by slug,
# GET the first page of the post list, search, and create+publish. See README.md beside this
# file for what each figure means.
#
# Settings (environment):
#   POSTS=1000         posts the server seeds (--seed) and the slug scenario walks over
#   DURATION=20s       measured wrk run per scenario
#   THREADS=2          wrk threads
#   CONNECTIONS=64     wrk connections (open all the time, shared among the threads)
#   WARMUP=60s         unreported wrk run before each measured one (the JIT compiles the hot
#                      paths for well over a minute on two cores, so the first scenario's warm-up
#                      matters most)
#   TIMEOUT=30s        wrk's per-request timeout (slower responses are left out of the latency
#                      figures and counted as errors, so it is set well above any expected latency)
#   START_TIMEOUT=600  seconds to wait for the server to be ready, and again for the seeding
#   SKIP_BUILD=1       use the jar already built
#   SERVER_JAR=...     the server jar (default examples/server/target/example-server.jar)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

readonly LOAD_DIR=benchmarks/load
readonly POSTS=${POSTS:-1000}
readonly DURATION=${DURATION:-20s}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-64}
readonly WARMUP=${WARMUP:-60s}
readonly TIMEOUT=${TIMEOUT:-30s}
readonly START_TIMEOUT=${START_TIMEOUT:-600}
readonly SKIP_BUILD=${SKIP_BUILD:-0}
readonly SERVER_JAR=${SERVER_JAR:-examples/server/target/example-server.jar}
# The server limits writes per user per minute; one user writing as fast as wrk can would hit
# that limit at once and the write scenario would measure 429s. The report says it was raised.
readonly WRITE_LIMIT=100000000
readonly HOST=127.0.0.1

WORK_DIR=""     # temp dir: server data, server log, slug and query lists, wrk outputs
SERVER_PID=""
SERVER_STARTED=0
WRK_PID=""
BASE_URL=""
declare -a RESULTS=()        # one RESULT line per scenario, in the order run
declare -a COMMANDS=()       # the measured wrk command lines, for the report

log() { printf '[load] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Installs a Debian package when its command is missing. The package lists may be missing or
# stale on a fresh machine, so a failed install is retried once after apt-get update.
ensure_command() {
  local cmd=$1 package=$2
  command -v "$cmd" >/dev/null 2>&1 && return 0
  log "installing $package"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; then
    as_root apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null
  fi
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd is still missing after installing $package"
}

build_server() {
  if [[ $SKIP_BUILD == 1 ]]; then
    log "SKIP_BUILD=1: using $SERVER_JAR as it is"
  else
    log "building the server"
    mvn -q -B -ntp install -DskipTests -pl examples/server -am
  fi
  [[ -f $SERVER_JAR ]] || die "$SERVER_JAR not found"
}

# A loopback port nobody listens on. Ports are tried at random in a range above the usual
# ephemeral ones' start; the race with another process taking it meanwhile is accepted.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

# On any exit: stop the server with SIGTERM and wait for it (it shuts down gracefully), show the
# end of its log when something failed, and remove the temp dir.
cleanup() {
  local status=$?
  trap - EXIT
  if [[ -n $WRK_PID ]]; then
    kill -TERM "$WRK_PID" 2>/dev/null || true
    wait "$WRK_PID" 2>/dev/null || true
  fi
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping the server (SIGTERM)"
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    # A graceful stop takes seconds; a server stuck for a minute is killed so the script ends.
    local waited=0
    while kill -0 "$SERVER_PID" 2>/dev/null && ((waited < 60)); do
      sleep 1
      waited=$((waited + 1))
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "the server did not stop within 60 s of SIGTERM; killing it"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if ((status != 0)) && [[ -n $WORK_DIR && -f $WORK_DIR/server.log ]]; then
    log "last lines of the server log:"
    tail -n 40 "$WORK_DIR/server.log" >&2 || true
  fi
  [[ -n $WORK_DIR ]] && rm -rf "$WORK_DIR"
  exit "$status"
}

start_server() {
  local port password
  port=$(free_port)
  BASE_URL="http://$HOST:$port"
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  ADMIN_PASSWORD=$password
  mkdir -p "$WORK_DIR/data"
  log "starting the server on $BASE_URL with --seed $POSTS (writes per user per minute raised to $WRITE_LIMIT)"
  BLOG_SERVER_HOST=$HOST \
  BLOG_SERVER_PORT=$port \
  BLOG_DATA_DIR="$WORK_DIR/data" \
  BLOG_SERVER_ADMIN_PASSWORD=$password \
  BLOG_SERVER_RATE_LIMIT_WRITES_PER_MINUTE=$WRITE_LIMIT \
  BLOG_SERVER_LOG_FORMAT=text \
    java -jar "$SERVER_JAR" --seed "$POSTS" >"$WORK_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  SERVER_STARTED=$SECONDS
}

server_alive() {
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited early (see its log below)"
}

# The first start trains a small model and seeds the posts, so readiness can take minutes.
wait_ready() {
  local deadline=$((SECONDS + START_TIMEOUT)) next_note=$((SECONDS + 30))
  log "waiting for $BASE_URL/api/v1/health/ready (up to ${START_TIMEOUT}s)"
  until curl -fsS -o /dev/null --max-time 5 "$BASE_URL/api/v1/health/ready" 2>/dev/null; do
    server_alive
    ((SECONDS < deadline)) || die "not ready after ${START_TIMEOUT}s"
    if ((SECONDS >= next_note)); then
      log "still waiting for ready ($((SECONDS - SERVER_STARTED))s)"
      next_note=$((SECONDS + 30))
    fi
    sleep 2
  done
  log "ready $((SECONDS - SERVER_STARTED))s after start: $(grep -m1 -o 'listening on http://[^ ]*' "$WORK_DIR/server.log" || echo 'no listening line in the log')"
}

# Pages through GET /api/v1/posts (200 a page) and writes every slug to $1 and every title to
# $2, one a line. Prints how many posts it saw; returns non-zero when a page could not be read.
# (It runs in a command substitution, where set -e does not apply, hence the explicit returns.)
collect_posts() {
  local slugs=$1 titles=$2 cursor="" page url items max_pages=$((POSTS / 200 + 100))
  local page_file=$WORK_DIR/page.json
  : >"$slugs"
  : >"$titles"
  for ((page = 0; page < max_pages; page++)); do
    url="$BASE_URL/api/v1/posts?limit=200"
    if [[ -n $cursor ]]; then
      url+="&cursor=$(jq -rn --arg c "$cursor" '$c | @uri')" || return 1
    fi
    curl -fsS --max-time 120 "$url" >"$page_file" || return 1
    jq -r '.items[].slug' "$page_file" >>"$slugs" || return 1
    jq -r '.items[].title' "$page_file" >>"$titles" || return 1
    cursor=$(jq -r '.nextCursor // empty' "$page_file") || return 1
    items=$(jq '.items | length' "$page_file") || return 1
    # The last page has no cursor; an empty page ends the walk too, so it cannot loop.
    [[ -n $cursor && $items -gt 0 ]] || break
  done
  wc -l <"$slugs" | tr -d ' '
}

# Readiness may come before the seeding is done, so wait until the list shows every post.
wait_seeded() {
  local deadline=$((SECONDS + START_TIMEOUT)) count
  while :; do
    server_alive
    if ! count=$(collect_posts "$WORK_DIR/slugs.txt" "$WORK_DIR/titles.txt"); then
      log "listing the posts failed; trying again"
      count=0
    fi
    ((count >= POSTS)) && break
    ((SECONDS < deadline)) || die "only $count of $POSTS posts listed after waiting ${START_TIMEOUT}s"
    log "$count of $POSTS posts listed so far"
    sleep 5
  done
  # A post could show on two pages if the list moved under the paging; keep each slug once.
  awk '!seen[$0]++' "$WORK_DIR/slugs.txt" >"$WORK_DIR/slugs.unique" && mv "$WORK_DIR/slugs.unique" "$WORK_DIR/slugs.txt"
  log "$(wc -l <"$WORK_DIR/slugs.txt" | tr -d ' ') slugs collected"
}

# Seeding leaves background work behind: the search index catching up and the learned models
# retraining on the new posts. Measuring while that runs would measure it too, so wait until the
# server uses less than a tenth of a core over five seconds.
wait_idle() {
  local deadline=$((SECONDS + START_TIMEOUT)) before after hz busy
  hz=$(getconf CLK_TCK)
  while :; do
    server_alive
    before=$(cpu_ticks)
    sleep 5
    after=$(cpu_ticks)
    busy=$(((after - before) * 100 / (5 * hz)))
    ((busy < 10)) && break
    ((SECONDS < deadline)) || die "the server was still busy (${busy}% of a core) after ${START_TIMEOUT}s"
    log "the server is still busy with background work (${busy}% of a core); waiting"
  done
  log "the server is idle"
}

# User plus system CPU ticks of the server process so far.
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"
}

get_token() {
  local response
  response=$(curl -fsS --max-time 30 -H 'Content-Type: application/json' \
    -d "$(jq -cn --arg p "$ADMIN_PASSWORD" '{username: "admin", password: $p}')" \
    "$BASE_URL/api/v1/auth/token") || die "could not get a token"
  TOKEN=$(jq -r '.token // empty' <<<"$response")
  [[ -n $TOKEN ]] || die "no token in the answer: $response"
}

# About twenty queries taken from the words of the seeded titles, so that they match whatever
# the demo posts are about: the twelve most frequent words (four letters or more, common English
# words left out), then the eight most frequent pairs of such words that follow each other in a
# title. When titles give too few words, words of the first posts' bodies are added.
make_queries() {
  local source=$WORK_DIR/query-words.txt out=$WORK_DIR/queries.txt slug
  cp "$WORK_DIR/titles.txt" "$source"
  if (($(words_of <"$source" | sort -u | wc -l) < 20)); then
    while read -r slug; do
      curl -fsS --max-time 30 "$BASE_URL/api/v1/posts/by-slug/$(jq -rn --arg s "$slug" '$s | @uri')" |
        jq -r '.body // empty' >>"$source" || true
    done < <(head -n 5 "$WORK_DIR/slugs.txt")
  fi
  {
    # awk, not head, takes the first lines: head would stop reading early, and under pipefail
    # the sort it leaves writing to a closed pipe fails the script with SIGPIPE.
    words_of <"$source" | sort | uniq -c | sort -k1,1nr -k2 | awk 'NR <= 12 {print $2}'
    pairs_of "$source" | sort | uniq -c | sort -k1,1nr -k2 | awk 'NR <= 8 {print $2, $3}'
  } | awk '!seen[$0]++' >"$out"
  [[ -s $out ]] || die "could not make search queries from the posts' titles"
  log "$(wc -l <"$out" | tr -d ' ') search queries: $(paste -sd, "$out")"
}

# Words worth searching for, one a line: lower case, letters only, four or more of them, and
# not one of the most common English words.
readonly STOPWORDS=" about after again also been before being could does each from have here into just like make more most much only other over same some such than that their them then there these they this those through very what when where which while with would your yours "
words_of() {
  # LC_ALL=C: letters are ASCII here, as slugs are; accented words are split, not kept whole.
  # shellcheck disable=SC2018
  tr '[:upper:]' '[:lower:]' | LC_ALL=C tr -cs 'a-z' '\n' |
    awk -v stop="$STOPWORDS" 'length($0) >= 4 && index(stop, " " $0 " ") == 0'
}

# Pairs of such words that follow each other on a line of file $1 (shorter words between them
# skipped), one pair a line. Words on more than half of the lines (a title template's fixed
# words) are left out of pairs: they would make every pair match nearly every post.
pairs_of() {
  tr '[:upper:]' '[:lower:]' <"$1" | LC_ALL=C awk -v stop="$STOPWORDS" '
    function keep(word) { return length(word) >= 4 && index(stop, " " word " ") == 0 }
    { gsub(/[^a-z]+/, " "); lines[NR] = $0; delete seen
      n = split($0, w, " ")
      for (i = 1; i <= n; i++) if (keep(w[i]) && !seen[w[i]]++) on_lines[w[i]]++ }
    END {
      for (l = 1; l <= NR; l++) {
        n = split(lines[l], w, " "); prev = ""
        for (i = 1; i <= n; i++) {
          if (!keep(w[i]) || on_lines[w[i]] > NR / 2) continue
          if (prev != "" && prev != w[i]) print prev, w[i]
          prev = w[i]
        }
      }
    }'
}

# Runs wrk with the given arguments, its output going to the file $1. wrk catches SIGINT to stop
# early and exits 0, and bash defers a trapped signal until a foreground command ends; waiting on
# a background wrk instead lets Ctrl-C or SIGTERM end the whole script at once (cleanup() stops
# wrk too).
run_wrk() {
  local out=$1
  shift
  wrk "$@" >"$out" 2>&1 &
  WRK_PID=$!
  if ! wait "$WRK_PID"; then
    cat "$out" >&2
    die "wrk failed: wrk $*"
  fi
  WRK_PID=""
}

# Runs one scenario: an unreported warm-up, then the measured run, whose RESULT line is kept.
#   run_scenario NAME [ARGS after -- ...]
run_scenario() {
  local name=$1
  shift
  local script=$LOAD_DIR/$name.lua
  local -a common=(-t "$THREADS" -c "$CONNECTIONS" --timeout "$TIMEOUT" -s "$script" "$BASE_URL")
  log "scenario $name: warm-up for $WARMUP"
  run_wrk "$WORK_DIR/$name.warmup.out" -d "$WARMUP" "${common[@]}" -- "$@" warmup
  log "scenario $name: measuring for $DURATION"
  COMMANDS+=("wrk -d $DURATION ${common[*]} -- ${*:+$* }measured")
  run_wrk "$WORK_DIR/$name.out" -d "$DURATION" "${common[@]}" -- "$@" measured
  sed 's/^/    /' "$WORK_DIR/$name.out" >&2
  local result
  result=$(grep -m1 "^RESULT $name " "$WORK_DIR/$name.out") || die "no RESULT line from $script"
  RESULTS+=("$result")
}

first_line() { local text; text=$("$@" 2>&1 || true); printf '%s\n' "${text%%$'\n'*}"; }

report() {
  local line name rps p50 p99 bad errors extra
  echo
  echo "== Load test of the example server =="
  printf '%-10s %12s %10s %10s %9s %8s\n' scenario 'req/s' 'p50 ms' 'p99 ms' non-2xx errors
  for line in "${RESULTS[@]}"; do
    read -r _ name rps p50 p99 bad errors extra <<<"$line"
    printf '%-10s %12s %10s %10s %9s %8s\n' "$name" "$rps" "$p50" "$p99" "$bad" "$errors"
    if [[ $name == write ]]; then
      WRITE_PAIRS=$(awk -v r="$rps" 'BEGIN { printf "%.1f", r / 2 }')
      WRITE_EXTRA=$extra
    fi
  done
  echo
  if [[ -n ${WRITE_PAIRS:-} ]]; then
    echo "create+publish: $WRITE_PAIRS pairs/s (req/s / 2; each pair is a create and a publish;"
    echo "  p50/p99 are per request; counts: $WRITE_EXTRA)"
  fi
  echo "non-2xx: responses whose status was not the expected one (slug, list, search: 200;"
  echo "  write: 201 for create, 200 for publish); errors: wrk socket errors and timeouts"
  echo
  echo "machine: nproc=$(nproc); $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo 'cpu unknown')"
  echo "java:    $(first_line java -version)"
  echo "wrk:     $(first_line wrk -v)"
  echo "params:  POSTS=$POSTS DURATION=$DURATION WARMUP=$WARMUP THREADS=$THREADS CONNECTIONS=$CONNECTIONS TIMEOUT=$TIMEOUT"
  echo "server:  seeded with $POSTS posts on a fresh data dir; BLOG_SERVER_RATE_LIMIT_WRITES_PER_MINUTE raised to $WRITE_LIMIT for the write scenario"
  echo "note:    wrk runs on the same machine as the server, so these figures are lower bounds"
  echo "commands:"
  printf '  %s\n' "${COMMANDS[@]}"
  echo
  echo "machine-readable:"
  printf '%s\n' "${RESULTS[@]}"
}

main() {
  ensure_command wrk wrk
  ensure_command jq jq
  ensure_command curl curl
  build_server

  WORK_DIR=$(mktemp -d)
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  start_server
  wait_ready
  wait_seeded
  wait_idle
  get_token
  make_queries

  run_scenario slug "$WORK_DIR/slugs.txt"
  run_scenario list
  run_scenario search "$WORK_DIR/queries.txt"
  # Writes last, so that the posts they add do not change what the read scenarios read.
  get_token   # fresh, so that a long run cannot outlast it
  LOAD_TOKEN=$TOKEN run_scenario write
  report
}

main "$@"
