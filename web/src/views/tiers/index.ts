// The tiers view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const tiersView = placeholderView('tiers', true);
