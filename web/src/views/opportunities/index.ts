// The opportunities view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const opportunitiesView = placeholderView('opportunities', false);
