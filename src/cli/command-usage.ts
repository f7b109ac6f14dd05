/** Each command's usage line and what it does, in the order `broadsheet --help` lists them. */
const commands: ReadonlyArray<readonly [name: string, synopsis: string, about: string]> = [
  ['roundtrip', 'roundtrip FILE', 'import then export, to stdout'],
  ['replace', 'replace FILE OLD NEW', 'replace OLD with NEW in every text; exit 1 if none has OLD'],
  [
    'add-card',
    'add-card FILE --section HEADING --title T --url U [--tag TAG] [--bullet B]...',
    'add a card at the end of a section, print the file',
  ],
  ['render', 'render FILE', 'the preview HTML'],
  ['json', 'json FILE', 'the model as JSON'],
  ['check', 'check FILE...', 'lint; FILE:LINE: message, exit 1 when anything is found'],
  ['share-link', 'share-link FILE', "the share link's fragment"],
  ['open-link', 'open-link FRAGMENT', 'the markdown a share link carries'],
  [
    'template',
    'template learn DIR...',
    "the template learned from the DIRs' .md issue files, as JSON",
  ],
  [
    'push',
    'push FILE [--slug S] --workspace W [--server URL] [--token T]',
    "import FILE into the workspace's issue (the front matter's slug); exit 2 if refused",
  ],
  [
    'pull',
    'pull SLUG --workspace W [--server URL] [--token T]',
    "print the workspace's issue file; BROADSHEET_SERVER, _WORKSPACE, _TOKEN are defaults",
  ],
];

/**
 * The usage of one command (`broadsheet check --help`), or of them all when `command` is not one
 * of them.
 */
export function commandUsage(command?: string): string {
  const entry = commands.find(([name]) => name === command);
  if (entry) {
    const [, synopsis, about] = entry;
    return `usage: broadsheet ${synopsis}\n  ${about}\n  --help, -h  this text`;
  }
  const column = 33;
  const lines = commands.map(([, synopsis, about]) =>
    synopsis.length < column
      ? `  ${synopsis.padEnd(column)}${about}`
      : `  ${synopsis}\n  ${' '.repeat(column)}${about}`,
  );
  const footer = "broadsheet <command> --help prints that command's usage";
  return ['usage: broadsheet <command> ...', ...lines, footer].join('\n');
}
