import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Where the step service (`host-test serve`) listens, and its bearer token. */
export class StepServiceApi implements ICredentialType {
  name = 'stepServiceApi';

  displayName = 'Step Service API';

  documentationUrl = 'https://plaid.com/docs/api/products/check/';

  properties: INodeProperties[] = [
    {
      displayName: 'URL',
      name: 'url',
      type: 'string',
      default: 'http://127.0.0.1:8787',
      placeholder: 'http://127.0.0.1:8787',
      description: 'Where the step service listens',
      required: true,
    },
    {
      displayName: 'Token',
      name: 'token',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description: "The service's STEP_SERVICE_TOKEN; leave empty for a loopback service without one",
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      headers: {
        Authorization: '={{$credentials.token ? "Bearer " + $credentials.token : undefined}}',
      },
    },
  };

  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.url.replace(/\\/$/, "")}}',
      url: '/v1/steps',
      method: 'GET',
    },
  };
}
