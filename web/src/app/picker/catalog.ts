// Search pickers for the catalogue's clusters and components, wherever a view filters by one (the
// filter bar, Opportunities, Link and match). A <select> served the seed's 12 clusters and 47
// components; a national dataset has 416 clusters and 2,000 components, and the seed's cluster
// names all begin "Sentra IKM logam", so a select's type-ahead cannot reach "Ceper". Typing any part
// of the name, the id, a cluster's province or a component's HS code finds it.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import { t } from '../i18n.ts';
import { byName } from './filter.ts';
import { searchPicker, type Picker } from './index.ts';
import './messages.ts';

interface CatalogPickerConfig {
  /** The input's id (as the select had: `filter-cluster`, `opp-component`, …). */
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
}

/** A picker of the catalogue's clusters, each with its province; the empty entry is "All clusters". */
export function clusterPicker(clusters: CatalogOut['clusters'], config: CatalogPickerConfig): Picker {
  return searchPicker({
    ...config,
    placeholder: t('picker.clusters.placeholder'),
    empty: t('picker.clusters.all'),
    options: clusters.map((c) => ({ value: c.id, label: c.name, ...(c.province ? { note: c.province } : {}) })).sort((a, b) => byName(a.label, b.label)),
  });
}

/** A picker of the catalogue's components, each with its HS code; the empty entry is "All components". */
export function componentPicker(components: CatalogOut['components'], config: CatalogPickerConfig): Picker {
  return searchPicker({
    ...config,
    placeholder: t('picker.components.placeholder'),
    empty: t('picker.components.all'),
    options: components.map((c) => ({ value: c.id, label: c.name, ...(c.hs ? { note: `HS ${c.hs}` } : {}) })).sort((a, b) => byName(a.label, b.label)),
  });
}
