/**
 * The policy file's JSON Schema. It lives here as a TypeScript value so the bundle carries it
 * (no file read relative to the module, which breaks once ncc bundles). schema/infra-guard.schema.json
 * is generated from it for editors; a test fails when the two differ.
 */

const nonEmptyString = { type: 'string', minLength: 1 } as const
const stringList = { type: 'array', items: nonEmptyString } as const
const severityOverrides = {
  type: 'object',
  description:
    'Rule id → off | warn | deny. Built-in ids: public-database, unencrypted-storage, open-ingress, required-tags.',
  additionalProperties: { enum: ['off', 'warn', 'deny'] }
} as const

/** The schema object (draft-07, understood by ajv and by editors' YAML language servers). */
export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/infra-guard/infra-guard/blob/main/schema/infra-guard.schema.json',
  title: 'infra-guard policy',
  description:
    'Policy file for the infra-guard action (.github/infra-guard.yml). Built-in defaults are merged with it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { description: 'Policy format version.', enum: [1] },
    environments: {
      type: 'object',
      description:
        'Environments by canonical name; merged key by key with the built-in dev, staging and prod.',
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
      additionalProperties: { $ref: '#/definitions/environment' }
    },
    protected_resources: {
      ...stringList,
      description:
        'Address globs (*, ?, {a,b}) never destroyed or replaced in protected environments, even with force_recreate, unless the exact address is in the allow_destroy input.'
    },
    approvals_by_cost: {
      type: 'array',
      description: 'Approvals required by monthly cost increase; the first matching tier applies.',
      items: { $ref: '#/definitions/costTier' }
    },
    rules: {
      type: 'array',
      description: 'User rules over planned values.',
      items: { $ref: '#/definitions/rule' }
    },
    rule_severity: severityOverrides,
    required_tags: {
      ...stringList,
      description: 'Tags the required-tags rule expects on taggable resources.'
    },
    missing_cost_estimate: {
      description:
        'When an environment has a cost ceiling but no infracost_json was given: deny (default) or warn.',
      enum: ['deny', 'warn']
    },
    risk: {
      type: 'object',
      additionalProperties: false,
      properties: {
        data_bearing_types: {
          ...stringList,
          description: 'Extra resource types (globs) treated as data-bearing.'
        },
        deletion_threshold: {
          type: 'integer',
          minimum: 1,
          description: 'Deletions in one plan that make the risk critical.'
        },
        critical_approvals: {
          type: 'integer',
          minimum: 0,
          description: 'Minimum approvals for a critical-risk plan.'
        }
      }
    }
  },
  definitions: {
    environment: {
      type: 'object',
      additionalProperties: false,
      properties: {
        aliases: {
          ...stringList,
          description: 'Other names that resolve to this environment (case-insensitive).'
        },
        branches: {
          ...stringList,
          description:
            'Branches deploying to this environment; a trailing * is a prefix match. No branch may be claimed by two environments.'
        },
        tags: {
          ...stringList,
          description:
            'Tags deploying to this environment (v*); a trailing * is a prefix match. A tag no environment claims deploys to prod.'
        },
        protected: { type: 'boolean', description: 'Destroy/replace needs force_recreate.' },
        max_monthly_cost_increase: {
          type: 'number',
          minimum: 0,
          description: 'Cost ceiling per plan, in the Infracost currency.'
        },
        required_approvals: { type: 'integer', minimum: 0, maximum: 50 },
        resource_limits: {
          type: 'object',
          description: 'Type glob → maximum creates of matching types in one plan.',
          additionalProperties: { type: 'integer', minimum: 0 }
        },
        deployment_windows: {
          type: 'object',
          additionalProperties: false,
          required: ['timezone'],
          properties: {
            timezone: {
              ...nonEmptyString,
              description: 'IANA time zone, e.g. Asia/Seoul, Europe/Berlin, UTC.'
            },
            allow: {
              ...stringList,
              description:
                '"<days> [HH:MM-HH:MM]", e.g. "Mon-Thu 09:00-17:00", "Sat,Sun", "daily 22:00-02:00".'
            },
            block: {
              ...stringList,
              description:
                'Days (optionally with HH:MM-HH:MM): "2026-12-24", "2026-12-24..2026-12-26", "12-25" (every year), "last-fri", "first-mon", "2nd-tue", "Fri 15:00-24:00".'
            }
          }
        },
        rule_severity: severityOverrides,
        checklist: { ...stringList, description: 'Extra review checklist items for this environment.' },
        paths: {
          ...stringList,
          description:
            'discover: globs of root module folders in this environment (*, **, ?, {a,b}), e.g. "environments/prod/**".'
        }
      }
    },
    costTier: {
      type: 'object',
      additionalProperties: false,
      required: ['approvals'],
      oneOf: [{ required: ['up_to'] }, { required: ['above'] }],
      properties: {
        up_to: { type: 'number', description: 'Applies when the monthly increase is at most this.' },
        above: { type: 'number', description: 'Applies when the monthly increase is more than this.' },
        approvals: { type: 'integer', minimum: 0, maximum: 50 },
        requires: {
          ...stringList,
          description: 'Checklist items, e.g. business_justification, cto_approval.'
        }
      }
    },
    rule: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'type', 'path', 'op', 'severity', 'message'],
      properties: {
        id: {
          type: 'string',
          pattern: '^[a-z0-9][a-z0-9_-]*$',
          description: 'Lower-case id: letters, digits, - and _.'
        },
        type: {
          description: 'Resource type glob or list of globs.',
          anyOf: [nonEmptyString, { type: 'array', minItems: 1, items: nonEmptyString }]
        },
        path: {
          ...nonEmptyString,
          description: 'Attribute path: tags.Owner, ingress[*].cidr_blocks, root_block_device[0].encrypted.'
        },
        op: { enum: ['equals', 'not_equals', 'in', 'not_in', 'matches', 'exists', 'absent'] },
        value: { description: 'Expected value (a list for in/not_in, a regular expression for matches).' },
        severity: { enum: ['warn', 'deny'] },
        message: nonEmptyString,
        environments: { ...stringList, description: 'Apply only in these environments; all when omitted.' }
      },
      if: {
        required: ['op'],
        properties: { op: { enum: ['equals', 'not_equals', 'in', 'not_in', 'matches'] } }
      },
      then: { required: ['value'] }
    }
  }
} as const
