// Entry point: reads the state from the URL and starts the shell.
import './app/messages.ts';
import { Shell } from './app/shell.ts';
import { parseState, StateStore } from './app/state.ts';

const state = new StateStore(parseState(window.location.search));
const shell = new Shell(state);
void shell.start();
