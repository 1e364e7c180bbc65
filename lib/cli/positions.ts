/** 1-based line and column; the column counts UTF-16 code units, as editors and problem matchers do. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps offsets to lines for one text. "\r\n", "\n" and a lone "\r" each end a line, as in the
 * Language Server Protocol. Line starts are found once, so a large file with many findings stays fast.
 */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x0a || (char === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}
