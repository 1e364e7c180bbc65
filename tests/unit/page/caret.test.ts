// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { caretOffset, deepActiveElement, placeCaret, saveSelection } from '@/lib/page/caret';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('deepActiveElement', () => {
  it('finds the focused field inside an open shadow root, where document.activeElement only shows the host', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    const field = shadow.querySelector('textarea')!;
    field.focus();
    expect(document.activeElement?.id).toBe('host');
    expect(deepActiveElement(document)).toBe(field);
  });
});

describe('caretOffset and placeCaret', () => {
  it('read and set a textarea’s caret', () => {
    document.body.innerHTML = '<textarea>Same here. I know how you feel.</textarea>';
    const field = document.querySelector('textarea')!;
    placeCaret(field, window, 11);
    expect(document.activeElement).toBe(field);
    expect(caretOffset(field, window)).toBe(11);
  });

  it('read and set a rich-text editor’s caret in draft offsets, across paragraphs', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Thanks.</p><p>I <b>know</b> how you feel.</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    placeCaret(editor, window, 'Thanks.\nI kn'.length);
    const selection = getSelection()!;
    expect([selection.focusNode?.textContent, selection.focusOffset]).toEqual(['know', 2]);
    expect(caretOffset(editor, window)).toBe('Thanks.\nI kn'.length);
  });

  it('are null for a field without focus, and for a selection rather than a caret', () => {
    document.body.innerHTML = '<textarea>Me too</textarea><button>Send</button>';
    const field = document.querySelector('textarea')!;
    expect(caretOffset(field, window)).toBeNull();
    field.focus();
    field.setSelectionRange(0, 2);
    expect(caretOffset(field, window)).toBeNull();
  });
});

describe('saveSelection', () => {
  it('puts a textarea’s selection back, and its focus', () => {
    document.body.innerHTML = '<textarea>Same here. I know how you feel.</textarea><button>Fix</button>';
    const field = document.querySelector('textarea')!;
    field.focus();
    field.setSelectionRange(3, 7);
    const restore = saveSelection(field, window);
    document.querySelector('button')!.focus();
    field.setSelectionRange(0, 0);

    restore();
    expect([document.activeElement, field.selectionStart, field.selectionEnd]).toEqual([field, 3, 7]);
  });
});
