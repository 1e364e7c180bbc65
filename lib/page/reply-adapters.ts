/**
 * Where known layouts keep the message being replied to. Data only: `findReplyTarget` reads it.
 * A page that matches no adapter gets the generic search for the nearest message above the field.
 */
export interface ReplyAdapter {
  /** Names the layout in tests. */
  name: string;
  /** Present only on pages with this layout. */
  page: string;
  /** The other person's messages. */
  incoming: string;
  /** The user's own messages, where the layout shows them in the same list; they end a run of incoming ones. */
  outgoing?: string;
  /** Where the words sit inside one message; the whole message when absent. */
  body?: string;
  /** Several incoming messages in a row are read as one (chat bubbles sent one line at a time). */
  readRun?: boolean;
}

export const replyAdapters: readonly ReplyAdapter[] = [
  {
    name: 'patient portal: the patient’s message',
    page: 'article.message[data-author]',
    incoming: 'article.message--incoming, article.message[data-author="patient"]',
    body: '.message__body',
  },
  {
    name: 'forum: the parent post',
    page: '.post--parent',
    incoming: '.post--parent',
    body: '.post__body',
  },
  {
    name: 'chat: the last incoming bubbles',
    page: '.bubble--incoming',
    incoming: '.bubble--incoming',
    outgoing: '.bubble--outgoing',
    readRun: true,
  },
];
