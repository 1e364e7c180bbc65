// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findReplyTarget, MAX_REPLY_TO_LENGTH, readMessageText } from '@/lib/page/reply-target';

/** Lays out a page and returns its reply field, the element marked `data-field`. */
function fieldIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[data-field]')!;
}

const portal = (messages: string) => `
  <main class="thread">
    <div class="messages">${messages}</div>
    <form class="composer"><textarea data-field></textarea></form>
  </main>`;
const portalMessage = (direction: 'incoming' | 'outgoing', author: string, body: string) => `
  <article class="message message--${direction}" data-author="${author}">
    <div>
      <header class="message__header"><span class="message__author">${author}</span><time>Mon 7:42 AM</time></header>
      <div class="message__body">${body}</div>
    </div>
  </article>`;

const forum = `
  <article class="post post--parent" id="parent-post">
    <header class="post__header"><span>quietharbor</span><time>Mar 17</time></header>
    <div class="post__body"><p>My mom died in December.</p><p>I feel completely alone.</p></div>
    <footer class="post__footer"><span>♡ 38 hugs</span><span>Reply</span></footer>
  </article>
  <article class="post"><div class="post__body"><p>Sending you a hug.</p></div></article>
  <article class="post"><div class="post__body"><p>Thinking of you.</p></div></article>
  <section class="reply-box"><div contenteditable="true" data-field></div></section>`;

const chat = (bubbles: string) => `
  <ol class="messages">${bubbles}</ol>
  <div class="composer-bar"><div contenteditable="true" role="textbox" data-field></div></div>`;
const bubble = (direction: 'incoming' | 'outgoing', text: string) =>
  `<li class="bubble bubble--${direction}">${text}<time datetime="20:47">8:47 PM</time></li>`;

describe('findReplyTarget on the known layouts', () => {
  it.each([
    {
      layout: 'the patient’s message above a portal composer, without its header',
      html: portal(
        portalMessage('outgoing', 'clinician', '<p>Please keep a sleep diary.</p>') +
          portalMessage('incoming', 'patient', '<p>I still wake up at 3.</p><p>I feel trapped, like there’s no way out.</p>'),
      ),
      text: 'I still wake up at 3.\nI feel trapped, like there’s no way out.',
      foundBy: 'patient portal: the patient’s message',
    },
    {
      layout: 'the latest of several patient messages',
      html: portal(portalMessage('incoming', 'patient', '<p>First note.</p>') + portalMessage('incoming', 'patient', '<p>I’m scared about the results.</p>')),
      text: 'I’m scared about the results.',
      foundBy: 'patient portal: the patient’s message',
    },
    {
      layout: 'a patient message even when the clinician wrote last',
      html: portal(portalMessage('incoming', 'patient', '<p>I feel hopeless.</p>') + portalMessage('outgoing', 'clinician', '<p>Noted.</p>')),
      text: 'I feel hopeless.',
      foundBy: 'patient portal: the patient’s message',
    },
    {
      layout: 'the forum’s parent post, not the replies between it and the editor',
      html: forum,
      text: 'My mom died in December.\nI feel completely alone.',
      foundBy: 'forum: the parent post',
    },
    {
      layout: 'the chat’s last run of incoming bubbles, without their times',
      html: chat(
        bubble('incoming', 'old news') +
          bubble('outgoing', 'how’s your dad?') +
          bubble('incoming', 'sorry, it’s been a mess') +
          bubble('incoming', 'I’m so overwhelmed I can’t think straight'),
      ),
      text: 'sorry, it’s been a mess\nI’m so overwhelmed I can’t think straight',
      foundBy: 'chat: the last incoming bubbles',
    },
    {
      layout: 'the incoming bubbles before the user’s own latest bubble',
      html: chat(bubble('incoming', 'I feel so stuck') + bubble('incoming', 'and tired') + bubble('outgoing', 'same here')),
      text: 'I feel so stuck\nand tired',
      foundBy: 'chat: the last incoming bubbles',
    },
  ])('$layout', ({ html, text, foundBy }) => {
    expect(findReplyTarget(fieldIn(html))).toEqual({ text, foundBy });
  });
});

