// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domPositionAt, rangeForOffsets, readEditableText, textOffsetAt } from '@/lib/page/editable-text';

function editorWith(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

describe('readEditableText', () => {
  describe('with pre-wrap whitespace (rich-text editors)', () => {
    it.each([
      ['plain text', 'Me too!', 'Me too!'],
      ['inline formatting', 'I <b>know</b> how <i>you</i> feel', 'I know how you feel'],
      ['a <br> line break', 'Thanks.<br>Me too!', 'Thanks.\nMe too!'],
      ['text then a block', 'Thanks.<div>Me too!</div>', 'Thanks.\nMe too!'],
      ['paragraphs', '<p>Thanks.</p><p>Me too!</p>', 'Thanks.\nMe too!'],
      ['an empty line between blocks', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
      ['a trailing placeholder <br> in a block', '<div>abc<br></div><div>d</div>', 'abc\nd'],
      ['nested blocks', '<div>a<div>b</div>c</div>', 'a\nb\nc'],
      ['list items', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
      ['no-break spaces as plain spaces', 'Me\u00a0too!\u00a0 ', 'Me too!  '],
      ['runs of spaces kept', 'a   b', 'a   b'],
      ['scripts and hidden nodes skipped', 'a<script>x()</script><span hidden>secret</span>b', 'ab'],
    ])('%s', (_, html, expected) => {
      expect(readEditableText(editorWith(html), { collapseWhitespace: false }).text).toBe(expected);
    });
  });

  describe('with collapsing whitespace (plain contenteditable)', () => {
    it.each([
      ['runs of spaces', 'a   b', 'a b'],
      ['newlines in the source', 'I know\n   how you feel', 'I know how you feel'],
      ['indentation between blocks', '\n  <div>Thanks.</div>\n  <div>Me too!</div>\n', 'Thanks.\nMe too!'],
      ['a space that spans two nodes', 'a <b> b</b>', 'a b'],
      ['no-break spaces kept as spaces', 'a\u00a0\u00a0b', 'a  b'],
    ])('%s', (_, html, expected) => {
      expect(readEditableText(editorWith(html), { collapseWhitespace: true }).text).toBe(expected);
    });
  });
});

describe('readEditableText on a long draft', () => {
  it('maps the words and single spaces of a text node as one piece, so a pasted document’s map stays small', () => {
    const paragraph = 'It makes sense that you feel tired after the move. '.repeat(40).trim();
    const editor = editorWith(`<p>${paragraph}</p><p>Me   too,\n honestly.</p>`);
    const { text, pieces } = readEditableText(editor, { collapseWhitespace: true });
    expect(text).toBe(`${paragraph}\nMe too, honestly.`);
    // The second paragraph's collapsed runs each need a piece of their own.
    expect(pieces.map((piece) => text.slice(piece.textStart, piece.textEnd))).toEqual([paragraph, 'Me', ' ', 'too,', ' ', 'honestly.']);
  });
});

describe('rangeForOffsets', () => {
  // Each case: editor HTML, whitespace mode, and a phrase of the draft text whose DOM range must read back the same words.
  it.each([
    ['one text node', 'Thanks. I know how you feel.', false, 'I know how you feel'],
    ['across formatting', 'Thanks. I <b>know</b> how you <i>feel</i>.', false, 'I know how you feel'],
    ['on the second paragraph', '<p>Thanks.</p><p>I know how you feel.</p>', false, 'I know how you feel'],
    ['after a <br>', 'Thanks.<br>Me too!', false, 'Me too'],
    ['after collapsed indentation', '\n   <div>Thanks.</div>\n   <div>Me   too!</div>', true, 'Me too'],
  ])('%s', (_, html, collapseWhitespace, phrase) => {
    const content = readEditableText(editorWith(html), { collapseWhitespace });
    const start = content.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeForOffsets(content, document, start, start + phrase.length);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe(phrase);
  });

  it('maps a range that starts on a made-up line break to the next paragraph’s text', () => {
    const content = readEditableText(editorWith('<p>Thanks.</p><p>Me too!</p>'), { collapseWhitespace: false });
    expect(content.text).toBe('Thanks.\nMe too!');
    expect(rangeForOffsets(content, document, 7, 10)?.toString()).toBe('Me');
  });

  it('returns null for offsets past the end or for an empty editor', () => {
    const content = readEditableText(editorWith('Hi'), { collapseWhitespace: false });
    expect(rangeForOffsets(content, document, 5, 9)).toBeNull();
    expect(rangeForOffsets(readEditableText(editorWith(''), { collapseWhitespace: false }), document, 0, 1)).toBeNull();
  });
});

describe('domPositionAt', () => {
  it('maps every offset of a text node one to one', () => {
    const editor = editorWith('Me too!');
    const content = readEditableText(editor, { collapseWhitespace: false });
    for (let offset = 0; offset <= content.text.length; offset++) {
      expect(domPositionAt(content, offset, 'end')).toEqual({ node: editor.firstChild, offset });
    }
  });

  it('maps the ends of a collapsed whitespace run to the ends of the run', () => {
    const editor = editorWith('a   b');
    const content = readEditableText(editor, { collapseWhitespace: true });
    expect(domPositionAt(content, 1, 'end')).toEqual({ node: editor.firstChild, offset: 1 });
    expect(domPositionAt(content, 2, 'start')).toEqual({ node: editor.firstChild, offset: 4 });
  });
});

describe('textOffsetAt', () => {
  const textNode = (editor: Element, text: string) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if ((walker.currentNode as Text).data === text) return walker.currentNode;
    throw new Error(`No text node "${text}"`);
  };
  const element = (editor: Element, selector: string) => (selector === ':root' ? editor : editor.querySelector(selector)!);

  // Each case: editor HTML, the caret as a browser reports it (a text node and offset, or an element and child index), and the draft before it.
  it.each([
    ['inside a text node', 'Me too!', (editor: Element) => [textNode(editor, 'Me too!'), 4] as const, 'Me t'],
    ['at the end of the text', 'Me too!', (editor: Element) => [textNode(editor, 'Me too!'), 7] as const, 'Me too!'],
    ['after formatting, between elements', 'I <b>know</b> how', (editor: Element) => [element(editor, ':root'), 2] as const, 'I know'],
    ['at the start of a second paragraph', '<p>Thanks.</p><p>Me too!</p>', (editor: Element) => [element(editor, 'p + p'), 0] as const, 'Thanks.\n'],
    ['at the end of a first paragraph', '<p>Thanks.</p><p>Me too!</p>', (editor: Element) => [element(editor, 'p'), 1] as const, 'Thanks.'],
    ['after a <br>', 'Thanks.<br>Me too!', (editor: Element) => [element(editor, ':root'), 2] as const, 'Thanks.\n'],
    ['before a <br>', 'Thanks.<br>Me too!', (editor: Element) => [element(editor, ':root'), 1] as const, 'Thanks.'],
    ['in an empty editor', '', (editor: Element) => [element(editor, ':root'), 0] as const, ''],
  ])('%s', (_, html, caret, textBefore) => {
    const editor = editorWith(html);
    const content = readEditableText(editor, { collapseWhitespace: false });
    const [node, offset] = caret(editor);
    expect(content.text.slice(0, textOffsetAt(content, node, offset))).toBe(textBefore);
  });

  it('maps a text-node position back to the draft offset that domPositionAt gave it', () => {
    const editor = editorWith('<p>Thanks.</p><p>I <b>know</b> how you feel.</p>');
    const content = readEditableText(editor, { collapseWhitespace: false });
    for (let offset = 0; offset <= content.text.length; offset++) {
      if (content.text[offset - 1] === '\n') continue;
      const position = domPositionAt(content, offset, 'end')!;
      expect(textOffsetAt(content, position.node, position.offset)).toBe(offset);
    }
  });
});
