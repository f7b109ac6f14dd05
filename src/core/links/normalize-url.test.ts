import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './normalize-url';

const corpusDir = join(process.cwd(), 'test/fixtures/eks-news');

// Every input below is written, byte for byte, in an issue of the archive.
const corpusRows: [input: string, expected: string][] = [
  // youtu.be, shorts, live, positions and share ids
  ['https://youtu.be/-zKYT2I_WhE', 'https://youtube.com/watch?v=-zKYT2I_WhE'],
  ['https://youtu.be/_FXRIKWJWUk?t=52', 'https://youtube.com/watch?v=_FXRIKWJWUk'],
  ['https://www.youtube.com/shorts/-BZzalke9GM', 'https://youtube.com/watch?v=-BZzalke9GM'],
  [
    'https://www.youtube.com/shorts/ZgmfUprVgZw?utm_source=newsletter&utm_campaign=eks-news-015',
    'https://youtube.com/watch?v=ZgmfUprVgZw',
  ],
  ['https://www.youtube.com/live/tETguW4o0Bc', 'https://youtube.com/watch?v=tETguW4o0Bc'],
  ['https://www.youtube.com/watch?v=9AQEptIi2o8&t=359s', 'https://youtube.com/watch?v=9AQEptIi2o8'],
  ['https://www.youtube.com/watch?v=hanhoBtJytA&t', 'https://youtube.com/watch?v=hanhoBtJytA'],
  [
    'https://www.youtube.com/watch?v=KNexvhb_DuY?utm_source=newsletter&utm_campaign=eks-news-015',
    'https://youtube.com/watch?v=KNexvhb_DuY',
  ],
  [
    'https://www.youtube.com/watch?v=TFLUzwWB-W4&list=PLehXSATXjcQHGYufa__n1y9WIUZjyNMEw&index=14',
    'https://youtube.com/watch?v=TFLUzwWB-W4',
  ],
  [
    'https://youtube.com/playlist?list=PL2yQDdvlhXf-Gzj7psv0r9d1u9_yYAGus&si=K2XE_mpxd_MHstml',
    'https://youtube.com/playlist?list=PL2yQDdvlhXf-Gzj7psv0r9d1u9_yYAGus',
  ],
  ['https://www.youtube.com/c/CloudNativeRejekts', 'https://youtube.com/c/CloudNativeRejekts'],
  ['https://www.youtube.com/@AWSEventsChannel', 'https://youtube.com/@AWSEventsChannel'],
  // utm_* and other tracking parameters
  [
    'https://aws.amazon.com/blogs/containers/amazon-eks-now-supports-kubernetes-1-22/?utm_source=newsletter&utm_campaign=eks-news',
    'https://aws.amazon.com/blogs/containers/amazon-eks-now-supports-kubernetes-1-22',
  ],
  ['https://cncf.io/?utm_content=eks-news', 'https://cncf.io'],
  [
    'https://www.cncf.io/blog/2022/07/12/kyverno-moves-to-the-cncf-incubator/?utm_content=214595402&utm_medium=social&utm_source=linkedin&hss_channel=lcp-3344979',
    'https://cncf.io/blog/2022/07/12/kyverno-moves-to-the-cncf-incubator',
  ],
  [
    'https://aws.amazon.com/about-aws/whats-new/2023/07/aws-fargate-container-startup-seekable-oci/?trk=9513c4db-c9c3-4279-a858-378635315242&sc_channel=el',
    'https://aws.amazon.com/about-aws/whats-new/2023/07/aws-fargate-container-startup-seekable-oci',
  ],
  [
    'https://www.reddit.com/r/kubernetes/comments/y3xhpb/explaining_cluster_security_be_like/?utm_source=share&utm_medium=web2x&context=3',
    'https://reddit.com/r/kubernetes/comments/y3xhpb/explaining_cluster_security_be_like?context=3',
  ],
  [
    'https://go.weave.works/Webinar-AWS-Application-Portability-OnDemand.html?LSD=On-Demand&CampaignID=7014M000001zT70QAE&LeadSource=Partner?utm_source=newsletter&utm_campaign=eks-news-015',
    'https://go.weave.works/Webinar-AWS-Application-Portability-OnDemand.html?CampaignID=7014M000001zT70QAE&LSD=On-Demand&LeadSource=Partner',
  ],
  [
    'https://open.spotify.com/episode/0XCp4EDKXFcTmIEP4HtNfN?si=d460dfac00b345ce&nd=1',
    'https://open.spotify.com/episode/0XCp4EDKXFcTmIEP4HtNfN?nd=1',
  ],
  [
    'https://docs.google.com/forms/d/e/1FAIpQLSfjiTCipko8CooZeqhK8PoBW0OGGlByyJOTRzkJZemTZB68JQ/viewform?pli=1',
    'https://docs.google.com/forms/d/e/1FAIpQLSfjiTCipko8CooZeqhK8PoBW0OGGlByyJOTRzkJZemTZB68JQ/viewform',
  ],
  ['https://aws.amazon.com/fsx/windows/?nc=sn&loc=2', 'https://aws.amazon.com/fsx/windows'],
  [
    'https://twitter.com/stefanprodan/status/1557754198648913921?s=20&t=N3-IIkxafva8KGkrU9o3zw',
    'https://twitter.com/stefanprodan/status/1557754198648913921',
  ],
  ['https://www.twitch.tv/videos/1481899649?t=00h31m40s', 'https://twitch.tv/videos/1481899649'],
  // meaningful parameters stay, sorted
  [
    'https://www.amazon.com/dp/1492056472?tag=corpusnews-20&linkCode=osi&th=1&psc=1',
    'https://amazon.com/dp/1492056472?linkCode=osi&psc=1&tag=corpusnews-20&th=1',
  ],
  // www., http, trailing slashes
  [
    'https://www.armosec.io/blog/kubernetes-security-frameworks-and-guidance/',
    'https://armosec.io/blog/kubernetes-security-frameworks-and-guidance',
  ],
  ['http://aws.amazon.com/ecr/', 'https://aws.amazon.com/ecr'],
  ['http://github.com/awslabs/eksdemo', 'https://github.com/awslabs/eksdemo'],
  [
    'http://cloudscaling.com/blog/cloud-computing/the-history-of-pets-vs-cattle/',
    'https://cloudscaling.com/blog/cloud-computing/the-history-of-pets-vs-cattle',
  ],
  ['https://github.com/FairwindsOps/gonogo/', 'https://github.com/FairwindsOps/gonogo'],
  ['https://eks.news', 'https://eks.news'],
  [
    'https://aws.amazon.com/blogs/containers/getting-started-with-eks-anywhere-on-bare-metal',
    'https://aws.amazon.com/blogs/containers/getting-started-with-eks-anywhere-on-bare-metal',
  ],
  // fragments go, except single-page-app routes
  [
    'https://github.com/argoproj/argo-cd/blob/master/SECURITY.md#reporting-a-vulnerability',
    'https://github.com/argoproj/argo-cd/blob/master/SECURITY.md',
  ],
  [
    'https://docs.google.com/document/d/1dA591eipsgWeAlaSwbYNQtAQaES243IIqXPAfKhJSjU/edit#',
    'https://docs.google.com/document/d/1dA591eipsgWeAlaSwbYNQtAQaES243IIqXPAfKhJSjU/edit',
  ],
  [
    'https://console.aws.amazon.com/securityhub/home/#/free-mfa-security-key',
    'https://console.aws.amazon.com/securityhub/home#/free-mfa-security-key',
  ],
  // host-like broken links are read as https; junk comes back trimmed
  ['karpenter.sh', 'https://karpenter.sh'],
  ['cdk8s.io', 'https://cdk8s.io'],
  ['hhttps://reinvent.awsevents.com/', 'hhttps://reinvent.awsevents.com/'],
  ['http://CRI-O Installation Instructions', 'http://CRI-O Installation Instructions'],
];

