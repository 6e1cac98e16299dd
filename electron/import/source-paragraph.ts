/** A paragraph as it came out of the source file, before any repair. */
export interface SourceParagraph {
  /** Text of the paragraph (one line of a .txt, one <p> of a .docx). Offsets in repairs refer to it. */
  text: string;
  /** Formatting cue from the source: a heading style, or a paragraph set wholly in bold. */
  hint?: 'heading' | 'bold';
  /** True when the source separated this paragraph from the previous one by a blank line. */
  afterBlank?: boolean;
  /**
   * True when this paragraph's end and the start of the next paragraph of copy (page furniture
   * skipped) make one word or one number (导|航, 28|6.5万亩): the break is extraction damage.
   */
  breaksWord?: boolean;
  /**
   * The headline tier the source's type sizes give (PDF: the largest line of a head is the 主题,
   * lines above it 引题, below it 副题). When present it decides the role; the text cues do not.
   */
  tier?: HeadlineTier;
  /**
   * True when the source's layout says this paragraph's copy goes on in the next paragraph of copy
   * past the page furniture between them (a PDF story's 下转…上接 jump): a break the page cut.
   */
  runsOn?: boolean;
  /**
   * The page of a multi-page source (PDF) the paragraph was read from, 1-based. A story is never
   * continued across a page break by guesswork, only where jump lines say so.
   */
  page?: number;
}

/** A line's place in a story's head. */
export type HeadlineTier = 'kicker' | 'headline' | 'subhead';
