import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A TCP relay in front of the server: the page is loaded through it, so its
 * signaling socket goes through it too. `drop()` cuts every connection (both
 * ends see it die, as when a phone loses its network) and refuses new ones
 * until `restore()`.
 */
export async function flakyNetwork(target: string) {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let offline = false;
  const relay = createServer((client) => {
    if (offline) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(a);
      a.on('close', () => {
        sockets.delete(a);
        b.destroy();
      });
      a.on('error', () => a.destroy());
      a.pipe(b);
    }
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()));
  const address = relay.address() as AddressInfo;
  return {
    /** The same link, through the relay. */
    through: (url: string) => url.replace(target, `http://127.0.0.1:${address.port}`),
    drop() {
      offline = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      offline = false;
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  };
}
