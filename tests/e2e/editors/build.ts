import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { EDITOR_PAGES_DIR } from '../server';

/** Bundles tests/e2e/editors (real editors from npm) into one page the fixture server serves at /editors/. */
export async function buildEditorPages(): Promise<void> {
  await build({
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: '/editors/',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: EDITOR_PAGES_DIR, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
  });
}
