// Briefing packs from every view in English, and a basket of two views (exports-suite.ts says what is checked).
import { exportsSuite } from './exports-suite.ts';

exportsSuite('en', ['en'], true);
