#!/usr/bin/env bash
# The action's main job in one command: plan a change that destroys resources, show the report,
# watch the production gate refuse it, then let it through with force_recreate=true.
# Runs the committed dist/index.js exactly as the GitHub runner would (INPUT_* variables, real
# GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files). Needs node and terraform on PATH; works offline.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples/demo/." "$work/"
: > "$work/empty.tfrc"
export CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE="$work/empty.tfrc" TF_IN_AUTOMATION=1

bold() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

bold "1. Yesterday: apply the current infrastructure (3 replicas, schema 1) with local state"
(cd "$work" && terraform init -input=false >/dev/null && \
  terraform apply -input=false -auto-approve -var='replicas=["blue","green","canary"]' -var='schema_version=1' >/dev/null)
echo "applied: $(cd "$work" && terraform state list | tr '\n' ' ')"

# Runs the bundle like the runner: fresh output/summary files, INPUT_* from arguments.
run_action() {
  local name=$1; shift
  : > "$work/$name.out"; : > "$work/$name.md"
  set +e
  env -i PATH="$PATH" HOME="$HOME" CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE="$work/empty.tfrc" \
    GITHUB_OUTPUT="$work/$name.out" GITHUB_STEP_SUMMARY="$work/$name.md" RUNNER_TEMP="$work" \
    GITHUB_WORKSPACE="$work" "$@" node "$root/dist/index.js"
  status=$?
  set -e
  return 0
}
output() { awk -v key="$2" 'f && $0==d {f=0} f {print} $0 ~ "^"key"<<" {f=1; split($0,a,"<<"); d=a[2]}' "$work/$1.out"; }

bold "2. Today: infra-guard plan (runs terraform plan + show -json, analyses, writes the report)"
run_action plan INPUT_MODE=plan INPUT_WORKING_DIRECTORY="$work" INPUT_ENVIRONMENT=prod
echo "exit code: $status   risk: $(output plan risk)   add/change/destroy: $(output plan resources_to_add)/$(output plan resources_to_change)/$(output plan resources_to_destroy)"
bold "Job summary written by plan mode"
cat "$work/plan.md"
plan_json=$(output plan plan_json)

bold "3. safety-gate for prod without force_recreate: must refuse"
run_action gate INPUT_MODE=safety-gate INPUT_PLAN_JSON="$plan_json" INPUT_ENVIRONMENT=prod
echo "exit code: $status   allowed: $(output gate allowed)"
[ "$status" -ne 0 ] || { echo "demo: expected the gate to refuse" >&2; exit 1; }

bold "4. safety-gate for prod with force_recreate=true: lets it through"
run_action gate2 INPUT_MODE=safety-gate INPUT_PLAN_JSON="$plan_json" INPUT_ENVIRONMENT=prod INPUT_FORCE_RECREATE=true
echo "exit code: $status   allowed: $(output gate2 allowed)"
[ "$status" -eq 0 ] || { echo "demo: expected the gate to allow with force_recreate=true" >&2; exit 1; }
bold "Demo finished: the gate refused the destructive prod plan and accepted it once force_recreate=true"
