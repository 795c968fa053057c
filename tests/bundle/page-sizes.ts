import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/*
 * What each page of the renderer build makes a browser download, read from
 * Vite's manifest (`build.manifest`) and the module list each build writes
 * beside it (electron.vite.config.ts): the facilitator app and the
 * participant page are two builds into the same folder. Sizes are gzip at zlib's default
 * level, what a web server or TLS proxy typically sends.
 */

/** One chunk of Vite's `.vite/manifest.json`, keyed by source path (or `_name` for shared chunks). */
export type ManifestChunk = {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

/** Source modules per output file, each with its gzip size once minified on its own. */
export type ModuleList = Record<string, Array<{ id: string; weight: number }>>;

export type Build = {
  dir: string;
  manifest: Manifest;
  modules: ModuleList;
  /** Gzip size of an output file (cached). */
  gzipBytes(file: string): number;
};

/** Where each renderer build writes its manifest and module list (electron.vite.config.ts). */
export const builds = {
  app: { manifest: '.vite/manifest.json', modules: '.vite/modules.json' },
  participant: { manifest: '.vite/join-manifest.json', modules: '.vite/join-modules.json' },
} as const;

export function readBuild(dir: string, files: { manifest: string; modules: string }): Build {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
  const sizes = new Map<string, number>();
  return {
    dir,
    manifest: read(files.manifest) as Manifest,
    modules: read(files.modules) as ModuleList,
    gzipBytes(file) {
      let size = sizes.get(file);
      if (size === undefined) {
        size = gzipSync(readFileSync(join(dir, file))).length;
        sizes.set(file, size);
      }
      return size;
    },
  };
}

function chunk(manifest: Manifest, key: string): ManifestChunk {
  const found = manifest[key];
  if (!found) throw new Error(`The build manifest has no chunk for ${key}`);
  return found;
}

/** The chunk and everything it imports statically: what must arrive before its code runs. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of chunk(manifest, key).imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

/** Everything a page can ever load from these chunks: static imports and dynamic imports, transitively. */
export function reachable(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const { imports = [], dynamicImports = [] } = chunk(manifest, key);
    for (const next of [...imports, ...dynamicImports]) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

export type FileSize = { file: string; gzip: number };

/** The JavaScript files of these chunks with their gzip sizes, largest first. */
export function filesOf(build: Build, keys: Iterable<string>): FileSize[] {
  const files = new Set([...keys].map((key) => chunk(build.manifest, key).file));
  return [...files]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzip: build.gzipBytes(file) }))
    .sort((a, b) => b.gzip - a.gzip);
}

export const totalOf = (files: readonly FileSize[]): number =>
  files.reduce((sum, file) => sum + file.gzip, 0);

/** The source modules in these chunks (paths relative to the repository). */
export function modulesOf(build: Build, keys: Iterable<string>): string[] {
  return [...keys].flatMap((key) =>
    (build.modules[chunk(build.manifest, key).file] ?? []).map((module) => module.id),
  );
}

/** `node_modules/@scope/name/…` → `@scope/name`; our own files → their folder under src/. */
export function packageOf(id: string): string {
  const parts = id.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1] ?? '?';
    return name.startsWith('@') ? `${name}/${parts[at + 2] ?? '?'}` : name;
  }
  return parts.slice(0, Math.min(parts.length - 1, 4)).join('/');
}

/**
 * How much of the gzip bytes of these files each package accounts for: each
 * file's gzip size shared out in proportion to its modules' weights (each
 * module minified and gzipped alone: an estimate).
 */
export function weightByPackage(build: Build, files: readonly FileSize[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { file, gzip } of files) {
    const modules = build.modules[file] ?? [];
    const sum = modules.reduce((total, module) => total + module.weight, 0);
    if (sum === 0) continue;
    for (const module of modules) {
      const name = packageOf(module.id);
      weights.set(name, (weights.get(name) ?? 0) + (gzip * module.weight) / sum);
    }
  }
  return new Map([...weights].sort((a, b) => b[1] - a[1]));
}
