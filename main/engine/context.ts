import type { EconomicClient } from '../connectors/economic/client';
import type { Ledger } from '../ledger';
import type { LogStore } from '../log';
import type { Profile } from '../../shared/profile/schema';
import type { BuyerCustomers } from './customers';
import type { ProductCreator } from './products';
import type { EconomicReference } from './reference-data';
import type { PostingStatus } from './supervised';
import type { AfterBooking } from './after-booking';

/** Everything one sync cycle works with; built once per run by the runtime. */
export interface EngineContext {
  profile: Profile;
  ledger: Ledger;
  client: EconomicClient;
  reference: EconomicReference;
  products: ProductCreator;
  customers: BuyerCustomers;
  log: LogStore;
  afterBooking: AfterBooking;
  /** The automatic-posting gates as they stand now. */
  posting(): PostingStatus;
  clock(): Date;
}
