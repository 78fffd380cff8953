import { networkContains, parseIpAddress, parseIpNetwork, type IpAddress, type IpNetwork } from './ip-address';

/**
 * Where an address leads. Only `public` is on the open internet; everything else is the
 * server's own machine, its local networks, a cloud provider's metadata service, or space
 * nobody should be routed to, and a URL import must not reach it (server-side request forgery).
 */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'site-local'
  | 'metadata'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'benchmarking'
  | 'ipv4-mapped'
  | 'reserved';

function network(cidr: string): IpNetwork {
  const parsed = parseIpNetwork(cidr);
  if (!parsed) throw new Error(`Bad network in the address table: ${cidr}`);
  return parsed;
}

function table(entries: ReadonlyArray<readonly [string, AddressClass]>): ReadonlyArray<readonly [IpNetwork, AddressClass]> {
  return entries.map(([cidr, kind]) => [network(cidr), kind] as const);
}

// Most specific first: the first match wins.
const IPV4 = table([
  // Cloud metadata services that sit on otherwise ordinary-looking addresses.
  ['169.254.169.254/32', 'metadata'],
  ['100.100.100.200/32', 'metadata'],
  ['168.63.129.16/32', 'metadata'],
  ['255.255.255.255/32', 'broadcast'],
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'shared'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
]);

const IPV6 = table([
  ['fd00:ec2::254/128', 'metadata'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['::ffff:0:0/96', 'ipv4-mapped'],
  // The deprecated IPv4-compatible form ::a.b.c.d.
  ['::/96', 'reserved'],
  ['64:ff9b:1::/48', 'reserved'],
  ['100::/64', 'reserved'],
  ['2001:db8::/32', 'documentation'],
  ['3fff::/20', 'documentation'],
  // IETF protocol assignments: Teredo, benchmarking, ORCHID and others.
  ['2001::/23', 'reserved'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
]);

const NAT64 = network('64:ff9b::/96');
const SIX_TO_FOUR = network('2002::/16');
const GLOBAL_UNICAST = network('2000::/3');

function lookUp(address: IpAddress, entries: ReadonlyArray<readonly [IpNetwork, AddressClass]>): AddressClass | null {
  for (const [network, kind] of entries) if (networkContains(network, address)) return kind;
  return null;
}

function embeddedIpv4(bytes: Uint8Array, offset: number): IpAddress {
  return { version: 4, bytes: bytes.slice(offset, offset + 4) };
}

export function classifyIpAddress(address: IpAddress): AddressClass {
  if (address.version === 4) return lookUp(address, IPV4) ?? 'public';
  const known = lookUp(address, IPV6);
  if (known) return known;
  // Translation prefixes carry an IPv4 address inside: they lead wherever that one does.
  if (networkContains(NAT64, address)) return classifyIpAddress(embeddedIpv4(address.bytes, 12));
  if (networkContains(SIX_TO_FOUR, address)) return classifyIpAddress(embeddedIpv4(address.bytes, 2));
  return networkContains(GLOBAL_UNICAST, address) ? 'public' : 'reserved';
}

/** The class of a textual address; null when the text is not an IP address (a host name, say). */
export function classifyAddress(text: string): AddressClass | null {
  const address = parseIpAddress(text);
  return address ? classifyIpAddress(address) : null;
}

/** True when a URL import may connect to this address: a public one, or one inside a network the settings allow. */
export function mayConnectTo(text: string, allowedNetworks: readonly IpNetwork[]): boolean {
  const address = parseIpAddress(text);
  if (!address) return false;
  if (classifyIpAddress(address) === 'public') return true;
  return allowedNetworks.some((network) => networkContains(network, address));
}
