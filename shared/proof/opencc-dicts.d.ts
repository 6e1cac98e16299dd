// opencc-js ships its dictionaries as plain string modules without type declarations.
// Only the two traditional→simplified tables are imported (not the full presets).
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dict: string;
  export default dict;
}
