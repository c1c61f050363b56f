// The standard mine-risk safety messages (docs/domain.md, "What to do") in all four languages.
// Wording rule: never call a place or an object safe in any language; "there is no danger" is as far as
// a quoted bystander goes, and "checked" never becomes "cleared". No political words.
// The texts live in safety-content.json, so `npm run translations` can export them for review and write
// the reviewed ones back; a text's optional "note" is shown to the translator, never to the reader.
import type { L10n } from '../../model/vocabulary';
import texts from './safety-content.json' with { type: 'json' };

/** A text that has every language: the guide must never fall back to English. */
export type SafetyText = Required<L10n> & { note?: string };

/** The five steps, in order; the id picks the pictogram. */
export type SafetyStepId = 'stop' | 'warn' | 'go-back' | 'mark' | 'report';

/** One step: a short bold imperative and one to three short sentences. */
export interface SafetyStep {
  id: SafetyStepId;
  heading: SafetyText;
  body: readonly SafetyText[];
}

/** A titled list of short texts (rules, a group of danger signs, road advice). */
export interface SafetyList {
  heading: SafetyText;
  items: readonly SafetyText[];
}

/** Everything the Safety guide screen shows. */
export interface SafetyContent {
  title: SafetyText;
  risk: SafetyText;
  intro: SafetyText;
  steps: readonly SafetyStep[];
  rules: SafetyList;
  signsHeading: SafetyText;
  signGroups: readonly SafetyList[];
  roads: SafetyList;
}

/** The mine-risk guide's texts. */
// The JSON's step ids are plain strings to TypeScript; safety-content.test.ts holds them to SafetyStepId.
export const SAFETY_CONTENT = texts as SafetyContent;
