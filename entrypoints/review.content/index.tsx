import './style.css';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, defineContentScript } from '#imports';
import { ReviewLayer } from '@/components/ReviewLayer';
import { analyze } from '@/lib/engine/analyze';
import { createHighlightPainter } from '@/lib/page/highlights';
import { PageReviewer } from '@/lib/page/page-reviewer';

export default defineContentScript({
  // The fixture sites only, until per-site registration lands.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  cssInjectionMode: 'ui',

  async main(ctx) {
    const ui = await createShadowRootUi<{ root: Root; mirror: HTMLElement }>(ctx, {
      name: 'attune-review',
      position: 'inline',
      // After <body>, so the page's own body layout and `body > *` rules never see it.
      anchor: 'html',
      onMount(container) {
        const mirror = document.createElement('div');
        mirror.setAttribute('aria-hidden', 'true');
        const wrapper = document.createElement('div');
        container.append(mirror, wrapper);
        return { root: createRoot(wrapper), mirror };
      },
      onRemove(mounted) {
        mounted?.root.unmount();
      },
    });
    if (ctx.isInvalid) return;
    ui.mount();
    if (!ui.mounted) return;
    const { root, mirror } = ui.mounted;

    const reviewer = new PageReviewer({
      window,
      mirror,
      highlights: createHighlightPainter(window),
      analyze: (draft) => analyze(draft),
      render: (fields) => root.render(<ReviewLayer fields={fields} />),
      setTimeout: (handler, delay) => ctx.setTimeout(handler, delay),
      requestAnimationFrame: (callback) => ctx.requestAnimationFrame(callback),
      listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
    });
    ctx.onInvalidated(() => reviewer.stop());
    reviewer.start();
  },
});
