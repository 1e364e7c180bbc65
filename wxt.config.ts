import { defineConfig } from 'wxt';

// The E2E suite builds with ATTUNE_TEST_ORIGINS so the fixture origin is granted up front;
// the shipped build asks for no host permission until the user turns a site on.
const testOrigins = process.env.ATTUNE_TEST_ORIGINS?.split(',').filter(Boolean) ?? [];

export default defineConfig({
  // Lets parallel work build into its own folder; tests read the same variable.
  outDir: process.env.ATTUNE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Attune',
    description:
      'Spots "me too" replies while you type and helps you reflect the other person\'s feeling instead. Runs entirely on your device.',
    // Sites are asked for one by one when the user turns Attune on there (see the popup).
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: testOrigins,
  },
});
