import { describe, expect, it } from 'vitest';
import { siteSwitchFor } from '@/lib/settings/site-switch';

const PAGE = 'https://talk.forum.example/t/1';
const PATTERN = 'https://talk.forum.example/*';

describe('siteSwitchFor', () => {
  it.each([
    { case: 'off when no site covers the page', sites: ['https://other.example/*'], expected: { isOn: false } },
    { case: 'on through the page’s own pattern', sites: [PATTERN], expected: { isOn: true } },
    { case: 'on through its own pattern even when a broader one covers it too', sites: ['*://*.forum.example/*', PATTERN], expected: { isOn: true } },
    {
      case: 'on through a broader pattern only, which the switch must not remove',
      sites: ['*://*.forum.example/*'],
      expected: { isOn: true, broaderPattern: '*://*.forum.example/*' },
    },
  ])('$case', ({ sites, expected }) => {
    expect(siteSwitchFor(sites, PAGE, PATTERN)).toEqual(expected);
  });
});
