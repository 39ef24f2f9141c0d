import type { ExchangePeer } from '../data/api'

/** What a PC is called: its 本机名称, or its id's last characters when it has none. */
export function peerName(peer: Pick<ExchangePeer, 'name' | 'deviceId'>): string {
  return peer.name === '' ? `未命名电脑（${peer.deviceId.slice(-6)}）` : peer.name
}
