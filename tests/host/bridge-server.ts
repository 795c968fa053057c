import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import type { Router } from '../../src/main/ipc/router';

const callSchema = z.object({ id: z.number().int(), channel: z.unknown(), input: z.unknown() });

function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * /bridge?token=…: each message `{id, channel, input}` is answered with
 * `{id, result}` from the real router, exactly as ipcMain.handle would.
 */
export function attachBridge(
  server: Server,
  options: { token: string; dispatch: Router['dispatch'] },
): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/bridge' || !sameToken(url.searchParams.get('token'), options.token)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const senderUrl = req.headers.origin;
      ws.on('message', async (raw) => {
        let call: z.infer<typeof callSchema>;
        try {
          call = callSchema.parse(JSON.parse(String(raw)));
        } catch {
          ws.close(1008, 'malformed bridge message');
          return;
        }
        const result = await options.dispatch(call.channel, call.input, senderUrl);
        ws.send(JSON.stringify({ id: call.id, result }));
      });
    });
  });
}
