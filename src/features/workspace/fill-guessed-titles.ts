import { classifyUrl } from '../../core/url/classify-url';
import type { EditorStore } from '../../state/create-editor-store';
import { blockById } from '../../state/block-index';
import { askPageTitle, type AskPageTitleOptions } from './ask-page-title';
import type { WorkspaceSettings } from './workspace-settings';

interface Guess {
  id: string;
  url: string;
  title: string;
}

/**
 * Replaces the titles of the given cards, just made from bare links and titled from the URL,
 * with their pages' titles as the workspace server gives them. A card whose title or link the
 * editor has changed meanwhile, or that is gone, is left as it is: typing is never overwritten.
 * A failure keeps the guessed title, is announced once for the whole batch, and is noted on each
 * card it befell while that card keeps the title it had (card-title-note.tsx).
 */
export async function fillGuessedTitles(
  store: EditorStore,
  settings: Pick<WorkspaceSettings, 'server' | 'token'>,
  cardIds: readonly string[],
  options: AskPageTitleOptions = {},
): Promise<void> {
  // Only a web page has a title to ask for: a mailto card keeps its own.
  const guesses = cardIds
    .map((id) => guessOf(store, id))
    .filter((g): g is Guess => g !== undefined && classifyUrl(g.url) === 'http');
  const answers = await Promise.all(guesses.map((g) => askPageTitle(settings, g.url, options)));
  let failure: string | undefined;
  guesses.forEach((guess, index) => {
    const answer = answers[index];
    if (!answer) return;
    if (answer.ok) {
      store.getState().noteTitle(guess.id, undefined);
      replaceGuess(store, guess, answer.title);
    } else {
      failure ??= answer.message;
      noteFailure(store, guess, answer.message);
    }
  });
  if (failure) store.getState().announce(`${failure} The title guessed from the link stays.`);
}

function noteFailure(store: EditorStore, guess: Guess, message: string): void {
  const now = guessOf(store, guess.id);
  if (!now || now.title !== guess.title || now.url !== guess.url) return;
  const reason = message.replace(/^No title: /, '').replace(/\.$/, '');
  store.getState().noteTitle(guess.id, { reason, title: guess.title });
}

function guessOf(store: EditorStore, id: string): Guess | undefined {
  const block = blockById(store.getState().issue, id)?.block;
  return block?.kind === 'card' ? { id, url: block.url, title: block.title } : undefined;
}

function replaceGuess(store: EditorStore, guess: Guess, title: string): void {
  const now = guessOf(store, guess.id);
  if (!now || now.title !== guess.title || now.url !== guess.url || title === guess.title) return;
  // The guess is selected in its field so that typing replaces it: keep the page's title so.
  const selected = wholeGuessSelected(guess.title);
  store.getState().updateCardFields(guess.id, { title });
  if (selected) store.getState().requestFocus(guess.id, 'title', { select: true });
}

function wholeGuessSelected(title: string): boolean {
  if (typeof document === 'undefined') return false;
  const field = document.activeElement;
  return (
    field instanceof HTMLInputElement &&
    field.dataset['field'] === 'title' &&
    field.value === title &&
    field.selectionStart === 0 &&
    field.selectionEnd === title.length
  );
}
