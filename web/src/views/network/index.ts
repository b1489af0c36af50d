// The network view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const networkView = placeholderView('network', true);
