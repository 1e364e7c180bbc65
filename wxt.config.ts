import { defineConfig } from 'wxt';

// The E2E suite builds with ATTUNE_TEST_ORIGINS so the fixture origin is granted up front;
// the shipped build asks for no host permission until the user turns a site on.
const testOrigins = process.env.ATTUNE_TEST_ORIGINS?.split(',').filter(Boolean) ?? [];

export default defineConfig({
  // Lets parallel work build into its own folder; tests read the same variable.
  outDir: process.env.ATTUNE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Manifest V3 for Firefox too, so both browsers run the same permission model.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Attune',
    description:
      'Spots "me too" replies while you type and helps you reflect the other person\'s feeling instead. Runs entirely on your device.',
    // Sites are asked for one by one when the user turns Attune on there (see the popup).
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: testOrigins,
    // Only the extension's own files may run: no remote code, no eval.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'attune@attune.app',
          strict_min_version: '140.0',
          // Attune collects nothing; Firefox asks every add-on to say so.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
