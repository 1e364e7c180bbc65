import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FixtureServer } from '../server';
import { AttuneOverlay, type Box } from './attune-overlay';
import { renderedPhraseBox, textareaPhraseLayout } from './text-geometry';

/** One kind of reply field the E2E suite proves Attune in, and where a test finds its parts. */
export interface EditorUnderTest {
  name: string;
  /** Names screenshots: tests/e2e/screenshots/<slug>-card.png. */
  slug: string;
  path: string;
  /** The same-origin iframe the field sits in, if any. */
  frame?: string;
  field: string;
  isTextarea: boolean;
  /** The editor's own state (its API, or the value the page's code reads), as plain text. */
  stateText(frame: Frame): Promise<string>;
  send: string;
  /** What Send produced: the newest posted message. */
  lastSent: string;
}

/** The editor's text as its own API reports it (see tests/e2e/editors/composer.ts). */
const fixtureEditorText = (frame: Frame) => frame.evaluate(() => window.fixtureEditor!.text());

/** An editor mounted in the Harbor fixture page (tests/e2e/editors), chosen by `?editor=<slug>`. */
const harborEditor = (name: string, slug: string, field: string, isTextarea = false): EditorUnderTest => ({
  name,
  slug,
  path: `/editors/?editor=${slug}`,
  field,
  isTextarea,
  stateText: fixtureEditorText,
  send: '#send',
  lastSent: '#sent li:last-child',
});

export const EDITORS: EditorUnderTest[] = [
  {
    name: 'plain textarea',
    slug: 'textarea',
    path: '/portal/',
    field: '#reply',
    isTextarea: true,
    stateText: (frame) => frame.locator('#reply').inputValue(),
    send: '#send',
    lastSent: 'article.message--outgoing >> nth=-1 >> .message__body',
  },
  harborEditor('React-controlled textarea', 'react-textarea', '.composer__textarea', true),
  {
    name: 'plain contenteditable',
    slug: 'contenteditable',
    path: '/forum/',
    field: '#reply-editor',
    isTextarea: false,
    stateText: (frame) => frame.locator('#reply-editor').innerText(),
    send: '#post-reply',
    lastSent: 'article.post >> nth=-1 >> .post__body',
  },
  harborEditor('ProseMirror', 'prosemirror', '.ProseMirror'),
  harborEditor('Lexical', 'lexical', '[data-lexical-editor]'),
  harborEditor('Quill', 'quill', '.ql-editor'),
  harborEditor('Tiptap', 'tiptap', '.tiptap'),
  {
    name: 'textarea in a same-origin iframe',
    slug: 'iframe-textarea',
    path: '/portal/embedded.html',
    frame: '#portal-frame',
    field: '#reply',
    isTextarea: true,
    stateText: (frame) => frame.locator('#reply').inputValue(),
    send: '#send',
    lastSent: 'article.message--outgoing >> nth=-1 >> .message__body',
  },
];

/** A page with one of EDITORS on it, read and driven as a user would: real keys, a real mouse. */
export class EditorPage {
  overlay!: AttuneOverlay;
  frame!: Frame;
  field!: Locator;

  constructor(
    readonly page: Page,
    private readonly server: FixtureServer,
    readonly editor: EditorUnderTest,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.server.url(this.editor.path));
    const frameElement = this.editor.frame ? await this.page.waitForSelector(this.editor.frame) : null;
    this.frame = frameElement ? (await frameElement.contentFrame())! : this.page.mainFrame();
    this.field = this.frame.locator(this.editor.field);
    await this.field.waitFor();
    this.overlay = new AttuneOverlay(this.frame);
  }

  async type(text: string): Promise<void> {
    await this.field.pressSequentially(text);
  }

  stateText(): Promise<string> {
    return this.editor.stateText(this.frame);
  }

  /** Where the browser draws `phrase` in the field, in the frame's viewport coordinates. */
  async phraseBox(phrase: string): Promise<Box> {
    if (!this.editor.isTextarea) return (await renderedPhraseBox(this.frame, this.editor.field, phrase))!;
    const start = (await this.field.inputValue()).indexOf(phrase);
    return (await textareaPhraseLayout(this.frame, this.editor.field, start, start + phrase.length)).box;
  }

  /** Moves the real mouse to a point of a box given in the frame's coordinates. */
  async pointAt(box: Box, { x = 0.5, y = 0.5 } = {}): Promise<void> {
    const origin = await this.frameOrigin();
    await this.page.mouse.move(origin.left + box.left + box.width * x, origin.top + box.top + box.height * y);
  }

  async clickAt(box: Box, { x = 0.5, y = 0.5 } = {}): Promise<void> {
    await this.pointAt(box, { x, y });
    await this.page.mouse.down();
    await this.page.mouse.up();
  }

  /** The caret's offset in the field's text, read from the field (a textarea) or the DOM selection (one paragraph). */
  caretOffset(): Promise<number | null> {
    return this.field.evaluate((field) => {
      if (field instanceof HTMLTextAreaElement) return document.activeElement === field ? field.selectionStart : null;
      const selection = getSelection();
      if (!selection?.focusNode || !field.contains(selection.focusNode)) return null;
      const before = document.createRange();
      before.setStart(field, 0);
      before.setEnd(selection.focusNode, selection.focusOffset);
      return before.toString().length;
    });
  }

  hasFocus(): Promise<boolean> {
    return this.field.evaluate((field) => document.hasFocus() && (document.activeElement === field || field.contains(document.activeElement)));
  }

  async send(): Promise<void> {
    await this.frame.locator(this.editor.send).click();
  }

  lastSent(): Promise<string> {
    return this.frame.locator(this.editor.lastSent).innerText();
  }

  /** Where the frame's viewport sits in the page's (zero for the top frame). */
  private async frameOrigin(): Promise<{ left: number; top: number }> {
    if (!this.editor.frame) return { left: 0, top: 0 };
    return this.page.locator(this.editor.frame).evaluate((frame) => {
      const rect = frame.getBoundingClientRect();
      return { left: rect.left + frame.clientLeft, top: rect.top + frame.clientTop };
    });
  }
}

/** Waits until the card is open and a given control in it has focus. */
export async function waitForFocusedControl(overlay: AttuneOverlay, text: string): Promise<void> {
  await expect.poll(async () => (await overlay.card())?.focused, { timeout: 5_000 }).toBe(text);
}
