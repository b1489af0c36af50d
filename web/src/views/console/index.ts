// The console view (not built yet).
import { placeholderView } from '../placeholder.ts';

export const consoleView = placeholderView('console', false);
