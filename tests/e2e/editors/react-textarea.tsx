import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { connectComposer } from './composer';

/** A controlled textarea: React state is the truth, and the DOM value is re-rendered from it. */
function ReplyBox() {
  const [draft, setDraft] = useState('');
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => connectComposer({ text: () => latest.current, clear: () => setDraft('') }), []);
  return <textarea className="composer__textarea" aria-label="Reply" rows={6} value={draft} onChange={(event) => setDraft(event.target.value)} />;
}

export function mount(host: HTMLElement): void {
  createRoot(host).render(<ReplyBox />);
}
