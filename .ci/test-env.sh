#!/usr/bin/env bash
# Installs and starts every server the test suite talks to, idempotently, on a Debian machine (run as root):
# PostgreSQL (127.0.0.1:5432, trust), NATS with JetStream (127.0.0.1:4222), and the FRR lab's parts
# (frr, sshd, snmpd, ping, iproute2) that the tests start themselves inside network namespaces.
set -euo pipefail

log() { printf '[test-env] %s\n' "$*"; }

need_pkgs=()
for pkg in frr openssh-server snmpd snmp iputils-ping iproute2 util-linux procps nats-server postgresql; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=("$pkg")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi


# PostgreSQL: start the Debian cluster if it is not answering, and let local TCP connections in without password
# (tests create and drop their own throwaway databases).
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  cluster_version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba=/etc/postgresql/$cluster_version/main/pg_hba.conf
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  log "starting PostgreSQL $cluster_version"
  pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
# The tests connect to database "test" to create and drop their throwaway databases.
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
  log "creating database test"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test"
fi

# NATS with JetStream.
if ! (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then
  log "starting nats-server with JetStream"
  mkdir -p /var/lib/nats-server
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
    -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  for _ in $(seq 1 30); do (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null && break; sleep 0.5; done
fi
(exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null && log "NATS answering on 127.0.0.1:4222"

command -v java >/dev/null && command -v mvn >/dev/null || {
  log "installing JDK 17 and Maven"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven >/dev/null
}
log "ready"
