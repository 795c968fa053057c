import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, registerAppScheme } from '../../src/main/windows/app-protocol';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'cercle-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Cercle</title>');
  await writeFile(join(root, 'join.html'), '<!doctype html><title>Rejoindre</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
  handle = createAppRequestHandler({
    root,
    cspOptions: () => ({ connectOrigins: ['wss://cercle.example.org'] }),
  });
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('app:// scheme registration', () => {
  it('is standard and secure, without CORS reads or CSP bypass', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges.bypassCSP).toBeFalsy();
    expect(schemes[0]?.privileges.corsEnabled).toBeFalsy();
    expect(schemes[0]?.privileges.allowServiceWorkers).toBeFalsy();
  });
});

describe('app:// request handler', () => {
  it('serves the facilitator page with a strict CSP', async () => {
    const response = await get('app://cercle/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Cercle</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('connect-src ');
    expect(csp).toContain('wss://cercle.example.org');
  });

  it('serves / as index.html and assets with their type', async () => {
    expect(await (await get('app://cercle/')).text()).toContain('<title>Cercle</title>');
    const script = await get('app://cercle/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('serves the participant page too', async () => {
    const response = await get('app://cercle/join.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe');
  });

  it('refuses to leave the renderer folder', async () => {
    for (const url of [
      'app://cercle/..%2fsecret.txt',
      'app://cercle/%2e%2e%2fsecret.txt',
      'app://cercle/assets/..%2f..%2fsecret.txt',
      'app://cercle/..%5csecret.txt',
      'app://cercle/%00index.html',
      'app://cercle/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://cercle/missing.js')).status).toBe(404);
    expect((await get('app://cercle/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('only allows GET and HEAD', async () => {
    expect((await get('app://cercle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://cercle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
