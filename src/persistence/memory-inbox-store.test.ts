import { describeInboxStoreContract } from '../../test/support/inbox-store-contract';
import { MemoryInboxStore } from './memory-inbox-store';

describeInboxStoreContract('MemoryInboxStore', () => new MemoryInboxStore());
