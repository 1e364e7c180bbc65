// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewLayer } from '@/components/ReviewLayer';
import type { Finding } from '@/lib/engine/types';
import type { FieldView, FindingListView } from '@/lib/page/field-view';
import { render, settle, unmount } from '../settings/dom';

const finding = (ruleId: string, message: string, start: number, end: number): Finding => ({
  ruleId,
  severity: 'warning',
  source: 'attune',
  range: { start, end },
  message,
  why: '',
  fixes: [],
});

const findings = [finding('me-too', 'Turns the focus to your own experience', 0, 9), finding('presumed-understanding', 'Claims to know how they feel', 11, 30)];

const field: FieldView = {
  id: 7,
  element: document.createElement('textarea'),
  text: 'Same here. I know how you feel.',
  findings,
  clip: { left: 100, top: 200, width: 400, height: 120 },
  underlines: [],
  findingCount: 2,
  severity: 'warning',
  paintsSquiggles: true,
};

function listView(overrides: Partial<FindingListView> = {}): FindingListView {
  return {
    fieldId: 7,
    items: findings.map((item) => ({ key: item.ruleId, finding: item, phrase: field.text.slice(item.range.start, item.range.end) })),
    choose: vi.fn(),
    close: vi.fn(),
    ...overrides,
  };
}

afterEach(unmount);

describe('the badge and its list of findings', () => {
  it('is a button that opens the list for its field', async () => {
    const onOpenList = vi.fn();
    const container = await render(<ReviewLayer fields={[field]} onOpenList={onOpenList} />);
    const badge = container.querySelector<HTMLButtonElement>('[data-attune-badge]')!;
    expect(badge.tagName).toBe('BUTTON');
    expect([badge.getAttribute('aria-haspopup'), badge.getAttribute('aria-expanded')]).toEqual(['dialog', 'false']);
    act(() => badge.click());
    expect(onOpenList).toHaveBeenCalledWith(7);
  });

  it('lists each finding with its message and words, focuses the first, and chooses the one clicked', async () => {
    const list = listView();
    const container = await render(<ReviewLayer fields={[field]} list={list} />);
    await settle();
    expect(container.querySelector('[data-attune-badge]')?.getAttribute('aria-expanded')).toBe('true');
    const items = [...container.querySelectorAll<HTMLButtonElement>('[data-attune-list-item]')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Turns the focus to your own experienceSame here',
      'Claims to know how they feelI know how you feel',
    ]);
    expect(document.activeElement).toBe(items[0]);
    act(() => items[1]!.click());
    expect(list.choose).toHaveBeenCalledWith(1);
  });

  it('closes on Esc, asking for focus back in the field', async () => {
    const list = listView();
    const container = await render(<ReviewLayer fields={[field]} list={list} />);
    await settle();
    act(() => void container.querySelector('[data-attune-list-item]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(list.close).toHaveBeenCalledWith({ returnFocus: true });
  });

  it('keeps a polite live region in the layer for announcements', async () => {
    const container = await render(<ReviewLayer fields={[field]} announcement="Attune: 2 suggestions" />);
    const region = container.querySelector('[data-attune-announcer]')!;
    expect([region.getAttribute('role'), region.getAttribute('aria-live'), region.textContent]).toEqual(['status', 'polite', 'Attune: 2 suggestions']);
  });
});
