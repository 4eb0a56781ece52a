'use strict';
// The step node: builds the step input from the node's fields (literals, message properties,
// context, JSONata, environment) and its secret credentials, runs `execute` through the step
// service, and sends the outputs on output 1 or a structured error on output 2.
// Also the editor's admin routes, which proxy to the service of a deployed step service config
// node: the browser never calls the service itself and never receives a credential.
const client = require('./lib/service-client');
const adminGuard = require('./lib/admin-guard');
const StepForm = require('../resources/step-form');

const ROUTE = '/workflow-step';

module.exports = function (RED) {
  // Credential keys are one per secret field of the chosen step (see StepForm.credKey); they
  // are declared as steps' descriptors are seen and as nodes holding such keys start. Node-RED
  // reads this definition when it stores credentials on deploy and when it tells the editor
  // which ones are set (values of password credentials never go back).
  const credentialDef = {};
  const declareSecrets = (keys) => {
    for (const key of keys) if (StepForm.pointerOfCredKey(key) !== null) credentialDef[key] = { type: 'password' };
  };

  /**
   * The deployed `step-service` config node a request from the editor names
   * (`?service=<config node id>`), or null. The routes call only such a node's service, with
   * its URL and token as the runtime has them: never a URL the request gives (an editor user
   * must not make the runtime fetch addresses of its choosing).
   */
  function deployedService(req) {
    const id = typeof req.query.service === 'string' ? req.query.service : '';
    const node = id ? RED.nodes.getNode(id) : null;
    return node && node.type === 'step-service' && typeof node.call === 'function' ? node : null;
  }

  /** Answers a refused editor request: `{status, body}` with the service's error envelope. */
  const refuse = (res, status, code, message) => res.status(status).json({ status, body: client.serviceError(status, code, message, false).body });
  // Web pages the user visits must not reach the routes (DNS rebinding, cross-site requests):
  // see lib/admin-guard.js; `workflowStepAllowedHosts` in settings.js adds host names.
  const guard = adminGuard.middleware(() => RED.settings.workflowStepAllowedHosts, refuse);

  /**
   * Registers an admin route that answers `{status, body}` from a call to the service of a
   * deployed step service config node. The guard comes first; then, as editing a
   * workflow-step node is what the routes are for, its write permission
   * (`workflow-step.write`): Node-RED refuses a read-only user (401, audited as
   * permission.fail).
   */
  function route(method, path, handler) {
    RED.httpAdmin[method](ROUTE + path, guard, RED.auth.needsPermission('workflow-step.write'), async (req, res) => {
      if (!req.query.service) {
        refuse(res, 400, 'NO_SERVICE', 'choose or add a step service first');
        return;
      }
      const service = deployedService(req);
      if (!service) {
        refuse(res, 400, 'NOT_DEPLOYED', 'this step service is not deployed: deploy it first (its URL and token reach the runtime only on deploy), then reopen this node');
        return;
      }
      try {
        const answer = await handler(service, req);
        res.json({ status: answer.status, body: answer.body });
      } catch (err) {
        res.status(500).json({ status: 500, body: client.serviceError(500, 'EDITOR_ROUTE', String(err && err.message), false).body });
      }
    });
  }
  route('get', '/steps', (service) => service.call(client.listSteps, { timeoutMs: 15000 }));
  route('get', '/steps/:id', async (service, req) => {
    const answer = await service.call(client.describe, req.params.id, { timeoutMs: 15000 });
    if (answer.status === 200) declareSecrets(StepForm.secretPointers(answer.body).map(StepForm.credKey));
    return answer;
  });
  // Validation and the prepared request in the edit dialog: the input has no secrets (the
  // editor leaves them out) and the service masks credentials in what it prepares.
  route('post', '/steps/:id/validate', (service, req) => service.call(client.validate, req.params.id, req.body, { timeoutMs: 15000 }));
  route('post', '/steps/:id/prepare', (service, req) => service.call(client.prepare, req.params.id, req.body, { timeoutMs: 15000 }));

  /** The step node. */
  function WorkflowStepNode(config) {
    RED.nodes.createNode(this, config);
    const node = this;
    const service = RED.nodes.getNode(config.service);
    const stepId = config.step;
    const fields = config.fields && typeof config.fields === 'object' ? config.fields : {};
    const catchErrors = Boolean(config.catchErrors);
    const secrets = {};
    for (const [key, value] of Object.entries(node.credentials || {})) {
      const ptr = StepForm.pointerOfCredKey(key);
      if (ptr !== null && typeof value === 'string') secrets[ptr] = value;
    }
    declareSecrets(Object.keys(node.credentials || {}));

    // JSONata prepared once, so that a syntax error shows on deploy (as the inject node does).
    const expressions = {};
    let setupError = null;
    for (const [ptr, entry] of Object.entries(fields)) {
      if (entry.t !== 'jsonata') continue;
      try {
        expressions[ptr] = RED.util.prepareJSONataExpression(entry.v, node);
      } catch (err) {
        setupError = stepError('invalid_input', 'INVALID_JSONATA', `${ptr}: the JSONata expression does not parse: ${err.message}`, false);
      }
    }
    if (!service) setupError = stepError('service', 'NO_SERVICE', 'no step service is configured for this node', false);
    else if (!stepId) setupError = stepError('service', 'NO_STEP', 'no step is chosen for this node', false);
    if (setupError) node.status({ fill: 'red', shape: 'ring', text: RED._('workflow-step.status.not-configured') });

    let schema = null; // the chosen step's input schema, fetched on the first message
    let inFlight = 0;
    const controllers = new Set();

    const showRunning = () => node.status({ fill: 'blue', shape: 'dot', text: inFlight > 1 ? RED._('workflow-step.status.running-n', { n: inFlight }) : RED._('workflow-step.status.running') });

    function evaluate(ptr, entry, msg) {
      return new Promise((resolve, reject) => {
        const cb = (err, value) => (err ? reject(fieldProblem(ptr, err)) : resolve(value));
        if (entry.t === 'jsonata') RED.util.evaluateJSONataExpression(expressions[ptr], msg, cb);
        else RED.util.evaluateNodeProperty(entry.v, entry.t, node, msg, cb);
      });
    }

    async function inputSchema(signal) {
      if (schema) return schema;
      const answer = await service.call(client.describe, stepId, { timeoutMs: 15000, signal });
      if (answer.status !== 200) throw answer.body.error ? answer : { status: answer.status, body: client.serviceError(answer.status, 'DESCRIBE_FAILED', `the service could not describe step ${stepId}`, true).body };
      schema = answer.body.input_schema || {};
      return schema;
    }

    node.on('input', async (msg, send, done) => {
      const controller = new AbortController();
      controllers.add(controller);
      inFlight += 1;
      showRunning();
      let answer;
      try {
        if (setupError) {
          answer = { status: 0, body: { ok: false, error: setupError } };
        } else {
          const input = await StepForm.buildInput(await inputSchema(controller.signal), fields, (ptr, entry) => evaluate(ptr, entry, msg), secrets);
          answer = await service.call(client.execute, stepId, input, { timeoutMs: service.timeoutMs, signal: controller.signal });
        }
      } catch (err) {
        answer = err && err.body ? err : { status: 0, body: { ok: false, error: err && err.kind ? err : stepError('service', 'NODE_ERROR', String(err && err.message), false) } };
      } finally {
        controllers.delete(controller);
        inFlight -= 1;
      }
      if (answer.status === 499) { done(); return; } // cancelled by close: nothing to report
      if (answer.status === 200 && answer.body && answer.body.ok) {
        msg.payload = answer.body.outputs;
        if (inFlight > 0) showRunning(); else node.status({ fill: 'green', shape: 'dot', text: RED._('workflow-step.status.ok') });
        send([msg, null]);
        done();
        return;
      }
      const error = (answer.body && answer.body.error) || stepError('service', 'BAD_ANSWER', `the step service answered HTTP ${answer.status} without an error`, answer.status >= 500);
      msg.payload = error;
      if (answer.status) msg.statusCode = answer.status;
      const retryAfter = Number(answer.headers && answer.headers.retryAfter);
      if (Number.isFinite(retryAfter) && retryAfter >= 0) msg.retryAfter = retryAfter;
      if (inFlight > 0) showRunning();
      else node.status({ fill: error.retryable ? 'yellow' : 'red', shape: 'ring', text: String(error.kind || 'error').slice(0, 19) });
      if (catchErrors) {
        const err = new Error(`${error.kind}/${error.code}: ${error.message}`);
        done(err);
      } else {
        send([null, msg]);
        done();
      }
    });

    node.on('close', (removed, done) => {
      for (const controller of controllers) controller.abort();
      node.status({});
      done();
    });
  }

  RED.nodes.registerType('workflow-step', WorkflowStepNode, {
    credentials: credentialDef,
    // Host names the editor routes answer to besides IP addresses, localhost and this
    // machine's name (settings.js: `workflowStepAllowedHosts: ['nodered.example.com']`).
    settings: { workflowStepAllowedHosts: { value: [], exportable: false } },
  });
};

/** A structured error in the service's shape. */
function stepError(kind, code, message, retryable) {
  return { kind, code, message, retryable };
}

/** A field whose value could not be taken from the message or the context. */
function fieldProblem(ptr, err) {
  return stepError('invalid_input', 'FIELD_EVALUATION', `${ptr}: ${err && err.message ? err.message : err}`, false);
}
