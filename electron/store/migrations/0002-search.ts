/**
 * Chinese full-text search. FTS5's trigram tokenizer finds substrings of 3+ characters but
 * returns nothing for 1–2; so a second contentless index holds overlapping Han bigrams (and each
 * run's last character) as unicode61 tokens: a 2-character query is one token, a 1-character
 * query a prefix. Both are filled by the story repository, keyed by story id.
 */
export const sql = /* sql */ `
CREATE VIRTUAL TABLE story_fts_tri USING fts5(text, tokenize = 'trigram', detail = full, content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE story_fts_bi USING fts5(text, tokenize = 'unicode61', content = '', contentless_delete = 1);
`;
