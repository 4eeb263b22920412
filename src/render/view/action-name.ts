import type { RatedAction } from '../../model/index.js';
import type { BilingualText } from '../../schema/index.js';
import { firstParagraph } from './texts.js';

/** Longest lead-in before a colon that still reads as a name, in characters. */
const SHORT_NAME = 90;

/**
 * How a sentence names an action: its `title` when it has one; else its text
 * up to the first colon when that part is short ("Continuation and future
 * development of the School liaison programme: Support ..." names the
 * programme); else its first paragraph. Never with a final full stop, since
 * a dash or more words follow it.
 */
export function actionName(action: Pick<RatedAction, 'title' | 'action'>, text: (value: BilingualText) => string): string {
  if (action.title) return withoutFinalStop(firstParagraph(text(action.title)));
  const whole = firstParagraph(text(action.action));
  const colon = /:\s/.exec(whole);
  const lead = colon ? whole.slice(0, colon.index).trim() : '';
  return withoutFinalStop(lead && [...lead].length <= SHORT_NAME ? lead : whole);
}

/** A title or name as it reads inside a sentence: no trailing full stop, colon or semicolon. */
export function withoutFinalStop(text: string): string {
  return text.replace(/[\s.:;,]+$/u, '');
}
