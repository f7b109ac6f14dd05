import { beforeAll, describe, expect, it } from 'vitest';
import { exportIssue } from '../../src/core/markdown/export-issue.ts';
import {
  setBulletContent,
  setCardDescription,
  updateCardFields,
} from '../../src/core/model/ops/card-ops.ts';
import { allCards } from '../../src/core/model/ops/locate.ts';
import { replaceInRichText } from '../../src/core/model/ops/replace-text.ts';
import type { Issue } from '../../src/core/model/types.ts';
import { importWithTemplate } from '../../src/core/template/import-with-template.ts';
import { learnTemplate } from '../../src/core/template/learn-template.ts';
import { syntheticArchive } from '../helpers/synthetic-archive.ts';
import { buildWithHugo } from './build-with-hugo.ts';
import { splitCard } from './html/split-card.ts';

// One card of each shape in the synthetic newsletters (test/fixtures/synthetic) is edited through
// the core model, its title and one word of its first bullet or description paragraph, and the
// file exported: real Hugo must render it exactly as the original, except that card, whose
// rendering must hold exactly those two edits. Every synthetic issue is rendered as well.

const NEW_WORD = 'zebra';

interface Case {
  newsletter: string;
  file: string;
  url: string;
  title: string;
  /** A word that occurs once in the card's first bullet or description paragraph. */
  word: string;
}

const cases: Record<string, Case> = {
  'a list item with nested bullets (Cluster Notes, TOML)': {
    newsletter: 'cluster-notes',
    file: '033.md',
    url: 'https://aws.amazon.com/about-aws/whats-new/2023/11/amazon-eks-pod-identity/',
    title: 'EKS Pod Identity explained',
    word: 'administrators',
  },
  'a paragraph with a note, its description after a hard break (Cloud Reading, YAML)': {
    newsletter: 'cloud-reading',
    file: '2024-04-01-issue-11.md',
    url: 'https://aws.amazon.com/blogs/containers/getting-visibility-into-your-amazon-eks-cross-az-pod-to-pod-network-bytes/',
    title: 'Seeing cross-AZ pod traffic on EKS',
    word: 'challenge',
  },
  'a heading that is a link, followed by paragraphs (Platform Digest, JSON)': {
    newsletter: 'platform-digest',
    file: '23.md',
    url: 'https://aws.amazon.com/blogs/containers/transparent-encryption-of-node-to-node-traffic-on-amazon-eks-using-wireguard-and-cilium/',
    title: 'Encrypting node traffic with WireGuard',
    word: 'lighter',
  },
  'a list item whose link title wraps (Release Radar, YAML)': {
    newsletter: 'release-radar',
    file: '2024-03-01-radar-62.md',
    url: 'https://aws.amazon.com/about-aws/whats-new/2023/08/kubernetes-metadata-enrichment-distro-opentelemetry/',
    title: 'Kubernetes metadata in ADOT',
    word: 'attributes',
  },
};

const newsletters = ['cluster-notes', 'cloud-reading', 'platform-digest', 'release-radar'];

/** The card's title and one word of its first bullet, or else of its first paragraph. */
function edit(issue: Issue, { url, title, word }: Case): Issue {
  const card = allCards(issue).find((c) => c.card.url === url)?.card;
  if (!card) throw new Error(`no card links to ${url}`);
  const retitled = updateCardFields(issue, card.id, { title });
  const [bullet] = card.bullets;
  if (bullet) {
    const content = replaceInRichText(bullet.content, word, NEW_WORD);
    return setBulletContent(retitled, card.id, bullet.id, content);
  }
  const paragraphs = (card.description ?? []).map((p, i) =>
    i === 0 ? replaceInRichText(p.content, word, NEW_WORD) : p.content,
  );
  return setCardDescription(retitled, card.id, paragraphs);
}

/** The card's original rendering with the two edits made by hand. */
function editedByHand(card: string, { url, title, word }: Case): string {
  const anchor = new RegExp(`(<a href="${url.replace(/[.?+]/g, '\\$&')}"[^>]*>)([^<]*)(</a>)`);
  const oldTitle = anchor.exec(card)?.[2] ?? '';
  const [head = '', description = ''] = card.replace(anchor, `$1${title}$3`).split(`${title}</a>`);
  expect(description.split(word), `"${word}" once in the card's text`).toHaveLength(2);
  const out = `${head}${title}</a>${description.replace(word, NEW_WORD)}`;
  // A heading's id is made from its text: it follows the new title, as part of the card.
  const oldId = `id="${headingId(oldTitle)}`;
  if (!out.startsWith('<h')) return out;
  expect(out.startsWith(`<h3 ${oldId}`), 'heading id from its title').toBe(true);
  return out.replace(oldId, `id="${headingId(title)}`);
}

/** Goldmark's automatic heading id for plain words: lower case, spaces as dashes. */
function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

describe('an edited card of each synthetic shape, rendered by real Hugo', () => {
  const inputs: Record<string, string> = {};
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    for (const newsletter of newsletters) {
      for (const file of syntheticArchive(newsletter)) {
        inputs[`${newsletter}/${file.name}`] = file.text;
      }
    }
    for (const [name, c] of Object.entries(cases)) {
      const archive = syntheticArchive(c.newsletter);
      const text = archive.find((f) => f.name === c.file)?.text ?? '';
      const { issue } = importWithTemplate(text, learnTemplate(archive));
      inputs[`edited/${name}`] = exportIssue(edit(issue, c));
    }
    rendered = await buildWithHugo(inputs);
  });

  it.each(Object.keys(cases))('%s renders as before except that card', (name) => {
    const c = cases[name] as Case;
    const original = splitCard(rendered[`${c.newsletter}/${c.file}`] ?? '', c.url);
    const edited = splitCard(rendered[`edited/${name}`] ?? '', c.url);
    expect(inputs[`edited/${name}`]).not.toBe(inputs[`${c.newsletter}/${c.file}`]);
    expect(edited.rest).toBe(original.rest);
    expect(edited.card).toBe(editedByHand(original.card, c));
  });

  it.each(newsletters)('renders every issue of %s, each section heading', (newsletter) => {
    for (const file of syntheticArchive(newsletter)) {
      const sections = file.text.split('\n').filter((line) => line.startsWith('## ')).length;
      const html = rendered[`${newsletter}/${file.name}`] ?? '';
      expect(html.split('<h2 ').length - 1, file.name).toBe(sections);
    }
  });
});
