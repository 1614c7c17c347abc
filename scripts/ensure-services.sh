#!/usr/bin/env bash
# Makes sure the PostgreSQL and Redis the service and its tests use are reachable on this machine:
# starts them when installed but stopped, installs them from Debian packages when missing (as root),
# and otherwise says exactly what is missing. Skipped for hosts other than this machine.
set -euo pipefail

PG_URL="${TEST_DATABASE_URL:-${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
REDIS_URL_="${TEST_REDIS_URL:-${REDIS_URL:-redis://127.0.0.1:6379}}"

log() { printf '[services] %s\n' "$*" >&2; }
is_local() { [[ "$1" == *"@127.0.0.1"* || "$1" == *"@localhost"* || "$1" == *"//127.0.0.1"* || "$1" == *"//localhost"* ]]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { for _ in $(seq 1 60); do port_open "$1" && return 0; sleep 0.5; done; return 1; }
can_install() { [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; }
apt_install() {
  log "installing $* from Debian packages"
  if [[ -z "${APT_UPDATED:-}" ]]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if port_open 5432; then return 0; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    if can_install; then apt_install postgresql; else
      log "PostgreSQL is not running on 127.0.0.1:5432 and is not installed. Install it (apt-get install postgresql) or run 'docker compose up -d'."; exit 1
    fi
  fi
  local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  # Local development and CI connect without a password, as the machines here are set up.
  if [[ -w "$hba" ]] && ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\nlocal all all trust' "$hba"
  fi
  log "starting PostgreSQL $version"
  if command -v pg_ctlcluster >/dev/null; then pg_ctlcluster --skip-systemctl-redirect "$version" main start || true; fi
  wait_port 5432 || { log "PostgreSQL did not start on 127.0.0.1:5432"; exit 1; }
}

ensure_redis() {
  if port_open 6379; then return 0; fi
  if ! command -v redis-server >/dev/null; then
    if can_install; then apt_install redis-server; else
      log "Redis is not running on 127.0.0.1:6379 and is not installed. Install it (apt-get install redis-server) or run 'docker compose up -d'."; exit 1
    fi
  fi
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir /tmp --logfile /tmp/vcs-redis.log
  wait_port 6379 || { log "Redis did not start on 127.0.0.1:6379"; exit 1; }
}

if is_local "$PG_URL"; then ensure_postgres; else log "PostgreSQL is remote ($PG_URL host); not managed here"; fi
if is_local "$REDIS_URL_"; then ensure_redis; else log "Redis is remote; not managed here"; fi
