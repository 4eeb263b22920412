import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/** Colour only on a terminal that has it (not TERM=dumb), never with NO_COLOR; FORCE_COLOR forces it. Words always carry the meaning. */
export function paintFor(io: Io): ChalkInstance {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const disabled = (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || (io.env.TERM === 'dumb' && !forced);
  return new Chalk({ level: disabled ? 0 : forced || io.isTTY ? 2 : 0 });
}
