#!/usr/bin/env bash
# Shell half of FrrLab: small, idempotent steps that FrrLab.java calls one by one (with a timeout each).
# Java decides what to build (names, addresses, FRR/sshd config files); this script only talks to the kernel
# and starts/stops processes. Needs root, iproute2, util-linux (unshare, nsenter), FRR and openssh-server.
#
# Why the unshare: `ip netns exec` gives a fresh mount namespace per call and no UTS namespace. Each router's
# daemons are started from ONE `unshare --uts --mount` process that bind-mounts the router's own directories
# over /etc/frr, /run/frr, /var/log/frr and /run/sshd, so an SSH login (a child of that router's sshd) sees
# that router's hostname and reaches that router's zebra/bgpd through vtysh.
set -euo pipefail

die() { echo "frr-lab.sh: $*" >&2; exit 1; }

# A lab namespace is named sxl<pid>... ; the pid is the JVM that owns it.
ns_owner_pid() { [[ "$1" =~ ^sxl([0-9]+)[a-z] ]] && echo "${BASH_REMATCH[1]}"; }

kill_ns_processes() {
  local ns="$1" pids
  pids=$(ip netns pids "$ns" 2>/dev/null || true)
  [ -n "$pids" ] || return 0
  kill -TERM $pids 2>/dev/null || true
  for _ in $(seq 1 20); do
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    # killed daemons may linger as zombies for a moment: count only live processes
    local live=""
    for p in $pids; do
      if [ -e "/proc/$p/stat" ] && [ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" != "Z" ]; then live="$live $p"; fi
    done
    [ -z "$live" ] && return 0
    sleep 0.1
  done
  kill -KILL $live 2>/dev/null || true
}

destroy_ns() {
  local ns="$1"
  kill_ns_processes "$ns"
  # deleting the namespace destroys its veth ends, and with them their peers in the root namespace
  ip netns del "$ns" 2>/dev/null || true
}

cmd_ensure_user() {   # USER PASSWORD
  local user="$1" pass="$2"
  if ! id "$user" >/dev/null 2>&1; then
    useradd -m -s /bin/bash -G frrvty,frr "$user" 2>/dev/null || id "$user" >/dev/null 2>&1 || die "useradd $user failed"
  fi
  usermod -a -G frrvty,frr "$user"
  echo "$user:$pass" | chpasswd
}

cmd_cleanup_stale() {  # removes sxl* namespaces and lab dirs whose owning process is gone
  local ns pid
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
    pid=$(ns_owner_pid "$ns") || continue
    if ! kill -0 "$pid" 2>/dev/null; then destroy_ns "$ns"; fi
  done
  shopt -s nullglob
  local dir
  for dir in /tmp/sxl-lab/sxl*; do
    pid=$(ns_owner_pid "$(basename "$dir")") || continue
    kill -0 "$pid" 2>/dev/null || rm -rf "$dir"
  done
}

cmd_add_router() {  # NS HOST_IF HOST_CIDR NS_CIDR
  local ns="$1" host_if="$2" host_cidr="$3" ns_cidr="$4"
  ip netns add "$ns"
  ip -n "$ns" link set lo up
  # a router forwards (a fresh namespace does not)
  ip netns exec "$ns" sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1
  ip link add "$host_if" type veth peer name "${host_if}n"
  ip link set "${host_if}n" netns "$ns"
  ip -n "$ns" link set "${host_if}n" name mgmt0
  ip addr add "$host_cidr" dev "$host_if"
  ip link set "$host_if" up
  ip -n "$ns" addr add "$ns_cidr" dev mgmt0
  ip -n "$ns" link set mgmt0 up
}

cmd_add_address() {  # NS DEV CIDR   (creates DEV when missing)
  local ns="$1" dev="$2" cidr="$3"
  # a port-less bridge stands in for a LAN: it is up with carrier, so FRR sees a connected route to announce.
  # (`dummy` would be the usual choice, but container kernels often lack the module.)
  ip -n "$ns" link show "$dev" >/dev/null 2>&1 || ip -n "$ns" link add "$dev" type bridge
  ip -n "$ns" addr add "$cidr" dev "$dev"
  ip -n "$ns" link set "$dev" up
}

cmd_add_link() {  # NS_A IF_A CIDR_A NS_B IF_B CIDR_B TMPNAME
  local nsa="$1" ifa="$2" cidra="$3" nsb="$4" ifb="$5" cidrb="$6" tmp="$7"
  ip link add "${tmp}a" type veth peer name "${tmp}b"
  ip link set "${tmp}a" netns "$nsa"
  ip link set "${tmp}b" netns "$nsb"
  ip -n "$nsa" link set "${tmp}a" name "$ifa"
  ip -n "$nsb" link set "${tmp}b" name "$ifb"
  ip -n "$nsa" addr add "$cidra" dev "$ifa"
  ip -n "$nsb" addr add "$cidrb" dev "$ifb"
  ip -n "$nsa" link set "$ifa" up
  ip -n "$nsb" link set "$ifb" up
}

# Runs inside `ip netns exec NS unshare --uts --mount`: private hostname and private view of the FRR dirs.
inside_router() {  # DIR HOSTNAME
  local dir="$1" name="$2"
  hostname "$name"
  mount --bind "$dir/etc" /etc/frr
  mount --bind "$dir/run" /run/frr
  mount --bind "$dir/log" /var/log/frr
  mount --bind "$dir/sshd" /run/sshd
  /usr/lib/frr/zebra -d -F traditional -A 127.0.0.1 -P 0
  /usr/lib/frr/bgpd -d -F traditional -A 127.0.0.1 -P 0
  for _ in $(seq 1 100); do
    [ -S /run/frr/zebra.vty ] && [ -S /run/frr/bgpd.vty ] && break
    sleep 0.05
  done
  # applies the integrated /etc/frr/frr.conf to the running daemons, as frrinit.sh does
  vtysh -b >"$dir/log/vtysh-b.log" 2>&1 || { cat "$dir/log/vtysh-b.log" >&2; exit 1; }
  /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/log/sshd.log"
}

cmd_start_router() {  # NS DIR HOSTNAME
  local ns="$1" dir="$2" name="$3"
  mkdir -p "$dir/etc" "$dir/run" "$dir/log" "$dir/sshd" /run/sshd /run/frr /var/log/frr
  chown frr:frr "$dir/etc" "$dir/run" "$dir/log"
  chown frr:frr "$dir"/etc/*
  chmod 750 "$dir/etc" "$dir/log"
  chmod 755 "$dir/run"
  chmod 640 "$dir"/etc/*
  chown root:root "$dir/sshd"; chmod 755 "$dir/sshd"
  ip netns exec "$ns" unshare --uts --mount --propagation private \
    bash "$0" __inside_router "$dir" "$name"
}

cmd_host_key() {  # DIR  (one host key type, so the key a client negotiates is the one we report)
  local dir="$1"
  mkdir -p "$dir/ssh"
  [ -f "$dir/ssh/ssh_host_ecdsa_key" ] || ssh-keygen -q -t ecdsa -b 256 -N '' -f "$dir/ssh/ssh_host_ecdsa_key"
  ssh-keygen -l -E sha256 -f "$dir/ssh/ssh_host_ecdsa_key.pub" | awk '{print $2}'
}

cmd_client_key() {  # FILE
  local file="$1"
  [ -f "$file" ] || ssh-keygen -q -t ecdsa -b 256 -N '' -C sxlab -f "$file"
  chmod 644 "$file.pub"
}

cmd_exec() {  # DIR COMMAND...   runs in the router's net, mount and UTS namespaces (as its sshd sees them)
  local dir="$1"; shift
  local pid
  pid=$(cat "$dir/sshd.pid" 2>/dev/null) || die "router in $dir is not running"
  nsenter -t "$pid" -n -m -u -- "$@"
}

cmd_used_slots() {  # prints the management slots taken by root-side veths of running labs (sxm<slot>r<i>)
  ip -o link show 2>/dev/null | sed -n 's/^[0-9]*: sxm\([0-9]*\)r[0-9]*[@:].*/\1/p' | sort -un
}

cmd_destroy() {  # PREFIX LABDIR HOST_IF_PREFIX
  local prefix="$1" labdir="$2" host_if_prefix="${3:-}" ns dev
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
    case "$ns" in "$prefix"*) destroy_ns "$ns" ;; esac
  done
  # the kernel removes veth peers asynchronously after the namespace goes; remove ours now so the
  # management addresses are free for the next lab at once
  if [ -n "$host_if_prefix" ]; then
    for dev in $(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | cut -d@ -f1); do
      case "$dev" in "$host_if_prefix"*) ip link del "$dev" 2>/dev/null || true ;; esac
    done
  fi
  case "$labdir" in /tmp/sxl-lab/sxl*) rm -rf "$labdir" ;; esac
}

[ $# -ge 1 ] || die "usage: frr-lab.sh COMMAND ARGS..."
command="$1"; shift
case "$command" in
  ensure-user)    cmd_ensure_user "$@" ;;
  cleanup-stale)  cmd_cleanup_stale ;;
  add-router)     cmd_add_router "$@" ;;
  add-address)    cmd_add_address "$@" ;;
  add-link)       cmd_add_link "$@" ;;
  host-key)       cmd_host_key "$@" ;;
  client-key)     cmd_client_key "$@" ;;
  start-router)   cmd_start_router "$@" ;;
  exec)           cmd_exec "$@" ;;
  used-slots)     cmd_used_slots ;;
  destroy)        cmd_destroy "$@" ;;
  __inside_router) inside_router "$@" ;;
  *) die "unknown command $command" ;;
esac
