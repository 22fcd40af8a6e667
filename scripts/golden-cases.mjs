/**
 * The golden cases of scripts/make-golden-plans.mjs: small configurations, each showing one kind of
 * change a reviewer must read correctly. `stage1` is the prior configuration (applied for
 * terraform_data, turned into a hand-made state for AWS), `stage2` the one planned; `shows` says what
 * the case is for (written to __fixtures__/golden/cases.json).
 */

const PAD = 'join("", [for i in range(30) : "0123456789"])'

export const DATA_CASES = [
  {
    name: 'list-remove-middle',
    shows: 'one element removed from the middle of a list, of strings and of objects',
    stage1: `resource "terraform_data" "colours" {
  input = ["blue", "canary", "green"]
}

resource "terraform_data" "backends" {
  input = [
    { name = "a", port = 8001 },
    { name = "b", port = 8002 },
    { name = "c", port = 8003 },
  ]
}
`,
    stage2: `resource "terraform_data" "colours" {
  input = ["blue", "green"]
}

resource "terraform_data" "backends" {
  input = [
    { name = "a", port = 8001 },
    { name = "c", port = 8003 },
  ]
}
`
  },
  {
    name: 'long-string',
    shows: 'a 601-character string changed at character 301',
    stage1: `locals {
  pad = ${PAD}
}

resource "terraform_data" "long" {
  input = "\${local.pad}A\${local.pad}"
}
`,
    stage2: `locals {
  pad = ${PAD}
}

resource "terraform_data" "long" {
  input = "\${local.pad}B\${local.pad}"
}
`
  },
  {
    name: 'multi-line',
    shows: 'a multi-line script: one line changed, one added, one edited near its end',
    stage1: `resource "terraform_data" "script" {
  input = <<-EOT
    #!/bin/sh
    set -eu
    echo "starting"
    export MODE=blue
    exec /usr/bin/app --port 8080
  EOT
}
`,
    stage2: `resource "terraform_data" "script" {
  input = <<-EOT
    #!/bin/sh
    set -eu
    echo "starting"
    export MODE=green
    export REGION=eu-west-1
    exec /usr/bin/app --port 8081
  EOT
}
`
  },
  {
    name: 'map-keys',
    shows: 'a map: one key removed, one added, one value changed',
    stage1: `variable "tags" {
  type    = map(string)
  default = { Owner = "team-a", Release = "r1", CostCenter = "42" }
}

resource "terraform_data" "tags" {
  input = var.tags
}
`,
    stage2: `variable "tags" {
  type    = map(string)
  default = { Owner = "team-a", Release = "r2", Env = "prod" }
}

resource "terraform_data" "tags" {
  input = var.tags
}
`
  },
  {
    name: 'json-policy',
    shows: 'a jsonencode policy widened in its third statement (dynamodb:* on *)',
    stage1: policyConfig(
      '["dynamodb:GetItem", "dynamodb:Query"]',
      '"arn:aws:dynamodb:eu-west-1:123456789012:table/orders"'
    ),
    stage2: policyConfig('"dynamodb:*"', '"*"')
  },
  {
    name: 'sensitive',
    shows:
      'sensitive values: a changed password in an object, a whole sensitive value changed, a value becoming sensitive',
    stage1: sensitiveConfig('stage-one-PASSWORD-x1', 'token-stage-one-Y2', false),
    stage2: sensitiveConfig('stage-two-PASSWORD-z3', 'token-stage-two-W4', true)
  },
  {
    name: 'moved',
    shows: 'moved blocks: a pure rename and a rename with an update',
    stage1: `resource "terraform_data" "old_name" {
  input = "v1"
}

resource "terraform_data" "same" {
  input = "s"
}
`,
    stage2: `moved {
  from = terraform_data.old_name
  to   = terraform_data.new_name
}

resource "terraform_data" "new_name" {
  input = "v2"
}

moved {
  from = terraform_data.same
  to   = terraform_data.renamed
}

resource "terraform_data" "renamed" {
  input = "s"
}
`
  },
  {
    name: 'import',
    shows: 'an import block adopting an existing object (and updating it)',
    stage2: `import {
  to = terraform_data.adopted
  id = "existing-object-7"
}

resource "terraform_data" "adopted" {
  input = "adopted"
}
`
  },
  {
    name: 'removed-forget',
    shows: 'a removed block with destroy = false: the object is forgotten, not destroyed',
    stage1: `resource "terraform_data" "kept" {
  input = "k"
}

resource "terraform_data" "handed_over" {
  input = "h"
}
`,
    stage2: `resource "terraform_data" "kept" {
  input = "k"
}

removed {
  from = terraform_data.handed_over
  lifecycle {
    destroy = false
  }
}
`
  },
  {
    name: 'taint',
    shows: 'a tainted object replaced (action_reason replace_because_tainted)',
    stage1: `resource "terraform_data" "worker" {
  input = "w"
}
`,
    stage2: `resource "terraform_data" "worker" {
  input = "w"
}
`,
    before: [['taint', '-no-color', 'terraform_data.worker']]
  },
  {
    name: 'replace-flag',
    shows: 'terraform plan -replace=...: replaced by request (replace_by_request)',
    stage1: `resource "terraform_data" "target" {
  input = "t"
}
`,
    stage2: `resource "terraform_data" "target" {
  input = "t"
}
`,
    planArgs: ['-replace=terraform_data.target']
  },
  {
    name: 'check-failing',
    shows: 'a check block whose assertion fails at plan time (a warning, not an error)',
    stage2: `resource "terraform_data" "app" {
  input = { replicas = 1 }
}

check "replicas" {
  assert {
    condition     = terraform_data.app.input.replicas >= 2
    error_message = "At least two replicas are required for production."
  }
}
`
  },
  {
    name: 'identical-in-module',
    shows:
      'the same change (tags Release r1 → r2) in four for_each instances of a module and one root resource, plus one change of its own',
    files: {
      'modules/app/main.tf': `variable "release" {
  type = string
}

variable "names" {
  type = set(string)
}

resource "terraform_data" "tagged" {
  for_each = var.names
  input    = { Name = each.key, Release = var.release }
}
`
    },
    stage1: identicalConfig('r1', 'small'),
    stage2: identicalConfig('r2', 'large')
  },
  {
    name: 'data-read-apply',
    shows: 'a data source read during apply because its configuration depends on a value not known yet',
    stage2: `resource "terraform_data" "source" {
  input = "state.tfstate"
}

data "terraform_remote_state" "upstream" {
  backend = "local"
  config = {
    path = terraform_data.source.output
  }
}
`
  }
]

