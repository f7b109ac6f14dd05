import { defaultDialect } from '../model/default-dialect';
import type { NewsletterTemplate } from './template';

const services = 'New AWS services and features';
const blogs = 'AWS blogs';
const community = 'Community news and articles';
const videos = 'Videos and webinars';
const openSource = 'Open source projects';

/** EKS News as published since issue 064: the built-in default template. */
export const eksNewsTemplate: NewsletterTemplate = {
  id: 'eks-news',
  name: 'EKS News',
  sections: [services, blogs, community, videos, openSource],
  defaultSection: community,
  urlRules: [
    { host: 'youtube.com', section: videos },
    { host: 'youtu.be', section: videos },
    { host: 'github.com', section: openSource },
    { host: 'aws.amazon.com', pathPrefix: '/about-aws/whats-new', section: services },
    { host: 'aws.amazon.com', pathPrefix: '/blogs', section: blogs },
  ],
  frontMatter: [
    ['author', 'Amazon Elastic Kubernetes Service'],
    ['categories', ['Archive', '{year}', 'Monthly']],
    ['date', { date: '' }],
    ['description', '#{slug} edition of the EKS newsletter'],
    ['draft', false],
    ['slug', '{slug}'],
    ['title', 'EKS News {slug}'],
  ],
  titlePattern: 'EKS News {slug}',
  descriptionPattern: '#{slug} edition of the EKS newsletter',
  preamble: '{{< eo >}}\n<br/><br/><br/><br/>\n',
  cadence: { unit: 'month', hourUtc: 15, minuteUtc: 0 },
  slugDigits: 3,
  dialect: defaultDialect,
};
