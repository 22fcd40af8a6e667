/**
 * The risk rule table and the resource-type catalogue behind it, as data, so the README and the
 * report can print exactly what the code applies. Types are matched as globs (`*` = any characters).
 */
import type { RiskLevel } from '../constants.js'

/** One row of the documented rule table. */
export interface RiskRule {
  id: string
  level: RiskLevel
  description: string
}

/** Every rule, in the order reports list them. The plan's risk is the highest level of any rule that fires. */
export const RISK_RULES = [
  {
    id: 'unreadable-entries',
    level: 'critical',
    description:
      'The plan holds entries the analysis cannot read (unknown action verbs, missing fields); fail closed.'
  },
  {
    id: 'plan-errored',
    level: 'critical',
    description: 'Planning errored (Terraform or Pulumi says so); the plan is not a complete picture.'
  },
  {
    id: 'data-bearing-destroy',
    level: 'critical',
    description:
      'Deletes or replaces a data-bearing resource (database, cluster, bucket, volume, file system, queue/stream, cache, KMS key, DNS zone): data may be lost.'
  },
  {
    id: 'network-foundation-destroy',
    level: 'critical',
    description:
      'Deletes or replaces network foundation (VPC/VNet, subnet, NAT or transit gateway): everything inside may lose connectivity.'
  },
  {
    id: 'mass-deletion',
    level: 'critical',
    description: 'Deletes or replaces at least the deletion threshold of resources (default 10) in one plan.'
  },
  {
    id: 'plan-incomplete',
    level: 'high',
    description: 'Terraform marks the plan incomplete (deferred changes); a later plan will change more.'
  },
  {
    id: 'replace',
    level: 'high',
    description: 'Replaces resources: the existing object is destroyed and a new one created.'
  },
  { id: 'delete', level: 'high', description: 'Deletes resources.' },
  {
    id: 'open-admin-port',
    level: 'high',
    description:
      'Opens an administration or database port (SSH, RDP, WinRM, MySQL, PostgreSQL, …) to the whole internet (0.0.0.0/0 or ::/0).'
  },
  {
    id: 'iam-wildcard-action',
    level: 'high',
    description:
      'Grants wildcard permissions: an IAM statement allowing `*` or `service:*` actions (or every action but some), or an owner/editor role.'
  },
  {
    id: 'public-access',
    level: 'high',
    description:
      'Makes something public: public-access block settings turned off, a publicly accessible database, a public ACL or member, or a policy open to any principal.'
  },
  {
    id: 'sensitive-type-update',
    level: 'medium',
    description: 'Updates in place a data-bearing, network-foundation or IAM/security resource.'
  },
  {
    id: 'iam-wildcard-resource',
    level: 'medium',
    description: 'Grants IAM actions on every resource (`Resource: "*"`).'
  },
  {
    id: 'encryption-off',
    level: 'medium',
    description: 'Turns encryption at rest off (storage_encrypted or encrypted = false).'
  },
  {
    id: 'check-failed',
    level: 'medium',
    description:
      'An assertion in the configuration fails (a `check` block or a condition): Terraform only warns, the plan still applies.'
  },
  {
    id: 'forget',
    level: 'medium',
    description:
      'Removes resources from Terraform state without destroying them (removed block with destroy = false); they stay running, unmanaged.'
  },
  { id: 'update', level: 'low', description: 'Updates resources in place.' },
  { id: 'create', level: 'low', description: 'Creates new resources.' },
  {
    id: 'state-only',
    level: 'low',
    description: 'Moves or imports resources in state without changing them.'
  },
  { id: 'no-changes', level: 'none', description: 'The plan changes no resource.' }
] as const satisfies readonly RiskRule[]

export type RiskRuleId = (typeof RISK_RULES)[number]['id']

