// Whether a word is a first name, the way compromise reads one capitalised word alone, without loading
// compromise: its word lists are copied into data/first-names.json by scripts/first-names.ts (compromise, MIT
// licence). compromise splits a hyphenated word and tags each part, so "Ann-Marie" is a first name when a part is.
import names from './data/first-names.json' with { type: 'json' };

const FIRST_NAMES = new Set<string>(names);

export const isFirstNameWord = (word: string): boolean => word.toLowerCase().split('-').some((part) => FIRST_NAMES.has(part));
