/**
 * Proposed risk-catalogue additions for Pulumi type tokens, as data. Two parts:
 * - Bridged providers (pulumi-aws, pulumi-gcp, pulumi-azure, pulumi-azuread) are built from the
 *   Terraform providers, so each token has one Terraform resource type: PULUMI_TERRAFORM_TYPES maps
 *   the token to it and the existing catalogue (risk-catalogue.ts) judges it. Only the types the
 *   catalogue lists are mapped; a token not here is judged by the globs below or not at all.
 * - Pulumi-native providers (azure-native, aws-native, kubernetes) have no Terraform type; their
 *   data-bearing, network-foundation and IAM/security tokens are listed as globs (`*` = any
 *   characters; azure-native's versioned modules such as `storage/v20230101` are covered by `*`).
 *   IAM families of the bridged providers (every `aws:iam/…` resource, every GCP `…IAMMember`) are
 *   listed as globs too, as the catalogue lists `aws_iam_*`.
 * Not wired in yet: createPulumiTypeCategoriser gives the categoriser the Pulumi integration will use.
 */
import { createTypeCategoriser, type RiskOptions, type TypeCategories } from './risk.js'
import { compileTypeGlobs } from './risk-catalogue.js'

/** `token terraform_type` pairs, one per line, for a compact table. */
function pairs(text: string): Readonly<Record<string, string>> {
  const table: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const [token, type] = line.trim().split(/\s+/)
    if (token && type) table[token] = type
  }
  return Object.freeze(table)
}

