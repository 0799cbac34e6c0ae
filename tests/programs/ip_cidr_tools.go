package main

import (
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strconv"
	"strings"
)

type IPv4 uint32

var ErrBadIP = errors.New("bad IPv4 address")

func ParseIP(s string) (IPv4, error) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return 0, fmt.Errorf("%w: %q", ErrBadIP, s)
	}
	var ip uint32
	for _, p := range parts {
		n, err := strconv.ParseUint(p, 10, 8)
		if err != nil {
			return 0, fmt.Errorf("%w: %q: octet %q", ErrBadIP, s, p)
		}
		ip = ip<<8 | uint32(n)
	}
	return IPv4(ip), nil
}

func (ip IPv4) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", byte(ip>>24), byte(ip>>16), byte(ip>>8), byte(ip))
}

type Network struct {
	Base   IPv4
	Prefix int
}

func ParseCIDR(s string) (Network, error) {
	addr, pfx, ok := strings.Cut(s, "/")
	if !ok {
		return Network{}, fmt.Errorf("missing prefix in %q", s)
	}
	ip, err := ParseIP(addr)
	if err != nil {
		return Network{}, err
	}
	p, err := strconv.Atoi(pfx)
	if err != nil || p < 0 || p > 32 {
		return Network{}, fmt.Errorf("bad prefix %q", pfx)
	}
	n := Network{Prefix: p}
	n.Base = ip & n.Mask()
	return n, nil
}

func (n Network) Mask() IPv4 {
	if n.Prefix == 0 {
		return 0
	}
	return IPv4(^uint32(0) << (32 - n.Prefix))
}

func (n Network) Contains(ip IPv4) bool { return ip&n.Mask() == n.Base }
func (n Network) Broadcast() IPv4       { return n.Base | ^n.Mask() }
func (n Network) Size() uint64          { return 1 << (32 - n.Prefix) }
func (n Network) String() string        { return fmt.Sprintf("%v/%d", n.Base, n.Prefix) }

// Split divides a network into 2^bits subnets.
func (n Network) Split(extra int) []Network {
	var out []Network
	step := uint32(1) << (32 - n.Prefix - extra)
	for i := uint32(0); i < 1<<extra; i++ {
		out = append(out, Network{n.Base + IPv4(i*step), n.Prefix + extra})
	}
	return out
}

// RangeToCIDRs covers [lo, hi] with the fewest aligned blocks.
func RangeToCIDRs(lo, hi IPv4) []Network {
	var out []Network
	for lo <= hi {
		size := bits.TrailingZeros32(uint32(lo))
		if lo == 0 {
			size = 32
		}
		for size > 0 && uint64(lo)+(1<<size)-1 > uint64(hi) {
			size--
		}
		out = append(out, Network{lo, 32 - size})
		next := uint64(lo) + 1<<size
		if next > uint64(^uint32(0)) {
			break
		}
		lo = IPv4(next)
	}
	return out
}

func main() {
	for _, s := range []string{"192.168.1.10", "10.0.0.256", "1.2.3", "255.255.255.255", "0.0.0.0", "a.b.c.d"} {
		ip, err := ParseIP(s)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadIP))
			continue
		}
		fmt.Printf("%-16s = %10d = %#08x = %032b\n", ip, uint32(ip), uint32(ip), uint32(ip))
	}
	for _, c := range []string{"192.168.1.77/24", "10.1.2.3/8", "172.16.5.4/20", "8.8.8.8/32", "0.0.0.0/0", "1.2.3.4/33"} {
		n, err := ParseCIDR(c)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-18s net=%-16v mask=%-15v bcast=%-15v size=%d\n", c, n, n.Mask(), n.Broadcast(), n.Size())
	}
	lan, _ := ParseCIDR("192.168.0.0/16")
	for _, s := range []string{"192.168.200.1", "192.169.0.1", "10.0.0.1"} {
		ip, _ := ParseIP(s)
		fmt.Println(s, "in", lan, "=", lan.Contains(ip))
	}
	sub, _ := ParseCIDR("10.20.0.0/22")
	fmt.Println("split:", sub.Split(2))
	lo, _ := ParseIP("10.0.0.5")
	hi, _ := ParseIP("10.0.0.100")
	fmt.Println("range:", RangeToCIDRs(lo, hi))
	ips := []string{"10.0.0.2", "9.255.255.255", "10.0.0.10", "192.168.0.1", "10.0.0.1"}
	parsed := make([]IPv4, len(ips))
	for i, s := range ips {
		parsed[i], _ = ParseIP(s)
	}
	sort.Slice(parsed, func(i, j int) bool { return parsed[i] < parsed[j] })
	fmt.Println("sorted:", parsed)
}

// Output:
// 192.168.1.10     = 3232235786 = 0xc0a8010a = 11000000101010000000000100001010
// error: bad IPv4 address: "10.0.0.256": octet "256" true
// error: bad IPv4 address: "1.2.3" true
// 255.255.255.255  = 4294967295 = 0xffffffff = 11111111111111111111111111111111
// 0.0.0.0          =          0 = 0x00000000 = 00000000000000000000000000000000
// error: bad IPv4 address: "a.b.c.d": octet "a" true
// 192.168.1.77/24    net=192.168.1.0/24   mask=255.255.255.0   bcast=192.168.1.255   size=256
// 10.1.2.3/8         net=10.0.0.0/8       mask=255.0.0.0       bcast=10.255.255.255  size=16777216
// 172.16.5.4/20      net=172.16.0.0/20    mask=255.255.240.0   bcast=172.16.15.255   size=4096
// 8.8.8.8/32         net=8.8.8.8/32       mask=255.255.255.255 bcast=8.8.8.8         size=1
// 0.0.0.0/0          net=0.0.0.0/0        mask=0.0.0.0         bcast=255.255.255.255 size=4294967296
// error: bad prefix "33"
// 192.168.200.1 in 192.168.0.0/16 = true
// 192.169.0.1 in 192.168.0.0/16 = false
// 10.0.0.1 in 192.168.0.0/16 = false
// split: [10.20.0.0/24 10.20.1.0/24 10.20.2.0/24 10.20.3.0/24]
// range: [10.0.0.5/32 10.0.0.6/31 10.0.0.8/29 10.0.0.16/28 10.0.0.32/27 10.0.0.64/27 10.0.0.96/30 10.0.0.100/32]
// sorted: [9.255.255.255 10.0.0.1 10.0.0.2 10.0.0.10 192.168.0.1]
