// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { renderCompose } from '../../../test/support/render-compose';
import { importIssue } from '../../core/markdown/import-issue';
import { learnTemplate } from '../../core/template/learn-template';
import { templateCardShapes } from '../../core/template/template-card-shapes';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { saveTemplate } from '../templates/save-template';

afterEach(cleanup);

const flux = {
  ...learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) }))),
  id: 'flux',
  name: 'Flux',
};

function paste(text: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/plain' ? text : '') },
  });
  act(() => void document.body.dispatchEvent(event));
}

const cardsIn = (heading: string) =>
  within(screen.getByRole('region', { name: heading }))
    .queryAllByRole('article')
    .map((a) => a.getAttribute('aria-label'));

async function openFluxUpdate(templateId?: string) {
  const memory = new MemoryIssueRepository();
  await saveTemplate(memory, flux);
  const text = readFlux('2023-05-02-april-update.md');
  const read = importIssue(text, { id: 'flux-april', cardShapes: templateCardShapes(flux) });
  await renderCompose(templateId ? { ...read, templateId } : read, { memory });
}

describe('the editor and the template a draft belongs to', () => {
  it('puts a pasted link where the draft’s own template suggests', async () => {
    await openFluxUpdate('flux');
    const before = cardsIn('Recent & Upcoming Events').length;
    paste('https://sched.co/1HyXk');
    expect(cardsIn('Recent & Upcoming Events')).toHaveLength(before + 1);
  });

  it('opens a draft without a template id with the template it fits best', async () => {
    await openFluxUpdate();
    const before = cardsIn('Recent & Upcoming Events').length;
    paste('https://sched.co/1HyXk');
    expect(cardsIn('Recent & Upcoming Events')).toHaveLength(before + 1);
  });
});
