#!/usr/bin/env bash
# Functions that make sure the local services the test suite talks to are up, starting them, or
# installing them from Debian's packages, when they are not. Sourced by scripts/test.

log() { printf '[services] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  log "installing $* from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

wait_for() { # description, command...
  local what=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  log "$what did not come up"; return 1
}

# PostgreSQL on 127.0.0.1:5432 with trust auth, a database 'test' and roles 'root' and 'postgres'.
ensure_postgres() {
  local installed=false
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt_install postgresql
    installed=true
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    if $installed && ! grep -q '^host *all *all *127.0.0.1/32 *trust' "$hba"; then
      log "the cluster installed just now for the tests takes local TCP connections without a password"
      as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    fi
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
    wait_for "PostgreSQL" pg_isready -q -h 127.0.0.1 -p 5432 || return 1
  fi
  psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_roles where rolname='root'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "create role root superuser login"
  psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "create database test"
  log "PostgreSQL is up"
}

# Redis on 127.0.0.1:6379, keeping nothing on disk.
ensure_redis() {
  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server
  fi
  if ! redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
    log "starting Redis"
    as_root mkdir -p /var/lib/redis /var/log/redis
    as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log
    wait_for "Redis" sh -c 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG' || return 1
  fi
  log "Redis is up"
}

# Node.js and npm, with which Maven installs the local Ethereum node (anvil) and the Solidity
# compiler for the ethereum anchor's tests (providers-ethereum/tools).
ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  log "Node.js $(node --version) and npm $(npm --version) are available"
}
