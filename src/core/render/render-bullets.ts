import type { Bullet } from '../model/types';
import { escapeHtml } from './escape-html';
import { renderInline, type RenderRawInline } from './render-inline';

/**
 * Builds nested lists from a card's flat bullets. A bullet deeper than one level below the
 * previous one (a jump from 1 to 3, or a first bullet at depth 2) is shown one level deeper
 * only, as the nearest shape a reader could see. Raw runs go through `renderRaw` (see
 * renderInline).
 */
export function renderBullets(bullets: Bullet[], renderRaw?: RenderRawInline): string {
  return renderBulletList(bullets, (bullet) => renderInline(bullet.content, renderRaw));
}

/** The nested lists of renderBullets, each bullet's content rendered by `renderContent`. */
export function renderBulletList(
  bullets: Bullet[],
  renderContent: (bullet: Bullet) => string,
): string {
  if (bullets.length === 0) return '';
  let html = '';
  let level = 0;
  for (const bullet of bullets) {
    const depth = Math.max(1, Math.min(bullet.depth, level + 1));
    if (depth > level) {
      html += '<ul>';
    } else {
      html += '</li>' + '</ul></li>'.repeat(level - depth);
    }
    level = depth;
    html += `<li data-bullet-id="${escapeHtml(bullet.id)}">${renderContent(bullet)}`;
  }
  return html + '</li>' + '</ul></li>'.repeat(level - 1) + '</ul>';
}
