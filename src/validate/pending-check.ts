import type { Problem } from '../problems/index.js';
import type { TextTools } from './text-tools.js';

/**
 * The rest of a check that needs the Markdown parser or the summary's
 * template engine: kept until every quick check has run, so that those
 * libraries are loaded only when some text needs them (see validateDataLazily).
 */
export type PendingCheck = (tools: TextTools) => Problem[];
