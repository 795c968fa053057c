/**
 * Names of everyone seen in the call, kept after they leave: a talking order
 * or a summary still names the person who went away.
 */
export class NameMemory {
  readonly #names = new Map<string, string>();

  remember(peers: readonly { peerId: string; displayName: string }[]): void {
    for (const peer of peers) this.#names.set(peer.peerId, peer.displayName);
  }

  get(peerId: string): string | undefined {
    return this.#names.get(peerId);
  }
}
