/**
 * Key attributes of common Google Cloud (hashicorp/google 5.x-6.x) and Azure (hashicorp/azurerm
 * 3.x-4.x; both spellings where 4.0 renamed an attribute) resource types. Data only: see key-rule.ts.
 */
import { rule, type KeyAttributeRule } from './key-rule.js'

const id = (...names: string[]): KeyAttributeRule[] => names.map(name => rule(name, 'identity'))
const NSG_RULE_FIELDS = [
  'name',
  'direction',
  'access',
  'priority',
  'protocol',
  'source_address_prefix',
  'source_address_prefixes',
  'destination_port_range',
  'destination_port_ranges'
]
const IAM_MEMBER = (scope: string): KeyAttributeRule[] => [
  ...id(scope),
  rule('role', 'iam'),
  rule('member', 'iam')
]
const IAM_BINDING = (scope: string): KeyAttributeRule[] => [
  ...id(scope),
  rule('role', 'iam'),
  rule('members', 'iam')
]

export const GCP_AZURE_KEY_ATTRIBUTES: Readonly<Record<string, readonly KeyAttributeRule[]>> = {
  google_compute_firewall: [
    ...id('name', 'network'),
    rule('direction', 'network'),
    rule('disabled', 'network'),
    rule('source_ranges', 'network'),
    rule('destination_ranges', 'network'),
    rule('allow[*]', 'network', ['protocol', 'ports']),
    rule('deny[*]', 'network', ['protocol', 'ports']),
    rule('target_tags', 'network'),
    rule('source_tags', 'network')
  ],
  google_compute_instance: [
    ...id('name', 'zone'),
    rule('machine_type', 'size'),
    rule('network_interface[*].access_config', 'public-access'),
    rule('service_account[*]', 'iam', ['email', 'scopes'])
  ],
  google_compute_disk: [
    ...id('name', 'zone'),
    rule('size', 'size'),
    rule('type', 'size'),
    rule('disk_encryption_key', 'encryption')
  ],
  google_storage_bucket: [
    ...id('name', 'location'),
    rule('uniform_bucket_level_access', 'public-access'),
    rule('public_access_prevention', 'public-access'),
    rule('encryption[*].default_kms_key_name', 'encryption'),
    rule('versioning[*].enabled', 'protection'),
    rule('force_destroy', 'protection')
  ],
  google_storage_bucket_iam_member: IAM_MEMBER('bucket'),
  google_storage_bucket_iam_binding: IAM_BINDING('bucket'),
  google_project_iam_member: IAM_MEMBER('project'),
  google_project_iam_binding: IAM_BINDING('project'),
  google_project_iam_policy: [
    ...id('project'),
    rule('policy_data{json}.bindings[*]', 'iam', ['role', 'members'])
  ],
  google_service_account_iam_member: IAM_MEMBER('service_account_id'),
  google_service_account_key: id('service_account_id'),
  google_sql_database_instance: [
    ...id('name'),
    rule('database_version', 'size'),
    rule('settings[*].tier', 'size'),
    rule('settings[*].disk_size', 'size'),
    rule('settings[*].ip_configuration[*].ipv4_enabled', 'public-access'),
    rule('settings[*].ip_configuration[*].authorized_networks[*]', 'network', ['name', 'value']),
    rule('settings[*].ip_configuration[*].ssl_mode', 'encryption'),
    rule('encryption_key_name', 'encryption'),
    rule('deletion_protection', 'protection')
  ],
  google_container_cluster: [
    ...id('name', 'location'),
    rule('private_cluster_config[*]', 'network', ['enable_private_nodes', 'enable_private_endpoint']),
    rule('master_authorized_networks_config[*].cidr_blocks[*]', 'network', ['display_name', 'cidr_block']),
    rule('enable_legacy_abac', 'iam'),
    rule('deletion_protection', 'protection')
  ],
  google_kms_crypto_key: [...id('name', 'key_ring'), rule('rotation_period', 'encryption')],
  azurerm_resource_group: id('name', 'location'),
  azurerm_network_security_rule: [
    ...id('name', 'network_security_group_name'),
    ...NSG_RULE_FIELDS.slice(1).map(field => rule(field, 'network'))
  ],
  azurerm_network_security_group: [
    ...id('name', 'resource_group_name'),
    rule('security_rule[*]', 'network', NSG_RULE_FIELDS)
  ],
  azurerm_storage_account: [
    ...id('name', 'resource_group_name'),
    rule('account_tier', 'size'),
    rule('account_replication_type', 'size'),
    rule('public_network_access_enabled', 'public-access'),
    rule('allow_nested_items_to_be_public', 'public-access'),
    rule('allow_blob_public_access', 'public-access'),
    rule('shared_access_key_enabled', 'iam'),
    rule('https_traffic_only_enabled', 'encryption'),
    rule('enable_https_traffic_only', 'encryption'),
    rule('min_tls_version', 'encryption'),
    rule('infrastructure_encryption_enabled', 'encryption')
  ],
  azurerm_storage_container: [
    ...id('name', 'storage_account_name'),
    rule('container_access_type', 'public-access')
  ],
  azurerm_role_assignment: [
    ...id('scope', 'principal_id'),
    rule('role_definition_name', 'iam'),
    rule('role_definition_id', 'iam')
  ],
  azurerm_key_vault: [
    ...id('name', 'resource_group_name'),
    rule('public_network_access_enabled', 'public-access'),
    rule('network_acls[*].default_action', 'network'),
    rule('purge_protection_enabled', 'protection'),
    rule('soft_delete_retention_days', 'protection')
  ],
  azurerm_mssql_server: [
    ...id('name', 'resource_group_name'),
    rule('version', 'size'),
    rule('public_network_access_enabled', 'public-access'),
    rule('minimum_tls_version', 'encryption')
  ],
  azurerm_mssql_database: [...id('name', 'server_id'), rule('sku_name', 'size'), rule('max_size_gb', 'size')],
  azurerm_postgresql_flexible_server: [
    ...id('name', 'resource_group_name'),
    rule('version', 'size'),
    rule('sku_name', 'size'),
    rule('storage_mb', 'size'),
    rule('public_network_access_enabled', 'public-access')
  ],
  azurerm_linux_virtual_machine: virtualMachine(),
  azurerm_windows_virtual_machine: virtualMachine(),
  azurerm_public_ip: [
    ...id('name', 'resource_group_name'),
    rule('allocation_method', 'public-access'),
    rule('sku', 'size')
  ],
  azurerm_kubernetes_cluster: [
    ...id('name', 'resource_group_name'),
    rule('kubernetes_version', 'size'),
    rule('private_cluster_enabled', 'network'),
    rule('api_server_access_profile[*].authorized_ip_ranges', 'network'),
    rule('api_server_authorized_ip_ranges', 'network'),
    rule('default_node_pool[*]', 'size', ['vm_size', 'node_count'])
  ]
}

function virtualMachine(): KeyAttributeRule[] {
  return [
    ...id('name', 'resource_group_name'),
    rule('size', 'size'),
    rule('admin_username', 'iam'),
    rule('disable_password_authentication', 'iam'),
    rule('encryption_at_host_enabled', 'encryption'),
    rule('os_disk[*].disk_encryption_set_id', 'encryption')
  ]
}
