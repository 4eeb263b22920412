/** A section heading split into the reference it starts with ("17a", "Priority One") and its title. */
export interface ParsedHeading {
  readonly ref?: string;
  readonly title: string;
}

/** "17a) Title", "18. Title", "17a – Title" (as rag-report itself prints a heading). */
const NUMBERED = /^(\d{1,3}[A-Za-z]?)(?:\s*[).:]|\s+[-–—])\s+(\S.*)$/;
const NAMED = /^((?:priority|value|objective|theme|outcome|area|section|pillar|aim|goal|part)\s+(?:\d{1,3}[a-z]?|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten))\s*[-–—:.)]\s*(\S.*)$/i;

export function parseHeading(heading: string): ParsedHeading {
  const text = heading.replace(/\s+/g, ' ').trim();
  const match = NUMBERED.exec(text) ?? NAMED.exec(text);
  return match ? { ref: match[1]!, title: match[2]!.trim() } : { title: text };
}
