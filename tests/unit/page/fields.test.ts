// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findReviewableFields, isOptedOut, isReviewableField, openShadowRoots } from '@/lib/page/fields';

function firstElement(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[data-subject]')!;
}

describe('isReviewableField', () => {
  describe('reviews', () => {
    it.each([
      ['a plain textarea', '<textarea data-subject></textarea>'],
      ['a contenteditable editor', '<div contenteditable="true" data-subject></div>'],
      ['a plaintext-only editor', '<div contenteditable="plaintext-only" data-subject></div>'],
      ['an editor with role=textbox', '<div contenteditable="true" role="textbox" aria-multiline="true" data-subject></div>'],
      ['a field whose ancestor turns Attune on explicitly', '<form data-attune="on"><textarea data-subject></textarea></form>'],
    ])('%s', (_, html) => {
      expect(isReviewableField(firstElement(html))).toBe(true);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a readonly textarea', '<textarea readonly data-subject></textarea>'],
      ['a disabled textarea', '<textarea disabled data-subject></textarea>'],
      ['a textarea in a hidden section', '<section hidden><textarea data-subject></textarea></section>'],
      ['a textarea in an inert dialog', '<dialog inert><textarea data-subject></textarea></dialog>'],
      ['a search box built on a textarea', '<textarea role="combobox" data-subject></textarea>'],
      ['a searchbox editor', '<div contenteditable="true" role="searchbox" data-subject></div>'],
      ['a password input', '<input type="password" data-subject>'],
      ['a text input', '<input type="text" data-subject>'],
      ['a div with role=textbox that is not editable', '<div role="textbox" data-subject></div>'],
      ['contenteditable="false"', '<div contenteditable="false" data-subject></div>'],
      ['a paragraph inside an editor (the editor is the field)', '<div contenteditable="true"><p data-subject>hi</p></div>'],
      ['an editor marked aria-readonly', '<div contenteditable="true" aria-readonly="true" data-subject></div>'],
      ['a field with data-attune="off"', '<textarea data-attune="off" data-subject></textarea>'],
      ['a field under data-attune="off"', '<div data-attune="off"><div contenteditable="true" data-subject></div></div>'],
      ['a field under Grammarly’s data-gramm="false"', '<form data-gramm="false"><textarea data-subject></textarea></form>'],
    ])('%s', (_, html) => {
      expect(isReviewableField(firstElement(html))).toBe(false);
    });
  });
});

describe('isOptedOut', () => {
  it.each([
    ['<textarea data-subject></textarea>', false],
    ['<textarea data-gramm="true" data-subject></textarea>', false],
    ['<textarea data-gramm="false" data-subject></textarea>', true],
    ['<div data-attune="off"><span><textarea data-subject></textarea></span></div>', true],
  ])('%s → %s', (html, expected) => {
    expect(isOptedOut(firstElement(html))).toBe(expected);
  });
});

describe('findReviewableFields', () => {
  it('returns the reviewable fields under a root in document order, including the root itself', () => {
    document.body.innerHTML = `
      <textarea id="a"></textarea>
      <input id="search" type="search">
      <div id="editor" contenteditable="true"><p contenteditable="true">nested</p></div>
      <textarea id="summary" readonly></textarea>
      <div data-attune="off"><textarea id="off"></textarea></div>`;
    expect(findReviewableFields(document).map((field) => field.id)).toEqual(['a', 'editor']);
    expect(findReviewableFields(document.getElementById('editor')!).map((field) => field.id)).toEqual(['editor']);
  });

  it('looks inside open shadow roots, nested ones too', () => {
    document.body.innerHTML = '<textarea id="light"></textarea><div id="outer"></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<textarea id="in-shadow"></textarea><div id="inner"></div><textarea id="off" disabled></textarea>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div id="nested-editor" contenteditable="true"></div>';

    expect(findReviewableFields(document).map((field) => field.id)).toEqual(['light', 'in-shadow', 'nested-editor']);
  });

  it.each([
    ['data-attune="off"', []],
    ['data-gramm="false"', []],
    ['hidden', []],
    ['data-attune="on"', ['in-component']],
  ])('honours %s on a component that holds the field in its shadow root', (attribute, expected) => {
    document.body.innerHTML = `<section ${attribute}><reply-box id="host"></reply-box></section>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><textarea id="in-component"></textarea></div>';
    expect(findReviewableFields(document).map((field) => field.id)).toEqual(expected);
  });
});

describe('openShadowRoots', () => {
  it('finds open shadow roots at any depth, and none that are closed', () => {
    document.body.innerHTML = '<div id="a"></div><section><div id="b"></div></section><div id="closed"></div>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<span id="a-inner"></span>';
    const aInner = a.getElementById('a-inner')!.attachShadow({ mode: 'open' });
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    document.getElementById('closed')!.attachShadow({ mode: 'closed' });

    expect(openShadowRoots(document)).toEqual([a, aInner, b]);
    expect(openShadowRoots(document.getElementById('a')!)).toEqual([a, aInner]);
  });
});
