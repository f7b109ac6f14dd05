import { describeInboxStoreContract } from './inbox-store-contract';
import { MemoryInboxStore } from './memory-inbox-store';

describeInboxStoreContract('MemoryInboxStore', () => new MemoryInboxStore());
