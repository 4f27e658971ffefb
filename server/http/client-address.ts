import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The reverse proxies whose `X-Forwarded-For` is believed, from `QORGAU_TRUSTED_PROXIES`: single
 * addresses or CIDR ranges, IPv4 or IPv6. Throws naming the first entry that is neither.
 */
export function trustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : isIP(address) === 4 ? 'ipv4' : null;
    const prefix = bits === undefined ? null : Number(bits);
    const maxBits = family === 'ipv6' ? 128 : 32;
    if (
      !family ||
      extra !== undefined ||
      (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits))
    ) {
      throw new Error(`not an address or CIDR range: "${entry}"`);
    }
    if (prefix === null) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) written as the IPv4 address it is. */
const plain = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

function isTrusted(list: BlockList, address: string): boolean {
  const a = plain(address);
  const family = isIP(a);
  return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address as the sign-in throttle counts it. The socket's peer, unless that peer is
 * a trusted proxy: then `X-Forwarded-For` is read from the right (each proxy appends the address
 * it was reached from), skipping trusted proxies, and the first address that is not one is the
 * client. A forged header from anyone else is ignored, so no one can spread failures across
 * made-up addresses, nor lock out everyone behind the proxy.
 */
export function clientAddress(
  socket: string,
  forwardedFor: string | undefined,
  proxies: BlockList | null,
): string {
  const peer = plain(socket);
  if (!proxies || !forwardedFor || !isTrusted(proxies, peer)) return peer;
  const hops = forwardedFor
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] as string;
    if (isIP(hop) === 0) return peer;
    if (!isTrusted(proxies, hop)) return hop;
  }
  return hops[0] ?? peer;
}

/** The socket's peer address; `local` when the app is called without a socket (tests, scripts). */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}
