/**
 * Writes a link destination so that goldmark and our parser read back exactly `url`. Spaces and
 * angle brackets need the `<...>` form; unbalanced parentheses need backslashes.
 */
export function escapeUrl(url: string): string {
  const safe = url.replace(/[\r\n]/g, (ch) => (ch === '\n' ? '%0A' : '%0D'));
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (safe === '' || /[\s<>]/.test(safe) || /[\u0000-\u001f\u007f]/.test(safe)) {
    return `<${guardEntities(safe.replace(/[\\<>]/g, (ch) => `\\${ch}`))}>`;
  }
  const guarded = guardEntities(safe.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\'));
  return parensBalanced(guarded) ? guarded : guarded.replace(/[()]/g, (ch) => `\\${ch}`);
}

/**
 * An `&` that would start an entity is written as `&amp;`: goldmark decodes entities in link
 * destinations but, unlike CommonMark, does not honour a backslash before `&`.
 */
function guardEntities(url: string): string {
  return url.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
}

function parensBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

export function escapeLinkTitle(title: string): string {
  return `"${title.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;
}