/** Bridged-provider token → the Terraform resource type the catalogue knows. */
export const PULUMI_TERRAFORM_TYPES: Readonly<Record<string, string>> = pairs(`
  aws:rds/instance:Instance                               aws_db_instance
  aws:rds/cluster:Cluster                                 aws_rds_cluster
  aws:rds/globalCluster:GlobalCluster                     aws_rds_global_cluster
  aws:rds/snapshot:Snapshot                               aws_db_snapshot
  aws:docdb/cluster:Cluster                               aws_docdb_cluster
  aws:docdb/elasticCluster:ElasticCluster                 aws_docdb_elastic_cluster
  aws:neptune/cluster:Cluster                             aws_neptune_cluster
  aws:redshift/cluster:Cluster                            aws_redshift_cluster
  aws:redshiftserverless/namespace:Namespace              aws_redshiftserverless_namespace
  aws:dynamodb/table:Table                                aws_dynamodb_table
  aws:dynamodb/globalTable:GlobalTable                    aws_dynamodb_global_table
  aws:keyspaces/table:Table                               aws_keyspaces_table
  aws:timestreamwrite/table:Table                         aws_timestreamwrite_table
  aws:qldb/ledger:Ledger                                  aws_qldb_ledger
  aws:s3/bucket:Bucket                                    aws_s3_bucket
  aws:s3/bucketV2:BucketV2                                aws_s3_bucket
  aws:s3/directoryBucket:DirectoryBucket                  aws_s3_directory_bucket
  aws:s3control/bucket:Bucket                             aws_s3control_bucket
  aws:glacier/vault:Vault                                 aws_glacier_vault
  aws:backup/vault:Vault                                  aws_backup_vault
  aws:ebs/volume:Volume                                   aws_ebs_volume
  aws:ebs/snapshot:Snapshot                               aws_ebs_snapshot
  aws:efs/fileSystem:FileSystem                           aws_efs_file_system
  aws:fsx/lustreFileSystem:LustreFileSystem               aws_fsx_lustre_file_system
  aws:fsx/windowsFileSystem:WindowsFileSystem             aws_fsx_windows_file_system
  aws:fsx/ontapFileSystem:OntapFileSystem                 aws_fsx_ontap_file_system
  aws:fsx/openZfsFileSystem:OpenZfsFileSystem             aws_fsx_openzfs_file_system
  aws:sqs/queue:Queue                                     aws_sqs_queue
  aws:kinesis/stream:Stream                               aws_kinesis_stream
  aws:msk/cluster:Cluster                                 aws_msk_cluster
  aws:msk/serverlessCluster:ServerlessCluster             aws_msk_serverless_cluster
  aws:mq/broker:Broker                                    aws_mq_broker
  aws:elasticache/cluster:Cluster                         aws_elasticache_cluster
  aws:elasticache/replicationGroup:ReplicationGroup       aws_elasticache_replication_group
  aws:elasticache/serverlessCache:ServerlessCache         aws_elasticache_serverless_cache
  aws:memorydb/cluster:Cluster                            aws_memorydb_cluster
  aws:opensearch/domain:Domain                            aws_opensearch_domain
  aws:elasticsearch/domain:Domain                         aws_elasticsearch_domain
  aws:eks/cluster:Cluster                                 aws_eks_cluster
  aws:kms/key:Key                                         aws_kms_key
  aws:kms/replicaKey:ReplicaKey                           aws_kms_replica_key
  aws:route53/zone:Zone                                   aws_route53_zone
  aws:secretsmanager/secret:Secret                        aws_secretsmanager_secret
  aws:ecr/repository:Repository                           aws_ecr_repository
  aws:cloudwatch/logGroup:LogGroup                        aws_cloudwatch_log_group
  aws:ec2/vpc:Vpc                                         aws_vpc
  aws:ec2/subnet:Subnet                                   aws_subnet
  aws:ec2/natGateway:NatGateway                           aws_nat_gateway
  aws:ec2/internetGateway:InternetGateway                 aws_internet_gateway
  aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway aws_egress_only_internet_gateway
  aws:ec2transitgateway/transitGateway:TransitGateway     aws_ec2_transit_gateway
  aws:ec2transitgateway/vpcAttachment:VpcAttachment       aws_ec2_transit_gateway_vpc_attachment
  aws:ec2transitgateway/peeringAttachment:PeeringAttachment aws_ec2_transit_gateway_peering_attachment
  aws:ec2/vpnGateway:VpnGateway                           aws_vpn_gateway
  aws:ec2/vpcPeeringConnection:VpcPeeringConnection       aws_vpc_peering_connection
  aws:directconnect/connection:Connection                 aws_dx_connection
  aws:ec2/routeTable:RouteTable                           aws_route_table
  aws:networkfirewall/firewall:Firewall                   aws_networkfirewall_firewall
  aws:ec2/securityGroup:SecurityGroup                     aws_security_group
  aws:ec2/securityGroupRule:SecurityGroupRule             aws_security_group_rule
  aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule aws_vpc_security_group_ingress_rule
  aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule aws_vpc_security_group_egress_rule
  aws:ec2/networkAcl:NetworkAcl                           aws_network_acl
  aws:ec2/networkAclRule:NetworkAclRule                   aws_network_acl_rule
  aws:kms/keyPolicy:KeyPolicy                             aws_kms_key_policy
  aws:kms/grant:Grant                                     aws_kms_grant
  aws:s3/bucketPolicy:BucketPolicy                        aws_s3_bucket_policy
  aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock  aws_s3_bucket_public_access_block
  aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock aws_s3_account_public_access_block
  aws:iam/policy:Policy                                   aws_iam_policy
  aws:iam/rolePolicy:RolePolicy                           aws_iam_role_policy
  aws:iam/userPolicy:UserPolicy                           aws_iam_user_policy
  aws:iam/groupPolicy:GroupPolicy                         aws_iam_group_policy
  aws:iam/role:Role                                       aws_iam_role
  aws:sqs/queuePolicy:QueuePolicy                         aws_sqs_queue_policy
  aws:sns/topic:Topic                                     aws_sns_topic
  aws:sns/topicPolicy:TopicPolicy                         aws_sns_topic_policy
  aws:ecr/repositoryPolicy:RepositoryPolicy               aws_ecr_repository_policy
  aws:secretsmanager/secretPolicy:SecretPolicy            aws_secretsmanager_secret_policy
  aws:efs/fileSystemPolicy:FileSystemPolicy               aws_efs_file_system_policy
  aws:opensearch/domainPolicy:DomainPolicy                aws_opensearch_domain_policy
  aws:ec2/instance:Instance                               aws_instance
  aws:ec2/launchTemplate:LaunchTemplate                   aws_launch_template
  aws:s3/bucketAclV2:BucketAclV2                          aws_s3_bucket_acl
  aws:organizations/policy:Policy                         aws_organizations_policy
  aws:organizations/policyAttachment:PolicyAttachment     aws_organizations_policy_attachment
  aws:lakeformation/permissions:Permissions               aws_lakeformation_permissions
  gcp:sql/databaseInstance:DatabaseInstance               google_sql_database_instance
  gcp:sql/database:Database                               google_sql_database
  gcp:spanner/instance:Instance                           google_spanner_instance
  gcp:spanner/database:Database                           google_spanner_database
  gcp:alloydb/cluster:Cluster                             google_alloydb_cluster
  gcp:alloydb/instance:Instance                           google_alloydb_instance
  gcp:bigtable/instance:Instance                          google_bigtable_instance
  gcp:bigtable/table:Table                                google_bigtable_table
  gcp:bigquery/dataset:Dataset                            google_bigquery_dataset
  gcp:bigquery/table:Table                                google_bigquery_table
  gcp:firestore/database:Database                         google_firestore_database
  gcp:storage/bucket:Bucket                               google_storage_bucket
  gcp:compute/disk:Disk                                   google_compute_disk
  gcp:compute/regionDisk:RegionDisk                       google_compute_region_disk
  gcp:filestore/instance:Instance                         google_filestore_instance
  gcp:redis/instance:Instance                             google_redis_instance
  gcp:redis/cluster:Cluster                               google_redis_cluster
  gcp:pubsub/topic:Topic                                  google_pubsub_topic
  gcp:pubsub/subscription:Subscription                    google_pubsub_subscription
  gcp:container/cluster:Cluster                           google_container_cluster
  gcp:dataproc/cluster:Cluster                            google_dataproc_cluster
  gcp:kms/keyRing:KeyRing                                 google_kms_key_ring
  gcp:kms/cryptoKey:CryptoKey                             google_kms_crypto_key
  gcp:dns/managedZone:ManagedZone                         google_dns_managed_zone
  gcp:secretmanager/secret:Secret                         google_secret_manager_secret
  gcp:artifactregistry/repository:Repository              google_artifact_registry_repository
  gcp:compute/network:Network                             google_compute_network
  gcp:compute/subnetwork:Subnetwork                       google_compute_subnetwork
  gcp:compute/router:Router                               google_compute_router
  gcp:compute/routerNat:RouterNat                         google_compute_router_nat
  gcp:compute/haVpnGateway:HaVpnGateway                   google_compute_ha_vpn_gateway
  gcp:compute/interconnectAttachment:InterconnectAttachment google_compute_interconnect_attachment
  gcp:networkconnectivity/hub:Hub                         google_network_connectivity_hub
  gcp:compute/networkPeering:NetworkPeering               google_compute_network_peering
  gcp:serviceaccount/account:Account                      google_service_account
  gcp:serviceaccount/key:Key                              google_service_account_key
  gcp:compute/firewall:Firewall                           google_compute_firewall
  gcp:compute/firewallPolicy:FirewallPolicy               google_compute_firewall_policy
  gcp:compute/firewallPolicyRule:FirewallPolicyRule       google_compute_firewall_policy_rule
  gcp:orgpolicy/policy:Policy                             google_org_policy_policy
  gcp:organizations/policy:Policy                         google_organization_policy
  gcp:projects/organizationPolicy:OrganizationPolicy      google_project_organization_policy
  azure:storage/account:Account                           azurerm_storage_account
  azure:storage/container:Container                       azurerm_storage_container
  azure:storage/share:Share                               azurerm_storage_share
  azure:storage/queue:Queue                               azurerm_storage_queue
  azure:storage/table:Table                               azurerm_storage_table
  azure:compute/managedDisk:ManagedDisk                   azurerm_managed_disk
  azure:netapp/volume:Volume                              azurerm_netapp_volume
  azure:mssql/server:Server                               azurerm_mssql_server
  azure:mssql/database:Database                           azurerm_mssql_database
  azure:mssql/managedInstance:ManagedInstance             azurerm_mssql_managed_instance
  azure:postgresql/server:Server                          azurerm_postgresql_server
  azure:postgresql/database:Database                      azurerm_postgresql_database
  azure:postgresql/flexibleServer:FlexibleServer          azurerm_postgresql_flexible_server
  azure:postgresql/flexibleServerDatabase:FlexibleServerDatabase azurerm_postgresql_flexible_server_database
  azure:mysql/flexibleServer:FlexibleServer               azurerm_mysql_flexible_server
  azure:mysql/flexibleDatabase:FlexibleDatabase           azurerm_mysql_flexible_database
  azure:cosmosdb/account:Account                          azurerm_cosmosdb_account
  azure:cosmosdb/sqlDatabase:SqlDatabase                  azurerm_cosmosdb_sql_database
  azure:cosmosdb/sqlContainer:SqlContainer                azurerm_cosmosdb_sql_container
  azure:cosmosdb/mongoDatabase:MongoDatabase              azurerm_cosmosdb_mongo_database
  azure:redis/cache:Cache                                 azurerm_redis_cache
  azure:redis/enterpriseCluster:EnterpriseCluster         azurerm_redis_enterprise_cluster
  azure:servicebus/namespace:Namespace                    azurerm_servicebus_namespace
  azure:servicebus/queue:Queue                            azurerm_servicebus_queue
  azure:servicebus/topic:Topic                            azurerm_servicebus_topic
  azure:eventhub/eventHubNamespace:EventHubNamespace      azurerm_eventhub_namespace
  azure:eventhub/eventHub:EventHub                        azurerm_eventhub
  azure:containerservice/kubernetesCluster:KubernetesCluster azurerm_kubernetes_cluster
  azure:keyvault/keyVault:KeyVault                        azurerm_key_vault
  azure:keyvault/key:Key                                  azurerm_key_vault_key
  azure:keyvault/secret:Secret                            azurerm_key_vault_secret
  azure:keyvault/accessPolicy:AccessPolicy                azurerm_key_vault_access_policy
  azure:dns/zone:Zone                                     azurerm_dns_zone
  azure:privatedns/zone:Zone                              azurerm_private_dns_zone
  azure:recoveryservices/vault:Vault                      azurerm_recovery_services_vault
  azure:dataprotection/backupVault:BackupVault            azurerm_data_protection_backup_vault
  azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace azurerm_log_analytics_workspace
  azure:network/virtualNetwork:VirtualNetwork             azurerm_virtual_network
  azure:network/subnet:Subnet                             azurerm_subnet
  azure:network/natGateway:NatGateway                     azurerm_nat_gateway
  azure:network/virtualWan:VirtualWan                     azurerm_virtual_wan
  azure:network/virtualHub:VirtualHub                     azurerm_virtual_hub
  azure:network/virtualNetworkGateway:VirtualNetworkGateway azurerm_virtual_network_gateway
  azure:network/virtualNetworkPeering:VirtualNetworkPeering azurerm_virtual_network_peering
  azure:network/expressRouteCircuit:ExpressRouteCircuit   azurerm_express_route_circuit
  azure:network/firewall:Firewall                         azurerm_firewall
  azure:network/routeTable:RouteTable                     azurerm_route_table
  azure:network/networkSecurityGroup:NetworkSecurityGroup azurerm_network_security_group
  azure:network/networkSecurityRule:NetworkSecurityRule   azurerm_network_security_rule
  azure:authorization/assignment:Assignment               azurerm_role_assignment
  azure:authorization/roleDefinition:RoleDefinition       azurerm_role_definition
  azure:authorization/userAssignedIdentity:UserAssignedIdentity azurerm_user_assigned_identity
`)

