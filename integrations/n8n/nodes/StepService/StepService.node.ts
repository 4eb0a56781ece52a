import {
  NodeApiError,
  NodeConnectionTypes,
  NodeOperationError,
  type IDataObject,
  type IExecuteFunctions,
  type IHttpRequestMethods,
  type ILoadOptionsFunctions,
  type INodeExecutionData,
  type INodePropertyOptions,
  type INodeType,
  type INodeTypeDescription,
  type JsonObject,
  type ResourceMapperFields,
} from 'n8n-workflow';

import { fieldsOf, inputFromFields, type Descriptor } from './descriptor';

type Caller = IExecuteFunctions | ILoadOptionsFunctions;

/** A step error as the service returns it (`error` of a failed call). */
interface StepError extends IDataObject {
  kind: string;
  code: string;
  message: string;
  retryable: boolean;
  suggested_action?: string | null;
  request_id?: string | null;
}

/** Calls the step service with the node's credentials; never throws for an HTTP status. */
async function callService(ctx: Caller, method: IHttpRequestMethods, path: string, body?: IDataObject, timeout = 130_000) {
  const credentials = await ctx.getCredentials('stepServiceApi');
  const baseURL = String(credentials.url ?? '').replace(/\/$/, '');
  try {
    const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'stepServiceApi', {
      method,
      baseURL,
      url: path,
      body,
      json: true,
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
      timeout,
    })) as { statusCode: number; body: IDataObject; headers: IDataObject };
    return response;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const error: StepError = { kind: 'service', code: 'UNREACHABLE', message: `cannot reach the step service at ${baseURL}: ${message}`, retryable: true };
    return { statusCode: 502, body: { ok: false, error } as IDataObject, headers: {} };
  }
}

/** The descriptor of a step, or a NodeOperationError that says what to fix. */
async function describe(ctx: Caller, stepId: string, itemIndex?: number): Promise<Descriptor> {
  const response = await callService(ctx, 'GET', `/v1/steps/${encodeURIComponent(stepId)}`, undefined, 15_000);
  if (response.statusCode !== 200) {
    const error = (response.body.error ?? {}) as IDataObject;
    throw new NodeOperationError(ctx.getNode(), `Cannot load step "${stepId}": ${String(error.message ?? `HTTP ${response.statusCode}`)}`, {
      itemIndex,
      description: 'Check the Step Service API credential (service URL and token) and that the service lists this step (GET /v1/steps).',
    });
  }
  return response.body as unknown as Descriptor;
}

/** What one item's call gave: the step's outputs, or its structured error. */
type Outcome = { ok: true; outputs: IDataObject } | { ok: false; error: StepError; statusCode: number };

/** Runs the step for item `i`; throws a NodeOperationError (with itemIndex) only for input it cannot send. */
async function runItem(ctx: IExecuteFunctions, i: number, descriptors: Map<string, Descriptor>): Promise<Outcome> {
  const stepId = ctx.getNodeParameter('step', i) as string;
  const mode = ctx.getNodeParameter('inputMode', i) as string;
  const timeout = Number((ctx.getNodeParameter('options', i, {}) as IDataObject).timeout ?? 130) * 1000;
  let input: IDataObject;
  if (mode === 'json') {
    const raw = ctx.getNodeParameter('inputJson', i);
    if (typeof raw === 'string') {
      try {
        input = JSON.parse(raw) as IDataObject;
      } catch (err) {
        throw new NodeOperationError(ctx.getNode(), `The step input is not JSON: ${(err as Error).message}`, {
          itemIndex: i,
          description: 'Fix the JSON in "Step Input (JSON)": one object with the step\'s input fields.',
        });
      }
    } else {
      input = raw as IDataObject;
    }
  } else {
    if (!descriptors.has(stepId)) descriptors.set(stepId, await describe(ctx, stepId, i));
    const values = ctx.getNodeParameter('fields.value', i, {}) as IDataObject;
    input = inputFromFields(values, descriptors.get(stepId)!) as IDataObject;
  }
  const response = await callService(ctx, 'POST', `/v1/steps/${encodeURIComponent(stepId)}/execute`, input, timeout);
  if (response.statusCode === 200 && response.body.ok === true) return { ok: true, outputs: response.body.outputs as IDataObject };
  const error = (response.body.error ?? {
    kind: 'service',
    code: 'BAD_ANSWER',
    message: `HTTP ${response.statusCode} without an error`,
    retryable: response.statusCode >= 500,
  }) as StepError;
  if (response.headers['retry-after'] !== undefined) error.retry_after_seconds = Number(response.headers['retry-after']);
  return { ok: false, error, statusCode: response.statusCode };
}

