/**
 * Key attributes of common AWS resource types (hashicorp/aws 5.x attribute names; the golden tests
 * check them against that provider's schema). Data only: see key-rule.ts for the path syntax.
 */
import { rule, STATEMENT_FIELDS, type KeyAttributeRule } from './key-rule.js'

const id = (...names: string[]): KeyAttributeRule[] => names.map(name => rule(name, 'identity'))
const policy = (attribute: string): KeyAttributeRule =>
  rule(`${attribute}{json}.Statement[*]`, 'iam', STATEMENT_FIELDS)
const RULE_FIELDS = [
  'description',
  'protocol',
  'from_port',
  'to_port',
  'cidr_blocks',
  'ipv6_cidr_blocks',
  'security_groups',
  'prefix_list_ids',
  'self'
]
const INLINE_POLICY = [
  rule('inline_policy[*].name', 'iam'),
  rule('inline_policy[*].policy{json}.Statement[*]', 'iam', STATEMENT_FIELDS)
]

export const AWS_KEY_ATTRIBUTES: Readonly<Record<string, readonly KeyAttributeRule[]>> = {
  aws_security_group: [
    ...id('name', 'id', 'vpc_id'),
    rule('ingress[*]', 'network', RULE_FIELDS),
    rule('egress[*]', 'network', RULE_FIELDS)
  ],
  aws_security_group_rule: [
    ...id('security_group_id', 'id'),
    rule('type', 'network'),
    rule('protocol', 'network'),
    rule('from_port', 'network'),
    rule('to_port', 'network'),
    rule('cidr_blocks', 'network'),
    rule('ipv6_cidr_blocks', 'network'),
    rule('source_security_group_id', 'network'),
    rule('self', 'network')
  ],
  aws_vpc_security_group_ingress_rule: vpcRule(),
  aws_vpc_security_group_egress_rule: vpcRule(),
  aws_network_acl_rule: [
    ...id('network_acl_id', 'rule_number'),
    rule('egress', 'network'),
    rule('rule_action', 'network'),
    rule('protocol', 'network'),
    rule('cidr_block', 'network'),
    rule('ipv6_cidr_block', 'network'),
    rule('from_port', 'network'),
    rule('to_port', 'network')
  ],
  aws_iam_policy: [...id('name', 'arn'), policy('policy')],
  aws_iam_role_policy: [...id('name', 'role'), policy('policy')],
  aws_iam_user_policy: [...id('name', 'user'), policy('policy')],
  aws_iam_group_policy: [...id('name', 'group'), policy('policy')],
  aws_iam_role: [
    ...id('name', 'arn'),
    policy('assume_role_policy'),
    rule('managed_policy_arns', 'iam'),
    ...INLINE_POLICY
  ],
  aws_iam_role_policy_attachment: [...id('role'), rule('policy_arn', 'iam')],
  aws_iam_user_policy_attachment: [...id('user'), rule('policy_arn', 'iam')],
  aws_iam_group_policy_attachment: [...id('group'), rule('policy_arn', 'iam')],
  aws_iam_policy_attachment: [
    ...id('name'),
    rule('policy_arn', 'iam'),
    rule('users', 'iam'),
    rule('roles', 'iam'),
    rule('groups', 'iam')
  ],
  aws_iam_user: id('name', 'arn'),
  aws_iam_access_key: [...id('user'), rule('status', 'iam')],
  aws_s3_bucket: [...id('bucket', 'arn'), rule('acl', 'public-access'), rule('force_destroy', 'protection')],
  aws_s3_bucket_public_access_block: [...id('bucket'), ...publicAccessBlock()],
  aws_s3_account_public_access_block: [...id('account_id'), ...publicAccessBlock()],
  aws_s3_bucket_policy: [...id('bucket'), policy('policy')],
  aws_s3_bucket_acl: [...id('bucket'), rule('acl', 'public-access')],
  aws_s3_bucket_server_side_encryption_configuration: [
    ...id('bucket'),
    rule('rule[*].apply_server_side_encryption_by_default[*]', 'encryption', [
      'sse_algorithm',
      'kms_master_key_id'
    ])
  ],
  aws_s3_bucket_versioning: [...id('bucket'), rule('versioning_configuration[*].status', 'protection')],
  aws_db_instance: [
    ...id('identifier', 'arn'),
    rule('engine', 'size'),
    rule('engine_version', 'size'),
    rule('instance_class', 'size'),
    rule('allocated_storage', 'size'),
    rule('multi_az', 'size'),
    rule('publicly_accessible', 'public-access'),
    rule('storage_encrypted', 'encryption'),
    rule('kms_key_id', 'encryption'),
    rule('iam_database_authentication_enabled', 'iam'),
    rule('deletion_protection', 'protection'),
    rule('skip_final_snapshot', 'protection'),
    rule('backup_retention_period', 'protection')
  ],
  aws_rds_cluster: [
    ...id('cluster_identifier', 'arn'),
    rule('engine', 'size'),
    rule('engine_version', 'size'),
    rule('storage_encrypted', 'encryption'),
    rule('kms_key_id', 'encryption'),
    rule('deletion_protection', 'protection'),
    rule('skip_final_snapshot', 'protection'),
    rule('backup_retention_period', 'protection')
  ],
  aws_rds_cluster_instance: [
    ...id('identifier', 'cluster_identifier'),
    rule('instance_class', 'size'),
    rule('publicly_accessible', 'public-access')
  ],
  aws_efs_file_system: [
    ...id('creation_token', 'id', 'arn'),
    rule('encrypted', 'encryption'),
    rule('kms_key_id', 'encryption'),
    rule('performance_mode', 'size'),
    rule('throughput_mode', 'size'),
    rule('provisioned_throughput_in_mibps', 'size')
  ],
  aws_efs_mount_target: [...id('file_system_id', 'subnet_id'), rule('security_groups', 'network')],
  aws_efs_file_system_policy: [...id('file_system_id'), policy('policy')],
  aws_instance: [
    ...id('id', 'ami'),
    rule('instance_type', 'size'),
    rule('associate_public_ip_address', 'public-access'),
    rule('subnet_id', 'network'),
    rule('vpc_security_group_ids', 'network'),
    rule('iam_instance_profile', 'iam'),
    rule('root_block_device[*]', 'encryption', ['encrypted', 'kms_key_id', 'volume_size']),
    rule('metadata_options[*].http_tokens', 'network')
  ],
  aws_ebs_volume: [
    ...id('id', 'availability_zone'),
    rule('size', 'size'),
    rule('type', 'size'),
    rule('encrypted', 'encryption'),
    rule('kms_key_id', 'encryption')
  ],
  aws_kms_key: [
    ...id('description', 'key_id'),
    rule('enable_key_rotation', 'encryption'),
    rule('is_enabled', 'encryption'),
    rule('deletion_window_in_days', 'protection'),
    policy('policy')
  ],
  aws_lb: [
    ...id('name', 'arn'),
    rule('internal', 'public-access'),
    rule('load_balancer_type', 'size'),
    rule('security_groups', 'network'),
    rule('subnets', 'network')
  ],
  aws_lb_listener: [
    ...id('load_balancer_arn'),
    rule('port', 'network'),
    rule('protocol', 'network'),
    rule('ssl_policy', 'encryption'),
    rule('certificate_arn', 'encryption')
  ],
  aws_dynamodb_table: [
    ...id('name', 'arn'),
    rule('billing_mode', 'size'),
    rule('read_capacity', 'size'),
    rule('write_capacity', 'size'),
    rule('server_side_encryption[*]', 'encryption', ['enabled', 'kms_key_arn']),
    rule('point_in_time_recovery[*].enabled', 'protection'),
    rule('deletion_protection_enabled', 'protection')
  ],
  aws_elasticache_replication_group: [
    ...id('replication_group_id'),
    rule('node_type', 'size'),
    rule('num_cache_clusters', 'size'),
    rule('at_rest_encryption_enabled', 'encryption'),
    rule('transit_encryption_enabled', 'encryption')
  ],
  aws_sqs_queue: [
    ...id('name', 'arn'),
    rule('sqs_managed_sse_enabled', 'encryption'),
    rule('kms_master_key_id', 'encryption'),
    policy('policy')
  ],
  aws_sqs_queue_policy: [...id('queue_url'), policy('policy')],
  aws_sns_topic: [...id('name', 'arn'), rule('kms_master_key_id', 'encryption'), policy('policy')],
  aws_sns_topic_policy: [...id('arn'), policy('policy')],
  aws_lambda_function: [
    ...id('function_name', 'arn'),
    rule('runtime', 'size'),
    rule('memory_size', 'size'),
    rule('role', 'iam')
  ],
  aws_lambda_permission: [
    ...id('function_name', 'statement_id'),
    rule('principal', 'iam'),
    rule('action', 'iam'),
    rule('source_arn', 'iam'),
    rule('source_account', 'iam')
  ],
  aws_lambda_function_url: [...id('function_name'), rule('authorization_type', 'public-access')],
  aws_vpc: [...id('id', 'cidr_block')],
  aws_subnet: [...id('id', 'vpc_id', 'cidr_block'), rule('map_public_ip_on_launch', 'public-access')],
  aws_route: [
    ...id('route_table_id'),
    rule('destination_cidr_block', 'network'),
    rule('gateway_id', 'network'),
    rule('nat_gateway_id', 'network')
  ],
  aws_internet_gateway: id('id', 'vpc_id'),
  aws_eks_cluster: [
    ...id('name', 'arn'),
    rule('version', 'size'),
    rule('role_arn', 'iam'),
    rule('vpc_config[*]', 'network', [
      'endpoint_public_access',
      'endpoint_private_access',
      'public_access_cidrs'
    ])
  ],
  aws_ecr_repository: [
    ...id('name'),
    rule('image_tag_mutability', 'protection'),
    rule('encryption_configuration[*].encryption_type', 'encryption')
  ],
  aws_ecr_repository_policy: [...id('repository'), policy('policy')],
  aws_cloudtrail: [
    ...id('name'),
    rule('is_multi_region_trail', 'protection'),
    rule('enable_logging', 'protection'),
    rule('kms_key_id', 'encryption')
  ],
  aws_secretsmanager_secret: [
    ...id('name', 'arn'),
    rule('kms_key_id', 'encryption'),
    rule('recovery_window_in_days', 'protection')
  ],
  aws_secretsmanager_secret_policy: [...id('secret_arn'), policy('policy')],
  aws_ssm_parameter: [...id('name'), rule('type', 'encryption'), rule('key_id', 'encryption')],
  aws_opensearch_domain: [
    ...id('domain_name', 'arn'),
    rule('encrypt_at_rest[*].enabled', 'encryption'),
    rule('node_to_node_encryption[*].enabled', 'encryption'),
    policy('access_policies')
  ],
  aws_redshift_cluster: [
    ...id('cluster_identifier'),
    rule('node_type', 'size'),
    rule('number_of_nodes', 'size'),
    rule('publicly_accessible', 'public-access'),
    rule('encrypted', 'encryption')
  ]
}

function vpcRule(): KeyAttributeRule[] {
  return [
    ...id('security_group_id'),
    rule('ip_protocol', 'network'),
    rule('from_port', 'network'),
    rule('to_port', 'network'),
    rule('cidr_ipv4', 'network'),
    rule('cidr_ipv6', 'network'),
    rule('referenced_security_group_id', 'network'),
    rule('prefix_list_id', 'network')
  ]
}

function publicAccessBlock(): KeyAttributeRule[] {
  return ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map(
    name => rule(name, 'public-access')
  )
}
