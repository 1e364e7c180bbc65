export function suggestReflections(_: { incoming?: string; draftContext?: string }) {
  return [{ style: 'reflect', text: 'It sounds like this has been really hard. Is that right?' }];
}
