/**
 * The forms a Pulumi resource is named by in `protected_resources`: its full URN
 * (`urn:pulumi:prod::shop::aws:rds/instance:Instance::orders`) and its readable `type::name`
 * (`aws:rds/instance:Instance::orders`), so a policy written once protects the resource in every
 * stack (`aws:rds/instance:Instance::*`) or in one (`urn:pulumi:prod::*`). A Terraform address has
 * one form.
 */
import { pulumiDisplayName } from '../../analysis/pulumi-facts.js'

/** `[address]`, plus `type::name` when the address is a Pulumi URN. */
export function pulumiAddressForms(address: string): string[] {
  const display = address.startsWith('urn:pulumi:') ? pulumiDisplayName(address) : undefined
  return display === undefined ? [address] : [address, display]
}
