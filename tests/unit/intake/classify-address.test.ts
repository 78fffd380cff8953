import { classifyAddress, mayConnectTo, type AddressClass } from '@/lib/intake/classify-address';
import { parseIpAddress, parseIpNetwork, type IpNetwork } from '@/lib/intake/ip-address';

describe('classifyAddress', () => {
  test.each<[string, AddressClass]>([
    // IPv4: the open internet
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['93.184.216.34', 'public'],
    ['172.15.255.255', 'public'],
    ['172.32.0.0', 'public'],
    ['100.63.255.255', 'public'],
    ['100.128.0.0', 'public'],
    ['192.169.0.1', 'public'],
    ['223.255.255.255', 'public'],
    // IPv4: not the open internet
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['169.254.0.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['192.88.99.1', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    // IPv6: the open internet
    ['2606:4700:4700::1111', 'public'],
    ['2a00:1450:4001:82a::200e', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['[2606:4700::1]', 'public'],
    ['64:ff9b::808:808', 'public'],
    ['2002:808:808::1', 'public'],
    // IPv6: not the open internet
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::ffff:127.0.0.1', 'ipv4-mapped'],
    ['::ffff:8.8.8.8', 'ipv4-mapped'],
    ['::ffff:7f00:1', 'ipv4-mapped'],
    ['::127.0.0.1', 'reserved'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b:1::1', 'reserved'],
    ['2002:7f00:1::1', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001::1', 'reserved'],
    ['2001:2::1', 'reserved'],
    ['100::1', 'reserved'],
    ['4000::1', 'reserved'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  test.each(['localhost', 'example.org', '', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '0x7f.0.0.1', '1::2::3', '12345::', ':::', 'fe80::1%', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3'])(
    '%j is not an address',
    (text) => {
      expect(classifyAddress(text)).toBeNull();
    },
  );
});

describe('parseIpAddress', () => {
  test.each([
    ['1:2:3:4:5:6:7:8', [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]],
    ['1::8', [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8]],
    ['::ffff:192.168.0.1', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 168, 0, 1]],
    ['1:2:3:4:5:6:7::', [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0]],
  ])('%s has the right bytes', (text, bytes) => {
    expect([...(parseIpAddress(text)?.bytes ?? [])]).toEqual(bytes);
  });
});

describe('mayConnectTo', () => {
  const networks = (...cidrs: string[]): IpNetwork[] => cidrs.map((cidr) => parseIpNetwork(cidr)).filter((n): n is IpNetwork => n !== null);

  test.each<[string, string[], boolean]>([
    ['8.8.8.8', [], true],
    ['127.0.0.1', [], false],
    ['127.0.0.1', ['127.0.0.1'], true],
    ['127.0.0.2', ['127.0.0.1/32'], false],
    ['127.0.0.2', ['127.0.0.0/8'], true],
    ['10.1.2.3', ['10.0.0.0/9'], true],
    ['10.200.0.1', ['10.0.0.0/9'], false],
    ['172.20.0.1', ['172.16.0.0/12'], true],
    ['::1', ['127.0.0.1/32'], false],
    ['::1', ['::1/128'], true],
    ['fd00::5', ['fd00::/8'], true],
    ['169.254.169.254', ['10.0.0.0/8'], false],
    ['example.org', ['0.0.0.0/0'], false],
  ])('%s with %j allowed: %s', (address, allowed, expected) => {
    expect(mayConnectTo(address, networks(...allowed))).toBe(expected);
  });

  test.each(['10.0.0.0/33', '::/129', '10.0.0.0/8/1', 'example.org/8', '10.0.0.0/-1'])('%s is not a network', (text) => {
    expect(parseIpNetwork(text)).toBeNull();
  });
});
