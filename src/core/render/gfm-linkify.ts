import type { MarkdownIt } from 'markdown-it';

interface LinkifyRegexps {
  src_domain: string;
  src_domain_root: string;
  src_port: string;
  src_host_terminator: string;
  src_path: string;
  www?: RegExp;
}

/**
 * Links bare URLs the way GFM does: `http://` and `https://` URLs, `www.` domains and email
 * addresses; not a bare `example.com` (the name of a registry or a site in running text), a
 * `//host` reference, or an `ftp://` URL the URL door would refuse anyway.
 */
export function addGfmLinkify(md: MarkdownIt): void {
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });
  md.linkify.add('//', null);
  md.linkify.add('ftp:', null);
  md.linkify.add('www.', {
    validate(text, pos, self) {
      const re = self.re as unknown as LinkifyRegexps;
      re.www ??= new RegExp(
        `^(?:(?:${re.src_domain})\\.)+${re.src_domain_root}${re.src_port}${re.src_host_terminator}${re.src_path}`,
        'i',
      );
      return re.www.exec(text.slice(pos))?.[0].length ?? 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
}