function identicalConfig(release, size) {
  return `module "app" {
  source  = "./modules/app"
  release = "${release}"
  names   = ["a", "b", "c", "d"]
}

resource "terraform_data" "root" {
  input = { Release = "${release}", Size = "${size}" }
}
`
}

function policyConfig(thirdAction, thirdResource) {
  return `resource "terraform_data" "policy" {
  input = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-assets/*" },
      { Effect = "Allow", Action = ["sqs:SendMessage"], Resource = "arn:aws:sqs:eu-west-1:123456789012:jobs" },
      { Effect = "Allow", Action = ${thirdAction}, Resource = ${thirdResource} },
    ]
  })
}
`
}

function sensitiveConfig(password, token, marked) {
  return `variable "db_password" {
  type      = string
  sensitive = true
  default   = "${password}"
}

resource "terraform_data" "creds" {
  input = {
    user     = "admin"
    password = var.db_password
  }
}

resource "terraform_data" "whole" {
  input = sensitive("${token}")
}

resource "terraform_data" "marking" {
  input = ${marked ? 'sensitive("becomes-marked-value")' : '"becomes-marked-value"'}
}
`
}

const SG_RULE = (port, description) => `  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
    description = "${description}"
  }
`

const SG = rules => `resource "aws_security_group" "web" {
  name        = "web"
  description = "web tier"
  vpc_id      = "vpc-0123456789abcdef0"
${rules}
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

const IAM = (action, resource) => `resource "aws_iam_policy" "app" {
  name = "app-access"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject"], Resource = ["arn:aws:s3:::acme-assets/*"] },
      { Effect = "Allow", Action = ["sqs:SendMessage"], Resource = ["arn:aws:sqs:us-east-1:123456789012:jobs"] },
      { Effect = "Allow", Action = ${action}, Resource = ${resource} },
    ]
  })
}
`

const RDS = (engine, version, instanceClass) => `variable "db_password" {
  type      = string
  sensitive = true
  default   = "rds-master-PASSWORD-9"
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "${engine}"
  engine_version      = "${version}"
  instance_class      = "${instanceClass}"
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  storage_encrypted   = true
  skip_final_snapshot = true
}
`

const EFS = (token, encrypted) => `resource "aws_efs_file_system" "data" {
  creation_token = "${token}"
  encrypted      = ${encrypted}
  tags = {
    Name = "data"
  }
}
`

const BLOCK = value => `resource "aws_s3_bucket" "site" {
  bucket = "acme-public-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = ${value}
  block_public_policy     = ${value}
  ignore_public_acls      = ${value}
  restrict_public_buckets = ${value}
}
`

const ARN = 'arn:aws:iam::123456789012:policy/app-access'

export const AWS_CASES = [
  {
    name: 'aws-security-group',
    shows: 'security group: the 443 rule removed and a 3389 rule added (80 kept), never "443 → 3389"',
    stage1: SG(SG_RULE(80, 'http') + SG_RULE(443, 'https')),
    stage2: SG(SG_RULE(80, 'http') + SG_RULE(3389, 'rdp')),
    fill: {
      'aws_security_group.web': {
        id: 'sg-0a1b2c3d4e5f60718',
        arn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0a1b2c3d4e5f60718',
        owner_id: '123456789012'
      }
    }
  },
  {
    name: 'aws-iam-policy',
    shows: 'IAM policy widened in its third statement to dynamodb:* on *',
    stage1: IAM(
      '["dynamodb:GetItem", "dynamodb:Query"]',
      '["arn:aws:dynamodb:us-east-1:123456789012:table/orders"]'
    ),
    stage2: IAM('["dynamodb:*"]', '["*"]'),
    fill: { 'aws_iam_policy.app': { id: ARN, arn: ARN, policy_id: 'ANPAEXAMPLEPOLICYID01' } }
  },
  {
    name: 'aws-rds-replace',
    shows:
      'RDS instance replaced: engine mysql → postgres forces replacement; class changed; password sensitive',
    stage1: RDS('mysql', '8.0', 'db.t3.micro'),
    stage2: RDS('postgres', '16.3', 'db.t3.small'),
    fill: {
      'aws_db_instance.orders': {
        id: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY1',
        arn: 'arn:aws:rds:us-east-1:123456789012:db:orders',
        resource_id: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY1',
        address: 'orders.abcdefghij.us-east-1.rds.amazonaws.com',
        endpoint: 'orders.abcdefghij.us-east-1.rds.amazonaws.com:3306',
        port: 3306
      }
    }
  },
  {
    name: 'aws-efs',
    shows: 'EFS file system: creation_token and encrypted change, both force replacement',
    stage1: EFS('data-v1', false),
    stage2: EFS('data-v2', true),
    fill: {
      'aws_efs_file_system.data': {
        id: 'fs-0123456789abcdef0',
        arn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0',
        dns_name: 'fs-0123456789abcdef0.efs.us-east-1.amazonaws.com'
      }
    }
  },
  {
    name: 'aws-s3-public-access',
    shows: 'S3 public access block switched off (all four settings true → false)',
    stage1: BLOCK('true'),
    stage2: BLOCK('false'),
    fill: {
      'aws_s3_bucket.site': { id: 'acme-public-site', arn: 'arn:aws:s3:::acme-public-site' },
      'aws_s3_bucket_public_access_block.site': { id: 'acme-public-site', bucket: 'acme-public-site' }
    }
  },
  {
    name: 'aws-creates',
    shows:
      'dangerous creates: SSH and RDP open to the internet, an admin IAM policy, a public bucket, an unencrypted public database',
    stage2: `resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-0a1b2c3d4e5f60718"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = "sg-0a1b2c3d4e5f60718"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
  cidr_ipv6         = "::/0"
}

resource "aws_iam_policy" "admin" {
  name   = "break-glass"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_s3_bucket_public_access_block" "open" {
  bucket                  = "acme-open-bucket"
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_db_instance" "reporting" {
  identifier          = "reporting"
  engine              = "postgres"
  instance_class      = "db.r6g.2xlarge"
  allocated_storage   = 500
  username            = "report"
  password            = "not-a-real-password-1"
  publicly_accessible = true
  storage_encrypted   = false
  skip_final_snapshot = true
}
`
  },
  {
    name: 'aws-deletes',
    shows: 'deletes: a database, a bucket and a security group removed from the configuration',
    stage1: RDS('postgres', '16.3', 'db.t3.small') + SG(SG_RULE(443, 'https')) + BLOCK('true'),
    stage2: '',
    fill: {
      'aws_db_instance.orders': {
        id: 'db-ZYXWVUTSRQPONMLKJIHGFEDCB2',
        arn: 'arn:aws:rds:us-east-1:123456789012:db:orders'
      },
      'aws_security_group.web': { id: 'sg-0a1b2c3d4e5f60718' },
      'aws_s3_bucket.site': { id: 'acme-public-site', arn: 'arn:aws:s3:::acme-public-site' },
      'aws_s3_bucket_public_access_block.site': { id: 'acme-public-site', bucket: 'acme-public-site' }
    }
  },
  {
    name: 'aws-drift',
    shows:
      'refresh-only plan: an SSM parameter changed outside Terraform (value and description), read from a loopback SSM endpoint',
    stage1: `resource "aws_ssm_parameter" "flag" {
  name        = "/app/feature-flag"
  type        = "String"
  value       = "off"
  description = "feature flag"
}
`,
    stage2: `resource "aws_ssm_parameter" "flag" {
  name        = "/app/feature-flag"
  type        = "String"
  value       = "off"
  description = "feature flag"
}
`,
    fill: {
      'aws_ssm_parameter.flag': {
        id: '/app/feature-flag',
        arn: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/feature-flag',
        version: 1,
        tier: 'Standard',
        data_type: 'text'
      }
    },
    planArgs: ['-refresh-only'],
    fakeSsm: {
      name: '/app/feature-flag',
      value: 'on',
      description: 'feature flag (changed in the console)',
      version: 2
    }
  }
]
