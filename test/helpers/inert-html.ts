// Test helper: parses rendered HTML with the DOM of the jsdom test environment (test files that
// use it declare `@vitest-environment jsdom`) and lists what could run script or leak out.

const forbiddenTags = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'textarea',
  'select',
  'button',
  'video',
  'audio',
  'source',
]);
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
]);
const dangerousScheme = /^(?:javascript|vbscript|data|file|blob):/i;

/** Parses an HTML fragment the way innerHTML would. */
export function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Everything in `html` that could run script, style the page or carry a dangerous URL. */
export function inertnessProblems(html: string): string[] {
  const problems: string[] = [];
  for (const element of parseHtml(html).querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (forbiddenTags.has(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on') || name === 'style') problems.push(`${tag}[${name}]`);
      // eslint-disable-next-line no-control-regex -- controls are how schemes get hidden
      const compact = value.replace(/[\s\u0000-\u001f]/g, '');
      if (urlAttributes.has(name) && dangerousScheme.test(compact)) {
        problems.push(`${tag}[${name}=${value}]`);
      }
    }
  }
  return problems;
}
