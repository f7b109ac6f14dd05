import { buildLineMap, lineCount, lineStart, type LineMap } from './line-map';

/** The body of a file cut into the parts the model keeps apart. */
export interface BodyRegions {
  /** Leading shortcode, HTML-only and blank lines (`{{< eo >}}`, `<br/><br/>`). */
  preamble: string;
  /** The markdown between: intro and sections. */
  main: string;
  /** Trailing shortcode lines and what follows them. */
  epilogue: string;
}

const shortcodeLine = /^\s*(\{\{[<%].*?[%>]\}\}\s*)+$/;
const tagsOnlyLine = /^\s*((\{\{[<%].*?[%>]\}\}|<\/?\s*[A-Za-z][^<>]*>)\s*)+$/;
const blankLine = /^\s*$/;

export function splitRegions(body: string): BodyRegions {
  const map = buildLineMap(body);
  const lines = lineCount(map);
  let first = 1;
  while (first <= lines && isPreambleLine(lineText(map, first))) first++;
  let last = lines;
  while (last >= first && blankLine.test(lineText(map, last))) last--;
  let epilogueLine = last + 1;
  while (epilogueLine - 1 >= first && shortcodeLine.test(lineText(map, epilogueLine - 1))) {
    epilogueLine--;
  }
  const mainStart = lineStart(map, first);
  const epilogueStart = epilogueLine > last ? body.length : lineStart(map, epilogueLine);
  return {
    preamble: body.slice(0, mainStart),
    main: body.slice(mainStart, epilogueStart),
    epilogue: body.slice(epilogueStart),
  };
}

function isPreambleLine(line: string): boolean {
  return blankLine.test(line) || tagsOnlyLine.test(line);
}

function lineText(map: LineMap, line: number): string {
  return map.text.slice(map.starts[line - 1], map.ends[line - 1]);
}
