import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  configFileName,
  facilitatorKeyChecker,
  loadOrCreateFacilitatorKey,
} from './auth/facilitator-key';
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
  });
});

describe('facilitator key file', () => {
  test('generated once, stored 0600, then reused', () => {
    const dir = join(tempDir(), 'nested');
    const first = loadOrCreateFacilitatorKey(dir);
    expect(first.created).toBe(true);
    expect(first.key.length).toBeGreaterThanOrEqual(32);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const second = loadOrCreateFacilitatorKey(dir);
    expect(second).toEqual({ key: first.key, created: false, path: first.path });
  });

  test('a loosened file is tightened; a corrupt one is refused with its path', () => {
    const dir = tempDir();
    const path = join(dir, configFileName);
    writeFileSync(path, JSON.stringify({ facilitatorKey: 'k'.repeat(32) }));
    chmodSync(path, 0o644);
    expect(loadOrCreateFacilitatorKey(dir).key).toBe('k'.repeat(32));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, '{oops');
    expect(() => loadOrCreateFacilitatorKey(dir)).toThrow(path);
    expect(readFileSync(path, 'utf8')).toBe('{oops');
  });

  test('keys are compared exactly', () => {
    const matches = facilitatorKeyChecker('the-right-key-1234');
    expect(matches('the-right-key-1234')).toBe(true);
    expect(matches('the-right-key-1235')).toBe(false);
    expect(matches('')).toBe(false);
  });
});
