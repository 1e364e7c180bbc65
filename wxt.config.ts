import { defineConfig } from 'wxt';

// The review script's pages: the sites a user can turn on (optional_host_permissions).
const reviewableOrigins = ['http://*/*', 'https://*/*'];

// The E2E suite builds with ATTUNE_TEST_ORIGINS so the fixture origin is granted up front;
// the shipped build asks for no host permission until the user turns a site on.
const testOrigins = process.env.ATTUNE_TEST_ORIGINS?.split(',').filter(Boolean) ?? [];

export default defineConfig({
  // Lets parallel work build into its own folder; tests read the same variable.
  outDir: process.env.ATTUNE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The review script is registered at run time, so it names no sites and WXT lists its stylesheet (which the
    // script loads into its shadow root) for no page. It must load on any site the user turns on.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const resources of manifest.web_accessible_resources ?? []) {
        if (typeof resources === 'object' && resources.matches?.length === 0) resources.matches = reviewableOrigins;
      }
    },
  },
  // Manifest V3 for Firefox too, so both browsers run the same permission model.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Attune',
    description:
      'Spots "me too" replies while you type and helps you reflect the other person\'s feeling instead. Runs entirely on your device.',
    // Sites are asked for one by one when the user turns Attune on there (see the popup).
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    optional_host_permissions: reviewableOrigins,
    host_permissions: testOrigins,
    commands: {
      // Handled in entrypoints/background/site-command.ts; activeTab lets it read the tab's address.
      'toggle-site': { suggested_key: { default: 'Alt+Shift+A' }, description: 'Turn Attune on or off for this site' },
    },
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
