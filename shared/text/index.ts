/** Pure text helpers for Chinese copy: character classes, 字数, code-point iteration, normalisation. */
export * from './char-class';
export * from './code-points';
export * from './count-chars';
export * from './normalize';
