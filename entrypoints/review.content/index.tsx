import './style.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, defineContentScript } from '#imports';
import { ReviewLayer } from '@/components/ReviewLayer';
import { prepareDraft } from '@/lib/engine/prepare';
import { CardController } from '@/lib/page/card-controller';
import { createHighlightPainter } from '@/lib/page/highlights';
import { PageReviewer } from '@/lib/page/page-reviewer';
import { ReviewContext } from '@/lib/page/review-context';
import { isMacPlatform } from '@/lib/page/review-keys';
import { cardSettingHooks, followExtension, readPageSettings } from './extension-link';
import { quietTimers } from './quiet-timers';

export default defineContentScript({
  // The manifest names no site: the background registers this script (in all frames) for the sites the user turned
  // on and injects it into their open tabs. Injected twice, the newer copy's context invalidates the older one.
  registration: 'runtime',
  cssInjectionMode: 'ui',

  async main(ctx) {
    const pageSettings = await readPageSettings();
    // The registration may lag behind a site just turned off.
    if (ctx.isInvalid || !pageSettings.enabled) return;
    const review = new ReviewContext(pageSettings);

    const ui = await createShadowRootUi<{ root: Root; mirror: HTMLElement }>(ctx, {
      name: 'attune-review',
      position: 'inline',
      // After <body>, so the page's own body layout and `body > *` rules never see it.
      anchor: 'html',
      // Keys typed in a card are Attune's: the page's shortcuts never see them.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
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

    const timers = quietTimers(ctx);
    const cards = new CardController({
      window,
      host: ui.shadowHost,
      isMac: isMacPlatform(navigator),
      render: (layer) => root.render(<ReviewLayer {...layer} />),
      ignoreOnce: (field, finding) => reviewer.ignoreOnce(field, finding),
      catchUp: () => reviewer.catchUp(),
      ...cardSettingHooks,
      ...timers,
      listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
    });
    const reviewer = new PageReviewer({
      window,
      mirror,
      highlights: createHighlightPainter(window),
      prepare: (draft, timeUp) => prepareDraft(draft, timeUp),
      analyze: (draft, field, pieces) => review.analyze(draft, field, pieces),
      // Committed at once, inside the frame the reviewer lays out: React would otherwise draw the underlines a frame late.
      render: (fields) => flushSync(() => cards.update(fields)),
      ...timers,
      listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
    });
    ctx.onInvalidated(() => reviewer.stop());
    reviewer.start();
    cards.start();
    followExtension(ctx, { review, reviewer });
  },
});
