// @vitest-environment jsdom
// The rest of a template corrected on the Template screen: the front matter of a new issue (key
// order, each key and its default as text), the cadence of the next date, and the links each
// section suggests. Each field's text goes through the template door when the field is left; a
// refused one says why by the field, and the template is not saved while it stays.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RepositoryContext } from '../../components/repository-context';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { suggestSection } from '../../core/template/suggest-section';
import type { NewsletterTemplate } from '../../core/template/template';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { readTemplates } from './read-templates';
import { TemplatePage } from './template-page';

afterEach(cleanup);

/** The first render loads the screen's modules: seconds on a loaded machine. */
const LOADED = { timeout: 15_000 };

const ours: NewsletterTemplate = { ...eksNewsTemplate, id: 'ours', name: 'Our news' };
const videos = 'Videos and webinars';

let repository: MemoryIssueRepository;

async function renderPage(): Promise<void> {
  repository = new MemoryIssueRepository();
  await repository.putTemplate({ id: ours.id, name: ours.name, data: ours, updatedAt: 1 });
  const router = createMemoryRouter([{ path: '/templates/:id', Component: TemplatePage }], {
    initialEntries: ['/templates/ours'],
  });
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <RouterProvider router={router} />
    </RepositoryContext>,
  );
  await screen.findByRole('heading', { name: 'Template: Our news' }, LOADED);
}

async function stored(): Promise<NewsletterTemplate> {
  return (await readTemplates(repository)).stored.find((t) => t.id === 'ours')!;
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

/** Replaces a field's text and leaves it with Enter, as a keyboard user does. */
async function retype(name: string, text: string): Promise<void> {
  await userEvent.clear(field(name));
  const keys = text.replace(/[[{]/g, (c) => c + c);
  await userEvent.type(field(name), `${keys}{Enter}`);
}

async function save(): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
}

/** Saving is refused, naming the field and the reason, and the stored template is as it was. */
async function expectRefused(said: string): Promise<void> {
  const before = await stored();
  await save();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(`The template was not saved: ${said}`);
  expect(await stored()).toEqual(before);
}

describe('the Template screen’s front matter', () => {
  it('shows the format, and saves a default edited as text and keys moved by keyboard', async () => {
    await renderPage();
    expect(screen.getByText('TOML (+++)')).toBeTruthy();
    const keys = () => ours.frontMatter.entries.map((_, i) => field(`Key ${i + 1}`).value);
    expect(keys()).toEqual(ours.frontMatter.entries.map(([key]) => key));
    expect(field('Default of “categories”').value).toBe('["Archive","{year}","Monthly"]');
    expect(screen.getByText('Default: the new issue’s date')).toBeTruthy();
    await retype('Default of “description”', 'Issue {number} of our news');
    await retype('Default of “categories”', '["Archive", "{year}"]');
    const down = screen.getByRole('button', { name: 'Move key “author” down' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Move key “author” down'),
    );
    expect(field('Key 2').value).toBe('author');
    await save();
    await screen.findByText('Saved “Our news”.');
    const entries = new Map((await stored()).frontMatter.entries);
    expect(entries.get('description')).toBe('Issue {number} of our news');
    expect(entries.get('categories')).toEqual(['Archive', '{year}']);
    expect((await stored()).frontMatter.entries.map(([key]) => key).slice(0, 2)).toEqual([
      'categories',
      'author',
    ]);
  });

  it('refuses a key the door refuses, and a default not of its kind, by the field', async () => {
    await renderPage();
    const slugAt = ours.frontMatter.entries.findIndex(([key]) => key === 'slug') + 1;
    await retype(`Key ${slugAt}`, 'title');
    const key = field(`Key ${slugAt}`);
    expect(key.getAttribute('aria-invalid')).toBe('true');
    const reason = '"title" is empty or set twice';
    expect(document.getElementById(key.getAttribute('aria-describedby')!)?.textContent).toBe(
      reason,
    );
    await expectRefused(`Key ${slugAt}: ${reason}`);
    await retype(`Key ${slugAt}`, 'slug');
    expect(field(`Key ${slugAt}`).getAttribute('aria-invalid')).toBe('false');
    await retype('Default of “draft”', 'maybe');
    await expectRefused('Default of “draft”: expected true or false');
  });
});

describe('the Template screen’s cadence', () => {
  it('saves how often and the time of day', async () => {
    await renderPage();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How often' }), 'Weekly');
    expect(field('Time of day (UTC)').value).toBe('15:00');
    await retype('Time of day (UTC)', '07:45');
    await save();
    await screen.findByText('Saved “Our news”.');
    expect((await stored()).cadence).toEqual({ unit: 'week', hourUtc: 7, minuteUtc: 45 });
  });

  it('refuses an hour the door refuses, and a time it cannot read', async () => {
    await renderPage();
    // A value the door refuses elsewhere (checked before the cadence) hides nothing here.
    await userEvent.clear(field('Newsletter name'));
    await retype('Time of day (UTC)', '25:00');
    expect(field('Time of day (UTC)').getAttribute('aria-invalid')).toBe('true');
    await expectRefused('Time of day (UTC): expected a whole number from 0 to 23, found 25');
    await retype('Time of day (UTC)', 'noon');
    await expectRefused('Time of day (UTC): write the time as HH:MM, such as 08:30');
  });
});

describe('the Template screen’s links suggested per section', () => {
  it('saves a section’s hosts, which then suggest it', async () => {
    await renderPage();
    const name = `Links suggested in “${videos}”`;
    expect(field(name).value).toBe('youtube.com, youtu.be');
    await retype(name, 'youtube.com, youtu.be, vimeo.com');
    await save();
    await screen.findByText('Saved “Our news”.');
    const saved = await stored();
    expect(suggestSection(saved, 'https://vimeo.com/123')).toBe(videos);
    expect(suggestSection(ours, 'https://vimeo.com/123')).not.toBe(videos);
  });

  it('refuses a host the door refuses, by the field, and saves nothing', async () => {
    await renderPage();
    const name = `Links suggested in “${videos}”`;
    await retype(name, 'youtube.com, exa_mple.com');
    const reason = 'expected a lower-case host name such as "github.com", not "exa_mple.com"';
    const section = screen.getByRole('group', { name: 'Section 4' });
    expect(within(section).getByText(reason)).toBeTruthy();
    await expectRefused(`${name}: ${reason}`);
  });
});