/** Runs a workflow step (a WebAssembly component) through a step service. */
export class StepService implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Step Service',
    name: 'stepService',
    icon: { light: 'file:../../icons/stepService.svg', dark: 'file:../../icons/stepService.dark.svg' },
    group: ['transform'],
    version: 1,
    subtitle: '={{$parameter["step"]}}',
    description: 'Run a workflow step served by a step service (host-test serve), e.g. Plaid Partner Insights',
    defaults: { name: 'Step Service' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    usableAsTool: true,
    credentials: [{ name: 'stepServiceApi', required: true }],
    properties: [
      {
        displayName: 'Step Name or ID',
        name: 'step',
        type: 'options',
        typeOptions: { loadOptionsMethod: 'getSteps' },
        default: '',
        required: true,
        description: 'The step to run, from the service\'s list. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
      },
      {
        displayName: 'Input Mode',
        name: 'inputMode',
        type: 'options',
        noDataExpression: true,
        default: 'fields',
        options: [
          { name: 'Fields', value: 'fields', description: "One field per input of the step, from the step's description" },
          { name: 'JSON', value: 'json', description: 'The whole step input as one JSON object' },
        ],
      },
      {
        displayName: 'Fields',
        name: 'fields',
        type: 'resourceMapper',
        noDataExpression: true,
        default: { mappingMode: 'defineBelow', value: null },
        required: true,
        typeOptions: {
          loadOptionsDependsOn: ['step'],
          resourceMapper: {
            resourceMapperMethod: 'getStepFields',
            mode: 'add',
            addAllFields: false,
            supportAutoMap: false,
            fieldWords: { singular: 'field', plural: 'fields' },
            noFieldsError: 'The step has no input fields, or the service could not describe it.',
          },
        },
        displayOptions: { show: { inputMode: ['fields'] } },
      },
      {
        displayName: 'Step Input (JSON)',
        name: 'inputJson',
        type: 'json',
        typeOptions: { rows: 8 },
        default: '{\n  "user_id": "usr_..."\n}',
        validateType: 'object',
        displayOptions: { show: { inputMode: ['json'] } },
      },
      {
        displayName: 'Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Add option',
        default: {},
        options: [
          { displayName: 'Timeout (Seconds)', name: 'timeout', type: 'number', default: 130, description: 'How long a step may take before the node gives up on the call' },
        ],
      },
    ],
  };

  methods = {
    loadOptions: {
      /** The service's steps (broken ones say why). */
      async getSteps(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
        const response = await callService(this, 'GET', '/v1/steps', undefined, 15_000);
        if (response.statusCode !== 200) {
          const error = (response.body.error ?? {}) as IDataObject;
          throw new NodeOperationError(this.getNode(), `Cannot list the steps: ${String(error.message ?? `HTTP ${response.statusCode}`)}`, {
            description: 'Check the Step Service API credential: the service URL as reachable from n8n, and its token.',
          });
        }
        const steps = (response.body.steps ?? []) as IDataObject[];
        return steps.map((s) => ({
          name: `${String(s.title ?? s.name ?? s.id)}${s.status === 'broken' ? ' (broken)' : ''}`,
          value: String(s.id),
          description: s.status === 'broken' ? String(s.error ?? '') : String(s.endpoint ?? ''),
        }));
      },
    },
    resourceMapping: {
      /** The chosen step's input fields, from its descriptor. */
      async getStepFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
        const stepId = this.getNodeParameter('step', '') as string;
        if (!stepId) return { fields: [], emptyFieldsNotice: 'Choose a step first.' };
        return { fields: fieldsOf(await describe(this, stepId)) };
      },
    },
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const returnData: INodeExecutionData[] = [];
    const descriptors = new Map<string, Descriptor>();
    for (let i = 0; i < items.length; i++) {
      let outcome: Outcome;
      try {
        outcome = await runItem(this, i, descriptors);
      } catch (err) {
        // Input the node could not send (bad JSON, a step it cannot describe), or a fault of its own.
        const nodeError = new NodeOperationError(this.getNode(), err as Error, {
          itemIndex: i,
          description: 'Check the node\'s step and input, and the Step Service API credential.',
        });
        if (this.continueOnFail()) {
          const error: StepError = { kind: 'service', code: 'NODE_ERROR', message: nodeError.message, retryable: false, suggested_action: nodeError.description ?? null };
          returnData.push({ json: { error }, pairedItem: { item: i } });
          continue;
        }
        throw nodeError;
      }
      if (outcome.ok) {
        returnData.push({ json: outcome.outputs, pairedItem: { item: i } });
        continue;
      }
      const { error, statusCode } = outcome;
      if (this.continueOnFail()) {
        returnData.push({ json: { error }, pairedItem: { item: i } });
        continue;
      }
      throw new NodeApiError(this.getNode(), error as unknown as JsonObject, {
        itemIndex: i,
        httpCode: String(statusCode),
        message: `${error.kind}/${error.code}: ${error.message}`,
        description: error.suggested_action ?? (error.retryable ? 'Retry later: the step says this may succeed on a later try.' : 'Fix the input as the message says.'),
      });
    }
    return [returnData];
  }
}
