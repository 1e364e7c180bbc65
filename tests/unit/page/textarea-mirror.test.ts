// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { TextareaMirror } from '@/lib/page/textarea-mirror';

let container: HTMLElement;
let textarea: HTMLTextAreaElement;
let mirror: TextareaMirror;

/** The mirror's lines as it holds them: one block per line, an empty line as a line break. */
function mirroredLines(): string[] {
  const [element] = container.children;
  return [...element!.children].map((block) => (block.firstElementChild?.tagName === 'BR' ? '<br>' : block.textContent!));
}

function show(value: string): void {
  textarea.value = value;
  mirror.update(textarea, window);
}

beforeEach(() => {
  document.body.innerHTML = '<textarea style="text-indent: 12px"></textarea><div id="mirrors"></div>';
  textarea = document.querySelector('textarea')!;
  container = document.getElementById('mirrors')!;
  mirror = new TextareaMirror(container);
});

describe('TextareaMirror', () => {
  it('lays the text out one block per line, an empty line keeping its height', () => {
    show('Thank you.\n\nMe too.');
    expect(mirroredLines()).toEqual(['Thank you.', '<br>', 'Me too.']);
  });

  it('replaces only the lines an edit changed, so a long draft is not laid out again', () => {
    show('One.\nTwo.\nThree.\nFour.');
    const [one, two, three, four] = container.firstElementChild!.children;

    show('One.\nTwo, me too.\nThree.\nFour.');
    let blocks = [...container.firstElementChild!.children];
    expect(mirroredLines()).toEqual(['One.', 'Two, me too.', 'Three.', 'Four.']);
    expect(blocks[0]).toBe(one);
    expect(blocks[1]).toBe(two);
    expect(blocks[2]).toBe(three);
    expect(blocks[3]).toBe(four);

    show('One.\nTwo, me too.\nNew.\nThree.\nFour.');
    blocks = [...container.firstElementChild!.children];
    expect(mirroredLines()).toEqual(['One.', 'Two, me too.', 'New.', 'Three.', 'Four.']);
    expect(blocks[3]).toBe(three);
    expect(blocks[4]).toBe(four);

    show('One.\nFour.');
    expect(mirroredLines()).toEqual(['One.', 'Four.']);
    expect(container.firstElementChild!.children[0]).toBe(one);
    expect(container.firstElementChild!.children[1]).toBe(four);
  });

  it('follows a textarea emptied and filled again', () => {
    show('Me too.');
    show('');
    expect(mirroredLines()).toEqual(['<br>']);
    show('Same here.\nMe too.');
    expect(mirroredLines()).toEqual(['Same here.', 'Me too.']);
  });

  it('indents only the first line, as the textarea does', () => {
    show('First.\nSecond.');
    const blocks = () => [...container.firstElementChild!.children] as HTMLElement[];
    expect(blocks().map((block) => block.style.textIndent)).toEqual(['12px', '']);

    show('Second.');
    expect(blocks().map((block) => block.style.textIndent)).toEqual(['12px']);
  });

  it('leaves nothing behind when removed', () => {
    show('Me too.');
    mirror.remove();
    expect(container.children).toHaveLength(0);
  });
});
