// The data view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const dataView = placeholderView('data', false);
