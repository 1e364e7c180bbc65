import { buildEditorPages } from './editors/build';

/** Runs once before the end-to-end files: bundles the editor fixture pages (about a second). */
export default async function setup(): Promise<void> {
  await buildEditorPages();
}
