// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReviewLayer } from '@/components/ReviewLayer';
import type { FieldView } from '@/lib/page/field-view';

function render(fields: FieldView[]): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(<ReviewLayer fields={fields} />);
  return container;
}

const field: FieldView = {
  id: 1,
  element: document.createElement('textarea'),
  text: '',
  findings: [],
  clip: { left: 100, top: 200, width: 400, height: 120 },
  findingCount: 1,
  severity: 'warning',
  paintsSquiggles: true,
  underlines: [
    {
      key: '0:me-too',
      findingIndex: 0,
      ruleId: 'me-too',
      severity: 'warning',
      start: 26,
      end: 53,
      // The phrase wraps: two line boxes.
      boxes: [
        { left: 300, top: 210, width: 190, height: 18 },
        { left: 110, top: 233, width: 60, height: 18 },
      ],
    },
  ],
};

describe('ReviewLayer', () => {
  it('places each underline over its line boxes, relative to the field’s clip', () => {
    const underline = render([field]).querySelector<HTMLElement>('[data-attune-underline]')!;
    expect(underline.dataset).toMatchObject({ rule: 'me-too', start: '26', end: '53', painted: 'true' });
    expect(underline.getAttribute('style')).toBe('left:10px;top:10px;width:380px;height:41px');
    const segments = [...underline.querySelectorAll('[data-attune-segment]')].map((segment) => segment.getAttribute('style'));
    expect(segments).toEqual(['left:190px;top:0;width:190px;height:18px', 'left:0;top:23px;width:60px;height:18px']);
  });

  it.each([
    [1, 'Attune: 1 suggestion'],
    [3, 'Attune: 3 suggestions'],
  ])('labels a badge of %i as "%s"', (count, label) => {
    const badge = render([{ ...field, findingCount: count }]).querySelector('[data-attune-badge]')!;
    expect(badge.textContent).toBe(String(count));
    expect(badge.getAttribute('aria-label')).toBe(label);
  });

  it('shows no badge when a field has nothing to report', () => {
    expect(render([{ ...field, findingCount: 0, underlines: [] }]).querySelector('[data-attune-badge]')).toBeNull();
  });
});
