/** Each command's usage line and what it does, in the order `broadsheet --help` lists them. */
const commands: ReadonlyArray<readonly [name: string, synopsis: string, about: string]> = [
  ['roundtrip', 'roundtrip FILE [--template T]', 'import then export, to stdout'],
  [
    'replace',
    'replace FILE OLD NEW [--template T]',
    'replace OLD with NEW in every text; exit 1 if none has OLD',
  ],
  [
    'add-card',
    'add-card FILE --section HEADING --title T --url U [--tag TAG] [--bullet B]... [--template T]',
    'add a card at the end of a section, print the file',
  ],
  ['render', 'render FILE [--template T]', 'the preview HTML'],
  ['json', 'json FILE [--template T]', 'the model as JSON'],
  [
    'check',
    'check FILE... [--template T]',
    'lint; FILE:LINE: message, exit 1 when anything is found',
  ],
  ['share-link', 'share-link FILE [--template T]', "the share link's fragment"],
  ['open-link', 'open-link FRAGMENT', 'the markdown a share link carries'],
  [
    'template',
    'template learn DIR...',
    "the template learned from the DIRs' .md issue files, as JSON",
  ],
  [
    'next',
    'next DIR... [--template T]',
    'the issue after the newest in the DIRs, prefilled from its template',
  ],
  [
    'push',
    'push FILE [--slug S] --workspace W [--server URL] [--token T]',
    "import FILE into the workspace's issue (the front matter's slug); exit 2 if refused",
  ],
  [
    'pull',
    'pull SLUG|--ready --out DIR --workspace W [--server URL] [--token T]',
    "print the issue's file, or write each ready issue to DIR/SLUG.md; env BROADSHEET_* defaults",
  ],
];

const TEMPLATE_HELP =
  '  --template T  read with the newsletter template in file T (JSON, as `template learn` prints);\n' +
  '                without it, with the built-in template the file fits best';

/**
 * The usage of one command (`broadsheet check --help`), or of them all when `command` is not one
 * of them.
 */
export function commandUsage(command?: string): string {
  const entry = commands.find(([name]) => name === command);
  if (entry) {
    const [, synopsis, about] = entry;
    const template = synopsis.includes('--template') ? `\n${TEMPLATE_HELP}` : '';
    return `usage: broadsheet ${synopsis}\n  ${about}${template}\n  --help, -h  this text`;
  }
  const column = 33;
  const lines = commands.map(([, synopsis, about]) =>
    synopsis.length < column
      ? `  ${synopsis.padEnd(column)}${about}`
      : `  ${synopsis}\n  ${' '.repeat(column)}${about}`,
  );
  const footer =
    "broadsheet <command> --help prints that command's usage; --template T reads with template T";
  return ['usage: broadsheet <command> ...', ...lines, footer].join('\n');
}
