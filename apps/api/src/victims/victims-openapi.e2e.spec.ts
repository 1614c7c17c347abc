import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiHarness, startApi } from '@vcs/test-support';
import { VICTIMS_POLICY } from '../../../../test/e2e/policy/victims.policy';

type Operation = {
  parameters?: { name: string; in: string; schema?: { format?: string } }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
};

describe('the OpenAPI document for the victims routes', () => {
  let api: ApiHarness;
  let document: ReturnType<typeof SwaggerModule.createDocument>;

  beforeAll(async () => {
    api = await startApi();
    document = SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
  });

  afterAll(async () => {
    await api.close();
  });

  it.each(Object.keys(VICTIMS_POLICY))(
    'describes %s with its body schema, the victim id as a UUID and its answers',
    (route) => {
      const [method, path] = route.split(' ');
      const operation = (document.paths[path.replace(/:(\w+)/g, '{$1}')] as Record<string, Operation>)?.[
        method.toLowerCase()
      ];

      expect(operation).toBeDefined();
      const ref = operation.requestBody?.content['application/json'].schema.$ref;
      expect(ref).toMatch(/^#\/components\/schemas\/\w+Dto$/);
      const schema = document.components?.schemas?.[ref!.split('/').pop()!] as { properties?: Record<string, unknown> };
      expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
      if (path.includes(':victimId'))
        expect(operation.parameters).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              name: 'victimId',
              in: 'path',
              schema: expect.objectContaining({ format: 'uuid' }),
            }),
          ]),
        );
      expect(Object.keys((operation as { responses: object }).responses)).toEqual(
        expect.arrayContaining(['400', '401', '403', '404', '409', '422']),
      );
    },
  );

  it('describes the nested personal parts down to the address', () => {
    const schemas = document.components?.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(schemas.PersonDetailsDto.properties)).toEqual([
      'fullName',
      'dateOfBirth',
      'address',
      'phone',
      'email',
    ]);
    expect(Object.keys(schemas.PostalAddressDto.properties)).toEqual(['lines', 'postcode']);
    expect(schemas.ContactPreferencesPersonalDto.properties.timesNotToCall).toMatchObject({
      type: 'array',
      maxItems: 14,
    });
  });
});
