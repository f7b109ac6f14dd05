// The one way the app saves a file: the markdown, a review file and a backup all go
// through it. The string is written as it is (UTF-8, a leading byte order mark kept if the text
// has one, none added), through a temporary object URL.

export function downloadTextFile(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
