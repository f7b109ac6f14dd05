import { defaultDialect } from '../model/default-dialect';
import { TEMPLATE_SCHEMA_VERSION } from './schema/template-migrations';
import type { NewsletterTemplate } from './template';

const services = 'New AWS services and features';
const blogs = 'AWS blogs';
const community = 'Community news and articles';
const videos = 'Videos and webinars';
const openSource = 'Open source projects';

/**
 * EKS News as published since issue 064: the built-in default template. The sections' earlier
 * names are the headings the archive (000 to 078) used for them; its cards are list items, and
 * paragraphs that open with a link in issues 000 to 022.
 */
export const eksNewsTemplate: NewsletterTemplate = {
  version: TEMPLATE_SCHEMA_VERSION,
  id: 'eks-news',
  name: 'EKS News',
  frontMatter: {
    format: 'toml',
    entries: [
      ['author', 'Amazon Elastic Kubernetes Service'],
      ['categories', ['Archive', '{year}', 'Monthly']],
      ['date', { date: '' }],
      ['description', '#{number} edition of the EKS newsletter'],
      ['draft', false],
      ['slug', '{number}'],
      ['title', 'EKS News {number}'],
    ],
    quoting: 'double',
    dateStyle: 'utc-seconds',
  },
  patterns: {
    title: 'EKS News {number}',
    description: '#{number} edition of the EKS newsletter',
    slug: '{number}',
    numberDigits: 3,
  },
  cadence: { unit: 'month', hourUtc: 15, minuteUtc: 0 },
  sections: [
    {
      name: services,
      aliases: [
        'New service announcements and features',
        'AWS Container Announcements',
        'AWS Announcements',
      ],
      cardShapes: ['link-item', 'link-paragraph'],
    },
    {
      name: blogs,
      aliases: [
        'AWS Container Blogs',
        'New and notable blogs',
        'New and notable EKS blogs',
        'New AWS blogs',
      ],
      cardShapes: ['link-item', 'link-paragraph'],
    },
    {
      name: community,
      aliases: ['Community news', 'Ecosystem News'],
      cardShapes: ['link-item', 'link-paragraph'],
    },
    {
      name: videos,
      aliases: ['New videos and webinars', 'Videos', 'Containers from the Couch'],
      cardShapes: ['link-item', 'link-paragraph'],
    },
    {
      name: openSource,
      aliases: ['GitHub Projects', 'GitHub projects and workshops'],
      cardShapes: ['link-item', 'link-paragraph'],
    },
  ],
  defaultSection: community,
  urlRules: [
    { host: 'youtube.com', section: videos },
    { host: 'youtu.be', section: videos },
    { host: 'github.com', section: openSource },
    { host: 'aws.amazon.com', pathPrefix: '/about-aws/whats-new', section: services },
    { host: 'aws.amazon.com', pathPrefix: '/blogs', section: blogs },
  ],
  cardShapes: ['link-item', 'link-paragraph'],
  preamble: '{{< eo >}}\n<br/><br/><br/><br/>\n',
  lintChecks: [
    'empty-section',
    'card-without-summary',
    'duplicate-url',
    'unsafe-url',
    'site-relative-url',
    'title-pattern',
    'description-pattern',
  ],
  dialect: defaultDialect,
};