describe('findReplyTarget on other pages (the nearest message above the field)', () => {
  it.each([
    {
      page: 'an element with role=article',
      html: '<div role="article"><p>I can’t sleep since the surgery.</p></div><textarea data-field></textarea>',
      text: 'I can’t sleep since the surgery.',
    },
    {
      page: 'the last list item of a role=list thread',
      html: `<div role="list"><div role="listitem">Hi</div><div role="listitem">I feel so ashamed.</div></div>
        <div contenteditable="true" data-field></div>`,
      text: 'I feel so ashamed.',
    },
    {
      page: 'a blockquote above the field',
      html: '<blockquote>Nobody cares what happens to me.</blockquote><div><textarea data-field></textarea></div>',
      text: 'Nobody cares what happens to me.',
    },
    {
      page: 'a comment container known by its class name',
      html: '<div class="thread"><div class="c-comment"><span>I’m exhausted.</span></div></div><textarea data-field></textarea>',
      text: 'I’m exhausted.',
    },
    {
      page: 'a whole post when it quotes another message inside',
      html: '<article><blockquote>Did you call them?</blockquote><p>I did, and I’m furious.</p></article><textarea data-field></textarea>',
      text: 'Did you call them?\nI did, and I’m furious.',
    },
    {
      page: 'the message a reply box sits inside (comment threads), without the box',
      html: `<article><p>An older post.</p></article>
        <div class="comment"><p>I lost my job today.</p><form><textarea data-field>draft</textarea><button>Reply</button></form></div>`,
      text: 'I lost my job today.',
    },
    {
      page: 'the other person’s message, skipping the user’s own after it',
      html: `<div class="chat-message">I feel lost.</div><div class="chat-message chat-message--outgoing">me too</div>
        <div class="msg msg-self">honestly same</div><textarea data-field></textarea>`,
      text: 'I feel lost.',
    },
    {
      page: 'a known layout with no incoming message before the field',
      html: `<article class="message message--outgoing" data-author="clinician"><div class="message__body">Hello</div></article>
        <blockquote>I feel stuck.</blockquote><textarea data-field></textarea>`,
      text: 'I feel stuck.',
    },
  ])('$page', ({ html, text }) => {
    expect(findReplyTarget(fieldIn(html))).toEqual({ text, foundBy: 'nearest message' });
  });

  it('prefers a message in the field’s own thread to one earlier on the page', () => {
    const field = fieldIn(`
      <article><p>Site news: we moved servers.</p></article>
      <section class="thread"><div class="messages"><div role="listitem">I feel trapped at work.</div></div>
        <div class="composer"><textarea data-field></textarea></div></section>`);
    expect(findReplyTarget(field)?.text).toBe('I feel trapped at work.');
  });
});

describe('findReplyTarget for a field inside a web component’s shadow root', () => {
  function fieldInShadowOf(html: string, shadowHtml: string): Element {
    document.body.innerHTML = html;
    const host = document.querySelector('[data-host]')!;
    host.attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
    return host.shadowRoot!.querySelector('[data-field]')!;
  }

  it('finds the page’s message around the component', () => {
    const field = fieldInShadowOf(
      portal(portalMessage('incoming', 'patient', '<p>I feel trapped.</p>')).replace('<textarea data-field></textarea>', '<reply-box data-host></reply-box>'),
      '<textarea data-field></textarea>',
    );
    expect(findReplyTarget(field)).toEqual({ text: 'I feel trapped.', foundBy: 'patient portal: the patient’s message' });
  });

  it('finds a message inside the same shadow root first', () => {
    const field = fieldInShadowOf(
      '<article>Page news.</article><chat-app data-host></chat-app>',
      '<div class="chat-message">I’m so tired of fighting.</div><div contenteditable="true" data-field></div>',
    );
    expect(findReplyTarget(field)).toEqual({ text: 'I’m so tired of fighting.', foundBy: 'nearest message' });
  });
});

describe('findReplyTarget finds nothing', () => {
  it.each([
    ['on a page with only the field', '<form><label>Note</label><textarea data-field></textarea></form>'],
    ['when every message comes after the field', '<textarea data-field></textarea><article>I feel alone.</article>'],
    ['when the only messages are the user’s own', '<div class="message message--outgoing">Me too</div><textarea data-field></textarea>'],
    ['in a list container or a message’s parts alone', '<ul class="messages"><li>menu</li></ul><div class="message__body"></div><textarea data-field></textarea>'],
    ['when the message has no words', '<article><time>9:14 PM</time><button>Reply</button></article><textarea data-field></textarea>'],
  ])('%s', (_, html) => {
    expect(findReplyTarget(fieldIn(html))).toBeUndefined();
  });
});

describe('findReplyTarget with a very long message', () => {
  it(`keeps the last ${MAX_REPLY_TO_LENGTH} characters, starting at a word`, () => {
    const long = `${'Work has been a lot lately. '.repeat(400)}I feel hopeless.`;
    const target = findReplyTarget(fieldIn(`<article><p>${long}</p></article><textarea data-field></textarea>`));
    expect(target!.text.length).toBeLessThanOrEqual(MAX_REPLY_TO_LENGTH);
    expect(target!.text.endsWith('I feel hopeless.')).toBe(true);
    expect(long.endsWith(target!.text)).toBe(true);
    expect(target!.text).toMatch(/^[A-Za-z]/);
  });
});

describe('readMessageText', () => {
  it.each([
    ['paragraphs on their own lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['a line break', 'One.<br>Two.', 'One.\nTwo.'],
    ['runs of spaces and newlines as one space', '<p>I   feel\n   so   tired.</p>', 'I feel so tired.'],
    ['inline markup as part of the line', '<p>I feel <b>so</b> <em>alone</em>.</p>', 'I feel so alone.'],
    ['no header, time, buttons or hidden text', '<header>Sam</header><p>Hi.</p><time>9 PM</time><button>Like</button><span aria-hidden="true">❤</span><span hidden>x</span>', 'Hi.'],
  ])('reads %s', (_, html, expected) => {
    const message = document.createElement('div');
    message.innerHTML = html;
    expect(readMessageText(message)).toBe(expected);
  });
});
