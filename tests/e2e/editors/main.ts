import './editors.css';

// One page for every editor: ?editor=<name> picks which one mounts in the composer, each in its own chunk.
const editors = {
  'react-textarea': () => import('./react-textarea'),
  prosemirror: () => import('./prosemirror'),
  lexical: () => import('./lexical'),
  quill: () => import('./quill'),
  tiptap: () => import('./tiptap'),
} satisfies Record<string, () => Promise<{ mount(host: HTMLElement): void }>>;

const name = new URLSearchParams(location.search).get('editor') ?? '';
const host = document.getElementById('editor-host')!;
document.getElementById('editor-name')!.textContent = name;
if (name in editors) {
  const { mount } = await editors[name as keyof typeof editors]();
  mount(host);
  document.body.dataset.editorReady = name;
} else {
  host.textContent = `Unknown editor "${name}"; pick one of: ${Object.keys(editors).join(', ')}`;
}
