import type { CodegenConfig } from '@graphql-codegen/cli';

const entities = '../db/entities/identity.ts';

// Resolver signatures typed from the SDL, with GraphQL types mapped to the ORM entities resolvers return.
const config: CodegenConfig = {
  schema: '../../packages/graphql/__generated__/schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        mapperTypeSuffix: 'Entity',
        contextType: '../graphql/context.ts#GraphQLContext',
        scalars: { DateTime: 'Date' },
        mappers: {
          User: `${entities}#User`,
          Organisation: `${entities}#Organisation`,
          Membership: `${entities}#Membership`,
          WorkingGroup: `${entities}#WorkingGroup`,
          WorkingGroupMember: `${entities}#WorkingGroupMember`,
          Me: '../modules/identity/me.ts#MeModel',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};
export default config;
