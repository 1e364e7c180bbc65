import { BLOCK_TAGS } from './editable-text';
import { replyAdapters, type ReplyAdapter } from './reply-adapters';

/** The message a field replies to, read as the reader sees it. Kept in memory only: never stored, sent or logged. */
export interface ReplyTarget {
  /** Paragraphs on their own lines; no author names, times or buttons. */
  text: string;
  /** The adapter's name, or `nearest message` for the generic search. */
  foundBy: string;
}

/** Longer messages keep their end, where people usually say how they are now. */
export const MAX_REPLY_TO_LENGTH = 4_000;

/** Parts of a message that are not its words: who wrote it and when, actions, hidden and unrendered text. */
const NOT_MESSAGE_WORDS = 'header, footer, time, button, nav, script, style, template, noscript, [hidden], [aria-hidden="true"]';

/** Generic search: elements that usually hold one message. Class names are narrowed down by `MESSAGE_CLASS`. */
const MESSAGE_LIKE =
  'article, [role="article"], [role="listitem"], blockquote, [class*="message" i], [class*="msg" i], [class*="comment" i], [class*="post" i], [class*="bubble" i]';

/** One message, with an optional prefix and BEM modifier ("chat-message", "post--parent"); not a part of one ("message__body") or a list ("messages"). */
const MESSAGE_CLASS = /^(?:[a-z\d]+[-_])*(?:message|msg|comment|post|bubble)(?:--[\w-]+)?$/i;

/** Class names of the user's own messages in common layouts ("message--outgoing", "msg-self", "is-own"). */
const OWN_MESSAGE_CLASS = /(?:^|[-_])(?:outgoing|own|mine|self|sent)(?:$|[-_])/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Node.DOCUMENT_POSITION_FOLLOWING, spelled out so this module needs no global `Node`.
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * The message `field` replies to: a known layout's incoming message, else the nearest message-like element
 * above the field that the user did not write. Undefined when the page shows none.
 * A field inside a web component's shadow root looks there first, then around the component in the page.
 */
export function findReplyTarget(field: Element, adapters: readonly ReplyAdapter[] = replyAdapters): ReplyTarget | undefined {
  for (let anchor: Element | undefined = field; anchor; anchor = shadowHostOf(anchor)) {
    const found = findReplyTargetIn(anchor.getRootNode() as Document | ShadowRoot, anchor, adapters);
    if (found) return found;
  }
  return undefined;
}

function findReplyTargetIn(root: Document | ShadowRoot, field: Element, adapters: readonly ReplyAdapter[]): ReplyTarget | undefined {
  for (const adapter of adapters) {
    if (!root.querySelector(adapter.page)) continue;
    const text = readAdapterMessage(root, adapter, field);
    if (text) return { text: limitLength(text), foundBy: adapter.name };
  }
  const text = readNearestMessage(field);
  return text ? { text: limitLength(text), foundBy: 'nearest message' } : undefined;
}

/** The element a shadow root hangs from; a document has no `host`. */
function shadowHostOf(element: Element): Element | undefined {
  return (element.getRootNode() as Partial<ShadowRoot>).host;
}

function readAdapterMessage(root: Document | ShadowRoot, adapter: ReplyAdapter, field: Element): string {
  const selector = adapter.outgoing ? `${adapter.incoming}, ${adapter.outgoing}` : adapter.incoming;
  const messages = [...root.querySelectorAll(selector)].filter((message) => precedes(message, field));
  const lastIncoming = messages.findLastIndex((message) => message.matches(adapter.incoming));
  if (lastIncoming === -1) return '';
  let first = lastIncoming;
  if (adapter.readRun) while (first > 0 && messages[first - 1]!.matches(adapter.incoming)) first--;
  return messages
    .slice(first, lastIncoming + 1)
    .map((message) => readMessageText((adapter.body && message.querySelector(adapter.body)) || message))
    .filter(Boolean)
    .join('\n');
}

/**
 * A reply box inside a message (comment threads) answers that message. Otherwise the search looks in ever wider
 * containers around the field, so a message in the same thread wins over one elsewhere on the page.
 */
function readNearestMessage(field: Element): string {
  let container = field.parentElement;
  while (container && !isMessageLike(container)) container = container.parentElement;
  if (container && !isOwnMessage(container)) {
    const text = readMessageText(container, field);
    if (text) return text;
  }
  // Up to the document or shadow root itself, whose direct children are messages too.
  for (let scope: (Node & ParentNode) | null = field.parentNode; scope; scope = scope.parentNode) {
    const candidates = [...scope.querySelectorAll(MESSAGE_LIKE)].filter(
      (candidate) => isMessageLike(candidate) && precedes(candidate, field) && !isOwnMessage(candidate),
    );
    for (const candidate of candidates.reverse()) {
      const text = readMessageText(wholeMessage(candidate, scope, field));
      if (text) return text;
    }
  }
  return '';
}

function isMessageLike(element: Element): boolean {
  if (element.tagName === 'ARTICLE' || element.tagName === 'BLOCKQUOTE') return true;
  const role = element.getAttribute('role');
  if (role === 'article' || role === 'listitem') return true;
  return [...element.classList].some((name) => MESSAGE_CLASS.test(name));
}

function isOwnMessage(element: Element): boolean {
  return [...element.classList].some((name) => OWN_MESSAGE_CLASS.test(name));
}

/** A quote or paragraph inside a post stands for the whole post. */
function wholeMessage(candidate: Element, scope: Node, field: Element): Element {
  let message = candidate;
  for (let parent = candidate.parentElement; parent && parent !== scope && !parent.contains(field); parent = parent.parentElement) {
    if (isMessageLike(parent)) message = parent;
  }
  return message;
}

/** Before the field in document order, and not one of its containers or its own content. */
function precedes(element: Element, field: Element): boolean {
  return (element.compareDocumentPosition(field) & DOCUMENT_POSITION_FOLLOWING) !== 0 && !element.contains(field);
}

/**
 * The words of one message, a line per paragraph, like `innerText` without the parts that are not the message
 * (nor the reply field itself, when it sits inside the message).
 */
export function readMessageText(message: Element, field?: Element): string {
  const lines: string[] = [''];
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      lines[lines.length - 1] += (node as Text).data;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (element === field || element.matches(NOT_MESSAGE_WORDS)) return;
    if (element.tagName === 'BR') {
      lines.push('');
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock) lines.push('');
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) lines.push('');
  };
  for (let child = message.firstChild; child; child = child.nextSibling) visit(child);
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function limitLength(text: string): string {
  if (text.length <= MAX_REPLY_TO_LENGTH) return text;
  const end = text.slice(-MAX_REPLY_TO_LENGTH);
  // Starts at a word, not inside one.
  return end.slice(end.search(/\s/) + 1);
}
