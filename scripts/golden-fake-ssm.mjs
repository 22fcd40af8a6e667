/**
 * A loopback stand-in for the AWS SSM API (JSON 1.1 protocol), just enough for the AWS provider to
 * refresh one `aws_ssm_parameter`: it answers with the parameter as "changed outside Terraform", so a
 * `-refresh-only` plan has real `resource_drift`. Used only by scripts/make-golden-plans.mjs, which
 * runs it as its own process (`node golden-fake-ssm.mjs '<parameter JSON>'`, printing its URL) because
 * the generator blocks on terraform while the provider calls this server.
 */
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

/** Starts the server; `parameter` is { name, value, description, version }. */
async function startFakeSsm(parameter) {
  const arn = `arn:aws:ssm:us-east-1:123456789012:parameter${parameter.name}`
  const answers = {
    GetParameter: () => ({
      Parameter: {
        Name: parameter.name,
        Type: 'String',
        Value: parameter.value,
        Version: parameter.version,
        ARN: arn,
        DataType: 'text',
        LastModifiedDate: 1767225600
      }
    }),
    DescribeParameters: () => ({
      Parameters: [
        {
          Name: parameter.name,
          Type: 'String',
          Description: parameter.description,
          Version: parameter.version,
          Tier: 'Standard',
          DataType: 'text',
          Policies: [],
          ARN: arn,
          LastModifiedDate: 1767225600
        }
      ]
    }),
    ListTagsForResource: () => ({ TagList: [] })
  }
  const unknown = new Set()
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', chunk => (body += chunk))
    request.on('end', () => {
      const operation = String(request.headers['x-amz-target'] ?? '').replace(/^AmazonSSM\./, '')
      const answer = answers[operation]
      if (process.env.GOLDEN_DEBUG)
        console.error(`fake SSM: ${request.method} ${request.url} ${operation} ${body}`)
      response.setHeader('content-type', 'application/x-amz-json-1.1')
      if (!answer) {
        unknown.add(operation)
        response.statusCode = 400
        response.end(JSON.stringify({ __type: 'UnknownOperationException', message: operation }))
        return
      }
      response.end(JSON.stringify(answer(JSON.parse(body || '{}'))))
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise(resolve => server.close(resolve))
      if (unknown.size > 0) console.error(`fake SSM: unanswered operations ${[...unknown].join(', ')}`)
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fake = await startFakeSsm(JSON.parse(process.argv[2]))
  console.log(fake.url)
  process.on('SIGTERM', () => fake.close().then(() => process.exit(0)))
}
