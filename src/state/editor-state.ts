import type { Issue, IssueStatus, RichText } from '../core/model/types';
import type { BulletInput, CardFields } from '../core/model/ops/card-ops';
import type { FrontMatterValue } from '../core/model/types';
import type { NewsletterTemplate } from '../core/template/template';

/** Where the issue is with storage: everything written, edits waiting, a write under way, or failed. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Why saving stopped: another tab wrote the draft, the stored draft is gone (deleted elsewhere, or
 * the site's data cleared), or storage failed (full, unreachable, other).
 */
export type SaveProblem =
  | { kind: 'conflict'; message: string }
  | { kind: 'gone'; message: string }
  | { kind: 'quota' | 'unavailable' | 'unknown'; message: string };

/** Writes a card's bullets into the shared document of a live issue (see UiState.shareBullets). */
export type ShareBullets = (cardId: string, inputs: BulletInput[]) => void;

/** A field the editor can be asked to focus: by the lint panel, after adding a card, after undo. */
export type FocusField =
  | 'title'
  | 'url'
  | 'summary'
  | 'tag'
  | 'heading'
  | 'add-link'
  | 'prose'
  | 'markdown'
  | 'description'
  /** The lint panel's list (its first problem), as "Show problems" asks. */
  | 'problems';

export interface FocusRequest {
  /** A card, block or section id; undefined for a front matter field. */
  target: string | undefined;
  field: FocusField;
  /** Select the field's text once focused, so typing replaces it (a guessed card title). */
  select?: boolean;
  seq: number;
}

export interface Announcement {
  message: string;
  seq: number;
}

export interface HistoryState {
  issue: Issue;
  past: Issue[];
  future: Issue[];
  /** The coalescing key of the last change: typing in one field is one undo step. */
  lastChangeKey: string | undefined;
  /**
   * Applies a change through a core operation. Each change is an undo step, except that changes
   * with the same key in a row (keystrokes in one field) share one. Returns false for no change.
   */
  commit: (recipe: (issue: Issue) => Issue, key?: string) => boolean;
  undo: () => void;
  redo: () => void;
  /** Replaces the issue with the stored one (reload after a conflict); clears the history. */
  replaceWithStored: (issue: Issue, revision: number) => void;
  /**
   * Takes the issue as others changed it (a shared workspace issue): not an undo step of this
   * editor's; every undo and redo snapshot takes the parts the others changed (rebaseHistory), so
   * undo takes back only this person's steps. Autosave keeps it as any change.
   */
  takeShared: (issue: Issue) => void;
}

export interface SaveState {
  /** The stored revision this issue was read at or last written as. */
  revision: number;
  /** The issue as last read or written: the autosave writes when `issue` is not this object. */
  savedIssue: Issue;
  saveStatus: SaveStatus;
  saveProblem: SaveProblem | undefined;
  /** The issue has changes not written yet. */
  markPending: () => void;
  /** An editor holds typing it has not put into the issue yet (until markCommitted). */
  markHeld: () => void;
  /** The editor put what it held into the issue (or found nothing changed). */
  markCommitted: () => void;
  markSaving: () => void;
  markSaved: (issue: Issue, revision: number) => void;
  markFailed: (problem: SaveProblem) => void;
}

export interface AccessState {
  /**
   * True while another tab edits this draft (or before this tab knows it may): every change,
   * undo and redo is refused, and the issue changes only through replaceWithStored.
   */
  readOnly: boolean;
  setReadOnly: (readOnly: boolean) => void;
}

/** Why a card's title could not be fetched from its page, while it still has the title it had. */
export interface TitleNote {
  /** What went wrong, as a phrase: "the page did not answer within 5 s". */
  reason: string;
  /** The card's title when the fetch failed: the note is shown only while the title is this. */
  title: string;
}

