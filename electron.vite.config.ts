import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { defineConfig } from 'electron-vite';
import { build, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** A module's weight once minified and gzipped on its own (an estimate: modules compress better together). */
function weightOf(code: string | null): number {
  if (!code) return 0;
  try {
    return gzipSync(transformSync(code, { minify: true }).code).length;
  } catch {
    return gzipSync(code).length;
  }
}

/**
 * Writes `fileName` (under `.vite/`, beside the manifest): which source modules
 * went into each chunk, and what each weighs. The bundle budget check
 * (tests/bundle) reads it to refuse test-only packages, and a media library
 * before the first screen; the bench shows which packages weigh most. `.vite/`
 * is not served: the session server serves only join.html and assets/.
 */
function moduleList(fileName: string): Plugin {
  return {
    name: 'cercle-module-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, Array<{ id: string; weight: number }>> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = Object.entries(output.modules)
          .filter(([id]) => !id.startsWith('\0'))
          .map(([id, module]) => ({
            id: relative(__dirname, id.split('?')[0] ?? id),
            weight: weightOf(module.code),
          }));
      }
      this.emitFile({
        type: 'asset',
        fileName,
        source: `${JSON.stringify(chunks, null, 1)}\n`,
      });
    },
  };
}

/**
 * mediasoup-client's index is CommonJS (nothing in it is tree-shaken) and also
 * requires its FakeHandler and test parameters, which bring the test package
 * fake-mediastreamtrack. The pages use only Device (call/mediasoup-device.ts):
 * they take that module alone, and the one module that reads the index (for
 * the version it writes in the SDP) gets the version without the rest.
 */
function mediasoupDeviceOnly(): Plugin {
  const lib = resolve(__dirname, 'node_modules/mediasoup-client/lib');
  const { version } = JSON.parse(readFileSync(resolve(lib, '../package.json'), 'utf8')) as {
    version: string;
  };
  const versionModule = '\0mediasoup-client-version';
  return {
    name: 'cercle-mediasoup-device-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'mediasoup-client') return resolve(lib, 'Device.js');
      if (importer?.startsWith(lib) && source.startsWith('.')) {
        const target = resolve(dirname(importer), source);
        if (target === lib || target === resolve(lib, 'index.js')) return versionModule;
      }
      return null;
    },
    load(id) {
      return id === versionModule ? `export const version = ${JSON.stringify(version)};` : null;
    },
  };
}

/**
 * The participant page is built on its own, after the facilitator app, into
 * the same folder. It differs in two ways, both for old phones on weak
 * connections (its budget: tests/bundle/budgets.ts, checked in CI):
 * - it runs on browsers, not Electron's Chromium, so it targets browsers of
 *   the last few years instead of the app's Chromium version;
 * - the same React components render with Preact's React layer
 *   (preact/compat), a tenth of react-dom's size. Components shown on this
 *   page use only what preact/compat provides (hooks, useSyncExternalStore,
 *   useId, createRoot); the participant e2e specs run on this build.
 */
function participantPageConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    mode: 'production',
    plugins: [react(), mediasoupDeviceOnly(), moduleList('.vite/join-modules.json')],
    resolve: {
      alias: [
        { find: /^react$/, replacement: 'preact/compat' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      ],
    },
    build: {
      outDir,
      // The facilitator app was just written there.
      emptyOutDir: false,
      target: ['chrome107', 'edge107', 'firefox104', 'safari16'],
      minify: true,
      manifest: '.vite/join-manifest.json',
      rollupOptions: { input: { join: resolve(__dirname, 'src/renderer/join.html') } },
    },
  };
}

/** Builds the participant page once the facilitator app's renderer build is written. */
function participantPage(): Plugin {
  let outDir = '';
  return {
    name: 'cercle-participant-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build(participantPageConfig(outDir));
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload can only require 'electron': bundle everything else
    // into one CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), mediasoupDeviceOnly(), moduleList('.vite/modules.json'), participantPage()],
    build: {
      minify: true,
      // One stylesheet for the whole app, loaded with the shell: screens share
      // rules across style files (.back-link, .alert-title…), so a screen's
      // chunk must not come without the others' CSS. It is local and small.
      cssCodeSplit: false,
      // Which chunk each screen loads: read by the bench (tests/bench/bundle.bench.ts).
      manifest: true,
      // join.html is built by participantPage().
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
