import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/** Where the step service (`host-test serve`) listens, and its bearer token. */
export class StepServiceApi implements ICredentialType {
  name = 'stepServiceApi';

  displayName = 'Step Service API';

  icon: Icon = { light: 'file:../icons/stepService.svg', dark: 'file:../icons/stepService.dark.svg' };

  documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-step-service#credentials';

  properties: INodeProperties[] = [
    {
      displayName: 'Service URL',
      name: 'url',
      type: 'string',
      default: 'http://127.0.0.1:8787',
      placeholder: 'http://127.0.0.1:8787',
      description: 'Where the step service listens, as reachable from n8n (its base URL, without /v1)',
      required: true,
    },
    {
      displayName: 'Token',
      name: 'token',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description: "The service's bearer token (its STEP_SERVICE_TOKEN). Leave empty only for a service on loopback that runs without one.",
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
