import { sectionPageSizeDefaults } from 'docx';

/** A4 portrait in twips; docx's default page size is A4 already, named here so the choice is visible. */
export const PAGE_SIZE = { width: sectionPageSizeDefaults.WIDTH, height: sectionPageSizeDefaults.HEIGHT };

// docx's convertMillimetersToTwip truncates (1133); rounding gives the exact 2 cm Word shows.
const TWO_CM = Math.round((20 / 25.4) * 1440);

/** 2 cm all round: room for a footer, and a wide text column for the action tables. */
export const PAGE_MARGIN = { top: TWO_CM, right: TWO_CM, bottom: TWO_CM, left: TWO_CM };
