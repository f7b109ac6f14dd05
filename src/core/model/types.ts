// The issue model. Plain data, no classes: it is stored in IndexedDB, carried in share links and
// diffed for undo. Every part that came from a file keeps its original text in `source` until it
// is edited; export writes that text back verbatim, and renders only what has no source.
//
// Separators are explicit: `after` is the exact text between the end of a part's own lines and the
// start of the next part (line endings and blank lines), so concatenating the parts of an
// unedited issue gives back the file byte for byte.

/** A mark on a run of inline text; mirrors TipTap's bold, italic, code, strike and link marks. */
export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'strike' }
  | { type: 'link'; href: string; title?: string };

/**
 * Inline content. `text` may hold '\n' for a soft line break; `hardBreak` is a hard line break;
 * `raw` is inline markdown the model does not understand (an image, inline HTML, a footnote
 * reference), kept and written back as it was.
 */
export type Inline =
  | { kind: 'text'; text: string; marks?: Mark[] }
  | { kind: 'hardBreak' }
  | { kind: 'raw'; markdown: string };

export type RichText = Inline[];

/** One summary bullet of a card. Depth 1 is the first level under the card, at most 3. */
export interface Bullet {
  id: string;
  depth: 1 | 2 | 3;
  content: RichText;
  /** The bullet's own lines as read (marker, indentation and continuation lines), no line end. */
  source?: string;
  /** Text after this bullet's own lines, up to the next bullet or the end of the card. */
  after: string;
}

/** A paragraph of a card's description, after its title line (paragraph and heading cards). */
export interface CardParagraph {
  id: string;
  content: RichText;
  source?: string;
  /** Text after this paragraph, up to the next one or the end of the card. */
  after: string;
}

export interface LinkCard {
  kind: 'card';
  id: string;
  /** The link's text; a title that wrapped over lines in the file reads as one line here. */
  title: string;
  url: string;
  /** A tag such as "Blog" written as `[**Blog**] ` before the title link. */
  tag?: string;
  /** The title link is written bold: `**[T](u)**`. */
  bold?: boolean;
  /** A heading card, `### [T](u)` followed by paragraphs: the heading's level (style paragraph). */
  heading?: number;
  /** Text after the title link on its line(s): " (5 minute read)", " by Author". */
  trailing?: RichText;
  bullets: Bullet[];
  /** Paragraphs describing the link, for a card without bullets. */
  description?: CardParagraph[];
  /** How the title line is written: a list item `* [T](u)` or a paragraph `[T](u)` (000-022). */
  style: 'item' | 'paragraph';
  /** The title line(s) as read, kept while title, url and tag are unchanged. */
  headerSource?: string;
  /**
   * Text between the title line(s) and the first bullet or description paragraph; for a title
   * line ended by a hard break, the break's `\\` or spaces and the line end.
   */
  headerAfter: string;
  after: string;
}

/** A paragraph of prose: the intro, or a prose section such as "Important Announcement". */
export interface ProseBlock {
  kind: 'prose';
  id: string;
  content: RichText;
  source?: string;
  after: string;
}

/** Markdown the model does not structure: kept, shown and edited as text. */
export interface RawBlock {
  kind: 'raw';
  id: string;
  markdown: string;
  after: string;
}

export type Block = LinkCard | ProseBlock | RawBlock;

export interface Section {
  id: string;
  heading: string;
  level: number;
  /** The heading line as read, kept while heading and level are unchanged. */
  headingSource?: string;
  /** Text between the heading line and the first block. */
  headingAfter: string;
  blocks: Block[];
}

/** A value in the front matter; dates are kept as the text they were written as. */
export type FrontMatterValue =
  | string
  | number
  | boolean
  | { date: string }
  | FrontMatterValue[]
  | { [key: string]: FrontMatterValue };

export interface FrontMatterEntry {
  key: string;
  value: FrontMatterValue;
  /** The entry's lines as read, kept while the value is unchanged. */
  source?: string;
}

/** How a file's front matter is written: Hugo's three formats, or no front matter. */
export type FrontMatterFormat = 'toml' | 'yaml' | 'json' | 'none';

export interface FrontMatter {
  format: FrontMatterFormat;
  /**
   * The opening fence line as read (`+++`, `---` or JSON's `{`) with its line end; built ones may
   * omit it. JSON front matter not written one key per line is kept whole here, read-only.
   */
  open: string;
  entries: FrontMatterEntry[];
  /** Comments or blank lines after the last entry, the closing fence line and its line end. */
  close: string;
  /**
   * Why the front matter could not be read (bad TOML, YAML or JSON), with its line: then the
   * whole block is kept in `open`, there are no entries, and it is written back as read and
   * never edited.
   */
  unreadable?: string;
}

/** A line ending as CommonMark reads one: LF, CRLF or a bare CR. */
export type LineEnding = '\n' | '\r\n' | '\r';

/** How a file writes what it writes: learned on import, used for every new or edited part. */
export interface Dialect {
  /** The line ending most of the file's lines end with; each line read keeps its own. */
  eol: LineEnding;
  bom: boolean;
  /** Spaces per nesting level of bullets (2 or 4 in the archive). */
  indent: number;
  marker: '*' | '-' | '+';
  /** Blank line between cards. */
  loose: boolean;
  cardStyle: 'item' | 'paragraph';
  headingLevel: number;
  /** Where `{{< eo >}}` sits. */
  shortcodeAt: 'top' | 'bottom' | 'none';
  finalNewline: boolean;
  /** Front matter keys kept in alphabetical order. */
  sortedKeys: boolean;
}

export type IssueStatus = 'draft' | 'in review' | 'ready' | 'published';

export interface Issue {
  id: string;
  frontMatter: FrontMatter;
  /** Lines between the front matter and the intro: shortcodes such as `{{< eo >}}`, `<br/>`. */
  preamble: string;
  /** Prose and raw blocks before the first section heading. */
  intro: Block[];
  sections: Section[];
  /** Trailing shortcode lines (`{{< eo >}}` at the end of the 000-045 era), as read. */
  epilogue: string;
  dialect: Dialect;
  /** Where the issue is in the editors' work; kept in step with a `draft` key (core/status). */
  status: IssueStatus;
  /**
   * When the status was last set, by a person or by an edit of the `draft` key (ms since the
   * epoch); absent until then.
   */
  statusChangedAt?: number;
  /**
   * Who set the status, by the name in this browser's workspace settings: recorded only when a
   * person sets it on a workspace draft; absent for an edit of the `draft` key or a local draft
   * (shown as "you"). Trimmed, at most 80 characters (the schema's door repairs it).
   */
  statusSetBy?: string;
  /**
   * The id of the newsletter template the issue belongs to (core/template), set when it was
   * created or imported; absent for issues stored before templates were, which are read with the
   * template they fit best.
   */
  templateId?: string;
  createdAt: number;
  updatedAt: number;
}
