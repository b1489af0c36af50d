// Briefing packs from every view in Bahasa Indonesia (exports-suite.ts says what is checked).
import { exportsSuite } from './exports-suite.ts';

exportsSuite('id', ['id'], false);
