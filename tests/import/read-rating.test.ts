import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/import/import-scale.js';
import { readRating } from '../../src/import/read-rating.js';

const RAG = DEFAULT_SCALE.filter((rating) => rating.key !== 'blue');

describe('the rating of a RAG cell', () => {
  it("matches Word's shades to the nearest colour of the scale", () => {
    const shades: Record<string, string> = {
      FF0000: 'red',
      C00000: 'red',
      FFC000: 'amber',
      FFBF00: 'amber',
      FFFF00: 'amber',
      '00B050': 'green',
      '92D050': 'green',
    };
    for (const [shade, rating] of Object.entries(shades)) expect(readRating('', shade, RAG), shade).toEqual({ rating, from: 'shading' });
  });

  it('reads the word in the cell before its colour: labels, N/A and colour names', () => {
    expect(readRating('Green', 'FFC000', RAG)).toEqual({ rating: 'green', from: 'word' });
    expect(readRating('Yellow', undefined, RAG)).toEqual({ rating: 'amber', from: 'word' });
    expect(readRating('N/A', undefined, RAG)).toEqual({ rating: 'n/a', from: 'word' });
    expect(readRating('Red/Coch', undefined, RAG)).toEqual({ rating: 'red', from: 'word' });
    expect(readRating(' amber. ', undefined, RAG)).toEqual({ rating: 'amber', from: 'word' });
    expect(readRating('G', undefined, RAG)).toEqual({ rating: 'green', from: 'word' });
    expect(readRating('X', '00B050', RAG)).toEqual({ rating: 'green', from: 'shading' });
  });

  it('falls back on the colour when the word is not a rating', () => {
    expect(readRating('On track', '92D050', RAG)).toEqual({ rating: 'green', from: 'shading' });
  });

  it('never guesses a shade close to none of the colours, or as close to two', () => {
    for (const shade of ['7030A0', 'FFFFFF', 'D9D9D9', 'E36C09', '0070C0']) {
      expect(readRating('', shade, RAG), shade).toHaveProperty('problem', expect.stringContaining(`shaded #${shade}, which is close to none`));
    }
    expect(readRating('Complete', undefined, RAG)).toHaveProperty('problem', expect.stringContaining('reads "Complete", which is not a rating'));
    expect(readRating('', undefined, RAG)).toHaveProperty('problem', expect.stringContaining('empty'));
  });

  it("uses the report's own colours when they differ from Word's", () => {
    const scale = [
      { key: 'red', words: ['red'], colour: 'C0504D' },
      { key: 'green', words: ['green'], colour: '9BBB59' },
      { key: 'blue', words: ['blue', 'complete'], colour: '4F81BD' },
    ];
    expect(readRating('', '4F81BD', scale)).toEqual({ rating: 'blue', from: 'shading' });
    expect(readRating('Complete', undefined, scale)).toEqual({ rating: 'blue', from: 'word' });
    expect(readRating('', '00B050', scale)).toEqual({ rating: 'green', from: 'shading' });
  });
});
