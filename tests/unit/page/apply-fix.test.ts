// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFix, mergeEdits } from '@/lib/page/apply-fix';

describe('mergeEdits', () => {
  const text = 'Me too. I lost my dad. How are you?';
  it.each([
    ['one edit stays as it is', [{ start: 0, end: 8, newText: '' }], { start: 0, end: 8, newText: '' }],
    [
      'two edits become one, keeping the text between them',
      [
        { start: 0, end: 8, newText: 'Oh. ' },
        { start: 23, end: 26, newText: 'Who' },
      ],
      { start: 0, end: 26, newText: 'Oh. I lost my dad. Who' },
    ],
    [
      'edits given last-first are put in order',
      [
        { start: 23, end: 26, newText: 'Who' },
        { start: 0, end: 2, newText: 'We' },
      ],
      { start: 0, end: 26, newText: 'We too. I lost my dad. Who' },
    ],
    ['an insertion', [{ start: 8, end: 8, newText: 'Sorry. ' }], { start: 8, end: 8, newText: 'Sorry. ' }],
  ])('%s', (_, edits, expected) => {
    const merged = mergeEdits(text, edits);
    expect(merged).toEqual(expected);
  });
});

describe('applyFix in a textarea', () => {
  afterEach(() => vi.restoreAllMocks());

  function textarea(value: string): HTMLTextAreaElement {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = value;
    return field;
  }

  it('selects the edit’s range and inserts through execCommand, as typing would', async () => {
    const field = textarea('Me too. How are you?');
    const execCommand = vi.fn((_command: string, _ui?: boolean, value?: string) => {
      field.setRangeText(value ?? '', field.selectionStart, field.selectionEnd, 'end');
      return true;
    });
    document.execCommand = execCommand;

    expect(await applyFix(field, [{ start: 0, end: 8, newText: 'That sounds hard. ' }], window)).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'That sounds hard. ');
    expect(field.value).toBe('That sounds hard. How are you?');
    expect(document.activeElement).toBe(field);
  });

  it('deletes with the delete command, as Backspace would', async () => {
    const field = textarea('Me too. How are you?');
    const execCommand = vi.fn(() => {
      field.setRangeText('', field.selectionStart, field.selectionEnd, 'end');
      return true;
    });
    document.execCommand = execCommand;

    await applyFix(field, [{ start: 0, end: 8, newText: '' }], window);
    expect(execCommand).toHaveBeenCalledWith('delete');
    expect(field.value).toBe('How are you?');
  });

  it('without an editing command, offers the replacement as input events the page can see', async () => {
    const field = textarea('Me too. How are you?');
    document.execCommand = () => false;
    const seen: string[] = [];
    field.addEventListener('beforeinput', (event) => seen.push(`beforeinput:${(event as InputEvent).inputType}`));
    field.addEventListener('input', (event) => seen.push(`input:${(event as InputEvent).inputType}:${field.value}`));

    expect(await applyFix(field, [{ start: 0, end: 7, newText: 'Oh no.' }], window)).toBe(true);
    expect(seen).toEqual(['beforeinput:insertReplacementText', 'input:insertReplacementText:Oh no. How are you?']);
  });

  it('leaves the text alone when the page cancels the replacement', async () => {
    const field = textarea('Me too. How are you?');
    document.execCommand = () => false;
    field.addEventListener('beforeinput', (event) => event.preventDefault());

    expect(await applyFix(field, [{ start: 0, end: 7, newText: 'Oh no.' }], window)).toBe(false);
    expect(field.value).toBe('Me too. How are you?');
  });
});
