/** An IP address as its bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  version: 4 | 6;
  bytes: Uint8Array;
}

/** A CIDR range such as 10.0.0.0/8 or fc00::/7. */
export interface IpNetwork {
  address: IpAddress;
  prefix: number;
}

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] ?? '';
    // Dotted decimal only: resolvers and URL parsers already turn 0x7f.1 and 2130706433 into this form.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    groups.push(parseInt(group, 16));
  }
  return groups;
}

function parseIpv6(input: string): Uint8Array | null {
  // A zone ("fe80::1%eth0") names an interface, not another address.
  const text = input.replace(/%[\w.-]+$/, '');
  if (text.includes('%')) return null;
  let tail: Uint8Array | null = null;
  let groupsText = text;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.') && lastColon >= 0) {
    tail = parseIpv4(text.slice(lastColon + 1));
    if (!tail) return null;
    groupsText = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = groupsText.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !rest) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  });
  if (tail) bytes.set(tail, 12);
  return bytes;
}

/** Parses a textual IPv4 or IPv6 address (brackets and zone allowed); null for anything else, host names included. */
export function parseIpAddress(text: string): IpAddress | null {
  const bare = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (bare.includes(':')) {
    const bytes = parseIpv6(bare);
    return bytes ? { version: 6, bytes } : null;
  }
  const bytes = parseIpv4(bare);
  return bytes ? { version: 4, bytes } : null;
}

/** Parses "10.0.0.0/8", "fd00::/8" or a single address (a network of one). */
export function parseIpNetwork(text: string): IpNetwork | null {
  const [addressText = '', prefixText, ...extra] = text.trim().split('/');
  if (extra.length) return null;
  const address = parseIpAddress(addressText);
  if (!address) return null;
  const width = address.bytes.length * 8;
  if (prefixText === undefined) return { address, prefix: width };
  if (!/^[0-9]{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= width ? { address, prefix } : null;
}

export function networkContains(network: IpNetwork, address: IpAddress): boolean {
  if (network.address.version !== address.version) return false;
  const full = Math.floor(network.prefix / 8);
  for (let i = 0; i < full; i++) if (network.address.bytes[i] !== address.bytes[i]) return false;
  const bits = network.prefix % 8;
  if (bits === 0) return true;
  const mask = (0xff << (8 - bits)) & 0xff;
  return ((network.address.bytes[full] ?? 0) & mask) === ((address.bytes[full] ?? 0) & mask);
}
