import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { configFileName, FacilitatorKeys } from './auth/facilitator-keys';
import { runKeysCommand } from './auth/keys-command';
import { parseCli } from './config';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-config-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const request = parseCli(argv, env);
  if (request.kind !== 'run') throw new Error('expected run');
  return request.config;
}

describe('command line', () => {
  test('defaults suit a standalone server', () => {
    const config = run([]);
    expect(config).toMatchObject({ port: 8443, listen: '0.0.0.0', mediaPort: 40000 });
    expect(config.workers).toBeGreaterThan(0);
  });

  test('flags win over environment variables', () => {
    const env = {
      CERCLE_PORT: '9000',
      CERCLE_WORKERS: '3',
      CERCLE_PUBLIC_URL: 'https://a.example',
    };
    expect(run(['--port', '8000'], env)).toMatchObject({
      port: 8000,
      workers: 3,
      publicUrl: 'https://a.example',
    });
  });

  test('mistakes name the setting at fault', () => {
    expect(() => run(['--port', 'eighty'])).toThrow(/--port \(CERCLE_PORT\)/);
    expect(() => run(['--listen', 'localhost'])).toThrow(/--listen/);
    expect(() => run(['--tls-cert', 'cert.pem'])).toThrow(/both --tls-cert and --tls-key/);
    expect(() => run(['--facilitator-key', 'short'])).toThrow(/at least 16/);
    expect(() => run(['--media-port', '65535', '--workers', '2'])).toThrow(/past 65535/);
    expect(() => run(['--colour', 'blue'])).toThrow(/Unknown option/);
    expect(parseCli(['--help'], {})).toEqual({ kind: 'help' });
    expect(() => run(['--max-lobby', '40'])).toThrow(/smaller than the room/);
    expect(() => run(['--trust-proxy', 'maybe'])).toThrow(/--trust-proxy \(CERCLE_TRUST_PROXY\)/);
    expect(() => run(['--allowed-origin', 'not an origin'])).toThrow(/--allowed-origin/);
  });

  test('limits, origins, proxy and monitoring have flags', () => {
    expect(run([])).toMatchObject({
      maxPeers: 40,
      maxLobbyPerIp: 4,
      maxSockets: 2000,
      maxSocketsPerIp: 20,
      seatlessTimeout: 15,
      trustProxy: false,
      metricsListen: '127.0.0.1',
      metricsPort: 9464,
    });
    expect(
      run([
        '--allowed-origin',
        'https://a.example, http://127.0.0.1:5173',
        '--trust-proxy',
        'true',
        '--metrics-port',
        'off',
        '--max-lobby',
        '10',
      ]),
    ).toMatchObject({
      allowedOrigins: ['https://a.example', 'http://127.0.0.1:5173'],
      trustProxy: true,
      metricsPort: 'off',
      maxLobby: 10,
    });
  });
});

describe('facilitator key file', () => {
  test('generated once as "default", stored 0600, then reused', () => {
    const dir = join(tempDir(), 'nested');
    const first = FacilitatorKeys.loadOrCreate(dir);
    expect(first.created).toBe(true);
    expect(first.names).toEqual(['default']);
    expect(first.firstKey?.length).toBeGreaterThanOrEqual(32);
    expect(statSync(first.path!).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const second = FacilitatorKeys.loadOrCreate(dir);
    expect(second.created).toBe(false);
    expect(second.firstKey).toBe(first.firstKey);
    expect(second.check(first.firstKey!)).toBe('default');
  });

  test('the first format (one key) still reads; a loosened file is tightened; a corrupt one is refused', () => {
    const dir = tempDir();
    const path = join(dir, configFileName);
    writeFileSync(path, JSON.stringify({ facilitatorKey: 'k'.repeat(32) }));
    chmodSync(path, 0o644);
    expect(FacilitatorKeys.loadOrCreate(dir).check('k'.repeat(32))).toBe('default');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, '{oops');
    expect(() => FacilitatorKeys.loadOrCreate(dir)).toThrow(path);
    expect(readFileSync(path, 'utf8')).toBe('{oops');
  });

  test('keys are compared exactly and answer with their name', () => {
    const keys = FacilitatorKeys.single('the-right-key-1234');
    expect(keys.check('the-right-key-1234')).toBe('default');
    expect(keys.check('the-right-key-1235')).toBeUndefined();
    expect(keys.check('')).toBeUndefined();
  });
});

describe('npm run server -- keys add|list|revoke', () => {
  const keys = (argv: string[], dir: string) => {
    const request = parseCli(['keys', ...argv, '--config-dir', dir], {});
    if (request.kind !== 'keys') throw new Error('expected keys');
    return runKeysCommand(request);
  };

  test('one key per facilitator; a running server sees an added or revoked key at once', () => {
    const dir = tempDir();
    const running = FacilitatorKeys.loadOrCreate(dir);
    const added = keys(['add', 'marie'], dir);
    const marie = /^ {2}(\S{32})$/m.exec(added)?.[1] ?? '';
    expect(marie).toHaveLength(32);
    expect(running.check(marie)).toBe('marie');
    expect(running.names).toEqual(['default', 'marie']);

    const listed = keys(['list'], dir);
    expect(listed).toContain('marie');
    expect(listed).toContain(`••••${marie.slice(-4)}`);
    expect(listed).not.toContain(marie);

    expect(keys(['revoke', 'marie'], dir)).toContain('can no longer open rooms');
    expect(running.check(marie)).toBeUndefined();
    expect(statSync(join(dir, configFileName)).mode & 0o777).toBe(0o600);
  });

  test('mistakes are explained', () => {
    const dir = tempDir();
    FacilitatorKeys.loadOrCreate(dir);
    expect(() => keys(['add', 'default'], dir)).toThrow(/exists already/);
    expect(() => keys(['revoke', 'nobody'], dir)).toThrow(/No key is named/);
    expect(() => keys(['add', 'pas un nom'], dir)).toThrow(/a name has/);
    expect(() => keys(['rotate'], dir)).toThrow(/Usage/);
  });

  test('an unreadable key file refuses every key until it is fixed', () => {
    const dir = tempDir();
    const running = FacilitatorKeys.loadOrCreate(dir);
    const key = running.firstKey!;
    writeFileSync(join(dir, configFileName), '{broken');
    expect(running.check(key)).toBeUndefined();
    expect(running.problem).toContain('not a valid key file');
  });
});
