// The explorer page: wires the DOM in index.html to the Explorer.
import './explorer.css';
import { Explorer } from './explorer';

const explorer = new Explorer(document);
explorer.start();
// A read-only handle for the end-to-end test and for debugging in the console.
(window as unknown as { policygraph: Explorer }).policygraph = explorer;