/** Splits a whitespace-separated list of globs. */
function globs(text: string): readonly string[] {
  return Object.freeze(text.split(/\s+/).filter(word => word !== ''))
}

/** Pulumi-native tokens that hold data a deletion or replacement can lose. */
export const PULUMI_DATA_BEARING_TYPES: readonly string[] = globs(`
  kubernetes:core/*:PersistentVolumeClaim kubernetes:core/*:PersistentVolume kubernetes:core/*:Namespace
  azure-native:storage*:StorageAccount azure-native:storage*:BlobContainer azure-native:storage*:FileShare
  azure-native:storage*:Queue azure-native:storage*:Table azure-native:compute*:Disk azure-native:compute*:Snapshot
  azure-native:sql*:Server azure-native:sql*:Database azure-native:sql*:ManagedInstance
  azure-native:dbforpostgresql*:Server azure-native:dbforpostgresql*:SingleServer
  azure-native:dbforpostgresql*:FlexibleServer azure-native:dbforpostgresql*:Database
  azure-native:dbforpostgresql*:SingleServerDatabase azure-native:dbforpostgresql*:Cluster
  azure-native:dbformysql*:Server azure-native:dbformysql*:SingleServer azure-native:dbformysql*:Database
  azure-native:documentdb*:DatabaseAccount azure-native:documentdb*:*ResourceSqlDatabase
  azure-native:documentdb*:*ResourceSqlContainer azure-native:documentdb*:*ResourceMongoDBDatabase
  azure-native:documentdb*:*ResourceMongoDBCollection azure-native:cache*:Redis azure-native:cache*:RedisEnterprise
  azure-native:servicebus*:Namespace azure-native:servicebus*:Queue azure-native:servicebus*:Topic
  azure-native:eventhub*:Namespace azure-native:eventhub*:EventHub azure-native:containerservice*:ManagedCluster
  azure-native:keyvault*:Vault azure-native:keyvault*:Key azure-native:keyvault*:Secret
  azure-native:dns*:Zone azure-native:privatedns*:PrivateZone azure-native:recoveryservices*:Vault
  azure-native:dataprotection*:BackupVault azure-native:operationalinsights*:Workspace
  azure-native:netapp*:*Volume
  aws-native:rds:DBInstance aws-native:rds:DBCluster aws-native:s3:Bucket aws-native:dynamodb:Table
  aws-native:dynamodb:GlobalTable aws-native:efs:FileSystem aws-native:kms:Key aws-native:eks:Cluster
  aws-native:sqs:Queue aws-native:kinesis:Stream aws-native:route53:HostedZone
`)

