import { describeRepositoryContract } from './issue-repository-contract';
import { MemoryIssueRepository } from './memory-issue-repository';

describeRepositoryContract(
  'MemoryIssueRepository',
  (options) => new MemoryIssueRepository(options),
);
