import { EmbeddedStore } from '../../server/store/index.ts';
import { describeStoreContract } from './contract.suite.ts';

describeStoreContract('embedded', async (dataset) => new EmbeddedStore(dataset));
