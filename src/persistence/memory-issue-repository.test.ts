import { describeRepositoryContract } from '../../test/support/issue-repository-contract';
import { MemoryIssueRepository } from './memory-issue-repository';

describeRepositoryContract(
  'MemoryIssueRepository',
  (options) => new MemoryIssueRepository(options),
);
