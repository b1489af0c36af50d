// The map view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const mapView = placeholderView('map', true);
