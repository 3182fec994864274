/**
 * Traditional Chinese as the gazette writes it (simplified, mainland): the OpenCC dictionaries
 * (opencc-js, the JavaScript build of the OpenCC project), Taiwan and Hong Kong variant forms
 * first, then traditional to simplified characters and phrases (`垃圾分類` → 垃圾分类, `乾淨` →
 * 干净). About 30 kB gzipped, so the search page loads this module only for a query with a
 * character no notice has (engine.ts).
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export const toSimplified: (text: string) => string = ConverterFactory(
  [[TWVariantsRevPhrases, TWVariantsRev]],
  [[HKVariantsRevPhrases, HKVariantsRev]],
  [[TSPhrases, TSCharacters]],
);
