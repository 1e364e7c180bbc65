/** Keys that move focus between a popup's buttons, as in a menu. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * Moves focus among the buttons in `container` for an arrow, Home or End key, wrapping around.
 * Returns false for any other key, so the caller leaves it alone.
 */
export function moveFocusForKey(container: Element, focused: Element | null, key: string): boolean {
  const move = MOVES[key];
  if (!move) return false;
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  if (buttons.length === 0) return false;
  const index = buttons.findIndex((button) => button === focused);
  buttons[index === -1 ? 0 : move(index, buttons.length)]!.focus();
  return true;
}
