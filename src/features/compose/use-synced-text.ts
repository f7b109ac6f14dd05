import { useState } from 'react';

/**
 * The text of a field whose typed form can differ from the model value it stands for (a URL typed
 * without https://, categories with a trailing comma, an invalid date being typed). The typed text
 * is kept while it still means the model value; when the model changes from elsewhere (undo), the
 * field shows the model's value again.
 */
export function useSyncedText<T>(
  modelValue: T,
  format: (value: T) => string,
  means: (text: string, value: T) => boolean,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => format(modelValue));
  const [seen, setSeen] = useState(modelValue);
  if (!Object.is(seen, modelValue)) {
    // Adjusting state while rendering, as React recommends for state derived from props.
    setSeen(modelValue);
    if (!means(text, modelValue)) setText(format(modelValue));
  }
  return [text, setText];
}
