# 2025-01-23 14:07:55 by RouterOS 7.16.1
# software id = 3GQP-9K2M
#
# model = RB5009UG+S+
# serial number = HF7091Q8TWC
/interface bridge
add admin-mac=78:9A:18:3C:51:0F auto-mac=no comment=defconf name=bridge-lan
/interface ethernet
set [ find default-name=ether1 ] comment="WAN uplink (ISP-A)"
set [ find default-name=ether2 ] comment="core-1 ether5"
set [ find default-name=ether3 ] disabled=yes
/routing bgp template
set default as=64512 router-id=10.255.1.1
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge-lan network=\
    192.168.88.0
add address=10.1.2.1/30 interface=ether2 network=10.1.2.0
add address=10.9.9.1/24 interface=ether3 network=10.9.9.0
add address=10.255.1.1/32 interface=lo network=10.255.1.1
add address=172.16.0.1/24 disabled=yes interface=bridge-lan network=172.16.0.0
/ip firewall filter
add action=accept chain=input comment="defconf: accept established,related,untracked" \
    connection-state=established,related,untracked
/ipv6 address
add address=2001:db8:1:2::1 advertise=no interface=ether2
/routing bgp connection
add as=64512 comment="iBGP to core-1 loopback" local.role=ibgp name=core-1 \
    remote.address=10.255.1.2/32 templates=default
add as=64512 local.role=ebgp name=isp-a remote.address=100.64.0.1 .as=65530 \
    templates=default
add as=64512 comment="ISP-B (not yet live)" disabled=yes local.role=ebgp \
    name=isp-b remote.address=198.51.100.9 .as=64496 templates=default
add as=64512 local.role=ebgp-customer name=customers remote.address=\
    203.0.113.0/24 templates=default
add as=64512 local.role=ebgp name=blue-peer remote.address=192.0.2.10 .as=65010 \
    templates=default vrf=blue
/system clock
set time-zone-name=Europe/Riga
/system identity
set name=edge-1
/system note
set show-at-login=no
