/** What a key press asks of Attune in a field, VS Code's way. */
export type ReviewCommand = 'open-fixes' | 'next-finding' | 'previous-finding';

export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Ctrl+. (Cmd+. on macOS) opens the fixes at the caret; Alt+F8 and Shift+Alt+F8 move to the next
 * and previous finding. Any other key, or extra modifiers, is not Attune's.
 */
export function reviewCommandFor(event: KeyPress, isMac: boolean): ReviewCommand | null {
  const commandKey = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  // `code` covers layouts where "." needs Shift or sits elsewhere; `key` covers remapped keys.
  const isPeriod = event.key === '.' || event.code === 'Period';
  if (commandKey && isPeriod && !event.altKey && !event.shiftKey) return 'open-fixes';
  if (event.key === 'F8' && event.altKey && !event.ctrlKey && !event.metaKey) {
    return event.shiftKey ? 'previous-finding' : 'next-finding';
  }
  return null;
}

/** macOS (and iPadOS with a keyboard) uses Cmd where other systems use Ctrl. */
export function isMacPlatform(navigator: Pick<Navigator, 'platform' | 'userAgent'>): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
