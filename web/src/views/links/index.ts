// The links view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const linksView = placeholderView('links', false);
