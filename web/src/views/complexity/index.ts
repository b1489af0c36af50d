// The complexity view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const complexityView = placeholderView('complexity', false);
