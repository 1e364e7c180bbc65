import type { FlavorId } from './lexicon';

export type { FlavorId } from './lexicon';

export type Intensity = 'mild' | 'moderate' | 'strong';

export interface FeelingMention {
  flavor: FlavorId;
  /** The words as they appear in the text, e.g. "can't breathe". */
  surface: string;
  /** Reads after "you're feeling", e.g. "suffocated". */
  feeling: string;
  /** UTF-16 offsets of `surface` in the text. */
  start: number;
  end: number;
  /** From intensifiers and hedges around the words ("so", "really", "a bit", "kind of") or the words themselves. */
  intensity: Intensity;
  /** Denied ("I'm not angry") or only wished or supposed ("I should be happy"); never used for suggestions. */
  negated: boolean;
  /** Perspective-shifted situation the feeling attaches to, ready to follow it: "since your surgery", "at work". */
  situation?: string;
}

export type ReflectionStyle = 'reflect' | 'reflect-question' | 'tentative';

export interface Reflection {
  style: ReflectionStyle;
  text: string;
  flavor?: FlavorId;
}