/** Resources that hold data a deletion or replacement can lose. */
export const DATA_BEARING_TYPES: readonly string[] = words(`
  aws_db_instance aws_rds_cluster aws_rds_global_cluster aws_docdb_cluster aws_docdb_elastic_cluster
  aws_neptune_cluster aws_redshift_cluster aws_redshiftserverless_namespace aws_dynamodb_table
  aws_dynamodb_global_table aws_keyspaces_table aws_timestreamwrite_table aws_qldb_ledger
  aws_s3_bucket aws_s3_directory_bucket aws_s3control_bucket aws_glacier_vault aws_backup_vault
  aws_ebs_volume aws_ebs_snapshot aws_db_snapshot aws_efs_file_system aws_fsx_*_file_system
  aws_sqs_queue aws_kinesis_stream aws_msk_cluster aws_msk_serverless_cluster aws_mq_broker
  aws_elasticache_cluster aws_elasticache_replication_group aws_elasticache_serverless_cache
  aws_memorydb_cluster aws_opensearch_domain aws_elasticsearch_domain aws_eks_cluster
  aws_kms_key aws_kms_replica_key aws_route53_zone aws_secretsmanager_secret aws_ecr_repository
  aws_cloudwatch_log_group
  google_sql_database_instance google_sql_database google_spanner_instance google_spanner_database
  google_alloydb_cluster google_alloydb_instance google_bigtable_instance google_bigtable_table
  google_bigquery_dataset google_bigquery_table google_firestore_database google_storage_bucket
  google_compute_disk google_compute_region_disk google_filestore_instance google_redis_instance
  google_redis_cluster google_pubsub_topic google_pubsub_subscription google_container_cluster
  google_dataproc_cluster google_kms_key_ring google_kms_crypto_key google_dns_managed_zone
  google_secret_manager_secret google_artifact_registry_repository
  azurerm_storage_account azurerm_storage_container azurerm_storage_share azurerm_storage_queue
  azurerm_storage_table azurerm_managed_disk azurerm_netapp_volume azurerm_mssql_server
  azurerm_mssql_database azurerm_mssql_managed_instance azurerm_postgresql_server
  azurerm_postgresql_database azurerm_postgresql_flexible_server azurerm_postgresql_flexible_server_database
  azurerm_mysql_flexible_server azurerm_mysql_flexible_database azurerm_cosmosdb_account
  azurerm_cosmosdb_*_database azurerm_cosmosdb_*_container azurerm_redis_cache azurerm_redis_enterprise_cluster
  azurerm_servicebus_namespace azurerm_servicebus_queue azurerm_servicebus_topic azurerm_eventhub_namespace
  azurerm_eventhub azurerm_kubernetes_cluster azurerm_key_vault azurerm_key_vault_key
  azurerm_key_vault_secret azurerm_dns_zone azurerm_private_dns_zone azurerm_recovery_services_vault
  azurerm_data_protection_backup_vault azurerm_log_analytics_workspace
`)

/** Network foundation: other resources live inside these. */
export const NETWORK_FOUNDATION_TYPES: readonly string[] = words(`
  aws_vpc aws_subnet aws_nat_gateway aws_internet_gateway aws_egress_only_internet_gateway
  aws_ec2_transit_gateway aws_ec2_transit_gateway_*attachment aws_vpn_gateway aws_vpc_peering_connection
  aws_dx_connection aws_route_table aws_networkfirewall_firewall
  google_compute_network google_compute_subnetwork google_compute_router google_compute_router_nat
  google_compute_ha_vpn_gateway google_compute_interconnect_attachment google_network_connectivity_hub
  google_compute_network_peering
  azurerm_virtual_network azurerm_subnet azurerm_nat_gateway azurerm_virtual_wan azurerm_virtual_hub
  azurerm_virtual_network_gateway azurerm_virtual_network_peering azurerm_express_route_circuit
  azurerm_firewall azurerm_route_table
`)

/** IAM and security controls: an in-place change can open or close access. */
export const IAM_SECURITY_TYPES: readonly string[] = words(`
  aws_iam_* aws_security_group aws_security_group_rule aws_vpc_security_group_* aws_network_acl*
  aws_kms_key_policy aws_kms_grant aws_s3_bucket_policy aws_s3_bucket_public_access_block
  aws_s3_account_public_access_block aws_organizations_policy* aws_wafv2_* aws_lakeformation_permissions
  aws_ssoadmin_*
  google_*_iam_member google_*_iam_binding google_*_iam_policy google_*_iam_custom_role
  google_service_account google_service_account_key google_compute_firewall google_compute_firewall_policy*
  google_org_policy_policy google_organization_policy google_project_organization_policy
  azurerm_role_assignment azurerm_role_definition azurerm_network_security_group
  azurerm_network_security_rule azurerm_key_vault_access_policy azurerm_user_assigned_identity
  azurerm_policy_* azuread_*
`)

/** Splits a whitespace-separated list (keeps the catalogue compact and readable). */
function words(text: string): string[] {
  return text.split(/\s+/).filter(word => word !== '')
}

/** A small glob matcher: `*` matches any run of characters; everything else is literal. */
export function compileTypeGlobs(globs: readonly string[]): (type: string) => boolean {
  const exact = new Set<string>()
  const patterns: RegExp[] = []
  for (const glob of globs) {
    if (!glob.includes('*')) exact.add(glob)
    else patterns.push(new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`))
  }
  return type => exact.has(type) || patterns.some(pattern => pattern.test(type))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
}
