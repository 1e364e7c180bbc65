// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '@/components/FindingCard';
import type { Finding } from '@/lib/engine/types';
import type { CardView } from '@/lib/page/field-view';
import { render, settle, unmount } from '../settings/dom';

const finding: Finding = {
  ruleId: 'presumed-understanding',
  severity: 'warning',
  source: 'attune',
  range: { start: 0, end: 27 },
  message: 'Claims to know how they feel',
  why: 'Reflect what you hear instead.',
  fixes: [
    { title: 'Reflect: “It sounds like you feel trapped.”', kind: 'reflect', isPreferred: true, edits: [{ start: 0, end: 28, newText: 'It sounds like you feel trapped.' }] },
    { title: 'Remove this phrase', kind: 'remove', edits: [{ start: 0, end: 28, newText: '' }] },
  ],
};

function cardView(overrides: Partial<CardView> = {}): CardView {
  return {
    key: '1:presumed-understanding@0-27',
    finding,
    phrase: 'I know exactly how you feel',
    anchor: { left: 40, top: 100, width: 180, height: 18 },
    takesFocus: false,
    applyFix: vi.fn(),
    ignore: vi.fn(),
    close: vi.fn(),
    ...overrides,
  };
}

const buttonsIn = (container: HTMLElement, selector: string) => [...container.querySelectorAll<HTMLButtonElement>(selector)];
const press = (target: Element, key: string) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));

afterEach(unmount);

describe('FindingCard', () => {
  it('is a dialog named by its message and described by its why', async () => {
    const container = await render(<FindingCard card={cardView()} />);
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(container.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`)?.textContent).toBe(finding.message);
    expect(container.querySelector(`#${CSS.escape(dialog.getAttribute('aria-describedby')!)}`)?.textContent).toBe(finding.why);
  });

  it('shows the fixes in order, the preferred one marked, and applies the one clicked', async () => {
    const card = cardView();
    const container = await render(<FindingCard card={card} />);
    const fixes = buttonsIn(container, '[data-attune-fix]');
    expect(fixes.map((button) => [button.textContent, button.classList.contains('attune-button--preferred')])).toEqual([
      [finding.fixes[0]!.title, true],
      ['Remove this phrase', false],
    ]);
    act(() => fixes[1]!.click());
    expect(card.applyFix).toHaveBeenCalledWith(finding.fixes[1]);
  });

  it('offers only “Ignore” when nothing stores ignored phrases or rule settings', async () => {
    const container = await render(<FindingCard card={cardView()} />);
    expect(buttonsIn(container, '[data-attune-action]').map((button) => button.textContent)).toEqual(['Ignore']);
  });

  it('offers “Ignore this phrase” and “Disable rule” when given somewhere to store them', async () => {
    const card = cardView({ ignorePhrase: vi.fn(), disableRule: vi.fn() });
    const container = await render(<FindingCard card={card} />);
    const actions = buttonsIn(container, '[data-attune-action]');
    expect(actions.map((button) => button.textContent)).toEqual(['Ignore', 'Ignore this phrase', 'Disable rule']);
    act(() => actions.forEach((button) => button.click()));
    expect([card.ignore, card.ignorePhrase, card.disableRule].map((action) => vi.mocked(action!).mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('takes focus on its first fix when opened from the keyboard; arrows move it, Esc closes and returns it', async () => {
    const card = cardView({ takesFocus: true });
    const container = await render(<FindingCard card={card} />);
    await settle();
    const fixes = buttonsIn(container, '[data-attune-fix]');
    expect(document.activeElement).toBe(fixes[0]);

    press(fixes[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(fixes[1]);
    press(fixes[1]!, 'Escape');
    expect(card.close).toHaveBeenCalledWith({ returnFocus: true });
  });

  it('leaves focus where it is when opened by hover or the caret', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    await render(<FindingCard card={cardView()} />);
    await settle();
    expect(document.activeElement).toBe(field);
    field.remove();
  });
});