/** Pulumi-native tokens of network foundation. */
export const PULUMI_NETWORK_FOUNDATION_TYPES: readonly string[] = globs(`
  azure-native:network*:VirtualNetwork azure-native:network*:Subnet azure-native:network*:NatGateway
  azure-native:network*:VirtualWan azure-native:network*:VirtualHub azure-native:network*:VirtualNetworkGateway
  azure-native:network*:VirtualNetworkPeering azure-native:network*:ExpressRouteCircuit
  azure-native:network*:AzureFirewall azure-native:network*:RouteTable
  aws-native:ec2:VPC aws-native:ec2:Subnet aws-native:ec2:NatGateway aws-native:ec2:InternetGateway
  aws-native:ec2:TransitGateway aws-native:ec2:TransitGateway*Attachment
`)

/** IAM and security tokens: every bridged IAM family, and the native ones. */
export const PULUMI_IAM_SECURITY_TYPES: readonly string[] = globs(`
  aws:iam/* aws:wafv2/* aws:ssoadmin/* aws:vpc/securityGroup*
  gcp:*:*IAMMember gcp:*:*IAMBinding gcp:*:*IAMPolicy gcp:*:IAMCustomRole
  azure:policy/* azuread:*
  kubernetes:rbac.authorization.k8s.io/*:Role kubernetes:rbac.authorization.k8s.io/*:ClusterRole
  kubernetes:rbac.authorization.k8s.io/*:RoleBinding kubernetes:rbac.authorization.k8s.io/*:ClusterRoleBinding
  kubernetes:core/*:ServiceAccount kubernetes:networking.k8s.io/*:NetworkPolicy
  azure-native:authorization*:RoleAssignment azure-native:authorization*:RoleDefinition
  azure-native:authorization*:Policy* azure-native:network*:NetworkSecurityGroup azure-native:network*:SecurityRule
  azure-native:managedidentity*:UserAssignedIdentity azure-native:keyvault*:AccessPolicy
  aws-native:iam:* aws-native:ec2:SecurityGroup*
`)

