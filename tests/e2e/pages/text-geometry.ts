import type { Frame, Page } from 'playwright-core';
import type { Box } from './attune-overlay';

/**
 * Where the browser itself draws `phrase` inside a rich-text editor: the bounding box of a DOM Range
 * over the editor's text nodes (found by a plain text search, not by Attune's offset mapping).
 */
export function renderedPhraseBox(page: Page | Frame, editorSelector: string, phrase: string): Promise<Box | null> {
  return page.evaluate(
    ({ editorSelector, phrase }) => {
      const editor = document.querySelector(editorSelector);
      if (!editor) return null;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push({ node, start: text.length });
        text += node.data.replace(/\u00a0/g, ' ');
      }
      const index = text.indexOf(phrase);
      if (index < 0) return null;
      const startNode = nodes.findLast((entry) => entry.start <= index)!;
      const endNode = nodes.findLast((entry) => entry.start < index + phrase.length)!;
      const range = document.createRange();
      range.setStart(startNode.node, index - startNode.start);
      range.setEnd(endNode.node, index + phrase.length - endNode.start);
      const rect = range.getBoundingClientRect();
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    },
    { editorSelector, phrase },
  );
}

export interface TextareaPhraseLayout {
  /** The phrase's box laid out by a div the test makes with the textarea's own CSS class. */
  box: Box;
  /** The textarea's content box (inside border and padding), in viewport coordinates. */
  content: Box;
  lineHeight: number;
}

/**
 * Where `value.slice(start, end)` sits in a textarea, worked out independently of Attune's mirror:
 * a hidden div with the same class (so the page's own CSS gives it the same font, padding and
 * border), the same width and place, and textarea wrapping (pre-wrap, break-word).
 */
export function textareaPhraseLayout(page: Page | Frame, textareaSelector: string, start: number, end: number): Promise<TextareaPhraseLayout> {
  return page.evaluate(
    ({ textareaSelector, start, end }) => {
      const textarea = document.querySelector<HTMLTextAreaElement>(textareaSelector)!;
      const rect = textarea.getBoundingClientRect();
      const probe = document.createElement('div');
      probe.className = textarea.className;
      Object.assign(probe.style, {
        position: 'fixed',
        left: `${rect.left}px`,
        top: `${rect.top - textarea.scrollTop}px`,
        width: `${rect.width}px`,
        height: 'auto',
        minHeight: '0',
        margin: '0',
        visibility: 'hidden',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
      });
      probe.textContent = textarea.value;
      document.body.append(probe);
      const range = document.createRange();
      range.setStart(probe.firstChild!, start);
      range.setEnd(probe.firstChild!, end);
      const phrase = range.getBoundingClientRect();
      probe.remove();
      const style = getComputedStyle(textarea);
      const px = (value: string) => parseFloat(value);
      return {
        box: { left: phrase.left, top: phrase.top, width: phrase.width, height: phrase.height },
        content: {
          left: rect.left + px(style.borderLeftWidth) + px(style.paddingLeft),
          top: rect.top + px(style.borderTopWidth) + px(style.paddingTop),
          width: textarea.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
          height: textarea.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
        },
        lineHeight: px(style.lineHeight),
      };
    },
    { textareaSelector, start, end },
  );
}
