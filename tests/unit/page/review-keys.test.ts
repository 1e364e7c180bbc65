import { describe, expect, it } from 'vitest';
import { isMacPlatform, reviewCommandFor, type KeyPress } from '@/lib/page/review-keys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: key === '.' ? 'Period' : key === 'F8' ? 'F8' : `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('reviewCommandFor', () => {
  it.each([
    ['Ctrl+. elsewhere', press('.', { ctrlKey: true }), false, 'open-fixes'],
    ['Cmd+. on macOS', press('.', { metaKey: true }), true, 'open-fixes'],
    ['Ctrl+. with a layout that types another character on that key', { ...press('.', { ctrlKey: true }), key: ':' }, false, 'open-fixes'],
    ['Alt+F8', press('F8', { altKey: true }), false, 'next-finding'],
    ['Shift+Alt+F8', press('F8', { altKey: true, shiftKey: true }), false, 'previous-finding'],
    ['Alt+F8 on macOS', press('F8', { altKey: true }), true, 'next-finding'],
  ] as const)('%s → %s', (_, event, isMac, expected) => {
    expect(reviewCommandFor(event, isMac)).toBe(expected);
  });

  it.each([
    ['a plain period (typing)', press('.'), false],
    ['Cmd+. off macOS', press('.', { metaKey: true }), false],
    ['Ctrl+. on macOS (not the Mac shortcut)', press('.', { ctrlKey: true }), true],
    ['Ctrl+Shift+.', press('.', { ctrlKey: true, shiftKey: true }), false],
    ['Ctrl+Alt+.', press('.', { ctrlKey: true, altKey: true }), false],
    ['F8 alone', press('F8'), false],
    ['Ctrl+Alt+F8', press('F8', { altKey: true, ctrlKey: true }), false],
    ['Ctrl+Z', press('z', { ctrlKey: true }), false],
  ] as const)('leaves %s alone', (_, event, isMac) => {
    expect(reviewCommandFor(event, isMac)).toBeNull();
  });
});

describe('isMacPlatform', () => {
  it.each([
    [{ platform: 'MacIntel', userAgent: '' }, true],
    [{ platform: 'iPad', userAgent: '' }, true],
    [{ platform: 'Linux x86_64', userAgent: '' }, false],
    [{ platform: 'Win32', userAgent: '' }, false],
    [{ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' }, true],
  ])('%o → %s', (navigator, expected) => {
    expect(isMacPlatform(navigator)).toBe(expected);
  });
});
