import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftBullet, MAX_BULLET } from './draft-bullet';

const seed = readFileSync(
  join(process.cwd(), 'test/fixtures/seeds/candidate-feed-page.txt'),
  'utf8',
);
const seedExcerpts = [...seed.matchAll(/^ {2}\d+\. (.*)$/gm)].map((match) => match[1] ?? '');

describe('draftBullet', () => {
  it('takes the first two sentences when they fit', () => {
    expect(
      draftBullet(
        'Today, Amazon EKS announces general availability of extended support for Kubernetes versions. You can run EKS clusters using any Kubernetes version for up to 26 months from the time the version becomes available on EKS. Extended support for Kubernetes versions is available for Kubernetes versions 1.21 and higher. View the full article',
      ),
    ).toBe(
      'Today, Amazon EKS announces general availability of extended support for Kubernetes versions. You can run EKS clusters using any Kubernetes version for up to 26 months from the time the version becomes available on EKS.',
    );
  });

  it('takes only the first sentence when two would pass 280 characters', () => {
    const first =
      'Snapchat is an app that hundreds of millions of people around the world use to communicate with their close friends.';
    const second = `The app is powered by microservice architectures deployed in Amazon EKS and datastores such as Amazon CloudFront, Amazon S3, Amazon DynamoDB, and Amazon ElastiCache, all of them described in this post.`;
    expect(first.length + 1 + second.length).toBeGreaterThan(MAX_BULLET);
    expect(draftBullet(`${first} ${second} More.`)).toBe(first);
  });

  it('cuts a first sentence longer than 280 characters at a word, with an ellipsis', () => {
    const long = `Amazon GuardDuty ${'detects unusual access to Kubernetes secrets '.repeat(8)}in your clusters.`;
    const bullet = draftBullet(long);
    expect(bullet.length).toBeLessThanOrEqual(MAX_BULLET);
    expect(bullet.endsWith('…')).toBe(true);
    const kept = bullet.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long.charAt(kept.length)).toBe(' ');
  });

  it('is not fooled by abbreviations, versions and addresses', () => {
    expect(
      draftBullet(
        'Pick a node type, e.g. Graviton, for EKS v1.28. See eks.news for more. Third one.',
      ),
    ).toBe('Pick a node type, e.g. Graviton, for EKS v1.28. See eks.news for more.');
    expect(
      draftBullet(
        'Upgrade to Amazon EKS v1.28. Sidecars arrive with https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/ today.',
      ),
    ).toBe(
      'Upgrade to Amazon EKS v1.28. Sidecars arrive with https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/ today.',
    );
  });

  it('skips a byline and a flattened "Introduction" heading', () => {
    expect(
      draftBullet(
        'This post was coauthored by Venkatesh Nannan, Sr. Engineering Manager at Rippling Introduction Rippling is a workforce management system. It unifies HR and IT.',
      ),
    ).toBe('Rippling is a workforce management system. It unifies HR and IT.');
    expect(
      draftBullet(
        'This is a guest post by Pranav Kapoor, Head of DevOps at Upstox. Upstox is India’s largest investech.',
      ),
    ).toBe('Upstox is India’s largest investech.');
    expect(draftBullet('Introduction Snapchat is an app.')).toBe('Snapchat is an app.');
  });

  it('drops trailers and keeps text without a full stop whole', () => {
    expect(draftBullet('Security groups for IPv6 clusters Read more »')).toBe(
      'Security groups for IPv6 clusters',
    );
    expect(draftBullet('   ')).toBe('');
  });

  it('drafts a sentence-ended bullet within 280 characters for every item of the seed page', () => {
    expect(seedExcerpts).toHaveLength(25);
    for (const excerpt of seedExcerpts) {
      const bullet = draftBullet(excerpt);
      expect(bullet.length).toBeGreaterThan(40);
      expect(bullet.length).toBeLessThanOrEqual(MAX_BULLET);
      expect(bullet).not.toMatch(/View the full article|^Introduction|^This (is a guest )?post/);
      expect(bullet).toMatch(/[.…]$/);
    }
  });

  it('never passes 280 characters and never cuts inside a word', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 120 }), (words) => {
        const text = words.join(' ');
        const bullet = draftBullet(text);
        expect(bullet.length).toBeLessThanOrEqual(MAX_BULLET);
        const kept = bullet.endsWith('…') ? bullet.slice(0, -1) : bullet;
        const at = text.indexOf(kept);
        expect(at).toBeGreaterThanOrEqual(0);
        const next = text.charAt(at + kept.length);
        const cutInsideWord =
          next !== '' &&
          next !== ' ' &&
          !/[,;:]/.test(text.slice(at + kept.length, at + kept.length + 1));
        if (words.every((w) => w.length < MAX_BULLET)) expect(cutInsideWord).toBe(false);
      }),
    );
  });
});
