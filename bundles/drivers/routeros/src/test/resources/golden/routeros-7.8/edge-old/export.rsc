# jan/14/2023 09:21:07 by RouterOS 7.8
# software id = 3GQP-9K2M
#
# model = RB4011iGS+
# serial number = D4450C0FFEE1
/system identity
set name=edge-old
