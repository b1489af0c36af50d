// The risk view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const riskView = placeholderView('risk', false);
