/**
 * Colours people type for a rating ("Yellow" for amber), as Word's palette shows
 * them: `validate` suggests the rating nearest a colour typed in `rag:`, and
 * `import` reads a RAG cell that holds a colour's name.
 */
export const COLOUR_NAMES: Readonly<Record<string, string>> = {
  red: '#FF0000',
  'dark red': '#C00000',
  orange: '#FFA500',
  amber: '#FFC000',
  gold: '#FFC000',
  yellow: '#FFFF00',
  green: '#00B050',
  'light green': '#92D050',
  'dark green': '#00B050',
  lime: '#00FF00',
  blue: '#0070C0',
  'light blue': '#00B0F0',
  purple: '#800080',
  grey: '#808080',
  gray: '#808080',
  black: '#000000',
  white: '#FFFFFF',
};
