// Runs `execute` for a list of inputs inside a worker thread: preview2-shim's outgoing HTTP is
// synchronous, so this is how a Node server or editor keeps its event loop free.
import { parentPort, workerData } from 'node:worker_threads';
import { loadStep } from './step.mjs';

const step = await loadStep(workerData.moduleUrl, workerData.env);
parentPort.postMessage(workerData.inputs.map((text) => step.execute(text, workerData.config)));
