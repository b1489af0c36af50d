// Every view and panel, in tab order. Each lives in its own folder; its index.ts is its public face.
import type { ViewDef } from '../app/view.ts';
import { complexityView } from './complexity/index.ts';
import { consoleView } from './console/index.ts';
import { dataView } from './data/index.ts';
import { linksView } from './links/index.ts';
import { mapView } from './map/index.ts';
import { networkView } from './network/index.ts';
import { opportunitiesView } from './opportunities/index.ts';
import { riskView } from './risk/index.ts';
import { tiersView } from './tiers/index.ts';

export const VIEWS: readonly ViewDef[] = [networkView, tiersView, mapView, opportunitiesView, linksView, riskView, complexityView, consoleView, dataView];