export interface UiState {
  focusRequest: FocusRequest | undefined;
  /** Cards whose page title could not be fetched (fill-guessed-titles.ts), by card id. */
  titleNotes: Readonly<Record<string, TitleNote>>;
  /** Sets a card's title note, or clears it (undefined). */
  noteTitle: (cardId: string, note: TitleNote | undefined) => void;
  announcement: Announcement | undefined;
  /** The issue is bound live to a workspace document: what is typed reaches the others. */
  liveShared: boolean;
  /**
   * While the issue is bound live: writes a card's bullets, as its open summary editor holds
   * them, straight into the shared document, so the others see a key typed here within a
   * keystroke or two while the store takes the text in its usual bursts (a store commit
   * re-renders the card and its preview, which no keystroke should wait for).
   */
  shareBullets: ShareBullets | undefined;
  /** Binds (with the document's way in for bullets) or unbinds (undefined) the issue. */
  setLiveShared: (share: ShareBullets | undefined) => void;
  requestFocus: (
    target: string | undefined,
    field: FocusField,
    options?: { select?: boolean },
  ) => void;
  /** Clears the request once a field has taken focus (only if it is still the same one). */
  focusDone: (seq: number) => void;
  /** A message for the screen-reader live region (moves, additions, removals). */
  announce: (message: string) => void;
}

export interface OpenEditsState {
  /**
   * An open editor tells the store how to put what it holds into the issue now: `flush` does so
   * at once, or returns a promise that settles once it has (an editor still loading). Returns the
   * call that takes it back.
   */
  holdEdits: (flush: () => void | Promise<void>) => () => void;
  /** Puts what every open editor holds into the issue, at once (leaving, page hide). */
  flushEdits: () => void;
  /** The issue with everything typed so far in it, editors still loading included. */
  settledIssue: () => Promise<Issue>;
}

export interface CardActions {
  updateCardFields: (cardId: string, fields: CardFields) => void;
  /** Replaces a card's bullets; unchanged bullets keep their text as read. */
  setCardBullets: (cardId: string, bullets: BulletInput[]) => void;
  /** Replaces a card's description paragraphs; unchanged ones keep their text as read. */
  setCardDescription: (cardId: string, paragraphs: RichText[]) => void;
  /**
   * Adds a card for a checked URL (see checkNewLinkUrl) to a section, or to the section the
   * template suggests when sectionId is undefined. Without a title, one is guessed from the URL
   * and focus is asked for the title, selected, so typing replaces it; with one, for the new
   * card's summary. Returns the card id, or undefined if no section fits.
   */
  addLinkCard: (url: string, sectionId?: string, title?: string) => string | undefined;
}

export interface BlockActions {
  removeBlock: (blockId: string) => void;
  moveBlock: (blockId: string, toSectionId: string, index: number) => void;
  moveBlockBy: (blockId: string, delta: -1 | 1) => void;
  moveBlockToSection: (blockId: string, delta: -1 | 1) => void;
  setProseContent: (blockId: string, content: RichText) => void;
  setRawMarkdown: (blockId: string, markdown: string) => void;
  /** Adds a paragraph after a block, or at the end of a section (or of the intro: `null`). */
  addProse: (
    place: { after: string } | { sectionId: string | null },
    content?: RichText,
  ) => string | undefined;
}

export interface SectionActions {
  addSection: (heading: string, index?: number) => string;
  renameSection: (sectionId: string, heading: string) => void;
  removeSection: (sectionId: string) => void;
  moveSection: (sectionId: string, delta: -1 | 1) => void;
}

export interface FrontMatterActions {
  /**
   * Sets a front matter value; throws the core's InputError for a value the format cannot hold.
   * A `draft` key set so that it contradicts the status moves the status (core/status).
   */
  setFrontMatterValue: (key: string, value: FrontMatterValue) => void;
  /**
   * Sets the editorial status, and the `draft` key where the front matter has one, signed with
   * `statusName` when there is one.
   */
  setStatus: (status: IssueStatus) => void;
  /**
   * The name a status set here is recorded with (Issue.statusSetBy): the person's name from the
   * workspace settings while the issue is a workspace draft; undefined otherwise (shown as "you").
   */
  statusName: string | undefined;
  setStatusName: (name: string | undefined) => void;
}

export interface EditorConfig {
  template: NewsletterTemplate;
  now: () => number;
}

export type EditorState = HistoryState &
  SaveState &
  AccessState &
  UiState &
  OpenEditsState &
  CardActions &
  BlockActions &
  SectionActions &
  FrontMatterActions & { config: EditorConfig };