/** The Terraform type the catalogue should judge a bridged-provider token as, or undefined. */
export function terraformTypeOf(token: string): string | undefined {
  return Object.hasOwn(PULUMI_TERRAFORM_TYPES, token) ? PULUMI_TERRAFORM_TYPES[token] : undefined
}

/**
 * A categoriser for Pulumi tokens: a mapped token is judged as its Terraform type by the existing
 * catalogue; every token also matches the native globs and the caller's extra data-bearing globs
 * (which may name Pulumi tokens, e.g. `aws:rds/*`). The answer is the union: never less than either.
 */
export function createPulumiTypeCategoriser(
  options: RiskOptions = {}
): (token: string) => Readonly<TypeCategories> {
  const terraform = createTypeCategoriser(options)
  const dataBearing = compileTypeGlobs([...PULUMI_DATA_BEARING_TYPES, ...(options.dataBearingTypes ?? [])])
  const network = compileTypeGlobs(PULUMI_NETWORK_FOUNDATION_TYPES)
  const iam = compileTypeGlobs(PULUMI_IAM_SECURITY_TYPES)
  // Few distinct tokens, many entries of each: match once per token (bounded, as the Terraform one).
  const cache = new Map<string, TypeCategories>()
  return token => {
    const cached = cache.get(token)
    if (cached) return cached
    const mapped = terraformTypeOf(token)
    const known = mapped
      ? terraform(mapped)
      : { dataBearing: false, networkFoundation: false, iamSecurity: false }
    const categories = {
      dataBearing: known.dataBearing || dataBearing(token),
      networkFoundation: known.networkFoundation || network(token),
      iamSecurity: known.iamSecurity || iam(token)
    }
    if (cache.size < 10_000) cache.set(token, categories)
    return categories
  }
}
