// bench:page's build: the project's own config plus hidden source maps (no sourceMappingURL comment, so the code
// Chromium loads is byte for byte what `wxt build` ships), read to say what the content script is made of.
import { defineConfig } from 'wxt';
import config from '../../wxt.config';

export default defineConfig({ ...config, vite: () => ({ build: { sourcemap: 'hidden' } }) });
