// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { RepositoryContext } from '../../components/repository-context';
import { countArchiveCards } from '../../core/template/count-archive-cards';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from '../archive/import-archive';
import { readTemplates } from './read-templates';
import { TemplatePage } from './template-page';

afterEach(cleanup);

const files = () =>
  fluxFiles().map((name) => {
    const file = new File([readFlux(name)], name, { type: 'text/markdown' });
    Object.defineProperty(file, 'webkitRelativePath', { value: `flux-updates/${name}` });
    return file;
  });

let repository: MemoryIssueRepository;

/**
 * The count reads the archive a few files per task, and the first render loads the screen's
 * modules: on a loaded machine, seconds.
 */
const COUNTED = { timeout: 15_000 };

async function freshLibrary(): Promise<void> {
  repository = new MemoryIssueRepository();
  await importArchive(files(), repository);
}

function renderPage(id = 'flux-updates') {
  const router = createMemoryRouter(
    [
      { path: '/templates/:id', Component: TemplatePage },
      { path: '/', element: <h1>Library</h1> },
    ],
    { initialEntries: [`/templates/${id}`] },
  );
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <RouterProvider router={router} />
    </RepositoryContext>,
  );
}

async function storedFlux() {
  return (await readTemplates(repository)).stored.find((t) => t.id === 'flux-updates')!;
}

beforeAll(() => freshLibrary());

describe('<TemplatePage>', () => {
  it('shows the learned template and how many archive items become cards', async () => {
    renderPage();
    const heading = { name: 'Template: flux-updates' };
    // The first render loads the screen's modules: slow on a loaded machine.
    expect(await screen.findByRole('heading', heading, COUNTED)).toBeTruthy();
    const flux = await storedFlux();
    const texts = fluxFiles().map(readFlux);
    const archived = (await repository.listSummaries()).length;
    expect(archived).toBe(fluxFiles().length);
    const status = await screen.findByText(/items of the archive become cards/, {}, COUNTED);
    const [, cards, items] = /^(\d+) of (\d+) /.exec(status.textContent ?? '') ?? [];
    expect(Number(cards)).toBeGreaterThan(0);
    expect(Number(cards)).toBeLessThanOrEqual(Number(items));
    // The count is over the archived issues: every update, those of prose alone too.
    expect(Number(items)).toBeLessThanOrEqual(countArchiveCards(texts, flux).items);
    expect(screen.getByText('YAML (---)')).toBeTruthy();
    const keys = within(screen.getByRole('list', { name: 'Front matter keys' }));
    expect(
      keys.getAllByRole('textbox', { name: /^Key / }).map((k) => (k as HTMLInputElement).value),
    ).toEqual(flux.frontMatter.entries.map(([key]) => key));
    const often = screen.getByRole('combobox', { name: 'How often' }) as HTMLSelectElement;
    expect(often.value).toBe('month');
    const time = screen.getByRole('textbox', { name: 'Time of day (UTC)' }) as HTMLInputElement;
    expect(time.value).toBe('08:30');
    const sections = screen.getAllByRole('textbox', { name: /^Name of section/ });
    expect(sections.map((input) => (input as HTMLInputElement).value)).toEqual(
      flux.sections.map((s) => s.name),
    );
    const events = flux.urlRules.find((rule) => rule.host === 'sched.co')!.section;
    const links = screen.getByRole('textbox', { name: `Links suggested in “${events}”` });
    expect((links as HTMLInputElement).value).toContain('sched.co');
  });

  it('renames a section by keyboard, keeping its old name, and saves it', async () => {
    await freshLibrary();
    renderPage();
    const first = await screen.findByRole('textbox', { name: 'Name of section 1' });
    const old = (first as HTMLInputElement).value;
    await userEvent.clear(first);
    await userEvent.type(first, 'Flux family news{Enter}');
    expect(await screen.findByText(`Earlier names: ${old}`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved “flux-updates”.')).toBeTruthy();
    const saved = (await storedFlux()).sections[0]!;
    expect(saved).toMatchObject({ name: 'Flux family news', aliases: [old] });
  });

  it('moves a section down and keeps the focus on its button', async () => {
    await freshLibrary();
    renderPage();
    const names = async () =>
      (await screen.findAllByRole('textbox', { name: /^Name of section/ })).map(
        (input) => (input as HTMLInputElement).value,
      );
    const [a, b] = await names();
    const down = screen.getByRole('button', { name: `Move “${a}” down` });
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect((await names()).slice(0, 2)).toEqual([b, a]);
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(`Move “${a}” down`),
    );
  });

  it('counts fewer cards when a section stops taking a shape', async () => {
    await freshLibrary();
    renderPage();
    const status = await screen.findByText(/items of the archive become cards/, {}, COUNTED);
    const before = Number(/^(\d+)/.exec(status.textContent ?? '')?.[1]);
    const shapes = screen.getAllByRole('checkbox', { name: 'List item opening with a link' });
    for (const box of shapes) if ((box as HTMLInputElement).checked) await userEvent.click(box);
    await waitFor(
      () => expect(Number(/^(\d+)/.exec(status.textContent ?? '')?.[1])).toBeLessThan(before),
      COUNTED,
    );
  });

  it('says what the template door refuses, and saves nothing', async () => {
    await freshLibrary();
    renderPage();
    const name = await screen.findByRole('textbox', { name: 'Newsletter name' });
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toContain('name: must not be empty');
    expect((await storedFlux()).name).toBe('flux-updates');
  });

  it('says so for a template the library does not have', async () => {
    renderPage('nothing');
    expect((await screen.findByRole('alert')).textContent).toContain('no template “nothing”');
  });
});
