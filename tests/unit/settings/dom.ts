import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tells React that updates in these tests are wrapped in act().
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let mounted: { root: Root; container: HTMLElement } | undefined;

/** Renders into a fresh container and lets effects and storage reads settle. */
export async function render(node: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted = { root, container };
  await act(async () => root.render(node));
  await settle();
  return container;
}

export function unmount(): void {
  if (!mounted) return;
  const { root, container } = mounted;
  act(() => root.unmount());
  container.remove();
  mounted = undefined;
}

/** Lets pending promises (fake storage, permission answers) and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Types into a React-controlled input the way a user does: through the native value setter, then an input event. */
export function typeInto(input: HTMLInputElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function getByLabel(container: HTMLElement, label: string): HTMLElement {
  const labelElement = [...container.querySelectorAll('label')].find((element) => element.textContent?.trim() === label);
  const target = labelElement?.htmlFor
    ? container.querySelector<HTMLElement>(`#${CSS.escape(labelElement.htmlFor)}`)
    : (labelElement?.querySelector<HTMLElement>('input, select, textarea') ?? null);
  if (!target) throw new Error(`No control labelled "${label}"`);
  return target;
}

export function getButton(container: HTMLElement, name: string): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find(
    (element) => (element.getAttribute('aria-label') ?? element.textContent?.trim()) === name,
  );
  if (!button) throw new Error(`No button named "${name}"`);
  return button;
}

export function click(element: HTMLElement): void {
  act(() => element.click());
}
