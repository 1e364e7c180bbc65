// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { moveFocusForKey } from '@/lib/page/roving-focus';

function menu(): { container: HTMLElement; buttons: HTMLButtonElement[] } {
  document.body.innerHTML = '<div><button>Reflect</button><button>Ask</button><button disabled>Off</button><button>Remove</button></div>';
  const container = document.querySelector('div')!;
  return { container, buttons: [...container.querySelectorAll('button')] };
}

describe('moveFocusForKey', () => {
  it.each([
    ['ArrowDown moves to the next button, skipping disabled ones', 1, 'ArrowDown', 'Remove'],
    ['ArrowDown wraps from the last to the first', 3, 'ArrowDown', 'Reflect'],
    ['ArrowUp moves to the previous button', 1, 'ArrowUp', 'Reflect'],
    ['ArrowUp wraps from the first to the last', 0, 'ArrowUp', 'Remove'],
    ['Home goes to the first', 3, 'Home', 'Reflect'],
    ['End goes to the last', 0, 'End', 'Remove'],
  ])('%s', (_, from, key, expected) => {
    const { container, buttons } = menu();
    buttons[from]!.focus();
    expect(moveFocusForKey(container, document.activeElement, key)).toBe(true);
    expect(document.activeElement?.textContent).toBe(expected);
  });

  it('leaves other keys to the caller', () => {
    const { container, buttons } = menu();
    buttons[0]!.focus();
    expect(moveFocusForKey(container, buttons[0]!, 'Enter')).toBe(false);
    expect(moveFocusForKey(container, buttons[0]!, 'Tab')).toBe(false);
    expect(document.activeElement).toBe(buttons[0]);
  });
});