// Forms the archive does not hold but pasted links do.
const otherRows: [input: string, expected: string][] = [
  ['HTTPS://WWW.CNCF.IO/Blog/', 'https://cncf.io/Blog'],
  [
    'https://m.youtube.com/watch?v=9AQEptIi2o8&feature=share',
    'https://youtube.com/watch?v=9AQEptIi2o8',
  ],
  ['https://youtube.com/shorts/-BZzalke9GM?si=abc', 'https://youtube.com/watch?v=-BZzalke9GM'],
  [
    'https://x.com/stefanprodan/status/1557754198648913921',
    'https://twitter.com/stefanprodan/status/1557754198648913921',
  ],
  [
    'https://example.com:443/a/?b=2&a=1&fbclid=x&gclid=y&mc_cid=1&mc_eid=2',
    'https://example.com/a?a=1&b=2',
  ],
  ['http://example.com:80/', 'https://example.com'],
  ['http://localhost:8080/x/', 'https://localhost:8080/x'],
  ['  <https://www.eks.news/>  ', 'https://eks.news'],
  ['www.cncf.io/blog/', 'https://cncf.io/blog'],
  [
    'https://news.ycombinator.com/item?id=1&ref_src=twsrc',
    'https://news.ycombinator.com/item?id=1',
  ],
  ['https://example.com/a%2fb?q=%2f', 'https://example.com/a%2fb?q=%2F'],
];

const junkRows: [input: string, expected: string][] = [
  ['', ''],
  ['   ', ''],
  ['  not a link  ', 'not a link'],
  ['e.g.', 'e.g.'],
  ['mailto:someone@example.com', 'mailto:someone@example.com'],
  ['javascript:alert(1)', 'javascript:alert(1)'],
  ['https://', 'https://'],
  ['https://exa mple.com', 'https://exa mple.com'],
  ['/archives/056', '/archives/056'],
];

describe('normalizeUrl', () => {
  it.each(corpusRows)('archive link %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each(otherRows)('pasted link %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each(junkRows)('gives junk %j back trimmed', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('takes its archive rows from the archive', () => {
    const corpus = readdirSync(corpusDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
      .join('\n');
    const missing = corpusRows
      .map(([input]) => input)
      .filter((input) => !corpus.includes(`](${input})`));
    expect(missing).toEqual([]);
  });

  it('is idempotent on every link of the archive', () => {
    const links = readdirSync(corpusDir)
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => [
        ...readFileSync(join(corpusDir, name), 'utf8').matchAll(/\]\(([^)\s]+)\)/g),
      ])
      .map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(1500);
    const unstable = links.filter(
      (link) => normalizeUrl(normalizeUrl(link)) !== normalizeUrl(link),
    );
    expect(unstable).toEqual([]);
  });

  it('never throws, and is idempotent on generated web addresses', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof normalizeUrl(text) === 'string'));
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(normalizeUrl(normalizeUrl(url))).toBe(normalizeUrl(url));
      }),
    );
  });
});
