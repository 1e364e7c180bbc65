import { meToo } from './me-too';
import { presumedUnderstanding } from './presumed-understanding';
import { selfFocus } from './self-focus';
import { selfStory } from './self-story';
import type { Rule } from './types';

/** Every rule, sorted by id. Adding a rule means adding its file and one line here. */
export const rules: readonly Rule[] = [meToo, presumedUnderstanding, selfFocus, selfStory];

export type { Rule, RuleMeta } from './types';
